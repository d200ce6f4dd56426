"""The bot's words: one table per language, and English nouns in the number they count."""

from __future__ import annotations

import pytest

from bot.texts import TEXTS, claims_and_figures, text


@pytest.mark.parametrize(
    ("key", "n", "expected"),
    [
        ("digest_title", 1, "📰 <b>kutip digest</b> — 1 new article"),
        ("digest_title", 2, "📰 <b>kutip digest</b> — 2 new articles"),
        ("digest_more", 1, "(+1 more statement)"),
        ("digest_more", 4, "(+4 more statements)"),
        ("profile_claims", 1, "1 statement stored"),
        ("profile_claims", 0, "0 statements stored"),
        ("filter_cleared", 1, "1 filter removed."),
        ("filter_cleared", 3, "3 filters removed."),
        ("more", 1, "1 more answer available."),
        ("more", 12, "12 more answers available."),
        ("also", 1, "also in 1 other article"),
        ("also", 6, "also in 6 other articles"),
    ],
)
def test_english_counts_take_the_singular_for_one(key: str, n: int, expected: str) -> None:
    assert text("en", key, n=n) == expected


@pytest.mark.parametrize(
    ("key", "n", "expected"),
    [
        ("digest_title", 1, "📰 <b>Ringkasan kutip</b> — 1 artikel baru"),
        ("digest_title", 2, "📰 <b>Ringkasan kutip</b> — 2 artikel baru"),
        ("profile_claims", 1, "1 pernyataan tersimpan"),
        ("also", 1, "juga di 1 artikel lain"),
    ],
)
def test_indonesian_nouns_do_not_change_for_one(key: str, n: int, expected: str) -> None:
    assert text("id", key, n=n) == expected


def test_feed_interval_in_minutes() -> None:
    added = {n: text("en", "feed_added", id=3, url="https://x.id/rss", n=n) for n in (1.0, 15.0, 0.5)}
    assert added[1.0].endswith("checked every minute.")
    assert added[15.0].endswith("every 15 minutes.") and added[0.5].endswith("every 0.5 minutes.")
    assert text("id", "feed_added", id=3, url="https://x.id/rss", n=15.0).endswith("setiap 15 menit.")


@pytest.mark.parametrize(
    ("lang", "claims", "figures", "expected"),
    [
        ("en", 1, 1, "1 claim, 1 figure"),
        ("en", 11, 4, "11 claims, 4 figures"),
        ("en", 0, 1, "0 claims, 1 figure"),
        ("id", 1, 1, "1 klaim, 1 angka"),
    ],
)
def test_claims_and_figures(lang: str, claims: int, figures: int, expected: str) -> None:
    assert claims_and_figures(lang, claims, figures) == expected


def test_both_languages_say_the_same_things() -> None:
    """Every message exists in both; only English has singular forms (`_one`), each beside its plural."""
    singular = {k for k in TEXTS["en"] if k.endswith("_one")}
    assert set(TEXTS["id"]) == set(TEXTS["en"]) - singular
    assert all(k.removesuffix("_one") in TEXTS["en"] for k in singular)
