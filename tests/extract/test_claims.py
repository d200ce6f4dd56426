"""Claims: one row per construction, in Indonesian and English, with the negatives that must stay silent."""

from __future__ import annotations

import pytest

from kutip.extract.claims import find_claims

# (language, article text, expected [(speaker, type, statement starts with)])
CASES = [
    # direct quote, postposed verb and full title
    (
        "id",
        "“Kerja sama energi penting bagi kedua negara,” tegas Menteri Luar Negeri Jepang Taro Kono.",
        [("Taro Kono", "direct", "Kerja sama energi penting")],
    ),
    # clitic -nya resolves to the person named before
    (
        "id",
        "Gubernur Jawa Tengah Ahmad Luthfi meninjau banjir di Demak.\n\n"
        '"Semua pengungsi sudah mendapat bantuan makanan," ujarnya.',
        [("Ahmad Luthfi", "direct", "Semua pengungsi sudah")],
    ),
    # spaced CNN-style marks with the speaker after "kata"
    (
        "id",
        '" Target kami tahun ini adalah juara liga , " kata Budi Santoso .',
        [("Budi Santoso", "direct", "Target kami tahun ini")],
    ),
    # indirect with bahwa; the surname later merges into the full name
    (
        "id",
        "Direktur Utama PLN Darmawan Prasodjo mengatakan bahwa pasokan listrik aman selama libur. "
        "Darmawan menegaskan tidak akan ada pemadaman bergilir di Jawa.",
        [
            ("Darmawan Prasodjo", "indirect", "pasokan listrik aman"),
            ("Darmawan Prasodjo", "indirect", "tidak akan ada pemadaman"),
        ],
    ),
    # menurut X, ...
    (
        "id",
        "Menurut Badan Pusat Statistik (BPS), angka kemiskinan turun pada semester pertama.",
        [("Badan Pusat Statistik", "indirect", "angka kemiskinan turun")],
    ),
    # pronoun subject
    (
        "id",
        "Sri Mulyani hadir di gedung DPR. Ia menjelaskan defisit anggaran masih terkendali tahun ini.",
        [("Sri Mulyani", "indirect", "defisit anggaran masih")],
    ),
    # two speakers joined in one subject
    (
        "id",
        "Baik Samsung dan Apple membantah tuduhan monopoli pasar ponsel tersebut.",
        [("Samsung", "indirect", "tuduhan monopoli"), ("Apple", "indirect", "tuduhan monopoli")],
    ),
    # English: quote then "he said", quote continued after the attribution
    (
        "en",
        'Senator Maria Lopez spoke on Tuesday. "We will not back down on this bill," she said. '
        '"Families are counting on us."',
        [
            ("Maria Lopez", "direct", "We will not back down"),
            ("Maria Lopez", "direct", "Families are counting on us"),
        ],
    ),
    # said X, appositive role
    (
        "en",
        '"The data shows a clear slowdown in hiring," said Karen Blake, an economist at Moody\'s.',
        [("Karen Blake", "direct", "The data shows a clear slowdown")],
    ),
    # X told reporters that ...
    (
        "en",
        "Governor Tom Reyes told reporters on Monday that the state would expand its testing program.",
        [("Tom Reyes", "indirect", "the state would expand")],
    ),
    # according to, at the end
    (
        "en",
        "The company lost nearly half of its customers last year, according to a report by Reuters.",
        [("Reuters", "indirect", "The company lost nearly half")],
    ),
    # a document as the source: its publisher speaks
    (
        "en",
        "The border wall will not be finished this year, according to a new article in Politico.",
        [("Politico", "indirect", "The border wall will not")],
    ),
    (
        "en",
        "According to a report by the Associated Press, the plant laid off 300 workers in March.",
        [("Associated Press", "indirect", "the plant laid off 300")],
    ),
    (
        "en",
        "According to a Pew Research Center survey, most voters want stricter gun laws.",
        [("Pew Research Center", "indirect", "most voters want stricter")],
    ),
    (
        "id",
        "Menurut laporan Reuters, produksi nikel Indonesia naik tajam tahun ini.",
        [("Reuters", "indirect", "produksi nikel Indonesia")],
    ),
    (
        "id",
        "Harga batu bara turun tajam pekan ini, menurut artikel di Kompas.",
        [("Kompas", "indirect", "Harga batu bara turun")],
    ),
    # a document with no publisher named stays the source
    (
        "en",
        "Unemployment fell to a record low, according to a report released Tuesday.",
        [("a report released Tuesday", "indirect", "Unemployment fell")],
    ),
    # "X quoted Y as saying": the claim is Y's, not the outlet's
    (
        "en",
        "The Washington Post quoted John Kelly as saying the border wall would never be built.",
        [("John Kelly", "indirect", "the border wall would never")],
    ),
    (
        "en",
        "The Associated Press quoted Wassim Bouhlel, a Nice native, as saying that the driver emerged "
        "with a gun.",
        [("Wassim Bouhlel", "indirect", "the driver emerged with a gun")],
    ),
    (
        "en",
        "Reuters cited Ahmed Saleh as saying that the talks had collapsed on Sunday.",
        [("Ahmed Saleh", "indirect", "the talks had collapsed")],
    ),
    (
        "en",
        "Senator Tom Reyes was quoted as saying that the bill would pass before the recess.",
        [("Tom Reyes", "indirect", "the bill would pass")],
    ),
    # cited as doing something else than speaking: the citing source keeps the claim
    (
        "en",
        "The report cited an internal audit as identifying Beijing as the likely source of the attack.",
        [("report", "indirect", "an internal audit as identifying")],
    ),
    # a speech verb after a linker or participle: the subject of the clause before speaks
    (
        "id",
        "Pada 2019, AS melarang Huawei beroperasi di negaranya karena mengklaim Huawei akan meneruskan "
        "informasi pengguna ke China.",
        [("AS", "indirect", "Huawei akan meneruskan")],
    ),
    (
        "id",
        "Kementerian Kesehatan menarik obat sirop dari pasaran setelah menyatakan obat itu tercemar.",
        [("Kementerian Kesehatan", "indirect", "obat itu tercemar")],
    ),
    (
        "id",
        "Pemerintah Jepang menolak impor beras dari Thailand karena menilai kualitasnya di bawah standar.",
        [
            ("Pemerintah Jepang", "indirect", "impor beras dari Thailand"),
            ("Pemerintah Jepang", "indirect", "kualitasnya di bawah standar"),
        ],
    ),
    (
        "en",
        "The United States banned Huawei from its networks last year, claiming that the company spied "
        "for Beijing.",
        [("United States", "indirect", "the company spied for Beijing")],
    ),
    # a speech verb in a relative clause after a name: the name speaks; set off by commas, the
    # statement ends with the clause
    (
        "id",
        "Pernyataan itu dibantah Kementerian Luar Negeri China yang menyebut tuduhan tersebut tidak berdasar.",
        [("Kementerian Luar Negeri China", "indirect", "tuduhan tersebut tidak berdasar")],
    ),
    (
        "id",
        "Reuters mengutip Menteri Energi Arifin Tasrif yang mengatakan bahwa pasokan gas aman.",
        [("Arifin Tasrif", "indirect", "pasokan gas aman")],
    ),
    (
        "en",
        "The ruling angered Senator Ted Cruz, who said the court had overstepped its authority.",
        [("Ted Cruz", "indirect", "the court had overstepped")],
    ),
    (
        "en",
        "Trump, who claimed that the election was rigged, lost the state by 10,000 votes.",
        [("Trump", "indirect", "the election was rigged")],
    ),
    # a title written partly in lowercase before the name: the name speaks, the title is its role
    (
        "id",
        "\u201cKami sudah memulihkan keuangan negara sebesar Rp 1,85 triliun,\u201d kata jubir KPK Budi "
        "Prasetyo kepada wartawan, Selasa (15/7).",
        [("Budi Prasetyo", "direct", "Kami sudah memulihkan")],
    ),
    (
        "id",
        "\u201cKlien kami tidak bersalah dalam perkara ini,\u201d ujar kuasa hukum terdakwa, Andi Wijaya, di Jakarta.",
        [("Andi Wijaya", "direct", "Klien kami tidak bersalah")],
    ),
    (
        "id",
        "Sementara itu, juru bicara KPK Budi Prasetyo mengatakan penyidik sudah memeriksa tiga saksi.",
        [("Budi Prasetyo", "indirect", "penyidik sudah memeriksa")],
    ),
    (
        "en",
        '"We are confident about Iowa," said campaign spokesman Brian Fallon.',
        [("Brian Fallon", "direct", "We are confident about Iowa")],
    ),
    (
        "en",
        "The race is tight, said Clinton spokesman Brian Fallon.",
        [("Brian Fallon", "indirect", "The race is tight")],
    ),
    (
        "en",
        '"The talks will resume," said White House press secretary Josh Earnest.',
        [("Josh Earnest", "direct", "The talks will resume")],
    ),
    # a quote over several paragraphs, each reopened with a mark, attributed only at its end
    (
        "en",
        "Mayor Ann Cole spoke at the ceremony.\n\n"
        '"We have waited ten years for this bridge. It will change the lives of everyone here.\n\n'
        '"Nobody believed we could do it, but we did it together," Cole said.',
        [
            ("Ann Cole", "direct", "We have waited ten years"),
            ("Ann Cole", "direct", "Nobody believed we could"),
        ],
    ),
    (
        "id",
        "Gubernur Ahmad Luthfi meninjau lokasi banjir di Demak.\n\n"
        "\u201cKami sudah menyiapkan tenda pengungsian di tiga titik.\n\n"
        "\u201cBantuan makanan juga sudah dikirim ke semua posko.\n\n"
        "\u201cWarga tidak perlu panik karena air mulai surut,\u201d kata Luthfi.",
        [
            ("Ahmad Luthfi", "direct", "Kami sudah menyiapkan tenda"),
            ("Ahmad Luthfi", "direct", "Bantuan makanan juga"),
            ("Ahmad Luthfi", "direct", "Warga tidak perlu panik"),
        ],
    ),
    # a party to the case as the subject: the person last introduced as that party
    (
        "id",
        "Polisi menangkap tersangka Andi Saputra (25) di rumahnya pada Senin malam. "
        "Tersangka mengaku menjual sabu itu kepada teman-temannya.",
        [("Andi Saputra", "indirect", "menjual sabu itu")],
    ),
    (
        "id",
        "Polisi menangkap seorang pria berinisial RS (31) di Bekasi. Saat diperiksa, tersangka mengaku "
        "membeli sabu itu dari seorang kenalan.",
        [("RS", "indirect", "membeli sabu itu")],
    ),
    (
        "id",
        '"Kami menangkap seorang perempuan bernama Suila Rohill (SR)," kata Kapolres Kombes Mustofa.\n\n'
        "Salah satu korban bernama Muhammad Mutaqien (33) mengaku rugi Rp 51 juta.\n\n"
        "Pelaku berdalih akan memproses sertifikat hak milik setelah angsuran lunas.",
        [
            ("Mustofa", "direct", "Kami menangkap seorang perempuan"),
            ("Muhammad Mutaqien", "indirect", "rugi Rp 51 juta"),
            ("Suila Rohill", "indirect", "akan memproses sertifikat"),
        ],
    ),
    # statement first, source after
    (
        "en",
        "Turnout was the highest in two decades, election officials said.",
        [("election officials", "indirect", "Turnout was the highest")],
    ),
    # participle adds a second claim to the same speaker
    (
        "en",
        "Mayor Ann Cole announced that the bridge will reopen in May, saying repairs were ahead of schedule.",
        [
            ("Ann Cole", "indirect", "the bridge will reopen"),
            ("Ann Cole", "indirect", "repairs were ahead of schedule"),
        ],
    ),
    # a description between commas: the name before it speaks, not the last name inside it
    (
        "en",
        "Ann Lowe, a retired teacher who voted for Bill Clinton, said the county needs new roads.",
        [("Ann Lowe", "indirect", "the county needs new roads")],
    ),
    (
        "en",
        "Tom Greer, the mayor of Springfield, said on Monday that the budget was balanced.",
        [("Tom Greer", "indirect", "the budget was balanced")],
    ),
    (
        "id",
        "Budi Hartono, seorang pedagang dari Pasar Minggu, mengatakan harga cabai naik dua kali lipat.",
        [("Budi Hartono", "indirect", "harga cabai naik")],
    ),
    # title, then name in apposition, then said + time + that: the speaker stands before the verb
    (
        "en",
        "The state health commissioner, Laura Diaz, said early Sunday that 12 patients were in hospital.",
        [("Laura Diaz", "indirect", "12 patients were in hospital")],
    ),
    # "said he ...": the pronoun opens the reported clause, the speaker is the appositive subject
    (
        "en",
        "Mark Olsen, an engineer who studied the bridge, said he did not see any cracks in the beams.",
        [("Mark Olsen", "indirect", "he did not see any cracks")],
    ),
    # Indonesian title appositive with a comma after the verb: not a statement-first sentence
    (
        "id",
        "Sementara Kepala Dinas Pendidikan Kota Bogor, Rina Wulandari mengatakan, sekolah tetap dibuka.",
        [("Rina Wulandari", "indirect", "sekolah tetap dibuka")],
    ),
    # a sentence ending in a colon only introduces the quote paragraph below
    (
        "en",
        "Dan Ortiz, a farmer from Ames, said that given the weather this spring:\n\n"
        '"We will plant late and hope for a long summer."',
        [("Dan Ortiz", "direct", "We will plant late")],
    ),
    (
        "en",
        "Kara Bell, 19, echoed:\n\n\u201cThe town needs jobs more than anything else right now.\u201d",
        [("Kara Bell", "direct", "The town needs jobs")],
    ),
    # an organisation owned by a person speaks under the person's name
    (
        "en",
        "Senator Maria Lopez raised $12 million in the third quarter, her campaign announced Monday.",
        [("Maria Lopez's campaign", "indirect", "Senator Maria Lopez raised")],
    ),
    (
        "en",
        "Governor Tom Reyes spoke in Dayton. The Reyes campaign said it had 40 field offices in the state.",
        [("Tom Reyes' campaign", "indirect", "it had 40 field offices")],
    ),
    (
        "en",
        "Nora Banks led the field, and Banks' campaign reported that donations doubled in March.",
        [("Nora Banks' campaign", "indirect", "donations doubled in March")],
    ),
    # a document the campaign released is the campaign's word
    (
        "en",
        "Paul Hale ended the year with $9 million in cash, according to figures his campaign released Friday.",
        [("Paul Hale's campaign", "indirect", "Paul Hale ended the year")],
    ),
    # "according to X who ...": the relative clause belongs to the source, the statement comes before
    (
        "en",
        "Mayor Ann Cole will propose a new transit tax next week, according to a campaign official who "
        "was not authorized to speak publicly.",
        [("Ann Cole's campaign", "indirect", "Mayor Ann Cole will propose")],
    ),
    # after a quote, "said in a statement" adds no claim of its own
    (
        "en",
        '"Our volunteers made this possible," Lee Park, the campaign manager, said in a statement.',
        [("Lee Park", "direct", "Our volunteers made this possible")],
    ),
    # "she" does not go to the last-named man: the last woman (by title or given name) is meant
    (
        "en",
        '"Orders are down," said Mr. Alan Ruiz, the plant manager. Consider the case of Ms. Okafor. '
        "She says she will move to Ohio if the plant closes.",
        [("Alan Ruiz", "direct", "Orders are down"), ("Okafor", "indirect", "she will move to Ohio")],
    ),
    (
        "en",
        "Karen Wu met Tom Baker on Monday. Tom Baker said the deal was close. She said talks would go on.",
        [("Tom Baker", "indirect", "the deal was close"), ("Karen Wu", "indirect", "talks would go on")],
    ),
    # "he" still means the salient man when he fits
    (
        "en",
        "Robert Lane said the budget was late. He said a vote would come in May.",
        [
            ("Robert Lane", "indirect", "the budget was late"),
            ("Robert Lane", "indirect", "a vote would come"),
        ],
    ),
]

