"""Group digests: subscriptions, which are due, and which articles a chat has not seen yet.

Exactly once per chat, across restarts and instances: a due subscription is claimed by moving its
`next_run_at` in the database (PostgreSQL: `FOR UPDATE SKIP LOCKED`; SQLite: the write transaction
begins IMMEDIATE, so no other writer runs between the read and the update), and a digest's articles
are reserved in `digest_log` (unique per chat and article) in the same transaction that advances the
chat's watermark, before anything is sent. A send that fails gives the reservation back
(`release_digest`), so the next digest carries those articles instead.

Fan-out to thousands of chats works in batches: one transaction claims a batch, one reserves it. Chats
with the same watermark share one read of the new articles, and chats that also share filters share
one pass of the filter over them (and so the same tuple of articles, composed once by the caller).

Copies of one syndicated story (`article.related_to_id`) in the same digest are listed once: the
others ride along in the first one's `also`, and are recorded as delivered with it. A copy of a story
the chat already had in an earlier digest is recorded as delivered and not shown at all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import func, insert, or_
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, delete, select

from storage.db import Store
from storage.models import Article, Chat, ChatFilter, Claim, DigestLog, Figure, Speaker, Subscription

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
    outlet: str | None
    story_id: int  # the first stored copy of its story (its own id unless it is a copy)
    also: tuple[DigestArticle, ...] = ()  # other outlets' copies of the story, in this digest


def one_per_story(articles: tuple[DigestArticle, ...]) -> tuple[DigestArticle, ...]:
    """Each story once, where its first copy stands; the later copies join that one's `also`."""
    first: dict[int, int] = {}  # story id → its place in `kept`
    kept: list[DigestArticle] = []
    for article in articles:
        if article.story_id in first:
            at = first[article.story_id]
            kept[at] = replace(kept[at], also=(*kept[at].also, article))
        else:
            first[article.story_id] = len(kept)
            kept.append(article)
    return tuple(kept)


def delivered_ids(articles: tuple[DigestArticle, ...]) -> list[int]:
    """Every article a digest carries, copies in `also` included."""
    return [i for a in articles for i in (a.id, *(c.id for c in a.also))]


@dataclass(frozen=True)
class Due:
    """A claimed subscription: where to post, and in which time zone."""

    chat_id: int
    thread_id: int | None
    schedule: str
    timezone: str


@dataclass(frozen=True)
class Reserved:
    """A chat's digest, recorded as delivered. Chats that share watermark and filters share `articles`."""

    chat_id: int
    articles: tuple[DigestArticle, ...]
    watermark_before: int
    language: str | None = None


ChatFilters = tuple[tuple[str, ...], tuple[str, ...]]  # (include terms, exclude terms), as storage.chats
Keep = Callable[[ChatFilters, DigestArticle], bool]


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
    """Up to `limit` subscriptions due at `now`, each claimed for this instance by setting its next run.

    `next_run_at(due)` computes the following run (from the schedule, after `now`). Rows another
    instance is claiming are skipped (PostgreSQL) or waited for (SQLite's single writer).
    """
    with store.session() as session:
        rows = session.exec(
            select(Subscription)
            .where(col(Subscription.active), col(Subscription.next_run_at) <= now)
            .order_by(col(Subscription.next_run_at))
            .limit(limit)
            .with_for_update(skip_locked=True)
        ).all()
        claimed = []
        for row in rows:
            due = Due(row.chat_id, row.thread_id, row.schedule, row.timezone)
            row.next_run_at = next_run_at(due)
            claimed.append(due)
        return claimed


def reserve_digest(
    store: Store, chat_id: int, keep: Callable[[DigestArticle], bool], now: datetime
) -> Reserved:
    """Articles new to `chat_id` that pass `keep`, recorded as delivered before they are sent.

    Articles that `keep` refuses are passed over for good (the watermark moves past them). Two callers
    racing for the same chat: the second gets an empty digest, never the same articles.
    """
    return reserve_digests(store, [chat_id], lambda _filters, article: keep(article), now)[0]


