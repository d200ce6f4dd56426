"""bot/settings.py: the bot's settings ride on the pipeline's, read once; a bad value names its setting."""

from __future__ import annotations

import pytest

from bot.settings import BotSettings, load_bot_settings
from kutip.settings import Settings, SettingsError, describe_settings


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("KUTIP_ADMIN_IDS", "12,abc"),
        ("KUTIP_TIMEZONE", "Mars/Olympus"),
        ("TELEGRAM_API_BASE_URL", "api.telegram.org"),
        ("KUTIP_MODE", "push"),
        ("KUTIP_FETCH_TIMEOUT", "0"),  # a pipeline setting stops the bot's settings too
    ],
)
def test_bad_value_names_the_setting(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError, match=name):
        load_bot_settings()


def test_one_object_carries_the_pipeline_settings_and_the_bots(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KUTIP_ADMIN_IDS", "11111111, 22222222")
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", "http://127.0.0.1:8081/")
    settings = load_bot_settings(database_url="sqlite:///x.db")
    assert isinstance(settings, Settings)  # what storage and fetching take
    assert settings.database_url == "sqlite:///x.db"
    assert settings.admin_ids == {11111111, 22222222}
    assert settings.telegram_api_base_url == "http://127.0.0.1:8081"


def test_the_pipeline_alone_reads_no_telegram_setting() -> None:
    table = describe_settings()
    assert "KUTIP_DATABASE_URL" in table and "TELEGRAM_BOT_TOKEN" not in table
    assert "TELEGRAM_BOT_TOKEN" in describe_settings(BotSettings)
