#!/usr/bin/env python3
"""Measures narrate's web page reader against Mozilla Readability's test pages.

For each page of the Readability repository's test/test-pages/ (source.html, the page;
expected.html, the article Readability finds; expected-metadata.json, its title), the
page is read with narrate's reader and compared:

  word F1     the article text narrate reads (heading, paragraph, block quote, list item
              and text blocks; not the title, byline, date or skipped blocks) against the
              text of expected.html, as bags of lowercase words (multiset intersection).
              With --narrate, the whole pipeline's reading (`narrate inspect --json`):
              the narration, quote, dateline and heading segments' text, so what the
              article stage skips on top of the reader (boilerplate lines, photo
              credits, pull quotes repeating a paragraph) is not counted either
  title       narrate's title equals the expected title, case and whitespace aside
              (also counted: equal once a site name is cut from the expected title, as
              narrate does when the page's <h1> gives the title without it)

It prints a table, the mean F1, the title match rate and the 10 worst pages.

The pages are exported with `git archive` from the repository (a bare git directory or
a work tree) into a temporary directory, removed afterwards: they are never copied into
narrate's tree.

Usage: scripts/eval-readability.py [--extract build/html_extract | --narrate build/narrate]
                                   [--repo DIR] [--page NAME]... [--verbose]
"""

import argparse
import collections
import html.parser
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from concurrent.futures import ThreadPoolExecutor

ARTICLE_KINDS = {"heading", "paragraph", "blockquote", "list_item", "text"}
NARRATE_KINDS = {"narration", "quote", "dateline", "heading"}
# Elements that do not break a word: "<b>foo</b>bar" is one word.
INLINE = {"a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font",
          "i", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub",
          "sup", "time", "tt", "u", "var", "wbr"}
WORD = re.compile(r"\w+", re.UNICODE)


class TextOf(html.parser.HTMLParser):
    """The text of an HTML document, scripts and styles left out."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag not in INLINE:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if tag not in INLINE:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def text_of_html(markup):
    parser = TextOf()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)


def words(text):
    return collections.Counter(WORD.findall(text.lower()))


def f1(ours, expected):
    common = sum((ours & expected).values())
    if common == 0:
        return 0.0, 0.0, 0.0
    precision = common / sum(ours.values())
    recall = common / sum(expected.values())
    return 2 * precision * recall / (precision + recall), precision, recall


def normalized(title):
    return " ".join((title or "").split()).casefold()


SEPARATOR = re.compile(r"\s(?:\||-|\u2013|\u2014|::|/|\\|\u00bb|\u00b7)\s")


def same_title_but_site(ours, expected):
    """Whether `ours` is `expected` without the part after its last separator (or before
    its first): the site name narrate cuts when the page's <h1> says the title without it."""
    ours, expected = normalized(ours), normalized(expected)
    found = list(SEPARATOR.finditer(expected))
    if not ours or not found:
        return False
    return ours in (expected[:found[-1].start()].strip(), expected[found[0].end():].strip())


def export_pages(repo, into):
    """Writes test/test-pages of `repo`'s HEAD under `into`; returns the pages' folder."""
    git = ["git", "--git-dir", repo] if not os.path.isdir(os.path.join(repo, ".git")) else ["git", "-C", repo]
    archive = os.path.join(into, "pages.tar")
    with open(archive, "wb") as out:
        subprocess.run(git + ["archive", "HEAD", "test/test-pages"], stdout=out, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into)
    os.remove(archive)
    return os.path.join(into, "test", "test-pages")


def read_page(command, source):
    """Runs the reader; returns (document JSON or None, error message)."""
    result = subprocess.run(command + [source], capture_output=True, timeout=120)
    if result.returncode != 0:
        return None, result.stderr.decode("utf-8", "replace").strip()
    return json.loads(result.stdout.decode("utf-8", "replace")), ""


