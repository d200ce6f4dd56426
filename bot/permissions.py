"""Who may do what. Reading is for everyone; feeding kutip is for bot admins (KUTIP_ADMIN_IDS);
a group's digest settings are for that group's Telegram administrators and bot admins, and in a
private chat for the user.

`allowed` is the rule, pure and table-tested; `may` asks Telegram for the facts it needs.
"""

from __future__ import annotations

from typing import Literal

from telegram import Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError

from bot.context import Context

Need = Literal["read", "bot_admin", "chat_admin"]
CHAT_ADMIN_STATUSES = (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR)


def allowed(need: Need, *, bot_admin: bool, private: bool, member_status: str | None) -> bool:
    if need == "read":
        return True
    if bot_admin:
        return True
    if need == "bot_admin":
        return False
    return private or member_status in CHAT_ADMIN_STATUSES


async def may(update: Update, context: Context, need: Need) -> bool:
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return False
    bot_admin = user.id in context.bot_data.settings.admin_ids
    private = chat.type == ChatType.PRIVATE
    status = None
    if need == "chat_admin" and not bot_admin and not private:
        message = update.effective_message
        if message is not None and message.sender_chat is not None and message.sender_chat.id == chat.id:
            return True  # an anonymous admin posting as the group
        try:
            status = (await context.bot.get_chat_member(chat.id, user.id)).status
        except TelegramError:
            status = None
    return allowed(need, bot_admin=bot_admin, private=private, member_status=status)
