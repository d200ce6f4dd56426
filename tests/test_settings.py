"""kutip/settings.py: the pipeline's own settings (database, fetching); a bad value names its setting."""

from __future__ import annotations

import pytest

from kutip.settings import SettingsError, load_settings


@pytest.mark.parametrize(
    ("raw", "hosts"),
    [
        ("127.0.0.1:8000", {"127.0.0.1:8000"}),
        ("127.0.0.1:8000,feeds.local", {"127.0.0.1:8000", "feeds.local"}),
        (" 127.0.0.1:8000 , Feeds.Local ", {"127.0.0.1:8000", "feeds.local"}),  # spaces, any case
        ("127.0.0.1:8000 [::1]:8000", {"127.0.0.1:8000", "[::1]:8000"}),  # spaces alone separate too
        ("", set()),
        (" , ", set()),
    ],
)
def test_fetch_allow_hosts(monkeypatch: pytest.MonkeyPatch, raw: str, hosts: set[str]) -> None:
    monkeypatch.setenv("KUTIP_FETCH_ALLOW_HOSTS", raw)
    assert load_settings().fetch_allow_hosts == hosts


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("KUTIP_FETCH_TIMEOUT", "0"),
        ("KUTIP_DATABASE_URL", "mysql://root@localhost/kutip"),
    ],
)
def test_bad_value_names_the_setting(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError, match=name):
        load_settings()
