"""What kutip knows of a language, as one typed, frozen record: `lexicon("id").speech_verbs`.

Each field is one kind of knowledge, documented here once; each language's module (`id.py`, `en.py`)
holds its tables under the same names in capitals (`SPEECH_VERBS`), with examples in that language.
A language that has no such thing leaves the table empty and says why in `WHY_EMPTY`. Code that reads
a language reads these fields and never asks which language it is: a new language is a new data file.

Words are lowercase unless a field says otherwise; multi-word entries are matched longest first.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True, eq=False, slots=True)
class Lexicon:
    """One language's tables. Compared by identity, so derived tables can be cached per language."""

    code: str  # ISO 639-1: "id", "en"

    # --- Language detection ---
    function_words: frozenset[str]  # the commonest function words: "yang", "the"

    # --- Speech and attribution ---
    speech_verbs: frozenset[str]  # introduce reported content after them: "X mengatakan (bahwa) ..."
    postposed_verbs: frozenset[str]  # follow a quote, before the speaker: '"...," kata Pramono'
    source_prepositions: tuple[str, ...]  # name the source before the content: "Menurut Katadata, ..."
    source_clitics: frozenset[str]  # a source phrase fused with a pronoun: "Menurutnya, ..."
    document_nouns: frozenset[str]  # a document that stands for its publisher: "laporan Reuters"
    publisher_prepositions: frozenset[str]  # between such a document and its publisher: "artikel di Kompas"
    publisher_needs_preposition: bool  # whether the publisher can follow the document noun directly
    quoting_verbs: frozenset[str]  # "X quoted Y as saying": the claim is Y's
    quoted_as: frozenset[str]  # the "as" of that frame
    passive_auxiliaries: frozenset[str]  # "was told", "is quoted"
    clause_linkers: frozenset[str]  # tie a speech verb to the clause's subject: "... karena mengklaim"
    active_verb_prefixes: tuple[str, ...]  # tell a clause's own active verb: "melarang", "berupaya"
    active_verb_suffixes: tuple[str, ...]  # the same by ending
    verbs: frozenset[str]  # verbs listed outright (where affixes do not tell them)
    acronyms: dict[str, str]  # short forms initials would miss, with their long form: "polri"
    party_roles: frozenset[str]  # parties to a case who speak as a role noun: "Pelaku berdalih"
    party_namers: frozenset[str]  # introduce a party's name: "seorang pria bernama Andi"
    other_parties: frozenset[str]  # role nouns naming a party other than the speaker: "korban"
    party_articles: frozenset[str]  # articles before a party role: "the suspect"
    participles: frozenset[str]  # add a claim to the clause's own subject: "..., adding that ..."
    relative_pronouns: frozenset[str]  # open a relative clause in an appositive: "X, yang juga ..."
    appositive_openers: frozenset[str]  # open a description set off by commas: "Budi, seorang pedagang,"
    complementizers: frozenset[str]  # open reported content and are not part of it: "bahwa", "that"
    skip_before_verb: frozenset[str]  # may sit between speaker and verb: "Lavrov juga menegaskan"
    adverbial_openers: frozenset[str]  # open a time or occasion phrase before the verb: "saat dikonfirmasi"
    place_prepositions: frozenset[str]  # open a place phrase there: "di Jakarta"
    weekdays: frozenset[str]  # may stand alone as a time phrase: "Kapolres Senin (12/2) mengatakan"
    weekday_numbers: dict[str, int]  # weekday → its number, Monday 0 (to check a stated date)

    # --- Speakers: pronouns, names, titles, bodies ---
    pronouns: frozenset[str]  # stand for the last-named speaker
    plural_pronouns: frozenset[str]  # stand for several: "mereka", "they"
    possessive_pronouns: frozenset[str]  # "his", "her"
    pronoun_genders: dict[str, str]  # pronoun → "f"/"m", where pronouns carry gender
    female_honorifics: frozenset[str]  # who a gendered pronoun can mean: titles ...
    male_honorifics: frozenset[str]
    female_names: frozenset[str]  # ... then common given names (a name not listed stays unknown)
    male_names: frozenset[str]
    plural_possessives: frozenset[str]  # "their"
    owned_orgs: frozenset[str]  # bodies that speak under a person's name: "tim kampanye Anies"
    honorifics: frozenset[str]  # not part of a canonical name: "Pak Purbaya" is Purbaya
    role_words: frozenset[str]  # head a title and stand for a person already named: "Menteri"
    title_words: frozenset[str]  # capitalised words of a title, never a personal name
    org_words: frozenset[str]  # mark an organisation's name: "Kementerian", "Ministry"
    media: frozenset[str]  # news outlets quoted as sources: "dilansir dari Sputnik"
    places: frozenset[str]  # places that speak for their governments: "AS mengatakan"
    source_nouns: frozenset[str]  # generic sources that speak without a name: "survei itu menunjukkan"
    speaker_joiners: frozenset[str]  # join several speakers in one subject: "Huawei dan Beijing"
    speaker_leaders: frozenset[str]  # open such a list: "Baik ... dan ..."
    non_speakers: frozenset[str]  # subjects that never make a claim: the reporter, the article
    discourse_words: frozenset[str]  # capitalised only at a sentence start, never part of a name
    noise_line_prefixes: tuple[str, ...]  # open lines of web furniture: "baca juga", "read more"

    # --- Numbers, currencies and units ---
    decimal_comma: bool  # the tie-break when a text's numbers leave it open: "2,5" (id) or "2.5" (en)
    scale_words: dict[str, float]  # after a number: "14,6 triliun", "35 ribu", "2 million"
    number_words: dict[str, int]  # "dua", "twenty"
    number_multipliers: dict[str, int]  # multiply what precedes them: "dua puluh lima" = 25
    teen_word: str  # adds ten instead of multiplying: "dua belas" = 12 (empty where there is none)
    fraction_words: dict[str, float]  # "setengah", "half"; as a share they become percent
    one_words: frozenset[str]  # make a count only together with a scale: "satu juta"
    currency_names: dict[str, str]  # currency names after the amount → ISO code: "500 dolar AS"
    scale_only_currencies: frozenset[str]  # money only after a scale word: "23.6 million pounds"
    percent_words: tuple[str, ...]  # "%", "persen", "percentage points"
    measure_units: dict[str, str]  # units of measure as written → singular name
    qualifiers: tuple[str, ...]  # approximations before a number: "sekitar", "about"
    direction_up: frozenset[str]  # a change upwards: "naik", "rose"
    direction_down: frozenset[str]  # a change downwards: "turun", "fell"
    change_from: frozenset[str]  # before the earlier figure of "dari X menjadi Y"
    change_to: frozenset[str]  # before the later one
    change_to_after_from: frozenset[str]  # before the later one, only with a `change_from` word too
    reverse_change: tuple[str, ...]  # "Y, naik dibandingkan ... X": the later figure comes first
    range_joiners: tuple[str, ...]  # between two numbers of a range: "Rp 10-15 juta"
    alternative_joiners: tuple[str, ...]  # between alternatives: "5 atau 6 orang"
    range_openers: frozenset[str]  # open a range: "antara", "between"
    range_and: tuple[str, ...]  # its "and": "antara 10 dan 15 persen"
    time_units: frozenset[str]  # a number before these is a duration, age or date: "9 tahun penjara"
    months: frozenset[str]  # month names and abbreviations
    month_numbers: dict[str, int]  # month name or abbreviation → 1-12 (to read a stated date)
    month_abbreviations: tuple[str, ...]  # how a date shown to a reader writes each month: "Agu"
    date_format: str  # how such a date is written: "{day} {month} {year}"
    date_words: frozenset[str]  # every word of a date or time of day (weekdays, months, "kemarin")
    numbering_before: frozenset[str]  # a number after these is numbering: "Pasal 27", "UU No. 11"
    count_cues: frozenset[str]  # a bare small number after these is still an amount: "sebanyak 6"
    not_nouns: frozenset[str]  # words after a number that are not the counted noun
    determiners: frozenset[str]  # before a number word, make it a reference: "kedua pihak"
    share_of: frozenset[str]  # after a fraction or count, make it a share: "setengah dari"
    share_in: str  # pattern after a number for "6 in 10 voters" (groups: word or number); "" if none
    vague_amounts: tuple[str, ...]  # said as "a few", not counted: "satu atau dua"
    not_a_share: frozenset[str]  # after "half of", a clause: a comparison, not a share
    personal_nouns: frozenset[str]  # family counted in words is a personal detail: "ayah dua anak"
    singular_endings: tuple[tuple[str, str], ...]  # plural ending → singular, first match wins

    # --- What a figure is about ---
    subject_links: frozenset[str]  # link a subject to its figure: "nilai ekspor mencapai Rp 5 T"
    subject_stops: frozenset[str]  # end a subject, reading away from the figure
    subject_prepositions: frozenset[str]  # what an amount is for or in: "$500,000 on TV ads"
    verb_prefixes: tuple[str, ...]  # mark a verb, which ends a subject: "meningkatkan", "dibeli"
    verb_suffixes: tuple[str, ...]  # mark a verb by ending: "raised"
    verb_min_length: int  # shortest word those affixes mark as a verb
    not_verbs: frozenset[str]  # only look like verbs: "menteri", "indeed"
    generic_nouns: frozenset[str]  # counted nouns too bare to say what is counted: "3.371 unit"
    subject_determiners: frozenset[str]  # leading words not part of what is counted: "para peserta"

    # --- Sentences ---
    sentence_abbreviations: frozenset[str]  # their full stop does not end a sentence, no final dot

    # --- Answering questions ---
    stop_words: frozenset[str]  # carry no topic in a question or a claim
    compounds: dict[tuple[str, str], str]  # two words folded to one term: "kerja sama" = "kerjasama"
    synonyms: dict[str, str]  # same meaning, one term, shared across languages where the news meets
    title_abbreviations: dict[str, str]  # titles as readers abbreviate them: "menlu"
    who_openers: tuple[str, ...]  # how a question opens when it asks whose words ...
    figure_openers: tuple[str, ...]  # ... how much ...
    when_openers: tuple[str, ...]  # ... or when
    topic_marks: tuple[str, ...]  # end the speaker's slot and start the topic: "soal", "about"
    question_frames: tuple[str, ...]  # patterns capturing `speaker`, `topic` (and `verb`) of a question
    question_speech_verbs: frozenset[str]  # verbs of saying in a question, which carry no topic
    question_cues: frozenset[str]  # tell a question's language, for the reply
    particles: tuple[str, ...]  # stripped before stemming: "katanya" → "kata"
    prefixes: tuple[tuple[str, str, str], ...]  # (prefix, letter it dropped, pattern of what follows)
    suffixes: tuple[str, ...]  # inflections, longest first
    prefixed_suffixes: tuple[str, ...]  # suffixes stripped only after a prefix was
    short_root_suffixes: tuple[str, ...]  # endings that may leave a three-letter root: "vowed" → "vow"
    translations: dict[str, tuple[str, ...]]  # topic words → their words in another language, read both ways

    why_empty: dict[str, str]  # the fields this language leaves empty, each with the reason


def from_tables(code: str, namespace: dict[str, Any]) -> Lexicon:
    """A language's Lexicon from its module's tables: field `speech_verbs` is the table `SPEECH_VERBS`.

    A table missing or left over is an error at import, so every language fills every field."""
    tables = {
        name.lower(): value
        for name, value in namespace.items()
        if name.isupper() and not name.startswith("_")
    }
    return Lexicon(code=code, **tables)


FIELDS = tuple(f.name for f in fields(Lexicon))
