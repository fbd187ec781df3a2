#!/usr/bin/env python3
"""Writes data/counted_nouns.tsv from WordNet 3.0 as Debian's wordnet-base ships it.

One row per noun: WORD (lowercase, one word of letters and hyphens, singular), for every
noun whose most frequent sense (the first synset index.noun lists) is a thing counted
rather than measured: a person (noun.person: "voter", "viewer"), a group ("household",
"family"), a communication ("record", "email", "signature"), an act ("job", "vote"), a
possession ("share", "donation") or a quantity ("tonne", "gallon"). As in
make-person-nouns.py, a word must be used as a noun at least as often as otherwise in
WordNet's tagged texts (cntlist.rev), and it must occur in news (data/word_frequencies.tsv),
which keeps the table to words an article may hold. Sorted by word (bytes).

The normalizer reads it: a whole number glued to "m" before the plural of such a noun is
millions ("10m records", "14m voters"); before other plurals it stays a length ("20m
waves", "30m yachts", "4m crocodiles": objects, artifacts and animals are measured).

Usage: python3 scripts/make-counted-nouns.py [WORDNET_DIR] [OUTPUT]
"""
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("person_nouns", ROOT / "scripts" / "make-person-nouns.py")
wordnet = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wordnet)

# WordNet's lexicographer files (lexnames) of things counted by the number.
COUNTED = {4: "noun.act", 10: "noun.communication", 14: "noun.group", 18: "noun.person", 21: "noun.possession", 23: "noun.quantity"}
HEADER = """# Counted nouns: nouns whose most frequent sense is a thing counted, not measured (WordNet's
# first sense of the noun is in noun.person, noun.group, noun.communication, noun.act,
# noun.possession or noun.quantity), used as a noun at least as often as otherwise in
# WordNet's tagged texts, and found in news (data/word_frequencies.tsv): "voter",
# "household", "record", "job" (not "wave", "yacht", "crocodile").
# One word a line, lowercase, singular, sorted (bytes).
# Source: WordNet 3.0 (index.noun, data.noun, cntlist.rev) as shipped in Debian's wordnet-base
# (/usr/share/wordnet). WordNet 3.0 Copyright 2006 by Princeton University. All rights
# reserved. License: WordNet 3.0 (permissive: use, copy, modify and distribute with this
# notice; provided "as is", without warranty).
# Made by scripts/make-counted-nouns.py: edit the script, not this file.
"""


def news_words(path):
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#") and "\t" in line:
                words.add(line.split("\t", 1)[0])
    return words


def main():
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    output = Path(sys.argv[2] if len(sys.argv) > 2 else ROOT / "data" / "counted_nouns.tsv")
    news = news_words(ROOT / "data" / "word_frequencies.tsv")
    words = {lemma for lemma, lexfile in wordnet.nouns_by_first_sense(source) if lexfile in COUNTED and lemma in news}
    output.write_text(HEADER + "".join(w + "\n" for w in sorted(words)), encoding="utf-8")
    print(f"{output}: {len(words)} counted nouns")


if __name__ == "__main__":
    main()
