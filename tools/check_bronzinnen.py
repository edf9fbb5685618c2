#!/usr/bin/env python3
"""Checks tests/fixtures/methodewijzer/bronzinnen.tsv: short Dutch key phrases that occur word for
word in the method's source documents, one per line as `bron_anchor<TAB>phrase`.

Always checks the form: two fields, a `bron.*` anchor that exists in assets/methodewijzer/nl.md, a
non-empty phrase, no duplicates. When the folder with the source documents (plain-text exports)
is present, it also checks that every phrase occurs in the document its anchor names, "word for
word" meaning: the same words in the same order, ignoring case, runs of whitespace and line
breaks, a hyphen that splits a word at a line end, and the style of quote marks (‘ ’ “ ” vs ' ").

Usage: tools/check_bronzinnen.py [SOURCES_DIR]   (default: $LWP_BRONNEN, else /work/shared/seeds)
Exit 0 when all checks pass (or the sources are absent and the form is right), 1 otherwise.
"""
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURE = os.path.join(ROOT, "tests", "fixtures", "methodewijzer", "bronzinnen.tsv")
GUIDE = os.path.join(ROOT, "assets", "methodewijzer", "nl.md")

# Each source document is recognised by a sentence of its own, so that no file name is needed.
MARKERS = {
    "bron.werkwijze": "Dit document omvat de werkwijze van Beter Samenspel",
    "bron.evaluatie": "Scenario 2 - Gefaseerde implementatie Beter Samenspel",
    "bron.onderzoek": "Deze tussenrapportage na twee jaar participatief",
    "bron.notitie": "Bijlage 1: casebeschrijving",
    "bron.monitor": "Introductie op causaal model en monitor Beter Samenspel",
}
QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def normalise(text, join_hyphen):
    """Lower case, one space per whitespace run, straight quotes; a hyphen at a line end is either
    a split word (join_hyphen: removed) or a real hyphen (kept, the line break dropped)."""
    text = text.replace("\u00ad", "")
    text = re.sub(r"(\w)-[ \t]*\n\s*(\w)", r"\1\2" if join_hyphen else r"\1-\2", text)
    return re.sub(r"\s+", " ", text.translate(QUOTES)).strip().lower()


def forms(text):
    """The normalised readings of a document; a phrase must occur in one of them."""
    out = [normalise(text, True), normalise(text, False)]
    return out + [re.sub(r"\s", "", t) for t in out]  # words glued by a lost space ("voorveilig")


def occurs(phrase, doc_forms):
    p = normalise(phrase, False)
    return any(p in f for f in doc_forms[:2]) or any(re.sub(r"\s", "", p) in f for f in doc_forms[2:])


def main():
    problems = []
    anchors = set(re.findall(r"\{#(bron\.[a-z0-9_.]+)\}", open(GUIDE, encoding="utf-8").read()))
    rows, seen = [], set()
    for n, line in enumerate(open(FIXTURE, encoding="utf-8"), 1):
        fields = line.rstrip("\n").split("\t")
        if len(fields) != 2 or not fields[1].strip():
            problems.append(f"{FIXTURE}:{n}: verwacht 'bron_anker<TAB>zinsnede'")
            continue
        anchor, phrase = fields
        if anchor not in anchors:
            problems.append(f"{FIXTURE}:{n}: onbekend anker '{anchor}' (niet in {GUIDE})")
        if (anchor, phrase) in seen:
            problems.append(f"{FIXTURE}:{n}: dubbel: {phrase}")
        seen.add((anchor, phrase))
        rows.append((n, anchor, phrase))

    folder = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("LWP_BRONNEN", "/work/shared/seeds")
    files = sorted(glob.glob(os.path.join(folder, "*.txt")))
    if not files:
        print(f"bronnen niet gevonden in {folder}: alleen de vorm van {len(rows)} zinsneden gecontroleerd")
    else:
        texts = {f: open(f, encoding="utf-8").read() for f in files}
        docs = {}
        for anchor, marker in MARKERS.items():
            hits = [f for f, t in texts.items() if normalise(marker, True) in normalise(t, True)]
            if len(hits) != 1:
                problems.append(f"bron '{anchor}': {len(hits)} documenten herkend in {folder} (verwacht 1)")
            else:
                docs[anchor] = forms(texts[hits[0]])
        for n, anchor, phrase in rows:
            if anchor in docs and not occurs(phrase, docs[anchor]):
                problems.append(f"{FIXTURE}:{n}: staat niet letterlijk in {anchor}: {phrase}")
        if not problems:
            print(f"{len(rows)} zinsneden, alle letterlijk gevonden in {len(docs)} bronnen")
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
