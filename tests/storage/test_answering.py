"""Answering from a store, on SQLite and PostgreSQL alike: speakers by name, title and typo; topics by
word form; figures; an honest "nothing found"; pages; and the structured queries the bot calls."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import col, select, update

from kutip.answer.questions import parse_question
from kutip.extract.model import Claim, Extraction, Figure, Speaker
from kutip.ingest.article import Article
from storage.answering import answer_question, match_speakers, newest_claims
from storage.articles import save_article
from storage.browse import article_detail, find_speaker_id, latest_articles, speaker_profile, statement
from storage.db import open_store
from storage.models import Article as ArticleRow
from storage.models import Claim as ModelClaim
from tests.gold import GOLD_DIR, is_right, load_gold
from tests.storage.helpers import BI_INFLATION, ingest_text

LAVROV = Speaker("Sergei Lavrov", "person", "Menteri Luar Negeri Rusia", ("Lavrov",))
PUTIN = Speaker("Vladimir Putin", "person", "Presiden Rusia", ("Putin",))
US = Speaker("Amerika Serikat", "organisation", None, ("AS",))
SBERBANK = Speaker("Sberbank", "organisation")

ARTICLE_1 = (
    "Menteri Luar Negeri Rusia Sergei Lavrov mengatakan Rusia siap untuk bekerja sama dengan Huawei dalam teknologi 5G. "
    "AS mengklaim Huawei akan meneruskan informasi pengguna ke China. "
    "Nilai transaksi Huawei di Rusia naik dari US$ 392 juta menjadi US$ 800 juta, kata Lavrov."
)
ARTICLE_2 = (
    "Putin mengatakan kecerdasan buatan adalah masa depan umat manusia. "
    "Lavrov menyebut Rusia akan melatih 35 ribu spesialis teknologi informasi. "
    "Sberbank menyatakan kerjasama dengan Huawei berjalan baik."
)


def _claim(text: str, speaker: Speaker, statement: str) -> Claim:
    start = text.index(statement)
    s_start = text.rfind(". ", 0, start) + 2 if text.rfind(". ", 0, start) >= 0 else 0
    s_end = text.find(".", start + len(statement)) + 1
    return Claim(
        speaker, "indirect", statement, start, start + len(statement), text[s_start:s_end], s_start, s_end
    )


def _figure(text: str, shown: str, value: float, unit: str, subject: str, claim_index: int, **kw) -> Figure:
    start = text.index(shown)
    return Figure(
        shown, start, start + len(shown), value, unit, subject=subject, claim_index=claim_index, **kw
    )


@pytest.fixture
def news(store):
    claims_1 = (
        _claim(ARTICLE_1, LAVROV, "Rusia siap untuk bekerja sama dengan Huawei dalam teknologi 5G"),
        _claim(ARTICLE_1, US, "Huawei akan meneruskan informasi pengguna ke China"),
        _claim(
            ARTICLE_1, LAVROV, "Nilai transaksi Huawei di Rusia naik dari US$ 392 juta menjadi US$ 800 juta"
        ),
    )
    figures_1 = (
        _figure(
            ARTICLE_1, "US$ 392 juta", 392e6, "USD", "nilai transaksi Huawei di Rusia", 2, to_value=800e6
        ),
    )
    claims_2 = (
        _claim(ARTICLE_2, PUTIN, "kecerdasan buatan adalah masa depan umat manusia"),
        _claim(ARTICLE_2, LAVROV, "Rusia akan melatih 35 ribu spesialis teknologi informasi"),
        _claim(ARTICLE_2, SBERBANK, "kerjasama dengan Huawei berjalan baik"),
    )
    figures_2 = (_figure(ARTICLE_2, "35 ribu spesialis", 35e3, "spesialis", "spesialis TI yang dilatih", 1),)
    for text, claims, figures, day in (
        (ARTICLE_1, claims_1, figures_1, 24),
        (ARTICLE_2, claims_2, figures_2, 25),
    ):
        extraction = Extraction("id", claims, figures, tuple(dict.fromkeys(c.speaker for c in claims)))
        article = Article(text, title=f"Berita {day}", published=datetime(2020, 8, day, tzinfo=UTC))
        save_article(store, article, extraction, "test")
    return store


@pytest.mark.parametrize(
    ("question", "speaker", "words"),
    [
        ("Apa kata Lavrov soal 5G?", "Sergei Lavrov", "5G"),
        ("Lavrov bilang apa soal Huawei?", "Sergei Lavrov", "Huawei"),
        ("Apa kata Lavorv tentang kerjasama?", "Sergei Lavrov", "bekerja sama"),  # typo, word form
        ("Apa pernyataan Menlu Rusia soal 5G?", "Sergei Lavrov", "5G"),  # title abbreviated
        ("Siapa yang bilang Huawei meneruskan data ke China?", "Amerika Serikat", "meneruskan"),
        ("Who said Huawei passes user data to China?", "Amerika Serikat", "meneruskan"),
        ("Kapan Putin bicara soal AI?", "Vladimir Putin", "kecerdasan buatan"),
        ("What has Putin said about artificial intelligence?", "Vladimir Putin", "kecerdasan buatan"),
        ("Apa kata Sberbang soal Huawei?", "Sberbank", "kerjasama"),
    ],
)
def test_top_answer(news, question, speaker, words):
    result = answer_question(news, question, limit=1)
    assert result.answers, result.suggestions
    assert (result.answers[0].speaker, words in result.answers[0].text) == (speaker, True)


@pytest.mark.parametrize(
    ("question", "suggestion"),
    [
        ("Apa kata Lavrof Sergeyev soal bumi datar?", None),  # nobody did, nobody is called that
        ("Apa kata Lavrovsky soal bumi datar?", "Sergei Lavrov"),  # a name near one stored
        ("Apa kata Jokowi soal 5G?", None),  # Jokowi is not stored: no answer from Lavrov instead
        ("Siapa yang bilang bumi itu datar?", None),
    ],
)
def test_nothing_found_is_honest(news, question, suggestion):
    result = answer_question(news, question)
    assert result.answers == () and result.total == 0
    if suggestion:
        assert suggestion in result.suggestions


def test_a_named_speaker_is_answered_from_when_the_topic_misses(news):
    """Lavrov never spoke of football: his newest words answer, and his name is no "did you mean"."""
    result = answer_question(news, "Apa kata Lavrov soal sepakbola?")
    assert {a.speaker for a in result.answers} == {"Sergei Lavrov"} and result.total == 3
    assert result.suggestions == ()
    assert result.answers[0].published >= result.answers[-1].published


@pytest.fixture
def gold_store(store):
    """The dev articles' gold claims, stored as given: 16 Indonesian and 10 English articles."""
    for gold in load_gold():
        save_article(store, gold.article, gold.extraction, "gold")
    return store


