"""Store an article with everything extraction found in it, whole or not at all.

One transaction per article: a process killed half-way leaves no article without its claims and
figures, and running the same ingest again stores it then.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import text as sql
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session, select

from kutip.answer.terms import terms
from kutip.extract.model import Extraction
from kutip.extract.model import Speaker as FoundSpeaker
from kutip.ingest.article import Article as FoundArticle
from kutip.ingest.article import canonical_url
from storage.db import Store
from storage.models import Article, Claim, Figure, Speaker
from storage.speakers import resolve_speaker, speaker_key

RETRIES = 8


@dataclass(frozen=True)
class Saved:
    """What happened to one article: stored (with counts) or a duplicate of `article_id`."""

    article_id: int
    duplicate: bool
    title: str | None
    claims: int = 0
    figures: int = 0
    speakers: tuple[str, ...] = ()
    duplicate_reason: str | None = None


def find_duplicate(session: Session, article: FoundArticle) -> tuple[Article, str] | None:
    if article.url:
        row = session.exec(select(Article).where(Article.canonical_url == canonical_url(article.url))).first()
        if row:
            return row, "same URL"
    row = session.exec(select(Article).where(Article.content_hash == article.content_hash)).first()
    return (row, "same text") if row else None


def save_article(
    store: Store, article: FoundArticle, extraction: Extraction, ingested_by: str | None
) -> Saved:
    """Store `article` and its extraction in one transaction, or report the stored duplicate.

    Writers side by side can deadlock on PostgreSQL (two articles naming the same speakers in another
    order) or race on the same article; the transaction is then simply run again.
    """
    for attempt in range(RETRIES):
        try:
            with store.session() as session:
                return _save(session, store.dialect, article, extraction, ingested_by)
        except IntegrityError:
            # a concurrent writer stored the same article (or a speaker's alias) before our insert
            with store.session() as session:
                found = find_duplicate(session, article)
            if found is not None:
                row, reason = found
                return Saved(article_id=row.id, duplicate=True, title=row.title, duplicate_reason=reason)
            if attempt + 1 == RETRIES:
                raise
        except OperationalError as exc:
            if attempt + 1 == RETRIES or not _is_transient(exc):
                raise
        time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def _is_transient(exc: OperationalError) -> bool:
    """Deadlock or serialisation failure (PostgreSQL), or a lock that outlasted the busy timeout (SQLite)."""
    code = getattr(exc.orig, "sqlstate", None)
    return code in ("40P01", "40001") or "database is locked" in str(exc.orig)


def _save(
    session: Session, dialect: str, article: FoundArticle, extraction: Extraction, by: str | None
) -> Saved:
    found = find_duplicate(session, article)
    if found is not None:
        row, reason = found
        return Saved(article_id=row.id, duplicate=True, title=row.title, duplicate_reason=reason)
    row = Article(
        url=article.url,
        canonical_url=canonical_url(article.url) if article.url else None,
        outlet=article.outlet,
        title=article.title,
        author=article.author,
        published=article.published,
        language=article.language or extraction.language,
        text=article.text,
        content_hash=article.content_hash,
        ingested_by=by,
    )
    session.add(row)
    session.flush()
    speakers = _resolve_speakers(session, extraction)
    claim_ids: list[int] = []
    term_counts: dict[str, int] = {}
    for position, claim in enumerate(extraction.claims):
        speaker = speakers[claim.speaker]
        stored = Claim(
            article_id=row.id,
            speaker_id=speaker.id,
            position=position,
            type=claim.type,
            text=claim.text,
            sentence=claim.sentence,
            start=claim.start,
            end=claim.end,
            published=row.published or row.ingested_at,
            text_terms=" ".join(terms(claim.text)),
            sentence_terms=" ".join(terms(claim.sentence)),
        )
        session.add(stored)
        session.flush()
        claim_ids.append(stored.id)
        _index_claim(session, dialect, stored)
        for term in set(stored.sentence_terms.split()):
            term_counts[term] = term_counts.get(term, 0) + 1
    count_terms(session, term_counts)
    figures = []
    for fig in extraction.figures:
        sentence = _sentence_around(article.text, fig.start, fig.end)
        figures.append(
            Figure(
                article_id=row.id,
                claim_id=claim_ids[fig.claim_index] if fig.claim_index is not None else None,
                text=fig.text,
                value=fig.value,
                unit=fig.unit,
                qualifier=fig.qualifier,
                to_value=fig.to_value,
                change_pct=fig.change_pct,
                upper=fig.upper,
                direction=fig.direction,
                subject=fig.subject,
                sentence=sentence,
                start=fig.start,
                end=fig.end,
                published=row.published or row.ingested_at,
                terms=" ".join(terms(f"{fig.subject or ''} {sentence}")),
            )
        )
    session.add_all(figures)
    session.flush()
    for figure in figures:
        _index_figure(session, dialect, figure)
    return Saved(
        article_id=row.id,
        duplicate=False,
        title=row.title,
        claims=len(extraction.claims),
        figures=len(extraction.figures),
        speakers=tuple(dict.fromkeys(s.name for s in speakers.values())),
    )


def _resolve_speakers(session: Session, extraction: Extraction) -> dict[FoundSpeaker, Speaker]:
    """Stored rows for the article's speakers, their claim counts raised.

    Rows are taken in one fixed order (by name, then by id) so that two writers storing articles
    with the same speakers lock them in the same order instead of deadlocking.
    """
    found = sorted(
        {c.speaker for c in extraction.claims}, key=lambda s: (speaker_key(s.name), s.kind, s.name)
    )
    rows = {speaker: resolve_speaker(session, speaker) for speaker in found}
    counts = Counter(rows[c.speaker].id for c in extraction.claims)
    for row in sorted({r.id: r for r in rows.values()}.values(), key=lambda r: r.id):
        row.claim_count += counts[row.id]
    session.flush()
    return rows


def _index_claim(session: Session, dialect: str, claim: Claim) -> None:
    """Full-text index of the sentence's terms (the topic often sits outside the quoted words)."""
    if dialect == "postgresql":
        session.execute(
            sql("UPDATE claim SET terms = to_tsvector('simple', :t) WHERE id = :id"),
            {"t": claim.sentence_terms, "id": claim.id},
        )
    else:
        session.execute(
            sql("INSERT INTO claim_fts(rowid, terms) VALUES (:id, :t)"),
            {"id": claim.id, "t": claim.sentence_terms},
        )


def _index_figure(session: Session, dialect: str, figure: Figure) -> None:
    if dialect == "postgresql":
        session.execute(
            sql("UPDATE figure SET search = to_tsvector('simple', :t) WHERE id = :id"),
            {"t": figure.terms, "id": figure.id},
        )
    else:
        session.execute(
            sql("INSERT INTO figure_fts(rowid, terms) VALUES (:id, :t)"), {"id": figure.id, "t": figure.terms}
        )


def count_terms(session: Session, counts: dict[str, int]) -> None:
    """Add to `claim_term` how many new claims hold each term; one statement for the whole article."""
    if not counts:
        return
    session.execute(
        sql(
            "INSERT INTO claim_term (term, claims) VALUES (:term, :claims) "
            "ON CONFLICT (term) DO UPDATE SET claims = claim_term.claims + excluded.claims"
        ),
        [{"term": t, "claims": n} for t, n in sorted(counts.items())],
    )


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding a figure, for answers to `/figures` questions."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return text[left + 1 : right].strip()
