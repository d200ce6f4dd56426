"""/start and /help in the reader's language; unknown commands get the help too, unknown buttons an alert."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.handlers.common import Context, lang, reply
from bot.texts import text


async def help_command(update: Update, context: Context) -> None:
    language = lang(update)
    body = text(language, "help", bot=context.bot.username or "kutip")
    user = update.effective_user
    if user is not None and user.id in context.bot_data.settings.admin_ids:
        body += text(language, "admin_help")
    await reply(update, body)


async def unknown_button(update: Update, context: Context) -> None:
    """Data no feature's pattern matched: a forged client, or a button from an older version."""
    await update.callback_query.answer(text(lang(update), "bad_button"), show_alert=True)


def register(application: Application) -> None:
    application.add_handler(CommandHandler(["start", "help"], help_command))
    # PTB hands a press without data to every handler with a pattern; registered first, this one takes it
    application.add_handler(CallbackQueryHandler(unknown_button, pattern=lambda _data: False))


async def unknown_command(update: Update, context: Context) -> None:
    """In groups only commands addressed to this bot (`/foo@kutipbot`): others belong to other bots."""
    message = update.effective_message
    command = (message.text or "").split()[0] if message and message.text else ""
    if update.effective_chat.type == "private" or command.endswith(f"@{context.bot.username}"):
        await help_command(update, context)


def register_fallback(application: Application) -> None:
    """Registered last in the same group: a command, or a button, no feature claimed."""
    application.add_handler(MessageHandler(filters.COMMAND, unknown_command))
    application.add_handler(CallbackQueryHandler(unknown_button))
