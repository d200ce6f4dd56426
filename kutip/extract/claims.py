"""Attributed claims: direct quotes and indirect speech, each with its real speaker.

The article is read paragraph by paragraph, in order, so that pronouns (`ia`, `he`, `ujarnya`) and role
nouns (`Menteri`, `the minister`) resolve to the speaker most recently named. Quotes and sentences are
handled as events by position: a sentence names people, a quote borrows its speaker from the words
around it (`"...," kata Pramono`), or from the quote before it in the same paragraph.

    >>> [c.speaker.name for c in find_claims('"Kami siap bekerja sama," kata Sergei Lavrov.', "id")]
    ['Sergei Lavrov']
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter

from kutip.extract.acronyms import expand_acronyms
from kutip.extract.attribution import (
    past_adverbials,
    source_owner,
    speaker_after,
    subject_before,
    titled_name,
)
from kutip.extract.lexicon import Lexicon, lexicon
from kutip.extract.model import Claim, Speaker
from kutip.extract.quotes import Quote, find_quotes
from kutip.extract.sentences import Span, paragraphs, sentences
from kutip.extract.speakers import (
    CONNECTORS,
    Mention,
    SpeakerBook,
    Token,
    is_capitalised,
    name_end,
    name_start,
    parse_name,
    tokenize,
    without_possessive,
)
from kutip.extract.vocabulary import Vocabulary

_WORD = re.compile(r"\w+")
_TRIM_WINDOW = 16
_QUOTE_MARKS = frozenset(['"', "“", "”", "«", "»", "''", "„"])
_CLOSERS = frozenset(['"', "”", "»", "''"])

# A statement shorter than this many words is a fragment (`"poison pill"`), not a claim.
_MIN_WORDS = 3

# How far before a quote its introducing verb may sit: `Estrosi told French television channel BFM TV that "`.
_INTRO_WINDOW = 10

# How far after `that`/`bahwa` may follow its verb: `said in one of a series of Twitter messages that`.
_COMPLEMENT_WINDOW = 12

# A leading adverbial this long may come before the subject: `In an address early Friday, Hollande ...`.
_LEAD_WORDS = 6

# Quotes compared with one indirect statement (it can only overlap its neighbours).
_NEARBY_QUOTES = 4

# No statement or sentence runs longer than this many characters: it bounds work on run-on input.
MAX_STATEMENT = 2000

# Longest name-and-title run looked at before a verb.
_NAME_WINDOW = 16

# Content this short after the verb means the statement came first: `..., campaign officials said Friday.`
_TRAILING_WORDS = 6

# How far back the subject of the clause a linker continues may stand:
# `AS melakukan berbagai upaya untuk menjatuhkan Huawei dan perusahaan China lainnya karena mengklaim ...`.
_CLAUSE_WINDOW = 20

# Longest `a new article` before the document noun of a source: `according to a new article in Politico`.
_DOCUMENT_WORDS = 4

# How far back (in characters) `Pelaku berdalih ...` looks for the person who is the `pelaku`.
_PARTY_WINDOW = 3000


@dataclass
class _Draft:
    speakers: list[int]
    type: str
    start: int
    end: int
    sentence: Span
    subject_at: int = -1
    participle: bool = False


_START = itemgetter(1)  # Token.start
_LOW = itemgetter(3)  # Token.low


@dataclass
class _Paragraph:
    """One paragraph's tokens, with the sentence and quote of each token looked up by bisection."""

    text: str
    span: Span
    tokens: list[Token]
    sentences: list[Span]
    quotes: list[Quote]
    starts: list[int] = field(init=False)
    lows: list[str] = field(init=False)
    quoted: list[bool] = field(init=False)
    quote_ends: set[int] = field(init=False)
    sentence_starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.starts = list(map(_START, self.tokens))
        self.lows = list(map(_LOW, self.tokens))
        self.sentence_starts = [s.start for s in self.sentences]
        self.quoted = _mask(self.starts, [q for q in self.quotes if not q.single])
        self.quote_ends = {q.mark_end for q in self.quotes if _words(self.text, q.start, q.end) >= 2}

    def index(self, offset: int) -> int:
        return bisect.bisect_left(self.starts, offset)

    def sentence_at(self, offset: int) -> Span:
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        return self.sentences[max(i, 0)]


