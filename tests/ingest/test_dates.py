"""dates.py: Indonesian and English published dates → aware UTC datetimes; an article's own date."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from kutip.ingest.dates import (
    find_date,
    parse_date,
    parse_iso_or_text,
    parse_published,
    to_utc,
    within_reason,
)
from tests.conftest import SEED

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


def _at(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, tzinfo=UTC)


SEED_TEXT = SEED.read_text(encoding="utf-8")
# Sentences of the dev articles (../shared/eval/dev) and the corpus, as the outlets wrote them.
MRT = '"Itu 1.000 persen benar," kata Pramono di Stasiun MRT Dukuh Atas, Jakarta Pusat, Rabu (22/10/2025).'
RAPAT = (
    '"Bukan soal uangnya tidak ada," ujar Purbaya dalam rapat pengendalian inflasi tahun 2025 di kantor '
    "Kemendagri, Jakarta Pusat, Senin (20/10). "
)
MBG = (
    "Dia menjelaskan soal capaian MBG sejak dimulai 6 Januari 2025. Hal itu disampaikan Prabowo di "
    "Istana Negara, Jakarta, Senin (20/10/2025)."
)
EVERTON = (
    "LIVERPOOL , JUARA.net - Kapten Ajax Amsterdam , Davy Klaassen ( 24 ) , resmi mendarat di Kota "
    "Liverpool untuk bergabung dengan Everton , Kamis ( 15 / 6 / 2017 ) ."
)
PERSIB = (
    "Bandung , CNN Indonesia - - Bek sentral Persib , Vladimir Vujovic , menyatakan kepuasan dirinya "
    "setelah tim Maung Bandung menaklukkan Persipura Jayapura di Bandung , Minggu ( 7 / 5 ) . "
    "Persib kini di posisi kelima klasemen Liga 1 2017 ."
)


@pytest.mark.parametrize(
    ("text", "stored", "expected"),
    [
        (SEED_TEXT, _at(2020, 9, 1), _at(2020, 8, 23)),  # "Pada hari Minggu (23/8)": the latest such Sunday
        (SEED_TEXT, _at(2025, 3, 1), None),  # 23/8/2024 was a Friday: the text does not say which year
        (SEED_TEXT, _at(2026, 12, 4), None),  # 23/8/2026 was a Sunday too, but so was 23/8/2020
        (MRT, _at(2026, 12, 4), _at(2025, 10, 22)),
        (MRT + " " + RAPAT, _at(2025, 10, 22), _at(2025, 10, 22)),  # the latest day reported
        (RAPAT, _at(2025, 10, 22), _at(2025, 10, 20)),  # a year-less date in the month before storing
        (RAPAT, _at(2026, 1, 22), _at(2025, 10, 20)),  # months on: "inflasi tahun 2025" names the year
        (MBG, _at(2025, 10, 21), _at(2025, 10, 20)),  # a weekday-dated mention before a background date
        (EVERTON, _at(2026, 12, 4), _at(2017, 6, 15)),  # tokenised feed text
        (PERSIB, _at(2026, 12, 4), _at(2017, 5, 7)),  # year-less, the year named in the text
        (PERSIB.replace(" 2017", ""), _at(2026, 12, 4), None),  # 7/5 was a Sunday in 2017 and 2023
        ("Republik Indonesia diproklamasikan pada 17 Agustus 1945.", _at(2025, 8, 17), None),  # too old
        (
            "Rapat akan digelar Sabtu (25/10/2025), kata Purbaya, Selasa (21/10/2025).",
            _at(2025, 10, 21),
            _at(2025, 10, 21),
        ),  # an announced day is not the article's
        (
            "Seperti disampaikan Senin (20/10/2026) di Jakarta.",
            _at(2026, 12, 4),
            None,
        ),  # 20/10/2026 is a Tuesday
        ("Rapat itu digelar 22 Okt. 2025 di Jakarta.", _at(2025, 10, 23), _at(2025, 10, 22)),
        ("Clinton spoke on Aug 24, 2016, in Reno.", _at(2016, 8, 25), _at(2016, 8, 24)),
        ("The report, released October 22 2025, said so.", _at(2025, 10, 23), _at(2025, 10, 22)),
        (
            "Bernie Sanders raised more than $33 million during the last three months of 2015.",
            _at(2016, 1, 4),
            None,
        ),
    ],
)
def test_find_date(text: str, stored: datetime, expected: datetime | None) -> None:
    assert find_date(text, stored) == expected


def test_a_date_written_in_jakarta_today_is_not_the_future() -> None:
    """21 October 18:00 UTC is already the 22nd in Jakarta."""
    assert find_date(MRT, datetime(2025, 10, 21, 18, tzinfo=UTC)) == _at(2025, 10, 22)


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (_at(2020, 8, 24), _at(2020, 8, 24)),
        (_at(2027, 1, 1), None),  # a page claiming next year
        (_at(1970, 1, 1), None),  # an epoch zero from a broken CMS
        (None, None),
    ],
)
def test_metadata_dates_within_reason(when: datetime | None, expected: datetime | None) -> None:
    assert within_reason(when, _at(2026, 12, 4)) == expected


# The text's own dates, as `find_date` reads them from "..., Selasa (9/9/2025)." and "..., Jumat (8/8/2025)."
SEPT_9 = datetime(2025, 9, 9, tzinfo=UTC)
AUG_8 = datetime(2025, 8, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "text_date", "expected"),
    [
        ("2025-10-22", None, datetime(2025, 10, 22, tzinfo=UTC)),  # FORMAT.md's form
        ("2025-10-22T08:15:00+07:00", None, datetime(2025, 10, 22, 1, 15, tzinfo=UTC)),
        ("2025-10-22T08:15:00Z", None, datetime(2025, 10, 22, 8, 15, tzinfo=UTC)),
        ("10/21/2025 20:43", None, datetime(2025, 10, 21, 20, 43, tzinfo=UTC)),  # the corpus: month first
        ("10/21/2025 20:43", AUG_8, datetime(2025, 10, 21, 20, 43, tzinfo=UTC)),  # 21 is no month
        ("  7/24/2025 9:05 ", None, datetime(2025, 7, 24, 9, 5, tzinfo=UTC)),
        ("9/8/2025 7:00", None, datetime(2025, 9, 8, 7, 0, tzinfo=UTC)),  # no text date: month first
        ("9/8/2025 7:00", SEPT_9, datetime(2025, 9, 8, 7, 0, tzinfo=UTC)),  # the text agrees, a day off
        ("8/9/2025 7:00", SEPT_9, datetime(2025, 9, 8, 7, 0, tzinfo=UTC)),  # the text says day first
        ("8/9/2025", AUG_8, datetime(2025, 8, 9, tzinfo=UTC)),  # the text agrees with month first
        ("10/5/2025 7:00", datetime(2025, 5, 19, tzinfo=UTC), datetime(2025, 10, 5, 7, 0, tzinfo=UTC)),
        ("5/5/2025", SEPT_9, datetime(2025, 5, 5, tzinfo=UTC)),
        ("13/13/2025", None, None),
        ("2/30/2025", None, None),
        ("kemarin sore", None, None),
        ("21-10-2025", None, None),
        ("", None, None),
    ],
)
def test_published_fields(value: str, text_date: datetime | None, expected: datetime | None) -> None:
    assert parse_published(value, text_date) == expected


def test_a_corpus_published_field_read_against_its_text() -> None:
    text = "“Kita mampu menjaga inflasi,” ujar Prabowo dalam keterangannya, Selasa (9/9/2025)."
    assert parse_published("8/9/2025 20:43", find_date(text, datetime(2026, 1, 1, tzinfo=UTC))) == datetime(
        2025, 9, 8, 20, 43, tzinfo=UTC
    )
