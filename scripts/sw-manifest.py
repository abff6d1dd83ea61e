#!/usr/bin/env python3
"""The release build's last step (scripts/build.sh): writes the precache list and a content hash of the
whole build into sw.js, and the list with sizes into precache.json.
Every file of the app is listed (app shell, wasm, data, fonts, icons), so the app works offline after
one visit; the version changes whenever any byte of them changes. Not listed: the pre-rendered pages,
their preview pictures, the sitemap and robots.txt, which are for readers without the app."""
import hashlib
import json
import os
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "dist"
sw_path = os.path.join(root, "sw.js")
if not os.path.isfile(sw_path):
    sys.exit(f"sw-manifest: no sw.js in {root}")

files = []
digest = hashlib.sha256()
for dirpath, _, names in os.walk(root):
    for name in sorted(names):
        path = os.path.join(dirpath, name)
        rel = "/" + os.path.relpath(path, root).replace(os.sep, "/")
        # The compressed twins of the modules are the server's business; the browser caches the files.
        if rel in ("/sw.js", "/precache.json") or rel.endswith((".br", ".gz")):
            continue
        # The pre-rendered pages and their preview pictures are for readers without the app (link
        # previews, search engines, a first visit); offline, the shell shows every page.
        if rel.endswith(".html") and rel != "/index.html":
            continue
        if rel.startswith("/og/") or rel in ("/sitemap.xml", "/robots.txt"):
            continue
        files.append(rel)
for rel in sorted(files):
    with open(os.path.join(root, rel.lstrip("/")), "rb") as f:
        digest.update(rel.encode() + b"\0" + hashlib.sha256(f.read()).digest())
files.sort()
version = digest.hexdigest()[:16]
# The same list with sizes, for the app's "prepare for offline" screen (progress in files and bytes).
sizes = [{"url": rel, "bytes": os.path.getsize(os.path.join(root, rel.lstrip("/")))} for rel in files]
with open(os.path.join(root, "precache.json"), "w", encoding="utf-8") as f:
    json.dump({"version": version, "files": sizes}, f)
files.append("/precache.json")
with open(sw_path, encoding="utf-8") as f:
    sw = f.read()
if "__PERAK_PRECACHE__" not in sw:
    sys.exit("sw-manifest: placeholders already replaced or missing")
sw = sw.replace("__PERAK_VERSION__", version).replace("__PERAK_PRECACHE__", json.dumps(files, indent=0))
with open(sw_path, "w", encoding="utf-8") as f:
    f.write(sw)
print(f"sw-manifest: {len(files)} files, version {version}")
