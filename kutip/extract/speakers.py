"""Who is speaking: names in a token stream, and one book per article that merges their forms.

News names a speaker once in full (`Menteri Luar Negeri Rusia Sergei Lavrov`) and then by surname,
first name, role or pronoun (`Lavrov`, `Menteri`, `ia`, `tegasnya`). The book keeps every form of
each speaker, indexed by name token so a new mention is matched in constant time, and builds the
final `Speaker` with the fullest form as its name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice, repeat
from typing import NamedTuple

from kutip.extract.lexicon import Lexicon
from kutip.extract.model import Speaker, SpeakerKind
from kutip.extract.vocabulary import Vocabulary

# Words with inner hyphens/apostrophes/dots stay whole (`Shanklin-Hawkins`, `U.S`); other marks are tokens.
# Led by a look-ahead for a non-blank, which lets the engine pass blanks without trying both
# alternatives: 13% less work on every paragraph. Plain greedy repeats: nothing follows them, so they
# never give letters back, and possessive ones (`++`) misread `Ruiz.` before CPython 3.11.5.
_TOKEN = re.compile(r"(?=\S)(?:[^\W_]+(?:[-'’.][^\W_]+)*|[^\w\s])")

# Possessive endings, and the bare apostrophe that ends a possessive of a name in -s (`Sanders'`).
_POSSESSIVE_ENDINGS = ("'s", "’s")
_WITH_APOSTROPHES = (*_POSSESSIVE_ENDINGS, "'", "’")

# Lowercase words allowed inside a long title or organisation name (`Kementerian Pemuda dan Olahraga`).
CONNECTORS = frozenset(["dan", "of", "for", "the", "and", "de", "van", "von", "bin", "binti", "al", "di"])

# Longest personal name kept at the end of a title run, initials not counted (`Gatot S. Dewa Broto`).
_MAX_NAME_WORDS = 3

# Longest capitalised run read as one name or title; bounds the scan on adversarial input.
_MAX_RUN = 14

# Matches read at a time by `tokenize`: a paragraph's worth, far below what a long line would hold.
_BATCH = 2048

# How many recent speakers sharing a name token are compared with a new mention.
_RECENT = 8


class Token(NamedTuple):
    """A word or mark with its offsets; `low` is computed once, since matching reads it many times."""

    text: str
    start: int
    end: int
    low: str


@dataclass(frozen=True)
class Mention:
    """A parsed reference: a name (`Sergei Lavrov`), a role (`Menteri`) or a noun phrase (`exit polls`)."""

    name: str
    kind: SpeakerKind = "person"
    role: str | None = None
    gender: str | None = None  # "f" or "m", from an honorific or a given name; None when unknown


@dataclass
class _Entity:
    forms: list[str]
    kind: SpeakerKind
    role: str | None
    words: set[str] = field(default_factory=set)
    gender: str | None = None


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Every paragraph is tokenised, so each field is read by `map` over C functions and the tuples are
    built by `tuple.__new__`: no Python-level step per token (`Token(...)` would call a Python `__new__`).
    Matches are taken a bounded batch at a time, so a megabyte-long line never holds them all at once."""
    matches = _TOKEN.finditer(text, start, end)
    tokens: list[Token] = []
    while batch := list(islice(matches, _BATCH)):
        words = list(map(re.Match.group, batch))
        fields = zip(
            words, map(re.Match.start, batch), map(re.Match.end, batch), map(str.lower, words), strict=True
        )
        tokens.extend(map(tuple.__new__, repeat(Token), fields))
    return tokens


def is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def bare(word: str) -> str:
    """`Trump’s` → `trump`: possessives do not change who is meant."""
    return without_possessive(word.lower().rstrip("."), shortest=0)


def name_start(tokens: list[Token], last: int, lex: Lexicon) -> int:
    """Index of the first token of the capitalised run ending at `last`, or -1 if there is none."""
    if last < 0 or not is_capitalised(tokens[last]):
        return -1
    i = last
    while i > 0 and last - i < _MAX_RUN:
        prev = tokens[i - 1]
        if is_capitalised(prev) and prev.low not in lex.discourse_words:
            i -= 1
        elif prev.text == "." and i >= 2 and _abbreviation(tokens[i - 2], lex):
            i -= 2
        elif prev.low in CONNECTORS and i >= 2 and is_capitalised(tokens[i - 2]):
            head = name_start(tokens, i - 2, lex)
            if head >= 0 and _descriptor(tokens[head].low, lex) and tokens[head].low not in lex.places:
                return head
            break
        else:
            break
    while i <= last and tokens[i].low in lex.discourse_words:
        i += 1
    return i if i <= last else -1


