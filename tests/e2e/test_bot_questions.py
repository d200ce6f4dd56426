"""Readers ask and browse: answers with buttons, hostile text intact, rate limits, 429s, blocked users."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from storage.db import open_store
from tests.conftest import SEED
from tests.e2e.kutip_bot import ROOT, running_bot
from tests.storage.helpers import LAVROV, PUTIN, store_article

HOSTILE_TITLE = "<script>alert(1)</script> & </b> Rusia"
HOSTILE_QUOTE = "5G <b>bukan</b> & </i> masalah <script>"


@pytest.fixture
def seeded(sqlite_url: str) -> str:
    store = open_store(sqlite_url)
    store_article(
        store, "Lavrov: Rusia siap bekerja sama dengan Huawei", url="https://beritabaru.co/lavrov-5g",
        quotes=((LAVROV, "5G adalah masalah penting bagi kami"), (LAVROV, "Rusia siap bekerja sama dengan Huawei soal 5G"),
                (LAVROV, "AS hanya menuntut agar tidak bekerja sama dalam 5G"), (LAVROV, "5G dan kecerdasan buatan penting"),
                (PUTIN, "Tertinggal dalam 5G berdampak buruk")),
    )  # fmt: skip
    store_article(store, HOSTILE_TITLE, quotes=((PUTIN, HOSTILE_QUOTE),))
    store_article(
        store, "Huawei di Rusia", figures=(("US$ 392 juta", 392e6, "USD", 800e6, "transaksi Huawei"),)
    )
    store_article(store, "Huawei lagi", figures=(("US$ 900 juta", 900e6, "USD", None, "transaksi Huawei"),))
    store.dispose()
    return sqlite_url


def test_question_answered_with_buttons_paging_and_source(fake_telegram, seeded, tmp_path):
    tg = fake_telegram
    ana = tg.new_user("Ana")
    with running_bot(tg, seeded, [], tmp_path):
        tg.user_sends(ana, text="Apa kata Lavrov soal 5G?")
        answer = tg.wait_for_message(ana.id, lambda m: "Sergei Lavrov" in m.text)
        assert "Menteri Luar Negeri Rusia" in answer.text
        assert 'href="https://beritabaru.co/lavrov-5g"' in answer.html
        assert answer.reply_to_message_id is not None
        data = [b["callback_data"] for b in answer.buttons]
        assert all(len(d.encode()) <= 64 for d in data)
        more = next(d for d in data if d.startswith("q:"))

        source = next(d for d in data if d.startswith("src:"))
        tg.user_clicks(ana, answer, source)
        shown = tg.wait_for_message(ana.id, lambda m: "beritabaru" in (m.html or ""), after=1)
        assert "#1" in shown.text and "kata Sergei Lavrov" in shown.text  # the quote's whole sentence

        tg.user_clicks(ana, answer, more)
        edit = tg.wait_for(lambda: tg.edits(ana.id, answer.message_id))[0]
        assert "Sergei Lavrov" in edit.text and edit.text != answer.text

        tg.user_sends(ana, text="Apa kata Lavorv?")  # a typo still finds him
        tg.wait_for_message(ana.id, lambda m: "Sergei Lavrov" in m.text, after=2)

        tg.user_sends(ana, text="Apa kata Prabowo soal beras?")
        tg.wait_for_message(ana.id, lambda m: "Belum ada pernyataan" in m.text)


def test_more_answers_button_works_after_a_restart(fake_telegram, seeded, tmp_path):
    """The question behind the button is in the database, not only in the first process's memory."""
    tg = fake_telegram
    ana = tg.new_user("Ana")
    with running_bot(tg, seeded, [], tmp_path):
        tg.user_sends(ana, text="Apa kata Lavrov soal 5G?")
        answer = tg.wait_for_message(ana.id, lambda m: "Sergei Lavrov" in m.text)
    more = next(b["callback_data"] for b in answer.buttons if b["callback_data"].startswith("q:"))
    with running_bot(tg, seeded, [], tmp_path, name="bot2"):
        query = tg.user_clicks(ana, answer, more)
        edit = tg.wait_for(lambda: tg.edits(ana.id, answer.message_id))[0]
        assert "Sergei Lavrov" in edit.text and edit.text != answer.text
        assert not tg.callback_answer(query["id"]).get("show_alert")  # not "expired"


