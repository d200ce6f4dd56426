"""fetch.py against a real local server: each attack is tried for real and must send nothing."""

from __future__ import annotations

import ipaddress
from dataclasses import replace

import httpx
import pytest

from kutip.ingest.errors import FetchFailed, FetchRefused, IngestError
from kutip.ingest.fetch import FetchPolicy, afetch, fetch, ip_literal, vet_address, vet_url
from kutip.settings import load_settings

from .conftest import FEED_ETAG, FEED_LAST_MODIFIED, NEWS_HTML, LocalServer

FAST = FetchPolicy(timeout=2.0)


def allowing(server: LocalServer, **changes: object) -> FetchPolicy:
    return replace(FAST, allow_hosts=frozenset({server.host_port}), **changes)  # type: ignore[arg-type]


# Every way of writing "this machine" that a URL parser, inet_aton or a resolver accepts.
DISGUISES = [
    "http://localhost:{port}/news",
    "http://LOCALHOST.:{port}/news",
    "http://api.localhost:{port}/news",
    "http://127.1:{port}/news",
    "http://127.0.1:{port}/news",
    "http://0.0.0.0:{port}/news",
    "http://0:{port}/news",
    "http://2130706433:{port}/news",
    "http://0x7f.0.0.1:{port}/news",
    "http://0x7f000001:{port}/news",
    "http://0177.0.0.1:{port}/news",
    "http://017700000001:{port}/news",
    "http://127.000.000.001:{port}/news",
    "http://[::1]:{port}/news",
    "http://[::]:{port}/news",
    "http://[::ffff:127.0.0.1]:{port}/news",
    "http://[::ffff:7f00:1]:{port}/news",
    "http://[0:0:0:0:0:ffff:127.0.0.1]:{port}/news",
    "http://[2002:7f00:1::]:{port}/news",
    "http://127.0.0.1:{port}/news",
    "http://evil.example@127.0.0.1:{port}/news",
    "https://127.0.0.1:{port}/news",
    "file:///etc/passwd",
    "file://127.0.0.1/etc/passwd",
    "gopher://127.0.0.1:{port}/_GET%20/news",
    "ftp://127.0.0.1:{port}/news",
    "data:text/html,<p>hi</p>",
    "javascript:alert(1)",
    "127.0.0.1:{port}/news",
    "//127.0.0.1:{port}/news",
]


@pytest.mark.parametrize("template", DISGUISES)
def test_disguised_local_addresses_are_refused_unsent(server: LocalServer, template: str) -> None:
    url = template.format(port=server.port)
    with pytest.raises(FetchRefused) as refused:
        fetch(url, FAST)
    assert server.seen == []
    message = str(refused.value)
    assert "\n" not in message and message.startswith("refused")


@pytest.mark.parametrize("template", [t for t in DISGUISES if "://127.0.0.1:{port}/news" not in t])
def test_allowing_127_0_0_1_does_not_allow_its_disguises(server: LocalServer, template: str) -> None:
    with pytest.raises(FetchRefused):
        fetch(template.format(port=server.port), allowing(server))
    assert server.seen == []


def test_allowed_host_is_reached(server: LocalServer) -> None:
    page = fetch(server.url("/news"), allowing(server))
    assert page.status == 200
    assert page.content_type == "text/html"
    assert page.charset == "utf-8"
    assert page.body == NEWS_HTML
    assert page.final_url == server.url("/news")
    assert [r.path for r in server.seen] == ["/news"]
    assert server.seen[0].headers["host"] == server.host_port
    assert server.seen[0].headers["user-agent"].startswith("kutip/")


def test_allow_entry_without_port_allows_any_port(server: LocalServer) -> None:
    page = fetch(server.url("/plain"), replace(FAST, allow_hosts=frozenset({"127.0.0.1"})))
    assert page.content_type == "text/plain"


def test_allow_entry_for_another_port_does_not_allow_this_one(server: LocalServer) -> None:
    with pytest.raises(FetchRefused, match=r"loopback"):
        fetch(server.url("/news"), replace(FAST, allow_hosts=frozenset({"127.0.0.1:1"})))
    assert server.seen == []


def test_policy_from_settings(server: LocalServer) -> None:
    settings = load_settings(fetch_allow_hosts=f" {server.host_port} , feeds.local", fetch_timeout=2.0)
    policy = FetchPolicy.from_settings(settings)
    assert (policy.allow_hosts, policy.timeout) == ({server.host_port, "feeds.local"}, 2.0)
    assert policy.max_bytes == settings.fetch_max_bytes
    assert fetch(server.url("/news"), policy).status == 200
    assert FetchPolicy.from_settings(load_settings(fetch_allow_hosts="")).allow_hosts == frozenset()


def test_connects_to_the_vetted_address_and_keeps_the_name(server: LocalServer) -> None:
    """The name is resolved once, by us; the request goes to that IP with the name in Host."""
    calls: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        calls.append(host)
        return ["127.0.0.1"]

    policy = replace(FAST, allow_hosts=frozenset({"news.test"}), resolver=resolver)
    page = fetch(f"http://news.test:{server.port}/news", policy)
    assert page.status == 200
    assert calls == ["news.test"]
    assert server.seen[0].headers["host"] == f"news.test:{server.port}"


