"""Extraction: article text → claims (who said what) and figures.

>>> extract("“5G adalah masalah penting bagi kami,” tegas Lavrov.").claims[0].speaker.name
'Lavrov'
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from kutip.extract.claims import find_claims
from kutip.extract.collector import collector_paused
from kutip.extract.figures import find_figures
from kutip.extract.language import detect_language
from kutip.extract.model import Claim, Extraction, Figure, Speaker

__all__ = ["Claim", "Extraction", "Figure", "Speaker", "extract"]


def extract(text: str, language: str | None = None) -> Extraction:
    """Find every attributed claim and every figure in `text`; figures inside a claim are linked to it."""
    with collector_paused():
        lang = language or detect_language(text)
        claims = tuple(find_claims(text, lang))
        figures = tuple(find_figures(text, lang, _owner(claims)))
        speakers = tuple(dict.fromkeys(c.speaker for c in claims))
        return Extraction(language=lang, claims=claims, figures=figures, speakers=speakers)


def _owner(claims: tuple[Claim, ...]) -> Callable[[int, int], int | None]:
    """The claim whose statement (or failing that, sentence) holds a figure's span, as its index.

    Handed to `find_figures`, so each figure is made once with its link rather than copied after.
    Claims are looked up by position (bisect), not scanned per figure: an article of thousands of
    figures and claims must stay linear.
    """
    statements = sorted((c.start, c.end, i) for i, c in enumerate(claims))
    sentences = sorted((c.sentence_start, c.sentence_end, i) for i, c in enumerate(claims))

    def owner(start: int, end: int) -> int | None:
        found = _holder(statements, start, end)
        return found if found is not None else _holder(sentences, start, end)

    return owner


_NEARBY = 8  # spans starting just before a figure; a holder further back would have to nest


def _holder(spans: list[tuple[int, int, int]], start: int, end: int) -> int | None:
    """The earliest claim among the nearest spans (start, end, index) that contain `start..end`."""
    k = bisect_right(spans, (start, 1 << 62, 1 << 62))
    held = [i for s, e, i in spans[max(0, k - _NEARBY) : k] if s <= start and end <= e]
    return min(held) if held else None
