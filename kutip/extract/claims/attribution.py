"""Who a clause is attributed to: the subject before a speech verb, or the speaker after a postposed one.

Indonesian and English news attribute in a handful of shapes, each resolved here to speaker ids in the
article's `SpeakerBook`:

    Lavrov menegaskan bahwa ...            name before the verb
    Kepala Dinkes Lombok Barat, Erni Suryana, mengatakan ...   name in an appositive
    Jeff Weaver, Sanders' campaign manager, said ...           role in an appositive
    "...," kata Kapolres Metro Bekasi Kombes Mustofa           name after a postposed verb
    "...," ujarnya / he said / tegas dia                       pronoun or clitic: the salient speaker
    Menteri juga mencatat / the minister said                  role noun: the speaker holding that role
    campaign officials said / exit polls showed                a source noun phrase speaks for itself
    Baik Huawei dan Beijing menolak ...                        two speakers

Every scan is bounded by a small window, so attribution stays linear in the article length.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from kutip.extract.acronyms import is_short_form
from kutip.extract.lexicon import Lexicon
from kutip.extract.speakers import (
    Mention,
    SpeakerBook,
    Token,
    bare,
    is_capitalised,
    name_end,
    name_start,
    parse_name,
    without_possessive,
)

_APPOSITIVE_WINDOW = 40
_NOUN_PHRASE_WORDS = 5
_PARENTHESIS_WINDOW = 8
_ARTICLES = frozenset(["the", "a", "an"])
_STOPS = frozenset([*'.;!?"“”«»', "''"])
_APOSTROPHES = frozenset(["'", "’"])
# Longest title written partly in lowercase before a name: `White House press secretary Josh Earnest`.
_TITLE_TOKENS = 8
# Longest time or occasion phrase between a speaker and the verb: `saat dikonfirmasi wartawan, Senin (12/2),`.
_ADVERBIAL_TOKENS = 9
# Such phrases in a row: `Sri Mulyani [di Jakarta], [Selasa,] mengatakan`.
_ADVERBIALS = 3
_DATE_MARKS = frozenset("()/.-")


def subject_before(
    tokens: list[Token], verb: int, lo: int, book: SpeakerBook, *, adverbials: bool = True
) -> list[int]:
    """Speakers named just before `tokens[verb]`, looking no further back than `lo`; time and occasion
    phrases before the verb are passed over unless the caller has (`adverbials=False`)."""
    lex = book.lex
    j = verb - 1
    while j >= lo and tokens[j].low in lex.skip_before_verb:
        j -= 1
    if adverbials and j > lo:
        tok = tokens[j]
        # most subjects end in a name or a pronoun, where no time phrase ends: tested here, not in a call
        if tok.low not in lex.pronouns and (not tok.text[:1].isupper() or tok.low in lex.date_words):
            j = past_adverbials(tokens, j, lo, lex)
    if j < lo:
        return []
    tok = tokens[j]
    if tok.low in lex.non_speakers:
        return []
    if tok.low in lex.pronouns:
        found = book.pronoun(tok.low in lex.plural_pronouns, lex.pronoun_genders.get(tok.low))
        return [found] if found is not None else []
    if tok.text == ")":
        return _before_parenthesis(tokens, j, lo, book)
    if tok.text == "," and j - 1 >= lo and tokens[j - 1].text == ")":
        return _before_parenthesis(tokens, j - 1, lo, book)
    if tok.text == ",":
        return _appositive(tokens, j, lo, book)
    if is_capitalised(tok) and not tok.text.isdigit():
        return _named(tokens, j, lo, book)
    return _noun_phrase(tokens, j, lo, book)


def past_adverbials(tokens: list[Token], j: int, lo: int, lex: Lexicon) -> int:
    """The last token of the subject when time or occasion phrases end at `tokens[j]`, else `j`:
    `Kapolres, Senin (12/2), mengatakan`, `Pelaku pada 24 Februari 2024 berdalih`, `Trump on Tuesday
    said`, `The minister, speaking in Jakarta, said` all give the token before the phrase."""
    after_time = False
    for _ in range(_ADVERBIALS):
        if j <= lo:
            break
        start = _adverbial_start(tokens, j, lo, lex, after_time)
        if start <= lo:
            break
        after_time = True
        j = start - 1
        while j >= lo and tokens[j].low in lex.skip_before_verb:
            j -= 1
    return j


def _adverbial_start(tokens: list[Token], j: int, lo: int, lex: Lexicon, after_time: bool) -> int:
    """Where a time or occasion phrase ending at `tokens[j]` starts, or -1: between commas
    (`, Senin (12/2),`), from an opener (`on Tuesday`, `saat dikonfirmasi`), or a bare date (`Senin (12/2)`)."""
    stop = max(lo, j - _ADVERBIAL_TOKENS) - 1
    if tokens[j].text == ",":
        for k in range(j - 1, stop, -1):
            if tokens[k].text == ",":
                segment = tokens[k + 1 : j]
                if segment and (
                    segment[0].low in lex.adverbial_openers
                    or not lex.date_words.isdisjoint(t.low for t in segment)
                ):
                    return k
                return -1
            if tokens[k].text in _STOPS:
                return -1
        return -1
    dated = False
    for k in range(j, stop, -1):
        tok = tokens[k]
        if tok.text == "," or tok.text in _STOPS or tok.low in _subject_words(lex):
            return -1  # "during which she underscored": the subject stands inside, not before
        if k < j and tok.low in lex.adverbial_openers and not tok.text[:1].isupper():
            return k if _occasion(tokens[k : j + 1], lex, after_time) else -1
        if tok.low in lex.weekdays or tok.text.isdigit():
            dated = True
        elif tok.low not in lex.date_words and tok.text not in _DATE_MARKS:
            # "Kapolres Senin (12/2) mengatakan": a bare date; else look on for an opener
            if dated and k < j:
                return k + 1
            dated = False
            if k == j and tok.text[:1].isupper() and not after_time:
                return -1  # most subjects end in a name: nothing to skip
    return -1


def _occasion(phrase: list[Token], lex: Lexicon, after_time: bool) -> bool:
    """`pada 24 Februari`, `saat dikonfirmasi wartawan`, `in a statement`; `di Jakarta` only before a time."""
    if phrase[0].low not in lex.place_prepositions or after_time:
        return True
    return not any(is_capitalised(t) for t in phrase[1:]) or not lex.date_words.isdisjoint(
        t.low for t in phrase
    )


@cache
def _subject_words(lex: Lexicon) -> frozenset[str]:
    return lex.pronouns | lex.relative_pronouns | lex.complementizers


def speaker_after(tokens: list[Token], verb: int, hi: int, book: SpeakerBook) -> list[int]:
    """Speaker after a postposed verb: `kata Pramono`, `said Mike Shields, the president of ...`,
    `kata dia`, or the clitic in `ujarnya`."""
    lex = book.lex
    if tokens[verb].low.endswith("nya"):
        found = book.pronoun()
        return [found] if found is not None else []
    k = verb + 1
    if k >= hi:
        return []
    tok = tokens[k]
    if tok.low in lex.pronouns:
        if k + 1 < hi and tokens[k + 1].text[:1].isalnum():
            return []  # "..., said he did not see ...": the pronoun opens the reported clause
        found = book.pronoun(tok.low in lex.plural_pronouns, lex.pronoun_genders.get(tok.low))
        return [found] if found is not None else []
    if tok.low in lex.non_speakers:
        return []
    if not is_capitalised(tok):
        titled = titled_name(tokens, k, hi, book)
        if titled is not None:
            return [_register(book, titled[0], tokens, titled[1])]
        return _noun_phrase_after(tokens, k, hi, book)
    end = min(name_end(tokens, k, lex), hi)
    if end < hi and _title_part(tokens[end], lex):
        # "said Clinton spokesman Brian Fallon": the first name is part of the title
        titled = titled_name(tokens, k, hi, book)
        if titled is not None:
            return [_register(book, titled[0], tokens, titled[1])]
    mention = parse_name([t.text for t in tokens[k:end]], lex)
    if mention is None:
        return []
    if tokens[k].low in lex.role_words and end + 1 < hi and tokens[end].text == ",":
        # "kata CEO Tokopedia, William Tanuwijaya,": the title first, the name in apposition
        name_stop = min(name_end(tokens, end + 1, lex), hi)
        named = parse_name([t.text for t in tokens[end + 1 : name_stop]], lex)
        if named is not None and name_stop > end + 1 and named.kind == "person":
            mention = replace(named, role=named.role or mention.name)
            end = name_stop
    role = _appositive_after(tokens, end, hi, lex)
    if role and mention.kind == "person" and mention.role is None:
        mention = replace(mention, role=role)
    return [_register(book, mention, tokens, end)]


def _named(tokens: list[Token], j: int, lo: int, book: SpeakerBook) -> list[int]:
    lex = book.lex
    start = max(name_start(tokens, j, lex), lo)
    if start < 0 or start > j:
        return []
    if start == j == lo and _common_noun(tokens[j], book):
        return (
            _noun_phrase_speaker(tokens, j, j + 1, book) if tokens[j].low not in lex.discourse_words else []
        )
    if start > lo and _title_part(tokens[start - 1], lex):
        # "juru bicara KPK Budi Prasetyo mengatakan": the lowercase title before the name
        title = start - 1
        while title > lo and start - title < _TITLE_TOKENS and _title_part(tokens[title - 1], lex):
            title -= 1
        titled = titled_name(tokens, title, j + 1, book)
        if titled is not None and titled[1] == j + 1:
            return [_register(book, titled[0], tokens, j + 1)]
    mention = parse_name([t.text for t in tokens[start : j + 1]], lex)
    if mention is None:
        return []
    if start > lo and bare(tokens[start - 1].text) in lex.source_nouns:
        return [book.mention(Mention(f"{tokens[start - 1].text} {mention.name}", "poll"))]
    speakers = [_resolve(book, mention, tokens, j + 1)]
    # "Baik Huawei dan Beijing menolak": a joined name before this one speaks too
    if start - 2 >= lo and tokens[start - 1].low in lex.speaker_joiners and is_capitalised(tokens[start - 2]):
        other_start = max(name_start(tokens, start - 2, lex), lo)
        other = (
            parse_name([t.text for t in tokens[other_start : start - 1]], lex) if other_start >= 0 else None
        )
        if other is not None and (other_start == lo or tokens[other_start - 1].low in lex.speaker_leaders):
            speakers.insert(0, _resolve(book, other, tokens, start - 1))
    return speakers


def titled_name(tokens: list[Token], first: int, hi: int, book: SpeakerBook) -> tuple[Mention, int] | None:
    """`jubir KPK Budi Prasetyo`, `campaign spokesman Brian Fallon`, `White House press secretary Josh
    Earnest`, `kuasa hukum terdakwa, Andi Wijaya`: a title written partly in lowercase, holding a role
    word, then the person's name. Returns the person (the whole title as role) and the index past the name."""
    lex = book.lex
    k = first + (tokens[first].low in lex.appositive_openers)
    role_at = -1
    while k < hi and k - first < _TITLE_TOKENS:
        tok = tokens[k]
        if not is_capitalised(tok) and (
            tok.low in lex.role_words or (role_at < 0 and tok.low in _party_words(lex))
        ):
            role_at = k
        elif is_capitalised(tok):
            if role_at >= 0:
                break
        elif tok.text == "," and role_at >= 0 and k + 1 < hi and is_capitalised(tokens[k + 1]):
            k += 1  # "kuasa hukum terdakwa, Andi Wijaya": the name in apposition
            break
        elif not _title_part(tok, lex):
            return None
        k += 1
    if role_at < 0 or k >= hi or not is_capitalised(tokens[k]):
        return None
    end = min(name_end(tokens, k, lex), hi)
    if end < hi and _title_part(tokens[end], lex):
        return None  # "the spokesman for the Sanders campaign": a name that only qualifies the title
    if end - k >= 3 and book.vocabulary.written_apart(tokens[k].text, tokens[k + 1].text):
        k += 1  # "juru bicara Bulog Tomi Wijaya": the organisation, written alone elsewhere, is the title's
    if tokens[role_at].low not in lex.role_words:
        # "kata korban, Siti Aminah", "said the victim, Sarah Jones": a party to the case, then the name
        named = parse_name([t.text for t in tokens[k:end]], lex)
        if named is None or named.kind != "person" or named.role is not None:
            return None
        role = [t.text for t in tokens[first:k] if t.text != "," and t.low not in lex.appositive_openers]
        return replace(named, role=" ".join(role)), end
    mention = parse_name([tokens[role_at].text, *(t.text for t in tokens[k:end])], lex)
    if mention is None or mention.kind != "person" or mention.role is None or mention.name == mention.role:
        return None
    words = [t.text for t in tokens[first:k] if t.text != ","] + mention.role.split()[1:]
    return replace(mention, role=" ".join(words)), end