def article_text(document):
    if "blocks" in document:  # html_extract
        return "\n".join(b["text"] for b in document["blocks"] if b["kind"] in ARTICLE_KINDS), document["info"]["title"]
    # narrate inspect --json: the body's segments, as the blocks above (a dateline is part
    # of its paragraph's block there); not the banner, title or byline. A segment's "text"
    # is the reading text (its "spoken" form may add or expand words).
    segments = document.get("segments", [])
    text = "\n".join(s["text"] for s in segments if s.get("kind") in NARRATE_KINDS)
    return text, document.get("title", "")


def measure(command, folder, name):
    with open(os.path.join(folder, name, "expected.html"), encoding="utf-8") as f:
        expected = words(text_of_html(f.read()))
    with open(os.path.join(folder, name, "expected-metadata.json"), encoding="utf-8") as f:
        expected_title = json.load(f).get("title") or ""
    document, error = read_page(command, os.path.join(folder, name, "source.html"))
    if document is None:
        return {"page": name, "f1": 0.0, "precision": 0.0, "recall": 0.0, "title_ok": False, "title_ok_but_site": False,
                "title": "", "expected_title": expected_title, "error": error}
    text, title = article_text(document)
    score, precision, recall = f1(words(text), expected)
    return {"page": name, "f1": score, "precision": precision, "recall": recall,
            "title_ok": normalized(title) == normalized(expected_title),
            "title_ok_but_site": same_title_but_site(title, expected_title),
            "title": title, "expected_title": expected_title, "error": ""}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--extract", help="the html_extract program (default: build/html_extract)")
    parser.add_argument("--narrate", help="the narrate program: reads pages with `narrate inspect --json`")
    parser.add_argument("--repo", default="/work/.mirror/mozilla+readability/repo",
                        help="the Readability repository (bare git directory or work tree)")
    parser.add_argument("--page", action="append", help="only this page (repeatable)")
    parser.add_argument("--verbose", action="store_true", help="print title mismatches and errors")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()

    if args.narrate:
        command = [args.narrate, "inspect", "--json"]
    else:
        command = [args.extract or os.path.join(os.path.dirname(__file__), "..", "build", "html_extract")]

    with tempfile.TemporaryDirectory(prefix="narrate-readability-") as temporary:
        folder = export_pages(args.repo, temporary)
        names = sorted(args.page or os.listdir(folder))
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            results = list(pool.map(lambda name: measure(command, folder, name), names))

    print(f"{'page':40} {'F1':>6} {'prec':>6} {'recall':>6}  title")
    for r in results:
        mark = "ok" if r["title_ok"] else "site name cut" if r["title_ok_but_site"] else "MISS"
        note = f"  ({r['error']})" if r["error"] else ""
        print(f"{r['page']:40} {r['f1']:6.3f} {r['precision']:6.3f} {r['recall']:6.3f}  {mark}{note}")
        if args.verbose and not r["title_ok"]:
            print(f"{'':40}   ours:     {r['title']!r}\n{'':40}   expected: {r['expected_title']!r}")
    mean = sum(r["f1"] for r in results) / len(results)
    titles = sum(r["title_ok"] for r in results) / len(results)
    titles_but_site = sum(r["title_ok"] or r["title_ok_but_site"] for r in results) / len(results)
    read = [r for r in results if not r["error"]]
    mean_read = sum(r["f1"] for r in read) / max(1, len(read))
    print(f"\npages: {len(results)}  mean word F1: {mean:.3f}  title match: {titles:.1%}"
          f"  (site name cut aside: {titles_but_site:.1%})")
    print(f"pages read without error: {len(read)}  their mean word F1: {mean_read:.3f}")
    print("10 worst pages:")
    for r in sorted(results, key=lambda r: r["f1"])[:10]:
        print(f"  {r['page']:40} F1 {r['f1']:.3f} (precision {r['precision']:.3f}, recall {r['recall']:.3f})"
              + (f"  {r['error']}" if r["error"] else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
