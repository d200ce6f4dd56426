"""Figures: every amount, share, count and measure in an article, normalised.

One pass over number tokens (digits or number words); each is read with a bounded window of text
before it (currency sign, qualifier, direction, numbering cue) and after it (scale word, percent,
currency name, unit of measure, counted noun). A second pass joins neighbours: ranges and
alternatives share their unit (`Rp 10-15 juta`, `5 atau 6 orang`), and stated changes become one
figure (`"dari US$ 392 juta menjadi US$ 800 juta"` → change 392e6 → 800e6 USD, +104.08%).

The steps, each a module: `patterns.py` (matchers per language, the scan for number tokens),
`reading.py` (one token and its window), `joining.py` (neighbours), `subjects.py` (what a figure
measures). Every window is bounded, so the time is linear in the text length.
"""

from __future__ import annotations

from collections.abc import Callable

from kutip.extract.figures.joining import join_changes, join_lists, join_ranges
from kutip.extract.figures.mention import Mention
from kutip.extract.figures.patterns import PATTERNS, numbers
from kutip.extract.figures.reading import read
from kutip.extract.figures.subjects import find_subject
from kutip.extract.lexicon import Lexicon, lexicon
from kutip.extract.model import Figure
from kutip.extract.numbers import uses_decimal_comma

__all__ = ["find_figures"]


def find_figures(
    text: str, language: str, owner: Callable[[int, int], int | None] | None = None
) -> list[Figure]:
    """All figures in `text`, in order: `"naik 3,9 persen"` → 3.9 percent, direction "up".

    `owner` maps a figure's span to the index of the claim that holds it (`Figure.claim_index`)."""
    pats = PATTERNS[lexicon(language).code]
    runs = list(pats.digits.finditer(text))
    decimal_comma = uses_decimal_comma(text, language, runs)
    mentions: list[Mention] = []
    resume = 0
    for match in numbers(text, runs, pats):
        if match.start() < resume:
            continue
        vague = pats.vague.match(text, match.start())
        if vague:
            resume = vague.end()  # "satu atau dua platform": a few, not a count
            continue
        mention = read(text, match, pats, decimal_comma)
        if mention is not None:
            mentions.append(mention)
            resume = mention.end
    join_ranges(text, mentions, pats.lex)
    join_lists(text, mentions)
    join_changes(text, mentions, pats)
    figures: list[Figure] = []
    for m in mentions:
        if m.keep and not m.consumed:
            shared = figures[-1].subject if m.shares_subject and figures else None
            claim = owner(m.start, m.end) if owner is not None else None
            figures.append(_to_figure(text, m, pats.lex, shared, claim))
    return figures


def _to_figure(
    text: str, m: Mention, lex: Lexicon, subject: str | None = None, claim: int | None = None
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
