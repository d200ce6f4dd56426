"""Speakers: titles split from names, forms merged into the fullest one."""

from __future__ import annotations

import pytest

from kutip.extract.lexicon import en
from kutip.extract.lexicon import id as id_
from kutip.extract.speakers import Mention, SpeakerBook, parse_name

NAMES = [
    (
        id_,
        "Menteri Luar Negeri Rusia Sergei Lavrov",
        Mention("Sergei Lavrov", "person", "Menteri Luar Negeri Rusia"),
    ),
    (id_, "Kapolres Metro Bekasi Kombes Mustofa", Mention("Mustofa", "person", "Kapolres Metro Bekasi")),
    (id_, "Presiden Prabowo Subianto", Mention("Prabowo Subianto", "person", "Presiden")),
    (id_, "Bank Indonesia", Mention("Bank Indonesia", "organisation")),
    (id_, "Amerika Serikat", Mention("Amerika Serikat", "place")),
    (id_, "Reuters", Mention("Reuters", "media")),
    (en, "Senate Majority Whip John Cornyn", Mention("John Cornyn", "person", "Senate Majority Whip", "m")),
    (en, "Sen. Ted Cruz", Mention("Ted Cruz", "person", None, "m")),
    (en, "Donald J. Trump", Mention("Donald J. Trump", "person", None, "m")),
    # gender from the title, else from a listed given name; unknown otherwise
    (en, "Ms. Okafor", Mention("Okafor", "person", None, "f")),
    (en, "Mr. Lindqvist", Mention("Lindqvist", "person", None, "m")),
    (en, "Nicole Baptiste", Mention("Nicole Baptiste", "person", None, "f")),
    (en, "Taylor Quinn", Mention("Taylor Quinn", "person", None, None)),
    (en, "Clinton’s", Mention("Clinton", "person", None, None)),
    (en, "American Action Network", Mention("American Action Network", "organisation")),
]


@pytest.mark.parametrize(("lex", "run", "expected"), NAMES)
def test_parse_name(lex, run: str, expected: Mention) -> None:
    assert parse_name(run.replace(".", " .").split(), lex) == expected


def test_surname_merges_into_fullest_form() -> None:
    book = SpeakerBook(id_)
    first = book.mention(Mention("Lavrov"))
    full = book.mention(Mention("Sergei Lavrov", "person", "Menteri Luar Negeri Rusia"))
    assert first == full
    speaker = book.speaker(full)
    assert speaker.name == "Sergei Lavrov"
    assert set(speaker.aliases) == {"Lavrov", "Menteri Luar Negeri Rusia"}


def test_pronoun_means_latest_person() -> None:
    book = SpeakerBook(en)
    book.mention(Mention("Hillary Clinton"))
    sanders = book.mention(Mention("Bernie Sanders"))
    book.mention(Mention("Reuters", "media"))
    assert book.pronoun() == sanders


def test_acronym_alias() -> None:
    book = SpeakerBook(id_)
    ident = book.mention(Mention("Asosiasi Fintech Pendanaan Bersama Indonesia", "organisation"))
    book.alias(ident, "AFPI")
    assert book.mention(Mention("AFPI", "organisation")) == ident
