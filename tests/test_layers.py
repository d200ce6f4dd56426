"""Layers point one way: the core (`kutip/`) knows nothing of storage, Telegram or the command line;
storage knows nothing of the bot or the command line; the bot knows nothing of the command line.

Every import statement counts, also those deferred into a function or kept for type checking only:
a deferred `from storage.db import ...` in the core is still the core depending on SQL.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# package → top-level packages it must never import
FORBIDDEN = {
    "kutip": {"storage", "bot", "cli"},
    "storage": {"bot", "cli"},
    "bot": {"cli"},
}


def imported_packages(source: str) -> set[str]:
    """Top-level packages a module imports anywhere in its body: `from storage.db import Store` inside
    a function → {"storage"}. Relative imports stay inside the package and are not counted."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize(
    ("source", "packages"),
    [
        ("import storage.db", {"storage"}),
        ("def f():\n    from bot.render import Style\n", {"bot"}),
        ("if TYPE_CHECKING:\n    from storage.db import Store\n", {"storage"}),
        ("from . import terms\nfrom kutip.answer.rank import rank\n", {"kutip"}),
        ("import json, cli.main\n", {"json", "cli"}),
    ],
)
def test_imported_packages_sees_every_import(source: str, packages: set[str]) -> None:
    assert imported_packages(source) == packages


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_nothing_from_the_layers_above(package: str) -> None:
    modules = sorted((ROOT / package).rglob("*.py"))
    assert modules, f"no modules under {package}/"
    wrong = {
        str(path.relative_to(ROOT)): sorted(found)
        for path in modules
        if (found := imported_packages(path.read_text(encoding="utf-8")) & FORBIDDEN[package])
    }
    assert wrong == {}
