#!/usr/bin/env python3
"""Writes data/speech_verbs.tsv: the words that act as speech cues ("said", "told", "fumed",
"tweeted", "according"), from a general hand-kept list plus what PolNeAR's train split marks
as cues.

    word<TAB>kind<TAB>source<TAB>cues<TAB>occurrences

kind is `listener` when the verb's object is the person spoken to ("told reporters", "tells
CNN": narrate never looks for the speaker after it and keeps the listener in the cue), else
`speech`. source is `general` (the hand-kept list below, narrate's list before this file
existed), `corpus` (learned) or `both`. cues and occurrences are the counts in the training
articles used (0 0 for a general word the articles never use).

How a corpus word is learned, from the training articles (all of polnear-train, or all but one
fold with --exclude-fold):
  * Words are narrate's tokens (src/article/tokens.cc): runs of letters joined by inner
    apostrophes and hyphens, lowercased.
  * Each Cue span (brat T line of type Cue; a span annotated twice counts once) gives one
    head word: the first token starting inside the span that is not a function word
    (determiner, preposition, pronoun, auxiliary or modal, negation, conjunction) or an
    adverb (the list below and lowercase words in -ly): "said" for "has repeatedly said",
    "told" for "told reporters", "according" for "according to". cues = how many cues a word
    heads; occurrences = how many times it is a token anywhere in the same articles.
  * A word is kept when cues >= --min-cues, cues / occurrences >= --min-share, and it looks
    like a verb form (looks_like_verb): PolNeAR's cues include nouns ("statement",
    "interview", "criticism") and adjectives ("eager", "skeptical") that narrate must not
    treat as verbs. A verb form ends in -ed, is an irregular past (IRREGULAR), or is a -ing,
    base or -s form that follows a determiner in at most MAX_AFTER_DETERMINER of its uses
    ("the claims", "his remarks") and, unless -ing, whose -ed or -ing form occurs in the
    corpus (argue/argued, vow/vowed; statement has no "statemented").
  * A kept word with at least --min-listener-cues cues is a listener verb when PolNeAR
    (almost) never has its Source right after it (at most --max-inverted of its cues: "said
    Smith" is common, "told Smith" never means that Smith spoke) and an object follows it
    directly in at least --min-object of its cues: a capitalized word that is not a weekday
    or month, an object pronoun (him, her, them, me, us) or a noun such as "reporters"
    (LISTENER_NOUNS). This takes in verbs whose object is the person spoken about ("praised
    Trump", "blasted Clinton"): narrate treats them alike, the name after is not the speaker.
    The corpus can make a general speech verb a listener verb ("urged"), never the reverse.

Folds (for cross-validation, scripts/cv-attribution.py): the articles sorted by file name,
article i in fold i % N; --exclude-fold K --folds N learns only from the other folds.

usage: make-speech-verbs.py [--corpus DIR] [--out PATH] [--exclude-fold K --folds N]
                            [--min-cues N] [--min-share F] [--min-object F] [--max-inverted F]
                            [--min-listener-cues N] [--general-only] [--explain]
--general-only writes the general list alone (with its counts): the baseline of
scripts/cv-attribution.py --baseline. --explain prints to stderr the candidates left out and
why, the general words by how often the corpus uses them as cues, and the listener counts.
"""

import argparse
import bisect
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "polnear-train"
OUTPUT = ROOT / "data" / "speech_verbs.tsv"

# Defaults, chosen by 5-fold cross-validation of narrate's attribution on polnear-train
# (scripts/cv-attribution.py; mean attribution over the folds, general list alone 90.7%).
# --min-share: 0.75 91.2, 0.5 91.9, 0.3 92.3, 0.2 92.8, 0.15 92.9, 0.1 92.8, 0.05 92.8,
# 0 92.6 (min-cues 3); a flat top from 0.05 to 0.2, 0.15 in its middle. --min-cues at
# share 0.1: 2 93.0, 3 92.8, 5 92.6, 10 92.1 (2 and 3 alike within noise, 3 the stricter).
# Corpus listener verbs: without them 92.7, with --min-object 0.2 / 0.3 / 0.5 92.8-92.9
# (alike within noise; 0.3 kept). A fold holds about 500 scored quotes, so 0.2 points is
# one quote a fold: differences under ~0.3 are noise. Measured with the narrate build of
# 2026-12-05 (statistical attribution model); rerun the sweep when attribution changes.
MIN_CUES = 3
MIN_SHARE = 0.15
MIN_OBJECT = 0.3
MAX_INVERTED = 0.02
# A listener verb needs this many cues: on fewer the test is noise (3 cues of "announces"
# and "acknowledges" happened to have a name after them). Not measured by cross-validation
# (corpus listener verbs change the mean by 0.1 either way); chosen to be conservative,
# since a listener verb never takes the speaker after it ("said Smith").
MIN_LISTENER_CUES = 10

