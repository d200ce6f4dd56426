"""Edits and deletions of the bot's messages, refused where Telegram refuses them."""

from __future__ import annotations

import copy
import time
from typing import Any

from tests.e2e.fake_telegram.core import MAX_CAPTION, MAX_TEXT, Chat, Edit, FakeCore, _bad_request, _utf16_len
from tests.e2e.fake_telegram_http import UploadedFile


class Edits(FakeCore):
    """editMessageText, editMessageCaption, editMessageReplyMarkup and deleteMessage."""

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
