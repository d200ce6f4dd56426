"""Subjects of figures: what a number counts or prices, in a few words of the text around it.

Readers ask "Berapa nilai transaksi Huawei di Rusia?" or "How many IT specialists will be trained?";
the answer is found by matching the question's words against a figure's subject and sentence, so the
subject is the noun phrase the figure measures, cut from the same clause:

- a count names its noun and the modifiers after it: `35 ribu spesialis teknologi informasi (IT)` →
  "spesialis teknologi informasi";
- an amount or share names the noun phrase it belongs to: after it when it modifies a noun or a share
  of one (`a 35 percent tax` → "tax", `40% of caregivers` → "caregivers"), else before it across the
  linking words (`nilai transaksi di Rusia dari US$ 392 juta` → "nilai transaksi di Rusia",
  `his revenue increased from $362 million` → "revenue"), else the verb it is the object of
  (`Bernie Sanders raised $33million` → "Bernie Sanders raised").

Each figure reads at most `_BEFORE` + `_AFTER` characters and stops at the clause's edge, so the work
is linear in the text length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import islice
from typing import NamedTuple

from kutip.extract.lexicon import Lexicon, units

_BEFORE = 120  # characters read before a figure
_NEAR = 50  # read first, enough for most subjects (see `_read_back`)
# Lowest token index a scan of the `_NEAR` tokens may reach: scans look two tokens further back, and
# the full window may hold one token fewer before them (its cut first word is dropped).
_MARGIN = 3
_AFTER = 70  # and after it
_NEXT = 40  # enough for the two words that say how the figure relates to what follows it
_MAX_WORDS = 6  # a subject is a few words: longer phrases keep their head (the first words)
_SCAN = 10  # words looked at, reading away from the figure

# Words (with inner hyphens and apostrophes: "brothers-in-law", "Alzheimer's"), numbers, and the
# punctuation that ends a clause. A dot ends a clause only before a blank ("Sen. Ted Cruz", "U.S. ").
_TOKEN = re.compile(r"(\d[\d.,]*\d|\d)|([^\W\d_](?:[\w&'’-]{0,40}[\w’'])?)|([,;:()\[\]“”\"!?\n]|\.(?=\s|\Z))")
_BLANK = re.compile(r"\s")
_BLANKS = re.compile(r"\s+")


class _Token(NamedTuple):
    kind: str  # "number", "word" or "mark"
    text: str
    low: str
    start: int
    end: int


_KINDS = {1: "number", 2: "word", 3: "mark"}


def find_subject(text: str, start: int, end: int, noun_start: int | None, lex: Lexicon) -> str | None:
    """What the figure at `text[start:end]` measures; `noun_start` is where its counted noun begins."""
    if noun_start is not None:
        noun = _forward_phrase(text, noun_start, lex, first_is_noun=True)
        named = _phrase_text(text, noun) if noun else None
        if named and named.lower() not in lex.generic_nouns:
            return named
        earlier = _read_back(text, start, lex, verb_object=False)
        return (_phrase_text(text, earlier) if earlier else None) or named
    after = list(islice(_tokens(text, end, min(len(text), end + _NEXT), lex), 2))
    phrase = _share_phrase(text, after, lex) or _modified_noun(text, after, lex)
    if not phrase:
        phrase = _read_back(text, start, lex, verb_object=True)
    phrase = phrase or _prepositional(text, after, lex)
    return _phrase_text(text, phrase) if phrase else None


def _read_back(text: str, start: int, lex: Lexicon, verb_object: bool) -> list[_Token]:
    """The phrase before the figure (`_backward_phrase`, else with `verb_object` the doer and verb).

    The scan rarely reads more than a few words, so it first reads the tokens from the first blank of
    the last `_NEAR` characters: no token holds a blank (a newline is a token of its own), so these
    are the last tokens of the full window too. Only a scan that came within `_MARGIN` tokens of
    their start, where the full window has other tokens, reads the full window again.
    """
    blank = _BLANK.search(text, start - _NEAR, start) if start > _NEAR else None
    if blank:
        near = list(_tokens(text, blank.start(), start, lex))
        phrase, lowest = _backward_phrase(near, lex)
        if not phrase and verb_object:
            phrase, lowest_verb = _verb_object(near, lex)
            lowest = min(lowest, lowest_verb)
        if lowest >= _MARGIN:
            return phrase
    before = list(_tokens(text, max(0, start - _BEFORE), start, lex))
    if start > _BEFORE and before:
        before = before[1:]  # the window may cut the first word
    phrase = _backward_phrase(before, lex)[0]
    return phrase or (_verb_object(before, lex)[0] if verb_object else [])


@cache
def _amount_words(lex: Lexicon) -> frozenset[str]:
    """Words that belong to an amount, not to its subject: `juta`, `million`, `persen`, `Rp`."""
    words = {*lex.scale_words, *lex.currency_names, *lex.percent_words, *units.CURRENCY_PREFIXES}
    singles = {w.lower() for w in words if " " not in w}
    heads = {
        w.lower().split()[0] for w in words if " " in w and len(w.split()[0]) > 2
    }  # "dolar AS": not "AS"
    return frozenset(singles | heads)


@cache
def _edge_words(lex: Lexicon) -> frozenset[str]:
    """Words a subject never starts or ends with; built once per language."""
    return lex.subject_links | lex.subject_stops | lex.subject_determiners | lex.not_nouns


@cache
def _forward_stops(lex: Lexicon) -> frozenset[str]:
    """Words that end a subject reading forward; built once per language."""
    return lex.subject_stops | lex.subject_links | lex.not_nouns


def _tokens(text: str, start: int, end: int, lex: Lexicon) -> Iterator[_Token]:
    """Lazy, since reading forward stops after a few words; runs for every figure, so tuples are built
    directly: `_Token(...)` calls a Python `__new__`."""
    amount_words = _amount_words(lex)
    new = tuple.__new__
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        low = word.lower()
        # every alternative is one group, so `lastindex` names the kind; only words are amount words
        kind = "number" if low in amount_words else _KINDS[m.lastindex]
        yield new(_Token, (kind, word, low, m.start(), m.end()))


def _phrase_text(text: str, phrase: list[_Token]) -> str | None:
    if all(len(t.text) < 2 for t in phrase):
        return None  # a stray letter ("Â" of a mis-decoded "±") says nothing
    return _BLANKS.sub(" ", text[phrase[0].start : phrase[-1].end])


def _is_verb(token: _Token, lex: Lexicon) -> bool:
    """`meningkatkan`, `dibeli`, `raised`, `spent`; a capitalised word is a name, not a verb."""
    low = token.low
    if token.kind != "word" or token.text[0].isupper():
        return False
    return low in lex.verbs or (
        len(low) >= lex.verb_min_length
        and (
            (low.startswith(lex.verb_prefixes) and low not in lex.not_verbs)
            or low.endswith(lex.verb_suffixes)
        )
    )


def _ends_phrase(token: _Token, lex: Lexicon) -> bool:
    return token.kind != "word" or token.low in lex.subject_stops


def _trim(phrase: list[_Token], lex: Lexicon) -> list[_Token]:
    """Drop linking and function words from both ends (and verbs from the start: "yang berarti"),
    then keep the head of a long phrase."""
    edge = _edge_words(lex)
    while phrase and (phrase[0].low in edge or phrase[0].kind != "word" or _is_verb(phrase[0], lex)):
        phrase = phrase[1:]
    phrase = phrase[:_MAX_WORDS]
    while phrase and (phrase[-1].low in edge or phrase[-1].kind != "word"):
        phrase = phrase[:-1]
    return phrase


def _backward_phrase(before: list[_Token], lex: Lexicon) -> tuple[list[_Token], int]:
    """The noun phrase ending just before the figure, past the linking words: `nilai transaksi di Rusia dari`,
    and the lowest index the scan reached (it also reads the two tokens before it)."""
    i = len(before) - 1
    while i >= 0 and before[i].kind == "word" and before[i].low in lex.subject_links:
        i -= 1
    phrase: list[_Token] = []
    while i >= 0 and len(phrase) < _SCAN:
        token = before[i]
        if token.text == ")" and i >= 2 and before[i - 2].text == "(" and before[i - 1].kind == "word":
            phrase[:0] = before[i - 2 : i + 1]  # an acronym inside the phrase: "Nasional (JKN) BPJS"
            i -= 3
            continue
        if _is_verb(token, lex) and i >= 1 and before[i - 1].low == "yang":
            phrase[:0] = before[i - 1 : i + 1]  # "porsi yang bermasalah"
            i -= 2
            continue
        if _ends_phrase(token, lex) or _is_verb(token, lex):
            break
        phrase.insert(0, token)
        i -= 1
    return _trim(phrase, lex), i


def _verb_object(before: list[_Token], lex: Lexicon) -> tuple[list[_Token], int]:
    """The figure is a verb's object: the doer and the verb, `Bernie Sanders raised`; and the lowest
    index the scan reached."""
    i = len(before) - 1
    while i >= 0 and before[i].kind == "word" and before[i].low in lex.subject_links:
        i -= 1
    if i < 0 or not _is_verb(before[i], lex):
        return [], i
    doer, lowest = _backward_phrase(before[:i], lex)
    return ([*doer[-3:], before[i]] if doer else []), lowest


def _forward_phrase(text: str, start: int, lex: Lexicon, first_is_noun: bool = False) -> list[_Token]:
    """The noun and its modifiers from `start`: `spesialis teknologi informasi`, `registered voters`."""
    phrase: list[_Token] = []
    stop = _forward_stops(lex)
    for token in _tokens(text, start, min(len(text), start + _AFTER), lex):
        if len(phrase) >= _MAX_WORDS or token.kind != "word":
            break
        if not phrase and token.low in lex.subject_determiners:
            continue
        if not (first_is_noun and not phrase) and (token.low in stop or _is_verb(token, lex)):
            break
        phrase.append(token)
    return _trim(phrase, lex) if not first_is_noun else phrase


def _share_phrase(text: str, after: list[_Token], lex: Lexicon) -> list[_Token]:
    """`40% of caregivers`, `3 persen dari masyarakat Indonesia`."""
    if len(after) < 2 or after[0].low not in lex.share_of:
        return []
    return _forward_phrase(text, after[1].start, lex)


def _modified_noun(text: str, after: list[_Token], lex: Lexicon) -> list[_Token]:
    """A noun right after the amount: `a 35 percent tax`, `$1.1 billion funding package`, `30 persen SUV`."""
    if not after or after[0].kind != "word":
        return []
    first = after[0].low
    if (
        first in lex.time_units
        or first in lex.months
        or (first.endswith("ing") and len(after) > 1 and after[1].kind == "number")
    ):
        return []
    return _forward_phrase(text, after[0].start, lex)


def _prepositional(text: str, after: list[_Token], lex: Lexicon) -> list[_Token]:
    """What an amount is for or in: `$500,000 on TV ads`, `$1.3 million in the bank`."""
    if len(after) < 2 or after[0].low not in lex.subject_prepositions:
        return []
    return _forward_phrase(text, after[1].start, lex)
