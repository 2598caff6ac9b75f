#!/usr/bin/env python3
"""Prints the comparison table (Markdown) from a compare.sh results folder: medians over rounds, the issue-15 ratios,
our run's stage timings from run.json, and the load averages seen.

usage: summarize.py <results folder>
"""
import json
import re
import sys
from pathlib import Path
from statistics import median

PEERS = ("wink-nlp", "sklearn-lda", "tfidf-related")  # the three whose sum the cold run must beat


def read_time(path: Path) -> dict[str, float]:
    """The last line of /usr/bin/time -f '%e %U %S %M' (an earlier line may say the command failed)."""
    wall, user, system, rss_kb = path.read_text().split("\n")[-2].split()
    return {"wall": float(wall), "cpu": float(user) + float(system), "rss": int(rss_kb) / 1024}


def fmt(value: float) -> str:
    return f"{value:.2f}" if value < 10 else f"{value:.1f}"


results = Path(sys.argv[1])
names = [line.split("\t")[0] for line in (results / "commands.tsv").read_text().splitlines()]
commands = dict(line.split("\t", 1) for line in (results / "commands.tsv").read_text().splitlines())
rounds = sorted({int(m.group(1)) for p in results.glob("r*-*.time") if (m := re.match(r"r(\d+)-", p.name))})
times = {r: {n: read_time(results / f"r{r}-{n}.time") for n in names} for r in rounds}
loads = [float((results / f"r{r}-{n}.load").read_text().split()[0]) for r in rounds for n in names]

print(f"## Peer comparison ({len(rounds)} rounds interleaved; medians)\n")
print("| command | wall s | CPU s (user+sys) | peak RSS MB | wall s per round |")
print("|---|---:|---:|---:|---|")
for name in names:
    per_round = [times[r][name] for r in rounds]
    print(f"| {name} | {fmt(median(t['wall'] for t in per_round))} | {fmt(median(t['cpu'] for t in per_round))} "
          f"| {median(t['rss'] for t in per_round):.0f} | {', '.join(fmt(t['wall']) for t in per_round)} |")
peer_sum = {r: {k: sum(times[r][p][k] for p in PEERS) for k in ("wall", "cpu")} for r in rounds}
print(f"| peers sum ({' + '.join(PEERS)}) | {fmt(median(s['wall'] for s in peer_sum.values()))} "
      f"| {fmt(median(s['cpu'] for s in peer_sum.values()))} | | "
      f"{', '.join(fmt(peer_sum[r]['wall']) for r in rounds)} |")


def ratio_row(label: str, target: str, numerator, denominator) -> None:
    """Ratios per round (the pair ran back to back under the same load), and their median."""
    cells = []
    for kind in ("wall", "cpu"):
        per_round = [numerator(r)[kind] / denominator(r)[kind] for r in rounds]
        cells.append(f"{median(per_round):.2f}× ({', '.join(f'{x:.2f}' for x in per_round)})")
    print(f"| {label} | {target} | {cells[0]} | {cells[1]} |")


print("\n| ratio (higher is better for us) | target | wall: median (per round) | CPU: median (per round) |")
print("|---|---|---|---|")
ratio_row("peers sum / ours-run", "≥ 1, ideally ≥ 1.5", lambda r: peer_sum[r], lambda r: times[r]["ours-run"])
ratio_row("wink-nlp / ours-annotate", "≥ 2", lambda r: times[r]["wink-nlp"], lambda r: times[r]["ours-annotate"])

run_jsons = [json.loads((results / f"r{r}-ours-run.run.json").read_text()) for r in rounds]
if run_jsons:
    counts = run_jsons[0]["counts"]
    stages = list(run_jsons[0]["timings"])
    total = median(j["timings"]["total"] for j in run_jsons)
    print(f"\n## Where ours-run's time goes (run.json timings, wall s, median of {len(run_jsons)}; "
          f"{counts['articles']} articles, {counts['words']:,} words, {counts.get('topics', '?')} topics)\n")
    print("| stage | wall s | share of total | per round |")
    print("|---|---:|---:|---|")
    for stage in stages:
        values = [j["timings"][stage] for j in run_jsons]
        print(f"| {stage} | {fmt(median(values))} | {100 * median(values) / total:.0f}% | {', '.join(fmt(v) for v in values)} |")
    chosen = {j["models"][-1]["version"] for j in run_jsons if j.get("models")}
    print(f"\nTopic models chosen: {', '.join(sorted(chosen))}")

print(f"\nLoad average (1 min) when each command started: min {min(loads):.1f}, median {median(loads):.1f}, "
      f"max {max(loads):.1f} (2 cores)\n")
print("Commands:\n")
for name in names:
    print(f"- {name}: `{commands[name]}`")