def name_end(tokens: list[Token], first: int, lex: Lexicon) -> int:
    """Index one past the capitalised run starting at `first` (`first` if there is none)."""
    i = first
    while i < len(tokens) and i - first < _MAX_RUN:
        tok = tokens[i]
        if (
            is_capitalised(tok)
            or (tok.text == "." and i > first and _abbreviation(tokens[i - 1], lex))
            or (
                tok.low in CONNECTORS
                and i > first
                and i + 1 < len(tokens)
                and is_capitalised(tokens[i + 1])
                and any(_descriptor(t.low, lex) for t in tokens[first:i])
            )
        ):
            i += 1
        else:
            break
    return i


def _abbreviation(token: Token, lex: Lexicon) -> bool:
    return (len(token.text) == 1 and token.text.isupper()) or token.low in lex.honorifics


def _descriptor(word: str, lex: Lexicon) -> bool:
    return (
        word in lex.role_words or word in lex.org_words or word in lex.honorifics or word in lex.title_words
    )


def parse_name(words: list[str], lex: Lexicon) -> Mention | None:
    """`Ms. Rosa Diaz` → Rosa Diaz, gender "f": the title or the given name tells `she` from `he`."""
    return _parse_known(tuple(words), lex)


# Names recur within an article and across a feed's articles, and parsing one is pure: each distinct
# run of words is parsed once (bounded, so a long batch cannot grow it without limit).
@lru_cache(maxsize=16384)
def _parse_known(words: tuple[str, ...], lex: Lexicon) -> Mention | None:
    mention = _parse_name(list(words), lex)
    if mention is None or mention.kind != "person":
        return mention
    lows = [bare(w) for w in words]
    given = bare(mention.name.split()[0])
    for gender, honorifics, names in (
        ("f", lex.female_honorifics, lex.female_names),
        ("m", lex.male_honorifics, lex.male_names),
    ):
        if any(w in honorifics for w in lows) or given in names:
            return replace(mention, gender=gender)
    return mention


def _parse_name(words: list[str], lex: Lexicon) -> Mention | None:
    """Split a capitalised run into title and name: `Presiden Rusia Vladimir Putin` → Vladimir Putin, role
    `Presiden Rusia`; `Asosiasi Fintech Pendanaan Bersama Indonesia` stays whole as an organisation."""
    words = _attach_dots(words)
    while words and (words[0].lower() in lex.discourse_words):
        words = words[1:]
    if not words:
        return None
    words[-1] = without_possessive(words[-1])  # "Clinton’s victory": the name is Clinton
    lows = [bare(w) for w in words]
    while lows and lows[-1] in lex.weekdays:  # "Kapolres Senin (12/2) mengatakan": a day, not a name
        del words[-1], lows[-1]
    if not words:
        return None
    if len(words) <= 3 and any(w in lex.media for w in lows):
        return Mention(" ".join(words), "media")
    if all(w in lex.places or w in CONNECTORS for w in lows):
        return Mention(" ".join(words), "place")
    place = (
        0
        if lex.place_prepositions.isdisjoint(lows)
        else next(i for i, w in enumerate(lows) if w in lex.place_prepositions)
    )
    if place > 0 and all(w in lex.places for w in lows[place + 1 :]):
        # "Menteri Keuangan Sri Mulyani di Jakarta": a titled person, then where they spoke
        head = _parse_name(words[:place], lex)
        if head is not None and head.kind == "person" and head.role not in (None, head.name):
            return head
    last_desc = max((i for i, w in enumerate(lows) if _is_title_word(w, words[i], lex)), default=-1)
    if last_desc < 0:
        kind: SpeakerKind = "organisation" if len(words) == 1 and words[0].isupper() else "person"
        return Mention(" ".join(words), kind)
    tail = _trailing_name(words[last_desc + 1 :], lex)
    person_title = lows[0] in lex.role_words or lows[0] in lex.honorifics or lows[last_desc] in lex.role_words
    if tail and (person_title or lows[last_desc] in lex.honorifics):
        role_words = words[: len(words) - len(tail)]
        while role_words and bare(role_words[-1]) in lex.honorifics:
            role_words = role_words[:-1]
        while role_words and bare(role_words[0]) in lex.honorifics:
            role_words = role_words[1:]
        return Mention(" ".join(tail), "person", " ".join(role_words) or None)
    if person_title and lows[0] in lex.role_words and not any(w in lex.org_words for w in lows[:1]):
        return Mention(" ".join(words), "person", " ".join(words))
    return Mention(" ".join(words), "organisation")


