"""Published dates, as Indonesian and English news write them, turned into aware UTC datetimes.

Indonesian reports date events relative to the article: "Pada hari Minggu (23/8)" is day 23 of
month 8 of the year the article appeared, so a `base` (the article's own date) is needed to read
it. A bare date with no time and no zone is taken as midnight in `default_tz`.

`find_date` reads an article's own day from its text, by regular expressions alone (dateparser costs
milliseconds a call and ingest reads hundreds of articles a second): the dateline forms news uses are
few, `Rabu (22/10/2025)`, `Selasa ( 21 / 10 )`, `24 Agustus 2020`, `Aug 24, 2020`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from kutip.extract.lexicon import LANGUAGES

# kutip reads online news: a date before the web had any is a date in the story, not the article's.
OLDEST_YEAR = 1990
# Time zones put an article written "today" in Jakarta on tomorrow's UTC date, no further.
_AHEAD = timedelta(days=1)
# A year-less "Minggu (23/8)" names the latest 23 August that fell on a Sunday; weekdays repeat
# within 11 years, so no further back is searched.
_YEARS_BACK = 11
# News dates the week it reports without a year ("Minggu (23/8)"); an article stored months later
# (an archive) may be from any year that weekday fits, so only this recent a day is taken unasked.
_RECENT = timedelta(days=31)
_MONTHS = {name: n for lex in LANGUAGES.values() for name, n in lex.month_numbers.items()}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAYS = {name: n for lex in LANGUAGES.values() for name, n in lex.weekday_numbers.items()}
_WEEKDAY = "|".join(_WEEKDAYS).replace("jumat", "jum'?at")
# "Rabu (22/10/2025)", "Minggu (23/8)", tokenised feeds' "Minggu ( 7 / 5 )", "Kamis ( 15 / 6 / 2017 )":
# the cheap bracket is searched for, the weekday read just before it.
_DAY_MONTH = re.compile(r"\(\s*(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}|\d{2}))?\s*\)")
_WEEKDAY_BEFORE = re.compile(rf"\b({_WEEKDAY})\s*,?\s*$", re.IGNORECASE)
# "24 Agustus 2020", "22 Okt. 2025", "Aug 24, 2020", "October 22 2025": the year is searched for (a
# search for the month names would try forty words at every letter), the day and month read before it.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NAMED_BEFORE = re.compile(
    rf"(?:\b(\d{{1,2}})\s+({_MONTH})\.?|\b({_MONTH})\.?\s+(\d{{1,2}}),?)\s+$", re.IGNORECASE
)
# `10/21/2025 20:43`: an input's `published` field, month first, as the shared corpus writes it.
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_BEFORE = 24  # characters before a bracket or a year that can hold its weekday, or day and month
_SCAN = 20_000  # the dateline is near the top; a runaway text is not read to its end for it

# Indonesian and most outlets we read write day before month: "23/8" is 23 August.
_SETTINGS: dict[str, Any] = {
    "DATE_ORDER": "DMY",
    "PREFER_DATES_FROM": "past",
    "RETURN_AS_TIMEZONE_AWARE": True,
    "TO_TIMEZONE": "UTC",
}


def parse_date(text: str, *, base: datetime | None = None, default_tz: str = "UTC") -> datetime | None:
    """`"24 Agustus 2020"`, `"Aug 24, 2020"`, `"Senin, 24/8/2020 10:15 WIB"` → aware UTC; None if unreadable.

    `parse_date("Minggu (23/8)", base=datetime(2020, 8, 24, tzinfo=UTC))` → 2020-08-23 00:00 UTC.
    """
    if not text or not text.strip():
        return None
    import dateparser  # slow to import (regex tables for 200 languages): only when a date is read

    settings = {**_SETTINGS, "TIMEZONE": default_tz}
    if base is not None:
        # dateparser wants a naive base in the zone it assumes for the text.
        settings["RELATIVE_BASE"] = to_utc(base).astimezone(ZoneInfo(default_tz)).replace(tzinfo=None)
    parsed = dateparser.parse(text.strip()[:200], languages=["id", "en"], settings=settings)
    return to_utc(parsed, default_tz) if parsed else None


def to_utc(value: datetime, default_tz: str = "UTC") -> datetime:
    """Aware UTC; a naive value is read as local time in `default_tz`."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=ZoneInfo(default_tz))
    return value.astimezone(UTC)


def parse_iso_or_text(value: str | None, *, default_tz: str = "UTC") -> datetime | None:
    """Metadata dates (`2020-08-24T10:15:00+0700`, `2020-08-24`) fast, anything else via dateparser."""
    if not value or not value.strip():
        return None
    try:
        return to_utc(datetime.fromisoformat(value.strip()), default_tz)
    except ValueError:
        return parse_date(value, default_tz=default_tz)


