"""Run `kutip bot` as a subprocess against the fake Bot API, as an operator would run it.

    with running_bot(fake, db_url, admins=[ana.id]) as bot: ...   # waits until it long-polls
    with running_bot(..., ready=lambda: fake.webhook, KUTIP_MODE="webhook", ...) as bot: ...

Leaving the block sends SIGTERM and checks the bot exits cleanly within 10 seconds.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.e2e.fake_telegram import FakeTelegram

ROOT = Path(__file__).resolve().parents[2]
STOP_WITHIN = 10.0


def bot_environment(fake: FakeTelegram, db_url: str, admins: list[int], **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KUTIP_", "TELEGRAM_"))}
    env.update(
        TELEGRAM_BOT_TOKEN=fake.token,
        TELEGRAM_API_BASE_URL=fake.base_url,
        KUTIP_DATABASE_URL=db_url,
        KUTIP_ADMIN_IDS=",".join(map(str, admins)),
        KUTIP_TICK_SECONDS="0.5",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


class BotProcess:
    def __init__(self, process: subprocess.Popen, log: Path) -> None:
        self.process = process
        self.log = log

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def stop(self) -> int:
        """SIGTERM, then the exit status; fails the test if the bot takes longer than 10 s."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=STOP_WITHIN)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise AssertionError(
                f"kutip bot did not stop within {STOP_WITHIN}s:\n{self.output()[-3000:]}"
            ) from None


@contextmanager
def running_bot(
    fake: FakeTelegram,
    db_url: str,
    admins: list[int],
    workdir: Path,
    name: str = "bot",
    ready: Callable[[], object] | None = None,
    **extra: str,
) -> Iterator[BotProcess]:
    """`ready()` says the bot has started (checked on every change of the fake); by default, it long-polls."""
    started = ready or (lambda: fake.polls_waiting > 0)
    log = workdir / f"{name}.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "cli", "bot"],
            cwd=workdir,
            env=bot_environment(fake, db_url, admins, **extra),
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    bot = BotProcess(process, log)
    try:
        fake.wait_for(lambda: started() or process.poll() is not None, timeout=20)
        if process.poll() is not None:
            raise AssertionError(f"kutip bot exited with {process.returncode}:\n{bot.output()[-3000:]}")
        yield bot
    finally:
        code = bot.stop()
        assert code == 0, f"kutip bot exited with {code}:\n{bot.output()[-3000:]}"
        assert fake.token.split(":")[1] not in bot.output(), "the bot token leaked into the log"
        assert "Traceback" not in bot.output() or "error while handling" in bot.output(), bot.output()[-3000:]
