"""Search terms fold claims and questions of both languages with the answering tables of each lexicon."""

from __future__ import annotations

import pytest

from kutip.answer.terms import terms
from kutip.extract.lexicon import en
from kutip.extract.lexicon import id as id_


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Rusia siap bekerja sama dengan Huawei", ["rusia", "siap", "kerjasama", "huawei"]),  # id compound
        ("the United States and artificial intelligence", ["as", "ai"]),  # en compounds, en stop words
        ("Amerika Serikat dan kecerdasan buatan", ["as", "ai"]),  # the same terms from Indonesian
        ("Tiongkok menerima uang", ["china", "terima", "dana"]),  # id synonyms, a nasal prefix
        ("China received money", ["china", "receiv", "dana"]),  # en synonyms, an English ending
        ("jawabannya diteruskan", ["jawab", "terus"]),  # a particle, a suffix, a prefix
        ("Clinton's vows", ["clinton", "vow"]),  # apostrophe remnant, a short English root
        ("important cooperation", ["penting", "kerjasama"]),  # English reaches Indonesian claims
    ],
)
def test_terms(text, folded):
    assert terms(text) == folded


@pytest.mark.parametrize("table", ["SYNONYMS", "COMPOUNDS", "TITLE_ABBREVIATIONS"])
def test_languages_never_disagree(table):
    """Both languages' tables apply to every text: a word in both must fold the same way in both."""
    ours, theirs = getattr(id_, table), getattr(en, table)
    assert {k: (ours[k], theirs[k]) for k in ours.keys() & theirs.keys() if ours[k] != theirs[k]} == {}