def find_claims(text: str, language: str) -> list[Claim]:
    """Every attributed statement in `text`, in reading order."""
    lex = lexicon(language)
    spans = [span for span in paragraphs(text) if not _is_furniture(text, span, lex)]
    book = SpeakerBook(lex, Vocabulary(text))
    drafts: list[_Draft] = []
    previous_speakers: list[int] = []
    pending: list[_Draft] = []  # quotes left open, unattributed, at the end of the paragraphs before
    for span in spans:
        para = _Paragraph(
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
            pending = _carry_open_quote(para, found, pending)
        drafts.extend(found)
        speaking = [d for d in found if d.speakers]
        if speaking:
            previous_speakers = speaking[-1].speakers
        elif para.tokens and para.tokens[-1].text == ":":
            # "..., said that given the crop of candidates:" introduces the quote paragraph below
            previous_speakers = _attribution_before(para, len(para.tokens) - 1, book) or previous_speakers
    # one Speaker per speaker, not per claim: the book is complete once every paragraph is read
    speakers = {i: book.speaker(i) for i in dict.fromkeys(i for d in drafts for i in d.speakers)}
    expand_acronyms(text, book, speakers, lex)
    return [_claim(text, d, speakers[ident]) for d in drafts for ident in d.speakers]


def _read_paragraph(para: _Paragraph, book: SpeakerBook, previous: list[int]) -> list[_Draft]:
    events = [(s.start, 0, s) for s in para.sentences] + [(q.mark_end, 1, q) for q in para.quotes]
    events.sort(key=lambda e: (e[0], e[1]))
    direct: list[tuple[Quote, _Draft | None]] = []
    indirect: list[_Draft] = []
    for _, kind, item in events:
        if kind == 0:
            indirect.extend(_read_sentence(para, item, book))
        else:
            direct.append((item, _read_quote(para, item, book)))
    _fill_unattributed(para, direct, previous)
    quoted = [d for _, d in direct if d is not None]
    indirect = _outside_quotes(indirect, [q for q, d in direct if d is not None])
    return sorted(quoted + indirect, key=lambda d: d.start)


def _read_quote(para: _Paragraph, quote: Quote, book: SpeakerBook) -> _Draft | None:
    """A quote attributed right after (`," kata X`) or just before (`X told reporters: "`)."""
    tokens = para.tokens
    if _words(para.text, quote.start, quote.end) < 2:
        return None
    sentence = _sentence_for(para, quote)
    after = para.index(quote.mark_end)
    while after < len(tokens) and tokens[after].text in {",", "—", "-"}:
        after += 1
    speakers = _attribution_after(para, after, book)
    if not speakers:
        speakers = _attribution_before(para, para.index(quote.mark_start) - 1, book)
    return _Draft(speakers, "direct", quote.start, quote.end, sentence)


def _attribution_after(para: _Paragraph, first: int, book: SpeakerBook) -> list[int]:
    lex = book.lex
    tokens = para.tokens
    if first >= len(tokens) or tokens[first].text in _QUOTE_MARKS:
        return []
    hi = min(len(tokens), first + _INTRO_WINDOW + 4)
    if tokens[first].low in lex.postposed_verbs or tokens[first].low in lex.speech_verbs:
        return speaker_after(tokens, first, hi, book)
    for k in range(first, hi):
        if tokens[k].text in _QUOTE_MARKS or tokens[k].text in ".!?":
            return []
        if k > first and (tokens[k].low in lex.speech_verbs or tokens[k].low in lex.postposed_verbs):
            return subject_before(tokens, k, first, book)
    return []


def _attribution_before(para: _Paragraph, last: int, book: SpeakerBook) -> list[int]:
    """`He concluded, "...`, `As Politico reported, "...`, `Estrosi told BFM TV that "...`."""
    lex = book.lex
    tokens = para.tokens
    if last < 0:
        return []
    if tokens[last].text not in {",", ":"} | lex.complementizers and tokens[last].low not in lex.speech_verbs:
        return []
    lo = max(0, last - _INTRO_WINDOW)
    for k in range(last, lo - 1, -1):
        if tokens[k].text in _QUOTE_MARKS or tokens[k].text in ".!?":
            return []
        if tokens[k].low in lex.speech_verbs:
            sent_lo = para.index(para.sentence_at(tokens[k].start).start)
            return subject_before(tokens, k, sent_lo, book)
    return []


def _fill_unattributed(
    para: _Paragraph, direct: list[tuple[Quote, _Draft | None]], previous: list[int]
) -> None:
    """A quote with no verb of its own continues a neighbour: the quote before it in the paragraph, the one
    after it, or (when it opens the paragraph) the last speaker of the paragraph before."""
    attributed = [d for _, d in direct if d is not None and d.speakers]
    starts = [d.start for d in attributed]
    for quote, draft in direct:
        if draft is None or draft.speakers or quote.single:
            continue
        if _words(para.text, quote.start, quote.end) < _MIN_WORDS or not _opens_sentence(para, quote):
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


def _carry_open_quote(para: _Paragraph, found: list[_Draft], pending: list[_Draft]) -> list[_Draft]:
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


def _read_sentence(para: _Paragraph, sentence: Span, book: SpeakerBook) -> list[_Draft]:
    """Indirect speech in one sentence: `X mengatakan (bahwa) ...`, `menurut X, ...`, `..., X said.`"""
    lex = book.lex
    tokens = para.tokens
    lo, hi = para.index(sentence.start), para.index(sentence.end)
    if lo >= hi:
        return []
    subject = (
        None if para.quoted[lo] or tokens[lo].text in _QUOTE_MARKS else _note_subject(para, lo, hi, book)
    )
    # Most sentences hold no source word, speech verb or honorific: one set test in C each tells,
    # before any loop over their tokens.
    lows = para.lows[lo:hi]
    drafts = [] if _source_first_words(lex).isdisjoint(lows) else _by_source(para, lo, hi, sentence, book)
    speech_words = _speech_words(lex)
    for i in range(lo, hi) if not speech_words.isdisjoint(lows) else ():
        low = tokens[i].low
        if low not in speech_words or para.quoted[i]:
            continue
        if _follows_quote(para, i, lo):
            continue
        if low in lex.participles:
            speakers = _quoted_as(tokens, i, lo, book)
            if speakers is None:
                speakers = (
                    drafts[-1].speakers
                    if drafts
                    else [subject]
                    if subject is not None
                    else _clause_subject(tokens, i, lo, book)
                )
            start = _content_start(tokens, i, hi, lex)
            if speakers and start < hi and tokens[start].text not in _QUOTE_MARKS:
                end = _trim_end(para.text, tokens[start].start, sentence.end)
                drafts.append(
                    _Draft(speakers, "indirect", tokens[start].start, end, sentence, tokens[i].start, True)
                )
            continue
        draft = _speech(para, i, lo, hi, sentence, book, drafts)
        if draft is not None:
            drafts.append(draft)
    if not _gendered_honorifics(lex).isdisjoint(lows):
        _note_titled(tokens, lo, hi, book)
    drafts.sort(key=lambda d: d.start)
    kept: list[_Draft] = []
    for draft in drafts:
        outer = kept[-1] if kept else None
        if outer is not None and outer.start < draft.subject_at < outer.end:
            if not draft.participle and _words(para.text, outer.start, draft.subject_at) >= _MIN_WORDS:
                continue  # a report inside a longer statement stays part of it
            # "Menteri mencatat bagaimana Presiden Putin menyebutkan bahwa ...": the original speaker
            outer.end = _trim_end(para.text, outer.start, draft.subject_at)
        kept.append(draft)
    return [d for d in kept if _words(para.text, d.start, d.end) >= _MIN_WORDS]


def _speech(
    para: _Paragraph, verb: int, lo: int, hi: int, sentence: Span, book: SpeakerBook, earlier: list[_Draft]
) -> _Draft | None:
    lex = book.lex
    tokens = para.tokens
    low = tokens[verb].low
    if verb > lo and tokens[verb].text[:1].isupper():
        return None  # "The United States banned ...": a capitalised word mid-sentence is part of a name
    if low in lex.quoting_verbs and _quotes_as(tokens, verb, hi, lex):
        return None  # "Reuters cited Ahmed Saleh as saying ...": the claim is Saleh's
    if low in lex.postposed_verbs and (verb == lo or tokens[verb - 1].text == ","):
        draft = _postposed(para, verb, lo, hi, sentence, book)
        if draft is not None or verb == lo:
            return draft
        # "The interior minister, Bernard Cazeneuve, said early Friday that ...": no speaker after the
        # verb, so the comma closed an appositive and the subject stands before it; after an opening
        # quote (`"...," Lee Park, the manager, said in a statement.`) the verb attributes the quote
        if para.quoted[lo] or tokens[lo].text in _QUOTE_MARKS:
            return None
    if low not in lex.speech_verbs:
        return None
    j = verb - 1
    while j >= lo and tokens[j].low in lex.skip_before_verb:
        j -= 1
    tok = tokens[j]
    if (
        j > lo
        and tok.low not in lex.clause_linkers
        and tok.low not in lex.pronouns
        and (not tok.text[:1].isupper() or tok.low in lex.date_words)
    ):
        j = past_adverbials(tokens, j, lo, lex)  # "Pelaku pada 24 Februari berdalih": the subject before
    linked = j >= lo and tokens[j].low in lex.clause_linkers
    relative = j > lo and tokens[j].low in lex.relative_pronouns and _relative_to_name(tokens, j, lo)
    if j >= lo and tokens[j].low in lex.speaker_joiners and earlier:
        speakers = earlier[-1].speakers  # "blasted Congress and said ..."
    elif linked:
        # "AS melarang Huawei beroperasi karena mengklaim ...": the clause's own subject speaks, and a
        # statement before the linker ends there, as before a participle
        speakers = earlier[-1].speakers if earlier else _clause_subject(tokens, j, lo, book)
    elif j >= lo and tokens[j].low in lex.party_roles and _opens_clause(tokens, j, lo, lex):
        speakers = _party(para.text, tokens[j].start, book)  # "Pelaku berdalih ...", "Tersangka mengaku ..."
    elif relative:
        speakers = subject_before(tokens, j, lo, book)  # "Senator Ted Cruz, who said ...": the name before
    else:
        speakers = subject_before(tokens, j + 1, lo, book, adverbials=False)
    if not speakers:
        return None
    linked = linked or relative
    subject_at = j if linked else _subject_start(tokens, j + 1, lo, lex)
    start = _content_start(tokens, verb, hi, lex)
    if start < hi and tokens[start].text in _QUOTE_MARKS:
        return None  # `X mengatakan, "..."`: the quote carries the claim
    # "..., campaign officials said Friday." / "..., French officials said, before ...": statement first
    # (a comma straight before the verb closes an appositive subject: "Ann Lowe, a teacher, said ...")
    comma = (
        subject_at - 1
        if not linked and lo < subject_at - 1 != j and tokens[subject_at - 1].text == ","
        else None
    )
    trailing = verb + 1 < hi and tokens[verb + 1].text == ","
    short = hi - start <= _TRAILING_WORDS and not _has_complement(tokens, verb, start, lex)
    before_long = (
        comma is not None
        and _words(para.text, tokens[lo].start, tokens[comma].start) >= _MIN_WORDS
        and not _is_title(tokens[lo:comma])
    )
    if start >= hi or (before_long and (trailing or short)):
        if comma is None:
            return None
        return _Draft(
            speakers,
            "indirect",
            tokens[lo].start,
            _trim_end(para.text, tokens[lo].start, tokens[comma].start),
            sentence,
            -1,
        )
    stop = _clause_end(tokens, start, hi) if relative and tokens[j - 1].text == "," else sentence.end
    end = _trim_end(para.text, tokens[start].start, stop)
    return _Draft(speakers, "indirect", tokens[start].start, end, sentence, tokens[subject_at].start, linked)


def _postposed(
    para: _Paragraph, verb: int, lo: int, hi: int, sentence: Span, book: SpeakerBook
) -> _Draft | None:
    """`Belanda, lanjutnya, memiliki ...` or `..., said Trump.`: the statement is around the verb."""
    tokens = para.tokens
    speakers = speaker_after(tokens, verb, hi, book)
    if not speakers:
        return None
    after = verb + 1 if tokens[verb].low.endswith("nya") else name_end(tokens, verb + 1, book.lex)
    if after < hi and tokens[after].text == ",":
        after += 1
    text = para.text
    if verb > lo + 1 and hi - after >= _MIN_WORDS and verb - lo <= 3:
        return _Draft(
            speakers,
            "indirect",
            tokens[after].start,
            _trim_end(text, tokens[after].start, para.sentences[-1].end if False else tokens[hi - 1].end),
            sentence,
        )
    if verb - 1 > lo:
        return _Draft(
            speakers,
            "indirect",
            tokens[lo].start,
            _trim_end(text, tokens[lo].start, tokens[verb - 1].start),
            sentence,
        )
    return None


def _by_source(para: _Paragraph, lo: int, hi: int, sentence: Span, book: SpeakerBook) -> list[_Draft]:
    """`Menurut Katadata, ...`, `Berdasarkan data BPS, ...`, `..., according to The Hill.`"""
    lex = book.lex
    tokens = para.tokens
    drafts = []
    skip_to = lo
    first_words = _source_first_words(lex)
    for i in range(lo, hi):
        if tokens[i].low not in first_words or para.quoted[i] or i < skip_to:
            continue
        if tokens[i].low in lex.source_clitics:
            found = book.pronoun()
            start = i + 1 + (i + 1 < hi and tokens[i + 1].text == ",")
            if found is not None and hi - start >= _MIN_WORDS:
                content = tokens[start].start
                end = _trim_end(para.text, content, tokens[hi - 1].end)
                drafts.append(_Draft([found], "indirect", content, end, sentence, tokens[i].start))
            continue
        size = _source_phrase(tokens, i, hi, lex)
        if not size:
            continue
        skip_to = i + size
        first = i + size
        if first >= hi:
            continue
        first = _publisher(tokens, first, hi, lex)
        if is_capitalised(tokens[first]):
            end = min(name_end(tokens, first, lex), hi)
            mention = parse_name([t.text for t in tokens[first:end]], lex)
            if mention is None:
                continue
            if end + 2 < hi and tokens[end].text == "(" and tokens[end + 2].text == ")":
                ident = book.mention(mention, subject=False)
                book.alias(ident, tokens[end + 1].text)
                end += 3
            else:
                ident = book.mention(mention, subject=mention.kind == "person")
        elif (titled := titled_name(tokens, first, hi, book)) is not None:
            ident, end = book.mention(titled[0]), titled[1]  # "menurut kepala desa Budi Santoso, ..."
        else:
            end = first
            while end < hi and end - first < 5 and tokens[end].text not in {",", ".", ";"}:
                if tokens[end].low in lex.relative_pronouns:
                    # "according to a campaign official who was not authorized to speak": the clause is
                    # part of the source, so the statement is the one before it
                    words = [t.text for t in tokens[first:end]]
                    while end < hi and tokens[end].text not in {",", ".", ";"}:
                        end += 1
                    break
                end += 1
            else:
                words = [t.text for t in tokens[first:end]]
            if not words:
                continue
            owned = source_owner(words, book)
            ident = (
                owned if owned is not None else book.mention(Mention(" ".join(words), "poll"), subject=False)
            )
        if end < hi and tokens[end].low in lex.document_nouns:
            end += 1  # "a Pew Research Center survey"
        if (
            end + 1 < hi
            and tokens[end].low in lex.relative_pronouns
            and tokens[end + 1].low in lex.speech_verbs
        ):
            continue  # "mengutip Arifin Tasrif yang mengatakan ...": the speech verb makes the claim
        while end < hi and tokens[end].text == ",":
            end += 1
        if hi - end >= _MIN_WORDS and (i == lo or tokens[i - 1].text != "," or end < hi - 1):
            content_start = tokens[end].start
            drafts.append(
                _Draft(
                    [ident],
                    "indirect",
                    content_start,
                    _trim_end(para.text, content_start, tokens[hi - 1].end),
                    sentence,
                    tokens[i].start,
                )
            )
        elif i > lo and tokens[i - 1].text == ",":
            drafts.append(
                _Draft(
                    [ident],
                    "indirect",
                    tokens[lo].start,
                    _trim_end(para.text, tokens[lo].start, tokens[i - 1].start),
                    sentence,
                    tokens[i].start,
                )
            )
    return drafts


def _publisher(tokens: list[Token], first: int, hi: int, lex: Lexicon) -> int:
    """Where the source's name starts: at the publisher of a document (`a new article in Politico`,
    `a report by the Associated Press`, `a Pew Research Center survey`, `laporan Reuters`), else `first`."""
    k = first
    while k < hi and k - first < _DOCUMENT_WORDS and tokens[k].low not in lex.document_nouns:
        if tokens[k].text in {",", ".", ";"} or tokens[k].text in _QUOTE_MARKS:
            return first
        k += 1
    if k >= hi or tokens[k].low not in lex.document_nouns:
        return first
    named = k
    while named > first and is_capitalised(tokens[named - 1]):
        named -= 1
    if named < k and (named > first or k - first == 1 or not is_capitalised(tokens[first])):
        return named  # "a Pew Research Center survey"
    after = k + 1
    if after < hi and tokens[after].low in lex.publisher_prepositions:
        after += 1
    elif lex.publisher_needs_preposition:
        return first
    if after + 1 < hi and tokens[after].low in lex.discourse_words and not is_capitalised(tokens[after]):
        after += 1  # "by the Associated Press"
    return after if after < hi and is_capitalised(tokens[after]) else first


def _quoted_as(tokens: list[Token], participle: int, lo: int, book: SpeakerBook) -> list[int] | None:
    """`CNN quoted a witness as saying ...`, `Kelly was quoted as saying ...`: the one quoted speaks, not
    the outlet; None when the participle stands in no such frame."""
    lex = book.lex
    as_at = participle - 1
    if as_at <= lo or tokens[as_at].low not in lex.quoted_as:
        return None
    for k in range(as_at - 1, max(lo, as_at - _INTRO_WINDOW) - 1, -1):
        if tokens[k].text in _QUOTE_MARKS or tokens[k].text in ".!?":
            break
        if tokens[k].low in lex.quoting_verbs:
            if k < as_at - 1:
                return subject_before(tokens, as_at, k + 1, book)
            while k - 1 >= lo and tokens[k - 1].low in lex.passive_auxiliaries:
                k -= 1
            return subject_before(tokens, k, lo, book)
    return None


def _quotes_as(tokens: list[Token], verb: int, hi: int, lex: Lexicon) -> bool:
    """Is `cited` in `Reuters cited Ahmed Saleh as saying ...` handing the claim to the one it quotes?"""
    for k in range(verb + 1, min(hi - 1, verb + _INTRO_WINDOW)):
        if tokens[k].low in lex.quoted_as and tokens[k + 1].low in lex.participles:
            return True
    return False


def _clause_subject(tokens: list[Token], linker: int, lo: int, book: SpeakerBook) -> list[int]:
    """`AS melarang Huawei ... karena mengklaim ...`, `The United States banned Huawei ..., claiming ...`:
    the speaker is the subject of the nearest clause before, a name or pronoun right before its verb."""
    lex = book.lex
    for k in range(linker - 1, max(lo, linker - _CLAUSE_WINDOW), -1):
        if not _is_active_verb(tokens[k], lex):
            continue
        j = k - 1
        while j > lo and tokens[j].low in lex.skip_before_verb:
            j -= 1
        if tokens[j].low in lex.pronouns:
            return subject_before(tokens, k, lo, book)
        if not is_capitalised(tokens[j]):
            continue
        start = name_start(tokens, j, lex)
        if start > lo and _is_active_verb(tokens[start - 1], lex):
            continue  # "melarang Huawei beroperasi": the name after a verb is its object
        if j == lo and not (book.is_name(tokens[j].text) or tokens[j].low in lex.places):
            return []  # "Protesters marched ..., calling for ...": a capital that only opens the sentence
        return subject_before(tokens, k, lo, book)
    return []


def _party(text: str, at: int, book: SpeakerBook) -> list[int]:
    """Who `Pelaku` or `Tersangka` is: the person last introduced before `at` as a party to the case
    (`tersangka Andi Saputra`, `seorang perempuan bernama Suila Rohill (SR)`), passing over those named
    as another party (`korban bernama Muhammad Mutaqien`). Nobody found means no claim, not a guess."""
    lex = book.lex
    found = None
    for match in _party_names(lex).finditer(text, max(0, at - _PARTY_WINDOW), at):
        if match.start() > 0 and text[match.start() - 1].isalnum():
            continue  # the keyword only ends a longer word
        keyword = match.group(1).lower()
        if keyword in lex.party_roles or _word_before(text, match.start()) not in lex.other_parties:
            found = match
    if found is None:
        return []
    # not made salient: the `katanya` after it still means the officer telling the case
    ident = book.mention(Mention(found.group(2), "person"), subject=False)
    if found.group(3):
        book.alias(ident, found.group(3))  # "Suila Rohill (SR)"
    return [ident]


def _opens_clause(tokens: list[Token], j: int, lo: int, lex: Lexicon) -> bool:
    """Does the role noun at `j` open its clause: `Pelaku berdalih`, `The suspect told`, `..., tersangka mengaku`?"""
    if j > lo and tokens[j - 1].low in lex.party_articles:
        j -= 1
    return j == lo or tokens[j - 1].text == ","


def _word_before(text: str, at: int) -> str:
    """`korban` in `korban bernama Budi`: the word before offset `at`, lowercased."""
    words = text[max(0, at - _TRIM_WINDOW) : at].split()
    return words[-1].lower() if words else ""


@cache
def _party_names(lex: Lexicon) -> re.Pattern[str]:
    """`keyword Name [(ACRONYM)]`, the keyword a party role or a naming word (`bernama`). The keywords are
    spelled out in both cases rather than matched after a `\\b`, so the scan jumps between their first letters."""
    keywords = "|".join(sorted(w for k in lex.party_roles | lex.party_namers for w in (k, k.capitalize())))
    name = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}"
    return re.compile(rf"({keywords})\s+({name})(?:\s*\(([A-Z]{{2,5}})\))?")


