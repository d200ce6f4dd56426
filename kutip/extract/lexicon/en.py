"""English lexicon: function words, speech verbs, pronouns, roles, numbers."""

from kutip.extract.lexicon.model import from_tables

# Commonest function words, for language detection.
FUNCTION_WORDS = frozenset(
    "the and of to in is that for on with as was were be by at from it this are an have has had "
    "he she they said but not or which will would who been their its".split()
)

# --- Speech and attribution ---


def _words(text: str) -> frozenset[str]:
    """A table written as one space-separated string, so a new word is a one-word edit."""
    return frozenset(text.split())


# Verbs that introduce reported content after them: "Cornyn told reporters (that) ...".
SPEECH_VERBS = _words(
    "said says say told tells claimed claims claim warned warns argued argues denied denies promised "
    "promises announced announces added adds explained explains insisted insists noted notes stated "
    "states acknowledged acknowledges admitted admits reported reports revealed reveals estimated "
    "estimates predicted predicts confirmed confirms declared declares suggested suggests wrote "
    "writes contended contends maintained maintains asserted asserts vowed vows pledged pledges "
    "concluded repeated accused accuses blasted criticized criticised touted condemned underscored "
    "urged pointed showed shows found finds cited cites believes believed thinks thought echoed"
)

# Verbs that follow a quote or clause and precede the speaker: '"...," said Trump'.
POSTPOSED_VERBS = _words("said says added adds told explained noted wrote continued promises")

# Introduces the source: "according to exit polling data, ...".
SOURCE_PREPOSITIONS = ("according to", "as reported by", "as quoted by")

SOURCE_CLITICS = _words("")

# A document named as the source stands for its publisher: "according to a new article in Politico",
# "according to a report by the Associated Press" (the speaker is Politico, the Associated Press).
DOCUMENT_NOUNS = _words(
    "article report story study survey poll analysis investigation interview piece editorial column "
    "review memo documents document filing statement release"
)
PUBLISHER_PREPOSITIONS = _words("by in from")
PUBLISHER_NEEDS_PREPOSITION = True  # "a report Tuesday" names no publisher

# "CNN quoted a witness as saying ...", "Kelly was quoted as saying ...": the quoted one speaks.
QUOTING_VERBS = _words("quoted quotes quoting cited cites citing")
QUOTED_AS = _words("as")
PASSIVE_AUXILIARIES = _words("was were is are been being be")

# Words before a speech verb that tie it to the subject of the clause before: Indonesian needs them
# ("AS melarang Huawei karena mengklaim ..."); English says it with a participle ("..., claiming").
CLAUSE_LINKERS = _words("")
# A clause's own verb, told by its ending ("banned"); irregular ones are listed in VERBS below.
ACTIVE_VERB_PREFIXES: tuple[str, ...] = ()
ACTIVE_VERB_SUFFIXES = ("ed",)
NOT_VERBS = _words("hundred indeed speed breed united")

# Acronyms that initials alone would miss or mistake, with their long form; used only when the
# article also writes the long form ("U.S." → "United States"). Initials alone ("FBI", "UN") need no entry.
ACRONYMS = {
    "U.S.": "United States",
    "U.S": "United States",
    "U.K.": "United Kingdom",
    "U.N.": "United Nations",
}

# Parties to a case who speak as a role noun ("The suspect told police ..."): the person last introduced
# as one ("suspect John Miller", "police arrested John Miller"), never one named as another party
# ("the victim, Sarah Jones"). PARTY_ARTICLES may stand before the role noun.
PARTY_ROLES = _words("suspect defendant accused gunman assailant attacker")
PARTY_NAMERS = _words("named arrested")
OTHER_PARTIES = _words("victim witness plaintiff complainant")
PARTY_ARTICLES = _words("the")

# Participles that add a claim to the clause's own subject: "Trump announced ..., saying it set a benchmark".
PARTICIPLES = _words("saying adding noting warning arguing insisting claiming condemning calling explaining")

# Open a relative clause inside an appositive: "Parker Eaton, who voted for JFK, said".
RELATIVE_PRONOUNS = _words("who which whose")

# Open a description set off by commas: "Ann Lowe, a retired teacher, said".
APPOSITIVE_OPENERS = _words("a an the")

COMPLEMENTIZERS = _words("that")

# Words that may sit between speaker and verb: "Sanders has accused", "Trump also said".
SKIP_BEFORE_VERB = _words("also has have had then later again previously repeatedly publicly once")

