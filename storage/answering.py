"""Answer a question from the database: find the speaker it names, fetch candidate claims, rank.

The parsing and ranking are the pure core (`kutip.answer`); this module only fetches: speakers by
alias (exact, then near spellings for typos like `Lavorv`), their claims, or claims by full-text
search (`storage.search`) when the question names nobody ("Siapa yang bilang …?"). Figure questions
("Berapa …?", "How many …?") are answered from stored figures with the sentence they come from.

Statements are fetched light (ids and stored terms), ranked, and only the page shown is read in full.
A quote that syndicated copies of one story repeat (`article.related_to_id`) is answered once.
"""

from __future__ import annotations

import threading
import weakref
from collections import Counter
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA
from sqlalchemy import Engine, func, or_
from sqlmodel import Session, col, select

from kutip.answer.questions import Question, parse_question
from kutip.answer.rank import coverage, once_per_story, rank
from kutip.answer.statement import Statement
from kutip.answer.terms import equivalents, terms, words
from storage.db import Store
from storage.models import Article, Claim, Figure, Speaker, SpeakerAlias
from storage.search import WIDEN, WINDOW, candidate_claim_ids, candidate_figure_ids, rare_first, term_weights

SPEAKER_CLAIMS = 1000  # newest claims of a named speaker that are ranked
SEARCH_LIMIT = 300  # claims fetched per full-text query
MANY_SPEAKERS = 20  # a title many share (`Menkeu` over ten years): search the topic, keep their claims
FUZZY_SCORE = 0.8  # a near spelling names a speaker less surely than the exact alias
# What ranking reads of a claim (see `_light`); text, speaker and article only for the page shown.
_LIGHT = (
    Claim.id,
    Claim.speaker_id,
    Claim.type,
    Claim.published,
    Claim.text_terms,
    Claim.sentence_terms,
    Claim.article_id,
)


@dataclass(frozen=True)
class FigureAnswer:
    """The number behind a figure answer: `US$ 392 juta` → 392e6 USD, to 800e6, +104.08 %."""

    value: float
    unit: str | None
    to_value: float | None
    change_pct: float | None
    subject: str | None
    text: str


@dataclass(frozen=True)
class AnswerSet:
    """Answers best first (a page of them), how many there are in all, and "did you mean" names when none."""

    question: Question
    answers: tuple[Statement, ...]
    suggestions: tuple[str, ...] = ()
    total: int = 0
    speakers: tuple[str, ...] = field(default=())
    figures: tuple[FigureAnswer | None, ...] = ()  # beside `answers`, for figure questions

    def to_json(self) -> dict:
        rows = []
        for i, a in enumerate(self.answers):
            row = {
                "speaker": a.speaker,
                "speaker_role": a.speaker_role,
                "text": a.text,
                "sentence": a.sentence,
                "type": a.type,
                "article_title": a.article_title,
                "article_url": a.article_url,
                **({"published": a.published.isoformat()} if a.published else {}),  # the article's own date
                "stored": a.stored.isoformat() if a.stored else None,
                "score": a.score,
                "claim_id": a.claim_id,
                "article_id": a.article_id,
            }
            figure = self.figures[i] if i < len(self.figures) else None
            if figure is not None:
                row["figure"] = {
                    "value": figure.value,
                    "unit": figure.unit,
                    "to_value": figure.to_value,
                    "change_pct": figure.change_pct,
                    "subject": figure.subject,
                    "text": figure.text,
                }
            rows.append(row)
        return {"answers": rows, "suggestions": list(self.suggestions), "total": self.total}


def answer_question(store: Store, text: str, limit: int = 5, offset: int = 0) -> AnswerSet:
    """Best answers to a reader's question, `limit` of them from `offset` ("more" asks for the next page)."""
    question = parse_question(text)
    if question.kind == "figure":
        found = answer_figures(store, question, limit, offset)
        if found.answers:
            return found
    with store.reading() as session:
        named = match_speakers(store, session, question)
        if named:
            topic, required = question.topic, ()
            candidates = _claims_of(session, store.dialect, named, topic)
        else:
            # a slot no stored speaker answers to (`Apa kata Jokowi soal 5G?`) must at least be in the claim
            topic, required = question.topic + question.slot_topic, question.slot_topic
            candidates = _claims_matching(session, store.dialect, topic)
        weights, _ = term_weights(session, topic)
        if required:
            candidates = [c for c in candidates if coverage(required, weights, c) > 0]
        ranked = _once_per_story(session, rank(topic, candidates, named_speaker=bool(named), weights=weights))
        exact = [n for n in named if n.score == 1.0]
        if exact and topic and not ranked:
            # named as stored but nothing with the topic's words (`What did Clinton say about
            # Alzheimer's?`, her claims say "the disease"): their newest words answer, not their name
            widened = _claims_of(session, store.dialect, exact, ())
            ranked = _once_per_story(session, rank((), widened, named_speaker=True, weights={}))
        page = _hydrate(session, ranked[offset : offset + limit])
        suggestions = () if ranked else _suggest(store, session, question, named)
    return AnswerSet(
        question=question,
        answers=tuple(page),
        suggestions=suggestions,
        total=len(ranked),
        speakers=tuple(dict.fromkeys(n.name for n in named)),
    )


