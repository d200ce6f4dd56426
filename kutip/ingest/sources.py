"""Turn one CLI input (a .txt file or `-`) into an Article. (First cut: files and stdin only.)"""

from __future__ import annotations

import sys

from kutip.ingest.article import Article
from kutip.ingest.errors import IngestError
from kutip.ingest.files import decode_bytes, read_text_file


def load_input(item: str, policy: object = None) -> Article:
    text = decode_bytes(sys.stdin.buffer.read()) if item == "-" else read_text_file(item)
    return article_from_pasted_text(text)


def article_from_pasted_text(text: str) -> Article:
    if not text.strip():
        raise IngestError("empty text")
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return Article(text=text, title=title)
