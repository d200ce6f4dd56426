"""Articles handed over as JSON: a `.json` file holding one object, a `.jsonl` file one a line.

The object is the form of the shared evaluation files and corpus (`eval/FORMAT.md`):

    {"text": "...", "title": "...", "published": "2025-10-22", "source": "detik.com (https://...)",
     "url": "https://...", "lang": "id"}

Only `text` is required; other fields (`id`, `claims`, `category`, ...) are ignored. The metadata is
the article's own, so it wins over what the text suggests: `title` over the first line, `published`
over the date the text states (unless it cannot be the article's: unreadable, tomorrow, 1970),
`url` (else the first http(s) address in `source`) over nothing, so de-duplication by URL works as
for fetched pages. A `source` naming a publication (`Berita Baru`, `detik.com (https://...)`) is
the outlet. A `lang` kutip has no lexicon for is left to detection.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

from kutip.extract.lexicon import LANGUAGES
from kutip.ingest.article import Article, canonical_url
from kutip.ingest.dates import parse_published, within_reason
from kutip.ingest.errors import IngestError
from kutip.ingest.files import decode_bytes, read_lines
from kutip.ingest.plain import article_from_text

_URL = re.compile(r"https?://[^\s()<>\"']+", re.IGNORECASE)
_REMARKS = re.compile(r"[(;\[]|https?://", re.IGNORECASE)  # what follows a publication's name
_FIELDS = ("title", "published", "source", "url", "lang")


def article_from_json(text: str) -> Article:
    """A `.json` file's text → Article; IngestError "not valid JSON: ... (line 3, column 40)" or a
    message naming the field that is wrong."""
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise IngestError(f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    return article_from_record(record)


def articles_from_jsonl(path: str, max_line_bytes: int) -> Iterator[tuple[str, Article | IngestError]]:
    """(`corpus.jsonl:12`, its Article or the IngestError that line fails with) for each non-blank line,
    read as it is stored so that a corpus of thousands of articles streams through in constant memory.

    A file that cannot be read at all is one failure under its own name.
    """
    try:
        for number, line in enumerate(read_lines(path, max_line_bytes), 1):
            label = f"{path}:{number}"
            if isinstance(line, IngestError):
                yield label, line
            elif line.strip():
                yield label, _article_from_line(line)
    except IngestError as exc:
        yield path, exc


def count_jsonl_articles(path: str) -> int:
    """How many results `articles_from_jsonl` will give (a progress bar's total); 1 for a file that
    cannot be read, which fails once."""
    try:
        return sum(1 for line in read_lines(path) if isinstance(line, IngestError) or line.strip())
    except IngestError:
        return 1


def article_from_record(record: object) -> Article:
    """One decoded JSON value → Article, or IngestError saying what the object lacks.

    `article_from_record({"text": "...Selasa (21/10/2025)...", "published": "10/21/2025 20:43",
    "source": "https://news.detik.com/berita/d-8171947/..."})` → Article(published=2025-10-21 20:43 UTC,
    url="https://news.detik.com/berita/d-8171947/...").
    """
    if not isinstance(record, dict):
        raise IngestError('not an article object: expected {"text": "...", "title": "...", ...}')
    text = record.get("text")
    if not isinstance(text, str):
        raise IngestError('no "text": an article object needs its text as a string')
    fields = {name: _string_field(record, name) for name in _FIELDS}
    article = article_from_text(text)
    url = _url(fields["url"], fields["source"])
    published = parse_published(fields["published"], article.published) if fields["published"] else None
    language = (fields["lang"] or "").lower()[:2]
    return replace(
        article,
        title=(fields["title"] or "").strip() or article.title,
        url=url,
        canonical_url=canonical_url(url) if url else None,
        outlet=_outlet(fields["source"]),
        published=within_reason(published, datetime.now(UTC)) or article.published,
        language=language if language in LANGUAGES else None,
    )


def _article_from_line(line: bytes) -> Article | IngestError:
    try:
        return article_from_record(json.loads(decode_bytes(line).strip()))
    except json.JSONDecodeError as exc:
        return IngestError(f"not valid JSON: {exc.msg} (column {exc.colno})")
    except IngestError as exc:
        return exc


def _string_field(record: dict, name: str) -> str | None:
    value = record.get(name)
    if value is not None and not isinstance(value, str):
        raise IngestError(f'"{name}" must be a string, not {type(value).__name__}')
    return value


def _url(url: str | None, source: str | None) -> str | None:
    """`url`, else the address in `source` (`detik.com (https://news.detik.com/...)`); a `url` that
    holds no http(s) address is refused, since the article would lose the key it is de-duplicated by."""
    if url and url.strip():
        found = _URL.search(url)
        if found is None:
            raise IngestError(f'"url" is not an http(s) address: {url.strip()[:80]}')
        return found[0]
    found = _URL.search(source or "")
    return found[0] if found else None


def _outlet(source: str | None) -> str | None:
    """The publication `source` names before any remark: `detik.com (https://...)` → `detik.com`,
    `USA Today; via PolNeAR corpus (...)` → `USA Today`; an address alone names none."""
    name = _REMARKS.split(source or "", maxsplit=1)[0]
    return " ".join(name.split()) or None
