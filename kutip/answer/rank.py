"""Rank stored claims against a question: relevance first (speaker named, topic in the claim), then recency.

A claim that matches neither the speaker the question names nor its topic words is never an answer:
"nothing found" with suggestions is more honest than an unrelated quote.

Topic words are weighted by rarity (`weights`, an inverse document frequency from the store):
in "Siapa yang menyebut total serapan anggaran KPK mencapai Rp 3,91 triliun?" the words `serap`
and `3` `91` decide, not `rp` or `triliun`, which half the claims in a business section hold.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime

from kutip.answer.statement import Statement
from kutip.answer.terms import EQUIVALENTS

SENTENCE_WEIGHT = 0.6  # topic words outside the statement, elsewhere in its sentence, count for less
SPEAKER_WEIGHT = 2.0  # naming the speaker outweighs any topic overlap
DIRECT_BONUS = 0.02  # between equals, the speaker's own words
NUMBER_WEIGHT = 2.0  # a number in a question (`30 persen`, `Rp 3,91 triliun`) pins the statement down
MIN_COVERAGE = 0.34  # without a named speaker, a claim must hold at least this share of the topic's weight


def idf(claims_with_term: int, total_claims: int) -> float:
    """Rarity of a term: 0 claims → the highest weight (an unknown word still counts against coverage)."""
    return math.log(1 + (total_claims + 1) / (claims_with_term + 1))


def coverage(topic: tuple[str, ...], weights: dict[str, float], cand: Statement) -> float:
    """Share (0–1) of the topic's weight the claim holds: in the statement fully, in the sentence at 0.6."""
    total = sum(weights.get(t, 1.0) for t in topic)
    if not total:
        return 0.0
    held = 0.0
    for t in topic:
        if _holds(t, cand.text_terms):
            held += weights.get(t, 1.0)
        elif _holds(t, cand.sentence_terms):
            held += SENTENCE_WEIGHT * weights.get(t, 1.0)
    return held / total


def _holds(term: str, stored: frozenset[str]) -> bool:
    """The claim's terms hold the topic term or a translation of it (`poison` in `keracun makan`)."""
    if term in stored:
        return True
    same = EQUIVALENTS.get(term)
    return same is not None and not same.isdisjoint(stored)


def within(
    topic: tuple[str, ...], weights: dict[str, float], candidates: list[Statement]
) -> dict[str, float]:
    """Weights sharpened by rarity among the candidates: a word every candidate holds (the article's
    subject, `Mercedes-Benz`) tells them apart less than one only a few hold (`SUV`, `30`)."""
    if len(candidates) < 2:
        return weights
    pool = len(candidates)
    held = {t: sum(1 for c in candidates if _holds(t, c.sentence_terms)) for t in topic}
    top = math.log(1 + (pool + 1))
    return {
        t: weights.get(t, 1.0) * (0.5 + 0.5 * math.log(1 + (pool + 1) / (held[t] + 1)) / top) for t in topic
    }


def term_weight(term: str, rarity: float) -> float:
    return rarity * NUMBER_WEIGHT if term.isdigit() else rarity


def rank(
    topic: tuple[str, ...], candidates: list[Statement], named_speaker: bool, weights: dict[str, float]
) -> list[Statement]:
    """Score and order candidates; drop those that do not answer.

    With a named speaker, a claim must be theirs and (if the question has a topic) touch it;
    without one, a claim must hold a good share of the topic's weight.
    """
    weights = within(topic, {t: term_weight(t, weights.get(t, 1.0)) for t in topic}, candidates)
    scored = []
    for cand in candidates:
        if named_speaker and cand.speaker_score <= 0:
            continue
        topical = coverage(topic, weights, cand)
        if topic and topical == 0:
            continue
        if not named_speaker and topical < MIN_COVERAGE:
            continue
        score = (
            SPEAKER_WEIGHT * cand.speaker_score + topical + (DIRECT_BONUS if cand.type == "direct" else 0.0)
        )
        scored.append(replace(cand, score=round(score, 4)))
    scored.sort(key=lambda c: (c.score, _timestamp(c.published), c.claim_id), reverse=True)
    return scored


def once_per_story(ranked: list[Statement], story_of: Mapping[int, int]) -> list[Statement]:
    """Ranked statements without the repeats syndicated copies make: a speaker's same words in two
    articles of one story (`story_of`: article id → the story's first article) are answered once,
    from the better-ranked copy. The same words in unrelated articles are kept: said twice is news."""
    seen: set[tuple[int, frozenset[str], int]] = set()
    kept = []
    for cand in ranked:
        key = (cand.speaker_id, cand.text_terms, story_of.get(cand.article_id, cand.article_id))
        if key not in seen:
            seen.add(key)
            kept.append(cand)
    return kept


def _timestamp(when: datetime | None) -> float:
    return when.timestamp() if when else 0.0