# The general list: narrate's speech verbs before this file (src/article/speech_words.cc,
# is_speech_verb and is_listener_verb), written for narrate. "states" is left out: as a noun
# it follows "the" too often ("one of the states, said").
GENERAL_SPEECH = """
said says say saying told tells asked asks added adds adding wrote writes continued continues
explained explains noted warned warns insisted insists tweeted posted recalled recalls argued
argues answered replied replies responded responds declared declares stated announced announces
acknowledged acknowledges admitted admits claimed suggested suggests predicted concluded remarked
observed complained joked quipped shouted yelled exclaimed hinted reported testified emphasized
stressed recounted boasted mused lamented cautioned urged wondered conceded countered agreed
maintained contended asserted chanted sang vowed reads read notes claims reports
""".split()
# Verbs of saying, manner and stance (by lemma), in their -s, past and -ing forms
# (verb_forms): "yells", "fumed", "interjected", "sighing"; not the base form, which is as
# often a noun ("a protest", "the counter", "his vow"). A lemma whose final consonant doubles is written with
# its past form ("snap/snapped").
GENERAL_LEMMAS = """
yell shout scream shriek holler bellow roar whisper mutter murmur mumble grumble groan moan
sigh gasp fume rage rant snap/snapped snarl scoff sneer jeer quip/quipped joke tease
interject chime retort exclaim boast brag gush lament muse plead beg/begged demand implore
protest pledge promise vow assure reassure confirm deny concede counter affirm allege assert
contend maintain stress emphasize caution warn admit/admitted acknowledge recall recount
reply respond answer explain insist add note argue remark observe predict suggest declare
announce complain whine marvel scold praise chide surmise posit opine speculate clarify elaborate
taunt bark growl hiss stammer stutter sob/sobbed wail blurt inquire rejoin sputter
""".split()


def verb_forms(entry):
    """The base, -s, past and -ing forms of a regular verb ("cry" -> cries, cried, crying;
    "snap/snapped" -> snaps, snapped, snapping)."""
    base, _, past = entry.partition("/")
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = base + "es"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    if not past:
        if base.endswith("e"):
            past = base + "d"
        elif base.endswith("y") and base[-2:-1] not in "aeiou":
            past = base[:-1] + "ied"
        else:
            past = base + "ed"
    stem = past[:-2] if past.endswith("ed") and not base.endswith("e") else base[:-1] if base.endswith("e") and not base.endswith("ee") else base
    if past.endswith("ied"):
        stem = base
    return [base, third, past, stem + "ing"]


GENERAL_SPEECH = sorted(set(GENERAL_SPEECH) | {f for e in GENERAL_LEMMAS for f in verb_forms(e)[1:]})
GENERAL_LISTENER = {"told", "tells", "tell"}
GENERAL = sorted(set(GENERAL_SPEECH) | GENERAL_LISTENER)

# Words that are never the head of a cue: determiners, pronouns, prepositions, conjunctions,
# auxiliaries and modals, negation, and the adverbs that sit between a subject and its verb.
FUNCTION_WORDS = set("""
a an the this that these those his her hers its their theirs our ours my mine your yours
some any each every both either neither another other such no one
i me we us you he him she it they them who whom whose which what
to of in on at for with by from about as into onto over under after before during since
until than through across against among between behind beyond via per upon within without
and or but nor so yet if whether because although though while when where how why
be am is are was were been being have has had having do does did doing
will would shall should can could may might must
not never n't
also then now later first once again further still already even just only too very
previously recently reportedly repeatedly earlier long often ever always soon since
here there
""".split())
# Words in -ly that are not adverbs.
NOT_ADVERBS = {"reply", "apply", "supply", "imply", "comply", "rely", "multiply", "rally",
               "tally", "ally", "bully", "fly"}

