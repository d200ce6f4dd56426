"""A real HTTP server on 127.0.0.1 that plays every page kind the ingest edge must handle or refuse.

Every test here also runs under `network_guard`: a connection to anything but 127.0.0.1, or a DNS
lookup of any name, fails the test instead of leaving this machine. So a broken address check shows
up as a red test, never as traffic to 10.x or 169.254.169.254.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import ipaddress
import socket
import threading
from collections.abc import Coroutine, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

DATA = Path(__file__).parent / "data"
NEWS_HTML = (DATA / "news-id.html").read_bytes()
RSS = (DATA / "feed.rss").read_bytes()
GZIP_BOMB = gzip.compress(b" " * 20_000_000)
FEED_ETAG = '"feed-v1"'
FEED_LAST_MODIFIED = "Mon, 24 Aug 2020 03:00:00 GMT"
PLAIN_TEXT = (
    "Lavrov: Rusia siap bekerja sama dengan Huawei\n\n"
    "Menteri Luar Negeri Rusia Sergei Lavrov mengatakan Rusia siap bekerja sama dengan Huawei.\n"
)


@dataclass
class SeenRequest:
    path: str
    headers: dict[str, str]


class TestClock:
    """Time that moves only when the test (or its server) says so: a deadline of 0.5 s passes when
    `advance` has added up to 0.5, however long the machine takes. `run` runs a coroutine on it."""

    def __init__(self) -> None:
        self.now = 0.0

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def run(self, coroutine: Coroutine[Any, Any, Any]) -> Any:
        with asyncio.Runner(loop_factory=lambda: _ClockLoop(self)) as runner:
            return runner.run(coroutine)


class _ClockLoop(asyncio.SelectorEventLoop):
    """An event loop whose timers (asyncio.timeout, httpx's read timeouts) read a TestClock."""

    def __init__(self, clock: TestClock) -> None:
        super().__init__()
        self._test_clock = clock

    def time(self) -> float:
        return self._test_clock.now


@dataclass
class LocalServer:
    """One test server: `url("/news")` → "http://127.0.0.1:PORT/news"; `seen` lists what reached it.

    `clock` is the time the slow routes spend: they advance it instead of sleeping.
    """

    port: int
    seen: list[SeenRequest] = field(default_factory=list)
    clock: TestClock = field(default_factory=TestClock)

    @property
    def host_port(self) -> str:
        return f"127.0.0.1:{self.port}"

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        headers = {k.lower(): v for k, v in self.headers.items()}
        self.server.record.seen.append(SeenRequest(self.path, headers))
        route = self.path.split("?")[0].strip("/").replace("-", "_").replace(".", "_")
        # The client hanging up mid-body is what the size-cap and timeout tests expect.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            getattr(self, "route_" + route, self.route_404)()

    def _send(self, status: int, content_type: str | None, body: bytes, **headers: str) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def route_news(self) -> None:
        self._send(200, "text/html; charset=utf-8", NEWS_HTML)

    def route_plain(self) -> None:
        self._send(200, "text/plain; charset=utf-8", PLAIN_TEXT.encode())

    def route_short(self) -> None:
        self._send(200, "text/html", b"<html><body><p>Hello.</p></body></html>")

    def route_feed_xml(self) -> None:
        if (
            self.headers.get("If-None-Match") == FEED_ETAG
            or self.headers.get("If-Modified-Since") == FEED_LAST_MODIFIED
        ):
            self.send_response(304)
            self.send_header("ETag", FEED_ETAG)
            self.end_headers()
            return
        self._send(200, "application/rss+xml", RSS, ETag=FEED_ETAG, Last_Modified=FEED_LAST_MODIFIED)

    def route_redirect(self) -> None:
        target = self.path.split("to=", 1)[1]
        self.send_response(302)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def route_loop(self) -> None:
        self.send_response(301)
        self.send_header("Location", "/loop")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def route_huge(self) -> None:
        """50 MB with no Content-Length: only counting while streaming can stop it."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        chunk = b"<p>" + b"x" * 65_530 + b"</p>\n"
        for _ in range(800):
            self.wfile.write(chunk)

    def route_huge_declared(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(10**9))
        self.end_headers()
        self.wfile.write(b"<p>" * 1000)

    def route_gzip_bomb(self) -> None:
        """20 MB of spaces squeezed into ~20 KB: the cap must count what it unpacks to."""
        self._send(200, "text/html", GZIP_BOMB, Content_Encoding="gzip")

    def route_slow(self) -> None:
        """A body that trickles in: each chunk 0.1 s after the last on the clock, the whole never."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "1000")
        self.end_headers()
        for _ in range(20):
            self.server.record.clock.advance(0.1)
            self.wfile.write(b"<p>slow</p>")
            self.wfile.flush()

    def route_image_png(self) -> None:
        self._send(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)

    def route_octet(self) -> None:
        self._send(200, "application/octet-stream", b"\x00\x01\x02" * 100)

    def route_no_type(self) -> None:
        self._send(200, None, b"<p>no type</p>")

    def route_404(self) -> None:
        self._send(404, "text/html", b"<h1>Not found</h1>")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    record: LocalServer


def _start() -> tuple[_Server, LocalServer]:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.record = LocalServer(server.server_address[1])
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server, server.record


@pytest.fixture(scope="session")
def _servers() -> Iterator[tuple[LocalServer, LocalServer]]:
    started = [_start(), _start()]
    yield started[0][1], started[1][1]
    for httpd, _ in started:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def server(_servers: tuple[LocalServer, LocalServer]) -> LocalServer:
    _servers[0].seen.clear()
    _servers[0].clock = TestClock()
    return _servers[0]


@pytest.fixture
def other_server(_servers: tuple[LocalServer, LocalServer]) -> LocalServer:
    """A second server on another port: redirects must not reach it unless it is allowed too."""
    _servers[1].seen.clear()
    return _servers[1]


@pytest.fixture(autouse=True)
def network_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail loudly instead of sending anything beyond 127.0.0.1 (see the module docstring)."""
    real_getaddrinfo = socket.getaddrinfo

    def guarded_getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        name = host.decode() if isinstance(host, bytes) else str(host)
        try:
            ipaddress.ip_address(name)
        except ValueError:
            if name != "localhost":
                raise socket.gaierror(socket.EAI_NONAME, f"test guard: no DNS lookup of {name}") from None
        return real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]

    real_handle = httpx.AsyncHTTPTransport.handle_async_request

    async def guarded_handle(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        assert request.url.host == "127.0.0.1", f"test guard: connection to {request.url.host} attempted"
        return await real_handle(self, request)

    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)
    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", guarded_handle)
