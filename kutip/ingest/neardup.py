"""Near-duplicates: the same wire story republished by several outlets with small edits.

Exact copies are caught by the content hash. A syndicated copy differs a little: another headline, a
byline ("JAKARTA, KOMPAS.com -"), a "Baca juga: …" line, a trimmed last paragraph. Such copies
share most of their five-word shingles, which unrelated articles (even on the same topic) do not.

Finding them among 100k stored articles without reading every text: a MinHash signature of the
shingles is cut into `BANDS` bands; two articles whose shingles overlap a lot agree on at least one
band with high probability (Jaccard 0.5 → 93 %, 0.7 → 99.9 %), and unrelated ones almost never do.
The signature is a one-permutation MinHash (Li, Owen & Zhang 2012; densified as Shrivastava & Li
2014): each shingle hash falls in one of the signature's slots and each slot keeps its smallest, so
the signature costs one pass over the shingles instead of one pass per slot (60 times less work on
every article ingested).
The band keys are stored in an indexed table; a new article's keys name a handful of candidates,
each then checked against its own text with `resemblance`.
"""

from __future__ import annotations

import functools
import hashlib
import operator
import re
from dataclasses import dataclass

from kutip.ingest.article import normalise_text

SHINGLE = 5  # words per shingle: long enough that common phrases ("kata dia kepada wartawan") are rare
BANDS = 20
ROWS = 3  # hashes per band; BANDS × ROWS hashes in the signature
MIN_SHINGLES = 20  # shorter texts (a headline, a one-line paste) say too little to call a copy
SAME_STORY = 0.7  # share of the shorter text's shingles the longer one holds

_SLOTS = BANDS * ROWS
_BORROWED = 1 << 64  # above any slot's own value: a borrowed value never equals an owned one
_WORD = re.compile(r"\w+")
_HASH = functools.partial(hashlib.blake2b, digest_size=8)
_DIGEST = operator.methodcaller("digest")


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
    # the runs of SHINGLE words (zip stops at the last full one), hashed by C functions in turn
    runs = map(" ".join, zip(*(words[i:] for i in range(SHINGLE)), strict=False))
    return frozenset(map(int.from_bytes, map(_DIGEST, map(_HASH, map(str.encode, runs)))))


def band_keys(found: frozenset[int]) -> tuple[int, ...]:
    """One signed 64-bit key per band (it fits a BIGINT): the band's number and its MinHash values."""
    signature = _signature(found)
    return tuple(
        int.from_bytes(
            hashlib.blake2b(
                repr((band, signature[band * ROWS : (band + 1) * ROWS])).encode(), digest_size=8
            ).digest(),
            signed=True,
        )
        for band in range(BANDS)
    )


def _signature(found: frozenset[int]) -> list[int]:
    """One-permutation MinHash: slot `s % SLOTS` keeps the least `s // SLOTS`; an empty slot (a short
    text has some) borrows from the next filled one, offset by how far it looked, so two texts agree on
    it only if they agree on that one."""
    slots: list[int | None] = [None] * _SLOTS
    for value in found:
        rank, slot = divmod(value, _SLOTS)
        least = slots[slot]
        if least is None or rank < least:
            slots[slot] = rank
    signature = []
    for slot in range(_SLOTS):
        step = 0
        while slots[(slot + step) % _SLOTS] is None:
            step += 1
        signature.append(slots[(slot + step) % _SLOTS] + step * _BORROWED)  # type: ignore[operator]
    return signature


def resemblance(a: frozenset[int], b: frozenset[int]) -> float:
    """Share of the smaller shingle set found in the other: a copy trimmed of its last paragraphs still
    resembles the full story (1.0 when nothing else changed)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def same_story(a: frozenset[int], b: frozenset[int]) -> bool:
    """Two texts' shingles tell one story: both long enough to judge, and one nearly inside the other."""
    return min(len(a), len(b)) >= MIN_SHINGLES and resemblance(a, b) >= SAME_STORY
