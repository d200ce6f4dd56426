"""Figures in Indonesian and English news: one row per construction, negatives included.

Each row: language, sentence, the figure's text, and the fields expected on it. Adding a currency,
a unit or a cue word to the lexicon should come with a row here.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kutip.extract.figures import find_figures
from kutip.extract.model import Figure


def _only(language: str, text: str) -> Figure:
    figures = find_figures(text, language)
    assert len(figures) == 1, [f.text for f in figures]
    return figures[0]


# (language, sentence, expected fields of its single figure)
SINGLE = [
    # conventions and scale words
    ("id", "Dana Pemda yang mengendap mencapai Rp 14,6 triliun.", {"value": 14.6e12, "unit": "IDR"}),
    ("id", "Nilai proyek Rp 1.500.000,50 sudah dibayar.", {"value": 1_500_000.5, "unit": "IDR"}),
    ("id", "Kerugiannya Rp11 miliar menurut auditor.", {"value": 11e9, "unit": "IDR"}),
    ("id", "Anggaran Rp 2,9 triliunan sudah terserap.", {"value": 2.9e12, "unit": "IDR"}),
    (
        "id",
        "Bantuan sekitar Rp800-an juta diberikan.",
        {"value": 800e6, "unit": "IDR", "qualifier": "sekitar"},
    ),
    ("id", "Harga paket Rp 250 rb per orang.", {"value": 250e3, "unit": "IDR"}),
    ("id", "Ia menerima gaji Rp 7,5 jt sebulan.", {"value": 7.5e6, "unit": "IDR"}),
    ("id", "Utang itu Rp 3 milyar.", {"value": 3e9, "unit": "IDR"}),
    ("id", "Dana cadangan Rp 1,5 T disiapkan.", {"value": 1.5e12, "unit": "IDR"}),
    ("id", "Sekitar 1.500-an orang hadir.", {"value": 1500, "unit": "orang"}),
    ("id", "Biayanya Rp 1 juta 500 ribu per orang.", {"value": 1_500_000, "unit": "IDR"}),
    ("en", "The company reported revenue of $1,500,000.50 last year.", {"value": 1_500_000.5, "unit": "USD"}),
    ("en", "Sanders raised $28.4million in the quarter.", {"value": 28.4e6, "unit": "USD"}),
    ("en", "The fund is worth $2bn, officials said.", {"value": 2e9, "unit": "USD"}),
    ("en", "Tickets cost $300k in total.", {"value": 300e3, "unit": "USD"}),
    ("en", "accord prices start at $ 12,345 .", {"value": 12345, "unit": "USD"}),
    ("en", "the u.s $ 5 million grant was approved .", {"value": 5e6, "unit": "USD"}),
    ("en", "a c $ 300 fee applies .", {"value": 300, "unit": "CAD"}),
    # currencies
    ("id", "Transaksi naik menjadi US$ 800 juta tahun ini.", {"value": 800e6, "unit": "USD"}),
    ("id", "Ekspor mencapai USD 4,2 miliar.", {"value": 4.2e9, "unit": "USD"}),
    ("id", "Investasi senilai 50 dolar AS per saham.", {"value": 50, "unit": "USD"}),
    ("id", "Klub membayar 23,6 juta pounds untuk gelandang itu.", {"value": 23.6e6, "unit": "GBP"}),
    ("id", "Harga 500 ringgit per malam.", {"value": 500, "unit": "MYR"}),
    ("id", "Pinjaman 300 juta rubel disetujui.", {"value": 300e6, "unit": "RUB"}),
    ("id", "Dana 5 miliar yuan dikucurkan.", {"value": 5e9, "unit": "CNY"}),
    ("en", "The deal was worth €5 million.", {"value": 5e6, "unit": "EUR"}),
    ("en", "It sold for £3.2 million at auction.", {"value": 3.2e6, "unit": "GBP"}),
    ("en", "Sony spent ¥200 billion on the plant.", {"value": 200e9, "unit": "JPY"}),
    ("en", "A flat costs HK$10 million there.", {"value": 10e6, "unit": "HKD"}),
    ("en", "The grant was S$5 million.", {"value": 5e6, "unit": "SGD"}),
    ("en", "Canberra pledged A$4 million.", {"value": 4e6, "unit": "AUD"}),
    ("en", "Ottawa pledged C$40 million.", {"value": 40e6, "unit": "CAD"}),
    ("en", "A meal costs 元50 in Beijing.", {"value": 50, "unit": "CNY"}),
    ("en", "Bread costs ₽300 in Moscow.", {"value": 300, "unit": "RUB"}),
    ("en", "Rent is ₾800 in Tbilisi.", {"value": 800, "unit": "GEL"}),
    ("en", "He was fined 30,000 rupees by the court.", {"value": 30000, "unit": "INR"}),
    ("en", "The bank lent 2.5 billion yen to the firm.", {"value": 2.5e9, "unit": "JPY"}),
    ("en", "Fans paid 40 euros a ticket.", {"value": 40, "unit": "EUR"}),
    ("en", "She earned 90 dollars a day.", {"value": 90, "unit": "USD"}),
    # percent
    ("id", "Inflasi inti tercatat 2,32% pada Agustus.", {"value": 2.32, "unit": "percent"}),
    ("id", "Porsi yang bermasalah hanya sebesar 0,0007 persen.", {"value": 0.0007, "unit": "percent"}),
    ("id", "Suku bunga dipangkas 25 persen poin.", {"value": 25, "unit": "percent"}),
    (
        "id",
        "Penjualan naik 3,9 persen.",
        {"value": 3.9, "unit": "percent", "direction": "up", "to_value": None},
    ),
    ("id", "Ekonomi kontraksi minus 5 persen.", {"value": -5, "unit": "percent"}),
    ("id", "Pernyataan itu 1.000 persen benar.", {"value": 1000, "unit": "percent"}),
    (
        "en",
        "Support fell 3 percentage points in a week.",
        {"value": 3, "unit": "percent", "direction": "down"},
    ),
    ("en", "Growth was 2.1 per cent this year.", {"value": 2.1, "unit": "percent"}),
    ("en", "The economy shrank by minus five percent.", {"value": -5, "unit": "percent"}),
    ("en", "More than 6 in 10 voters said the economy was worse.", {"value": 60, "unit": "percent"}),
    ("id", "Perusahaan menguasai nyaris setengah dari pangsa pasar.", {"value": 50, "unit": "percent"}),
    ("en", "Only 1/4 of respondents agreed.", {"value": 25, "unit": "percent"}),
    # counts and number words
    ("id", "Huawei akan melatih sekitar 35 ribu spesialis teknologi.", {"value": 35e3, "unit": "spesialis"}),
    ("id", "Afiliasi itu berada di 21 negara.", {"value": 21, "unit": "negara"}),
    ("id", "Daftar itu memuat tiga lusin afiliasi.", {"value": 36, "unit": "afiliasi"}),
    ("id", "Panitia menyiapkan seratus kursi.", {"value": 100, "unit": "kursi"}),
    ("id", "Sebanyak dua puluh lima orang hadir.", {"value": 25, "unit": "orang"}),
    ("id", "Ada 8 parpol yang menerima hibah.", {"value": 8, "unit": "parpol"}),
    ("id", "Tiap hari kita beri makan 6 (populasi) Singapura.", {"value": 6}),
    ("id", "Korban sebanyak 3 (tiga) orang dirawat.", {"value": 3, "unit": "orang"}),
    ("en", "The S&P 500 rose 1.2% on Monday.", {"value": 1.2, "unit": "percent"}),
    ("en", "The disclosure runs 104 pages.", {"value": 104, "unit": "page"}),
    ("en", "Her three speeches drew protests.", {"value": 3, "unit": "speech"}),
    ("en", "They invited one hundred guests.", {"value": 100, "unit": "guest"}),
    ("en", "He bought a dozen roses.", {"value": 12, "unit": "rose"}),
    ("en", "A 12-nation pact was signed.", {"value": 12, "unit": "nation"}),
    ("en", "Of the voters, 40,570 are unaffiliated.", {"value": 40570}),
    ("en", "Twenty-five students were hurt.", {"value": 25, "unit": "student"}),
    # measures
    ("id", "Jalan tol sepanjang 325 kilometer itu selesai.", {"value": 325, "unit": "kilometer"}),
    ("id", "Lahan seluas 50 hektare dibuka.", {"value": 50, "unit": "hektare"}),
    ("id", "Kavling seluas 75 meter persegi dijual.", {"value": 75, "unit": "meter persegi"}),
    ("id", "PLTU berkapasitas 2x50 megawatt dibangun.", {"value": 100, "unit": "megawatt"}),
    ("id", "Kawasan itu seluas 190 km2.", {"value": 190, "unit": "square kilometer"}),
    ("en", "The runway is 1.6 km long.", {"value": 1.6, "unit": "kilometer"}),
    ("en", "They built a 2.5-mile track.", {"value": 2.5, "unit": "mile"}),
    ("en", "He wore a 10-gallon hat.", {"value": 10, "unit": "gallon"}),
    ("en", "The field holds 0.9 trillion cubic feet of gas.", {"value": 0.9e12, "unit": "cubic foot"}),
    ("en", "Exports reached 16,000 metric tons.", {"value": 16000, "unit": "metric ton"}),
    ("en", "The boxer weighs 200lbs now.", {"value": 200, "unit": "pound"}),
    ("en", "The baby weighed two pounds at birth.", {"value": 2, "unit": "pound"}),
    ("en", "The car reached 188 miles an hour.", {"value": 188, "unit": "mile per hour"}),
    # qualifiers
    ("id", "Kerugian lebih dari Rp3 miliar dilaporkan.", {"value": 3e9, "qualifier": "lebih dari"}),
    ("id", "Korban hampir 30 persen dari total.", {"value": 30, "qualifier": "hampir"}),
    ("id", "Biaya kurang dari Rp 5 juta per orang.", {"value": 5e6, "qualifier": "kurang dari"}),
    ("id", "Penjualan sedikitnya 2.560 unit tahun ini.", {"value": 2560, "qualifier": "sedikitnya"}),
    ("en", "About 40% of caregivers are poor.", {"value": 40, "qualifier": "about"}),
    ("en", "Florida allocated more than $26 million.", {"value": 26e6, "qualifier": "more than"}),
    ("en", "Sanders raised nearly $73million in all.", {"value": 73e6, "qualifier": "nearly"}),
    ("en", "The fund holds in excess of $1 billion.", {"value": 1e9, "qualifier": "in excess of"}),
    ("en", "Over 40 cars were damaged.", {"value": 40, "qualifier": "over"}),
    ("en", "It rose almost 60 points.", {"value": 60, "qualifier": "almost"}),
    # changes
    (
        "id",
        "Huawei akan meningkatkan nilai transaksi dari US$ 392 juta menjadi US$ 800 juta.",
        {"value": 392e6, "to_value": 800e6, "unit": "USD", "change_pct": 104.08, "direction": "up"},
    ),
    (
        "id",
        "Bunga turun dari 0,8% menjadi 0,4% per hari.",
        {"value": 0.8, "to_value": 0.4, "direction": "down"},
    ),
    (
        "id",
        "Honor dinaikkan dari semula Rp 9 juta per bulan untuk atlet menjadi Rp 10 juta per bulan.",
        {"value": 9e6, "to_value": 10e6, "unit": "IDR"},
    ),
    ("id", "Dulu gajinya di angka Rp 9 juta, sekarang jadi Rp 10 juta.", {"value": 9e6, "to_value": 10e6}),
    (
        "id",
        "Inflasi Juli sebesar 2,37% (yoy), naik dibandingkan Juli tahun lalu sebesar 2,13%.",
        {"value": 2.13, "to_value": 2.37, "unit": "percent"},
    ),
    ("id", "Ekspor naik dari 2% ke 3% tahun ini.", {"value": 2, "to_value": 3}),
    (
        "en",
        "His revenue increased from $362 million in 2014 to $557 million in 2015.",
        {"value": 362e6, "to_value": 557e6, "unit": "USD"},
    ),
    ("en", "Shares rose to $30 from $25 on Monday.", {"value": 25, "to_value": 30, "change_pct": 20.0}),
    ("en", "The jobless rate fell to 4.1% from 4.2% in August.", {"value": 4.2, "to_value": 4.1}),
    ("id", "Harga beras naik Rp 500 menjadi Rp 13.500 per kg.", {"value": 13000, "to_value": 13500}),
    ("en", "Polls say 3 out of 4 voters agree.", {"value": 75, "unit": "percent"}),
    (
        "en",
        "Revenue rose to $20million, up from $12.2million a year earlier.",
        {"value": 12.2e6, "to_value": 20e6},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), SINGLE, ids=[row[1][:40] for row in SINGLE])
def test_single_figure(language: str, text: str, expected: dict) -> None:
    figure = _only(language, text)
    assert text[figure.start : figure.end] == figure.text
    for field, want in expected.items():
        got = getattr(figure, field)
        if isinstance(want, float) and got is not None:
            assert got == pytest.approx(want, rel=1e-6), field
        else:
            assert got == want, field


# (language, sentence, [(value, unit, upper)] in order)
SEVERAL = [
    ("id", "Biayanya Rp 10-15 juta per bulan.", [(10e6, "IDR", 15e6), (15e6, "IDR", None)]),
    ("id", "Bunganya antara 10 hingga 20 persen.", [(10, "percent", 20), (20, "percent", None)]),
    ("id", "Mereka datang berkelompok 5 atau 6 orang.", [(5, "orang", None), (6, "orang", None)]),
    ("id", "Bunga naik dua hingga tiga kali lipat.", [(2, "kali lipat", 3), (3, "kali lipat", None)]),
    ("id", "Inflasi diproyeksikan 2,5±1% tahun depan.", [(2.5, "percent", None), (1, "percent", None)]),
    ("en", "He may spend between $45 million and $50 million.", [(45e6, "USD", 50e6), (50e6, "USD", None)]),
    ("en", "Rates sit in the 4.75%-5.00% range.", [(4.75, "percent", 5.0), (5.0, "percent", None)]),
    (
        "en",
        "Ben Carson and Ted Cruz raised $23million and $20million.",
        [(23e6, "USD", None), (20e6, "USD", None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), SEVERAL, ids=[row[1][:40] for row in SEVERAL])
def test_several_figures(language: str, text: str, expected: list) -> None:
    figures = find_figures(text, language)
    assert [(f.value, f.unit, f.upper) for f in figures] == [
        (pytest.approx(v), u, pytest.approx(up) if up else None) for v, u, up in expected
    ]
    assert all(f.to_value is None for f in figures)


# Sentences with numbers that are not figures.
NONE = [
    ("id", "Ia divonis 9 tahun penjara."),
    ("id", "Sidang berlangsung lima hari."),
    ("id", "Pria berusia 45 tahun itu ditangkap."),
    ("id", "Program itu dimulai pada tahun 2020."),
    ("id", "Ia dijerat Pasal 378 dan atau 372 KUHP."),
    ("id", "Aturan itu tertuang dalam UU No. 11 Tahun 2008."),
    ("id", "Ia menjadi juara ke-3 di angsuran ke-59."),
    ("id", "Kedua pihak bertemu di Jakarta, Minggu (23/8)."),
    ("id", "Acara dimulai pukul 19.30 WIB."),
    ("id", "Hubungi 0812-3456-7890 untuk informasi."),
    ("id", "Kantor itu bisa dihubungi di (021) 5551234."),
    ("en", "Call 1-800-555-0199 for details."),
    ("en", "The bill passed 221-212 after a 3-2 vote."),
    ("id", "Lavrov membahas jaringan 5G dengan Huawei."),
    ("id", "Ia bermain di Liga 1 musim ini."),
    ("id", "Rapat digelar Rabu (22/10/2025) di Balai Kota."),
    ("id", "Dia menekan kontrak selama lima tahun."),
    ("id", "Kami tidak menoleransi satu pun kasus."),
    ("en", "He served three years in prison."),
    ("en", "A 45-year-old man was arrested."),
    ("en", "Samsung unveiled the Galaxy S20 in 2020."),
    ("en", "The F-35 jets arrived in the third week."),
    ("en", "It was the 21st time this happened."),
    ("en", "The attack happened at 10:30 p.m. local time."),
    ("en", "See page 5 and section 3 of the bill."),
    ("en", "Candidates have until Jan. 31 to file."),
    ("en", "Two of the Republicans dropped out."),
    ("en", "He has held the seat since 2001."),
    ("en", "Mark Weddle, 55, started work there 24 years ago."),
    ("en", "It ranked in America's top 10 causes of death."),
    ("en", "I have two brothers-in-law from Mexico."),
    ("id", "Ia ayah dua anak."),
    ("id", "Kami tidak hanya mendukung satu atau dua platform digital saja."),
    ("en", "They back one or two platforms at most."),
    ("en", "Funding is still less than half of what researchers say they need."),
    ("en", "Most of the Fortune 500 companies met at the G20 summit."),
    ("en", "COVID-19 spread fast, and a Formula 1 driver fell ill."),
]


@pytest.mark.parametrize(("language", "text"), NONE, ids=[row[1][:40] for row in NONE])
def test_not_a_figure(language: str, text: str) -> None:
    assert find_figures(text, language) == []


def test_comparison_between_two_things_is_not_a_change() -> None:
    text = "Shuster has $1.3 million in the bank, compared to Halvorson's $31,000."
    assert [f.to_value for f in find_figures(text, "en")] == [None, None]


def test_change_pointing_back_across_a_sentence_keeps_both_figures() -> None:
    text = "Ted Cruz raised $20million. Cruz's haul is a big jump from the $12.2million he raised before."
    assert [(f.value, f.to_value) for f in find_figures(text, "en")] == [(20e6, None), (12.2e6, 20e6)]


def test_a_list_of_counts_keeps_the_numbers_after_names() -> None:
    text = "MPV dengan 1.179 unit , C - Class 946 unit , E - Class 681 dan model GLA sebanyak 290 unit ."
    assert [(f.value, f.unit) for f in find_figures(text, "id")] == [
        (1179, "unit"),
        (946, "unit"),
        (681, "unit"),
        (290, "unit"),
    ]


def test_change_across_sentences_names_the_earlier_figure() -> None:
    text = "Awalnya daerah itu dijatah 13 ribu peserta. Namun, kuota tersebut dikurangi menjadi 11 ribu."
    (figure,) = find_figures(text, "id")
    assert (figure.value, figure.to_value, figure.direction) == (13e3, 11e3, "down")


# Arbitrary text, and text built from the pieces that stress the matcher.
_PIECES = st.sampled_from(
    [
        "1",
        "2.5",
        "1.000",
        ",",
        ".",
        "-",
        " ",
        "Rp",
        "$",
        "juta",
        "million",
        "persen",
        "%",
        "dari",
        "menjadi",
        "(",
        ")",
        "“",
        "”",
        "/",
        ":",
        "dua",
        "puluh",
        "setengah",
        "from",
        "to",
        "antara",
        "dan",
        "\n",
        "x",
        "km",
        "0",
        "±",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.text(max_size=300), st.lists(_PIECES, max_size=80).map("".join)),
    st.sampled_from(["id", "en"]),
)
def test_any_text_gives_spans_inside_it(text: str, language: str) -> None:
    for figure in find_figures(text, language):
        assert 0 <= figure.start <= figure.end <= len(text)
        assert text[figure.start : figure.end] == figure.text
        assert figure.value == figure.value  # not NaN
