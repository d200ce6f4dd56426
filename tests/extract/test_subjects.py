"""Subjects of figures in Indonesian and English: one row per construction.

Each row: language, sentence, and the expected subject of each figure in order (None: nothing to say).
"""

from __future__ import annotations

import pytest

from kutip.extract.figures import find_figures

SUBJECTS = [
    # an amount after a noun phrase and linking words
    (
        "id",
        "Huawei juga akan meningkatkan nilai transaksi di Rusia dari US$ 392 juta menjadi US$ 800 juta.",
        ["nilai transaksi di Rusia"],
    ),
    (
        "id",
        "Total kerugian akibat penipuan digital mencapai Rp6,1 triliun.",
        ["kerugian akibat penipuan digital"],
    ),
    ("id", "Tercatat, penjualan Mercy meningkat 3,9 persen dari tahun sebelumnya.", ["penjualan Mercy"]),
    ("id", "Porsi yang bermasalah hanya sebesar 0,0007 persen.", ["Porsi yang bermasalah"]),
    (
        "id",
        "Atlet utama Rp 10 juta per bulan, atlet muda Rp 8 juta per bulan.",
        ["Atlet utama", "atlet muda"],
    ),
    ("id", "Jalan tol sepanjang 325 kilometer itu selesai.", ["Jalan tol"]),
    ("en", "His revenue increased from $362 million in 2014 to $557 million in 2015.", ["revenue"]),
    ("en", "From 2000 to 2013, Alzheimer's deaths increased 71%.", ["Alzheimer's deaths"]),
    ("en", "The deal was worth €5 million.", ["deal"]),
    # an amount before the noun it modifies, or a share of one
    ("en", "He vows to impose a 35 percent tax on Carrier products.", ["tax"]),
    ("en", "Senate Democrats blocked a $1.1 billion funding package.", ["funding package"]),
    ("en", "About 40% of caregivers have a household income.", ["caregivers"]),
    (
        "id",
        "Hanya 3 persen dari masyarakat Indonesia yang menggunakan kartu kredit.",
        ["masyarakat Indonesia"],
    ),
    ("id", "Untuk estimasi, 30 persen SUV, lainnya sedan.", ["SUV"]),
    # the object of a verb, or what it is spent on
    ("en", "Bernie Sanders raised more than $33million during the quarter.", ["Bernie Sanders raised"]),
    ("en", "He has spent $500,000 on TV ads.", ["TV ads"]),
    # counts name their noun and its modifiers
    (
        "id",
        "Huawei akan melatih sekitar 35 ribu spesialis teknologi informasi (IT) di Rusia.",
        ["spesialis teknologi informasi"],
    ),
    ("id", "Komdigi mencatat 1,2 juta laporan penipuan digital yang masuk.", ["laporan penipuan digital"]),
    ("en", "Of its 76,981 registered voters, many are young.", ["registered voters"]),
    ("en", "Aides said 1 million donors made 2.5million contributions.", ["donors", "contributions"]),
    # a bare counted noun takes the phrase before it
    ("id", "Tahun lalu penjualan Mercedes-Benz tercatat sebanyak 3.371 unit.", ["penjualan Mercedes-Benz"]),
    ("en", "Officials said 80 people were killed.", ["people"]),
    # both ends of a range share it
    ("en", "Trump spent between $45 million and $50 million to date.", ["Trump spent", "Trump spent"]),
    # the subject stays in its clause and sentence
    ("id", "Harga naik. Rp 5 juta dibayar.", [None]),
]


@pytest.mark.parametrize(("language", "text", "expected"), SUBJECTS, ids=[row[1][:40] for row in SUBJECTS])
def test_subject(language: str, text: str, expected: list) -> None:
    assert [f.subject for f in find_figures(text, language)] == expected
