#!/usr/bin/env bash
# Prints the size of the built app's main .wasm (raw, gzip -9, brotli -q 11) and fails above the budget.
set -euo pipefail
cd "$(dirname "$0")/.."
# The target is 250 KB brotli (issue 2). The browsing features took the module past it; until the size
# work described in the README lands, this ceiling stops any further growth. TARGET is printed beside it.
# The same commit measures up to about 500 bytes apart in two checkouts (the translation module's build
# path is compiled in, and its length shifts every data address after it), so the ceiling keeps that
# much room above the larger of the last local and clean-clone builds: it catches growth, not the
# checkout's path.
TARGET_BROTLI=250000
BUDGET_BROTLI=${BUDGET_BROTLI:-483000}

wasm=$(ls dist/*_bg.wasm 2>/dev/null | head -n1 || true)
[ -n "$wasm" ] || { echo "size-report: no dist/*_bg.wasm; run trunk build --release first" >&2; exit 1; }
js=$(ls dist/*.js | grep -v '/sw.js$' | head -n1)

report() {
  local f=$1 raw gz br
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -q 11 -c "$f" | wc -c)
  printf '%-44s raw %9d  gzip %8d  brotli %8d\n' "$(basename "$f")" "$raw" "$gz" "$br"
  LAST_BR=$br
}
report "$wasm"; wasm_br=$LAST_BR
report "$js"
report "$(ls dist/*.css | head -n1)"
data_raw=$(cat dist/data/*.json | wc -c); data_br=$(cat dist/data/*.json | brotli -q 11 -c | wc -c)
printf '%-44s raw %9d  brotli %8d\n' "catalogue data (data/*.json)" "$data_raw" "$data_br"

if [ "$wasm_br" -gt "$BUDGET_BROTLI" ]; then
  echo "size-report: FAIL: main wasm is $wasm_br bytes brotli, budget $BUDGET_BROTLI" >&2
  exit 1
fi
echo "size-report: main wasm within the ceiling ($wasm_br of $BUDGET_BROTLI bytes brotli)"
if [ "$wasm_br" -gt "$TARGET_BROTLI" ]; then
  echo "size-report: NOTE: above the 250 KB target by $((wasm_br - TARGET_BROTLI)) bytes brotli (see README, Size)"
fi