def _relative_to_name(tokens: list[Token], j: int, lo: int) -> bool:
    """`Arifin Tasrif yang mengatakan ...`, `Ted Cruz, who said ...`: the relative pronoun at `j` follows a name."""
    before = j - 2 if tokens[j - 1].text == "," else j - 1
    return before >= lo and is_capitalised(tokens[before])


def _clause_end(tokens: list[Token], start: int, hi: int) -> int:
    """Where a clause set off by commas ends: `Trump, who claimed [that the election was rigged], lost`."""
    for k in range(start, hi):
        if tokens[k].text == ",":
            return tokens[k].start
    return tokens[hi - 1].end


def _is_active_verb(token: Token, lex: Lexicon) -> bool:
    """`melarang`, `berupaya`, `banned`: the verb of a clause, told by its affix."""
    low = token.low
    if is_capitalised(token) or len(low) <= 4 or low in lex.not_verbs:
        return False
    return (
        low in lex.verbs or low.startswith(lex.active_verb_prefixes) or low.endswith(lex.active_verb_suffixes)
    )


def _source_phrase(tokens: list[Token], i: int, hi: int, lex: Lexicon) -> int:
    """Length in tokens of a source phrase (`according to`) starting at `i`, or 0."""
    for words in _source_phrases(lex).get(tokens[i].low, ()):
        if i + len(words) <= hi and all(tokens[i + k].low == w for k, w in enumerate(words)):
            return len(words)
    return 0


