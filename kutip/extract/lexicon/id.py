"""Indonesian lexicon: function words, speech verbs, pronouns, roles, numbers.

The fields are documented in `kutip/extract/lexicon/model.py`; this file gives them in Indonesian.
"""

from kutip.extract.lexicon.model import from_tables

# Commonest function words, for language detection.
FUNCTION_WORDS = frozenset(
    "yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga atau karena sudah "
    "oleh telah bahwa kata ia dia mereka kami kita saya tersebut bisa ada lebih sebagai namun".split()
)

# --- Speech and attribution ---


def _words(text: str) -> frozenset[str]:
    """A table written as one space-separated string, so a new word is a one-word edit."""
    return frozenset(text.split())


# Verbs that introduce reported content after them: "X mengatakan (bahwa) ...".
SPEECH_VERBS = _words(
    "mengatakan menyatakan menegaskan menjelaskan menyebut menyebutkan mengklaim membantah "
    "mengungkapkan menilai berjanji menambahkan mengumumkan memperkirakan memastikan menyampaikan "
    "mengakui mengaku menuturkan menerangkan mengemukakan mengingatkan memaparkan merinci merincikan "
    "mencatat menekankan menduga meyakini menyadari berharap berpendapat berdalih menolak mengimbau "
    "meminta mendesak menginginkan mengeklaim mengingatkan melaporkan memprediksi memproyeksikan "
    "menganggap mengungkap mengeluhkan menyinggung menuding menuduh mengkritik mengecam menyayangkan "
    "menanggapi menyarankan membeberkan menyampaikan mengatakannya sadar yakin"
)

# Verbs that follow a quote or clause and precede the speaker: '"...," kata Pramono'.
# Bare roots and their -nya forms ("ujarnya" = "he/she said") both occur.
POSTPOSED_VERBS = _words(
    "kata ujar ucap tutur tegas jelas imbuh tambah sebut terang lanjut ungkap papar urai tandas "
    "pungkas kata-nya katanya ujarnya ucapnya tuturnya tegasnya jelasnya imbuhnya tambahnya sebutnya "
    "sambung sambungnya terangnya lanjutnya ungkapnya paparnya urainya tandasnya pungkasnya akunya "
    "harapnya katakan"
)

# Introduces the source before the content: "Menurut Katadata, Huawei ...".
SOURCE_PREPOSITIONS = (
    "menurut",
    "berdasarkan data",
    "berdasarkan",
    "seperti dilansir",
    "seperti dikutip",
    "dilansir dari",
    "dilansir",
    "mengutip",
    "sebagaimana disampaikan",
    "seperti disampaikan",
)

# A source phrase fused with the clitic "-nya": "Menurutnya, dana hibah itu ..." (the last speaker).
SOURCE_CLITICS = _words("menurutnya")

# A document named as the source stands for its publisher: "menurut laporan Reuters",
# "menurut artikel di Kompas" (the speaker is Reuters, Kompas).
DOCUMENT_NOUNS = _words(
    "laporan artikel berita survei studi kajian riset analisis wawancara rilis siaran tulisan"
)
PUBLISHER_PREPOSITIONS = _words("di dari oleh")
PUBLISHER_NEEDS_PREPOSITION = False  # "laporan Reuters": the publisher follows the noun directly

# English quotes a person "as saying"; Indonesian has no such frame.
QUOTING_VERBS = _words("")
QUOTED_AS = _words("")
PASSIVE_AUXILIARIES = _words("")

# Words before a speech verb that tie it to the subject of the clause before:
# "AS melarang Huawei beroperasi karena mengklaim Huawei ..." (AS claims).
CLAUSE_LINKERS = _words("karena sebab lantaran seraya sambil sembari setelah usai sebelum dengan")
# A clause's own active verb, told by its prefix ("melarang", "berupaya"); NOT_VERBS below lists look-alikes.
ACTIVE_VERB_PREFIXES = ("me", "ber")
ACTIVE_VERB_SUFFIXES: tuple[str, ...] = ()
VERBS: frozenset[str] = frozenset()  # Indonesian verbs are told by prefix

# Acronyms that initials alone would miss or mistake, with their long form; used only when the
# article also writes the long form ("Polri"). Initials alone ("BPS", "PBB" = Perserikatan Bangsa-Bangsa) need no entry.
ACRONYMS = {
    "AS": "Amerika Serikat",  # listed: initials alone would also take "Asia Selatan"
    "UE": "Uni Eropa",
    "RI": "Republik Indonesia",
    "Polri": "Kepolisian Negara Republik Indonesia",
    "Kemenkeu": "Kementerian Keuangan",
}

