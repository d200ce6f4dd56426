"""dates.py: Indonesian and English published dates → aware UTC datetimes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from kutip.ingest.dates import parse_date, parse_iso_or_text, to_utc

ARTICLE_DAY = datetime(2020, 8, 24, 10, 15, tzinfo=timezone(timedelta(hours=7)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24 Agustus 2020", datetime(2020, 8, 24, tzinfo=UTC)),
        ("Senin, 24 Agustus 2020", datetime(2020, 8, 24, tzinfo=UTC)),
        ("Aug 24, 2020", datetime(2020, 8, 24, tzinfo=UTC)),
        ("August 24, 2020 9:30 AM", datetime(2020, 8, 24, 9, 30, tzinfo=UTC)),
        ("24/08/2020", datetime(2020, 8, 24, tzinfo=UTC)),  # day first, as Indonesian outlets write
        ("Senin, 24 Agustus 2020 10:15 WIB", datetime(2020, 8, 24, 3, 15, tzinfo=UTC)),
        ("2020-08-24T10:15:00+07:00", datetime(2020, 8, 24, 3, 15, tzinfo=UTC)),
    ],
)
def test_absolute_dates(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minggu (23/8)", datetime(2020, 8, 23, tzinfo=UTC)),  # the year comes from the article
        ("23/8", datetime(2020, 8, 23, tzinfo=UTC)),
        ("kemarin", datetime(2020, 8, 23, 3, 15, tzinfo=UTC)),
    ],
)
def test_dates_relative_to_the_article(text: str, expected: datetime) -> None:
    assert parse_date(text, base=ARTICLE_DAY) == expected


def test_default_zone_for_a_bare_date() -> None:
    assert parse_date("24 Agustus 2020", default_tz="Asia/Jakarta") == datetime(2020, 8, 23, 17, tzinfo=UTC)


@pytest.mark.parametrize("text", ["", "   ", "bukan tanggal sama sekali", "x" * 10_000])
def test_unreadable_dates_are_none(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-08-24T10:15:00+0700", datetime(2020, 8, 24, 3, 15, tzinfo=UTC)),
        ("2020-08-24", datetime(2020, 8, 24, tzinfo=UTC)),
        ("24 Agustus 2020", datetime(2020, 8, 24, tzinfo=UTC)),
        (None, None),
        ("", None),
    ],
)
def test_metadata_dates(value: str | None, expected: datetime | None) -> None:
    assert parse_iso_or_text(value) == expected


def test_to_utc_keeps_instants() -> None:
    assert to_utc(ARTICLE_DAY) == datetime(2020, 8, 24, 3, 15, tzinfo=UTC)
    assert to_utc(datetime(2020, 8, 24)).tzinfo is UTC
