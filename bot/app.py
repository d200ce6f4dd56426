"""Build the Telegram Application and run it: long polling in the foreground, or a webhook.

Everything shared lives in `application.bot_data`, a `bot.context.BotData` (the store, the settings,
the rate limiter); each
feature registers its handlers from its own module in `bot/handlers/`.
"""

from __future__ import annotations

import logging
import sys
from urllib.parse import urlsplit

from telegram import BotCommand, Update
from telegram.error import TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder

from bot.context import CONTEXT_TYPES, Context
from bot.handlers import admin, browse, digest, questions, start
from bot.handlers.common import lang, reply
from bot.jobs import start_jobs
from bot.ratelimit import RateLimiter
from bot.settings import BotSettings
from bot.texts import COMMANDS, text
from storage.db import Store, open_store

log = logging.getLogger("kutip.bot")

NO_TOKEN = """\
kutip: TELEGRAM_BOT_TOKEN is not set.
Create a bot with @BotFather and run
  TELEGRAM_BOT_TOKEN=123:ABC KUTIP_ADMIN_IDS=<your user id> kutip bot
or try kutip offline in the terminal: kutip chat --seed"""


def configure_logging() -> None:
    logging.basicConfig(
        stream=sys.stderr, level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    # at INFO they log every request URL, and Bot API URLs contain the token
    for noisy in ("httpx", "httpcore", "apscheduler", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def build_application(settings: BotSettings, store: Store) -> Application:
    root = settings.telegram_api_base_url
    application = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
        .rate_limiter(AIORateLimiter(max_retries=3))
        .concurrent_updates(True)  # handlers share no per-update state; the database serialises writes
        .context_types(CONTEXT_TYPES)
        .post_init(post_init)
        .build()
    )
    application.bot_data.store = store
    application.bot_data.settings = settings
    application.bot_data.limiter = RateLimiter(settings.questions_per_minute)
    for feature in (start, questions, browse, admin, digest):
        feature.register(application)
    start.register_fallback(application)
    application.add_error_handler(on_error)
    return application


async def post_init(application: Application) -> None:
    """Start the scheduler tick (the schedule itself is in the database) and publish the command menu."""
    start_jobs(application)
    for language, commands in COMMANDS.items():
        try:
            await application.bot.set_my_commands(
                [BotCommand(name, description) for name, description in commands],
                language_code=None if language == "en" else language,
            )
        except TelegramError as exc:
            log.warning("could not set the %s command menu: %s", language, exc)


async def on_error(update: object, context: Context) -> None:
    log.error("error while handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_message is not None:
        try:
            if update.callback_query is not None:
                await update.callback_query.answer(text(lang(update), "error"), show_alert=True)
            else:
                await reply(update, text(lang(update), "error"))
        except TelegramError:
            log.warning("could not tell the user about the error")


def run_bot(settings: BotSettings) -> int:
    configure_logging()
    if settings.telegram_bot_token is None or not settings.telegram_bot_token.get_secret_value():
        print(NO_TOKEN, file=sys.stderr)
        return 2
    if settings.mode == "webhook" and not settings.webhook_url:
        print("kutip: KUTIP_MODE=webhook needs KUTIP_WEBHOOK_URL (the public https address)", file=sys.stderr)
        return 2
    store = open_store(settings.database_url)
    application = build_application(settings, store)
    log.info(
        "kutip bot starting (%s, database %s)",
        settings.mode,
        store.engine.url.render_as_string(hide_password=True),
    )
    try:
        if settings.mode == "webhook":
            application.run_webhook(
                listen=settings.webhook_listen,
                port=settings.webhook_port,
                url_path=urlsplit(settings.webhook_url).path.lstrip("/"),
                webhook_url=settings.webhook_url,
                secret_token=settings.webhook_secret.get_secret_value() if settings.webhook_secret else None,
                allowed_updates=Update.ALL_TYPES,
            )
        else:
            application.run_polling(allowed_updates=Update.ALL_TYPES)
    finally:
        store.dispose()
    log.info("kutip bot stopped")
    return 0
