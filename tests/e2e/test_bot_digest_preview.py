"""`/digest preview`: a chat's admin sees what the next digest would post, and nothing is marked as sent."""

from __future__ import annotations

from storage.db import open_store
from tests.e2e.kutip_bot import running_bot
from tests.storage.helpers import LAVROV, PUTIN, store_article


def test_preview_shows_the_next_digest_and_sends_nothing(fake_telegram, sqlite_url, tmp_path):
    tg = fake_telegram
    boss, member = tg.new_user("Boss"), tg.new_user("Member")
    group = tg.new_group("Redaksi", boss, supergroup=True)
    tg.add_bot_to_group(group, boss)
    tg.set_member_status(group, member, "member")
    with running_bot(tg, sqlite_url, [], tmp_path):
        tg.user_sends(boss, group, text="/digest preview")
        tg.wait_for_message(group.id, lambda m: "belum berlangganan" in m.text)

        tg.user_sends(boss, group, text="/subscribe daily 08:00")
        tg.wait_for_message(group.id, lambda m: "Ringkasan aktif" in m.text)
        store = open_store(sqlite_url)
        store_article(store, "Lavrov soal 5G", quotes=((LAVROV, "Rusia siap bekerja sama"),))
        store_article(store, "Putin soal teknologi", quotes=((PUTIN, "Kami tidak boleh tertinggal"),))
        store.dispose()

        for _ in range(2):  # a preview marks nothing as sent: the second shows the same
            seen = len(tg.sent_messages(group.id))
            tg.user_sends(boss, group, text="/digest preview")
            heading = tg.wait_for_message(group.id, lambda m: "Pratinjau" in m.text, after=seen)
            assert heading.text == "👀 Pratinjau ringkasan berikutnya (1 pesan), belum dikirim:"
            preview = tg.wait_for_message(group.id, lambda m: "Ringkasan kutip" in m.text, after=seen)
            assert "2 artikel baru" in preview.text
            assert "Sergei Lavrov — “Rusia siap bekerja sama”" in preview.text
            assert "Vladimir Putin — “Kami tidak boleh tertinggal”" in preview.text

        seen = len(tg.sent_messages(group.id))
        tg.user_sends(member, group, text="/digest preview")
        tg.wait_for_message(group.id, lambda m: "hanya admin grup" in m.text, after=seen)

        tg.user_sends(boss, group, text="/digest")  # the digest itself still brings both articles
        digest = tg.wait_for_message(group.id, lambda m: "Ringkasan kutip" in m.text, after=seen)
        assert preview.html == digest.html and "Pratinjau" not in digest.text

        seen = len(tg.sent_messages(group.id))
        tg.user_sends(boss, group, text="/digest preview")
        tg.wait_for_message(group.id, lambda m: "Belum ada artikel baru" in m.text, after=seen)


def test_preview_in_english_for_an_english_admin(fake_telegram, sqlite_url, tmp_path):
    tg = fake_telegram
    ana = tg.new_user("Ana", language_code="en")
    store = open_store(sqlite_url)
    store_article(store, "Lavrov on 5G", quotes=((LAVROV, "Russia is ready to cooperate"),))
    store.dispose()
    with running_bot(tg, sqlite_url, [], tmp_path):
        tg.user_sends(ana, text="/subscribe")
        tg.wait_for_message(ana.id, lambda m: "Digests on" in m.text)
        tg.user_sends(ana, text="/digest preview")
        heading = tg.wait_for_message(ana.id, lambda m: "Preview" in m.text)
        assert heading.text == "👀 Preview of the next digest (1 message), not posted yet:"
        preview = tg.wait_for_message(ana.id, lambda m: "kutip digest" in m.text)
        assert "— 1 new article\n" in preview.text