def parse_published(value: str, text_date: datetime | None) -> datetime | None:
    """An input's own `published` field → aware UTC; None when kutip cannot read it as a date.

    ISO 8601 (`2025-10-22`, `2025-10-22T08:15:00+07:00`), or month first as the shared corpus and US
    exports write it (`10/21/2025 20:43`). A slashed date that reads both ways (`9/8/2025`) is month
    first unless the text's own date (`text_date`, from `find_date`) is within a day of the day-first
    reading and not of the month-first one: over the shared corpus the text confirms month first for
    117 of its 143 ambiguous dates and contradicts it for none (one text dates an earlier event).
    A time without a zone is kept as written (taken as UTC), so the day shown is the day written.
    `parse_published("9/8/2025 7:00", text_date=<Selasa (9/9/2025)>)` → 2025-09-08 07:00 UTC.
    """
    value = value.strip()
    try:
        return to_utc(datetime.fromisoformat(value))
    except ValueError:
        pass
    m = _SLASHED.fullmatch(value)
    if m is None:
        return None
    first, second, year = int(m[1]), int(m[2]), int(m[3])
    clock = (int(m[4] or 0), int(m[5] or 0), int(m[6] or 0))
    readings = [_datetime(year, first, second, clock), _datetime(year, second, first, clock)]
    month_first, day_first = readings
    if month_first is None or day_first is None or month_first == day_first or text_date is None:
        return month_first or day_first
    if _near(day_first, text_date) and not _near(month_first, text_date):
        return day_first
    return month_first


def _datetime(year: int, month: int, day: int, clock: tuple[int, int, int]) -> datetime | None:
    try:
        return datetime(year, month, day, *clock, tzinfo=UTC)
    except ValueError:
        return None


def _near(when: datetime, text_date: datetime) -> bool:
    """Within a day: a text dated in Jakarta can be a UTC day off its `published` timestamp."""
    return abs(when.date() - text_date.date()) <= _AHEAD


def find_date(text: str, stored: datetime) -> datetime | None:
    """The day the article states for itself, midnight UTC; None when it states none kutip can trust.

    News dates what was said the day it reports it, "kata Tito di Jakarta, Selasa (21/10/2025)", and
    looks back on older days ("sejak 6 Januari 2025"): the article's day is the latest weekday-dated
    mention, else the latest date. A date after `stored` (an article cannot report tomorrow), before
    OLDEST_YEAR, or on another weekday than it says is passed over. Over the 869 detik.com articles of
    the shared corpus this finds a date in 83 % of them, the `published` day itself for 77 % of those
    and within a day of it for 92 % (the rest report an earlier event).
    `find_date("… Pada hari Minggu (23/8), Menteri …", stored=datetime(2020, 9, 1, tzinfo=UTC))`
    → 2020-08-23 00:00 UTC.
    """
    head = text[:_SCAN]
    latest = to_utc(stored).date() + _AHEAD
    years = None
    dated: list[date] = []
    undated: list[date] = []
    for day, month, year, weekday in _mentions(head):
        if year is None:
            years = years if years is not None else {int(y) for y in _YEAR.findall(head)}
            year = _year_of(day, month, weekday, latest, years)
        found = _plausible(year, month, day, latest) if year is not None else None
        if found is None:
            continue
        if weekday is None:
            undated.append(found)
        elif found.weekday() == weekday:
            dated.append(found)
    best = max(dated or undated, default=None)
    return datetime(best.year, best.month, best.day, tzinfo=UTC) if best else None


def _mentions(text: str) -> Iterator[tuple[int, int, int | None, int | None]]:
    """(day, month, year or None, weekday or None) of every dated mention."""
    for m in _DAY_MONTH.finditer(text):
        weekday = _WEEKDAY_BEFORE.search(text, max(0, m.start() - _BEFORE), m.start())
        if weekday:
            yield (
                int(m[1]),
                int(m[2]),
                _full_year(m[3]),
                _WEEKDAYS[weekday[1].lower().replace("'", "")],
            )
    for m in _YEAR.finditer(text):
        named = _NAMED_BEFORE.search(text, max(0, m.start() - _BEFORE), m.start())
        if named and named[1]:
            yield int(named[1]), _MONTHS[named[2].lower()], int(m[0]), None
        elif named:
            yield int(named[4]), _MONTHS[named[3].lower()], int(m[0]), None


def _full_year(digits: str | None) -> int | None:
    """`"2025"` → 2025, `"17"` → 2017 (news of the last century never reaches kutip), None → None."""
    if digits is None:
        return None
    return int(digits) + 2000 if len(digits) == 2 else int(digits)


def _year_of(day: int, month: int, weekday: int | None, latest: date, years: set[int]) -> int | None:
    """The year of a year-less `Minggu (23/8)`: the last year before `latest` in which 23 August was
    a Sunday, if that is within the last month (`_RECENT`) or the text names that year ("musim 2017");
    otherwise the text does not say which year, and None."""
    for year in range(latest.year, latest.year - _YEARS_BACK, -1):
        found = _plausible(year, month, day, latest)
        if found is None or (weekday is not None and found.weekday() != weekday):
            continue
        if latest - found <= _RECENT or year in years:
            return year
    return None


def within_reason(when: datetime | None, stored: datetime) -> datetime | None:
    """`when` if it can be the date of an article stored at `stored`, else None: a page's metadata can
    claim tomorrow or 1970 as well as a text can."""
    if when is None or _plausible(when.year, when.month, when.day, to_utc(stored).date() + _AHEAD) is None:
        return None
    return when


def _plausible(year: int, month: int, day: int, latest: date) -> date | None:
    """The date, if it is one (not 31/2) and can be an article's: from OLDEST_YEAR up to `latest`."""
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if year >= OLDEST_YEAR and found <= latest else None
