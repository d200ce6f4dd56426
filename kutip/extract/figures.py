"""Figures. (First cut; the extraction engine issue replaces this.)"""

from __future__ import annotations

from kutip.extract.model import Figure


def find_figures(text: str, language: str) -> list[Figure]:
    return []