# Which come before a noun, not a verb: a word after one of them most of the time is a noun
# ("the claims", "his remarks", "an interview").
DETERMINERS = set("""
a an the this these those his her its their our my your some any each every no another
""".split())
MAX_AFTER_DETERMINER = 0.2

# Past forms of irregular verbs (verbs of saying and the common irregulars); other verb forms
# are recognised by their endings or by their -ed / -ing forms in the corpus.
IRREGULAR = set("""
said told wrote written spoke spoken sang sung swore sworn read thought knew known saw seen
heard felt took taken gave given made put set let meant sent kept held left led found got
gotten went gone came become became began begun brought bought taught caught fought sought
stood understood forbade forbidden forgave forgiven foresaw foreseen broke broken chose chosen
drew drawn froze frozen hid hidden rose risen shook shaken struck stuck swung threw thrown
won wound withdrew withdrawn upheld overheard overtook mistook misread misspoke
shown laid paid spent lost sold hung fled dealt bent lent shot
""".split())

LISTENER_NOUNS = {"reporters", "voters", "supporters", "lawmakers", "members", "students",
                  "journalists", "delegates", "donors", "viewers", "listeners", "readers",
                  "audience", "audiences", "crowd", "crowds", "colleagues", "congress",
                  "investigators", "officials", "senators", "followers"}
OBJECT_PRONOUNS = {"him", "her", "them", "me", "us"}
CALENDAR = set("""
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december
""".split())

TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def tokens(text):
    """narrate's word tokens: (lowercased word, start, end), curly apostrophes made straight."""
    return [(m.group().lower().replace("’", "'"), m.start(), m.end()) for m in TOKEN.finditer(text)]


def parse_ann(path):
    """brat standoff: T id -> (type, [(start, end), ...]) and the E lines as role -> T id."""
    spans, events = {}, []
    for line in path.read_text(encoding="utf-8").split("\n"):
        fields = line.rstrip("\r").split("\t")
        if re.fullmatch(r"T\d+", fields[0]) and len(fields) >= 3:
            kind, _, rest = fields[1].partition(" ")
            try:
                frags = [tuple(map(int, f.split())) for f in rest.split(";")]
            except ValueError:
                continue
            spans[fields[0]] = (kind, frags)
        elif re.fullmatch(r"E\d+", fields[0]) and len(fields) >= 2:
            events.append(dict(x.split(":", 1) for x in fields[1].split() if ":" in x))
    return spans, events


def articles(corpus):
    return sorted(p for p in Path(corpus).glob("*.ann") if p.with_suffix(".txt").exists())


def fold_of(index, folds):
    return index % folds


def is_skipped(word):
    if word in FUNCTION_WORDS or len(word) < 2:
        return True
    # Contractions: "aren't", "didn't", "he's", "they've".
    stem, _, clitic = word.partition("'")
    if clitic == "t" and stem.endswith("n") or clitic in ("s", "re", "ve", "ll", "d", "m") and stem in FUNCTION_WORDS:
        return True
    return len(word) > 4 and word.endswith("ly") and word not in NOT_ADVERBS


class Counts:
    def __init__(self):
        self.occurrences = Counter()
        self.after_determiner = Counter()
        self.cues = Counter()
        self.inverted = Counter()   # cues whose Source starts right after the head word
        self.objects = Counter()    # cues whose head word is followed by a listener-like object
        self.examples = defaultdict(list)


