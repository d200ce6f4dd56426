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

from kutip.extract.speakers import CONNECTORS, SpeakerBook

# Acronym speakers looked up per article: each lookup scans the text once, so the pass stays linear.
_MAX_LOOKUPS = 8

# Acronyms are short: `AS`, `FBI`, `MBDI`; a longer capitalised word is a shouted name, not initials.
_LONGEST = 6


def expand_acronyms(text: str, book: SpeakerBook, idents: list[int], lex: ModuleType) -> None:
    """Give each speaker named only by an acronym the long form the article also writes."""
    looked_up = 0
    for ident in dict.fromkeys(idents):
        acronym = book.speaker(ident).name
        if acronym not in lex.ACRONYMS and not _is_acronym(acronym):
            continue
        found = long_form(text, acronym, lex)
        if found is not None:
            book.alias(ident, found)
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
    pattern = _spelled(acronym)
    bracketed = re.search(pattern.pattern + r"\s*\(" + re.escape(acronym) + r"\)", text)
    if bracketed is not None:
        return bracketed.group(1)
    match = pattern.search(text)
    return match.group(1) if match is not None else None


def _is_acronym(name: str) -> bool:
    return 2 <= len(name) <= _LONGEST and name.isalpha() and name.isupper()


@cache
def _spelled(acronym: str) -> re.Pattern[str]:
    """Capitalised words (or hyphened parts: `Bangsa-Bangsa`) opening with the acronym's letters in order,
    lowercase connectors allowed between them: `Federal Bureau of Investigation` for `FBI`."""
    connectors = "|".join(sorted(CONNECTORS))
    between = rf"(?:-|\s+(?:(?:{connectors})\s+)*)"
    words = between.join(rf"{letter}[^\W\d_A-Z]+" for letter in acronym)
    return re.compile(rf"(?<![\w-])({words})(?![\w-])")
