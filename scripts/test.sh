#!/usr/bin/env bash
# Every check the project has, in order, stopping at the first failure. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
export PATH="$PWD/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"

step() { printf '\n== test: %s\n' "$*"; }

step "format"
cargo fmt --all --check

step "clippy, host"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "clippy, wasm32"
cargo clippy --workspace --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

step "native tests (domain, loader, renderer, catalogue data)"
native=()
for f in tests/*.rs; do
  name=$(basename "$f" .rs)
  case "$name" in e2e*|web*) ;; *) native+=(--test "$name") ;; esac
done
cargo test --locked --lib "${native[@]}"
# The photo worker's code (crates/photo): orientation, metadata, widths, bad files.
cargo test --locked -p perak-photo

step "translation status (a report: missing texts fall back to English)"
python3 scripts/translation-status.py

step "in-browser tests (wasm-bindgen-test, headless Chromium)"
web=()
for f in tests/web_*.rs; do web+=(--test "$(basename "$f" .rs)"); done
cargo test --locked --target wasm32-unknown-unknown "${web[@]}"

step "release build"
bash scripts/build.sh

step "end-to-end tests against the release build"
# Each test drives its own Chromium; two at a time is what two cores carry without timeouts.
e2e=()
for f in tests/e2e_*.rs; do
  name=$(basename "$f" .rs)
  [ "$name" = e2e_bench ] || e2e+=(--test "$name")
done
cargo test --locked "${e2e[@]}" -- --test-threads=2

step "Lighthouse accessibility (must be 100 on every page)"
bash scripts/lighthouse.sh

step "benchmark: search at 10,000 designs in the browser, and against FlexSearch, MiniSearch, Fuse.js (prints figures, asserts none)"
# The app's search engine alone, as wasm, for the comparison (crates/search-bench).
bash scripts/build-search-bench.sh
cargo test --locked --test e2e_bench -- --nocapture

step "size budget"
bash scripts/size-report.sh

printf '\n== test: all checks passed\n'