def test_name_resolving_to_loopback_is_refused_without_connecting(server: LocalServer) -> None:
    """DNS that points a public-looking name at this machine (or rebinds to it) is caught."""
    policy = replace(FAST, resolver=lambda host, port: ["127.0.0.1"])
    with pytest.raises(FetchRefused, match=r"127\.0\.0\.1 is a loopback address"):
        fetch(f"http://rebind.example:{server.port}/news", policy)
    assert server.seen == []


def test_any_private_address_among_several_refuses(server: LocalServer) -> None:
    policy = replace(FAST, resolver=lambda host, port: ["93.184.216.34", "127.0.0.1"])
    with pytest.raises(FetchRefused):
        fetch(f"http://mixed.example:{server.port}/news", policy)
    assert server.seen == []


def test_unknown_host_is_a_clear_failure() -> None:
    with pytest.raises(FetchFailed, match=r"could not find host nowhere\.invalid"):
        fetch("http://nowhere.invalid/news", FAST)


def test_redirect_within_allowed_host_is_followed(server: LocalServer) -> None:
    page = fetch(server.url("/redirect?to=/news"), allowing(server))
    assert page.final_url == server.url("/news")
    assert page.url == server.url("/redirect?to=/news")
    assert [r.path for r in server.seen] == ["/redirect?to=/news", "/news"]


@pytest.mark.parametrize(
    "target",
    [
        "http://localhost:{port}/news",
        "http://127.1:{port}/news",
        "http://[::1]:{port}/news",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/admin",
        "file:///etc/passwd",
    ],
)
def test_redirect_from_allowed_host_to_private_address_is_refused(server: LocalServer, target: str) -> None:
    start = server.url("/redirect?to=" + target.format(port=server.port))
    with pytest.raises(FetchRefused):
        fetch(start, allowing(server))
    assert [r.path.split("?")[0] for r in server.seen] == ["/redirect"]


def test_redirect_to_another_local_port_is_refused(server: LocalServer, other_server: LocalServer) -> None:
    with pytest.raises(FetchRefused, match=r"loopback"):
        fetch(server.url("/redirect?to=" + other_server.url("/news")), allowing(server))
    assert other_server.seen == []


def test_redirect_loop_stops_at_max_redirects(server: LocalServer) -> None:
    with pytest.raises(FetchRefused, match=r"more than 3 redirects"):
        fetch(server.url("/loop"), allowing(server, max_redirects=3))
    assert len(server.seen) == 4


def test_huge_streamed_body_is_cut_off(server: LocalServer) -> None:
    with pytest.raises(FetchRefused, match=r"over 1,000,000 bytes"):
        fetch(server.url("/huge"), allowing(server, max_bytes=1_000_000))


def test_huge_declared_body_is_refused_before_reading(server: LocalServer) -> None:
    with pytest.raises(FetchRefused, match=r"body of 1,000,000,000 bytes"):
        fetch(server.url("/huge-declared"), allowing(server))


def test_compressed_body_is_capped_by_its_unpacked_size(server: LocalServer) -> None:
    with pytest.raises(FetchRefused, match=r"body is over 1,000,000 bytes"):
        fetch(server.url("/gzip-bomb"), allowing(server, max_bytes=1_000_000))


def test_slow_body_hits_the_total_deadline(server: LocalServer) -> None:
    """Each chunk comes 0.1 s after the last, so only a deadline on the whole exchange catches it.

    The seconds are the server's clock, which the fetch runs on: no waiting for real time.
    """
    with pytest.raises(FetchRefused, match=r"no complete answer within 0\.5 s"):
        server.clock.run(afetch(server.url("/slow"), allowing(server, timeout=0.5)))
    assert server.clock.now >= 0.5


@pytest.mark.parametrize("path", ["/image.png", "/octet", "/no-type"])
def test_non_page_content_types_are_refused(server: LocalServer, path: str) -> None:
    with pytest.raises(FetchRefused, match=r"is not a web page or feed"):
        fetch(server.url(path), allowing(server))


def test_http_error_is_a_failure_with_status(server: LocalServer) -> None:
    with pytest.raises(FetchFailed, match=r"answered HTTP 404 Not Found"):
        fetch(server.url("/missing"), allowing(server))


def test_closed_port_is_a_failure(server: LocalServer) -> None:
    with pytest.raises(FetchFailed, match=r"could not connect to 127\.0\.0\.1"):
        fetch("http://127.0.0.1:1/news", replace(FAST, allow_hosts=frozenset({"127.0.0.1:1"})))


def test_conditional_request_returns_not_modified(server: LocalServer) -> None:
    first = fetch(server.url("/feed.xml"), allowing(server))
    assert first.status == 200 and not first.not_modified
    assert (first.etag, first.last_modified) == (FEED_ETAG, FEED_LAST_MODIFIED)
    again = fetch(server.url("/feed.xml"), allowing(server), etag=first.etag)
    assert again.not_modified and again.body == b""
    assert again.etag == FEED_ETAG
    by_date = fetch(server.url("/feed.xml"), allowing(server), last_modified=first.last_modified)
    assert by_date.not_modified and by_date.last_modified == FEED_LAST_MODIFIED
    assert server.seen[1].headers["if-none-match"] == FEED_ETAG
    assert server.seen[2].headers["if-modified-since"] == FEED_LAST_MODIFIED


