"""Fixtures shared by the suite: a fresh database per test on SQLite and on PostgreSQL.

PostgreSQL tests each get a database of their own (created and dropped here), so runs may happen
side by side. When PostgreSQL is unreachable they skip with the reason, except under CI=true, where
that is a failure: CI must exercise both backends.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from storage.db import Store, driver_url, open_store

POSTGRES_URL = os.environ.get("KUTIP_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "beritabaru-lavrov-huawei-5g.txt"


def _postgres_admin():
    engine = create_engine(
        driver_url(POSTGRES_URL), isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3}
    )
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:
        engine.dispose()
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL unreachable at {POSTGRES_URL} under CI=true: {exc}")
        pytest.skip(f"PostgreSQL unreachable at {POSTGRES_URL}: {type(exc).__name__}")
    return engine


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """URL of a new, empty PostgreSQL database, dropped afterwards."""
    admin = _postgres_admin()
    name = f"kutip_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    base = POSTGRES_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'kutip.db'}"


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest) -> str:
    """Each storage test runs once per backend."""
    return request.getfixturevalue(f"{request.param}_url")


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = open_store(db_url)
    yield opened
    opened.dispose()
