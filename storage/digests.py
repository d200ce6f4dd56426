"""Group digests: subscriptions, which are due, and which articles a chat has not seen yet.

Exactly once per chat, across restarts and instances: a due subscription is claimed by moving its
`next_run_at` in the database (PostgreSQL: `FOR UPDATE SKIP LOCKED`; SQLite: a conditional UPDATE),
and a digest's articles are reserved in `digest_log` (unique per chat and article) in the same
transaction that advances the chat's watermark, before anything is sent. A send that fails gives the
reservation back (`release_digest`), so the next digest carries those articles instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, delete, select

from storage.db import Store
from storage.models import Article, Claim, DigestLog, Figure, Speaker, Subscription

BACKLOG = timedelta(days=1)  # a new subscription's first digest holds the last day's articles
MAX_ARTICLES = 50  # per digest; the rest wait for the next one


@dataclass(frozen=True)
class DigestClaim:
    speaker: str
    text: str
    type: str


@dataclass(frozen=True)
class DigestFigure:
    text: str
    value: float
    unit: str | None
    to_value: float | None
    change_pct: float | None
    subject: str | None


@dataclass(frozen=True)
class DigestArticle:
    id: int
    title: str | None
    url: str | None
    published: datetime | None
    text: str
    claims: tuple[DigestClaim, ...]
    figures: tuple[DigestFigure, ...]


@dataclass(frozen=True)
class Due:
    """A claimed subscription: where to post, and in which time zone."""

    chat_id: int
    thread_id: int | None
    schedule: str
    timezone: str


@dataclass(frozen=True)
class Reserved:
    chat_id: int
    articles: tuple[DigestArticle, ...]
    watermark_before: int


def subscribe(
    store: Store, chat_id: int, thread_id: int | None, schedule: str, timezone: str, next_run_at: datetime,
    now: datetime,
) -> bool:  # fmt: skip
    """Create or update a chat's subscription; True when it is new (or was inactive).

    A re-subscription keeps the watermark: nothing already delivered is sent again.
    """
    with store.session() as session:
        row = session.exec(select(Subscription).where(Subscription.chat_id == chat_id)).first()
        created = row is None or not row.active
        if row is None:
            row = Subscription(chat_id=chat_id, watermark_article_id=_backlog_start(session, now))
            session.add(row)
        row.thread_id, row.schedule, row.timezone = thread_id, schedule, timezone
        row.active, row.next_run_at = True, next_run_at
        return created


def _backlog_start(session: Session, now: datetime) -> int:
    older = session.exec(select(func.max(Article.id)).where(col(Article.ingested_at) < now - BACKLOG)).one()
    return older or 0


def unsubscribe(store: Store, chat_id: int) -> bool:
    """Stop a chat's digests (its watermark is kept for a later /subscribe); False if it had none."""
    with store.session() as session:
        row = session.exec(select(Subscription).where(Subscription.chat_id == chat_id)).first()
        if row is None or not row.active:
            return False
        row.active = False
        return True


def subscription_of(store: Store, chat_id: int) -> Subscription | None:
    with store.session() as session:
        return session.exec(
            select(Subscription).where(Subscription.chat_id == chat_id, col(Subscription.active))
        ).first()


def reschedule(store: Store, chat_id: int, timezone: str, next_run_at: datetime) -> None:
    """After a time-zone change: the same schedule at the new zone's wall-clock times."""
    with store.session() as session:
        row = session.exec(select(Subscription).where(Subscription.chat_id == chat_id)).first()
        if row is not None:
            row.timezone, row.next_run_at = timezone, next_run_at


def count_active_subscriptions(store: Store) -> int:
    with store.session() as session:
        return session.exec(
            select(func.count()).select_from(Subscription).where(col(Subscription.active))
        ).one()


def claim_due_subscriptions(
    store: Store, now: datetime, next_run_at: Callable[[Due], datetime], limit: int = 20
) -> list[Due]:
    """Subscriptions due at `now`, each claimed for this instance by setting its next run.

    `next_run_at(due)` computes the following run (from the schedule, after `now`).
    """
    if store.dialect == "postgresql":
        return _claim_locked(store, now, next_run_at, limit)
    with store.session() as session:
        rows = session.exec(_due(now, limit)).all()
    claimed = []
    for row in rows:
        due = Due(row.chat_id, row.thread_id, row.schedule, row.timezone)
        with store.session() as session:
            result = session.execute(
                update(Subscription)
                .where(col(Subscription.id) == row.id, col(Subscription.next_run_at) == row.next_run_at)
                .values(next_run_at=next_run_at(due))
            )
            if result.rowcount == 1:
                claimed.append(due)
    return claimed


