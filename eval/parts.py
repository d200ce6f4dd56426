"""Split a folder of gold files, once and for good, into a working part and a check part.

PolNeAR keeps a fifth as its check part, our own gold (`eval/gold/id/`) half, as issue 11 asks.

Rules are tuned on the working part; the check part is only ever scored, never read, so its score
says how the rules do on articles they were not fitted to. The part of a file follows from a hash of
its file name alone, so the split never changes when files are added, and anyone gets the same one.

    python eval/parts.py ../shared/eval/polnear/train /tmp/polnear   # /tmp/polnear/work, /tmp/polnear/check
    python ../shared/eval/score.py /tmp/polnear/check --extract "kutip extract"
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

CHECK_SHARE = {"polnear": 20, "gold": 50}
"""Percent of the files that go to the check part: a fifth of PolNeAR (issue 11), half of our own gold."""


def share_of(path: Path) -> int:
    """Our own Indonesian gold (`eval/gold/`) keeps half unseen; every other set a fifth."""
    return CHECK_SHARE["gold"] if "gold" in path.resolve().parts else CHECK_SHARE["polnear"]


def part_of(path: Path) -> str:
    """`"check"` for the check share of file names (`share_of`), `"work"` for the rest."""
    digest = hashlib.sha256(path.name.encode("utf-8")).digest()
    return "check" if int.from_bytes(digest[:4], "big") % 100 < share_of(path) else "work"


def materialise(gold: Path, out: Path) -> dict[str, int]:
    """Fill `out/work` and `out/check` with links to the gold files of each part."""
    counts = {"work": 0, "check": 0}
    for name in counts:
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.json"):
            old.unlink()
    for path in sorted(gold.glob("*.json")):
        part = part_of(path)
        (out / part / path.name).symlink_to(path.resolve())
        counts[part] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("gold", type=Path, help="folder of gold .json files")
    parser.add_argument("out", type=Path, help="folder to hold work/ and check/")
    args = parser.parse_args()
    counts = materialise(args.gold, args.out)
    print(f"{args.out}/work: {counts['work']} files, {args.out}/check: {counts['check']} files")


if __name__ == "__main__":
    main()
