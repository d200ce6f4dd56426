"""Speakers: titles split from names, forms merged into the fullest one."""

from __future__ import annotations

import pytest

from kutip.extract.lexicon import lexicon
from kutip.extract.speakers import Mention, SpeakerBook, parse_name

EN, ID = lexicon("en"), lexicon("id")

NAMES = [
    (
        ID,
        "Menteri Luar Negeri Rusia Sergei Lavrov",
        Mention("Sergei Lavrov", "person", "Menteri Luar Negeri Rusia"),
    ),
    (ID, "Kapolres Metro Bekasi Kombes Mustofa", Mention("Mustofa", "person", "Kapolres Metro Bekasi")),
    (ID, "Presiden Prabowo Subianto", Mention("Prabowo Subianto", "person", "Presiden")),
    (ID, "Bank Indonesia", Mention("Bank Indonesia", "organisation")),
    (ID, "Amerika Serikat", Mention("Amerika Serikat", "place")),
    (ID, "Reuters", Mention("Reuters", "media")),
    (EN, "Senate Majority Whip John Cornyn", Mention("John Cornyn", "person", "Senate Majority Whip", "m")),
    (EN, "Sen. Ted Cruz", Mention("Ted Cruz", "person", None, "m")),
    (EN, "Donald J. Trump", Mention("Donald J. Trump", "person", None, "m")),
    # gender from the title, else from a listed given name; unknown otherwise
    (EN, "Ms. Okafor", Mention("Okafor", "person", None, "f")),
    (EN, "Mr. Lindqvist", Mention("Lindqvist", "person", None, "m")),
    (EN, "Nicole Baptiste", Mention("Nicole Baptiste", "person", None, "f")),
    (EN, "Taylor Quinn", Mention("Taylor Quinn", "person", None, None)),
    (EN, "Clinton’s", Mention("Clinton", "person", None, None)),
    (EN, "American Action Network", Mention("American Action Network", "organisation")),
]


@pytest.mark.parametrize(("lex", "run", "expected"), NAMES)
def test_parse_name(lex, run: str, expected: Mention) -> None:
    assert parse_name(run.replace(".", " .").split(), lex) == expected


def test_surname_merges_into_fullest_form() -> None:
    book = SpeakerBook(ID)
    first = book.mention(Mention("Lavrov"))
    full = book.mention(Mention("Sergei Lavrov", "person", "Menteri Luar Negeri Rusia"))
    assert first == full
    speaker = book.speaker(full)
    assert speaker.name == "Sergei Lavrov"
    assert set(speaker.aliases) == {"Lavrov", "Menteri Luar Negeri Rusia"}


def test_pronoun_means_latest_person() -> None:
    book = SpeakerBook(EN)
    book.mention(Mention("Hillary Clinton"))
    sanders = book.mention(Mention("Bernie Sanders"))
    book.mention(Mention("Reuters", "media"))
    assert book.pronoun() == sanders


def test_acronym_alias() -> None:
    book = SpeakerBook(ID)
    ident = book.mention(Mention("Asosiasi Fintech Pendanaan Bersama Indonesia", "organisation"))
    book.alias(ident, "AFPI")
    assert book.mention(Mention("AFPI", "organisation")) == ident
