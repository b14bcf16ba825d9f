#!/usr/bin/env bash
# Scores the parser on our own fixtures with the project's scorer (shared/eval/score.py):
# converts test/fixtures/minutes/*.expected.json to its gold format in a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
gold=$(mktemp -d)
docs=test/fixtures/minutes
for f in "$docs"/*.expected.json; do
  name=$(basename "$f" .expected.json)
  source=$(cd "$docs" && ls "$name".* | grep -v expected.json | head -n 1)
  python3 - "$f" "$gold/$name.json" "$source" <<'PY'
import json, sys
e = json.load(open(sys.argv[1]))
g = {k: e.get(k) for k in ("body", "date", "time", "venue", "present", "apologies", "declarations")}
g["items"] = e.get("items")
g["source"] = sys.argv[3]
# an expected resolution is its start, or the gold form {item, text_start} (both read by the fixture test)
g["resolutions"] = [r if isinstance(r, dict) else {"item": None, "text_start": r} for r in e.get("resolutions", [])]
json.dump(g, open(sys.argv[2], "w"))
PY
done
python3 ../shared/eval/score.py "$gold" "$docs" --cmd "node bin/quorum.js parse {} --json" "$@"
rm -rf "$gold"
