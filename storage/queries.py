"""Queries named for the question they answer; handlers and the CLI call these, never raw SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import col, select

from kutip.answer.questions import parse_question
from storage.answering import AnswerSet, answer_figures, answer_question, match_speakers
from storage.db import Store
from storage.models import Article, Claim, Feed, Figure, Speaker, SpeakerAlias, Subscription


def counts(store: Store) -> dict[str, int]:
    """`{"articles": 1, "claims": 11, "figures": 4, "speakers": 6, "feeds": 0, "subscriptions": 0}`."""
    with store.reading() as session:
        return {
            name: session.exec(select(func.count()).select_from(table)).one()
            for name, table in (
                ("articles", Article),
                ("claims", Claim),
                ("figures", Figure),
                ("speakers", Speaker),
                ("feeds", Feed),
                ("subscriptions", Subscription),
            )
        }


@dataclass(frozen=True)
class Statement:
    """One stored claim for display: `Sergei Lavrov: "5G adalah masalah penting…"` with its source."""

    claim_id: int
    speaker: str
    type: str
    text: str
    sentence: str
    published: datetime | None
    article_id: int
    article_title: str | None
    article_url: str | None


@dataclass(frozen=True)
class SpeakerProfile:
    """Who someone is in the store: `Sergei Lavrov`, role `Menteri Luar Negeri Rusia`, aliases
    `("Lavrov", "Menlu Rusia", …)`, 4 claims, the newest first in `latest`."""

    speaker_id: int
    name: str
    role: str | None
    kind: str
    aliases: tuple[str, ...]
    claims: int
    latest: tuple[Statement, ...]


@dataclass(frozen=True)
class ArticleSummary:
    """An article in a list: id, title, outlet, url, dates and how many claims and figures it gave."""

    article_id: int
    title: str | None
    outlet: str | None
    url: str | None
    published: datetime | None
    ingested_at: datetime
    claims: int
    figures: int


@dataclass(frozen=True)
class FigureRow:
    """A stored figure: `US$ 392 juta` → 392e6 USD (to 800e6, +104.08 %), its subject and sentence."""

    figure_id: int
    text: str
    value: float
    unit: str | None
    to_value: float | None
    change_pct: float | None
    subject: str | None
    sentence: str
    speaker: str | None
    article_id: int
    article_title: str | None
    published: datetime | None


@dataclass(frozen=True)
class ArticleDetail:
    """One article with everything extracted from it, claims and figures in text order."""

    summary: ArticleSummary
    language: str
    text: str
    claims: tuple[Statement, ...]
    figures: tuple[FigureRow, ...]


def speaker_profile(store: Store, name: str, latest: int = 5) -> SpeakerProfile | None:
    """The speaker `name` means (alias, title such as `Menlu Rusia`, or a near spelling like `Lavorv`),
    or None when nobody stored comes close."""
    with store.session() as session:
        named = match_speakers(store, session, parse_question(f"Apa kata {name}?"))
        if not named:
            return None
        best = max(named, key=lambda n: n.score)
        speaker = session.get(Speaker, best.speaker_id)
        aliases = session.exec(
            select(SpeakerAlias.alias).where(SpeakerAlias.speaker_id == speaker.id).order_by(SpeakerAlias.id)
        ).all()
        rows = session.exec(
            select(Claim, Article)
            .join(Article)
            .where(Claim.speaker_id == speaker.id)
            .order_by(col(Claim.published).desc(), col(Claim.id).desc())
            .limit(latest)
        ).all()
        count = session.exec(select(func.count()).where(Claim.speaker_id == speaker.id)).one()
        return SpeakerProfile(
            speaker_id=speaker.id,
            name=speaker.name,
            role=speaker.role,
            kind=speaker.kind,
            aliases=tuple(a for a in dict.fromkeys(aliases) if a != speaker.name),
            claims=count,
            latest=tuple(_statement(c, speaker.name, a) for c, a in rows),
        )


def claims_on_topic(store: Store, topic: str, limit: int = 5, offset: int = 0) -> AnswerSet:
    """Claims about `topic` (`"kerja sama 5G"`), whoever said them, best first: `/topic` in the bot."""
    return answer_question(store, f"Siapa yang bilang {topic}?", limit=limit, offset=offset)


def figures_on_subject(store: Store, subject: str, limit: int = 5) -> AnswerSet:
    """Figures about `subject` (`"nilai transaksi Huawei"`), each with its sentence: `/figures` in the bot.
    `AnswerSet.figures[i]` holds the number behind `AnswerSet.answers[i]`."""
    return answer_figures(store, f"Berapa {subject}?", limit=limit)


def latest_articles(store: Store, limit: int = 10) -> list[ArticleSummary]:
    """Newest stored articles first (by ingestion), with their claim and figure counts."""
    with store.session() as session:
        articles = session.exec(
            select(Article).order_by(col(Article.ingested_at).desc(), col(Article.id).desc()).limit(limit)
        ).all()
        return [_summary(session, a) for a in articles]


def article_detail(store: Store, article_id: int) -> ArticleDetail | None:
    """An article with its claims and figures, or None when there is no such article."""
    with store.session() as session:
        article = session.get(Article, article_id)
        if article is None:
            return None
        claims = session.exec(
            select(Claim, Speaker)
            .join(Speaker)
            .where(Claim.article_id == article_id)
            .order_by(Claim.position)
        ).all()
        speakers = {c.id: s.name for c, s in claims}
        figures = session.exec(
            select(Figure).where(Figure.article_id == article_id).order_by(Figure.start)
        ).all()
        return ArticleDetail(
            summary=_summary(session, article),
            language=article.language,
            text=article.text,
            claims=tuple(_statement(c, s.name, article) for c, s in claims),
            figures=tuple(_figure(f, speakers.get(f.claim_id), article) for f in figures),
        )


def _summary(session, article: Article) -> ArticleSummary:
    claims = session.exec(select(func.count()).where(Claim.article_id == article.id)).one()
    figures = session.exec(select(func.count()).where(Figure.article_id == article.id)).one()
    return ArticleSummary(
        article_id=article.id,
        title=article.title,
        outlet=article.outlet,
        url=article.url,
        published=article.published,
        ingested_at=article.ingested_at,
        claims=claims,
        figures=figures,
    )


def _statement(claim: Claim, speaker: str, article: Article) -> Statement:
    return Statement(
        claim_id=claim.id,
        speaker=speaker,
        type=claim.type,
        text=claim.text,
        sentence=claim.sentence,
        published=claim.published,
        article_id=article.id,
        article_title=article.title,
        article_url=article.url,
    )


def _figure(figure: Figure, speaker: str | None, article: Article) -> FigureRow:
    return FigureRow(
        figure_id=figure.id,
        text=figure.text,
        value=figure.value,
        unit=figure.unit,
        to_value=figure.to_value,
        change_pct=figure.change_pct,
        subject=figure.subject,
        sentence=figure.sentence,
        speaker=speaker,
        article_id=article.id,
        article_title=article.title,
        published=figure.published,
    )
