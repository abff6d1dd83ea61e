#!/usr/bin/env python3
"""The last step of scripts/build.sh: puts the processed modules, the public files, the stylesheet and
index.html together in dist/.

The modules go to /app/<hash>/ as one set: the chunks' loader names the first module and the chunks by
relative path, so a directory per build versions them all without rewriting any of them. The stylesheet
gets its own hash. index.html's `<!-- build:... -->` markers are replaced by the tags that load them."""
import argparse
import hashlib
import json
import os
import re
import shutil
import sys

parser = argparse.ArgumentParser()
parser.add_argument("--work", required=True, help="directory with the wasm-bindgen and wasm-split output")
parser.add_argument("--dist", required=True)
parser.add_argument("--name", required=True, help="the first module's name (NAME.js, NAME_bg.wasm)")
args = parser.parse_args()


def digest(paths):
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(os.path.basename(p).encode() + b"\0")
        with open(p, "rb") as f:
            h.update(hashlib.sha256(f.read()).digest())
    return h.hexdigest()[:16]


if os.path.exists(args.dist):
    shutil.rmtree(args.dist)
shutil.copytree("public", args.dist)


def fingerprint(keys):
    """FNV-1a (64 bits) of the key names, one per line, as build.rs computes it for the module."""
    h = 0xCBF29CE484222325
    for byte in "\n".join(keys).encode():
        h = ((h ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


# The interface's languages, fetched when a reader chooses one and precached like every other file;
# Indonesian's for the texts only on-demand pages show (the module holds the rest). Served as a list in
# the module's key order behind the keys' fingerprint, so that the module needs no key names to read
# them (src/i18n `parse`).
os.makedirs(os.path.join(args.dist, "locales"))
for name in sorted(os.listdir("locales")):
    if name.endswith(".json"):
        with open(os.path.join("locales", name), encoding="utf-8") as f:
            texts = json.load(f)
        keys = sorted(texts)
        with open(os.path.join(args.dist, "locales", name), "w", encoding="utf-8") as f:
            json.dump([fingerprint(keys)] + [texts[k] for k in keys], f, ensure_ascii=False, separators=(",", ":"))

modules = [os.path.join(args.work, n) for n in os.listdir(args.work) if n.endswith((".js", ".wasm", ".json"))]
# wasm-bindgen writes a dependency's inline JavaScript under snippets/; the glue imports it from there.
folders = [os.path.join(args.work, n) for n in os.listdir(args.work) if os.path.isdir(os.path.join(args.work, n))]
if not any(n.endswith(f"{args.name}_bg.wasm") for n in modules):
    sys.exit(f"assemble: no {args.name}_bg.wasm in {args.work}")
app_dir = f"/app/{digest(modules)}"
os.makedirs(args.dist + app_dir)
for p in modules:
    shutil.copy2(p, args.dist + app_dir)
for p in folders:
    shutil.copytree(p, os.path.join(args.dist + app_dir, os.path.basename(p)))

# Started as a module file rather than inline, so that the page needs no inline script hash for it.
# The event tells index.html's first view that the app has taken over.
with open(f"{args.dist}{app_dir}/boot.js", "w", encoding="utf-8") as f:
    f.write(
        f'import init from "./{args.name}.js";\n'
        f'await init({{ module_or_path: new URL("./{args.name}_bg.wasm", import.meta.url) }});\n'
        'dispatchEvent(new Event("perak:started"));\n'
    )



def chunk_files(loader_js, split):
    """The files the chunks' loader fetches for `split`: its own module and, transitively, the shared
    chunks it links against. __wasm_split.js declares each as one top-level
    `const NAME = makeLoad(() => { … fetch(new URL("./FILE", …)) … }, [DEPS]);`."""
    blocks = {}
    for block in re.split(r"\n(?=(?:export )?const )", loader_js):
        head = re.match(r"(?:export )?const (\w+) = (?:wrapAsyncCb\()?makeLoad\(", block)
        if not head:
            continue
        url = re.search(r'new URL\("\./([^"]+)"', block)
        deps = re.search(r"\n, \[([^\]]*)\]\)", block)
        if not url or not deps:
            sys.exit(f"assemble: cannot read {head.group(1)} in the chunks' loader")
        blocks[head.group(1)] = (url.group(1), [d.strip() for d in deps.group(1).split(",") if d.strip()])
    files, todo, seen = [], [f"__wasm_split_load_{split}"], set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        if name not in blocks:
            sys.exit(f"assemble: {name} not found in the chunks' loader")
        file, deps = blocks[name]
        files.append(file)
        todo.extend(deps)
    return files


# The catalogue's reader (src/state/catalogue.rs) is a chunk that home and the catalogue need as soon
# as the data files are in: fetched from the page's start, beside the first module and the data,
# rather than after the first module has started (about 2.5 s later on slow 4G).
with open(f"{args.work}/__wasm_split.js", encoding="utf-8") as f:
    reader = chunk_files(f.read(), "reader")
reader_tags = "".join(
    f'\n    <link rel="preload" href="{app_dir}/{name}" as="fetch" type="application/wasm" crossorigin />'
    for name in reader
)
css_name = f"/main-{digest(['style/main.css'])}.css"
shutil.copy2("style/main.css", args.dist + css_name)

with open("index.html", encoding="utf-8") as f:
    html = f.read()

tags = {
    "<!-- build:module -->": (
        f'<link rel="modulepreload" href="{app_dir}/{args.name}.js" />\n'
        f'    <link rel="preload" href="{app_dir}/{args.name}_bg.wasm" as="fetch" type="application/wasm" crossorigin />\n'
        f'    <script type="module" src="{app_dir}/boot.js"></script>'
        f"{reader_tags}"
    ),
    "<!-- build:stylesheet -->": f'<link rel="stylesheet" href="{css_name}" />',
}
for marker, replacement in tags.items():
    if html.count(marker) != 1:
        sys.exit(f"assemble: index.html must hold {marker} exactly once")
    html = html.replace(marker, replacement)
with open(os.path.join(args.dist, "index.html"), "w", encoding="utf-8") as f:
    f.write(html)
print(f"assemble: {len(modules)} module files in {app_dir}, stylesheet {css_name}")
