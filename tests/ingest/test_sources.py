"""sources.py: every input the CLI or bot gets becomes an Article or a one-line IngestError."""

from __future__ import annotations

import io
import json
import os
import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kutip.ingest.errors import FetchFailed, FetchRefused, IngestError
from kutip.ingest.fetch import FetchPolicy
from kutip.ingest.files import read_file_bytes
from kutip.ingest.sources import (
    aload_url,
    article_from_file,
    article_from_pasted_text,
    count_articles,
    load_input,
    load_inputs,
)
from kutip.settings import load_settings
from tests.gold import GOLD_DIR

from .conftest import DATA, PLAIN_TEXT, LocalServer

SEED = Path(__file__).parents[2] / "seeds" / "beritabaru-lavrov-huawei-5g.txt"
NEWS_TITLE = "Menlu Rusia: Tidak Seperti AS, Rusia Siap Bekerja Sama Dengan Huawei"
POLICY = FetchPolicy(timeout=2.0)
TEXT = "Lavrov: Rusia siap\n\n“5G adalah masalah penting bagi kami,” tegas Lavrov, Minggu (23/8).\n"


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_seed_text_file() -> None:
    article = load_input(str(SEED), POLICY)
    assert article.title == NEWS_TITLE
    assert article.text.startswith(NEWS_TITLE + "\n")
    assert "US$ 392 juta menjadi US$ 800 juta" in article.text


def test_text_file_title_is_first_non_empty_line(tmp_path: Path) -> None:
    article = load_input(write(tmp_path, "a.txt", b"\n\n   \n" + TEXT.encode()), POLICY)
    assert article.title == "Lavrov: Rusia siap"
    assert article.text == TEXT.strip()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (TEXT.encode("utf-8-sig"), "“5G adalah"),
        (TEXT.encode("utf-16"), "“5G adalah"),
        (TEXT.encode("cp1252"), "“5G adalah"),
        ("Café: “kutipan” — ‘satu’ € 5".encode("cp1252"), "Café: “kutipan” — ‘satu’ € 5"),
        (TEXT.replace("\n", "\r\n").encode(), "Lavrov: Rusia siap\n\n“5G"),
    ],
)
def test_text_encodings_decode_cleanly(tmp_path: Path, data: bytes, expected: str) -> None:
    article = load_input(write(tmp_path, "a.txt", data), POLICY)
    assert expected in article.text
    assert "\ufffd" not in article.text and "\ufeff" not in article.text and "\r" not in article.text


def test_html_file(tmp_path: Path) -> None:
    article = load_input(write(tmp_path, "berita.htm", (DATA / "news-id.html").read_bytes()), POLICY)
    assert article.title == NEWS_TITLE and article.outlet == "Berita Baru"
    assert "SCRIPT_MUST_NOT_LEAK" not in article.text


@pytest.mark.parametrize("name", ["berita.dat", "berita", "berita.php"])
def test_other_extensions_are_sniffed(tmp_path: Path, name: str) -> None:
    html_article = load_input(write(tmp_path, name, (DATA / "news-en.html").read_bytes()), POLICY)
    assert html_article.outlet == "Example News" and "<p>" not in html_article.text
    text_article = load_input(write(tmp_path, "plain-" + name, TEXT.encode()), POLICY)
    assert text_article.title == "Lavrov: Rusia siap"


def test_txt_file_with_markup_stays_text(tmp_path: Path) -> None:
    article = load_input(write(tmp_path, "a.txt", b"Judul\n\nTeks dengan <b>tag</b> di dalamnya."), POLICY)
    assert article.text == "Judul\n\nTeks dengan <b>tag</b> di dalamnya."


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("kosong.txt", b"", "empty: no text to read"),
        ("spasi.txt", b"  \n\t\r\n  \n", "empty: no text to read"),
        ("spasi-bom.txt", "\ufeff \n ".encode("utf-8-sig"), "empty: no text to read"),
        ("gambar.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary file, not text"),
        ("nul.txt", b"Judul\n\nTeks\x00dengan\x00NUL", "binary file, not text"),
        ("arsip.zip", b"PK\x03\x04" + bytes(range(256)) * 4, "binary file, not text"),
        ("halaman.html", b"<html><body><p>Hello.</p></body></html>", "not a news article: "),
        ("huruf.txt", b"x", "not a news article: only 0 words (1 characters) of text;"),
        ("judul.txt", b"Harga BBM\n", "not a news article: only 2 words (9 characters) of text;"),
        ("catatan", b"ok\n", "not a news article: only 1 words"),  # sniffed as text, the same rule
        ("kosong.html", b"", "empty: no text to read"),
    ],
)
def test_bad_files_are_one_line_errors(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    with pytest.raises(IngestError) as error:
        load_input(write(tmp_path, name, data), POLICY)
    assert str(error.value).startswith(message)
    assert "\n" not in str(error.value)


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"^no such file$"):
        load_input(str(tmp_path / "tidak-ada.txt"), POLICY)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"^is a directory, not a file$"):
        load_input(str(tmp_path), POLICY)


