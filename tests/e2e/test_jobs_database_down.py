"""The database going away for a while makes the scheduler tick fail and try again, never die.

The real Application runs in process against the fake Bot API; its store first points at a
PostgreSQL port where nothing listens, then at a working database. The test is the clock: the
scheduler is paused and each tick is fired by the test, through the job's own `run`, the way the
scheduler fires it.
"""

from __future__ import annotations

import logging

from telegram.ext import Application, Job

from bot.app import build_application
from bot.jobs import start_jobs
from bot.settings import load_bot_settings as load_settings
from storage.db import open_store
from tests.e2e.fake_telegram import FakeTelegram


async def _tick_once(application: Application) -> Job:
    """One scheduled tick, fired now; returns the job, still in the queue."""
    (job,) = [job for job in application.job_queue.jobs() if job.name == "tick"]
    await job.run(application)
    return job


async def test_tick_retries_while_the_database_is_down(fake_telegram: FakeTelegram, tmp_path, caplog):
    settings = load_settings(
        telegram_bot_token=fake_telegram.token,
        telegram_api_base_url=fake_telegram.base_url,
        database_url=f"sqlite:///{tmp_path / 'kutip.db'}",
    )
    down = open_store("postgresql://postgres@127.0.0.1:1/nowhere", migrate=False)
    application = build_application(settings, down)
    caplog.set_level(logging.ERROR)
    failures = lambda: sum(1 for r in caplog.records if r.exc_info and "127.0.0.1" in str(r.exc_info[1]))  # noqa: E731
    async with application:
        await application.start()
        start_jobs(application)
        application.job_queue.scheduler.pause()  # only the ticks this test fires run
        for ran in range(1, 4):
            job = await _tick_once(application)
            assert failures() == ran  # it failed, was logged, and stays scheduled for the next run
            assert job.next_t is not None and not job.removed

        working = open_store(settings.database_url)
        application.bot_data.store = working
        for _ in range(3):
            job = await _tick_once(application)
        assert job.next_t is not None and not job.removed
        assert failures() == 3
        await application.stop()
    working.dispose()
    down.dispose()
