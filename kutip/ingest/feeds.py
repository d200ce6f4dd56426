"""RSS and Atom feeds → entries to read, polled politely with conditional requests.

feedparser only ever parses bytes we fetched through fetch.py: given a URL string it would download
it itself (bypassing every address check), and given a string or bytes that happen to name a local
path it would open that file. So we always hand it a BytesIO.
"""

from __future__ import annotations

import calendar
import html
import io
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

from kutip.ingest.dates import parse_iso_or_text
from kutip.ingest.errors import IngestError
from kutip.ingest.fetch import FetchedPage, FetchPolicy, afetch, fetch

_TAG = re.compile(r"<[^>]*>")
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed: enough to decide whether to fetch and read the article behind it."""

    title: str | None
    link: str | None  # absolute; None when the entry has no http(s) link
    published: datetime | None  # aware UTC
    summary: str | None  # plain text, tags and entities removed
    guid: str  # the entry's id, or its link when it has none: the key for "seen already"


@dataclass(frozen=True)
class FeedPoll:
    """The result of one poll. Store `etag`/`last_modified` and pass them to the next poll."""

    entries: list[FeedEntry]
    etag: str | None
    last_modified: str | None
    not_modified: bool


def parse_feed(body: bytes, base_url: str | None = None) -> list[FeedEntry]:
    """RSS 0.9x/1.0/2.0 or Atom bytes → entries, with relative links resolved against `base_url`.

    `<link>/menlu-rusia-huawei-5g/</link>` in a feed from https://beritabaru.co/rss →
    FeedEntry(link="https://beritabaru.co/menlu-rusia-huawei-5g/", ...). Bytes that are no feed at
    all raise IngestError("not an RSS or Atom feed").
    """
    import feedparser  # only when a feed is read

    headers = {"content-location": base_url} if base_url else {}
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers, resolve_relative_uris=True)
    if not parsed.get("version") and not parsed.entries:
        raise IngestError("not an RSS or Atom feed")
    return [_entry(raw, base_url) for raw in parsed.entries]


def poll_feed(
    url: str, policy: FetchPolicy, etag: str | None = None, last_modified: str | None = None
) -> FeedPoll:
    """Fetch `url` if it changed since the poll that returned `etag`/`last_modified`."""
    return _poll_result(fetch(url, policy, etag=etag, last_modified=last_modified))


async def apoll_feed(
    url: str, policy: FetchPolicy, etag: str | None = None, last_modified: str | None = None
) -> FeedPoll:
    """`poll_feed` for the bot's job queue."""
    page = await afetch(url, policy, etag=etag, last_modified=last_modified)
    return _poll_result(page)


def _poll_result(page: FetchedPage) -> FeedPoll:
    entries = [] if page.not_modified else parse_feed(page.body, page.final_url)
    return FeedPoll(entries, page.etag, page.last_modified, page.not_modified)


def _entry(raw: Any, base_url: str | None) -> FeedEntry:
    link = raw.get("link")
    if link:
        link = urljoin(base_url or "", link.strip())
        if not link.startswith(("http://", "https://")):
            link = None
    guid = (raw.get("id") or link or raw.get("title") or "").strip()
    return FeedEntry(
        title=_plain(raw.get("title")),
        link=link,
        published=_published(raw),
        summary=_plain(raw.get("summary")),
        guid=guid,
    )


def _published(raw: Any) -> datetime | None:
    """feedparser's *_parsed fields are UTC struct_times; the raw string is the fallback."""
    for key in ("published_parsed", "updated_parsed"):
        parsed = raw.get(key)
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), UTC)
    return parse_iso_or_text(raw.get("published") or raw.get("updated"))


def _plain(value: str | None) -> str | None:
    """`<p>Lavrov <b>siap</b> &amp; ...</p>` → "Lavrov siap & ..."."""
    if not value:
        return None
    text = " ".join(html.unescape(_TAG.sub(" ", _SCRIPT.sub(" ", value))).split())
    return text or None