@pytest.mark.skipif(not GOLD_DIR.is_dir(), reason=f"gold files not found at {GOLD_DIR}")
@pytest.mark.parametrize(
    ("question", "speaker", "words"),
    [
        ("What did Prabowo say about food poisoning?", "Prabowo Subianto", "keracunan"),  # id-004
        ("What did Farhan say about the grant for political parties?", "Muhammad Farhan", "hibah"),  # id-005
        ("Apa kata Clinton soal penyakit Alzheimer?", "Hillary Clinton", "disease"),  # en-006
        ("Apa kata Hollande soal serangan itu?", "François Hollande", "attack"),  # en-010
        # nobody named: found by the full-text search, translations ORed into its one query per term
        ("Who said the government must give grants to political parties?", "Muhammad Farhan", "hibah"),
        ("Who said poisoning cases are within humane limits?", "Prabowo Subianto", "manusiawi"),
        ("Siapa yang menyebut tarif tinggi untuk barang buatan Meksiko?", "Donald J. Trump", "tariffs"),
    ],
)
def test_a_question_reaches_claims_in_the_other_language(gold_store, question, speaker, words):
    top = answer_question(gold_store, question, limit=1).answers
    assert [(a.speaker, words in a.text) for a in top] == [(speaker, True)]


@pytest.mark.skipif(not GOLD_DIR.is_dir(), reason=f"gold files not found at {GOLD_DIR}")
@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        (
            "What did Clinton say about Alzheimer's?",
            "Hillary Clinton",
        ),  # en-006: her claims say "the disease"
        ("What did Harry Reid say about Zika?", "Harry M. Reid"),  # en-008: the bill, not Zika, by name
    ],
)
def test_the_speaker_typed_answers_rather_than_being_suggested(gold_store, question, speaker):
    result = answer_question(gold_store, question, limit=1)
    assert ([a.speaker for a in result.answers], result.suggestions) == ([speaker], ())


def test_more_answers_by_offset(news):
    first = answer_question(news, "Apa pernyataan Lavrov?", limit=2)
    rest = answer_question(news, "Apa pernyataan Lavrov?", limit=2, offset=2)
    assert first.total == 3 and len(first.answers) == 2 and len(rest.answers) == 1
    assert first.answers[0].published >= first.answers[1].published  # no topic: newest first
    assert rest.answers[0].claim_id not in {a.claim_id for a in first.answers}


