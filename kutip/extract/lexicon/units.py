"""Language-neutral number tables: currency signs and codes, unit abbreviations.

Adding a currency or a unit is one line here, with a row in tests/extract/test_figures.py beside it.
"""

# Signs and codes written before an amount, lowercased, spaces as written in space-tokenised text
# ("u.s $ 12,345"). Longest first is not needed: the matcher sorts them.
CURRENCY_PREFIXES = {
    "rp": "IDR",
    "rp.": "IDR",
    "idr": "IDR",
    "us$": "USD",
    "us $": "USD",
    "u.s.$": "USD",
    "u.s. $": "USD",
    "u.s $": "USD",
    "usd": "USD",
    "$": "USD",  # bare dollar sign: US dollars unless a country letter precedes it
    "c$": "CAD",
    "c $": "CAD",
    "cad": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "aud": "AUD",
    "s$": "SGD",
    "sgd": "SGD",
    "hk$": "HKD",
    "hk $": "HKD",
    "hkd": "HKD",
    "nz$": "NZD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",  # yen; yuan is written 元 or CN¥
    "jpy": "JPY",
    "cn¥": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "元": "CNY",
    "₽": "RUB",
    "rub": "RUB",
    "rm": "MYR",  # Malaysian ringgit
    "myr": "MYR",
    "₩": "KRW",
    "krw": "KRW",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    "inr": "INR",
    "₾": "GEL",
    "₺": "TRY",
    "₱": "PHP",
    "฿": "THB",
    "₫": "VND",
    "chf": "CHF",
    "sar": "SAR",
}

# Signs written after an amount ("100 €", "500元").
CURRENCY_SUFFIX_SIGNS = {"€": "EUR", "元": "CNY", "₽": "RUB", "₾": "GEL", "£": "GBP", "¥": "JPY"}

# Unit abbreviations → the unit's name, singular lowercase ("190 km2" → "square kilometer").
UNIT_ABBREVIATIONS = {
    "km": "kilometer",
    "km2": "square kilometer",
    "km²": "square kilometer",
    "m2": "square meter",
    "m²": "square meter",
    "m3": "cubic meter",
    "m³": "cubic meter",
    "cm": "centimeter",
    "mm": "millimeter",
    "kg": "kilogram",
    "lbs": "pound",
    "lb": "pound",
    "oz": "ounce",
    "ha": "hectare",
    "mw": "megawatt",
    "gw": "gigawatt",
    "kw": "kilowatt",
    "kwh": "kilowatt hour",
    "mwh": "megawatt hour",
    "gwh": "gigawatt hour",
    "mph": "mile per hour",
    "km/h": "kilometer per hour",
    "km/jam": "kilometer per hour",
    "kph": "kilometer per hour",
    "bpd": "barrel per day",
    "tcf": "trillion cubic feet",
    "bcm": "billion cubic meter",
    "ml": "milliliter",
    "gb": "gigabyte",
    "mb": "megabyte",
    "tb": "terabyte",
    "mbps": "megabit per second",
    "cc": "cc",
}

# Scale suffixes glued to a digit ("$33million" has a word; "$5k", "€2bn", "$3m" have these).
ATTACHED_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12}
