"""Users, chats and members: the world the test builds, and the Bot API methods that read it
(getChat, getChatMember, getChatAdministrators) or need a chat the bot may write to.
"""

from __future__ import annotations

import time
from typing import Any

from tests.e2e.fake_telegram.core import ApiError, Chat, FakeCore, User, _bad_request

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


class Chats(FakeCore):
    """Who is where, with which status; each change sends the member update Telegram sends."""

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

    def chat_actions(self, chat_id: int | None = None) -> list[str]:
        with self._cond:
            return [action for cid, action in self._chat_actions if chat_id is None or cid == chat_id]

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

    def _send_chat_action(self, params: dict[str, Any]) -> bool:
        with self._cond:
            chat = self._writable_chat(params.get("chat_id"))
            action = params.get("action")
            if action not in CHAT_ACTIONS:
                raise _bad_request("wrong parameter action in request")
            self._chat_actions.append((chat.id, action))
            self._cond.notify_all()
            return True


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
