#!/usr/bin/env bash
# Installs every tool the build and the tests need, and nothing that is already there.
# Safe to run again: each step checks first. Cold run on 2 cores: about 11 minutes (Trunk is most of it).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

TRUNK_VERSION=0.21.14  # trunk 0.22 needs rustc >= 1.96.1, newer than this machine's
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
if [ ${#missing_debs[@]} -gt 0 ]; then
  step "debian packages: ${missing_debs[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing_debs[@]}" >/dev/null
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "trunk $TRUNK_VERSION (several minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

[ -f Cargo.lock ] || cargo generate-lockfile
# The CLI must match the wasm-bindgen crate in Cargo.lock exactly, or Trunk refuses (offline mode).
WB=$(awk '$0=="name = \"wasm-bindgen\"" {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WB" ] \
  || [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $WB" ]; then
  step "wasm-bindgen-cli $WB"
  # no --locked: its lockfile pins webpki-roots 1.0.11, which the registry here lacks
  cargo install wasm-bindgen-cli --version "$WB" --force
fi

if [ ! -x "$TOOLS_DIR/node_modules/.bin/wasm-opt" ] || [ ! -f "$TOOLS_DIR/node_modules/axe-core/axe.min.js" ] \
  || [ ! -x "$TOOLS_DIR/node_modules/.bin/lighthouse" ]; then
  step "npm tools: binaryen@$BINARYEN_NPM, axe-core, lighthouse"
  mkdir -p "$TOOLS_DIR"
  npm install --prefix "$TOOLS_DIR" --no-audit --no-fund "binaryen@$BINARYEN_NPM" axe-core@4 lighthouse@12 >/dev/null
fi
step "ready"
