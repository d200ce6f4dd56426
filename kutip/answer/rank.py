"""Rank stored claims against a question: relevance first (speaker named, topic in the claim), then recency.

A claim that matches neither the speaker the question names nor any of its topic words is never an
answer: "nothing found" with suggestions is more honest than an unrelated quote.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from kutip.answer.questions import Question
from kutip.answer.terms import terms

SENTENCE_WEIGHT = 0.6  # topic words outside the quoted words, elsewhere in the sentence, count for less


@dataclass(frozen=True)
class Candidate:
    """A stored claim as the ranker sees it; `speaker_score` (0–1) says how well the question named its speaker."""

    claim_id: int
    speaker: str
    speaker_role: str | None
    type: str
    text: str
    sentence: str
    published: datetime | None
    article_id: int
    article_title: str | None
    article_url: str | None
    speaker_score: float = 0.0
    score: float = 0.0


def rank(
    question: Question, topic: tuple[str, ...], candidates: list[Candidate], named_speaker: bool
) -> list[Candidate]:
    """Score and order candidates; drop those that do not answer.

    With a named speaker, a claim must be theirs and (if the question has a topic) touch it;
    without one, a claim must cover the topic words well.
    """
    wanted = set(topic)
    scored = []
    for cand in candidates:
        if named_speaker and cand.speaker_score <= 0:
            continue
        in_text = _coverage(wanted, terms(cand.text))
        in_sentence = _coverage(wanted, terms(cand.sentence))
        topical = max(in_text, SENTENCE_WEIGHT * in_sentence)
        if wanted and topical == 0:
            continue
        if not named_speaker and topical < 0.34:
            continue
        score = 2.0 * cand.speaker_score + topical + (0.05 if cand.type == "direct" else 0.0)
        scored.append(replace(cand, score=round(score, 4)))
    scored.sort(key=lambda c: (c.score, _timestamp(c.published), -c.claim_id), reverse=True)
    return scored


def _coverage(wanted: set[str], found: list[str]) -> float:
    if not wanted:
        return 0.0
    return len(wanted.intersection(found)) / len(wanted)


def _timestamp(when: datetime | None) -> float:
    return when.timestamp() if when else 0.0
