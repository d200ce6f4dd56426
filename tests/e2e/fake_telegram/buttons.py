"""Inline keyboards: the checks on the buttons the bot sends, users pressing them, and the answers."""

from __future__ import annotations

import copy
from typing import Any

from tests.e2e.fake_telegram.core import MAX_CALLBACK_DATA, FakeCore, Sent, User, _address, _bad_request


class Buttons(FakeCore):
    """reply_markup, callback queries and answerCallbackQuery."""

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

    def callback_answer(self, query_id: str) -> dict[str, Any] | None:
        """The answerCallbackQuery parameters for a query, or None while unanswered."""
        with self._cond:
            return self._callback_answers.get(query_id)

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
