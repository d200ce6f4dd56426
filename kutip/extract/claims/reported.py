"""Indirect speech in one sentence: `X mengatakan (bahwa) ...`, `..., X said.`, `X, adding that ...`.

A sentence is read verb by verb: the speaker is the subject before a speech verb (past titles,
appositives and time phrases) or the name after a postposed one, and the statement is the clause the
verb introduces. Sentences that open with a name note that person for a later pronoun.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from kutip.extract.claims.attribution import (
    past_adverbials,
    speaker_after,
    subject_before,
)
from kutip.extract.claims.paragraph import (
    INTRO_WINDOW,
    MIN_WORDS,
    QUOTE_MARKS,
    Draft,
    Paragraph,
    trim_end,
    word_count,
)
from kutip.extract.claims.parties import opens_clause, party_speaker
from kutip.extract.claims.sources import by_source, source_first_words
from kutip.extract.lexicon import Lexicon
from kutip.extract.sentences import Span
from kutip.extract.speakers import (
    CONNECTORS,
    SpeakerBook,
    Token,
    is_capitalised,
    name_end,
    name_start,
    parse_name,
    without_possessive,
)

# How far after `that`/`bahwa` may follow its verb: `said in one of a series of Twitter messages that`.
_COMPLEMENT_WINDOW = 12


# A leading adverbial this long may come before the subject: `In an address early Friday, Hollande ...`.
_LEAD_WORDS = 6


# Longest name-and-title run looked at before a verb.
_NAME_WINDOW = 16


# Content this short after the verb means the statement came first: `..., campaign officials said Friday.`
_TRAILING_WORDS = 6


# How far back the subject of the clause a linker continues may stand:
# `AS melakukan berbagai upaya untuk menjatuhkan Huawei dan perusahaan China lainnya karena mengklaim ...`.
_CLAUSE_WINDOW = 20


def read_sentence(para: Paragraph, sentence: Span, book: SpeakerBook) -> list[Draft]:
    """Indirect speech in one sentence: `X mengatakan (bahwa) ...`, `menurut X, ...`, `..., X said.`"""
    lex = book.lex
    tokens = para.tokens
    lo, hi = para.index(sentence.start), para.index(sentence.end)
    if lo >= hi:
        return []
    subject = None if para.quoted[lo] or tokens[lo].text in QUOTE_MARKS else _note_subject(para, lo, hi, book)
    # Most sentences hold no source word, speech verb or honorific: one set test in C each tells,
    # before any loop over their tokens.
    lows = para.lows[lo:hi]
    drafts = [] if source_first_words(lex).isdisjoint(lows) else by_source(para, lo, hi, sentence, book)
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
            if speakers and start < hi and tokens[start].text not in QUOTE_MARKS:
                end = trim_end(para.text, tokens[start].start, sentence.end)
                drafts.append(
                    Draft(speakers, "indirect", tokens[start].start, end, sentence, tokens[i].start, True)
                )
            continue
        draft = _speech(para, i, lo, hi, sentence, book, drafts)
        if draft is not None:
            drafts.append(draft)
    if not _gendered_honorifics(lex).isdisjoint(lows):
        _note_titled(tokens, lo, hi, book)
    drafts.sort(key=lambda d: d.start)
    kept: list[Draft] = []
    for draft in drafts:
        outer = kept[-1] if kept else None
        if outer is not None and outer.start < draft.subject_at < outer.end:
            if not draft.participle and word_count(para.text, outer.start, draft.subject_at) >= MIN_WORDS:
                continue  # a report inside a longer statement stays part of it
            # "Menteri mencatat bagaimana Presiden Putin menyebutkan bahwa ...": the original speaker
            outer.end = trim_end(para.text, outer.start, draft.subject_at)
        kept.append(draft)
    return [d for d in kept if word_count(para.text, d.start, d.end) >= MIN_WORDS]


class _Subject(NamedTuple):
    """Who speaks through a speech verb, found before it."""

    speakers: list[int]
    end: int  # the token before the verb, past words like `juga` and a time or occasion phrase
    linked: bool  # a clause linker stands there: "... karena mengklaim ..."
    relative: bool  # a relative pronoun after a name: "Senator Ted Cruz, who said ..."


def _speech(
    para: Paragraph, verb: int, lo: int, hi: int, sentence: Span, book: SpeakerBook, earlier: list[Draft]
) -> Draft | None:
    """The claim a speech verb at `verb` makes: `X mengatakan (bahwa) ...`, `Belanda, lanjutnya, ...`."""
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
        if para.quoted[lo] or tokens[lo].text in QUOTE_MARKS:
            return None
    if low not in lex.speech_verbs:
        return None
    subject = _subject_of(para, verb, lo, book, earlier)
    return None if subject is None else _statement(para, verb, lo, hi, sentence, lex, subject)


def _subject_of(
    para: Paragraph, verb: int, lo: int, book: SpeakerBook, earlier: list[Draft]
) -> _Subject | None:
    """The speaker standing before a speech verb: a name, a pronoun, a role noun of a party to a case,
    or the subject of the clause a linker continues."""
    lex = book.lex
    tokens = para.tokens
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
    elif j >= lo and tokens[j].low in lex.party_roles and opens_clause(tokens, j, lo, lex):
        speakers = party_speaker(
            para.text, tokens[j].start, book
        )  # "Pelaku berdalih ...", "Tersangka mengaku"
    elif relative:
        speakers = subject_before(tokens, j, lo, book)  # "Senator Ted Cruz, who said ...": the name before
    else:
        speakers = subject_before(tokens, j + 1, lo, book, adverbials=False)
    return _Subject(speakers, j, linked, relative) if speakers else None


def _statement(
    para: Paragraph, verb: int, lo: int, hi: int, sentence: Span, lex: Lexicon, subject: _Subject
) -> Draft | None:
    """What the verb reports: the clause after it (`mengatakan bahwa ...`), or the one before the subject
    when the statement comes first (`..., campaign officials said Friday.`)."""
    tokens = para.tokens
    speakers, j, relative = subject.speakers, subject.end, subject.relative
    linked = subject.linked or relative
    subject_at = j if linked else _subject_start(tokens, j + 1, lo, lex)
    start = _content_start(tokens, verb, hi, lex)
    if start < hi and tokens[start].text in QUOTE_MARKS:
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
        and word_count(para.text, tokens[lo].start, tokens[comma].start) >= MIN_WORDS
        and not _is_title(tokens[lo:comma])
    )
    if start >= hi or (before_long and (trailing or short)):
        if comma is None:
            return None
        end = trim_end(para.text, tokens[lo].start, tokens[comma].start)
        return Draft(speakers, "indirect", tokens[lo].start, end, sentence, -1)
    stop = _clause_end(tokens, start, hi) if relative and tokens[j - 1].text == "," else sentence.end
    end = trim_end(para.text, tokens[start].start, stop)
    return Draft(speakers, "indirect", tokens[start].start, end, sentence, tokens[subject_at].start, linked)


def _postposed(
    para: Paragraph, verb: int, lo: int, hi: int, sentence: Span, book: SpeakerBook
) -> Draft | None:
    """`Belanda, lanjutnya, memiliki ...` or `..., said Trump.`: the statement is around the verb."""
    tokens = para.tokens
    speakers = speaker_after(tokens, verb, hi, book)
    if not speakers:
        return None
    after = verb + 1 if tokens[verb].low.endswith("nya") else name_end(tokens, verb + 1, book.lex)
    if after < hi and tokens[after].text == ",":
        after += 1
    if verb > lo + 1 and hi - after >= MIN_WORDS and verb - lo <= 3:
        start, stop = tokens[after].start, tokens[hi - 1].end  # the statement goes on after the verb
    elif verb - 1 > lo:
        start, stop = tokens[lo].start, tokens[verb - 1].start  # the statement came before it
    else:
        return None
    return Draft(speakers, "indirect", start, trim_end(para.text, start, stop), sentence)


def _quoted_as(tokens: list[Token], participle: int, lo: int, book: SpeakerBook) -> list[int] | None:
    """`CNN quoted a witness as saying ...`, `Kelly was quoted as saying ...`: the one quoted speaks, not
    the outlet; None when the participle stands in no such frame."""
    lex = book.lex
    as_at = participle - 1
    if as_at <= lo or tokens[as_at].low not in lex.quoted_as:
        return None
    for k in range(as_at - 1, max(lo, as_at - INTRO_WINDOW) - 1, -1):
        if tokens[k].text in QUOTE_MARKS or tokens[k].text in ".!?":
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
    for k in range(verb + 1, min(hi - 1, verb + INTRO_WINDOW)):
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


@cache
def _gendered_honorifics(lex: Lexicon) -> frozenset[str]:
    """`Ms.`, `Ibu`, `Mr.`, `Bapak` in one set: every token of every sentence is tested."""
    return lex.female_honorifics | lex.male_honorifics


@cache
def _speech_words(lex: Lexicon) -> frozenset[str]:
    """Words that may start indirect speech, in one set: every token of every sentence is tested."""
    return lex.speech_verbs | lex.postposed_verbs | lex.participles


def _note_subject(para: Paragraph, lo: int, hi: int, book: SpeakerBook) -> int | None:
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
        if end == start or end >= hi or is_capitalised(tokens[end]) or tokens[end].text in QUOTE_MARKS:
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
        if text in QUOTE_MARKS or text in ".;!?" or tokens[k].low in lex.speech_verbs:
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
    while k - 1 >= lo and verb - k < 8 and tokens[k - 1].text not in {",", ";", ":"} | QUOTE_MARKS:
        k -= 1
    return k


def _follows_quote(para: Paragraph, i: int, lo: int) -> bool:
    """`"...," kata Edy` or `"...," he said`: the verb belongs to the quote before it."""
    tokens = para.tokens
    k = i - 1
    while k >= lo and i - k <= 4 and tokens[k].end not in para.quote_ends:
        if tokens[k].text in {".", "!", "?"}:
            return False
        k -= 1
    return k >= lo and i - k <= 4
