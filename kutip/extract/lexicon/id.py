"""Indonesian lexicon: function words, speech verbs, pronouns, roles, numbers."""

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

# Participles that add a claim to the clause's own subject; Indonesian has none.
PARTICIPLES = _words("")

# Open a relative clause inside an appositive: "X, yang juga Ketua ..., mengatakan".
RELATIVE_PRONOUNS = _words("yang")

# Words that open the reported content and are not part of it.
COMPLEMENTIZERS = _words("bahwa kalau")

# Words that may sit between speaker and verb: "Lavrov juga menegaskan", "Edy pun melanjutkan".
SKIP_BEFORE_VERB = _words("juga pun kemudian lalu pula sebelumnya sempat telah sudah pernah lantas")

# Pronouns that stand for the last-named speaker; "-nya" on a postposed verb does the same.
PRONOUNS = _words("ia dia beliau mereka")
PLURAL_PRONOUNS = _words("mereka")

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
    "koordinator sekjen gelandang pemain kapten wakapolres perdana raja ratu"
)

# Capitalised words of a title that are never a personal name: "Menteri Perdagangan Budi Santoso",
# "Gubernur Jawa Tengah Ahmad Luthfi".
TITLE_WORDS = _words(
    "keuangan perdagangan pertahanan perindustrian pertanian kesehatan pendidikan agama sosial luar negeri "
    "dalam hukum ham bidang perekonomian jawa barat tengah timur utara selatan metro kota kabupaten "
    "provinsi daerah umum utama jenderal pusat negara bumn energi sumber daya mineral investasi pariwisata "
    "perhubungan komunikasi informatika digital tenaga kerja keamanan politik riset teknologi tugas "
    "eksekutif harian penindakan eksekusi pemuda olahraga kebijakan ekonomi moneter"
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
