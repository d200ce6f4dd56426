"""Sentences and paragraphs: offsets and abbreviations (quote marks: test_quotes.py)."""

from __future__ import annotations

import pytest

from kutip.extract.sentences import Span, paragraphs, sentences

SPLITS = [
    ("Sen. Ted Cruz spoke. He left.", ["Sen. Ted Cruz spoke.", "He left."]),
    ("Donald J. Trump won. U.S. officials agreed.", ["Donald J. Trump won.", "U.S. officials agreed."]),
    (
        "Harga naik 3,5 persen. Ia mengatakan itu wajar.",
        ["Harga naik 3,5 persen.", "Ia mengatakan itu wajar."],
    ),
    ('"Kami siap." Lalu ia pergi.', ['"Kami siap."', "Lalu ia pergi."]),
    ("Nilainya 1.200 unit pada 2017.", ["Nilainya 1.200 unit pada 2017."]),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_sentences(text: str, expected: list[str]) -> None:
    [para] = paragraphs(text)
    assert [text[s.start : s.end] for s in sentences(text, para)] == expected


def test_paragraphs_skip_blank_lines() -> None:
    text = "Satu.\n\n  Dua.  \n"
    assert [text[p.start : p.end] for p in paragraphs(text)] == ["Satu.", "Dua."]


def test_long_run_on_sentence_is_cut() -> None:
    text = "kata " * 2000
    spans = sentences(text, Span(0, len(text.rstrip())))
    assert all(s.end - s.start <= 2100 for s in spans)
