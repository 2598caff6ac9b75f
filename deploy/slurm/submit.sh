#!/usr/bin/env bash
# Submits a sharded TextPipeline run to Slurm: a job array of N shards and a merge that depends on every task.
# Prints "<array job id> <merge job id>" on stdout. Judge the result by the merge job's state (or by its outputs):
# `sbatch --wait` exits 0 even when the merge was cancelled because a shard failed for good.
#
#   deploy/slurm/submit.sh --shards 4 --partials /shared/run/parts --out /shared/run/out \
#       [--state /shared/site-state] [--logs /shared/run/logs] [--cpus 1] [--merge-cpus 2] [--retries 2] \
#       [--merge-option --no-cache ...] \
#       -- <inputs and run options...>
#
# TEXTPIPELINE (the command, default `textpipeline`) is passed to the jobs; so is the rest of the environment.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
shards="" partials="" out="" state="" logs="" cpus=1 merge_cpus=1 retries=2
merge_options=()
while [ $# -gt 0 ]; do
  case "$1" in
    --shards) shards="$2"; shift 2 ;;
    --partials) partials="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --state) state="$2"; shift 2 ;;
    --logs) logs="$2"; shift 2 ;;
    --cpus) cpus="$2"; shift 2 ;;
    --merge-cpus) merge_cpus="$2"; shift 2 ;;
    --retries) retries="$2"; shift 2 ;;
    --merge-option) merge_options+=("$2"); shift 2 ;;
    --) shift; break ;;
    *) echo "submit.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
if [ -z "$shards" ] || [ -z "$partials" ] || [ -z "$out" ] || [ $# -eq 0 ]; then
  echo "usage: submit.sh --shards N --partials <dir> --out <dir> [--state <dir>] [--logs <dir>] -- <inputs and run options>" >&2
  exit 2
fi
logs="${logs:-$out.logs}"
mkdir -p "$partials" "$logs"
# Shards and merge must see the same state folder (the merge checks it): both get --state, or both go without.
if [ -n "$state" ]; then state_options=(--state "$state"); else state_options=(--no-state); fi
shard_state=("${state_options[@]}")
[ -z "$state" ] && shard_state=()

export TP_MAX_RETRIES="$retries"
array="$(sbatch --parsable --array="0-$((shards - 1))" --cpus-per-task="$cpus" \
  --output="$logs/shard-%A_%a.log" "$here/shard.sbatch" "$@" --out "$partials" "${shard_state[@]}")"
array="${array%%;*}"
dependency="afterok"
for ((i = 0; i < shards; i++)); do dependency+=":${array}_$i"; done
merge="$(sbatch --parsable --dependency="$dependency" --kill-on-invalid-dep=yes --cpus-per-task="$merge_cpus" \
  --output="$logs/merge-%j.log" "$here/merge.sbatch" "$partials" --out "$out" "${state_options[@]}" "${merge_options[@]}")"
echo "$array ${merge%%;*}"