def without_possessive(word: str, *, shortest: int = 4, apostrophe: bool = False) -> str:
    """`Clinton’s` → `Clinton`, the one possessive stripper of the pipeline.

    A word shorter than `shortest` is left whole. `Sanders'` stays whole unless `apostrophe` is set:
    in tokens its apostrophe is a token of its own, in plain words (`apostrophe=True`) it ends the word.
    """
    endings = _WITH_APOSTROPHES if apostrophe else _POSSESSIVE_ENDINGS
    if len(word) < shortest or not word.endswith(endings):
        return word  # most words: one C call tells
    ending = next(e for e in endings if word.endswith(e))
    return word[: -len(ending)]


def _attach_dots(words: list[str]) -> list[str]:
    """`["Donald", "J", ".", "Trump"]` → `["Donald", "J.", "Trump"]`."""
    joined: list[str] = []
    for word in words:
        if word == "." and joined:
            joined[-1] += "."
        elif word != ".":
            joined.append(word)
    return joined


def _is_title_word(low: str, word: str, lex: Lexicon) -> bool:
    acronym = len(word) >= 2 and word.isupper() and word.isalpha()
    return _descriptor(low, lex) or low in lex.places or low in lex.media or acronym or low in CONNECTORS


def _trailing_name(words: list[str], lex: Lexicon) -> list[str]:
    """The personal name at the end of a title: at most three words, initials free."""
    kept: list[str] = []
    counted = 0
    for word in reversed(words):
        if _is_title_word(word.lower(), word, lex) and len(word) != 1:
            break
        if len(word.rstrip(".")) > 1:  # "Gatot S. Dewa Broto": the initial is free
            if counted == _MAX_NAME_WORDS:
                break
            counted += 1
        kept.append(word)
    while kept and len(kept[-1]) == 1:
        kept.pop()
    return list(reversed(kept))


