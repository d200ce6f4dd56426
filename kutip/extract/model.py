"""What extraction finds in one article, as frozen dataclasses.

Offsets are Python string indices into the article text as given, so a claim or figure can always
be shown in context (`text[start:end]`) and stored without re-reading the source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SpeakerKind = Literal["person", "organisation", "place", "media", "poll"]
ClaimType = Literal["direct", "indirect"]


@dataclass(frozen=True)
class Speaker:
    """Someone who says something: canonical name (the fullest form in the article) and aliases.

    `Sergei Lavrov` with aliases `("Lavrov", "Menteri Luar Negeri Rusia")` and role
    `Menteri Luar Negeri Rusia`.
    """

    name: str
    kind: SpeakerKind = "person"
    role: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Claim:
    """One attributed statement: `text` is the statement itself (the quoted words, or the
    reported content without speech verb and speaker); `sentence` is the whole sentence around it."""

    speaker: Speaker
    type: ClaimType
    text: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True)
class Figure:
    """A normalised number: `US$ 392 juta` → value 392e6, unit `USD`.

    `to_value` only when the text states both ends of a change (`dari US$ 392 juta menjadi US$ 800 juta`),
    then `change_pct` is the computed change (+104.08). A range (`Rp 10-15 juta`) keeps its upper bound
    in `upper`, never in `to_value`. `direction` records a bare movement (`naik 3,9 persen` → "up").
    """

    text: str
    start: int
    end: int
    value: float
    unit: str | None = None
    to_value: float | None = None
    change_pct: float | None = None
    upper: float | None = None
    qualifier: str | None = None
    direction: Literal["up", "down"] | None = None
    subject: str | None = None
    claim_index: int | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything found in one article text."""

    language: str
    claims: tuple[Claim, ...] = ()
    figures: tuple[Figure, ...] = ()
    speakers: tuple[Speaker, ...] = field(default=())
