"""The compiled matchers of figures, one set per language, and the scan for number tokens.

Every regex is precompiled and free of nested quantifiers, and every window a match reads is
bounded, so the time is linear in the text length even for megabyte-long lines of digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kutip.extract.lexicon import LANGUAGES, Lexicon, units
from kutip.extract.numbers import DIGITS

BLANKS = re.compile(r"\s+")  # a run of blanks in a phrase reads as one space
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def alternation(phrases: object) -> str:
    """The phrases (lowercased) as a trie, so the longest wins (`persen poin` over `persen`) and a
    match tries one branch per letter, not every phrase in turn; spaces match one run of blanks."""
    return "|".join(_trie({str(p).lower() for p in phrases}, blank=r"[ \t]{1,2}"))  # type: ignore[attr-defined]


END_OF_WORD = r"(?![^\W\d_])"


def _trie(words: set[str], blank: str | None = None) -> list[str]:
    """The alternatives of a trie of `words`, one per first letter: `se(?:belas|puluh|ratus)`. The
    number-word pattern scans every character of every article, and a flat list of ~300 case variants
    is tried one by one; the trie reads one branch per letter. A word that is a prefix of another is
    tried after it, so the longest word wins as in a longest-first alternation (`tiga perempat` before
    `tiga`). The first level is returned as a list so that the caller's alternation opens with literal
    characters, which lets the regex engine skip to them. A space is written `blank` when given."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def char_pattern(char: str) -> str:
        return blank if char == " " and blank is not None else re.escape(char)

    def render(node: dict[str, dict]) -> str:
        branches = [char_pattern(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return [char_pattern(char) + render(child) for char, child in sorted(tree.items())]


@dataclass(frozen=True)
class Patterns:
    """The compiled matchers for one language, built once at import."""

    lex: Lexicon
    digits: re.Pattern[str]
    words: re.Pattern[str]  # number words, without the "not after a letter" test (see `numbers`)
    scale: re.Pattern[str]
    percent: re.Pattern[str]
    currency_name: re.Pattern[str]
    measure: re.Pattern[str]
    next_word: re.Pattern[str]
    vague: re.Pattern[str]
    reverse_cue: re.Pattern[str]  # "Y, naik dibandingkan ... X": the later amount comes first
    back_from: re.Pattern[str]  # "a big jump from the $12.2million": the earlier amount is behind
    share_in: re.Pattern[str] | None  # "6 in 10 voters", where the language says it so


def _build(lex: Lexicon) -> Patterns:
    # Case variants instead of IGNORECASE: twice as fast to scan.
    words = [v for w in (*lex.number_words, *lex.fraction_words) for v in (w, w.capitalize(), w.upper())]
    tens = [v for w, n in lex.number_words.items() if 20 <= n < 100 for v in (w, w.capitalize())]
    hyphenated = [rf"{w}-[a-z]+" for w in tens]  # "twenty-five", tried before "twenty"
    number_words = rf"(?:{'|'.join([*hyphenated, *_trie(set(words))])}){END_OF_WORD}"
    measures = {**units.UNIT_ABBREVIATIONS, **lex.measure_units}
    return Patterns(
        lex=lex,
        digits=re.compile(DIGITS),
        words=re.compile(number_words),
        scale=re.compile(
            rf"(?:-an)?[ \t]{{0,2}}(?:-[ \t]?)?({alternation(lex.scale_words)})(?:an)?{END_OF_WORD}",
            re.IGNORECASE,
        ),
        percent=re.compile(
            rf"[ \t]{{0,2}}(?:%|(?:{alternation(lex.percent_words)}){END_OF_WORD})", re.IGNORECASE
        ),
        currency_name=re.compile(
            rf"[ \t]{{0,2}}(?:({alternation(units.CURRENCY_SUFFIX_SIGNS)})|"
            rf"({alternation(lex.currency_names)}){END_OF_WORD})",
            re.IGNORECASE,
        ),
        measure=re.compile(rf"[ \t]{{0,2}}-?[ \t]?({alternation(measures)})(?![\w²³/])", re.IGNORECASE),
        next_word=re.compile(r"(?:-an)?[ \t]{0,2}-?[ \t]?([^\W\d_][\w’'-]{0,30})"),  # "1.500-an orang"
        vague=re.compile(rf"(?:{alternation(lex.vague_amounts)}){END_OF_WORD}", re.IGNORECASE),
        reverse_cue=re.compile(rf"(?<![^\W\d_])(?:{alternation(lex.reverse_change)}){END_OF_WORD}"),
        back_from=re.compile(rf"(?<![^\W\d_])(?:{alternation(lex.change_from)})(?:[ \t]+(?:the|a))?[ \t]*\Z"),
        share_in=re.compile(rf"[ \t]+(?:{lex.share_in})\b", re.IGNORECASE) if lex.share_in else None,
    )


PATTERNS = {code: _build(lex) for code, lex in LANGUAGES.items()}
_LETTER = re.compile(r"[^\W\d_]")


def numbers(text: str, runs: list[re.Match[str]], pats: Patterns) -> list[re.Match[str]]:
    """Digit runs (`runs`, found by `pats.digits`) and number words not glued to a preceding letter, in order.

    Each pattern opens with characters the regex engine can skip to; one pattern for both, or a
    look-behind at its start, would make the engine try every position of the text. A number word
    after a letter (`someone`) is dropped here and the search resumes one character on, as the
    look-behind would have (`xtwenty-five` still holds `five`). The two never overlap: number words
    hold no digits, so sorting the two ordered lists together (in C) interleaves them.
    """
    words = []
    pos = 0
    while match := pats.words.search(text, pos):
        s = match.start()
        if s and _LETTER.match(text, s - 1):
            pos = s + 1
            continue
        words.append(match)
        pos = match.end()
    return sorted(runs + words, key=re.Match.start) if words else runs