def test_fifo_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipa.txt"
    os.mkfifo(fifo)
    with pytest.raises(IngestError, match=r"^not a regular file$"):
        load_input(str(fifo), POLICY)


def test_huge_sparse_file_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "besar.txt"
    with path.open("wb") as handle:
        handle.truncate(6 * 1024 * 1024 * 1024)  # 6 GB of nothing, allocated on no disk
    with pytest.raises(IngestError, match=r"^file too large \(6,442,450,944 bytes, limit 5,242,880\)$"):
        load_input(str(path), POLICY)


def test_file_over_a_small_limit(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"^file too large"):
        load_input(write(tmp_path, "a.txt", TEXT.encode()), replace(POLICY, max_bytes=20))


def test_stdin_text_and_html() -> None:
    assert load_input("-", POLICY, stdin=io.BytesIO(TEXT.encode())).title == "Lavrov: Rusia siap"
    html = load_input("-", POLICY, stdin=io.BytesIO((DATA / "news-id.html").read_bytes()))
    assert html.outlet == "Berita Baru"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty: no text to read"),
        (b"\x00\x01\x02\x03", "binary file, not text"),
        (b"x" * 30, "standard input too large"),
    ],
)
def test_stdin_errors(data: bytes, message: str) -> None:
    with pytest.raises(IngestError, match=f"^{message}"):
        load_input("-", replace(POLICY, max_bytes=25), stdin=io.BytesIO(data))


def test_empty_item() -> None:
    with pytest.raises(IngestError, match=r"^empty input"):
        load_input("  ", POLICY)


def allowing(server: LocalServer) -> FetchPolicy:
    return replace(POLICY, allow_hosts=frozenset({server.host_port}))


def test_url_to_news_page(server: LocalServer) -> None:
    article = load_input(server.url("/news"), allowing(server))
    assert article.title == NEWS_TITLE
    assert article.url == server.url("/news")
    # The page claims beritabaru.co as canonical, but it was served by 127.0.0.1: not trusted.
    assert article.canonical_url == server.url("/news")
    assert article.published is not None and article.language == "id"


def test_url_followed_through_redirect_records_final_url(server: LocalServer) -> None:
    article = load_input(server.url("/redirect?to=/news"), allowing(server))
    assert article.url == server.url("/news")


def test_plain_text_url_becomes_a_text_article(server: LocalServer) -> None:
    article = load_input(server.url("/plain"), allowing(server))
    assert article.title == "Lavrov: Rusia siap bekerja sama dengan Huawei"
    assert article.text == PLAIN_TEXT.strip()
    assert article.url == server.url("/plain")


def test_feed_url_is_pointed_to_feeds(server: LocalServer) -> None:
    with pytest.raises(IngestError, match=r"^this is a news feed, not an article"):
        load_input(server.url("/feed.xml"), allowing(server))


@pytest.mark.parametrize(
    ("path", "error", "message"),
    [
        ("/short", IngestError, "^not a news article: "),
        ("/image.png", FetchRefused, "content type image/png is not a web page or feed"),
        ("/missing", FetchFailed, "answered HTTP 404"),
    ],
)
def test_url_failures(server: LocalServer, path: str, error: type[IngestError], message: str) -> None:
    with pytest.raises(error, match=message):
        load_input(server.url(path), allowing(server))


@pytest.mark.parametrize(
    "url", ["http://localhost:{port}/news", "http://127.1:{port}/news", "file:///etc/passwd", "ftp://x/"]
)
def test_refused_urls(server: LocalServer, url: str) -> None:
    with pytest.raises(FetchRefused, match=r"^refused "):
        load_input(url.format(port=server.port), POLICY)
    assert server.seen == []


