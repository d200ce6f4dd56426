"""A terminal chat over the same answering code the bot uses: the product, offline, without a token.

`kutip chat --seed` stores the seed article (once), shows example questions answered, then answers
each line typed until end of input: a question, or one of the bot's reading commands (`/who Lavrov`,
`/said 5G`, `/figures Huawei`, `/latest`, `/article 1`), rendered as plain text.
"""

from __future__ import annotations

import sys

from bot.render import (
    Style,
    format_answers,
    format_article,
    format_figures,
    format_latest,
    format_profile,
)
from bot.settings import BotSettings
from bot.texts import TEXTS, text
from kutip.ingest.errors import IngestError
from kutip.ingest.fetch import FetchPolicy
from storage.answering import answer_question
from storage.browse import article_detail, figures_about, find_speaker_id, latest_articles, speaker_profile
from storage.db import open_store
from storage.ingest import ingest_article

EXAMPLES = (
    "Apa kata Lavrov soal 5G?",
    "Siapa yang bilang Huawei bisa mengganggu keamanan sekutu?",
    "Who said 5G is important?",
)

CONNECT_HINT = """\
To run the Telegram bot: create a bot with @BotFather, then
  TELEGRAM_BOT_TOKEN=123:ABC KUTIP_ADMIN_IDS=<your user id> .venv/bin/kutip bot
(see README.md, "Running the bot")."""


def run_terminal_chat(settings: BotSettings, seed: str | None) -> int:
    store = open_store(settings.database_url)
    plain = Style(rich=False)
    say = print
    if seed:
        from kutip.ingest.sources import load_input

        try:
            saved = ingest_article(
                store, load_input(seed, FetchPolicy.from_settings(settings)), ingested_by="terminal"
            )
        except IngestError as exc:
            print(f"kutip: {seed}: {exc}", file=sys.stderr)
            return 1
        what = (
            "already stored" if saved.duplicate else f"stored: {saved.claims} claims, {saved.figures} figures"
        )
        say(f"Seed article “{saved.title}” {what} in {settings.database_url}")
        for question in EXAMPLES:
            say(f"\n> {question}")
            say(format_answers(answer_question(store, question, limit=1), style=plain))
        say("")
    if not settings.telegram_bot_token:
        say(CONNECT_HINT)
    interactive = sys.stdin.isatty()
    say("\nAsk who said what (Ctrl-D to quit).")
    while True:
        if interactive:
            sys.stdout.write("> ")
            sys.stdout.flush()
        line = sys.stdin.readline()
        if not line:
            break
        if line.strip():
            say(respond(store, line.strip(), plain) + "\n")
    say("Bye.")
    store.dispose()
    return 0


def respond(store, line: str, style: Style) -> str:
    """The reply to one typed line, as the bot would give it in a private chat (in Indonesian for the
    commands' labels, as for a user whose Telegram language is not English)."""
    command, _, argument = line.partition(" ") if line.startswith("/") else ("", "", line)
    argument, lang = argument.strip(), "id"
    labels = TEXTS[lang]
    if command in ("", "/said", "/ask"):
        if not argument:
            return text(lang, "usage_said")
        return format_answers(answer_question(store, argument, limit=3), style=style)
    if command == "/who":
        if not argument:
            return text(lang, "usage_who")
        speaker_id = find_speaker_id(store, argument)
        profile = speaker_profile(store, speaker_id) if speaker_id is not None else None
        if profile is None:
            return text(lang, "no_speaker", name=argument)
        return format_profile(profile, lang, labels, style)
    if command == "/figures":
        if not argument:
            return text(lang, "usage_figures")
        rows = figures_about(store, argument)
        return (
            format_figures(rows, argument, lang, labels, style)
            if rows
            else text(lang, "no_figures", subject=argument)
        )
    if command == "/latest":
        articles = latest_articles(store, 8)
        return format_latest(articles, lang, labels, style) if articles else text(lang, "no_articles")
    if command == "/article":
        if not argument.isdigit():
            return text(lang, "usage_article")
        detail = article_detail(store, int(argument))
        return (
            format_article(detail, lang, labels, style)
            if detail
            else text(lang, "no_article", id=int(argument))
        )
    return "/who NAMA · /said TOPIK · /figures SUBJEK · /latest · /article ID, atau tulis pertanyaan."
