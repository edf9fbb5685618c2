#!/usr/bin/env python3
"""Checks the message catalogue assets/i18n/*.po against the program's sources.

Per language it lists
  missing  a key the sources use (X(Name, "ui.x") rows of app/ui/strings.hpp, "report.x" literals
           in app/, ...) that the .po file does not have,
  unused   a key the .po file has that no source uses,
  args     a message whose printf arguments (%d, %s, %zu, %%) differ from the Dutch one,
  dup      a key twice in one file,
and exits 1 when any of these is found (0 when all languages are complete). Keys are literals of
the form "<prefix>.<name>" whose prefix is one of PREFIXES; "language.name" is read by the UI.

Usage: tools/check_messages.py [ROOT]     (default: the source tree this script is in)
"""
import os
import re
import sys

PREFIXES = ("ui", "report", "language", "score", "note", "fork", "error")
FILE_SUFFIXES = ("html", "md", "svg", "json", "lua", "po", "txt", "csv", "png", "cpp", "hpp")
KEY = re.compile(r'"((?:' + "|".join(PREFIXES) + r')\.[a-z0-9_]+(?:\.[a-z0-9_]+)*)"')
PRINTF = re.compile(r"%[-+ #0]*[0-9.*]*(?:hh|h|ll|l|z)?[diouxXeEfgGcsp%]")


def unquote(s):
    out, i = [], 1
    while i < len(s) - 1:
        c = s[i]
        if c == "\\":
            out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(s[i + 1], "\\" + s[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def read_po(path):
    """[(key, text, line)] of a .po file (the subset the program's reader accepts)."""
    entries, key, text, line, target = [], None, None, 0, None

    def flush():
        if key:  # the header has the empty key
            entries.append((key, text or "", line))

    with open(path, encoding="utf-8") as f:
        for no, raw in enumerate(f, 1):
            s = raw.strip()
            if not s:
                flush()
                key, text, target = None, None, None
            elif s.startswith("#"):
                continue
            elif s.startswith("msgid "):
                flush()
                key, text, line, target = unquote(s[6:].strip()), None, no, "id"
            elif s.startswith("msgstr "):
                text, target = unquote(s[7:].strip()), "str"
            elif s.startswith('"'):
                if target == "id":
                    key += unquote(s)
                elif target == "str":
                    text += unquote(s)
    flush()
    return entries


def used_keys(root):
    """key -> first 'file:line' that uses it, from app/ and scripting/."""
    used = {}
    for top in ("app", "scripting"):
        for dirpath, _, files in os.walk(os.path.join(root, top)):
            for name in sorted(files):
                if not name.endswith((".cpp", ".hpp")):
                    continue
                path = os.path.join(dirpath, name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    for no, text in enumerate(f, 1):
                        if text.lstrip().startswith(("//", "*", "/*")):
                            continue  # a comment naming a key as an example
                        for m in KEY.finditer(text):
                            key = m.group(1)
                            if key.rsplit(".", 1)[-1] in FILE_SUFFIXES:
                                continue  # "report.html": a file name
                            used.setdefault(key, f"{os.path.relpath(path, root)}:{no}")
    return used


def main():
    root = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    i18n = os.path.join(root, "assets", "i18n")
    if not os.path.isdir(i18n):
        print(f"{i18n}: no message folder")
        return 1
    used = used_keys(root)
    files = sorted(f for f in os.listdir(i18n) if f.endswith(".po"))
    if "nl.po" not in files:
        print(f"{i18n}/nl.po: missing (Dutch is every language's fallback)")
        return 1
    catalogue = {f[:-3]: read_po(os.path.join(i18n, f)) for f in files}
    dutch = {k: t for k, t, _ in catalogue["nl"]}
    problems = 0
    for lang in ["nl"] + [c for c in catalogue if c != "nl"]:
        rel = os.path.relpath(os.path.join(i18n, lang + ".po"), root)
        entries = catalogue[lang]
        seen, missing, unused, args, dups = {}, [], [], [], []
        for key, text, line in entries:
            if key in seen:
                dups.append(f"{rel}:{line}: dup {key} (first at line {seen[key]})")
                continue
            seen[key] = line
            if key not in used:
                unused.append(f"{rel}:{line}: unused {key}")
            if lang != "nl" and key in dutch and PRINTF.findall(text) != PRINTF.findall(dutch[key]):
                args.append(f"{rel}:{line}: args {key}: {' '.join(PRINTF.findall(text)) or '(none)'}"
                            f" where Dutch has {' '.join(PRINTF.findall(dutch[key])) or '(none)'}")
        for key, where in sorted(used.items()):
            if key not in seen:
                missing.append(f"{rel}: missing {key} (used at {where})")
        found = missing + unused + args + dups
        problems += len(found)
        print(f"{lang}: {len(seen)} messages, {len(missing)} missing, {len(unused)} unused, "
              f"{len(args)} with other arguments, {len(dups)} twice")
        for p in found:
            print("  " + p)
    print(f"{len(used)} keys used by the sources")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
