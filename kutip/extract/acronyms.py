"""Acronyms and their long forms: a speaker called `AS` is `Amerika Serikat`, `BPS` is `Badan Pusat Statistik`.

News spells a country or an organisation out once (`Badan Pusat Statistik (BPS)`, `the Federal Bureau of
Investigation (FBI)`, or just `Amerika Serikat` somewhere in a quote) and uses the acronym after. A speaker
known only by the acronym takes the long form as its name when the article writes it, keeping the acronym
as an alias, so a reader finds one speaker under either name.

    >>> from kutip.extract.lexicon import id as id_
    >>> long_form("Badan Pusat Statistik (BPS) merilis data. BPS mengatakan ...", "BPS", id_)
    'Badan Pusat Statistik'
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from kutip.extract.model import Speaker
from kutip.extract.speakers import CONNECTORS, SpeakerBook

# Acronym speakers looked up per article: each lookup scans the text once, so the pass stays linear.
_MAX_LOOKUPS = 8

# Acronyms are short: `AS`, `FBI`, `MBDI`; a longer capitalised word is a shouted name, not initials.
_LONGEST = 6


def expand_acronyms(text: str, book: SpeakerBook, speakers: dict[int, Speaker], lex: ModuleType) -> None:
    """Give each speaker (by id in `book`) named only by an acronym the long form the article also
    writes; `speakers` is updated in place."""
    looked_up = 0
    for ident, speaker in speakers.items():
        acronym = speaker.name
        if acronym not in lex.ACRONYMS and not _is_acronym(acronym):
            continue
        found = long_form(text, acronym, lex)
        if found is not None:
            book.alias(ident, found)
            speakers[ident] = book.speaker(ident)
        looked_up += 1
        if looked_up == _MAX_LOOKUPS:
            return


def long_form(text: str, acronym: str, lex: ModuleType) -> str | None:
    """The long form of `acronym` in `text`: a listed one (`U.S.` → `United States`), else the capitalised
    words whose initials spell it, preferring those written just before `(BPS)`."""
    listed = lex.ACRONYMS.get(acronym)
    if listed is not None:
        return listed if listed in text else None
    if not _is_acronym(acronym):
        return None
    spelled, bracketed = _spelled(acronym)
    match = bracketed.search(text) or spelled.search(text)
    return match.group(1) if match is not None else None


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
