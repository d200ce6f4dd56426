"""Articles with hand-made extractions, so storage and bot tests do not depend on the extractor."""

from __future__ import annotations

from datetime import datetime

from kutip.extract.model import Claim, Extraction, Figure, Speaker
from kutip.ingest.article import Article
from storage.articles import Saved, save_article
from storage.db import Store

LAVROV = Speaker("Sergei Lavrov", "person", "Menteri Luar Negeri Rusia", ("Lavrov",))
PUTIN = Speaker("Vladimir Putin", "person", "Presiden Rusia", ("Putin",))


def store_article(
    store: Store,
    title: str,
    quotes: tuple[tuple[Speaker, str], ...] = (),
    figures: tuple[tuple[str, float, str | None, float | None, str | None], ...] = (),
    url: str | None = None,
    published: datetime | None = None,
) -> Saved:
    """An article whose text is its title then one sentence per quote and figure, extracted as given."""
    text = title + "\n"
    claims = []
    for speaker, quote in quotes:
        sentence = f"“{quote},” kata {speaker.name}."
        start = len(text) + 1
        claims.append(
            Claim(
                speaker,
                "direct",
                quote,
                start,
                start + len(quote),
                sentence,
                len(text),
                len(text) + len(sentence),
            )
        )
        text += sentence + "\n"
    found = []
    for fig_text, value, unit, to_value, subject in figures:
        sentence = f"Nilai {subject or ''} {fig_text}."
        start = len(text) + sentence.index(fig_text)
        change = round((to_value - value) / value * 100, 2) if to_value else None
        found.append(
            Figure(fig_text, start, start + len(fig_text), value, unit, to_value, change, subject=subject)
        )
        text += sentence + "\n"
    extraction = Extraction(
        "id",
        claims=tuple(claims),
        figures=tuple(found),
        speakers=tuple(dict.fromkeys(c.speaker for c in claims)),
    )
    return save_article(store, Article(text, title=title, url=url, published=published), extraction, "test")
