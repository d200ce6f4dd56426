"""/start and /help in the reader's language; unknown commands get the help too."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CommandHandler, MessageHandler, filters

from bot.handlers.common import Context, lang, reply, settings_of
from bot.texts import text


async def help_command(update: Update, context: Context) -> None:
    language = lang(update)
    body = text(language, "help", bot=context.bot.username or "kutip")
    user = update.effective_user
    if user is not None and user.id in settings_of(context).admin_ids:
        body += text(language, "admin_help")
    await reply(update, body)


def register(application: Application) -> None:
    application.add_handler(CommandHandler(["start", "help"], help_command))


async def unknown_command(update: Update, context: Context) -> None:
    """In groups only commands addressed to this bot (`/foo@kutipbot`): others belong to other bots."""
    message = update.effective_message
    command = (message.text or "").split()[0] if message and message.text else ""
    if update.effective_chat.type == "private" or command.endswith(f"@{context.bot.username}"):
        await help_command(update, context)


def register_fallback(application: Application) -> None:
    """Registered last in the same group: a command no feature claimed."""
    application.add_handler(MessageHandler(filters.COMMAND, unknown_command))
