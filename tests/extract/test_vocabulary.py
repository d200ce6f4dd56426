"""What an article says about its own words: ordinary words and names, whatever opens a sentence."""

from kutip.extract.vocabulary import Vocabulary

ARTICLE = (
    "Pelaku berdalih uangnya untuk berobat. Polisi menangkap pelaku di Bekasi, kata Kapolres Hengki. "
    "Warga mengurus e-KTP di kantor kecamatan. Hengki mengatakan pelaku sudah ditahan."
)


def test_a_word_also_written_in_lowercase_is_ordinary() -> None:
    words = Vocabulary(ARTICLE)
    assert words.written_lowercase("pelaku")
    assert not words.written_lowercase("polisi")  # only ever opens a sentence
    assert not words.written_lowercase("hengki")


def test_a_capital_straight_after_a_word_marks_a_name() -> None:
    words = Vocabulary(ARTICLE)
    assert words.capitalised_mid_sentence("hengki")  # "kata Kapolres Hengki"
    assert words.capitalised_mid_sentence("bekasi")
    assert not words.capitalised_mid_sentence("polisi")  # after a full stop
    assert not words.capitalised_mid_sentence("pelaku")


def test_only_whole_words_count() -> None:
    words = Vocabulary(ARTICLE)
    assert not words.written_lowercase("ktp")  # part of e-KTP
    assert words.written_lowercase("e-ktp")
    assert not words.written_lowercase("aku")  # inside "pelaku"


def test_offsets_survive_letters_that_lowercase_to_two() -> None:
    words = Vocabulary("İstanbul dan İzmir, kata Erdoğan. Menurut warga istanbul ramai.")
    assert words.capitalised_mid_sentence("erdoğan")
    assert words.written_lowercase("istanbul")


def test_english_names_and_common_nouns() -> None:
    words = Vocabulary(
        'Witnesses said the blast shook the street. "It was loud," said Ms. Diaz. Two witnesses left.'
    )
    assert words.written_lowercase("witnesses")
    assert words.capitalised_mid_sentence("diaz") is False  # after "Ms." the blank follows a dot
    assert not words.capitalised_mid_sentence("witnesses")
