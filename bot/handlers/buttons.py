"""Every inline button press comes here: the callback data is parsed, its permission checked, then
the feature's function runs. Data a client forged or an old button sent gets a polite answer.

    q:<key>:<offset>    more answers to a question          everyone (old 10-digit keys: "expired")
    sp:<claim>:<offset> more from that claim's speaker       everyone
    src:<claim>         the claim's sentence and source      everyone
    feedrm:<feed>       remove a feed                        bot admins
    unsub               stop this chat's digests             chat admins
"""

from __future__ import annotations

import re

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler

from bot.handlers import admin, digest, questions
from bot.handlers.common import Context, lang, permitted
from bot.permissions import Need
from bot.texts import text

PATTERNS: dict[str, tuple[re.Pattern[str], Need]] = {
    "q": (re.compile(r"^q:([0-9a-f]{10}(?:[0-9a-f]{6})?):(\d{1,4})$"), "read"),
    "sp": (re.compile(r"^sp:(\d{1,12}):(\d{1,4})$"), "read"),
    "src": (re.compile(r"^src:(\d{1,12})$"), "read"),
    "feedrm": (re.compile(r"^feedrm:(\d{1,12})$"), "bot_admin"),
    "unsub": (re.compile(r"^unsub$"), "chat_admin"),
}


def parse_callback(data: str | None) -> tuple[str, tuple[str, ...], Need] | None:
    """`"q:ab12cd34ef567890:3"` → ("q", ("ab12cd34ef567890", "3"), "read"); anything malformed → None."""
    if not data or len(data) > 64:
        return None
    action = data.split(":", 1)[0]
    if action not in PATTERNS:
        return None
    pattern, need = PATTERNS[action]
    match = pattern.match(data)
    return (action, match.groups(), need) if match else None


async def on_button(update: Update, context: Context) -> None:
    query = update.callback_query
    parsed = parse_callback(query.data)
    if parsed is None:
        await query.answer(text(lang(update), "bad_button"), show_alert=True)
        return
    action, args, need = parsed
    if not await permitted(update, context, need):
        return
    if action == "q":
        await questions.more_answers(update, context, args[0], int(args[1]))
    elif action == "sp":
        await questions.more_from_speaker(update, context, int(args[0]), int(args[1]))
    elif action == "src":
        await questions.show_source(update, context, int(args[0]))
    elif action == "feedrm":
        await admin.remove_and_reply(update, context, int(args[0]))
    elif action == "unsub":
        await digest.unsubscribe_command(update, context)


def register(application: Application) -> None:
    application.add_handler(CallbackQueryHandler(on_button))
