"""Rendering: numbers in the reader's language, figures, escaping of hostile text, splitting at 4096."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.render import (
    MAX_MESSAGE,
    Style,
    format_amount,
    format_answers,
    format_date,
    format_digest,
    format_figure_value,
    format_number,
    format_statement,
    split_message,
    told,
)
from bot.units import CURRENCY_SIGNS
from kutip.answer.questions import parse_question
from kutip.answer.results import AnswerSet
from kutip.answer.statement import Statement
from kutip.extract import extract
from kutip.extract.lexicon import lexicon, units
from storage.answering import answer_question
from storage.digests import DigestArticle, DigestClaim, DigestFigure
from tests.e2e.telegram_html import parse_html
from tests.storage.helpers import BI_INFLATION, SANDERS_FUNDS, ingest_text

_ID, _EN = lexicon("id"), lexicon("en")

HOSTILE = "<script>alert(1)</script> & </b> <a href='x'>"


@pytest.mark.parametrize(
    ("value", "unit", "indonesian", "english"),
    [
        (392e6, "USD", "US$392 juta", "US$392 million"),
        (1.5e12, "IDR", "Rp1,5 triliun", "Rp1.5 trillion"),
        (2.25e9, "IDR", "Rp2,25 miliar", "Rp2.25 billion"),
        (35000, "spesialis", "35.000 spesialis", "35,000 spesialis"),  # the article's own noun
        (-12.5, None, "-12,5", "-12.5"),
        (7, None, "7", "7"),
        (3.9, "percent", "3,9%", "3.9%"),  # the unit extraction emits, never `3,9 percent`
        (1000, "percent", "1.000%", "1,000%"),
        (1.5e6, "percent", "1.500.000%", "1,500,000%"),  # no scale word before a percent sign
        (190, "square kilometer", "190 kilometer persegi", "190 square kilometers"),
        (190, "kilometer persegi", "190 kilometer persegi", "190 square kilometers"),
        (1, "mile per hour", "1 mil per jam", "1 mile per hour"),
        (6, "orang", "6 orang", "6 people"),
        (3, "kali lipat", "3 kali lipat", "3 times"),
        (5e6, "AUD", "A$5 juta", "A$5 million"),
    ],
)
def test_units_in_the_readers_words(value: float, unit: str, indonesian: str, english: str) -> None:
    assert (format_amount(value, unit, "id"), format_amount(value, unit, "en")) == (indonesian, english)


@pytest.mark.parametrize(
    ("sentence", "indonesian", "english"),
    [
        ("“Itu betul, bukan 100 persen, tapi 1.000 persen benar,” kata Pramono di Stasiun MRT Dukuh Atas.",
         ["100%", "1.000%"], ["100%", "1,000%"]),
        ("Inflasi inti turun ke 2,32% dan inflasi volatile food masih terjaga sebesar 3,82%, kata Juli.",
         ["2,32%", "3,82%"], ["2.32%", "3.82%"]),
        ("Huawei juga akan meningkatkan nilai transaksi di Rusia dari US$ 392 juta menjadi US$ 800 juta.",
         ["US$392 juta → US$800 juta (+104%)"], ["US$392 million → US$800 million (+104%)"]),
        ("Pemda DKI memiliki dana Rp 14,6 triliun di Bank Jakarta, kata Pramono.",
         ["Rp14,6 triliun"], ["Rp14.6 trillion"]),
        ("Sanders raised more than $33million and 2.5million contributions, his campaign announced.",
         ["US$33 juta", "2,5 juta contributions"], ["US$33 million", "2.5 million contributions"]),
        ("More than 6 in 10 New York Democratic voters backed Clinton in 51 speeches, the poll said.",
         ["60%", "51 speeches"], ["60%", "51 speeches"]),
        ("Wilayah seluas 190 km2 itu dihuni sekitar 35 ribu spesialis, kata Bupati.",
         ["190 kilometer persegi", "35.000 spesialis"], ["190 square kilometers", "35,000 spesialis"]),
    ],
)  # fmt: skip
def test_what_extraction_emits_renders_in_both_languages(
    sentence: str, indonesian: list[str], english: list[str]
) -> None:
    """From `kutip extract` to the reader: every word the bot adds to a figure is the reader's."""
    figures = extract(sentence).figures
    for lang, expected in (("id", indonesian), ("en", english)):
        rendered = [format_figure_value(f.value, f.unit, f.to_value, f.change_pct, f.upper, lang, f.text)
                    for f in figures]  # fmt: skip
        assert rendered == expected


def test_every_currency_extraction_emits_has_a_sign() -> None:
    codes = {*units.CURRENCY_PREFIXES.values(), *units.CURRENCY_SUFFIX_SIGNS.values()}
    codes |= {*_ID.currency_names.values(), *_EN.currency_names.values()}
    assert codes <= CURRENCY_SIGNS.keys()


