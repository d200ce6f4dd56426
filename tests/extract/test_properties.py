"""Properties of the whole extraction on arbitrary text: it never raises, and every span it
reports is a real slice of the input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kutip.extract import extract

PIECES = [*"abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,:;!?()[]-\n\"“”‘’«»'$€£¥%/"]
PIECES += [
    "kata ",
    "ujarnya",
    " juta",
    " miliar",
    "Rp ",
    "US$ ",
    " persen",
    "said ",
    "according to ",
    "bahwa ",
]
NEWSY = st.lists(st.sampled_from(PIECES), max_size=150).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(NEWSY, st.text(max_size=300)))
def test_extract_never_raises_and_spans_are_slices(text):
    result = extract(text)
    for claim in result.claims:
        assert 0 <= claim.start <= claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.text
        assert claim.speaker.name
    for figure in result.figures:
        assert 0 <= figure.start <= figure.end <= len(text)
        assert text[figure.start : figure.end] == figure.text
