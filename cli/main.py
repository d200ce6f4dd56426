"""The `kutip` command: thin wrappers over the pipeline and storage.

Imports are deferred to each command so that `kutip extract` starts fast: it never touches the
database or Telegram, and users run it over thousands of files.

Exit status: 0 all inputs fine, 1 any input failed, 2 malformed command line (argparse), a bad
setting, or a database that cannot be opened: each of those is one line on stderr, not a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

SEED_ARTICLE = "seeds/beritabaru-lavrov-huawei-5g.txt"


class HelpWithSettings(argparse.Action):
    """`kutip bot --help` ends with the settings the bot reads; made only when asked for, so that
    building the parser never loads pydantic (`kutip extract` starts fast)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **_kwargs: object) -> None:
        super().__init__(
            option_strings, dest=argparse.SUPPRESS, nargs=0, help="show this help and the settings"
        )

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        from bot.settings import BotSettings
        from kutip.settings import describe_settings

        parser.epilog = describe_settings(BotSettings)
        parser.print_help()
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kutip", description="Who said what in the news.")
    parser.add_argument("--db", metavar="URL", help="database URL (overrides KUTIP_DATABASE_URL)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="print claims and figures found in files (no database)")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--jsonl", action="store_true", help="one JSON object per file, one per line")
    fmt.add_argument("--json", action="store_true", help="one JSON array of all files")
    p.add_argument("files", nargs="+", metavar="FILE")

    p = sub.add_parser("ingest", help="store articles from .txt/.html/.json/.jsonl files, URLs or - (stdin)")
    p.add_argument("--json", action="store_true", help="print one JSON result per input")
    p.add_argument("inputs", nargs="+", metavar="INPUT")

    p = sub.add_parser("ask", help="answer a who-said-what question from the database")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=positive_int, default=5, help="answers to show (default 5)")
    p.add_argument("question", nargs="+")

    p = sub.add_parser("digest", help="show what a chat's next digest would post (nothing is sent)")
    p.add_argument("--preview", type=int, required=True, metavar="CHAT_ID", help="the subscribed chat")

    p = sub.add_parser("stats", help="count what is stored")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "bot",
        help="run the Telegram bot (long polling, or webhook by settings)",
        description="Run the Telegram bot in the foreground until Ctrl-C or SIGTERM, configured by the settings below.",
        add_help=False,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("-h", "--help", action=HelpWithSettings)

    p = sub.add_parser("chat", help="ask questions in the terminal, as the bot would answer them")
    p.add_argument("--seed", action="store_true", help=f"ingest {SEED_ARTICLE} first")
    return parser


def positive_int(value: str) -> int:
    """`--limit 0` or `-3` asks for nothing: a usage error (status 2), not an empty answer."""
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value}")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = globals()[f"_cmd_{args.command}"]
    try:
        code = handler(args)
    except Exception as exc:
        if not _is_setup_error(exc):
            raise
        print(f"kutip: {exc}", file=sys.stderr)
        code = 2
    sys.exit(code)


def _is_setup_error(exc: Exception) -> bool:
    """A setting or database the user must fix: told in one line. Imported here, when it happened,
    so that `kutip extract` never loads the database layer."""
    from kutip.settings import SettingsError
    from storage.db import DatabaseUnavailable

    return isinstance(exc, SettingsError | DatabaseUnavailable)


def _cmd_extract(args: argparse.Namespace) -> int:
    from kutip.extract import extract
    from kutip.extract.serialize import extraction_to_json
    from kutip.ingest.errors import IngestError
    from kutip.ingest.files import read_text_file

    failed = 0
    rows = []
    for path in args.files:
        try:
            text = read_text_file(path)
        except IngestError as exc:
            print(f"kutip: {path}: {exc}", file=sys.stderr)
            failed += 1
            rows.append({"file": path, "error": str(exc), "claims": [], "figures": []})
        else:
            rows.append({"file": path, **extraction_to_json(extract(text))})
        if args.jsonl:
            sys.stdout.write(json.dumps(rows.pop(), ensure_ascii=False) + "\n")
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    elif not args.jsonl:
        for row in rows:
            if "error" not in row:  # told on stderr already; a bare "== missing.txt" would read as empty
                _print_extraction(row)
    return 1 if failed else 0


