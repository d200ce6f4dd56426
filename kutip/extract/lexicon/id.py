"""Indonesian lexicon: function words, speech verbs, pronouns, roles, numbers."""

# Commonest function words, for language detection.
FUNCTION_WORDS = frozenset(
    "yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga atau karena sudah "
    "oleh telah bahwa kata ia dia mereka kami kita saya tersebut bisa ada lebih sebagai namun".split()
)
