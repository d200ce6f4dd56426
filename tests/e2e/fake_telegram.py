"""A fake Telegram Bot API for end-to-end tests: the real bot talks HTTP to it on 127.0.0.1.

Telegram cannot be reached from the test machine, and the npm emulator does not satisfy
python-telegram-bot 22, so this keeps just enough of Telegram's state and rules for the bot to be
driven as a user would drive it, and for a bot that breaks Telegram's rules (bad HTML, over-long text,
callback data over 64 bytes, ignoring retry_after) to fail here as it would in production.

A test starts it, points the bot at it and plays the users::

    with FakeTelegram() as tg:                      # or the `fake_telegram` pytest fixture
        env = {"TELEGRAM_API_BASE_URL": tg.base_url, "TELEGRAM_BOT_TOKEN": tg.token}
        ana = tg.new_user("Ana", username="ana")
        tg.user_sends(ana, text="/start")           # private chat with Ana, a bot_command entity
        reply = tg.wait_for_message(ana.id, lambda m: "Halo" in m.text)
        tg.user_clicks(ana, reply, "more:1")        # callback query on an inline button
        tg.fail_next("sendMessage", status=429, retry_after=1)

Test-side helpers (``new_user``, ``user_sends``, ``block`` …) act as Telegram's users and return
Telegram-shaped dicts; readers (``sent_messages``, ``wait_for_message``, ``edits``, ``calls``) show
what the bot did. Every public method is thread-safe. The ``*_async`` readers are for tests that run
a PTB Application in the test's own event loop, where a blocking wait would stall the bot.

Privacy mode is on by default, as for a new bot: in groups the bot only receives commands, replies
to its own messages and service messages, unless it is an administrator there. Mentions of the bot
alone are *not* delivered (Telegram's documented rule). ``FakeTelegram(privacy_mode=False)`` turns
it off.
"""

from __future__ import annotations

import asyncio
import copy
import itertools
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tests.e2e.fake_telegram_http import HttpServer, Reply, UploadedFile, json_reply
from tests.e2e.telegram_html import HtmlParseError, parse_html

BOT_ID = 7000000001
BOT_TOKEN = f"{BOT_ID}:AAFakeKutipTokenForEndToEndTests-123"
BOT_USERNAME = "kutip_test_bot"
MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
MAX_DOWNLOAD = 20 * 1024 * 1024
# Delivered when the bot never set allowed_updates (Telegram's default leaves these three out).
DEFAULT_EXCLUDED_UPDATES = {"chat_member", "message_reaction", "message_reaction_count"}
CHAT_ACTIONS = {
    "typing",
    "upload_photo",
    "record_video",
    "upload_video",
    "record_voice",
    "upload_voice",
    "upload_document",
    "choose_sticker",
    "find_location",
    "record_video_note",
    "upload_video_note",
}
MEMBER_STATUSES = {"creator", "administrator", "member", "restricted", "left", "kicked"}
_COMMAND = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")
_MENTION = re.compile(r"(?<!\w)@[A-Za-z0-9_]{5,32}")
_URL = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]']")
_BOT_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")


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