@cache
def _source_phrases(lex: Lexicon) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The lexicon's source phrases by first word, in lexicon order: one dict lookup per token."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in lex.source_prepositions:
        words = tuple(phrase.split())
        by_first.setdefault(words[0], []).append(words)
    return {first: tuple(found) for first, found in by_first.items()}


@cache
def _source_first_words(lex: Lexicon) -> frozenset[str]:
    """Words a source phrase or clitic starts with: most tokens are none, and are passed at one lookup."""
    return frozenset(_source_phrases(lex)) | lex.source_clitics


@cache
def _gendered_honorifics(lex: Lexicon) -> frozenset[str]:
    """`Ms.`, `Ibu`, `Mr.`, `Bapak` in one set: every token of every sentence is tested."""
    return lex.female_honorifics | lex.male_honorifics


@cache
def _speech_words(lex: Lexicon) -> frozenset[str]:
    """Words that may start indirect speech, in one set: every token of every sentence is tested."""
    return lex.speech_verbs | lex.postposed_verbs | lex.participles


def _note_subject(para: _Paragraph, lo: int, hi: int, book: SpeakerBook) -> int | None:
    """A sentence that opens with a person's name (`Monday, Clinton held ...`) makes them the likely
    referent of the next `she`; returns that person."""
    tokens = para.tokens
    # "Monday, Clinton ..." and "Tuesday, in her last speech before the holiday, Clinton ...": the
    # sentence start and the words after its first two commas (found by list.index, in C)
    head = para.lows[lo : min(hi, lo + 2 * _LEAD_WORDS)]
    starts = [lo]
    comma = -1
    while len(starts) < 3 and "," in head[comma + 1 :]:
        comma = head.index(",", comma + 1)
        starts.append(lo + comma + 1)
    for start in starts:
        end = min(name_end(tokens, start, book.lex), hi)
        if end == start or end >= hi or is_capitalised(tokens[end]) or tokens[end].text in _QUOTE_MARKS:
            continue
        if end - start == 1 and not book.is_name(without_possessive(tokens[start].text)):
            continue  # a lone word names a person only as below; most sentences open so, so test it first
        mention = parse_name([t.text for t in tokens[start:end]], book.lex)
        if (
            mention
            and mention.kind == "person"
            and mention.role != mention.name  # "Kapolres Senin (12/2) ...": a role alone names nobody new
            and (end - start >= 2 or book.is_name(mention.name))
        ):
            return book.mention(mention)
    return None


