"""Indonesian lexicon: function words, speech verbs, pronouns, roles, numbers."""

# Commonest function words, for language detection.
FUNCTION_WORDS = frozenset(
    "yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga atau karena sudah "
    "oleh telah bahwa kata ia dia mereka kami kita saya tersebut bisa ada lebih sebagai namun".split()
)


# --- Numbers, currencies and units ---
# Read by kutip/extract/numbers.py and kutip/extract/figures.py; multi-word entries are matched longest first.

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
MONTHS = frozenset(
    {
        "januari",
        "februari",
        "maret",
        "april",
        "mei",
        "juni",
        "juli",
        "agustus",
        "september",
        "oktober",
        "november",
        "desember",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "agu",
        "agt",
        "ags",
        "sep",
        "sept",
        "okt",
        "nov",
        "des",
    }
)
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
SHARE_IN = frozenset()  # Indonesian says "6 dari 10", read by SHARE_OF with a round denominator

# Said as "a few", not counted: "satu atau dua platform saja".
VAGUE_AMOUNTS = ("satu atau dua", "satu-dua", "satu dua")
# After "setengah dari": a clause, so a comparison, not a share ("setengah dari apa yang dibutuhkan").
NOT_A_SHARE = frozenset({"apa", "yang"})
# Family counted in words is a personal detail, like an age ("ayah dua anak").
PERSONAL_NOUNS = frozenset({"anak", "cucu", "istri", "suami", "saudara", "kakak", "adik", "putra", "putri"})


# --- Subjects of figures ---
# Read by kutip/extract/subjects.py: what a figure counts or prices, in a few words of the text.

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
