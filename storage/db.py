"""Open a database: the one engine and session helper, with migrations applied on first use.

`open_store("sqlite:///./data/kutip.db")` or `open_store("postgresql://postgres@127.0.0.1/test")`:
a plain `postgresql://` URL is mapped to the psycopg 3 driver; a new database is migrated silently.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class Store:
    """An engine and its session factories: pass this around, not globals."""

    engine: Engine
    sessions: sessionmaker
    readers: sessionmaker

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work that may write: committed on success, rolled back on any error.

        On SQLite it starts with BEGIN IMMEDIATE, so two writers queue on the busy timeout instead of
        one failing with "database is locked" when its read lock cannot be upgraded.
        """
        with self.sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work: never waits for writers (WAL), never blocks them."""
        with self.readers() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def driver_url(url: str) -> str:
    """`postgresql://u@h/db` → `postgresql+psycopg://u@h/db`; SQLite URLs unchanged."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def open_store(url: str, migrate: bool = True) -> Store:
    engine = make_engine(url)
    if migrate:
        upgrade(engine)
    writer = engine.execution_options(sqlite_begin="IMMEDIATE") if engine.dialect.name == "sqlite" else engine
    return Store(
        engine=engine,
        sessions=sessionmaker(writer, class_=Session, expire_on_commit=False),
        readers=sessionmaker(engine, class_=Session, expire_on_commit=False),
    )


def make_engine(url: str) -> Engine:
    url = driver_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """WAL lets the feed poller write while the bot reads; the busy timeout makes writers queue.

    The driver's own transaction handling is switched off so that `_sqlite_begin` decides how each
    transaction starts.
    """
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(connection) -> None:
    connection.exec_driver_sql(f"BEGIN {connection.get_execution_options().get('sqlite_begin', '')}")


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration; cheap when it is already there.

    On PostgreSQL an advisory lock keeps two instances starting together from migrating twice.
    """
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(7406201)")
        current = MigrationContext.configure(connection).get_current_revision()
        if current == head:
            return
        from alembic import command

        log.info("migrating database from %s to %s", current, head)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
