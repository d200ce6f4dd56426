"""Digest filters: plain terms on word boundaries, include and exclude, in linear time."""

from __future__ import annotations

import time

import pytest

from bot.filtering import Filters, clean_term, fold, matches

ARTICLE = (
    "Menlu Rusia: Rusia Siap Bekerja Sama Dengan Huawei",
    "Menteri Luar Negeri Rusia Sergei Lavrov mengatakan Rusia siap bekerja sama dalam teknologi 5G.",
    "Sergei Lavrov",
)
SPORT = ("Timnas menang", "Laga sepak-bola kemarin berakhir 2-1, kata pelatih. Olahraga nasional bangkit.")


@pytest.mark.parametrize(
    ("include", "exclude", "article", "expected"),
    [
        ((), (), ARTICLE, True),
        (("lavrov",), (), ARTICLE, True),
        (("sergei lavrov",), (), ARTICLE, True),
        (("putin",), (), ARTICLE, False),
        (("putin", "huawei"), (), ARTICLE, True),
        (("lav",), (), ARTICLE, False),  # whole words only
        (("5g",), (), ARTICLE, True),
        ((), ("olahraga",), SPORT, False),
        ((), ("olahraga",), ARTICLE, True),
        (("sepak bola",), (), SPORT, True),  # hyphen and space are the same
        (("bola",), (), ("bolak-balik ke Jakarta",), False),
        (("lavrov",), ("huawei",), ARTICLE, False),  # exclude wins
        (("menteri",), (), ("MENTÉRI luar negeri",), True),  # case and accents fold
    ],
)
def test_matches(include: tuple, exclude: tuple, article: tuple, expected: bool) -> None:
    filters = Filters(include=tuple(map(clean_term, include)), exclude=tuple(map(clean_term, exclude)))
    assert matches(filters, article) is expected


@pytest.mark.parametrize(
    ("term", "stored"),
    [
        ("  Lavrov ", "lavrov"),
        ("Sepak-Bola!", "sepak bola"),
        ("<script>", "script"),
        ("()*+?", ""),
        ("a" * 100, "a" * 64),
    ],
)
def test_clean_term(term: str, stored: str) -> None:
    assert clean_term(term) == stored


def test_fold() -> None:
    assert fold("Sépak-Bola, KEMARIN!") == " sepak bola kemarin "


def test_hostile_terms_stay_linear() -> None:
    """A term built to make a backtracking matcher explode takes no longer than any other."""
    text = "a " * 200_000
    filters = Filters(include=(clean_term("a " * 30 + "b"),))
    started = time.perf_counter()
    assert not matches(filters, [text])
    assert time.perf_counter() - started < 2.0
