"""Ingest inputs end to end: load (kutip.ingest) → extract (kutip.extract) → store, one input at a time.

A bad input never stops the batch: it becomes a failed result with a one-line reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from kutip.extract import extract
from kutip.ingest.article import Article
from kutip.ingest.errors import IngestError
from kutip.ingest.fetch import FetchPolicy
from kutip.settings import Settings
from storage.articles import Saved, save_article
from storage.db import Store, open_store


@dataclass(frozen=True)
class IngestResult:
    input: str
    saved: Saved | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.saved is not None

    @property
    def outcome(self) -> str:
        """How the CLI's summary counts it: "stored", "already there" or "failed"."""
        if self.saved is None:
            return "failed"
        return "already there" if self.saved.duplicate else "stored"

    def describe(self) -> str:
        s = self.saved
        if s is None:
            return f"{self.input}: failed: {self.error}"
        if s.duplicate:
            return f"{self.input}: already stored as article {s.article_id} ({s.duplicate_reason})"
        related = f" (same story as article {s.related_to})" if s.related_to else ""
        return (
            f"{self.input}: stored article {s.article_id} “{s.title or '(untitled)'}”{related}: "
            f"{s.claims} claims, {s.figures} figures, speakers: {', '.join(s.speakers) or '-'}"
        )

    def to_json(self) -> dict:
        s = self.saved
        if s is None:
            return {"input": self.input, "ok": False, "error": self.error}
        return {
            "input": self.input,
            "ok": True,
            "article_id": s.article_id,
            "duplicate": s.duplicate,
            "related_to": s.related_to,
            "title": s.title,
            "claims": s.claims,
            "figures": s.figures,
            "speakers": list(s.speakers),
        }


def ingest_article(store: Store, article: Article, ingested_by: str | None) -> Saved:
    return save_article(store, article, extract(article.text, article.language), ingested_by)


def ingest_inputs(settings: Settings, inputs: list[str], ingested_by: str | None) -> Iterator[IngestResult]:
    """Each input's result as soon as it is stored, so a batch of thousands shows its progress."""
    from kutip.ingest.sources import load_inputs

    store = open_store(settings.database_url)
    policy = FetchPolicy.from_settings(settings)
    try:
        for item in inputs:
            for name, article in load_inputs(item, policy):  # a .jsonl file holds one article a line
                if isinstance(article, IngestError):
                    yield IngestResult(name, error=str(article))
                else:
                    yield IngestResult(name, saved=ingest_article(store, article, ingested_by))
    finally:
        store.dispose()
