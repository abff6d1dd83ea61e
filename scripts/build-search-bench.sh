#!/usr/bin/env bash
# The app's search engine alone (crates/search-bench), for the browser benchmark against FlexSearch,
# MiniSearch and Fuse.js (tests/e2e_bench.rs): built with the app's release profile, then wasm-bindgen
# and wasm-opt -Oz as the app's modules are, into target/search-bench/pkg/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
OUT=target/search-bench/pkg
cargo build --release --locked --target wasm32-unknown-unknown -p perak-search-bench
rm -rf "$OUT" && mkdir -p "$OUT"
wasm-bindgen --target web --no-typescript --out-name search --out-dir "$OUT" \
  target/wasm32-unknown-unknown/release/perak_search_bench.wasm
wasm-opt -Oz --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-multivalue --enable-reference-types \
  "$OUT/search_bg.wasm" -o "$OUT/search_bg.wasm"
echo "search bench: $OUT ($(wc -c < "$OUT/search_bg.wasm") bytes)"