@cache
def _party_words(lex: Lexicon) -> frozenset[str]:
    """`tersangka`, `korban`, `the victim`: a party to a case, who may head a title before the name."""
    return lex.party_roles | lex.other_parties


def _title_part(token: Token, lex: Lexicon) -> bool:
    """A lowercase word that belongs in a title: `juru bicara`, `press secretary`, `kuasa hukum terdakwa`."""
    low = token.low
    return not is_capitalised(token) and (
        low in lex.role_words
        or low in lex.title_words
        or low in lex.org_words
        or low in lex.party_roles
        or low in lex.other_parties
        or low in lex.owned_orgs
    )


def _common_noun(token: Token, book: SpeakerBook) -> bool:
    """`Pelaku berdalih`, `Witnesses said`: a sentence-initial capital on an ordinary noun."""
    lex = book.lex
    low = bare(token.text)
    return (
        low in lex.source_nouns
        or low in lex.role_words
        or low in lex.org_words
        or book.vocabulary.written_lowercase(low)
    )


def _resolve(book: SpeakerBook, mention: Mention, tokens: list[Token], after: int) -> int:
    """A role alone (`Menteri`) means the speaker holding it; anything else is a name."""
    if mention.kind == "person" and mention.role == mention.name and len(mention.name.split()) <= 2:
        found = book.role(mention.name.split()[0])
        if found is not None:
            return found
    return _register(book, mention, tokens, after)


