"""find_quotes: every mark convention quotes.py documents, on paragraphs of real news.

Rows come from the shared dev articles (`en-003` …) and the Indonesian corpus (`indosum-…`,
tokenised with spaces around punctuation, as the corpus has them); each expects the quoted words as
`text[start:end]`, with the flags that differ from the defaults.
"""

from __future__ import annotations

import pytest

from kutip.extract.quotes import Quote, find_quotes


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text, 0, len(text))]


MARKS = [
    # curly double marks: Indonesian web text (id-000), and the tokenised form of the corpus (id-012)
    (
        "“5G adalah masalah penting bagi kami, sama seperti di seluruh dunia,” tegasnya.",
        ["5G adalah masalah penting bagi kami, sama seperti di seluruh dunia"],
    ),
    (
        "“ Semua ribut . Saya kalau semakin diributkan , semakin keras kepala , ” ucap Edy .",
        ["Semua ribut . Saya kalau semakin diributkan , semakin keras kepala"],
    ),
    # and US web text (en-003)
    (
        "“This is the difference between a businessman and the all-talk, no-action politicians that have "
        "failed the American people for far too long,” said Trump.",
        [
            "This is the difference between a businessman and the all-talk, no-action politicians that "
            "have failed the American people for far too long"
        ],
    ),
    # a whole paragraph that is a quote keeps its full stop; an apostrophe inside is no mark (en-009)
    (
        "“The FDIC’s intent to evade congressional oversight is a serious offense.”",
        ["The FDIC’s intent to evade congressional oversight is a serious offense."],
    ),
    # straight double marks, two quotes in one paragraph (en-010)
    (
        '"There was carnage on the road," Bouhlel said. "Bodies everywhere."',
        ["There was carnage on the road", "Bodies everywhere."],
    ),
    # straight marks around an apostrophe (en-008)
    (
        '"I don\'t remember anything as outrageous, as shameful as this piece of legislation," said '
        "Senate Minority Leader Harry M. Reid (D-Nev.).",
        ["I don't remember anything as outrageous, as shameful as this piece of legislation"],
    ),
    # two apostrophes as a double mark, NYT wire copy (en-007)
    (
        "Mark Weddle, 55, started work at Carrier 24 years ago and earns $21 an hour running a machine "
        "that makes heat exchangers. ''I have two brothers-in-law from Mexico,'' he said, explaining "
        "why he disagrees with Mr. Trump's anti-immigrant stance.",
        ["I have two brothers-in-law from Mexico"],
    ),
    (
        "And when she saw Mr. Trump talking about Carrier on the news, all she could do was shout "
        "''Yessss!'' at the TV. ''I loved it,'' she said. ''I was so happy Trump noticed us.''",
        ["Yessss!", "I loved it", "I was so happy Trump noticed us."],
    ),
    # CNN Indonesia's spaced marks: the blank after the opener and the ` , ` before the closer go (id-011)
    (
        '" Tahun lalu maksimal gaji atlet itu kan di angka Rp 9 juta , sekarang jadi Rp 10 juta . '
        "Kenaikannya cukup signifikan , tapi di manajemen gajinya turun . Tapi yang kami prioritaskan "
        'memang atlet , " kata Gatot .',
        [
            "Tahun lalu maksimal gaji atlet itu kan di angka Rp 9 juta , sekarang jadi Rp 10 juta . "
            "Kenaikannya cukup signifikan , tapi di manajemen gajinya turun . Tapi yang kami "
            "prioritaskan memang atlet"
        ],
    ),
    # a quote opened curly and closed straight still closes (indosum-1499978700…)
    (
        '“ Anda mengunjungi negara saya , tapi saya di Palembang tidak di Bali , " kata akun '
        "rafly_rahman.h dengan berbahasa Inggris .",
        ["Anda mengunjungi negara saya , tapi saya di Palembang tidak di Bali"],
    ),
    # French and German marks (no corpus text uses them; the module documents them)
    ("«Nous sommes prêts», a-t-il dit.", ["Nous sommes prêts"]),
    ("„Wir schaffen das“, sagte Merkel.", ["Wir schaffen das"]),
    # a stray closer opens nothing: mis-encoded openers in the corpus (indosum-1496086200…)
    (
        "” Menang . Mereka menang seperti kami - lah dengan skor 6 - 2 kalau bisa . Tetapi yang "
        "terpenting , mereka harus menang , ” katanya .",
        [],
    ),
    # negatives: apostrophes, and marks around nothing but blanks and commas
    ("It's Sanders' plan, isn't it?", []),
    ('Ia hanya menjawab " , " lalu pergi .', []),
]