def _note_titled(tokens: list[Token], lo: int, hi: int, book: SpeakerBook) -> None:
    """`Consider the case of Ms. Diaz.`: a titled name anywhere in the sentence is a person a later `she`
    may mean, though she is not its subject."""
    lex = book.lex
    honorifics = _gendered_honorifics(lex)
    for i in range(lo, hi - 1):
        if tokens[i].low not in honorifics:
            continue
        first = i + 1 + (tokens[i + 1].text == ".")
        end = min(name_end(tokens, first, lex), hi)
        if first < end:
            mention = parse_name([t.text for t in tokens[i:end]], lex)
            if mention is not None and mention.kind == "person":
                book.mention(mention, subject=False)


def _content_start(tokens: list[Token], verb: int, hi: int, lex: Lexicon) -> int:
    for k in range(verb + 1, min(hi, verb + _COMPLEMENT_WINDOW)):
        text = tokens[k].text
        if tokens[k].low in lex.complementizers:
            return k + 1
        if text in _QUOTE_MARKS or text in ".;!?" or tokens[k].low in lex.speech_verbs:
            break  # a second verb: its own "bahwa" belongs to it
    start = verb + 1
    while start < hi and tokens[start].text in {",", ":"}:
        start += 1
    return start


def _is_title(run: list[Token]) -> bool:
    """`Kepala Dinas Pendidikan (Disdik) Kota Bogor`: a title standing before the name, not a statement."""
    return all(is_capitalised(t) or t.low in CONNECTORS or t.text in "()." for t in run)