def _register(book: SpeakerBook, mention: Mention, tokens: list[Token], after: int) -> int:
    ident = book.mention(mention)
    # "Bank Indonesia (BI)": the bracketed acronym is another name for the same speaker
    if after + 2 < len(tokens) and tokens[after].text == "(" and tokens[after + 2].text == ")":
        acronym = tokens[after + 1].text
        if is_short_form(acronym, mention.name):  # "Otoritas Jasa Keuangan (OJK)", "(Komdigi)"
            book.alias(ident, acronym)
    book.note_role(ident)
    return ident


def _before_parenthesis(tokens: list[Token], close: int, lo: int, book: SpeakerBook) -> list[int]:
    """`Harry M. Reid (D-Nev.) said`, `Muhammad Mutaqien (33) mengaku`: skip the bracket."""
    for k in range(close - 1, max(lo, close - _PARENTHESIS_WINDOW) - 1, -1):
        if tokens[k].text == "(":
            if k - 1 >= lo and is_capitalised(tokens[k - 1]):
                return _named(tokens, k - 1, lo, book)
            return []
    return []


def _appositive(tokens: list[Token], comma: int, lo: int, book: SpeakerBook) -> list[int]:
    """`Erni Suryana, mengatakan` after a role, or `Jeff Weaver, Sanders' campaign manager, said`."""
    lex = book.lex
    prev = next(
        (k for k in range(comma - 1, max(lo, comma - _APPOSITIVE_WINDOW) - 1, -1) if tokens[k].text == ","),
        None,
    )
    if prev is not None and prev - 1 >= lo and _describes(tokens[prev + 1 : comma], lex):
        # "Ann Lowe, a Republican who voted for Bill Clinton, said": the name stands before the description
        return subject_before(tokens, prev, lo, book) if is_capitalised(tokens[prev - 1]) else []
    if comma - 1 >= lo and is_capitalised(tokens[comma - 1]):
        start = name_start(tokens, comma - 1, lex)
        if start >= 0 and (prev is None or start > prev):
            mention = parse_name([t.text for t in tokens[start:comma]], lex)
            if mention is not None and mention.kind == "person" and mention.role is None and prev is not None:
                role = " ".join(t.text for t in tokens[max(lo, prev - _APPOSITIVE_WINDOW) : prev])
                head = name_start(tokens, prev - 1, lex) if prev - 1 >= lo else -1
                if head >= 0 and tokens[head].low in lex.role_words:
                    role = " ".join(t.text for t in tokens[head:prev])
                    mention = replace(mention, role=role)
            return [_register(book, mention, tokens, comma)] if mention is not None else []
    if prev is None or prev - 1 < lo:
        return []
    segment = tokens[prev + 1 : comma]
    if segment and segment[0].low in lex.relative_pronouns and is_capitalised(tokens[prev - 1]):
        return _named(tokens, prev - 1, lo, book)
    if not any(bare(t.text) in lex.role_words for t in segment):
        return []
    speakers = subject_before(tokens, prev, lo, book) if is_capitalised(tokens[prev - 1]) else []
    return speakers


