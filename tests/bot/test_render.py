"""Rendering: numbers in the reader's language, figures, escaping of hostile text, splitting at 4096."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.render import (
    MAX_MESSAGE,
    Style,
    format_amount,
    format_answers,
    format_digest,
    format_figure_value,
    format_number,
    format_statement,
    split_message,
)
from bot.texts import TEXTS
from kutip.answer.questions import parse_question
from kutip.answer.statement import Statement
from storage.answering import AnswerSet
from storage.digests import DigestArticle, DigestClaim, DigestFigure
from tests.e2e.telegram_html import parse_html

HOSTILE = "<script>alert(1)</script> & </b> <a href='x'>"


@pytest.mark.parametrize(
    ("value", "unit", "lang", "expected"),
    [
        (392e6, "USD", "id", "US$392 juta"),
        (392e6, "USD", "en", "US$392 million"),
        (1.5e12, "IDR", "id", "Rp1,5 triliun"),
        (2.25e9, "IDR", "en", "Rp2.25 billion"),
        (35000, "spesialis", "id", "35.000 spesialis"),
        (35000, "specialists", "en", "35,000 specialists"),
        (3.9, "%", "id", "3,9%"),
        (3.9, "%", "en", "3.9%"),
        (-12.5, None, "id", "-12,5"),
        (7, None, "en", "7"),
    ],
)
def test_amounts(value: float, unit: str | None, lang: str, expected: str) -> None:
    assert format_amount(value, unit, lang) == expected


def test_change_and_range() -> None:
    assert format_figure_value(392e6, "USD", 800e6, 104.08, None, "id") == "US$392 juta → US$800 juta (+104%)"
    assert format_figure_value(10, "%", 7, -30.0, None, "en") == "10% → 7% (-30%)"
    assert format_figure_value(10e6, "IDR", None, None, 15e6, "id") == "Rp10 juta–Rp15 juta"
    assert format_number(999_999, "id") == "999.999"


def statement(text: str, title: str) -> Statement:
    return Statement(1, 1, "Sergei <Lavrov>", "Menlu & co", "direct", text, text, datetime(2020, 8, 23, tzinfo=UTC),
                     7, title, "https://x.test/a?b=1&c=\"2\"")  # fmt: skip


def test_hostile_text_is_escaped_and_parses_as_telegram_html() -> None:
    html = format_statement(statement(HOSTILE, HOSTILE), "id", with_sentence=True)
    plain, _entities = parse_html(html)
    assert HOSTILE in plain
    assert "<script>" not in html
    assert format_statement(statement(HOSTILE, HOSTILE), "id", Style(rich=False)).count(HOSTILE) == 2


LAVROV_5G = Statement(12, 3, "Sergei Lavrov", "Menteri Luar Negeri Rusia", "direct",
                      "5G adalah masalah penting bagi kami, sama seperti di seluruh dunia",
                      "“5G adalah masalah penting bagi kami, sama seperti di seluruh dunia,” tegasnya.",
                      datetime(2020, 8, 23, tzinfo=UTC), 1, "Menlu Rusia: Rusia Siap Bekerja Sama Dengan Huawei",
                      "https://beritabaru.co/lavrov-5g", speaker_score=1.0, score=2.5)  # fmt: skip


def test_an_answer_shows_quote_speaker_date_and_source_as_everywhere_else() -> None:
    answers = AnswerSet(parse_question("Apa kata Lavrov soal 5G?"), (LAVROV_5G,), total=3)
    assert format_answers(answers, style=Style(rich=False)) == (
        "Sergei Lavrov (Menteri Luar Negeri Rusia): “5G adalah masalah penting bagi kami, sama seperti di "
        "seluruh dunia”\n"
        "kutipan langsung · 23-08-2020 · Menlu Rusia: Rusia Siap Bekerja Sama Dengan Huawei "
        "<https://beritabaru.co/lavrov-5g> · #1\n\n"
        "2 jawaban lain tersedia."
    )
    assert format_answers(answers).startswith(format_statement(LAVROV_5G, "id") + "\n\n")
    indirect = replace(LAVROV_5G, type="indirect", text="Rusia siap bekerja sama dengan Huawei")
    english = format_answers(AnswerSet(parse_question("What did Lavrov say?"), (indirect,), total=1))
    assert english.startswith("<b>Sergei Lavrov</b> (Menteri Luar Negeri Rusia): Rusia siap bekerja sama")
    assert "<i>indirect statement</i> · 23-08-2020 · " in english


@pytest.mark.parametrize(
    ("question", "total", "line"),
    [
        ("Apa kata Lavrov soal 5G?", 2, "1 jawaban lain tersedia."),
        ("Apa kata Lavrov soal 5G?", 3, "2 jawaban lain tersedia."),
        ("What did Lavrov say about 5G?", 2, "1 more answer available."),
        ("What did Lavrov say about 5G?", 3, "2 more answers available."),
    ],
)
def test_more_answers_line_counts_one_and_many(question: str, total: int, line: str) -> None:
    answers = AnswerSet(parse_question(question), (LAVROV_5G,), total=total)
    assert format_answers(answers, style=Style(rich=False)).endswith("\n\n" + line)


def test_a_page_of_runaway_answers_fits_one_message() -> None:
    """ "More answers" edits the message in place, which cannot be split: a page (3) must fit."""
    runaway = replace(LAVROV_5G, text="kata " * 2000, article_title="judul " * 100)
    html = format_answers(AnswerSet(parse_question("Apa kata Lavrov?"), (runaway,) * 3, total=9))
    assert len(html) <= MAX_MESSAGE and html.count("…") == 6


def test_split_keeps_blocks_whole_and_under_the_limit() -> None:
    blocks = [f"<b>{i}</b> " + "kata &amp; " * 40 for i in range(100)]
    parts = split_message("\n\n".join(blocks))
    assert len(parts) > 1
    assert all(len(p) <= MAX_MESSAGE for p in parts)
    assert "\n\n".join(parts) == "\n\n".join(blocks)
    for part in parts:
        parse_html(part)  # every part is valid on its own


def test_split_cuts_a_giant_line_outside_tags_and_entities() -> None:
    line = "<b>x</b> " + "a&amp;b " * 2000
    parts = split_message(line, limit=500)
    assert all(len(p) <= 500 for p in parts)
    for part in parts:
        parse_html(part)


def test_digest_is_grouped_by_article_and_split() -> None:
    claims = tuple(DigestClaim("Sergei Lavrov", f"Klaim {i} " + "x" * 250, "direct") for i in range(5))
    figures = (DigestFigure("US$ 392 juta", 392e6, "USD", 800e6, 104.08, "transaksi"),)
    articles = [
        DigestArticle(i, f"Judul {i} {HOSTILE}", f"https://x.test/{i}", None, "", claims, figures, None, i)
        for i in range(30)
    ]
    parts = format_digest(articles, "id", TEXTS["id"])
    assert len(parts) > 1 and all(len(p) <= MAX_MESSAGE for p in parts)
    text = "\n".join(parse_html(p)[0] for p in parts)
    assert text.count("Judul") == 30 and text.count("(+2 pernyataan lain)") == 30
    assert "US$392 juta → US$800 juta (+104%)" in text


def test_digest_names_the_other_outlets_of_a_story_once() -> None:
    quote = (DigestClaim("Perry Warjiyo", "Keputusan ini konsisten dengan kebijakan moneter", "direct"),)
    kompas = DigestArticle(3, "Suku Bunga BI Tak Berubah", "https://www.kompas.example/bi", None, "", quote, (),
                           "Kompas.com", 1)  # fmt: skip
    untitled = DigestArticle(4, None, "https://www.liputan6.example/bi", None, "", quote, (), None, 1)
    antara = DigestArticle(1, "BI Tahan Suku Bunga Acuan", "https://antara.example/bi", None, "", quote, (),
                           "ANTARA", 1, also=(kompas, untitled))  # fmt: skip
    (html,) = format_digest([antara], "id", TEXTS["id"])
    text, _ = parse_html(html)
    assert "Juga dimuat: Kompas.com, www.liputan6.example" in text
    assert text.count("Keputusan ini konsisten") == 1
    assert '<a href="https://www.kompas.example/bi">Kompas.com</a>' in html
