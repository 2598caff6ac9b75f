#!/usr/bin/env bash
# The whole peer comparison of issue 15: installs the peers, builds our CLI (Release), writes the concatenated corpus,
# then times every command as a whole process with /usr/bin/time, ROUNDS times interleaved (peer, ours, peer, ours, ...),
# and prints the table of medians with the ratios the issue's targets use.
#
# usage: tests/benchmarks/peers/compare.sh [--rounds N] [--no-build] [--no-wink-default]
# env:   PEERS_WORK (default tests/benchmarks/peers/.work, git-ignored), PEERS_DATA (default ../shared/data/bbc-news
#        from the repo root), PEERS_PYTHON (default /usr/bin/python3, Debian's, which python3-sklearn is for).
set -euo pipefail

rounds=3
build=1
wink_default=1
while [[ $# -gt 0 ]]; do
  case $1 in
    --rounds) rounds=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --no-wink-default) wink_default=0; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "compare: unknown argument '$1'" >&2; exit 2 ;;
  esac
done

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
cd "$repo"   # so our command reads exactly `textpipeline run ../shared/data/bbc-news`
here=${here#"$repo"/}   # repo-relative paths keep the printed commands short
work=${PEERS_WORK:-$here/.work}
data=${PEERS_DATA:-../shared/data/bbc-news}
python=${PEERS_PYTHON:-/usr/bin/python3}
textpipeline=src/TextPipeline.Cli/bin/Release/net10.0/textpipeline
[[ -d $data ]] || { echo "compare: corpus folder '$data' not found (set PEERS_DATA)" >&2; exit 1; }

"$here/install.sh"
if [[ $build -eq 1 ]]; then
  echo "compare: dotnet build -c Release src/TextPipeline.Cli" >&2
  dotnet build -c Release src/TextPipeline.Cli -v quiet -nologo >&2
fi
[[ -x $textpipeline ]] || { echo "compare: $textpipeline is missing (build it, or drop --no-build)" >&2; exit 1; }

corpus=$work/bbc-news.txt
"$python" "$here/concat_corpus.py" "$data" "$corpus"

results=$work/results/$(date +%Y%m%d-%H%M%S)
mkdir -p "$results"
export NODE_PATH=$work/node/node_modules

# name <tab> command; the peers and ours alternate. Only what a command prints to stdout goes to its .out file
# (annotate's CoNLL-U goes to /dev/null as a user piping it would discard it; run writes its files to --out).
commands=(
  "wink-nlp	node $here/wink_annotate.js $corpus sbd-pos"
  "ours-annotate	$textpipeline annotate $corpus --from text --to conllu"
  "sklearn-lda	$python $here/sklearn_lda.py $data"
  "ours-run	$textpipeline run $data --out $results/run-out --no-cache"
  "tfidf-related	$python $here/tfidf_related.py $data"
)
[[ $wink_default -eq 1 ]] && commands+=("wink-nlp-default	node $here/wink_annotate.js $corpus default")
printf '%s\n' "${commands[@]}" > "$results/commands.tsv"
{ echo "host: $(uname -srm), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"; "$here/install.sh" 2>&1; 
  echo "dotnet: $(dotnet --version)"; echo "commit: $(git rev-parse HEAD)$(git diff --quiet HEAD || echo ' (dirty)')"; } \
  > "$results/environment.txt"

for round in $(seq 1 "$rounds"); do
  for entry in "${commands[@]}"; do
    name=${entry%%	*}
    command=${entry#*	}
    stem=$results/r$round-$name
    echo "compare: round $round/$rounds $name (load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
    cut -d' ' -f1-3 /proc/loadavg > "$stem.load"
    out=$stem.out
    [[ $name == ours-annotate ]] && out=/dev/null
    rm -rf "$results/run-out"
    # shellcheck disable=SC2086 # the command is split into words on purpose
    if ! /usr/bin/time -f '%e %U %S %M' -o "$stem.time" $command > "$out" 2> "$stem.err"; then
      echo "compare: '$command' failed; see $stem.err and $stem.time" >&2
      exit 1
    fi
    cut -d' ' -f1-3 /proc/loadavg >> "$stem.load"
    if [[ $name == ours-run ]]; then
      cp "$results/run-out/run.json" "$stem.run.json"
      rm -rf "$results/run-out"
    fi
  done
done

"$python" "$here/summarize.py" "$results" | tee "$results/table.md"
echo "compare: results in $results" >&2
