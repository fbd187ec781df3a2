#!/usr/bin/env python3
"""Trains attribution's confidence model (data/attribution_model.tsv) on PolNeAR's train split.

usage: scripts/train-attribution.py [--corpus DIR] [--narrate BIN] [--out PATH]
                                    [--folds N --exclude-fold K] [--cost C]

For every quote narrate attributes (`narrate inspect --json`: the quote's `evidence`, its
`candidate` and the `attribution` mention), the label is whether that mention is the gold
Source or the candidate shares a name word with it (the corpus scorer's test). A logistic
regression over the evidence names (L2-regularized, batch gradient descent, deterministic)
gives each a weight. The threshold below which the narrator reads a quote is where a wrong
voice costs more than no voice: keep a speaker when p - C (1 - p) > 0, p > C / (1 + C),
with C (default 3) how much worse a wrong character's voice is than the narrator's.
With --exclude-fold K the articles of fold K (article i, sorted by name, is in fold i % N)
are left out, for cross-validation (scripts/cv-attribution.py).
Only Python's standard library is used; the output is byte-identical for the same input.
"""
import argparse
import concurrent.futures
import glob
import json
import math
import os
import re
import subprocess
import sys

OPEN, CLOSE = '“"', '”"'
STOP = {'the', 'a', 'an', 'of', 'and', 'said', 'mr', 'mrs', 'ms', 'dr', 'his', 'her', 'its', 'their'}


def parse_ann(path):
    spans, rels = {}, []
    for line in open(path, encoding='utf-8'):
        p = line.rstrip('\n').split('\t')
        if p[0].startswith('T') and len(p) >= 2:
            kind, _, rest = p[1].partition(' ')
            spans[p[0]] = (kind, [tuple(map(int, f.split())) for f in rest.split(';')])
        elif p[0].startswith('E') and len(p) >= 2:
            rels.append(dict(x.split(':', 1) for x in p[1].split() if ':' in x))
    return spans, rels


def byte_to_char(text):
    m = []
    for pos, ch in enumerate(text):
        m.extend([pos] * len(ch.encode('utf-8')))
    m.append(len(text))
    return m


def name_words(s):
    return {w for w in re.findall(r'[a-z]+', s.lower()) if len(w) >= 3 and w not in STOP}


def examples_of(args):
    """(evidence, label) for every quote narrate attributes in one article."""
    narrate, txt = args
    text = open(txt, encoding='utf-8').read()
    spans, rels = parse_ann(txt[:-4] + '.ann')
    run = subprocess.run([narrate, 'inspect', txt, '--json'], capture_output=True, text=True, timeout=120)
    if run.returncode != 0:
        return []
    doc = json.loads(run.stdout)
    b2c = byte_to_char(text)
    at = lambda b: b2c[min(b, len(b2c) - 1)]
    # Gold: each Content's fragments with the Source's fragments.
    contents = []
    for rel in rels:
        c, s = spans.get(rel.get('Content')), spans.get(rel.get('Source'))
        if c and s:
            contents.append((c[1], s[1]))
    out = []
    for seg in doc['segments']:
        if seg['kind'] != 'quote' or not seg.get('candidate') or not seg.get('evidence'):
            continue
        if 'interview:turn' in seg['evidence']:
            continue  # a turn's label names its speaker: no decision for the model
        qs, qe = at(seg['start']), at(seg['end'])
        best, overlap = None, 0
        for frags, source in contents:
            o = sum(max(0, min(qe, b) - max(qs, a)) for a, b in frags)
            if o > overlap:
                best, overlap = source, o
        if best is None or overlap < 0.5 * (qe - qs):
            continue  # not a gold quote: nothing to learn about its speaker
        ok = False
        if seg.get('attribution'):
            ms, me = at(seg['attribution']['start']), at(seg['attribution']['end'])
            ok = any(max(ms, a) < min(me, b) for a, b in best)
        gold_text = ' '.join(text[a:b] for a, b in best)
        ok = ok or bool(name_words(seg['candidate']) & name_words(gold_text))
        out.append((sorted(set(seg['evidence'])), 1 if ok else 0))
    return out


def train(examples, l2=1.0, steps=3000, rate=0.5):
    names = sorted({f for ev, _ in examples for f in ev})
    index = {f: i for i, f in enumerate(names)}
    # Quotes with the same evidence are one row, weighed by how many there are.
    groups = {}
    for ev, y in examples:
        key = tuple(index[f] for f in ev)
        right, total = groups.get(key, (0, 0))
        groups[key] = (right + y, total + 1)
    rows = sorted(groups.items())
    w = [0.0] * len(names)
    bias = 0.0
    n = len(examples)
    for _ in range(steps):
        grad = [0.0] * len(names)
        gb = 0.0
        for fs, (right, total) in rows:
            z = bias + sum(w[i] for i in fs)
            p = 1 / (1 + math.exp(-z))
            d = total * p - right
            gb += d
            for i in fs:
                grad[i] += d
        bias -= rate * gb / n
        for i in range(len(w)):
            w[i] -= rate * (grad[i] + l2 * w[i]) / n
    return bias, dict(zip(names, w))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--corpus', default=os.path.join(here, '..', '..', 'shared', 'corpora', 'polnear-train'))
    ap.add_argument('--narrate', default=os.path.join(here, '..', 'build', 'narrate'))
    ap.add_argument('--out', default=os.path.join(here, '..', 'data', 'attribution_model.tsv'))
    ap.add_argument('--folds', type=int, default=5)
    ap.add_argument('--exclude-fold', type=int, default=None)
    ap.add_argument('--cost', type=float, default=3.0)
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 1)
    a = ap.parse_args()
    articles = sorted(glob.glob(os.path.join(a.corpus, '*.txt')))
    articles = [t for t in articles if os.path.exists(t[:-4] + '.ann')]
    if a.exclude_fold is not None:
        articles = [t for i, t in enumerate(articles) if i % a.folds != a.exclude_fold]
    if not articles:
        sys.exit(f'no annotated articles in {a.corpus}')
    # The model is learned from evidence, which does not depend on any model built in.
    env_narrate = a.narrate
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        examples = [e for part in pool.map(examples_of, [(env_narrate, t) for t in articles]) for e in part]
    bias, weights = train(examples)
    threshold = a.cost / (1 + a.cost)
    correct = sum(y for _, y in examples)
    with open(a.out + '.tmp', 'w', encoding='utf-8') as f:
        f.write('# Attribution confidence: a logistic model over the evidence of each decision\n')
        f.write('# (src/article/attribution_model.h), trained by scripts/train-attribution.py on\n')
        fold = '' if a.exclude_fold is None else f', less fold {a.exclude_fold} of {a.folds}'
        f.write(f'# PolNeAR train ({len(articles)} articles{fold}; {len(examples)} quotes, {correct} with the gold\n')
        f.write(f'# speaker by span or name). Threshold: a wrong voice costs {a.cost:g} times no voice.\n')
        f.write('# feature\tweight\n')
        f.write(f'bias\t{bias:.4f}\n')
        f.write(f'threshold\t{threshold:.4f}\n')
        for name in sorted(weights):
            f.write(f'{name}\t{weights[name]:.4f}\n')
    os.replace(a.out + '.tmp', a.out)
    print(f'{len(articles)} articles, {len(examples)} quotes ({100 * correct / len(examples):.1f}% right), '
          f'{len(weights)} features, threshold {threshold:.2f} -> {a.out}', file=sys.stderr)


if __name__ == '__main__':
    main()
