"""Admins ingest a URL and add a feed served by a local web server (allowed via KUTIP_FETCH_ALLOW_HOSTS);
a failing feed is reported to admins; a private address is refused. Needs the ingest branch's fetcher."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from storage.db import open_store
from storage.feeds import list_feeds
from storage.queries import counts
from tests.e2e.kutip_bot import running_bot

pytest.importorskip("kutip.ingest.fetch", reason="URL ingest and feeds arrive with the ingest branch")

PARAGRAPH = (
    "Menteri Luar Negeri Rusia Sergei Lavrov mengatakan Rusia siap bekerja sama dengan China dan Huawei "
    "dalam pengembangan teknologi 5G di tengah upaya Amerika Serikat melarang entitas asing bekerja sama. "
)


def page(title: str) -> bytes:
    body = "".join(f"<p>{PARAGRAPH}{i}</p>" for i in range(4))
    return (
        f"<html lang='id'><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
        "</article></body></html>"
    ).encode()


class Site(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[str, bytes]]] = {}

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        found = self.routes.get(self.path)
        if found is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        content_type, body = found
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    root = f"http://127.0.0.1:{server.server_port}"
    Site.routes = {
        "/berita/lavrov": ("text/html; charset=utf-8", page("Lavrov siap bekerja sama dengan Huawei")),
        "/berita/putin": ("text/html; charset=utf-8", page("Putin bicara soal kecerdasan buatan")),
        "/rss": (
            "application/rss+xml",
            f"<?xml version='1.0'?><rss version='2.0'><channel><title>Demo</title><item><title>Putin</title>"
            f"<link>{root}/berita/putin</link><guid>putin</guid></item></channel></rss>".encode(),
        ),
    }
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield root
    server.shutdown()


def test_url_ingest_feed_polling_and_failures(fake_telegram, sqlite_url, tmp_path, site):
    tg = fake_telegram
    admin = tg.new_user("Admin", language_code="en")
    allow = site.removeprefix("http://")
    with running_bot(tg, sqlite_url, [admin.id], tmp_path, KUTIP_FETCH_ALLOW_HOSTS=allow):
        tg.user_sends(admin, text=f"/ingest {site}/berita/lavrov")
        tg.wait_for_message(admin.id, lambda m: "Stored as article 1" in m.text and "Lavrov siap" in m.text)
        tg.user_sends(admin, text="/ingest http://10.1.2.3/rahasia")
        tg.wait_for_message(admin.id, lambda m: "Not stored" in m.text and "refused" in m.text)

        tg.user_sends(admin, text=f"/feeds add {site}/rss")
        tg.wait_for_message(admin.id, lambda m: "Feed #1 added" in m.text)
        store = open_store(sqlite_url)
        tg.wait_for(lambda: counts(store)["articles"] == 2, timeout=20)

        tg.user_sends(admin, text=f"/feeds add {site}/hilang.xml")
        tg.wait_for_message(admin.id, lambda m: "Feed #2" in m.text and "gagal" in m.text, timeout=20)
        (_, failing) = list_feeds(store)
        assert failing.failures == 1 and failing.next_poll_at is not None
        store.dispose()
