"""Ranking: the named speaker first, the topic in the statement over the topic elsewhere, then recency;
unrelated claims are never answers."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from kutip.answer.rank import coverage, idf, once_per_story, rank
from kutip.answer.statement import Statement
from kutip.answer.terms import terms


def cand(claim_id: int, text: str, sentence: str = "", speaker_score: float = 0.0, day: int = 1) -> Statement:
    return Statement(
        claim_id=claim_id,
        speaker_id=0,
        speaker="",
        speaker_role=None,
        type="indirect",
        text=text,
        sentence=sentence or text,
        published=datetime(2020, 8, day, tzinfo=UTC),
        article_id=1,
        article_title=None,
        article_url=None,
        speaker_score=speaker_score,
        text_terms=frozenset(terms(text)),
        sentence_terms=frozenset(terms(sentence or text)),
    )


LAVROV_5G = cand(1, "Rusia siap bekerja sama dengan China dan Huawei dalam teknologi 5G", speaker_score=1.0)
LAVROV_TECH = cand(2, "Rusia tertarik bekerja sama mengembangkan teknologi modern", speaker_score=1.0, day=2)
PUTIN_AI = cand(3, "AI adalah masa depan umat manusia", speaker_score=0.0, day=3)
US_DATA = cand(4, "Huawei akan meneruskan informasi pengguna ke China", day=4)
HUAWEI_DENIES = cand(
    5, "menolak klaim itu", "Huawei menolak klaim itu dan balik mengecam langkah tersebut", day=5
)


@pytest.mark.parametrize(
    ("topic", "named", "candidates", "first"),
    [
        (("5g",), True, [LAVROV_TECH, LAVROV_5G, PUTIN_AI], 1),  # topic beats recency
        ((), True, [LAVROV_5G, LAVROV_TECH, PUTIN_AI], 2),  # no topic: newest of the speaker's claims
        (tuple(terms("Huawei meneruskan data ke China")), False, [HUAWEI_DENIES, US_DATA], 4),
        (tuple(terms("kerjasama teknologi")), True, [LAVROV_5G, LAVROV_TECH], 2),
    ],
)
def test_top_answer(topic, named, candidates, first):
    weights = {t: 1.0 for t in topic}
    assert rank(topic, candidates, named, weights)[0].claim_id == first


@pytest.mark.parametrize(
    ("topic", "named", "candidates"),
    [
        (("5g",), True, [PUTIN_AI]),  # not the named speaker's
        (("sepakbola",), True, [LAVROV_5G, LAVROV_TECH]),  # the speaker never spoke of it
        (tuple(terms("bumi datar vaksin")), False, [US_DATA, PUTIN_AI]),  # nobody did
    ],
)
def test_unrelated_claims_are_no_answer(topic, named, candidates):
    assert rank(topic, candidates, named, {t: 1.0 for t in topic}) == []


def test_statement_counts_more_than_its_sentence():
    in_text = cand(1, "Huawei membantah", "Huawei membantah tuduhan itu")
    in_sentence = cand(2, "tuduhan itu keliru", "Huawei: tuduhan itu keliru")
    weights = {"huawei": 1.0}
    assert coverage(("huawei",), weights, in_text) == 1.0
    assert coverage(("huawei",), weights, in_sentence) == pytest.approx(0.6)


def test_rare_words_weigh_more():
    assert idf(1, 1000) > idf(500, 1000) > 0
    common = cand(1, "Rp 10 triliun dana daerah")
    rare = cand(2, "serapan anggaran Rp 3,91 triliun")
    topic = ("serap", "anggar", "rp", "triliun")
    weights = {"serap": idf(1, 1000), "anggar": idf(2, 1000), "rp": idf(600, 1000), "triliun": idf(500, 1000)}
    assert rank(topic, [common, rare], False, weights)[0].claim_id == 2


def test_same_score_newest_first():
    older = cand(1, "5G penting", speaker_score=1.0, day=1)
    newer = cand(2, "5G penting sekali", speaker_score=1.0, day=9)
    assert [c.claim_id for c in rank(("5g",), [older, newer], True, {"5g": 1.0})] == [2, 1]


def test_a_quote_copies_of_one_story_repeat_is_kept_once() -> None:
    """Articles 1 and 2 are one wire story (2's story is 1), article 3 another outlet's own report."""
    said = "Keputusan ini konsisten dengan kebijakan moneter yang pro-stability"
    original, copy, own_report = (replace(cand(i, said), article_id=i) for i in (1, 2, 3))
    other = replace(cand(4, "Rupiah diperkirakan bergerak stabil"), article_id=2)
    ranked = [copy, original, other, own_report]
    assert once_per_story(ranked, {1: 1, 2: 1, 3: 3}) == [copy, other, own_report]
    assert once_per_story(ranked, {}) == ranked  # unrelated articles: nothing is a repeat


def test_a_topic_in_the_other_language_answers():
    """`What did Prabowo say about food poisoning?` against his Indonesian claims (dev article id-004)."""
    prabowo = cand(
        6,
        "tetap tidak bisa mentoleransi adanya satu pun kasus keracunan dalam program MBG",
        speaker_score=1.0,
    )
    ranked = rank(tuple(terms("food poisoning")), [prabowo, LAVROV_5G], named_speaker=True, weights={})
    assert [c.claim_id for c in ranked] == [6]
