"""The terminal chat runs the bot's own reading commands over the seed article, in plain text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.handlers.browse import READING
from bot.render import Style
from bot.terminal import respond
from kutip.ingest.sources import article_from_pasted_text
from storage.db import Store, open_store
from storage.ingest import ingest_article

SEED = Path(__file__).resolve().parents[2] / "seeds" / "beritabaru-lavrov-huawei-5g.txt"
PLAIN = Style(rich=False)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('terminal') / 'k.db'}")
    ingest_article(store, article_from_pasted_text(SEED.read_text(encoding="utf-8")), "test")
    yield store
    store.dispose()


@pytest.mark.parametrize(
    ("line", "command", "argument"),
    [
        ("/who Lavrov", "who", "Lavrov"),
        ("/figures Huawei", "figures", "Huawei"),
        ("/latest", "latest", ""),
        ("/article 1", "article", "1"),
        ("/who", "who", ""),
        ("/article satu", "article", "satu"),
    ],
)
def test_a_typed_command_is_the_bots_reply(seeded: Store, line: str, command: str, argument: str) -> None:
    assert respond(seeded, line, PLAIN) == READING[command](seeded, argument, "id", PLAIN).body


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        (
            "/who Lavrov",
            "Sergei Lavrov (Menteri Luar Negeri Rusia)\nJuga disebut: Lavrov, Menteri Luar Negeri Rusia",
        ),
        ("/latest", "#1 Menlu Rusia: Tidak Seperti AS, Rusia Siap Bekerja Sama Dengan Huawei\ndisimpan "),
        ("/article 1", " · 11 klaim, 4 angka · /article_1"),
        ("/figures Huawei", "US$392 juta → US$800 juta (+104%) — nilai transaksi di Rusia\ndisimpan "),
        ("/who", "Tulis nama pembicara, misalnya: /who Lavrov"),
        ("/article 99", "Tidak ada artikel nomor 99."),
        ("Apa kata Lavrov soal 5G?", "Sergei Lavrov (Menteri Luar Negeri Rusia): “5G adalah masalah penting"),
        ("/said", "Tulis topiknya, misalnya: /said 5G"),
        ("/foo", "/who NAMA · /said TOPIK"),
    ],
)
def test_terminal_replies(seeded: Store, line: str, shown: str) -> None:
    assert shown in respond(seeded, line, PLAIN)


def test_figures_carry_the_day_they_were_stored_and_no_false_copies(seeded: Store) -> None:
    """A figure row's stored date once landed in its count of syndicated copies ("juga di 2026-… artikel lain")."""
    shown = respond(seeded, "/article 1", PLAIN).split("\nAngka\n", 1)[1]
    assert "juga di" not in shown and "? ·" not in shown


def test_english_counts_on_the_seed(seeded: Store) -> None:
    assert "\n1 statement stored" in READING["who"](seeded, "Putin", "en", PLAIN).body
    assert "\n4 statements stored" in READING["who"](seeded, "Lavrov", "en", PLAIN).body
    assert " · 11 claims, 4 figures · " in READING["latest"](seeded, "", "en", PLAIN).body