def reserve_digests(store: Store, chat_ids: Sequence[int], keep: Keep, now: datetime) -> list[Reserved]:
    """`reserve_digest` for many chats in one transaction; `keep(chat's filters, article)` filters.

    One result per chat id, in order; a chat without a subscription gets an empty digest.
    """
    try:
        with store.session() as session:
            return _reserve(session, chat_ids, keep, now)
    except IntegrityError:  # a row delivered under us (only possible on unusual histories): chat by chat
        if len(chat_ids) == 1:
            return [Reserved(chat_ids[0], (), 0)]
        return [r for chat_id in chat_ids for r in reserve_digests(store, [chat_id], keep, now)]


def preview_digest(store: Store, chat_id: int, keep: Keep, now: datetime) -> Reserved:
    """What `reserve_digests` would give `chat_id` now, recorded nowhere: the very same selection
    (filters, copies, the 50-article cap), run in a transaction that is rolled back."""
    with store.sessions() as session:
        try:
            return _reserve(session, [chat_id], keep, now)[0]
        finally:
            session.rollback()


def _reserve(session: Session, chat_ids: Sequence[int], keep: Keep, now: datetime) -> list[Reserved]:
    subs = {
        s.chat_id: s
        for s in session.exec(
            select(Subscription)
            .where(col(Subscription.chat_id).in_(chat_ids))
            .order_by(col(Subscription.chat_id))  # one lock order for every instance
            .with_for_update()
        ).all()
    }
    ids = list(subs)
    filters, languages = _digest_settings(session, ids)
    ahead = _delivered_above_watermark(session, ids)
    candidates: dict[tuple[int, frozenset[int]], list[int]] = {}
    for chat_id, sub in subs.items():
        group = (sub.watermark_article_id, ahead.get(chat_id, frozenset()))
        if group not in candidates:
            candidates[group] = _new_article_ids(session, *group)
    articles = _digest_articles(session, sorted({i for found in candidates.values() for i in found}))
    told = _stories_told(session, ids, {a.story_id for a in articles.values() if a.story_id != a.id})
    kept_by_group: dict[tuple, tuple[tuple[DigestArticle, ...], list[int]]] = {}
    passes: dict[tuple[ChatFilters, int], bool] = {}
    log_rows = []
    reserved = {}
    for chat_id, sub in subs.items():
        group = (sub.watermark_article_id, ahead.get(chat_id, frozenset()))
        chat_filters = filters.get(chat_id, ((), ()))
        chat_told = told.get(chat_id, frozenset())
        key = (*group, chat_filters, chat_told)
        if key not in kept_by_group:
            for i in candidates[group]:
                if (chat_filters, i) not in passes:
                    passes[chat_filters, i] = keep(chat_filters, articles[i])
            passed = [articles[i] for i in candidates[group] if passes[chat_filters, i]]
            kept_by_group[key] = (
                one_per_story(tuple(a for a in passed if a.story_id not in chat_told)),
                [a.id for a in passed if a.story_id in chat_told],  # logged, never shown
            )
        kept, retold = kept_by_group[key]
        log_rows += [
            {"chat_id": chat_id, "article_id": i, "sent_at": now} for i in [*delivered_ids(kept), *retold]
        ]
        reserved[chat_id] = Reserved(chat_id, kept, sub.watermark_article_id, languages.get(chat_id))
        if candidates[group]:
            sub.watermark_article_id = max(candidates[group])
        sub.last_digest_at = now
    if log_rows:
        session.execute(insert(DigestLog), log_rows)
    session.flush()
    return [reserved.get(chat_id, Reserved(chat_id, (), 0)) for chat_id in chat_ids]


def _digest_settings(session: Session, chat_ids: list[int]) -> tuple[dict[int, ChatFilters], dict[int, str]]:
    """Filters (as `storage.chats.chat_filters` gives them) and language of many chats at once."""
    terms: dict[int, tuple[list[str], list[str]]] = {}
    for chat_id, mode, term in session.exec(
        select(ChatFilter.chat_id, ChatFilter.mode, ChatFilter.term)
        .where(col(ChatFilter.chat_id).in_(chat_ids))
        .order_by(col(ChatFilter.id))
    ).all():
        include, exclude = terms.setdefault(chat_id, ([], []))
        (include if mode == "include" else exclude).append(term)
    filters = {c: (tuple(i), tuple(e)) for c, (i, e) in terms.items()}
    languages = session.exec(
        select(Chat.id, Chat.language).where(col(Chat.id).in_(chat_ids), col(Chat.language).is_not(None))
    ).all()
    return filters, dict(languages)


