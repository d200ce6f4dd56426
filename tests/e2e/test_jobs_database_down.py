"""The database going away for a while makes the scheduler tick fail and try again, never die.

The real Application runs in process against the fake Bot API; its store first points at a
PostgreSQL port where nothing listens, then at a working database.
"""

from __future__ import annotations

import asyncio
import logging

from bot.app import build_application
from bot.jobs import start_jobs
from bot.settings import load_bot_settings as load_settings
from storage.db import open_store
from tests.e2e.fake_telegram import FakeTelegram


async def _until(condition, timeout: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "condition not met in time"
        await asyncio.sleep(0.05)


async def test_tick_retries_while_the_database_is_down(fake_telegram: FakeTelegram, tmp_path, caplog):
    settings = load_settings(
        telegram_bot_token=fake_telegram.token,
        telegram_api_base_url=fake_telegram.base_url,
        database_url=f"sqlite:///{tmp_path / 'kutip.db'}",
        tick_seconds=0.2,
    )
    down = open_store("postgresql://postgres@127.0.0.1:1/nowhere", migrate=False)
    application = build_application(settings, down)
    caplog.set_level(logging.ERROR)
    failures = lambda: sum(1 for r in caplog.records if r.exc_info and "127.0.0.1" in str(r.exc_info[1]))  # noqa: E731
    async with application:
        await application.start()
        start_jobs(application)
        await _until(lambda: failures() >= 3)  # the same job ran again after each failure

        working = open_store(settings.database_url)
        application.bot_data.store = working
        seen = failures()
        ticks = [job for job in application.job_queue.jobs() if job.name == "tick"]
        await asyncio.sleep(1.0)  # several intervals of 0.2 s with the database back
        assert ticks and ticks[0].next_t is not None and not ticks[0].removed
        assert failures() == seen
        await application.stop()
    working.dispose()
    down.dispose()
