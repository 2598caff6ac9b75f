#!/usr/bin/env bash
# The sharded run under a real scheduler (issue 18), as CI runs it (.ci/run calls this): installs Debian's slurm-wlm
# and munge, starts a one-node Slurm cluster in a temporary folder (deploy/slurm/local-cluster.sh: munged, slurmctld
# and slurmd started directly, config from deploy/slurm/slurm.conf.in), and
#   1. runs `textpipeline run` on a corpus (400 BBC articles, or data/samples without ../shared) and times it;
#   2. submits the same run as a 4-task job array plus a dependent merge (deploy/slurm/submit.sh), times it, and
#      checks the merged outputs are byte-identical to the plain run's (run.json without timings and process);
#   3. kills one shard's process once and checks Slurm retried it (Restarts=1) and the merge still equals the run;
#   4. submits shards that always fail and checks the retries stop at the cap and the merge is cancelled;
# and stops every daemon it started, also when a step fails. Exit code 0 when all checks pass.
# TEXTPIPELINE overrides the command (default: the CLI built in the repository, built when missing).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d /tmp/tp-slurm-ci.XXXXXX)"
chmod 711 "$work" # munged wants every folder above its socket searchable by all
cluster="$work/cluster"
cleanup() {
  "$repo/deploy/slurm/local-cluster.sh" stop "$cluster" || true
  if [ -z "${KEEP_SLURM_WORK:-}" ]; then rm -rf "$work"; else echo "slurm-ci: work folder kept: $work" >&2; fi
}
trap cleanup EXIT
say() { echo "slurm-ci: $*" >&2; }
fail() { say "FAILED: $*"; for f in "$work"/logs*/*.log "$cluster"/slurmctld.log; do [ -f "$f" ] && { echo "--- $f" >&2; tail -20 "$f" >&2; }; done; exit 1; }

if ! command -v slurmctld >/dev/null 2>&1 || ! command -v munged >/dev/null 2>&1; then
  [ "$(id -u)" -eq 0 ] || fail "slurm-wlm and munge are not installed and this is not root (apt-get install slurm-wlm munge)"
  say "installing slurm-wlm and munge"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q slurm-wlm munge >/dev/null
fi

if [ -z "${TEXTPIPELINE:-}" ]; then
  dll="$repo/src/TextPipeline.Cli/bin/Debug/net10.0/textpipeline.dll"
  [ -f "$dll" ] || dotnet build "$repo/src/TextPipeline.Cli" >/dev/null
  TEXTPIPELINE="dotnet $dll"
fi
export TEXTPIPELINE
read -r -a tp <<<"$TEXTPIPELINE"

# The corpus: the first 80 articles (by name) of each BBC News folder, copied out of ../shared, or our samples.
corpus="$work/corpus"
bbc="$repo/../shared/data/bbc-news"
if [ -d "$bbc" ]; then
  for folder in business entertainment politics sport tech; do
    mkdir -p "$corpus/$folder"
    # sed reads to the end (head would leave sort to die of SIGPIPE, which pipefail turns into a failure).
    find "$bbc/$folder" -maxdepth 1 -name '*.txt' | sort | sed -n '1,80p' | xargs cp -t "$corpus/$folder"
  done
else
  say "../shared is absent: using data/samples"
  cp -r "$repo/data/samples" "$corpus"
fi
say "corpus: $(find "$corpus" -type f | wc -l) files"

now() { date +%s.%N; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
cpu_of() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["process"]["cpuSeconds"])' "$1"; }
same_outputs() {
  local a="$1" b="$2" f
  for f in articles.jsonl articles.csv entities.csv keyphrases.csv tags.csv topics.csv related.csv diagnostics.csv; do
    cmp -s "$a/$f" "$b/$f" || { say "$f differs between $a and $b"; return 1; }
  done
  python3 - "$a/run.json" "$b/run.json" <<'PY' || { say "run.json differs (beyond timings and process)"; return 1; }
import json, sys
def facts(path):
    d = json.load(open(path)); d.pop("timings"); d.pop("process"); return d
sys.exit(0 if facts(sys.argv[1]) == facts(sys.argv[2]) else 1)
PY
}
# Waits for a job to end; prints its final state.
wait_job() {
  local job="$1" state
  while true; do
    state="$(scontrol show job "$job" -o 2>/dev/null | grep -o 'JobState=[A-Z_]*' | cut -d= -f2 || true)"
    case "$state" in COMPLETED|FAILED|CANCELLED|TIMEOUT|NODE_FAIL|OUT_OF_MEMORY|PREEMPTED) echo "$state"; return 0 ;; esac
    sleep 0.2
  done
}
restarts_of() { scontrol show job "$1" -o | grep -o 'Restarts=[0-9]*' | cut -d= -f2; }
state_of() { scontrol show job "$1" -o | grep -o 'JobState=[A-Z_]*' | cut -d= -f2; }

"$repo/deploy/slurm/local-cluster.sh" start "$cluster"
export SLURM_CONF="$cluster/slurm.conf"

# 1. The plain run.
say "plain run (load $(load))"
t0="$(now)"
"${tp[@]}" run "$corpus" --out "$work/single" --no-cache --no-state --jobs 2 >/dev/null 2>"$work/single.err" || fail "plain run"
t1="$(now)"
single_wall="$(python3 -c "print(round($t1 - $t0, 2))")"
single_cpu="$(cpu_of "$work/single/run.json")"

# 2. Four shards and the merge under Slurm, the same options.
say "4 shards + merge under Slurm (load $(load))"
t0="$(now)"
read -r array merge < <("$repo/deploy/slurm/submit.sh" --shards 4 --partials "$work/parts" --out "$work/merged" \
  --logs "$work/logs" --merge-cpus 2 --merge-option --no-cache -- "$corpus" --no-cache)
[ "$(wait_job "$merge")" = COMPLETED ] || fail "merge job $merge ended $(state_of "$merge")"
t1="$(now)"
sharded_wall="$(python3 -c "print(round($t1 - $t0, 2))")"
for i in 0 1 2 3; do [ "$(state_of "${array}_$i")" = COMPLETED ] || fail "shard ${array}_$i ended $(state_of "${array}_$i")"; done
same_outputs "$work/single" "$work/merged" || fail "merged outputs differ from the plain run's"
sharded_cpu="$(python3 -c 'import json,sys; p=json.load(open(sys.argv[1]))["process"]; print(round(p["cpuSeconds"] + sum(s["cpuSeconds"] for s in p["shards"]), 2))' "$work/merged/run.json")"
ratio="$(python3 -c "print(round($sharded_wall / $single_wall, 2))")"
say "merged outputs are byte-identical to the plain run's"
say "wall: plain run ${single_wall} s, 4 shards + merge ${sharded_wall} s (ratio $ratio, target <= 1.3); CPU: ${single_cpu} s, ${sharded_cpu} s; load $(load)"
python3 -c "import sys; sys.exit(0 if $ratio <= 1.3 else 1)" || say "WARNING: the wall-time ratio $ratio is above 1.3 on this run (a shared machine's load moves it; CPU seconds above)"

# 3. One shard killed once: Slurm requeues it (exit 75 from shard.sbatch) and the merge still equals the run.
say "retry: killing shard 1 once"
"${tp[@]}" run "$repo/data/samples" --out "$work/samples-single" --no-cache --no-state --jobs 2 >/dev/null 2>&1 || fail "plain run of data/samples"
export TP_PID_DIR="$work/pids"
read -r array merge < <("$repo/deploy/slurm/submit.sh" --shards 4 --partials "$work/samples-parts" --out "$work/samples-merged" \
  --logs "$work/logs-retry" --merge-cpus 2 --merge-option --no-cache -- "$repo/data/samples" --no-cache)
for _ in $(seq 1 3000); do [ -s "$TP_PID_DIR/shard-1.pid" ] && break; sleep 0.05; done
[ -s "$TP_PID_DIR/shard-1.pid" ] || fail "shard 1 never started"
kill -9 "$(cat "$TP_PID_DIR/shard-1.pid")" || fail "shard 1 ended before it could be killed"
unset TP_PID_DIR
[ "$(wait_job "$merge")" = COMPLETED ] || fail "merge after the retry ended $(state_of "$merge")"
[ "$(restarts_of "${array}_1")" = 1 ] || fail "shard 1 restarted $(restarts_of "${array}_1") times, expected 1"
grep -q "requeued" "$work/logs-retry/shard-${array}_1.log" || fail "shard 1's log does not show the requeue"
same_outputs "$work/samples-single" "$work/samples-merged" || fail "merged outputs after the retry differ from the plain run's"
say "shard 1 was killed, requeued once (Restarts=1) and the merge equals the plain run"

# 4. Shards that always fail: retried up to the cap, then the task fails and the merge is cancelled (sbatch --wait
#    would still exit 0: the merge job's state is what tells).
say "retry cap: shards that always fail"
read -r array merge < <("$repo/deploy/slurm/submit.sh" --shards 2 --retries 1 --partials "$work/bad-parts" --out "$work/bad-merged" \
  --logs "$work/logs-bad" -- "$repo/data/samples" --no-cache --gazetteer "$work/no-such-gazetteer.csv")
[ "$(wait_job "$merge")" = CANCELLED ] || fail "the merge after failed shards ended $(state_of "$merge"), expected CANCELLED"
for i in 0 1; do
  [ "$(state_of "${array}_$i")" = FAILED ] || fail "failing shard ${array}_$i ended $(state_of "${array}_$i")"
  [ "$(restarts_of "${array}_$i")" = 1 ] || fail "failing shard ${array}_$i restarted $(restarts_of "${array}_$i") times, expected 1 (the cap)"
done
[ ! -e "$work/bad-merged" ] || fail "a cancelled merge wrote outputs"
say "failing shards stopped after 1 retry, the merge was cancelled and wrote nothing"
say "passed"