def _claim_locked(
    store: Store, now: datetime, next_run_at: Callable[[Due], datetime], limit: int
) -> list[Due]:
    with store.session() as session:
        rows = session.exec(_due(now, limit).with_for_update(skip_locked=True)).all()
        claimed = []
        for row in rows:
            due = Due(row.chat_id, row.thread_id, row.schedule, row.timezone)
            row.next_run_at = next_run_at(due)
            claimed.append(due)
        return claimed


def _due(now: datetime, limit: int):
    return (
        select(Subscription)
        .where(col(Subscription.active), col(Subscription.next_run_at) <= now)
        .order_by(col(Subscription.next_run_at))
        .limit(limit)
    )


def reserve_digest(
    store: Store, chat_id: int, keep: Callable[[DigestArticle], bool], now: datetime
) -> Reserved:
    """Articles new to `chat_id` that pass `keep`, recorded as delivered before they are sent.

    Articles that `keep` refuses are passed over for good (the watermark moves past them). Two callers
    racing for the same chat: the second gets an empty digest, never the same articles.
    """
    try:
        with store.session() as session:
            sub = session.exec(
                select(Subscription).where(Subscription.chat_id == chat_id).with_for_update()
            ).first()
            if sub is None:
                return Reserved(chat_id, (), 0)
            before = sub.watermark_article_id
            candidates = new_articles_since(session, chat_id, before)
            kept = tuple(a for a in candidates if keep(a))
            for article in kept:
                session.add(DigestLog(chat_id=chat_id, article_id=article.id, sent_at=now))
            if candidates:
                sub.watermark_article_id = max(a.id for a in candidates)
            sub.last_digest_at = now
            session.flush()
            return Reserved(chat_id, kept, before)
    except IntegrityError:
        return Reserved(chat_id, (), 0)


def release_digest(store: Store, reserved: Reserved) -> None:
    """A digest that could not be sent: its articles go back to the chat's queue."""
    if not reserved.articles:
        return
    ids = [a.id for a in reserved.articles]
    with store.session() as session:
        session.exec(
            delete(DigestLog).where(
                col(DigestLog.chat_id) == reserved.chat_id, col(DigestLog.article_id).in_(ids)
            )
        )
        sub = session.exec(select(Subscription).where(Subscription.chat_id == reserved.chat_id)).first()
        if sub is not None:
            sub.watermark_article_id = min(sub.watermark_article_id, reserved.watermark_before)


def new_articles_since(session: Session, chat_id: int, watermark: int) -> list[DigestArticle]:
    """Articles above the watermark that this chat has not been sent, oldest first, with claims and figures."""
    delivered = select(DigestLog.article_id).where(DigestLog.chat_id == chat_id)
    articles = session.exec(
        select(Article)
        .where(col(Article.id) > watermark, col(Article.id).not_in(delivered))
        .order_by(col(Article.id))
        .limit(MAX_ARTICLES)
    ).all()
    if not articles:
        return []
    ids = [a.id for a in articles]
    claims: dict[int, list[DigestClaim]] = {i: [] for i in ids}
    for claim, name in session.exec(
        select(Claim, Speaker.name)
        .join(Speaker, col(Speaker.id) == col(Claim.speaker_id))
        .where(col(Claim.article_id).in_(ids))
        .order_by(col(Claim.article_id), col(Claim.position))
    ).all():
        claims[claim.article_id].append(DigestClaim(name, claim.text, claim.type))
    figures: dict[int, list[DigestFigure]] = {i: [] for i in ids}
    for fig in session.exec(
        select(Figure).where(col(Figure.article_id).in_(ids)).order_by(col(Figure.id))
    ).all():
        figures[fig.article_id].append(
            DigestFigure(fig.text, fig.value, fig.unit, fig.to_value, fig.change_pct, fig.subject)
        )
    return [
        DigestArticle(a.id, a.title, a.url, a.published, a.text, tuple(claims[a.id]), tuple(figures[a.id]))
        for a in articles
    ]