def _print_extraction(row: dict) -> None:
    print(f"== {row['file']}")
    for c in row["claims"]:
        print(f"  [{c['type']}] {c['speaker']}: {c['text']}")
    for f in row["figures"]:
        change = f" → {f['to_value']:g}" if f.get("to_value") is not None else ""
        print(f"  # {f['text']} = {f['value']:g}{change} {f.get('unit') or ''}")


def _settings(args: argparse.Namespace):
    from bot.settings import load_bot_settings

    return load_bot_settings(database_url=args.db)


def _cmd_ingest(args: argparse.Namespace) -> int:
    """One result line per input as it is stored (JSON with --json), then `stored 205, already there 3,
    failed 0`; failures are also told on stderr. A progress bar runs on stderr when a person watches."""
    from cli.progress import Progress
    from kutip.ingest.sources import count_articles
    from storage.ingest import ingest_inputs

    settings = _settings(args)
    watched = not args.json and sys.stderr.isatty()
    progress = Progress(count_articles(args.inputs) if watched else 0, sys.stderr if watched else None)
    tally = {"stored": 0, "already there": 0, "failed": 0}
    for r in ingest_inputs(settings, args.inputs, ingested_by="cli"):
        progress.clear()
        print(json.dumps(r.to_json(), ensure_ascii=False) if args.json else r.describe(), flush=True)
        if not r.ok:
            print(f"kutip: {r.input}: {r.error}", file=sys.stderr)
        tally[r.outcome] += 1
        progress.advance()
    progress.clear()
    if not args.json:
        print(", ".join(f"{outcome} {n}" for outcome, n in tally.items()))
    return 1 if tally["failed"] else 0


def _cmd_ask(args: argparse.Namespace) -> int:
    from bot.render import Style, format_answers
    from storage.answering import answer_question
    from storage.db import open_store

    store = open_store(_settings(args).database_url)
    result = answer_question(store, " ".join(args.question), limit=args.limit)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False))
    else:
        print(format_answers(result, style=Style(rich=False)))
    return 0


def _cmd_stats(args: argparse.Namespace) -> int:
    from storage.db import open_store
    from storage.queries import counts

    store = open_store(_settings(args).database_url)
    stats = counts(store)
    if args.json:
        print(json.dumps(stats))
    else:
        for key, value in stats.items():
            print(f"{key:>14}: {value}")
    return 0


def _cmd_digest(args: argparse.Namespace) -> int:
    """The messages the next digest of a chat would post if it went out now, as the bot sends them
    (Telegram HTML); the selection is rolled back, so the digest itself is unchanged."""
    from datetime import UTC, datetime

    from bot.jobs import digest_messages, keep_article
    from storage.db import open_store
    from storage.digests import preview_digest, subscription_of

    chat_id = args.preview
    store = open_store(_settings(args).database_url)
    if subscription_of(store, chat_id) is None:
        print(f"kutip: chat {chat_id} has no digest subscription (/subscribe in that chat)", file=sys.stderr)
        return 1
    reserved = preview_digest(store, chat_id, keep_article, datetime.now(UTC))
    if not reserved.articles:
        print(f"nothing new for chat {chat_id}: its next digest would post nothing yet")
        return 0
    messages = digest_messages(reserved)
    for number, message in enumerate(messages, 1):
        print(f"--- message {number} of {len(messages)} ---\n{message}")
    return 0


def _cmd_bot(args: argparse.Namespace) -> int:
    from bot.app import run_bot

    return run_bot(_settings(args))


def _cmd_chat(args: argparse.Namespace) -> int:
    from bot.terminal import run_terminal_chat

    return run_terminal_chat(_settings(args), seed=SEED_ARTICLE if args.seed else None)
