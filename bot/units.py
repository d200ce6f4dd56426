"""How a figure's unit reads in each language: currency signs, measures, the commonest counted nouns.

Extraction names a unit once, whatever the article's language (`percent`, `USD`, `square kilometer`
for "190 km2" in a Kompas story, `kilometer persegi` for the same words written out), so a reader of
either language must get their own word for it: `3,9%` and never `3,9 percent`, `190 kilometer
persegi` for an Indonesian reader and `190 square kilometers` for an English one. Counted nouns the
tables do not know (`spesialis`, `speeches`) are the article's own words and are shown as it wrote them.
"""

from __future__ import annotations

# Every currency code extraction emits (kutip/extract/lexicon/units.py and the lexicons' currency
# names) → the sign written before the amount; a code without a well-known sign is written as a code.
CURRENCY_SIGNS = {
    "USD": "US$",
    "IDR": "Rp",
    "EUR": "€",
    "GBP": "£",
    "JPY": "¥",
    "CNY": "CN¥",
    "SGD": "S$",
    "AUD": "A$",
    "CAD": "C$",
    "HKD": "HK$",
    "NZD": "NZ$",
    "RUB": "₽",
    "MYR": "RM",
    "KRW": "₩",
    "INR": "₹",
    "PHP": "₱",
    "THB": "฿",
    "VND": "₫",
    "TRY": "₺",
    "GEL": "₾",
    "CHF": "CHF ",
    "SAR": "SAR ",
}

PERCENT = "percent"  # written `%` in both languages, right after the number

# (Indonesian, English singular) for measures and counted nouns either language's extraction emits.
# English is pluralised by `english_plural`; Indonesian nouns do not change with the number.
UNIT_WORDS = (
    ("kilometer", "kilometer"),
    ("kilometer persegi", "square kilometer"),
    ("kilometer per jam", "kilometer per hour"),
    ("meter", "meter"),
    ("meter persegi", "square meter"),
    ("meter kubik", "cubic meter"),
    ("sentimeter", "centimeter"),
    ("milimeter", "millimeter"),
    ("mil", "mile"),
    ("mil persegi", "square mile"),
    ("mil per jam", "mile per hour"),
    ("kaki", "foot"),
    ("kaki persegi", "square foot"),
    ("kaki kubik", "cubic foot"),
    ("inci", "inch"),
    ("yard", "yard"),
    ("acre", "acre"),
    ("hektare", "hectare"),
    ("ton", "ton"),
    ("kilogram", "kilogram"),
    ("gram", "gram"),
    ("pon", "pound"),
    ("ons", "ounce"),
    ("liter", "liter"),
    ("mililiter", "milliliter"),
    ("galon", "gallon"),
    ("barel", "barrel"),
    ("barel per hari", "barrel per day"),
    ("megawatt", "megawatt"),
    ("kilowatt", "kilowatt"),
    ("gigawatt", "gigawatt"),
    ("kilowatt jam", "kilowatt hour"),
    ("megawatt jam", "megawatt hour"),
    ("gigawatt jam", "gigawatt hour"),
    ("gigabita", "gigabyte"),
    ("megabita", "megabyte"),
    ("terabita", "terabyte"),
    ("megabit per detik", "megabit per second"),
    ("knot", "knot"),
    ("derajat", "degree"),
    ("kali lipat", "time"),  # "tiga kali lipat" = "three times"; "times" reads back as "kali"
    ("kali", "time"),
    ("orang", "people"),  # English extraction keeps "people" as written; "orang" reads "person"
    ("orang", "person"),
    ("negara", "country"),
    ("unit", "unit"),
)

_BY_NAME = {name: pair for pair in UNIT_WORDS for name in pair}
_IRREGULAR = {"person": "people", "people": "people", "foot": "feet", "cc": "cc"}


def unit_word(unit: str, lang: str, value: float) -> str | None:
    """`("square kilometer", "id", 190)` → `kilometer persegi`; `("orang", "en", 6)` → `people`;
    None for a word the tables do not know."""
    pair = _BY_NAME.get(unit.casefold())
    if pair is None:
        return None
    indonesian, english = pair
    if lang == "id":
        return indonesian
    return english if abs(value) == 1 else english_plural(english)


def english_plural(name: str) -> str:
    """`mile per hour` → `miles per hour`, `square foot` → `square feet`, `speech` → `speeches`."""
    head, per, rest = name.partition(" per ")
    *before, last = head.split(" ")
    plural = _IRREGULAR.get(last)
    if plural is None:
        if last.endswith("y") and last[-2:-1] not in "aeiou":
            plural = last[:-1] + "ies"
        elif last.endswith(("ch", "sh", "ss", "x")):
            plural = last + "es"
        else:
            plural = last + "s"
    return " ".join([*before, plural]) + per + rest
