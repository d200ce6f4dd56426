"""List what extraction gets wrong on gold files of the working part, to find what to fix next.

Runs `kutip extract` over the given gold folder and prints, per article, the gold claims it missed
(with the sentence around them and, for PolNeAR, the annotated cue), the claims it made that match
no gold or optional claim, and the claims whose statement was found under another speaker; then
counts of the missed cues and of the false claims' speakers, the most common first. It matches as
`../shared/eval/score.py` does (imported from there).

Files of the check part (`eval/parts.py`) are refused: the check part is scored, never read.

    python eval/errors.py /tmp/polnear/work [--only missed|false|speaker] [--limit N]
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

from parts import part_of

SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract(command: str, items: list[dict]) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for item in items:
            path = Path(tmp) / f"{item['id']}.txt"
            path.write_text(item["text"], encoding="utf-8")
            files.append(str(path))
        out = subprocess.run(
            [*shlex.split(command), "--jsonl", *files], capture_output=True, text=True, check=True
        )
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def around(text: str, evidence: str, width: int = 160) -> str:
    """The evidence with some of the text before it, on one line."""
    at = text.find(evidence)
    start = max(0, at - width)
    return " ".join(text[start : at + len(evidence) + 40].split())


def compare(score, item: dict, row: dict) -> dict[str, list]:
    """Missed gold claims, false system claims and found statements under the wrong speaker."""
    gold, system = item.get("claims", []), row.get("claims", [])

    def right(s, g):
        return score.covers(s.get("text", ""), g["evidence"]) and score.same_speaker(s.get("speaker", ""), g)

    pairs = score.match(system, gold, right)
    hit_system, hit_gold = {s for s, _ in pairs}, {g for _, g in pairs}
    rest = [i for i in range(len(system)) if i not in hit_system]
    by_span = score.match(
        [system[i] for i in rest], gold, lambda s, g: score.covers(s.get("text", ""), g["evidence"])
    )
    optional = score.match(
        [system[i] for i in rest],
        item.get("optional_claims", []),
        lambda s, g: score.covers(s.get("text", ""), g["evidence"]),
    )
    spanned = {rest[r] for r, _ in by_span} | {rest[r] for r, _ in optional}
    return {
        "missed": [gold[g] for g in range(len(gold)) if g not in hit_gold],
        "false": [system[i] for i in rest if i not in spanned],
        "speaker": [(system[rest[r]], gold[g]) for r, g in by_span if g not in hit_gold],
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("gold", type=Path)
    parser.add_argument("--extract", default="kutip extract")
    parser.add_argument("--scorer", type=Path, default=SCORER)
    parser.add_argument("--only", choices=("missed", "false", "speaker"))
    parser.add_argument("--limit", type=int, default=0, help="articles to list (0: all)")
    args = parser.parse_args()
    paths = sorted(args.gold.glob("*.json"))
    if any(part_of(path) == "check" for path in paths):
        sys.exit("refused: the folder holds check-part files; pass a working part (eval/parts.py)")
    score = load_scorer(args.scorer)
    items = [json.loads(path.read_text(encoding="utf-8")) for path in paths]
    cues, speakers = collections.Counter(), collections.Counter()
    listed = 0
    for item, row in zip(items, extract(args.extract, items), strict=True):
        found = compare(score, item, row)
        for claim in found["missed"]:
            cues[(claim.get("cue") or "?").lower()] += 1
        for claim in found["false"]:
            speakers[claim.get("speaker", "")] += 1
        kinds = [args.only] if args.only else ["missed", "false", "speaker"]
        if not any(found[k] for k in kinds) or (args.limit and listed >= args.limit):
            continue
        listed += 1
        print(f"== {item['id']}")
        for claim in found["missed"] if "missed" in kinds else []:
            print(
                f"  MISSED [{claim['speaker']}] cue={claim.get('cue', '')!r}: …{around(item['text'], claim['evidence'])}"
            )
        for claim in found["false"] if "false" in kinds else []:
            print(f"  FALSE  [{claim.get('speaker')}] {claim.get('text', '')[:200]}")
        for system, gold in found["speaker"] if "speaker" in kinds else []:
            print(
                f"  SPEAKER got [{system.get('speaker')}] want [{gold['speaker']}] {gold.get('aliases', [])[:4]}: "
                f"{gold['evidence'][:120]}"
            )
    print("\nmissed cues:", ", ".join(f"{c} {n}" for c, n in cues.most_common(40)))
    print("false speakers:", ", ".join(f"{s} {n}" for s, n in speakers.most_common(40)))


if __name__ == "__main__":
    main()
