"""Faults that must lose nothing: kill -9 in the middle of an ingest, and writers side by side.

The comparison is article for article and claim for claim with an uninterrupted run.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlmodel import select

from storage.db import open_store
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
    return [sys.executable, "-m", "kutip.cli", "--db", db, "ingest", *files]


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
