"""Extraction: article text → claims (who said what) and figures.

>>> extract("“5G adalah masalah penting bagi kami,” tegas Lavrov.").claims[0].speaker.name
'Lavrov'
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from kutip.extract.claims import find_claims
from kutip.extract.figures import find_figures
from kutip.extract.language import detect_language
from kutip.extract.model import Claim, Extraction, Figure, Speaker

__all__ = ["Claim", "Extraction", "Figure", "Speaker", "extract"]


def extract(text: str, language: str | None = None) -> Extraction:
    """Find every attributed claim and every figure in `text`; figures inside a claim are linked to it."""
    lang = language or detect_language(text)
    claims = tuple(find_claims(text, lang))
    figures = tuple(_link(find_figures(text, lang), claims))
    speakers = tuple(dict.fromkeys(c.speaker for c in claims))
    return Extraction(language=lang, claims=claims, figures=figures, speakers=speakers)


def _link(figures: list[Figure], claims: tuple[Claim, ...]) -> list[Figure]:
    """Attach each figure to the claim whose statement (or failing that, sentence) holds it.

    Claims are looked up by position (bisect), not scanned per figure: an article of thousands of
    figures and claims must stay linear.
    """
    statements = sorted((c.start, c.end, i) for i, c in enumerate(claims))
    sentences = sorted((c.sentence_start, c.sentence_end, i) for i, c in enumerate(claims))
    linked = []
    for fig in figures:
        owner = _holder(statements, fig)
        if owner is None:
            owner = _holder(sentences, fig)
        linked.append(replace(fig, claim_index=owner) if owner is not None else fig)
    return linked


_NEARBY = 8  # spans starting just before a figure; a holder further back would have to nest


def _holder(spans: list[tuple[int, int, int]], fig: Figure) -> int | None:
    """The earliest claim among the nearest spans (start, end, index) that contain the figure."""
    k = bisect_right(spans, (fig.start, 1 << 62, 1 << 62))
    held = [i for start, end, i in spans[max(0, k - _NEARBY) : k] if start <= fig.start and fig.end <= end]
    return min(held) if held else None