# A time or occasion phrase between the speaker and the verb, skipped to find the speaker: "Trump on
# Tuesday said", "The minister, speaking in Jakarta, said". A place phrase (PLACE_PREPOSITIONS) counts
# only without a name in it, or before a time, since "Experts at Harvard said" names the speaker.
ADVERBIAL_OPENERS = _words("on in at during while after speaking writing addressing testifying")
PLACE_PREPOSITIONS = _words("in at")
# Words of a date or time of day (with MONTHS); a bare weekday or date may stand alone ("Trump Tuesday
# said"); a month alone never does: "Theresa May said".
# Monday is 0, as `datetime.weekday()` counts.
WEEKDAY_NUMBERS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
WEEKDAYS = frozenset(WEEKDAY_NUMBERS)
_TIME_WORDS = _words("yesterday today tonight morning afternoon evening night earlier week month year last")

PRONOUNS = _words("he she they it")
PLURAL_PRONOUNS = _words("they")
POSSESSIVE_PRONOUNS = _words("his her their")
PRONOUN_GENDERS = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}

# Who a gendered pronoun can mean: titles, then common given names (a name not listed stays unknown).
FEMALE_HONORIFICS = _words("mrs ms miss dame madam lady")
MALE_HONORIFICS = _words("mr sir lord")
FEMALE_NAMES = _words(
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty "
    "sandra ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca "
    "laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha "
    "katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie "
    "joyce victoria kelly christina joan evelyn lauren judith olivia martha cheryl megan andrea hannah "
    "jacqueline ann gloria jean kathryn alice teresa sara janice doris madison julia grace judy abigail "
    "marie denise beverly amber theresa marilyn danielle diana brittany natalie sophia rose isabella "
    "alexis kayla charlotte hillary kamala marine ursula kate liz sue jenny"
)
MALE_NAMES = _words(
    "james robert john michael william david richard joseph thomas charles christopher daniel matthew "
    "anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward "
    "jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin "
    "samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry "
    "douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry "
    "sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan "
    "alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny bill bernie "
    "barack mike ted marco jeb chris rick harry mitch emmanuel vladimir xi boris francois bernard tom jim bob "
    "dan ben tony nick steve greg ken ron jeff jon"
)
PLURAL_POSSESSIVES = _words("their")

# Organisations that belong to a person and speak under their name: "his campaign" → "Jane Roe's campaign".
OWNED_ORGS = _words("campaign")

# Honorifics and short titles: not part of a canonical name ("Sen. Ted Cruz" is Ted Cruz).
HONORIFICS = _words("mr mrs ms miss dr sen rep gov lt gen col sgt prof rev sir dame mayor")

# Role nouns that can stand for a person already named ("the minister", "the candidate").
ROLE_WORDS = _words(
    "president minister secretary senator governor mayor chairman chairwoman chair director chief "
    "spokesman spokeswoman spokesperson executive candidate leader manager official adviser advisor "
    "ambassador representative congressman congresswoman whip speaker ceo founder commissioner "
    "prosecutor judge attorney general analyst economist professor expert"
)

# Capitalised words of a title that are never a personal name: "Senate Majority Whip John Cornyn".
TITLE_WORDS = _words(
    "majority minority foreign interior defense defence treasury homeland security national state deputy "
    "assistant general vice senior executive press"
)

ORG_WORDS = _words(
    "department ministry committee council network commission company corporation corp inc group "
    "party campaign association agency bureau office university institute foundation administration "
    "government house senate congress bank union court police authority fund board"
)

MEDIA = _words(
    "reuters ap afp cnn bbc politico hill bloomberg nbc abc cbs fox msnbc axios guardian times post "
    "journal tv"
)

PLACES = _words(
    "washington beijing moscow china russia france britain japan india iran israel mexico canada "
    "germany america u.s us uk kremlin united states kingdom"
)

# Generic sources that may speak without a name ("exit polls showed", "a congressional report said").
SOURCE_NOUNS = _words(
    "witnesses poll polls polling survey report study data investigation probe officials aides "
    "authorities analysis"
)

SPEAKER_JOINERS = _words("and")
SPEAKER_LEADERS = _words("both")

NON_SPEAKERS = _words("reporters reporter journalists i we you")

# Capitalised only because they open a sentence: never part of a name ("But Trump said").
DISCOURSE_WORDS = _words(
    "according the but and however meanwhile still yet so then now in on at after before while when "
    "as if although "
    "instead indeed also speaking asked earlier later last this that these those there here"
)

NOISE_LINE_PREFIXES = ("read more", "related:", "advertisement", "click here", "sign up", "follow us")

