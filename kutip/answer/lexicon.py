"""Words the answering side needs: stop words, question cues, affixes, compounds, synonyms (id + en).

Extraction's lexicons describe how news attributes speech; these describe how readers ask.
"""

# Words that carry no topic in a question or a claim, both languages.
STOP_WORDS = frozenset(
    # Indonesian
    "yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga atau karena sudah oleh "
    "telah bahwa ia dia mereka kami kita saya aku tersebut bisa ada lebih sebagai namun jika kalau agar "
    "apa siapa kapan mana bagaimana mengapa kenapa berapa apakah soal tentang mengenai terkait perihal "
    "kata bilang berkata mengatakan menyebut menyebutkan menyatakan pernyataan ucap ujar tutur "
    "pernah sih dong kah lah pun nya para sang si se pak bu bapak ibu tuh kok gak nggak "
    # English
    "the a an and or of to in on at for with by from as is are was were be been being it its this that "
    "these those what who whom whose when where why how which did does do has have had say says said "
    "saying tell told about regarding on concerning he she they his her their him them we you i me "
    "will would can could should may might must not no yes there than then so if into over".split()
)

# Two-word compounds folded to one term, whatever way they are written: `kerja sama` = `kerjasama`.
COMPOUNDS = {
    ("kerja", "sama"): "kerjasama",
    ("bekerja", "sama"): "kerjasama",
    ("bekerjasama", ""): "kerjasama",
    ("tanggung", "jawab"): "tanggungjawab",
    ("daftar", "hitam"): "daftarhitam",
    ("kecerdasan", "buatan"): "ai",
    ("artificial", "intelligence"): "ai",
    ("amerika", "serikat"): "as",
    ("united", "states"): "as",
}

# Same meaning, one term (both languages meet where the news does).
SYNONYMS = {
    "bekerjasama": "kerjasama",
    "bekerja": "kerja",
    "said": "say",
    "told": "tell",
    "usa": "as",
    "us": "as",
    "amerika": "as",
    "tiongkok": "china",
    "cina": "china",
    "beijing": "china",
    "data": "informasi",
    "information": "informasi",
    "info": "informasi",
    "menlu": "menteriluarnegeri",
    "mendag": "menteriperdagangan",
    "presiden": "presiden",
    "president": "presiden",
    "minister": "menteri",
}

# Particles and possessives stripped first: `katanya` → `kata`, `itulah` → `itu`.
PARTICLES = ("lah", "kah", "pun", "nya", "ku", "mu")

# Indonesian derivational affixes, longest first; nasal prefixes restore the dropped initial
# (`meneruskan` → t+eruskan, `menyampaikan` → s+ampaikan, `memakai` → p+akai, `mengatakan` → k+atakan).
# `ke-`, `se-` and `be-` are left alone: too many roots start with them (`kerja`, `sehat`, `besar`).
PREFIXES = (
    ("meng", "k"),
    ("meny", "s"),
    ("peng", "k"),
    ("peny", "s"),
    ("mem", "p"),
    ("men", "t"),
    ("pem", "p"),
    ("pen", "t"),
    ("ber", ""),
    ("ter", ""),
    ("per", ""),
    ("me", ""),
    ("pe", ""),
    ("di", ""),
)

SUFFIXES = ("kan", "an")
PREFIXED_SUFFIXES = ("kan", "an")

# English inflections, longest first.
EN_SUFFIXES = ("ations", "ation", "ings", "ing", "ied", "ies", "ed", "es", "s")

# Words that tell the question's language (for replies).
ENGLISH_CUES = frozenset(
    ["what", "who", "did", "say", "said", "about", "how", "many", "much", "when", "has", "the", "is"]
)
INDONESIAN_CUES = frozenset(
    ["apa", "siapa", "kata", "soal", "tentang", "mengenai", "berapa", "kapan", "yang", "bilang", "bicara"]
)
