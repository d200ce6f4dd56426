"""The bot's settings: Telegram (token, Bot API server, webhook), who administers it, and the pace of
its digests, feeds and questions — on top of the pipeline's own (`kutip.settings.Settings`), so the
one object a process reads at start carries both.

Names are a contract with operators: TELEGRAM_BOT_TOKEN, TELEGRAM_API_BASE_URL, KUTIP_ADMIN_IDS,
KUTIP_TIMEZONE; the rest are KUTIP_*.
"""

from __future__ import annotations

from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import NoDecode

from kutip.settings import Settings, load_settings


class BotSettings(Settings):
    telegram_bot_token: SecretStr | None = Field(None, validation_alias="TELEGRAM_BOT_TOKEN")
    """the bot's token from @BotFather"""
    telegram_api_base_url: str = Field("https://api.telegram.org", validation_alias="TELEGRAM_API_BASE_URL")
    """Bot API server root"""
    admin_ids: Annotated[frozenset[int], NoDecode] = Field(frozenset(), validation_alias="KUTIP_ADMIN_IDS")
    """comma-separated user ids of bot admins"""
    timezone: str = Field("Asia/Jakarta", validation_alias="KUTIP_TIMEZONE")
    """time zone for digests"""
    mode: Literal["polling", "webhook"] = Field("polling", validation_alias="KUTIP_MODE")
    """polling or webhook"""
    webhook_url: str | None = Field(None, validation_alias="KUTIP_WEBHOOK_URL")
    """public https address (webhook mode)"""
    webhook_listen: str = Field("0.0.0.0", validation_alias="KUTIP_WEBHOOK_LISTEN")
    """address to listen on"""
    webhook_port: int = Field(8443, gt=0, lt=65536, validation_alias="KUTIP_WEBHOOK_PORT")
    """port to listen on"""
    webhook_secret: SecretStr | None = Field(None, validation_alias="KUTIP_WEBHOOK_SECRET")
    """secret Telegram sends with every update"""
    feed_poll_minutes: float = Field(15.0, gt=0, validation_alias="KUTIP_FEED_POLL_MINUTES")
    """minutes between reads of a feed"""
    questions_per_minute: int = Field(20, gt=0, validation_alias="KUTIP_QUESTIONS_PER_MINUTE")
    """questions one user may ask a minute"""
    tick_seconds: float = Field(30.0, ge=0.2, le=3600, validation_alias="KUTIP_TICK_SECONDS")
    """seconds between checks for due work"""

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _parse_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.split(",") if p.strip()]
            try:
                return frozenset(int(p) for p in parts)
            except ValueError as exc:
                raise ValueError(f"expected comma-separated numeric user ids, got {value!r}") from exc
        return value

    @field_validator("timezone")
    @classmethod
    def _check_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r} (expected e.g. Asia/Jakarta)") from exc
        return value

    @field_validator("telegram_api_base_url")
    @classmethod
    def _check_base(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError(f"expected an http(s):// URL, got {value!r}")
        return value.rstrip("/")


def load_bot_settings(**overrides: object) -> BotSettings:
    """Everything a `kutip` process reads (`load_bot_settings(database_url="sqlite:///x.db")`): the
    command line reads these for every command, so a malformed setting stops each one alike."""
    return load_settings(BotSettings, **overrides)