def _describes(segment: list[Token], lex: Lexicon) -> bool:
    """Is the stretch between two commas a description (`a former mayor of Nice`, `who voted for JFK`),
    or an age (`Kara Bell, 19, said`)?"""
    return bool(segment) and (
        segment[0].low in lex.appositive_openers
        or any(t.low in lex.relative_pronouns for t in segment)
        or (len(segment) == 1 and segment[0].text.isdigit())
    )


def _noun_phrase(tokens: list[Token], head: int, lo: int, book: SpeakerBook) -> list[int]:
    """`campaign officials said`, `the minister said`, `a congressional report`: a common-noun subject."""
    lex = book.lex
    start = head
    while start - 1 >= lo and head - start < _NOUN_PHRASE_WORDS:
        prev = tokens[start - 1]
        if prev.text in _STOPS or prev.text == "," or prev.low in lex.complementizers:
            break
        if prev.low in lex.discourse_words and prev.low not in _ARTICLES:
            break
        start -= 1
    return _noun_phrase_speaker(tokens, start, head + 1, book)


def _noun_phrase_after(tokens: list[Token], first: int, hi: int, book: SpeakerBook) -> list[int]:
    end = first
    while end < hi and end - first < _NOUN_PHRASE_WORDS and tokens[end].text not in _STOPS | {","}:
        end += 1
    return _noun_phrase_speaker(tokens, first, end, book)


