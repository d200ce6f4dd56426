"""One settings object, read once at start from the environment and an optional `.env`.

Names are a contract with operators: TELEGRAM_BOT_TOKEN, TELEGRAM_API_BASE_URL, KUTIP_DATABASE_URL,
KUTIP_ADMIN_IDS, KUTIP_TIMEZONE, KUTIP_FETCH_ALLOW_HOSTS; the rest are KUTIP_*. A malformed value
stops the program with a message that names the setting.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///./data/kutip.db"


class SettingsError(Exception):
    """A setting has a value kutip cannot use; the message names it."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", frozen=True, use_attribute_docstrings=True
    )

    telegram_bot_token: SecretStr | None = Field(None, validation_alias="TELEGRAM_BOT_TOKEN")
    """the bot's token from @BotFather"""
    telegram_api_base_url: str = Field("https://api.telegram.org", validation_alias="TELEGRAM_API_BASE_URL")
    """Bot API server root"""
    database_url: str = Field(DEFAULT_DATABASE_URL, validation_alias="KUTIP_DATABASE_URL")
    """SQLite or postgresql://user@host/db"""
    admin_ids: Annotated[frozenset[int], NoDecode] = Field(frozenset(), validation_alias="KUTIP_ADMIN_IDS")
    """comma-separated user ids of bot admins"""
    timezone: str = Field("Asia/Jakarta", validation_alias="KUTIP_TIMEZONE")
    """time zone for digests"""
    fetch_allow_hosts: Annotated[frozenset[str], NoDecode] = Field(
        frozenset(), validation_alias="KUTIP_FETCH_ALLOW_HOSTS"
    )
    """host[:port] fetched although private"""
    fetch_max_bytes: int = Field(5_000_000, gt=0, validation_alias="KUTIP_FETCH_MAX_BYTES")
    """largest page fetched, in bytes"""
    fetch_timeout: float = Field(15.0, gt=0, validation_alias="KUTIP_FETCH_TIMEOUT")
    """seconds to wait for a page"""
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

    @field_validator("fetch_allow_hosts", mode="before")
    @classmethod
    def _parse_hosts(cls, value: object) -> object:
        """`"127.0.0.1:8000, feeds.local"` (commas, spaces or both) → {"127.0.0.1:8000", "feeds.local"}."""
        if isinstance(value, str):
            return frozenset(p.lower() for p in re.split(r"[,\s]+", value) if p)
        return value

    @field_validator("timezone")
    @classmethod
    def _check_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r} (expected e.g. Asia/Jakarta)") from exc
        return value

    @field_validator("database_url")
    @classmethod
    def _check_db(cls, value: str) -> str:
        if not value.startswith(("sqlite:", "postgresql:", "postgresql+", "postgres:")):
            raise ValueError(f"expected a sqlite:/// or postgresql:// URL, got {value!r}")
        return value

    @field_validator("telegram_api_base_url")
    @classmethod
    def _check_base(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError(f"expected an http(s):// URL, got {value!r}")
        return value.rstrip("/")

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


_ALIASES = {name: (field.validation_alias or name) for name, field in Settings.model_fields.items()}


def load_settings(**overrides: object) -> Settings:
    """Read settings; `overrides` with a None value are ignored (`--db` not given)."""
    given = {_ALIASES[k]: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**given)
    except ValidationError as exc:
        problems = "; ".join(
            f"{_ALIASES.get(str(e['loc'][0]), e['loc'][0])}: {e['msg']}" for e in exc.errors()
        )
        raise SettingsError(f"invalid setting — {problems}") from None


def describe_settings() -> str:
    """The settings table for `kutip bot --help`, made from the fields so it cannot fall behind:
    `  KUTIP_TIMEZONE  time zone for digests (default Asia/Jakarta)`."""
    width = max(map(len, _ALIASES.values()))
    lines = ["settings (from the environment or ./.env):"]
    for name, field in Settings.model_fields.items():
        default = field.default
        shown = (
            f" (default {default:g})"
            if isinstance(default, float)
            else f" (default {default})"
            if default
            else ""
        )
        lines.append(f"  {_ALIASES[name]:<{width}}  {field.description}{shown}")
    return "\n".join(lines)
