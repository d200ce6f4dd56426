"""The fake Bot API, driven by the real python-telegram-bot client over HTTP.

These pin that PTB 22's encoding (form fields, multipart uploads) is understood and that the fake's
answers map to the same PTB objects and exceptions as Telegram's do, so that an end-to-end test that
passes here means the bot would behave the same against Telegram.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
import warnings

import httpx
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, NetworkError, RetryAfter
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CommandHandler,
    ContextTypes,
)

from tests.e2e.fake_telegram import FakeTelegram


def _application(fake: FakeTelegram, builder: ApplicationBuilder | None = None) -> Application:
    root = fake.base_url
    builder = builder or Application.builder()
    return builder.token(fake.token).base_url(f"{root}/bot").base_file_url(f"{root}/file/bot").build()


async def test_get_me_is_a_proper_bot_user(ptb_bot: Bot) -> None:
    me = await ptb_bot.get_me()
    assert me.is_bot
    assert me.username == "kutip_test_bot"
    assert me.can_join_groups is True
    assert me.can_read_all_group_messages is False  # privacy mode, as a new bot has


async def test_wrong_token_is_unauthorized_and_unknown_method_not_found(fake_telegram: FakeTelegram) -> None:
    root = fake_telegram.base_url
    with pytest.raises(InvalidToken, match="rejected by the server"):
        async with Bot("1:wrong", base_url=f"{root}/bot"):
            pass
    async with httpx.AsyncClient() as client:
        reply = await client.post(f"{root}/bot{fake_telegram.token}/sendTelepathy", json={})
    assert reply.status_code == 404
    assert reply.json() == {"ok": False, "error_code": 404, "description": "Not Found"}


async def test_html_message_is_stored_as_text_with_entities(
    fake_telegram: FakeTelegram, ptb_bot: Bot
) -> None:
    ana = fake_telegram.new_user("Ana", username="ana")
    chat = fake_telegram.private_chat(ana)
    html = '<b>Lavrov</b> &amp; <a href="https://example.org/a">Huawei</a> &lt;5G&gt; &#128225;'

    message = await ptb_bot.send_message(chat.id, html, parse_mode="HTML")

    sent = fake_telegram.last_message(chat.id)
    assert sent is not None
    assert sent.text == "Lavrov & Huawei <5G> 📡"
    assert sent.html == html
    assert message.text == sent.text
    assert message.message_id == 1
    assert message.text_html == '<b>Lavrov</b> &amp; <a href="https://example.org/a">Huawei</a> &lt;5G&gt; 📡'
    assert isinstance(message.date, dt.datetime)
    assert message.from_user is not None and message.from_user.id == fake_telegram.bot.id
    assert (await ptb_bot.send_message(chat.id, "kedua")).message_id == 2


@pytest.mark.parametrize(
    ("markup", "reason"),
    [
        ("<b>tebal", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b>a</i>", "Unmatched end tag"),
        ("<div>a</div>", 'Unsupported start tag "div"'),
        ("harga < 5", 'Unexpected "<"'),
        ("Lavrov & Huawei", "Unsupported HTML entity"),
        ('<span class="x">a</span>', 'Tag "span" must have class "tg-spoiler"'),
    ],
)
async def test_bad_html_is_a_bad_request(
    fake_telegram: FakeTelegram, ptb_bot: Bot, markup: str, reason: str
) -> None:
    chat = fake_telegram.private_chat(fake_telegram.new_user("Ana"))
    with pytest.raises(BadRequest, match="Can't parse entities") as error:
        await ptb_bot.send_message(chat.id, markup, parse_mode="HTML")
    assert reason.lower() in error.value.message.lower()
    assert fake_telegram.sent_messages(chat.id) == []
    assert fake_telegram.calls("sendMessage")[-1].status == 400


async def test_text_limits_and_unknown_chat(fake_telegram: FakeTelegram, ptb_bot: Bot) -> None:
    chat = fake_telegram.private_chat(fake_telegram.new_user("Ana"))
    with pytest.raises(BadRequest, match="Message text is empty"):
        await ptb_bot.send_message(chat.id, "<b></b>", parse_mode="HTML")
    with pytest.raises(BadRequest, match="Message is too long"):
        await ptb_bot.send_message(chat.id, "x" * 4097)
    assert (await ptb_bot.send_message(chat.id, "<b>" + "x" * 4096 + "</b>", parse_mode="HTML")).text
    with pytest.raises(BadRequest, match="Chat not found"):
        await ptb_bot.send_message(424242, "halo")
    stranger = fake_telegram.new_user("Budi")  # never pressed Start
    with pytest.raises(Forbidden, match="bot can't initiate conversation with a user"):
        await ptb_bot.send_message(stranger.id, "halo")


async def test_callback_data_over_64_bytes_is_rejected(fake_telegram: FakeTelegram, ptb_bot: Bot) -> None:
    chat = fake_telegram.private_chat(fake_telegram.new_user("Ana"))
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Lagi", callback_data="é" * 33)]])
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await ptb_bot.send_message(chat.id, "halo", reply_markup=keyboard)


async def test_numeric_text_stays_text(fake_telegram: FakeTelegram, ptb_bot: Bot) -> None:
    chat = fake_telegram.private_chat(fake_telegram.new_user("Ana"))
    message = await ptb_bot.send_message(chat.id, "42")
    assert message.text == "42"


async def test_flood_control_is_retry_after(fake_telegram: FakeTelegram, ptb_bot: Bot) -> None:
    chat = fake_telegram.private_chat(fake_telegram.new_user("Ana"))
    fake_telegram.fail_next("sendMessage", retry_after=7)
    with pytest.raises(RetryAfter) as error, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # PTB 22 warns that retry_after will become a timedelta
        await ptb_bot.send_message(chat.id, "halo")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert error.value.retry_after in (7, dt.timedelta(seconds=7))
    assert (await ptb_bot.send_message(chat.id, "halo")).text == "halo"  # only the next call fails


async def test_generic_injected_failure(fake_telegram: FakeTelegram, ptb_bot: Bot) -> None:
    fake_telegram.fail_next("getMe", 400, "Bad Request: something odd", times=2)
    for _ in range(2):
        with pytest.raises(BadRequest, match="Something odd"):
            await ptb_bot.get_me()
    assert (await ptb_bot.get_me()).is_bot
    assert [c.status for c in fake_telegram.calls("getMe")][-3:] == [400, 400, 200]


async def test_blocked_user_and_kicked_bot_are_forbidden(fake_telegram: FakeTelegram, ptb_bot: Bot) -> None:
    ana = fake_telegram.new_user("Ana")
    fake_telegram.block(ana)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await ptb_bot.send_message(ana.id, "halo")

    group = fake_telegram.new_group("Redaksi", ana)
    fake_telegram.add_bot_to_group(group, ana)
    assert (await ptb_bot.send_message(group.id, "halo semua")).chat.type == "group"
    fake_telegram.kick_bot(group)
    with pytest.raises(Forbidden, match="bot was kicked from the group chat"):
        await ptb_bot.send_message(group.id, "halo")

    updates = [Update.de_json(u, ptb_bot) for u in fake_telegram.updates()]
    statuses = [u.my_chat_member.new_chat_member.status for u in updates if u.my_chat_member]
    assert statuses == ["kicked", "member", "kicked"]


async def test_long_poll_returns_an_injected_update_and_offsets_confirm(
    fake_telegram: FakeTelegram, ptb_bot: Bot
) -> None:
    ana = fake_telegram.new_user("Ana", username="ana")
    started = time.monotonic()
    poll = asyncio.create_task(ptb_bot.get_updates(timeout=5))
    assert await fake_telegram.wait_for_async(lambda: fake_telegram.polls_waiting == 1, timeout=5)
    fake_telegram.user_sends(ana, text="/start hello")

    updates = await poll
    assert time.monotonic() - started < 4
    assert len(updates) == 1
    message = updates[0].message
    assert message is not None and message.text == "/start hello"
    assert message.entities[0].type == "bot_command" and message.entities[0].length == 6
    assert message.chat.type == "private"

    again = await ptb_bot.get_updates(timeout=0)
    assert [u.update_id for u in again] == [updates[0].update_id]  # unconfirmed until an offset passes it
    assert await ptb_bot.get_updates(offset=updates[0].update_id + 1, timeout=0) == ()
    assert fake_telegram.pending_updates() == []


async def test_long_poll_times_out_empty_and_honours_allowed_updates(
    fake_telegram: FakeTelegram, ptb_bot: Bot
) -> None:
    ana = fake_telegram.new_user("Ana")
    fake_telegram.user_sends(ana, text="halo")
    started = time.monotonic()
    assert await ptb_bot.get_updates(timeout=1, allowed_updates=["callback_query"]) == ()
    assert 0.9 < time.monotonic() - started < 3


async def test_a_second_poller_terminates_the_first(fake_telegram: FakeTelegram, ptb_bot: Bot) -> None:
    first = asyncio.create_task(ptb_bot.get_updates(timeout=5))
    assert await fake_telegram.wait_for_async(lambda: fake_telegram.polls_waiting == 1, timeout=5)
    # A second bot instance (PTB gives getUpdates a one-connection pool of its own, so use a new client).
    async with httpx.AsyncClient() as client:
        second = await client.post(f"{fake_telegram.base_url}/bot{fake_telegram.token}/getUpdates", json={})
    assert second.json() == {"ok": True, "result": []}
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await first


async def test_stop_releases_pending_long_polls() -> None:
    fake = FakeTelegram().start()
    root = fake.base_url
    async with Bot(fake.token, base_url=f"{root}/bot") as bot:
        poll = asyncio.create_task(bot.get_updates(timeout=30))
        assert await fake.wait_for_async(lambda: fake.polls_waiting == 1, timeout=5)
        started = time.monotonic()
        await asyncio.to_thread(fake.stop)
        assert await asyncio.wait_for(poll, timeout=5) == ()
        assert time.monotonic() - started < 3
        with pytest.raises(NetworkError):  # the kept-alive connection was closed too
            await bot.get_updates(timeout=0)


async def test_application_polling_answers_start(fake_telegram: FakeTelegram) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_html(f"Halo, <b>{update.effective_user.first_name}</b>!")

    app = _application(fake_telegram)
    app.add_handler(CommandHandler("start", start))
    ana = fake_telegram.new_user("Ana", username="ana")
    async with app:
        await app.updater.start_polling(timeout=1)
        await app.start()
        request = fake_telegram.user_sends(ana, text="/start")
        reply = await fake_telegram.wait_for_message_async(ana.id, timeout=5)
        await app.updater.stop()
        await app.stop()
    assert reply.text == "Halo, Ana!"
    assert reply.html == "Halo, <b>Ana</b>!"
    assert reply.reply_to_message_id is None or reply.reply_to_message_id == request["message_id"]


async def test_group_privacy_mode_and_command_addressing(fake_telegram: FakeTelegram, ptb_bot: Bot) -> None:
    ana = fake_telegram.new_user("Ana")
    group = fake_telegram.new_group("Redaksi", ana, supergroup=True)
    fake_telegram.user_sends(ana, group, "sebelum bot masuk /start")
    fake_telegram.add_bot_to_group(group, ana)
    fake_telegram.user_sends(ana, group, "obrolan biasa @kutip_test_bot")
    fake_telegram.user_sends(ana, group, "/tanya@other_bot siapa?")
    fake_telegram.user_sends(ana, group, "/tanya@kutip_test_bot siapa?")
    bot_message = await ptb_bot.send_message(group.id, "Jawaban")
    fake_telegram.user_sends(ana, group, "terima kasih", reply_to=bot_message.to_dict())

    updates = await ptb_bot.get_updates(timeout=0)
    texts = [u.message.text for u in updates if u.message and u.message.text]
    assert texts == ["/tanya@kutip_test_bot siapa?", "terima kasih"]
    assert updates[-1].message.reply_to_message.message_id == bot_message.message_id


async def test_forum_topics_carry_thread_ids(fake_telegram: FakeTelegram, ptb_bot: Bot) -> None:
    ana = fake_telegram.new_user("Ana")
    forum = fake_telegram.new_group("Desk", ana, forum=True)
    fake_telegram.add_bot_to_group(forum, ana, status="administrator")
    topic = fake_telegram.create_topic(forum, "Ekonomi", ana)
    fake_telegram.user_sends(ana, forum, "/tanya inflasi", thread_id=topic)

    updates = await ptb_bot.get_updates(timeout=0)
    question = updates[-1].message
    assert question.is_topic_message and question.message_thread_id == topic
    reply = await question.reply_text("Jawaban")
    assert reply.message_thread_id == topic
    assert fake_telegram.last_message(forum.id).thread_id == topic
    with pytest.raises(BadRequest, match="Message thread not found"):
        await ptb_bot.send_message(forum.id, "x", message_thread_id=9999)


async def test_document_upload_get_file_and_download(fake_telegram: FakeTelegram, ptb_bot: Bot) -> None:
    ana = fake_telegram.new_user("Ana")
    content = "Menurut Lavrov, Huawei…\r\n".encode() + bytes(range(256))
    fake_telegram.user_sends_document(ana, None, "berita.txt", content, "text/plain", caption="baca ini")
    update = (await ptb_bot.get_updates(timeout=0))[0]
    document = update.message.document
    assert document.file_name == "berita.txt" and document.file_size == len(content)

    downloaded = await (await ptb_bot.get_file(document.file_id)).download_as_bytearray()
    assert bytes(downloaded) == content

    sent = await ptb_bot.send_document(
        ana.id, content, filename="salinan.bin", caption="<i>salinan</i>", parse_mode="HTML"
    )
    assert sent.caption == "salinan" and sent.document.file_name == "salinan.bin"
    again = await (await ptb_bot.get_file(sent.document.file_id)).download_as_bytearray()
    assert bytes(again) == content
    photo = await ptb_bot.send_photo(ana.id, b"\x89PNG fake", caption="grafik")
    assert photo.photo[-1].file_size == 9
    assert [s.method for s in fake_telegram.sent_messages(ana.id)] == ["sendDocument", "sendPhoto"]


async def test_callback_query_answered_and_message_edited_in_place(
    fake_telegram: FakeTelegram, ptb_bot: Bot
) -> None:
    ana = fake_telegram.new_user("Ana")
    chat = fake_telegram.private_chat(ana)
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Selanjutnya", callback_data="page:2")]])
    message = await ptb_bot.send_message(chat.id, "Halaman 1", reply_markup=keyboard)

    query = fake_telegram.user_clicks(ana, fake_telegram.last_message(chat.id), "page:2")
    update = (await ptb_bot.get_updates(timeout=0))[0]
    callback = update.callback_query
    assert callback.id == query["id"] and callback.data == "page:2" and callback.chat_instance
    assert callback.message.message_id == message.message_id

    assert await callback.answer("Memuat…")
    edited = await callback.edit_message_text("<b>Halaman 2</b>", parse_mode="HTML")
    assert edited.message_id == message.message_id and edited.text == "Halaman 2"
    assert edited.edit_date is not None
    assert fake_telegram.callback_answer(query["id"])["text"] == "Memuat…"
    assert [e.text for e in fake_telegram.edits(chat.id, message.message_id)] == ["Halaman 2"]
    assert fake_telegram.message(chat.id, message.message_id).get("reply_markup") is None

    with pytest.raises(BadRequest, match="Message is not modified"):
        await ptb_bot.edit_message_text("<b>Halaman 2</b>", chat.id, message.message_id, parse_mode="HTML")
    await ptb_bot.edit_message_reply_markup(chat.id, message.message_id, reply_markup=keyboard)
    assert fake_telegram.message(chat.id, message.message_id)["reply_markup"] == keyboard.to_dict()


@pytest.mark.filterwarnings("ignore:Deprecated since version v22.2")  # AIORateLimiter reads retry_after
async def test_rate_limiter_retries_after_flood_control(fake_telegram: FakeTelegram) -> None:
    app = _application(fake_telegram, Application.builder().rate_limiter(AIORateLimiter(max_retries=2)))
    ana = fake_telegram.new_user("Ana")
    chat = fake_telegram.private_chat(ana)
    fake_telegram.fail_next("sendMessage", retry_after=1)
    async with app:
        message = await app.bot.send_message(chat.id, "tetap sampai")
    assert message.text == "tetap sampai"
    failed, succeeded = fake_telegram.calls("sendMessage")
    assert (failed.status, succeeded.status) == (429, 200)
    assert succeeded.time - failed.time >= 1.0
    assert [s.text for s in fake_telegram.sent_messages(chat.id)] == ["tetap sampai"]


async def test_chat_members_commands_and_menu(fake_telegram: FakeTelegram, ptb_bot: Bot) -> None:
    ana = fake_telegram.new_user("Ana")
    budi = fake_telegram.new_user("Budi")
    group = fake_telegram.new_group("Redaksi", ana, supergroup=True)
    fake_telegram.add_bot_to_group(group, ana, status="administrator")
    fake_telegram.set_member_status(group, budi, "member")
    fake_telegram.set_member_status(group, budi, "restricted")

    assert (await ptb_bot.get_chat_member(group.id, ana.id)).status == "creator"
    assert (await ptb_bot.get_chat_member(group.id, budi.id)).status == "restricted"
    admins = await ptb_bot.get_chat_administrators(group.id)
    assert {a.user.id for a in admins} == {ana.id, fake_telegram.bot.id}
    info = await ptb_bot.get_chat(group.id)
    assert info.type == "supergroup" and info.title == "Redaksi"

    await ptb_bot.set_my_commands([("tanya", "Siapa bilang apa"), ("start", "Mulai")])
    assert [c.command for c in await ptb_bot.get_my_commands()] == ["tanya", "start"]
    assert fake_telegram.commands()[0] == {"command": "tanya", "description": "Siapa bilang apa"}
    assert await ptb_bot.set_chat_menu_button()
    assert fake_telegram.menu_button() == {"type": "default"}

    sent = await ptb_bot.send_message(group.id, "hapus saya")
    assert await ptb_bot.delete_message(group.id, sent.message_id)
    assert fake_telegram.deleted() == [(group.id, sent.message_id)]
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await ptb_bot.delete_message(group.id, sent.message_id)
    assert await ptb_bot.send_chat_action(group.id, "typing")
    assert fake_telegram.chat_actions(group.id) == ["typing"]


async def test_webhook_is_recorded_and_blocks_polling(fake_telegram: FakeTelegram, ptb_bot: Bot) -> None:
    assert await ptb_bot.set_webhook("https://kutip.example/hook", secret_token="s3cret")
    assert fake_telegram.webhook["secret_token"] == "s3cret"
    assert (await ptb_bot.get_webhook_info()).url == "https://kutip.example/hook"
    with pytest.raises(Conflict, match="webhook is active"):
        await ptb_bot.get_updates(timeout=0)
    assert await ptb_bot.delete_webhook()
    assert await ptb_bot.get_updates(timeout=0) == ()


async def test_forwarded_channel_post_carries_its_origin(fake_telegram: FakeTelegram, ptb_bot: Bot) -> None:
    ana = fake_telegram.new_user("Ana")
    channel = fake_telegram.new_channel("Berita Baru", username="beritabaru")
    fake_telegram.user_forwards(ana, None, "Lavrov: Huawei https://beritabaru.example/a", from_chat=channel)
    message = (await ptb_bot.get_updates(timeout=0))[0].message
    assert message.forward_origin.type == "channel"
    assert message.forward_origin.chat.username == "beritabaru"
    assert [e.type for e in message.entities] == ["url"]


async def test_concurrent_sends_get_distinct_ids_in_order(fake_telegram: FakeTelegram, ptb_bot: Bot) -> None:
    chat = fake_telegram.private_chat(fake_telegram.new_user("Ana"))
    messages = await asyncio.gather(*(ptb_bot.send_message(chat.id, f"pesan {n}") for n in range(20)))
    assert sorted(m.message_id for m in messages) == list(range(1, 21))
    assert [s.message_id for s in fake_telegram.sent_messages(chat.id)] == list(range(1, 21))
