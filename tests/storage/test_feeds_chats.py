"""Feeds (claimed for polling once, backing off on failure) and chats (time zone, filters)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storage.chats import (
    add_chat_filter,
    chat_filters,
    chat_timezone,
    clear_chat_filters,
    remember_chat,
    set_chat_timezone,
)
from storage.feeds import (
    add_feed,
    claim_due_feeds,
    list_feeds,
    record_feed_failure,
    record_feed_success,
    remove_feed,
)

NOW = datetime(2024, 5, 1, 1, 0, tzinfo=UTC)
LEASE = timedelta(minutes=5)


def test_feed_lifecycle(store):
    feed, created = add_feed(store, "https://example.com/rss", 1, NOW)
    assert created and not add_feed(store, "https://example.com/rss", 1, NOW)[1]
    assert [f.id for f in claim_due_feeds(store, NOW, LEASE)] == [feed.id]
    assert claim_due_feeds(store, NOW, LEASE) == []  # leased
    assert [f.id for f in claim_due_feeds(store, NOW + LEASE, LEASE)] == [feed.id]

    assert record_feed_failure(store, feed.id, NOW, "timed out", timedelta(minutes=15)) == 1
    assert record_feed_failure(store, feed.id, NOW, "timed out", timedelta(minutes=15)) == 2
    (row,) = list_feeds(store)
    assert (row.failures, row.last_error, row.next_poll_at) == (2, "timed out", NOW + timedelta(minutes=30))

    record_feed_success(
        store, feed.id, NOW, NOW + timedelta(minutes=15), '"abc"', "Wed, 01 May 2024", "Berita"
    )
    (row,) = list_feeds(store)
    assert (row.failures, row.etag, row.title) == (0, '"abc"', "Berita")
    assert remove_feed(store, feed.id) is not None
    assert remove_feed(store, feed.id) is None
    assert list_feeds(store) == []


def test_chat_timezone_and_filters(store):
    remember_chat(store, -100, "supergroup", "Redaksi")
    assert chat_timezone(store, -100) is None
    set_chat_timezone(store, -100, "Asia/Makassar")
    remember_chat(store, -100, "supergroup", "Redaksi baru")
    assert chat_timezone(store, -100) == "Asia/Makassar"

    assert add_chat_filter(store, -100, "include", "lavrov")
    assert not add_chat_filter(store, -100, "include", "lavrov")
    assert add_chat_filter(store, -100, "exclude", "olahraga")
    assert chat_filters(store, -100) == (("lavrov",), ("olahraga",))
    assert clear_chat_filters(store, -100) == 2
    assert chat_filters(store, -100) == ((), ())
