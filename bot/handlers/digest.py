"""Group digests: /subscribe [schedule], /unsubscribe, /digest [preview], /filter, /timezone — for the chat's
admins and bot admins (in a private chat, for the user) — and leaving chats that removed the bot."""

from __future__ import annotations

import html
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from telegram import ChatMember, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, ChatMemberHandler, CommandHandler

from bot.filtering import MAX_TERMS, clean_term
from bot.handlers.common import (
    Context,
    argument_text,
    blocking,
    lang,
    permitted,
    reply,
)
from bot.jobs import digest_messages, keep_article, send_digest
from bot.schedule import ScheduleError, next_run, parse_schedule
from bot.texts import text
from storage.chats import (
    add_chat_filter,
    chat_filters,
    chat_timezone,
    clear_chat_filters,
    count_chat_filters,
    remember_chat,
    set_chat_timezone,
)
from storage.digests import preview_digest, reschedule, subscribe, subscription_of, unsubscribe

FILTER_MODES = {
    "add": "include",
    "include": "include",
    "only": "include",
    "exclude": "exclude",
    "except": "exclude",
}


async def zone_of(update: Update, context: Context) -> str:
    return (
        await blocking(chat_timezone, context.bot_data.store, update.effective_chat.id)
        or context.bot_data.settings.timezone
    )


def local_time(when: datetime, zone: str) -> str:
    return when.astimezone(ZoneInfo(zone)).strftime("%d-%m-%Y %H:%M")


async def subscribe_command(update: Update, context: Context) -> None:
    if not await permitted(update, context, "chat_admin"):
        return
    language, chat, message = lang(update), update.effective_chat, update.effective_message
    try:
        schedule = parse_schedule(argument_text(update))
    except ScheduleError as exc:
        await reply(update, text(language, "bad_schedule", reason=html.escape(str(exc))))
        return
    store, zone = context.bot_data.store, await zone_of(update, context)
    now = datetime.now(UTC)
    first = next_run(schedule, now, ZoneInfo(zone))
    thread_id = message.message_thread_id if message.is_topic_message else None
    await blocking(remember_chat, store, chat.id, chat.type, chat.title, language)
    await blocking(subscribe, store, chat.id, thread_id, schedule.describe(), zone, first, now)
    keyboard = InlineKeyboardMarkup(
        [[InlineKeyboardButton(text(language, "unsubscribe_button"), callback_data="unsub")]]
    )
    await reply(
        update,
        text(language, "subscribed", schedule=schedule.describe(), zone=zone, next=local_time(first, zone)),
        keyboard,
    )


async def unsubscribe_command(update: Update, context: Context) -> None:
    if not await permitted(update, context, "chat_admin"):
        return
    stopped = await blocking(unsubscribe, context.bot_data.store, update.effective_chat.id)
    message = text(lang(update), "unsubscribed" if stopped else "not_subscribed")
    if update.callback_query is not None:
        await update.callback_query.answer(message)
        await update.callback_query.edit_message_reply_markup(None)
    else:
        await reply(update, message)


async def digest_command(update: Update, context: Context) -> None:
    if not await permitted(update, context, "chat_admin"):
        return
    store, chat_id = context.bot_data.store, update.effective_chat.id
    subscription = await blocking(subscription_of, store, chat_id)
    if subscription is None:
        await reply(update, text(lang(update), "not_subscribed"))
        return
    if argument_text(update).lower() == "preview":
        await show_preview(update, context)
        return
    thread_id = (
        update.effective_message.message_thread_id if update.effective_message.is_topic_message else None
    )
    sent = await send_digest(context.bot, store, chat_id, thread_id or subscription.thread_id)
    if not sent:
        await reply(update, text(lang(update), "digest_empty"))


