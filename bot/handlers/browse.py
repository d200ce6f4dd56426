"""/who NAME, /figures SUBJECT (with a chart when there is more than one point), /latest, /article ID."""

from __future__ import annotations

import html

from telegram import Update
from telegram.ext import Application, CommandHandler, MessageHandler, filters

from bot.chart import line_chart
from bot.handlers.common import Context, argument_text, blocking, lang, reply, store_of
from bot.render import format_article, format_figures, format_latest, format_profile, shorten
from bot.texts import TEXTS, text
from storage.browse import article_detail, figures_about, find_speaker_id, latest_articles, speaker_profile

CAPTION = 1024  # Telegram's limit for a photo caption


async def who_command(update: Update, context: Context) -> None:
    language, name = lang(update), argument_text(update)
    if not name:
        await reply(update, text(language, "usage_who"))
        return
    store = store_of(context)
    speaker_id = await blocking(find_speaker_id, store, name)
    profile = await blocking(speaker_profile, store, speaker_id) if speaker_id is not None else None
    if profile is None:
        await reply(update, html.escape(text(language, "no_speaker", name=shorten(name, 80))))
        return
    await reply(update, format_profile(profile, language, TEXTS[language]))


async def figures_command(update: Update, context: Context) -> None:
    language, subject = lang(update), argument_text(update)
    if not subject:
        await reply(update, text(language, "usage_figures"))
        return
    rows = await blocking(figures_about, store_of(context), subject)
    if not rows:
        await reply(update, html.escape(text(language, "no_figures", subject=shorten(subject, 80))))
        return
    body = format_figures(rows, subject, language, TEXTS[language])
    series = [r.to_value if r.to_value is not None else r.value for r in rows]
    units = {r.unit for r in rows}
    if len(rows) > 1 and len(units) == 1:
        chart = await blocking(line_chart, series)
        await update.effective_message.reply_photo(chart, do_quote=True)
    await reply(update, body)


async def latest_command(update: Update, context: Context) -> None:
    language = lang(update)
    articles = await blocking(latest_articles, store_of(context), 8)
    if not articles:
        await reply(update, text(language, "no_articles"))
        return
    await reply(update, format_latest(articles, language, TEXTS[language]))


async def article_command(update: Update, context: Context) -> None:
    language = lang(update)
    raw = argument_text(update) or (update.effective_message.text or "").split("_", 1)[-1].split("@")[0]
    if not raw.strip().isdigit():
        await reply(update, text(language, "usage_article"))
        return
    detail = await blocking(article_detail, store_of(context), int(raw.strip()))
    if detail is None:
        await reply(update, text(language, "no_article", id=int(raw.strip())))
        return
    await reply(update, format_article(detail, language, TEXTS[language]))


def register(application: Application) -> None:
    application.add_handler(CommandHandler("who", who_command))
    application.add_handler(CommandHandler("figures", figures_command))
    application.add_handler(CommandHandler("latest", latest_command))
    application.add_handler(CommandHandler("article", article_command))
    application.add_handler(MessageHandler(filters.Regex(r"^/article_\d+(@\w+)?$"), article_command))