# Parties to a case, who speak as a role noun ("Pelaku berdalih ...", "Tersangka mengaku ..."): the
# person last introduced with such a noun ("tersangka Andi") or by name ("seorang pria bernama Andi"),
# unless the noun before names another party ("korban bernama Budi").
PARTY_ROLES = _words("pelaku tersangka terdakwa terpidana terlapor")
PARTY_NAMERS = _words("bernama berinisial")
OTHER_PARTIES = _words("korban saksi pelapor penggugat")
PARTY_ARTICLES = _words("")  # "Pelaku berdalih": Indonesian puts no article before the role

# Participles that add a claim to the clause's own subject; Indonesian has none.
PARTICIPLES = _words("")

# Open a relative clause inside an appositive: "X, yang juga Ketua ..., mengatakan".
RELATIVE_PRONOUNS = _words("yang")

# Open a description set off by commas: "Budi, seorang pedagang, mengatakan".
APPOSITIVE_OPENERS = _words("seorang salah")

# Words that open the reported content and are not part of it.
COMPLEMENTIZERS = _words("bahwa kalau")

# Words that may sit between speaker and verb: "Lavrov juga menegaskan", "Edy pun melanjutkan".
SKIP_BEFORE_VERB = _words("juga pun kemudian lalu pula sebelumnya sempat telah sudah pernah lantas")

# A time or occasion phrase between the speaker and the verb, skipped to find the speaker:
# "Kapolres, Senin (12/2), mengatakan", "Pelaku pada 24 Februari berdalih", "Kapolres saat dikonfirmasi
# mengatakan". A place phrase (PLACE_PREPOSITIONS) counts only without a name in it, or before a time
# ("Sri Mulyani di Jakarta, Selasa, mengatakan"), since "Kedutaan Besar Rusia di Jakarta" is one name.
ADVERBIAL_OPENERS = _words("pada di saat ketika sewaktu usai seusai setelah sesudah kepada dalam melalui")
PLACE_PREPOSITIONS = _words("di")
# Words of a date or time of day (with MONTHS); a bare weekday or date may stand alone ("Kapolres Senin
# (12/2) mengatakan"), a month alone never does.
# Monday is 0, as `datetime.weekday()` counts (a date's weekday checks its year); "Jum'at" reads as "jumat".
WEEKDAY_NUMBERS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5, "minggu": 6}
WEEKDAYS = frozenset(WEEKDAY_NUMBERS)
_TIME_WORDS = _words("kemarin hari pagi siang sore malam lalu tadi pekan bulan tahun")

# Pronouns that stand for the last-named speaker; "-nya" on a postposed verb does the same.
PRONOUNS = _words("ia dia beliau mereka")
PLURAL_PRONOUNS = _words("mereka")
POSSESSIVE_PRONOUNS = _words("")
# Indonesian pronouns (ia, dia, beliau) carry no gender, so the tables below stay empty.
PRONOUN_GENDERS: dict[str, str] = {}
FEMALE_HONORIFICS = _words("")
MALE_HONORIFICS = _words("")
FEMALE_NAMES = _words("")
MALE_NAMES = _words("")
PLURAL_POSSESSIVES = _words("")

# Organisations that belong to a person and speak under their name ("tim kampanye Anies").
OWNED_ORGS = _words("")

# Honorifics and ranks: not part of a canonical name ("Pak Purbaya" is Purbaya).
HONORIFICS = _words(
    "pak bu bapak ibu sdr saudara kombes kompol akbp akp ajun irjen brigjen kapten letjen mayjen "
    "jenderal prof dr ir h hj kh drs"
)

# Role nouns that head a title and can stand for a person already named ("Menteri juga mencatat").
ROLE_WORDS = _words(
    "pelaksana plt menteri menlu menkeu presiden wakil ketua kepala direktur sekretaris gubernur bupati wali "
    "walikota kapolres kapolda kapolri kapolsek kadis camat juru jubir kabid kasat panglima duta "
    "pelatih manajer ceo cfo cto founder pendiri komisaris dirut deputi asisten staf anggota pengamat "
    "ekonom analis peneliti pakar dosen guru besar rektor dekan head chief president kasubdit kasi "
    "koordinator sekjen gelandang pemain kapten wakapolres perdana raja ratu kuasa pengacara"
)

