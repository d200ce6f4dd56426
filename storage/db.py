"""Open a database: the one engine and session helper, with migrations applied on first use.

`open_store("sqlite:///./data/kutip.db")` or `open_store("postgresql://postgres@127.0.0.1/test")`:
a plain `postgresql://` URL is mapped to the psycopg 3 driver; a new database is migrated silently.
A database that cannot be used (server down, folder missing, damaged file) is a `DatabaseUnavailable`
whose one-line message names the database and what to do about it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

from kutip.settings import DEFAULT_DATABASE_URL

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
WHERE_SET = "KUTIP_DATABASE_URL or --db"  # how a user points kutip at another database


class DatabaseUnavailable(Exception):
    """The database cannot be opened or read; the message says which one and what to do, in one line."""


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
    """The store at `url`, migrated; DatabaseUnavailable when the database cannot be reached or read."""
    engine = make_engine(url)
    try:
        if migrate:
            upgrade(engine)
    except DatabaseError as exc:
        engine.dispose()
        if (fault := unavailable(exc, url)) is None:
            raise
        raise fault from None
    writer = engine.execution_options(sqlite_begin="IMMEDIATE") if engine.dialect.name == "sqlite" else engine
    return Store(
        engine=engine,
        sessions=sessionmaker(writer, class_=Session, expire_on_commit=False),
        readers=sessionmaker(engine, class_=Session, expire_on_commit=False),
    )


def unavailable(exc: DatabaseError, url: str) -> DatabaseUnavailable | None:
    """The user-facing reading of a driver error that means "this database cannot be used", or None
    for errors that are bugs (bad SQL, a broken constraint): those keep their traceback.

    `file is not a database` → "the database /srv/kutip.db is damaged or not a SQLite database ...";
    `Connection refused` → "cannot connect to the database postgresql://postgres@db:5432/kutip: ...".
    """
    if not isinstance(exc, OperationalError) and type(exc) is not DatabaseError:
        return None
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
    parsed = make_url(driver_url(url))
    if parsed.get_backend_name() != "sqlite":
        shown = parsed.set(drivername=parsed.get_backend_name()).render_as_string(hide_password=True)
        return DatabaseUnavailable(f"cannot connect to the database {shown}: {reason} (check {WHERE_SET})")
    if type(exc) is DatabaseError:  # sqlite3.DatabaseError: "file is not a database", "... malformed"
        return DatabaseUnavailable(
            f"the database {parsed.database} is damaged or not a SQLite database ({reason}): restore it"
            f" from a backup, or move it away to start an empty one, or point {WHERE_SET} elsewhere"
        )
    return DatabaseUnavailable(f"cannot open the database {parsed.database}: {reason} (check {WHERE_SET})")


def make_engine(url: str) -> Engine:
    """An engine for `url`. A SQLite file's folder must exist, except `./data/` of the default URL,
    which is created so that a fresh clone runs: a typo in `--db` must not leave folders behind."""
    given = url
    url = driver_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            _sqlite_folder(Path(parsed.database).parent, create=given == DEFAULT_DATABASE_URL)
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)


def _sqlite_folder(folder: Path, create: bool) -> None:
    if folder.is_dir():
        return
    if not create:
        raise DatabaseUnavailable(
            f"cannot open the database in {folder}: no such folder (create it, or fix {WHERE_SET})"
        )
    folder.mkdir(parents=True, exist_ok=True)


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
