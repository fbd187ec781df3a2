#!/usr/bin/env python3
"""Writes data/places.tsv from Debian's iso-codes copies of ISO 3166-1 and ISO 3166-2.

One row per place name: NAME<TAB>KIND<TAB>CODE, KIND "country" (every ISO 3166-1 entry:
its short, common and official names without a comma: "Viet Nam", "Vietnam", "Socialist
Republic of Viet Nam"; plus three that news writes and ISO does not give: Russia,
Britain, Great Britain) or "region" (the top-level subdivisions of the United States, Canada, Australia
and the United Kingdom: the states, provinces, territories and nations that English-
language news names alone, "Florida", "Ontario", "Scotland"). Sorted by name (bytes).

Attribution reads it so that a place is never taken for a person: a lone "Florida" is
not the woman's given name it also is (text/first_names.h), and "she" never refers to it.
Names with a comma ("Korea, Republic of") are skipped: the short name or common name is
what news writes.

Usage: python3 scripts/make-places.py [ISO_JSON_DIR] [OUTPUT]
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REGIONS_OF = ('US', 'CA', 'AU', 'GB')
# Short names news writes that ISO 3166-1 does not give (its name for RU is "Russian
# Federation", with no common name): the only hand-kept rows.
EXTRA = {'Russia': ('country', 'RU'), 'Britain': ('country', 'GB'), 'Great Britain': ('country', 'GB')}
HEADER = """# Place names that attribution never takes for a person: NAME, KIND (country or
# region), CODE (ISO 3166-1 alpha-2 or ISO 3166-2). Tab-separated, no header row, sorted
# by name (bytes).
# Source: ISO 3166-1 (short, common and official names of every country) and ISO 3166-2 (the
# top-level subdivisions of US, CA, AU and GB) as shipped in Debian's iso-codes
# (/usr/share/iso-codes/json/iso_3166-1.json, iso_3166-2.json); iso-codes is
# LGPL-2.1-or-later; plus Russia, Britain and Great Britain, which it does not name so.
# Made by scripts/make-places.py: edit the script, not this file.
"""


def main():
    source = Path(sys.argv[1] if len(sys.argv) > 1 else '/usr/share/iso-codes/json')
    output = Path(sys.argv[2] if len(sys.argv) > 2 else ROOT / 'data' / 'places.tsv')
    rows = {}
    for entry in json.loads((source / 'iso_3166-1.json').read_text(encoding='utf-8'))['3166-1']:
        for key in ('name', 'common_name', 'official_name'):
            name = entry.get(key)
            if name and ',' not in name:
                rows.setdefault(name, ('country', entry['alpha_2']))
    for entry in json.loads((source / 'iso_3166-2.json').read_text(encoding='utf-8'))['3166-2']:
        country = entry['code'].split('-')[0]
        if country in REGIONS_OF and 'parent' not in entry and ',' not in entry['name']:
            rows.setdefault(entry['name'].split(' [')[0], ('region', entry['code']))  # "Wales [Cymru GB-CYM]"
    for name, row in EXTRA.items():
        rows.setdefault(name, row)
    with open(output, 'w', encoding='utf-8') as out:
        out.write(HEADER)
        for name in sorted(rows, key=lambda n: n.encode('utf-8')):
            kind, code = rows[name]
            out.write(f'{name}\t{kind}\t{code}\n')
    print(f'{output}: {len(rows)} places', file=sys.stderr)


if __name__ == '__main__':
    main()
