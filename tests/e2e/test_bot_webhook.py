"""Webhook mode: `kutip bot` registers its URL and secret with Telegram, answers updates POSTed to its
listener, and refuses (403, unanswered) requests without the secret."""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.request

from storage.db import open_store
from tests.e2e.kutip_bot import running_bot
from tests.storage.helpers import LAVROV, store_article

SECRET = "kutip-Webhook_secret-123"
URL = "https://bot.example.org/telegram/kutip"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def post_update(port: int, update: dict, secret: str | None) -> int:
    """POST as Telegram does; the listener opens just after setWebhook, so refused connects are retried."""
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/telegram/kutip", json.dumps(update).encode(), headers, method="POST"
    )
    deadline = time.monotonic() + 10
    while True:
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code
        except urllib.error.URLError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def test_webhook_answers_with_the_secret_and_refuses_without(fake_telegram, sqlite_url, tmp_path):
    tg = fake_telegram
    store = open_store(sqlite_url)
    store_article(
        store, "Lavrov soal 5G", quotes=((LAVROV, "Rusia siap bekerja sama dengan Huawei soal 5G"),)
    )
    store.dispose()
    port = free_port()
    with running_bot(
        tg, sqlite_url, [], tmp_path, ready=lambda: tg.webhook,
        KUTIP_MODE="webhook", KUTIP_WEBHOOK_URL=URL, KUTIP_WEBHOOK_LISTEN="127.0.0.1",
        KUTIP_WEBHOOK_PORT=str(port), KUTIP_WEBHOOK_SECRET=SECRET,
    ):  # fmt: skip
        assert tg.webhook["url"] == URL and tg.webhook["secret_token"] == SECRET
        assert not tg.calls("getUpdates")

        ana, eve = tg.new_user("Ana"), tg.new_user("Eve")
        tg.user_sends(ana, text="Apa kata Lavrov soal 5G?")
        assert post_update(port, tg.pending_updates()[-1], SECRET) == 200
        answer = tg.wait_for_message(ana.id, lambda m: "Sergei Lavrov" in m.text)
        assert "Rusia siap bekerja sama dengan Huawei soal 5G" in answer.text

        tg.user_sends(eve, text="Apa kata Lavrov?")
        forged = tg.pending_updates()[-1]
        assert post_update(port, forged, "wrong-secret") == 403
        assert post_update(port, forged, None) == 403
        tg.user_sends(eve, text="/start")
        assert post_update(port, tg.pending_updates()[-1], SECRET) == 200
        tg.wait_for_message(eve.id, lambda m: "kutip" in m.text.lower())
        assert len(tg.sent_messages(eve.id)) == 1  # the help, and nothing for the refused updates
