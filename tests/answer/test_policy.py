"""The answering policy over an archive held in lists (the seed article's extraction): what is
searched, the fallbacks and the suggestions need no SQL; `tests/storage/test_answering.py` runs the
same policy on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from kutip.answer.archive import AliasIndex, FigureRow
from kutip.answer.policy import answer, once_per_sentence, rare_first
from kutip.answer.questions import parse_question
from kutip.answer.rank import idf
from kutip.answer.speakers import longest_mentions, near_spellings
from kutip.answer.statement import Statement
from kutip.answer.terms import terms, words
from kutip.extract import extract
from tests.conftest import SEED


class SeedArchive:
    """The seed article's claims and speakers as lists; it has no figures, so figure questions fall back."""

    def __init__(self) -> None:
        extraction = extract(SEED.read_text(encoding="utf-8"))
        ids = {s.name: i for i, s in enumerate(extraction.speakers, 1)}
        self.names = {i: name for name, i in ids.items()}
        self.alias_rows = [
            (" ".join(words(alias)), ids[s.name], s.name)
            for s in extraction.speakers
            for alias in (s.name, *s.aliases)
        ]
        self.claims = [
            Statement(
                claim_id=n,
                speaker_id=ids[c.speaker.name],
                speaker=c.speaker.name,
                speaker_role=c.speaker.role,
                type=c.type,
                text=c.text,
                sentence=c.sentence,
                published=datetime(2020, 8, 21, tzinfo=UTC),
                article_id=1,
                article_title=None,
                article_url=None,
                text_terms=frozenset(terms(c.text)),
                sentence_terms=frozenset(terms(c.sentence)),
            )
            for n, c in enumerate(extraction.claims, 1)
        ]

    def speakers_by_alias(self, keys: list[str]) -> list[tuple[str, int, str]]:
        return [row for row in self.alias_rows if row[0] in keys]

    def aliases(self) -> AliasIndex:
        return AliasIndex([k for k, _, _ in self.alias_rows], [s for _, s, _ in self.alias_rows])

    def speaker_names(self, speaker_ids: Iterable[int]) -> dict[int, str]:
        return {i: self.names[i] for i in speaker_ids}

    def newest_claims_of(
        self, scores: Mapping[int, float], limit: int, touching: frozenset[str]
    ) -> list[Statement]:
        return [
            replace(c, speaker_score=scores[c.speaker_id])
            for c in self.claims[::-1][:limit]
            if c.speaker_id in scores and (not touching or not touching.isdisjoint(c.sentence_terms))
        ]

    def claims_with_terms(self, terms: list[str], limit: int, counts: Mapping[str, int]) -> list[Statement]:
        return [c for c in self.claims if not c.sentence_terms.isdisjoint(terms)][:limit]

    def figures_with_terms(self, terms: list[str], limit: int) -> list[FigureRow]:
        return []

    def term_weights(self, topic: tuple[str, ...]) -> tuple[dict[str, float], dict[str, int]]:
        counts = {t: n for t in topic if (n := sum(t in c.sentence_terms for c in self.claims))}
        return {t: idf(counts.get(t, 0), len(self.claims)) for t in topic}, counts

    def stories_of(self, article_ids: Iterable[int]) -> dict[int, int]:
        return {i: i for i in article_ids}

    def hydrate(self, page: list[Statement]) -> list[Statement]:
        return page

    def hydrate_figures(self, page: list[Statement]) -> tuple[tuple[Statement, ...], tuple[None, ...]]:
        return (), ()


@pytest.fixture(scope="module")
def seed() -> SeedArchive:
    return SeedArchive()


@pytest.mark.parametrize(
    ("question", "speaker", "words_in_answer"),
    [
        ("Apa kata Lavrov soal 5G?", "Sergei Lavrov", "5G"),
        ("Apa kata Menteri Luar Negeri Rusia tentang Huawei?", "Sergei Lavrov", "Huawei"),  # by title
        ("Apa kata Lavorv soal 5G?", "Sergei Lavrov", "5G"),  # a typo names him by near spelling
        ("What did Lavrov say about 5G?", "Sergei Lavrov", "5G"),
        # named exactly, but nothing of his holds the topic: his newest words answer, not nothing
        ("Apa kata Lavrov soal sepak bola?", "Sergei Lavrov", ""),
        # a figure question with no stored figure is answered from the claims
        ("Berapa bank Rusia yang bekerja sama dengan Huawei?", "Katadata", "Sberbank"),
    ],
)
def test_answers_from_the_seed(seed: SeedArchive, question: str, speaker: str, words_in_answer: str) -> None:
    result = answer(seed, parse_question(question), limit=3)
    assert result.answers, result
    assert result.answers[0].speaker == speaker
    assert words_in_answer in result.answers[0].text
    assert result.total >= len(result.answers)


def test_nobody_named_and_nothing_said_suggests_close_names(seed: SeedArchive) -> None:
    result = answer(seed, parse_question("Apa kata Vladimir Putih soal sepak bola?"), limit=3)
    assert result.answers == () and result.total == 0
    assert "Vladimir Putin" in result.suggestions


def test_longest_mention_decides() -> None:
    rows = [("kpk", 4, "KPK"), ("budi prasetyo", 9, "Budi Prasetyo"), ("budi prasetyo", 9, "Budi Prasetyo")]
    assert [(n.speaker_id, n.gram, n.score) for n in longest_mentions(rows)] == [(9, "budi prasetyo", 1.0)]


@pytest.mark.parametrize(
    ("grams", "speaker_ids"),
    [
        (["lavorv"], [1]),  # a transposition
        (["sberbang"], [2]),  # one edit
        (["sergei lavorv", "lavorv"], [1]),  # the longest gram that names someone decides
        (["kpk"], []),  # too short to guess at
        (["huawei"], []),
    ],
)
def test_near_spellings(grams: list[str], speaker_ids: list[int]) -> None:
    index = AliasIndex(["sergei lavrov", "lavrov", "sberbank"], [1, 1, 2])
    assert list(near_spellings(grams, index)) == speaker_ids


@pytest.mark.parametrize(
    ("topic", "counts", "searched"),
    [
        (("huawei", "5g", "rusia"), {"huawei": 9, "5g": 2, "rusia": 30}, ["5g", "huawei", "rusia"]),
        (("huawei", "sepak"), {"huawei": 9}, ["huawei"]),  # a word no claim holds finds nothing
        (("u.s", "huawei"), {"u.s": 1, "huawei": 9}, ["huawei"]),  # not searchable literally
        (("a", "b", "c", "d", "e"), dict.fromkeys("abcde", 1), ["a", "b", "c", "d"]),  # the rarest four
    ],
)
def test_rare_first_searches_the_rarest_terms(topic, counts, searched) -> None:
    assert rare_first(topic, counts) == searched


def test_a_figure_sentence_answers_once() -> None:
    sentence = "Inflasi inti turun ke 2,32% dan inflasi umum ke 3,82%."
    rows = [
        FigureRow(1, "inflasi inti", "inflasi inti", None, 7, sentence),
        FigureRow(2, "inflasi umum", "inflasi umum", None, 7, sentence),
        FigureRow(3, "inflasi inti", "inflasi inti", None, 8, sentence),  # another story says it too
    ]
    ranked = [Statement(i, 0, "", None, "figure", "", "", None, 0, None, None) for i in (2, 1, 3)]
    assert [c.claim_id for c in once_per_sentence(ranked, rows)] == [2, 3]
