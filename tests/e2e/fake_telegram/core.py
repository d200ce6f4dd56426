"""What every part of the fake shares: the bot's identity, Telegram's errors and objects, the state and
its lock, the lifecycle, waiting, and the HTTP entry point that dispatches to the Bot API methods.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Self

from tests.e2e.fake_telegram_http import HttpServer, Reply, UploadedFile, json_reply

BOT_ID = 7000000001
BOT_TOKEN = f"{BOT_ID}:AAFakeKutipTokenForEndToEndTests-123"
BOT_USERNAME = "kutip_test_bot"
MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
MAX_DOWNLOAD = 20 * 1024 * 1024


class ApiError(Exception):
    """A Bot API error reply: ``ApiError(400, "Bad Request: chat not found")``."""

    def __init__(self, status: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {"ok": False, "error_code": self.status, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def _bad_request(reason: str) -> ApiError:
    return ApiError(400, f"Bad Request: {reason}")


@dataclass(frozen=True)
class User:
    id: int
    first_name: str
    username: str | None = None
    last_name: str | None = None
    is_bot: bool = False
    language_code: str | None = "id"

    def to_api(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code and not self.is_bot:
            data["language_code"] = self.language_code
        return data


@dataclass
class Chat:
    """A chat and who is in it. ``members`` maps user id to status, the bot included."""

    id: int
    type: str  # private, group, supergroup, channel
    title: str | None = None
    username: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    is_forum: bool = False
    members: dict[int, str] = field(default_factory=dict)
    topics: dict[int, str] = field(default_factory=dict)  # message_thread_id -> name

    def to_api(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        for key in ("title", "username", "first_name", "last_name"):
            if value := getattr(self, key):
                data[key] = value
        if self.is_forum:
            data["is_forum"] = True
        return data


@dataclass(frozen=True)
class StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str
    content: bytes
    mime_type: str
    file_name: str

    def to_api(self) -> dict[str, Any]:
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.content),
            "file_path": self.file_path,
        }


@dataclass(frozen=True)
class Sent:
    """A message the bot sent, as Telegram returned it to the bot.

    ``text`` is what a user sees (tags stripped, entities decoded; the caption for media) and
    ``html`` the markup the bot sent when it used parse_mode HTML.
    """

    method: str
    chat_id: int
    message_id: int
    text: str
    html: str | None
    message: dict[str, Any]
    params: dict[str, Any]
    time: float

    @property
    def thread_id(self) -> int | None:
        return self.message.get("message_thread_id")

    @property
    def reply_to_message_id(self) -> int | None:
        return (self.message.get("reply_to_message") or {}).get("message_id")

    @property
    def buttons(self) -> list[dict[str, Any]]:
        """The inline keyboard's buttons, row after row."""
        rows = (self.message.get("reply_markup") or {}).get("inline_keyboard", [])
        return [button for row in rows for button in row]


@dataclass(frozen=True)
class Edit:
    """One successful editMessageText / editMessageCaption / editMessageReplyMarkup."""

    method: str
    chat_id: int
    message_id: int
    text: str | None
    html: str | None
    reply_markup: dict[str, Any] | None
    params: dict[str, Any]
    time: float


@dataclass(frozen=True)
class Call:
    """One HTTP request to a Bot API method, and how the fake answered. ``time`` is time.monotonic()."""

    method: str
    params: dict[str, Any]
    time: float
    status: int
    description: str | None


@dataclass
class _Failure:
    status: int
    description: str
    parameters: dict[str, Any] | None
    times: int


