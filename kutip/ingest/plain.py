"""Plain text → `Article`: a `.txt` file, standard input, a pasted message, a JSON article's `text`.

The first non-empty line doubles as the title, and the date the text states is the article's.
"""

from __future__ import annotations

from datetime import UTC, datetime

from kutip.ingest.article import Article, canonical_url
from kutip.ingest.dates import find_date
from kutip.ingest.errors import IngestError
from kutip.ingest.html import count_words

_MAX_TITLE = 200
# Even a headline has three words ("Ekspor batu bara naik"); fewer is a stray note or a slip of the
# keyboard (a one-character file), refused as a too-short page is. Pasted texts are short, so no more.
MIN_TEXT_WORDS = 3


def article_from_text(text: str, *, url: str | None = None) -> Article:
    """Plain text → Article; the first non-empty line doubles as the title (cut to 200 characters), and
    the date the text states (`Rabu (22/10/2025)`) is the article's."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip("\ufeff \t\n\f\v")
    if not text.strip():
        raise IngestError("empty: no text to read")
    if (words := count_words(text)) < MIN_TEXT_WORDS:
        raise IngestError(
            f"not a news article: only {words} words ({len(text)} characters) of text;"
            f" an article has at least {MIN_TEXT_WORDS} words"
        )
    first_line = next(line.strip() for line in text.splitlines() if line.strip())
    return Article(
        text=text,
        title=_shorten(first_line),
        url=url,
        canonical_url=canonical_url(url) if url else None,
        published=find_date(text, datetime.now(UTC)),
    )


def _shorten(line: str) -> str:
    """A pasted story with no headline has a paragraph as first line: cut it at a word boundary."""
    if len(line) <= _MAX_TITLE:
        return line
    return line[:_MAX_TITLE].rsplit(" ", 1)[0].rstrip(",;:") + "…"
