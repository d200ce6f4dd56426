"""What every handler needs: the typed `Context` (services in `context.bot_data`), the reader's language, replies split to
Telegram's limits, and blocking work moved off the event loop."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, TypeVar

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode

from bot.context import Context
from bot.permissions import Need, may
from bot.render import split_message
from bot.texts import language_of, text

T = TypeVar("T")


def lang(update: Update) -> str:
    user = update.effective_user
    return language_of(user.language_code if user else None)


async def blocking(func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Database and extraction calls are synchronous: run them in a worker thread."""
    return await asyncio.to_thread(func, *args, **kwargs)


async def reply(
    update: Update, html: str, keyboard: InlineKeyboardMarkup | None = None, preview: bool = False
) -> Message | None:
    """Reply in HTML, split at 4096 characters; the keyboard goes on the last part."""
    message = update.effective_message
    if message is None:
        return None
    parts = split_message(html)
    sent = None
    for i, part in enumerate(parts):
        sent = await message.reply_text(
            part,
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard if i == len(parts) - 1 else None,
            disable_web_page_preview=not preview,
            do_quote=i == 0,
        )
    return sent


async def permitted(update: Update, context: Context, need: Need) -> bool:
    """Whether the sender may do this; if not, a polite refusal is sent (a button gets an alert)."""
    if await may(update, context, need):
        return True
    key = "not_allowed" if need == "bot_admin" else "not_chat_admin"
    refusal = text(lang(update), key)
    if update.callback_query is not None:
        await update.callback_query.answer(refusal, show_alert=True)
    else:
        await reply(update, refusal)
    return False


def argument_text(update: Update) -> str:
    """What follows the command word, newlines kept: `/ingest Judul\\nIsi` → `Judul\\nIsi`."""
    message = update.effective_message
    raw = (message.text or message.caption or "") if message else ""
    parts = raw.split(maxsplit=1)
    return parts[1].strip() if len(parts) > 1 and parts[0].startswith("/") else ""
