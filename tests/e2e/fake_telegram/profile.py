"""The bot's own profile: getMe, its command lists and menu buttons."""

from __future__ import annotations

import json
import re
from typing import Any

from tests.e2e.fake_telegram.core import FakeCore, _bad_request

_BOT_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")


class Profile(FakeCore):
    """getMe, set/get/deleteMyCommands, set/getChatMenuButton."""

    def commands(self, scope: dict[str, Any] | None = None, language_code: str = "") -> list[dict[str, str]]:
        with self._cond:
            return list(self._commands.get((_scope_key(scope), language_code), []))

    def menu_button(self, chat_id: int | None = None) -> dict[str, Any] | None:
        with self._cond:
            return self._menu_buttons.get(chat_id)

    def _get_me(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            **self.bot.to_api(),
            "can_join_groups": True,
            "can_read_all_group_messages": not self.privacy_mode,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

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


def _scope_key(scope: dict[str, Any] | None) -> str:
    return json.dumps(scope or {"type": "default"}, sort_keys=True)
