"""Check that `kutip extract --jsonl` still prints exactly what it printed when the hashes were recorded.

Restructuring must change no output, and every interpreter kutip installs on (Debian 12's 3.11.2 as
well as the newest) must give the same answers: both are checked by extracting every article of the
shared corpus (`../shared/corpus/id-news.jsonl`) and every PolNeAR text (`../shared/eval/polnear/train`)
and comparing the SHA-256 of the output with `scripts/same_output.json`.

    .venv/bin/python scripts/same_output.py            # exit 1 and name the set that differs
    .venv/bin/python scripts/same_output.py --record   # after a change that is meant to alter output

Each text is written to its own file (the body only, as `../shared/eval/score.py` does) and the files are
named relative to a temporary folder, so the output does not depend on where the check runs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RECORD = Path(__file__).with_suffix(".json")


def corpus_texts() -> Iterator[tuple[str, str]]:
    """(name, text) for every article of the unlabelled Indonesian corpus."""
    with (SHARED / "corpus" / "id-news.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            yield article["id"], article["text"]


def polnear_texts() -> Iterator[tuple[str, str]]:
    """(name, text) for every PolNeAR training article."""
    for path in sorted((SHARED / "eval" / "polnear" / "train").glob("*.json")):
        yield path.stem, json.loads(path.read_text(encoding="utf-8"))["text"]


SETS = {"id-news": corpus_texts, "polnear": polnear_texts}


def output_hash(kutip: str, texts: Iterator[tuple[str, str]]) -> tuple[str, int]:
    """SHA-256 of `kutip extract --jsonl` over the texts, and how many there were."""
    with tempfile.TemporaryDirectory() as tmp:
        names = []
        for name, text in texts:
            Path(tmp, f"{name}.txt").write_text(text, encoding="utf-8")
            names.append(f"{name}.txt")
        run = subprocess.run([kutip, "extract", "--jsonl", *names], cwd=tmp, capture_output=True, check=True)
    return hashlib.sha256(run.stdout).hexdigest(), len(names)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kutip", default=str(Path(sys.executable).with_name("kutip")), help="kutip command")
    parser.add_argument("--record", action="store_true", help=f"write the hashes to {RECORD.name}")
    args = parser.parse_args()
    recorded = json.loads(RECORD.read_text()) if RECORD.exists() else {}
    now = {}
    for name, texts in SETS.items():
        digest, count = output_hash(args.kutip, texts())
        now[name] = digest
        same = "recorded" if args.record else ("same" if recorded.get(name) == digest else "DIFFERENT")
        print(f"{name}: {count} texts, sha256 {digest[:16]}… {same}")
    if args.record:
        RECORD.write_text(json.dumps(now, indent=2) + "\n")
        return 0
    return 0 if now == recorded else 1


if __name__ == "__main__":
    sys.exit(main())
