"""Parties to a case who speak as a role noun: `Pelaku berdalih ...`, `The suspect told police ...`.

The role stands for the person last introduced as that party (`tersangka Andi Saputra`, `seorang pria
bernama Andi`), passing over those named as another party (`korban bernama Budi`).
"""

from __future__ import annotations

import re
from functools import cache

from kutip.extract.lexicon import Lexicon
from kutip.extract.speakers import (
    Mention,
    SpeakerBook,
    Token,
)

# How far back (in characters) `Pelaku berdalih ...` looks for the person who is the `pelaku`.
_PARTY_WINDOW = 3000

# Characters read back for the word before a name: `korban` in `korban bernama Budi`.
_WORD_WINDOW = 16


def party_speaker(text: str, at: int, book: SpeakerBook) -> list[int]:
    """Who `Pelaku` or `Tersangka` is: the person last introduced before `at` as a party to the case
    (`tersangka Andi Saputra`, `seorang perempuan bernama Suila Rohill (SR)`), passing over those named
    as another party (`korban bernama Muhammad Mutaqien`). Nobody found means no claim, not a guess."""
    lex = book.lex
    found = None
    for match in _party_names(lex).finditer(text, max(0, at - _PARTY_WINDOW), at):
        if match.start() > 0 and text[match.start() - 1].isalnum():
            continue  # the keyword only ends a longer word
        keyword = match.group(1).lower()
        if keyword in lex.party_roles or _word_before(text, match.start()) not in lex.other_parties:
            found = match
    if found is None:
        return []
    # not made salient: the `katanya` after it still means the officer telling the case
    ident = book.mention(Mention(found.group(2), "person"), subject=False)
    if found.group(3):
        book.alias(ident, found.group(3))  # "Suila Rohill (SR)"
    return [ident]


def opens_clause(tokens: list[Token], j: int, lo: int, lex: Lexicon) -> bool:
    """Does the role noun at `j` open its clause: `Pelaku berdalih`, `The suspect told`, `..., tersangka mengaku`?"""
    if j > lo and tokens[j - 1].low in lex.party_articles:
        j -= 1
    return j == lo or tokens[j - 1].text == ","


def _word_before(text: str, at: int) -> str:
    """`korban` in `korban bernama Budi`: the word before offset `at`, lowercased."""
    words = text[max(0, at - _WORD_WINDOW) : at].split()
    return words[-1].lower() if words else ""


@cache
def _party_names(lex: Lexicon) -> re.Pattern[str]:
    """`keyword Name [(ACRONYM)]`, the keyword a party role or a naming word (`bernama`). The keywords are
    spelled out in both cases rather than matched after a `\\b`, so the scan jumps between their first letters."""
    keywords = "|".join(sorted(w for k in lex.party_roles | lex.party_namers for w in (k, k.capitalize())))
    name = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}"
    return re.compile(rf"({keywords})\s+({name})(?:\s*\(([A-Z]{{2,5}})\))?")
