"""How fast one `kutip bot` answers, and how fast it fans digests out. Not a test: run it by hand.

    .venv/bin/python benchmarks/bot_throughput.py [--updates 600] [--unlimited-updates 2000]
        [--users 300] [--chats 10000] [--sample 1000]

Everything runs against the fake Bot API (`tests/e2e/fake_telegram/`) served in this process on
127.0.0.1; the bots are subprocesses that long-poll it, as in production.

1. The fake's own ceiling: one client process sends messages to it as fast as it answers.
2. Updates handled per second: --updates questions (the dev gold questions in Indonesian and English,
   and the seed article's) from --users users, each in a private chat, injected at once; timed from
   the first injection to the last reply. The same updates go to a bare python-telegram-bot echo bot
   (one MessageHandler, the same AIORateLimiter and concurrency settings as `bot/app.py`). Both run
   with the limiter as configured, where Telegram's 30 messages/s sets the pace, and with its rates
   set to 0 (retry handling kept), where the bots' own work does; the second uses --unlimited-updates.
3. Digest fan-out to --chats subscribed supergroups (a tenth with filters, three languages' worth of
   chats, two watermarks): the time to claim, reserve and compose them all (`bot.jobs.send_digests`
   with a bot that sends nothing, in a subprocess), then a `kutip bot` sending the real way until
   --sample digest messages arrived: messages per second once past the limiter's initial burst,
   extrapolated to all chats, and the bot's peak RSS.

The database is SQLite, seeded with `kutip ingest` of the seed article and the dev articles.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import resource
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.e2e.fake_telegram import FakeTelegram  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "dev"
SEED = ROOT / "seeds" / "beritabaru-lavrov-huawei-5g.txt"
SEED_QUESTIONS = (
    ("id", "Apa kata Lavrov soal 5G?"),
    ("id", "Siapa yang bilang Rusia siap bekerja sama dengan Huawei?"),
    ("en", "What did Lavrov say about 5G?"),
    ("en", "What did Putin say about Huawei?"),
)
LIMITER_OFF = "BENCH_NO_RATE_LIMIT"
RSS_FILE = "BENCH_RSS_FILE"


def machine() -> str:
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return f"{os.cpu_count()} CPUs ({model}), Python {platform.python_version()}, {platform.system()}"


def limiter():
    """AIORateLimiter as `bot/app.py` builds it, or with its rates at 0 when LIMITER_OFF is set."""
    from telegram.ext import AIORateLimiter

    if os.environ.get(LIMITER_OFF):
        return AIORateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=3)
    return AIORateLimiter(max_retries=3)


def record_peak_rss() -> None:
    """At exit, the process's peak RSS (ru_maxrss, KiB on Linux) goes to the file named in RSS_FILE."""
    import atexit

    if path := os.environ.get(RSS_FILE):
        atexit.register(
            lambda: Path(path).write_text(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
        )


# ---- the subprocesses -------------------------------------------------------------------------------


def serve_kutip() -> None:
    """`kutip bot`, with the limiter swapped only when LIMITER_OFF is set."""
    import bot.app
    from cli.main import main

    record_peak_rss()
    bot.app.AIORateLimiter = lambda max_retries: limiter()  # the same retries, the rates from limiter()
    main(["bot"])


def serve_echo() -> None:
    """The baseline: python-telegram-bot replying each text with itself, configured as kutip is."""
    from telegram import Update
    from telegram.ext import ApplicationBuilder, MessageHandler, filters

    record_peak_rss()
    root = os.environ["TELEGRAM_API_BASE_URL"]
    application = (
        ApplicationBuilder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
        .rate_limiter(limiter())
        .concurrent_updates(True)
        .build()
    )

    async def echo(update: Update, _context) -> None:
        await update.effective_message.reply_text(update.effective_message.text, do_quote=True)

    application.add_handler(MessageHandler(filters.TEXT, echo))
    application.run_polling(allowed_updates=Update.ALL_TYPES)


def hammer(root: str, token: str, chat_ids: list[int], count: int) -> None:
    """Send `count` messages through PTB's client (256 connections, no limiter); print messages/s."""
    from telegram import Bot

    async def run() -> float:
        async with Bot(token, base_url=f"{root}/bot") as client:
            gate = asyncio.Semaphore(256)

            async def one(n: int) -> None:
                async with gate:
                    await client.send_message(chat_ids[n % len(chat_ids)], f"ceiling {n}")

            started = time.perf_counter()
            await asyncio.gather(*(one(n) for n in range(count)))
            return count / (time.perf_counter() - started)

    print(json.dumps({"per_second": asyncio.run(run())}))


def plan(db_url: str) -> None:
    """Claim, reserve and compose every due digest, as the bot's tick does, but send nothing."""
    from bot import jobs
    from storage.db import open_store

    record_peak_rss()

    class NullBot:
        messages = 0

        async def send_message(self, chat_id: int, text: str, **options) -> None:
            NullBot.messages += 1

    async def run() -> tuple[float, int]:
        store = open_store(db_url, migrate=False)
        bot, now, chats = NullBot(), datetime.now(UTC), 0
        started = time.perf_counter()
        while due := await asyncio.to_thread(
            jobs.claim_due_subscriptions, store, now, jobs.following_run, jobs.DIGEST_BATCH
        ):
            chats += len(due)
            await jobs.send_digests(bot, store, due)
        return time.perf_counter() - started, chats

    seconds, chats = asyncio.run(run())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "chats": chats, "messages": NullBot.messages, "rss_kb": peak}))


