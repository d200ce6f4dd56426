"""html.py: the story's paragraphs and metadata out, menus, scripts and non-articles refused."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kutip.ingest.errors import IngestError
from kutip.ingest.html import article_from_html

from .conftest import DATA

NEWS_ID = (DATA / "news-id.html").read_bytes()
NEWS_EN = (DATA / "news-en.html").read_text(encoding="utf-8")
PARAGRAPHS = [
    "Menteri Luar Negeri Rusia Sergei Lavrov mengatakan Rusia siap bekerja sama dengan Huawei dalam 5G.",
    "Pernyataan itu muncul di tengah upaya AS melarang entitas asing bekerja sama dengan raksasa Huawei.",
    "“5G adalah masalah penting bagi kami, sama seperti di seluruh dunia,” tegas Lavrov dalam forum itu.",
    "Huawei juga akan meningkatkan nilai transaksi di Rusia dari US$ 392 juta menjadi US$ 800 juta.",
]
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def test_indonesian_page_text_and_metadata() -> None:
    article = article_from_html(NEWS_ID, "https://beritabaru.co/menlu-rusia-huawei-5g/?utm_source=tw")
    assert article.title == "Menlu Rusia: Tidak Seperti AS, Rusia Siap Bekerja Sama Dengan Huawei"
    assert article.outlet == "Berita Baru"
    assert article.author == "Redaksi Berita Baru"
    assert article.published == datetime(2020, 8, 24, 3, 15, tzinfo=UTC)
    assert article.language == "id"
    assert article.url == "https://beritabaru.co/menlu-rusia-huawei-5g/?utm_source=tw"
    assert article.canonical_url == "https://beritabaru.co/menlu-rusia-huawei-5g"
    assert "“5G adalah masalah penting bagi kami, sama seperti di seluruh dunia,” tegasnya." in article.text
    for noise in ("SCRIPT_MUST_NOT_LEAK", "font-family", "Beranda", "Terpopuler", "Hak cipta"):
        assert noise not in article.text


def test_paragraphs_are_separated_by_blank_lines() -> None:
    article = article_from_html(NEWS_ID, None)
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) >= 12
    assert all(p.strip() == p and "\n" not in p for p in paragraphs)
    assert paragraphs[1].startswith("Berita Baru, Internasional – Pada hari Minggu (23/8)")


def test_english_page_with_json_ld() -> None:
    article = article_from_html(NEWS_EN, "https://news.example.com/world/lavrov-huawei")
    assert article.title == "Lavrov says Russia ready to work with Huawei on 5G"
    assert article.outlet == "Example News"
    assert article.author == "Jane Reporter"
    assert article.published is not None and article.published.tzinfo is not None
    assert article.published.date() == datetime(2020, 8, 24).date()
    assert article.language == "en"
    assert '"5G is an important issue for us, as it is all over the world," Lavrov told' in article.text
    for noise in ("SCRIPT_MUST_NOT_LEAK", "STYLE_MUST_NOT_LEAK", "Sign in", "cookies", "Copyright"):
        assert noise not in article.text


def test_canonical_link_on_another_host_is_ignored() -> None:
    page = NEWS_ID.replace(b"https://beritabaru.co/menlu-rusia-huawei-5g/", b"https://other.example/stolen")
    article = article_from_html(page, "https://beritabaru.co/x/")
    assert article.canonical_url == "https://beritabaru.co/x"


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        ('<html lang="in">', "id"),
        ("<html xml:lang='id-ID' lang=id-ID>", "id"),
        ('<html><head><meta property="og:locale" content="en_US">', "en"),
        ("<html>", None),
    ],
)
def test_language_from_markup(html: str, lang: str | None) -> None:
    assert article_from_html(f"{html}<body><article>{BODY}</article></body></html>", None).language == lang


@pytest.mark.parametrize(
    "html",
    [
        f"<html><body><div><p>{BODY}<b><i>tidak ditutup <table><tr><td>sel",  # never closed
        f"<html><head><script>alert('X')</script><body><article>{BODY}</html></body>",  # misnested
        f"<!DOCTYPE html><p>{BODY}</p></p></p></div></span><br/></html></html>",  # stray end tags
        f"<html><body>{BODY}<p>&bogus; &#0; &#xffffff; &#x110000; <!-- unterminated comment",
        ("<html><body><article>" + BODY + "<p>caf\xe9 \u201ckutip\u201d</p></article></body></html>").encode(
            "cp1252"
        ),
        ("<html><body><article>" + BODY + "</article></body></html>").encode("utf-16"),
    ],
)
def test_malformed_html_still_gives_clean_text(html: str | bytes) -> None:
    article = article_from_html(html, None)
    assert PARAGRAPHS[0] in article.text and PARAGRAPHS[3] in article.text
    assert "<" not in article.text and "alert" not in article.text and "\x00" not in article.text


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n ",
        b"",
        "<html></html>",
        "<html><body><p>Hello.</p></body></html>",
        "<html><body><nav><a href='/'>Beranda</a> <a href='/a'>Ekonomi</a></nav></body></html>",
        "<<<>>>< / <p <p <<</</ \x00\x01 &#0; &bogus;" * 50,
        "<script>" + "var berita = 'Lavrov mengatakan Rusia siap bekerja sama';" * 100 + "</script>",
        "<div>" * 5000 + "teks" + "</div>" * 5000,
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20,
    ],
)
def test_non_articles_are_refused(html: str | bytes) -> None:
    with pytest.raises(IngestError, match=r"^not a news article: "):
        article_from_html(html, None)


def test_short_page_message_says_how_short() -> None:
    with pytest.raises(IngestError, match=r"only 2 words \(\d+ characters\) of main text"):
        article_from_html("<html><body><article><p>Halo dunia.</p></article></body></html>", None)
