#!/usr/bin/env python3
"""Writes data/time_zones.tsv: ABBREVIATION<TAB>NAME.

The abbreviations are those the tz database (IANA, public domain; Debian package
tzdata, read through Python's zoneinfo from /usr/share/zoneinfo) gives its zones at
instants from 2020 to 2026: for every zone of zoneinfo.available_timezones(), the
tzname() once a week. Kept: 2 to 5 capital letters (EST, CEST, AEDT); dropped: numeric
ones (+03, -0330) and mixed-case ones (ChST). Added: the generic North American names
the tz database does not use (ET, CT, MT, PT, AKT).

The long names are hand-kept below: each zone's usual English name. An abbreviation used for more than one zone gets one name, the one
English-language news means most often; NAMES_NOTE lists the others. The script stops
if the tz database yields an abbreviation that has no name here.

Usage: python3 scripts/make-time-zones.py [OUTPUT]
"""

import datetime
import re
import sys
import zoneinfo
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "data" / "time_zones.tsv"

FIRST = datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)
LAST = datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc)
STEP = datetime.timedelta(days=7)

# Generic (standard or daylight) North American names, not used by the tz database.
GENERIC = {
    "ET": "Eastern Time",
    "CT": "Central Time",
    "MT": "Mountain Time",
    "PT": "Pacific Time",
    "AKT": "Alaska Time",
}

NAMES = {
    "ACDT": "Australian Central Daylight Time",
    "ACST": "Australian Central Standard Time",
    "ADT": "Atlantic Daylight Time",
    "AEDT": "Australian Eastern Daylight Time",
    "AEST": "Australian Eastern Standard Time",
    "AKDT": "Alaska Daylight Time",
    "AKST": "Alaska Standard Time",
    "AST": "Atlantic Standard Time",
    "AWST": "Australian Western Standard Time",
    "BST": "British Summer Time",
    "CAT": "Central Africa Time",
    "CDT": "Central Daylight Time",
    "CEST": "Central European Summer Time",
    "CET": "Central European Time",
    "CST": "Central Standard Time",
    "EAT": "East Africa Time",
    "EDT": "Eastern Daylight Time",
    "EEST": "Eastern European Summer Time",
    "EET": "Eastern European Time",
    "EST": "Eastern Standard Time",
    "GMT": "Greenwich Mean Time",
    "HDT": "Hawaii-Aleutian Daylight Time",
    "HKT": "Hong Kong Time",
    "HST": "Hawaii Standard Time",
    "IDT": "Israel Daylight Time",
    "IST": "India Standard Time",
    "JST": "Japan Standard Time",
    "KST": "Korea Standard Time",
    "MDT": "Mountain Daylight Time",
    "MEST": "Middle European Summer Time",
    "MET": "Middle European Time",
    "MSK": "Moscow Standard Time",
    "MST": "Mountain Standard Time",
    "NDT": "Newfoundland Daylight Time",
    "NST": "Newfoundland Standard Time",
    "NZDT": "New Zealand Daylight Time",
    "NZST": "New Zealand Standard Time",
    "PDT": "Pacific Daylight Time",
    "PKT": "Pakistan Standard Time",
    "PST": "Pacific Standard Time",
    "SAST": "South Africa Standard Time",
    "SST": "Samoa Standard Time",
    "UTC": "Coordinated Universal Time",
    "WAT": "West Africa Time",
    "WEST": "Western European Summer Time",
    "WET": "Western European Time",
    "WIB": "Western Indonesia Time",
    "WIT": "Eastern Indonesia Time",
    "WITA": "Central Indonesia Time",
}

NAMES_NOTE = [
    "CST: also China Standard Time (Asia/Shanghai, Asia/Taipei, Asia/Macau) and",
    "  Cuba Standard Time (America/Havana); CDT: also Cuba Daylight Time.",
    "IST: also Israel Standard Time (Asia/Jerusalem) and Irish Standard Time",
    "  (Europe/Dublin, summer).",
    "AST: Atlantic; news may mean Arabia Standard Time, which tz writes +03.",
    "HST: Hawaii; tz also uses it for the Aleutians (Hawaii-Aleutian Standard Time).",
    "Abbreviations that are also English words (CAT, EAT, MET, WEST, WIT) and",
    "  two-letter ones (ET, CT, MT, PT) should be taken only in capitals after a time.",
]


def tz_abbreviations() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for zone in sorted(zoneinfo.available_timezones()):
        tz = zoneinfo.ZoneInfo(zone)
        t = FIRST
        while t < LAST:
            name = t.astimezone(tz).tzname()
            if name and re.fullmatch(r"[A-Z]{2,5}", name):
                found.setdefault(name, set()).add(zone)
            t += STEP
    return found


def tzdata_version() -> str:
    for path in (Path("/usr/share/zoneinfo/tzdata.zi"),):
        if path.exists():
            first = path.open(encoding="utf-8").readline()
            if first.startswith("# version "):
                return first.split()[-1]
    return "unknown"


def main() -> int:
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT
    found = tz_abbreviations()
    missing = sorted(set(found) - set(NAMES))
    if missing:
        for abbreviation in missing:
            print(f"make-time-zones: no name for {abbreviation} ({', '.join(sorted(found[abbreviation])[:4])})",
                  file=sys.stderr)
        return 1
    unused = sorted(set(NAMES) - set(found))
    if unused:
        print(f"make-time-zones: named but no longer in the tz database: {', '.join(unused)}", file=sys.stderr)
    header = [
        "# Time-zone abbreviations read aloud: ABBREVIATION, NAME. Tab-separated, no",
        "# header row.",
        f"# Source: the tz database (IANA; public domain), tzdata {tzdata_version()} as read",
        "# by Python's zoneinfo: every alphabetic abbreviation of 2-5 capitals that a",
        "# zone uses at some instant from 2020 to 2026 (sampled weekly), plus the generic",
        "# North American ET, CT, MT, PT, AKT. Names: the zones' usual English names,",
        "# hand-kept in the script.",
        "# One name per abbreviation; the other meanings:",
    ]
    header += ["#   " + line for line in NAMES_NOTE]
    header += ["# Made by scripts/make-time-zones.py; edit the script, not this file."]
    rows = sorted((a, NAMES[a]) for a in found) + sorted(GENERIC.items())
    with open(output, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(header) + "\n")
        for abbreviation, name in rows:
            f.write(f"{abbreviation}\t{name}\n")
    print(f"make-time-zones: {len(rows)} abbreviations -> {output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
