"""Scheduled work: one repeating JobQueue job (`tick`, every KUTIP_TICK_SECONDS) asks the database
which digests and feeds are due and runs them.

The schedule lives in the database, not in the job queue (APScheduler cannot persist PTB jobs), so a
restart loses nothing and several instances share the work: each due item is claimed by exactly one.
Digests go out in batches of DIGEST_BATCH chats (claimed and reserved in one transaction each, each
distinct digest composed once), sent concurrently; AIORateLimiter keeps the pace to Telegram's 30/s.
"""

from __future__ import annotations

import asyncio
import html
import logging
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import Forbidden, TelegramError
from telegram.ext import Application

from bot.context import Context
from bot.filtering import Filters, matches
from bot.render import format_digest, shorten
from bot.schedule import Schedule, next_run, parse_schedule
from bot.settings import BotSettings
from bot.texts import text
from kutip.ingest.errors import IngestError
from kutip.ingest.fetch import FetchPolicy
from storage.button_queries import forget_questions_before
from storage.db import Store
from storage.digests import (
    ChatFilters,
    DigestArticle,
    Due,
    Reserved,
    claim_due_subscriptions,
    release_digest,
    reserve_digests,
    unsubscribe,
)
from storage.feeds import article_with_url_exists, claim_due_feeds, record_feed_failure, record_feed_success
from storage.ingest import ingest_article

log = logging.getLogger(__name__)

FEED_LEASE = timedelta(minutes=10)  # a poll that takes longer may be repeated by another instance
ENTRIES_PER_POLL = 20
DIGEST_BATCH = 100  # chats claimed, reserved and sent together; bounds memory and work lost to a crash
DIGEST_SENDERS = 32  # digests in flight at once; the rate limiter sets the actual pace
BUTTONS_LAST = timedelta(days=90)  # "More answers" buttons older than this answer "expired"


def start_jobs(application: Application) -> None:
    settings = application.bot_data.settings
    application.job_queue.run_repeating(
        tick, interval=settings.tick_seconds, first=min(1.0, settings.tick_seconds), name="tick",
        job_kwargs={"max_instances": 1, "coalesce": True, "misfire_grace_time": None},
    )  # fmt: skip


async def tick(context: Context) -> None:
    store, settings = context.bot_data.store, context.bot_data.settings
    now = datetime.now(UTC)
    while context.application.running and (
        due := await asyncio.to_thread(claim_due_subscriptions, store, now, following_run, DIGEST_BATCH)
    ):  # a stopping bot finishes the batch it reserved (a few seconds at 30/s) and claims no more
        await send_digests(context.bot, store, due)
    for feed in await asyncio.to_thread(claim_due_feeds, store, now, FEED_LEASE):
        try:
            await poll_one_feed(
                context.bot, store, settings, feed.id, feed.url, feed.etag, feed.last_modified
            )
        except Exception:
            log.exception("feed %s failed", feed.url)
    await asyncio.to_thread(forget_questions_before, store, now - BUTTONS_LAST)


def following_run(due: Due) -> datetime:
    return next_run(schedule_of(due.schedule), datetime.now(UTC), ZoneInfo(due.timezone))


@lru_cache(maxsize=256)
def schedule_of(described: str) -> Schedule:
    """Thousands of subscriptions share a handful of schedules: parse each once."""
    return parse_schedule(described)


def keep_article(filters: ChatFilters, article: DigestArticle) -> bool:
    speakers = (c.speaker for c in article.claims)
    return matches(Filters(*filters), (article.title or "", article.text, *speakers))


async def send_digests(bot: Bot, store: Store, due: Sequence[Due]) -> int:
    """Reserve and post the digests of claimed chats; returns how many chats got one."""
    reserved = await asyncio.to_thread(
        reserve_digests, store, [d.chat_id for d in due], keep_article, datetime.now(UTC)
    )
    composed: dict[tuple[int, str], list[str]] = {}  # chats that share articles share the text
    senders = asyncio.Semaphore(DIGEST_SENDERS)

    async def one(d: Due, r: Reserved) -> bool:
        if not r.articles:
            return False
        key = (id(r.articles), r.language)
        if key not in composed:
            composed[key] = digest_messages(r)
        async with senders:
            try:
                return await deliver(bot, store, r, composed[key], d.thread_id)
            except Exception:
                log.exception("digest for chat %s failed", d.chat_id)
                return False

    sent = await asyncio.gather(*(one(d, r) for d, r in zip(due, reserved, strict=True)))
    return sum(sent)