def test_hostile_text_arrives_intact(fake_telegram, seeded, tmp_path):
    tg = fake_telegram
    ben = tg.new_user("Ben", language_code="en")
    with running_bot(tg, seeded, [], tmp_path):
        tg.user_sends(ben, text="/article 2")
        shown = tg.wait_for_message(ben.id, lambda m: "Rusia" in m.text)
        assert HOSTILE_TITLE in shown.text
        assert HOSTILE_QUOTE in shown.text
        tg.user_sends(ben, text="/who Putin")
        profile = tg.wait_for_message(ben.id, lambda m: "Vladimir Putin" in m.text, after=1)
        assert "2 statements stored" in profile.text and HOSTILE_QUOTE in profile.text


def test_rate_limit_429_and_a_blocked_user(fake_telegram, seeded, tmp_path):
    tg = fake_telegram
    ana, ben, cici = tg.new_user("Ana"), tg.new_user("Ben"), tg.new_user("Cici", language_code="en")
    with running_bot(tg, seeded, [], tmp_path, KUTIP_QUESTIONS_PER_MINUTE="2"):
        tg.fail_next("sendMessage", status=429, retry_after=1)
        tg.user_sends(ana, text="Apa kata Lavrov?")
        tg.wait_for_message(ana.id, lambda m: "Sergei Lavrov" in m.text)
        statuses = [c.status for c in tg.calls("sendMessage")]
        assert statuses[:2] == [429, 200]  # waited out and sent again

        tg.block(ben)
        tg.user_sends(ben, text="Apa kata Lavrov?")
        tg.user_sends(cici, text="What did Lavrov say?")
        tg.wait_for_message(cici.id, lambda m: "Sergei Lavrov" in m.text)

        tg.user_sends(cici, text="What did Putin say?")
        tg.user_sends(cici, text="What did Lavrov say about 5G?")
        tg.wait_for_message(cici.id, lambda m: "Too many questions" in m.text)


def test_seed_article_ingested_by_the_cli_answers(fake_telegram, sqlite_url, tmp_path):
    """The product path: `kutip ingest` the seed, then ask the bot (needs the claims extractor)."""
    found = subprocess.run(
        [sys.executable, "-m", "cli", "extract", "--json", str(SEED)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if not any("Lavrov" in c["speaker"] for c in json.loads(found.stdout)[0]["claims"]):
        pytest.skip("the extractor on this branch finds no Lavrov claim in the seed article yet")
    subprocess.run(
        [sys.executable, "-m", "cli", "--db", sqlite_url, "ingest", str(SEED)], check=True, cwd=ROOT
    )
    tg = fake_telegram
    ana = tg.new_user("Ana")
    with running_bot(tg, sqlite_url, [], tmp_path):
        tg.user_sends(ana, text="Apa kata Lavrov soal 5G?")
        answer = tg.wait_for_message(ana.id, lambda m: "Lavrov" in m.text and "5G" in m.text)
        assert "Belum ada" not in answer.text


def test_groups_answer_replies_to_the_bot_and_figures_come_with_a_chart(fake_telegram, seeded, tmp_path):
    tg = fake_telegram
    boss, ana = tg.new_user("Boss"), tg.new_user("Ana")
    group = tg.new_group("Redaksi", boss, supergroup=True)
    tg.add_bot_to_group(group, boss)
    with running_bot(tg, seeded, [], tmp_path):
        tg.user_sends(ana, group, text="/latest")
        latest = tg.wait_for_message(group.id, lambda m: "Artikel terbaru" in m.text)
        assert "Huawei lagi" in latest.text
        tg.user_sends(ana, group, text="Apa kata Lavrov soal 5G?", reply_to=latest)
        tg.wait_for_message(group.id, lambda m: "Sergei Lavrov" in m.text)

        tg.user_sends(ana, group, text="/figures transaksi Huawei")
        chart = tg.wait_for_message(group.id, lambda m: m.method == "sendPhoto")
        assert chart.reply_to_message_id is not None
        listing = tg.wait_for_message(group.id, lambda m: "US$392 juta → US$800 juta (+104%)" in m.text)
        assert "US$900 juta" in listing.text
