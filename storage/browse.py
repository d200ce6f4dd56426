"""What readers browse: a speaker's profile, a subject's figures, the newest articles, one article.

Each function answers one question of a bot command (`/who`, `/figures`, `/latest`, `/article`) and
returns plain frozen rows, so handlers never see a session. Syndicated copies of a story
(`article.related_to_id`) repeat its statements and figures: each is counted and listed once, with
how many other articles repeat it (`copies`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlmodel import Session, col, func, select

from kutip.answer.policy import SEARCH_LIMIT
from kutip.answer.questions import parse_question
from kutip.answer.statement import Statement
from kutip.answer.terms import terms
from storage.answering import match_speakers
from storage.db import Store
from storage.models import Article, Claim, Figure, Speaker, SpeakerAlias
from storage.search import search_figures
from storage.speakers import speaker_key


@dataclass(frozen=True)
class Profile:
    speaker_id: int
    name: str
    role: str | None
    kind: str
    aliases: tuple[str, ...]
    claims: int
    latest: tuple[Statement, ...]


@dataclass(frozen=True)
class FigureRow:
    text: str
    value: float
    unit: str | None
    to_value: float | None
    change_pct: float | None
    upper: float | None
    subject: str | None
    sentence: str
    published: datetime | None  # the article's own date, None when it states none
    article_id: int
    article_title: str | None
    article_url: str | None
    copies: int = 0  # other articles of the same story that give the same figure
    stored: datetime | None = None


@dataclass(frozen=True)
class ArticleSummary:
    id: int
    title: str | None
    url: str | None
    outlet: str | None
    published: datetime | None
    ingested_at: datetime
    claims: int
    figures: int


@dataclass(frozen=True)
class ArticleDetail:
    summary: ArticleSummary
    statements: tuple[Statement, ...]
    figures: tuple[FigureRow, ...]


def find_speaker_id(store: Store, name: str) -> int | None:
    """`Lavrov`, `sergei lavrov`, the title `Menlu Rusia` or the typo `Lavorv` → the stored speaker's id."""
    with store.reading() as session:
        named = match_speakers(store, session, parse_question(f"Apa kata {name}?"))
        if not named:
            return session.exec(
                select(SpeakerAlias.speaker_id).where(SpeakerAlias.key == speaker_key(name))
            ).first()
        return max(named, key=lambda n: n.score).speaker_id


def speaker_profile(store: Store, speaker_id: int, latest: int = 3) -> Profile | None:
    with store.session() as session:
        speaker = session.get(Speaker, speaker_id)
        if speaker is None:
            return None
        aliases = session.exec(
            select(SpeakerAlias.alias)
            .where(SpeakerAlias.speaker_id == speaker_id)
            .order_by(col(SpeakerAlias.id))
        ).all()
        page, count = _distinct_statements(session, col(Claim.speaker_id) == speaker_id, latest, 0)
        return Profile(
            speaker_id=speaker.id,
            name=speaker.name,
            role=speaker.role,
            kind=speaker.kind,
            aliases=tuple(a for a in dict.fromkeys(aliases) if a != speaker.name),
            claims=count,
            latest=tuple(page),
        )


def statements_by_speaker(
    store: Store, speaker_id: int, limit: int, offset: int
) -> tuple[list[Statement], int]:
    """A page of a speaker's distinct statements, newest first, and how many there are."""
    with store.session() as session:
        return _distinct_statements(session, col(Claim.speaker_id) == speaker_id, limit, offset)


def statement(store: Store, claim_id: int) -> Statement | None:
    with store.session() as session:
        found = _statements(session, col(Claim.id) == claim_id, 1, 0)
        return found[0] if found else None


NEWEST_FIRST = (col(Claim.published).desc(), col(Claim.article_id).desc(), col(Claim.position))
STORY = func.coalesce(Article.related_to_id, Article.id)  # a copy's story is its first stored copy


