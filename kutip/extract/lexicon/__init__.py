"""Language knowledge as data: one module per language (`id`, `en`), each a `Lexicon` (model.py).

Adding a speech verb, a scale word or a currency is a one-line change there, with a test beside it;
language-neutral tables (currency signs, unit abbreviations) are in `units.py`.

>>> lexicon("id").scale_words["juta"]
1000000.0
"""

from __future__ import annotations

from kutip.extract.lexicon import en, id
from kutip.extract.lexicon.model import Lexicon

__all__ = ["LANGUAGES", "Lexicon", "lexicon"]

LANGUAGES: dict[str, Lexicon] = {lex.code: lex for lex in (id.LEXICON, en.LEXICON)}

# Text in a language kutip has no lexicon for is read as Indonesian, its first language.
FALLBACK = "id"


def lexicon(code: str) -> Lexicon:
    """The lexicon of language `code` ("id", "en"), or the fallback language's for any other."""
    return LANGUAGES.get(code) or LANGUAGES[FALLBACK]
