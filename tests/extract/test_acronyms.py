"""Acronyms: a speaker named by initials takes the long form the article also writes."""

from __future__ import annotations

import pytest

from kutip.extract.acronyms import bracketed_long_form, long_form
from kutip.extract.claims import find_claims
from kutip.extract.lexicon import lexicon

EN, ID = lexicon("en"), lexicon("id")

# (lexicon, article text, acronym, expected long form or None)
LONG_FORMS = [
    (ID, "Badan Pusat Statistik (BPS) merilis data kemiskinan.", "BPS", "Badan Pusat Statistik"),
    (
        ID,
        "Sidang Majelis Umum Perserikatan Bangsa-Bangsa digelar di New York.",
        "PBB",
        "Perserikatan Bangsa-Bangsa",
    ),
    (
        ID,
        "Mercedes-Benz Distribusi Indonesia (MBDI) menjual 2.560 unit.",
        "MBDI",
        "Mercedes-Benz Distribusi Indonesia",
    ),
    (ID, "Rusia tidak akan meniru Amerika Serikat dalam soal 5G.", "AS", "Amerika Serikat"),
    (
        EN,
        "The Federal Bureau of Investigation (FBI) opened a case.",
        "FBI",
        "Federal Bureau of Investigation",
    ),
    (EN, "Leaders of the European Union met in Brussels.", "EU", "European Union"),
    (EN, "Officials in the United States said little.", "U.S.", "United States"),
    # the bracketed form wins over an earlier run with the same initials
    (
        ID,
        "Bank Ekspor tumbuh pesat. Sementara itu Bank Indonesia (BI) menahan suku bunga.",
        "BI",
        "Bank Indonesia",
    ),
    # no long form in the article, or a listed acronym whose long form is absent
    (ID, "KPK menetapkan dua tersangka baru.", "KPK", None),
    (ID, "Menteri Asia Selatan bertemu di Dhaka. AS tidak hadir.", "AS", None),
    (EN, "The FBI said the suspect acted alone.", "FBI", None),
    # connectors sit between the initialled words; lowercase words are no initials
    (EN, "The Bureau of Labor Statistics said wages rose.", "BLS", "Bureau of Labor Statistics"),
    (EN, "The bureau of labor statistics said wages rose.", "BLS", None),
]


@pytest.mark.parametrize(("lex", "text", "acronym", "expected"), LONG_FORMS)
def test_long_form(lex, text: str, acronym: str, expected: str | None) -> None:
    assert long_form(text, acronym, lex) == expected


# (language, article text, expected speaker name, expected alias)
SPEAKERS = [
    (
        "id",
        "Badan Pusat Statistik (BPS) merilis data kemiskinan pada Senin. "
        "BPS mengatakan angka kemiskinan turun pada semester pertama.",
        "Badan Pusat Statistik",
        "BPS",
    ),
    (
        "id",
        "Lavrov menyebut Rusia tidak akan meniru Amerika Serikat. Pada 2019, AS melarang Huawei "
        "karena mengklaim Huawei akan meneruskan informasi pengguna ke China.",
        "Amerika Serikat",
        "AS",
    ),
    (
        "en",
        "The Federal Bureau of Investigation (FBI) opened a case on Friday. "
        "The FBI said the suspect acted alone in the attack.",
        "Federal Bureau of Investigation",
        "FBI",
    ),
    # a contraction in mixed case, bracketed after its long form, is another name for it
    (
        "id",
        "Kementerian Komunikasi dan Digital (Komdigi) menerbitkan aturan baru soal gim daring. "
        "Komdigi mengatakan aturan itu berlaku mulai bulan depan bagi semua platform.",
        "Kementerian Komunikasi dan Digital",
        "Komdigi",
    ),
    (
        "id",
        "Kementerian Keuangan (Kemenkeu) menyatakan defisit anggaran masih di bawah tiga persen. "
        '"Penerimaan pajak tumbuh sesuai target," kata Kemenkeu.',
        "Kementerian Keuangan",
        "Kemenkeu",
    ),
    (
        "en",
        "The National Aeronautics and Space Administration (Nasa) delayed the launch again. "
        "Nasa said the rocket needed a new heat shield before it could fly.",
        "National Aeronautics and Space Administration",
        "Nasa",
    ),
]


# (article text, short form, expected long form or None)
@pytest.mark.parametrize(
    ("text", "short", "expected"),
    [
        ("Presiden Joko Widodo (Jokowi) meresmikan jalan tol.", "Jokowi", "Joko Widodo"),
        ("Jakarta (Antara) - Harga beras naik lagi pekan ini.", "Antara", None),  # a dateline
        ("Warga menyebut desa itu (Sukamaju) sudah lama banjir.", "Sukamaju", None),
    ],
)
def test_bracketed_long_form(text: str, short: str, expected: str | None) -> None:
    assert bracketed_long_form(text, short) == expected


@pytest.mark.parametrize(("language", "text", "name", "alias"), SPEAKERS)
def test_acronym_speaker_takes_long_form(language: str, text: str, name: str, alias: str) -> None:
    claims = [c for c in find_claims(text, language) if alias in c.speaker.aliases]
    assert claims, find_claims(text, language)
    assert {c.speaker.name for c in claims} == {name}


def test_acronym_alone_stays_the_name() -> None:
    [claim] = find_claims("KPK mengatakan penyidik sudah memeriksa tiga saksi pekan ini.", "id")
    assert claim.speaker.name == "KPK"