class FakeTelegram:
    """Telegram's Bot API for one bot; see the module docstring for a tour."""

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

    # ---- lifecycle -------------------------------------------------------------------------------

    def start(self) -> FakeTelegram:
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

    def __enter__(self) -> FakeTelegram:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """The root for TELEGRAM_API_BASE_URL, e.g. ``http://127.0.0.1:41234`` (no ``/bot``)."""
        assert self._http is not None, "start() the fake first"
        return self._http.root

    # ---- the world: users, chats, membership -----------------------------------------------------

    def new_user(
        self,
        first_name: str,
        *,
        username: str | None = None,
        last_name: str | None = None,
        language_code: str = "id",
    ) -> User:
        with self._cond:
            user = User(next(self._user_ids), first_name, username, last_name, language_code=language_code)
            self._users[user.id] = user
            return user

    def private_chat(self, user: User) -> Chat:
        """The user's private chat with the bot, opened when first needed (as by pressing Start)."""
        with self._cond:
            chat = self._chats.get(user.id)
            if chat is None:
                chat = Chat(
                    user.id,
                    "private",
                    username=user.username,
                    first_name=user.first_name,
                    last_name=user.last_name,
                )
                chat.members = {user.id: "member", self.bot.id: "member"}
                self._chats[chat.id] = chat
            return chat

    def new_group(self, title: str, creator: User, *, supergroup: bool = False, forum: bool = False) -> Chat:
        """A group without the bot; add it with add_bot_to_group. ``forum`` implies a supergroup."""
        with self._cond:
            if supergroup or forum:
                chat = Chat(-next(self._supergroup_ids), "supergroup", title=title, is_forum=forum)
            else:
                chat = Chat(-next(self._group_ids), "group", title=title)
            chat.members = {creator.id: "creator"}
            self._chats[chat.id] = chat
            return chat

    def new_channel(self, title: str, *, username: str | None = None) -> Chat:
        """A channel, e.g. as the origin of a forwarded news post."""
        with self._cond:
            chat = Chat(-next(self._supergroup_ids), "channel", title=title, username=username)
            self._chats[chat.id] = chat
            return chat

    def add_bot_to_group(self, chat: Chat, by_user: User, *, status: str = "member") -> None:
        """``by_user`` adds the bot: a my_chat_member update, then (in groups) the new_chat_members message."""
        with self._cond:
            old = chat.members.get(self.bot.id, "left")
            chat.members[self.bot.id] = status
            self._push_member_update("my_chat_member", chat, by_user, self.bot, old, status)
            message = self._new_message(chat, by_user)
            message["new_chat_members"] = [self.bot.to_api()]
            message["new_chat_member"] = self.bot.to_api()
            message["new_chat_participant"] = self.bot.to_api()
            self._store_and_deliver(message, chat)

    def set_member_status(self, chat: Chat, user: User, status: str, *, by_user: User | None = None) -> None:
        """Change a member's status; a chat_member update (my_chat_member when ``user`` is the bot)."""
        if status not in MEMBER_STATUSES:
            raise ValueError(f"status must be one of {sorted(MEMBER_STATUSES)}")
        with self._cond:
            old = chat.members.get(user.id, "left")
            chat.members[user.id] = status
            kind = "my_chat_member" if user.id == self.bot.id else "chat_member"
            self._push_member_update(kind, chat, by_user or user, user, old, status)

    def kick_bot(self, chat: Chat, *, by_user: User | None = None, status: str = "kicked") -> None:
        """The bot is removed (``kicked``) or leaves (``left``); sending there is then 403."""
        if status not in {"kicked", "left"}:
            raise ValueError("status must be 'kicked' or 'left'")
        with self._cond:
            creator = next((uid for uid, s in chat.members.items() if s == "creator"), self.bot.id)
        self.set_member_status(chat, self.bot, status, by_user=by_user or self._users[creator])

    def block(self, user: User) -> None:
        """The user blocks the bot: a my_chat_member 'kicked' update, then 403 on every send."""
        with self._cond:
            chat = self.private_chat(user)
            self._blocked.add(user.id)
            chat.members[self.bot.id] = "kicked"
            self._push_member_update("my_chat_member", chat, user, self.bot, "member", "kicked")

    def unblock(self, user: User) -> None:
        with self._cond:
            chat = self.private_chat(user)
            self._blocked.discard(user.id)
            chat.members[self.bot.id] = "member"
            self._push_member_update("my_chat_member", chat, user, self.bot, "kicked", "member")

    def create_topic(self, chat: Chat, name: str, by_user: User) -> int:
        """A forum topic; returns its message_thread_id (the id of its forum_topic_created message)."""
        if not chat.is_forum:
            raise ValueError("topics exist only in forum supergroups (new_group(..., forum=True))")
        with self._cond:
            message = self._new_message(chat, by_user)
            message["forum_topic_created"] = {"name": name, "icon_color": 7322096}
            message["message_thread_id"] = message["message_id"]
            message["is_topic_message"] = True
            chat.topics[message["message_id"]] = name
            self._store_and_deliver(message, chat)
            return message["message_id"]

    # ---- users act: each returns the Telegram-shaped message or query it produced ----------------

    def user_sends(
        self,
        user: User,
        chat: Chat | None = None,
        text: str = "",
        *,
        reply_to: Sent | dict[str, Any] | int | None = None,
        thread_id: int | None = None,
        entities: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """A text message; bot_command, mention and url entities are found as Telegram would.

        ``chat`` defaults to the user's private chat. ``reply_to`` is a message (or its id) in the
        same chat. ``thread_id`` puts it in a forum topic. Whether the bot receives it follows
        privacy mode; the message is returned either way.
        """
        with self._cond:
            chat = chat or self.private_chat(user)
            message = self._new_message(chat, user, thread_id=thread_id, reply_to=reply_to)
            message["text"] = text
            found = entities if entities is not None else detect_entities(text)
            if found:
                message["entities"] = found
            self._store_and_deliver(message, chat)
            return message

    def user_sends_document(
        self,
        user: User,
        chat: Chat | None = None,
        filename: str = "file.txt",
        content: bytes = b"",
        mime_type: str = "text/plain",
        caption: str | None = None,
        *,
        thread_id: int | None = None,
    ) -> dict[str, Any]:
        """A document upload; the bot can getFile it and download the exact bytes."""
        with self._cond:
            chat = chat or self.private_chat(user)
            stored = self._store_file(content, mime_type, filename, folder="documents")
            message = self._new_message(chat, user, thread_id=thread_id)
            message["document"] = _document_api(stored)
            if caption:
                message["caption"] = caption
                if found := detect_entities(caption):
                    message["caption_entities"] = found
            self._store_and_deliver(message, chat)
            return message

    def user_forwards(
        self,
        user: User,
        chat: Chat | None = None,
        text: str = "",
        *,
        from_user: User | None = None,
        from_chat: Chat | None = None,
        origin_message_id: int | None = None,
        hidden_sender_name: str | None = None,
        origin_date: int | None = None,
        entities: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """A forwarded text; origin is ``from_chat`` (a channel post), ``from_user``, or a hidden sender."""
        with self._cond:
            chat = chat or self.private_chat(user)
            date = origin_date or int(time.time()) - 3600
            if from_chat is not None and from_chat.type == "channel":
                origin = {
                    "type": "channel",
                    "chat": from_chat.to_api(),
                    "message_id": origin_message_id or 1,
                    "date": date,
                }
            elif from_chat is not None:
                origin = {"type": "chat", "sender_chat": from_chat.to_api(), "date": date}
            elif from_user is not None:
                origin = {"type": "user", "sender_user": from_user.to_api(), "date": date}
            else:
                origin = {
                    "type": "hidden_user",
                    "sender_user_name": hidden_sender_name or "Anonymous",
                    "date": date,
                }
            message = self._new_message(chat, user)
            message["forward_origin"] = origin
            message["text"] = text
            found = entities if entities is not None else detect_entities(text, commands=False)
            if found:
                message["entities"] = found
            self._store_and_deliver(message, chat)
            return message

    def user_clicks(self, user: User, message: Sent | dict[str, Any], callback_data: str) -> dict[str, Any]:
        """The user presses the inline button carrying ``callback_data``; returns the callback_query."""
        chat_id, message_id = _address(message)
        with self._cond:
            current = self._messages.get((chat_id, message_id))
            if current is None:
                raise ValueError(f"no message {message_id} in chat {chat_id}")
            rows = (current.get("reply_markup") or {}).get("inline_keyboard", [])
            if not any(b.get("callback_data") == callback_data for row in rows for b in row):
                raise ValueError(f"message {message_id} has no button with callback_data {callback_data!r}")
            query = {
                "id": str(4000000000000000000 + next(self._ids)),
                "from": user.to_api(),
                "message": copy.deepcopy(current),
                "chat_instance": str(abs(chat_id) * 7919 % 10**18),
                "data": callback_data,
            }
            self._callback_queries[query["id"]] = query
            self._push_update("callback_query", query)
            return query

    def forge_click(self, user: User, message: Sent | dict[str, Any], callback_data: str) -> dict[str, Any]:
        """A callback_query with any data, as a modified client can send; no button needs to carry it."""
        chat_id, message_id = _address(message)
        with self._cond:
            query = {
                "id": str(4000000000000000000 + next(self._ids)),
                "from": user.to_api(),
                "message": copy.deepcopy(self._messages[(chat_id, message_id)]),
                "chat_instance": str(abs(chat_id) * 7919 % 10**18),
                "data": callback_data,
            }
            self._callback_queries[query["id"]] = query
            self._push_update("callback_query", query)
            return query

    # ---- fault injection ---------------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        status: int = 429,
        description: str | None = None,
        *,
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """The next ``times`` calls of ``method`` fail with ``status``.

        ``fail_next("sendMessage", retry_after=2)`` answers like Telegram's flood control:
        429 "Too Many Requests: retry after 2" with parameters.retry_after = 2.
        ``fail_next("getUpdates", 502, "Bad Gateway")`` is a generic failure.
        """
        if status == 429 and retry_after is None:
            retry_after = 1
        parameters = {"retry_after": retry_after} if retry_after is not None else None
        if description is None:
            description = (
                f"Too Many Requests: retry after {retry_after}" if status == 429 else "Internal Server Error"
            )
        with self._cond:
            self._failures.setdefault(method.lower(), []).append(
                _Failure(status, description, parameters, times)
            )

    # ---- readers -------------------------------------------------------------------------------------

    def sent_messages(self, chat_id: int | None = None) -> list[Sent]:
        """What the bot sent (sendMessage/sendPhoto/sendDocument), oldest first."""
        with self._cond:
            return [s for s in self._sent if chat_id is None or s.chat_id == chat_id]

    def last_message(self, chat_id: int) -> Sent | None:
        sent = self.sent_messages(chat_id)
        return sent[-1] if sent else None

    def wait_for_message(
        self,
        chat_id: int,
        predicate: Callable[[Sent], bool] | None = None,
        timeout: float = 10.0,
        *,
        after: int = 0,
    ) -> Sent:
        """The first message to ``chat_id`` (from the ``after``-th on) matching ``predicate``.

        Raises TimeoutError listing what the bot did send, which is usually the clue.
        """

        def found() -> Sent | None:
            matches = [s for s in self.sent_messages(chat_id)[after:] if predicate is None or predicate(s)]
            return matches[0] if matches else None

        result = self.wait_for(found, timeout)
        if result is None:
            texts = [s.text for s in self.sent_messages(chat_id)]
            raise TimeoutError(
                f"no matching message to chat {chat_id} within {timeout}s; the bot sent {texts!r}"
            )
        return result

    async def wait_for_message_async(
        self,
        chat_id: int,
        predicate: Callable[[Sent], bool] | None = None,
        timeout: float = 10.0,
        *,
        after: int = 0,
    ) -> Sent:
        return await asyncio.to_thread(self.wait_for_message, chat_id, predicate, timeout, after=after)

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

    def message(self, chat_id: int, message_id: int) -> dict[str, Any] | None:
        """A message's current state (after edits), or None once deleted."""
        with self._cond:
            found = self._messages.get((chat_id, message_id))
            return copy.deepcopy(found) if found else None

    def edits(self, chat_id: int | None = None, message_id: int | None = None) -> list[Edit]:
        with self._cond:
            return [
                e
                for e in self._edits
                if (chat_id is None or e.chat_id == chat_id)
                and (message_id is None or e.message_id == message_id)
            ]

    def deleted(self) -> list[tuple[int, int]]:
        """(chat_id, message_id) of every message the bot deleted."""
        with self._cond:
            return list(self._deleted)

    def callback_answer(self, query_id: str) -> dict[str, Any] | None:
        """The answerCallbackQuery parameters for a query, or None while unanswered."""
        with self._cond:
            return self._callback_answers.get(query_id)

    def chat_actions(self, chat_id: int | None = None) -> list[str]:
        with self._cond:
            return [action for cid, action in self._chat_actions if chat_id is None or cid == chat_id]

    def commands(self, scope: dict[str, Any] | None = None, language_code: str = "") -> list[dict[str, str]]:
        with self._cond:
            return list(self._commands.get((_scope_key(scope), language_code), []))

    def menu_button(self, chat_id: int | None = None) -> dict[str, Any] | None:
        with self._cond:
            return self._menu_buttons.get(chat_id)

    def calls(self, method: str | None = None) -> list[Call]:
        """Every request, answered or failed, oldest first; ``method`` is case-insensitive."""
        with self._cond:
            return [c for c in self._calls if method is None or c.method.lower() == method.lower()]

    def updates(self) -> list[dict[str, Any]]:
        """Every update ever queued for the bot, delivered or not."""
        with self._cond:
            return copy.deepcopy(self._all_updates)

    @property
    def polls_waiting(self) -> int:
        """How many getUpdates requests are being held open right now (long polling)."""
        with self._cond:
            return self._waiting_polls

    def wait_for_polling(self, timeout: float = 15.0) -> None:
        """Block until the bot holds a getUpdates long poll open: a bot subprocess is then ready."""
        if not self.wait_for(lambda: self._waiting_polls > 0, timeout):
            raise TimeoutError(
                f"the bot did not start polling within {timeout}s; calls: {[c.method for c in self.calls()]}"
            )

    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates the bot has not confirmed yet (by a getUpdates offset past them)."""
        with self._cond:
            return copy.deepcopy(self._updates)

    # ---- HTTP entry points (called from the server's threads) -------------------------------------

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

    def handle_file(self, token: str, path: str) -> Reply:
        if token != self.token:
            return json_reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        with self._cond:
            stored = next((f for f in self._files.values() if f.file_path == path), None)
        if stored is None:
            return json_reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})
        return Reply(200, stored.content, stored.mime_type)

    # ---- internals: updates and messages -----------------------------------------------------------

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

    def _injected_failure(self, method: str) -> None:
        with self._cond:
            queue = self._failures.get(method.lower())
            if not queue:
                return
            failure = queue[0]
            failure.times -= 1
            if failure.times <= 0:
                queue.pop(0)
            raise ApiError(failure.status, failure.description, failure.parameters)

    def _push_update(self, kind: str, payload: dict[str, Any]) -> None:
        with self._cond:
            update = {"update_id": self._next_update_id, kind: copy.deepcopy(payload)}
            self._next_update_id += 1
            self._updates.append(update)
            self._all_updates.append(update)
            self._cond.notify_all()

    def _push_member_update(self, kind: str, chat: Chat, by: User, user: User, old: str, new: str) -> None:
        self._push_update(
            kind,
            {
                "chat": chat.to_api(),
                "from": by.to_api(),
                "date": int(time.time()),
                "old_chat_member": self._member_api(chat, user, old),
                "new_chat_member": self._member_api(chat, user, new),
            },
        )

    def _new_message(
        self,
        chat: Chat,
        sender: User,
        *,
        thread_id: int | None = None,
        reply_to: Sent | dict[str, Any] | int | None = None,
    ) -> dict[str, Any]:
        message_id = self._next_message_id.get(chat.id, 1)
        self._next_message_id[chat.id] = message_id + 1
        message: dict[str, Any] = {"message_id": message_id, "from": sender.to_api()}
        if chat.type == "channel":
            message.pop("from")
            message["sender_chat"] = chat.to_api()
        message["chat"] = chat.to_api()
        message["date"] = int(time.time())
        if thread_id is not None:
            if thread_id not in chat.topics:
                raise _bad_request("message thread not found")
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
            # In a topic, a message that replies to nothing replies to the topic's creation message.
            reply_to = reply_to if reply_to is not None else thread_id
        if reply_to is not None:
            reply_id = reply_to if isinstance(reply_to, int) else _address(reply_to)[1]
            original = self._messages.get((chat.id, reply_id))
            if original is None:
                raise _bad_request("message to be replied not found")
            nested = copy.deepcopy(original)
            nested.pop("reply_to_message", None)
            message["reply_to_message"] = nested
        return message

    def _store_and_deliver(self, message: dict[str, Any], chat: Chat) -> None:
        self._messages[(chat.id, message["message_id"])] = message
        if self._bot_receives(message, chat):
            self._push_update("channel_post" if chat.type == "channel" else "message", message)
        else:
            self._cond.notify_all()

    def _bot_receives(self, message: dict[str, Any], chat: Chat) -> bool:
        if chat.type == "private":
            return chat.id not in self._blocked
        status = chat.members.get(self.bot.id, "left")
        if status not in {"member", "administrator", "creator", "restricted"}:
            return "new_chat_members" in message and status != "kicked"
        if not self.privacy_mode or status in {"administrator", "creator"}:
            return True
        if "text" not in message and "caption" not in message and "document" not in message:
            return True  # service messages
        replied = message.get("reply_to_message") or {}
        if (replied.get("from") or {}).get("id") == self.bot.id:
            return True
        text = message.get("text") or message.get("caption") or ""
        for entity in message.get("entities") or message.get("caption_entities") or []:
            if entity["type"] == "bot_command":
                command = _utf16_slice(text, entity["offset"], entity["length"])
                target = command.partition("@")[2]
                if not target or target.lower() == (self.bot.username or "").lower():
                    return True
        return False

    def _member_api(self, chat: Chat, user: User, status: str) -> dict[str, Any]:
        member: dict[str, Any] = {"status": status, "user": user.to_api()}
        if status == "creator":
            member["is_anonymous"] = False
        elif status == "administrator":
            member.update(
                can_be_edited=False,
                is_anonymous=False,
                can_manage_chat=True,
                can_delete_messages=True,
                can_manage_video_chats=True,
                can_restrict_members=True,
                can_promote_members=False,
                can_change_info=True,
                can_invite_users=True,
                can_post_stories=False,
                can_edit_stories=False,
                can_delete_stories=False,
                can_pin_messages=True,
            )
            if chat.is_forum:
                member["can_manage_topics"] = True
        elif status == "restricted":
            member.update({name: False for name in _RESTRICTED_RIGHTS}, is_member=True, until_date=0)
        elif status == "kicked":
            member["until_date"] = 0
        return member

    def _store_file(self, content: bytes, mime_type: str, file_name: str, folder: str) -> StoredFile:
        number = next(self._ids)
        extension = file_name.rsplit(".", 1)[-1] if "." in file_name else "bin"
        stored = StoredFile(
            file_id=f"BQACAgUAAxkBAAI{number:08d}FakeKutipFile",
            file_unique_id=f"AgAD{number:06d}",
            file_path=f"{folder}/file_{number}.{extension}",
            content=content,
            mime_type=mime_type,
            file_name=file_name,
        )
        self._files[stored.file_id] = stored
        return stored

    # ---- Bot API methods ------------------------------------------------------------------------------

    def _methods(self) -> dict[str, Callable[[dict[str, Any]], Any]]:
        return {
            "getme": self._get_me,
            "getupdates": self._get_updates,
            "deletewebhook": self._delete_webhook,
            "setwebhook": self._set_webhook,
            "getwebhookinfo": self._get_webhook_info,
            "logout": lambda params: True,
            "close": lambda params: True,
            "sendmessage": self._send_message,
            "sendphoto": lambda params: self._send_media("sendPhoto", "photo", params),
            "senddocument": lambda params: self._send_media("sendDocument", "document", params),
            "editmessagetext": self._edit_message_text,
            "editmessagecaption": self._edit_message_caption,
            "editmessagereplymarkup": self._edit_message_reply_markup,
            "deletemessage": self._delete_message,
            "answercallbackquery": self._answer_callback_query,
            "sendchataction": self._send_chat_action,
            "getchat": self._get_chat,
            "getchatmember": self._get_chat_member,
            "getchatadministrators": self._get_chat_administrators,
            "setmycommands": self._set_my_commands,
            "getmycommands": self._get_my_commands,
            "deletemycommands": self._delete_my_commands,
            "setchatmenubutton": self._set_chat_menu_button,
            "getchatmenubutton": self._get_chat_menu_button,
            "getfile": self._get_file,
        }

    def _get_me(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            **self.bot.to_api(),
            "can_join_groups": True,
            "can_read_all_group_messages": not self.privacy_mode,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        deadline = time.monotonic() + max(float(params.get("timeout") or 0), 0)
        with self._cond:
            if self.webhook.get("url"):
                raise ApiError(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
                )
            self._poll_generation += 1
            generation = self._poll_generation
            self._cond.notify_all()  # an older long poll is answered 409, as Telegram does
            if "allowed_updates" in params:
                allowed = params["allowed_updates"] or []
                self._allowed_updates = set(allowed) if allowed else None
            if offset > 0:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
            elif offset < 0:
                self._updates = self._updates[offset:]
            self._waiting_polls += 1
            self._cond.notify_all()
            try:
                while True:
                    if self._stopping:
                        return []
                    if generation != self._poll_generation:
                        raise ApiError(
                            409,
                            "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
                        )
                    self._updates = [u for u in self._updates if self._is_allowed(u)]
                    if self._updates:
                        return copy.deepcopy(self._updates[:limit])
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        return []
                    self._cond.wait(remaining)
            finally:
                self._waiting_polls -= 1
                self._cond.notify_all()

    def _is_allowed(self, update: dict[str, Any]) -> bool:
        kind = next(k for k in update if k != "update_id")
        if self._allowed_updates is None:
            return kind not in DEFAULT_EXCLUDED_UPDATES
        return kind in self._allowed_updates

    def _delete_webhook(self, params: dict[str, Any]) -> bool:
        with self._cond:
            self.webhook = {}
            if params.get("drop_pending_updates"):
                self._updates.clear()
            return True

    def _set_webhook(self, params: dict[str, Any]) -> bool:
        url = params.get("url") or ""
        with self._cond:
            if url and not url.startswith("https://"):
                raise _bad_request("bad webhook: An HTTPS URL must be provided for webhook")
            self.webhook = {k: v for k, v in params.items() if not isinstance(v, UploadedFile)} if url else {}
            if params.get("drop_pending_updates"):
                self._updates.clear()
            return True

    def _get_webhook_info(self, params: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            info: dict[str, Any] = {
                "url": self.webhook.get("url", ""),
                "has_custom_certificate": False,
                "pending_update_count": len(self._updates),
            }
            if self.webhook.get("allowed_updates"):
                info["allowed_updates"] = self.webhook["allowed_updates"]
            return info

    def _chat(self, chat_id: Any) -> Chat:
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            found = next(
                (
                    c
                    for c in self._chats.values()
                    if c.username and f"@{c.username}".lower() == chat_id.lower()
                ),
                None,
            )
        else:
            try:
                found = self._chats.get(int(chat_id))
            except (TypeError, ValueError):
                found = None
        if found is None and isinstance(chat_id, int) and chat_id in self._users:
            raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
        if found is None:
            raise _bad_request("chat not found")
        return found

    def _writable_chat(self, chat_id: Any) -> Chat:
        """The chat, if the bot may post there; otherwise Telegram's 403."""
        chat = self._chat(chat_id)
        if chat.type == "private":
            if chat.id in self._blocked:
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            return chat
        kind = (
            "supergroup chat"
            if chat.type == "supergroup"
            else "group chat"
            if chat.type == "group"
            else "channel chat"
        )
        status = chat.members.get(self.bot.id, "left")
        if status == "kicked":
            raise ApiError(403, f"Forbidden: bot was kicked from the {kind}")
        if status == "left":
            raise ApiError(403, f"Forbidden: bot is not a member of the {kind}")
        return chat

    def _format(
        self, text: str, params: dict[str, Any], entities_key: str
    ) -> tuple[str, list[dict[str, Any]], str | None]:
        """(plain text, entities, raw html or None) per parse_mode, raising Telegram's parse error."""
        mode = (params.get("parse_mode") or "").lower()
        if mode == "html":
            try:
                plain, entities = parse_html(text)
            except HtmlParseError as error:
                raise _bad_request(f"can't parse entities: {error}") from None
            return plain, entities, text
        return text, list(params.get(entities_key) or []), None

    def _reply_markup(self, params: dict[str, Any]) -> dict[str, Any] | None:
        """The inline keyboard to store on the message, after Telegram's checks; other keyboards are not echoed."""
        markup = params.get("reply_markup")
        if not isinstance(markup, dict) or "inline_keyboard" not in markup:
            return None
        rows = markup["inline_keyboard"]
        for row in rows:
            for button in row:
                if not button.get("text"):
                    raise _bad_request("can't parse inline keyboard button: Text must be non-empty")
                if (
                    "callback_data" in button
                    and not 1 <= len(button["callback_data"].encode("utf-8")) <= MAX_CALLBACK_DATA
                ):
                    raise _bad_request("BUTTON_DATA_INVALID")
                actions = set(button) - {"text", "style", "icon_custom_emoji_id"}
                if not actions:
                    raise _bad_request(
                        "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
                    )
        return {"inline_keyboard": copy.deepcopy(rows)} if any(rows) else None

    def _reply_target(self, chat: Chat, params: dict[str, Any]) -> int | None:
        reply = params.get("reply_parameters") or {}
        reply_id = reply.get("message_id") or params.get("reply_to_message_id")
        if not reply_id:
            return None
        if (chat.id, int(reply_id)) not in self._messages:
            if reply.get("allow_sending_without_reply") or params.get("allow_sending_without_reply"):
                return None
            raise _bad_request("message to be replied not found")
        return int(reply_id)

    def _bot_message(self, chat: Chat, params: dict[str, Any]) -> dict[str, Any]:
        thread_id = params.get("message_thread_id") if chat.is_forum else None
        if thread_id is not None and int(thread_id) not in chat.topics:
            raise _bad_request("message thread not found")
        reply_to = self._reply_target(chat, params)
        return self._new_message(
            chat, self.bot, thread_id=int(thread_id) if thread_id else None, reply_to=reply_to
        )

    def _record_sent(
        self,
        method: str,
        chat: Chat,
        message: dict[str, Any],
        text: str,
        html: str | None,
        params: dict[str, Any],
    ) -> dict[str, Any]:
        self._messages[(chat.id, message["message_id"])] = message
        shown = {k: v for k, v in params.items() if not isinstance(v, UploadedFile)}
        self._sent.append(
            Sent(
                method,
                chat.id,
                message["message_id"],
                text,
                html,
                copy.deepcopy(message),
                shown,
                time.monotonic(),
            )
        )
        self._cond.notify_all()
        return copy.deepcopy(message)

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            chat = self._writable_chat(params.get("chat_id"))
            raw = str(params.get("text") or "")
            if not raw.strip():
                raise _bad_request("message text is empty")
            plain, entities, html = self._format(raw, params, "entities")
            if not plain.strip():
                raise _bad_request("message text is empty")
            if _utf16_len(plain) > MAX_TEXT:
                raise _bad_request("message is too long")
            markup = self._reply_markup(params)
            message = self._bot_message(chat, params)
            message["text"] = plain
            if entities:
                message["entities"] = entities
            if options := params.get("link_preview_options"):
                message["link_preview_options"] = options
            elif params.get("disable_web_page_preview"):
                message["link_preview_options"] = {"is_disabled": True}
            if markup:
                message["reply_markup"] = markup
            return self._record_sent("sendMessage", chat, message, plain, html, params)

    def _send_media(self, method: str, kind: str, params: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            chat = self._writable_chat(params.get("chat_id"))
            media = params.get(kind)
            if isinstance(media, UploadedFile):
                stored = self._store_file(media.content, media.mime_type, media.filename, folder=f"{kind}s")
            elif isinstance(media, str) and media in self._files:
                stored = self._files[media]
            elif isinstance(media, str) and media.startswith(("http://", "https://")):
                stored = self._store_file(
                    b"", "application/octet-stream", media.rsplit("/", 1)[-1], folder=f"{kind}s"
                )
            else:
                raise _bad_request(
                    f"there is no {kind} in the request"
                    if not media
                    else "wrong file identifier/HTTP URL specified"
                )
            caption, entities, html = self._format(
                str(params.get("caption") or ""), params, "caption_entities"
            )
            if _utf16_len(caption) > MAX_CAPTION:
                raise _bad_request("message caption is too long")
            markup = self._reply_markup(params)
            message = self._bot_message(chat, params)
            if kind == "photo":
                message["photo"] = [
                    {
                        "file_id": stored.file_id,
                        "file_unique_id": stored.file_unique_id,
                        "file_size": len(stored.content),
                        "width": 1280,
                        "height": 720,
                    }
                ]
            else:
                message["document"] = _document_api(stored)
            if caption:
                message["caption"] = caption
                if entities:
                    message["caption_entities"] = entities
            if markup:
                message["reply_markup"] = markup
            return self._record_sent(method, chat, message, caption, html, params)

    def _editable(self, params: dict[str, Any]) -> tuple[Chat, dict[str, Any]]:
        if params.get("inline_message_id"):
            raise _bad_request("inline messages are not supported by the fake")
        chat = self._writable_chat(params.get("chat_id"))
        message = self._messages.get((chat.id, int(params.get("message_id") or 0)))
        if message is None:
            raise _bad_request("message to edit not found")
        if (message.get("from") or {}).get("id") != self.bot.id:
            raise _bad_request("message can't be edited")
        return chat, message

    def _apply_edit(
        self,
        method: str,
        chat: Chat,
        message: dict[str, Any],
        changes: dict[str, Any],
        html: str | None,
        params: dict[str, Any],
    ) -> dict[str, Any]:
        updated = {k: v for k, v in message.items() if k not in changes}
        updated.update({k: v for k, v in changes.items() if v})
        comparable = ("text", "entities", "caption", "caption_entities", "reply_markup")
        if all(updated.get(k) == message.get(k) for k in comparable):
            raise _bad_request(
                "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message"
            )
        updated["edit_date"] = int(time.time())
        self._messages[(chat.id, message["message_id"])] = updated
        text = updated.get("text", updated.get("caption"))
        shown = {k: v for k, v in params.items() if not isinstance(v, UploadedFile)}
        self._edits.append(
            Edit(
                method,
                chat.id,
                message["message_id"],
                text,
                html,
                updated.get("reply_markup"),
                shown,
                time.monotonic(),
            )
        )
        self._cond.notify_all()
        return copy.deepcopy(updated)

    def _edit_message_text(self, params: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            chat, message = self._editable(params)
            if "text" not in message:
                raise _bad_request("there is no text in the message to edit")
            raw = str(params.get("text") or "")
            if not raw.strip():
                raise _bad_request("message text is empty")
            plain, entities, html = self._format(raw, params, "entities")
            if _utf16_len(plain) > MAX_TEXT:
                raise _bad_request("MESSAGE_TOO_LONG")
            changes = {"text": plain, "entities": entities, "reply_markup": self._reply_markup(params)}
            return self._apply_edit("editMessageText", chat, message, changes, html, params)

    def _edit_message_caption(self, params: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            chat, message = self._editable(params)
            if "text" in message:
                raise _bad_request("there is no caption in the message to edit")
            caption, entities, html = self._format(
                str(params.get("caption") or ""), params, "caption_entities"
            )
            if _utf16_len(caption) > MAX_CAPTION:
                raise _bad_request("message caption is too long")
            changes = {
                "caption": caption,
                "caption_entities": entities,
                "reply_markup": self._reply_markup(params),
            }
            return self._apply_edit("editMessageCaption", chat, message, changes, html, params)

    def _edit_message_reply_markup(self, params: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            chat, message = self._editable(params)
            keep = {
                k: message[k] for k in ("text", "entities", "caption", "caption_entities") if k in message
            }
            changes = {**keep, "reply_markup": self._reply_markup(params)}
            return self._apply_edit("editMessageReplyMarkup", chat, message, changes, None, params)

    def _delete_message(self, params: dict[str, Any]) -> bool:
        with self._cond:
            chat = self._writable_chat(params.get("chat_id"))
            key = (chat.id, int(params.get("message_id") or 0))
            message = self._messages.get(key)
            if message is None:
                raise _bad_request("message to delete not found")
            own = (message.get("from") or {}).get("id") == self.bot.id
            admin = chat.members.get(self.bot.id) in {"administrator", "creator"}
            if not (own or admin or chat.type == "private"):
                raise _bad_request("message can't be deleted")
            del self._messages[key]
            self._deleted.append(key)
            self._cond.notify_all()
            return True

    def _answer_callback_query(self, params: dict[str, Any]) -> bool:
        with self._cond:
            query_id = str(params.get("callback_query_id") or "")
            if query_id not in self._callback_queries:
                raise _bad_request("query is too old and response timeout expired or query ID is invalid")
            if query_id in self._callback_answers:
                raise _bad_request("query is too old and response timeout expired or query ID is invalid")
            if len(str(params.get("text") or "")) > 200:
                raise _bad_request("MESSAGE_TOO_LONG")
            self._callback_answers[query_id] = dict(params)
            self._cond.notify_all()
            return True

    def _send_chat_action(self, params: dict[str, Any]) -> bool:
        with self._cond:
            chat = self._writable_chat(params.get("chat_id"))
            action = params.get("action")
            if action not in CHAT_ACTIONS:
                raise _bad_request("wrong parameter action in request")
            self._chat_actions.append((chat.id, action))
            self._cond.notify_all()
            return True

    def _readable_chat(self, chat_id: Any) -> Chat:
        chat = self._chat(chat_id)
        return chat if chat.type == "private" else self._writable_chat(chat_id)

    def _get_chat(self, params: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            chat = self._readable_chat(params.get("chat_id"))
            info = chat.to_api()
            info.update(
                accent_color_id=0,
                max_reaction_count=11,
                accepted_gift_types={
                    "unlimited_gifts": False,
                    "limited_gifts": False,
                    "unique_gifts": False,
                    "premium_subscription": False,
                    "gifts_from_channels": False,
                },
            )
            return info

    def _get_chat_member(self, params: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            chat = self._readable_chat(params.get("chat_id"))
            user = self._users.get(int(params.get("user_id") or 0))
            if user is None:
                raise _bad_request("user not found")
            return self._member_api(chat, user, chat.members.get(user.id, "left"))

    def _get_chat_administrators(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        with self._cond:
            chat = self._readable_chat(params.get("chat_id"))
            if chat.type == "private":
                raise _bad_request("there are no administrators in the private chat")
            return [
                self._member_api(chat, self._users[uid], status)
                for uid, status in chat.members.items()
                if status in {"creator", "administrator"}
            ]

    def _set_my_commands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands") or []
        if not isinstance(commands, list) or len(commands) > 100:
            raise _bad_request("BOT_COMMANDS_TOO_MUCH")
        for command in commands:
            if not _BOT_COMMAND_NAME.fullmatch(str(command.get("command", ""))):
                raise _bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise _bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        with self._cond:
            key = (_scope_key(params.get("scope")), params.get("language_code") or "")
            self._commands[key] = [
                {"command": c["command"], "description": c["description"]} for c in commands
            ]
            self._cond.notify_all()
            return True

    def _get_my_commands(self, params: dict[str, Any]) -> list[dict[str, str]]:
        return self.commands(params.get("scope"), params.get("language_code") or "")

    def _delete_my_commands(self, params: dict[str, Any]) -> bool:
        with self._cond:
            self._commands.pop((_scope_key(params.get("scope")), params.get("language_code") or ""), None)
            return True

    def _set_chat_menu_button(self, params: dict[str, Any]) -> bool:
        with self._cond:
            chat_id = params.get("chat_id")
            if chat_id is not None:
                chat_id = self._chat(chat_id).id
            self._menu_buttons[chat_id] = params.get("menu_button") or {"type": "default"}
            self._cond.notify_all()
            return True

    def _get_chat_menu_button(self, params: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            chat_id = params.get("chat_id")
            chat_key = self._chat(chat_id).id if chat_id is not None else None
            return self._menu_buttons.get(chat_key) or self._menu_buttons.get(None) or {"type": "commands"}

    def _get_file(self, params: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            stored = self._files.get(str(params.get("file_id") or ""))
            if stored is None:
                raise _bad_request("invalid file_id")
            if len(stored.content) > MAX_DOWNLOAD:
                raise _bad_request("file is too big")
            return stored.to_api()


_RESTRICTED_RIGHTS = (
    "can_send_messages",
    "can_send_audios",
    "can_send_documents",
    "can_send_photos",
    "can_send_videos",
    "can_send_video_notes",
    "can_send_voice_notes",
    "can_send_polls",
    "can_send_other_messages",
    "can_add_web_page_previews",
    "can_change_info",
    "can_invite_users",
    "can_pin_messages",
    "can_manage_topics",
    "can_edit_tag",
    "can_react_to_messages",
)


def detect_entities(text: str, *, commands: bool = True) -> list[dict[str, Any]]:
    """The entities Telegram's clients attach to plain text: bot_command, mention, url.

    ``detect_entities("/tanya@kutip_test_bot siapa?")`` -> [{"type": "bot_command", "offset": 0, "length": 21}]
    """
    found: list[dict[str, Any]] = []
    patterns = [("url", _URL), ("mention", _MENTION)]
    if commands:
        patterns.insert(0, ("bot_command", _COMMAND))
    taken: list[range] = []
    for kind, pattern in patterns:
        for match in pattern.finditer(text):
            span = range(match.start(), match.end())
            if any(span.start < t.stop and t.start < span.stop for t in taken):
                continue
            taken.append(span)
            found.append(
                {
                    "type": kind,
                    "offset": _utf16_len(text[: match.start()]),
                    "length": _utf16_len(match.group(0)),
                }
            )
    return sorted(found, key=lambda e: e["offset"])


def _document_api(stored: StoredFile) -> dict[str, Any]:
    return {
        "file_name": stored.file_name,
        "mime_type": stored.mime_type,
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": len(stored.content),
    }


def _address(message: Sent | dict[str, Any]) -> tuple[int, int]:
    if isinstance(message, Sent):
        return message.chat_id, message.message_id
    return message["chat"]["id"], message["message_id"]


def _scope_key(scope: dict[str, Any] | None) -> str:
    return json.dumps(scope or {"type": "default"}, sort_keys=True)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _utf16_slice(text: str, offset: int, length: int) -> str:
    encoded = text.encode("utf-16-le")
    return encoded[offset * 2 : (offset + length) * 2].decode("utf-16-le")
