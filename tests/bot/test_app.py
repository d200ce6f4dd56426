"""`kutip bot` refuses to start without what it needs, with a message and exit status 2."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def run_bot(tmp_path, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("KUTIP_", "TELEGRAM_"))}
    clean.update(KUTIP_DATABASE_URL=f"sqlite:///{tmp_path / 'k.db'}", **env)
    return subprocess.run(
        [sys.executable, "-m", "cli", "bot"],
        cwd=tmp_path,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "TELEGRAM_BOT_TOKEN is not set"),
        ({"TELEGRAM_BOT_TOKEN": "1:x", "KUTIP_MODE": "webhook"}, "needs KUTIP_WEBHOOK_URL"),
        ({"TELEGRAM_BOT_TOKEN": "1:x", "KUTIP_TICK_SECONDS": "0"}, "KUTIP_TICK_SECONDS"),
    ],
)
def test_refuses_to_start(tmp_path, env: dict[str, str], message: str) -> None:
    result = run_bot(tmp_path, **env)
    assert result.returncode == 2
    assert message in result.stderr
