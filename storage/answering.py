"""The queries answering asks (`kutip.answer.archive.Archive`), over one read-only session, and the
entry point that runs `kutip.answer.policy` on them.

Every decision — what to search, the fallbacks, ranking, suggestions — is made in `kutip.answer`;
here are only lookups named for what they fetch: speakers by alias, a speaker's newest claims,
claims and figures by full-text search (`storage.search`), the stories of articles, and the full
rows of the page shown.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import replace

from sqlalchemy import Engine, func, or_
from sqlmodel import Session, col, select

from kutip.answer.archive import AliasIndex, FigureRow, NamedSpeaker
from kutip.answer.policy import answer
from kutip.answer.questions import Question, parse_question
from kutip.answer.results import AnswerSet, FigureAnswer
from kutip.answer.speakers import name_speakers
from kutip.answer.statement import Statement
from storage.db import Store
from storage.models import Article, Claim, Figure, Speaker, SpeakerAlias
from storage.search import WIDEN, WINDOW, candidate_claim_ids, candidate_figure_ids, term_weights

# What ranking reads of a claim (see `_light`); text, speaker and article only for the page shown.
_LIGHT = (
    Claim.id,
    Claim.speaker_id,
    Claim.type,
    Claim.published,
    Claim.text_terms,
    Claim.sentence_terms,
    Claim.article_id,
)


def answer_question(store: Store, text: str, limit: int = 5, offset: int = 0) -> AnswerSet:
    """Best answers to a reader's question, `limit` of them from `offset` ("more" asks for the next page)."""
    with store.reading() as session:
        return answer(StoredArchive(store, session), parse_question(text), limit, offset)


def match_speakers(store: Store, session: Session, question: Question) -> list[NamedSpeaker]:
    """The stored speakers a question names (`kutip.answer.speakers.name_speakers`), for browsing."""
    return name_speakers(StoredArchive(store, session), question)


class StoredArchive:
    """The archive of one store, read through one session."""

    def __init__(self, store: Store, session: Session) -> None:
        self.store, self.session = store, session

    def speakers_by_alias(self, keys: list[str]) -> list[tuple[str, int, str]]:
        return list(
            self.session.exec(
                select(SpeakerAlias.key, Speaker.id, Speaker.name)
                .join(Speaker, col(Speaker.id) == col(SpeakerAlias.speaker_id))
                .where(col(SpeakerAlias.key).in_(keys))
            ).all()
        )

    def aliases(self) -> AliasIndex:
        return alias_index(self.store, self.session)

    def speaker_names(self, speaker_ids: Iterable[int]) -> dict[int, str]:
        wanted = list(speaker_ids)
        return dict(
            self.session.exec(select(Speaker.id, Speaker.name).where(col(Speaker.id).in_(wanted))).all()
        )

    def newest_claims_of(
        self, scores: Mapping[int, float], limit: int, touching: frozenset[str]
    ) -> list[Statement]:
        return [
            _light(row, scores[row[1]])
            for row in newest_claims(self.session, list(scores), limit)
            if not touching or not touching.isdisjoint(row[5].split())
        ]

    def claims_with_terms(self, terms: list[str], limit: int, counts: Mapping[str, int]) -> list[Statement]:
        ids = candidate_claim_ids(self.session, self.store.dialect, terms, limit, dict(counts))
        if not ids:
            return []
        rows = self.session.exec(select(*_LIGHT).where(col(Claim.id).in_(ids))).all()
        return [_light(row, 0.0) for row in rows]

    def figures_with_terms(self, terms: list[str], limit: int) -> list[FigureRow]:
        ids = candidate_figure_ids(self.session, self.store.dialect, terms, limit)
        if not ids:
            return []
        story = func.coalesce(Article.related_to_id, Article.id)
        rows = self.session.exec(
            select(Figure.id, Figure.subject, Figure.terms, Figure.published, story, Figure.sentence)
            .join(Article, col(Article.id) == col(Figure.article_id))
            .where(col(Figure.id).in_(ids))
        ).all()
        return [FigureRow(*row) for row in rows]

    def term_weights(self, topic: tuple[str, ...]) -> tuple[dict[str, float], dict[str, int]]:
        return term_weights(self.session, topic)

    def stories_of(self, article_ids: Iterable[int]) -> dict[int, int]:
        story = func.coalesce(Article.related_to_id, Article.id)
        wanted = list(article_ids)
        return dict(self.session.exec(select(Article.id, story).where(col(Article.id).in_(wanted))).all())

    def hydrate(self, page: list[Statement]) -> list[Statement]:
        return _hydrate(self.session, page)

    def hydrate_figures(
        self, page: list[Statement]
    ) -> tuple[tuple[Statement, ...], tuple[FigureAnswer | None, ...]]:
        return _hydrate_figures(self.session, page)


_ALIASES: weakref.WeakKeyDictionary[Engine, tuple[tuple[int, int], AliasIndex]] = weakref.WeakKeyDictionary()
_ALIASES_LOCK = threading.Lock()