def _noun_phrase_speaker(tokens: list[Token], start: int, end: int, book: SpeakerBook) -> list[int]:
    lex = book.lex
    words = [t.text for t in tokens[start:end] if t.text not in _APOSTROPHES]
    while words and words[0].lower() in _ARTICLES:
        words = words[1:]
    if not words:
        return []
    owned = _owned(words, book)
    if owned is not None:
        return [owned]
    head = bare(words[-1])
    has_name = any(w[:1].isupper() for w in words[1:]) or (len(words) > 1 and words[0][:1].isupper())
    if len(words) == 1 and head in lex.org_words:
        found = book.latest("organisation")  # "the group said", "perusahaan itu"
        if found is not None:
            return [found]
    if head in lex.role_words and not has_name:
        found = book.role(head)
        return [found] if found is not None else []
    if head in lex.source_nouns or head in lex.org_words or (head in lex.role_words and has_name):
        kind = "poll" if head in _POLL_WORDS else "organisation"
        return [book.mention(Mention(" ".join(words), kind), subject=False)]
    return []


def _owned(words: list[str], book: SpeakerBook) -> int | None:
    """`his campaign`, `Clinton's campaign`, `the Sanders campaign`, `campaign aides`: an organisation that
    belongs to a person speaks under that person's name (`Hillary Clinton's campaign`). With no owner
    named, the campaign is that of the person the article is about (the salient one)."""
    lex = book.lex
    lows = [bare(w) for w in words]
    at = next((k for k, w in enumerate(lows) if w in lex.owned_orgs), None)
    if at is None or any(w not in lex.role_words and w not in lex.source_nouns for w in lows[at + 1 :]):
        return None
    owner_words = words[:at]
    if owner_words and owner_words[-1].lower() in lex.possessive_pronouns:
        owner = book.pronoun(
            owner_words[-1].lower() in lex.plural_possessives,
            lex.pronoun_genders.get(owner_words[-1].lower()),
        )
    elif owner_words and is_capitalised(Token(owner_words[-1], 0, 0, owner_words[-1].lower())):
        first = len(owner_words) - 1
        while first > 0 and owner_words[first - 1][:1].isupper():
            first -= 1
        mention = parse_name(
            [without_possessive(w, shortest=0, apostrophe=True) for w in owner_words[first:]], lex
        )
        if mention is None or mention.kind != "person":
            return None
        owner = book.mention(mention, subject=False)
    elif not owner_words or all(w.lower() in _ARTICLES for w in owner_words):
        # "the campaign": the one already named, else that of the person the article is about
        named = book.latest_with(lows[at], "organisation")
        if named is not None:
            return named
        owner = book.pronoun()
    else:
        return None
    if owner is None or book.kind(owner) != "person":
        return None
    person = book.speaker(owner).name
    ident = book.mention(Mention(f"{possessive(person)} {lows[at]}", "organisation"), subject=False)
    # the forms a reader types: "the Clinton campaign", "Clinton's campaign" (folded to the same words)
    for form in dict.fromkeys((person, person.split()[-1])):
        book.alias(ident, f"{form} {lows[at]}")
    return ident