def _distinct_statements(session: Session, where, limit: int, offset: int) -> tuple[list[Statement], int]:
    """A page of the statements `where` selects, each said once per story however many copies carry
    it (`/who Lavrov` counts Lavrov's 4 statements, not 4 × 8 copies), and how many there are.

    The newest copy stands for its story and counts the others; a speaker's same words in two
    unrelated articles stay two statements, as in answers (`kutip.answer.rank.once_per_story`).
    """
    rows = session.exec(
        select(Claim.id, Claim.speaker_id, Claim.text_terms, STORY)
        .join(Article, col(Article.id) == col(Claim.article_id))
        .where(where)
        .order_by(*NEWEST_FIRST)
    ).all()
    stories: dict[tuple[int, str, int], list[int]] = {}
    for claim_id, speaker_id, text_terms, story in rows:
        stories.setdefault((speaker_id, text_terms, story), []).append(claim_id)
    copies = {ids[0]: len(ids) - 1 for ids in list(stories.values())[offset : offset + limit]}
    page = _statements(session, col(Claim.id).in_(copies), len(copies), 0) if copies else []
    return [replace(s, copies=copies[s.claim_id]) for s in page], len(stories)


def _statements(session: Session, where, limit: int, offset: int) -> list[Statement]:
    rows = session.exec(
        select(Claim, Speaker, Article)
        .join(Speaker, col(Speaker.id) == col(Claim.speaker_id))
        .join(Article, col(Article.id) == col(Claim.article_id))
        .where(where)
        .order_by(*NEWEST_FIRST)
        .offset(offset)
        .limit(limit)
    ).all()
    return [_statement(c, s, a) for c, s, a in rows]


def _statement(c: Claim, s: Speaker, a: Article) -> Statement:
    """A claim dated by its article: the article's own date, and the day it was stored."""
    return Statement(
        c.id, s.id, s.name, s.role, c.type, c.text, c.sentence, a.published, a.id, a.title, a.url,
        stored=a.ingested_at,
    )  # fmt: skip


def figures_about(store: Store, subject: str, limit: int = 30) -> list[FigureRow]:
    """Figures whose subject or sentence hold every search term of `subject`, newest `limit`, oldest first
    (for a chart), a figure syndicated copies repeat once.

    Found through the figures' full-text index (`storage.search`), the same one `Berapa …?` questions
    use, so `/figures transaksinya Huawei` finds "transaksi Huawei" as the question would, without
    reading every figure. The index yields the newest matches by id; the `SEARCH_LIMIT` of them are
    then ordered by publication date.
    """
    topic = terms(subject)
    if not topic:
        return []
    with store.session() as session:
        ids = search_figures(session, store.dialect, topic, SEARCH_LIMIT)
        if not ids:
            return []
        rows = session.exec(
            select(Figure, Article, STORY)
            .join(Article, col(Article.id) == col(Figure.article_id))
            .where(col(Figure.id).in_(ids))
            .order_by(col(Figure.published).desc(), col(Figure.id).desc())
        ).all()
    stories: dict[tuple, list[FigureRow]] = {}
    for f, a, story in rows:
        same = (story, f.text, f.value, f.unit, f.to_value, f.upper, f.subject)
        stories.setdefault(same, []).append(_figure_row(f, a))
    found = [replace(copies[0], copies=len(copies) - 1) for copies in stories.values()][:limit]
    found.reverse()
    return found


def _figure_row(f: Figure, a: Article) -> FigureRow:
    return FigureRow(
        f.text, f.value, f.unit, f.to_value, f.change_pct, f.upper, f.subject, f.sentence, a.published,
        a.id, a.title, a.url, stored=a.ingested_at,
    )  # fmt: skip


def latest_articles(store: Store, limit: int = 5) -> list[ArticleSummary]:
    with store.session() as session:
        articles = session.exec(select(Article).order_by(col(Article.id).desc()).limit(limit)).all()
        return [_summary(session, a) for a in articles]


def article_detail(store: Store, article_id: int) -> ArticleDetail | None:
    with store.session() as session:
        article = session.get(Article, article_id)
        if article is None:
            return None
        figures = session.exec(
            select(Figure).where(Figure.article_id == article_id).order_by(col(Figure.start))
        ).all()
        return ArticleDetail(
            summary=_summary(session, article),
            statements=tuple(_statements(session, col(Claim.article_id) == article_id, 100, 0)),
            figures=tuple(_figure_row(f, article) for f in figures),
        )


def _summary(session: Session, a: Article) -> ArticleSummary:
    claims = session.exec(select(func.count()).select_from(Claim).where(Claim.article_id == a.id)).one()
    figures = session.exec(select(func.count()).select_from(Figure).where(Figure.article_id == a.id)).one()
    return ArticleSummary(a.id, a.title, a.url, a.outlet, a.published, a.ingested_at, claims, figures)
