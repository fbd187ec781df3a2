#!/usr/bin/env python3
"""Writes data/word_frequencies.tsv: how often each English word occurs in news, for
splitting names written without spaces (hashtags, handles, e-mail addresses:
"blacklivesmatter" is "black lives matter"; src/text/joined_words.h).

    word<TAB>count

Words are runs of ASCII letters with inner apostrophes dropped ("don't" is "dont",
"Carter's" is "carters": names run together drop them too), lowercased, taken outside
hashtags, handles, addresses and markup (whose names are what the table is for
splitting); count is how many times the word occurs in the training articles. Every word
that occurs is kept: with a minimum count of 2 or 3, a prototype of the same model,
5-fold cross-validated on train, split 2.7 and 5.6 points fewer runs right and kept fewer
words whole, not more. Sorted by bytes (narrate searches the table in place).

Words of an English dictionary that the articles lack are added with a count of 1, so
that a word the news did not happen to use ("therapist") is known whole and never split
into others ("the rapist"): the dictionary is SCOWL's American English list as Debian's
wamerican package ships it (/usr/share/dict/american-english; entries of ASCII letters
only, lowercased, possessives left out), under SCOWL's permissive license, whose notice
the table's header repeats. --no-dictionary leaves it out.

The articles are PolNeAR's train split (../shared/corpora/polnear-train; PolNeAR,
networkdynamics/PolNeAR). This copy has no license statement, so only derived word counts
are kept, no text.

Folds (for cross-validation): the articles sorted by file name, article i in fold i % N;
--exclude-fold K --folds N counts only the other folds.

usage: make-word-frequencies.py [--corpus DIR] [--out PATH] [--exclude-fold K --folds N] [--no-dictionary]"""
import collections
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DICTIONARY = '/usr/share/dict/american-english'
WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)*")


# Whitespace-separated chunks that are names, not words: hashtags, handles, addresses,
# and the markup of embedded tweets (author="realDonaldTrump").
NAME = re.compile(r"[#@=<>]|://|www\.|\.(com|org|net|gov|edu)\b", re.I)


def article_words(path):
    with open(path, encoding='utf-8') as f:
        chunks = [c for c in f.read().split() if not NAME.search(c)]
    return [w.lower().replace("'", '').replace('\u2019', '') for c in chunks for w in WORD.findall(c)]


def articles(corpus, exclude_fold=None, folds=5):
    paths = sorted(glob.glob(os.path.join(corpus, '*.txt')))
    return [p for i, p in enumerate(paths) if exclude_fold is None or i % folds != exclude_fold]


def main():
    args = sys.argv[1:]
    corpus = os.path.join(HERE, '..', '..', 'shared', 'corpora', 'polnear-train')
    out = os.path.join(HERE, '..', 'data', 'word_frequencies.tsv')
    exclude, folds, dictionary = None, 5, DICTIONARY
    while args:
        a = args.pop(0)
        if a == '--no-dictionary': dictionary = None
        elif a == '--corpus': corpus = args.pop(0)
        elif a == '--out': out = args.pop(0)
        elif a == '--exclude-fold': exclude = int(args.pop(0))
        elif a == '--folds': folds = int(args.pop(0))
        else: sys.exit(__doc__)
    paths = articles(corpus, exclude, folds)
    if not paths:
        sys.exit(f'no articles (*.txt) in {corpus}')
    counts = collections.Counter(w for p in paths for w in article_words(p))
    from_dictionary = 0
    if dictionary:
        if not os.path.exists(dictionary):
            sys.exit(f'{dictionary} is missing: install the Debian package wamerican, or pass --no-dictionary')
        with open(dictionary, encoding='utf-8') as f:
            for entry in f:
                word = entry.strip()
                if re.fullmatch(r'[A-Za-z]+', word) and word.lower() not in counts:
                    counts[word.lower()] = 1
                    from_dictionary += 1
    with open(out, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# How often each word occurs in news: word TAB count, lowercase ASCII letters,\n'
                '# inner apostrophes dropped, sorted (bytes). For splitting names written without\n'
                '# spaces (hashtags, handles, e-mail addresses): src/text/joined_words.h.\n'
                f'# Counted over {len(paths)} articles of PolNeAR\'s train split (networkdynamics/PolNeAR;\n'
                '# no license statement: only these derived counts are kept, no text).\n'
                + (f'# Plus {from_dictionary} words of SCOWL\'s American English list (Debian wamerican) the articles\n'
                   '# lack, with a count of 1. SCOWL: Copyright 2000-2011 by Kevin Atkinson. Permission to use,\n'
                   '# copy, modify, distribute and sell these word lists, the associated scripts, the output\n'
                   '# created from the scripts, and its documentation for any purpose is hereby granted without\n'
                   '# fee, provided that the above copyright notice appears in all copies and that both that\n'
                   '# copyright notice and this permission notice appear in supporting documentation. Kevin\n'
                   '# Atkinson makes no representations about the suitability of this array for any purpose.\n'
                   '# It is provided "as is" without express or implied warranty.\n' if from_dictionary else '')
                + '# Made by scripts/make-word-frequencies.py: edit the script, not this file.\n')
        for word in sorted(counts, key=lambda w: w.encode()):
            f.write(f'{word}\t{counts[word]}\n')
    print(f'{out}: {len(counts)} words, {sum(counts.values())} occurrences, from {len(paths)} articles'
          f' and {from_dictionary} dictionary words')


if __name__ == '__main__':
    main()
