"""No function of the language pipeline grows past what a reader takes in at once.

Complexity is capped by ruff (C901, pyproject.toml); length is checked here, since ruff has no rule
for it. A function past the limit reads several constructions: split it by construction.
"""

from __future__ import annotations

import ast
from pathlib import Path

EXTRACT = Path(__file__).resolve().parents[2] / "kutip" / "extract"
MAX_LINES = 60


def test_no_extraction_function_is_longer_than_sixty_lines() -> None:
    long = []
    for path in sorted(EXTRACT.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1  # type: ignore[operator]
                if lines > MAX_LINES:
                    long.append(f"{path.relative_to(EXTRACT)}:{node.lineno} {node.name} ({lines} lines)")
    assert long == []
