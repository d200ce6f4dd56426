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

The fake is split by concern, one mixin per module over `core.FakeCore` (the state and its lock):
`updates` (the queue, getUpdates), `webhook`, `messages` (users send, the bot sends), `edits`,
`buttons` (inline keyboards, callback queries), `files`, `chats` (users, chats, members),
`profile` (getMe, commands, menu button) and `faults` (fail_next, calls). `FakeTelegram` joins them
and lists every Bot API method it answers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.e2e.fake_telegram.buttons import Buttons
from tests.e2e.fake_telegram.chats import Chats
from tests.e2e.fake_telegram.core import BOT_TOKEN, ApiError, Call, Chat, Edit, Sent, StoredFile, User
from tests.e2e.fake_telegram.edits import Edits
from tests.e2e.fake_telegram.faults import Faults
from tests.e2e.fake_telegram.files import Files
from tests.e2e.fake_telegram.messages import Messages, detect_entities
from tests.e2e.fake_telegram.profile import Profile
from tests.e2e.fake_telegram.updates import Updates
from tests.e2e.fake_telegram.webhook import Webhook

__all__ = [
    "BOT_TOKEN",
    "ApiError",
    "Call",
    "Chat",
    "Edit",
    "FakeTelegram",
    "Sent",
    "StoredFile",
    "User",
    "detect_entities",
]


class FakeTelegram(Chats, Messages, Edits, Buttons, Files, Updates, Webhook, Profile, Faults):
    """Telegram's Bot API for one bot; see the module docstring for a tour."""

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