def count(corpus, exclude_fold=None, folds=5):
    c = Counts()
    for i, ann in enumerate(articles(corpus)):
        if exclude_fold is not None and fold_of(i, folds) == exclude_fold:
            continue
        text = ann.with_suffix(".txt").read_text(encoding="utf-8")
        toks = tokens(text)
        for k, (word, start, _) in enumerate(toks):
            c.occurrences[word] += 1
            if k > 0 and toks[k - 1][0] in DETERMINERS and not text[toks[k - 1][2]:start].strip():
                c.after_determiner[word] += 1
        starts = [t[1] for t in toks]
        spans, events = parse_ann(ann)
        sources_of = defaultdict(list)   # cue span -> the Source spans it introduces
        for event in events:
            cue, source = spans.get(event.get("Cue")), spans.get(event.get("Source"))
            if cue and source:
                sources_of[tuple(cue[1])].append(source[1])
        seen = set()
        for kind, frags in spans.values():
            if kind != "Cue" or tuple(frags) in seen:
                continue
            seen.add(tuple(frags))
            head = None
            for a, b in frags:
                k = bisect.bisect_left(starts, a)
                while k < len(toks) and toks[k][1] < b:
                    if not is_skipped(toks[k][0]):
                        head = k
                        break
                    k += 1
                if head is not None:
                    break
            if head is None:
                continue
            word, _, end = toks[head]
            c.cues[word] += 1
            if len(c.examples[word]) < 3:
                c.examples[word].append(" ".join(text[a:b] for a, b in frags))
            source_starts = [min(a for a, _ in s) for s in sources_of[tuple(frags)]]
            gap_ok = lambda s: s >= end and len(tokens(text[end:s])) <= 2 and not re.search(r"[.!?;“”\"]", text[end:s])
            if any(gap_ok(s) for s in source_starts):
                c.inverted[word] += 1
            elif head + 1 < len(toks) and not text[end:toks[head + 1][1]].strip():
                nxt, nstart, _ = toks[head + 1]
                written = text[nstart:toks[head + 1][2]]
                if (nxt in OBJECT_PRONOUNS or nxt in LISTENER_NOUNS or
                        (written[0].isupper() and nxt not in CALENDAR and nxt not in FUNCTION_WORDS)):
                    c.objects[word] += 1
    return c


def inflections(word):
    """The -ed and -ing forms a base or -s form would have (say -> sayed/saying, argue ->
    argued/arguing, reply -> replied, plan -> planned)."""
    bases = {word}
    if word.endswith("ies"):
        bases.add(word[:-3] + "y")
    if word.endswith("es"):
        bases.add(word[:-2])
    if word.endswith("s"):
        bases.add(word[:-1])
    out = set()
    for b in bases:
        if len(b) < 2:
            continue
        out |= {b + "ed", b + "ing", b + "d"}
        if b.endswith("e"):
            out.add(b[:-1] + "ing")
        if b.endswith("y"):
            out.add(b[:-1] + "ied")
        out |= {b + b[-1] + "ed", b + b[-1] + "ing"}
    out.discard(word)
    return out


def looks_like_verb(word, c):
    """(verb?, reason). A verb form by its shape (-ed, -ing, an irregular past) or, for a base
    or -s form, because the corpus has its -ed or -ing form; and not mostly after a
    determiner (a noun: "the statement", "his remarks")."""
    if word in IRREGULAR or (len(word) >= 4 and word.endswith("ed")):
        return True, ""   # a past form, even when it stands as an adjective ("the proposed plan")
    if c.occurrences[word] and c.after_determiner[word] / c.occurrences[word] > MAX_AFTER_DETERMINER:
        return False, f"after a determiner in {c.after_determiner[word]}/{c.occurrences[word]} uses"
    if len(word) > 5 and word.endswith("ing"):
        return True, ""
    if any(c.occurrences[f] for f in inflections(word)):
        return True, ""
    return False, "no -ed/-ing form in the corpus"


def learn(c, min_cues, min_share, min_object, max_inverted, min_listener_cues=MIN_LISTENER_CUES):
    """word -> (kind, source) for the corpus words kept, and the rejected candidates."""
    kept, rejected = {}, []
    for word, cues in sorted(c.cues.items()):
        if cues < min_cues:
            continue
        share = cues / max(c.occurrences[word], 1)
        if share < min_share:
            rejected.append((word, cues, c.occurrences[word], f"share {share:.2f}"))
            continue
        verb, why = looks_like_verb(word, c)
        if not verb:
            rejected.append((word, cues, c.occurrences[word], "not a verb: " + why))
            continue
        kept[word] = listener_kind(word, c, min_object, max_inverted, min_listener_cues)
    return kept, rejected


def listener_kind(word, c, min_object, max_inverted, min_listener_cues=MIN_LISTENER_CUES):
    cues = c.cues[word]
    if cues >= max(min_listener_cues, 1) and c.inverted[word] <= max_inverted * cues and c.objects[word] >= min_object * cues:
        return "listener"
    return "speech"


