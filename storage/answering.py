"""Answer a question from the database: find the speakers it names, fetch candidate claims, rank.

The parsing and ranking are the pure core (`kutip.answer`); this module only fetches: speakers by
alias (exact, then fuzzy for typos like `Lavorv`), claims by speaker or by full-text search.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from sqlalchemy import text as sql
from sqlmodel import Session, col, select

from kutip.answer.questions import Question, parse_question
from kutip.answer.rank import Candidate, rank
from kutip.answer.terms import terms
from storage.db import Store
from storage.models import Article, Claim, Speaker, SpeakerAlias

FUZZY_NAME = 85
CANDIDATES = 400


@dataclass(frozen=True)
class AnswerSet:
    question: Question
    answers: tuple[Candidate, ...]
    suggestions: tuple[str, ...] = ()
    total: int = 0
    speakers: tuple[str, ...] = field(default=())

    def to_json(self) -> dict:
        return {
            "answers": [
                {
                    "speaker": a.speaker,
                    "speaker_role": a.speaker_role,
                    "text": a.text,
                    "sentence": a.sentence,
                    "type": a.type,
                    "article_title": a.article_title,
                    "article_url": a.article_url,
                    "published": a.published.isoformat() if a.published else None,
                    "score": a.score,
                    "claim_id": a.claim_id,
                    "article_id": a.article_id,
                }
                for a in self.answers
            ],
            "suggestions": list(self.suggestions),
            "total": self.total,
        }


def answer_question(store: Store, text: str, limit: int = 5, offset: int = 0) -> AnswerSet:
    question = parse_question(text)
    with store.reading() as session:
        named = match_speakers(session, question)
        topic = _topic_without_names(question, named)
        candidates = _claims_of(session, named) if named else _claims_matching(session, store.dialect, topic)
        ranked = rank(question, topic, candidates, named_speaker=bool(named))
        suggestions = () if ranked else _suggest(session, question, named)
    return AnswerSet(
        question=question,
        answers=tuple(ranked[offset : offset + limit]),
        suggestions=suggestions,
        total=len(ranked),
    )


@dataclass(frozen=True)
class NamedSpeaker:
    speaker_id: int
    name: str
    gram: str  # the words of the question that named them
    score: float


def match_speakers(session: Session, question: Question) -> list[NamedSpeaker]:
    """Speakers whose name or alias the question contains, longest mention first; typos by fuzzy match."""
    grams = question.candidate_names()
    if not grams:
        return []
    rows = session.exec(
        select(SpeakerAlias.key, Speaker.id, Speaker.name)
        .join(Speaker, col(Speaker.id) == col(SpeakerAlias.speaker_id))
        .where(col(SpeakerAlias.key).in_(grams))
    ).all()
    if rows:
        longest = max(len(key.split()) for key, _, _ in rows)
        return [
            NamedSpeaker(sid, name, key, 1.0 if len(key.split()) == longest else 0.8)
            for key, sid, name in dict.fromkeys(rows)
        ]
    return _fuzzy_speakers(session, grams)


def _fuzzy_speakers(session: Session, grams: list[str]) -> list[NamedSpeaker]:
    singles = [g for g in grams if " " not in g and len(g) >= 4]
    if not singles:
        return []
    aliases = session.exec(select(SpeakerAlias.key, SpeakerAlias.speaker_id)).all()
    keys = [k for k, _ in aliases]
    found: dict[int, NamedSpeaker] = {}
    for gram in singles:
        for _key, score, index in process.extract(
            gram, keys, scorer=fuzz.ratio, limit=3, score_cutoff=FUZZY_NAME
        ):
            sid = aliases[index][1]
            if sid not in found:
                name = session.get(Speaker, sid).name
                found[sid] = NamedSpeaker(sid, name, gram, score / 100 * 0.9)
    return list(found.values())


def _topic_without_names(question: Question, named: list[NamedSpeaker]) -> tuple[str, ...]:
    name_terms = {t for n in named for t in terms(n.gram)}
    return tuple(t for t in question.topic if t not in name_terms)


def _claims_of(session: Session, named: list[NamedSpeaker]) -> list[Candidate]:
    scores = {n.speaker_id: max(m.score for m in named if m.speaker_id == n.speaker_id) for n in named}
    rows = session.exec(
        select(Claim, Speaker, Article)
        .join(Speaker, col(Speaker.id) == col(Claim.speaker_id))
        .join(Article, col(Article.id) == col(Claim.article_id))
        .where(col(Claim.speaker_id).in_(list(scores)))
        .order_by(col(Claim.published).desc())
        .limit(CANDIDATES)
    ).all()
    return [_candidate(c, s, a, scores[s.id]) for c, s, a in rows]


def _claims_matching(session: Session, dialect: str, topic: tuple[str, ...]) -> list[Candidate]:
    if not topic:
        return []
    ids = search_claim_ids(session, dialect, topic, CANDIDATES)
    if not ids:
        return []
    rows = session.exec(
        select(Claim, Speaker, Article)
        .join(Speaker, col(Speaker.id) == col(Claim.speaker_id))
        .join(Article, col(Article.id) == col(Claim.article_id))
        .where(col(Claim.id).in_(ids))
    ).all()
    return [_candidate(c, s, a, 0.0) for c, s, a in rows]


def search_claim_ids(session: Session, dialect: str, topic: tuple[str, ...], limit: int) -> list[int]:
    """Full-text search of claim terms (any of them), best matches first; backend differences end here."""
    safe = [t for t in topic if t.isalnum()]
    if not safe:
        return []
    if dialect == "postgresql":
        query = " | ".join(safe)
        result = session.execute(
            sql(
                "SELECT id FROM claim, to_tsquery('simple', :q) query WHERE terms @@ query "
                "ORDER BY ts_rank(terms, query) DESC, published DESC NULLS LAST LIMIT :n"
            ),
            {"q": query, "n": limit},
        )
    else:
        query = " OR ".join(f'"{t}"' for t in safe)
        result = session.execute(
            sql("SELECT rowid FROM claim_fts WHERE claim_fts MATCH :q ORDER BY rank LIMIT :n"),
            {"q": query, "n": limit},
        )
    return [row[0] for row in result]


def _candidate(claim: Claim, speaker: Speaker, article: Article, speaker_score: float) -> Candidate:
    return Candidate(
        claim_id=claim.id,
        speaker=speaker.name,
        speaker_role=speaker.role,
        type=claim.type,
        text=claim.text,
        sentence=claim.sentence,
        published=claim.published,
        article_id=article.id,
        article_title=article.title,
        article_url=article.url,
        speaker_score=speaker_score,
    )


def _suggest(session: Session, question: Question, named: list[NamedSpeaker]) -> tuple[str, ...]:
    """Close names for a "did you mean" line: the speakers named, or near spellings of the question's words."""
    if named:
        return tuple(dict.fromkeys(n.name for n in named))
    grams = [g for g in question.candidate_names() if len(g) >= 3]
    aliases = session.exec(select(SpeakerAlias.key, Speaker.name).join(Speaker)).all()
    keys = [k for k, _ in aliases]
    names: dict[str, float] = {}
    for gram in grams:
        for _, score, index in process.extract(gram, keys, scorer=fuzz.WRatio, limit=3, score_cutoff=75):
            name = aliases[index][1]
            names[name] = max(names.get(name, 0), score)
    return tuple(sorted(names, key=names.get, reverse=True)[:3])
