"""feeds.py: RSS and Atom entries out, conditional polling, and feedparser never fetching by itself."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kutip.ingest.errors import FetchRefused, IngestError
from kutip.ingest.feeds import FeedEntry, apoll_feed, parse_feed, poll_feed
from kutip.ingest.fetch import FetchPolicy

from .conftest import DATA, FEED_ETAG, FEED_LAST_MODIFIED, LocalServer

POLICY = FetchPolicy(timeout=2.0)


def allowing(server: LocalServer) -> FetchPolicy:
    return replace(POLICY, allow_hosts=frozenset({server.host_port}))


def test_rss_entries() -> None:
    entries = parse_feed((DATA / "feed.rss").read_bytes(), "https://beritabaru.co/rss")
    assert entries == [
        FeedEntry(
            title="Menlu Rusia: Tidak Seperti AS, Rusia Siap Bekerja Sama Dengan Huawei",
            link="https://beritabaru.co/menlu-rusia-huawei-5g/",  # relative link resolved
            published=datetime(2020, 8, 24, 3, 15, tzinfo=UTC),
            summary="Lavrov mengatakan Rusia siap bekerja sama & tidak meniru AS.",  # no tags, no script
            guid="beritabaru-12345",
        ),
        FeedEntry(
            title="Huawei Janji Latih 35 Ribu Spesialis IT",
            link="https://beritabaru.co/huawei-latih-spesialis/",
            published=datetime(2020, 8, 23, 1, 0, tzinfo=UTC),
            summary="Huawei dan Sberbank akan melatih sekitar 35 ribu spesialis.",
            guid="https://beritabaru.co/huawei-latih-spesialis/",  # no <guid>: the link stands in
        ),
    ]


def test_atom_entries() -> None:
    entries = parse_feed((DATA / "feed.atom").read_bytes(), "https://news.example.com/world.atom")
    assert [e.guid for e in entries] == [
        "tag:news.example.com,2020:lavrov-huawei",
        "tag:news.example.com,2020:undated",
    ]
    first, undated = entries
    assert first.link == "https://news.example.com/world/lavrov-huawei"
    assert first.published == datetime(2020, 8, 24, 6, 30, tzinfo=UTC)  # published wins over updated
    assert first.summary == '"5G is an important issue for us," Lavrov said.'
    assert undated.published is None and undated.summary is None


def test_demo_feed_in_seeds_parses() -> None:
    seeds = Path(__file__).parents[2] / "seeds"
    entries = parse_feed((seeds / "demo-feed.xml").read_bytes(), "http://127.0.0.1:8000/demo-feed.xml")
    assert entries and all(e.link and e.link.startswith("http://127.0.0.1:8000/") for e in entries)
    assert all((seeds / e.link.rsplit("/", 1)[1]).exists() for e in entries if e.link)


def test_non_http_links_are_dropped() -> None:
    rss = b"""<rss version="2.0"><channel><title>t</title>
    <item><title>a</title><link>javascript:alert(1)</link><guid isPermaLink="false">g1</guid></item>
    <item><title>b</title><link>file:///etc/passwd</link></item></channel></rss>"""
    entries = parse_feed(rss, "https://x.example/rss")
    assert [e.link for e in entries] == [None, None]
    assert entries[0].guid == "g1"


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"<html><body><p>bukan feed</p></body></html>",
        b"/etc/passwd",
        b"http://127.0.0.1:1/feed",
        b"\x00\x01",
    ],
)
def test_non_feeds_are_refused_and_never_opened(body: bytes) -> None:
    """Handed a path or a URL as bytes, feedparser would read that file or URL: we give it BytesIO."""
    with pytest.raises(IngestError, match=r"^not an RSS or Atom feed$"):
        parse_feed(body, None)


def test_poll_then_not_modified(server: LocalServer) -> None:
    first = poll_feed(server.url("/feed.xml"), policy=allowing(server))
    assert not first.not_modified and len(first.entries) == 2
    assert (first.etag, first.last_modified) == (FEED_ETAG, FEED_LAST_MODIFIED)
    assert first.entries[0].link == server.url("/menlu-rusia-huawei-5g/")  # relative to the feed URL
    second = poll_feed(server.url("/feed.xml"), allowing(server), first.etag, first.last_modified)
    assert second.not_modified and second.entries == []
    assert second.etag == FEED_ETAG and second.last_modified == FEED_LAST_MODIFIED
    assert server.seen[1].headers["if-none-match"] == FEED_ETAG
    assert server.seen[1].headers["if-modified-since"] == FEED_LAST_MODIFIED


def test_poll_with_stale_validators_gets_the_feed(server: LocalServer) -> None:
    poll = poll_feed(server.url("/feed.xml"), allowing(server), '"old"', "Sun, 01 Jan 2017 00:00:00 GMT")
    assert not poll.not_modified and len(poll.entries) == 2


async def test_apoll_feed(server: LocalServer) -> None:
    poll = await apoll_feed(server.url("/feed.xml"), policy=allowing(server))
    assert len(poll.entries) == 2
    again = await apoll_feed(server.url("/feed.xml"), allowing(server), poll.etag)
    assert again.not_modified


def test_poll_of_a_local_feed_without_permission_is_refused(server: LocalServer) -> None:
    with pytest.raises(FetchRefused):
        poll_feed(server.url("/feed.xml"), policy=POLICY)
    assert server.seen == []


def test_poll_of_an_html_page_is_not_a_feed(server: LocalServer) -> None:
    with pytest.raises(IngestError, match=r"not an RSS or Atom feed"):
        poll_feed(server.url("/news"), policy=allowing(server))
