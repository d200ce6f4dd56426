"""The units claims are read in: a paragraph's tokens, sentences and quotes, and a claim in the making."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from operator import itemgetter

from kutip.extract.quotes import Quote
from kutip.extract.sentences import Span
from kutip.extract.speakers import (
    Token,
)

_WORD = re.compile(r"\w+")


_TRIM_WINDOW = 16


QUOTE_MARKS = frozenset(['"', "“", "”", "«", "»", "''", "„"])


# A statement shorter than this many words is a fragment (`"poison pill"`), not a claim.
MIN_WORDS = 3


# How far before a quote its introducing verb may sit: `Estrosi told French television channel BFM TV that "`.
INTRO_WINDOW = 10


# No statement or sentence runs longer than this many characters: it bounds work on run-on input.
MAX_STATEMENT = 2000


@dataclass
class Draft:
    speakers: list[int]
    type: str
    start: int
    end: int
    sentence: Span
    subject_at: int = -1
    participle: bool = False


_START = itemgetter(1)  # Token.start


_LOW = itemgetter(3)  # Token.low


@dataclass
class Paragraph:
    """One paragraph's tokens, with the sentence and quote of each token looked up by bisection."""

    text: str
    span: Span
    tokens: list[Token]
    sentences: list[Span]
    quotes: list[Quote]
    starts: list[int] = field(init=False)
    lows: list[str] = field(init=False)
    quoted: list[bool] = field(init=False)
    quote_ends: set[int] = field(init=False)
    sentence_starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.starts = list(map(_START, self.tokens))
        self.lows = list(map(_LOW, self.tokens))
        self.sentence_starts = [s.start for s in self.sentences]
        self.quoted = _mask(self.starts, [q for q in self.quotes if not q.single])
        self.quote_ends = {q.mark_end for q in self.quotes if word_count(self.text, q.start, q.end) >= 2}

    def index(self, offset: int) -> int:
        return bisect.bisect_left(self.starts, offset)

    def sentence_at(self, offset: int) -> Span:
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        return self.sentences[max(i, 0)]


def _mask(starts: list[int], quotes: list[Quote]) -> list[bool]:
    """Which tokens (by start offset) sit inside a double-marked quote: no speech verb there starts a claim.

    Double quotes are in text order and do not overlap (`find_quotes`), so each marks one slice of
    tokens, found by bisection rather than by testing every token."""
    mask = [False] * len(starts)
    if not quotes:
        return mask  # most paragraphs
    for quote in quotes:
        lo = bisect.bisect_right(starts, quote.mark_start)
        hi = bisect.bisect_left(starts, quote.mark_end)
        mask[lo:hi] = [True] * (hi - lo)
    return mask


def word_count(text: str, start: int, end: int, enough: int = MIN_WORDS) -> int:
    """Words in `text[start:end]`, counted only up to `enough`: a length test, not a census."""
    count = 0
    for _ in _WORD.finditer(text, start, end):
        count += 1
        if count >= enough:
            break
    return count


def trim_end(text: str, start: int, end: int) -> int:
    """Cut trailing spaces and punctuation, and anything past `MAX_STATEMENT` characters."""
    end = min(end, start + MAX_STATEMENT)
    floor = max(start, end - _TRIM_WINDOW)
    while end > floor and (text[end - 1].isspace() or text[end - 1] in ",.;:"):
        end -= 1
    return end
