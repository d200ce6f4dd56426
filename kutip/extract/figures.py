"""Figures: every amount, share, count and measure in an article, normalised.

One pass over number tokens (digits or number words); each is read with a bounded window of text
before it (currency sign, qualifier, direction, numbering cue) and after it (scale word, percent,
currency name, unit of measure, counted noun). A second pass joins neighbours: ranges and
alternatives share their unit (`Rp 10-15 juta`, `5 atau 6 orang`), and stated changes become one
figure (`"dari US$ 392 juta menjadi US$ 800 juta"` → change 392e6 → 800e6 USD, +104.08%).

Every regex is precompiled and free of nested quantifiers, and every window is bounded, so the time
is linear in the text length even for megabyte-long lines of digits and separators.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from kutip.extract.lexicon import LANGUAGES, Lexicon, lexicon, units
from kutip.extract.model import Figure
from kutip.extract.numbers import (
    DIGITS,
    parse_digits,
    parse_number_words,
    split_hyphenated,
    uses_decimal_comma,
)
from kutip.extract.subjects import find_subject

_BEFORE = 60  # characters read before a number
_AFTER = 80  # characters read after it
_CHANGE_GAP = 200  # farthest "X ... menjadi Y" across which a change is read
_REVERSE_GAP = 120  # farthest "Y, naik dibandingkan ... X"


def _alternation(phrases: object) -> str:
    """The phrases (lowercased) as a trie, so the longest wins (`persen poin` over `persen`) and a
    match tries one branch per letter, not every phrase in turn; spaces match one run of blanks."""
    return "|".join(_trie({str(p).lower() for p in phrases}, blank=r"[ \t]{1,2}"))  # type: ignore[attr-defined]


_END_OF_WORD = r"(?![^\W\d_])"


def _trie(words: set[str], blank: str | None = None) -> list[str]:
    """The alternatives of a trie of `words`, one per first letter: `se(?:belas|puluh|ratus)`. The
    number-word pattern scans every character of every article, and a flat list of ~300 case variants
    is tried one by one; the trie reads one branch per letter. A word that is a prefix of another is
    tried after it, so the longest word wins as in a longest-first alternation (`tiga perempat` before
    `tiga`). The first level is returned as a list so that the caller's alternation opens with literal
    characters, which lets the regex engine skip to them. A space is written `blank` when given."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def char_pattern(char: str) -> str:
        return blank if char == " " and blank is not None else re.escape(char)

    def render(node: dict[str, dict]) -> str:
        branches = [char_pattern(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return [char_pattern(char) + render(child) for char, child in sorted(tree.items())]


@dataclass(frozen=True)
class _Patterns:
    """The compiled matchers for one language, built once at import."""

    lex: Lexicon
    digits: re.Pattern[str]
    words: re.Pattern[str]  # number words, without the "not after a letter" test (see `_numbers`)
    scale: re.Pattern[str]
    percent: re.Pattern[str]
    currency_name: re.Pattern[str]
    measure: re.Pattern[str]
    next_word: re.Pattern[str]
    vague: re.Pattern[str]
    reverse_cue: re.Pattern[str]  # "Y, naik dibandingkan ... X": the later amount comes first
    back_from: re.Pattern[str]  # "a big jump from the $12.2million": the earlier amount is behind
    share_in: re.Pattern[str] | None  # "6 in 10 voters", where the language says it so


def _build(lex: Lexicon) -> _Patterns:
    # Case variants instead of IGNORECASE: twice as fast to scan.
    words = [v for w in (*lex.number_words, *lex.fraction_words) for v in (w, w.capitalize(), w.upper())]
    tens = [v for w, n in lex.number_words.items() if 20 <= n < 100 for v in (w, w.capitalize())]
    hyphenated = [rf"{w}-[a-z]+" for w in tens]  # "twenty-five", tried before "twenty"
    number_words = rf"(?:{'|'.join([*hyphenated, *_trie(set(words))])}){_END_OF_WORD}"
    measures = {**units.UNIT_ABBREVIATIONS, **lex.measure_units}
    return _Patterns(
        lex=lex,
        digits=re.compile(DIGITS),
        words=re.compile(number_words),
        scale=re.compile(
            rf"(?:-an)?[ \t]{{0,2}}(?:-[ \t]?)?({_alternation(lex.scale_words)})(?:an)?{_END_OF_WORD}",
            re.IGNORECASE,
        ),
        percent=re.compile(
            rf"[ \t]{{0,2}}(?:%|(?:{_alternation(lex.percent_words)}){_END_OF_WORD})", re.IGNORECASE
        ),
        currency_name=re.compile(
            rf"[ \t]{{0,2}}(?:({_alternation(units.CURRENCY_SUFFIX_SIGNS)})|"
            rf"({_alternation(lex.currency_names)}){_END_OF_WORD})",
            re.IGNORECASE,
        ),
        measure=re.compile(rf"[ \t]{{0,2}}-?[ \t]?({_alternation(measures)})(?![\w²³/])", re.IGNORECASE),
        next_word=re.compile(r"(?:-an)?[ \t]{0,2}-?[ \t]?([^\W\d_][\w’'-]{0,30})"),  # "1.500-an orang"
        vague=re.compile(rf"(?:{_alternation(lex.vague_amounts)}){_END_OF_WORD}", re.IGNORECASE),
        reverse_cue=re.compile(rf"(?<![^\W\d_])(?:{_alternation(lex.reverse_change)}){_END_OF_WORD}"),
        back_from=re.compile(
            rf"(?<![^\W\d_])(?:{_alternation(lex.change_from)})(?:[ \t]+(?:the|a))?[ \t]*\Z"
        ),
        share_in=re.compile(rf"[ \t]+(?:{lex.share_in})\b", re.IGNORECASE) if lex.share_in else None,
    )


_PATTERNS = {code: _build(lex) for code, lex in LANGUAGES.items()}
_LETTER = re.compile(r"[^\W\d_]")


def _numbers(text: str, runs: list[re.Match[str]], pats: _Patterns) -> list[re.Match[str]]:
    """Digit runs (`runs`, found by `pats.digits`) and number words not glued to a preceding letter, in order.

    Each pattern opens with characters the regex engine can skip to; one pattern for both, or a
    look-behind at its start, would make the engine try every position of the text. A number word
    after a letter (`someone`) is dropped here and the search resumes one character on, as the
    look-behind would have (`xtwenty-five` still holds `five`). The two never overlap: number words
    hold no digits, so sorting the two ordered lists together (in C) interleaves them.
    """
    words = []
    pos = 0
    while match := pats.words.search(text, pos):
        s = match.start()
        if s and _LETTER.match(text, s - 1):
            pos = s + 1
            continue
        words.append(match)
        pos = match.end()
    return sorted(runs + words, key=re.Match.start) if words else runs


_CURRENCY_BEFORE = re.compile(rf"(?<![a-z])({_alternation(units.CURRENCY_PREFIXES)})[ \t]{{0,2}}\Z")
_ATTACHED_SCALE = re.compile(rf"({_alternation(units.ATTACHED_SCALES)}){_END_OF_WORD}")
_LIST_ITEM = re.compile(r"[ \t]*,[^,.;:!?\n]*\Z")
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
_BLANKS = re.compile(r"\s+")  # a run of blanks in a phrase reads as one space
_MINUS = re.compile(r"(?:(?<![\w.,%)])[-−]|\bminus[ \t]{1,2})\Z", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_NAME_WORD = re.compile(r"[A-Z][\w&-]*")
_NOT_BEFORE_NAME = frozenset('.!?"“(')
_SENTENCE_END = re.compile(r"[.!?][\"”’]?[ \t]+[A-Z“\"]|\n")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_LIST_GAPS = frozenset(
    {",", "-", "–", "dan", "atau", "dan atau", "and", "or", "and/or", "dan/atau", "to", "hingga"}
)
_CURRENCY_CODES = frozenset(units.CURRENCY_PREFIXES.values())


@dataclass
class _Mention:
    """One number token and what was read around it; `keep` says whether it is a figure."""

    start: int
    end: int
    value: float
    unit: str | None = None
    scaled: bool = False
    measured: bool = False  # a unit of measure or a counted noun follows
    qualifier: str | None = None
    direction: str | None = None
    last_word: str = ""
    keep: bool = False
    hard_skip: bool = False  # dates, years, numbering: never a figure, never joined
    upper: float | None = None
    to_value: float | None = None
    consumed: bool = False
    numbering: bool = False  # "Pasal 378": and so is "dan atau 372" after it
    noun_start: int | None = None  # where the counted noun begins: "35 ribu *spesialis*"
    after_name: bool = False  # dropped as a name's number ("Class 681"), unless a list of counts holds it
    shares_subject: bool = False  # the second end of a range or alternative: "$45 million and *$50 million*"

    @property
    def money_or_share(self) -> bool:
        return self.unit == "percent" or self.unit in _CURRENCY_CODES


def find_figures(
    text: str, language: str, owner: Callable[[int, int], int | None] | None = None
) -> list[Figure]:
    """All figures in `text`, in order: `"naik 3,9 persen"` → 3.9 percent, direction "up".

    `owner` maps a figure's span to the index of the claim that holds it (`Figure.claim_index`)."""
    pats = _PATTERNS[lexicon(language).code]
    runs = list(pats.digits.finditer(text))
    decimal_comma = uses_decimal_comma(text, language, runs)
    mentions: list[_Mention] = []
    resume = 0
    for match in _numbers(text, runs, pats):
        if match.start() < resume:
            continue
        vague = pats.vague.match(text, match.start())
        if vague:
            resume = vague.end()  # "satu atau dua platform": a few, not a count
            continue
        mention = _read(text, match, pats, decimal_comma)
        if mention is not None:
            mentions.append(mention)
            resume = mention.end
    _join_ranges(text, mentions, pats.lex)
    _join_lists(text, mentions)
    _join_changes(text, mentions, pats)
    figures: list[Figure] = []
    for m in mentions:
        if m.keep and not m.consumed:
            shared = figures[-1].subject if m.shares_subject and figures else None
            claim = owner(m.start, m.end) if owner is not None else None
            figures.append(_to_figure(text, m, pats.lex, shared, claim))
    return figures


def _read(text: str, match: re.Match[str], pats: _Patterns, decimal_comma: bool) -> _Mention | None:
    """Read one number token with its bounded context."""
    lex = pats.lex
    s, e = match.span()
    token = match.group()
    prev = text[max(0, s - _BEFORE) : s]
    words_mode = not token[0].isdigit()
    hard = False
    fraction_word = False
    if words_mode:
        low = token.lower()
        if low in lex.fraction_words:
            value, fraction_word = float(lex.fraction_words[low]), True
        elif "-" in low:
            hyphenated = split_hyphenated(low, lex)
            if hyphenated is None:
                return None
            value = hyphenated
        else:
            parsed = parse_number_words(text, s, low, lex)
            if parsed is None:
                return None
            value, e = parsed
    else:
        parsed_digits = parse_digits(token, decimal_comma)
        if parsed_digits is None:
            return _Mention(s, e, 0.0, hard_skip=True)
        value = parsed_digits
        before = prev[-1:] if prev else ""
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
                m = _Mention(s, e + 3, value / float(fraction.group(1)) * 100, unit="percent", keep=True)
                m.end = e + 1 + len(fraction.group(1))
                return m
            hard = True
        if hard:
            return _Mention(s, e, value, hard_skip=True)  # dates, codes, phones: nothing more to read
    start = s

    # Before: currency sign, minus, qualifier, direction, numbering cue.
    unit: str | None = None
    tail = prev[-10:].lower()
    currency = _CURRENCY_BEFORE.search(tail)
    rest = prev
    if currency:
        unit = units.CURRENCY_PREFIXES[_BLANKS.sub(" ", currency.group(1))]
        cut = len(tail) - currency.start()
        start -= cut
        rest = prev[: len(prev) - cut]
    near = rest[-7:]
    # the regex is tried only where a minus can be: a dash or the word (most numbers have neither)
    minus = _MINUS.search(near) if "-" in near or "−" in near or "nus" in near.lower() else None
    if minus:
        value = -value
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
    before_words = _WORD.findall(low_rest[-40:])
    glued = low_rest.rstrip(" \t-–.")  # "HUT ke - 7", "ke-59", "Feb. 10"
    last_word = before_words[-1] if before_words and glued.endswith(before_words[-1]) else ""
    name_before = _ends_with_name(stripped[-40:])  # "Liga 1", "Desil 1"; not a sentence's first word
    direction = None
    for w in before_words[-3:]:
        if w in lex.direction_up:
            direction = "up"
        elif w in lex.direction_down:
            direction = "down"

    # After: scale, percent, currency name, unit of measure, time word, counted noun.
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
    measured = False
    share = pats.share_in.match(text, pos, pos + 16) if pats.share_in and not words_mode else None
    percent = pats.percent.match(text, pos, pos + 24)
    if share:
        whole = share.group(1) or share.group(2)
        denominator = lex.number_words.get(whole.lower()) or float(whole)
    if share and 0 < value < denominator:
        value = value / denominator * 100  # "6 in 10 voters", "3 out of 4"
        unit, pos = "percent", share.end()
    elif percent:
        unit, pos = "percent", percent.end()
    else:
        named = pats.currency_name.match(text, pos, pos + 30) if unit is None else None
        if named:
            name = (named.group(1) or named.group(2)).lower()
            money = units.CURRENCY_SUFFIX_SIGNS.get(name) or lex.currency_names.get(_BLANKS.sub(" ", name))
            if name in lex.scale_only_currencies and not scaled:
                money = None
            if money:
                unit, pos = money, named.end()
        if unit is None:
            measure = pats.measure.match(text, pos, pos + 30)
            if measure:
                name = _BLANKS.sub(" ", measure.group(1).lower())
                unit = lex.measure_units.get(name) or units.UNIT_ABBREVIATIONS.get(name)
                pos, measured = measure.end(), True
    noun_start = None
    if unit is None:
        aside = _ASIDE.match(text, pos, pos + 28)
        nxt = pats.next_word.match(text, aside.end() if aside else pos, (aside.end() if aside else pos) + 34)
        word = nxt.group(1).lower() if nxt else ""
        head = word.split("-")[0]
        if head in lex.time_units or word in lex.time_units or (head in lex.months and abs(value) <= 31):
            hard = True
        elif nxt and nxt.start(1) == e and not words_mode and word.isascii():
            hard = True  # letters glued to digits and not a unit: "5G", "21st", "1990s"
        elif len(head) > 1 and head not in lex.not_nouns and not (words_mode and head in ("other", "of")):
            unit, pos, measured = _singular(word, lex), nxt.end(), True  # type: ignore[union-attr]
            noun_start = nxt.start(1)  # type: ignore[union-attr]
    if last_word in lex.months and not currency:
        hard = True

    if fraction_word:
        share_after = _WORD.search(text.lower(), e, e + 8)
        is_share = (share_after is not None and share_after.group() in lex.share_of) or qualifier is not None
        is_share = is_share and last_word not in lex.determiners
        compared = share_after is not None and _WORD.match(text.lower(), share_after.end() + 1)
        if compared and compared.group() in lex.not_a_share:
            is_share = False  # "less than half of what researchers say they need"
        unit = None if not scaled else unit
        if scaled:
            keep = True
        elif is_share and unit not in lex.time_units:
            value, unit, keep = value * 100, "percent", True
        else:
            keep = False
    else:
        keep = _is_figure(token, value, unit, scaled, measured, words_mode, last_word, name_before, lex)
    money_or_share = unit == "percent" or unit in _CURRENCY_CODES
    is_year = not words_mode and token.isdigit() and len(token) == 4 and 1800 <= value <= 2100
    if is_year and not scaled and not money_or_share:
        hard = True  # "tahun 2020", "in 2014"; "Rp 2020" or "2020 persen" stay amounts
    numbering = last_word in lex.numbering_before and not (money_or_share or scaled)
    if words_mode and token.lower() in lex.one_words and value == 1 and not scaled:
        hard = True  # "satu pun", "one voice": only "satu juta" / "one million" count
    return _Mention(
        start=max(0, start),
        end=pos,
        value=value,
        unit=unit,
        scaled=scaled,
        measured=measured,
        qualifier=qualifier,
        direction=direction,
        last_word=last_word,
        keep=keep and not hard and not numbering,
        hard_skip=hard or numbering,
        numbering=numbering,
        noun_start=noun_start,
        after_name=name_before and not (keep or hard or numbering or words_mode),
    )


def _ends_with_name(before: str) -> bool:
    """Does `before` end with a capitalised word that follows another word (`Liga`, `Desil`)? Read from
    the last blank backwards: a regex anchored at the end would be tried at every position."""
    cut = max(before.rfind(" "), before.rfind("\t"))
    if cut < 0 or not _NAME_WORD.fullmatch(before, cut + 1):
        return False
    head = before[:cut].rstrip(" \t")
    return bool(head) and not head[-1].isspace() and head[-1] not in _NOT_BEFORE_NAME


def _compound(text: str, pos: int, value: float, factor: float, pats: _Patterns) -> tuple[int, float]:
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
    last_word: str,
    name_before: bool,
    lex: Lexicon,
) -> bool:
    """Whether a number is an amount worth listing: money, shares, scaled amounts and counted things.

    A bare number needs help to be a figure: `40,570 are unaffiliated` (large), `sebanyak 6` (a count
    cue); `Liga 1`, `S&P 500` (a name's number) or `Weddle, 55,` are not; nor is family in words
    (`two brothers-in-law`), a personal detail like an age.
    """
    if unit == "percent" or unit in _CURRENCY_CODES or scaled:
        return True
    if words_mode:
        word = token.lower()
        return (
            measured
            and (word not in lex.one_words or value != 1)
            and last_word not in lex.determiners
            and unit not in lex.personal_nouns
        )
    named_before = name_before and (abs(value) < 100 or token.isdigit())  # "S&P 500", "Fortune 500 companies"
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


def _join_ranges(text: str, mentions: list[_Mention], lex: Lexicon) -> None:
    """`Rp 10-15 juta`, `5 atau 6 orang`, `between $45 million and $50 million`: the first number takes
    the unit and scale of the second; a range keeps its upper bound in `upper`. Both stay figures, as
    the gold lists each stated bound."""
    ranges = {j.lower() for j in lex.range_joiners}
    alternatives = {j.lower() for j in lex.alternative_joiners}
    for a, b in itertools.pairwise(mentions):
        if b.start - a.end > 20:
            continue
        gap = _BLANKS.sub(" ", text[a.end : b.start].strip().lower())
        if a.numbering and gap in _LIST_GAPS:
            b.numbering, b.hard_skip, b.keep = True, True, False
        elif a.hard_skip and gap == "-" and a.end + 1 == b.start:
            b.hard_skip, b.keep = True, False  # "0812-3456-7890", "2019-20"
        if a.hard_skip or b.hard_skip:
            continue
        opened = a.last_word in lex.range_openers and gap in lex.range_and
        if not (gap in ranges or gap in alternatives or opened):
            continue
        if not (a.keep or b.keep) or (a.unit is not None and b.unit is not None and a.unit != b.unit):
            continue
        if gap == "-" and not b.scaled and b.value <= a.value:
            a.keep = b.keep = False  # a score or a tally: "a 3-2 vote", "passed 221-212"
            continue
        if b.scaled and not a.scaled and abs(a.value) < abs(b.value):
            factor = _scale_of(b, lex)
            a.value *= factor
            a.scaled = True
        if a.unit is None:
            a.unit = b.unit
        elif b.unit is None:
            b.unit = a.unit
        a.keep = b.keep = b.shares_subject = True
        if gap in ranges or opened:
            a.upper = b.value


def _join_lists(text: str, mentions: list[_Mention]) -> None:
    """In a list of counts a name's number is a count too: `1.179 unit , C - Class 946 unit , E - Class 681`."""
    for a, b in itertools.pairwise(mentions):
        gap = text[a.end : b.start]
        if b.after_name and a.keep and a.measured and len(gap) <= 30 and _LIST_ITEM.match(gap):
            b.keep = True
            b.unit = b.unit or a.unit


def _scale_of(m: _Mention, lex: Lexicon) -> float:
    """The scale factor a mention's value carries (`15 juta` → 1e6), read back from its magnitude."""
    for factor in sorted({*lex.scale_words.values(), *units.ATTACHED_SCALES.values()}, reverse=True):
        if abs(m.value) >= factor:
            return factor
    return 1.0


def _compatible(a: _Mention, b: _Mention) -> bool:
    if a.money_or_share or b.money_or_share:
        return a.unit == b.unit
    return a.unit is None or b.unit is None or a.unit == b.unit


def _join_changes(text: str, mentions: list[_Mention], pats: _Patterns) -> None:
    """Stated changes become one figure with `value` the earlier and `to_value` the later amount.

    `dari X menjadi Y`, `X ..., sekarang jadi Y`, `from X in 2014 to Y`; and the reversed
    `Y, naik dibandingkan Juli tahun lalu sebesar X` / `Y, up from X`.
    """
    lex = pats.lex
    kept = [m for m in mentions if m.keep]
    directions = lex.direction_up | lex.direction_down
    to_words = lex.change_to | lex.change_to_after_from
    for i, b in enumerate(kept):
        if i == 0 or b.consumed:
            continue
        a = kept[i - 1]
        if a.consumed or a.to_value is not None or not _compatible(a, b) or a.upper is not None:
            continue
        gap = text[a.end : b.start]
        to_word = b.last_word
        stated = False
        if to_word in lex.change_to and len(gap) <= _CHANGE_GAP and not _PARAGRAPH.search(gap):
            stated = True
        elif to_word in lex.change_to_after_from and a.last_word in lex.change_from and len(gap) <= 80:
            stated = not _SENTENCE_END.search(gap)
        if stated:
            if a.last_word in directions and to_word in lex.change_to:
                # "naik Rp 500 menjadi Rp 13.500": X is the step, so the earlier figure is Y - X
                a.value = b.value - a.value if a.direction == "up" else b.value + a.value
            _make_change(a, a.value, b)
            continue
        low_gap = gap.lower()
        looks_back = (  # "... $20million. Cruz's haul is a big jump from the $12.2million he raised before"
            b.direction is not None
            and pats.back_from.search(text[max(0, b.start - 12) : b.start].lower()) is not None
            and not _PARAGRAPH.search(gap)
            and not (i + 1 < len(kept) and kept[i + 1].last_word in to_words)
        )
        within = not _SENTENCE_END.search(gap) and pats.reverse_cue.search(low_gap)
        if len(gap) <= _REVERSE_GAP and (within or looks_back):
            moved = a.direction is not None or any(w in directions for w in _WORD.findall(low_gap))
            if not within and a.unit == b.unit and a.value != b.value:
                b.to_value = (
                    a.value
                )  # a new sentence points back: both figures stand, the later one holds the change
            elif moved and a.unit == b.unit and a.value != b.value:
                later = a.value
                a.value, a.qualifier = b.value, b.qualifier
                _make_change(a, a.value, b, later)


def _make_change(a: _Mention, earlier: float, b: _Mention, later: float | None = None) -> None:
    a.to_value = b.value if later is None else later
    a.end = max(a.end, b.end)
    b.consumed = True
    if a.unit is None:
        a.unit = b.unit


def _to_figure(
    text: str, m: _Mention, lex: Lexicon, subject: str | None = None, claim: int | None = None
) -> Figure:
    change = None
    direction = m.direction
    if m.to_value is not None and m.value:
        change = round((m.to_value - m.value) / abs(m.value) * 100, 2)
        direction = "up" if m.to_value > m.value else "down" if m.to_value < m.value else None
    return Figure(
        text=text[m.start : m.end],
        start=m.start,
        end=m.end,
        value=m.value,
        unit=m.unit,
        to_value=m.to_value,
        change_pct=change,
        upper=m.upper,
        qualifier=m.qualifier,
        direction=direction,  # type: ignore[arg-type]
        subject=subject or find_subject(text, m.start, m.end, m.noun_start, lex),
        claim_index=claim,
    )
