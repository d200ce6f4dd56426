"""A news web page → `Article`: the story's own paragraphs, without menus, ads, scripts or comments.

trafilatura does the hard part (main-content detection, metadata from meta tags and JSON-LD). We
add the news-specific rules: refuse pages with too little main text (a home page, a login wall, a
gallery), keep paragraphs apart with blank lines so sentence splitting never joins two of them,
and turn the page's date into an aware UTC datetime (the date its text states when the page has none).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from urllib.parse import urlsplit

from kutip.ingest.article import Article, canonical_url
from kutip.ingest.dates import find_date, parse_iso_or_text, within_reason
from kutip.ingest.errors import IngestError

# Below this a page is a teaser, an index or an error page, not a report with quotes in it.
MIN_CHARS = 300
MIN_WORDS = 40
_WORD = re.compile(r"[^\W\d_]{2,}")
_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*", re.IGNORECASE)
_OG_LOCALE = re.compile(
    rb"<meta\b[^>]*?property\s*=\s*[\"']og:locale[\"'][^>]*?content\s*=\s*[\"']([a-zA-Z]{2,3})", re.IGNORECASE
)
# Publication (not last-modified) date, with time and zone when the page gives them.
_DATE_PARAMS = {"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}
_LANGUAGE_ALIASES = {"in": "id"}  # "in" is the pre-1989 ISO code for Indonesian, still in old CMSes


def article_from_html(html: str | bytes, url: str | None = None) -> Article:
    """Extract the article from a page, or raise IngestError("not a news article: ...").

    `article_from_html(page_bytes, "https://beritabaru.co/menlu-rusia-huawei-5g/")` →
    Article(title="Menlu Rusia: ...", outlet="Berita Baru", published=2020-08-24 03:15 UTC, language="id").
    """
    if not html or not html.strip():
        raise IngestError("not a news article: the page is empty")
    import trafilatura  # heavy (lxml, justext, htmldate): only when a page is read

    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        date_extraction_params=_DATE_PARAMS,
    )
    if document is None:
        raise IngestError("not a news article: no main text found on the page")
    text = _paragraphs(document.text)
    _require_news_length(text)
    now = datetime.now(UTC)
    return Article(
        text=text,
        title=_clean(document.title),
        url=url,
        canonical_url=_canonical(document.url, url),
        outlet=_clean(document.sitename) or _clean(document.hostname),
        author=_clean(document.author),
        published=within_reason(parse_iso_or_text(document.date), now) or find_date(text, now),
        language=_language(html),
    )


def _paragraphs(text: str) -> str:
    """trafilatura puts one paragraph per line; a blank line between them is what the extractor reads."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def count_words(text: str) -> int:
    """Words as runs of two or more letters, so markup debris like `<<< / >>>` counts for nothing."""
    return len(_WORD.findall(text))


def _require_news_length(text: str) -> None:
    words = count_words(text)
    if len(text) < MIN_CHARS or words < MIN_WORDS:
        raise IngestError(
            f"not a news article: only {words} words ({len(text)} characters) of main text found;"
            f" a report has at least {MIN_WORDS} words and {MIN_CHARS} characters"
        )


def _canonical(page_canonical: str | None, url: str | None) -> str | None:
    """The page's own canonical link, but only on the host we fetched.

    A page may not claim another site's URL: that would let it shadow a real article in de-duplication.
    """
    if page_canonical and page_canonical.startswith(("http://", "https://")):
        fetched_host = urlsplit(url).hostname if url else None
        if fetched_host is None or urlsplit(page_canonical).hostname == fetched_host:
            return canonical_url(page_canonical)
    return canonical_url(url) if url else None


def _language(html: str | bytes) -> str | None:
    """`<html lang="id-ID">` or `og:locale` `id_ID` → "id"; None when the page does not say."""
    head = html[:20_000].encode("utf-8", "replace") if isinstance(html, str) else html[:20_000]
    for pattern in (_LANG, _OG_LOCALE):
        match = pattern.search(head)
        if match:
            code = match.group(1).decode("ascii").lower()
            return _LANGUAGE_ALIASES.get(code, code)
    return None


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else ""
    return value or None