@dataclass(frozen=True)
class NamedSpeaker:
    speaker_id: int
    name: str
    gram: str  # the words of the question that named them
    score: float


def match_speakers(store: Store, session: Session, question: Question) -> list[NamedSpeaker]:
    """Speakers the question's speaker slot names by its longest mention; typos by near spelling.

    "Apa kata jubir KPK Budi Prasetyo …" names Budi Prasetyo (2 words), not KPK (1 word).
    """
    grams = question.speaker_names()
    if not grams:
        return []
    rows = session.exec(
        select(SpeakerAlias.key, Speaker.id, Speaker.name)
        .join(Speaker, col(Speaker.id) == col(SpeakerAlias.speaker_id))
        .where(col(SpeakerAlias.key).in_(grams))
    ).all()
    if not rows:
        return _near_speakers(store, session, grams)
    longest = max(len(key.split()) for key, _, _ in rows)
    found: dict[int, NamedSpeaker] = {}
    for key, sid, name in sorted(rows, key=lambda r: -len(r[0].split())):
        if len(key.split()) == longest and sid not in found:
            found[sid] = NamedSpeaker(sid, name, key, 1.0)
    return list(found.values())


def _near_speakers(store: Store, session: Session, grams: list[str]) -> list[NamedSpeaker]:
    """`Lavorv` → Lavrov, `Sberbang` → Sberbank: one edit (two in long names), transpositions included."""
    index = alias_index(store, session)
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
            break  # the longest gram that names someone decides, as for exact names
    if not found:
        return []
    names = dict(session.exec(select(Speaker.id, Speaker.name).where(col(Speaker.id).in_(list(found)))).all())
    return [replace(n, name=names[n.speaker_id]) for n in found.values()]


@dataclass(frozen=True)
class AliasIndex:
    """Every alias key with its speaker, for near-spelling matches without a query per question."""

    marker: tuple[int, int]
    keys: list[str]
    speaker_ids: list[int]


_ALIASES: weakref.WeakKeyDictionary[Engine, AliasIndex] = weakref.WeakKeyDictionary()
_ALIASES_LOCK = threading.Lock()


def alias_index(store: Store, session: Session) -> AliasIndex:
    """The cached alias list of `store`, reloaded when an alias was added since (checked by count and max id)."""
    marker = tuple(session.exec(select(func.count(), func.coalesce(func.max(SpeakerAlias.id), 0))).one())
    with _ALIASES_LOCK:
        cached = _ALIASES.get(store.engine)
    if cached is not None and cached.marker == marker:
        return cached
    rows = session.exec(select(SpeakerAlias.key, SpeakerAlias.speaker_id).order_by(SpeakerAlias.id)).all()
    index = AliasIndex(marker, [k for k, _ in rows], [s for _, s in rows])
    with _ALIASES_LOCK:
        _ALIASES[store.engine] = index
    return index


def _claims_of(
    session: Session, dialect: str, named: list[NamedSpeaker], topic: tuple[str, ...]
) -> list[Statement]:
    """The named speakers' claims that touch the topic (all their newest when there is no topic)."""
    scores: dict[int, float] = {}
    for n in named:
        scores[n.speaker_id] = max(scores.get(n.speaker_id, 0.0), n.score)
    if topic and len(scores) > MANY_SPEAKERS:
        return [
            replace(c, speaker_score=scores[c.speaker_id])
            for c in _claims_matching(session, dialect, topic)
            if c.speaker_id in scores
        ]
    wanted = set().union(*map(equivalents, topic))
    return [
        _light(row, scores[row[1]])
        for row in newest_claims(session, list(scores), SPEAKER_CLAIMS)
        if not wanted or not wanted.isdisjoint(row[5].split())
    ]


