"""What answering returns: a page of statements best first, how many in all, and "did you mean"
names when nothing answers; for figure questions, the number beside each statement."""

from __future__ import annotations

from dataclasses import dataclass, field

from kutip.answer.questions import Question
from kutip.answer.statement import Statement


@dataclass(frozen=True)
class FigureAnswer:
    """The number behind a figure answer: `US$ 392 juta` → 392e6 USD, to 800e6, +104.08 %."""

    value: float
    unit: str | None
    to_value: float | None
    change_pct: float | None
    subject: str | None
    text: str


@dataclass(frozen=True)
class AnswerSet:
    """Answers best first (a page of them), how many there are in all, and "did you mean" names when none."""

    question: Question
    answers: tuple[Statement, ...]
    suggestions: tuple[str, ...] = ()
    total: int = 0
    speakers: tuple[str, ...] = field(default=())
    figures: tuple[FigureAnswer | None, ...] = ()  # beside `answers`, for figure questions

    def to_json(self) -> dict:
        rows = []
        for i, a in enumerate(self.answers):
            row = {
                "speaker": a.speaker,
                "speaker_role": a.speaker_role,
                "text": a.text,
                "sentence": a.sentence,
                "type": a.type,
                "article_title": a.article_title,
                "article_url": a.article_url,
                **({"published": a.published.isoformat()} if a.published else {}),  # the article's own date
                "stored": a.stored.isoformat() if a.stored else None,
                "score": a.score,
                "claim_id": a.claim_id,
                "article_id": a.article_id,
            }
            figure = self.figures[i] if i < len(self.figures) else None
            if figure is not None:
                row["figure"] = {
                    "value": figure.value,
                    "unit": figure.unit,
                    "to_value": figure.to_value,
                    "change_pct": figure.change_pct,
                    "subject": figure.subject,
                    "text": figure.text,
                }
            rows.append(row)
        return {"answers": rows, "suggestions": list(self.suggestions), "total": self.total}