@pytest.mark.parametrize(
    ("question", "value", "speaker"),
    [
        ("Berapa nilai transaksi Huawei di Rusia?", 392e6, "Sergei Lavrov"),
        ("How many IT specialists will be trained?", 35e3, "Sergei Lavrov"),
    ],
)
def test_figure_questions(news, question, value, speaker):
    result = answer_question(news, question, limit=1)
    row = result.to_json()["answers"][0]
    assert (row["figure"]["value"], row["speaker"]) == (value, speaker)
    assert row["text"] == row["sentence"] and row["figure"]["text"] in row["text"]


@pytest.mark.parametrize("question", ["Apa kata Lavrov soal 5G?", "Berapa nilai transaksi Huawei di Rusia?"])
def test_json_tells_the_articles_date_from_the_stored_day(news, question):
    """`published` is the article's own date, and only when it states one; `stored` is always there."""
    row = answer_question(news, question, limit=1).to_json()["answers"][0]
    assert row["published"].startswith("2020-08-2")
    assert row["stored"] > row["published"]
    with news.session() as session:
        session.exec(update(ArticleRow).values(published=None))
        session.commit()
    undated = answer_question(news, question, limit=1).to_json()["answers"][0]
    assert "published" not in undated and undated["stored"] == row["stored"]


@pytest.mark.parametrize(
    "question", ["Apa kata Lavrov soal 5G?", "Siapa yang bilang Huawei meneruskan informasi pengguna?"]
)
def test_an_answer_is_the_statement_browsing_shows(news, question):
    """One row type: an answer differs from `/who`'s view of the same claim only in its ranking fields."""
    answer = answer_question(news, question, limit=1).answers[0]
    unranked = replace(
        answer, speaker_score=0.0, score=0.0, text_terms=frozenset(), sentence_terms=frozenset()
    )
    assert unranked == statement(news, answer.claim_id)
    assert answer.speaker_id == find_speaker_id(news, answer.speaker)


def test_a_figure_answer_names_the_speaker_of_its_claim(news):
    answer = answer_question(news, "Berapa nilai transaksi Huawei di Rusia?", limit=1).answers[0]
    assert (answer.speaker_id, answer.speaker) == (find_speaker_id(news, "Lavrov"), "Sergei Lavrov")
    assert statement(news, answer.claim_id).speaker_id == answer.speaker_id


def test_speaker_profile_by_title_and_typo(news):
    by_title = speaker_profile(news, find_speaker_id(news, "Menlu Rusia"))
    by_typo = speaker_profile(news, find_speaker_id(news, "Lavorv"))
    assert by_title is not None and by_typo is not None
    assert (by_title.name, by_title.claims, by_title.role) == (
        "Sergei Lavrov",
        3,
        "Menteri Luar Negeri Rusia",
    )
    assert by_typo.speaker_id == by_title.speaker_id and "Lavrov" in by_title.aliases
    assert by_title.latest[0].published >= by_title.latest[-1].published
    assert find_speaker_id(news, "Xyzzy Quux") is None


def test_figures_on_a_subject(news):
    figures = answer_question(news, "Berapa nilai transaksi Huawei?", limit=5)
    assert figures.figures[0].value == 392e6 and figures.figures[0].to_value == 800e6


def test_latest_articles_and_detail(news):
    latest = latest_articles(news, limit=5)
    assert [a.title for a in latest][:2] == ["Berita 25", "Berita 24"]
    detail = article_detail(news, latest[1].id)
    assert detail.summary.claims == 3 and len(detail.statements) == 3
    assert article_detail(news, 999_999) is None


@pytest.mark.skipif(not GOLD_DIR.is_dir(), reason=f"gold files not found at {GOLD_DIR}")
def test_gold_questions_same_top_answer_on_both_backends(sqlite_url, postgres_url):
    """Gold claims stored directly (no extractor): SQLite and PostgreSQL give the same top answers,
    and most of them are right."""
    golds = load_gold()
    tops = []
    for url in (sqlite_url, postgres_url):
        store = open_store(url)
        for gold in golds:
            save_article(store, gold.article, gold.extraction, "gold")
        tops.append(
            [
                (a.speaker, a.text)
                if (a := next(iter(answer_question(store, q["q"], limit=1).answers), None))
                else None
                for gold in golds
                for q in gold.questions
            ]
        )
        store.dispose()
    assert tops[0] == tops[1]
    questions = [(gold, q) for gold in golds for q in gold.questions]
    right = sum(
        1 for (gold, q), top in zip(questions, tops[0], strict=True) if top and is_right(gold, q, *top)
    )
    assert right / len(questions) >= 0.85