def test_unreachable_host() -> None:
    policy = replace(POLICY, allow_hosts=frozenset({"127.0.0.1:1"}))
    with pytest.raises(FetchFailed, match=r"^could not connect to 127.0.0.1"):
        load_input("http://127.0.0.1:1/berita", policy)


def test_allow_hosts_from_environment(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KUTIP_FETCH_ALLOW_HOSTS", server.host_port)
    assert load_input(server.url("/news"), FetchPolicy.from_settings(load_settings())).title == NEWS_TITLE


async def test_aload_url_for_the_bot(server: LocalServer) -> None:
    article = await aload_url(server.url("/news"), allowing(server))
    assert article.title == NEWS_TITLE
    with pytest.raises(FetchRefused):
        await aload_url(server.url("/news"), POLICY)


def test_pasted_text() -> None:
    article = article_from_pasted_text("\n  " + TEXT)
    assert article.title == "Lavrov: Rusia siap"
    assert article.text == TEXT.strip()
    assert article.url is None


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Pramono: MRT tepat waktu\n\n“Itu benar,” kata Pramono di Stasiun MRT Dukuh Atas, Rabu (22/10/2025).",
            datetime(2025, 10, 22, tzinfo=UTC),
        ),
        ("Sanders raised more than $33 million, his campaign announced Saturday.", None),  # no date stated
    ],
)
def test_text_states_its_own_date(text: str, published: datetime | None) -> None:
    assert article_from_pasted_text(text).published == published


def test_pasted_text_without_headline_gets_a_short_title() -> None:
    paragraph = "Menteri Luar Negeri Rusia Sergei Lavrov mengatakan Rusia siap bekerja sama. " * 5
    title = article_from_pasted_text(paragraph).title
    assert title is not None and len(title) <= 201 and title.endswith("…")


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t", "\ufeff"])
def test_empty_pasted_text(text: str) -> None:
    with pytest.raises(IngestError, match=r"^empty: no text to read$"):
        article_from_pasted_text(text)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux procfs")
def test_file_that_reports_no_size_is_read_whole() -> None:
    """procfs files stat as 0 bytes; the read is sized by stat, so it must read on to the end."""
    data = read_file_bytes("/proc/self/status")
    assert data.startswith(b"Name:") and b"\nPid:" in data
    with pytest.raises(IngestError, match=r"^file too large \(over 20 bytes\)$"):
        read_file_bytes("/proc/self/status", max_bytes=20)


# JSON articles: a `.json` file holds one object in the form of ../shared/eval/FORMAT.md, a `.jsonl`
# file one a line as ../shared/corpus/id-news.jsonl.
DEV_ARTICLE = GOLD_DIR / "id-001.json"
CORPUS = GOLD_DIR.parent.parent / "corpus" / "id-news.jsonl"


def corpus_lines(count: int) -> list[str]:
    with CORPUS.open(encoding="utf-8") as lines:
        return [next(lines).rstrip("\n") for _ in range(count)]


def test_a_dev_json_article_keeps_its_own_title_date_url_and_language() -> None:
    gold = json.loads(DEV_ARTICLE.read_text(encoding="utf-8"))
    article = load_input(str(DEV_ARTICLE), POLICY)
    assert article.text == gold["text"]
    assert article.title == "Pramono Akui Purbaya 1.000% Betul soal Duit DKI Rp 14,6 T Mengendap di Bank"
    assert article.published == datetime(2025, 10, 22, tzinfo=UTC)
    assert article.url == (
        "https://news.detik.com/berita/d-8172465/"
        "pramono-akui-purbaya-1-000-betul-soal-duit-dki-rp-14-6-t-mengendap-di-bank"
    )
    assert article.canonical_url == article.url
    assert (article.outlet, article.language) == ("detik.com", "id")


