#!/usr/bin/env python3
"""Translation status, per language: what the catalogue's texts lack (the app shows English there, marked
lang="en"), which data files are marked as awaiting review by a native speaker, and interface texts that
are the same as the English (often a sign of a text left untranslated; sometimes a name that is the same).
A report, printed by scripts/test.sh; it fails only on a file it cannot read.

    python3 scripts/translation-status.py [--lang de]
"""
import argparse
import glob
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OPTIONAL = ["de", "fr", "nl"]


def texts(node, pointer=""):
    """Every catalogue text (an object with `id` and `en` strings) with its JSON pointer."""
    if isinstance(node, dict):
        if isinstance(node.get("id"), str) and isinstance(node.get("en"), str):
            yield pointer, node
            return
        for key, value in node.items():
            yield from texts(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from texts(value, f"{pointer}/{i}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=OPTIONAL)
    args = parser.parse_args()
    langs = [args.lang] if args.lang else OPTIONAL
    try:
        ui = {l: json.load(open(os.path.join(ROOT, "locales", f"{l}.json"), encoding="utf-8"))
              for l in ["en"] + langs}
        data = {os.path.basename(p): json.load(open(p, encoding="utf-8"))
                for p in sorted(glob.glob(os.path.join(ROOT, "public", "data", "*.json")))}
    except (OSError, ValueError) as e:
        sys.exit(f"translation-status: {e}")

    for lang in langs:
        missing, unreviewed, total = [], [], 0
        for name, doc in data.items():
            found = list(texts(doc))
            total += len(found)
            missing += [f"{name}#{ptr}" for ptr, t in found if not str(t.get(lang, "")).strip()]
            status = (doc.get("translations") or {}).get(lang) if isinstance(doc, dict) else None
            if found and status != "reviewed":
                unreviewed.append(f"{name} ({len(found)} texts, {status or 'no status'})")
        same = [k for k, v in ui[lang].items() if v == ui["en"].get(k)]
        print(f"== {lang}: catalogue texts {total - len(missing)}/{total} translated; "
              f"interface {len(ui[lang])} keys, {len(same)} the same as English")
        for m in missing:
            print(f"   missing (shown in English): {m}")
        for u in unreviewed:
            print(f"   awaiting review: {u}")
        if same:
            print(f"   same as English: {', '.join(same)}")


if __name__ == "__main__":
    main()
