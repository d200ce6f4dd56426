"""Top-1 accuracy of answering over the gold claims (no extractor): ranking alone.

.venv/bin/python benchmarks/gold_qa.py [--db URL] [-v]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from storage.answering import answer_question
from storage.articles import save_article
from storage.db import open_store
from tests.gold import GOLD_DIR, is_right, load_gold


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--gold", type=Path, default=GOLD_DIR)
    parser.add_argument("-v", action="store_true", help="show every wrong answer")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(args.db or f"sqlite:///{tmp}/gold.db")
        golds = load_gold(args.gold)
        for g in golds:
            save_article(store, g.article, g.extraction, "gold")
        asked = right = 0
        for g in golds:
            for q in g.questions:
                asked += 1
                result = answer_question(store, q["q"], limit=1)
                top = result.answers[0] if result.answers else None
                ok = top is not None and is_right(g, q, top.speaker, top.text)
                right += ok
                if not ok and args.v:
                    print(f"✗ {g.id} {q['q']}\n    want {q['speaker']}: {str(q['evidence'])[:90]}")
                    print(
                        f"    got  {top.speaker + ': ' + top.text[:90] if top else '-'}  {result.suggestions}"
                    )
        store.dispose()
    print(f"gold QA top-1: {right}/{asked} = {right / asked:.3f}")


if __name__ == "__main__":
    main()
