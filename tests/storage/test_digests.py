"""Digests: subscriptions, claiming due ones exactly once, never sending an article twice, and one
entry per syndicated story."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlmodel import select

from kutip.extract.model import Extraction
from kutip.ingest.article import Article as FoundArticle
from storage.articles import save_article
from storage.digests import (
    Due,
    claim_due_subscriptions,
    count_active_subscriptions,
    preview_digest,
    release_digest,
    reschedule,
    reserve_digest,
    reserve_digests,
    subscribe,
    subscription_of,
    unsubscribe,
)
from storage.models import Article, DigestLog, Subscription
from tests.storage.helpers import LAVROV, store_article

SYNDICATED = Path(__file__).parent.parent / "ingest" / "data" / "syndicated"

NOW = datetime(2024, 5, 1, 1, 0, tzinfo=UTC)
CHAT = -100123


def keep_all(_article) -> bool:
    return True


def later(_due: Due) -> datetime:
    return NOW + timedelta(days=1)


def test_first_digest_holds_the_last_day_then_only_new_articles(store):
    old = store_article(store, "Berita lama")
    with store.session() as session:
        session.get(Article, old.article_id).ingested_at = NOW - timedelta(days=3)
    recent = store_article(store, "Berita kemarin", quotes=((LAVROV, "Rusia siap bekerja sama"),))
    assert subscribe(store, CHAT, 7, "daily 08:00", "Asia/Jakarta", NOW, now=NOW)

    first = reserve_digest(store, CHAT, keep_all, NOW)
    assert [a.id for a in first.articles] == [recent.article_id]
    assert first.articles[0].claims[0].speaker == "Sergei Lavrov"
    assert reserve_digest(store, CHAT, keep_all, NOW).articles == ()

    newer = store_article(store, "Berita baru")
    assert [a.id for a in reserve_digest(store, CHAT, keep_all, NOW).articles] == [newer.article_id]


def test_filtered_articles_are_passed_over_and_released_ones_come_back(store):
    subscribe(store, CHAT, None, "daily 08:00", "Asia/Jakarta", NOW, now=NOW)
    sport = store_article(store, "Olahraga: timnas menang")
    news = store_article(store, "Lavrov bicara 5G")
    no_sport = lambda a: "Olahraga" not in (a.title or "")  # noqa: E731
    reserved = reserve_digest(store, CHAT, no_sport, NOW)
    assert [a.id for a in reserved.articles] == [news.article_id]
    assert reserve_digest(store, CHAT, keep_all, NOW).articles == ()  # passed over for good
    release_digest(store, reserved)
    again = reserve_digest(store, CHAT, no_sport, NOW)
    assert [a.id for a in again.articles] == [news.article_id]
    assert sport.article_id not in [a.id for a in again.articles]


def test_due_subscriptions_are_claimed_once(store):
    subscribe(store, CHAT, None, "daily 08:00", "Asia/Jakarta", NOW - timedelta(minutes=1), now=NOW)
    subscribe(store, CHAT - 1, None, "daily 08:00", "Asia/Jakarta", NOW + timedelta(hours=1), now=NOW)
    claimed = claim_due_subscriptions(store, NOW, later)
    assert claimed == [Due(CHAT, None, "daily 08:00", "Asia/Jakarta")]
    assert claim_due_subscriptions(store, NOW, later) == []
    assert subscription_of(store, CHAT).next_run_at == NOW + timedelta(days=1)


def test_unsubscribe_keeps_the_watermark(store):
    subscribe(store, CHAT, None, "every 6h", "Asia/Jakarta", NOW, now=NOW)
    store_article(store, "Satu")
    reserve_digest(store, CHAT, keep_all, NOW)
    assert count_active_subscriptions(store) == 1
    assert unsubscribe(store, CHAT)
    assert not unsubscribe(store, CHAT)
    assert subscription_of(store, CHAT) is None
    assert claim_due_subscriptions(store, NOW + timedelta(days=2), later) == []
    assert subscribe(store, CHAT, None, "every 6h", "Asia/Jakarta", NOW, now=NOW)
    assert reserve_digest(store, CHAT, keep_all, NOW).articles == ()


def test_reschedule_changes_zone_and_next_run(store):
    subscribe(store, CHAT, None, "daily 08:00", "Asia/Jakarta", NOW, now=NOW)
    reschedule(store, CHAT, "Asia/Makassar", NOW + timedelta(hours=23))
    sub = subscription_of(store, CHAT)
    assert (sub.timezone, sub.next_run_at) == ("Asia/Makassar", NOW + timedelta(hours=23))


def test_digest_of_unknown_chat_is_empty(store):
    store_article(store, "Satu")
    assert reserve_digest(store, 42, keep_all, NOW).articles == ()
    with store.session() as session:
        assert session.exec(select(Article)).first() is not None


def test_copies_of_a_story_are_one_digest_entry_and_delivered_together(store):
    subscribe(store, CHAT, None, "daily 08:00", "Asia/Jakarta", NOW, now=NOW)
    antara, tempo, kompas = (
        store_story(store, name, outlet)
        for name, outlet in (("antara-bi-rate", "ANTARA"), ("tempo-bi-rate", "Tempo"), ("kompas-bi-rate", "Kompas.com"))
    )  # fmt: skip
    reserved = reserve_digest(store, CHAT, keep_all, NOW)
    assert [a.id for a in reserved.articles] == [antara, tempo]
    assert [(c.id, c.outlet) for c in reserved.articles[0].also] == [(kompas, "Kompas.com")]
    assert delivered(store) == {antara, tempo, kompas}
    release_digest(store, reserved)
    assert delivered(store) == set()
    again = reserve_digest(store, CHAT, keep_all, NOW)
    assert [(a.id, [c.id for c in a.also]) for a in again.articles] == [(antara, [kompas]), (tempo, [])]


def store_story(store, name: str, outlet: str) -> int:
    text = (SYNDICATED / f"{name}.txt").read_text(encoding="utf-8")
    article = FoundArticle(text, title=text.split("\n", 1)[0], url=f"https://{name}.example/", outlet=outlet)
    return save_article(store, article, Extraction("id", (), (), ()), "test").article_id


def delivered(store) -> set[int]:
    with store.session() as session:
        return set(session.exec(select(DigestLog.article_id).where(DigestLog.chat_id == CHAT)).all())


def test_a_copy_of_a_story_a_chat_already_had_is_not_sent_again(store):
    for chat in (CHAT, CHAT - 1):
        subscribe(store, chat, None, "daily 08:00", "Asia/Jakarta", NOW, now=NOW)
    antara = store_story(store, "antara-bi-rate", "ANTARA")
    assert [a.id for a in reserve_digest(store, CHAT, keep_all, NOW).articles] == [antara]
    kompas = store_story(store, "kompas-bi-rate", "Kompas.com")
    assert reserve_digest(store, CHAT, keep_all, NOW).articles == ()
    assert delivered(store) == {antara, kompas}  # passed over for good, like a filtered article
    later_chat = reserve_digest(store, CHAT - 1, keep_all, NOW).articles
    assert [(a.id, [c.id for c in a.also]) for a in later_chat] == [(antara, [kompas])]


def test_preview_shows_the_next_digest_and_marks_nothing_sent(store):
    subscribe(store, CHAT, None, "daily 08:00", "Asia/Jakarta", NOW, now=NOW)
    store_article(store, "Olahraga: timnas menang")
    news = store_article(store, "Berita kemarin", quotes=((LAVROV, "Rusia siap bekerja sama"),))
    not_sport = lambda _filters, article: "Olahraga" not in article.title  # noqa: E731

    preview = preview_digest(store, CHAT, not_sport, NOW)
    assert [a.id for a in preview.articles] == [news.article_id] and preview.articles[0].claims
    assert delivered(store) == set()
    with store.reading() as session:
        assert session.exec(select(Subscription.watermark_article_id)).one() == 0
    assert preview_digest(store, CHAT, not_sport, NOW) == preview
    (sent,) = reserve_digests(store, [CHAT], not_sport, NOW)
    assert sent.articles == preview.articles and delivered(store) == {news.article_id}
    assert preview_digest(store, CHAT, not_sport, NOW).articles == ()  # passed over with the sport


def test_preview_of_a_chat_without_subscription_is_empty(store):
    assert preview_digest(store, CHAT, lambda _filters, _article: True, NOW).articles == ()
