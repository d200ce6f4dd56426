"""Search terms: the same folding for stored claims and for questions, on every backend.

Indonesian words carry affixes (`meneruskan`, `diteruskan`, `penerusan` → `terus`) and compounds
are written three ways (`kerja sama`, `kerjasama`, `bekerja sama`); English has plural and tense
endings. Both sides go through `terms()`, so matching is exact on the folded forms and works the same
in SQLite FTS5 and PostgreSQL tsvector('simple'). Consistency matters more than linguistic truth:
a stem only has to be the same for the forms of one word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kutip.extract.lexicon import lexicon

_ID, _EN = lexicon("id"), lexicon("en")

# Both languages' tables apply to every text: a claim's terms do not depend on its language, so an
# English question meets an Indonesian claim (`important` → `penting`).
STOP_WORDS = _ID.stop_words | _EN.stop_words
_COMPOUNDS = _ID.compounds | _EN.compounds
_SYNONYMS = _ID.synonyms | _EN.synonyms
_WORD = re.compile(r"[^\W_]+")
_VOWELS = frozenset("aiueo")
_PREFIXES = tuple((p, restore, re.compile(follows)) for p, restore, follows in _ID.prefixes)
# Folded forms that are already canonical: never stem them again.
_CANONICAL = frozenset(_COMPOUNDS.values()) | frozenset(_SYNONYMS.values())


def fold(text: str) -> str:
    """Lowercase without diacritics: `Sérgei` → `sergei`."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def terms(text: str) -> list[str]:
    """Content terms of `text`, stemmed, compounds joined, stop words dropped, in order.

    `Huawei bekerja sama dengan Sberbank` → `["huawei", "kerjasama", "sberbank"]`.
    """
    tokens = words(text)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        pair = (tokens[i], tokens[i + 1]) if i + 1 < len(tokens) else None
        if pair in _COMPOUNDS:
            out.append(_COMPOUNDS[pair])
            i += 2
            continue
        if tokens[i] not in STOP_WORDS:
            out.append(stem(tokens[i]))
        i += 1
    return out


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """`diteruskan` → `terus`, `meneruskan` → `terus`, `forwarded` → `forward`, `Lavrov` → `lavrov`."""
    word = _SYNONYMS.get(word, word)
    if word in _CANONICAL or not word.isalpha() or not word.isascii():
        return word
    if len(word) <= 4:
        return _strip_short_root(word)
    root = _strip_indonesian(word)
    if root == word:
        root = _strip_english(word)
    return _SYNONYMS.get(root, root)


def _strip_indonesian(word: str) -> str:
    for particle in _ID.particles:
        if word.endswith(particle) and len(word) - len(particle) >= 4:
            word = word[: -len(particle)]
            break
    for prefix, restore, follows in _PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 4 and follows.match(rest):
            root = restore + rest if restore and rest[0] in _VOWELS else rest
            return _strip_suffix(root, _ID.prefixed_suffixes)
    return _strip_suffix(word, _ID.suffixes)


def _strip_suffix(word: str, suffixes: tuple[str, ...]) -> str:
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _strip_english(word: str) -> str:
    short = _strip_short_root(word)
    return short if short != word else _strip_suffix(word, _EN.suffixes)


def _strip_short_root(word: str) -> str:
    for suffix in _EN.short_root_suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) == 3:
            return word[: -len(suffix)]
    return word


def _equivalents() -> dict[str, frozenset[str]]:
    """`en.TRANSLATIONS` folded like stored text, both ways: `poisoning=keracunan/racun` gives `poison`,
    `keracun` and `racun` each the set of all three. Only terms with a partner are listed."""
    same: dict[str, set[str]] = {}
    for english, indonesian in _EN.translations.items():
        group = {t for word in (english, *indonesian) for t in terms(word)}
        for t in group:
            same.setdefault(t, set()).update(group)
    return {t: frozenset(group) for t, group in same.items() if len(group) > 1}


# A question's topic term meets a claim holding any of its equivalents (itself included): the question
# is translated, not the stored claims, so no database is refolded when a pair is added.
EQUIVALENTS = _equivalents()


def equivalents(term: str) -> frozenset[str]:
    """`poison` → {poison, keracun, racun}; `huawei` → {huawei}."""
    return EQUIVALENTS.get(term) or frozenset((term,))
