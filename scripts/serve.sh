#!/usr/bin/env bash
# Builds the release version of the app and serves it on http://127.0.0.1:8080 (Ctrl-C stops).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
export PATH="$PWD/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
bash scripts/build.sh
exec bash scripts/static_server.sh --root dist --port "${PORT:-8080}"
