#!/usr/bin/env python3
"""The Content-Security-Policy of a built app, worked out from the build itself.

    csp.py --write DIST    puts the policy into DIST/index.html, and the pre-rendered pages made from it,
                           as a <meta> tag (for static hosts that cannot send headers); scripts/build.sh
                           runs it after assembling
    csp.py --header DIST   prints the policy for the HTTP header (scripts/static_server.sh sends it)

Two things in it depend on the build, which is why it is computed rather than written by hand:
- each inline <script> of index.html is allowed by its SHA-256 hash, so no 'unsafe-inline' is needed;
- `connect-src` names the site and the inquiry endpoint of DIST/data/settings.json, and nothing else.
Change the endpoint in settings.json, run `--write` again (and send the new `--header`).

The header adds `frame-ancestors`, which browsers ignore (with a console error) in a <meta> tag."""
import argparse
import base64
import hashlib
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*" />|<!-- build:csp -->')
INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


def endpoint_origin(dist: Path):
    """The origin of the configured inquiry endpoint, or None when it is on the site itself or unset."""
    try:
        settings = json.loads((dist / "data/settings.json").read_text(encoding="utf-8"))
        endpoint = settings["settings"]["inquiry"].get("endpoint")
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        sys.exit(f"csp: cannot read the inquiry settings in {dist}/data/settings.json: {e}")
    if not endpoint:
        return None
    parts = urlsplit(endpoint)
    if not parts.scheme:
        return None  # a path on the site: 'self' covers it
    if parts.scheme not in ("http", "https") or not parts.netloc:
        sys.exit(f"csp: the inquiry endpoint {endpoint!r} is not an http(s) address")
    return f"{parts.scheme}://{parts.netloc}"


def policy(dist: Path, header: bool) -> str:
    html = (dist / "index.html").read_text(encoding="utf-8")
    hashes = [
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
        for body in INLINE_SCRIPT.findall(html)
    ]
    connect = ["'self'"] + [o for o in [endpoint_origin(dist)] if o]
    directives = [
        ("default-src", ["'self'"]),
        # The module's glue and chunks come from the site; compiling wasm needs 'wasm-unsafe-eval'.
        ("script-src", ["'self'", "'wasm-unsafe-eval'", *hashes]),
        # The stylesheet only: the app sets dynamic styles through the CSSOM (`style:` in views),
        # which a policy does not restrict, and writes no style="" attributes.
        ("style-src", ["'self'"]),
        # data: for the first view's drawings (src/first_paint.rs), blob: for files made on the device.
        ("img-src", ["'self'", "data:", "blob:"]),
        ("font-src", ["'self'"]),
        ("connect-src", connect),
        ("manifest-src", ["'self'"]),
        ("worker-src", ["'self'"]),
        ("object-src", ["'none'"]),
        ("base-uri", ["'none'"]),
        ("form-action", ["'self'"]),
    ]
    if header:
        directives.append(("frame-ancestors", ["'none'"]))
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives)


def main():
    parser = argparse.ArgumentParser()
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true", help="put the policy into index.html and the pre-rendered pages")
    mode.add_argument("--header", action="store_true", help="print the header's policy")
    parser.add_argument("dist", type=Path)
    args = parser.parse_args()
    if args.header:
        print(policy(args.dist, header=True))
        return
    index = args.dist / "index.html"
    html = index.read_text(encoding="utf-8")
    if len(META.findall(html)) != 1:
        sys.exit("csp: index.html must hold one <!-- build:csp --> marker or one policy <meta> tag")
    # The tag itself is not a script, so writing it does not change the hashes it lists.
    tag = f'<meta http-equiv="Content-Security-Policy" content="{policy(args.dist, header=False)}" />'
    index.write_text(META.sub(lambda _: tag, html), encoding="utf-8")
    # The pre-rendered pages (src/prerender) are copies of the shell with its scripts: after a change
    # of the endpoint they need the new policy too, or their inquiries would be refused.
    for page in args.dist.rglob("*.html"):
        if page == index:
            continue
        text = page.read_text(encoding="utf-8")
        if len(META.findall(text)) == 1:
            page.write_text(META.sub(lambda _: tag, text), encoding="utf-8")


if __name__ == "__main__":
    main()
