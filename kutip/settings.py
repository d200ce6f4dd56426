"""The settings the pipeline itself reads — where the database is, what may be fetched — and the
machinery that reads any settings class once at start from the environment and an optional `.env`.

The bot's settings (`bot.settings.BotSettings`: the Telegram token, webhook, digests) extend this
class, so one object still carries everything a process reads. Names are a contract with operators:
KUTIP_DATABASE_URL, KUTIP_FETCH_ALLOW_HOSTS, KUTIP_FETCH_MAX_BYTES, KUTIP_FETCH_TIMEOUT. A malformed
value stops the program with a message that names the setting.
"""

from __future__ import annotations

import re
from typing import Annotated, TypeVar

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///./data/kutip.db"


class SettingsError(Exception):
    """A setting has a value kutip cannot use; the message names it."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", frozen=True, use_attribute_docstrings=True
    )

    database_url: str = Field(DEFAULT_DATABASE_URL, validation_alias="KUTIP_DATABASE_URL")
    """SQLite or postgresql://user@host/db"""
    fetch_allow_hosts: Annotated[frozenset[str], NoDecode] = Field(
        frozenset(), validation_alias="KUTIP_FETCH_ALLOW_HOSTS"
    )
    """host[:port] fetched although private"""
    fetch_max_bytes: int = Field(5_000_000, gt=0, validation_alias="KUTIP_FETCH_MAX_BYTES")
    """largest page fetched, in bytes"""
    fetch_timeout: float = Field(15.0, gt=0, validation_alias="KUTIP_FETCH_TIMEOUT")
    """seconds to wait for a page"""

    @field_validator("fetch_allow_hosts", mode="before")
    @classmethod
    def _parse_hosts(cls, value: object) -> object:
        """`"127.0.0.1:8000, feeds.local"` (commas, spaces or both) → {"127.0.0.1:8000", "feeds.local"}."""
        if isinstance(value, str):
            return frozenset(p.lower() for p in re.split(r"[,\s]+", value) if p)
        return value

    @field_validator("database_url")
    @classmethod
    def _check_db(cls, value: str) -> str:
        if not value.startswith(("sqlite:", "postgresql:", "postgresql+", "postgres:")):
            raise ValueError(f"expected a sqlite:/// or postgresql:// URL, got {value!r}")
        return value


S = TypeVar("S", bound=Settings)


def _aliases(model: type[Settings]) -> dict[str, str]:
    """Field name → the variable operators set: `database_url` → `KUTIP_DATABASE_URL`."""
    return {name: str(field.validation_alias or name) for name, field in model.model_fields.items()}


def load_settings(model: type[S] = Settings, **overrides: object) -> S:
    """Read settings of `model`; `overrides` with a None value are ignored (`--db` not given)."""
    aliases = _aliases(model)
    given = {aliases[k]: v for k, v in overrides.items() if v is not None}
    try:
        return model(**given)
    except ValidationError as exc:
        problems = "; ".join(
            f"{aliases.get(str(e['loc'][0]), e['loc'][0])}: {e['msg']}" for e in exc.errors()
        )
        raise SettingsError(f"invalid setting — {problems}") from None


def describe_settings(model: type[Settings] = Settings) -> str:
    """The settings table for `kutip bot --help`, made from the fields so it cannot fall behind:
    `  KUTIP_TIMEZONE  time zone for digests (default Asia/Jakarta)`."""
    aliases = _aliases(model)
    width = max(map(len, aliases.values()))
    lines = ["settings (from the environment or ./.env):"]
    for name, field in model.model_fields.items():
        default = field.default
        shown = (
            f" (default {default:g})"
            if isinstance(default, float)
            else f" (default {default})"
            if default
            else ""
        )
        lines.append(f"  {aliases[name]:<{width}}  {field.description}{shown}")
    return "\n".join(lines)
