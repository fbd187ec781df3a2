#!/usr/bin/env python3
"""How well narrate splits words run together (hashtags, handles, e-mail names;
src/text/joined_words.h), measured on news nobody tuned for: 5-fold cross-validation on
PolNeAR train (the word table learned from four folds by scripts/make-word-frequencies.py,
given to narrate through NARRATE_DATA_DIR, the fifth fold read), then PolNeAR dev read with
the table built into narrate (learned from all of train).

What is read, from each held-out article's words (make-word-frequencies.py's words):
  * runs: every 7th position, 2, 3 or 4 consecutive words joined (of 6 letters or more in
    all), as a hashtag: "#fromthebottom" must come out "from the bottom";
  * words: each distinct word of 6 letters or more, as a hashtag: "#donkey" must stay
    "donkey". Compounds split ("hellfire" as "hell fire") count as wrong here, though a
    listener hears the same.
A run whose words the table lacks cannot be split: such runs are counted, not left out.

usage: cv-word-split.py [--narrate PATH] [--folds N] [--show K]"""
import importlib.util
import os
import random
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPORA = os.path.join(HERE, '..', '..', 'shared', 'corpora')
spec = importlib.util.spec_from_file_location('make_word_frequencies', os.path.join(HERE, 'make-word-frequencies.py'))
words_module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(words_module)


def items_of(paths, seed=1):
    rnd = random.Random(seed)
    runs, words, seen = [], [], set()
    for path in paths:
        article = words_module.article_words(path)
        for k in range(0, len(article) - 4, 7):
            run = article[k:k + rnd.choice([2, 2, 3, 4])]
            if len(''.join(run)) >= 6:
                runs.append(run)
        for w in article:
            if len(w) >= 6 and w not in seen:
                seen.add(w)
                words.append([w])
    return runs, words


def read(narrate, data_dir, items):
    env = dict(os.environ)
    if data_dir:
        env['NARRATE_DATA_DIR'] = data_dir
    text = ''.join('#' + ''.join(item) + '\n' for item in items)
    out = subprocess.run([narrate, 'normalize'], input=text, capture_output=True, text=True, env=env, check=True).stdout
    said = []
    for line in out.split('\n')[:len(items)]:
        parts = line.lower().split()
        said.append(parts[1:] if parts[:1] == ['hashtag'] else parts)
    return said


def score(narrate, data_dir, paths, show, label):
    runs, words = items_of(paths)
    runs_said = read(narrate, data_dir, runs)
    words_said = read(narrate, data_dir, words)
    runs_right = sum(a == b for a, b in zip(runs, runs_said))
    words_right = sum(a == b for a, b in zip(words, words_said))
    print(f'{label}: runs split right {runs_right}/{len(runs)} = {100 * runs_right / len(runs):.1f}%, '
          f'words kept whole {words_right}/{len(words)} = {100 * words_right / len(words):.1f}%')
    shown = 0
    for item, said in list(zip(runs, runs_said)) + list(zip(words, words_said)):
        if item != said and shown < show:
            shown += 1
            print(f'   {" ".join(item)!r} -> {" ".join(said)!r}')
    return runs_right / len(runs), words_right / len(words)


def main():
    args = sys.argv[1:]
    narrate = os.path.join(HERE, '..', 'build', 'narrate')
    folds, show = 5, 0
    while args:
        a = args.pop(0)
        if a == '--narrate': narrate = args.pop(0)
        elif a == '--folds': folds = int(args.pop(0))
        elif a == '--show': show = int(args.pop(0))
        else: sys.exit(__doc__)
    train = os.path.join(CORPORA, 'polnear-train')
    all_paths = words_module.articles(train)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for fold in range(folds):
            out = os.path.join(tmp, 'word_frequencies.tsv')
            subprocess.run([sys.executable, os.path.join(HERE, 'make-word-frequencies.py'), '--corpus', train, '--out', out,
                            '--exclude-fold', str(fold), '--folds', str(folds)], check=True, capture_output=True)
            held_out = [p for i, p in enumerate(all_paths) if i % folds == fold]
            results.append(score(narrate, tmp, held_out, show if fold == 0 else 0, f'fold {fold}'))
    runs = [r[0] for r in results]
    words = [r[1] for r in results]
    print(f'cross-validation: runs split right {100 * sum(runs) / folds:.1f}% ({100 * min(runs):.1f}-{100 * max(runs):.1f}), '
          f'words kept whole {100 * sum(words) / folds:.1f}% ({100 * min(words):.1f}-{100 * max(words):.1f})')
    score(narrate, None, words_module.articles(os.path.join(CORPORA, 'polnear-dev')), show, 'polnear-dev (table of all train)')


if __name__ == '__main__':
    main()
