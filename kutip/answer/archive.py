"""What answering asks of the stored archive, as a protocol: `storage.answering.StoredArchive` asks it
in SQL, a test can answer it from lists. The decisions (`kutip.answer.policy`) stay on this side.

Statements come back light — ids, speaker, type, date and stored terms, no text — because ranking
reads only those; `hydrate` fills in text, speaker and article for the page shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from kutip.answer.results import FigureAnswer
from kutip.answer.statement import Statement


@dataclass(frozen=True)
class NamedSpeaker:
    """A stored speaker a question names: `Lavorv` → Sergei Lavrov at FUZZY_SCORE, `Lavrov` at 1.0."""

    speaker_id: int
    name: str
    gram: str  # the words of the question that named them
    score: float


@dataclass(frozen=True)
class AliasIndex:
    """Every alias key with its speaker, for near-spelling matches without a query per question."""

    keys: list[str]
    speaker_ids: list[int]


@dataclass(frozen=True)
class FigureRow:
    """A stored figure as ranking reads it, with the story and sentence it sits in."""

    figure_id: int
    subject: str | None
    terms: str  # stored search terms of its subject and sentence, space-separated
    published: datetime | None
    story_id: int  # the first article of its syndicated story (its own article when not syndicated)
    sentence: str


class Archive(Protocol):
    def speakers_by_alias(self, keys: list[str]) -> list[tuple[str, int, str]]:
        """(alias key, speaker id, speaker name) of every alias that is one of `keys`."""

    def aliases(self) -> AliasIndex:
        """Every alias, for near spellings."""

    def speaker_names(self, speaker_ids: Iterable[int]) -> dict[int, str]:
        """Speaker id → name."""

    def newest_claims_of(
        self, scores: Mapping[int, float], limit: int, touching: frozenset[str]
    ) -> list[Statement]:
        """The newest `limit` claims of the speakers in `scores`, each carrying its speaker's score,
        kept when their sentence holds one of the `touching` terms (all when it is empty)."""

    def claims_with_terms(self, terms: list[str], limit: int, counts: Mapping[str, int]) -> list[Statement]:
        """Claims holding all `terms`, then any one of them, up to `limit` per search (speaker score 0)."""

    def figures_with_terms(self, terms: list[str], limit: int) -> list[FigureRow]:
        """Figures whose subject or sentence hold all `terms`, then any one of them."""

    def term_weights(self, topic: tuple[str, ...]) -> tuple[dict[str, float], dict[str, int]]:
        """Rarity weight and claim count of each topic term."""

    def stories_of(self, article_ids: Iterable[int]) -> dict[int, int]:
        """Article id → the first article of its syndicated story."""

    def hydrate(self, page: list[Statement]) -> list[Statement]:
        """The page's statements with text, speaker and article filled in."""

    def hydrate_figures(
        self, page: list[Statement]
    ) -> tuple[tuple[Statement, ...], tuple[FigureAnswer | None, ...]]:
        """The page's figure statements filled in, said by their claim's speaker, with their numbers."""
