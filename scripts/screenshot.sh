#!/usr/bin/env bash
# Screenshots a URL (or file) in headless Chromium: scripts/screenshot.sh URL out.png [WIDTHxHEIGHT]
set -euo pipefail
url=$1; out=$2; size=${3:-1280,900}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$profile" \
  --window-size="${size/x/,}" --virtual-time-budget=8000 --screenshot="$out" "$url" 2>/dev/null
echo "$out"
