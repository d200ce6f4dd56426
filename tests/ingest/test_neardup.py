"""Near-duplicates: a wire story and its republished copies are one story; other reports are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.ingest.neardup import BANDS, fingerprint, resemblance, same_story, shingles

SYNDICATED = Path(__file__).parent / "data" / "syndicated"


def story(name: str) -> str:
    return (SYNDICATED / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # ANTARA's story in Kompas: new headline and byline, "Baca juga:" line, last paragraph cut
        ("antara-bi-rate", "kompas-bi-rate", True),
        # Reuters on US News: new headline, "By …" line, copyright line, two last paragraphs cut
        ("reuters-ecb", "usnews-ecb", True),
        # the same meeting reported by another outlet, with the same quote: a different story
        ("antara-bi-rate", "tempo-bi-rate", False),
        ("kompas-bi-rate", "tempo-bi-rate", False),
        ("reuters-ecb", "guardian-ecb", False),
        ("antara-bi-rate", "reuters-ecb", False),
    ],
)
def test_copies_of_a_wire_story_are_the_same_story(first: str, second: str, same: bool) -> None:
    a, b = fingerprint(story(first)), fingerprint(story(second))
    assert same_story(a.shingles, b.shingles) is same
    if same:  # the band keys find the copy: it shares at least one band with its original
        assert set(a.bands) & set(b.bands)


def test_unrelated_stories_share_no_band() -> None:
    names = ["antara-bi-rate", "tempo-bi-rate", "reuters-ecb", "guardian-ecb"]
    bands = [set(fingerprint(story(n)).bands) for n in names]
    assert all(len(b) == BANDS for b in bands)
    assert all(not (bands[i] & bands[j]) for i in range(len(bands)) for j in range(i + 1, len(bands)))


def test_case_punctuation_and_spacing_do_not_matter() -> None:
    assert shingles("Menlu Rusia: “5G adalah masalah penting,” tegasnya.") == shingles(
        "menlu  rusia 5G adalah\nmasalah penting tegasnya"
    )


def test_a_trimmed_copy_still_resembles_the_whole_story() -> None:
    whole = story("antara-bi-rate")
    trimmed = whole.rsplit("\n", 4)[0]
    assert resemblance(shingles(whole), shingles(trimmed)) == 1.0


def test_short_texts_are_never_called_copies() -> None:
    short = fingerprint("Rapat Dewan Gubernur berikutnya dijadwalkan berlangsung pada 17-18 Juni mendatang.")
    assert short.bands == ()
    assert not same_story(short.shingles, short.shingles)
