"""What an article says about its own words: which it writes in lowercase, which it capitalises
mid-sentence.

`Pelaku berdalih ...` opens a sentence with a capital, so the capital says nothing about the word;
the rest of the article does. If it also writes `pelaku`, it is an ordinary word; if it writes
`... kata Lavrov`, a capital straight after another word, `Lavrov` is a name. An article asks this of
about a dozen words, so each question is answered when asked, by `str.find` over the lowercased text,
rather than by listing every word of every article up front (which cost more than all the asking).
"""

from __future__ import annotations

from collections.abc import Iterator

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
            found = self._lowercase[word] = next(self._places(word, word[:1]), -1) >= 0
        return found

    def capitalised_mid_sentence(self, word: str) -> bool:
        """Does the article write `word` (given lowercase) with a capital straight after another word,
        one blank between (`kata Lavrov`, not `. Lavrov`)?"""
        found = self._mid_sentence.get(word)
        if found is None:
            text = self._text
            found = self._mid_sentence[word] = any(
                at >= 2 and text[at - 1] == " " and text[at - 2].isalpha()
                for at in self._places(word, word[:1].upper())
            )
        return found

    def written_apart(self, word: str, follower: str) -> bool:
        """Does the article write `word` (as written) somewhere not followed by `follower`? `Bulog` in
        `juru bicara Bulog Tomi Wijaya` stands alone elsewhere (`Perum Bulog menyalurkan ...`); a given
        name hardly does. Asked only of long titled names, so not remembered."""
        text, after, low = self._text, len(word) + 1, word.lower()
        return any(not text.startswith(follower, at + after) for at in self._places(low, low[:1].upper()))

    def _places(self, word: str, first: str) -> Iterator[int]:
        """Where `word` (lowercase) stands as a whole word (not `ktp` in `e-KTP`) written with the letter
        `first` (`word`'s own first letter, or its capital). Found from the places that letter stands
        in the text, not from every place the word occurs: `the`, `a`, `in` open sentences and are
        asked about, and occur inside hundreds of other words."""
        if not word[:1].isalpha():
            return
        low, text = self._low, self._text
        at = text.find(first)
        while at >= 0:
            if low.startswith(word, at) and not (
                _continues(low, at - 1, -1) or _continues(low, at + len(word), 1)
            ):
                yield at
            at = text.find(first, at + 1)


def _continues(low: str, i: int, step: int) -> bool:
    """Is `low[i]` (the character just before or after a match) part of the same word?"""
    if i < 0 or i >= len(low):
        return False
    char = low[i]
    if char.isalnum():
        return True
    after = i + step
    return char in _JOINERS and 0 <= after < len(low) and low[after].isalnum()