def newest_claims(session: Session, speaker_ids: list[int], limit: int) -> list:
    """The newest `limit` claims of these speakers, newest first, as light rows.

    A surname many speakers share (`Apa pernyataan Harahap?`: ~200 speakers, ~25,000 claims at 1M)
    would have every claim of theirs read and sorted by date. Their claim counts say how far back
    about WINDOW × `limit` of them go if claims are spread evenly over the archive's dates, so only
    claims since then are read (`ix_claim_speaker_published`), the window widening until `limit`
    are found or it spans everything: the same claims either way. Undated claims are in every window
    (PostgreSQL puts them first); a window is trusted only when its `limit`-th claim has a date, as
    SQLite puts undated claims last.
    """
    newest = (
        select(*_LIGHT)
        .where(col(Claim.speaker_id).in_(speaker_ids))
        .order_by(col(Claim.published).desc(), col(Claim.id).desc())
        .limit(limit)
    )
    claims = session.exec(select(func.sum(Speaker.claim_count)).where(col(Speaker.id).in_(speaker_ids))).one()
    first, last = session.exec(
        select(
            select(func.min(Claim.published)).scalar_subquery(),
            select(func.max(Claim.published)).scalar_subquery(),
        )
    ).one()
    share = WINDOW * limit / claims if claims and first is not None else 1.0
    while share < 1:
        since = last - (last - first) * share
        rows = session.exec(
            newest.where(or_(col(Claim.published) >= since, col(Claim.published).is_(None)))
        ).all()
        if len(rows) == limit and rows[-1].published is not None:
            return list(rows)
        share *= WIDEN
    return list(session.exec(newest).all())


def _claims_matching(session: Session, dialect: str, topic: tuple[str, ...]) -> list[Statement]:
    """Claims found by the topic's rarest terms, as candidates."""
    if not topic:
        return []
    _, counts = term_weights(session, topic)
    ids = candidate_claim_ids(session, dialect, rare_first(topic, counts), SEARCH_LIMIT, counts)
    if not ids:
        return []
    return [_light(row, 0.0) for row in session.exec(select(*_LIGHT).where(col(Claim.id).in_(ids))).all()]


def _once_per_story(session: Session, ranked: list[Statement]) -> list[Statement]:
    """`once_per_story`, reading the stories of only those articles whose speaker and words recur
    among the candidates (usually none, so usually no query)."""
    said = Counter((c.speaker_id, c.text_terms) for c in ranked)
    repeated = {c.article_id for c in ranked if said[c.speaker_id, c.text_terms] > 1}
    if not repeated:
        return ranked
    story = func.coalesce(Article.related_to_id, Article.id)
    rows = session.exec(select(Article.id, story).where(col(Article.id).in_(repeated))).all()
    return once_per_story(ranked, dict(rows))


def _light(row, speaker_score: float) -> Statement:
    claim_id, speaker_id, kind, published, text_terms, sentence_terms, article_id = row
    return Statement(
        claim_id=claim_id,
        speaker_id=speaker_id,
        speaker="",
        speaker_role=None,
        type=kind,
        text="",
        sentence="",
        published=published,
        article_id=article_id,
        article_title=None,
        article_url=None,
        speaker_score=speaker_score,
        text_terms=frozenset(text_terms.split()),
        sentence_terms=frozenset(sentence_terms.split()),
    )


def _hydrate(session: Session, page: list[Statement]) -> list[Statement]:
    """Fill in text, speaker and article for the candidates shown (and only those)."""
    if not page:
        return []
    rows = session.exec(
        select(Claim, Speaker, Article)
        .join(Speaker, col(Speaker.id) == col(Claim.speaker_id))
        .join(Article, col(Article.id) == col(Claim.article_id))
        .where(col(Claim.id).in_([c.claim_id for c in page]))
    ).all()
    full = {c.id: (c, s, a) for c, s, a in rows}
    out = []
    for cand in page:
        claim, speaker, article = full[cand.claim_id]
        out.append(
            replace(
                cand,
                speaker_id=speaker.id,
                speaker=speaker.name,
                speaker_role=speaker.role,
                text=claim.text,
                sentence=claim.sentence,
                article_id=article.id,
                article_title=article.title,
                article_url=article.url,
                published=article.published,
                stored=article.ingested_at,
            )
        )
    return out


