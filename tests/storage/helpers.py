"""Articles with hand-made extractions, so storage and bot tests do not depend on the extractor, and
real texts ingested as `kutip ingest` does, for the tests that follow a text to what readers see."""

from __future__ import annotations

from datetime import datetime

from kutip.extract import extract
from kutip.extract.model import Claim, Extraction, Figure, Speaker
from kutip.ingest.article import Article
from kutip.ingest.sources import article_from_text
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


def ingest_text(store: Store, text: str) -> Saved:
    """`kutip ingest` of a plain text: the first line is the title, the real extractor reads the rest."""
    article = article_from_text(text)
    return save_article(store, article, extract(article.text), "test")


# A CNBC Indonesia report (August 2025): its title holds a figure no one says, one sentence two figures.
BI_INFLATION = """BI Proyeksi Inflasi 2,5% di 2025-2026, Ini Alasannya
Bank Indonesia (BI) memperkirakan tren laju inflasi Indonesia di kisaran 2,5% pada 2025 dan 2026.

Berdasarkan data Badan Pusat Statistik (BPS), inflasi Juli sebesar 2,37% secara tahunan (yoy), naik dibandingkan Juli tahun lalu sebesar 2,13%. Menurut Direktur Departemen Kebijakan Ekonomi dan Moneter BI Juli Budi Winantya, inflasi masih tetap rendah dengan inflasi inti turun ke 2,32% dan inflasi volatile food masih terjaga sebesar 3,82%.

"Ke depan kita perkirakan inflasi masih tetap terjaga rendah, kita punya dalam sasaran 2,5% dengan deviasi 1%," kata Direktur Departemen Kebijakan Ekonomi dan Moneter BI Juli Budi Winantya dalam acara Pelatihan Wartawan Media Nasional di Yogyakarta, Jumat (22/8/2025).
"""

# An AP report (January 2016): figures said by a campaign and by its aides, in English.
SANDERS_FUNDS = """Bernie Sanders raises $33M; Is within $4M of Clinton's haul
Bernie Sanders raised more than $33million during the last three months of 2015 to underwrite his bid for the Democratic presidential nomination, his campaign announced Saturday.

Aides said more than 1 million donors made more than 2.5million contributions to Sanders' campaign, surpassing President Obama's previous record for individual contributions.
"""
