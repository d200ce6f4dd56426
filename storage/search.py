"""Full-text search per backend: FTS5 tables on SQLite, tsvector + GIN on PostgreSQL. The SQL that
differs between the two ends here; everything above works with claim and figure ids.

Both index the same folded terms (`kutip.answer.terms`), so a term matches on one backend exactly
when it does on the other, and callers rank the hits themselves (never by the backend's own rank,
which differs): the same question gets the same answers on SQLite and PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import bindparam
from sqlalchemy import text as sql
from sqlmodel import Session

from kutip.answer.rank import idf
from kutip.answer.terms import equivalents

# A search term per query that both FTS5 and to_tsquery read literally.
_SAFE = str.isalnum

_CLAIMS = {
    "sqlite": "SELECT rowid FROM claim_fts WHERE claim_fts MATCH :q ORDER BY rowid DESC LIMIT :n",
    "postgresql": "SELECT id FROM claim WHERE terms @@ to_tsquery('simple', :q) ORDER BY id DESC LIMIT :n",
}
_FIGURES = {
    "sqlite": "SELECT rowid FROM figure_fts WHERE figure_fts MATCH :q ORDER BY rowid DESC LIMIT :n",
    "postgresql": "SELECT id FROM figure WHERE search @@ to_tsquery('simple', :q) ORDER BY id DESC LIMIT :n",
}
# PostgreSQL answers `ORDER BY id DESC LIMIT n` for a common term by walking the primary key backwards
# and testing every claim on the way (it assumes matches are spread evenly): 30-100 ms at 1M claims.
# Instead the newest ids where claim_term's counts put about WINDOW × n matches are searched first
# (the GIN bitmap intersected with an id range; `id + 0` keeps the planner off the backward walk),
# the range widening until n are found or the whole table was searched: the same ids either way.
_NEWEST_CLAIMS = (
    "SELECT id FROM claim WHERE terms @@ to_tsquery('simple', :q) AND id > :since "
    "ORDER BY id + 0 DESC LIMIT :n"
)
WINDOW = 3
WIDEN = 4


def term_weights(session: Session, topic: tuple[str, ...]) -> tuple[dict[str, float], dict[str, int]]:
    """Rarity weight and claim count of each topic term, from `claim_term` (see `kutip.answer.rank.idf`)."""
    if not topic:
        return {}, {}
    forms = {t: equivalents(t) for t in topic}
    rows = session.execute(
        sql("SELECT term, claims FROM claim_term WHERE term IN :terms").bindparams(
            bindparam("terms", expanding=True)
        ),
        {"terms": sorted(set().union(*forms.values()))},
    ).all()
    stored = dict(rows)
    # a term with translations counts the claims of each (`poison` + `keracun` + `racun`): an upper bound
    counts = {t: n for t, same in forms.items() if (n := sum(stored.get(f, 0) for f in same))}
    total = session.execute(sql("SELECT max(id) FROM claim")).scalar() or 0
    return {t: idf(counts.get(t, 0), total) for t in topic}, counts


def search_claims(session: Session, dialect: str, terms: list[str], limit: int) -> list[int]:
    """Claims holding all `terms` (newest first)."""
    return _search(session, _CLAIMS[_kind(dialect)], dialect, terms, limit)


def search_figures(session: Session, dialect: str, terms: list[str], limit: int) -> list[int]:
    """Figures whose subject or sentence hold all `terms` (newest first)."""
    return _search(session, _FIGURES[_kind(dialect)], dialect, terms, limit)


def candidate_claim_ids(
    session: Session, dialect: str, rare: list[str], limit: int, counts: dict[str, int] | None = None
) -> list[int]:
    """Claims holding all the rare terms, then those holding any one of them: a bounded candidate set.

    `counts` (claims per term, from `term_weights`) let PostgreSQL look among the newest claims first.
    """
    if dialect != "postgresql" or not counts:
        return _candidates(search_claims, session, dialect, rare, limit)
    total = session.execute(sql("SELECT max(id) FROM claim")).scalar() or 0

    def search(session: Session, dialect: str, terms: list[str], limit: int) -> list[int]:
        count = min((counts.get(t, 0) for t in terms), default=0)  # all terms: at most the rarest's count
        span = WINDOW * limit * total // count if count else total
        found: list[int] = []
        while len(found) < limit:
            found = _search(session, _NEWEST_CLAIMS, dialect, terms, limit, since=max(total - span, 0))
            if span >= total:
                break
            span *= WIDEN
        return found

    return _candidates(search, session, dialect, rare, limit)


def candidate_figure_ids(session: Session, dialect: str, rare: list[str], limit: int) -> list[int]:
    return _candidates(search_figures, session, dialect, rare, limit)


def _candidates(search, session: Session, dialect: str, rare: list[str], limit: int) -> list[int]:
    found: dict[int, None] = {}
    if len(rare) > 1:
        found.update(dict.fromkeys(search(session, dialect, rare, limit)))
    for term in rare:
        found.update(dict.fromkeys(search(session, dialect, [term], limit)))
    return list(found)


def _search(
    session: Session, statement: str, dialect: str, terms: list[str], limit: int, since: int = 0
) -> list[int]:
    safe = [t for t in terms if _SAFE(t)]
    if not safe:
        return []
    query = " & ".join(map(_pg_term, safe)) if dialect == "postgresql" else " AND ".join(map(_fts_term, safe))
    return [row[0] for row in session.execute(sql(statement), {"q": query, "n": limit, "since": since})]


def _pg_term(term: str) -> str:
    """A term or any of its translations, in one search: `(keracun | poison | racun)`."""
    return "(" + " | ".join(sorted(equivalents(term))) + ")"


def _fts_term(term: str) -> str:
    return "(" + " OR ".join(f'"{t}"' for t in sorted(equivalents(term))) + ")"


def _kind(dialect: str) -> str:
    return "postgresql" if dialect == "postgresql" else "sqlite"
