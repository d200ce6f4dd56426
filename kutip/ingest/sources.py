"""Whatever a user hands kutip — a path, a URL, `-`, a pasted message — becomes an `Article`: one,
or one a line for a `.jsonl` file (`kutip.ingest.json_articles`).

This is the single entry the CLI (`kutip ingest a.txt b.html c.json d.jsonl https://... -`) and the bot use, so
every way an input can be wrong ends here as an IngestError with a one-line message, never a
traceback: "no such file", "binary file, not text", "empty: no text to read", "refused http://...".
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from kutip.ingest.article import Article
from kutip.ingest.errors import IngestError
from kutip.ingest.fetch import FetchedPage, FetchPolicy, afetch, fetch
from kutip.ingest.files import decode_bytes, read_file_bytes
from kutip.ingest.html import article_from_html
from kutip.ingest.json_articles import article_from_json, articles_from_jsonl, count_jsonl_articles
from kutip.ingest.plain import article_from_text

_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_TEXT_SUFFIXES = frozenset({".txt", ".text"})
_JSON_SUFFIX, _JSONL_SUFFIX = ".json", ".jsonl"
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_LOOKS_HTML = re.compile(r"<(?:!doctype\s+html|html|head|body|article|p|div)\b", re.IGNORECASE)


def load_inputs(item: str, policy: FetchPolicy) -> Iterator[tuple[str, Article | IngestError]]:
    """Every article one CLI argument holds, each with the name its result is shown under: the
    argument itself, or `corpus.jsonl:12` for each line of a `.jsonl` file, where a bad line fails
    alone. A `.jsonl` file is read a line at a time, so `policy.max_bytes` caps each line, not the file.
    """
    if _is_local_jsonl(item):
        yield from articles_from_jsonl(item.strip(), policy.max_bytes)
        return
    try:
        yield item, load_input(item, policy)
    except IngestError as exc:
        yield item, exc


def count_articles(items: list[str]) -> int:
    """How many results `load_inputs` gives for `items`, for a progress bar: a `.jsonl` file's
    non-blank lines are counted (read once more, a line at a time), everything else is one."""
    return sum(count_jsonl_articles(item.strip()) if _is_local_jsonl(item) else 1 for item in items)


def _is_local_jsonl(item: str) -> bool:
    """`corpus.jsonl` is read a line at a time; `https://.../x.jsonl` is a page like any other."""
    item = item.strip()
    return Path(item).suffix.lower() == _JSONL_SUFFIX and (not _SCHEME.match(item) or Path(item).exists())


def load_input(item: str, policy: FetchPolicy, *, stdin: BinaryIO | None = None) -> Article:
    """One article from a file, a URL or `-`: `a.txt`, `b.html`, `c.json`, `https://...`, or `-`.

    `policy.max_bytes` caps files and stdin as well as downloads: a 5 MB "article" is a mistake.
    `load_input("seeds/beritabaru-lavrov-huawei-5g.txt").title` → "Menlu Rusia: Tidak Seperti AS, ...".
    """
    item = item.strip()
    if not item:
        raise IngestError("empty input: give a file, a URL or - for standard input")
    if item == "-":
        return _article_from_bytes(_read_stdin(stdin, policy.max_bytes), suffix="")
    if _SCHEME.match(item) and not Path(item).exists():
        # http(s) is fetched; file:, ftp:, data: ... are refused by fetch with a message saying so.
        return article_from_page(fetch(item, policy))
    return _article_from_bytes(read_file_bytes(item, policy.max_bytes), suffix=Path(item).suffix.lower())


async def aload_url(url: str, policy: FetchPolicy) -> Article:
    """The bot's way to read a link someone sent: same checks as `load_input`, without blocking the loop.

    Extraction of the page (trafilatura, CPU-bound) runs in the caller's thread; wrap the call in
    `asyncio.to_thread` if pages are large.
    """
    return article_from_page(await afetch(url.strip(), policy))


def article_from_page(page: FetchedPage) -> Article:
    """A fetched page → Article; a feed URL is pointed to the feed command instead of misread."""
    if page.content_type in _HTML_TYPES:
        # Without a declared charset trafilatura reads <meta charset> from the bytes itself.
        return article_from_html(_decode(page) if page.charset else page.body, page.final_url)
    is_xml = page.content_type.endswith("xml")
    if page.content_type in _FEED_TYPES or (is_xml and _looks_like_feed(page.body)):
        raise IngestError("this is a news feed, not an article: subscribe to it as a feed instead")
    if is_xml:
        return article_from_html(_decode(page), page.final_url)
    return article_from_text(_decode(page), url=page.final_url)


def article_from_pasted_text(text: str) -> Article:
    """A message pasted into the bot: its first non-empty line is the title, all of it is the text.

    `article_from_pasted_text("Lavrov: Rusia siap\\n\\n“5G adalah masalah penting,” tegasnya.")`
    → Article(title="Lavrov: Rusia siap", text=<both lines>).
    """
    return article_from_text(text)


def article_from_file(data: bytes, name: str) -> Article:
    """A file's bytes → Article, read as its name says (`.json`, `.html`, `.txt`, or sniffed): for a
    file sent to the bot, which has its bytes and no path."""
    return _article_from_bytes(data, suffix=Path(name).suffix.lower())


def _article_from_bytes(data: bytes, *, suffix: str) -> Article:
    text = decode_bytes(data)
    if not text.strip():
        raise IngestError("empty: no text to read")
    if suffix == _JSON_SUFFIX:
        return article_from_json(text)
    if suffix in _HTML_SUFFIXES or (suffix not in _TEXT_SUFFIXES and looks_like_html(text)):
        return article_from_html(text, None)
    return article_from_text(text)


def looks_like_html(text: str) -> bool:
    """Sniff a file with an unhelpful name (`artikel.dat`, stdin): markup in its first 4 KB."""
    return bool(_LOOKS_HTML.search(text[:4096]))


def _looks_like_feed(body: bytes) -> bool:
    head = body[:2048].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def _read_stdin(stdin: BinaryIO | None, max_bytes: int) -> bytes:
    stream = stdin if stdin is not None else sys.stdin.buffer
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise IngestError(f"standard input too large (over {max_bytes:,} bytes)")
    return data


def _decode(page: FetchedPage) -> str:
    """The server's declared charset first; otherwise BOM, UTF-8, then Windows-1252 as for files."""
    if page.charset:
        try:
            return page.body.decode(page.charset, errors="replace")
        except LookupError:
            pass  # an unknown charset name ("utf8mb4") is no reason to refuse the page
    return decode_bytes(page.body)