# --- Numbers, currencies and units ---

# Read by kutip/extract/numbers.py and kutip/extract/figures/; multi-word entries are matched longest first.
DECIMAL_COMMA = False  # "2.5 percent", "1,500 people"

SCALE_WORDS = {
    "thousand": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "trillion": 1e12,
    "trln": 1e12,
}

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
    "hundred": 100,
}

NUMBER_MULTIPLIERS = {"hundred": 100, "dozen": 12}
TEEN_WORD = ""  # English teens are single words

FRACTION_WORDS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3, "two-thirds": 2 / 3, "three-quarters": 0.75}

ONE_WORDS = frozenset({"one"})

CURRENCY_NAMES = {
    "dollars": "USD",
    "dollar": "USD",
    "u.s. dollars": "USD",
    "us dollars": "USD",
    "canadian dollars": "CAD",
    "australian dollars": "AUD",
    "singapore dollars": "SGD",
    "hong kong dollars": "HKD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "pound sterling": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rubles": "RUB",
    "ruble": "RUB",
    "roubles": "RUB",
    "rouble": "RUB",
    "ringgit": "MYR",
    "won": "KRW",
    "rupees": "INR",
    "rupee": "INR",
    "rupiah": "IDR",
    "riyals": "SAR",
    "riyal": "SAR",
    "swiss francs": "CHF",
    "francs": "CHF",
    "lari": "GEL",
    "baht": "THB",
    "pesos": "PHP",
}
# "pounds" is money after a scale word ("23.6 million pounds"), weight otherwise ("two pounds").
SCALE_ONLY_CURRENCIES = frozenset({"pounds", "pound"})

PERCENT_WORDS = ("%", "percent", "per cent", "pct", "percentage points", "percentage point", "percentage")

MEASURE_UNITS = {
    "mile": "mile",
    "miles": "mile",
    "miles an hour": "mile per hour",
    "miles per hour": "mile per hour",
    "square miles": "square mile",
    "square mile": "square mile",
    "kilometers": "kilometer",
    "kilometres": "kilometer",
    "kilometer": "kilometer",
    "kilometre": "kilometer",
    "square kilometers": "square kilometer",
    "meters": "meter",
    "metres": "meter",
    "meter": "meter",
    "square meters": "square meter",
    "square feet": "square foot",
    "feet": "foot",
    "foot": "foot",
    "inches": "inch",
    "inch": "inch",
    "yards": "yard",
    "acres": "acre",
    "acre": "acre",
    "hectares": "hectare",
    "hectare": "hectare",
    "gallons": "gallon",
    "gallon": "gallon",
    "liters": "liter",
    "litres": "liter",
    "barrels": "barrel",
    "barrels a day": "barrel per day",
    "barrels per day": "barrel per day",
    "cubic feet": "cubic foot",
    "cubic meters": "cubic meter",
    "metric tons": "metric ton",
    "metric ton": "metric ton",
    "tons": "ton",
    "ton": "ton",
    "tonnes": "tonne",
    "pounds": "pound",
    "pound": "pound",
    "ounces": "ounce",
    "kilograms": "kilogram",
    "kilos": "kilogram",
    "grams": "gram",
    "megawatts": "megawatt",
    "megawatt": "megawatt",
    "gigawatts": "gigawatt",
    "kilowatts": "kilowatt",
    "kilowatt hours": "kilowatt hour",
    "knots": "knot",
    "degrees": "degree",
    "points": "point",
    "times": "time",
    "fold": "fold",
}

QUALIFIERS = (
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "nearly",
    "almost",
    "close to",
    "more than",
    "over",
    "above",
    "in excess of",
    "upwards of",
    "at least",
    "less than",
    "fewer than",
    "under",
    "below",
    "at most",
    "up to",
    "just over",
    "just under",
    "only",
    "an estimated",
    "estimated",
)

DIRECTION_UP = frozenset(
    {
        "up",
        "rose",
        "rise",
        "rises",
        "risen",
        "increased",
        "increase",
        "increases",
        "grew",
        "grow",
        "jumped",
        "jump",
        "climbed",
        "gained",
    }
)
DIRECTION_DOWN = frozenset(
    {
        "down",
        "fell",
        "fall",
        "falls",
        "fallen",
        "decreased",
        "decrease",
        "dropped",
        "drop",
        "declined",
        "decline",
        "slid",
        "lost",
    }
)

CHANGE_FROM = frozenset({"from"})
CHANGE_TO = frozenset()
CHANGE_TO_AFTER_FROM = frozenset({"to"})
REVERSE_CHANGE = ("up from", "down from", "from")