def test_a_jsonl_file_is_one_article_a_line_each_failing_alone(tmp_path: Path) -> None:
    first, second = corpus_lines(2)
    lines = [first, '{"title": "Tanpa teks"}', "", '{"text": "Judul', "[1, 2]", second, '{"text": 5}']
    path = write(tmp_path, "corpus.jsonl", "\n".join(lines).encode() + b"\n")
    results = list(load_inputs(path, POLICY))
    assert [name for name, _ in results] == [f"{path}:{n}" for n in (1, 2, 4, 5, 6, 7)]  # 3 is blank
    articles = {name.rsplit(":", 1)[1]: found for name, found in results}
    assert articles["1"].title == "Presiden Banggakan Inflasi 2%, Ini Cara Kemendagri Jaga Stabilitas Harga"
    assert articles["1"].published == datetime(2025, 10, 21, 20, 43, tzinfo=UTC)  # "10/21/2025 20:43"
    assert articles["1"].url.startswith("https://news.detik.com/berita/d-8171947/")
    assert articles["6"].text == json.loads(second)["text"]
    assert str(articles["2"]) == 'no "text": an article object needs its text as a string'
    assert str(articles["4"]) == "not valid JSON: Unterminated string starting at (column 10)"
    assert str(articles["5"]).startswith("not an article object")
    assert str(articles["7"]) == 'no "text": an article object needs its text as a string'
    assert count_articles([path, str(SEED)]) == 7


def test_a_jsonl_line_over_the_limit_fails_alone(tmp_path: Path) -> None:
    short = json.dumps({"text": TEXT})
    path = write(tmp_path, "a.jsonl", f"{short}\n{json.dumps({'text': TEXT * 50})}\n{short}\n".encode())
    results = list(load_inputs(path, replace(POLICY, max_bytes=len(short) + 1)))
    assert [str(found) if isinstance(found, IngestError) else found.title for _, found in results] == [
        "Lavrov: Rusia siap",
        f"line too long (over {len(short) + 1:,} bytes)",
        "Lavrov: Rusia siap",
    ]


def test_a_missing_jsonl_file_is_one_failure(tmp_path: Path) -> None:
    path = str(tmp_path / "tidak-ada.jsonl")
    [(name, error)] = load_inputs(path, POLICY)
    assert (name, str(error)) == (path, "no such file")
    assert count_articles([path]) == 1


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ('{"title": "Judul", "published": "2025-10-22"}', 'no "text": an article object'),
        ('{"text": null}', 'no "text": an article object'),
        ('"Lavrov: Rusia siap"', "not an article object"),
        ('{"text": "Lavrov: Rusia siap", "title": 7}', '"title" must be a string, not int'),
        (
            '{"text": "Lavrov: Rusia siap bekerja", "url": "beritabaru.co/a"}',
            '"url" is not an http(s) address',
        ),
        ('{"text": ""}', "empty: no text to read"),
        ('{"text": "Lavrov",\n "title": }', "not valid JSON: Expecting value (line 2, column 11)"),
    ],
)
def test_a_json_file_that_is_no_article_object_is_refused(tmp_path: Path, record: str, message: str) -> None:
    with pytest.raises(IngestError, match=re.escape(message)):
        load_input(write(tmp_path, "a.json", record.encode()), POLICY)


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2025-10-22T08:15:00+07:00", datetime(2025, 10, 22, 1, 15, tzinfo=UTC)),
        ("2099-01-01", datetime(2020, 8, 23, tzinfo=UTC)),  # the future: the text's "Minggu (23/8)"
        ("1970-01-01", datetime(2020, 8, 23, tzinfo=UTC)),  # absurd for online news
        ("kemarin", datetime(2020, 8, 23, tzinfo=UTC)),
        (None, datetime(2020, 8, 23, tzinfo=UTC)),
    ],
)
def test_a_published_field_wins_unless_it_cannot_be_the_articles(published, expected, tmp_path) -> None:
    text = TEXT.replace("Minggu (23/8)", "Minggu (23/8/2020)")
    record = {
        "text": text,
        "published": published,
        "source": "Berita Baru (https://beritabaru.co/a?utm_source=x)",
    }
    article = load_input(write(tmp_path, "a.json", json.dumps(record).encode()), POLICY)
    assert article.published == expected
    assert (article.url, article.canonical_url) == (
        "https://beritabaru.co/a?utm_source=x",
        "https://beritabaru.co/a",
    )
    assert (article.outlet, article.title, article.language) == ("Berita Baru", "Lavrov: Rusia siap", None)


def test_a_json_file_sent_to_the_bot_reads_as_kutip_ingest_reads_it() -> None:
    assert article_from_file(DEV_ARTICLE.read_bytes(), "id-001.json") == load_input(str(DEV_ARTICLE), POLICY)
    assert article_from_file(TEXT.encode(), "berita.txt") == article_from_pasted_text(TEXT)
