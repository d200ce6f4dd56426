"""Digest fan-out in batches: every due chat gets its digest once, with its own filters and topic;
a chat that removed the bot is unsubscribed and keeps its articles for a later /subscribe."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import update
from telegram.error import Forbidden

from bot.jobs import following_run, send_digests
from storage.chats import add_chat_filter, remember_chat
from storage.digests import claim_due_subscriptions, reserve_digest, subscribe, subscription_of
from storage.models import Subscription
from tests.storage.helpers import LAVROV, store_article

CHATS = [-1001, -1002, -1003, -1004, -1005, -1006, -1007]
KICKED = -1006
ENGLISH = -1007
SPORTLESS = -1003


class StubBot:
    """Records what would be sent; chats in `refuse` answer 403 as a kicked bot gets."""

    def __init__(self, refuse: set[int]) -> None:
        self.sent: list[tuple[int, str, int | None]] = []
        self.refuse = refuse

    async def send_message(self, chat_id: int, text: str, **options) -> None:
        if chat_id in self.refuse:
            raise Forbidden("Forbidden: bot was kicked from the supergroup chat")
        self.sent.append((chat_id, text, options.get("message_thread_id")))


async def fan_out(store, bot: StubBot, now: datetime, batch: int) -> None:
    while due := claim_due_subscriptions(store, now, following_run, batch):
        await send_digests(bot, store, due)


async def test_batched_fan_out_sends_each_chat_its_digest_once(store):
    now = datetime.now(UTC)
    for chat_id in CHATS:
        thread = 7 if chat_id == CHATS[0] else None
        subscribe(store, chat_id, thread, "every 6h", "Asia/Jakarta", now - timedelta(minutes=1), now=now)
    remember_chat(store, ENGLISH, "supergroup", "News", "en")
    add_chat_filter(store, SPORTLESS, "exclude", "olahraga")
    store_article(store, "Olahraga: timnas menang", quotes=((LAVROV, "Kami bangga"),))
    store_article(store, "Lavrov soal 5G", quotes=((LAVROV, "5G penting bagi kami"),))
    bot = StubBot(refuse={KICKED})

    await fan_out(store, bot, now, batch=3)

    sent = {chat_id: text for chat_id, text, _ in bot.sent}
    assert sorted(sent) == sorted(set(CHATS) - {KICKED}) and len(bot.sent) == len(CHATS) - 1
    assert "timnas" not in sent[SPORTLESS] and "Lavrov soal 5G" in sent[SPORTLESS]
    assert "timnas" in sent[CHATS[1]] and sent[CHATS[1]] == sent[CHATS[3]]
    assert "kutip digest" in sent[ENGLISH] and "Ringkasan kutip" in sent[CHATS[1]]
    assert (CHATS[0], sent[CHATS[0]], 7) in bot.sent
    assert subscription_of(store, KICKED) is None

    with store.session() as session:
        session.execute(update(Subscription).values(next_run_at=now - timedelta(seconds=1)))
    await fan_out(store, bot, now, batch=3)
    assert len(bot.sent) == len(CHATS) - 1  # due again, but nothing new: nothing sent
    subscribe(store, KICKED, None, "every 6h", "Asia/Jakarta", now, now=now)
    kept = reserve_digest(store, KICKED, lambda _article: True, now)
    assert [a.title for a in kept.articles] == ["Olahraga: timnas menang", "Lavrov soal 5G"]
