"""How a question is answered from the archive: what to search, which fallbacks, what is ranked.

A figure question ("Berapa …?", "How many …?") is answered from stored figures, each with the sentence
it comes from, and falls back to claims when no figure fits. A question that names a stored speaker
ranks that speaker's claims touching its topic; one that names nobody ("Siapa yang bilang …?")
searches claims by the topic's rarest words. A quote that syndicated copies of one story repeat is
answered once. The archive (`kutip.answer.archive.Archive`) only fetches; every choice is made here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from kutip.answer.archive import Archive, FigureRow, NamedSpeaker
from kutip.answer.questions import Question
from kutip.answer.rank import coverage, once_per_story, rank
from kutip.answer.results import AnswerSet
from kutip.answer.speakers import name_speakers, suggest
from kutip.answer.statement import Statement
from kutip.answer.terms import equivalents, terms

SPEAKER_CLAIMS = 1000  # newest claims of a named speaker that are ranked
SEARCH_LIMIT = 300  # claims fetched per full-text query
MANY_SPEAKERS = 20  # a title many share (`Menkeu` over ten years): search the topic, keep their claims
SEARCH_TERMS = 4  # rarest topic terms searched for; common ones only rank what they find


def answer(archive: Archive, question: Question, limit: int = 5, offset: int = 0) -> AnswerSet:
    """Best answers to a reader's question, `limit` of them from `offset` ("more" asks for the next page)."""
    if question.kind == "figure":
        found = answer_figures(archive, question, limit, offset)
        if found.answers:
            return found
    return answer_claims(archive, question, limit, offset)


def answer_claims(archive: Archive, question: Question, limit: int, offset: int) -> AnswerSet:
    named = name_speakers(archive, question)
    if named:
        topic, required = question.topic, ()
        candidates = claims_of(archive, named, topic)
    else:
        # a slot no stored speaker answers to (`Apa kata Jokowi soal 5G?`) must at least be in the claim
        topic, required = question.topic + question.slot_topic, question.slot_topic
        candidates = claims_matching(archive, topic)
    weights, _ = archive.term_weights(topic)
    if required:
        candidates = [c for c in candidates if coverage(required, weights, c) > 0]
    ranked = answered_once(archive, rank(topic, candidates, named_speaker=bool(named), weights=weights))
    exact = [n for n in named if n.score == 1.0]
    if exact and topic and not ranked:
        # named as stored but nothing with the topic's words (`What did Clinton say about
        # Alzheimer's?`, her claims say "the disease"): their newest words answer, not their name
        widened = claims_of(archive, exact, ())
        ranked = answered_once(archive, rank((), widened, named_speaker=True, weights={}))
    return AnswerSet(
        question=question,
        answers=tuple(archive.hydrate(ranked[offset : offset + limit])),
        suggestions=() if ranked else suggest(archive, question, named),
        total=len(ranked),
        speakers=tuple(dict.fromkeys(n.name for n in named)),
    )


def claims_of(archive: Archive, named: list[NamedSpeaker], topic: tuple[str, ...]) -> list[Statement]:
    """The named speakers' claims that touch the topic (all their newest when there is no topic)."""
    scores: dict[int, float] = {}
    for n in named:
        scores[n.speaker_id] = max(scores.get(n.speaker_id, 0.0), n.score)
    if topic and len(scores) > MANY_SPEAKERS:
        return [
            replace(c, speaker_score=scores[c.speaker_id])
            for c in claims_matching(archive, topic)
            if c.speaker_id in scores
        ]
    touching = frozenset().union(*map(equivalents, topic))
    return archive.newest_claims_of(scores, SPEAKER_CLAIMS, touching)


def claims_matching(archive: Archive, topic: tuple[str, ...]) -> list[Statement]:
    """Claims found by the topic's rarest terms, as candidates."""
    if not topic:
        return []
    _, counts = archive.term_weights(topic)
    return archive.claims_with_terms(rare_first(topic, counts), SEARCH_LIMIT, counts)


def rare_first(topic: tuple[str, ...], counts: dict[str, int], keep: int = SEARCH_TERMS) -> list[str]:
    """The `keep` rarest searchable terms that occur at all: they find the claim, common ones only rank
    it. Searchable means letters and digits only, which every backend's search reads literally."""
    present = [t for t in topic if counts.get(t, 0) > 0 and t.isalnum()]
    return sorted(present, key=lambda t: (counts[t], t))[:keep]


def answered_once(archive: Archive, ranked: list[Statement]) -> list[Statement]:
    """`once_per_story`, reading the stories of only those articles whose speaker and words recur
    among the candidates (usually none, so usually nothing to fetch)."""
    said = Counter((c.speaker_id, c.text_terms) for c in ranked)
    repeated = {c.article_id for c in ranked if said[c.speaker_id, c.text_terms] > 1}
    if not repeated:
        return ranked
    return once_per_story(ranked, archive.stories_of(repeated))


def answer_figures(archive: Archive, question: Question, limit: int = 5, offset: int = 0) -> AnswerSet:
    """Figures whose subject or sentence fit the question, best first, each with its sentence as the text.

    "Berapa nilai transaksi Huawei di Rusia?" → "… dari US$ 392 juta menjadi US$ 800 juta …", said by
    the speaker of the claim the figure sits in, or else by the article's outlet.
    """
    topic = question.topic
    weights, counts = archive.term_weights(topic)
    rows = archive.figures_with_terms(rare_first(topic, counts), SEARCH_LIMIT)
    ranked = once_per_sentence(
        rank(topic, [figure_candidate(row) for row in rows], named_speaker=False, weights=weights), rows
    )
    page, figures = archive.hydrate_figures(ranked[offset : offset + limit])
    return AnswerSet(question=question, answers=page, total=len(ranked), figures=figures)


def figure_candidate(row: FigureRow) -> Statement:
    """A figure ranked as a statement: its subject is what it "says", so topic words there count fully."""
    return Statement(
        claim_id=row.figure_id,
        speaker_id=0,
        speaker="",
        speaker_role=None,
        type="figure",
        text="",
        sentence="",
        published=row.published,
        article_id=0,
        article_title=None,
        article_url=None,
        text_terms=frozenset(terms(row.subject or "")),
        sentence_terms=frozenset(row.terms.split()),
    )


def once_per_sentence(ranked: list[Statement], rows: list[FigureRow]) -> list[Statement]:
    """The best-ranked figure of each sentence of a story: "inflasi inti turun ke 2,32% dan … 3,82%"
    answers once, and so does the same sentence in a syndicated copy; the sentence is shown with it."""
    sentence_of = {row.figure_id: (row.story_id, row.sentence) for row in rows}
    seen: set[tuple[int, str]] = set()
    kept = []
    for cand in ranked:
        key = sentence_of[cand.claim_id]
        if key not in seen:
            seen.add(key)
            kept.append(cand)
    return kept
