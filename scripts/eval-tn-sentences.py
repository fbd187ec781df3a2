#!/usr/bin/env python3
"""Sentence-level normalization score on ../shared/corpora/tn-sentences (Wikipedia sentences,
token-by-token spoken forms from Google's Kestrel normalizer).

usage: eval-tn-sentences.py CORPUS_DIR [--set dev|holdout] [--count N] [--offset K] [--show K]
                            [--system CMD ...]

Which sentences: those with a number or symbol ("interesting": a token holding a digit or one
of $ € £ ¥ % & # @ + ° / :), ranked by the SHA-1 of their line as stored. The first 500 of that
ranking are the held-out set (--set holdout), fixed before any building was done and never
printed: --show is refused for it. Every other interesting sentence is the dev pool (--set dev,
default: --count of the ranking after the held-out set and --offset more, 1000 unless told).

The written sentence is the tokens joined the way text is written (no space before closing
punctuation, none after opening brackets). A sentence counts when eSpeak NG (en-us) gives the
same phonemes for the system's reading and for Kestrel's spoken tokens joined (letters that
Kestrel spells given as capitals, see spoken_of), with the same
comparison as tn_eval.py (stress, pauses, schwas and 'and' ignored). The system reads one
sentence a line (default: `build/narrate normalize`); bare eSpeak NG on the written sentence is
scored in the same run."""
import hashlib, json, os, re, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HOLDOUT = 500
INTERESTING = re.compile(r'[0-9$€£¥%&#@+°/:]')
CLOSE = {'.', ',', ';', ':', '!', '?', ')', ']', '}', "'s", "n't", '%'}
OPEN = {'(', '[', '{'}
# Punctuation that makes a pause: kept in the reference where the written sentence has it
# (--no-pauses: the reference without it, as it was scored before 2026-12-06).
PAUSES = {'.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '"', "'", '—'}
KEEP_NO_PAUSES = False


def phon(t, _cache={}):
    if t not in _cache:
        out = subprocess.run(['espeak-ng', '-v', 'en-us', '-q', '-x', t], capture_output=True, text=True).stdout
        words = [w for w in out.split() if w.strip("'_:,;!%=") not in ('and', '@nd', 'an')]
        _cache[t] = re.sub(r"[',_:;!%=\s@-]", '', ''.join(words))
    return _cache[t]


def written_of(tokens):
    """The corpus splits "6.6" into "6", ".", "6": a full stop between digits is a decimal point."""
    out = ''
    for i, (w, _) in enumerate(tokens):
        after_point = i >= 2 and tokens[i - 1][0] == '.' and tokens[i - 2][0].isdigit() and w[:1].isdigit()
        if out and not after_point and w not in CLOSE and not out.endswith(tuple(OPEN)):
            out += ' '
        out += w
    return out


def spoken_of(tokens):
    """Kestrel's words joined. Kestrel names letters in lower case ("i u c n" for IUCN, "a"
    for the initial "A."), which eSpeak NG would read as words ("a" as the article): a
    token Kestrel spelled as letters is given to eSpeak NG in capitals, as letters ("A" as
    "eigh", which eSpeak NG cannot take for the article)."""
    words = []
    for w, s in tokens:
        if s == '<self>':
            s = w
        if s in ('', 'sil') and w in PAUSES and not KEEP_NO_PAUSES:
            # Kestrel says nothing for punctuation, but eSpeak NG's reading of the words
            # beside it depends on the pause it makes ("year, out" has no linking r): the
            # reference keeps the pauses that the written sentence has.
            if w in CLOSE and words:
                words[-1] += w
            else:
                words.append(w)
            continue
        if s in ('', 'sil'):
            continue
        if s != w and all(len(x) == 1 and x.isalpha() for x in s.split()):
            # eSpeak NG reads "A" before a small letter as the article: "eigh" is the letter.
            s = ' '.join('eigh' if x == 'a' else x.upper() for x in s.split())
        words.append(s)
    return ' '.join(words)


def ranked(corpus):
    rows = []
    with open(os.path.join(corpus, 'sentences.jsonl'), 'rb') as f:
        for line in f:
            tokens = json.loads(line)['tokens']
            if any(INTERESTING.search(w) for w, _ in tokens):
                rows.append((hashlib.sha1(line.rstrip(b'\n')).hexdigest(), tokens))
    rows.sort(key=lambda r: r[0])
    return [t for _, t in rows]


def main():
    args = sys.argv[1:]
    corpus = args.pop(0)
    which, count, offset, show, system = 'dev', 1000, 0, 0, None
    while args:
        a = args.pop(0)
        if a == '--set': which = args.pop(0)
        elif a == '--count': count = int(args.pop(0))
        elif a == '--offset': offset = int(args.pop(0))
        elif a == '--show': show = int(args.pop(0))
        elif a == '--no-pauses':
            global KEEP_NO_PAUSES
            KEEP_NO_PAUSES = True
        elif a == '--system': system, args = args, []
        else: sys.exit(f'unknown argument {a}')
    if which == 'holdout' and show:
        sys.exit('the held-out set is never shown')
    rows = ranked(corpus)
    chosen = rows[:HOLDOUT] if which == 'holdout' else rows[HOLDOUT + offset:HOLDOUT + offset + count]
    written = [written_of(t) for t in chosen]
    reference = [spoken_of(t) for t in chosen]
    system = system or [os.path.join(os.path.dirname(__file__), '..', 'build', 'narrate'), 'normalize']
    r = subprocess.run(system, input=''.join(w.replace('\n', ' ') + '\n' for w in written),
                       capture_output=True, text=True, timeout=600)
    ours = r.stdout.split('\n')[:len(chosen)]
    ours += [''] * (len(chosen) - len(ours))
    with ThreadPoolExecutor(4) as pool:
        ref_p = list(pool.map(phon, reference))
        our_p = list(pool.map(phon, ours))
        raw_p = list(pool.map(phon, written))
    ok = [a == b for a, b in zip(our_p, ref_p)]
    raw = [a == b for a, b in zip(raw_p, ref_p)]
    shown = 0
    for w, o, ref, good in zip(written, ours, reference, ok):
        if not good and shown < show:
            shown += 1
            print(f'- {w}\n  narrate: {o}\n  kestrel: {ref}')
    n = len(chosen)
    print(f'{which} ({n} sentences): narrate {sum(ok)}/{n} = {100 * sum(ok) / n:.1f}%, '
          f'bare eSpeak NG {sum(raw)}/{n} = {100 * sum(raw) / n:.1f}%')


if __name__ == '__main__':
    main()
