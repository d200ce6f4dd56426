"""English lexicon: function words, speech verbs, pronouns, roles, numbers."""

# Commonest function words, for language detection.
FUNCTION_WORDS = frozenset(
    "the and of to in is that for on with as was were be by at from it this are an have has had "
    "he she they said but not or which will would who been their its".split()
)


# --- Numbers, currencies and units ---
# Read by kutip/extract/numbers.py and kutip/extract/figures.py; multi-word entries are matched longest first.

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
POUNDS = frozenset({"pounds", "pound"})

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
MONTHS = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    }
)
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
SHARE_IN = frozenset({"in", "out of"})  # "6 in 10 voters" = 60 percent
