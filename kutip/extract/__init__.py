"""Extraction: article text → claims (who said what) and figures.

    >>> extract("“5G adalah masalah penting bagi kami,” tegas Lavrov.").claims[0].speaker.name
    'Lavrov'
"""

from __future__ import annotations

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
    """Attach each figure to the claim whose statement (or failing that, sentence) holds it."""
    from dataclasses import replace

    linked = []
    for fig in figures:
        owner = next((i for i, c in enumerate(claims) if c.start <= fig.start and fig.end <= c.end), None)
        if owner is None:
            owner = next(
                (i for i, c in enumerate(claims) if c.sentence_start <= fig.start and fig.end <= c.sentence_end),
                None,
            )
        linked.append(replace(fig, claim_index=owner) if owner is not None else fig)
    return linked
