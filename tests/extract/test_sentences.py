"""Sentences and quotes: offsets, abbreviations, every quote mark."""

from __future__ import annotations

import pytest

from kutip.extract.quotes import find_quotes
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


QUOTES = [
    ("“Kami siap,” kata Budi.", ["Kami siap"]),
    ('"We are ready," he said.', ["We are ready"]),
    ("''This is a business decision,'' an executive said.", ["This is a business decision"]),
    ("«Nous sommes prêts», a-t-il dit.", ["Nous sommes prêts"]),
    ("He called it ‘a serious mistake’ on Monday.", ["a serious mistake"]),
    ('" Target kami juara , " kata Edy .', ["Target kami juara"]),
    ("It's Sanders' plan, isn't it?", []),  # apostrophes are not quotes
]


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_quotes(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotes(text, 0, len(text))] == expected


def test_unclosed_quote_runs_to_paragraph_end() -> None:
    text = "“Kami akan membangun pabrik baru tahun depan."
    [quote] = find_quotes(text, 0, len(text))
    assert quote.runs_on
    assert text[quote.start : quote.end] == "Kami akan membangun pabrik baru tahun depan."


def test_long_run_on_sentence_is_cut() -> None:
    text = "kata " * 2000
    spans = sentences(text, Span(0, len(text.rstrip())))
    assert all(s.end - s.start <= 2100 for s in spans)
