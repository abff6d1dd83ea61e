#!/usr/bin/env python3
"""Serves a built app directory on 127.0.0.1 the way a production host would for a single-page app:
real files with correct MIME types, compressed when the browser accepts it (so load-time figures count the
bytes a real host sends), and index.html for any path that is not a file (deep links).
Used by scripts/serve.sh and by the end-to-end tests, so both see the same behaviour."""
import argparse
import functools
import gzip
import http.server
import io
import os
import sys

MIME = {
    ".wasm": "application/wasm",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".css": "text/css",
    ".json": "application/json",
    ".webmanifest": "application/manifest+json",
    ".svg": "image/svg+xml",
    ".woff2": "font/woff2",
    ".png": "image/png",
    ".html": "text/html; charset=utf-8",
}


# Text-like files a host compresses; fonts and PNGs already are.
COMPRESSIBLE = {".wasm", ".js", ".mjs", ".css", ".json", ".webmanifest", ".svg", ".html"}
_gzipped = {}


def gzipped(path):
    """The file gzipped, made once per version of the file."""
    st = os.stat(path)
    key = (path, st.st_mtime_ns, st.st_size)
    if key not in _gzipped:
        with open(path, "rb") as f:
            _gzipped[key] = gzip.compress(f.read(), compresslevel=9, mtime=0)
    return _gzipped[key]


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME}

    def send_head(self):
        path = self.translate_path(self.path)
        last = self.path.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
        if not os.path.exists(path) and "." not in last:
            # A route of the app, not a file: the app shell handles it.
            self.path = "/index.html"
            path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?", 1)[0].endswith("/"):
            path = os.path.join(path, "index.html")
        accepts = self.headers.get("Accept-Encoding", "")
        if (
            os.path.isfile(path)
            and os.path.splitext(path)[1] in COMPRESSIBLE
            and "gzip" in accepts
            and "Range" not in self.headers
        ):
            body = gzipped(path)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(path))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Vary", "Accept-Encoding")
            self.end_headers()
            return io.BytesIO(body)
        return super().send_head()

    def end_headers(self):
        # Freshness is the service worker's job; the server never lets a browser cache stale builds.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, fmt, *args):
        if os.environ.get("STATIC_SERVER_LOG"):
            super().log_message(fmt, *args)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", default="dist")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args()
    if not os.path.isfile(os.path.join(args.root, "index.html")):
        sys.exit(f"static_server: no index.html in {args.root}; build the app first")
    http.server.ThreadingHTTPServer.allow_reuse_address = True
    handler = functools.partial(Handler, directory=args.root)
    with http.server.ThreadingHTTPServer((args.host, args.port), handler) as httpd:
        print(f"serving {args.root} on http://{args.host}:{args.port}", flush=True)
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
