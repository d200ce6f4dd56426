"""The CLI contract other tools rely on: exit codes, JSON-only stdout, --db before the command."""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from cli.main import main
from tests.conftest import SEED
from tests.gold import GOLD_DIR


def kutip(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cli", *args],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=cwd,
        timeout=120,
    )


def test_extract_jsonl_prints_one_object_per_file_in_order(tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Tidak ada kutipan di sini.", encoding="utf-8")
    result = kutip("extract", "--jsonl", str(SEED), str(other))
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 0
    assert [r["file"] for r in rows] == [str(SEED), str(other)]
    text = SEED.read_text(encoding="utf-8")
    for claim in rows[0]["claims"]:
        assert set(claim) >= {"speaker", "type", "text", "start", "end"}
        assert text[claim["start"] : claim["end"]] == claim["text"]
    for figure in rows[0]["figures"]:
        assert set(figure) >= {"text", "value", "unit", "to_value", "start", "end"}


def test_extract_reports_a_bad_file_and_goes_on(tmp_path):
    result = kutip("extract", "--jsonl", str(tmp_path / "missing.txt"), str(SEED))
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1
    assert len(rows) == 2 and rows[0]["error"] and "missing.txt" in result.stderr


def test_ingest_exit_status_and_duplicates(tmp_path):
    db = f"sqlite:///{tmp_path / 'k.db'}"
    folder = tmp_path / "folder"
    folder.mkdir()
    first = kutip("--db", db, "ingest", str(SEED), str(tmp_path / "nope.txt"), str(folder))
    assert first.returncode == 1
    assert "nope.txt" in first.stderr and "folder" in first.stderr
    stored, *rest = first.stdout.splitlines()  # a result line per input, then the summary
    assert (
        stored.startswith(f"{SEED}: stored article 1 “Menlu Rusia: Tidak Seperti AS,") and "claims" in stored
    )
    assert rest == [
        f"{tmp_path / 'nope.txt'}: failed: no such file",
        f"{folder}: failed: is a directory, not a file",
        "stored 1, already there 0, failed 2",
    ]
    again = kutip("--db", db, "ingest", "--json", str(SEED))
    assert again.returncode == 0
    assert json.loads(again.stdout)["duplicate"] is True
    stats = json.loads(kutip("--db", db, "stats", "--json").stdout)
    assert stats["articles"] == 1


def test_ingest_reads_stdin(tmp_path):
    db = f"sqlite:///{tmp_path / 'k.db'}"
    result = kutip(
        "--db", db, "ingest", "--json", "-", stdin="Judul berita\n\nMenurut Katadata, ekspor naik.\n"
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "Judul berita"


DEV_ARTICLE = GOLD_DIR / "id-001.json"  # ../shared/eval/dev: one article object
CORPUS = GOLD_DIR.parent.parent / "corpus" / "id-news.jsonl"  # one article object a line


def corpus_jsonl(tmp_path: Path, *extra: str) -> Path:
    """The corpus's first two articles, then `extra` lines."""
    with CORPUS.open(encoding="utf-8") as lines:
        head = [next(lines).rstrip("\n") for _ in range(2)]
    path = tmp_path / "berita.jsonl"
    path.write_text("\n".join([*head, *extra]) + "\n", encoding="utf-8")
    return path


def test_ingest_reads_json_articles_and_jsonl_lines_each_failing_alone(tmp_path):
    db = f"sqlite:///{tmp_path / 'k.db'}"
    jsonl = corpus_jsonl(tmp_path, '{"text": "Menurut Katadata', '{"title": "Tanpa teks"}')
    result = kutip("--db", db, "ingest", str(DEV_ARTICLE), str(jsonl))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{DEV_ARTICLE}: stored article 1 “Pramono Akui Purbaya 1.000% Betul")
    assert lines[1].startswith(f"{jsonl}:1: stored article 2 “Presiden Banggakan Inflasi 2%")
    assert lines[2].startswith(f"{jsonl}:2: stored article 3 “Gubernur Abdul Wahid")
    assert lines[3:] == [
        f"{jsonl}:3: failed: not valid JSON: Unterminated string starting at (column 10)",
        f'{jsonl}:4: failed: no "text": an article object needs its text as a string',
        "stored 3, already there 0, failed 2",
    ]
    assert f"kutip: {jsonl}:4: no" in result.stderr

    # The same link with an edited text is the same article: the URL is its key.
    edited = json.loads(DEV_ARTICLE.read_text(encoding="utf-8"))
    edited["text"] = edited["text"].replace("Pramono", "Gubernur Pramono", 1)
    (tmp_path / "edited.json").write_text(json.dumps(edited), encoding="utf-8")
    again = kutip("--db", db, "ingest", "--json", str(tmp_path / "edited.json"))
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout) == {
        "input": str(tmp_path / "edited.json"),
        "ok": True,
        "article_id": 1,
        "duplicate": True,
        "related_to": None,
        "title": edited["title"],
        "claims": 0,
        "figures": 0,
        "speakers": [],
    }


def test_stats_on_a_new_database_is_zero(tmp_path):
    result = kutip("--db", f"sqlite:///{tmp_path / 'k.db'}", "stats", "--json")
    assert json.loads(result.stdout) == {
        "articles": 0,
        "claims": 0,
        "figures": 0,
        "speakers": 0,
        "feeds": 0,
        "subscriptions": 0,
    }


def test_malformed_command_line_is_status_2():
    assert kutip("ingest").returncode == 2
    assert kutip("frobnicate").returncode == 2


def test_bad_setting_names_the_setting(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "cli", "stats"],
        capture_output=True,
        text=True,
        env={"KUTIP_TIMEZONE": "Mars/Olympus", "PATH": ""},
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "KUTIP_TIMEZONE" in result.stderr and "Traceback" not in result.stderr


def test_chat_answers_questions_and_the_bots_reading_commands(tmp_path):
    typed = "Siapa yang bilang Huawei meneruskan data ke China?\n/who AS\n/figures Huawei\n/latest\n/article 1\n/who\n"
    result = kutip("--db", f"sqlite:///{tmp_path}/k.db", "chat", "--seed", stdin=typed)
    assert result.returncode == 0, result.stderr
    replies = result.stdout.split("Ask who said what (Ctrl-D to quit).", 1)[1]
    assert "Amerika Serikat: Huawei akan meneruskan informasi pengguna ke China" in replies
    assert "Amerika Serikat\nJuga disebut: AS\n2 pernyataan tersimpan" in replies  # /who AS
    assert "US$392 juta → US$800 juta (+104%) — nilai transaksi di Rusia" in replies  # /figures
    assert "#1 Menlu Rusia: Tidak Seperti AS, Rusia Siap Bekerja Sama Dengan Huawei" in replies  # /latest
    assert "Klaim" in replies and "Angka" in replies  # /article 1
    assert "/who Lavrov" in replies  # usage, for /who with no name
    assert "<b>" not in replies  # plain text, not the bot's HTML


def assert_one_line(result: subprocess.CompletedProcess, *expected: str) -> None:
    """Exit 2 with a single `kutip: ...` line on stderr that contains each of `expected`."""
    assert result.returncode == 2, result.stderr
    assert result.stdout == "" and result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("kutip: ") and all(e in result.stderr for e in expected)


def test_unreachable_postgresql_is_one_line_naming_the_setting():
    with socket.socket() as sock:  # bound and never listening: connections are refused
        sock.bind(("127.0.0.1", 0))
        url = f"postgresql://postgres@127.0.0.1:{sock.getsockname()[1]}/kutip"
        result = kutip("--db", url, "ask", "Apa kata Lavrov?")
    assert_one_line(result, url, "Connection refused", "KUTIP_DATABASE_URL or --db")


def test_missing_folder_is_refused_not_created(tmp_path):
    result = kutip("--db", f"sqlite:///{tmp_path / 'no' / 'such' / 'x.db'}", "ingest", str(SEED))
    assert_one_line(result, f"{tmp_path / 'no' / 'such'}: no such folder", "KUTIP_DATABASE_URL or --db")
    assert not (tmp_path / "no").exists()


def test_default_database_folder_is_created_on_a_fresh_clone(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KUTIP_", "TELEGRAM_"))}
    result = subprocess.run(
        [sys.executable, "-m", "cli", "stats", "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "kutip.db").is_file()


@pytest.mark.parametrize("command", [["stats"], ["bot"]])
def test_damaged_sqlite_file_is_one_line_for_the_cli_and_the_bot(tmp_path, command):
    path = tmp_path / "kutip.db"
    path.write_bytes(SEED.read_bytes())  # an article saved where the database should be
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": "123456:ABC", "KUTIP_DATABASE_URL": f"sqlite:///{path}"}
    result = subprocess.run(
        [sys.executable, "-m", "cli", *command], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert_one_line(result, f"the database {path} is damaged", "(file is not a database)", "restore it")


@pytest.mark.parametrize("limit", ["0", "-3", "lima"])
def test_ask_limit_below_one_is_a_usage_error(tmp_path, limit):
    result = kutip("--db", f"sqlite:///{tmp_path / 'k.db'}", "ask", "--limit", limit, "Apa kata Lavrov?")
    assert result.returncode == 2
    assert "--limit" in result.stderr and "Traceback" not in result.stderr


def test_plain_extract_of_a_missing_file_prints_no_header(tmp_path):
    missing = str(tmp_path / "missing.txt")
    result = kutip("extract", missing, str(SEED))
    assert result.returncode == 1
    assert f"kutip: {missing}: no such file" in result.stderr
    assert missing not in result.stdout and result.stdout.startswith(f"== {SEED}\n")


class Terminal(io.StringIO):
    """stderr as a person's terminal: where the progress bar is drawn."""

    def isatty(self) -> bool:
        return True


def run_in_process(argv: list[str], monkeypatch, capsys) -> tuple[int, str, str]:
    """`kutip ARGV` in this process, stderr a terminal; (status, stdout, stderr)."""
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with pytest.raises(SystemExit) as status:
        main(argv)
    return status.value.code, capsys.readouterr().out, terminal.getvalue()


def test_ingest_on_a_terminal_draws_a_progress_bar_on_stderr(tmp_path, monkeypatch, capsys):
    db = f"sqlite:///{tmp_path / 'k.db'}"
    code, out, err = run_in_process(["--db", db, "ingest", str(SEED), str(SEED)], monkeypatch, capsys)
    assert code == 0
    assert out.splitlines()[1:] == [
        f"{SEED}: already stored as article 1 (same text)",
        "stored 1, already there 1, failed 0",
    ]
    assert "\r[###############---------------] 1/2\x1b[K" in err
    assert err.endswith("\r[##############################] 2/2\x1b[K\r\x1b[K")  # rubbed out at the end
    assert "\r" not in out


def test_the_progress_bar_counts_each_line_of_a_jsonl_file(tmp_path, monkeypatch, capsys):
    db = f"sqlite:///{tmp_path / 'k.db'}"
    jsonl = corpus_jsonl(tmp_path, "", "[1]")  # a blank line is no article; "[1]" fails
    code, out, err = run_in_process(["--db", db, "ingest", str(SEED), str(jsonl)], monkeypatch, capsys)
    assert code == 1
    assert out.splitlines()[-1] == "stored 3, already there 0, failed 1"
    assert err.endswith("\r[##############################] 4/4\x1b[K\r\x1b[K")


def test_ingest_json_never_draws_the_bar(tmp_path, monkeypatch, capsys):
    db = f"sqlite:///{tmp_path / 'k.db'}"
    code, out, err = run_in_process(["--db", db, "ingest", "--json", str(SEED)], monkeypatch, capsys)
    assert code == 0 and err == ""
    assert [json.loads(line)["article_id"] for line in out.splitlines()] == [1]


def test_ingest_draws_no_bar_when_stderr_is_not_a_terminal(tmp_path):
    result = kutip("--db", f"sqlite:///{tmp_path / 'k.db'}", "ingest", str(SEED))
    assert result.returncode == 0 and "\r" not in result.stderr and "#" not in result.stderr


def test_ingest_refuses_a_one_character_txt_like_a_too_short_html(tmp_path):
    (tmp_path / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "x.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    result = kutip(
        "--db", f"sqlite:///{tmp_path / 'k.db'}", "ingest", str(tmp_path / "x.txt"), str(tmp_path / "x.html")
    )
    assert result.returncode == 1
    assert f"kutip: {tmp_path / 'x.txt'}: not a news article: only 0 words" in result.stderr
    assert f"kutip: {tmp_path / 'x.html'}: not a news article: only" in result.stderr
    assert result.stdout.splitlines()[-1] == "stored 0, already there 0, failed 2"


def test_bot_help_lists_the_settings_it_reads():
    from bot.settings import BotSettings as Settings

    result = kutip("bot", "--help")
    assert result.returncode == 0, result.stderr
    assert "settings (from the environment or ./.env):" in result.stdout
    for field in Settings.model_fields.values():
        assert f"  {field.validation_alias} " in result.stdout
    assert "KUTIP_DATABASE_URL" in result.stdout and "(default sqlite:///./data/kutip.db)" in result.stdout
    assert "(default 30)" in result.stdout  # KUTIP_TICK_SECONDS, a float shown as people write it


def test_digest_preview_shows_what_the_next_digest_posts_and_sends_nothing(tmp_path):
    from datetime import UTC, datetime

    from bot.jobs import digest_messages, keep_article
    from storage.db import open_store
    from storage.digests import reserve_digests, subscribe

    db = f"sqlite:///{tmp_path / 'k.db'}"
    assert kutip("--db", db, "ingest", str(SEED)).returncode == 0
    store = open_store(db)
    now = datetime.now(UTC)
    subscribe(store, -100123, None, "daily 08:00", "Asia/Jakarta", now, now=now)

    first, again = (kutip("--db", db, "digest", "--preview", "-100123") for _ in range(2))
    assert first.returncode == 0, first.stderr
    assert first.stdout == again.stdout  # nothing was marked as sent
    assert "--- message 1 of 1 ---\n📰 <b>Ringkasan kutip</b> — 1 artikel baru" in first.stdout
    assert "Menlu Rusia: Tidak Seperti AS, Rusia Siap Bekerja Sama Dengan Huawei · #1" in first.stdout
    (posted,) = reserve_digests(store, [-100123], keep_article, datetime.now(UTC))
    assert first.stdout == "".join(f"--- message 1 of 1 ---\n{m}\n" for m in digest_messages(posted))

    after = kutip("--db", db, "digest", "--preview", "-100123")
    assert after.stdout == "nothing new for chat -100123: its next digest would post nothing yet\n"
    store.dispose()


def test_digest_preview_of_a_chat_without_subscription(tmp_path):
    result = kutip("--db", f"sqlite:///{tmp_path / 'k.db'}", "digest", "--preview", "42")
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == "kutip: chat 42 has no digest subscription (/subscribe in that chat)\n"
    assert kutip("--db", f"sqlite:///{tmp_path / 'k.db'}", "digest", "--preview", "grup").returncode == 2
