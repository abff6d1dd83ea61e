#!/usr/bin/env bash
# Installs every tool the build and the tests need, and nothing that is already there.
# Safe to run again: each step checks first. Cold run on 2 cores: about 6 minutes (the two cargo installs).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

WASM_SPLIT_VERSION=0.2.4  # the wasm-split-cli of wasm_split_cli_support, the splitter cargo-leptos uses
BINARYEN_NPM=132.0.0   # Debian's binaryen 108 produces a wasm that fails at start-up (blank page)
TOOLS_DIR="$PWD/.tools"

step() { printf '\n== setup: %s\n' "$*"; }

rustup target list --installed | grep -qx wasm32-unknown-unknown || {
  step "rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
}
rustup component list --installed | grep -q '^clippy' || rustup component add clippy
rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt

missing_debs=()
command -v chromium >/dev/null || missing_debs+=(chromium)
command -v chromedriver >/dev/null || missing_debs+=(chromium-driver)
command -v brotli >/dev/null || missing_debs+=(brotli)
command -v python3 >/dev/null || missing_debs+=(python3)
# The static server of scripts/serve.sh and the tests (scripts/static_server.sh).
command -v caddy >/dev/null || missing_debs+=(caddy)
# The Nu HTML checker (npm vnu-jar) runs on Java.
command -v java >/dev/null || missing_debs+=(openjdk-17-jre-headless)
if [ ${#missing_debs[@]} -gt 0 ]; then
  step "debian packages: ${missing_debs[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing_debs[@]}" >/dev/null
fi

# The crate's own binary prints no version; cargo's install record says which one is there.
if ! command -v wasm-split-cli >/dev/null \
  || ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  step "wasm-split-cli $WASM_SPLIT_VERSION"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi

[ -f Cargo.lock ] || cargo generate-lockfile
# The CLI must match the wasm-bindgen crate in Cargo.lock exactly: its glue and the module's
# expectations change between versions.
WB=$(awk '$0=="name = \"wasm-bindgen\"" {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WB" ] \
  || [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $WB" ]; then
  step "wasm-bindgen-cli $WB"
  # no --locked: its lockfile pins webpki-roots 1.0.11, which the registry here lacks
  cargo install wasm-bindgen-cli --version "$WB" --force
fi

if [ ! -x "$TOOLS_DIR/node_modules/.bin/wasm-opt" ] || [ ! -f "$TOOLS_DIR/node_modules/axe-core/axe.min.js" ] \
  || [ ! -x "$TOOLS_DIR/node_modules/.bin/lighthouse" ] \
  || [ ! -f "$TOOLS_DIR/node_modules/source-sans/TTF/SourceSans3-Semibold.ttf" ] \
  || [ ! -f "$TOOLS_DIR/node_modules/vnu-jar/build/dist/vnu.jar" ] \
  || [ ! -f "$TOOLS_DIR/node_modules/fuse.js/dist/fuse.min.mjs" ]; then
  # source-sans: the app's typeface as TrueType (public/fonts has only WOFF2, which the preview
  # pictures' rasteriser cannot read), for the text on the link-preview pictures. vnu-jar: the Nu HTML
  # checker (W3C's), which the end-to-end tests run on pre-rendered pages and on pages as the app draws them.
  # flexsearch, minisearch, fuse.js: the search engines the benchmark compares the app's with.
  step "npm tools: binaryen@$BINARYEN_NPM, axe-core, lighthouse, source-sans, vnu-jar, search engines"
  mkdir -p "$TOOLS_DIR"
  npm install --prefix "$TOOLS_DIR" --no-audit --no-fund "binaryen@$BINARYEN_NPM" axe-core@4 lighthouse@12 \
    source-sans@3.52.0 vnu-jar@26.9.27 flexsearch@0.8.212 minisearch@7.2.0 fuse.js@7.5.0 >/dev/null
fi
step "ready"