RANGE_JOINERS = ("-", "–", "—", "to", "through")
ALTERNATIVE_JOINERS = ("or", "±", "+/-")
RANGE_OPENERS = frozenset({"between"})
RANGE_AND = ("and",)

TIME_UNITS = frozenset(
    {
        "year",
        "years",
        "yr",
        "yrs",
        "month",
        "months",
        "day",
        "days",
        "week",
        "weeks",
        "hour",
        "hours",
        "minute",
        "minutes",
        "min",
        "second",
        "seconds",
        "decade",
        "decades",
        "century",
        "centuries",
        "night",
        "nights",
        "weekend",
        "weekends",
        "a.m.",
        "p.m.",
        "am",
        "pm",
    }
)
# Month names and the abbreviations news writes, with the month's number (for reading dates).
MONTH_NUMBERS = {
    **dict.fromkeys(("january", "jan"), 1),
    **dict.fromkeys(("february", "feb"), 2),
    **dict.fromkeys(("march", "mar"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    "may": 5,
    **dict.fromkeys(("june", "jun"), 6),
    **dict.fromkeys(("july", "jul"), 7),
    **dict.fromkeys(("august", "aug"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("october", "oct"), 10),
    **dict.fromkeys(("november", "nov"), 11),
    **dict.fromkeys(("december", "dec"), 12),
}
MONTHS = frozenset(MONTH_NUMBERS)
# How a date is written for an English reader: "Oct 22, 2025".
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DATE_FORMAT = "{month} {day}, {year}"
# Every word of a date or time of day, for the phrase between a speaker and the verb (see WEEKDAYS).
DATE_WORDS = WEEKDAYS | MONTHS | _TIME_WORDS
NUMBERING_BEFORE = frozenset(
    {
        "article",
        "section",
        "chapter",
        "page",
        "pages",
        "paragraph",
        "no",
        "number",
        "rule",
        "title",
        "clause",
        "amendment",
        "aged",
        "age",
        "ages",
        "top",
        "grade",
        "level",
        "room",
        "floor",
        "route",
        "highway",
        "interstate",
        "flight",
        "episode",
        "season",
        "vol",
        "volume",
        "version",
        "phase",
        "stage",
        "round",
        "day",
        "week",
        "item",
        "class",
        "district",
        "precinct",
        "suite",
        "apartment",
        "unit",
        "quarter",
        "year",
    }
)
COUNT_CUES = frozenset({"total", "totaling", "totalling", "numbered"})
NOT_NOUNS = FUNCTION_WORDS | frozenset(
    {
        "other",
        "more",
        "less",
        "per",
        "percent",
        "than",
        "a",
        "an",
        "to",
        "into",
        "after",
        "before",
        "when",
        "while",
        "if",
        "so",
        "also",
        "just",
        "only",
        "about",
        "or",
        "nor",
        "yet",
        "because",
    }
)
# Possessives still count: "her three speeches".
DETERMINERS = frozenset({"the", "these", "those", "first", "second", "last"})
SHARE_OF = frozenset({"of"})
# "6 in 10 voters" = 60 percent, "3 out of 4"; the word or number read is a denominator.
SHARE_IN = r"in[ \t]+(10|100|ten|five|four|three)|out of[ \t]+(\d{1,3})"

# Said as "a few", not counted: "one or two platforms".
VAGUE_AMOUNTS = ("one or two", "one-or-two")
# After "half of": a clause, so a comparison, not a share ("less than half of what researchers say").
NOT_A_SHARE = frozenset({"what", "that", "those"})
# Family counted in words is a personal detail, like an age ("I have two brothers-in-law").
PERSONAL_NOUNS = frozenset(
    {
        "brother",
        "sister",
        "brothers-in-law",
        "brother-in-law",
        "sisters-in-law",
        "sister-in-law",
        "son",
        "daughter",
        "child",
        "children",
        "kid",
        "grandchild",
        "grandchildren",
        "sibling",
        "wife",
        "husband",
    }
)


# --- Subjects of figures ---
# Read by kutip/extract/figures/subjects.py: what a figure counts or prices, in a few words of the text.

# Words linking a subject to its figure, trimmed off the subject's end: "his revenue *increased from* $362 million".
SUBJECT_LINKS = frozenset(
    {
        "of",
        "worth",
        "cost",
        "costs",
        "costing",
        "at",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "by",
        "from",
        "to",
        "totaling",
        "totalling",
        "total",
        "reached",
        "reach",
        "hit",
        "stood",
        "stands",
        "about",
        "around",
        "nearly",
        "almost",
        "only",
        "just",
        "some",
        "than",
        "more",
        "less",
        "within",
        "between",
        "the",
        "a",
        "an",
        "its",
        "his",
        "her",
        "their",
        "estimated",
        *DIRECTION_UP,
        *DIRECTION_DOWN,
    }
)
# Words that end a subject, reading away from the figure: clause-level words, not parts of a noun phrase.
SUBJECT_STOPS = frozenset(
    {
        "and",
        "or",
        "but",
        "that",
        "which",
        "who",
        "whom",
        "while",
        "because",
        "if",
        "when",
        "as",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "said",
        "says",
        "say",
        "told",
        "has",
        "have",
        "had",
        "is",
        "was",
        "are",
        "were",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "should",
        "must",
        "did",
        "does",
        "do",
        "made",
        "make",
        "makes",
        "get",
        "gets",
        "got",
        "than",
        "according",
        "between",
        "among",
        "over",
        "within",
        "him",
        "them",
        "us",
        "me",
        "during",
        "after",
        "before",
        "since",
        "with",
        "by",
        "from",
        "on",
        "at",
        "to",
        "in",
        *TIME_UNITS,
        *MONTHS,
    }
)
# Irregular verbs that end a subject; regular ones are told by "-ed" ("raised", "allocated").
VERBS = frozenset(
    {
        "spent",
        "spend",
        "spends",
        "earn",
        "earns",
        "paid",
        "pay",
        "pays",
        "won",
        "lost",
        "sold",
        "bought",
        "took",
        "gave",
        "give",
        "gives",
        "put",
        "puts",
        "set",
        "keep",
        "kept",
        "holds",
        "hold",
        "held",
        "saw",
        "see",
        "sees",
        "run",
        "runs",
        "ran",
        "brought",
        "drew",
        "owes",
        "owe",
        "borrow",
        "lend",
        "lent",
        "raise",
        "raises",
        "collect",
        "collects",
        "propose",
        "proposes",
        "seek",
        "seeks",
        "sought",
        "allocate",
        "need",
        "needs",
        "want",
        "wants",
        "expects",
        "expect",
        "estimates",
        "estimate",
        "killing",
        "delivering",
    }
)
GENERIC_NOUNS = frozenset({"people", "person", "others", "times", "time", "unit", "units", "fold"})
# What an amount is for or in: "$500,000 on TV ads", "$1.3 million in the bank".
SUBJECT_PREPOSITIONS = frozenset({"in", "on", "for", "to"})
# A past form ends a subject ("Bernie Sanders raised"); prefixes tell nothing in English.
VERB_PREFIXES: tuple[str, ...] = ()
VERB_SUFFIXES = ("ed",)
VERB_MIN_LENGTH = 5
SUBJECT_DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those"}
)

# Abbreviations whose full stop does not end a sentence (titles, months, company and Latin shorthands), lowercased, no final dot.
SENTENCE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen rep gov lt gen col sgt prof rev st jr sr no vs etc inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n d.c a.m p.m e.g i.e".split()
)


# --- Answering: how readers ask, and how claims and questions fold to search terms ---
# (read by kutip.answer.terms and kutip.answer.questions together with the Indonesian tables: search
# terms are language-blind, so an English question meets an Indonesian claim)

# Words that carry no topic in a question or a claim; `s` and `t` are what is left of an apostrophe
# (`Clinton's` → `clinton s`, `don't` → `don t`).
STOP_WORDS = _words(
    "the a an and or of to in on at for with by from as is are was were be been being it its this that "
    "these those what who whom whose when where why how which did does do has have had say says said "
    "saying tell told about regarding on concerning he she they his her their him them we you i me "
    "will would can could should may might must not no yes there than then so if into over "
    "many much done s t"
)

# Two-word compounds folded to the one term Indonesian news uses too.
COMPOUNDS = {
    ("artificial", "intelligence"): "ai",
    ("united", "states"): "as",
}

# English words folded to the term of the same meaning, mostly Indonesian (`important` → `penting`),
# so English questions reach Indonesian claims and back. A word mapped to itself is never stemmed.
SYNONYMS = {
    "said": "say",
    "told": "tell",
    "usa": "as",
    "us": "as",
    "information": "informasi",
    "info": "informasi",
    "president": "presiden",
    "minister": "menteri",
    "money": "dana",
    "funds": "dana",
    "fund": "dana",
    "tax": "pajak",
    "taxes": "pajak",
    "salary": "gaji",
    "hacking": "retas",
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
    "budget": "anggar",
    "killed": "tewas",
    "dead": "tewas",
}


def _pairs(text: str) -> dict[str, tuple[str, ...]]:
    """`food=makanan/pangan poisoning=keracunan` → {"food": ("makanan", "pangan"), "poisoning": ("keracunan",)}."""
    return {en: tuple(ids.split("/")) for en, ids in (pair.split("=") for pair in text.split())}


# News topic words with their Indonesian equivalents, for questions only (`kutip.answer.terms.equivalents`):
# a question's topic term also matches the stored terms of its translations, in either direction, so
# `What did Prabowo say about food poisoning?` meets `keracunan makan`. Stored claims keep their own
# terms (no database needs refolding). Both sides are folded like any text (`keracunan` → `keracun`),
# so list the forms news uses, several when the stems differ (`keracunan/racun`). One topic a line.
TRANSLATIONS = _pairs(
    """
    election=pemilu/pemilihan vote=suara/memilih voter=pemilih candidate=calon/kandidat campaign=kampanye
    party=partai nominee=calon nomination=nominasi/pencalonan debate=debat poll=survei/jajak primary=pendahuluan
    win=menang victory=kemenangan lose=kalah defeat=kekalahan delegate=delegasi seat=kursi coalition=koalisi
    opposition=oposisi parliament=parlemen/dpr senate=senat congress=kongres lawmaker=legislator/anggota
    government=pemerintah/pemerintahan state=negara country=negara nation=bangsa/negara people=rakyat/masyarakat/warga
    citizen=warga/penduduk public=publik/masyarakat leader=pemimpin/pimpinan chairman=ketua head=kepala
    governor=gubernur mayor=wali/walikota regent=bupati official=pejabat ministry=kementerian
    secretary=sekretaris spokesman=jubir/juru spokesperson=jubir/juru adviser=penasihat cabinet=kabinet
    policy=kebijakan regulation=regulasi/peraturan rule=aturan/peraturan law=hukum/undang decision=keputusan
    plan=rencana reform=reformasi agency=badan/lembaga institution=lembaga office=kantor
    court=pengadilan/mahkamah judge=hakim verdict=putusan/vonis trial=sidang/persidangan lawyer=pengacara
    prosecutor=jaksa/penuntut police=polisi/kepolisian suspect=tersangka defendant=terdakwa witness=saksi
    victim=korban crime=kejahatan/kriminal corruption=korupsi bribe=suap bribery=suap fraud=penipuan/kecurangan
    scam=penipuan theft=pencurian murder=pembunuhan arrest=penangkapan/tangkap prison=penjara jail=penjara
    investigation=penyelidikan/penyidikan/investigasi evidence=bukti case=kasus/perkara report=laporan
    attack=serangan/serang terrorism=terorisme terrorist=teroris bomb=bom violence=kekerasan shooting=penembakan
    war=perang army=tentara military=militer soldier=tentara/prajurit weapon=senjata security=keamanan
    defense=pertahanan border=perbatasan refugee=pengungsi immigrant=imigran immigration=imigrasi
    economy=ekonomi economic=ekonomi growth=pertumbuhan price=harga cost=biaya/ongkos
    interest=bunga rate=suku/tingkat debt=utang loan=pinjaman/kredit credit=kredit
    market=pasar stock=saham share=saham/bagian investment=investasi profit=laba/untung
    loss=rugi/kerugian revenue=pendapatan income=penghasilan/pendapatan wage=upah worker=pekerja/buruh
    job=pekerjaan employee=karyawan/pegawai unemployment=pengangguran labor=tenaga/buruh
    trade=perdagangan export=ekspor import=impor tariff=tarif subsidy=subsidi aid=bantuan assistance=bantuan
    company=perusahaan business=bisnis/usaha industry=industri factory=pabrik product=produk production=produksi
    buy=beli/membeli purchase=pembelian consumer=konsumen customer=pelanggan/konsumen
    payment=pembayaran bill=tagihan/rancangan fee=biaya asset=aset wealth=kekayaan poverty=kemiskinan
    poor=miskin rich=kaya billion=miliar million=juta trillion=triliun thousand=ribu percent=persen
    dollar=dolar gold=emas oil=minyak fuel=bbm coal=batubara
    energy=energi electricity=listrik power=listrik/kekuatan mining=tambang/pertambangan mine=tambang
    health=kesehatan doctor=dokter nurse=perawat patient=pasien disease=penyakit
    illness=penyakit sick=sakit medicine=obat drug=obat/narkoba vaccine=vaksin pandemic=pandemi
    death=kematian/tewas died=meninggal/tewas injured=luka/terluka cancer=kanker treatment=pengobatan/perawatan
    cure=obat/menyembuhkan research=riset/penelitian study=studi/penelitian scientist=ilmuwan/peneliti
    food=makanan/pangan/makan meal=makanan/makan eat=makan poisoning=keracunan/racun poison=racun/keracunan
    nutrition=gizi nutritious=bergizi free=gratis/bebas hunger=kelaparan rice=beras/nasi water=air
    farmer=petani agriculture=pertanian harvest=panen fish=ikan fisherman=nelayan
    school=sekolah student=siswa/pelajar/mahasiswa teacher=guru university=universitas/kampus
    education=pendidikan child=anak children=anak kid=anak father=ayah family=keluarga
    woman=perempuan/wanita women=perempuan/wanita man=pria/laki men=pria/laki youth=pemuda/muda
    pregnant=hamil baby=bayi toddler=balita elderly=lansia population=penduduk/populasi
    house=rumah housing=perumahan land=tanah/lahan city=kota village=desa province=provinsi region=daerah/wilayah
    district=kabupaten/kecamatan island=pulau sea=laut river=sungai forest=hutan
    flood=banjir earthquake=gempa fire=kebakaran/api disaster=bencana landslide=longsor drought=kekeringan
    weather=cuaca climate=iklim environment=lingkungan pollution=polusi/pencemaran waste=sampah/limbah
    transport=transportasi road=jalan/jalanan toll=tol traffic=macet car=mobil vehicle=kendaraan
    motorcycle=motor train=kereta airport=bandara plane=pesawat flight=penerbangan ship=kapal port=pelabuhan
    accident=kecelakaan crash=kecelakaan/tabrakan passenger=penumpang driver=pengemudi/sopir
    online=daring phone=ponsel/telepon smartphone=ponsel application=aplikasi app=aplikasi
    account=akun website=situs cyber=siber hacker=peretas
    hack=retas network=jaringan signal=sinyal satellite=satelit innovation=inovasi
    football=sepakbola/bola player=pemain coach=pelatih team=tim club=klub match=pertandingan/laga
    goal=gol league=liga champion=juara championship=kejuaraan cup=piala athlete=atlet tournament=turnamen
    fan=suporter/penggemar stadium=stadion contract=kontrak
    religion=agama mosque=masjid church=gereja pilgrimage=haji/umrah holiday=libur/liburan tourism=pariwisata
    tourist=wisatawan/turis culture=budaya art=seni music=musik
    news=berita journalist=wartawan/jurnalis press=pers freedom=kebebasan right=hak rights=hak
    protest=protes/demo/unjuk demonstration=demonstrasi/demo strike=mogok riot=kerusuhan
    agreement=perjanjian/kesepakatan deal=kesepakatan talks=perundingan/pembicaraan meeting=pertemuan/rapat
    visit=kunjungan/kunjungi relation=hubungan relations=hubungan foreign=asing/luar international=internasional
    sanction=sanksi embassy=kedutaan ambassador=duta/dubes summit=ktt negotiation=negosiasi/perundingan
    spending=belanja/pengeluaran grant=hibah donation=donasi/sumbangan
    number=angka/jumlah figure=angka
    increase=kenaikan/naik rise=naik/kenaikan decrease=penurunan/turun fall=turun/penurunan drop=turun/anjlok
    record=rekor high=tinggi low=rendah big=besar small=kecil old=lama/tua
    problem=masalah/persoalan crisis=krisis risk=risiko threat=ancaman danger=bahaya safety=keselamatan/keamanan
    success=sukses/keberhasilan failure=kegagalan mistake=kesalahan error=kesalahan/eror accusation=tuduhan
    support=dukungan/dukung criticism=kritik/kritikan demand=tuntutan/permintaan request=permintaan
    promise=janji warning=peringatan apology=maaf response=tanggapan/respons
    claim=klaim question=pertanyaan answer=jawaban reason=alasan
    year=tahun month=bulan week=pekan/minggu day=hari today=hari
    give=beri/memberi/pemberian political=politik politics=politik humane=manusiawi limit=batas
    seize=sita/penyitaan confiscate=sita/penyitaan reach=capai/mencapai recorded=tercatat/catat move=pindah
    spend=belanja/habiskan send=kirim/mengirim build=bangun/membangun close=tutup/menutup open=buka/membuka
    mexico=meksiko mexican=meksiko goods=barang france=prancis/perancis russia=rusia japan=jepang germany=jerman britain=inggris
    england=inggris netherlands=belanda singapore=singapura brazil=brasil egypt=mesir turkey=turki
    palestine=palestina ukraine=ukraina philippines=filipina europe=eropa africa=afrika arab=arab/saudi
    """
)

# Titles as readers abbreviate them, expanded before folding: `Gov Newsom` meets `governor newsom`.
TITLE_ABBREVIATIONS = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "sec": "secretary",
    "fm": "foreign minister",
}

