"""Group digests: subscribe, /digest, scheduled digests with exactly the new articles, restarts,
forum topics, and chats that removed the bot."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from storage.db import open_store
from storage.digests import subscription_of
from storage.models import Subscription
from storage.types import utcnow
from tests.e2e.kutip_bot import running_bot
from tests.storage.helpers import LAVROV, PUTIN, store_article


def add_article(db_url: str, title: str, quote: str) -> None:
    store = open_store(db_url)
    store_article(store, title, quotes=((LAVROV, quote),))
    store.dispose()


def make_digests_due(db_url: str) -> None:
    """Time passes: every subscription's next run is now (the tick picks it up within 0.5 s)."""
    store = open_store(db_url)
    with store.session() as session:
        session.execute(update(Subscription).values(next_run_at=utcnow() - timedelta(seconds=1)))
    store.dispose()


def digests(tg, chat_id: int) -> list:
    return [m for m in tg.sent_messages(chat_id) if "Ringkasan kutip" in m.text or "kutip digest" in m.text]


def test_subscribe_digest_then_scheduled_digest_once_across_a_restart(fake_telegram, sqlite_url, tmp_path):
    tg = fake_telegram
    boss = tg.new_user("Boss")
    reader = tg.new_user("Reader")
    group = tg.new_group("Redaksi", boss, supergroup=True)
    tg.add_bot_to_group(group, boss)
    add_article(sqlite_url, "Artikel pertama", "Rusia siap bekerja sama")
    with running_bot(tg, sqlite_url, [], tmp_path):
        tg.user_sends(boss, group, text="/subscribe every 6h")
        tg.wait_for_message(group.id, lambda m: "Ringkasan aktif: every 6h (Asia/Jakarta)" in m.text)
        tg.user_sends(boss, group, text="/digest")
        first = tg.wait_for_message(group.id, lambda m: "Ringkasan kutip" in m.text)
        assert "Artikel pertama" in first.text and "Sergei Lavrov — “Rusia siap bekerja sama”" in first.text
        tg.user_sends(boss, group, text="/digest")
        tg.wait_for_message(group.id, lambda m: "Belum ada artikel baru" in m.text)

        add_article(sqlite_url, "Artikel kedua", "AS hanya menuntut")
        make_digests_due(sqlite_url)
        second = tg.wait_for(lambda: digests(tg, group.id)[1:])[0]
        assert "Artikel kedua" in second.text and "Artikel pertama" not in second.text

    # while the bot is down: a new article, and a reader's question
    add_article(sqlite_url, "Artikel ketiga", "Huawei mitra penting")
    tg.user_sends(reader, text="Apa kata Lavrov?")
    with running_bot(tg, sqlite_url, [], tmp_path, name="bot2"):
        tg.wait_for_message(reader.id, lambda m: "Sergei Lavrov" in m.text)
        assert (
            subscription_of(open_store(sqlite_url), group.id).next_run_at > utcnow()
        )  # the schedule was kept
        make_digests_due(sqlite_url)
        third = tg.wait_for(lambda: digests(tg, group.id)[2:])[0]
        assert "Artikel ketiga" in third.text and "kedua" not in third.text and "pertama" not in third.text
        make_digests_due(sqlite_url)
        tg.wait_for(lambda: tg.calls("getUpdates")[-1].time > third.time + 1.5)  # a few ticks later
        assert len(digests(tg, group.id)) == 3  # nothing new: nothing sent, nothing repeated


def test_digest_goes_to_the_topic_and_stops_when_the_bot_is_removed(fake_telegram, sqlite_url, tmp_path):
    tg = fake_telegram
    boss = tg.new_user("Boss", language_code="en")
    forum = tg.new_group("Forum", boss, forum=True)
    tg.add_bot_to_group(forum, boss)
    topic = tg.create_topic(forum, "Berita", boss)
    other = tg.new_group("Other", boss, supergroup=True)
    tg.add_bot_to_group(other, boss)
    with running_bot(tg, sqlite_url, [], tmp_path):
        tg.user_sends(boss, forum, text="/subscribe daily 07:00", thread_id=topic)
        tg.wait_for_message(forum.id, lambda m: "Digests on: daily 07:00" in m.text)
        tg.user_sends(boss, forum, text="/filter exclude olahraga", thread_id=topic)
        tg.wait_for_message(forum.id, lambda m: "Filter saved" in m.text)
        tg.user_sends(boss, other, text="/subscribe")
        tg.wait_for_message(other.id, lambda m: "Digests on" in m.text)

        add_article(sqlite_url, "Olahraga: timnas menang", "Kami bangga")
        add_article(sqlite_url, "Lavrov soal 5G", "5G penting")
        make_digests_due(sqlite_url)
        digest = tg.wait_for(lambda: digests(tg, forum.id))[0]
        assert digest.thread_id == topic
        assert "Lavrov soal 5G" in digest.text and "timnas" not in digest.text
        tg.wait_for(lambda: digests(tg, other.id))

        tg.kick_bot(other)
        tg.wait_for(lambda: subscription_of(open_store(sqlite_url), other.id) is None)


def test_a_chat_that_blocks_sending_is_unsubscribed(fake_telegram, sqlite_url, tmp_path):
    """403 on send (the bot was removed while it was down): unsubscribed, not retried forever."""
    tg = fake_telegram
    boss = tg.new_user("Boss")
    group = tg.new_group("Redaksi", boss, supergroup=True)
    tg.add_bot_to_group(group, boss)
    with running_bot(tg, sqlite_url, [], tmp_path):
        tg.user_sends(boss, group, text="/subscribe")
        tg.wait_for_message(group.id, lambda m: "Ringkasan aktif" in m.text)
        store = open_store(sqlite_url)
        store_article(store, "Artikel", quotes=((PUTIN, "Kami siap"),))
        tg.fail_next(
            "sendMessage", status=403, description="Forbidden: bot was kicked from the supergroup chat"
        )
        make_digests_due(sqlite_url)
        tg.wait_for(lambda: subscription_of(store, group.id) is None)
        store.dispose()