async def send_digest(bot: Bot, store: Store, chat_id: int, thread_id: int | None) -> int:
    """Post what is new for `chat_id` now (`/digest`); returns the number of articles sent (0: nothing new)."""
    (reserved,) = await asyncio.to_thread(reserve_digests, store, [chat_id], keep_article, datetime.now(UTC))
    if not reserved.articles:
        return 0
    parts = digest_messages(reserved)
    return len(reserved.articles) if await deliver(bot, store, reserved, parts, thread_id) else 0


def digest_messages(reserved: Reserved) -> list[str]:
    """The Telegram messages a digest is posted as, in the chat's language (Indonesian unless set):
    the one composition the scheduled digest, /digest and `kutip digest --preview` share."""
    lang = reserved.language or "id"
    return format_digest(reserved.articles, lang)


async def deliver(
    bot: Bot, store: Store, reserved: Reserved, parts: list[str], thread_id: int | None
) -> bool:
    """Send a reserved digest. If Telegram refuses, its articles go back for the next digest, except
    when the bot was removed from the chat: then the chat is unsubscribed."""
    chat_id = reserved.chat_id
    try:
        for part in parts:
            await bot.send_message(
                chat_id,
                part,
                parse_mode=ParseMode.HTML,
                message_thread_id=thread_id,
                disable_web_page_preview=True,
            )
    except TelegramError as exc:
        await asyncio.to_thread(release_digest, store, reserved)
        if isinstance(exc, Forbidden) or "chat not found" in str(exc).lower():
            log.info("chat %s removed the bot (%s): unsubscribing it", chat_id, exc)
            await asyncio.to_thread(unsubscribe, store, chat_id)
        else:
            log.warning("digest for chat %s not sent; its articles wait for the next one: %s", chat_id, exc)
        return False
    return True


async def poll_one_feed(
    bot: Bot,
    store: Store,
    settings: BotSettings,
    feed_id: int,
    url: str,
    etag: str | None,
    last_modified: str | None,
) -> None:
    """Read a feed's new entries into the database; a failure is recorded, reported and retried later."""
    from kutip.ingest.feeds import apoll_feed

    policy = FetchPolicy.from_settings(settings)
    interval = timedelta(minutes=settings.feed_poll_minutes)
    try:
        poll = await apoll_feed(url, policy, etag, last_modified)
    except IngestError as exc:
        failures = await asyncio.to_thread(
            record_feed_failure, store, feed_id, datetime.now(UTC), str(exc), interval
        )
        log.warning("feed %s failed (%d in a row): %s", url, failures, exc)
        if failures == 1 or failures % 10 == 0:
            await tell_admins(bot, settings, failures, feed_id, url, str(exc))
        return
    for entry in poll.entries[:ENTRIES_PER_POLL]:
        if entry.link:
            await ingest_entry(store, entry.link, policy)
    await asyncio.to_thread(
        record_feed_success, store, feed_id, datetime.now(UTC), datetime.now(UTC) + interval, poll.etag,
        poll.last_modified, None,
    )  # fmt: skip


async def ingest_entry(store: Store, link: str, policy: FetchPolicy) -> None:
    from kutip.ingest.sources import aload_url

    if await asyncio.to_thread(article_with_url_exists, store, link):
        return
    try:
        article = await aload_url(link, policy)
    except IngestError as exc:
        log.info("feed entry %s skipped: %s", link, exc)
        return
    await asyncio.to_thread(ingest_article, store, article, "feed")


async def tell_admins(
    bot: Bot, settings: BotSettings, failures: int, feed_id: int, url: str, error: str
) -> None:
    message = text(
        "id",
        "feed_failed",
        id=feed_id,
        url=html.escape(url),
        n=failures,
        error=html.escape(shorten(error, 300)),
    )
    for admin in settings.admin_ids:
        try:
            await bot.send_message(admin, message, parse_mode=ParseMode.HTML, disable_web_page_preview=True)
        except TelegramError as exc:
            log.warning("could not tell admin %s about feed %s: %s", admin, url, exc)
