"""What the bot's handlers and jobs share, typed: `context.bot_data` is a `BotData`, not a dict of
string keys, so a misspelt service is an error a type checker (and a reader) sees.

PTB builds `bot_data` from `CONTEXT_TYPES` with no arguments, before the store and settings exist:
`bot.app.build_application` fills them in right after, and reading one earlier is a bug that raises.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from telegram.ext import CallbackContext, ContextTypes, ExtBot

from bot.ratelimit import RateLimiter
from bot.settings import BotSettings
from storage.db import Store


@dataclass
class BotData:
    store: Store = field(init=False)
    settings: BotSettings = field(init=False)
    limiter: RateLimiter = field(init=False)  # questions per user per minute
    # recent button keys known to be stored (`bot.handlers.questions`): asking one again costs no write
    questions: OrderedDict[str, str] = field(default_factory=OrderedDict)


Context = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]
CONTEXT_TYPES = ContextTypes(bot_data=BotData)
