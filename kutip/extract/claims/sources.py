"""Claims credited to a source: `Menurut Katadata, ...`, `..., according to The Hill.`, `Menurutnya, ...`.

The source may be a name, a titled name, a document that stands for its publisher (`a new article in
Politico`), or a noun phrase that speaks for itself (`a campaign official`).
"""

from __future__ import annotations

from functools import cache

from kutip.extract.claims.attribution import (
    source_owner,
    titled_name,
)
from kutip.extract.claims.paragraph import (
    MIN_WORDS,
    QUOTE_MARKS,
    Draft,
    Paragraph,
    trim_end,
)
from kutip.extract.lexicon import Lexicon
from kutip.extract.sentences import Span
from kutip.extract.speakers import (
    Mention,
    SpeakerBook,
    Token,
    is_capitalised,
    name_end,
    parse_name,
)

# Longest `a new article` before the document noun of a source: `according to a new article in Politico`.
_DOCUMENT_WORDS = 4


def by_source(para: Paragraph, lo: int, hi: int, sentence: Span, book: SpeakerBook) -> list[Draft]:
    """`Menurut Katadata, ...`, `Berdasarkan data BPS, ...`, `..., according to The Hill.`"""
    lex = book.lex
    tokens = para.tokens
    drafts = []
    skip_to = lo
    first_words = source_first_words(lex)
    for i in range(lo, hi):
        if tokens[i].low not in first_words or para.quoted[i] or i < skip_to:
            continue
        if tokens[i].low in lex.source_clitics:
            draft = _clitic_source(para, i, hi, sentence, book)
        else:
            size = _source_phrase(tokens, i, hi, lex)
            if not size:
                continue
            skip_to = i + size
            if i + size >= hi:
                continue
            source = _source_name(tokens, _publisher(tokens, i + size, hi, lex), hi, book)
            draft = None if source is None else _sourced_statement(para, i, lo, hi, sentence, source, lex)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _clitic_source(para: Paragraph, i: int, hi: int, sentence: Span, book: SpeakerBook) -> Draft | None:
    """`Menurutnya, dana hibah itu ...`: the salient speaker is the source."""
    tokens = para.tokens
    found = book.pronoun()
    start = i + 1 + (i + 1 < hi and tokens[i + 1].text == ",")
    if found is None or hi - start < MIN_WORDS:
        return None
    content = tokens[start].start
    end = trim_end(para.text, content, tokens[hi - 1].end)
    return Draft([found], "indirect", content, end, sentence, tokens[i].start)


def _source_name(tokens: list[Token], first: int, hi: int, book: SpeakerBook) -> tuple[int, int] | None:
    """The source named at `first` as a speaker id, and the token after its name: a name (with an
    acronym in brackets), a titled name, or a noun phrase that speaks for itself."""
    lex = book.lex
    if is_capitalised(tokens[first]):
        end = min(name_end(tokens, first, lex), hi)
        mention = parse_name([t.text for t in tokens[first:end]], lex)
        if mention is None:
            return None
        if end + 2 < hi and tokens[end].text == "(" and tokens[end + 2].text == ")":
            ident = book.mention(mention, subject=False)
            book.alias(ident, tokens[end + 1].text)
            return ident, end + 3
        return book.mention(mention, subject=mention.kind == "person"), end
    if (titled := titled_name(tokens, first, hi, book)) is not None:
        return book.mention(titled[0]), titled[1]  # "menurut kepala desa Budi Santoso, ..."
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
        return None
    owned = source_owner(words, book)
    return (
        owned if owned is not None else book.mention(Mention(" ".join(words), "poll"), subject=False)
    ), end


def _sourced_statement(
    para: Paragraph, i: int, lo: int, hi: int, sentence: Span, source: tuple[int, int], lex: Lexicon
) -> Draft | None:
    """The statement a source phrase at `i` credits: the rest of the sentence after the source
    (`Menurut Katadata, ...`), or the part before it (`..., according to The Hill.`)."""
    tokens = para.tokens
    ident, end = source
    if end < hi and tokens[end].low in lex.document_nouns:
        end += 1  # "a Pew Research Center survey"
    if end + 1 < hi and tokens[end].low in lex.relative_pronouns and tokens[end + 1].low in lex.speech_verbs:
        return None  # "mengutip Arifin Tasrif yang mengatakan ...": the speech verb makes the claim
    while end < hi and tokens[end].text == ",":
        end += 1
    if hi - end >= MIN_WORDS and (i == lo or tokens[i - 1].text != "," or end < hi - 1):
        content_start = tokens[end].start
        statement_end = trim_end(para.text, content_start, tokens[hi - 1].end)
        return Draft([ident], "indirect", content_start, statement_end, sentence, tokens[i].start)
    if i > lo and tokens[i - 1].text == ",":
        statement_end = trim_end(para.text, tokens[lo].start, tokens[i - 1].start)
        return Draft([ident], "indirect", tokens[lo].start, statement_end, sentence, tokens[i].start)
    return None


def _publisher(tokens: list[Token], first: int, hi: int, lex: Lexicon) -> int:
    """Where the source's name starts: at the publisher of a document (`a new article in Politico`,
    `a report by the Associated Press`, `a Pew Research Center survey`, `laporan Reuters`), else `first`."""
    k = first
    while k < hi and k - first < _DOCUMENT_WORDS and tokens[k].low not in lex.document_nouns:
        if tokens[k].text in {",", ".", ";"} or tokens[k].text in QUOTE_MARKS:
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
def source_first_words(lex: Lexicon) -> frozenset[str]:
    """Words a source phrase or clitic starts with: most tokens are none, and are passed at one lookup."""
    return frozenset(_source_phrases(lex)) | lex.source_clitics
