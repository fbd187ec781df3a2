#!/usr/bin/env python3
"""Cross-validated quote attribution on polnear-train, beside the figures on polnear-dev.

For each fold K of N (polnear-train's articles sorted by file name, article i in fold i % N):
the speech-verb lexicon is learned without fold K (scripts/make-speech-verbs.py --exclude-fold
K) into a temporary directory D, and /work/shared/tools/attribution_eval.py scores narrate on
fold K's articles with NARRATE_DATA_DIR=D, so that narrate reads D/speech_verbs.tsv instead
of its built-in copy. Then polnear-dev is scored the same way with the lexicon learned from
all of polnear-train, by attribution_eval.py and by entity_eval.py (attribution by person,
with polnear-dev/entities.tsv).

Prints a row per fold (quote recall, precision, attribution %), their mean, min, max and
spread (max - min), and the dev rows. --baseline adds, on every row, the figures with the
general list of speech verbs alone (make-speech-verbs.py --general-only) and the difference.
(Not narrate's built-in copy: that is data/speech_verbs.tsv as of the last build, learned
from all of polnear-train, the scored fold included.)

With --train-model, D also gets attribution_model.tsv from scripts/train-attribution.py
--exclude-fold K (run with NARRATE_DATA_DIR=D, so it sees the fold's speech verbs), and the dev
rows a model trained on all of polnear-train: without it the folds are scored with narrate's
built-in model, which was trained on all of polnear-train, the scored fold included.

narrate is copied into the temporary directory first, so that one binary scores every row
even if build/narrate is rebuilt during the run.

usage: cv-attribution.py [--narrate PATH] [--folds N] [--jobs J] [--baseline]
                         [--train DIR] [--dev DIR] [--no-dev] [--train-model]
                         [--min-cues N] [--min-share F] [--min-object F] [--max-inverted F]
                         [--min-listener-cues N]
The lexicon options are passed to make-speech-verbs.py (its defaults when not given).
"""

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TRAIN = SHARED / "corpora" / "polnear-train"
DEV = SHARED / "corpora" / "polnear-dev"
ATTRIBUTION_EVAL = SHARED / "tools" / "attribution_eval.py"
ENTITY_EVAL = SHARED / "tools" / "entity_eval.py"
MAKE_LEXICON = ROOT / "scripts" / "make-speech-verbs.py"
TRAIN_MODEL = ROOT / "scripts" / "train-attribution.py"
SUMMARY = re.compile(r"quote recall ([\d.]+)% precision ([\d.]+)% attribution ([\d.]+)%")
FAILURES = re.compile(r"inspect failures (\d+)")
ATTRIBUTED = re.compile(r"attributed (\d+)/(\d+)")

sys.dont_write_bytecode = True  # no scripts/__pycache__ from loading make-speech-verbs.py
spec = importlib.util.spec_from_file_location("make_speech_verbs", MAKE_LEXICON)
lexicon = importlib.util.module_from_spec(spec)
spec.loader.exec_module(lexicon)


def make_lexicon(out_dir, lexicon_args, exclude_fold=None, folds=None, train=TRAIN):
    """D/speech_verbs.tsv learned from train (without fold exclude_fold)."""
    cmd = [sys.executable, str(MAKE_LEXICON), "--corpus", str(train), "--out", str(Path(out_dir) / "speech_verbs.tsv")]
    if exclude_fold is not None:
        cmd += ["--exclude-fold", str(exclude_fold), "--folds", str(folds)]
    subprocess.run(cmd + lexicon_args, check=True)


def train_model(out_dir, narrate, exclude_fold=None, folds=None, train=TRAIN):
    """D/attribution_model.tsv by scripts/train-attribution.py, with narrate reading D (the
    fold's speech verbs)."""
    cmd = [sys.executable, str(TRAIN_MODEL), "--corpus", str(train), "--narrate", str(narrate),
           "--out", str(Path(out_dir) / "attribution_model.tsv")]
    if exclude_fold is not None:
        cmd += ["--exclude-fold", str(exclude_fold), "--folds", str(folds)]
    env = dict(os.environ, NARRATE_DATA_DIR=str(out_dir))
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if r.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed (exit {r.returncode}):\n{r.stdout[-2000:]}{r.stderr[-2000:]}")