# Capitalised words of a title that are never a personal name: "Menteri Perdagangan Budi Santoso",
# "Gubernur Jawa Tengah Ahmad Luthfi".
TITLE_WORDS = _words(
    "keuangan perdagangan pertahanan perindustrian pertanian kesehatan pendidikan agama sosial luar negeri "
    "dalam hukum ham bidang perekonomian jawa barat tengah timur utara selatan metro kota kabupaten "
    "provinsi daerah umum utama jenderal pusat negara bumn energi sumber daya mineral investasi pariwisata "
    "perhubungan komunikasi informatika digital tenaga kerja keamanan politik riset teknologi tugas "
    "eksekutif harian penindakan eksekusi pemuda olahraga kebijakan ekonomi moneter bicara desa"
)

# Words that mark an organisation name ("Kementerian Komunikasi dan Digital").
ORG_WORDS = _words(
    "kementerian kemenkeu bank asosiasi badan komisi partai universitas perusahaan pt tbk lembaga "
    "dinas pemerintah pemprov pemkab pemkot dewan mahkamah polri polda polres tni dpr mpr otoritas "
    "persatuan institut yayasan koperasi kantor departemen direktorat biro pusat klub fc federasi "
    "liga distribusi grup group"
)

# News outlets that are quoted as sources ("dilansir dari Sputnik").
MEDIA = _words(
    "sputnik reuters afp ap antara kompas tempo detik detikcom katadata cnn bbc bloomberg xinhua tass "
    "kontan bisnis republika okezone liputan6 tribunnews kumparan tirto"
)

# Places that speak for their governments ("AS mengatakan bahwa ...").
PLACES = _words(
    "as amerika serikat rusia china tiongkok beijing washington moskow inggris indonesia jakarta "
    "jepang korea selatan utara india prancis jerman eropa uni israel iran ukraina malaysia singapura "
    "australia belanda spanyol italia turki arab saudi mesir kremlin"
)

# Generic source nouns that may speak without a name ("survei itu menunjukkan").
SOURCE_NOUNS = _words("survei laporan data studi penelitian riset jajak polling hasil")

# Joins several speakers in one subject: "Baik Huawei dan Beijing menolak".
SPEAKER_JOINERS = _words("dan serta maupun")
SPEAKER_LEADERS = _words("baik")

# Subjects that never make a claim: reporters asking, the article itself.
NON_SPEAKERS = _words("wartawan jurnalis awak media redaksi penulis kami kita saya aku anda")

# Capitalised only because they open a sentence: never part of a name ("Sementara Menkeu mengatakan").
DISCOURSE_WORDS = _words(
    "sementara namun adapun selain sedangkan kini sebaliknya kemudian lalu menurutnya selanjutnya "
    "bahkan sebelumnya pada saat meski begitu tetapi tapi jadi maka oleh karena itu apalagi hal "
    "pernyataan menurut berdasarkan seperti sebagaimana sebagai informasi dalam di ke dari soal "
    "terkait melalui salah satu lebih lanjut baik "
    "para"
)

# Lines of web furniture that carry no article text.
NOISE_LINE_PREFIXES = (
    "baca juga",
    "scroll to continue",
    "lihat juga",
    "simak juga",
    "simak video",
    "advertisement",
    "tonton juga",
    "baca selengkapnya",
    "penulis:",
    "editor:",
)

# --- Numbers, currencies and units ---

# Read by kutip/extract/numbers.py and kutip/extract/figures/; multi-word entries are matched longest first.
DECIMAL_COMMA = True  # "2,5 persen", "1.500 orang"

# Scale words after a number ("Rp 14,6 triliun", "35 ribu"); "-an" forms ("triliunan") are read too.
SCALE_WORDS = {
    "ribu": 1e3,
    "rb": 1e3,
    "juta": 1e6,
    "jt": 1e6,
    "miliar": 1e9,
    "milyar": 1e9,
    "m": 1e9,  # "Rp 5 M" in Indonesian is miliar, not million
    "triliun": 1e12,
    "t": 1e12,
    "biliun": 1e12,  # old Indonesian usage: 10^12
}

NUMBER_WORDS = {
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "seratus": 100,
    "seribu": 1000,
    "sejuta": 1e6,
    "selusin": 12,
}

# Words that multiply what comes before them ("dua puluh lima" = 25, "tiga lusin" = 36).
NUMBER_MULTIPLIERS = {"puluh": 10, "ratus": 100, "lusin": 12}

# "dua belas" = 12: adds ten instead of multiplying.
TEEN_WORD = "belas"

# Fractions; as a share ("nyaris setengah dari pangsa pasar") they become percent.
FRACTION_WORDS = {
    "setengah": 0.5,
    "separuh": 0.5,
    "seperempat": 0.25,
    "sepertiga": 1 / 3,
    "tiga perempat": 0.75,
}

