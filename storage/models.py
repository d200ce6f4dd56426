"""The tables: articles (and their near-duplicate bands), speakers and their aliases, claims, figures, feeds, chats and digests.

Every datetime column is `UTCDateTime` (aware on both backends). Telegram ids are 64-bit.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Column, Index, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from storage.types import UTCDateTime, utcnow


def _when(nullable: bool = True, index: bool = False) -> Column:
    return Column(UTCDateTime(), nullable=nullable, index=index)


class Article(SQLModel, table=True):
    __tablename__ = "article"

    id: int | None = Field(default=None, primary_key=True)
    url: str | None = Field(default=None, sa_type=Text)
    canonical_url: str | None = Field(default=None, sa_type=Text, unique=True)
    outlet: str | None = None
    title: str | None = Field(default=None, sa_type=Text)
    author: str | None = None
    published: datetime | None = Field(default=None, sa_column=_when(index=True))
    language: str = "id"
    text: str = Field(sa_type=Text)
    content_hash: str = Field(unique=True, max_length=64)
    # the first stored copy of the story this article retells (kutip.ingest.neardup), if it is a copy
    related_to_id: int | None = Field(default=None, foreign_key="article.id", index=True)
    ingested_at: datetime = Field(default_factory=utcnow, sa_column=_when(nullable=False, index=True))
    ingested_by: str | None = None


class ArticleBand(SQLModel, table=True):
    """One band key of an article's MinHash signature (kutip.ingest.neardup): the index that finds
    stored copies of a syndicated story without reading every article."""

    __tablename__ = "article_band"

    band: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    article_id: int = Field(foreign_key="article.id", primary_key=True)


class Speaker(SQLModel, table=True):
    __tablename__ = "speaker"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    key: str = Field(index=True)  # folded name, for lookup and cross-article merging
    kind: str = "person"
    role: str | None = None
    claim_count: int = 0


class SpeakerAlias(SQLModel, table=True):
    __tablename__ = "speaker_alias"
    __table_args__ = (UniqueConstraint("speaker_id", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    speaker_id: int = Field(foreign_key="speaker.id", index=True)
    alias: str
    key: str = Field(index=True)


class Claim(SQLModel, table=True):
    __tablename__ = "claim"
    __table_args__ = (Index("ix_claim_speaker_published", "speaker_id", "published"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    speaker_id: int = Field(foreign_key="speaker.id")
    position: int  # order within the article
    type: str
    text: str = Field(sa_type=Text)
    sentence: str = Field(sa_type=Text)
    start: int
    end: int
    published: datetime | None = Field(default=None, sa_column=_when(index=True))
    # search terms (kutip.answer.terms) of the statement and of its sentence, for ranking
    text_terms: str = Field(default="", sa_type=Text)
    sentence_terms: str = Field(default="", sa_type=Text)


class ClaimTerm(SQLModel, table=True):
    """In how many claims' sentences a search term occurs: `huawei` → 3. Rare terms weigh more."""

    __tablename__ = "claim_term"

    term: str = Field(sa_type=Text, primary_key=True)
    claims: int


class Figure(SQLModel, table=True):
    __tablename__ = "figure"

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    claim_id: int | None = Field(default=None, foreign_key="claim.id", index=True)
    text: str
    value: float
    unit: str | None = None
    qualifier: str | None = None
    to_value: float | None = None
    change_pct: float | None = None
    upper: float | None = None
    direction: str | None = None
    subject: str | None = None
    sentence: str = Field(default="", sa_type=Text)
    start: int
    end: int
    published: datetime | None = Field(default=None, sa_column=_when())
    terms: str = Field(default="", sa_type=Text)  # search terms of subject and sentence


class Feed(SQLModel, table=True):
    __tablename__ = "feed"

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(sa_type=Text, unique=True)
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    last_error: str | None = Field(default=None, sa_type=Text)
    last_polled_at: datetime | None = Field(default=None, sa_column=_when())
    next_poll_at: datetime | None = Field(default=None, sa_column=_when(index=True))
    added_by: int | None = Field(default=None, sa_type=BigInteger)
    added_at: datetime = Field(default_factory=utcnow, sa_column=_when(nullable=False))


class Chat(SQLModel, table=True):
    """A Telegram chat that talks to the bot; digest settings live on its subscription."""

    __tablename__ = "chat"

    id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    type: str = "private"
    title: str | None = None
    language: str | None = None
    timezone: str | None = None


class Subscription(SQLModel, table=True):
    """A chat's digest: its schedule, where to post, and the watermark of what it has seen."""

    __tablename__ = "subscription"

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_column=Column(BigInteger, unique=True, nullable=False))
    thread_id: int | None = None
    schedule: str = "daily 08:00"
    timezone: str = "Asia/Jakarta"
    active: bool = True
    watermark_article_id: int = 0  # highest article id already delivered
    next_run_at: datetime | None = Field(default=None, sa_column=_when(index=True))
    last_digest_at: datetime | None = Field(default=None, sa_column=_when())
    created_at: datetime = Field(default_factory=utcnow, sa_column=_when(nullable=False))


class ChatFilter(SQLModel, table=True):
    """`/filter add Lavrov` (include) or `/filter exclude olahraga` (exclude)."""

    __tablename__ = "chat_filter"
    __table_args__ = (UniqueConstraint("chat_id", "mode", "term"),)

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_type=BigInteger, index=True)
    mode: str
    term: str


class DigestLog(SQLModel, table=True):
    """One row per article per chat delivered: no article appears in two digests of a chat."""

    __tablename__ = "digest_log"
    __table_args__ = (UniqueConstraint("chat_id", "article_id"),)

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_type=BigInteger, index=True)
    article_id: int = Field(foreign_key="article.id")
    sent_at: datetime = Field(default_factory=utcnow, sa_column=_when(nullable=False))


class ButtonQuery(SQLModel, table=True):
    """The question behind a "More answers" button (see storage/button_queries.py)."""

    __tablename__ = "button_query"

    key: str = Field(sa_column=Column(String(16), primary_key=True))
    question: str
    created_at: datetime = Field(sa_column=_when(nullable=False, index=True))
