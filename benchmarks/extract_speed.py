"""Extraction speed as users run it, against spaCy, and linear time on adversarial input.

    .venv/bin/pip install -e ".[bench]"     # spaCy 3.8, for the comparison only
    .venv/bin/python benchmarks/extract_speed.py [--files 2000] [--dev ../shared/eval/dev]

1. Throughput: one `kutip extract --jsonl` process over N files made from the dev articles (about
   4 MB; interpreter start and imports included), against spaCy `blank("id")` + sentencizer over the
   same texts in one process, both pinned to one core. kutip must be at least as fast (ratio ≥ 1.0).
2. Linear time: 1 MB single-line inputs of long runs of quote marks, curly quotes, digits with
   separators, scale words, speech verbs, capitalised names, brackets and dots must take at most
   ~1.5× per byte what 250 KB takes (no catastrophic backtracking, no pairwise merging); each size
   is timed as the best of 3 runs.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KUTIP = [sys.executable, "-m", "cli"]

ADVERSARIAL = {
    "straight quotes": '" ',
    "curly quotes": "“ ” ‘ ’ ",
    "unbalanced quotes": "“kata dia ",
    "digits with separators": "1.234.567,89 ",
    "scale words": "392 juta miliar triliun ",
    "speech verbs": "kata mengatakan said ujarnya menegaskan ",
    "capitalised names": "Sergei Lavrov Vladimir Putin Joko Widodo ",
    "brackets": "((([[ ",
    "dots": ". . ... ",
    "mixed": "“Rp 1,5 triliun,” kata Menteri Keuangan Sri Mulyani (SMI). ",
}


def machine() -> str:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def make_files(dev: Path, count: int, folder: Path) -> list[Path]:
    """Distinct article files: dev texts with paragraphs shuffled and a numbered line added."""
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(dev.glob("*.json"))]
    rng = random.Random(7)
    files = []
    for i in range(count):
        paragraphs = texts[i % len(texts)].split("\n\n")
        rng.shuffle(paragraphs)
        path = folder / f"a{i:05d}.txt"
        path.write_text("\n\n".join(paragraphs) + f"\n\nNomor {i}.\n", encoding="utf-8")
        files.append(path)
    return files


def pinned(cmd: list[str]) -> list[str]:
    return (["taskset", "-c", "0", *cmd]) if shutil.which("taskset") else cmd


def timed(cmd: list[str], runs: int = 3) -> float:
    """Median wall time of `cmd` over `runs` runs."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(pinned(cmd), check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 2]


SPACY = """
import sys
import spacy
nlp = spacy.blank("id")
nlp.add_pipe("sentencizer")
n = 0
for path in open(sys.argv[1], encoding="utf-8").read().split("\\n"):
    if path:
        n += len(list(nlp(open(path, encoding="utf-8").read()).sents))
print(n)
"""


def throughput(dev: Path, count: int) -> None:
    # As installed: pip compiles an installed package's bytecode (spaCy's included), but an editable
    # install is compiled on first import, which PYTHONDONTWRITEBYTECODE (set on some machines) forbids,
    # so kutip would parse its own source on every run. Compile it once, as `pip install .` would.
    compileall.compile_dir(ROOT / "kutip", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        files = make_files(dev, count, Path(tmp))
        size = sum(f.stat().st_size for f in files)
        listing = Path(tmp) / "files.list"
        listing.write_text("\n".join(map(str, files)), encoding="utf-8")
        kutip = timed([*KUTIP, "extract", "--jsonl", *map(str, files)])
        print(f"kutip extract --jsonl: {count} files, {size / 1e6:.1f} MB in {kutip:.2f} s (median of 3)")
        if importlib.util.find_spec("spacy") is None:  # not imported here: it would slow what follows
            print("spaCy not installed: pip install -e '.[bench]' for the comparison")
            return
        spacy_time = timed([sys.executable, "-c", SPACY, str(listing)])
        print(f"spaCy blank('id') + sentencizer: {spacy_time:.2f} s (median of 3)")
        print(f"ratio (spaCy time / kutip time): {spacy_time / kutip:.2f}  (target ≥ 1.0)")


def linearity() -> None:
    sys.path.insert(0, str(ROOT))
    from kutip.extract import extract

    print("\nlinear time: seconds per MB at 250 KB and at 1 MB (ratio target ≤ 1.5)")
    worst = 0.0
    for name, unit in ADVERSARIAL.items():
        per_mb = []
        for size in (250_000, 1_000_000):
            text = (unit * (size // len(unit) + 1))[:size]
            took = min(_seconds(extract, text) for _ in range(3))  # best of 3: a busy machine only adds time
            per_mb.append(took / (size / 1e6))
        ratio = per_mb[1] / per_mb[0] if per_mb[0] else 1.0
        worst = max(worst, ratio)
        print(f"  {name:<24} {per_mb[0]:8.3f} s/MB  {per_mb[1]:8.3f} s/MB  ratio {ratio:.2f}")
    print(f"worst ratio {worst:.2f}")


def _seconds(function: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    function(text)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument("--skip-throughput", action="store_true")
    a = ap.parse_args()
    print(f"machine: {machine()}")
    if not a.skip_throughput:
        throughput(a.dev, a.files)
    linearity()


if __name__ == "__main__":
    main()