# Words that make a number a count only together with a scale ("satu juta", never "satu pun").
ONE_WORDS = frozenset({"satu"})

# Currency names after the amount ("23,6 juta pounds", "500 dolar AS").
CURRENCY_NAMES = {
    "rupiah": "IDR",
    "dolar as": "USD",
    "dolar amerika": "USD",
    "dolar amerika serikat": "USD",
    "dollar as": "USD",
    "dolar": "USD",
    "dollar": "USD",
    "dolar singapura": "SGD",
    "dolar australia": "AUD",
    "dolar hong kong": "HKD",
    "dolar kanada": "CAD",
    "euro": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "poundsterling": "GBP",
    "pound sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rubel": "RUB",
    "rubel rusia": "RUB",
    "ringgit": "MYR",
    "won": "KRW",
    "rupee": "INR",
    "rupe": "INR",
    "riyal": "SAR",
    "real": "SAR",
    "franc swiss": "CHF",
    "baht": "THB",
    "peso": "PHP",
    "lari": "GEL",
}

PERCENT_WORDS = ("%", "persen", "persen poin", "poin persentase", "prosen")

# Units of measure as written → singular name.
MEASURE_UNITS = {
    "kilometer": "kilometer",
    "kilometer persegi": "kilometer persegi",
    "meter": "meter",
    "meter persegi": "meter persegi",
    "meter kubik": "meter kubik",
    "sentimeter": "sentimeter",
    "mil": "mil",
    "hektare": "hektare",
    "hektar": "hektare",
    "ton": "ton",
    "kilogram": "kilogram",
    "kilo": "kilogram",
    "gram": "gram",
    "liter": "liter",
    "barel": "barel",
    "kaki kubik": "kaki kubik",
    "megawatt": "megawatt",
    "kilowatt": "kilowatt",
    "gigawatt": "gigawatt",
    "kilowatt jam": "kilowatt jam",
    "knot": "knot",
    "derajat": "derajat",
    "kali lipat": "kali lipat",
    "kilometer per jam": "kilometer per jam",
}

QUALIFIERS = (
    "sekitar",
    "kira-kira",
    "kurang lebih",
    "lebih dari",
    "lebih",
    "kurang dari",
    "hampir",
    "nyaris",
    "sedikitnya",
    "setidaknya",
    "paling sedikit",
    "minimal",
    "maksimal",
    "paling banyak",
    "di atas",
    "di bawah",
    "hanya",
    "sekurangnya",
    "tak kurang dari",
    "tidak kurang dari",
    "lebih kurang",
    "mendekati",
)

DIRECTION_UP = frozenset(
    {"naik", "meningkat", "kenaikan", "peningkatan", "bertambah", "tumbuh", "melonjak", "melesat", "menguat"}
)
DIRECTION_DOWN = frozenset(
    {"turun", "menurun", "penurunan", "berkurang", "anjlok", "merosot", "melemah", "terkoreksi", "susut"}
)

# "dari X menjadi Y": the word before X, and the words before Y.
CHANGE_FROM = frozenset({"dari", "semula", "sebelumnya"})
CHANGE_TO = frozenset({"menjadi", "jadi"})
CHANGE_TO_AFTER_FROM = frozenset({"ke"})  # only with "dari" before X: "naik dari 2% ke 3%"
# "Y, naik dibandingkan ... sebesar X": the later figure first, the earlier after these words.
REVERSE_CHANGE = ("dibandingkan", "dibanding", "ketimbang", "dari sebelumnya")

# Between two numbers: a range ("Rp 10-15 juta"), or alternatives ("5 atau 6 orang").
RANGE_JOINERS = ("-", "–", "—", "hingga", "sampai", "sampai dengan", "s/d", "s.d.")
ALTERNATIVE_JOINERS = ("atau", "±", "Â±", "+/-")
RANGE_OPENERS = frozenset({"antara", "berkisar"})
RANGE_AND = ("dan",)  # "antara 10 dan 15 persen"