@pytest.mark.parametrize(("text", "expected"), MARKS)
def test_quote_marks(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_two_apostrophes_are_one_mark() -> None:
    text = "But when it comes to Carrier, ''we've all worked our butts off,'' he said."
    [quote] = find_quotes(text, 0, len(text))
    assert text[quote.mark_start : quote.mark_end] == "''we've all worked our butts off,''"


SINGLE = [
    # British single marks after a blank (id-000)
    (
        "Pernyataan itu muncul di tengah upaya AS untuk melarang ‘entitas asing’ bekerja sama dengan "
        "raksasa teknologi China Huawei.",
        ["entitas asing"],
    ),
    (
        "Dalam forum Q&A itu, Lavrov menegaskan bahwa Rusia tidak berniat untuk meniru Amerika Serikat "
        "‘yang hanya menuntut untuk tidak bekerja sama dalam 5G dengan China dan, khususnya, dengan "
        "Huawei.’",
        ["yang hanya menuntut untuk tidak bekerja sama dalam 5G dengan China dan, khususnya, dengan Huawei."],
    ),
    # a tokenised single quote, blank after the opener (indosum-1495948200…)
    ("AFP menulis Marlina the Murderer in Four Acts adalah ‘ langka’ .", ["langka"]),
]


@pytest.mark.parametrize(("text", "expected"), SINGLE)
def test_single_quotes(text: str, expected: list[str]) -> None:
    quotes = find_quotes(text, 0, len(text))
    assert [text[q.start : q.end] for q in quotes] == expected
    assert all(q.single for q in quotes)


def test_single_marks_inside_a_double_quote_are_part_of_it() -> None:
    text = (  # indosum-1513239151…
        "“ Saya benar-benar bisa bangun di satu hari dan merasa seperti ‘ Malibu,’ tapi kemudian saya "
        "bisa juga merasa seperti saya ingin menjadi Roy Orbison , ” ujarnya ."
    )
    [quote] = find_quotes(text, 0, len(text))
    assert not quote.single
    assert text[quote.start : quote.end].endswith("menjadi Roy Orbison")


RUNS_ON = [
    # an English long quote re-opens each paragraph and closes only in the last (indosum-1507876067…)
    "“ Saya bilang padanya soal itu di pertemuan pertama . Jadi kami memiliki hal besar ini yakni jabat tangan .",
    '"Dan, di 2027 ada Piala Asia. Kalau dipersiapkan lebih baik, saya yakin Indonesia bisa menuju Piala '
    "Dunia 2030.",  # detik-196
    "“Kami akan membangun pabrik baru tahun depan.",
]


@pytest.mark.parametrize("text", RUNS_ON)
def test_an_unclosed_quote_runs_on_to_the_paragraph_end(text: str) -> None:
    [quote] = find_quotes(text, 0, len(text))
    assert quote.runs_on
    assert (quote.end, quote.mark_end) == (len(text), len(text))
    assert text[quote.start] not in ' "“'


def test_closed_quotes_do_not_run_on() -> None:
    text = "“This is extremely irresponsible.”"  # en-009
    assert find_quotes(text, 0, len(text)) == [Quote(1, len(text) - 1, 0, len(text))]


def test_offsets_are_in_the_whole_text_and_stay_in_the_paragraph() -> None:
    text = (  # two paragraphs of en-010; the first one's open quote does not reach the second
        '"There was carnage on the road,\n\n'
        '"We stand in solidarity and partnership with France, our oldest ally," the statement said.'
    )
    second = text.index("\n\n") + 2
    [quote] = find_quotes(text, second, len(text))
    assert (
        text[quote.start : quote.end] == "We stand in solidarity and partnership with France, our oldest ally"
    )
    assert quote.mark_start == second
    [first] = find_quotes(text, 0, second - 2)
    assert first.runs_on
