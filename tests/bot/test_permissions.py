"""Who may do what, button data parsing (forged data included), and the per-user question limit."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from telegram import CallbackQuery, Update, User
from telegram.ext import Application

from bot.app import build_application
from bot.permissions import allowed
from bot.ratelimit import RateLimiter
from bot.settings import load_bot_settings
from bot.texts import language_of
from storage.db import open_store


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


@pytest.fixture(scope="module")
def application(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Application]:
    settings = load_bot_settings(telegram_bot_token="1:x", database_url="sqlite://")
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('buttons') / 'k.db'}")
    yield build_application(settings, store)
    store.dispose()


def claimed_by(application: Application, data: str | None) -> tuple[str, tuple[str, ...] | None]:
    """The callback the bot would run for a button press with this data, and what its pattern read."""
    press = CallbackQuery("1", User(7, "Ana", is_bot=False), "chat", data=data)
    update = Update(1, callback_query=press)
    handler = next(h for h in application.handlers[0] if h.check_update(update))
    match = handler.check_update(update)
    return handler.callback.__name__, match.groups() if isinstance(match, re.Match) else None


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("q:0123456789abcdef:3", ("more_answers", ("0123456789abcdef", "3"))),
        ("q:0123456789:3", ("more_answers", ("0123456789", "3"))),  # older buttons: answered "expired"
        ("q:0123456789abc:3", ("unknown_button", None)),
        ("sp:42:0", ("more_from_speaker", ("42", "0"))),
        ("src:42", ("show_source", ("42",))),
        ("feedrm:7", ("remove_button", ("7",))),  # the callback checks for a bot admin
        ("unsub", ("unsubscribe_command", ())),  # the callback checks for a chat admin
        ("feedrm:7;drop table", ("unknown_button", None)),
        ("feedrm:-1", ("unknown_button", None)),
        ("q:ZZZ:1", ("unknown_button", None)),
        ("src:" + "9" * 60, ("unknown_button", None)),
        ("admin:1", ("unknown_button", None)),
        ("", ("unknown_button", None)),
        (None, ("unknown_button", None)),
    ],
)
def test_each_button_family_has_its_handler(application: Application, data, expected) -> None:
    """Forged or stale data reaches no feature: the last handler answers "unknown button"."""
    assert claimed_by(application, data) == expected


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
