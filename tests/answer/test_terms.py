"""Search terms fold claims and questions of both languages with the answering tables of each lexicon."""

from __future__ import annotations

import pytest

from kutip.answer.terms import equivalents, terms
from kutip.extract.lexicon import lexicon

_ID, _EN = lexicon("id"), lexicon("en")


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


@pytest.mark.parametrize("table", ["synonyms", "compounds", "title_abbreviations"])
def test_languages_never_disagree(table):
    """Both languages' tables apply to every text: a word in both must fold the same way in both."""
    ours, theirs = getattr(_ID, table), getattr(_EN, table)
    assert {k: (ours[k], theirs[k]) for k in ours.keys() & theirs.keys() if ours[k] != theirs[k]} == {}


@pytest.mark.parametrize(
    ("asked", "stored", "meets"),
    [
        ("poisoning", "ada beberapa ribu yang keracunan makan sakit perut", True),  # en question, id claim
        ("food", "menerima makan bergizi gratis ini", True),
        ("election", "Pemilu 2024 berjalan damai", True),
        ("price", "harga beras naik", True),
        ("grant", "pemberian dana hibah kepada partai politik", True),
        (
            "keracunan",
            "Attempt to fund Zika fight dies amid bill's 'poison pills'",
            True,
        ),  # id question, en claim
        ("pemilih", "New York primary voters who believe Wall Street hurts the economy", True),
        ("penyakit", "the urgency of raising the disease's profile", True),  # both sides stem alike
        ("serangan", "the fanatics that want to attack her", True),
        ("poisoning", "harga beras naik", False),
        ("Huawei", "Huawei akan meneruskan informasi pengguna ke China", True),  # untranslated: itself
    ],
)
def test_a_topic_word_meets_its_translation_as_stored(asked, stored, meets):
    (term,) = terms(asked)
    assert (not equivalents(term).isdisjoint(terms(stored))) is meets


def test_every_translation_reaches_another_term():
    """A pair whose sides fold to one term (`program=program`) or to stop words translates nothing."""
    inert = {
        english: indonesian
        for english, indonesian in _EN.translations.items()
        if len({t for word in (english, *indonesian) for t in terms(word)}) < 2
    }
    assert inert == {}
