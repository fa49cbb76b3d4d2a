#!/usr/bin/env python3
"""Checks every project include against the layer table in docs/ARCHITECTURE.md.

The table between <!-- layers:begin --> and <!-- layers:end --> is the one list:
for each layer (a folder, first column) the "may include" column names, in
backticks, the folders (ending in "/") and single headers its files may
include with "..."; a "must not" column naming Qt forbids <Q...> includes.
Generated form headers (ui_*.h) are always allowed. Prints each violation as
file:line: include (layer may not include it) and exits 1 when there is one.

  scripts/check-includes.py [--root DIR]
"""
import argparse
import pathlib
import re
import sys

SOURCE_SUFFIXES = {".h", ".hpp", ".cpp", ".cc", ".cu", ".cuh"}
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def read_table(doc):
    text = doc.read_text(encoding="utf-8")
    try:
        block = text.split("<!-- layers:begin -->", 1)[1].split("<!-- layers:end -->", 1)[0]
    except IndexError:
        sys.exit(f"{doc}: no <!-- layers:begin --> ... <!-- layers:end --> table")
    layers = {}
    for row in block.splitlines():
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        if len(cells) < 4 or not cells[0].startswith("`"):
            continue
        folder = cells[0].strip("`").rstrip("/")
        allowed = re.findall(r"`([^`]+)`", cells[2])
        qt_forbidden = re.search(r"\bQt\b", cells[3]) is not None
        layers[folder] = (allowed, qt_forbidden)
    if not layers:
        sys.exit(f"{doc}: the layer table has no rows")
    return layers


def allowed_include(path, allowed):
    if re.fullmatch(r"ui_[A-Za-z0-9_]+\.h", path):
        return True
    for rule in allowed:
        if rule.endswith("/") and path.startswith(rule):
            return True
        if path == rule:
            return True
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=pathlib.Path(__file__).resolve().parent.parent, type=pathlib.Path)
    args = parser.parse_args()
    root = args.root
    layers = read_table(root / "docs" / "ARCHITECTURE.md")

    problems = []
    checked = 0
    for folder, (allowed, qt_forbidden) in sorted(layers.items()):
        base = root / folder
        if not base.is_dir():
            problems.append(f"{folder}: the layer table names a folder that does not exist")
            continue
        for file in sorted(base.rglob("*")):
            if file.suffix not in SOURCE_SUFFIXES or not file.is_file():
                continue
            checked += 1
            rel = file.relative_to(root)
            for number, line in enumerate(file.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                kind, path = m.groups()
                if kind == '"' and not allowed_include(path, allowed):
                    problems.append(f'{rel}:{number}: #include "{path}" ({folder} may include only '
                                    f'{", ".join(allowed)})')
                elif kind == "<" and qt_forbidden and re.match(r"Q[A-Za-z]", path):
                    problems.append(f"{rel}:{number}: #include <{path}> ({folder} must not use Qt)")
    for p in problems:
        print(p)
    if problems:
        print(f"check-includes: {len(problems)} include(s) break the layer table in docs/ARCHITECTURE.md")
        return 1
    print(f"check-includes: {checked} files in {len(layers)} layers follow docs/ARCHITECTURE.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
