"""Acronyms and their long forms: a speaker called `AS` is `Amerika Serikat`, `BPS` is `Badan Pusat Statistik`.

News spells a country or an organisation out once (`Badan Pusat Statistik (BPS)`, `the Federal Bureau of
Investigation (FBI)`, or just `Amerika Serikat` somewhere in a quote) and uses the acronym after. A speaker
known only by the acronym takes the long form as its name when the article writes it, keeping the acronym
as an alias, so a reader finds one speaker under either name.

    >>> from kutip.extract.lexicon import lexicon
    >>> long_form("Badan Pusat Statistik (BPS) merilis data. BPS mengatakan ...", "BPS", lexicon("id"))
    'Badan Pusat Statistik'
"""

from __future__ import annotations

import re
from functools import cache

from kutip.extract.lexicon import Lexicon
from kutip.extract.model import Speaker
from kutip.extract.speakers import CONNECTORS, SpeakerBook

# Acronym speakers looked up per article: each lookup scans the text once, so the pass stays linear.
_MAX_LOOKUPS = 8

# Acronyms are short: `AS`, `FBI`, `MBDI`; a longer capitalised word is a shouted name, not initials.
_LONGEST = 6

# A contraction written in mixed case is short too: `Komdigi`, `Kemenkeu`, `Bappenas`.
_LONGEST_SHORT_FORM = 10

# A capitalised word in brackets: `(Komdigi)`, `(Jokowi)`.
_BRACKETED = re.compile(r"\(([A-Z][^\W\d_]+)\)")

# How far before `(Komdigi)` its long form may start.
_LONG_FORM_CHARS = 120


def expand_acronyms(text: str, book: SpeakerBook, speakers: dict[int, Speaker], lex: Lexicon) -> None:
    """Give each speaker (by id in `book`) named only by an acronym the long form the article also
    writes; `speakers` is updated in place."""
    looked_up = 0
    bracketed: set[str] | None = None  # the article's bracketed words, found once if ever needed
    for ident, speaker in speakers.items():
        acronym = speaker.name
        if acronym in lex.acronyms or _is_acronym(acronym):
            found = long_form(text, acronym, lex)
        elif " " not in acronym and _is_short_form(acronym):
            if bracketed is None:
                bracketed = set(_BRACKETED.findall(text))
            if acronym not in bracketed:
                continue
            found = bracketed_long_form(text, acronym)  # "Kementerian Komunikasi dan Digital (Komdigi)"
        else:
            continue
        if found is not None:
            book.alias(ident, found)
            speakers[ident] = book.speaker(ident)
        looked_up += 1
        if looked_up == _MAX_LOOKUPS:
            return


def long_form(text: str, acronym: str, lex: Lexicon) -> str | None:
    """The long form of `acronym` in `text`: a listed one (`U.S.` → `United States`), else the capitalised
    words whose initials spell it, preferring those written just before `(BPS)`."""
    listed = lex.acronyms.get(acronym)
    if listed is not None:
        return listed if listed in text else None
    if not _is_acronym(acronym):
        return None
    spelled, bracketed = _spelled(acronym)
    match = bracketed.search(text) or spelled.search(text)
    return match.group(1) if match is not None else None


def bracketed_long_form(text: str, short: str) -> str | None:
    """The capitalised words written just before `(short)`, from the first that starts with its letter:
    `Kementerian Komunikasi dan Digital (Komdigi)` for `Komdigi`, `Joko Widodo (Jokowi)` for `Jokowi`."""
    at = text.find(f"({short})")
    if at < 0:
        return None
    match = _capitalised_run().search(text, max(0, at - _LONG_FORM_CHARS), at)
    if match is None:
        return None
    words = match.group(1).split()
    first = next((i for i, w in enumerate(words) if w[0] == short[0]), None)  # "Presiden [Joko Widodo]"
    if first is None or words[first:] == [short]:
        return None
    return " ".join(words[first:])


def is_short_form(name: str, long: str) -> bool:
    """Is `name`, bracketed after `long`, another name for it? `BI` after `Bank Indonesia`, `Komdigi`
    after `Kementerian Komunikasi dan Digital`; not `(33)`, an age, nor `(D-Nev.)`."""
    if name.isupper():
        return len(name) >= 2
    return _is_short_form(name) and name[0] == long[0]


def _is_short_form(name: str) -> bool:
    """`Komdigi`, `Bulog`, `Kemenkeu`: one capitalised word, short enough to be a contraction."""
    return (
        3 <= len(name) <= _LONGEST_SHORT_FORM and name[0].isupper() and name[1:].islower() and name.isalpha()
    )


@cache
def _capitalised_run() -> re.Pattern[str]:
    """Capitalised words, lowercase connectors between them, ending right before the bracket."""
    connectors = "|".join(sorted(CONNECTORS))
    word = r"[A-Z][\w'’-]*"
    return re.compile(rf"({word}(?:\s+(?:(?:{connectors})\s+)*{word})*)\s*$")


def _is_acronym(name: str) -> bool:
    return 2 <= len(name) <= _LONGEST and name.isalpha() and name.isupper()


@cache
def _spelled(acronym: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Capitalised words (or hyphened parts: `Bangsa-Bangsa`) opening with the acronym's letters in order,
    lowercase connectors allowed between them (`Federal Bureau of Investigation` for `FBI`); and the same
    written just before the bracketed acronym. The pattern opens with the first letter itself (the
    look-behind after it checks the character before), so the scan jumps from letter to letter."""
    connectors = "|".join(sorted(CONNECTORS))
    between = rf"(?:-|\s+(?:(?:{connectors})\s+)*)"
    first, rest = acronym[0], acronym[1:]
    words = rf"{first}(?<![\w-]{first})[^\W\d_A-Z]+" + "".join(
        rf"{between}{letter}[^\W\d_A-Z]+" for letter in rest
    )
    spelled = re.compile(rf"({words})(?![\w-])")
    return spelled, re.compile(rf"({words})\s*\({re.escape(acronym)}\)")
