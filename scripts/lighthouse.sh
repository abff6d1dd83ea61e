#!/usr/bin/env bash
# Lighthouse accessibility audit of the release build (npm lighthouse with Debian chromium). Prints each
# page's score and fails below 100.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node_modules/.bin:$PATH"
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 scripts/static_server.py --root dist --port "$port" >/dev/null 2>&1 &
server=$!
out=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$out"' EXIT
for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && break; sleep 0.1; done

status=0
for path in / /catalogue /designs/ring-kawung /inquiry?items=ring-kawung~1~~ /outbox /offline /staff /attract /compare?left=m:kawung\&right=t:chunky-organic /pairs; do
  profile=$(mktemp -d -p "$out")
  lighthouse "http://127.0.0.1:$port$path" --quiet --only-categories=accessibility \
    --output=json --output-path="$out/report.json" --max-wait-for-load=20000 \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir=$profile" \
    >/dev/null 2>&1 || { echo "lighthouse: $path: run failed" >&2; status=1; continue; }
  python3 - "$out/report.json" "$path" <<'PY' || status=1
import json, sys
report = json.load(open(sys.argv[1]))
score = report["categories"]["accessibility"]["score"]
print(f"lighthouse accessibility {sys.argv[2]:<36} {round(score * 100)}")
if score < 1:
    for audit in report["audits"].values():
        if audit.get("score") == 0 and audit.get("scoreDisplayMode") == "binary":
            print(f"  failing: {audit['id']}: {audit['title']}")
    sys.exit(1)
PY
done
exit $status
