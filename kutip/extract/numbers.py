"""Reading one number: digits in either convention, or number words.

Indonesian writes `1.500.000,50` and English `1,500,000.50`; which one a text uses is decided once per
text from its unambiguous numbers (`2,37%`, `1.410.000.000`, `27.16`), with the language as the tie-break,
so `2.560 unit` in Indonesian is 2560 while `1.625 percent` in English is 1.625.
"""

from __future__ import annotations

import re

from kutip.extract.lexicon import Lexicon, lexicon

# A digit group with separators; each separator must be followed by a digit, so the pattern cannot
# backtrack: `[.,]` never overlaps `\d`.
DIGITS = r"\d+(?:[.,]\d+)*"

# Longer than this is an identifier or noise (phone numbers, account numbers, adversarial input).
MAX_DIGITS = 24

_DIGIT_RUN = re.compile(DIGITS)
_COMMA_DECIMAL = re.compile(r"\d,\d{1,2}(?![\d.,])|\d\.\d{3}\.\d{3}|\d\.\d{3},\d")
_DOT_DECIMAL = re.compile(r"\d\.\d{1,2}(?![\d.,:])|\d,\d{3},\d{3}|\d,\d{3}\.\d")


def uses_decimal_comma(text: str, language: str, runs: list[re.Match[str]] | None = None) -> bool:
    """Decide the text's decimal separator by votes: `14,6 triliun` votes comma, `$27.16` votes dot.

    Every vote lies inside one digit run (a `DIGITS` match), so only the runs are searched, each with
    the character after it for the look-ahead; a caller that has found them passes `runs`, sparing
    two scans of the whole text."""
    comma = 0.5 if lexicon(language).decimal_comma else 0.0
    dot = 0.5 - comma
    for run in _DIGIT_RUN.finditer(text) if runs is None else runs:
        start, end = run.span()
        comma += len(_COMMA_DECIMAL.findall(text, start, end + 1))
        dot += len(_DOT_DECIMAL.findall(text, start, end + 1))
    return comma > dot


def parse_digits(token: str, decimal_comma: bool) -> float | None:
    """`1.500.000,50` → 1500000.5 (comma text); `108,000` → 108000 (dot text); None for `1.2.3`.

    A single separator followed by exactly three digits is the ambiguous case; the text's convention
    decides it, except after a leading zero (`0,125` is always a fraction).
    """
    if len(token) > MAX_DIGITS:
        return None
    dots, commas = token.count("."), token.count(",")
    if not dots and not commas:
        return float(token)
    if dots and commas:
        decimal = "." if token.rfind(".") > token.rfind(",") else ","
        if token.count(decimal) > 1:
            return None
        whole, frac = token.split(decimal)
        thousands = whole.split("," if decimal == "." else ".")
        if not _grouped(thousands):
            return None
        return float("".join(thousands) + "." + frac)
    sep = "." if dots else ","
    parts = token.split(sep)
    if len(parts) > 2:
        return float("".join(parts)) if _grouped(parts) else None
    whole, frac = parts
    is_decimal = len(frac) != 3 or whole == "0" or (sep == ",") == decimal_comma
    if is_decimal:
        return float(whole + "." + frac)
    return float(whole + frac)


def _grouped(parts: list[str]) -> bool:
    """Thousands groups: 1–3 digits, then exactly three each."""
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


_WORD_STEP = re.compile(r"[ \t-]{1,3}([^\W\d_]+)")


def parse_number_words(text: str, start: int, first: str, lex: Lexicon) -> tuple[float, int] | None:
    """Read `dua puluh lima` (25), `tiga lusin` (36), `one hundred` (100) starting at `start`.

    `first` is the lowercased word already matched there. Returns the value and the end offset, or None
    when the words do not make a number. At most eight words are read, so the work per call is bounded.
    """
    words, mult, teen = lex.number_words, lex.number_multipliers, lex.teen_word
    if first not in words:
        return None
    # `total` holds finished hundreds, `seg` the part still being built ("lima ratus | dua puluh").
    total, seg = (float(words[first]), 0.0) if words[first] >= 100 else (0.0, float(words[first]))
    end = start + len(first)
    for _ in range(8):
        step = _WORD_STEP.match(text, end)
        if not step:
            break
        word = step.group(1).lower()
        if teen and word == teen and 0 < seg < 10:
            seg += 10
        elif (word in mult and 0 < seg < 10) or (word in mult and mult[word] == 12 and seg > 0):
            seg *= mult[word]
            if mult[word] >= 100:
                total, seg = total + seg, 0.0
        elif (
            word in words
            and word not in mult
            and ((seg == 0 and words[word] < 100) or (words[word] < 10 and seg >= 20 and seg % 10 == 0))
        ):
            seg += words[word]
        else:
            break
        end = step.end()
    return total + seg, end


def split_hyphenated(word: str, lex: Lexicon) -> float | None:
    """`twenty-five` → 25: English writes compound tens with a hyphen, one token."""
    head, _, tail = word.partition("-")
    words = lex.number_words
    if head in words and tail in words and words[head] >= 20 and words[tail] < 10:
        return float(words[head] + words[tail])
    return None
