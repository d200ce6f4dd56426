"""Store an article with everything extraction found in it, whole or not at all.

One transaction per article: a process killed half-way leaves no article without its claims and
figures, and running the same ingest again stores it then. An exact copy (same URL, same text) is
refused; a near-duplicate (the same wire story from another outlet, `kutip.ingest.neardup`) is
stored, linked by `related_to_id` to the first stored copy so answers and digests tell the story once.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import bindparam, func, insert
from sqlalchemy import text as sql
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session, col, select

from kutip.answer.terms import terms
from kutip.extract.model import Extraction
from kutip.extract.model import Speaker as FoundSpeaker
from kutip.ingest.article import Article as FoundArticle
from kutip.ingest.article import canonical_url
from kutip.ingest.dates import within_reason
from kutip.ingest.neardup import Fingerprint, fingerprint, same_story, shingles
from storage.db import Store
from storage.models import Article, ArticleBand, Claim, Figure, Speaker
from storage.speakers import resolve_speakers, speaker_key
from storage.types import utcnow

RETRIES = 8
# PostgreSQL: the tsvector column of each searchable table, and the text column it is made from
SEARCH_COLUMNS = {"claim": ("terms", "sentence_terms"), "figure": ("search", "terms")}
_BY_URL = select(Article.id, Article.title).where(Article.canonical_url == bindparam("url"))
_BY_HASH = select(Article.id, Article.title).where(Article.content_hash == bindparam("hash"))
NEAR_CANDIDATES = 5  # stored articles sharing the most bands whose text is compared


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
    related_to: int | None = None  # the stored article this one is a near-duplicate of


def find_duplicate(session: Session, article: FoundArticle) -> Saved | None:
    """The stored article with the same URL or the same text, if any."""
    if article.url:
        row = session.execute(_BY_URL, {"url": canonical_url(article.url)}).first()
        if row:
            return Saved(article_id=row.id, duplicate=True, title=row.title, duplicate_reason="same URL")
    row = session.execute(_BY_HASH, {"hash": article.content_hash}).first()
    return (
        Saved(article_id=row.id, duplicate=True, title=row.title, duplicate_reason="same text")
        if row
        else None
    )


def save_article(
    store: Store, article: FoundArticle, extraction: Extraction, ingested_by: str | None
) -> Saved:
    """Store `article` and its extraction in one transaction, or report the stored duplicate.

    Writers side by side can deadlock on PostgreSQL (two articles naming the same speakers in another
    order) or race on the same article; the transaction is then simply run again. Two copies of one
    story stored at the same moment may miss each other and stay unlinked.
    """
    found = fingerprint(article.text)
    for attempt in range(RETRIES):
        try:
            with store.session() as session:
                return _save(session, store.dialect, article, found, extraction, ingested_by)
        except IntegrityError:
            # a concurrent writer stored the same article (or a speaker's alias) before our insert
            with store.session() as session:
                found = find_duplicate(session, article)
            if found is not None:
                return found
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


def find_story(session: Session, found: Fingerprint) -> int | None:
    """The first stored copy of the story `found` tells, if one is stored: the candidates sharing the
    most band keys are compared by text, and the first match's own original (if it is a copy) wins."""
    if not found.bands:
        return None
    shared = func.count().label("shared")
    candidates = session.execute(
        select(ArticleBand.article_id, shared)
        .where(col(ArticleBand.band).in_(found.bands))
        .group_by(col(ArticleBand.article_id))
        .order_by(shared.desc(), col(ArticleBand.article_id))
        .limit(NEAR_CANDIDATES)
    ).all()
    if not candidates:
        return None
    rows = session.execute(
        select(Article.id, Article.text, Article.related_to_id).where(
            col(Article.id).in_([c.article_id for c in candidates])
        )
    ).all()
    # in the order of shared band keys: the first that tells the same story is the likeliest, and
    # reading each candidate's shingles costs about as much as fingerprinting the new article
    by_id = {row.id: row for row in rows}
    for candidate in candidates:
        row = by_id[candidate.article_id]
        if same_story(found.shingles, shingles(row.text)):
            return row.related_to_id or row.id
    return None


