"""Digest schedules: parse what a group admin types, and compute when the next digest is due.

`daily 08:00` (the default), `twice daily` (08:00 and 17:00), `every 6h` (at least `every 15m`),
`weekly mon 09:00`; Indonesian words work too (`harian 07:30`, `mingguan senin 09:00`, `tiap 6j`).
Times are wall-clock times in the chat's time zone; `next_run` answers in UTC. Intervals count from
local midnight, so `every 6h` posts at 00:00, 06:00, 12:00 and 18:00 whatever the start time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DEFAULT = "daily 08:00"
MIN_INTERVAL = timedelta(minutes=15)
TWICE_DAILY = (time(8, 0), time(17, 0))

# word → meaning; one line per accepted spelling
_DAILY = {"daily", "harian", "setiap-hari"}
_TWICE = {"twice-daily", "2x-daily", "dua-kali-sehari", "2x-sehari"}
_WEEKLY = {"weekly", "mingguan"}
_EVERY = {"every", "tiap", "setiap"}
_WEEKDAYS = {
    "mon": 0, "monday": 0, "sen": 0, "senin": 0,
    "tue": 1, "tuesday": 1, "sel": 1, "selasa": 1,
    "wed": 2, "wednesday": 2, "rab": 2, "rabu": 2,
    "thu": 3, "thursday": 3, "kam": 3, "kamis": 3,
    "fri": 4, "friday": 4, "jum": 4, "jumat": 4,
    "sat": 5, "saturday": 5, "sab": 5, "sabtu": 5,
    "sun": 6, "sunday": 6, "min": 6, "minggu": 6,
}  # fmt: skip
_UNITS = {"m": 1, "min": 1, "menit": 1, "h": 60, "j": 60, "jam": 60}  # j = jam (hour)
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")
_INTERVAL = re.compile(r"^(\d{1,4})\s*([a-z]+)$")
_WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class ScheduleError(ValueError):
    """A schedule kutip cannot read; the message says what was wrong."""


@dataclass(frozen=True)
class Schedule:
    """Either wall-clock `times` (on `weekday` only, when weekly) or a fixed `interval`."""

    times: tuple[time, ...] = ()
    weekday: int | None = None
    interval: timedelta | None = None

    def describe(self) -> str:
        """The canonical spelling, stored in the database: `weekly mon 09:00`, `every 6h`."""
        if self.interval is not None:
            minutes = int(self.interval.total_seconds() // 60)
            return f"every {minutes // 60}h" if minutes % 60 == 0 else f"every {minutes}m"
        clock = " ".join(t.strftime("%H:%M") for t in self.times)
        if self.weekday is not None:
            return f"weekly {_WEEKDAY_NAMES[self.weekday]} {clock}"
        if self.times == TWICE_DAILY:
            return "twice daily"
        return f"daily {clock}"


def parse_schedule(text: str) -> Schedule:
    """`"Weekly Mon 9:00"` → Schedule(times=(09:00,), weekday=0); an empty text is the default."""
    words = text.strip().lower().split() or DEFAULT.split()
    words = _join_phrases(words)
    head, rest = words[0], words[1:]
    if _TIME.match(head):
        head, rest = "daily", words
    if head in _DAILY:
        return Schedule(times=_parse_times(rest, default=(time(8, 0),)))
    if head in _TWICE:
        times = _parse_times(rest, default=TWICE_DAILY)
        if len(times) != 2:
            raise ScheduleError("twice daily takes two times, e.g. `twice daily 07:00 19:00`")
        return Schedule(times=times)
    if head in _WEEKLY:
        if not rest or rest[0] not in _WEEKDAYS:
            raise ScheduleError("weekly needs a day, e.g. `weekly mon 09:00`")
        return Schedule(
            times=_parse_times(rest[1:], default=(time(9, 0),), most=1), weekday=_WEEKDAYS[rest[0]]
        )
    if head in _EVERY:
        return Schedule(interval=_parse_interval(" ".join(rest)))
    raise ScheduleError(f"unknown schedule {text.strip()!r}")


def _join_phrases(words: list[str]) -> list[str]:
    """`twice daily` and `dua kali sehari` are one word to the parser."""
    joined = " ".join(words)
    for phrase in sorted(_TWICE | _DAILY, key=len, reverse=True):
        spaced = phrase.replace("-", " ")
        if joined == spaced or joined.startswith(spaced + " "):
            return [phrase, *joined[len(spaced) :].split()]
    return words


def _parse_times(words: list[str], default: tuple[time, ...], most: int = 2) -> tuple[time, ...]:
    if not words:
        return default
    if len(words) > most:
        raise ScheduleError(f"too many words: {' '.join(words)!r}")
    found = []
    for word in words:
        match = _TIME.match(word)
        if not match:
            raise ScheduleError(f"{word!r} is not a time like 08:00")
        found.append(time(int(match.group(1)), int(match.group(2))))
    return tuple(sorted(set(found)))


def _parse_interval(text: str) -> timedelta:
    match = _INTERVAL.match(text.strip())
    if not match or match.group(2) not in _UNITS:
        raise ScheduleError(f"{text!r} is not an interval like 6h or 30m")
    interval = timedelta(minutes=int(match.group(1)) * _UNITS[match.group(2)])
    if interval < MIN_INTERVAL:
        raise ScheduleError("the shortest interval is every 15m")
    if interval > timedelta(hours=24):
        raise ScheduleError("the longest interval is 24h; use `daily` or `weekly`")
    return interval


def next_run(schedule: Schedule, after: datetime, zone: ZoneInfo) -> datetime:
    """The first run strictly after `after` (aware), in UTC.

    `daily 08:00` in Asia/Jakarta after 2024-05-01 01:00 UTC (08:00 WIB) → 2024-05-02 01:00 UTC.
    """
    if after.tzinfo is None:
        raise ValueError("next_run needs an aware datetime")
    local = after.astimezone(zone)
    if schedule.interval is not None:
        return _next_interval(schedule.interval, after, local.date(), zone)
    for offset in range(8):
        day = local.date() + timedelta(days=offset)
        if schedule.weekday is not None and day.weekday() != schedule.weekday:
            continue
        for at in schedule.times:
            candidate = datetime.combine(day, at, tzinfo=zone).astimezone(UTC)
            if candidate > after:
                return candidate
    raise AssertionError(f"no run within a week for {schedule}")  # a weekly schedule always has one


def _next_interval(interval: timedelta, after: datetime, today: date, zone: ZoneInfo) -> datetime:
    midnight = datetime.combine(today, time(0), tzinfo=zone).astimezone(UTC)
    next_midnight = datetime.combine(today + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC)
    steps = (after - midnight) // interval + 1
    return min(midnight + steps * interval, next_midnight)
