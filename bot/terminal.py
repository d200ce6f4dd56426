"""A terminal chat over the same answering code the bot uses: the product, offline, without a token.

`kutip chat --seed` stores the seed article (once), shows example questions answered, then answers
each line typed until end of input: a question, or one of the bot's reading commands (`/who Lavrov`,
`/said 5G`, `/figures Huawei`, `/latest`, `/article 1`), rendered as plain text.
"""

from __future__ import annotations

import sys

from bot.handlers.browse import READING
from bot.handlers.questions import PAGE
from bot.render import Style, format_answers
from bot.settings import BotSettings
from bot.texts import text
from kutip.ingest.errors import IngestError
from kutip.ingest.fetch import FetchPolicy
from storage.answering import answer_question
from storage.db import Store, open_store
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


def respond(store: Store, line: str, style: Style) -> str:
    """The reply to one typed line, as the bot would give it in a private chat (in Indonesian for the
    commands' labels, as for a user whose Telegram language is not English): a reading command runs
    the bot's own (`bot.handlers.browse.READING`), anything else is a question."""
    command, _, argument = line.partition(" ") if line.startswith("/") else ("", "", line)
    argument, lang = argument.strip(), "id"
    if command.removeprefix("/") in READING:
        return READING[command.removeprefix("/")](store, argument, lang, style).body
    if command in ("", "/said", "/ask"):
        if not argument:
            return text(lang, "usage_said")
        return format_answers(answer_question(store, argument, limit=PAGE), style=style)
    return "/who NAMA · /said TOPIK · /figures SUBJEK · /latest · /article ID, atau tulis pertanyaan."
