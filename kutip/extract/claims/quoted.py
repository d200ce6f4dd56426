"""Direct speech: who a quote belongs to, by the words around it or by its neighbours.

`"...," kata Pramono`, `Estrosi told BFM TV that "..."`, a quote continuing the one before it, and a
quote running over paragraphs whose last paragraph names the speaker.
"""

from __future__ import annotations

import bisect

from kutip.extract.claims.attribution import speaker_after, subject_before
from kutip.extract.claims.paragraph import INTRO_WINDOW, MIN_WORDS, QUOTE_MARKS, Draft, Paragraph, word_count
from kutip.extract.quotes import Quote
from kutip.extract.sentences import Span
from kutip.extract.speakers import SpeakerBook

_CLOSERS = frozenset(['"', "”", "»", "''"])


# Quotes compared with one indirect statement (it can only overlap its neighbours).
_NEARBY_QUOTES = 4


def read_quote(para: Paragraph, quote: Quote, book: SpeakerBook) -> Draft | None:
    """A quote attributed right after (`," kata X`) or just before (`X told reporters: "`)."""
    tokens = para.tokens
    if word_count(para.text, quote.start, quote.end) < 2:
        return None
    sentence = _sentence_for(para, quote)
    after = para.index(quote.mark_end)
    while after < len(tokens) and tokens[after].text in {",", "—", "-"}:
        after += 1
    speakers = _attribution_after(para, after, book)
    if not speakers:
        speakers = attribution_before(para, para.index(quote.mark_start) - 1, book)
    return Draft(speakers, "direct", quote.start, quote.end, sentence)


def _attribution_after(para: Paragraph, first: int, book: SpeakerBook) -> list[int]:
    lex = book.lex
    tokens = para.tokens
    if first >= len(tokens) or tokens[first].text in QUOTE_MARKS:
        return []
    hi = min(len(tokens), first + INTRO_WINDOW + 4)
    if tokens[first].low in lex.postposed_verbs or tokens[first].low in lex.speech_verbs:
        return speaker_after(tokens, first, hi, book)
    for k in range(first, hi):
        if tokens[k].text in QUOTE_MARKS or tokens[k].text in ".!?":
            return []
        if k > first and (tokens[k].low in lex.speech_verbs or tokens[k].low in lex.postposed_verbs):
            return subject_before(tokens, k, first, book)
    return []


def attribution_before(para: Paragraph, last: int, book: SpeakerBook) -> list[int]:
    """`He concluded, "...`, `As Politico reported, "...`, `Estrosi told BFM TV that "...`."""
    lex = book.lex
    tokens = para.tokens
    if last < 0:
        return []
    if tokens[last].text not in {",", ":"} | lex.complementizers and tokens[last].low not in lex.speech_verbs:
        return []
    lo = max(0, last - INTRO_WINDOW)
    for k in range(last, lo - 1, -1):
        if tokens[k].text in QUOTE_MARKS or tokens[k].text in ".!?":
            return []
        if tokens[k].low in lex.speech_verbs:
            sent_lo = para.index(para.sentence_at(tokens[k].start).start)
            return subject_before(tokens, k, sent_lo, book)
    return []


def fill_unattributed(para: Paragraph, direct: list[tuple[Quote, Draft | None]], previous: list[int]) -> None:
    """A quote with no verb of its own continues a neighbour: the quote before it in the paragraph, the one
    after it, or (when it opens the paragraph) the last speaker of the paragraph before."""
    attributed = [d for _, d in direct if d is not None and d.speakers]
    starts = [d.start for d in attributed]
    for quote, draft in direct:
        if draft is None or draft.speakers or quote.single:
            continue
        if word_count(para.text, quote.start, quote.end) < MIN_WORDS or not _opens_sentence(para, quote):
            continue
        i = bisect.bisect_left(starts, draft.start)
        if i > 0:
            draft.speakers = attributed[i - 1].speakers
        elif i < len(attributed):
            draft.speakers = attributed[i].speakers
        elif quote.mark_start == para.span.start and previous:
            draft.speakers = previous
    for i, (quote, draft) in enumerate(direct):
        if draft is not None and not draft.speakers and not (quote.runs_on and _opens_sentence(para, quote)):
            direct[i] = (quote, None)  # a quote running on may find its speaker in the next paragraph


def carry_open_quote(para: Paragraph, found: list[Draft], pending: list[Draft]) -> list[Draft]:
    """A long quote runs over paragraphs, each reopened with a mark and only the last one attributed:

        "We have waited ten years for this bridge.
        "Nobody believed we could do it," Cole said.

    The opening paragraphs' quotes (`pending`, still without a speaker) take the speaker of the quote
    that continues them; returns the quotes still waiting after this paragraph."""
    first = para.quotes[0] if para.quotes else None
    continues = (
        first is not None
        and first.mark_start == para.span.start
        and bool(found)
        and found[0].type == "direct"
        and found[0].start == first.start
    )
    if continues and found[0].speakers:
        for draft in pending:
            draft.speakers = found[0].speakers
    if not continues or found[0].speakers:
        pending.clear()
    pending.extend(d for d in found if not d.speakers)  # in place: a run of open quotes stays linear
    return pending


def _sentence_for(para: Paragraph, quote: Quote) -> Span:
    first = para.sentence_at(quote.mark_start)
    last = para.sentence_at(max(quote.mark_end - 1, quote.mark_start))
    return Span(first.start, max(last.end, first.end))


def _opens_sentence(para: Paragraph, quote: Quote) -> bool:
    i = para.index(quote.mark_start) - 1
    return i < 0 or para.tokens[i].text in {".", "!", "?", ":"} | _CLOSERS


def outside_quotes(drafts: list[Draft], quotes: list[Quote]) -> list[Draft]:
    """Drop indirect drafts that are mostly a quote already claimed (`condemned the "attack whose ..."`)."""
    starts = [q.start for q in quotes]
    kept = []
    for draft in drafts:
        i = max(bisect.bisect_right(starts, draft.start) - 1, 0)
        overlap = 0
        for quote in quotes[i : i + _NEARBY_QUOTES]:
            overlap += max(0, min(draft.end, quote.end) - max(draft.start, quote.start))
        if overlap * 2 < draft.end - draft.start:
            kept.append(draft)
    return kept
