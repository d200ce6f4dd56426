"""Every language fills every field of the Lexicon, with the declared types, or says why a field is empty."""

from __future__ import annotations

import typing
from dataclasses import fields
from pathlib import Path

import pytest

from kutip.extract.lexicon import LANGUAGES, Lexicon, lexicon
from kutip.extract.lexicon import en as en_tables
from kutip.extract.lexicon.model import from_tables

PACKAGE = Path(__file__).resolve().parents[2] / "kutip"
TYPES = typing.get_type_hints(Lexicon)
TABLES = [f.name for f in fields(Lexicon) if f.name not in ("code", "why_empty")]


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_every_field_is_filled_or_its_emptiness_explained(code: str) -> None:
    lex = lexicon(code)
    empty = {name for name in TABLES if isinstance(getattr(lex, name), str | tuple | frozenset | dict)}
    empty = {name for name in empty if not getattr(lex, name)}
    assert empty == set(lex.why_empty), "empty fields need a reason in WHY_EMPTY, and only they"
    assert all(reason.strip() for reason in lex.why_empty.values())


def _type_errors(lex: Lexicon, name: str) -> list[str]:
    value = getattr(lex, name)
    declared = typing.get_origin(TYPES[name]) or TYPES[name]
    if not isinstance(value, declared):
        return [f"{lex.code}.{name.upper()} is a {type(value).__name__}"]
    if declared in (frozenset, tuple) and typing.get_args(TYPES[name])[0] is str:
        return [f"{lex.code}.{name.upper()} holds {item!r}" for item in value if not isinstance(item, str)]
    return []


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_every_field_has_its_declared_type(code: str) -> None:
    assert [error for name in TABLES for error in _type_errors(lexicon(code), name)] == []


def test_a_table_missing_or_left_over_is_refused() -> None:
    tables = {name: value for name, value in vars(en_tables).items() if name.isupper()}
    with pytest.raises(TypeError):
        from_tables("xx", {k: v for k, v in tables.items() if k != "SPEECH_VERBS"})
    with pytest.raises(TypeError):
        from_tables("xx", {**tables, "SPEECH_NOUNS": frozenset({"pidato"})})


def test_an_unknown_language_reads_as_the_fallback() -> None:
    assert lexicon("ms") is lexicon("id")
    assert lexicon("en").code == "en"


def test_no_code_asks_which_language_it_reads() -> None:
    """Behaviour that differs by language comes from a field, never from `lex is en`."""
    offending = [
        f"{path.relative_to(PACKAGE)}:{n}"
        for path in PACKAGE.rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "ModuleType" in line or "lex is " in line
    ]
    assert offending == []
