#!/usr/bin/env bash
# Fresh-install test (issue 12): pack the tool (textpipeline) and the library (TextPipeline.Core), install the tool
# into a temporary folder and use both from an empty folder outside the repository, as a new user would:
#   - `textpipeline --version` prints the package version;
#   - `textpipeline run <input> --out out` writes the same output files as the same run inside the repository;
#   - `textpipeline analyze -` prints the article's JSON with tags and a summary;
#   - an empty `--models` folder and a truncated model each stop the run with exit code 1, the model's diagnostic id
#     on stderr and no output;
#   - samples/ConsoleApp, built against the packed library package (not a project reference), prints tags.
# Input: ../shared/fixtures/seed-article.txt, or data/samples when ../shared is absent.
# Needs: the .NET SDK, python3, and the repository's packages restored (`dotnet restore TextPipeline.sln`): the
# sample app takes the library's dependencies from that restore, so nothing is downloaded.
# Fails with "fresh-install: FAILED: ..." on stderr and exit code 1, leaving its temporary folder for inspection
# (FRESH_INSTALL_KEEP=1 keeps it after a success too).
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/textpipeline-fresh.XXXXXX")
started=$(date +%s%N)
timings=()

say() { echo "fresh-install: $*" >&2; }
fail() {
  echo "fresh-install: FAILED: $*" >&2
  echo "fresh-install: files left in $work" >&2
  trap - EXIT
  exit 1
}
trap 'status=$?; if [ "$status" -ne 0 ]; then echo "fresh-install: FAILED (exit $status); files left in $work" >&2; elif [ "${FRESH_INSTALL_KEEP:-0}" = 1 ]; then echo "fresh-install: files kept in $work" >&2; else rm -rf "$work"; fi' EXIT

# Runs a command with its output in $work/logs/<name>.log, records its wall time, and on failure shows the log's end.
step() {
  local name=$1; shift
  local t0 t1 status
  mkdir -p "$work/logs"
  t0=$(date +%s%N)
  set +e
  "$@" >"$work/logs/$name.log" 2>&1
  status=$?
  set -e
  t1=$(date +%s%N)
  timings+=("$name $(( (t1 - t0) / 1000000 ))")
  if [ "$status" -ne 0 ]; then
    tail -n 40 "$work/logs/$name.log" >&2
    fail "$name exited with $status (command: $*)"
  fi
}

command -v dotnet >/dev/null || fail "dotnet is not on PATH"
command -v python3 >/dev/null || fail "python3 is not on PATH (used to read the packages and the JSON output)"

# The packages the repository restored: a read-only package source for the sample app (looked up before
# NUGET_PACKAGES points elsewhere).
restored=$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: //p')
[ -d "$restored" ] || fail "the NuGet global packages folder ($restored) does not exist; run 'dotnet restore TextPipeline.sln' first"
# The tool and the sample app restore into a packages folder of their own, so a package of the same version left in
# the user's cache by an earlier install can never be used instead of the one packed here. (The repository's own
# restore, done by `dotnet pack`, keeps the user's folder.)
isolated="$work/nuget-packages"

version=$(dotnet msbuild "$repo/src/TextPipeline.Cli/TextPipeline.Cli.csproj" -getProperty:Version)
[ -n "$version" ] || fail "cannot read the package version (Directory.Build.props)"
say "version $version, working in $work"

# 1. Pack both packages.
nupkg="$work/nupkg"
step pack-library dotnet pack "$repo/src/TextPipeline/TextPipeline.csproj" -c Release -o "$nupkg"
step pack-tool dotnet pack "$repo/src/TextPipeline.Cli/TextPipeline.Cli.csproj" -c Release -o "$nupkg"
library_pkg="$nupkg/TextPipeline.Core.$version.nupkg"
tool_pkg="$nupkg/textpipeline.$version.nupkg"
[ -f "$library_pkg" ] || fail "dotnet pack made no $library_pkg"
[ -f "$tool_pkg" ] || fail "dotnet pack made no $tool_pkg"

# The models are inside the packed assembly (byte for byte) and the licence files are in both packages.
python3 - "$library_pkg" "$tool_pkg" "$repo/models" <<'PY' || fail "a package lacks a model, its XML docs or a licence file (see above)"
import pathlib, sys, zipfile
library, tool, models = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
notices = ["NOTICE.md"] + [f"licenses/{p.name}" for p in sorted((models / "licenses").iterdir())]
wanted = {
    library: ["lib/net10.0/TextPipeline.Core.dll", "lib/net10.0/TextPipeline.Core.xml"] + notices,
    tool: ["tools/net10.0/any/TextPipeline.Core.dll", "tools/net10.0/any/textpipeline.dll",
           "tools/net10.0/any/DotnetToolSettings.xml"] + notices,
}
ok = True
for package, entries in wanted.items():
    with zipfile.ZipFile(package) as z:
        names = set(z.namelist())
        for entry in entries:
            if entry not in names:
                print(f"{package}: {entry} missing", file=sys.stderr); ok = False
        dll = z.read(next(e for e in entries if e.endswith("TextPipeline.Core.dll")))
    for model in sorted(models.glob("*.gz")):
        if model.read_bytes() not in dll:
            print(f"{package}: {model.name} is not embedded in TextPipeline.Core.dll", file=sys.stderr); ok = False
sys.exit(0 if ok else 1)
PY

# 2. Install the tool into a folder of its own, from the packed package only.
cat >"$work/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
  </packageSources>
</configuration>
EOF
step install env NUGET_PACKAGES="$isolated" dotnet tool install --tool-path "$work/tools" textpipeline --version "$version" --add-source "$nupkg" --configfile "$work/nuget.config"
textpipeline="$work/tools/textpipeline"
[ -x "$textpipeline" ] || fail "the tool is not at $textpipeline after dotnet tool install"

