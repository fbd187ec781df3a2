#!/usr/bin/env python3
"""Writes data/currencies.tsv from Debian's iso-codes copy of ISO 4217.

Reads /usr/share/iso-codes/json/iso_4217.json (Debian package iso-codes, LGPL-2.1+;
its key "4217" holds entries with alpha_3, name and numeric) and writes one row per
currency:

    CODE<TAB>SINGULAR<TAB>PLURAL<TAB>MINOR_SINGULAR<TAB>MINOR_PLURAL

Names come from the ISO name: the currency noun is lower-cased, the words before it
(country and people names and adjectives: "Swiss", "US", "New Zealand") keep their
capitals, and the plural follows English rules. Everything that is not a rule, the
names spoken differently from the ISO name ("Pound Sterling" -> pound, "Yuan
Renminbi" -> yuan), irregular plurals (yen, rand, naira, kronor, lei, ...) and the
minor unit names of the most-traded currencies (BIS Triennial Survey order, plus a
few), is the small hand-kept override table below. Currencies without an override
get empty minor columns.

Skipped: codes starting with X (precious metals, SDR, bond-market units, test and
no-currency codes) except XAF, XOF, XPF and XCD; fund and accounting codes (names with
Fund, Unit, Mvdol, Unidad, WIR; USN "US Dollar (Next day)").

Usage: python3 scripts/make-currencies.py [ISO_4217_JSON] [OUTPUT]
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path("/usr/share/iso-codes/json/iso_4217.json")
OUTPUT = ROOT / "data" / "currencies.tsv"

KEEP_X = {"XAF", "XOF", "XPF", "XCD"}
SKIP_CODES = {"USN"}  # "US Dollar (Next day)": a fund code whose name says nothing of it
SKIP_NAME_PARTS = ("Fund", "Unit", "Mvdol", "Unidad", "Codes specifically", "WIR")

# Words before the currency noun that are not proper names, so lower-cased.
COMMON_WORDS = {"Convertible"}

# Irregular English plurals of currency nouns (invariant ones map to themselves).
PLURALS = {
    "baht": "baht", "birr": "birr", "colon": "colones", "dalasi": "dalasi",
    "dong": "dong", "kina": "kina", "kip": "kip", "krona": "kronor", "krone": "kroner",
    "kuna": "kuna", "kwacha": "kwacha", "kyat": "kyat", "lari": "lari", "leu": "lei",
    "lev": "leva", "lilangeni": "emalangeni", "loti": "maloti", "manat": "manat",
    "metical": "meticais", "naira": "naira", "ngultrum": "ngultrum", "ouguiya": "ouguiya",
    "pula": "pula", "rand": "rand", "real": "reais", "riel": "riel", "ringgit": "ringgit",
    "rufiyaa": "rufiyaa", "rupiah": "rupiah", "sol": "soles", "som": "som",
    "somoni": "somoni", "sum": "sum", "taka": "taka", "tala": "tala", "tenge": "tenge",
    "vatu": "vatu", "won": "won", "yen": "yen", "yuan": "yuan", "zloty": "zlotys",
    "ariary": "ariary",
}

# Hand-kept overrides: CODE -> (singular, plural, minor singular, minor plural).
# None keeps what the rules give for that column.
OVERRIDES = {
    # The most-traded currencies (BIS Triennial Survey 2022), with minor units.
    "USD": ("US dollar", "US dollars", "cent", "cents"),
    "EUR": ("euro", "euros", "cent", "cents"),
    "JPY": ("yen", "yen", "", ""),
    "GBP": ("pound", "pounds", "penny", "pence"),
    "CNY": ("yuan", "yuan", "fen", "fen"),
    "AUD": (None, None, "cent", "cents"),
    "CAD": (None, None, "cent", "cents"),
    "CHF": (None, None, "centime", "centimes"),
    "HKD": (None, None, "cent", "cents"),
    "SGD": (None, None, "cent", "cents"),
    "SEK": (None, None, "öre", "öre"),
    "KRW": ("won", "won", "", ""),
    "NOK": (None, None, "øre", "øre"),
    "NZD": (None, None, "cent", "cents"),
    "INR": ("rupee", "rupees", "paisa", "paise"),
    "MXN": (None, None, "centavo", "centavos"),
    "TWD": (None, None, "cent", "cents"),
    "ZAR": (None, None, "cent", "cents"),
    "BRL": (None, None, "centavo", "centavos"),
    "DKK": (None, None, "øre", "øre"),
    "PLN": ("zloty", "zlotys", "grosz", "groszy"),
    "THB": (None, None, "satang", "satang"),
    "ILS": ("shekel", "shekels", "agora", "agorot"),
    "IDR": (None, None, "", ""),
    "CZK": ("Czech koruna", "Czech korunas", "", ""),
    "AED": (None, None, "fils", "fils"),
    "TRY": ("Turkish lira", "Turkish lira", "kuruş", "kuruş"),
    "HUF": (None, None, "", ""),
    "CLP": (None, None, "", ""),
    "SAR": ("Saudi riyal", "Saudi riyals", "halala", "halalas"),
    "PHP": (None, None, "centavo", "centavos"),
    "MYR": (None, None, "sen", "sen"),
    "COP": (None, None, "centavo", "centavos"),
    "RUB": (None, None, "kopek", "kopeks"),
    "RON": (None, None, "ban", "bani"),
    "PEN": (None, None, "céntimo", "céntimos"),
    "BHD": (None, None, "fils", "fils"),
    "BGN": (None, None, "stotinka", "stotinki"),
    "ARS": (None, None, "centavo", "centavos"),
    "KWD": (None, None, "fils", "fils"),
    "QAR": ("Qatari riyal", "Qatari riyals", "dirham", "dirhams"),
    "EGP": (None, None, "piastre", "piastres"),
    "NGN": ("naira", "naira", "kobo", "kobo"),
    "KES": (None, None, "cent", "cents"),
    "VND": (None, None, "", ""),
    "HRK": ("Croatian kuna", "Croatian kuna", "lipa", "lipa"),  # withdrawn 2023 (euro)
    # ISO names that do not read as English, without minor units.
    "CUC": ("convertible peso", "convertible pesos", None, None),
    "ISK": (None, "Iceland kronur", None, None),
    "NIO": ("córdoba", "córdobas", None, None),
    "OMR": ("Omani rial", "Omani rials", None, None),
    "TMT": ("Turkmenistan manat", "Turkmenistan manat", None, None),
    "TOP": ("pa'anga", "pa'anga", None, None),
    "UYU": ("Uruguayan peso", "Uruguayan pesos", None, None),
    "VED": ("bolívar", "bolívars", None, None),
    "VES": ("bolívar", "bolívars", None, None),
    "XAF": ("Central African CFA franc", "Central African CFA francs", None, None),
    "XOF": ("West African CFA franc", "West African CFA francs", None, None),
}


def skipped(code: str, name: str) -> bool:
    if code.startswith("X") and code not in KEEP_X:
        return True
    return code in SKIP_CODES or any(part in name for part in SKIP_NAME_PARTS)


def english_plural(noun: str) -> str:
    if noun in PLURALS:
        return PLURALS[noun]
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def names(iso_name: str) -> tuple[str, str]:
    words = iso_name.split()
    noun = words[-1].lower()
    before = [w.lower() if w in COMMON_WORDS else w for w in words[:-1]]
    return " ".join(before + [noun]), " ".join(before + [english_plural(noun)])


def main() -> int:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    output = Path(sys.argv[2]) if len(sys.argv) > 2 else OUTPUT
    entries = json.loads(source.read_text(encoding="utf-8"))["4217"]
    rows = []
    seen = set()
    for entry in sorted(entries, key=lambda e: e["alpha_3"]):
        code, name = entry["alpha_3"], entry["name"]
        if skipped(code, name):
            continue
        one, many = names(name)
        cent = cents = ""
        if code in OVERRIDES:
            o = OVERRIDES[code]
            one = o[0] if o[0] is not None else one
            many = o[1] if o[1] is not None else many
            cent = o[2] if o[2] is not None else cent
            cents = o[3] if o[3] is not None else cents
        # Every dollar is divided into cents (ISO 4217's minor unit of 2 for all of them).
        if not cent and one.endswith("dollar"):
            cent, cents = "cent", "cents"
        rows.append((code, one, many, cent, cents))
        seen.add(code)
    for code in sorted(set(OVERRIDES) - seen):
        print(f"make-currencies: {code} has an override but is not in {source};"
              " if ISO withdrew it, keep its row in a hand-kept data/currencies-historic.tsv", file=sys.stderr)
    version = "unknown"
    changelog = Path("/usr/share/doc/iso-codes/changelog.Debian.gz")
    if changelog.exists():
        import gzip
        first = gzip.open(changelog, "rt", encoding="utf-8").readline()
        version = first.split("(", 1)[1].split(")", 1)[0] if "(" in first else version
    header = [
        "# Currencies read aloud: CODE, SINGULAR, PLURAL, MINOR_SINGULAR, MINOR_PLURAL",
        "# (tab-separated; no header row; empty minor columns: no minor unit is spoken).",
        f"# Source: ISO 4217 codes and names as shipped in Debian's iso-codes {version}",
        "# (/usr/share/iso-codes/json/iso_4217.json; iso-codes is LGPL-2.1-or-later).",
        "# Made by scripts/make-currencies.py: names from the ISO name (currency noun",
        "# lower-cased, English plural), plus that script's hand-kept override table",
        "# (irregular plurals, spoken names, minor units of the most-traded currencies).",
        "# Generated file: edit the script, not this file.",
    ]
    with open(output, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(header) + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"make-currencies: {len(rows)} currencies -> {output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