class SpeakerBook:
    """Every speaker of one article. Mentions are merged when one's name words contain the other's
    (`Lavrov` ⊂ `Sergei Lavrov`); pronouns and role nouns point at the most salient person."""

    def __init__(self, lex: Lexicon, vocabulary: Vocabulary | None = None) -> None:
        self.lex = lex
        # what the article says of its words: `Pelaku` is ordinary if it also writes `pelaku`
        self.vocabulary = vocabulary or Vocabulary("")
        self._entities: list[_Entity] = []
        self._by_word: dict[str, list[int]] = {}
        self._salient: int | None = None
        self._people: list[int] = []  # persons in the order last mentioned, for `she` after a `he`
        self._last: int | None = None

    def mention(self, mention: Mention, *, subject: bool = True) -> int:
        """The speaker id for a named mention, merging it into an earlier form when one holds the other."""
        words = {bare(w) for w in mention.name.split() if len(w.strip(".")) > 1} or {mention.name.lower()}
        found = self._find(words, mention.kind)
        if found is None and len(words) == 1 and mention.name.lower() in self._by_word:
            found = self._short_form_of(mention.name)  # "Komdigi" after "Kementerian ... (Komdigi)"
        if found is None:
            found = len(self._entities)
            self._entities.append(
                _Entity([mention.name], mention.kind, mention.role, set(words), mention.gender)
            )
        else:
            entity = self._entities[found]
            entity.gender = entity.gender or mention.gender
            if mention.name not in entity.forms:
                entity.forms.append(mention.name)
            entity.words |= words
            entity.role = entity.role or mention.role
        for word in words:
            ids = self._by_word.setdefault(word, [])
            if found not in ids[-_RECENT:]:
                ids.append(found)
        if mention.kind == "person":
            self._people.append(found)
            del self._people[:-_RECENT]
        if subject:
            self.attend(found)
        return found

    def alias(self, ident: int, form: str) -> None:
        """Record another name for a speaker: `AFPI` after `Asosiasi Fintech Pendanaan Bersama Indonesia`."""
        entity = self._entities[ident]
        if form in entity.forms:
            return
        entity.forms.append(form)
        entity.words.add(form.lower())
        self._by_word.setdefault(form.lower(), []).append(ident)

    def is_name(self, word: str) -> bool:
        """Is a sentence-initial `Pelaku` or `Lavrov` a name? Only if the article capitalises it elsewhere."""
        low = bare(word)
        # the cheap tests first: `Ia`, `Dia`, `He` open many sentences and are never names
        return low not in self.lex.pronouns and (
            low in self._by_word or self.vocabulary.capitalised_mid_sentence(low)
        )

    def attend(self, ident: int) -> None:
        """Mark a speaker as the one a following pronoun most likely means."""
        self._last = ident
        if self._entities[ident].kind == "person":
            self._salient = ident

    def kind(self, ident: int) -> SpeakerKind:
        return self._entities[ident].kind

    def latest_with(self, word: str, kind: SpeakerKind) -> int | None:
        """`the campaign`: the latest speaker of that kind whose name holds the word."""
        for ident in reversed(self._by_word.get(word, [])[-_RECENT:]):
            if self._entities[ident].kind == kind:
                return ident
        return None

    def latest(self, kind: SpeakerKind) -> int | None:
        """`the group said`: the most recent speaker of that kind."""
        for ident in range(len(self._entities) - 1, max(-1, len(self._entities) - 1 - _RECENT), -1):
            if self._entities[ident].kind == kind:
                return ident
        return None

    def pronoun(self, plural: bool = False, gender: str | None = None) -> int | None:
        """Who `he`, `she`, `they`, `ia` means: the salient person, unless a gendered pronoun rules them
        out (`she` after `Mr. Ortiz`); then the last person mentioned who fits."""
        if plural and self._last is not None:
            return self._last
        found = self._salient if self._salient is not None else self._last
        if gender is None or found is None or self._entities[found].gender in (None, gender):
            return found
        for ident in reversed(self._people):
            if self._entities[ident].gender == gender:
                return ident
        # "said the victim, Sarah Jones. Police chief Mark Brown ... he said": never the wrong gender
        return next((i for i in reversed(self._people) if self._entities[i].gender is None), None)

    def role(self, noun: str) -> int | None:
        """`Menteri` or `the minister`: the latest speaker with that role word, else the salient one."""
        for ident in reversed(self._by_word.get("role:" + noun.lower(), [])[-_RECENT:]):
            return ident
        return self._salient

    def note_role(self, ident: int) -> None:
        role = self._entities[ident].role
        for word in (role or "").lower().split():
            self._by_word.setdefault("role:" + word, []).append(ident)

    def speaker(self, ident: int) -> Speaker:
        entity = self._entities[ident]
        name = max(entity.forms, key=lambda f: (len(f.split()), len(f)))
        aliases = [f for f in entity.forms if f != name]
        if entity.role and entity.role not in aliases and entity.role != name:
            aliases.append(entity.role)
        return Speaker(name=name, kind=entity.kind, role=entity.role, aliases=tuple(aliases))

    def _short_form_of(self, name: str) -> int | None:
        """The speaker that `name` was given to as another name, whatever kind it was parsed as."""
        for ident in reversed(self._by_word.get(name.lower(), [])[-_RECENT:]):
            if name in self._entities[ident].forms:
                return ident
        return None

    def _find(self, words: set[str], kind: SpeakerKind) -> int | None:
        best = None
        for word in words:
            for ident in self._by_word.get(word, [])[-_RECENT:]:
                entity = self._entities[ident]
                if entity.kind != kind or not (words <= entity.words or entity.words <= words):
                    continue
                if best is None or ident > best:
                    best = ident
        return best