def _save(
    session: Session,
    dialect: str,
    article: FoundArticle,
    found: Fingerprint,
    extraction: Extraction,
    by: str | None,
) -> Saved:
    duplicate = find_duplicate(session, article)
    if duplicate is not None:
        return duplicate
    related_to = find_story(session, found)
    ingested_at = utcnow()
    own_date = within_reason(article.published, ingested_at)
    published = own_date or ingested_at  # claims and figures are ordered by it
    article_id = session.execute(
        insert(Article.__table__).returning(Article.__table__.c.id),
        {
            "url": article.url,
            "canonical_url": canonical_url(article.url) if article.url else None,
            "outlet": article.outlet,
            "title": article.title,
            "author": article.author,
            "published": own_date,
            "language": article.language or extraction.language,
            "text": article.text,
            "content_hash": article.content_hash,
            "related_to_id": related_to,
            "ingested_at": ingested_at,
            "ingested_by": by,
        },
    ).scalar_one()
    if found.bands:
        session.execute(insert(ArticleBand), [{"band": b, "article_id": article_id} for b in found.bands])
    speakers = _resolve_speakers(session, extraction)
    sentence_terms = {c.sentence: " ".join(terms(c.sentence)) for c in extraction.claims}
    claims = [
        {
            "article_id": article_id,
            "speaker_id": speakers[claim.speaker].id,
            "position": position,
            "type": claim.type,
            "text": claim.text,
            "sentence": claim.sentence,
            "start": claim.start,
            "end": claim.end,
            "published": published,
            "text_terms": " ".join(terms(claim.text)),
            "sentence_terms": sentence_terms[claim.sentence],
        }
        for position, claim in enumerate(extraction.claims)
    ]
    claim_ids = _insert(session, dialect, Claim, claims)
    _index(session, dialect, "claim", claim_ids, [c["sentence_terms"] for c in claims])
    term_counts = Counter(t for c in extraction.claims for t in set(sentence_terms[c.sentence].split()))
    count_terms(session, term_counts)
    figures = []
    for fig in extraction.figures:
        sentence = _sentence_around(article.text, fig.start, fig.end)
        figures.append(
            {
                "article_id": article_id,
                "claim_id": claim_ids[fig.claim_index] if fig.claim_index is not None else None,
                "text": fig.text,
                "value": fig.value,
                "unit": fig.unit,
                "qualifier": fig.qualifier,
                "to_value": fig.to_value,
                "change_pct": fig.change_pct,
                "upper": fig.upper,
                "direction": fig.direction,
                "subject": fig.subject,
                "sentence": sentence,
                "start": fig.start,
                "end": fig.end,
                "published": published,
                "terms": " ".join(terms(f"{fig.subject or ''} {sentence}")),
            }
        )
    figure_ids = _insert(session, dialect, Figure, figures)
    _index(session, dialect, "figure", figure_ids, [f["terms"] for f in figures])
    return Saved(
        article_id=article_id,
        duplicate=False,
        title=article.title,
        claims=len(extraction.claims),
        figures=len(extraction.figures),
        speakers=tuple(dict.fromkeys(s.name for s in speakers.values())),
        related_to=related_to,
    )


def _resolve_speakers(session: Session, extraction: Extraction) -> dict[FoundSpeaker, Speaker]:
    """Stored rows for the article's speakers, their claim counts raised.

    Speakers are resolved in one fixed order (by name) and their rows written in another (by id), so
    that two writers storing articles with the same speakers lock them in the same order instead of
    deadlocking.
    """
    said = Counter(c.speaker for c in extraction.claims)
    found = sorted(said, key=lambda s: (speaker_key(s.name), s.kind, s.name))
    return resolve_speakers(session, {speaker: said[speaker] for speaker in found})


def _insert(session: Session, dialect: str, model: type[Claim] | type[Figure], rows: list[dict]) -> list[int]:
    """Insert `rows` at once; their new ids, in order.

    SQLite cannot return the ids of a many-row insert in order, but this transaction holds the write
    lock (BEGIN IMMEDIATE), so the next ids are max(id) + 1 onwards: they are given explicitly and the
    rows go in with one executemany. PostgreSQL returns them from one INSERT … RETURNING.
    """
    if not rows:
        return []
    table = model.__table__
    if dialect == "postgresql":
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(session.execute(statement, rows).scalars())
    first = (session.execute(select(func.max(table.c.id))).scalar() or 0) + 1
    ids = list(range(first, first + len(rows)))
    session.execute(insert(table), [{"id": i, **row} for i, row in zip(ids, rows, strict=True)])
    return ids


def _index(session: Session, dialect: str, table: str, ids: list[int], texts: list[str]) -> None:
    """Full-text index of new claims (their sentence's terms: the topic often sits outside the quoted
    words) or figures: FTS5 rows on SQLite, the tsvector column on PostgreSQL, one statement each."""
    if not ids:
        return
    if dialect == "postgresql":
        column, source = SEARCH_COLUMNS[table]
        session.execute(
            sql(f"UPDATE {table} SET {column} = to_tsvector('simple', {source}) WHERE id = ANY(:ids)"),
            {"ids": ids},
        )
    else:
        session.execute(
            sql(f"INSERT INTO {table}_fts(rowid, terms) VALUES (:id, :t)"),
            [{"id": i, "t": t} for i, t in zip(ids, texts, strict=True)],
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
