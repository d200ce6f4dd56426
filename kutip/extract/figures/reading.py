"""Reading one number token with a bounded window of text around it.

`"nilai transaksi dari US$ 392 juta"` → 392e6 USD, scaled, the word before it "dari". Four steps,
each its own function: the token itself (digits or number words; dates, codes and phone numbers end
the reading there), what is written before it (currency sign, minus, qualifier, direction), what
follows it (scale word, share, percent, currency name, unit of measure, counted noun), and the verdict
(an amount worth listing, or a year, a numbering, a bare "one").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kutip.extract.figures.mention import CURRENCY_CODES, Mention
from kutip.extract.figures.patterns import BLANKS, END_OF_WORD, WORD, Patterns, alternation
from kutip.extract.lexicon import Lexicon, units
from kutip.extract.numbers import parse_digits, parse_number_words, split_hyphenated

_BEFORE = 60  # characters read before a number

_CURRENCY_BEFORE = re.compile(rf"(?<![a-z])({alternation(units.CURRENCY_PREFIXES)})[ \t]{{0,2}}\Z")
_ATTACHED_SCALE = re.compile(rf"({alternation(units.ATTACHED_SCALES)}){END_OF_WORD}")
_SMALL_PART = re.compile(r"[ \t]{1,2}(\d{1,3})(?![\d.,])")
_ASIDE = re.compile(r"[ \t]{0,2}\([^()\n]{1,24}\)")  # "6 (populasi) Singapura", "3 (tiga) orang"
_MULTIPLIED = re.compile(r"[x×](\d{1,4})(?![\d.,])")
_DATE_OR_TIME_AFTER = re.compile(r"[ \t]?[/:][ \t]?\d")
_DATE_OR_TIME_BEFORE = re.compile(r"\d[ \t]?[/:][ \t]?\Z")
_PHONE_BEFORE = re.compile(r"\(0\d{1,3}\)[ \t]?\Z")  # "(021) 5551234"
_CODE_CHAIN = re.compile(r"-\d+-\d")  # "1-800-555-0199": three hyphenated groups are a code, not a range
_CODE_LINK = re.compile(r"\d-\Z")
_CODE_LINK_AFTER = re.compile(r"-\d")
_SLASH_AFTER = re.compile(r"[ \t]?/")
_FRACTION = re.compile(r"/(\d{1,2})[ \t]+(?:of|dari)\b")
_MINUS = re.compile(r"(?:(?<![\w.,%)])[-−]|\bminus[ \t]{1,2})\Z", re.IGNORECASE)
_NAME_WORD = re.compile(r"[A-Z][\w&-]*")
_NOT_BEFORE_NAME = frozenset('.!?"“(')


class _Before(NamedTuple):
    """What the text says just before a number."""

    start: int  # where the figure's text starts: at the currency sign, minus or qualifier
    negative: bool
    unit: str | None  # a currency sign: "US$", "Rp"
    qualifier: str | None
    last_word: str
    name_before: bool  # a name's number: "Liga 1", "Desil 1"
    direction: str | None


class _After(NamedTuple):
    """What follows a number, and the value once its scale or share is applied."""

    end: int
    value: float
    unit: str | None
    scaled: bool
    measured: bool
    noun_start: int | None
    hard: bool  # a duration, a date, a model name ("5G"): not a figure


def read(text: str, match: re.Match[str], pats: Patterns, decimal_comma: bool) -> Mention | None:
    """Read one number token with its bounded context; None where number words do not make a number."""
    lex = pats.lex
    s = match.start()
    token = match.group()
    prev = text[max(0, s - _BEFORE) : s]
    words_mode = not token[0].isdigit()
    if words_mode:
        number = _number_words(text, match, lex)
        if number is None:
            return None
        value, e, fraction_word = number
    else:
        digits = _digits(text, match, prev, decimal_comma)
        if isinstance(digits, Mention):
            return digits
        value, e = digits
        fraction_word = False
    before = _read_before(prev, s, lex)
    if before.negative:
        value = -value
    after = _read_after(text, e, value, before.unit, words_mode, pats)
    value, unit = after.value, after.unit
    hard = after.hard or (before.last_word in lex.months and before.unit is None)
    if fraction_word:
        value, unit, keep = _fraction(text, e, value, unit, after.scaled, before, lex)
    else:
        keep = _is_figure(token, value, unit, after.scaled, after.measured, words_mode, before, lex)
    money_or_share = unit == "percent" or unit in CURRENCY_CODES
    is_year = not words_mode and token.isdigit() and len(token) == 4 and 1800 <= value <= 2100
    if is_year and not after.scaled and not money_or_share:
        hard = True  # "tahun 2020", "in 2014"; "Rp 2020" or "2020 persen" stay amounts
    numbering = before.last_word in lex.numbering_before and not (money_or_share or after.scaled)
    if words_mode and token.lower() in lex.one_words and value == 1 and not after.scaled:
        hard = True  # "satu pun", "one voice": only "satu juta" / "one million" count
    return Mention(
        start=max(0, before.start),
        end=after.end,
        value=value,
        unit=unit,
        scaled=after.scaled,
        measured=after.measured,
        qualifier=before.qualifier,
        direction=before.direction,
        last_word=before.last_word,
        keep=keep and not hard and not numbering,
        hard_skip=hard or numbering,
        numbering=numbering,
        noun_start=after.noun_start,
        after_name=before.name_before and not (keep or hard or numbering or words_mode),
    )


def _number_words(text: str, match: re.Match[str], lex: Lexicon) -> tuple[float, int, bool] | None:
    """`setengah` (a fraction), `twenty-five`, `dua puluh lima`: the value, where the words end, and
    whether it is a fraction word."""
    low = match.group().lower()
    if low in lex.fraction_words:
        return float(lex.fraction_words[low]), match.end(), True
    if "-" in low:
        hyphenated = split_hyphenated(low, lex)
        return None if hyphenated is None else (hyphenated, match.end(), False)
    parsed = parse_number_words(text, match.start(), low, lex)
    return None if parsed is None else (parsed[0], parsed[1], False)


def _digits(text: str, match: re.Match[str], prev: str, decimal_comma: bool) -> tuple[float, int] | Mention:
    """A digit run's value and end (`1.500` → 1500, `3x4` → 12), or the finished Mention of what is no
    amount (a date, a code, a phone number: `hard_skip`) or of a fraction (`1/3 of` → 33.3 percent)."""
    s, e = match.span()
    token = match.group()
    value = parse_digits(token, decimal_comma)
    if value is None:
        return Mention(s, e, 0.0, hard_skip=True)
    before = prev[-1:] if prev else ""
    hard = False
    if (
        (len(token) > 1 and token[0] == "0" and token[1].isdigit())
        or before == "+"
        or _DATE_OR_TIME_BEFORE.search(prev[-4:])
        or _PHONE_BEFORE.search(prev[-8:])
        or _CODE_CHAIN.match(text, e, e + 12)
        or (_CODE_LINK.search(prev[-2:]) and _CODE_LINK_AFTER.match(text, e, e + 2))
    ):
        hard = True
    elif before.isalpha() or (before in "-." and prev[-2:-1].isalpha()):
        hard = _CURRENCY_BEFORE.search(prev[-8:].lower()) is None  # "F-35", "S20", "MK.02"; not "Rp11"
    if _SLASH_AFTER.match(text, e, e + 2) and not _CURRENCY_BEFORE.search(prev[-8:].lower()):
        hard = True  # "S-217/MK.02", "24/7"; a price per unit keeps its currency: "Rp 5.000/kg"
    multiplied = _MULTIPLIED.match(text, e)
    if multiplied:
        value *= float(multiplied.group(1))
        e = multiplied.end()
    elif _DATE_OR_TIME_AFTER.match(text, e, e + 4):
        fraction = _FRACTION.match(text, e, e + 12)
        if fraction and value < float(fraction.group(1)):
            m = Mention(s, e + 3, value / float(fraction.group(1)) * 100, unit="percent", keep=True)
            m.end = e + 1 + len(fraction.group(1))
            return m
        hard = True
    if hard:
        return Mention(s, e, value, hard_skip=True)  # dates, codes, phones: nothing more to read
    return value, e


def _read_before(prev: str, s: int, lex: Lexicon) -> _Before:
    """Currency sign, minus, qualifier, direction and the last word, in the `prev` text before `s`."""
    start = s
    unit: str | None = None
    tail = prev[-10:].lower()
    currency = _CURRENCY_BEFORE.search(tail)
    rest = prev
    if currency:
        unit = units.CURRENCY_PREFIXES[BLANKS.sub(" ", currency.group(1))]
        cut = len(tail) - currency.start()
        start -= cut
        rest = prev[: len(prev) - cut]
    near = rest[-7:]
    # the regex is tried only where a minus can be: a dash or the word (most numbers have neither)
    minus = _MINUS.search(near) if "-" in near or "−" in near or "nus" in near.lower() else None
    if minus:
        start -= len(rest[-7:]) - minus.start()
        rest = rest[: len(rest) - (len(rest[-7:]) - minus.start())]
    stripped = rest.rstrip()
    low_rest = stripped.lower()
    qualifier = None
    # the tuple test is one C call that rules out most numbers before the loop looks for a whole word
    for phrase in lex.qualifiers if low_rest.endswith(lex.qualifiers) else ():
        if low_rest.endswith(phrase) and not low_rest[-len(phrase) - 1 : -len(phrase)].isalpha():
            qualifier = phrase
            start = s - len(prev) + len(stripped) - len(phrase)  # `stripped` is a prefix of `prev`
            break
    before_words = WORD.findall(low_rest[-40:])
    glued = low_rest.rstrip(" \t-–.")  # "HUT ke - 7", "ke-59", "Feb. 10"
    last_word = before_words[-1] if before_words and glued.endswith(before_words[-1]) else ""
    direction = None
    for w in before_words[-3:]:
        if w in lex.direction_up:
            direction = "up"
        elif w in lex.direction_down:
            direction = "down"
    name_before = _ends_with_name(stripped[-40:])  # "Liga 1", "Desil 1"; not a sentence's first word
    return _Before(start, minus is not None, unit, qualifier, last_word, name_before, direction)


def _read_after(
    text: str, e: int, value: float, unit: str | None, words_mode: bool, pats: Patterns
) -> _After:
    """Scale word, share, percent, currency name, unit of measure or counted noun after `e`."""
    lex = pats.lex
    pos = e
    scaled = False
    scale = pats.scale.match(text, pos, pos + 24)
    if scale and (len(scale.group(1)) > 1 or unit is not None):
        factor = lex.scale_words.get(scale.group(1).lower(), 1)
        value *= factor
        pos, scaled = scale.end(), True
        pos, value = _compound(text, pos, value, factor, pats)
    elif not words_mode:
        attached = _ATTACHED_SCALE.match(text, pos, pos + 4)
        if attached and (unit is not None or attached.group(1).lower() in ("k", "bn")):
            value *= units.ATTACHED_SCALES[attached.group(1).lower()]
            pos, scaled = attached.end(), True
    share = pats.share_in.match(text, pos, pos + 16) if pats.share_in and not words_mode else None
    if share:
        whole = share.group(1) or share.group(2)
        denominator = lex.number_words.get(whole.lower()) or float(whole)
        if 0 < value < denominator:  # "6 in 10 voters", "3 out of 4"
            return _After(share.end(), value / denominator * 100, "percent", scaled, False, None, False)
    percent = pats.percent.match(text, pos, pos + 24)
    if percent:
        return _After(percent.end(), value, "percent", scaled, False, None, False)
    if unit is None:
        money = _currency_name(text, pos, scaled, pats)
        if money:
            unit, pos = money
    if unit is not None:
        return _After(pos, value, unit, scaled, False, None, False)
    measure = pats.measure.match(text, pos, pos + 30)
    measured = measure is not None
    if measure:
        name = BLANKS.sub(" ", measure.group(1).lower())
        unit = lex.measure_units.get(name) or units.UNIT_ABBREVIATIONS.get(name)
        pos = measure.end()
        if unit is not None:
            return _After(pos, value, unit, scaled, True, None, False)
    return _counted_noun(text, e, pos, value, scaled, measured, words_mode, pats)


def _currency_name(text: str, pos: int, scaled: bool, pats: Patterns) -> tuple[str, int] | None:
    """A currency named after the amount (`500 dolar AS`, `23.6 million pounds`) and where it ends."""
    named = pats.currency_name.match(text, pos, pos + 30)
    if not named:
        return None
    name = (named.group(1) or named.group(2)).lower()
    money = units.CURRENCY_SUFFIX_SIGNS.get(name) or pats.lex.currency_names.get(BLANKS.sub(" ", name))
    if not money or (name in pats.lex.scale_only_currencies and not scaled):
        return None
    return money, named.end()


def _counted_noun(
    text: str, e: int, pos: int, value: float, scaled: bool, measured: bool, words_mode: bool, pats: Patterns
) -> _After:
    """The noun a bare number counts (`35 ribu spesialis`), or a time word that makes it no figure."""
    lex = pats.lex
    aside = _ASIDE.match(text, pos, pos + 28)
    nxt = pats.next_word.match(text, aside.end() if aside else pos, (aside.end() if aside else pos) + 34)
    word = nxt.group(1).lower() if nxt else ""
    head = word.split("-")[0]
    if head in lex.time_units or word in lex.time_units or (head in lex.months and abs(value) <= 31):
        return _After(pos, value, None, scaled, measured, None, True)
    if nxt and nxt.start(1) == e and not words_mode and word.isascii():
        return _After(pos, value, None, scaled, measured, None, True)  # glued letters: "5G", "21st", "1990s"
    if nxt and len(head) > 1 and head not in lex.not_nouns and not (words_mode and head in ("other", "of")):
        return _After(nxt.end(), value, _singular(word, lex), scaled, True, nxt.start(1), False)
    return _After(pos, value, None, scaled, measured, None, False)


def _fraction(
    text: str, e: int, value: float, unit: str | None, scaled: bool, before: _Before, lex: Lexicon
) -> tuple[float, str | None, bool]:
    """A fraction word is a share (`setengah dari pangsa pasar` → 50 percent) or, scaled, an amount
    (`setengah juta`); otherwise no figure. Returns value, unit and whether to keep it."""
    share_after = WORD.search(text.lower(), e, e + 8)
    is_share = (
        share_after is not None and share_after.group() in lex.share_of
    ) or before.qualifier is not None
    is_share = is_share and before.last_word not in lex.determiners
    compared = share_after is not None and WORD.match(text.lower(), share_after.end() + 1)
    if compared and compared.group() in lex.not_a_share:
        is_share = False  # "less than half of what researchers say they need"
    unit = None if not scaled else unit
    if scaled:
        return value, unit, True
    if is_share and unit not in lex.time_units:
        return value * 100, "percent", True
    return value, unit, False


def _ends_with_name(before: str) -> bool:
    """Does `before` end with a capitalised word that follows another word (`Liga`, `Desil`)? Read from
    the last blank backwards: a regex anchored at the end would be tried at every position."""
    cut = max(before.rfind(" "), before.rfind("\t"))
    if cut < 0 or not _NAME_WORD.fullmatch(before, cut + 1):
        return False
    head = before[:cut].rstrip(" \t")
    return bool(head) and not head[-1].isspace() and head[-1] not in _NOT_BEFORE_NAME


def _compound(text: str, pos: int, value: float, factor: float, pats: Patterns) -> tuple[int, float]:
    """`Rp 1 juta 500 ribu` is one amount, 1,500,000: a smaller scaled part right after a scale word."""
    part = _SMALL_PART.match(text, pos, pos + 6)
    scale = pats.scale.match(text, part.end(), part.end() + 24) if part else None
    if not (part and scale and len(scale.group(1)) > 1):
        return pos, value
    smaller = pats.lex.scale_words.get(scale.group(1).lower(), factor)
    if smaller >= factor or float(part.group(1)) * smaller >= factor:
        return pos, value
    return scale.end(), value + float(part.group(1)) * smaller


def _is_figure(
    token: str,
    value: float,
    unit: str | None,
    scaled: bool,
    measured: bool,
    words_mode: bool,
    before: _Before,
    lex: Lexicon,
) -> bool:
    """Whether a number is an amount worth listing: money, shares, scaled amounts and counted things.

    A bare number needs help to be a figure: `40,570 are unaffiliated` (large), `sebanyak 6` (a count
    cue); `Liga 1`, `S&P 500` (a name's number) or `Weddle, 55,` are not; nor is family in words
    (`two brothers-in-law`), a personal detail like an age.
    """
    if unit == "percent" or unit in CURRENCY_CODES or scaled:
        return True
    last_word = before.last_word
    if words_mode:
        word = token.lower()
        return (
            measured
            and (word not in lex.one_words or value != 1)
            and last_word not in lex.determiners
            and unit not in lex.personal_nouns
        )
    named_before = before.name_before and (abs(value) < 100 or token.isdigit())  # "S&P 500", "Fortune 500"
    if measured:
        return not (named_before and last_word not in lex.count_cues and last_word not in lex.qualifiers)
    return (abs(value) >= 100 and not named_before) or last_word in lex.count_cues


def _singular(word: str, lex: Lexicon) -> str:
    """The counted noun, singular: `speeches` → `speech`, `pages` → `page`; Indonesian is left as written."""
    if len(word) < 4:
        return word
    for ending, singular in lex.singular_endings:
        if word.endswith(ending):
            return word[: len(word) - len(ending)] + singular
    return word