async def show_preview(update: Update, context: Context) -> None:
    """`/digest preview`: the messages the chat's next digest would post if it went out now (the same
    selection and composition, in the chat's language), shown to whoever asked; nothing is marked as
    sent, so the digest itself still brings them."""
    language = lang(update)
    reserved = await blocking(
        preview_digest, context.bot_data.store, update.effective_chat.id, keep_article, datetime.now(UTC)
    )
    if not reserved.articles:
        await reply(update, text(language, "digest_empty"))
        return
    messages = digest_messages(reserved)
    await reply(update, text(language, "digest_preview", n=len(messages)))
    for message in messages:
        await reply(update, message)


async def filter_command(update: Update, context: Context) -> None:
    if not await permitted(update, context, "chat_admin"):
        return
    language, store, chat_id = lang(update), context.bot_data.store, update.effective_chat.id
    words = argument_text(update).split(maxsplit=1)
    action = words[0].lower() if words else "list"
    if action in FILTER_MODES and len(words) == 2:
        term = clean_term(words[1])
        if not term:
            await reply(update, text(language, "filter_bad_term"))
        elif await blocking(count_chat_filters, store, chat_id) >= MAX_TERMS:
            await reply(update, text(language, "filter_too_many"))
        elif await blocking(add_chat_filter, store, chat_id, FILTER_MODES[action], term):
            mode = text(language, FILTER_MODES[action])
            await reply(update, text(language, "filter_added", mode=mode, term=html.escape(term)))
        else:
            await reply(update, text(language, "filter_exists"))
    elif action == "clear":
        removed = await blocking(clear_chat_filters, store, chat_id)
        await reply(update, text(language, "filter_cleared", n=removed))
    elif (action == "list" and len(words) == 1) or not words:
        include, exclude = await blocking(chat_filters, store, chat_id)
        if not include and not exclude:
            await reply(update, text(language, "filter_none"))
        else:
            shown = {
                k: html.escape(", ".join(v) or "-") for k, v in (("include", include), ("exclude", exclude))
            }
            await reply(update, text(language, "filter_list", **shown))
    else:
        await reply(update, text(language, "usage_filter"))


async def timezone_command(update: Update, context: Context) -> None:
    language, given = lang(update), argument_text(update)
    if not given:
        await reply(update, text(language, "usage_timezone", zone=await zone_of(update, context)))
        return
    if not await permitted(update, context, "chat_admin"):
        return
    try:
        zone = ZoneInfo(given)
    except (ZoneInfoNotFoundError, ValueError):
        await reply(update, text(language, "bad_timezone", zone=html.escape(given[:64])))
        return
    store, chat = context.bot_data.store, update.effective_chat
    await blocking(remember_chat, store, chat.id, chat.type, chat.title, language)
    await blocking(set_chat_timezone, store, chat.id, zone.key)
    subscription = await blocking(subscription_of, store, chat.id)
    if subscription is not None:
        first = next_run(parse_schedule(subscription.schedule), datetime.now(UTC), zone)
        await blocking(reschedule, store, chat.id, zone.key, first)
    await reply(update, text(language, "timezone_set", zone=zone.key))


async def membership_changed(update: Update, context: Context) -> None:
    """The bot was removed or blocked: stop digests now instead of failing on every schedule."""
    change = update.my_chat_member
    if change.new_chat_member.status in (ChatMember.LEFT, ChatMember.BANNED):
        await blocking(unsubscribe, context.bot_data.store, change.chat.id)


def register(application: Application) -> None:
    application.add_handler(CommandHandler("subscribe", subscribe_command))
    application.add_handler(CommandHandler("unsubscribe", unsubscribe_command))
    application.add_handler(CallbackQueryHandler(unsubscribe_command, pattern=r"^unsub$"))
    application.add_handler(CommandHandler("digest", digest_command))
    application.add_handler(CommandHandler("filter", filter_command))
    application.add_handler(CommandHandler("timezone", timezone_command))
    application.add_handler(ChatMemberHandler(membership_changed, ChatMemberHandler.MY_CHAT_MEMBER))
