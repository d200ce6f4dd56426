"""Feeds an admin added, and which of them are due for polling.

Due feeds are claimed in the database (their `next_poll_at` pushed forward by a lease) so that with
several bot instances each poll runs on one of them; success or failure then sets the real next time.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import update
from sqlmodel import col, select

from kutip.ingest.article import canonical_url
from storage.db import Store
from storage.models import Article, Feed


def add_feed(store: Store, url: str, added_by: int | None, now: datetime) -> tuple[Feed, bool]:
    """The feed for `url` and whether it is new; a new feed is due at once."""
    with store.session() as session:
        row = session.exec(select(Feed).where(Feed.url == url)).first()
        if row is not None:
            return row, False
        row = Feed(url=url, added_by=added_by, next_poll_at=now)
        session.add(row)
        session.flush()
        return row, True


def list_feeds(store: Store) -> list[Feed]:
    with store.session() as session:
        return list(session.exec(select(Feed).order_by(col(Feed.id))).all())


def remove_feed(store: Store, feed_id: int) -> Feed | None:
    with store.session() as session:
        row = session.get(Feed, feed_id)
        if row is not None:
            session.delete(row)
        return row


def claim_due_feeds(store: Store, now: datetime, lease: timedelta, limit: int = 10) -> list[Feed]:
    """Feeds due at `now`, each claimed by moving `next_poll_at` to `now + lease` only if nobody else did."""
    with store.session() as session:
        due = session.exec(
            select(Feed.id, Feed.next_poll_at)
            .where(col(Feed.next_poll_at).is_(None) | (col(Feed.next_poll_at) <= now))
            .order_by(col(Feed.next_poll_at))
            .limit(limit)
        ).all()
    claimed = []
    for feed_id, seen in due:
        with store.session() as session:
            result = session.execute(
                update(Feed)
                .where(col(Feed.id) == feed_id)
                .where(col(Feed.next_poll_at).is_(None) if seen is None else col(Feed.next_poll_at) == seen)
                .values(next_poll_at=now + lease)
            )
            if result.rowcount == 1:
                claimed.append(session.get(Feed, feed_id))
    return claimed


def record_feed_success(
    store: Store, feed_id: int, now: datetime, next_poll_at: datetime, etag: str | None,
    last_modified: str | None, title: str | None,
) -> None:  # fmt: skip
    with store.session() as session:
        row = session.get(Feed, feed_id)
        if row is None:
            return
        row.failures, row.last_error = 0, None
        row.last_polled_at, row.next_poll_at = now, next_poll_at
        row.etag, row.last_modified = etag, last_modified
        row.title = title or row.title


def record_feed_failure(store: Store, feed_id: int, now: datetime, error: str, backoff: timedelta) -> int:
    """Count a failed poll and push the next one back; returns the number of failures in a row."""
    with store.session() as session:
        row = session.get(Feed, feed_id)
        if row is None:
            return 0
        row.failures += 1
        row.last_error = error[:500]
        row.last_polled_at = now
        row.next_poll_at = now + backoff * (2 ** min(row.failures - 1, 6))  # at most 64 intervals
        return row.failures


def article_with_url_exists(store: Store, url: str) -> bool:
    """Whether a feed entry's link was read before: no need to fetch it again."""
    with store.session() as session:
        return (
            session.exec(select(Article.id).where(Article.canonical_url == canonical_url(url))).first()
            is not None
        )