def _has_complement(tokens: list[Token], verb: int, start: int, lex: Lexicon) -> bool:
    return start > verb + 1 and tokens[start - 1].low in lex.complementizers


def _subject_start(tokens: list[Token], verb: int, lo: int, lex: Lexicon) -> int:
    """Where the speaker's name begins: `bagaimana [Presiden Putin] menyebutkan`; else the clause start."""
    k = verb - 1
    while k >= lo and tokens[k].low in lex.skip_before_verb:
        k -= 1
    named = k
    while (
        named >= lo
        and verb - named < _NAME_WINDOW
        and (is_capitalised(tokens[named]) or tokens[named].text == ".")
    ):
        named -= 1
    return named + 1 if named < k else _clause_start(tokens, verb, lo)


def _clause_start(tokens: list[Token], verb: int, lo: int) -> int:
    k = verb
    while k - 1 >= lo and verb - k < 8 and tokens[k - 1].text not in {",", ";", ":"} | _QUOTE_MARKS:
        k -= 1
    return k


def _follows_quote(para: _Paragraph, i: int, lo: int) -> bool:
    """`"...," kata Edy` or `"...," he said`: the verb belongs to the quote before it."""
    tokens = para.tokens
    k = i - 1
    while k >= lo and i - k <= 4 and tokens[k].end not in para.quote_ends:
        if tokens[k].text in {".", "!", "?"}:
            return False
        k -= 1
    return k >= lo and i - k <= 4