# ---- the benchmark ----------------------------------------------------------------------------------


def seed_database(workdir: Path) -> tuple[str, list[tuple[str, str]]]:
    """`kutip ingest` the seed and the dev articles; returns the URL and the questions to ask."""
    files, questions = [SEED], list(SEED_QUESTIONS)
    for path in sorted(DEV.glob("*.json")):
        item = json.loads(path.read_text(encoding="utf-8"))
        text_file = workdir / f"{item['id']}.txt"
        text_file.write_text(f"{item['title']}\n\n{item['text']}", encoding="utf-8")
        files.append(text_file)
        questions += [(item["lang"], q["q"]) for q in item.get("questions", [])]
    url = f"sqlite:///{workdir / 'kutip.db'}"
    subprocess.run(
        [sys.executable, "-m", "cli", "--db", url, "ingest", *map(str, files)],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    return url, questions


class Bots:
    """Starts bot subprocesses against the fake and stops them with SIGTERM, keeping their peak RSS."""

    def __init__(self, fake: FakeTelegram, workdir: Path) -> None:
        self.fake, self.workdir = fake, workdir

    def start(self, role: str, db_url: str, unlimited: bool, **extra: str) -> tuple[subprocess.Popen, Path]:
        with self.fake._cond:  # nothing left over from the previous bot
            self.fake._updates.clear()
        rss = self.workdir / f"{role}-{len(list(self.workdir.glob('*.rss')))}.rss"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("KUTIP_", "TELEGRAM_", "BENCH_"))}
        env.update(
            TELEGRAM_API_BASE_URL=self.fake.base_url,
            TELEGRAM_BOT_TOKEN=self.fake.token,
            KUTIP_DATABASE_URL=db_url,
            **{RSS_FILE: str(rss)},
            **extra,
        )
        if unlimited:
            env[LIMITER_OFF] = "1"
        log = (self.workdir / f"{role}.log").open("ab")
        process = subprocess.Popen(
            [sys.executable, __file__, f"--serve-{role}"], cwd=self.workdir, env=env, stdout=log, stderr=log
        )
        if not self.fake.wait_for(lambda: self.fake.polls_waiting > 0 or process.poll() is not None, 30):
            raise RuntimeError(f"{role} bot did not start; see {self.workdir / f'{role}.log'}")
        return process, rss

    @staticmethod
    def stop(process: subprocess.Popen, rss: Path) -> int:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
        return int(rss.read_text()) if rss.exists() else 0


