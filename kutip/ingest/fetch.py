"""The one safe HTTP client of kutip: every URL a user or a feed hands us goes through here.

A bot that fetches any URL it is sent is a proxy into whatever network it runs in (the cloud
metadata service at 169.254.169.254, the database on 10.0.0.5, an admin page on localhost). So:

- only http(s), no credentials in the URL;
- we resolve the host ourselves, refuse if ANY resolved address is not public, and then connect to
  the vetted IP itself (Host header and TLS SNI keep the name), so a DNS answer that changes between
  check and connect (rebinding) cannot move us;
- numeric disguises (`127.1`, `2130706433`, `0x7f.0.0.1`, `0177.0.0.1`, `[::ffff:127.0.0.1]`) are
  decoded the way a C resolver would, and checked like any other address;
- redirects are followed by hand, each hop checked again;
- one deadline covers the whole exchange, a size cap is enforced while streaming, and only page or
  feed content types are read.

Hosts in `FetchPolicy.allow_hosts` (the setting `KUTIP_FETCH_ALLOW_HOSTS`, e.g. `127.0.0.1:8000`) may be
private: that is how tests and a local demo feed reach a server on this machine.

`afetch` is the implementation; `fetch` runs it on a private event loop for synchronous callers
(the CLI). Code already inside an event loop (the bot) must await `afetch`.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import re
import socket
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from email.message import Message
from typing import TYPE_CHECKING

import httpx

from kutip.ingest.errors import FetchFailed, FetchRefused

if TYPE_CHECKING:
    from kutip.settings import Settings

__all__ = [
    "ALLOWED_CONTENT_TYPES",
    "FetchFailed",
    "FetchPolicy",
    "FetchRefused",
    "FetchedPage",
    "Resolver",
    "afetch",
    "fetch",
    "ip_literal",
    "system_resolver",
    "vet_address",
    "vet_url",
]

log = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# (host, port) -> addresses as strings, like getaddrinfo's sockaddr[0]. Tests pass a dict-backed stub.
Resolver = Callable[[str, int], Sequence[str]]

ALLOWED_CONTENT_TYPES = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "text/plain",
        "text/xml",
        "application/xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",  # RSS 1.0 feeds
    }
)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SHARED_ADDRESS_SPACE = ipaddress.IPv4Network("100.64.0.0/10")  # carrier-grade NAT, not is_private
_UNIQUE_LOCAL = ipaddress.IPv6Network("fc00::/7")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # embeds an IPv4 address in its low 32 bits
# One dotted part of an inet_aton address: 0x1f (hex), 017 (octal), 17 (decimal).
_NUMERIC_PART = re.compile(r"^(0x[0-9a-f]*|[0-9]+)$", re.IGNORECASE)
_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8"
)


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for `host`, in its order of preference."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


@dataclass(frozen=True)
class FetchPolicy:
    """How much kutip will read, how long it waits, and which private hosts it may reach.

    `allow_hosts` holds `host` or `host:port` entries (`[::1]:8000` for IPv6), matched against the
    host as written in the URL: allowing `127.0.0.1:8000` does not allow `http://127.1:8000/`.
    """

    max_bytes: int = 5 * 1024 * 1024
    timeout: float = 15.0
    max_redirects: int = 5
    allow_hosts: frozenset[str] = frozenset()
    user_agent: str = "kutip/0.1 (news quote reader; +https://github.com/kutip)"
    resolver: Resolver = field(default=system_resolver, repr=False, compare=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchPolicy:
        """The limits and allowed private hosts operators set (`KUTIP_FETCH_*`), read once with the rest."""
        return cls(
            max_bytes=settings.fetch_max_bytes,
            timeout=settings.fetch_timeout,
            allow_hosts=settings.fetch_allow_hosts,
        )


@dataclass(frozen=True)
class FetchedPage:
    """One HTTP answer. `status == 304` (`not_modified`) carries no body: the feed has not changed."""

    url: str
    final_url: str
    status: int
    content_type: str  # media type only, lower case: "text/html"; "" on 304
    body: bytes
    headers: Mapping[str, str]
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def charset(self) -> str | None:
        """`text/html; charset=ISO-8859-1` → "iso-8859-1"; None when the server did not say."""
        message = Message()
        message["content-type"] = self.headers.get("content-type", "")
        charset = message.get_param("charset")
        return charset.strip().lower() if isinstance(charset, str) and charset.strip() else None


@dataclass(frozen=True)
class _Target:
    """A URL that passed the checks, and the one address we will connect to for it."""

    url: httpx.URL
    address: IPAddress


def fetch(
    url: str, policy: FetchPolicy | None = None, *, etag: str | None = None, last_modified: str | None = None
) -> FetchedPage:
    """Synchronous `afetch`, for the CLI: `fetch("https://example.com/berita")` → FetchedPage."""
    return asyncio.run(afetch(url, policy, etag=etag, last_modified=last_modified))


async def afetch(
    url: str, policy: FetchPolicy | None = None, *, etag: str | None = None, last_modified: str | None = None
) -> FetchedPage:
    """GET `url` under `policy`, following redirects by hand; raise FetchRefused or FetchFailed.

    Pass the `etag`/`last_modified` of the previous answer to make a conditional request: an
    unchanged feed then comes back as a FetchedPage with `not_modified` True and an empty body.
    """
    policy = policy or FetchPolicy()
    conditional = {}
    if etag:
        conditional["If-None-Match"] = etag
    if last_modified:
        conditional["If-Modified-Since"] = last_modified
    try:
        async with asyncio.timeout(policy.timeout):
            return await _follow(url, policy, conditional)
    except (TimeoutError, httpx.TimeoutException):
        raise FetchRefused(f"refused {_short(url)}: no complete answer within {policy.timeout:g} s") from None


async def _follow(url: str, policy: FetchPolicy, conditional: dict[str, str]) -> FetchedPage:
    current = url
    for _ in range(policy.max_redirects + 1):
        target = await _avet_url(current, policy)
        page = await _get(target, policy, conditional)
        if page.status not in _REDIRECTS:
            return FetchedPage(
                url=url,
                final_url=page.final_url,
                status=page.status,
                content_type=page.content_type,
                body=page.body,
                headers=page.headers,
                etag=page.etag or conditional.get("If-None-Match"),
                last_modified=page.last_modified or conditional.get("If-Modified-Since"),
            )
        location = page.headers.get("location")
        if not location:
            raise FetchFailed(f"{_short(current)} redirected without saying where to")
        current = str(target.url.join(location.strip()))
    raise FetchRefused(f"refused {_short(url)}: more than {policy.max_redirects} redirects")


async def _get(target: _Target, policy: FetchPolicy, conditional: dict[str, str]) -> FetchedPage:
    """One request to the vetted address; a redirect comes back as a page with an empty body."""
    url = target.url
    host = url.raw_host.decode("ascii")
    headers = {
        "Host": url.netloc.decode("ascii"),
        "User-Agent": policy.user_agent,
        "Accept": _ACCEPT,
        **conditional,
    }
    extensions = {"sni_hostname": host} if url.scheme == "https" else {}
    # trust_env=False: an HTTP(S)_PROXY variable would make the proxy resolve the name, not us.
    client = httpx.AsyncClient(trust_env=False, follow_redirects=False, timeout=policy.timeout)
    try:
        async with (
            client,
            client.stream(
                "GET", url.copy_with(host=str(target.address)), headers=headers, extensions=extensions
            ) as response,
        ):
            status = response.status_code
            content_type = ""
            body = b""
            if 200 <= status < 300:
                content_type = _check_content_type(response, url)
                body = await _read_capped(response, url, policy.max_bytes)
            elif status != 304 and status not in _REDIRECTS:
                answer = f"HTTP {status} {response.reason_phrase}".strip()
                raise FetchFailed(f"{_short(str(url))} answered {answer}")
            return FetchedPage(
                url=str(url),
                final_url=str(url),
                status=status,
                content_type=content_type,
                body=body,
                headers={k.lower(): v for k, v in response.headers.items()},
                etag=response.headers.get("etag"),
                last_modified=response.headers.get("last-modified"),
            )
    except httpx.TimeoutException:
        raise
    except (httpx.ConnectError, OSError) as exc:
        raise FetchFailed(f"could not connect to {host}: {_reason(exc)}") from None
    except httpx.HTTPError as exc:
        raise FetchFailed(f"{_short(str(url))} broke off: {_reason(exc)}") from None


def _check_content_type(response: httpx.Response, url: httpx.URL) -> str:
    media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type not in ALLOWED_CONTENT_TYPES:
        shown = media_type or "none given"
        raise FetchRefused(f"refused {_short(str(url))}: content type {shown} is not a web page or feed")
    return media_type


async def _read_capped(response: httpx.Response, url: httpx.URL, max_bytes: int) -> bytes:
    """Stop at `max_bytes` (after decompression) instead of downloading a 1 GB body first."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        size = int(declared)
        raise FetchRefused(f"refused {_short(str(url))}: body of {size:,} bytes is over {max_bytes:,}")
    chunks: list[bytes] = []
    total = 0
    async for chunk in response.aiter_bytes():
        total += len(chunk)
        if total > max_bytes:
            raise FetchRefused(f"refused {_short(str(url))}: body is over {max_bytes:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def vet_url(url: str, policy: FetchPolicy | None = None) -> IPAddress:
    """The address kutip would connect to for `url`, or FetchRefused; resolves but never connects.

    `vet_url("http://intranet.example/", FetchPolicy(resolver=lambda h, p: ["10.0.0.5"]))` raises
    "refused http://intranet.example/: 10.0.0.5 is a private address".
    """
    return _vet(url, policy or FetchPolicy()).address


async def _avet_url(url: str, policy: FetchPolicy) -> _Target:
    # A slow resolver must not block the bot's event loop; the deadline in afetch still applies.
    return await asyncio.to_thread(_vet, url, policy)


def _vet(url: str, policy: FetchPolicy) -> _Target:
    parsed = _parse(url)
    host = parsed.raw_host.decode("ascii").rstrip(".")  # IDNs as xn--, the form DNS is asked
    port = parsed.port or _DEFAULT_PORTS[parsed.scheme]
    allowed = _is_allowed(host, port, policy.allow_hosts)
    if not allowed and (host == "localhost" or host.endswith(".localhost")):
        raise FetchRefused(f"refused {_short(url)}: {host} is this machine")
    literal = ip_literal(host)
    if literal is not None:
        addresses: list[IPAddress] = [literal]
    else:
        try:
            resolved = policy.resolver(host, port)
        except (OSError, UnicodeError) as exc:
            raise FetchFailed(f"could not find host {host}: {_reason(exc)}") from None
        addresses = [ipaddress.ip_address(a.split("%")[0]) for a in resolved]
        if not addresses:
            raise FetchFailed(f"could not find host {host}")
    if not allowed:
        for address in addresses:
            reason = vet_address(address)
            if reason:
                log.info("fetch refused %s: %s", url, reason)
                raise FetchRefused(f"refused {_short(url)}: {reason}")
    return _Target(parsed, addresses[0])


def _parse(url: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, UnicodeError, ValueError):
        parsed = None
    if parsed is None:
        # httpx rejects some numeric disguises (`0177.0.0.1`); say what they are rather than "invalid".
        host_match = re.match(r"^https?://(?:[^@/]*@)?([^/:?#]+)", url.strip(), re.IGNORECASE)
        literal = ip_literal(host_match.group(1)) if host_match else None
        if literal is not None and vet_address(literal):
            raise FetchRefused(f"refused {_short(url)}: {vet_address(literal)}")
        raise FetchRefused(f"refused {_short(url)}: not a valid URL")
    if parsed.scheme not in _DEFAULT_PORTS:
        if not parsed.scheme:
            raise FetchRefused(f"refused {_short(url)}: not an http:// or https:// URL")
        raise FetchRefused(f"refused {_short(url)}: only http and https are fetched, not {parsed.scheme}:")
    if parsed.userinfo:
        raise FetchRefused(f"refused {_short(url)}: URLs with user:password@ are not fetched")
    if not parsed.host:
        raise FetchRefused(f"refused {_short(url)}: no host in the URL")
    return parsed


def _is_allowed(host: str, port: int, allow_hosts: frozenset[str]) -> bool:
    for entry in allow_hosts:
        entry_host, entry_port = _split_host_port(entry.strip().lower())
        if entry_host == host.lower() and entry_port in (None, port):
            return True
    return False


def _split_host_port(entry: str) -> tuple[str, int | None]:
    """`127.0.0.1:8000` → ("127.0.0.1", 8000); `[::1]:80` → ("::1", 80); `::1` and `feeds.local` → no port."""
    if entry.startswith("["):
        host, _, rest = entry[1:].partition("]")
        return host, int(rest[1:]) if rest.startswith(":") and rest[1:].isdigit() else None
    if entry.count(":") == 1:
        host, _, port = entry.partition(":")
        return host, int(port) if port.isdigit() else None
    return entry.rstrip("."), None


def ip_literal(host: str) -> IPAddress | None:
    """The address a host written as a number means, as C's inet_aton reads it; None for a name.

    `127.1` → 127.0.0.1, `2130706433` → 127.0.0.1, `0x7f.0.0.1` → 127.0.0.1, `0177.0.0.1` → 127.0.0.1.
    A host whose last label is numeric but is not a valid address (`1.2.3.999`) is refused: it is
    not a name any DNS would answer, only a way to confuse parsers.
    """
    host = host.strip("[]").rstrip(".")
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    parts = host.split(".")
    if not _NUMERIC_PART.match(parts[-1]):
        return None
    if len(parts) > 4 or not all(_NUMERIC_PART.match(p) for p in parts):
        raise FetchRefused(f"refused host {host}: looks like an address but is not a valid one")
    try:
        numbers = [_c_number(p) for p in parts]
    except ValueError:
        raise FetchRefused(f"refused host {host}: looks like an address but is not a valid one") from None
    *leading, last = numbers
    if any(n > 255 for n in leading) or last >= 256 ** (4 - len(leading)):
        raise FetchRefused(f"refused host {host}: looks like an address but is not a valid one")
    value = last
    for i, n in enumerate(leading):
        value |= n << (8 * (3 - i))
    return ipaddress.IPv4Address(value)


def _c_number(part: str) -> int:
    """C reads `0x1f` as hex and `017` as octal; so must we, or `0177.0.0.1` slips past as a name."""
    if part.lower().startswith("0x"):
        return int(part[2:] or "0", 16)
    if part.startswith("0") and len(part) > 1:
        return int(part, 8)
    return int(part)


def vet_address(address: IPAddress) -> str | None:
    """Why kutip must not connect to `address`, or None when it is a public unicast address.

    IPv6 forms that carry an IPv4 address (`::ffff:10.0.0.1`, 6to4, NAT64, Teredo) are judged by the
    IPv4 address inside: `::ffff:127.0.0.1` is a loopback address.
    """
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is None and address in _NAT64:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is None and address.teredo:
            embedded = address.teredo[1]
        if embedded is not None:
            return vet_address(embedded)
    shown = str(address)
    if address.is_unspecified:
        return f"{shown} is the unspecified address"
    if address.is_loopback:
        return f"{shown} is a loopback address"
    if address.is_link_local:
        return f"{shown} is a link-local address (cloud metadata lives there)"
    if address.is_multicast:
        return f"{shown} is a multicast address"
    if isinstance(address, ipaddress.IPv4Address) and address in _SHARED_ADDRESS_SPACE:
        return f"{shown} is a carrier-grade NAT address"
    if isinstance(address, ipaddress.IPv6Address) and address in _UNIQUE_LOCAL:
        return f"{shown} is a unique-local address"
    if address.is_private:
        return f"{shown} is a private address"
    if address.is_reserved or not address.is_global:
        return f"{shown} is a reserved address"
    return None


def _short(url: str) -> str:
    """URLs in messages are cut at 100 characters so the message stays one readable line."""
    url = url.strip().replace("\n", " ")
    return url if len(url) <= 100 else url[:99] + "…"


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]
