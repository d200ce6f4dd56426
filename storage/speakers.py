"""One row per real speaker across articles: `Lavrov` in one article and `Sergei Lavrov` in the next
are one person, while `Budi Karya Sumadi` and `Budi Arie Setiadi` stay two.

A new speaker joins an existing one when one's full name contains the other's (token-wise) or the
two are near-identical spellings (`Sberbang` ↔ `Sberbank`, rapidfuzz ≥ 90 with the same number of
words); candidates come from the alias index, never from comparing every speaker with every other.
"""

from __future__ import annotations

from rapidfuzz import fuzz
from sqlmodel import Session, col, select

from kutip.answer.terms import fold, words
from kutip.extract.lexicon import en
from kutip.extract.lexicon import id as id_
from kutip.extract.model import Speaker as FoundSpeaker
from storage.models import Speaker, SpeakerAlias

FUZZY_MERGE = 90
_ORGANISATION_WORDS = en.ORG_WORDS | id_.ORG_WORDS


def speaker_key(name: str) -> str:
    """`Sergei  Lavrov` → `sergei lavrov`."""
    return " ".join(words(name))


def resolve_speaker(session: Session, found: FoundSpeaker) -> Speaker:
    """The stored speaker for `found`, created or merged; its aliases and role are kept up to date."""
    key = speaker_key(found.name)
    row = _match(session, found, key)
    if row is None:
        row = Speaker(name=found.name, key=key, kind=found.kind, role=found.role)
        session.add(row)
        session.flush()
    else:
        if len(key) > len(row.key) and set(row.key.split()) <= set(key.split()):
            row.name, row.key = found.name, key  # the fullest form wins
        if found.role and not row.role:
            row.role = found.role
    surname = (found.name.split()[-1],) if found.kind == "person" and " " in found.name.strip() else ()
    _add_aliases(session, row, (found.name, *found.aliases, *surname, *((found.role,) if found.role else ())))
    return row


def _match(session: Session, found: FoundSpeaker, key: str) -> Speaker | None:
    tokens = key.split()
    lookup = {key, *(speaker_key(a) for a in found.aliases), *(t for t in tokens if len(t) > 2)}
    rows = session.exec(
        select(Speaker, SpeakerAlias.key)
        .join(SpeakerAlias, col(SpeakerAlias.speaker_id) == col(Speaker.id))
        .where(col(SpeakerAlias.key).in_(lookup))
    ).all()
    best, best_score = None, 0.0
    for row, alias in rows:
        # the new name is exactly a known alias (`Jokowi` of Joko Widodo), or the names fit together
        score = 2.5 if alias == key else _compatibility(tokens, row.key.split())
        if score > best_score or (
            score == best_score and best is not None and row.claim_count > best.claim_count
        ):
            best, best_score = row, score
    if best is not None:
        return best
    if len(tokens) == 1 and len(key) >= 5:
        return _fuzzy_single(session, key)
    return None


def _compatibility(new: list[str], old: list[str]) -> float:
    """>0 when the names can be one speaker: one's words contain the other's, or a near spelling.

    `Hillary Clinton's campaign` holds `Hillary Clinton` but is not her: the extra words name an
    organisation."""
    a, b = set(new), set(old)
    if a == b:
        return 3.0
    if a <= b or b <= a:
        return 0.0 if (a ^ b) & _ORGANISATION_WORDS else 2.0
    if len(new) == len(old) and fuzz.ratio(" ".join(new), " ".join(old)) >= FUZZY_MERGE:
        return 1.0
    return 0.0


def _fuzzy_single(session: Session, key: str) -> Speaker | None:
    """`sberbang` ↔ `sberbank`: one-word names sharing a prefix, nearly the same letters."""
    rows = session.exec(
        select(Speaker).where(col(Speaker.key).startswith(key[:3])).where(~col(Speaker.key).contains(" "))
    ).all()
    scored = [(fuzz.ratio(key, r.key), r) for r in rows]
    scored = [(s, r) for s, r in scored if s >= 85 and len(r.key) == len(key)]
    return max(scored, key=lambda sr: sr[0])[1] if scored else None


def _add_aliases(session: Session, row: Speaker, names: tuple[str, ...]) -> None:
    have = set(session.exec(select(SpeakerAlias.key).where(SpeakerAlias.speaker_id == row.id)).all())
    for name in names:
        key = speaker_key(name)
        if key and key not in have:
            session.add(SpeakerAlias(speaker_id=row.id, alias=name, key=key))
            have.add(key)
    if fold(row.name) and speaker_key(row.name) not in have:
        session.add(SpeakerAlias(speaker_id=row.id, alias=row.name, key=speaker_key(row.name)))