@pytest.fixture
def wijayas(store):
    """Eight speakers named Wijaya, 64 claims over two years (all but eight in the first weeks), four undated
    (stored claims take their article's date or ingest time; older rows and bulk loads may have none)."""
    people = [
        Speaker(f"{first} Wijaya", "person") for first in "Agus Budi Citra Dewi Eko Fajar Gita Hadi".split()
    ]
    for i in range(16):
        day = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(days=3 * i if i < 14 else 700 + 10 * i)
        quotes = tuple((people[(i + k) % 8], f"Pernyataan {i} nomor {k}") for k in range(4))
        saved = store_article_of(store, f"Wijaya {i}", quotes, day)
        if i == 7:
            with store.session() as session:
                undated = update(ModelClaim).where(col(ModelClaim.article_id) == saved.article_id)
                session.exec(undated.values(published=None))
    return store


def store_article_of(store, title, quotes, published):
    text = title + "\n" + "".join(f"“{q},” kata {s.name}.\n" for s, q in quotes)
    claims, at = [], len(title) + 1
    for s, q in quotes:
        sentence = f"“{q},” kata {s.name}."
        claims.append(Claim(s, "direct", q, at + 1, at + 1 + len(q), sentence, at, at + len(sentence)))
        at += len(sentence) + 1
    extraction = Extraction("id", tuple(claims), (), tuple(dict.fromkeys(s for s, _ in quotes)))
    return save_article(store, Article(text, title=title, published=published), extraction, "test")


@pytest.mark.parametrize("speakers", [8, 3, 1])
def test_newest_claims_are_those_of_one_sorted_query(wijayas, speakers):
    """Windows of dates bound the work; they must find what sorting all the speakers' claims finds."""
    with wijayas.reading() as session:
        named = match_speakers(wijayas, session, parse_question("Apa pernyataan Wijaya?"))
        assert len(named) == 8
        ids = sorted(n.speaker_id for n in named)[:speakers]
        for limit in range(1, 70):
            every = session.exec(
                select(ModelClaim.id)
                .where(col(ModelClaim.speaker_id).in_(ids))
                .order_by(col(ModelClaim.published).desc(), col(ModelClaim.id).desc())
                .limit(limit)
            ).all()
            assert [row[0] for row in newest_claims(session, ids, limit)] == list(every), limit


PERRY = Speaker("Perry Warjiyo", "person", "Gubernur BI", ("Perry",))
SYNDICATED = Path(__file__).parent.parent / "ingest" / "data" / "syndicated"
STABILITY = "Keputusan ini konsisten dengan kebijakan moneter yang pro-stability"


def _quoted(text: str, speaker: Speaker, words: str) -> Claim:
    """A direct quote of `words`, its sentence the line it stands on."""
    start = text.index(words)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return Claim(
        speaker, "direct", words, start, start + len(words), text[line_start:line_end], line_start, line_end
    )


def test_a_quote_syndicated_copies_repeat_is_answered_once(store):
    """ANTARA's story and Kompas's copy of it quote Perry alike: one answer. Tempo's own report
    quotes the same words: a second source, so a second answer."""
    for day, name in enumerate(("antara-bi-rate", "tempo-bi-rate", "kompas-bi-rate"), start=21):
        text = (SYNDICATED / f"{name}.txt").read_text(encoding="utf-8")
        claims = (_quoted(text, PERRY, STABILITY),)
        extraction = Extraction("id", claims, (), (PERRY,))
        article = Article(text, title=name, published=datetime(2025, 5, day, tzinfo=UTC))
        save_article(store, article, extraction, "test")
    result = answer_question(store, "Apa kata Perry soal kebijakan moneter?")
    assert [a.text for a in result.answers] == [STABILITY, STABILITY] and result.total == 2
    assert {a.article_title for a in result.answers} in (
        {"antara-bi-rate", "tempo-bi-rate"},
        {"kompas-bi-rate", "tempo-bi-rate"},
    )


def test_a_figure_question_answers_each_sentence_once(store):
    """Two figures of one sentence, and the same sentence in a syndicated copy, answer once; a figure
    of the title, said by no one, is not given the title as its speaker."""
    ingest_text(store, BI_INFLATION)
    ingest_text(store, BI_INFLATION.replace("Yogyakarta", "Yogyakarta, Daerah Istimewa Yogyakarta"))
    result = answer_question(store, "Berapa inflasi menurut BI?", limit=10)
    sentences = [a.sentence for a in result.answers]
    assert len(sentences) == len(set(sentences)) == result.total
    assert any("2,32%" in s for s in sentences)
    assert "BI Proyeksi Inflasi 2,5% di 2025-2026, Ini Alasannya" not in {a.speaker for a in result.answers}
