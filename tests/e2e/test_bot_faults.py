"""Telegram faults and hostile clients: forged button data, over-long answers, unknown commands, and a
digest to a chat that no longer exists."""

from __future__ import annotations

import pytest

from storage.db import open_store
from storage.digests import subscription_of
from tests.e2e.kutip_bot import running_bot
from tests.e2e.test_bot_digest import make_digests_due
from tests.storage.helpers import LAVROV, PUTIN, store_article

LONG_QUOTES = tuple(
    (LAVROV if n % 2 else PUTIN, f"Pernyataan nomor {n}: <b>5G</b> & Huawei " + "kerja sama teknologi " * 12)
    for n in range(30)
)


@pytest.fixture
def long_article(sqlite_url: str) -> str:
    store = open_store(sqlite_url)
    store_article(store, "Lavrov & Putin <soal> 5G", quotes=LONG_QUOTES)
    store.dispose()
    return sqlite_url


@pytest.mark.parametrize(
    "data",
    ["q:zzzz:1", "feedrm:1;DROP TABLE feed", "src:-1", "unsub:now", "x" * 64, "q:0123456789abcdef:99999"],
)
def test_forged_button_data_gets_a_polite_alert(fake_telegram, long_article, tmp_path, data):
    tg = fake_telegram
    eve = tg.new_user("Eve")
    with running_bot(tg, long_article, [], tmp_path):
        tg.user_sends(eve, text="/start")
        help_message = tg.wait_for_message(eve.id)
        query = tg.forge_click(eve, help_message, data)
        answer = tg.wait_for(lambda: tg.callback_answer(query["id"]))
        assert answer["show_alert"] and answer["text"] == "Tombol ini tidak dikenal."
        stale = tg.forge_click(eve, help_message, "q:0123456789abcdef:3")  # well-formed, never issued
        assert "kedaluwarsa" in tg.wait_for(lambda: tg.callback_answer(stale["id"]))["text"]
        assert len(tg.sent_messages(eve.id)) == 1 and not tg.edits()


def test_an_answer_over_4096_characters_is_split_and_every_part_is_valid_html(
    fake_telegram, long_article, tmp_path
):
    tg = fake_telegram
    ana = tg.new_user("Ana")
    with running_bot(tg, long_article, [], tmp_path):
        tg.user_sends(ana, text="/article 1")
        tg.wait_for(lambda: any("Pernyataan nomor 29" in m.text for m in tg.sent_messages(ana.id)))
    parts = tg.sent_messages(ana.id)
    assert len(parts) >= 3
    assert all(len(p.text.encode("utf-16-le")) // 2 <= 4096 for p in parts)
    assert not [c for c in tg.calls("sendMessage") if c.status != 200]  # Telegram accepted every part
    shown = "\n".join(p.text for p in parts)
    assert all(f"Pernyataan nomor {n}: <b>5G</b> & Huawei" in shown for n in range(30))


def test_unknown_commands_get_the_help_only_when_addressed_to_kutip(fake_telegram, long_article, tmp_path):
    tg = fake_telegram
    ana, boss = tg.new_user("Ana", language_code="en"), tg.new_user("Boss")
    group = tg.new_group("Redaksi", boss, supergroup=True)
    tg.add_bot_to_group(group, boss, status="administrator")  # sees every command in the group
    with running_bot(tg, long_article, [], tmp_path):
        tg.user_sends(ana, text="/frobnicate now")
        assert "/who" in tg.wait_for_message(ana.id).text
        tg.user_sends(boss, group, text="/frobnicate@other_bot")
        tg.user_sends(boss, group, text="/frobnicate")
        tg.user_sends(boss, group, text="/frobnicate@kutip_test_bot")
        tg.wait_for_message(group.id)
        tg.user_sends(boss, group, text="/latest")
        tg.wait_for_message(group.id, lambda m: "Lavrov & Putin <soal> 5G" in m.text)
        assert len(tg.sent_messages(group.id)) == 2  # the help once, for the command meant for kutip


def test_a_digest_to_a_chat_that_no_longer_exists_unsubscribes_it(fake_telegram, sqlite_url, tmp_path):
    tg = fake_telegram
    boss = tg.new_user("Boss")
    group = tg.new_group("Redaksi", boss, supergroup=True)
    tg.add_bot_to_group(group, boss)
    with running_bot(tg, sqlite_url, [], tmp_path):
        tg.user_sends(boss, group, text="/subscribe")
        tg.wait_for_message(group.id, lambda m: "Ringkasan aktif" in m.text)
        store = open_store(sqlite_url)
        store_article(store, "Artikel", quotes=((LAVROV, "Kami siap"),))
        tg.fail_next("sendMessage", status=400, description="Bad Request: chat not found")
        make_digests_due(sqlite_url)
        assert tg.wait_for(lambda: subscription_of(store, group.id) is None)
        assert [c.status for c in tg.calls("sendMessage")][-1] == 400  # tried once, not retried
        store.dispose()