# Text that must produce no claim at all.
NEGATIVES = [
    ("id", "Harga Beras Naik Lagi di Pasar Induk Cipinang"),  # headline
    ("id", "Baca juga: Menkeu mengatakan defisit anggaran aman tahun ini"),  # web furniture
    ("id", "Hujan deras mengguyur Jakarta sejak pagi dan merendam puluhan rumah warga."),  # narration
    ("id", '"Apakah Bapak akan mencalonkan diri lagi?" tanya wartawan.'),  # reporter's question
    ("en", "Floods Sweep Through Valley Towns as Rivers Rise"),  # headline
    ("en", "The storm knocked out power to thousands of homes overnight."),  # narration
    ("en", 'The so-called "poison pill" measures were added late.'),  # scare quotes
    (
        "en",
        "The campaign bus broke down outside Toledo on Sunday.",
    ),  # an owned organisation that says nothing
    (
        "en",
        "Protesters marched through the city on Sunday, calling for the mayor to resign.",
    ),  # no named subject
    ("en", "CNN quoted an American witness as saying he saw one person in the truck."),  # an unnamed witness
    ("id", "Warga memblokade jalan desa karena menilai proyek tambang merusak sawah mereka."),
    ("id", "Budi ditangkap polisi karena mengaku membawa sabu."),  # the subject of a passive clause
    # an open quote followed by narration, not by its continuation: nobody to give it to
    (
        "en",
        '"We have waited ten years for this bridge and it is finally here.\n\nThe ceremony ended at noon.',
    ),
    ("id", "Tidak ada perusahaan yang menyatakan keberatan atas aturan baru tersebut."),  # no name before
    ("en", '"We will appeal the ruling," said a spokesman in Paris.'),  # a place is not the spokesman's name
    # only the victim is named: "Pelaku" is nobody the article names, so no claim rather than a guess
    (
        "id",
        "Salah satu korban bernama Dewi Lestari (40) kehilangan Rp 20 juta. "
        "Pelaku berdalih uang itu akan dikembalikan bulan depan.",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_claims(language: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    claims = find_claims(text, language)
    got = [(c.speaker.name, c.type, c.text) for c in claims]
    assert len(got) == len(expected), got
    for (name, kind, statement), claim in zip(expected, claims, strict=True):
        assert claim.speaker.name == name
        assert claim.type == kind
        assert claim.text.startswith(statement)
        assert text[claim.start : claim.end] == claim.text
        assert text[claim.sentence_start : claim.sentence_end] == claim.sentence


@pytest.mark.parametrize(("language", "text"), NEGATIVES)
def test_no_claims(language: str, text: str) -> None:
    assert find_claims(text, language) == []


def test_nested_report_goes_to_original_speaker() -> None:
    text = (
        "Menteri Pertahanan Prabowo Subianto berbicara di Bandung. Menteri juga mencatat bagaimana "
        "Presiden Prancis Emmanuel Macron menyebutkan bahwa kerja sama pertahanan akan diperluas."
    )
    [claim] = find_claims(text, "id")
    assert claim.speaker.name == "Emmanuel Macron"
    assert claim.speaker.role == "Presiden Prancis"
    assert claim.text.startswith("kerja sama pertahanan")


def test_lowercase_title_becomes_the_role() -> None:
    [claim] = find_claims('"The talks will resume," said White House press secretary Josh Earnest.', "en")
    assert claim.speaker.role == "White House press secretary"


def test_role_noun_resolves_to_named_person() -> None:
    text = (
        "Menteri Perdagangan Budi Santoso meninjau pasar. "
        "Menteri mengatakan harga minyak goreng akan stabil pekan depan."
    )
    [claim] = find_claims(text, "id")
    assert claim.speaker.name == "Budi Santoso"
    assert "Menteri Perdagangan" in claim.speaker.aliases


@pytest.mark.parametrize(
    ("language", "text", "statement"),
    [
        (
            "id",
            "Menteri Energi Arifin Tasrif, yang mengatakan pasokan gas aman, tidak hadir dalam rapat.",
            "pasokan gas aman",
        ),
        (
            "en",
            "Trump, who claimed that the election was rigged, lost the state by 10,000 votes.",
            "the election was rigged",
        ),
    ],
)
def test_relative_clause_statement_ends_with_the_clause(language: str, text: str, statement: str) -> None:
    [claim] = find_claims(text, language)
    assert claim.text == statement


# A time or occasion phrase between the speaker and the speech verb is passed over; a name in a place
# phrase without a time, a month alone or an age is not.
@pytest.mark.parametrize(
    ("language", "text", "speaker", "statement"),
    [
        (
            "id",
            "Kapolres Bogor AKBP Rudi Hartono, Senin (12/2), mengatakan pihaknya masih memeriksa empat saksi.",
            "Rudi Hartono",
            "pihaknya masih memeriksa",
        ),
        (
            "id",
            "Kapolres Bogor AKBP Rudi Hartono meninjau lokasi. "
            "Kapolres Senin (12/2) mengatakan pihaknya masih memeriksa empat saksi.",
            "Rudi Hartono",
            "pihaknya masih memeriksa",
        ),
        (
            "id",
            "Menteri Keuangan Sri Mulyani di Jakarta, Selasa, mengatakan defisit anggaran masih terkendali.",
            "Sri Mulyani",
            "defisit anggaran masih",
        ),
        (
            "id",
            "Polisi menahan tersangka Andi Saputra di Polres Depok. "
            "Tersangka pada 24 Februari 2024 mengaku uang itu dipakai untuk membayar utang keluarganya.",
            "Andi Saputra",
            "uang itu dipakai",
        ),
        (
            "id",
            "Kepala Dinas Kesehatan Erni Suryana saat dikonfirmasi wartawan mengatakan vaksin tersedia di puskesmas.",
            "Erni Suryana",
            "vaksin tersedia",
        ),
        (
            "en",
            "Donald Trump on Tuesday said the tariffs would stay until China changed its trade practices.",
            "Donald Trump",
            "the tariffs would stay",
        ),
        (
            "en",
            "Defence Minister Richard Marles met his counterpart. "
            "The minister, speaking in Jakarta, said the navies would hold more joint exercises.",
            "Richard Marles",
            "the navies would hold",
        ),
        (
            "en",
            "Senator Elizabeth Warren, in an interview with CNN, said the bill would not pass this year.",
            "Elizabeth Warren",
            "the bill would not pass",
        ),
        (
            "en",
            "Experts at Harvard University said the vaccine worked well in older patients.",
            "Harvard University",
            "the vaccine worked",
        ),
        ("en", "Theresa May said the deal was the best one available.", "Theresa May", "the deal was"),
        (
            "en",
            "Theresa May on Monday said the deal was the best one available.",
            "Theresa May",
            "the deal was",
        ),
        ("en", "Kara Bell, 19, said the rent had doubled since spring.", "Kara Bell", "the rent had doubled"),
        (
            "en",
            "Angela Merkel met union leaders in a session during which she noted the need for wage restraint.",
            "Angela Merkel",
            "the need for wage",
        ),
    ],
)
def test_time_or_occasion_phrase_before_the_verb(
    language: str, text: str, speaker: str, statement: str
) -> None:
    [claim] = find_claims(text, language)
    assert (claim.speaker.name, claim.text[: len(statement)]) == (speaker, statement)


# A lowercase title, an organisation's short form, then the name: the short form joins the title when the
# article writes it alone elsewhere; a three-word personal name stays whole.
@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "Perum Bulog menyalurkan beras ke pasar induk. "
            "Sementara itu, juru bicara Bulog Tomi Wijaya mengatakan stok beras cukup hingga akhir tahun.",
            "Tomi Wijaya",
            "juru bicara Bulog",
        ),
        (
            "Perum Bulog menyalurkan beras ke pasar induk. "
            '"Stok beras nasional cukup hingga akhir tahun," kata juru bicara Bulog Tomi Wijaya.',
            "Tomi Wijaya",
            "juru bicara Bulog",
        ),
        (
            "Sementara itu, juru bicara Muhammad Tomi Wijaya mengatakan stok beras cukup hingga akhir tahun.",
            "Muhammad Tomi Wijaya",
            "juru bicara",
        ),
    ],
)
def test_organisation_short_form_inside_a_lowercase_title(text: str, speaker: str, role: str) -> None:
    [claim] = find_claims(text, "id")
    assert (claim.speaker.name, claim.speaker.role) == (speaker, role)


