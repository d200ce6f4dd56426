"""Browsing: a speaker's profile, a subject's figures, the newest articles, one article."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storage.browse import (
    article_detail,
    figures_about,
    find_speaker_id,
    latest_articles,
    speaker_profile,
    statement,
    statements_by_speaker,
)
from tests.conftest import SEED
from tests.storage.helpers import LAVROV, PUTIN, ingest_text, store_article


def test_profile_and_statements(store):
    store_article(store, "Satu", quotes=((LAVROV, "Rusia siap bekerja sama"), (PUTIN, "5G penting")))
    second = store_article(store, "Dua", quotes=((LAVROV, "AS hanya menuntut"),))
    speaker_id = find_speaker_id(store, "Lavrov")
    assert speaker_id == find_speaker_id(store, "sergei lavrov")
    assert find_speaker_id(store, "Nobody Here") is None
    profile = speaker_profile(store, speaker_id)
    assert (profile.name, profile.role, profile.claims) == ("Sergei Lavrov", "Menteri Luar Negeri Rusia", 2)
    assert "Lavrov" in profile.aliases
    page, total = statements_by_speaker(store, speaker_id, limit=1, offset=1)
    assert total == 2 and len(page) == 1
    found = statement(store, profile.latest[0].claim_id)
    assert found.speaker == "Sergei Lavrov"
    assert {s.article_id for s in profile.latest} >= {second.article_id}


@pytest.fixture
def huawei_figures(store):
    """Two Huawei transaction figures, the later published one ingested first, and a Sberbank one."""
    store_article(
        store, "Huawei lagi", figures=(("US$ 900 juta", 900e6, "USD", None, "transaksi Huawei"),),
        published=datetime(2021, 8, 23, tzinfo=UTC),
    )  # fmt: skip
    store_article(
        store, "Huawei", figures=(("US$ 392 juta", 392e6, "USD", 800e6, "transaksi Huawei"),),
        published=datetime(2020, 8, 23, tzinfo=UTC),
    )  # fmt: skip
    store_article(store, "Sberbank", figures=(("Rp 5 triliun", 5e12, "IDR", None, "laba Sberbank"),))
    return store


@pytest.mark.parametrize(
    ("subject", "values"),
    [
        ("transaksi huawei", [392e6, 900e6]),  # oldest published first, whatever the ingest order
        ("Transaksinya HUAWEI", [392e6, 900e6]),  # folded and stemmed like the stored terms
        ("soal Huawei", [392e6, 900e6]),  # stop words name no topic
        ("nilai laba Sberbank", [5e12]),  # a word of the sentence counts as much as the subject
        ("transaksi sberbank", []),  # every word must be there
        ("Huawei 100%", []),  # `%` is no wildcard
        ("yang dan", []),  # nothing to search
    ],
)
def test_figures_about(huawei_figures, subject, values):
    assert [r.value for r in figures_about(huawei_figures, subject)] == values


def test_figures_about_keeps_the_newest(huawei_figures):
    assert [r.value for r in figures_about(huawei_figures, "transaksi huawei", limit=1)] == [900e6]


def test_figures_latest_and_article(store):
    first = store_article(
        store, "Huawei", figures=(("US$ 392 juta", 392e6, "USD", 800e6, "transaksi Huawei"),),
        published=datetime(2020, 8, 23, tzinfo=UTC),
    )  # fmt: skip
    store_article(
        store, "Huawei lagi", figures=(("US$ 900 juta", 900e6, "USD", None, "transaksi Huawei"),),
        published=datetime(2021, 8, 23, tzinfo=UTC),
    )  # fmt: skip
    rows = figures_about(store, "transaksi huawei")
    assert rows[0].change_pct == 104.08
    assert [a.title for a in latest_articles(store)] == ["Huawei lagi", "Huawei"]
    detail = article_detail(store, first.article_id)
    assert detail.summary.figures == 1 and detail.figures[0].text == "US$ 392 juta"
    assert article_detail(store, 999) is None


@pytest.fixture
def syndicated(store):
    """The seed article and two other outlets' copies of it, ingested as `kutip ingest` does."""
    seed = SEED.read_text(encoding="utf-8")
    for outlet in ("Berita Baru, Internasional", "Jakarta (ANTARA)", "KOMPAS.com"):
        ingest_text(store, seed.replace("Berita Baru, Internasional", outlet))
    return store


def test_a_story_s_copies_count_and_list_each_statement_once(syndicated):
    profile = speaker_profile(syndicated, find_speaker_id(syndicated, "Lavrov"))
    page, total = statements_by_speaker(syndicated, profile.speaker_id, limit=10, offset=0)
    assert profile.claims == total == len(page) == len({s.text for s in page}) >= 3
    assert {s.copies for s in page} == {2}
    assert [s.claim_id for s in profile.latest] == [s.claim_id for s in page[:3]]
    assert statements_by_speaker(syndicated, profile.speaker_id, limit=10, offset=1)[0] == page[1:]


def test_a_story_s_copies_give_each_figure_once(syndicated):
    rows = figures_about(syndicated, "transaksi Huawei")
    assert [(r.value, r.to_value, r.copies) for r in rows] == [(392e6, 800e6, 2)]