def source_owner(words: list[str], book: SpeakerBook) -> int | None:
    """`figures her campaign released Friday`: a document released by an owned organisation is its word."""
    lows = [w.lower() for w in words]
    at = next((k for k, w in enumerate(lows) if w in book.lex.owned_orgs), None)
    if at is None:
        return None
    first = at
    while first > 0 and (lows[first - 1] in book.lex.possessive_pronouns or words[first - 1][:1].isupper()):
        first -= 1
    return _owned(words[first : at + 1], book)


def possessive(name: str) -> str:
    """`Hillary Clinton` → `Hillary Clinton's`, `Bernie Sanders` → `Bernie Sanders'`."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _appositive_after(tokens: list[Token], end: int, hi: int, lex: Lexicon) -> str | None:
    """`said Irwin Redlener, a pediatrician and director of ...`: the role after the name."""
    if end >= hi or tokens[end].text != ",":
        return None
    stop = end + 1
    while stop < hi and stop - end < _APPOSITIVE_WINDOW and tokens[stop].text not in _STOPS | {","}:
        stop += 1
    words = [t.text for t in tokens[end + 1 : stop]]
    if not any(bare(w) in lex.role_words for w in words):
        return None
    return " ".join(words)


_POLL_WORDS = frozenset(["poll", "polls", "polling", "survey", "survei", "jajak"])
