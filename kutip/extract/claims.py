"""Attributed claims. (First cut; the extraction engine issue replaces this.)"""

from __future__ import annotations

from kutip.extract.model import Claim


def find_claims(text: str, language: str) -> list[Claim]:
    return []
