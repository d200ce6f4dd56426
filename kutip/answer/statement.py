"""A stored statement as readers see it: an answer to a question, a line of `/who`, a claim of an article.

One row type for everything that shows a claim, so the answering and browsing sides cannot drift
apart and `bot.render` formats one shape. The ranking fields (`speaker_score`, `score`, the term sets)
are filled only on the answering side; a browsed statement keeps their zero defaults.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Statement:
    """`Sergei Lavrov: “5G adalah masalah penting bagi kami”`, with its speaker, article and date.

    `speaker_score` (0–1) says how well the question named the speaker; `text_terms` and
    `sentence_terms` are the stored search terms the ranker matches a question's topic against.
    `published` is the article's own date (None when it states none) and `stored` the day kutip stored
    it; among the candidates a ranking reads, `published` is the date claims are ordered by (the stored
    day when the article gave none) and `stored` is not read.
    """

    claim_id: int
    speaker_id: int
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
    text_terms: frozenset[str] = frozenset()
    sentence_terms: frozenset[str] = frozenset()
    copies: int = 0  # other articles of the same syndicated story that repeat it (browsing counts them)
    stored: datetime | None = None
