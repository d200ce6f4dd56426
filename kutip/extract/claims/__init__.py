"""Attributed claims: direct quotes and indirect speech, each with its real speaker.

The article is read paragraph by paragraph, in order, so that pronouns (`ia`, `he`, `ujarnya`) and role
nouns (`Menteri`, `the minister`) resolve to the speaker most recently named. Quotes and sentences are
handled as events by position: a sentence names people, a quote borrows its speaker from the words
around it (`"...," kata Pramono`), or from the quote before it in the same paragraph.

    >>> [c.speaker.name for c in find_claims('"Kami siap bekerja sama," kata Sergei Lavrov.', "id")]
    ['Sergei Lavrov']
"""

from __future__ import annotations

from kutip.extract.acronyms import expand_acronyms
from kutip.extract.claims.paragraph import Draft, Paragraph
from kutip.extract.claims.quoted import (
    attribution_before,
    carry_open_quote,
    fill_unattributed,
    outside_quotes,
    read_quote,
)
from kutip.extract.claims.reported import read_sentence
from kutip.extract.lexicon import Lexicon, lexicon
from kutip.extract.model import Claim, Speaker
from kutip.extract.quotes import Quote, find_quotes
from kutip.extract.sentences import Span, paragraphs, sentences
from kutip.extract.speakers import SpeakerBook, tokenize
from kutip.extract.vocabulary import Vocabulary

__all__ = ["find_claims"]


def find_claims(text: str, language: str) -> list[Claim]:
    """Every attributed statement in `text`, in reading order."""
    lex = lexicon(language)
    spans = [span for span in paragraphs(text) if not _is_furniture(text, span, lex)]
    book = SpeakerBook(lex, Vocabulary(text))
    drafts: list[Draft] = []
    previous_speakers: list[int] = []
    pending: list[Draft] = []  # quotes left open, unattributed, at the end of the paragraphs before
    for span in spans:
        para = Paragraph(
            text,
            span,
            tokenize(text, span.start, span.end),
            sentences(text, span),
            find_quotes(text, span.start, span.end),
        )
        found = _read_paragraph(para, book, previous_speakers)
        if para.tokens and para.tokens[-1].text == ":":
            # "X said that, given the field of candidates:" only introduces the quote paragraph below
            found = [d for d in found if d.type == "direct" or d.end < para.tokens[-1].start - 1]
        if pending or (para.quotes and para.quotes[-1].runs_on):  # most paragraphs close their quotes
            pending = carry_open_quote(para, found, pending)
        drafts.extend(found)
        speaking = [d for d in found if d.speakers]
        if speaking:
            previous_speakers = speaking[-1].speakers
        elif para.tokens and para.tokens[-1].text == ":":
            # "..., said that given the crop of candidates:" introduces the quote paragraph below
            previous_speakers = attribution_before(para, len(para.tokens) - 1, book) or previous_speakers
    # one Speaker per speaker, not per claim: the book is complete once every paragraph is read
    speakers = {i: book.speaker(i) for i in dict.fromkeys(i for d in drafts for i in d.speakers)}
    expand_acronyms(text, book, speakers, lex)
    return [_claim(text, d, speakers[ident]) for d in drafts for ident in d.speakers]


def _read_paragraph(para: Paragraph, book: SpeakerBook, previous: list[int]) -> list[Draft]:
    events = [(s.start, 0, s) for s in para.sentences] + [(q.mark_end, 1, q) for q in para.quotes]
    events.sort(key=lambda e: (e[0], e[1]))
    direct: list[tuple[Quote, Draft | None]] = []
    indirect: list[Draft] = []
    for _, kind, item in events:
        if kind == 0:
            indirect.extend(read_sentence(para, item, book))
        else:
            direct.append((item, read_quote(para, item, book)))
    fill_unattributed(para, direct, previous)
    quoted = [d for _, d in direct if d is not None]
    indirect = outside_quotes(indirect, [q for q, d in direct if d is not None])
    return sorted(quoted + indirect, key=lambda d: d.start)


def _is_furniture(text: str, span: Span, lex: Lexicon) -> bool:
    """Menus and `Baca juga:` links carry no article text."""
    head = text[span.start : span.start + 40].lower()
    return head.startswith(lex.noise_line_prefixes)


def _claim(text: str, draft: Draft, speaker: Speaker) -> Claim:
    s = draft.sentence
    return Claim(
        speaker=speaker,
        type=draft.type,  # type: ignore[arg-type]
        text=text[draft.start : draft.end],
        start=draft.start,
        end=draft.end,
        sentence=text[s.start : s.end],
        sentence_start=s.start,
        sentence_end=s.end,
    )
