"""Chats the bot talks in: remembered with their time zone and digest filters.

Filters are stored already folded (see `bot.filtering.clean_term`); this module only keeps them.
"""

from __future__ import annotations

from sqlmodel import col, delete, select

from storage.db import Store
from storage.models import Chat, ChatFilter

MODES = ("include", "exclude")


def remember_chat(
    store: Store, chat_id: int, type: str, title: str | None, language: str | None = None
) -> None:
    """Create or refresh the chat row (title and language change; the time zone stays)."""
    with store.session() as session:
        row = session.get(Chat, chat_id)
        if row is None:
            session.add(Chat(id=chat_id, type=type, title=title, language=language))
        else:
            row.type, row.title = type, title
            row.language = language or row.language


def chat_timezone(store: Store, chat_id: int) -> str | None:
    with store.session() as session:
        row = session.get(Chat, chat_id)
        return row.timezone if row else None


def set_chat_timezone(store: Store, chat_id: int, timezone: str) -> None:
    """Set the time zone of a chat `remember_chat` stored (`/timezone` remembers the chat first)."""
    with store.session() as session:
        session.get_one(Chat, chat_id).timezone = timezone


def chat_filters(store: Store, chat_id: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`(include terms, exclude terms)`, each in the order they were added."""
    with store.session() as session:
        rows = session.exec(
            select(ChatFilter.mode, ChatFilter.term)
            .where(ChatFilter.chat_id == chat_id)
            .order_by(col(ChatFilter.id))
        ).all()
    return tuple(t for m, t in rows if m == "include"), tuple(t for m, t in rows if m == "exclude")


def add_chat_filter(store: Store, chat_id: int, mode: str, term: str) -> bool:
    """False when the chat already has that filter."""
    if mode not in MODES:
        raise ValueError(f"unknown filter mode {mode!r}")
    with store.session() as session:
        exists = session.exec(
            select(ChatFilter.id).where(
                ChatFilter.chat_id == chat_id, ChatFilter.mode == mode, ChatFilter.term == term
            )
        ).first()
        if exists is not None:
            return False
        session.add(ChatFilter(chat_id=chat_id, mode=mode, term=term))
        return True


def count_chat_filters(store: Store, chat_id: int) -> int:
    return sum(map(len, chat_filters(store, chat_id)))


def clear_chat_filters(store: Store, chat_id: int) -> int:
    with store.session() as session:
        result = session.exec(delete(ChatFilter).where(col(ChatFilter.chat_id) == chat_id))
        return result.rowcount