def evaluate(cmd, data_dir):
    """Runs a scorer with NARRATE_DATA_DIR=data_dir; (recall, precision, attribution) from
    its last line, and its output lines."""
    env = dict(os.environ, NARRATE_DATA_DIR=str(data_dir))
    r = subprocess.run([sys.executable] + [str(c) for c in cmd], capture_output=True, text=True, env=env)
    lines = r.stdout.strip().splitlines()
    m = SUMMARY.search(lines[-1]) if lines else None
    if r.returncode != 0 or not m:
        sys.exit(f"{' '.join(map(str, cmd))} failed (exit {r.returncode}):\n{r.stdout[-2000:]}{r.stderr[-2000:]}")
    failures = FAILURES.search(r.stdout)
    if failures and int(failures.group(1)):
        print(f"warning: {failures.group(1)} inspect failures in {cmd[-1]}", file=sys.stderr)
    return tuple(float(x) for x in m.groups()), lines


def quotes_scored(lines):
    """How many gold quotes with a gold Source the attribution figure is over."""
    m = next((ATTRIBUTED.search(line) for line in reversed(lines) if ATTRIBUTED.search(line)), None)
    return int(m.group(2)) if m else 0


def baseline_dir(tmp, name, data, train):
    """A data directory with the general speech verbs alone, and data's attribution model if
    it has one (so that only the speech verbs differ)."""
    d = Path(tmp) / name
    d.mkdir()
    make_lexicon(d, ["--general-only"], train=train)
    if (Path(data) / "attribution_model.tsv").exists():
        shutil.copy2(Path(data) / "attribution_model.tsv", d / "attribution_model.tsv")
    return d


def fold_dir(tmp, k, folds, train):
    """A directory of symlinks to fold k's articles (.txt and .ann)."""
    d = Path(tmp) / f"fold{k}"
    d.mkdir()
    for i, ann in enumerate(lexicon.articles(train)):
        if lexicon.fold_of(i, folds) == k:
            for path in (ann, ann.with_suffix(".txt")):
                (d / path.name).symlink_to(path.resolve())
    return d


def run_fold(k, args, tmp, lexicon_args):
    data = Path(tmp) / f"data{k}"
    data.mkdir()
    make_lexicon(data, lexicon_args, k, args.folds, args.train)
    if args.train_model:
        train_model(data, args.narrate, k, args.folds, args.train)
    articles = fold_dir(tmp, k, args.folds, args.train)
    scores, lines = evaluate([ATTRIBUTION_EVAL, args.narrate, articles], data)
    base = None
    if args.baseline:
        general = baseline_dir(tmp, f"general{k}", data, args.train)
        base = evaluate([ATTRIBUTION_EVAL, args.narrate, articles], general)[0]
    n = sum(1 for p in articles.glob("*.ann"))
    return k, (n, quotes_scored(lines)), scores, base


def fmt(scores):
    return "  ".join(f"{x:6.1f}" for x in scores)


