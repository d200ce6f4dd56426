"""Free-text questions (private chats; in groups when the bot is mentioned or replied to), `/said`,
and the buttons under an answer: more answers (edited in place), more from this speaker, source.

Callback data stays under Telegram's 64 bytes: `q:<key>:<offset>` where the key (16 hex characters)
names the question kept in the database (`storage.button_queries`, so buttons outlive a restart) and
cached in `bot_data.questions`; `sp:<claim id>:<offset>`; `src:<claim id>`.
"""

from __future__ import annotations

import html
import re
import time
from datetime import UTC, datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType, MessageEntityType, ParseMode
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.handlers.common import Context, argument_text, blocking, reply
from bot.render import format_answers, format_statement, shorten
from bot.texts import language_of, text
from kutip.answer.questions import is_question_like
from kutip.answer.results import AnswerSet
from storage.answering import answer_question
from storage.browse import statement, statements_by_speaker
from storage.button_queries import keep_question, kept_question, question_key

PAGE = 3
# the buttons' callback data; keys of 10 characters are from older buttons: they answer "expired"
MORE_ANSWERS = re.compile(r"^q:([0-9a-f]{10}(?:[0-9a-f]{6})?):(\d{1,4})$")
MORE_FROM_SPEAKER = re.compile(r"^sp:(\d{1,12}):(\d{1,4})$")
SOURCE = re.compile(r"^src:(\d{1,12})$")
CACHED_QUESTIONS = 10_000  # keys kept in `bot_data.questions`


async def remember_question(context: Context, question: str) -> str:
    """A short key for a question, so a button can ask it again for the next page, even after a restart."""
    cached = context.bot_data.questions
    key = question_key(question)
    if key not in cached:
        await blocking(keep_question, context.bot_data.store, question, datetime.now(UTC))
    cached[key] = question
    cached.move_to_end(key)
    while len(cached) > CACHED_QUESTIONS:
        cached.popitem(last=False)
    return key


async def recall_question(context: Context, key: str) -> str | None:
    cached = context.bot_data.questions
    return cached[key] if key in cached else await blocking(kept_question, context.bot_data.store, key)


def answer_keyboard(result: AnswerSet, key: str, offset: int, lang: str) -> InlineKeyboardMarkup | None:
    rows = []
    paging = []
    if offset > 0:
        paging.append(
            InlineKeyboardButton(text(lang, "previous"), callback_data=f"q:{key}:{max(0, offset - PAGE)}")
        )
    if result.total > offset + len(result.answers):
        paging.append(
            InlineKeyboardButton(text(lang, "more_answers"), callback_data=f"q:{key}:{offset + PAGE}")
        )
    if paging:
        rows.append(paging)
    first = result.answers[0] if result.answers else None
    if first is not None and first.claim_id:  # a figure no one said has no speaker and no claim to show
        rows.append(
            [
                InlineKeyboardButton(
                    text(lang, "more_from", name=shorten(first.speaker, 30)),
                    callback_data=f"sp:{first.claim_id}:0",
                ),
                InlineKeyboardButton(text(lang, "source"), callback_data=f"src:{first.claim_id}"),
            ]
        )
    return InlineKeyboardMarkup(rows) if rows else None


async def ask(update: Update, context: Context, question: str) -> None:
    user = update.effective_user
    if user is not None and not context.bot_data.limiter.allow(user.id, time.monotonic()):
        await reply(update, text(language_of(user.language_code), "rate_limited"))
        return
    result = await blocking(answer_question, context.bot_data.store, question, PAGE, 0)
    lang = result.question.language
    key = await remember_question(context, question)
    await reply(update, format_answers(result, lang), answer_keyboard(result, key, 0, lang))


def addressed_question(update: Update, bot_username: str | None, bot_id: int) -> str | None:
    """The question in a message, or None when the message is not for the bot (group small talk)."""
    message = update.effective_message
    if message is None or not message.text:
        return None
    question = message.text
    if update.effective_chat.type != ChatType.PRIVATE:
        mention = f"@{bot_username}" if bot_username else None
        mentioned = mention is not None and any(
            e.type == MessageEntityType.MENTION and message.parse_entity(e).casefold() == mention.casefold()
            for e in message.entities
        )
        replied = message.reply_to_message is not None and message.reply_to_message.from_user is not None
        replied = replied and message.reply_to_message.from_user.id == bot_id
        if not (mentioned or replied):
            return None
        if mention:
            question = question.replace(mention, " ").replace(mention.lower(), " ")
    question = " ".join(question.split())
    return question if is_question_like(question) else None


async def on_text(update: Update, context: Context) -> None:
    question = addressed_question(update, context.bot.username, context.bot.id)
    if question:
        await ask(update, context, question)


async def said_command(update: Update, context: Context) -> None:
    topic = argument_text(update)
    if not topic:
        await reply(update, text(language_of(update.effective_user.language_code), "usage_said"))
        return
    await ask(update, context, topic)


async def more_answers(update: Update, context: Context) -> None:
    query = update.callback_query
    key, offset = context.match.group(1), int(context.match.group(2))
    question = await recall_question(context, key)
    if question is None:
        await query.answer(text(language_of(update.effective_user.language_code), "expired"), show_alert=True)
        return
    result = await blocking(answer_question, context.bot_data.store, question, PAGE, offset)
    lang = result.question.language
    await query.answer()
    await query.edit_message_text(
        format_answers(result, lang),
        parse_mode=ParseMode.HTML,
        reply_markup=answer_keyboard(result, key, offset, lang),
        disable_web_page_preview=True,
    )


async def more_from_speaker(update: Update, context: Context) -> None:
    query = update.callback_query
    claim_id, offset = int(context.match.group(1)), int(context.match.group(2))
    lang = language_of(update.effective_user.language_code)
    found = await blocking(statement, context.bot_data.store, claim_id)
    if found is None:
        await query.answer(text(lang, "expired"), show_alert=True)
        return
    page, total = await blocking(
        statements_by_speaker, context.bot_data.store, found.speaker_id, PAGE, offset
    )
    heading = f"<b>{html.escape(text(lang, 'statements_of', name=found.speaker))}</b>"
    body = "\n\n".join([heading, *(format_statement(s, lang) for s in page)])
    keyboard = None
    if total > offset + PAGE:
        keyboard = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        text(lang, "more_answers"), callback_data=f"sp:{claim_id}:{offset + PAGE}"
                    )
                ]
            ]
        )
    await query.answer()
    await reply(update, body, keyboard)


async def show_source(update: Update, context: Context) -> None:
    query = update.callback_query
    claim_id = int(context.match.group(1))
    lang = language_of(update.effective_user.language_code)
    found = await blocking(statement, context.bot_data.store, claim_id)
    await query.answer()
    if found is None:
        await reply(update, text(lang, "expired"))
        return
    await reply(update, format_statement(found, lang, with_sentence=True), preview=True)


def register(application: Application) -> None:
    application.add_handler(CommandHandler("said", said_command))
    application.add_handler(CallbackQueryHandler(more_answers, pattern=MORE_ANSWERS))
    application.add_handler(CallbackQueryHandler(more_from_speaker, pattern=MORE_FROM_SPEAKER))
    application.add_handler(CallbackQueryHandler(show_source, pattern=SOURCE))
    application.add_handler(
        MessageHandler(filters.TEXT & ~filters.COMMAND & ~filters.UpdateType.EDITED, on_text)
    )
