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
    "kepada oleh bagi terhadap sebut saja banyak "
    # English
    "the a an and or of to in on at for with by from as is are was were be been being it its this that "
    "these those what who whom whose when where why how which did does do has have had say says said "
    "saying tell told about regarding on concerning he she they his her their him them we you i me "
    "will would can could should may might must not no yes there than then so if into over "
    "many much done "
    # what is left of an apostrophe: `Clinton's` → `clinton s`, `don't` → `don t`
    "s t".split()
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
    "presiden": "presiden",
    "president": "presiden",
    "minister": "menteri",
    "informasikan": "informasi",
    "money": "dana",
    "funds": "dana",
    "fund": "dana",
    "uang": "dana",
    "tax": "pajak",
    "taxes": "pajak",
    "gaji": "gaji",
    "salary": "gaji",
    "hacking": "retas",
    "peretasan": "retas",
    "diretas": "retas",
    "meretas": "retas",
    # English questions about Indonesian news (and back): the figure and topic words readers use
    "train": "latih",
    "important": "penting",
    "cooperate": "kerjasama",
    "technology": "teknologi",
    "specialist": "spesialis",
    "transaction": "transaksi",
    "value": "nilai",
    "sale": "jual",
    "inflation": "inflasi",
    "cooperation": "kerjasama",
    "user": "pengguna",
    "guna": "pengguna",
    "budget": "anggar",
    "killed": "tewas",
    "dead": "tewas",
    "meninggal": "tewas",
}

# Titles as readers abbreviate them, expanded before folding (both questions and stored text), so
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
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "sec": "secretary",
    "fm": "foreign minister",
}

# How a question names whose words it wants (`Apa kata <speaker> soal <topic>`): each pattern runs on
# the folded question and captures `speaker` and optionally `topic`. The first match wins.
_TOPIC_MARK = r"(?:soal|tentang|mengenai|terkait|perihal|atas|kepada|pada|untuk|about|on|regarding|concerning|over|for|to)"
_ID_NOUNS = (
    r"(?:kata|ucapan|pernyataan|tanggapan|komentar|pendapat|dalih|klaim|alasan|penjelasan|pesan|jawaban|"
    r"respons|respon|sikap|pandangan|janji|kritik|usul|usulan|saran|harapan|penilaian|keterangan|kata2)"
)
_EN_VERBS = (
    r"(?:say|said|says|report|reported|claim|claimed|tell|told|think|thought|vow|vowed|announce|announced|"
    r"argue|argued|warn|warned|promise|promised|write|wrote|propose|proposed|suggest|suggested|predict|"
    r"predicted|mean|meant|add|added|explain|explained|state|stated|insist|insisted|reveal|revealed|confirm|"
    r"confirmed|deny|denied|admit|admitted|believe|believed|ask|asked|want|wanted|call|called|accuse|"
    r"accused|comment|commented|respond|responded|reply|replied|promise|plan|planned|urge|urged|demand|"
    r"demanded|criticize|criticized|blame|blamed|note|noted|predict|estimate|estimated|expect|expected|"
    r"talk|speak|spoke|mention|mentioned|do|done|did)"
)
_ID_VERBS = (
    r"(?:bilang|ngomong|omong|bicara|berbicara|berkata|kata|mengatakan|menyebut|menyebutkan|menyampaikan|"
    r"membahas|menyinggung|menjelaskan|mengklaim|menilai|berpendapat|berkomentar|menanggapi)"
)
QUESTION_FRAMES = (
    # Apa kata Lavrov soal 5G? / Apa pernyataan Menlu Rusia? / Bagaimana tanggapan Prabowo terkait MBG?
    rf"^(?:apa|bagaimana|gimana)\s+(?:saja\s+)?{_ID_NOUNS}\s+(?P<speaker>.+?)(?:\s+(?P<topic>{_TOPIC_MARK}\s.*))?$",
    # Apa yang dikatakan Putin tentang AI? / Apa yang diminta Pramono kepada Kementerian Keuangan?
    rf"^apa\s+(?:saja\s+)?yang\s+(?P<verb>\w+)\s+(?:oleh\s+)?(?P<speaker>.+?)(?:\s+(?P<topic>{_TOPIC_MARK}\s.*))?$",
    # Lavrov bilang apa soal Huawei? / Putin ngomong apa tentang AI?
    rf"^(?P<speaker>.+?)\s+{_ID_VERBS}\s+apa(?:\s+(?P<topic>.*))?$",
    # Kapan Putin bicara soal AI?
    rf"^kapan\s+(?P<speaker>.+?)\s+{_ID_VERBS}(?:\s+(?P<topic>.*))?$",
    # What did Lavrov say about 5G? / What has Putin said about AI? / What did Trump vow to do about Carrier?
    rf"^(?:what|how|why)\s+(?:did|does|do|has|have|had|will|would|is|was)\s+(?P<speaker>.+?)\s+(?P<verb>{_EN_VERBS})(?:\s+(?P<topic>.*))?$",
    # When did Putin talk about AI?
    rf"^when\s+(?:did|does|has|have)\s+(?P<speaker>.+?)\s+{_EN_VERBS}(?:\s+(?P<topic>.*))?$",
    # What is Lavrov's view on 5G?
    r"^what\s+(?:is|was|are|were)\s+(?P<speaker>.+?)\s+s\s+(?:view|position|stance|opinion|take|comment)s?(?:\s+(?P<topic>.*))?$",
)
# A name slot longer than this is not a name: the frame matched a question it was not made for.
MAX_SPEAKER_WORDS = 7

# Verbs of saying in a question carry no topic (`Apa yang dikatakan Putin`), other verbs do
# (`Apa yang diminta Pramono` keeps `minta`).
SPEECH_VERBS = frozenset(
    "dikatakan disampaikan diucapkan disebut disebutkan dinyatakan diungkapkan dijelaskan dikatakannya "
    "diklaim dibilang diomongkan dibicarakan "
    "say said says tell told report reported claim claimed state stated add added note noted comment "
    "commented talk speak spoke mention mentioned do done did think thought mean meant write wrote".split()
)

# Particles and possessives stripped first: `katanya` → `kata`, `itulah` → `itu`.
PARTICLES = ("lah", "kah", "pun", "nya", "ku", "mu")

# Indonesian derivational affixes, longest first, each with the letter it may have dropped and what
# may follow it: nasal prefixes restore the dropped initial (`meneruskan` → t+eruskan, `menyampaikan` →
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

# English inflections, longest first.
EN_SUFFIXES = ("ations", "ation", "ings", "ing", "ied", "ies", "ed", "es", "s")
# Endings that may leave a three-letter root (`vowed`, `vowing`, `vows` → `vow`); the others need four
# (`makes` must not become `mak`).
EN_SHORT_ROOT_SUFFIXES = ("ing", "ed", "s")

# Words that tell the question's language (for replies).
ENGLISH_CUES = frozenset(
    ["what", "who", "did", "say", "said", "about", "how", "many", "much", "when", "has", "the", "is"]
)
INDONESIAN_CUES = frozenset(
    ["apa", "siapa", "kata", "soal", "tentang", "mengenai", "berapa", "kapan", "yang", "bilang", "bicara"]
)