def test_change_and_range() -> None:
    assert format_figure_value(392e6, "USD", 800e6, 104.08, None, "id") == "US$392 juta → US$800 juta (+104%)"
    assert format_figure_value(10, "percent", 7, -30.0, None, "en") == "10% → 7% (-30%)"
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
        "kutipan langsung · 23 Agu 2020 · Menlu Rusia: Rusia Siap Bekerja Sama Dengan Huawei "
        "<https://beritabaru.co/lavrov-5g> · #1\n\n"
        "2 jawaban lain tersedia."
    )
    assert format_answers(answers).startswith(format_statement(LAVROV_5G, "id") + "\n\n")
    indirect = replace(LAVROV_5G, type="indirect", text="Rusia siap bekerja sama dengan Huawei")
    english = format_answers(AnswerSet(parse_question("What did Lavrov say?"), (indirect,), total=1))
    assert english.startswith("<b>Sergei Lavrov</b> (Menteri Luar Negeri Rusia): Rusia siap bekerja sama")
    assert "<i>indirect statement</i> · Aug 23, 2020 · " in english


STORED = datetime(2026, 12, 4, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("published", "lang", "expected"),
    [
        (datetime(2025, 10, 22, tzinfo=UTC), "id", "22 Okt 2025"),  # "Rabu (22/10/2025)" in the text
        (datetime(2025, 10, 22, tzinfo=UTC), "en", "Oct 22, 2025"),
        (datetime(2020, 8, 23, tzinfo=UTC), "id", "23 Agu 2020"),
        (datetime(2025, 5, 14, tzinfo=UTC), "id", "14 Mei 2025"),
        (datetime(2025, 5, 14, tzinfo=UTC), "en", "May 14, 2025"),
        (None, "id", "disimpan 4 Des 2026"),  # the article states no date: the stored day, said so
        (None, "en", "stored Dec 4, 2026"),
    ],
)
def test_dates_are_written_the_readers_way(published: datetime | None, lang: str, expected: str) -> None:
    assert format_date(published, STORED, lang) == expected


def test_an_undated_answer_says_its_date_is_the_stored_day() -> None:
    undated = replace(LAVROV_5G, published=None, stored=STORED)
    assert "kutipan langsung · disimpan 4 Des 2026 · " in format_statement(undated, "id", Style(rich=False))


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
    parts = format_digest(articles, "id")
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
    (html,) = format_digest([antara], "id")
    text, _ = parse_html(html)
    assert "Juga dimuat: Kompas.com, www.liputan6.example" in text
    assert text.count("Keputusan ini konsisten") == 1
    assert '<a href="https://www.kompas.example/bi">Kompas.com</a>' in html


@pytest.mark.parametrize(
    ("text", "question", "head", "label"),
    [
        (BI_INFLATION, "Berapa inflasi menurut BI?", r"\d,\d\d% — inflasi .+ · Juli Budi Winantya", "angka"),
        (
            SANDERS_FUNDS,
            "How many contributions did donors make?",
            r"2\.5 million contributions · Aides",
            "figure",
        ),
        (
            SANDERS_FUNDS,
            "Berapa kontribusi donor Sanders?",
            r"(1|2,5) juta (donors|contributions) · Aides",
            "angka",
        ),
    ],
)
def test_a_figure_answer_leads_with_figure_subject_and_speaker(store, text, question, head, label):
    """Ingested with the real extractor, asked, rendered: the figure first, in the asker's language,
    then the sentence it stands in once, then its kind and source in the same language."""
    ingest_text(store, text)
    blocks = format_answers(answer_question(store, question), style=Style(rich=False)).split("\n\n")
    first = blocks[0].split("\n")
    assert re.fullmatch(head, first[0]) and first[2].startswith(f"{label} · ")
    sentences = [b.split("\n")[1] for b in blocks if b.count("\n") == 2]
    assert len(sentences) == len(set(sentences))
    assert "percent" not in " ".join(blocks) and not any(b.startswith("BI Proyeksi") for b in blocks)


def test_a_statement_copies_repeat_says_so_once_in_the_readers_language() -> None:
    assert format_statement(replace(LAVROV_5G, copies=6), "id", Style(rich=False)).endswith(
        "· #1 · juga di 6 artikel lain"
    )
    assert format_statement(replace(LAVROV_5G, copies=1), "en", Style(rich=False)).endswith(
        "· #1 · also in 1 other article"
    )
    assert format_statement(LAVROV_5G, "en", Style(rich=False)).endswith("· #1")


def test_a_subject_that_repeats_the_counted_noun_is_left_out() -> None:
    assert not told("negara", "21 negara") and not told("Contributions", "2.5 million contributions")
    assert told("nilai transaksi di Rusia", "US$392 juta → US$800 juta (+104%)")
    assert not told(None, "7")
