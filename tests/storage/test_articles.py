"""Storing articles: whole or not at all, de-duplicated, copies of a story linked, aware datetimes, speakers merged across articles."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlmodel import select

from kutip.extract.model import Claim, Extraction, Figure, Speaker
from kutip.ingest.article import Article
from storage.articles import save_article
from storage.models import Article as ArticleRow
from storage.models import Claim as ClaimRow
from storage.models import Speaker as SpeakerRow
from storage.queries import counts

LAVROV = Speaker("Sergei Lavrov", "person", "Menteri Luar Negeri Rusia", ("Lavrov",))
SYNDICATED = Path(__file__).parent.parent / "ingest" / "data" / "syndicated"
TEXT = "“5G adalah masalah penting bagi kami, sama seperti di seluruh dunia,” tegas Sergei Lavrov. Nilainya US$ 392 juta."


def _claim(speaker: Speaker, text: str, sentence: str, kind: str = "direct") -> Claim:
    start = sentence.index(text)
    return Claim(speaker, kind, text, start, start + len(text), sentence, 0, len(sentence))


def _extraction(*claims: Claim, figures: tuple[Figure, ...] = ()) -> Extraction:
    return Extraction(
        "id", claims=claims, figures=figures, speakers=tuple(dict.fromkeys(c.speaker for c in claims))
    )


def test_new_database_reports_zeros(store):
    assert counts(store) == {
        "articles": 0,
        "claims": 0,
        "figures": 0,
        "speakers": 0,
        "feeds": 0,
        "subscriptions": 0,
    }


def test_article_stored_with_claims_figures_and_aware_dates(store):
    published = datetime(2020, 8, 24, 9, 30, tzinfo=timezone(timedelta(hours=7)))
    claim = _claim(LAVROV, "5G adalah masalah penting bagi kami, sama seperti di seluruh dunia", TEXT)
    start = TEXT.index("US$")
    figure = Figure("US$ 392 juta", start, start + 12, 392e6, "USD", claim_index=0)
    saved = save_article(
        store,
        Article(TEXT, title="Menlu Rusia", published=published),
        _extraction(claim, figures=(figure,)),
        "test",
    )
    assert (saved.duplicate, saved.claims, saved.figures, saved.speakers) == (False, 1, 1, ("Sergei Lavrov",))
    with store.session() as session:
        row = session.get(ArticleRow, saved.article_id)
        assert row.published == published and row.published.tzinfo is not None
        assert row.ingested_at.tzinfo is not None
        stored_claim = session.exec(select(ClaimRow)).one()
        assert stored_claim.text == claim.text and stored_claim.published == published


def test_a_date_after_the_day_it_is_stored_is_not_the_articles(store):
    """A page whose metadata claims 2099: the article has no date of its own, its claims the stored day."""
    claim = _claim(LAVROV, "5G adalah masalah penting bagi kami, sama seperti di seluruh dunia", TEXT)
    future = datetime(2099, 1, 1, tzinfo=UTC)
    saved = save_article(
        store, Article(TEXT, title="Menlu Rusia", published=future), _extraction(claim), "test"
    )
    with store.session() as session:
        row = session.get(ArticleRow, saved.article_id)
        assert row.published is None
        assert session.exec(select(ClaimRow)).one().published == row.ingested_at


def test_same_text_or_same_url_is_a_duplicate(store):
    first = save_article(store, Article(TEXT, url="https://news.example/a?utm_source=x"), _extraction(), None)
    rewrapped = TEXT.replace(" ", "  \n", 3)
    again = save_article(store, Article(rewrapped), _extraction(), None)
    same_url = save_article(
        store, Article("Another text entirely.", url="https://NEWS.example/a/"), _extraction(), None
    )
    assert (again.duplicate, again.article_id, again.duplicate_reason) == (
        True,
        first.article_id,
        "same text",
    )
    assert (same_url.duplicate, same_url.duplicate_reason) == (True, "same URL")
    assert counts(store)["articles"] == 1


def test_failure_midway_stores_nothing(store):
    broken = Claim(LAVROV, "direct", "x", 0, 1, "x", 0, 1)
    figure = Figure("392", 0, 3, 392.0, claim_index=7)  # points at a claim that does not exist
    with pytest.raises(IndexError):
        save_article(store, Article(TEXT), _extraction(broken, figures=(figure,)), None)
    assert counts(store)["articles"] == 0 and counts(store)["claims"] == 0 and counts(store)["speakers"] == 0


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        (Speaker("Sergei Lavrov", aliases=("Lavrov",)), Speaker("Lavrov"), True),
        (Speaker("Lavrov"), Speaker("Sergei Lavrov"), True),
        (Speaker("Budi Karya Sumadi"), Speaker("Budi Arie Setiadi"), False),
        (Speaker("Sberbank", "organisation"), Speaker("Sberbang", "organisation"), True),
        (Speaker("Joko Widodo", aliases=("Jokowi",)), Speaker("Jokowi"), True),
        (Speaker("Huawei", "organisation"), Speaker("Xiaomi", "organisation"), False),
        # a person's campaign holds their name but is not them
        (Speaker("Jane Roe"), Speaker("Jane Roe's campaign", "organisation"), False),
        (Speaker("Jane Roe's campaign", "organisation"), Speaker("Roe"), False),
    ],
)
def test_speakers_merge_across_articles(store, first, second, merged):
    save_article(store, Article("Artikel pertama."), _extraction(_claim(first, "satu", "satu dua")), None)
    save_article(store, Article("Artikel kedua."), _extraction(_claim(second, "tiga", "tiga empat")), None)
    with store.session() as session:
        speakers = session.exec(select(SpeakerRow)).all()
    assert len(speakers) == (1 if merged else 2)
    if merged:
        longest = max((first.name, second.name), key=len)
        assert speakers[0].name == longest and speakers[0].claim_count == 2


def _story(name: str) -> Article:
    text = (SYNDICATED / f"{name}.txt").read_text(encoding="utf-8")
    return Article(text, title=text.split("\n", 1)[0], url=f"https://{name}.example/berita")


def test_a_syndicated_copy_is_stored_and_linked_to_the_first_copy(store):
    antara = save_article(store, _story("antara-bi-rate"), _extraction(), None)
    other_report = save_article(store, _story("tempo-bi-rate"), _extraction(), None)
    kompas = save_article(store, _story("kompas-bi-rate"), _extraction(), None)
    # a copy of the copy (another byline on Kompas's text) still points at the first copy
    retold = _story("kompas-bi-rate").text.replace("JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta -")
    liputan = save_article(store, Article(retold, url="https://liputan6.example/bi"), _extraction(), None)
    assert (antara.related_to, other_report.related_to) == (None, None)
    assert (kompas.duplicate, kompas.related_to) == (False, antara.article_id)
    assert liputan.related_to == antara.article_id
    with store.session() as session:
        assert session.get(ArticleRow, kompas.article_id).related_to_id == antara.article_id
    assert counts(store)["articles"] == 4
