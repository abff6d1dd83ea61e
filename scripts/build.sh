#!/usr/bin/env bash
# The release build: writes the app to dist/, ready for any static host.
#
# 1. cargo builds the app for wasm32 with the `split` feature and the linker's relocations kept;
# 2. wasm-split-cli cuts the module at the app's split points (src/pages/on_demand.rs): a first
#    module with what home and the catalogue need, and chunks that the first module fetches when a
#    route needs them;
# 3. wasm-bindgen writes the JavaScript glue for the first module, keeping the exports the chunks
#    link against; wasm-opt (npm binaryen 132) shrinks every module;
# 4. the files go to dist/app/<hash>/ (a new build never meets an old build's chunks in a cache),
#    beside public/, the stylesheet and index.html with the module's tags filled in;
# 5. examples/prerender.rs writes each public page as HTML with its link-preview picture, the
#    sitemap and robots.txt;
# 6. scripts/sw-manifest.py writes the service worker's precache list of the app's files.
# Trunk has no step between cargo and wasm-bindgen, which is where the split must happen.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# `--dev`: a debug build (panic messages in the console, no wasm-opt), for chasing a panic; slower and
# several times larger, so never what serve.sh or the tests use.
PROFILE=release
[ "${1:-}" = --dev ] && PROFILE=dev
BIN=perak-batankrajan
NAME=perak
WASM=target/wasm32-unknown-unknown/$([ "$PROFILE" = dev ] && echo debug || echo release)/$BIN.wasm
WORK=target/split
DIST=dist
# The features rustc enabled for wasm32; wasm-opt needs them named, since the split chunks carry no
# target_features section of their own.
WASM_OPT_FEATURES=(--enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int
  --enable-sign-ext --enable-mutable-globals --enable-multivalue --enable-reference-types)

step() { printf '== build: %s\n' "$*"; }

step "cargo ($PROFILE, wasm32, split points kept)"
# `cargo rustc` adds the linker flag to the final link only, so the rustflags of .cargo/config.toml
# still apply and the dependencies' build cache is shared with `cargo build`.
cargo rustc --profile "$PROFILE" --locked --target wasm32-unknown-unknown --bin "$BIN" --features split \
  -- -C link-arg=--emit-relocs

step "wasm-split-cli"
rm -rf "$WORK" && mkdir -p "$WORK"
wasm-split-cli "$WASM" "$WORK" --target web --out-name "$NAME"

step "wasm-bindgen"
# The split input is named like the glue's output would be; move it aside first.
mv "$WORK/$NAME.wasm" "$WORK/$NAME.split.wasm"
wasm-bindgen --target web --keep-lld-exports --no-demangle --no-typescript \
  --out-name "$NAME" --out-dir "$WORK" "$WORK/$NAME.split.wasm"
rm "$WORK/$NAME.split.wasm"

if [ "$PROFILE" = release ]; then
  step "wasm-opt -Oz (first module and every chunk)"
  for f in "$WORK"/*.wasm; do
    wasm-opt -Oz "${WASM_OPT_FEATURES[@]}" "$f" -o "$f"
  done
fi

step "photo worker (crates/photo: its own module, opt-level 3, never part of the first load)"
# Built on its own profile: image code at opt-level "z" is about 1.7 times slower, and this module is
# fetched only when a maker adds a photo. It sits beside the app's modules so that it is versioned and
# precached with them.
PHOTO_PROFILE=$([ "$PROFILE" = dev ] && echo dev || echo photo)
cargo build --profile "$PHOTO_PROFILE" --locked --target wasm32-unknown-unknown -p perak-photo --bin photo-worker
wasm-bindgen --target web --no-typescript --out-name photo-worker --out-dir "$WORK" \
  "target/wasm32-unknown-unknown/$([ "$PROFILE" = dev ] && echo debug || echo photo)/photo-worker.wasm"
if [ "$PROFILE" = release ]; then
  wasm-opt -O3 "${WASM_OPT_FEATURES[@]}" "$WORK/photo-worker_bg.wasm" -o "$WORK/photo-worker_bg.wasm"
fi
# The worker's entry: a module worker that starts the wasm (whose `main` listens for photos).
cat > "$WORK/photo-worker-boot.js" <<'JS'
import init from "./photo-worker.js";
await init({ module_or_path: new URL("./photo-worker_bg.wasm", import.meta.url) });
JS

step "assemble $DIST/"
python3 scripts/assemble.py --work "$WORK" --dist "$DIST" --name "$NAME"

step "content security policy (index.html's script hashes, the inquiry endpoint)"
python3 scripts/csp.py --write "$DIST"

step "pre-rendered pages, preview pictures, sitemap.xml, robots.txt (src/prerender; site.json's address)"
# From the final shell, so that every page carries its security policy and module tags.
cargo run --quiet --locked --example prerender -- "$DIST"

step "service worker precache list"
python3 scripts/sw-manifest.py "$DIST"

step "precompress the modules (brotli -q 11, gzip -9) for the server"
# Only the hashed modules: they never change after the build. The data files may be edited on the
# host, and a stale .br beside them would be served instead; the server compresses those itself.
find "$DIST/app" -type f \( -name '*.wasm' -o -name '*.js' \) | while read -r f; do
  brotli -q 11 -f -o "$f.br" "$f"
  gzip -9 -k -f -n "$f"
done