def _delivered_above_watermark(session: Session, chat_ids: list[int]) -> dict[int, frozenset[int]]:
    """Articles above a chat's watermark already in its log: only after a digest was given back
    (`release_digest` lowers the watermark below a later digest's articles). Usually empty."""
    rows = session.exec(
        select(DigestLog.chat_id, DigestLog.article_id)
        .join(Subscription, col(Subscription.chat_id) == col(DigestLog.chat_id))
        .where(
            col(DigestLog.chat_id).in_(chat_ids),
            col(DigestLog.article_id) > col(Subscription.watermark_article_id),
        )
    ).all()
    found: dict[int, set[int]] = {}
    for chat_id, article_id in rows:
        found.setdefault(chat_id, set()).add(article_id)
    return {c: frozenset(ids) for c, ids in found.items()}


def _stories_told(session: Session, chat_ids: list[int], stories: set[int]) -> dict[int, frozenset[int]]:
    """Which of `stories` each chat already had in a digest, through any copy of them: a copy of a
    story delivered yesterday is not news today. Only stories with a new copy are looked at."""
    if not stories:
        return {}
    story = func.coalesce(Article.related_to_id, Article.id)
    rows = session.exec(
        select(DigestLog.chat_id, story)
        .join(Article, col(Article.id) == col(DigestLog.article_id))
        .where(
            col(DigestLog.chat_id).in_(chat_ids),
            col(DigestLog.article_id).in_(
                select(Article.id).where(
                    or_(col(Article.id).in_(stories), col(Article.related_to_id).in_(stories))
                )
            ),
        )
    ).all()
    found: dict[int, set[int]] = {}
    for chat_id, story_id in rows:
        found.setdefault(chat_id, set()).add(story_id)
    return {c: frozenset(s) for c, s in found.items()}


def _new_article_ids(session: Session, watermark: int, delivered: frozenset[int]) -> list[int]:
    """The first MAX_ARTICLES article ids above the watermark, skipping those already delivered."""
    ids = session.exec(
        select(Article.id)
        .where(col(Article.id) > watermark)
        .order_by(col(Article.id))
        .limit(MAX_ARTICLES + len(delivered))
    ).all()
    return [i for i in ids if i not in delivered][:MAX_ARTICLES]


def release_digest(store: Store, reserved: Reserved) -> None:
    """A digest that could not be sent: its articles go back to the chat's queue."""
    if not reserved.articles:
        return
    ids = delivered_ids(reserved.articles)
    with store.session() as session:
        session.exec(
            delete(DigestLog).where(
                col(DigestLog.chat_id) == reserved.chat_id, col(DigestLog.article_id).in_(ids)
            )
        )
        sub = session.exec(select(Subscription).where(Subscription.chat_id == reserved.chat_id)).first()
        if sub is not None:
            sub.watermark_article_id = min(sub.watermark_article_id, reserved.watermark_before)


def _digest_articles(session: Session, ids: list[int]) -> dict[int, DigestArticle]:
    """Articles by id with their claims (in order) and figures, in three queries whatever their number."""
    if not ids:
        return {}
    claims: dict[int, list[DigestClaim]] = {i: [] for i in ids}
    figures: dict[int, list[DigestFigure]] = {i: [] for i in ids}
    found = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for claim, name in session.exec(
            select(Claim, Speaker.name)
            .join(Speaker, col(Speaker.id) == col(Claim.speaker_id))
            .where(col(Claim.article_id).in_(chunk))
            .order_by(col(Claim.article_id), col(Claim.position))
        ).all():
            claims[claim.article_id].append(DigestClaim(name, claim.text, claim.type))
        for fig in session.exec(
            select(Figure).where(col(Figure.article_id).in_(chunk)).order_by(col(Figure.id))
        ).all():
            figures[fig.article_id].append(
                DigestFigure(fig.text, fig.value, fig.unit, fig.to_value, fig.change_pct, fig.subject)
            )
        for a in session.exec(select(Article).where(col(Article.id).in_(chunk))).all():
            found[a.id] = DigestArticle(
                a.id,
                a.title,
                a.url,
                a.published,
                a.text,
                tuple(claims[a.id]),
                tuple(figures[a.id]),
                a.outlet,
                a.related_to_id or a.id,
            )
    return found