# How a question opens when it asks whose words, how much, or when.
WHO_OPENERS = ("who",)
FIGURE_OPENERS = ("how many", "how much", "how big", "how large", "how high", "how low")
WHEN_OPENERS = ("when",)

# Words that end the speaker's slot and start the topic: `What did Lavrov say about 5G`.
TOPIC_MARKS = ("about", "on", "regarding", "concerning", "over", "for", "to")
_ASKED_VERBS = "|".join(
    "say said says report reported claim claimed tell told think thought vow vowed announce announced "
    "argue argued warn warned promise promised write wrote propose proposed suggest suggested predict "
    "predicted mean meant add added explain explained state stated insist insisted reveal revealed confirm "
    "confirmed deny denied admit admitted believe believed ask asked want wanted call called accuse "
    "accused comment commented respond responded reply replied plan planned urge urged demand "
    "demanded criticize criticized blame blamed note noted estimate estimated expect expected "
    "talk speak spoke mention mentioned do done did".split()
)
# How a question names whose words it wants: each pattern runs on the folded question and captures
# `speaker` and optionally `topic` (and `verb`); a `{topic}` in a frame stands for the topic marks of
# both languages.
QUESTION_FRAMES = (
    # What did Lavrov say about 5G? / What has Putin said about AI? / What did Trump vow to do about Carrier?
    rf"^(?:what|how|why)\s+(?:did|does|do|has|have|had|will|would|is|was)\s+(?P<speaker>.+?)\s+(?P<verb>{_ASKED_VERBS})(?:\s+(?P<topic>.*))?$",
    # When did Putin talk about AI?
    rf"^when\s+(?:did|does|has|have)\s+(?P<speaker>.+?)\s+(?:{_ASKED_VERBS})(?:\s+(?P<topic>.*))?$",
    # What is Lavrov's view on 5G?
    r"^what\s+(?:is|was|are|were)\s+(?P<speaker>.+?)\s+s\s+(?:view|position|stance|opinion|take|comment)s?(?:\s+(?P<topic>.*))?$",
)