async def test_afetch_inside_an_event_loop(server: LocalServer) -> None:
    page = await afetch(server.url("/news"), allowing(server))
    assert page.body == NEWS_HTML
    with pytest.raises(FetchRefused):
        await afetch(server.url("/news"), FAST)


def test_fetch_errors_are_ingest_errors() -> None:
    assert issubclass(FetchRefused, IngestError) and issubclass(FetchFailed, IngestError)


# Address checks with a stubbed resolver: these ranges are never contacted, not even in a test.
@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("10.0.0.1", "private"),
        ("10.255.255.254", "private"),
        ("172.16.0.1", "private"),
        ("172.31.255.1", "private"),
        ("192.168.1.1", "private"),
        ("100.64.0.1", "carrier-grade NAT"),
        ("169.254.169.254", "link-local"),
        ("127.0.0.53", "loopback"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.251", "multicast"),
        ("240.0.0.1", "private"),
        ("255.255.255.255", "private"),
        ("::1", "loopback"),
        ("::", "unspecified"),
        ("fc00::1", "unique-local"),
        ("fd00:ec2::254", "unique-local"),
        ("fe80::1", "link-local"),
        ("fe80::1%2", "link-local"),
        ("ff02::1", "multicast"),
        ("::ffff:10.0.0.1", "10.0.0.1 is a private"),
        ("::ffff:169.254.169.254", "link-local"),
        ("64:ff9b::a00:1", "10.0.0.1 is a private"),
        ("2002:c0a8:101::1", "192.168.1.1 is a private"),
    ],
)
def test_stub_resolved_private_addresses_are_refused(address: str, reason: str) -> None:
    policy = FetchPolicy(resolver=lambda host, port: [address])
    with pytest.raises(FetchRefused, match=reason):
        vet_url("https://innocent-looking.example/berita", policy)


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"])
def test_public_address_passes_the_check(address: str) -> None:
    policy = FetchPolicy(resolver=lambda host, port: [address])
    assert vet_url("https://example.com/berita", policy) == ipaddress.ip_address(address)
    assert vet_address(ipaddress.ip_address(address)) is None


def test_allowed_name_may_resolve_privately() -> None:
    allow = frozenset({"feeds.local:8080"})
    policy = FetchPolicy(allow_hosts=allow, resolver=lambda host, port: ["10.0.0.7"])
    assert str(vet_url("http://feeds.local:8080/rss", policy)) == "10.0.0.7"
    with pytest.raises(FetchRefused):
        vet_url("http://feeds.local:8081/rss", policy)


@pytest.mark.parametrize(
    ("host", "address"),
    [
        ("127.1", "127.0.0.1"),
        ("2130706433", "127.0.0.1"),
        ("0x7f.0.0.1", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("10.1", "10.0.0.1"),
        ("192.168.257", "192.168.1.1"),
        ("93.184.216.34", "93.184.216.34"),
        ("::ffff:127.0.0.1", "::ffff:127.0.0.1"),
        ("example.com", None),
        ("berita.co.id", None),
    ],
)
def test_ip_literal_reads_numbers_like_inet_aton(host: str, address: str | None) -> None:
    assert ip_literal(host) == (ipaddress.ip_address(address) if address else None)


@pytest.mark.parametrize("host", ["1.2.3.999", "1.2.3.4.5", "08.0.0.1", "0x1ffffffff"])
def test_numeric_hosts_that_are_not_addresses_are_refused(host: str) -> None:
    with pytest.raises(FetchRefused, match=r"not a valid one"):
        ip_literal(host)


def test_https_connects_to_the_ip_with_the_name_as_sni_and_host(monkeypatch: pytest.MonkeyPatch) -> None:
    """No TLS server here: capture the request httpx is given and check where it would go."""
    sent: list[httpx.Request] = []

    async def capture(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, headers={"Content-Type": "text/html"}, content=b"<p>ok</p>")

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", capture)
    policy = replace(
        FAST, allow_hosts=frozenset({"secure.example"}), resolver=lambda host, port: ["127.0.0.1"]
    )
    page = fetch("https://secure.example/berita?id=1", policy)
    assert page.final_url == "https://secure.example/berita?id=1"
    (request,) = sent
    assert (request.url.scheme, request.url.host, request.url.port) == ("https", "127.0.0.1", None)
    assert request.url.raw_path == b"/berita?id=1"
    assert request.headers["host"] == "secure.example"
    assert request.extensions["sni_hostname"] == "secure.example"


def test_international_domain_is_resolved_in_its_ascii_form() -> None:
    asked: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        asked.append(host)
        return ["93.184.216.34"]

    vet_url("https://bücher.example/", replace(FAST, resolver=resolver))
    assert asked == ["xn--bcher-kva.example"]
