#!/usr/bin/env bash
# Serves a built app directory through Caddy (scripts/Caddyfile): security headers with the build's own
# Content-Security-Policy (scripts/csp.py), precompressed modules, long caching for hashed files, and
# index.html for any route of the app. Runs in the foreground until stopped.
#
#   static_server.sh [--root dist] [--port 8080] [--bind 127.0.0.1] [--tls]
#
# --bind 0.0.0.0 serves the local network (a kiosk's tablets on the stand's own Wi-Fi).
# --tls serves HTTPS with HTTP/2 and a certificate of Caddy's local authority (scripts/Caddyfile.tls), which
# browsers accept only when told to: for measuring what a public host's HTTP/2 gives.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=dist port=8080 bind=127.0.0.1 config=Caddyfile scheme=http
while [ $# -gt 0 ]; do
  case "$1" in
    --root) root=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --bind) bind=$2; shift 2 ;;
    --tls) config=Caddyfile.tls scheme=https; shift ;;
    *) echo "usage: $0 [--root DIR] [--port N] [--bind ADDRESS] [--tls]" >&2; exit 2 ;;
  esac
done
# The local certificate names this machine only; other devices would be refused anyway.
[ "$scheme" = http ] || [ "$bind" = 127.0.0.1 ] || { echo "static_server: --tls serves 127.0.0.1 only (for measuring)" >&2; exit 2; }
[ -f "$root/index.html" ] || { echo "static_server: no index.html in $root; build the app first" >&2; exit 1; }
command -v caddy >/dev/null || { echo "static_server: no caddy; run scripts/setup.sh" >&2; exit 1; }

PERAK_ROOT=$(cd "$root" && pwd)
PERAK_CSP=$(python3 "$here/csp.py" --header "$root")
export PERAK_ROOT PERAK_CSP PERAK_PORT=$port PERAK_BIND=$bind
echo "serving $root on $scheme://$bind:$port"
exec caddy run --adapter caddyfile --config "$here/$config"
