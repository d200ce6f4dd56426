"""What an article says about its own words: which it writes in lowercase, which it capitalises
mid-sentence.

`Pelaku berdalih ...` opens a sentence with a capital, so the capital says nothing about the word;
the rest of the article does. If it also writes `pelaku`, it is an ordinary word; if it writes
`... kata Lavrov`, a capital straight after another word, `Lavrov` is a name. An article asks this of
about a dozen words, so each question is answered when asked, by `str.find` over the lowercased text,
rather than by listing every word of every article up front (which cost more than all the asking).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

# Characters that join two runs of letters or digits into one word: `Shanklin-Hawkins`, `U.S`, `don't`.
_JOINERS = frozenset("-'’.")


class Vocabulary:
    """Answers about one article's words; each answer is worked out once."""

    def __init__(self, text: str) -> None:
        self._text = text
        low = text.lower()
        if len(low) != len(text):  # `İ` lowercases to two characters: keep offsets aligned
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        self._low = low
        self._lowercase: dict[str, bool] = {}
        self._mid_sentence: dict[str, bool] = {}

    def written_lowercase(self, word: str) -> bool:
        """Does the article write `word` (given lowercase) as a word starting with a small letter?"""
        found = self._lowercase.get(word)
        if found is None:
            found = self._lowercase[word] = next(self._places(word, str.islower), -1) >= 0
        return found

    def capitalised_mid_sentence(self, word: str) -> bool:
        """Does the article write `word` (given lowercase) with a capital straight after another word,
        one blank between (`kata Lavrov`, not `. Lavrov`)?"""
        found = self._mid_sentence.get(word)
        if found is None:
            text = self._text
            found = self._mid_sentence[word] = any(
                at >= 2 and text[at - 1] == " " and text[at - 2].isalpha() for at in self._capitalised(word)
            )
        return found

    def written_apart(self, word: str, follower: str) -> bool:
        """Does the article write `word` (as written) somewhere not followed by `follower`? `Bulog` in
        `juru bicara Bulog Tomi Wijaya` stands alone elsewhere (`Perum Bulog menyalurkan ...`); a given
        name hardly does. Asked only of long titled names, so not remembered."""
        text, after = self._text, len(word) + 1
        return any(
            not text.startswith(follower, at + after) for at in self._places(word.lower(), str.isupper)
        )

    def _places(self, word: str, case: Callable[[str], bool]) -> Iterator[int]:
        """Where `word` stands as a whole word (not `ktp` in `e-KTP`) with a first letter that passes
        `case`; that cheap test comes first, as most places a short word is found are inside others."""
        low, text = self._low, self._text
        if not word:
            return
        at = low.find(word)
        while at >= 0:
            if case(text[at]) and not (_continues(low, at - 1, -1) or _continues(low, at + len(word), 1)):
                yield at
            at = low.find(word, at + 1)

    def _capitalised(self, word: str) -> Iterator[int]:
        """Where `word` stands as a whole word with a capital first letter. Found from the capitals of the
        text, not from every place the lowercase word occurs: `the`, `a`, `in` open sentences and are
        asked about, and occur inside hundreds of other words."""
        low, text = self._low, self._text
        if not word:
            return
        capital = word[0].upper()
        at = text.find(capital)
        while at >= 0:
            if low.startswith(word, at) and not (
                _continues(low, at - 1, -1) or _continues(low, at + len(word), 1)
            ):
                yield at
            at = text.find(capital, at + 1)


def _continues(low: str, i: int, step: int) -> bool:
    """Is `low[i]` (the character just before or after a match) part of the same word?"""
    if i < 0 or i >= len(low):
        return False
    char = low[i]
    if char.isalnum():
        return True
    after = i + step
    return char in _JOINERS and 0 <= after < len(low) and low[after].isalnum()
