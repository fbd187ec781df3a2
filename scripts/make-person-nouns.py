#!/usr/bin/env python3
"""Writes data/person_nouns.tsv from WordNet 3.0 as Debian's wordnet-base ships it.

One row per noun: WORD (lowercase, one word of letters and hyphens), for every noun whose
most frequent sense (the first synset index.noun lists) is in the lexicographer file
noun.person (lex_filenum 18): "senator", "strategist", "businessman", "mother", "aide".
Nouns whose first sense is something else are left out though a rarer sense names a
person ("head", "source", "union", "article"), so that "the article" and "the union" are
never taken for a person; and words more often another part of speech, by WordNet's own
counts of tagged senses (cntlist.rev): "desperate", "chief", "native", "rival" are
adjectives or verbs before a noun far more often than they name a person ("desperate HP"
is no person). Sorted by word (bytes).

Attribution reads it: a definite description whose head is a person noun ("the Vermont
senator", "Obama's former campaign strategist") may refer to a person named before it.

Usage: python3 scripts/make-person-nouns.py [WORDNET_DIR] [OUTPUT]
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOUN_PERSON = 18
WORD = re.compile(r"^[a-z][a-z-]*[a-z]$")
HEADER = """# Person nouns: nouns whose most frequent sense names a person (WordNet's first sense
# of the noun is in noun.person), and which WordNet's tagged texts use as a noun at least
# as often as otherwise: "senator", "strategist", "mother" (not "desperate", "chief").
# One word a line, lowercase, sorted (bytes).
# Source: WordNet 3.0 (index.noun, data.noun, cntlist.rev) as shipped in Debian's wordnet-base
# (/usr/share/wordnet). WordNet 3.0 Copyright 2006 by Princeton University. All rights
# reserved. License: WordNet 3.0 (permissive: use, copy, modify and distribute with this
# notice; provided "as is", without warranty).
# Made by scripts/make-person-nouns.py: edit the script, not this file.
"""


def lexfile_of_offsets(data_noun):
    """synset offset -> lex_filenum, for every synset of data.noun."""
    lex = {}
    with open(data_noun, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue  # the license header
            fields = line.split(" ", 3)
            lex[fields[0]] = int(fields[1])
    return lex


def tagged_counts(cntlist):
    """lemma -> {"n": count, "other": count}: how often the semantic concordances tagged
    the word as a noun and as a verb, adjective or adverb."""
    counts = {}
    with open(cntlist, encoding="latin-1") as f:
        for line in f:
            key, _, count = line.split()
            lemma, _, rest = key.partition("%")
            pos = "n" if rest[0] == "1" else "other"
            counts.setdefault(lemma, {"n": 0, "other": 0})[pos] += int(count)
    return counts


def nouns_by_first_sense(source):
    """(lemma, lex_filenum of its first sense) for every one-word noun of index.noun used as
    a noun at least as often as otherwise in the tagged texts."""
    lex = lexfile_of_offsets(source / "data.noun")
    counts = tagged_counts(source / "cntlist.rev")
    with open(source / "index.noun", encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma, synset_count, pointer_count = fields[0], int(fields[2]), int(fields[3])
            offsets = fields[6 + pointer_count:]
            assert len(offsets) == synset_count, line
            tagged = counts.get(lemma, {"n": 0, "other": 0})
            if WORD.match(lemma) and tagged["n"] >= tagged["other"]:
                yield lemma, lex[offsets[0]]


def main():
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    output = Path(sys.argv[2] if len(sys.argv) > 2 else ROOT / "data" / "person_nouns.tsv")
    words = {lemma for lemma, lexfile in nouns_by_first_sense(source) if lexfile == NOUN_PERSON}
    output.write_text(HEADER + "".join(w + "\n" for w in sorted(words)), encoding="utf-8")
    print(f"{output}: {len(words)} person nouns")


if __name__ == "__main__":
    main()