# A number followed by these is a duration, an age or a date: not a figure ("9 tahun penjara").
TIME_UNITS = frozenset(
    {
        "tahun",
        "thn",
        "bulan",
        "hari",
        "minggu",
        "pekan",
        "jam",
        "menit",
        "detik",
        "dekade",
        "abad",
        "windu",
        "malam",
        "pagi",
        "siang",
        "sore",
        "wib",
        "wita",
        "wit",
    }
)
# Month names and the abbreviations news writes, with the month's number (for reading dates).
MONTH_NUMBERS = {
    **dict.fromkeys(("januari", "jan"), 1),
    **dict.fromkeys(("februari", "feb"), 2),
    **dict.fromkeys(("maret", "mar"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    "mei": 5,
    **dict.fromkeys(("juni", "jun"), 6),
    **dict.fromkeys(("juli", "jul"), 7),
    **dict.fromkeys(("agustus", "agu", "agt", "ags"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("oktober", "okt"), 10),
    **dict.fromkeys(("november", "nov"), 11),
    **dict.fromkeys(("desember", "des"), 12),
}
MONTHS = frozenset(MONTH_NUMBERS)
# How a date is written for an Indonesian reader: "22 Okt 2025".
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
DATE_FORMAT = "{day} {month} {year}"
# Every word of a date or time of day, for the phrase between a speaker and the verb (see WEEKDAYS).
DATE_WORDS = WEEKDAYS | MONTHS | _TIME_WORDS
# A number after these is numbering, not an amount ("Pasal 27", "UU No. 11", "angsuran ke-59").
NUMBERING_BEFORE = frozenset(
    {
        "pasal",
        "ayat",
        "nomor",
        "no",
        "uu",
        "perpres",
        "perppu",
        "pp",
        "permen",
        "perda",
        "bab",
        "halaman",
        "hal",
        "ke",
        "jilid",
        "tahap",
        "tahun",
        "pukul",
        "jam",
        "tanggal",
        "tgl",
        "kuartal",
        "triwulan",
        "semester",
        "usia",
        "berusia",
        "umur",
        "sila",
        "liga",
        "desil",
        "kelas",
        "lantai",
        "rt",
        "rw",
        "blok",
        "gang",
        "seri",
        "tipe",
        "versi",
        "gelombang",
        "putaran",
        "babak",
        "pekan",
        "minggu",
        "edisi",
        "angkatan",
        "periode",
        "kode",
        "tol",
        "km",
    }
)
# Bare small numbers after these are still amounts ("sebanyak 6", "mencapai 70").
COUNT_CUES = frozenset(
    {"sebanyak", "sebesar", "mencapai", "sejumlah", "total", "senilai", "seharga", "berjumlah", "capai"}
)
# Words after a number that are not the counted noun.
NOT_NOUNS = FUNCTION_WORDS | frozenset(
    {
        "pun",
        "saja",
        "lagi",
        "lalu",
        "juga",
        "kali-kali",
        "besar",
        "kecil",
        "terakhir",
        "pertama",
        "lainnya",
        "lain",
        "nya",
        "per",
        "tersebut",
        "itu",
        "hingga",
        "sampai",
        "antara",
        "serta",
        "maupun",
        "bahkan",
        "secara",
        "sehingga",
        "agar",
        "jika",
        "kalau",
        "bila",
        "saat",
        "ketika",
    }
)
# Before a number word, these make it a reference, not a count ("kedua pihak" is never read; "para").
DETERMINERS = frozenset({"para", "kedua", "ketiga"})
# After a fraction or a count, these make it a share ("setengah dari pangsa pasar").
SHARE_OF = frozenset({"dari"})
SHARE_IN = ""  # Indonesian says "6 dari 10", read by SHARE_OF with a round denominator

# Said as "a few", not counted: "satu atau dua platform saja".
VAGUE_AMOUNTS = ("satu atau dua", "satu-dua", "satu dua")
# After "setengah dari": a clause, so a comparison, not a share ("setengah dari apa yang dibutuhkan").
NOT_A_SHARE = frozenset({"apa", "yang"})
# Family counted in words is a personal detail, like an age ("ayah dua anak").
PERSONAL_NOUNS = frozenset({"anak", "cucu", "istri", "suami", "saudara", "kakak", "adik", "putra", "putri"})


# --- Subjects of figures ---
# Read by kutip/extract/figures/subjects.py: what a figure counts or prices, in a few words of the text.

# Words linking a subject to its figure, trimmed off the subject's end: "nilai ekspor *mencapai* Rp 5 T".
SUBJECT_LINKS = frozenset(
    {
        "sebesar",
        "senilai",
        "seharga",
        "sebanyak",
        "sejumlah",
        "berjumlah",
        "mencapai",
        "capai",
        "dari",
        "semula",
        "menjadi",
        "jadi",
        "yakni",
        "yaitu",
        "adalah",
        "ialah",
        "merupakan",
        "sekitar",
        "di",
        "pada",
        "angka",
        "kisaran",
        "antara",
        "berkisar",
        "sepanjang",
        "seluas",
        "setinggi",
        "sedalam",
        "seberat",
        "berkapasitas",
        "tercatat",
        "hanya",
        "baru",
        "sudah",
        "telah",
        "masih",
        "kini",
        "sekarang",
        "dengan",
        "ini",
        "itu",
        "tersebut",
        "total",
        *DIRECTION_UP,
        *DIRECTION_DOWN,
    }
)
# Words that end a subject, reading away from the figure: clause-level words, not parts of a noun phrase.
SUBJECT_STOPS = frozenset(
    {
        "yang",
        "dan",
        "atau",
        "tetapi",
        "namun",
        "serta",
        "bahwa",
        "karena",
        "akan",
        "telah",
        "sudah",
        "juga",
        "masih",
        "bisa",
        "dapat",
        "harus",
        "ingin",
        "ada",
        "adalah",
        "ia",
        "dia",
        "mereka",
        "kami",
        "kita",
        "saya",
        "anda",
        "kata",
        "ujar",
        "ujarnya",
        "katanya",
        "menurut",
        "jika",
        "kalau",
        "agar",
        "sehingga",
        "bahkan",
        "hanya",
        "dengan",
        "sedangkan",
        "sementara",
        "tercatat",
        "mulai",
        "pun",
        "lalu",
        "kemudian",
        "tiap",
        "setiap",
        "bukan",
        "maka",
        "kan",
        "seperti",
        "antara",
        "hingga",
        "sampai",
        "apabila",
        "terdiri",
        "atas",
        "lewat",
        "melalui",
        "artinya",
        "katakanlah",
        *TIME_UNITS,
        *MONTHS,
    }
)
# Indonesian verbs carry these prefixes ("meningkatkan", "berasal", "dibeli", "terjual"); a verb ends a subject.
VERB_PREFIXES = ("me", "ber", "di", "ter")
VERB_SUFFIXES = ()
VERB_MIN_LENGTH = 6
# Nouns and prepositions that only look prefixed.
NOT_VERBS = frozenset(
    {
        "menteri",
        "media",
        "medis",
        "meter",
        "metode",
        "merek",
        "memori",
        "mesin",
        "mewah",
        "merah",
        "menit",
        "dinas",
        "digital",
        "direktur",
        "diskon",
        "diri",
        "dinamika",
        "diplomat",
        "distribusi",
        "dividen",
        "terminal",
        "tersangka",
        "teritori",
        "terorisme",
        "bersama",
        "berbagai",
        "beras",
        "berat",
        "berita",
        "bersih",
        "terbaru",
        "terbesar",
        "terakhir",
        "terlaris",
        "tertinggi",
        "terendah",
        "terkecil",
        "berkapasitas",
    }
)
# Counted nouns too bare to say what is counted ("3.371 unit"): the words around them say it.
GENERIC_NOUNS = frozenset({"orang", "unit", "buah", "kali", "jiwa", "ekor", "lembar", "biji", "kali lipat"})
# Leading words that are not part of what is counted ("para peserta").
SUBJECT_DETERMINERS = frozenset({"para", "sang", "si", "total"})
# What an amount is for: "Rp 5 miliar untuk bantuan sosial".
SUBJECT_PREPOSITIONS = frozenset({"untuk", "bagi", "kepada"})

# Abbreviations whose full stop does not end a sentence (Haji/Hajjah, Insinyur, Doktorandus, Saudara, company forms), lowercased, no final dot.
SENTENCE_ABBREVIATIONS = frozenset("h hj ir drs sdr pt tbk".split())


# --- Answering: how readers ask, and how claims and questions fold to search terms ---
# (read by kutip.answer.terms and kutip.answer.questions together with the English tables: search
# terms are language-blind, so an English question meets an Indonesian claim)

# Words that carry no topic in a question or a claim.
STOP_WORDS = _words(
    "yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga atau karena sudah oleh "
    "telah bahwa ia dia mereka kami kita saya aku tersebut bisa ada lebih sebagai namun jika kalau agar "
    "apa siapa kapan mana bagaimana mengapa kenapa berapa apakah soal tentang mengenai terkait perihal "
    "kata bilang berkata mengatakan menyebut menyebutkan menyatakan pernyataan ucap ujar tutur "
    "pernah sih dong kah lah pun nya para sang si se pak bu bapak ibu tuh kok gak nggak "
    "kepada oleh bagi terhadap sebut saja banyak"
)

# Two-word compounds folded to one term, whatever way they are written: `kerja sama` = `kerjasama`.
COMPOUNDS = {
    ("kerja", "sama"): "kerjasama",
    ("bekerja", "sama"): "kerjasama",
    ("tanggung", "jawab"): "tanggungjawab",
    ("daftar", "hitam"): "daftarhitam",
    ("kecerdasan", "buatan"): "ai",
    ("amerika", "serikat"): "as",
}

# Same meaning, one term; the term is shared with English (`SYNONYMS` there), where the news meets.
# A word mapped to itself (`presiden`) is canonical already: it is never stemmed.
SYNONYMS = {
    "bekerjasama": "kerjasama",
    "bekerja": "kerja",
    "amerika": "as",
    "tiongkok": "china",
    "cina": "china",
    "beijing": "china",
    "data": "informasi",
    "informasikan": "informasi",
    "presiden": "presiden",
    "uang": "dana",
    "gaji": "gaji",
    "peretasan": "retas",
    "diretas": "retas",
    "meretas": "retas",
    "guna": "pengguna",
    "meninggal": "tewas",
}

# Titles as readers abbreviate them, expanded before folding (questions and stored aliases), so
# `Menlu Rusia` meets the stored alias `Menteri Luar Negeri Rusia`. One line per title.
TITLE_ABBREVIATIONS = {
    "menlu": "menteri luar negeri",
    "mendag": "menteri perdagangan",
    "menkeu": "menteri keuangan",
    "mendagri": "menteri dalam negeri",
    "menhan": "menteri pertahanan",
    "menkes": "menteri kesehatan",
    "menpora": "menteri pemuda dan olahraga",
    "mendikbud": "menteri pendidikan dan kebudayaan",
    "menkominfo": "menteri komunikasi dan informatika",
    "menkumham": "menteri hukum dan ham",
    "menaker": "menteri ketenagakerjaan",
    "menperin": "menteri perindustrian",
    "mentan": "menteri pertanian",
    "menag": "menteri agama",
    "menko": "menteri koordinator",
    "wamen": "wakil menteri",
    "wapres": "wakil presiden",
    "pres": "presiden",
    "gub": "gubernur",
    "wagub": "wakil gubernur",
    "walkot": "wali kota",
    "wawalkot": "wakil wali kota",
    "kapolri": "kepala kepolisian negara republik indonesia",
    "kapolda": "kepala kepolisian daerah",
    "kapolres": "kepala kepolisian resor",
    "jubir": "juru bicara",
    "sekjen": "sekretaris jenderal",
    "dirut": "direktur utama",
    "ketum": "ketua umum",
    "kadis": "kepala dinas",
    "plt": "pelaksana tugas",
    "dpr": "dewan perwakilan rakyat",
    "pm": "perdana menteri",
}

# How a question opens when it asks whose words, how much, or when.
WHO_OPENERS = ("siapa",)
FIGURE_OPENERS = ("berapa",)
WHEN_OPENERS = ("kapan",)

# Words that end the speaker's slot and start the topic: `Apa kata Lavrov soal 5G`.
TOPIC_MARKS = ("soal", "tentang", "mengenai", "terkait", "perihal", "atas", "kepada", "pada", "untuk")
_ASKED_NOUNS = "|".join(
    "kata ucapan pernyataan tanggapan komentar pendapat dalih klaim alasan penjelasan pesan jawaban "
    "respons respon sikap pandangan janji kritik usul usulan saran harapan penilaian keterangan kata2".split()
)
_ASKED_VERBS = "|".join(
    "bilang ngomong omong bicara berbicara berkata kata mengatakan menyebut menyebutkan menyampaikan "
    "membahas menyinggung menjelaskan mengklaim menilai berpendapat berkomentar menanggapi".split()
)
# How a question names whose words it wants: each pattern runs on the folded question and captures
# `speaker` and optionally `topic` (and `verb`); `{topic}` stands for the topic marks of both languages.
QUESTION_FRAMES = (
    # Apa kata Lavrov soal 5G? / Apa pernyataan Menlu Rusia? / Bagaimana tanggapan Prabowo terkait MBG?
    rf"^(?:apa|bagaimana|gimana)\s+(?:saja\s+)?(?:{_ASKED_NOUNS})\s+(?P<speaker>.+?)(?:\s+(?P<topic>{{topic}}\s.*))?$",
    # Apa yang dikatakan Putin tentang AI? / Apa yang diminta Pramono kepada Kementerian Keuangan?
    r"^apa\s+(?:saja\s+)?yang\s+(?P<verb>\w+)\s+(?:oleh\s+)?(?P<speaker>.+?)(?:\s+(?P<topic>{topic}\s.*))?$",
    # Lavrov bilang apa soal Huawei? / Putin ngomong apa tentang AI?
    rf"^(?P<speaker>.+?)\s+(?:{_ASKED_VERBS})\s+apa(?:\s+(?P<topic>.*))?$",
    # Kapan Putin bicara soal AI?
    rf"^kapan\s+(?P<speaker>.+?)\s+(?:{_ASKED_VERBS})(?:\s+(?P<topic>.*))?$",
)

# Verbs of saying in a question carry no topic (`Apa yang dikatakan Putin`), other verbs do
# (`Apa yang diminta Pramono` keeps `minta`).
QUESTION_SPEECH_VERBS = _words(
    "dikatakan disampaikan diucapkan disebut disebutkan dinyatakan diungkapkan dijelaskan dikatakannya "
    "diklaim dibilang diomongkan dibicarakan"
)

# Words that tell a question is Indonesian (for replies).
QUESTION_CUES = _words("apa siapa kata soal tentang mengenai berapa kapan yang bilang bicara")

# Particles and possessives stripped first: `katanya` → `kata`, `itulah` → `itu`.
PARTICLES = ("lah", "kah", "pun", "nya", "ku", "mu")

# Derivational affixes, longest first, each with the letter it may have dropped and what may follow
# it: nasal prefixes restore the dropped initial (`meneruskan` → t+eruskan, `menyampaikan` →
# s+ampaikan, `memakai` → p+akai, `mengatakan` → k+atakan) and only fit before the sounds Indonesian
# puts there, so foreign words keep their shape (`Mercedes`, `Mexico`, `persen`, `Pennsylvania`).
# `ke-`, `se-` and `be-` are left alone: too many roots start with them (`kerja`, `sehat`, `besar`).
PREFIXES = (
    ("meng", "k", r"[aiueogh]"),
    ("meny", "s", r"[aiueo]"),
    ("peng", "k", r"[aiueogh]"),
    ("peny", "s", r"[aiueo]"),
    ("mem", "p", r"[aiueobfv]"),
    ("men", "t", r"[aiueodcjz]|sy"),
    ("pem", "p", r"[aiueobfv]"),
    ("pen", "t", r"[aiueodcjz]|sy"),
    ("ber", "", r"[^r]"),
    ("ter", "", r"[^r]"),
    ("per", "", r"[^r]"),
    ("me", "", r"[lrwy][aiueo]"),
    ("pe", "", r"[lrwy][aiueo]"),
    ("di", "", r"."),
)

SUFFIXES = ("kan", "an")
PREFIXED_SUFFIXES = ("kan", "an")

# Nouns are not inflected for number: "tiga speech" does not occur, "tiga pidato" is already singular.
SINGULAR_ENDINGS: tuple[tuple[str, str], ...] = ()
SCALE_ONLY_CURRENCIES: frozenset[str] = frozenset()
SHORT_ROOT_SUFFIXES: tuple[str, ...] = ()
TRANSLATIONS: dict[str, tuple[str, ...]] = {}

WHY_EMPTY = {
    "translations": "each English-Indonesian pair is listed once, in en.TRANSLATIONS, and read both ways",
    "active_verb_suffixes": "active verbs are told by prefix",
    "owned_orgs": "'tim kampanye Anies' names its owner after the noun, and is read as a name",
    "passive_auxiliaries": "the passive is the prefix di-, not an auxiliary",
    "possessive_pronouns": "possession is the clitic -nya, not a word",
    "quoting_verbs": "no 'quoted X as saying' frame",
    "quoted_as": "no 'quoted X as saying' frame",
    "verbs": "verbs are told by their prefixes (active_verb_prefixes, verb_prefixes)",
    "participles": "no participle adds a claim ('..., adding that ...')",
    "pronoun_genders": "ia, dia, beliau carry no gender",
    "female_honorifics": "pronouns carry no gender, so nobody is told by title",
    "male_honorifics": "pronouns carry no gender, so nobody is told by title",
    "female_names": "pronouns carry no gender, so nobody is told by name",
    "male_names": "pronouns carry no gender, so nobody is told by name",
    "plural_possessives": "possession is the clitic -nya, not a word",
    "party_articles": "no article before a role noun ('Pelaku berdalih')",
    "share_in": "'6 dari 10' is read by share_of with a round denominator",
    "verb_suffixes": "verbs are told by prefix",
    "singular_endings": "nouns are not inflected for number",
    "scale_only_currencies": "no currency name is also a unit of weight",
    "short_root_suffixes": "roots are found by affix rules (prefixes, suffixes)",
}

LEXICON = from_tables("id", globals())
