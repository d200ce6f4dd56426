"""/who NAME, /figures SUBJECT (with a chart when there is more than one point), /latest, /article ID.

Each command is a function of the store and its argument (`READING`): the Telegram handlers and the
terminal chat (`bot.terminal`) run the same ones, in HTML for the one and plain text for the other.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from telegram import Update
from telegram.ext import Application, CommandHandler, MessageHandler, filters

from bot.chart import line_chart
from bot.handlers.common import Context, argument_text, blocking, lang, reply
from bot.render import Style, format_article, format_figures, format_latest, format_profile, shorten
from bot.texts import text
from storage.browse import article_detail, figures_about, find_speaker_id, latest_articles, speaker_profile
from storage.db import Store

HTML = Style(rich=True)


@dataclass(frozen=True)
class Reading:
    """A reading command's reply, and the points of the chart the bot sends before it (none: no chart)."""

    body: str
    chart: tuple[float, ...] = ()


def who(store: Store, name: str, language: str, style: Style) -> Reading:
    if not name:
        return Reading(text(language, "usage_who"))
    speaker_id = find_speaker_id(store, name)
    profile = speaker_profile(store, speaker_id) if speaker_id is not None else None
    if profile is None:
        return Reading(style.esc(text(language, "no_speaker", name=shorten(name, 80))))
    return Reading(format_profile(profile, language, style))


def figures(store: Store, subject: str, language: str, style: Style) -> Reading:
    """A chart only for a series it can draw: more than one point, all in one unit."""
    if not subject:
        return Reading(text(language, "usage_figures"))
    rows = figures_about(store, subject)
    if not rows:
        return Reading(style.esc(text(language, "no_figures", subject=shorten(subject, 80))))
    chart: tuple[float, ...] = ()
    if len(rows) > 1 and len({r.unit for r in rows}) == 1:
        chart = tuple(r.to_value if r.to_value is not None else r.value for r in rows)
    return Reading(format_figures(rows, subject, language, style), chart)


def latest(store: Store, _argument: str, language: str, style: Style) -> Reading:
    articles = latest_articles(store, 8)
    if not articles:
        return Reading(text(language, "no_articles"))
    return Reading(format_latest(articles, language, style))


def article(store: Store, number: str, language: str, style: Style) -> Reading:
    if not number.isdigit():
        return Reading(text(language, "usage_article"))
    detail = article_detail(store, int(number))
    if detail is None:
        return Reading(text(language, "no_article", id=int(number)))
    return Reading(format_article(detail, language, style))


READING: dict[str, Callable[[Store, str, str, Style], Reading]] = {
    "who": who,
    "figures": figures,
    "latest": latest,
    "article": article,
}


async def send(update: Update, context: Context, read: Callable[..., Reading], argument: str) -> None:
    reading = await blocking(read, context.bot_data.store, argument, lang(update), HTML)
    if reading.chart:
        chart = await blocking(line_chart, list(reading.chart))
        await update.effective_message.reply_photo(chart, do_quote=True)
    await reply(update, reading.body)


def command(read: Callable[..., Reading]) -> Callable[[Update, Context], Awaitable[None]]:
    async def handle(update: Update, context: Context) -> None:
        await send(update, context, read, argument_text(update))

    return handle


async def article_link(update: Update, context: Context) -> None:
    """`/article_12` (or `/article_12@kutipbot`), the tappable form /latest lists."""
    number = update.effective_message.text.split("_", 1)[1].split("@")[0]
    await send(update, context, article, number)


def register(application: Application) -> None:
    for name, read in READING.items():
        application.add_handler(CommandHandler(name, command(read)))
    application.add_handler(MessageHandler(filters.Regex(r"^/article_\d+(@\w+)?$"), article_link))