def row(label, n, scores, base):
    """n: (articles, gold quotes with a Source)."""
    line = f"{label:<16}{n[0]:>5}{n[1]:>7}  {fmt(scores)}"
    if base is not None:
        line += f"   | {fmt(base)}   | {fmt(tuple(a - b for a, b in zip(scores, base)))}"
    return line


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--narrate", default=str(ROOT / "build" / "narrate"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=1, help="folds scored at once (default 1)")
    ap.add_argument("--baseline", action="store_true", help="also score narrate's built-in data")
    ap.add_argument("--train", type=Path, default=TRAIN)
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--no-dev", action="store_true", help="cross-validation folds only")
    ap.add_argument("--train-model", action="store_true",
                    help="also retrain data/attribution_model.tsv per fold (scripts/train-attribution.py)")
    for flag, kind in (("--min-cues", int), ("--min-share", float), ("--min-object", float), ("--max-inverted", float),
                       ("--min-listener-cues", int)):
        ap.add_argument(flag, type=kind)
    args = ap.parse_args()
    lexicon_args = []
    for flag in ("min_cues", "min_share", "min_object", "max_inverted", "min_listener_cues"):
        if getattr(args, flag) is not None:
            lexicon_args += ["--" + flag.replace("_", "-"), str(getattr(args, flag))]
    narrate = Path(args.narrate)
    if not (narrate.is_file() and os.access(narrate, os.X_OK)):
        sys.exit(f"no narrate binary at {narrate} (--narrate PATH)")
    args.narrate = narrate.resolve()

    start = time.monotonic()
    built = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(args.narrate.stat().st_mtime))
    head = f"{'':<16}{'docs':>5}{'quotes':>7}  {'recall':>6}  {'prec':>6}  {'attr':>6}"
    if args.baseline:
        head += f"   | {'general list alone':^22} | {'difference':^22}"
    print(f"speech verbs: make-speech-verbs.py {' '.join(lexicon_args) or '(defaults)'}; "
          f"attribution model: {'trained per fold' if args.train_model else 'built-in'}; narrate {args.narrate} ({built})")
    print(head)
    with tempfile.TemporaryDirectory(prefix="cv-attribution-") as tmp:
        # One copy of the binary scores every row, even if a rebuild replaces it meanwhile
        # (inspect needs no files beside the program).
        copy = Path(tmp) / "narrate"
        shutil.copy2(args.narrate, copy)
        args.narrate = copy
        with ThreadPoolExecutor(max(1, args.jobs)) as pool:
            results = sorted(pool.map(lambda k: run_fold(k, args, tmp, lexicon_args), range(args.folds)))
        for k, n, scores, base in results:
            print(row(f"fold {k}", n, scores, base))
        columns = list(zip(*(r[2] for r in results)))
        bases = list(zip(*(r[3] for r in results))) if args.baseline else None
        total = (sum(r[1][0] for r in results), sum(r[1][1] for r in results))
        for name, f in (("mean", lambda c: sum(c) / len(c)), ("min", min), ("max", max),
                        ("spread", lambda c: max(c) - min(c))):
            print(row(name, total, tuple(f(c) for c in columns),
                      tuple(f(c) for c in bases) if bases else None))
        if not args.no_dev:
            data = Path(tmp) / "data-all"
            data.mkdir()
            make_lexicon(data, lexicon_args, train=args.train)
            if args.train_model:
                train_model(data, args.narrate, train=args.train)
            n = len(lexicon.articles(args.dev))
            scores, lines = evaluate([ATTRIBUTION_EVAL, args.narrate, args.dev], data)
            general = baseline_dir(tmp, "general-all", data, args.train) if args.baseline else None
            base = evaluate([ATTRIBUTION_EVAL, args.narrate, args.dev], general)[0] if args.baseline else None
            n = (n, quotes_scored(lines))
            print(row("dev (span)", n, scores, base))
            entities = args.dev / "entities.tsv"
            if entities.exists():
                scores, lines = evaluate([ENTITY_EVAL, args.narrate, args.dev, entities], data)
                base_lines = None
                if args.baseline:
                    base, base_lines = evaluate([ENTITY_EVAL, args.narrate, args.dev, entities], general)
                print(row("dev (entity)", n, scores, base))
                for line in lines[-4:-1]:
                    print("  " + line)
                if base_lines:
                    print("  general list alone: " + base_lines[-2])
    print(f"time {time.monotonic() - start:.1f} s")


if __name__ == "__main__":
    main()
