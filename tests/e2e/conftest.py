"""Fixtures for end-to-end tests against the fake Bot API (see fake_telegram.py).

``fake_telegram`` is a started FakeTelegram, stopped after the test. ``bot_env`` is the environment a
``kutip bot`` subprocess needs to talk to it. ``ptb_bot`` is a python-telegram-bot ``Bot`` aimed at it,
for tests that call the API directly.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from telegram import Bot

from tests.e2e.fake_telegram import FakeTelegram


@pytest.fixture
def fake_telegram() -> Iterator[FakeTelegram]:
    with FakeTelegram() as fake:
        yield fake


@pytest.fixture
def bot_env(fake_telegram: FakeTelegram) -> dict[str, str]:
    """Environment variables pointing kutip at the fake, to merge into a subprocess's env."""
    return {"TELEGRAM_API_BASE_URL": fake_telegram.base_url, "TELEGRAM_BOT_TOKEN": fake_telegram.token}


@pytest.fixture
async def ptb_bot(fake_telegram: FakeTelegram) -> AsyncIterator[Bot]:
    root = fake_telegram.base_url
    async with Bot(fake_telegram.token, base_url=f"{root}/bot", base_file_url=f"{root}/file/bot") as bot:
        yield bot
