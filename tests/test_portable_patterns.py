"""Every regular expression kutip compiles means the same on every Python it installs on.

Possessive repeats (`a++`, `a*+`) and atomic groups (`(?>…)`) arrived in CPython 3.11.0 with bugs fixed
only in 3.11.5 (CPython issues 106052 and 100061): on Debian 12's 3.11.2 `[^\\W_]++(?:[.][^\\W_]++)*+`
reads `Ruiz.` as one word, and extraction lost claims. So no pattern of the package may use them.
"""

from __future__ import annotations

import gc
import importlib
import pkgutil
import re
import re._constants as sre_constants
import re._parser as sre_parser
from pathlib import Path

import pytest

import bot
import kutip
import storage
from kutip.extract import extract
from kutip.extract.sentences import paragraphs, sentences
from kutip.extract.speakers import tokenize

# Opcodes whose behaviour changed between 3.11 patch releases.
UNSTABLE = {sre_constants.ATOMIC_GROUP, sre_constants.POSSESSIVE_REPEAT}

SEED = Path(__file__).resolve().parent.parent / "seeds" / "beritabaru-lavrov-huawei-5g.txt"


def _opcodes(pattern: sre_parser.SubPattern) -> set[object]:
    """Every opcode in a parsed pattern, nested groups and repeats included."""
    found = set()
    for op, arg in pattern:
        found.add(op)
        stack = list(arg) if isinstance(arg, list | tuple) else [arg]
        while stack:
            item = stack.pop()
            if isinstance(item, sre_parser.SubPattern):
                found |= _opcodes(item)
            elif isinstance(item, list | tuple):
                stack.extend(item)
    return found


def _compiled_patterns() -> list[re.Pattern]:
    """Every pattern alive after importing every module and extracting an article.

    Reading live objects, not source text, also catches patterns built at import time from lexicon words.
    """
    for package in (kutip, bot, storage):
        for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if ".migrations." not in module.name:
                importlib.import_module(module.name)
    extract(SEED.read_text(encoding="utf-8"))
    return [obj for obj in gc.get_objects() if isinstance(obj, re.Pattern)]


def _ours(pattern: re.Pattern) -> bool:
    return isinstance(pattern.pattern, str)


def test_the_scan_recognises_the_unstable_syntax() -> None:
    for source in (r"\w++", r"(?:ab)*+", r"(?>ab|a)c", r"x?+", r"x{2,3}+"):
        assert _opcodes(sre_parser.parse(source)) & UNSTABLE, source
    assert not _opcodes(sre_parser.parse(r"(?=\S)(?:\w+(?:[-.]\w+)*|[^\w\s])")) & UNSTABLE


def test_no_pattern_uses_possessive_repeats_or_atomic_groups() -> None:
    patterns = [p for p in _compiled_patterns() if _ours(p)]
    assert len(patterns) > 20  # the scan sees the package's patterns, not an empty list
    unstable = [p.pattern for p in patterns if _opcodes(sre_parser.parse(p.pattern, p.flags)) & UNSTABLE]
    assert unstable == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("kata Ruiz.", ["kata", "Ruiz", "."]),
        ("Shanklin-Hawkins said U.S. troops", ["Shanklin-Hawkins", "said", "U.S", ".", "troops"]),
        ("Jum'at (23/8)", ["Jum'at", "(", "23", "/", "8", ")"]),
    ],
)
def test_tokens_end_before_a_final_stop(text: str, words: list[str]) -> None:
    assert [t.text for t in tokenize(text, 0, len(text))] == words


def test_a_sentence_ends_after_its_closing_quote() -> None:
    text = 'Ia berkata, "Kami siap!!" Lalu pergi.'
    [para] = paragraphs(text)
    assert [text[s.start : s.end] for s in sentences(text, para)] == [
        'Ia berkata, "Kami siap!!"',
        "Lalu pergi.",
    ]
