"""Per-chat digest filters: `/filter add Lavrov` keeps only matching articles, `/filter exclude olahraga`
drops them.

Terms are plain words matched on word boundaries after case and accent folding, with one substring
search per term: linear in the article's length whatever a user types (no user-supplied regexes).
`"Sepak bola"` matches "…laga sepak-bola…" but `"bola"` does not match "bolak-balik".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

MAX_TERM_CHARS = 64
MAX_TERMS = 50


@dataclass(frozen=True)
class Filters:
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.include and not self.exclude


def fold(text: str) -> str:
    """`"Sépak-Bola, KEMARIN!"` → `" sepak bola kemarin "`: lower case, no accents, words between spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch if ch.isalnum() else " " for ch in decomposed if not unicodedata.combining(ch))
    return " " + " ".join(kept.split()) + " "


def clean_term(term: str) -> str:
    """The stored form of a term; empty when nothing searchable is left."""
    return fold(term[:MAX_TERM_CHARS]).strip()


def matches(filters: Filters, texts: Iterable[str]) -> bool:
    """Whether an article (its title, text and speakers' names) passes the chat's filters."""
    if filters.empty:
        return True
    haystack = fold(" \n ".join(texts))
    if any(f" {term} " in haystack for term in filters.exclude):
        return False
    return not filters.include or any(f" {term} " in haystack for term in filters.include)
