"""Which stored speakers a question names, and which names to suggest when nothing answers.

Exact aliases first, by the longest mention ("Apa kata jubir KPK Budi Prasetyo …" names Budi
Prasetyo, 2 words, not KPK, 1 word); then near spellings for typos (`Lavorv` → Lavrov).
"""

from __future__ import annotations

from dataclasses import replace

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from kutip.answer.archive import AliasIndex, Archive, NamedSpeaker
from kutip.answer.questions import Question
from kutip.answer.terms import words

FUZZY_SCORE = 0.8  # a near spelling names a speaker less surely than the exact alias
SUGGEST_SCORE = 80  # WRatio a slot word needs to a stored alias to be offered as "did you mean"
SUGGESTIONS = 3


def name_speakers(archive: Archive, question: Question) -> list[NamedSpeaker]:
    """Speakers the question's speaker slot names by its longest mention; typos by near spelling."""
    grams = question.speaker_names()
    if not grams:
        return []
    rows = archive.speakers_by_alias(grams)
    if not rows:
        return near_speakers(archive, grams)
    return longest_mentions(rows)


def longest_mentions(rows: list[tuple[str, int, str]]) -> list[NamedSpeaker]:
    """(alias key, speaker id, name) rows → the speakers of the longest keys, once each:
    `[("kpk", 4, "KPK"), ("budi prasetyo", 9, "Budi Prasetyo")]` → Budi Prasetyo."""
    longest = max(len(key.split()) for key, _, _ in rows)
    found: dict[int, NamedSpeaker] = {}
    for key, sid, name in sorted(rows, key=lambda r: -len(r[0].split())):
        if len(key.split()) == longest and sid not in found:
            found[sid] = NamedSpeaker(sid, name, key, 1.0)
    return list(found.values())


def near_speakers(archive: Archive, grams: list[str]) -> list[NamedSpeaker]:
    """`Lavorv` → Lavrov, `Sberbang` → Sberbank: one edit (two in long names), transpositions included."""
    found = near_spellings(grams, archive.aliases())
    if not found:
        return []
    names = archive.speaker_names(found)
    return [replace(n, name=names[n.speaker_id]) for n in found.values()]


def near_spellings(grams: list[str], index: AliasIndex) -> dict[int, NamedSpeaker]:
    """Speakers (names not yet filled in) whose alias is one or two edits from a gram; the longest gram
    that names someone decides, as for exact names."""
    found: dict[int, NamedSpeaker] = {}
    for gram in grams:
        if len(gram) < 4 or len(gram.split()) > 3:
            continue
        allowed = 1 if len(gram) < 8 else 2
        for _key, _dist, i in process.extract(
            gram, index.keys, scorer=OSA.distance, score_cutoff=allowed, limit=5
        ):
            sid = index.speaker_ids[i]
            found.setdefault(sid, NamedSpeaker(sid, "", gram, FUZZY_SCORE))
        if found:
            break
    return found


def suggest(archive: Archive, question: Question, named: list[NamedSpeaker]) -> tuple[str, ...]:
    """Close names for a "did you mean" line: the speakers a near spelling named, or near spellings of
    the slot's words; never a name as it was typed (a speaker named exactly is answered from instead)."""
    grams = [g for g in (question.speaker_names() or question.candidate_names(2)) if len(g) >= 3]
    typed = set(grams)
    if named:
        return tuple(dict.fromkeys(n.name for n in named if " ".join(words(n.name)) not in typed))
    best = similar_speakers(grams, archive.aliases())
    if not best:
        return ()
    names = archive.speaker_names(best)
    return tuple(dict.fromkeys(names[s] for s in best if " ".join(words(names[s])) not in typed))


def similar_speakers(grams: list[str], index: AliasIndex) -> list[int]:
    """The few speakers whose aliases look most like the grams, best first (ties by id)."""
    scores: dict[int, float] = {}
    for gram in grams:
        for _, score, i in process.extract(
            gram, index.keys, scorer=fuzz.WRatio, limit=SUGGESTIONS, score_cutoff=SUGGEST_SCORE
        ):
            sid = index.speaker_ids[i]
            scores[sid] = max(scores.get(sid, 0.0), score)
    return sorted(scores, key=lambda s: (-scores[s], s))[:SUGGESTIONS]
