"""Near-duplicates: the same wire story republished by several outlets with small edits.

Exact copies are caught by the content hash. A syndicated copy differs a little: another headline, a
byline ("JAKARTA, KOMPAS.com -"), a "Baca juga: …" line, a trimmed last paragraph. Such copies
share most of their five-word shingles, which unrelated articles (even on the same topic) do not.

Finding them among 100k stored articles without reading every text: a MinHash signature of the
shingles is cut into `BANDS` bands; two articles whose shingles overlap a lot agree on at least one
band with high probability (Jaccard 0.5 → 93 %, 0.7 → 99.9 %), and unrelated ones almost never do.
The band keys are stored in an indexed table; a new article's keys name a handful of candidates,
each then checked against its own text with `resemblance`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from kutip.ingest.article import normalise_text

SHINGLE = 5  # words per shingle: long enough that common phrases ("kata dia kepada wartawan") are rare
BANDS = 20
ROWS = 3  # hashes per band; BANDS × ROWS hashes in the signature
MIN_SHINGLES = 20  # shorter texts (a headline, a one-line paste) say too little to call a copy
SAME_STORY = 0.7  # share of the shorter text's shingles the longer one holds

_WORD = re.compile(r"\w+")
_MASK = (1 << 64) - 1
# Fixed odd multipliers and offsets: one hash function per signature row, the same in every process.
_SEEDS = [
    (int.from_bytes(hashlib.blake2b(f"a{i}".encode(), digest_size=8).digest()) | 1,
     int.from_bytes(hashlib.blake2b(f"b{i}".encode(), digest_size=8).digest()))
    for i in range(BANDS * ROWS)
]  # fmt: skip


@dataclass(frozen=True)
class Fingerprint:
    """An article's shingles (64-bit hashes) and the band keys that find its near-duplicates."""

    shingles: frozenset[int]
    bands: tuple[int, ...]


def fingerprint(text: str) -> Fingerprint:
    """Shingles and band keys of `text`; a text under `MIN_SHINGLES` shingles gets no bands."""
    found = shingles(text)
    return Fingerprint(found, band_keys(found) if len(found) >= MIN_SHINGLES else ())


def shingles(text: str) -> frozenset[int]:
    """Hashes of every run of `SHINGLE` words, case, punctuation and spacing ignored.

    `"Menlu Rusia: “5G adalah masalah penting”"` and `"menlu rusia 5G adalah masalah penting"` give the same.
    """
    words = _WORD.findall(normalise_text(text))
    return frozenset(
        int.from_bytes(hashlib.blake2b(" ".join(words[i : i + SHINGLE]).encode(), digest_size=8).digest())
        for i in range(max(len(words) - SHINGLE + 1, 0))
    )


def band_keys(found: frozenset[int]) -> tuple[int, ...]:
    """One signed 64-bit key per band (it fits a BIGINT): the band's number and its MinHash values."""
    signature = [min([(a * s + b) & _MASK for s in found]) for a, b in _SEEDS]
    return tuple(
        int.from_bytes(
            hashlib.blake2b(
                repr((band, signature[band * ROWS : (band + 1) * ROWS])).encode(), digest_size=8
            ).digest(),
            signed=True,
        )
        for band in range(BANDS)
    )


def resemblance(a: frozenset[int], b: frozenset[int]) -> float:
    """Share of the smaller shingle set found in the other: a copy trimmed of its last paragraphs still
    resembles the full story (1.0 when nothing else changed)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def same_story(a: frozenset[int], b: frozenset[int]) -> bool:
    """Two texts' shingles tell one story: both long enough to judge, and one nearly inside the other."""
    return min(len(a), len(b)) >= MIN_SHINGLES and resemblance(a, b) >= SAME_STORY
