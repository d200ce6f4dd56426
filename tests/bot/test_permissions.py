"""Who may do what, button data parsing (forged data included), and the per-user question limit."""

from __future__ import annotations

import pytest

from bot.handlers.buttons import parse_callback
from bot.permissions import allowed
from bot.ratelimit import RateLimiter
from bot.texts import language_of


@pytest.mark.parametrize(
    ("need", "bot_admin", "private", "status", "expected"),
    [
        ("read", False, False, None, True),
        ("bot_admin", True, False, None, True),
        ("bot_admin", False, True, None, False),  # a private chat does not make you a bot admin
        ("bot_admin", False, False, "creator", False),  # nor does owning a group
        ("chat_admin", False, True, None, True),  # your own private chat
        ("chat_admin", False, False, "creator", True),
        ("chat_admin", False, False, "administrator", True),
        ("chat_admin", False, False, "member", False),
        ("chat_admin", False, False, "restricted", False),
        ("chat_admin", False, False, None, False),  # getChatMember failed: refuse
        ("chat_admin", True, False, "member", True),  # bot admins may manage any chat
    ],
)
def test_allowed(need: str, bot_admin: bool, private: bool, status: str | None, expected: bool) -> None:
    assert allowed(need, bot_admin=bot_admin, private=private, member_status=status) is expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("q:0123456789abcdef:3", ("q", ("0123456789abcdef", "3"), "read")),
        ("q:0123456789:3", ("q", ("0123456789", "3"), "read")),  # older buttons: answered "expired"
        ("q:0123456789abc:3", None),
        ("sp:42:0", ("sp", ("42", "0"), "read")),
        ("src:42", ("src", ("42",), "read")),
        ("feedrm:7", ("feedrm", ("7",), "bot_admin")),
        ("unsub", ("unsub", (), "chat_admin")),
        ("feedrm:7;drop table", None),
        ("feedrm:-1", None),
        ("q:ZZZ:1", None),
        ("src:" + "9" * 60, None),
        ("admin:1", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_callback(data: str | None, expected: tuple | None) -> None:
    assert parse_callback(data) == expected


def test_rate_limiter_slides() -> None:
    limiter = RateLimiter(per_minute=2)
    assert limiter.allow(1, 0.0) and limiter.allow(1, 10.0)
    assert not limiter.allow(1, 59.0)
    assert limiter.allow(2, 59.0)  # per user
    assert limiter.allow(1, 60.0)  # the first one has left the window
    assert not limiter.allow(1, 61.0)


@pytest.mark.parametrize(
    ("code", "lang"), [(None, "id"), ("id", "id"), ("jv", "id"), ("en", "en"), ("en-GB", "en"), ("ru", "en")]
)
def test_language_of(code: str | None, lang: str) -> None:
    assert language_of(code) == lang
