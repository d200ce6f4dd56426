"""Read a reader's question: what kind of answer it wants, whom it names, and what it is about.

    "Apa kata Lavrov soal 5G?"                 → kind "said", speaker words "lavrov", topic ["5g"]
    "Siapa yang bilang Huawei meneruskan data?" → kind "who", topic ["huawei", "terus", "informasi"]
    "Berapa nilai transaksi Huawei di Rusia?"   → kind "figure"
Speaker names are not known here (that needs the database); `candidate_names` lists the word
n-grams that may name someone, and the caller matches them against stored aliases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from kutip.answer import lexicon
from kutip.answer.terms import fold, terms, words

Kind = Literal["said", "who", "figure", "when"]

_WHO = re.compile(r"^\s*(?:siapa|who)\b", re.I)
_FIGURE = re.compile(r"^\s*(?:berapa|how\s+(?:many|much))\b", re.I)
_WHEN = re.compile(r"^\s*(?:kapan|when)\b", re.I)


@dataclass(frozen=True)
class Question:
    text: str
    kind: Kind
    language: str
    words: tuple[str, ...]  # folded words, stop words kept: for matching names
    topic: tuple[str, ...]  # search terms (stemmed, stop words dropped)

    def candidate_names(self, longest: int = 4) -> list[str]:
        """Word n-grams (longest first) that may be a speaker's name or alias: `menlu rusia`, `lavrov`."""
        grams = []
        content = [w for w in self.words]
        for n in range(min(longest, len(content)), 0, -1):
            for i in range(len(content) - n + 1):
                gram = content[i : i + n]
                if n == 1 and (gram[0] in lexicon.STOP_WORDS or len(gram[0]) < 2):
                    continue
                grams.append(" ".join(gram))
        return grams


def parse_question(text: str) -> Question:
    text = text.strip()
    if _WHO.match(text):
        kind: Kind = "who"
    elif _FIGURE.match(text):
        kind = "figure"
    elif _WHEN.match(text):
        kind = "when"
    else:
        kind = "said"
    folded = words(text)
    en = sum(w in lexicon.ENGLISH_CUES for w in folded)
    idn = sum(w in lexicon.INDONESIAN_CUES for w in folded)
    return Question(
        text=text,
        kind=kind,
        language="en" if en > idn else "id",
        words=tuple(folded),
        topic=tuple(dict.fromkeys(terms(text))),
    )


def is_question_like(text: str) -> bool:
    """Anything with a letter can be asked; this filters stickers' alt-text and bare punctuation."""
    return any(c.isalpha() for c in fold(text))
