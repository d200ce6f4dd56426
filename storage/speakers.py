"""One row per real speaker across articles: `Lavrov` in one article and `Sergei Lavrov` in the next
are one person, while `Budi Karya Sumadi` and `Budi Arie Setiadi` stay two.

A new speaker joins an existing one when one's full name contains the other's (token-wise) or the
two are near-identical spellings (`Sberbang` ↔ `Sberbank`, rapidfuzz ≥ 90 with the same number of
words); candidates come from the alias index, never from comparing every speaker with every other.
"""

from __future__ import annotations

from rapidfuzz import fuzz
from sqlalchemy import bindparam, insert
from sqlmodel import Session, col, select

from kutip.answer.terms import fold, words
from kutip.extract.lexicon import LANGUAGES
from kutip.extract.model import Speaker as FoundSpeaker
from storage.models import Speaker, SpeakerAlias

FUZZY_MERGE = 90
# built once: statements are rebuilt per call otherwise, which costs more than running them
_SPEAKERS_BY_ALIAS = (
    select(Speaker, SpeakerAlias.key)
    .join(SpeakerAlias, col(SpeakerAlias.speaker_id) == col(Speaker.id))
    .where(col(SpeakerAlias.key).in_(bindparam("keys", expanding=True)))
    .order_by(col(SpeakerAlias.id))
)
_ALIASES_OF = select(SpeakerAlias.speaker_id, SpeakerAlias.key).where(
    col(SpeakerAlias.speaker_id).in_(bindparam("ids", expanding=True))
)
_ORGANISATION_WORDS = frozenset().union(*(lex.org_words for lex in LANGUAGES.values()))


def speaker_key(name: str) -> str:
    """`Sergei  Lavrov` → `sergei lavrov`."""
    return " ".join(words(name))


def resolve_speakers(session: Session, said: dict[FoundSpeaker, int]) -> dict[FoundSpeaker, Speaker]:
    """Stored rows for the speakers in `said`, taken in that order, created or merged, each credited
    with its number of claims; aliases and roles kept up to date.

    One query fetches every alias any of them could match; a later speaker also matches the rows and
    aliases made for earlier ones (`Lavrov`, then `Sergei Lavrov` in the same article). Changed rows
    are written in one flush (updates by id, then the new speakers), their aliases in one statement.
    """
    found = list(said)
    if not found:
        return {}
    lookups = {f: _lookup(f, speaker_key(f.name)) for f in found}
    known = _known_aliases(session, set().union(*lookups.values()))
    rows: dict[FoundSpeaker, Speaker] = {}
    wanted: list[tuple[Speaker, str, str]] = []  # (row, alias, its key) in the order met
    for f in found:
        key = speaker_key(f.name)
        row = _match(session, known, f, key, lookups[f])
        if row is None:
            row = Speaker(name=f.name, key=key, kind=f.kind, role=f.role)
            session.add(row)
        else:
            if len(key) > len(row.key) and set(row.key.split()) <= set(key.split()):
                row.name, row.key = f.name, key  # the fullest form wins
            if f.role and not row.role:
                row.role = f.role
        surname = (f.name.split()[-1],) if f.kind == "person" and " " in f.name.strip() else ()
        names = (f.name, *f.aliases, *surname, *((f.role,) if f.role else ()))
        aliases = [(name, speaker_key(name)) for name in names]
        aliases = [(name, k) for name, k in aliases if k]
        if fold(row.name):
            aliases.append((row.name, speaker_key(row.name)))
        for name, alias in aliases:
            wanted.append((row, name, alias))
            alias_rows = known.get(alias)
            if alias_rows is not None and not any(r is row for r in alias_rows):
                alias_rows.append(row)
        rows[f] = row
    for f, row in rows.items():
        row.claim_count += said[f]
    session.flush()  # ids for the new speakers
    _add_aliases(session, wanted)
    return rows


def _lookup(found: FoundSpeaker, key: str) -> set[str]:
    """Alias keys that can point at `found`: its name, its aliases and its longer words."""
    return {key, *(speaker_key(a) for a in found.aliases), *(t for t in key.split() if len(t) > 2)}


def _known_aliases(session: Session, keys: set[str]) -> dict[str, list[Speaker]]:
    """Stored speakers by alias key, for every key in `keys` (an empty list where none): oldest alias first."""
    known: dict[str, list[Speaker]] = {k: [] for k in keys}
    for row, alias in session.exec(_SPEAKERS_BY_ALIAS, params={"keys": list(keys)}):
        known[alias].append(row)
    return known


def _match(
    session: Session, known: dict[str, list[Speaker]], found: FoundSpeaker, key: str, lookup: set[str]
) -> Speaker | None:
    tokens = key.split()
    best, best_score = None, 0.0
    for alias in sorted(lookup):
        for row in known[alias]:
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


def _add_aliases(session: Session, wanted: list[tuple[Speaker, str, str]]) -> None:
    """Store the aliases in `wanted` that their speaker lacks, in order, with one statement."""
    have = set(session.exec(_ALIASES_OF, params={"ids": list({row.id for row, _, _ in wanted})}))
    new = []
    for row, alias, key in wanted:
        if (row.id, key) not in have:
            new.append({"speaker_id": row.id, "alias": alias, "key": key})
            have.add((row.id, key))
    if new:
        session.execute(insert(SpeakerAlias), new)
