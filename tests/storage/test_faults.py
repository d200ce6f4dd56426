"""Faults that must lose nothing: kill -9 in the middle of an ingest, and writers side by side
(compared article for article and claim for claim with an uninterrupted run); and databases that
cannot be used at all, which must be told in one line.
"""

from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from kutip.ingest.fetch import FetchPolicy
from kutip.ingest.sources import load_input
from kutip.settings import DEFAULT_DATABASE_URL
from storage.db import DatabaseUnavailable, open_store
from storage.ingest import ingest_article
from storage.models import Article, Claim, Figure
from tests.conftest import SEED


def make_articles(folder: Path, count: int) -> list[str]:
    """Distinct articles: the seed's paragraphs shuffled, with a numbered line that changes the text."""
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n") if p.strip()]
    title, body = paragraphs[0], paragraphs[1:]
    rng = random.Random(3)
    files = []
    for i in range(count):
        rng.shuffle(body)
        path = folder / f"artikel-{i:04d}.txt"
        path.write_text(f"{title} ({i})\n" + "\n".join(body) + f"\nDiperbarui {i} kali.\n", encoding="utf-8")
        files.append(str(path))
    return files


def ingest_cmd(db: str, files: list[str]) -> list[str]:
    return [sys.executable, "-m", "cli", "--db", db, "ingest", *files]


def snapshot(db: str) -> dict[str, tuple]:
    """Every stored article by content hash, with its claims and figures in order."""
    store = open_store(db)
    with store.reading() as session:
        claims: dict[int, list] = {}
        for c in session.exec(select(Claim).order_by(Claim.article_id, Claim.position)):
            claims.setdefault(c.article_id, []).append((c.type, c.text, c.start, c.end))
        figures: dict[int, list] = {}
        for f in session.exec(select(Figure).order_by(Figure.article_id, Figure.start)):
            figures.setdefault(f.article_id, []).append((f.text, f.value, f.unit, f.to_value))
        result = {
            a.content_hash: (a.title, tuple(claims.get(a.id, ())), tuple(figures.get(a.id, ())))
            for a in session.exec(select(Article))
        }
    store.dispose()
    return result


def count_articles(db: str) -> int:
    store = open_store(db)
    with store.reading() as session:
        n = len(session.exec(select(Article.id)).all())
    store.dispose()
    return n


def test_kill_9_mid_ingest_then_rerun_equals_uninterrupted(tmp_path, db_url, sqlite_url):
    files = make_articles(tmp_path, 200)
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    subprocess.run(ingest_cmd(reference, files), check=True, capture_output=True, timeout=600)
    expected = snapshot(reference)
    assert len(expected) == 200

    open_store(db_url).dispose()  # migrate first, so the kill lands during ingestion
    for round_ in range(2):
        proc = subprocess.Popen(
            ingest_cmd(db_url, files), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        target = 30 * (round_ + 1)
        deadline = time.monotonic() + 120
        while count_articles(db_url) < target and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, "the ingest finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        partial = snapshot(db_url)
        assert target <= len(partial) < len(expected)
        # whatever got in is whole: each stored article equals its uninterrupted twin
        assert partial and all(expected[h] == v for h, v in partial.items())

    rerun = subprocess.run(ingest_cmd(db_url, files), capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert snapshot(db_url) == expected


@pytest.mark.parametrize("writers", [3])
def test_concurrent_writers_store_each_article_once(tmp_path, db_url, writers):
    files = make_articles(tmp_path, 60)
    open_store(db_url).dispose()
    # overlapping batches, in different orders, at the same time
    batches = [files[i * 15 : i * 15 + 30][:: 1 if i % 2 else -1] for i in range(writers)]
    procs = [
        subprocess.Popen(
            ingest_cmd(db_url, batch), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        for batch in batches
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    stored = snapshot(db_url)
    assert len(stored) == len({f for batch in batches for f in batch})


# ---- a database that cannot be used: one line naming it and what to do, never a traceback ----------


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A 127.0.0.1 port that refuses connections: bound, never listening."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def damaged_copy(tmp_path: Path, size: int) -> str:
    """A real kutip database (the seed stored in it) cut to its first `size` bytes, as a full disk
    or an interrupted copy leaves it."""
    path = tmp_path / "kutip.db"
    store = open_store(f"sqlite:///{path}")
    ingest_article(store, load_input(str(SEED), FetchPolicy()), "test")
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.dispose()
    with path.open("r+b") as handle:
        handle.truncate(size)
    return f"sqlite:///{path}"


def test_unreachable_postgresql_names_the_setting(closed_port):
    with pytest.raises(DatabaseUnavailable) as error:
        open_store(f"postgresql://postgres:secret@127.0.0.1:{closed_port}/kutip")
    message = str(error.value)
    assert message.startswith(
        f"cannot connect to the database postgresql://postgres:***@127.0.0.1:{closed_port}/kutip"
    )
    assert "Connection refused" in message and "KUTIP_DATABASE_URL or --db" in message
    assert "\n" not in message and "secret" not in message


@pytest.mark.parametrize("size", [20_000, 100])  # cut among the tables; cut inside the header
def test_truncated_sqlite_file_says_what_to_do(tmp_path, size):
    url = damaged_copy(tmp_path, size)
    with pytest.raises(DatabaseUnavailable) as error:
        open_store(url)
    assert str(error.value) == (
        f"the database {tmp_path / 'kutip.db'} is damaged or not a SQLite database (database disk image"
        " is malformed): restore it from a backup, or move it away to start an empty one, or point"
        " KUTIP_DATABASE_URL or --db elsewhere"
    )


def test_an_image_saved_as_the_database_is_not_a_database(tmp_path):
    path = tmp_path / "kutip.db"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(4096))
    with pytest.raises(DatabaseUnavailable, match=r"\(file is not a database\)"):
        open_store(f"sqlite:///{path}")


def test_missing_folder_of_a_given_url_is_refused_and_not_created(tmp_path):
    with pytest.raises(DatabaseUnavailable) as error:
        open_store(f"sqlite:///{tmp_path / 'no' / 'such' / 'kutip.db'}")
    assert str(error.value) == (
        f"cannot open the database in {tmp_path / 'no' / 'such'}: no such folder"
        " (create it, or fix KUTIP_DATABASE_URL or --db)"
    )
    assert not (tmp_path / "no").exists()


def test_default_url_creates_its_data_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    open_store(DEFAULT_DATABASE_URL).dispose()
    assert (tmp_path / "data" / "kutip.db").is_file()
