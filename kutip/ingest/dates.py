"""Published dates, as Indonesian and English news write them, turned into aware UTC datetimes.

Indonesian reports date events relative to the article: "Pada hari Minggu (23/8)" is day 23 of
month 8 of the year the article appeared, so a `base` (the article's own date) is needed to read
it. A bare date with no time and no zone is taken as midnight in `default_tz`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

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
