"""Read a reader's question: what kind of answer it wants, whom it names, and what it is about.

    "Apa kata Lavrov soal 5G?"                 → kind "said", speaker words "lavrov", topic ["5g"]
    "Lavrov bilang apa soal Huawei?"           → kind "said", speaker words "lavrov", topic ["huawei"]
    "Siapa yang bilang Huawei meneruskan data?" → kind "who", no speaker, topic ["huawei", "terus", "informasi"]
    "Berapa nilai transaksi Huawei di Rusia?"   → kind "figure", topic ["nilai", "transaksi", "huawei", "rusia"]

Speaker names are not known here (that needs the database): the question frames in the language lexicons cut
out the words in the speaker's slot, and `speaker_names()` lists their n-grams (titles expanded and
contracted: `menlu rusia` and `menteri luar negeri rusia`) for the caller to match against stored aliases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from kutip.answer.terms import STOP_WORDS, fold, terms, words
from kutip.extract.lexicon import lexicon

_ID, _EN = lexicon("id"), lexicon("en")

Kind = Literal["said", "who", "figure", "when"]

MAX_SPEAKER_WORDS = 7  # a longer name slot is no name: the frame matched a question it was not made for


def _opening(*openers: tuple[str, ...]) -> re.Pattern[str]:
    """`("how many", …)` → a pattern for a question that starts with one of them, any spacing or case."""
    either = "|".join(o.replace(" ", r"\s+") for group in openers for o in group)
    return re.compile(rf"^\s*(?:{either})\b", re.I)


_WHO = _opening(_ID.who_openers, _EN.who_openers)
_FIGURE = _opening(_ID.figure_openers, _EN.figure_openers)
_WHEN = _opening(_ID.when_openers, _EN.when_openers)
# Indonesian frames first: the first frame that fits a question decides its speaker slot.
_TOPIC_MARK = "(?:" + "|".join(_ID.topic_marks + _EN.topic_marks) + ")"
_FRAMES = tuple(
    re.compile(f.replace("{topic}", _TOPIC_MARK)) for f in _ID.question_frames + _EN.question_frames
)
_SPEECH_VERBS = _ID.question_speech_verbs | _EN.question_speech_verbs
_TITLE_ABBREVIATIONS = _ID.title_abbreviations | _EN.title_abbreviations
_CONTRACTIONS = {tuple(full.split()): short for short, full in _TITLE_ABBREVIATIONS.items()}


@dataclass(frozen=True)
class Question:
    text: str
    kind: Kind
    language: str
    words: tuple[str, ...]  # folded words, stop words kept: for matching names
    topic: tuple[str, ...]  # search terms (stemmed, stop words dropped), the speaker slot left out
    speaker_words: tuple[str, ...] = ()  # the words in the speaker's slot, when a frame found one
    slot_topic: tuple[str, ...] = ()  # the slot's own search terms: the topic when no speaker answers to it

    def speaker_names(self, longest: int = 5) -> list[str]:
        """N-grams of the speaker slot (longest first) that may be a stored alias, titles in both forms."""
        grams: list[str] = []
        for variant in dict.fromkeys(_variants(self.speaker_words)):
            grams.extend(_grams(list(variant), longest))
        return list(dict.fromkeys(sorted(grams, key=lambda g: -len(g.split()))))

    def candidate_names(self, longest: int = 4) -> list[str]:
        """N-grams of the whole question, for "did you mean" suggestions when nothing answers."""
        return _grams(list(self.words), longest)


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
    english = sum(w in _EN.question_cues for w in folded)
    indonesian = sum(w in _ID.question_cues for w in folded)
    speaker, rest = _speaker_slot(folded) if kind in ("said", "when") else ((), " ".join(folded))
    return Question(
        text=text,
        kind=kind,
        language="en" if english > indonesian else "id",
        words=tuple(folded),
        topic=tuple(dict.fromkeys(terms(rest))),
        speaker_words=speaker,
        slot_topic=tuple(dict.fromkeys(terms(" ".join(speaker)))),
    )


def _speaker_slot(folded: list[str]) -> tuple[tuple[str, ...], str]:
    """(speaker words, topic text) by the first question frame that fits; no frame → no slot."""
    joined = " ".join(folded)
    for frame in _FRAMES:
        m = frame.match(joined)
        if not m:
            continue
        speaker = tuple(w for w in m.group("speaker").split() if w not in ("s", "t"))
        if not speaker or len(speaker) > MAX_SPEAKER_WORDS:
            continue
        topic = m.group("topic") or ""
        verb = m.groupdict().get("verb")
        if verb and verb not in _SPEECH_VERBS:
            topic = f"{verb} {topic}"
        return speaker, topic
    return (), joined


def _variants(speaker: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The slot as typed, with abbreviated titles spelled out, and with spelled-out titles abbreviated."""
    expanded: list[str] = []
    for w in speaker:
        expanded.extend(_TITLE_ABBREVIATIONS.get(w, w).split())
    contracted: list[str] = []
    i = 0
    while i < len(expanded):
        for full, short in _CONTRACTIONS.items():
            if tuple(expanded[i : i + len(full)]) == full:
                contracted.append(short)
                i += len(full)
                break
        else:
            contracted.append(expanded[i])
            i += 1
    return [speaker, tuple(expanded), tuple(contracted)]


def _grams(content: list[str], longest: int) -> list[str]:
    """Word n-grams, longest first, never starting or ending with a stop word (`the campaign` → `campaign`)."""
    grams = []
    for n in range(min(longest, len(content)), 0, -1):
        for i in range(len(content) - n + 1):
            gram = content[i : i + n]
            if gram[0] in STOP_WORDS or gram[-1] in STOP_WORDS or len(gram[-1]) < 2:
                continue
            grams.append(" ".join(gram))
    return grams


def is_question_like(text: str) -> bool:
    """Anything with a letter can be asked; this filters stickers' alt-text and bare punctuation."""
    return any(c.isalpha() for c in fold(text))
