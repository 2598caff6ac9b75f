#!/usr/bin/env bash
# Writes a help page for every diagnostic id that has none yet, from `textpipeline diagnostics`.
# Existing pages are kept (edit them by hand to add examples). Run from the repository root.
set -euo pipefail
dotnet run --project src/TextPipeline.Cli -- diagnostics --describe | while IFS=$'\t' read -r id sev cat title desc; do
  [ "$id" = "id" ] && continue
  f="docs/diagnostics/$id.md"
  [ -f "$f" ] && continue
  printf '# %s: %s\n\n- Stage: %s\n- Default severity: %s\n\n%s\n\nChange its severity in a `--config` file:\n\n```json\n{ "diagnostics": { "%s": "none" } }\n```\n' \
    "$id" "$title" "$cat" "$sev" "$desc" "$id" > "$f"
done