class FakeCore:
    """The state of one fake Telegram, the lock that guards it, and the HTTP entry point; each
    concern (updates, messages, chats ...) is a mixin over it."""

    def __init__(
        self, token: str = BOT_TOKEN, bot_username: str = BOT_USERNAME, *, privacy_mode: bool = True
    ) -> None:
        self.token = token
        self.privacy_mode = privacy_mode
        self.bot = User(id=int(token.split(":")[0]), first_name="Kutip", username=bot_username, is_bot=True)
        self._cond = threading.Condition(threading.RLock())
        self._http: HttpServer | None = None
        self._stopping = False
        self._users: dict[int, User] = {self.bot.id: self.bot}
        self._chats: dict[int, Chat] = {}
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._next_message_id: dict[int, int] = {}
        self._files: dict[str, StoredFile] = {}
        self._updates: list[dict[str, Any]] = []
        self._all_updates: list[dict[str, Any]] = []
        self._next_update_id = 100000001
        self._allowed_updates: set[str] | None = None
        self._poll_generation = 0
        self._waiting_polls = 0
        self._blocked: set[int] = set()
        self._failures: dict[str, list[_Failure]] = {}
        self._calls: list[Call] = []
        self._sent: list[Sent] = []
        self._edits: list[Edit] = []
        self._deleted: list[tuple[int, int]] = []
        self._callback_queries: dict[str, dict[str, Any]] = {}
        self._callback_answers: dict[str, dict[str, Any]] = {}
        self._chat_actions: list[tuple[int, str]] = []
        self._commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self._menu_buttons: dict[int | None, dict[str, Any]] = {}
        self.webhook: dict[str, Any] = {}
        self._ids = itertools.count(1)
        self._user_ids = itertools.count(100001)
        self._group_ids = itertools.count(4000000001)
        self._supergroup_ids = itertools.count(1002000000001)

    def start(self) -> Self:
        self._http = HttpServer(self)
        self._http.start()
        return self

    def stop(self) -> None:
        """Stop serving; pending long polls answer at once with no updates."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._http is not None:
            self._http.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """The root for TELEGRAM_API_BASE_URL, e.g. ``http://127.0.0.1:41234`` (no ``/bot``)."""
        assert self._http is not None, "start() the fake first"
        return self._http.root

    def wait_for(self, condition: Callable[[], Any], timeout: float = 10.0) -> Any:
        """Wait until ``condition()`` is truthy (re-checked on every state change) and return it, or None."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                result = condition()
                remaining = deadline - time.monotonic()
                if result or remaining <= 0:
                    return result
                self._cond.wait(min(remaining, 0.05))

    async def wait_for_async(self, condition: Callable[[], Any], timeout: float = 10.0) -> Any:
        return await asyncio.to_thread(self.wait_for, condition, timeout)

    def handle_method(self, token: str, method: str, params: dict[str, Any]) -> Reply:
        started = time.monotonic()
        try:
            if token != self.token:
                raise ApiError(401, "Unauthorized")
            handler = self._methods().get(method.lower())
            if handler is None:
                raise ApiError(404, "Not Found")
            self._injected_failure(method)
            result = handler(params)
        except ApiError as error:
            self._record(method, params, started, error.status, error.description)
            return json_reply(error.status, error.payload())
        except (
            Exception
        ) as error:  # a bug in the fake: answer 500 and keep it in calls() rather than drop the connection
            description = f"Internal Server Error: fake_telegram failed: {error!r}"
            self._record(method, params, started, 500, description)
            return json_reply(500, {"ok": False, "error_code": 500, "description": description})
        self._record(method, params, started, 200, None)
        return json_reply(200, {"ok": True, "result": result})

    def _record(
        self, method: str, params: dict[str, Any], started: float, status: int, description: str | None
    ) -> None:
        shown = {
            k: (f"<file {v.filename}, {len(v.content)} bytes>" if isinstance(v, UploadedFile) else v)
            for k, v in params.items()
        }
        with self._cond:
            self._calls.append(Call(method, shown, started, status, description))
            self._cond.notify_all()


def _address(message: Sent | dict[str, Any]) -> tuple[int, int]:
    if isinstance(message, Sent):
        return message.chat_id, message.message_id
    return message["chat"]["id"], message["message_id"]


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _utf16_slice(text: str, offset: int, length: int) -> str:
    encoded = text.encode("utf-16-le")
    return encoded[offset * 2 : (offset + length) * 2].decode("utf-16-le")
