"""Messages: users sending and forwarding (delivered or not, by privacy mode), and the bot's
sendMessage with Telegram's checks on text, HTML, replies and threads.
"""

from __future__ import annotations

import asyncio
import copy
import re
import time
from collections.abc import Callable
from typing import Any

from tests.e2e.fake_telegram.core import (
    MAX_TEXT,
    Chat,
    FakeCore,
    Sent,
    User,
    _address,
    _bad_request,
    _utf16_len,
    _utf16_slice,
)
from tests.e2e.fake_telegram_http import UploadedFile
from tests.e2e.telegram_html import HtmlParseError, parse_html

_COMMAND = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")
_MENTION = re.compile(r"(?<!\w)@[A-Za-z0-9_]{5,32}")
_URL = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]']")


class Messages(FakeCore):
    """What users send and what the bot sends."""

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

    def message(self, chat_id: int, message_id: int) -> dict[str, Any] | None:
        """A message's current state (after edits), or None once deleted."""
        with self._cond:
            found = self._messages.get((chat_id, message_id))
            return copy.deepcopy(found) if found else None

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