def answer_rate(bots: Bots, role: str, db_url: str, unlimited: bool, asked: list) -> dict:
    """Updates per second from injecting `asked` (user, text) to the last reply."""
    fake = bots.fake
    process, rss = bots.start(role, db_url, unlimited)
    before = len(fake.sent_messages())
    calls_before = len(fake.calls())
    started = time.monotonic()
    for user, question in asked:
        fake.user_sends(user, text=question)
    deadline = started + 600
    while len(fake.sent_messages()) < before + len(asked) and time.monotonic() < deadline:
        time.sleep(0.02)
    replies = fake.sent_messages()[before:]
    peak = bots.stop(process, rss)
    failed = [c for c in fake.calls()[calls_before:] if c.status != 200 and c.method != "getUpdates"]
    if len(replies) < len(asked):
        raise RuntimeError(f"{role}: {len(replies)} replies to {len(asked)} updates")
    seconds = max(r.time for r in replies) - started
    return {
        "per_second": len(asked) / seconds,
        "seconds": seconds,
        "failed_calls": len(failed),
        "rss_kb": peak,
    }


def fake_ceiling(fake: FakeTelegram, chat_ids: list[int], count: int) -> float:
    found = subprocess.run(
        [sys.executable, __file__, "--hammer", fake.base_url, fake.token, json.dumps(chat_ids), str(count)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(found.stdout)["per_second"]


def subscribe_chats(fake: FakeTelegram, db_url: str, count: int) -> list[int]:
    """`count` supergroups with the bot in them, each subscribed and due now, in bulk."""
    from sqlalchemy import func, insert
    from sqlmodel import select

    from storage.db import open_store
    from storage.models import Article, Chat, ChatFilter, Subscription

    boss = fake.new_user("Boss")
    chat_ids = []
    for n in range(count):
        group = fake.new_group(f"Redaksi {n}", boss, supergroup=True)
        group.members[fake.bot.id] = "member"
        chat_ids.append(group.id)
    rng = random.Random(5)
    store = open_store(db_url)
    now = datetime.now(UTC)
    with store.session() as session:
        newest = session.exec(select(func.max(Article.id))).one()
        session.execute(
            insert(Subscription),
            [
                {
                    "chat_id": chat_id,
                    "schedule": rng.choice(("daily 08:00", "every 6h", "twice daily", "weekly mon 09:00")),
                    "timezone": rng.choice(("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura")),
                    "active": True,
                    "watermark_article_id": newest - rng.choice((3, 8)),
                    "next_run_at": now - timedelta(seconds=1),
                    "created_at": now,
                }
                for chat_id in chat_ids
            ],
        )
        session.execute(
            insert(Chat),
            [
                {
                    "id": c,
                    "type": "supergroup",
                    "title": "Redaksi",
                    "language": rng.choice(("id", "id", "en")),
                }
                for c in chat_ids
            ],
        )
        filtered = rng.sample(chat_ids, count // 10)
        session.execute(
            insert(ChatFilter),
            [
                {
                    "chat_id": c,
                    "mode": rng.choice(("include", "exclude")),
                    "term": rng.choice(("rusia", "bank")),
                }
                for c in filtered
            ],
        )
    store.dispose()
    return chat_ids


def copy_sqlite(url: str, suffix: str) -> str:
    source = Path(url.removeprefix("sqlite:///"))
    target = source.with_name(f"{source.stem}-{suffix}.db")
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return f"sqlite:///{target}"


def digest_sample(bots: Bots, db_url: str, chat_ids: set[int], sample: int) -> dict:
    fake = bots.fake
    before = len(fake.sent_messages())
    started = time.monotonic()
    process, rss = bots.start("kutip", db_url, unlimited=False, KUTIP_TICK_SECONDS="1")

    def digests() -> list:
        return [m for m in fake.sent_messages()[before:] if m.chat_id in chat_ids]

    deadline = time.monotonic() + 30 + sample / 5
    while len(digests()) < sample and time.monotonic() < deadline:
        time.sleep(0.1)
    sent = digests()[:sample]
    peak = bots.stop(process, rss)
    if len(sent) < 2:
        raise RuntimeError(f"only {len(sent)} digests arrived; see {bots.workdir / 'kutip.log'}")
    steady = sent[len(sent) // 10 :]  # past the limiter's initial burst of 30
    span = steady[-1].time - steady[0].time
    throttled = len([c for c in fake.calls("sendMessage") if c.status == 429])
    return {
        "sent": len(sent),
        "per_second": (len(steady) - 1) / span,
        "first_after": sent[0].time - started,
        "throttled": throttled,
        "rss_kb": peak,
    }


def run(args: argparse.Namespace) -> None:
    command = " ".join(
        shlex.quote(a) for a in [".venv/bin/python", "benchmarks/bot_throughput.py", *sys.argv[1:]]
    )
    print(f"machine: {machine()}")
    print(f"command: {command}")
    workdir = Path(tempfile.mkdtemp(prefix="kutip-botbench-"))
    try:
        db_url, questions = seed_database(workdir)
        print(f"database: {db_url} ({len(questions)} distinct questions)")
        with FakeTelegram() as fake:
            bots = Bots(fake, workdir)
            rng = random.Random(3)
            users = {
                lang: [fake.new_user(f"U{lang}{n}", language_code=lang) for n in range(args.users // 2)]
                for lang in ("id", "en")
            }
            for user in users["id"] + users["en"]:
                fake.private_chat(user)

            def ask(n: int) -> list:
                picked = [rng.choice(questions) for _ in range(n)]
                return [(rng.choice(users[lang]), q) for lang, q in picked]

            ceiling = fake_ceiling(fake, [u.id for u in users["id"]], 3000)
            print(f"\nfake Bot API ceiling: {ceiling:.0f} sendMessage/s (one PTB client, 256 connections)")
            print("\nupdates handled per second (first update injected → last reply received)")
            for unlimited, count in ((False, args.updates), (True, args.unlimited_updates)):
                label = "rate limits off" if unlimited else "AIORateLimiter as configured (30/s)"
                asked = ask(count)
                echo = answer_rate(bots, "echo", db_url, unlimited, asked)
                kutip = answer_rate(bots, "kutip", db_url, unlimited, asked)
                print(
                    f"  {label}, {count} updates from {args.users} users: echo {echo['per_second']:.1f}/s, "
                    f"kutip {kutip['per_second']:.1f}/s, ratio {kutip['per_second'] / echo['per_second']:.2f} "
                    f"(failed calls: echo {echo['failed_calls']}, kutip {kutip['failed_calls']}; "
                    f"peak RSS echo {echo['rss_kb'] / 1024:.0f} MB, kutip {kutip['rss_kb'] / 1024:.0f} MB)"
                )

            chat_ids = subscribe_chats(fake, db_url, args.chats)
            snapshot = copy_sqlite(db_url, "subscribed")
            planned = json.loads(
                subprocess.run(
                    [sys.executable, __file__, "--plan", db_url],
                    capture_output=True,
                    text=True,
                    check=True,
                    cwd=ROOT,
                ).stdout
            )
            print(f"\ndigest fan-out to {args.chats:,} subscribed chats")
            print(
                f"  plan and queue (claim + reserve + compose, nothing sent): {planned['seconds']:.1f} s for "
                f"{planned['chats']:,} chats, {planned['messages']:,} messages; peak RSS {planned['rss_kb'] / 1024:.0f} MB"
            )
            sent = digest_sample(bots, snapshot, set(chat_ids), args.sample)
            total = planned["messages"] / sent["per_second"]
            print(
                f"  sent through kutip bot (AIORateLimiter as configured): the first {sent['sent']:,} digest messages "
                f"at {sent['per_second']:.1f} messages/s past the initial burst (first after {sent['first_after']:.1f} s "
                f"from start; {sent['throttled']} answered 429) → all {planned['messages']:,} messages to "
                f"{args.chats:,} chats in about {total / 60:.1f} min (extrapolated); bot peak RSS {sent['rss_kb'] / 1024:.0f} MB"
            )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--updates", type=int, default=600, help="questions with the limiter as configured")
    parser.add_argument("--unlimited-updates", type=int, default=2000, help="questions with rate limits off")
    parser.add_argument("--users", type=int, default=300)
    parser.add_argument("--chats", type=int, default=10_000)
    parser.add_argument("--sample", type=int, default=1000, help="digests actually sent (of --chats)")
    parser.add_argument("--serve-kutip", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--serve-echo", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--hammer", nargs=4, help=argparse.SUPPRESS)
    parser.add_argument("--plan", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_kutip:
        serve_kutip()
    elif args.serve_echo:
        serve_echo()
    elif args.hammer:
        root, token, chats, count = args.hammer
        hammer(root, token, json.loads(chats), int(count))
    elif args.plan:
        plan(args.plan)
    else:
        run(args)


if __name__ == "__main__":
    main()
