"""Reading one number: both separator conventions and number words."""

from __future__ import annotations

import pytest

from kutip.extract.lexicon import lexicon
from kutip.extract.numbers import parse_digits, parse_number_words, split_hyphenated, uses_decimal_comma

EN, ID = lexicon("en"), lexicon("id")


@pytest.mark.parametrize(
    ("token", "decimal_comma", "expected"),
    [
        ("1.500.000,50", True, 1_500_000.5),  # Indonesian thousands and decimals
        ("1,500,000.50", False, 1_500_000.5),  # English
        ("1.500.000,50", False, 1_500_000.5),  # both separators: the last one is the decimal
        ("2.560", True, 2560),  # one dot, three digits, Indonesian text: thousands
        ("1.625", False, 1.625),  # the same shape in English text: a decimal
        ("108,000", False, 108_000),
        ("2,375", True, 2.375),
        ("14,6", True, 14.6),  # two digits after the separator: always a decimal
        ("27.16", True, 27.16),
        ("0,125", False, 0.125),  # leading zero: always a fraction
        ("1.410.000.000", True, 1_410_000_000),
        ("2014", True, 2014),
        ("1.2.3", True, None),  # not a number
        ("1,23,45", False, None),
        ("9" * 40, True, None),  # too long to be an amount
    ],
)
def test_parse_digits(token: str, decimal_comma: bool, expected: float | None) -> None:
    assert parse_digits(token, decimal_comma) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Dana Rp 14,6 triliun dan 1.410.000.000 porsi.", "id", True),
        ("He raised $27.16 on average from 1,000,000 donors.", "en", False),
        ("Inflasi tercatat 2.5% menurut data 1,500,000.50 yang dirilis.", "id", False),  # English style in id
        ("Tanpa angka sama sekali.", "id", True),  # the language decides a tie
        ("No numbers here.", "en", False),
    ],
)
def test_uses_decimal_comma(text: str, language: str, expected: bool) -> None:
    assert uses_decimal_comma(text, language) is expected


@pytest.mark.parametrize(
    ("text", "first", "lex", "value"),
    [
        ("tiga lusin afiliasi", "tiga", ID, 36),
        ("dua puluh lima orang", "dua", ID, 25),
        ("dua belas kapal", "dua", ID, 12),
        ("lima ratus dua puluh unit", "lima", ID, 520),
        ("seratus dua puluh", "seratus", ID, 120),
        ("dua dua", "dua", ID, 2),  # a repeated word is not a compound
        ("one hundred people", "one", EN, 100),
        ("three hundred twenty five", "three", EN, 325),
        ("dozen eggs", "dozen", EN, 12),
    ],
)
def test_parse_number_words(text: str, first: str, lex: object, value: float) -> None:
    parsed = parse_number_words(text, 0, first, lex)  # type: ignore[arg-type]
    assert parsed is not None
    assert parsed[0] == value


def test_parse_number_words_rejects_unknown_word() -> None:
    assert parse_number_words("banyak orang", 0, "banyak", ID) is None


def test_split_hyphenated() -> None:
    assert split_hyphenated("twenty-five", EN) == 25
    assert split_hyphenated("brothers-in-law", EN) is None
