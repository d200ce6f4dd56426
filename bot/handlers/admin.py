"""Bot admins feed kutip: /ingest (a URL, pasted text, a replied-to or forwarded message, a .txt/.html
document), /feeds add|list|remove, /stats. Everyone else gets a polite refusal.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

from telegram import Document, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.handlers.common import (
    Context,
    argument_text,
    blocking,
    lang,
    permitted,
    reply,
)
from bot.render import shorten
from bot.texts import claims_and_figures, text
from kutip.ingest.article import Article
from kutip.ingest.errors import IngestError
from kutip.ingest.fetch import FetchPolicy
from kutip.settings import Settings
from storage.articles import Saved
from storage.digests import count_active_subscriptions
from storage.feeds import add_feed, list_feeds, remove_feed
from storage.ingest import ingest_article
from storage.queries import counts

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".json",)  # one article object, as `kutip ingest` reads it


def describe_saved(saved: Saved, language: str) -> str:
    title = html.escape(shorten(saved.title or "(untitled)", 200))
    if saved.duplicate:
        return text(
            language,
            "duplicate",
            id=saved.article_id,
            title=title,
            reason=html.escape(saved.duplicate_reason or ""),
        )
    speakers = html.escape(", ".join(saved.speakers) or "-")
    return text(
        language,
        "stored",
        id=saved.article_id,
        title=title,
        counts=claims_and_figures(language, saved.claims, saved.figures),
        speakers=speakers,
    )


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://")) and len(value.split()) == 1


async def load_article(message_text: str, settings: Settings) -> Article:
    """A URL is fetched through the safe fetcher; anything else is pasted text, its first line the title."""
    from kutip.ingest.sources import article_from_pasted_text

    if is_url(message_text):
        from kutip.ingest.sources import aload_url

        return await aload_url(message_text, FetchPolicy.from_settings(settings))
    return article_from_pasted_text(message_text)


async def load_document(document: Document, settings: Settings, language: str) -> Article:
    from kutip.ingest.sources import article_from_file

    name = (document.file_name or "").lower()
    if not name.endswith(TEXT_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES):
        raise IngestError(text(language, "not_text_file"))
    if document.file_size and document.file_size > settings.fetch_max_bytes:
        raise IngestError(
            text(language, "too_large", size=document.file_size, limit=settings.fetch_max_bytes)
        )
    data = bytes(await (await document.get_file()).download_as_bytearray())
    if len(data) > settings.fetch_max_bytes:
        raise IngestError(text(language, "too_large", size=len(data), limit=settings.fetch_max_bytes))
    if name.endswith(HTML_SUFFIXES):
        from kutip.ingest.html import article_from_html

        return await blocking(article_from_html, data)
    return article_from_file(data, name)


async def ingest_command(update: Update, context: Context) -> None:
    if not await permitted(update, context, "bot_admin"):
        return
    language, settings, message = lang(update), context.bot_data.settings, update.effective_message
    source: Message = message.reply_to_message or message
    given = argument_text(update) if source is message else (source.text or source.caption or "")
    try:
        if source.document is not None:
            article = await load_document(source.document, settings, language)
        elif given:
            article = await load_article(given, settings)
        else:
            await reply(update, text(language, "usage_ingest"))
            return
        saved = await blocking(
            ingest_article, context.bot_data.store, article, f"telegram:{update.effective_user.id}"
        )
    except IngestError as exc:
        await reply(update, text(language, "not_stored", reason=html.escape(str(exc))))
        return
    await reply(update, describe_saved(saved, language))


async def document_sent(update: Update, context: Context) -> None:
    """A file sent privately, or captioned /ingest in a group, is an /ingest request (bot admins only)."""
    await ingest_command(update, context)


async def feeds_command(update: Update, context: Context) -> None:
    if not await permitted(update, context, "bot_admin"):
        return
    language, store = lang(update), context.bot_data.store
    words = argument_text(update).split()
    action = words[0].lower() if words else "list"
    if action == "add" and len(words) == 2:
        if not is_url(words[1]):
            await reply(update, text(language, "bad_url"))
            return
        feed, created = await blocking(add_feed, store, words[1], update.effective_user.id, datetime.now(UTC))
        key = "feed_added" if created else "feed_exists"
        minutes = context.bot_data.settings.feed_poll_minutes
        await reply(update, text(language, key, id=feed.id, url=html.escape(feed.url), n=minutes))
    elif action == "remove" and len(words) == 2 and words[1].lstrip("#").isdigit():
        await remove_and_reply(update, context, int(words[1].lstrip("#")))
    elif action == "list" and len(words) <= 1:
        await reply(update, *feed_list(await blocking(list_feeds, store), language))
    else:
        await reply(update, text(language, "usage_feeds"))


def feed_list(feeds, language: str) -> tuple[str, InlineKeyboardMarkup | None]:
    if not feeds:
        return text(language, "feeds_none"), None
    lines = []
    for feed in feeds:
        status = (
            text(
                language,
                "feed_failing",
                n=feed.failures,
                error=html.escape(shorten(feed.last_error or "", 120)),
            )
            if feed.failures
            else text(language, "feed_ok")
        )
        lines.append(text(language, "feed_line", id=feed.id, url=html.escape(feed.url), status=status))
    buttons = [
        [InlineKeyboardButton(text(language, "remove_button", id=f.id), callback_data=f"feedrm:{f.id}")]
        for f in feeds[:20]
    ]
    return "\n".join(lines), InlineKeyboardMarkup(buttons)


async def remove_and_reply(update: Update, context: Context, feed_id: int) -> None:
    removed = await blocking(remove_feed, context.bot_data.store, feed_id)
    key = "feed_removed" if removed else "feed_unknown"
    if update.callback_query is not None:
        await update.callback_query.answer(text(lang(update), key, id=feed_id))
    else:
        await reply(update, text(lang(update), key, id=feed_id))


async def remove_button(update: Update, context: Context) -> None:
    """The `Remove #7` button under /feeds list (`feedrm:7`)."""
    if await permitted(update, context, "bot_admin"):
        await remove_and_reply(update, context, int(context.match.group(1)))


async def stats_command(update: Update, context: Context) -> None:
    if not await permitted(update, context, "bot_admin"):
        return
    store = context.bot_data.store
    numbers = await blocking(counts, store)
    subscribed = await blocking(count_active_subscriptions, store)
    await reply(update, text(lang(update), "stats", subscribed=subscribed, **numbers))


def register(application: Application) -> None:
    application.add_handler(CommandHandler("ingest", ingest_command))
    application.add_handler(CommandHandler("feeds", feeds_command))
    application.add_handler(CommandHandler("stats", stats_command))
    application.add_handler(CallbackQueryHandler(remove_button, pattern=r"^feedrm:(\d{1,12})$"))
    application.add_handler(
        MessageHandler(
            filters.Document.ALL & filters.ChatType.PRIVATE & ~filters.CaptionRegex(r"^/(?!ingest)"),
            document_sent,
        )
    )
