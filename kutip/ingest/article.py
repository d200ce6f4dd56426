"""An article as kutip keeps it, whatever it came from (file, URL, pasted text, feed entry)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_SPACE = re.compile(r"\s+")
# Query parameters that only track the reader; two links differing in them are the same article.
_TRACKING_PARAMS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ref", "_ga")


@dataclass(frozen=True)
class Article:
    """The text is what extraction reads; everything else is metadata for answers and digests."""

    text: str
    title: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: datetime | None = None
    language: str | None = None

    @cached_property  # computed once: the duplicate check and the insert both need it
    def content_hash(self) -> str:
        return content_hash(self.text)


def normalise_text(text: str) -> str:
    """NFKC and collapsed whitespace: the same story pasted twice or re-wrapped hashes the same."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def canonical_url(url: str) -> str:
    """`HTTPS://Example.com:443/a/?utm_source=x#top` → `https://example.com/a`: one key per article."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING_PARAMS)
    ]
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((scheme, host, path, urlencode(sorted(query)), ""))
