"""Questions behind "More answers" buttons, kept so that a button still pages after a restart.

Telegram's callback data holds 64 bytes and a question up to 4096 characters, so the button carries
`q:<key>:<offset>` and this table maps the key back to the question. The key is the first 16 hex
digits of the question's SHA-256 (64 bits: a collision among a million questions has odds of about
3 in 10^8), so asking the same question twice stores one row.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import col, select

from storage.db import Store
from storage.models import ButtonQuery


def question_key(question: str) -> str:
    """`"Apa kata Lavrov soal 5G?"` → 16 hex digits, the same on every instance and after restarts."""
    return hashlib.sha256(question.encode()).hexdigest()[:16]


def keep_question(store: Store, question: str, now: datetime) -> str:
    """Store the question (once) and return its key."""
    key = question_key(question)
    insert = postgresql.insert if store.dialect == "postgresql" else sqlite.insert
    with store.session() as session:
        session.execute(
            insert(ButtonQuery)
            .values(key=key, question=question, created_at=now)
            .on_conflict_do_nothing(index_elements=["key"])
        )
    return key


def kept_question(store: Store, key: str) -> str | None:
    with store.reading() as session:
        return session.exec(select(ButtonQuery.question).where(ButtonQuery.key == key)).first()


def forget_questions_before(store: Store, when: datetime) -> int:
    """Buttons older than `when` answer "expired" from now on; returns how many were forgotten."""
    with store.session() as session:
        return session.exec(delete(ButtonQuery).where(col(ButtonQuery.created_at) < when)).rowcount
