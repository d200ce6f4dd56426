"""`kutip ingest URL` as users run it: refused addresses are failed inputs (exit 1, one stderr line,
nothing sent), and the same server is reached once KUTIP_FETCH_ALLOW_HOSTS allows it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.ingest.conftest import LocalServer


def ingest(db: str, *inputs: str, allow: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "KUTIP_FETCH_ALLOW_HOSTS": allow, "KUTIP_FETCH_TIMEOUT": "5"}
    return subprocess.run(
        [sys.executable, "-m", "cli", "--db", db, "ingest", "--json", *inputs],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_private_url_refused_then_allowed(server: LocalServer, tmp_path) -> None:
    db = f"sqlite:///{tmp_path / 'k.db'}"
    refused = ingest(db, server.url("/news"), server.url("/news", host="127.1"))
    assert refused.returncode == 1
    assert len(refused.stderr.strip().splitlines()) == 2 and "Traceback" not in refused.stderr
    assert not any(r.path == "/news" for r in server.seen)

    allowed = ingest(db, server.url("/news"), allow=server.host_port)
    assert allowed.returncode == 0, allowed.stderr
    row = json.loads(allowed.stdout)
    assert row["ok"] and not row["duplicate"] and row["title"]
    again = ingest(db, server.url("/news?utm_source=feed"), allow=server.host_port)
    assert json.loads(again.stdout)["duplicate"] is True


def test_one_bad_url_does_not_stop_the_batch(server: LocalServer, tmp_path) -> None:
    db = f"sqlite:///{tmp_path / 'k.db'}"
    result = ingest(
        db, server.url("/image.png"), server.url("/plain"), "file:///etc/passwd", allow=server.host_port
    )
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1
    assert [r["ok"] for r in rows] == [False, True, False]
