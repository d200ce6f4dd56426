"""Joining neighbouring numbers: ranges, lists of counts, and stated changes.

Ranges and alternatives share their unit (`Rp 10-15 juta`, `5 atau 6 orang`); in a list of counts a
name's number is a count too; and a stated change becomes one figure (`"dari US$ 392 juta menjadi
US$ 800 juta"` → 392e6 → 800e6 USD). Each pass looks at neighbours only, so it is linear.
"""

from __future__ import annotations

import itertools
import re

from kutip.extract.figures.mention import Mention
from kutip.extract.figures.patterns import BLANKS, WORD, Patterns
from kutip.extract.lexicon import Lexicon, units

_CHANGE_GAP = 200  # farthest "X ... menjadi Y" across which a change is read
_REVERSE_GAP = 120  # farthest "Y, naik dibandingkan ... X"
_LIST_ITEM = re.compile(r"[ \t]*,[^,.;:!?\n]*\Z")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?[ \t]+[A-Z“\"]|\n")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_LIST_GAPS = frozenset(
    {",", "-", "–", "dan", "atau", "dan atau", "and", "or", "and/or", "dan/atau", "to", "hingga"}
)


def join_ranges(text: str, mentions: list[Mention], lex: Lexicon) -> None:
    """`Rp 10-15 juta`, `5 atau 6 orang`, `between $45 million and $50 million`: the first number takes
    the unit and scale of the second; a range keeps its upper bound in `upper`. Both stay figures, as
    the gold lists each stated bound."""
    ranges = {j.lower() for j in lex.range_joiners}
    alternatives = {j.lower() for j in lex.alternative_joiners}
    for a, b in itertools.pairwise(mentions):
        if b.start - a.end > 20:
            continue
        gap = BLANKS.sub(" ", text[a.end : b.start].strip().lower())
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


def join_lists(text: str, mentions: list[Mention]) -> None:
    """In a list of counts a name's number is a count too: `1.179 unit , C - Class 946 unit , E - Class 681`."""
    for a, b in itertools.pairwise(mentions):
        gap = text[a.end : b.start]
        if b.after_name and a.keep and a.measured and len(gap) <= 30 and _LIST_ITEM.match(gap):
            b.keep = True
            b.unit = b.unit or a.unit


def _scale_of(m: Mention, lex: Lexicon) -> float:
    """The scale factor a mention's value carries (`15 juta` → 1e6), read back from its magnitude."""
    for factor in sorted({*lex.scale_words.values(), *units.ATTACHED_SCALES.values()}, reverse=True):
        if abs(m.value) >= factor:
            return factor
    return 1.0


def _compatible(a: Mention, b: Mention) -> bool:
    if a.money_or_share or b.money_or_share:
        return a.unit == b.unit
    return a.unit is None or b.unit is None or a.unit == b.unit


def join_changes(text: str, mentions: list[Mention], pats: Patterns) -> None:
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
            _make_change(a, b)
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
            moved = a.direction is not None or any(w in directions for w in WORD.findall(low_gap))
            if not within and a.unit == b.unit and a.value != b.value:
                b.to_value = (
                    a.value
                )  # a new sentence points back: both figures stand, the later one holds the change
            elif moved and a.unit == b.unit and a.value != b.value:
                later = a.value
                a.value, a.qualifier = b.value, b.qualifier
                _make_change(a, b, later)


def _make_change(a: Mention, b: Mention, later: float | None = None) -> None:
    a.to_value = b.value if later is None else later
    a.end = max(a.end, b.end)
    b.consumed = True
    if a.unit is None:
        a.unit = b.unit
