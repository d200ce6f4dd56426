"""English lexicon: function words, speech verbs, pronouns, roles, numbers."""

# Commonest function words, for language detection.
FUNCTION_WORDS = frozenset(
    "the and of to in is that for on with as was were be by at from it this are an have has had "
    "he she they said but not or which will would who been their its".split()
)
