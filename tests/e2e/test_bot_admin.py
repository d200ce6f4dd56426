"""Bot admins feed kutip; everyone else is refused, whatever they type or click."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from storage.db import open_store
from storage.feeds import add_feed
from storage.models import Article
from storage.queries import counts
from tests.e2e.kutip_bot import running_bot
from tests.gold import GOLD_DIR

PASTED = (
    "Menkes: Indonesia kekurangan dokter spesialis\n"
    "“Kita masih kekurangan 35.000 dokter spesialis,” kata Menteri Kesehatan Budi Gunadi Sadikin di Jakarta."
)
DEV_ARTICLE = GOLD_DIR / "id-001.json"  # ../shared/eval/dev, as FORMAT.md writes an article
DOCUMENT = (
    "Sri Mulyani: Ekonomi tumbuh 5 persen\n"
    "“Pertumbuhan ekonomi kita tetap kuat di atas 5 persen,” kata Menteri Keuangan Sri Mulyani."
).encode()


def test_admin_ingests_pasted_text_and_a_document(fake_telegram, sqlite_url, tmp_path):
    tg = fake_telegram
    admin = tg.new_user("Admin", language_code="en")
    with running_bot(tg, sqlite_url, [admin.id], tmp_path):
        tg.user_sends(admin, text="/ingest\n" + PASTED)
        stored = tg.wait_for_message(admin.id, lambda m: "Stored as article" in m.text)
        assert "Menkes: Indonesia kekurangan dokter spesialis" in stored.text

        tg.user_sends(admin, text="/ingest\n" + PASTED)
        tg.wait_for_message(admin.id, lambda m: "Already stored as article 1" in m.text)

        tg.user_sends_document(admin, filename="berita.txt", content=DOCUMENT, caption="/ingest")
        tg.wait_for_message(admin.id, lambda m: "Stored as article 2" in m.text and "Sri Mulyani" in m.text)

        tg.user_sends_document(admin, filename="foto.png", content=b"\x89PNG\r\n", mime_type="image/png")
        tg.wait_for_message(admin.id, lambda m: "Not stored" in m.text and ".txt" in m.text)

        forwarded = tg.user_forwards(
            admin, text="Judul baru\n“Kami siap,” kata Budi.", from_chat=tg.new_channel("Berita")
        )
        tg.user_sends(admin, text="/ingest", reply_to=forwarded)
        tg.wait_for_message(admin.id, lambda m: "Stored as article 3" in m.text and "Judul baru" in m.text)

        tg.user_sends(admin, text="/stats")
        tg.wait_for_message(admin.id, lambda m: "Articles: 3" in m.text)
    store = open_store(sqlite_url)
    assert counts(store)["articles"] == 3
    store.dispose()


def test_admin_ingests_a_json_article_with_its_own_date_and_link(fake_telegram, sqlite_url, tmp_path):
    tg = fake_telegram
    admin = tg.new_user("Admin", language_code="en")
    with running_bot(tg, sqlite_url, [admin.id], tmp_path):
        tg.user_sends_document(admin, filename="id-001.json", content=DEV_ARTICLE.read_bytes())
        tg.wait_for_message(admin.id, lambda m: "Stored as article 1" in m.text and "Pramono Akui" in m.text)
    store = open_store(sqlite_url)
    with store.session() as session:
        article = session.get(Article, 1)
        assert article.published.date() == date(2025, 10, 22)  # its "published", not the day it was sent
        assert article.url.startswith("https://news.detik.com/berita/d-8172465/")
    store.dispose()


def test_non_admins_are_refused_for_commands_and_buttons(fake_telegram, sqlite_url, tmp_path):
    tg = fake_telegram
    admin, eve = tg.new_user("Admin"), tg.new_user("Eve", language_code="en")
    group = tg.new_group("Redaksi", admin)
    tg.add_bot_to_group(group, admin)
    tg.set_member_status(group, eve, "member")
    store = open_store(sqlite_url)
    add_feed(
        store, "https://example.com/rss", admin.id, datetime.now(UTC) + timedelta(days=1)
    )  # not polled here
    store.dispose()
    with running_bot(tg, sqlite_url, [admin.id], tmp_path):
        for command in ("/ingest\nJudul\nIsi", "/feeds add https://example.com/rss", "/stats"):
            tg.user_sends(eve, text=command)
        tg.wait_for(
            lambda: len([m for m in tg.sent_messages(eve.id) if "only the bot's admins" in m.text]) == 3
        )

        tg.user_sends(admin, group, text="/feeds list")
        listing = tg.wait_for_message(group.id, lambda m: m.buttons)
        query = tg.user_clicks(eve, listing, "feedrm:1")
        answer = tg.wait_for(lambda: tg.callback_answer(query["id"]))
        assert "only the bot's admins" in answer["text"]

        tg.user_sends(eve, group, text="/subscribe")
        tg.wait_for_message(group.id, lambda m: "only this group's admins" in m.text)
        tg.user_sends(admin, group, text="/subscribe")
        subscribed = tg.wait_for_message(group.id, lambda m: "Ringkasan aktif" in m.text)
        query = tg.user_clicks(eve, subscribed, "unsub")
        assert "only this group's admins" in tg.wait_for(lambda: tg.callback_answer(query["id"]))["text"]
    store = open_store(sqlite_url)
    assert counts(store)["feeds"] == 1 and counts(store)["subscriptions"] == 1
    store.dispose()
