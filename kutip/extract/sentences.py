"""Paragraphs and sentences with offsets, so every claim can point back into the article.

A full stop ends a sentence only when the next word starts a new one: `Sen. Ted Cruz`, `U.S. officials`
and `Donald J. Trump` stay whole, `dari OJK. Ia mengatakan` splits. One regex pass, no backtracking.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kutip.extract.lexicon import LANGUAGES

# A line break ends a paragraph: news text puts one paragraph on each line.
_PARAGRAPH = re.compile(r"[^\n]+")

# A candidate sentence end: terminal punctuation, closing quotes/brackets, then space.
# Only at the start of a run of stops, so `.....` is read once, not once per dot. The repeats need not
# be possessive: what they would give back is a stop or a closer, never the space that must follow.
# The pattern opens with the stop itself (the look-behind after it checks the character before), so
# the scan jumps from stop to stop instead of trying the look-behind at every character.
_BOUNDARY = re.compile(r"[.!?](?<![.!?][.!?])[.!?]*[\"'”’»)\]]*\s+")

# A "sentence" longer than this (a run-on line, a table) is cut at the next space after it.
MAX_SENTENCE = 2000

# Abbreviations after which a full stop does not end the sentence (lowercased, no final dot), both languages.
ABBREVIATIONS = frozenset().union(*(lex.sentence_abbreviations for lex in LANGUAGES.values()))


class Span(NamedTuple):
    """A stretch of the article: `text[start:end]`. A named tuple, not a dataclass: every paragraph
    and sentence of every article makes one, and a tuple is built in a third of the time."""

    start: int
    end: int


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines, trimmed of surrounding spaces."""
    spans = []
    for match in _PARAGRAPH.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append(Span(start, end))
    return spans


def sentences(text: str, para: Span) -> list[Span]:
    """Split one paragraph into sentences; `Sen. Ted Cruz` and `Donald J. Trump` are not split."""
    spans = []
    start = para.start
    for match in _BOUNDARY.finditer(text, para.start, para.end):
        if match.end() >= para.end or not _ends_sentence(text, match.start(), match.end()):
            continue
        end = match.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        spans.append(Span(start, end))
        start = match.end()
    if start < para.end:
        spans.append(Span(start, para.end))
    if all(span.end - span.start <= MAX_SENTENCE for span in spans):
        return spans  # nearly always: only a run-on line or a table needs cutting
    return [piece for span in spans for piece in _cut_long(text, span)]


def _cut_long(text: str, span: Span) -> list[Span]:
    """Bound every sentence to about `MAX_SENTENCE` characters so no later step is quadratic in it."""
    if span.end - span.start <= MAX_SENTENCE:
        return [span]
    pieces = []
    start = span.start
    while span.end - start > MAX_SENTENCE:
        cut = text.find(" ", start + MAX_SENTENCE, min(span.end, start + 2 * MAX_SENTENCE))
        if cut < 0:
            cut = start + MAX_SENTENCE  # no space at all: cut hard
        pieces.append(Span(start, cut))
        start = cut + (text[cut] == " ")
    pieces.append(Span(start, span.end))
    return pieces


def _ends_sentence(text: str, stop: int, next_start: int) -> bool:
    """Is the punctuation at `stop` a real sentence end? Looks one word back and one char ahead."""
    following = text[next_start]
    if not (following.isupper() or following.isdigit() or following in "\"'“‘«(["):
        return False
    if text[stop] != ".":
        return True
    word_start = stop
    while word_start > 0 and stop - word_start < 12 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:stop].lstrip("\"'“‘«(").lower()
    if word in ABBREVIATIONS:
        return False
    # an initial ("Donald J. Trump") is one capital letter
    return not (len(word) == 1 and word.isalpha())