def answer_figures(store: Store, question: Question | str, limit: int = 5, offset: int = 0) -> AnswerSet:
    """Figures whose subject or sentence fit the question, best first, each with its sentence as the text.

    "Berapa nilai transaksi Huawei di Rusia?" → "… dari US$ 392 juta menjadi US$ 800 juta …", said by
    the speaker of the claim the figure sits in, or else by the article's outlet.
    """
    if isinstance(question, str):
        question = parse_question(question)
    topic = question.topic
    with store.session() as session:
        weights, counts = term_weights(session, topic)
        ids = candidate_figure_ids(session, store.dialect, rare_first(topic, counts), SEARCH_LIMIT)
        story = func.coalesce(Article.related_to_id, Article.id)
        rows = (
            session.exec(
                select(Figure.id, Figure.subject, Figure.terms, Figure.published, story, Figure.sentence)
                .join(Article, col(Article.id) == col(Figure.article_id))
                .where(col(Figure.id).in_(ids))
            ).all()
            if ids
            else []
        )
        candidates = [
            Statement(
                claim_id=fid,
                speaker_id=0,
                speaker="",
                speaker_role=None,
                type="figure",
                text="",
                sentence="",
                published=published,
                article_id=0,
                article_title=None,
                article_url=None,
                # the subject is the figure's "statement": topic words there count fully
                text_terms=frozenset(terms(subject or "")),
                sentence_terms=frozenset(fig_terms.split()),
            )
            for fid, subject, fig_terms, published, _story, _sentence in rows
        ]
        sentence_of = {fid: (story_id, sentence) for fid, _, _, _, story_id, sentence in rows}
        ranked = _once_per_sentence(
            rank(topic, candidates, named_speaker=False, weights=weights), sentence_of
        )
        page, figures = _hydrate_figures(session, ranked[offset : offset + limit])
    return AnswerSet(question=question, answers=page, total=len(ranked), figures=figures)


def _once_per_sentence(ranked: list[Statement], sentence_of: dict[int, tuple[int, str]]) -> list[Statement]:
    """The best-ranked figure of each sentence of a story: "inflasi inti turun ke 2,32% dan … 3,82%"
    answers once, and so does the same sentence in a syndicated copy; the sentence is shown with it."""
    seen: set[tuple[int, str]] = set()
    kept = []
    for cand in ranked:
        key = sentence_of[cand.claim_id]
        if key not in seen:
            seen.add(key)
            kept.append(cand)
    return kept


def _hydrate_figures(
    session: Session, page: list[Statement]
) -> tuple[tuple[Statement, ...], tuple[FigureAnswer | None, ...]]:
    if not page:
        return (), ()
    rows = session.exec(
        select(Figure, Article).join(Article).where(col(Figure.id).in_([c.claim_id for c in page]))
    ).all()
    full = {f.id: (f, a) for f, a in rows}
    claim_ids = [f.claim_id for f, _ in rows if f.claim_id is not None]
    speakers: dict[int, tuple[int, str]] = {}  # claim id → (speaker id, name)
    if claim_ids:
        said = select(Claim.id, Speaker.id, Speaker.name).join(Speaker).where(col(Claim.id).in_(claim_ids))
        speakers = {claim_id: (sid, name) for claim_id, sid, name in session.exec(said).all()}
    answers, figures = [], []
    for cand in page:
        figure, article = full[cand.claim_id]
        speaker_id, speaker = speakers.get(figure.claim_id, (0, ""))
        answers.append(
            replace(
                cand,
                claim_id=figure.claim_id or 0,
                speaker_id=speaker_id,
                speaker=speaker or article.outlet or "",  # a title is no speaker
                text=figure.sentence,
                sentence=figure.sentence,
                article_id=article.id,
                article_title=article.title,
                article_url=article.url,
                published=article.published,
                stored=article.ingested_at,
            )
        )
        figures.append(
            FigureAnswer(
                figure.value, figure.unit, figure.to_value, figure.change_pct, figure.subject, figure.text
            )
        )
    return tuple(answers), tuple(figures)


def _suggest(
    store: Store, session: Session, question: Question, named: list[NamedSpeaker]
) -> tuple[str, ...]:
    """Close names for a "did you mean" line: the speakers a near spelling named, or near spellings of
    the slot's words; never a name as it was typed (a speaker named exactly is answered from instead)."""
    grams = [g for g in (question.speaker_names() or question.candidate_names(2)) if len(g) >= 3]
    typed = set(grams)
    if named:
        return tuple(dict.fromkeys(n.name for n in named if " ".join(words(n.name)) not in typed))
    index = alias_index(store, session)
    scores: dict[int, float] = {}
    for gram in grams:
        for _, score, i in process.extract(gram, index.keys, scorer=fuzz.WRatio, limit=3, score_cutoff=80):
            sid = index.speaker_ids[i]
            scores[sid] = max(scores.get(sid, 0.0), score)
    best = sorted(scores, key=lambda s: (-scores[s], s))[:3]
    if not best:
        return ()
    names = dict(session.exec(select(Speaker.id, Speaker.name).where(col(Speaker.id).in_(best))).all())
    return tuple(dict.fromkeys(names[s] for s in best if " ".join(words(names[s])) not in typed))
