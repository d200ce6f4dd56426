"""Fixtures for end-to-end tests against the fake Bot API (see fake_telegram/ and README.md here).

``fake_telegram`` is a started FakeTelegram, stopped after the test. ``bot_env`` is the environment a
``kutip bot`` subprocess needs to talk to it. ``kutip_bot`` starts that subprocess and waits until it
long-polls. ``ptb_bot`` is a python-telegram-bot ``Bot`` aimed at the fake, for direct API calls.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest
from telegram import Bot

from tests.e2e.fake_telegram import FakeTelegram

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fake_telegram() -> Iterator[FakeTelegram]:
    with FakeTelegram() as fake:
        yield fake


@pytest.fixture
def bot_env(fake_telegram: FakeTelegram, tmp_path: Path) -> dict[str, str]:
    """Environment for a ``kutip bot`` subprocess: the fake's URL and token, a fresh SQLite database."""
    return {
        "TELEGRAM_API_BASE_URL": fake_telegram.base_url,
        "TELEGRAM_BOT_TOKEN": fake_telegram.token,
        "KUTIP_DATABASE_URL": f"sqlite:///{tmp_path / 'kutip.db'}",
    }


@pytest.fixture
def kutip_bot(
    fake_telegram: FakeTelegram, bot_env: dict[str, str], tmp_path: Path
) -> Iterator[Callable[..., subprocess.Popen[bytes]]]:
    """Start ``kutip bot`` against the fake: ``proc = kutip_bot(KUTIP_ADMIN_IDS="42")``.

    Returns once the bot holds a getUpdates long poll open, so updates injected afterwards reach it.
    The process is terminated after the test; its output is in ``tmp_path / "bot.log"``, and a bot
    that dies before polling fails the test with that log.
    """
    started: list[subprocess.Popen[bytes]] = []
    log_path = tmp_path / "bot.log"

    def start(timeout: float = 20.0, **extra_env: str) -> subprocess.Popen[bytes]:
        env = {**os.environ, **bot_env, **extra_env}
        log = log_path.open("ab")
        proc = subprocess.Popen(
            [sys.executable, "-m", "cli", "bot"],
            cwd=tmp_path,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        started.append(proc)
        ready = fake_telegram.wait_for(
            lambda: fake_telegram.polls_waiting > 0 or proc.poll() is not None, timeout
        )
        if proc.poll() is not None or not ready:
            pytest.fail(
                f"kutip bot did not start polling (exit {proc.poll()}):\n{log_path.read_text(errors='replace')}"
            )
        return proc

    yield start
    for proc in started:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
async def ptb_bot(fake_telegram: FakeTelegram) -> AsyncIterator[Bot]:
    root = fake_telegram.base_url
    async with Bot(fake_telegram.token, base_url=f"{root}/bot", base_file_url=f"{root}/file/bot") as bot:
        yield bot