# Parties to a case: the role noun speaks for the person introduced as that party, in English as in
# Indonesian; a named victim is a speaker with the party as role; a later "katanya" or "he said" takes the
# person named since, not the victim quoted before.
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Police arrested John Miller on Friday night. "
            "The suspect told officers that he had been drinking at a bar before the crash.",
            [("John Miller", "he had been drinking")],
        ),
        (
            "en",
            "The jury heard from defendant Mark Davis on Monday. "
            "The defendant said he never intended to deceive his investors.",
            [("Mark Davis", "he never intended")],
        ),
        (
            "en",
            '"I was hit many times," said the victim, Sarah Jones. Police Chief Mark Brown arrived later. '
            '"We will find whoever did this," he said.',
            [("Sarah Jones", "I was hit"), ("Mark Brown", "We will find")],
        ),
        (
            "id",
            '"Saya dipukul berkali-kali," kata korban, Siti Aminah. '
            "Menurut kepala desa Budi Santoso, warga sudah lama resah. "
            '"Kami akan melapor ke polisi," katanya.',
            [
                ("Siti Aminah", "Saya dipukul"),
                ("Budi Santoso", "warga sudah lama"),
                ("Budi Santoso", "Kami akan melapor"),
            ],
        ),
    ],
)
def test_parties_to_a_case(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    got = [(c.speaker.name, c.text) for c in find_claims(text, language)]
    assert [
        (name, said[: len(start)]) for (name, said), (_, start) in zip(got, expected, strict=True)
    ] == expected


def test_unnamed_party_stays_silent_in_english() -> None:
    # only the victim is named: "the suspect" is nobody the article names
    text = "The victim, Laura Chen, lost $2,000. The suspect said the money would be repaid next month."
    assert [c.speaker.name for c in find_claims(text, "en")] == []


def test_victim_role_is_kept() -> None:
    [claim] = find_claims('"Saya dipukul berkali-kali," kata korban, Siti Aminah.', "id")
    assert (claim.speaker.name, claim.speaker.role) == ("Siti Aminah", "korban")


# A middle initial does not count towards the three words of a personal name after a title.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Sekretaris Kementerian Pemuda dan Olahraga Gatot S. Dewa Broto menyatakan kenaikan honor "
            "diprioritaskan untuk atlet.",
            "Gatot S. Dewa Broto",
        ),
        (
            "Presiden Susilo Bambang Yudhoyono mengatakan kerja sama itu penting bagi kedua negara.",
            "Susilo Bambang Yudhoyono",
        ),
        (
            "Kepala Dinas Pendidikan Ahmad Rudi Santoso Wijaya mengatakan sekolah dibuka pekan depan.",
            "Rudi Santoso Wijaya",
        ),
    ],
)
def test_initial_inside_a_titled_name(text: str, speaker: str) -> None:
    [claim] = find_claims(text, "id")
    assert claim.speaker.name == speaker
