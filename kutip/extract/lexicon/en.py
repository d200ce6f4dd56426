"""English lexicon: function words, speech verbs, pronouns, roles, numbers."""

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
    "urged pointed showed shows found finds cited cites believes believed thinks thought"
)

# Verbs that follow a quote or clause and precede the speaker: '"...," said Trump'.
POSTPOSED_VERBS = _words("said says added adds told explained noted wrote continued promises")

# Introduces the source: "according to exit polling data, ...".
SOURCE_PREPOSITIONS = ("according to", "as reported by", "as quoted by")

SOURCE_CLITICS = _words("")

# Participles that add a claim to the clause's own subject: "Trump announced ..., saying it set a benchmark".
PARTICIPLES = _words("saying adding noting warning arguing insisting claiming condemning calling explaining")

# Open a relative clause inside an appositive: "Parker Eaton, who voted for JFK, said".
RELATIVE_PRONOUNS = _words("who which whose")

COMPLEMENTIZERS = _words("that")

# Words that may sit between speaker and verb: "Sanders has accused", "Trump also said".
SKIP_BEFORE_VERB = _words("also has have had then later again previously repeatedly publicly once")

PRONOUNS = _words("he she they it")
PLURAL_PRONOUNS = _words("they")

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
    "germany america u.s us uk kremlin"
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