# 3. Use it from an empty folder outside the repository.
empty="$work/empty"
mkdir -p "$empty" "$work/in"
case "$empty/" in "$repo"/*) fail "the temporary folder $empty is inside the repository; set TMPDIR elsewhere" ;; esac
seed="$repo/../shared/fixtures/seed-article.txt"
if [ -f "$seed" ]; then
  cp "$seed" "$work/in/"
else
  say "../shared is absent: using data/samples as input"
  cp -r "$repo/data/samples/." "$work/in/"
  seed="$repo/data/samples/business/harbour-expansion.txt"
fi
cd "$empty"

step version "$textpipeline" --version
printed=$(cat "$work/logs/version.log")
[ "$printed" = "$version" ] || fail "textpipeline --version printed '$printed', expected '$version'"

step run-installed "$textpipeline" run "$work/in" --out out
step run-repository bash -c 'cd "$1" && dotnet run --project src/TextPipeline.Cli -c Release --no-build -- run "$2" --out "$3"' _ "$repo" "$work/in" "$work/repo-out"
for f in articles.jsonl articles.csv entities.csv keyphrases.csv tags.csv topics.csv related.csv diagnostics.csv; do
  [ -f "out/$f" ] || fail "the installed tool wrote no $f"
  if ! cmp -s "out/$f" "$work/repo-out/$f"; then
    diff "$work/repo-out/$f" "out/$f" | head -n 20 >&2 || true
    fail "$f from the installed tool differs from the same run in the repository (< repository, > installed)"
  fi
done
[ "$(wc -l <out/entities.csv)" -gt 1 ] || fail "the installed tool found no entity in $(ls "$work/in")"
[ "$(wc -l <out/tags.csv)" -gt 1 ] || fail "the installed tool gave no tag to $(ls "$work/in")"

step analyze bash -c '"$1" analyze - <"$2" >"$3"' _ "$textpipeline" "$seed" "$work/analyze.json"
python3 - "$work/analyze.json" <<'PY' || fail "textpipeline analyze - did not print an article with tags and a summary"
import json, sys
article = json.load(open(sys.argv[1], encoding="utf-8"))
tags = [t["name"] for t in article.get("tags", [])]
summary = (article.get("summary") or {}).get("text", "")
print(f"analyze: {len(tags)} tags ({', '.join(tags[:5])} ...), summary of {len(summary)} characters", file=sys.stderr)
sys.exit(0 if len(tags) >= 3 and len(summary) >= 40 else 1)
PY

# 4. A missing or damaged model stops the run: exit code 1, the diagnostic id on stderr, no output.
expect_model_error() {
  local name=$1 id=$2 models=$3 out=$4 status t0 t1
  t0=$(date +%s%N)
  set +e
  "$textpipeline" run "$work/in" --out "$out" --models "$models" >"$work/logs/$name.out" 2>"$work/logs/$name.log"
  status=$?
  set -e
  t1=$(date +%s%N)
  timings+=("$name $(( (t1 - t0) / 1000000 ))")
  [ "$status" -eq 1 ] || { cat "$work/logs/$name.log" >&2; fail "$name: exit code $status, expected 1"; }
  grep -q "error $id:" "$work/logs/$name.log" || { cat "$work/logs/$name.log" >&2; fail "$name: no '$id' diagnostic on stderr"; }
  [ ! -e "$out" ] || [ -z "$(ls -A "$out")" ] || fail "$name: output was written to $out"
  [ ! -s "$work/logs/$name.out" ] || fail "$name: something was printed on stdout"
}
mkdir -p "$work/no-models" "$work/bad-models"
expect_model_error missing-models TP2001 "$work/no-models" out-missing
cp "$repo"/models/*.gz "$work/bad-models/"
head -c "$(( $(wc -c <"$repo/models/ner-en.bin.gz") / 2 ))" "$repo/models/ner-en.bin.gz" >"$work/bad-models/ner-en.bin.gz"
expect_model_error truncated-model TP3002 "$work/bad-models" out-truncated

# 5. The sample console app, built against the packed library package: TextPipeline.Core from the pack folder only,
#    its dependencies from the repository's restore.
cp -r "$repo/samples/ConsoleApp" "$work/app"
cat >"$work/app/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="fresh" value="$nupkg" />
    <add key="restored" value="$restored" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="fresh">
      <package pattern="TextPipeline.Core" />
    </packageSource>
    <packageSource key="restored">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
EOF
step app-build env NUGET_PACKAGES="$isolated" dotnet build "$work/app/ConsoleApp.csproj" -c Release -p:TextPipelineVersion="$version"
[ -d "$isolated/textpipeline.core/$version" ] || fail "the sample app did not restore TextPipeline.Core $version from $nupkg"
step app-run dotnet "$work/app/bin/Release/net10.0/ConsoleApp.dll"
app_tags=$(grep -c '^Tag: ' "$work/logs/app-run.log" || true)
[ "$app_tags" -ge 3 ] || { cat "$work/logs/app-run.log" >&2; fail "the sample app printed $app_tags tags, expected at least 3"; }
grep -q '^Summary: .\{40,\}' "$work/logs/app-run.log" || { cat "$work/logs/app-run.log" >&2; fail "the sample app printed no summary"; }

finished=$(date +%s%N)
say "times (ms): ${timings[*]}"
say "packages: TextPipeline.Core $(wc -c <"$library_pkg") bytes, textpipeline $(wc -c <"$tool_pkg") bytes; installed tool $(du -sk "$work/tools" | cut -f1) KB on disk"
say "OK in $(( (finished - started) / 1000000000 )) s"
