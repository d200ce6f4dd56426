"""Schedules: what admins type → Schedule, and when the next digest is due."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.schedule import Schedule, ScheduleError, next_run, parse_schedule

JAKARTA = ZoneInfo("Asia/Jakarta")  # UTC+7, no DST
MAKASSAR = ZoneInfo("Asia/Makassar")  # UTC+8, no DST
NEW_YORK = ZoneInfo("America/New_York")  # DST: 2024-03-10 02:00 → 03:00


@pytest.mark.parametrize(
    ("text", "expected", "canonical"),
    [
        ("", Schedule(times=(time(8),)), "daily 08:00"),
        ("daily", Schedule(times=(time(8),)), "daily 08:00"),
        ("daily 08:00", Schedule(times=(time(8),)), "daily 08:00"),
        ("Daily 7.30", Schedule(times=(time(7, 30),)), "daily 07:30"),
        ("harian 21:05", Schedule(times=(time(21, 5),)), "daily 21:05"),
        ("06:00", Schedule(times=(time(6),)), "daily 06:00"),
        ("twice daily", Schedule(times=(time(8), time(17))), "twice daily"),
        ("dua kali sehari", Schedule(times=(time(8), time(17))), "twice daily"),
        ("twice daily 19:00 07:00", Schedule(times=(time(7), time(19))), "daily 07:00 19:00"),
        ("every 6h", Schedule(interval=timedelta(hours=6)), "every 6h"),
        ("tiap 6j", Schedule(interval=timedelta(hours=6)), "every 6h"),
        ("every 15m", Schedule(interval=timedelta(minutes=15)), "every 15m"),
        ("every 90 min", Schedule(interval=timedelta(minutes=90)), "every 90m"),
        ("weekly mon 09:00", Schedule(times=(time(9),), weekday=0), "weekly mon 09:00"),
        ("mingguan minggu 18:30", Schedule(times=(time(18, 30),), weekday=6), "weekly sun 18:30"),
        ("weekly fri", Schedule(times=(time(9),), weekday=4), "weekly fri 09:00"),
    ],
)
def test_parse(text: str, expected: Schedule, canonical: str) -> None:
    parsed = parse_schedule(text)
    assert parsed == expected
    assert parsed.describe() == canonical
    assert parse_schedule(canonical) == parsed


@pytest.mark.parametrize(
    "text",
    ["every 5m", "every 14m", "every 25h", "every 6x", "every", "weekly", "weekly 09:00", "daily 25:00",
     "daily 8", "hourly", "twice daily 08:00", "daily 08:00 09:00 10:00", "weekly mon 09:00 10:00"],
)  # fmt: skip
def test_refused(text: str) -> None:
    with pytest.raises(ScheduleError):
        parse_schedule(text)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    ("schedule", "zone", "after", "expected"),
    [
        # 08:00 WIB = 01:00 UTC; strictly after: at 01:00 exactly the next is tomorrow
        ("daily 08:00", JAKARTA, utc(2024, 5, 1, 0, 0), utc(2024, 5, 1, 1, 0)),
        ("daily 08:00", JAKARTA, utc(2024, 5, 1, 1, 0), utc(2024, 5, 2, 1, 0)),
        ("daily 08:00", MAKASSAR, utc(2024, 5, 1, 0, 30), utc(2024, 5, 2, 0, 0)),
        # local date differs from the UTC date: 23:00 UTC is 06:00 WIB the next day
        ("daily 08:00", JAKARTA, utc(2024, 5, 1, 23, 0), utc(2024, 5, 2, 1, 0)),
        ("twice daily", JAKARTA, utc(2024, 5, 1, 2, 0), utc(2024, 5, 1, 10, 0)),
        ("twice daily", JAKARTA, utc(2024, 5, 1, 10, 0), utc(2024, 5, 2, 1, 0)),
        # year end wrap-around
        ("daily 08:00", JAKARTA, utc(2024, 12, 31, 2, 0), utc(2025, 1, 1, 1, 0)),
        # every 6h counts from local midnight (17:00 UTC): 17, 23, 05, 11
        ("every 6h", JAKARTA, utc(2024, 5, 1, 3, 0), utc(2024, 5, 1, 5, 0)),
        ("every 6h", JAKARTA, utc(2024, 5, 1, 5, 0), utc(2024, 5, 1, 11, 0)),
        ("every 15m", JAKARTA, utc(2024, 5, 1, 3, 7), utc(2024, 5, 1, 3, 15)),
        # every 5h restarts at midnight: 00, 05, 10, 15, 20, then 00 (not 01)
        ("every 5h", JAKARTA, utc(2024, 5, 1, 13, 30), utc(2024, 5, 1, 17, 0)),
        # 2024-05-01 is a Wednesday; Monday 09:00 WIB is 02:00 UTC
        ("weekly mon 09:00", JAKARTA, utc(2024, 5, 1, 0, 0), utc(2024, 5, 6, 2, 0)),
        ("weekly wed 09:00", JAKARTA, utc(2024, 5, 1, 1, 0), utc(2024, 5, 1, 2, 0)),
        # a week later when this week's slot has just passed
        ("weekly wed 09:00", JAKARTA, utc(2024, 5, 1, 2, 0), utc(2024, 5, 8, 2, 0)),
        # Sunday evening → Monday, across a month end
        ("weekly mon 09:00", MAKASSAR, utc(2024, 3, 31, 12, 0), utc(2024, 4, 1, 1, 0)),
        # DST: 08:00 in New York is 13:00 UTC in winter, 12:00 UTC after 10 March
        ("daily 08:00", NEW_YORK, utc(2024, 3, 9, 14, 0), utc(2024, 3, 10, 12, 0)),
        ("daily 08:00", NEW_YORK, utc(2024, 3, 8, 14, 0), utc(2024, 3, 9, 13, 0)),
    ],
)
def test_next_run(schedule: str, zone: ZoneInfo, after: datetime, expected: datetime) -> None:
    assert next_run(parse_schedule(schedule), after, zone) == expected


def test_next_run_needs_aware_time() -> None:
    with pytest.raises(ValueError):
        next_run(parse_schedule("daily"), datetime(2024, 5, 1), JAKARTA)