# Verbs of saying in a question carry no topic (`What did Putin say`), other verbs do
# (`What did Trump vow` keeps `vow`).
QUESTION_SPEECH_VERBS = _words(
    "say said says tell told report reported claim claimed state stated add added note noted comment "
    "commented talk speak spoke mention mentioned do done did think thought mean meant write wrote"
)

# Words that tell a question is English (for replies).
QUESTION_CUES = _words("what who did say said about how many much when has the is")

# Inflections, longest first.
SUFFIXES = ("ations", "ation", "ings", "ing", "ied", "ies", "ed", "es", "s")
# Endings that may leave a three-letter root (`vowed`, `vowing`, `vows` → `vow`); the others need four
# (`makes` must not become `mak`).
SHORT_ROOT_SUFFIXES = ("ing", "ed", "s")

# Plural endings → singular, first match wins: "speeches" → "speech", "pages" → "page", "status" stays.
SINGULAR_ENDINGS = (
    ("ss", "ss"),
    ("ies", "y"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("sses", "ss"),
    ("xes", "x"),
    ("us", "us"),
    ("s", ""),
)
PARTICLES: tuple[str, ...] = ()
PREFIXES: tuple[tuple[str, str, str], ...] = ()
PREFIXED_SUFFIXES: tuple[str, ...] = ()

WHY_EMPTY = {
    "active_verb_prefixes": "active verbs are told by ending",
    "change_to": "'to' marks the later figure only after 'from' (change_to_after_from)",
    "clause_linkers": "a clause-linked claim is a participle ('..., claiming'), in participles",
    "source_clitics": "no source phrase fuses with a pronoun",
    "teen_word": "teens are number words of their own",
    "particles": "no clitic particles",
    "prefixes": "stems are found by suffixes alone",
    "prefixed_suffixes": "stems are found by suffixes alone",
    "verb_prefixes": "prefixes do not tell a verb",
}

LEXICON = from_tables("en", globals())