def alias_index(store: Store, session: Session) -> AliasIndex:
    """The cached alias list of `store`, reloaded when an alias was added since (checked by count and max id)."""
    marker = tuple(session.exec(select(func.count(), func.coalesce(func.max(SpeakerAlias.id), 0))).one())
    with _ALIASES_LOCK:
        cached = _ALIASES.get(store.engine)
    if cached is not None and cached[0] == marker:
        return cached[1]
    rows = session.exec(select(SpeakerAlias.key, SpeakerAlias.speaker_id).order_by(SpeakerAlias.id)).all()
    index = AliasIndex([k for k, _ in rows], [s for _, s in rows])
    with _ALIASES_LOCK:
        _ALIASES[store.engine] = (marker, index)
    return index


def newest_claims(session: Session, speaker_ids: list[int], limit: int) -> list:
    """The newest `limit` claims of these speakers, newest first, as light rows.

    A surname many speakers share (`Apa pernyataan Harahap?`: ~200 speakers, ~25,000 claims at 1M)
    would have every claim of theirs read and sorted by date. Their claim counts say how far back
    about WINDOW × `limit` of them go if claims are spread evenly over the archive's dates, so only
    claims since then are read (`ix_claim_speaker_published`), the window widening until `limit`
    are found or it spans everything: the same claims either way. Undated claims are in every window
    (PostgreSQL puts them first); a window is trusted only when its `limit`-th claim has a date, as
    SQLite puts undated claims last.
    """
    newest = (
        select(*_LIGHT)
        .where(col(Claim.speaker_id).in_(speaker_ids))
        .order_by(col(Claim.published).desc(), col(Claim.id).desc())
        .limit(limit)
    )
    claims = session.exec(select(func.sum(Speaker.claim_count)).where(col(Speaker.id).in_(speaker_ids))).one()
    first, last = session.exec(
        select(
            select(func.min(Claim.published)).scalar_subquery(),
            select(func.max(Claim.published)).scalar_subquery(),
        )
    ).one()
    share = WINDOW * limit / claims if claims and first is not None else 1.0
    while share < 1:
        since = last - (last - first) * share
        rows = session.exec(
            newest.where(or_(col(Claim.published) >= since, col(Claim.published).is_(None)))
        ).all()
        if len(rows) == limit and rows[-1].published is not None:
            return list(rows)
        share *= WIDEN
    return list(session.exec(newest).all())


def _light(row, speaker_score: float) -> Statement:
    claim_id, speaker_id, kind, published, text_terms, sentence_terms, article_id = row
    return Statement(
        claim_id=claim_id,
        speaker_id=speaker_id,
        speaker="",
        speaker_role=None,
        type=kind,
        text="",
        sentence="",
        published=published,
        article_id=article_id,
        article_title=None,
        article_url=None,
        speaker_score=speaker_score,
        text_terms=frozenset(text_terms.split()),
        sentence_terms=frozenset(sentence_terms.split()),
    )


def _hydrate(session: Session, page: list[Statement]) -> list[Statement]:
    """Fill in text, speaker and article for the candidates shown (and only those)."""
    if not page:
        return []
    rows = session.exec(
        select(Claim, Speaker, Article)
        .join(Speaker, col(Speaker.id) == col(Claim.speaker_id))
        .join(Article, col(Article.id) == col(Claim.article_id))
        .where(col(Claim.id).in_([c.claim_id for c in page]))
    ).all()
    full = {c.id: (c, s, a) for c, s, a in rows}
    out = []
    for cand in page:
        claim, speaker, article = full[cand.claim_id]
        out.append(
            replace(
                cand,
                speaker_id=speaker.id,
                speaker=speaker.name,
                speaker_role=speaker.role,
                text=claim.text,
                sentence=claim.sentence,
                article_id=article.id,
                article_title=article.title,
                article_url=article.url,
                published=article.published,
                stored=article.ingested_at,
            )
        )
    return out


def _hydrate_figures(
    session: Session, page: list[Statement]
) -> tuple[tuple[Statement, ...], tuple[FigureAnswer | None, ...]]:
    if not page:
        return (), ()
    rows = session.exec(
        select(Figure, Article).join(Article).where(col(Figure.id).in_([c.claim_id for c in page]))
    ).all()
    full = {f.id: (f, a) for f, a in rows}
    claim_ids = [f.claim_id for f, _ in rows if f.claim_id is not None]
    speakers: dict[int, tuple[int, str]] = {}  # claim id → (speaker id, name)
    if claim_ids:
        said = select(Claim.id, Speaker.id, Speaker.name).join(Speaker).where(col(Claim.id).in_(claim_ids))
        speakers = {claim_id: (sid, name) for claim_id, sid, name in session.exec(said).all()}
    answers, figures = [], []
    for cand in page:
        figure, article = full[cand.claim_id]
        speaker_id, speaker = speakers.get(figure.claim_id, (0, ""))
        answers.append(
            replace(
                cand,
                claim_id=figure.claim_id or 0,
                speaker_id=speaker_id,
                speaker=speaker or article.outlet or "",  # a title is no speaker
                text=figure.sentence,
                sentence=figure.sentence,
                article_id=article.id,
                article_title=article.title,
                article_url=article.url,
                published=article.published,
                stored=article.ingested_at,
            )
        )
        figures.append(
            FigureAnswer(
                figure.value, figure.unit, figure.to_value, figure.change_pct, figure.subject, figure.text
            )
        )
    return tuple(answers), tuple(figures)
