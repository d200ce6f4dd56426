"""Queries named for the question they answer; handlers and the CLI call these, never raw SQL."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import select

from storage.db import Store
from storage.models import Article, Claim, Feed, Figure, Speaker, Subscription


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