def rows(c, kept):
    out = []
    for word in sorted(set(GENERAL) | set(kept)):
        general = word in GENERAL
        if general:
            kind = "listener" if word in GENERAL_LISTENER else "speech"
            # The corpus may make a general speech verb a listener verb, never the reverse.
            if word in kept and kept[word] == "listener":
                kind = "listener"
        else:
            kind = kept[word]
        source = "both" if general and word in kept else "general" if general else "corpus"
        out.append((word, kind, source, c.cues[word], c.occurrences[word]))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--out", default=str(OUTPUT))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--exclude-fold", type=int)
    ap.add_argument("--min-cues", type=int, default=MIN_CUES)
    ap.add_argument("--min-share", type=float, default=MIN_SHARE)
    ap.add_argument("--min-object", type=float, default=MIN_OBJECT)
    ap.add_argument("--max-inverted", type=float, default=MAX_INVERTED)
    ap.add_argument("--min-listener-cues", type=int, default=MIN_LISTENER_CUES)
    ap.add_argument("--explain", action="store_true")
    ap.add_argument("--general-only", action="store_true",
                    help="the general list alone, with its corpus counts (a baseline for cross-validation)")
    args = ap.parse_args()
    if args.exclude_fold is not None and not 0 <= args.exclude_fold < args.folds:
        ap.error("--exclude-fold must be in 0..folds-1")
    if not articles(args.corpus):
        ap.error(f"no .ann/.txt articles in {args.corpus}")

    c = count(args.corpus, args.exclude_fold, args.folds)
    kept, rejected = learn(c, args.min_cues, args.min_share, args.min_object, args.max_inverted,
                           args.min_listener_cues)
    if args.general_only:
        kept = {}
    table = rows(c, kept)
    n = len(articles(args.corpus))
    used = n if args.exclude_fold is None else sum(1 for i in range(n) if fold_of(i, args.folds) != args.exclude_fold)
    by_source = Counter(r[2] for r in table)
    split = ("all of polnear-train" if args.exclude_fold is None else
             f"polnear-train without fold {args.exclude_fold} of {args.folds}")
    header = [
        "Speech verbs: word, kind (speech | listener: its object is the person spoken to),",
        "source (general | corpus | both), cues (how many PolNeAR Cue spans the word heads),",
        "occurrences (how often it is a token in the same articles).",
        "Made by scripts/make-speech-verbs.py; do not edit by hand.",
        f"Corpus: {split} ({used} articles), PolNeAR (Political News Attribution",
        "Relations corpus, networkdynamics/PolNeAR). Only word counts are kept, no article text.",
        "License: PolNeAR's annotations and texts ship with no license statement in this copy;",
        "these are derived counts from the PolNeAR train split (check PolNeAR's terms before",
        "redistributing). The general words are narrate's own hand-kept list.",
        ("Settings: --general-only" if args.general_only else
         f"Settings: --min-cues {args.min_cues} --min-share {args.min_share} --min-object {args.min_object}"
         f" --max-inverted {args.max_inverted} --min-listener-cues {args.min_listener_cues}"),
        f"{len(table)} words: {by_source['general']} general, {by_source['corpus']} corpus, {by_source['both']} both;"
        f" {sum(1 for r in table if r[1] == 'listener')} listener.",
    ]
    text = "".join(f"# {h}\n" for h in header)
    text += "".join(f"{w}\t{k}\t{s}\t{cu}\t{oc}\n" for w, k, s, cu, oc in table)
    assert ')narrate_data"' not in text
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(text, encoding="utf-8")

    if args.explain:
        err = sys.stderr
        print("# candidates left out (word, cues, occurrences, why), by cues:", file=err)
        for word, cues, occ, why in sorted(rejected, key=lambda r: (-r[1], r[0])):
            print(f"  {word}\t{cues}\t{occ}\t{why}\t{' | '.join(c.examples[word][:2])}", file=err)
        print("# general words by share (cues/occurrences) in the corpus:", file=err)
        for word in sorted(GENERAL, key=lambda w: (c.cues[w] / max(c.occurrences[w], 1), w)):
            verb, why = looks_like_verb(word, c)
            print(f"  {word}\t{c.cues[word]}\t{c.occurrences[word]}\t{c.cues[word] / max(c.occurrences[word], 1):.2f}"
                  f"\t{'' if verb else 'not a verb: ' + why}", file=err)
        print("# listener statistics (cues, inverted, objects) of the kept words:", file=err)
        for word in sorted(kept, key=lambda w: -c.objects[w] / c.cues[w]):
            print(f"  {word}\t{kept[word]}\t{c.cues[word]}\t{c.inverted[word]}\t{c.objects[word]}", file=err)


if __name__ == "__main__":
    main()