def _sentence_for(para: _Paragraph, quote: Quote) -> Span:
    first = para.sentence_at(quote.mark_start)
    last = para.sentence_at(max(quote.mark_end - 1, quote.mark_start))
    return Span(first.start, max(last.end, first.end))


def _opens_sentence(para: _Paragraph, quote: Quote) -> bool:
    i = para.index(quote.mark_start) - 1
    return i < 0 or para.tokens[i].text in {".", "!", "?", ":"} | _CLOSERS


def _outside_quotes(drafts: list[_Draft], quotes: list[Quote]) -> list[_Draft]:
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


def _mask(starts: list[int], quotes: list[Quote]) -> list[bool]:
    """Which tokens (by start offset) sit inside a double-marked quote: no speech verb there starts a claim.

    Double quotes are in text order and do not overlap (`find_quotes`), so each marks one slice of
    tokens, found by bisection rather than by testing every token."""
    mask = [False] * len(starts)
    if not quotes:
        return mask  # most paragraphs
    for quote in quotes:
        lo = bisect.bisect_right(starts, quote.mark_start)
        hi = bisect.bisect_left(starts, quote.mark_end)
        mask[lo:hi] = [True] * (hi - lo)
    return mask


def _words(text: str, start: int, end: int, enough: int = _MIN_WORDS) -> int:
    """Words in `text[start:end]`, counted only up to `enough`: a length test, not a census."""
    count = 0
    for _ in _WORD.finditer(text, start, end):
        count += 1
        if count >= enough:
            break
    return count


def _trim_end(text: str, start: int, end: int) -> int:
    """Cut trailing spaces and punctuation, and anything past `MAX_STATEMENT` characters."""
    end = min(end, start + MAX_STATEMENT)
    floor = max(start, end - _TRIM_WINDOW)
    while end > floor and (text[end - 1].isspace() or text[end - 1] in ",.;:"):
        end -= 1
    return end


def _is_furniture(text: str, span: Span, lex: Lexicon) -> bool:
    """Menus and `Baca juga:` links carry no article text."""
    head = text[span.start : span.start + 40].lower()
    return head.startswith(lex.noise_line_prefixes)


def _claim(text: str, draft: _Draft, speaker: Speaker) -> Claim:
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
