"""Reading questions in both languages: kind, language, the speaker's slot and the topic terms."""

from __future__ import annotations

import pytest

from kutip.answer.questions import is_question_like, parse_question
from kutip.answer.terms import terms


@pytest.mark.parametrize(
    ("question", "kind", "language", "speaker", "topic"),
    [
        ("Apa kata Lavrov soal 5G?", "said", "id", "lavrov", ["5g"]),
        ("Apa kata Lavrov tentang 5G?", "said", "id", "lavrov", ["5g"]),
        ("apa kata lavrov mengenai 5g", "said", "id", "lavrov", ["5g"]),
        ("Lavrov bilang apa soal Huawei?", "said", "id", "lavrov", ["huawei"]),
        ("Apa pernyataan Menlu Rusia?", "said", "id", "menlu rusia", []),
        ("Apa yang dikatakan Putin tentang kecerdasan buatan?", "said", "id", "putin", ["ai"]),
        ("Apa yang diminta Pramono kepada Kementerian Keuangan?", "said", "id", "pramono", ["minta"]),
        (
            "Apa dalih Suila Rohill soal sertifikat tanah kavling?",
            "said",
            "id",
            "suila rohill",
            ["sertifikat"],
        ),
        ("Kapan Putin bicara soal AI?", "when", "id", "putin", ["ai"]),
        ("Siapa yang bilang Huawei meneruskan data ke China?", "who", "id", "", ["huawei", "terus", "china"]),
        ("Siapa yang menyebut Huawei meneruskan data ke China?", "who", "id", "", ["huawei", "terus"]),
        ("Berapa nilai transaksi Huawei di Rusia?", "figure", "id", "", ["nilai", "transaksi", "huawei"]),
        ("What did Lavrov say about 5G?", "said", "en", "lavrov", ["5g"]),
        ("What has Putin said about AI?", "said", "en", "putin", ["ai"]),
        (
            "What did Clinton's campaign report about her cash balance?",
            "said",
            "en",
            "clinton campaign",
            ["cash"],
        ),
        ("What did Trump vow to do about Carrier?", "said", "en", "trump", ["vow", "carrier"]),
        ("Who said Huawei passes user data to China?", "who", "en", "", ["huawei", "pengguna", "china"]),
        ("How many IT specialists will be trained?", "figure", "en", "", ["spesialis", "latih"]),
        ("Who said 5G is important?", "who", "en", "", ["5g", "penting"]),
        ("Who wants cooperation on technology?", "who", "en", "", ["kerjasama", "teknologi"]),
        ("When did Putin talk about AI?", "when", "en", "putin", ["ai"]),
        ("How large is the budget?", "figure", "en", "", ["anggar"]),
        ("Bagaimana tanggapan Prabowo terkait MBG?", "said", "id", "prabowo", ["mbg"]),
    ],
)
def test_question_kind_slot_and_topic(question, kind, language, speaker, topic):
    q = parse_question(question)
    assert (q.kind, q.language, " ".join(q.speaker_words)) == (kind, language, speaker)
    assert set(topic) <= set(q.topic)
    assert not set(q.speaker_words) & set(q.topic) or not speaker


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Apa pernyataan Menlu Rusia?", ["menteri luar negeri rusia", "menlu rusia"]),
        ("Apa kata Menteri Keuangan soal dana?", ["menkeu", "menteri keuangan"]),
        (
            "Apa kata jubir KPK Budi Prasetyo soal aset?",
            ["juru bicara kpk budi prasetyo", "budi prasetyo", "kpk"],
        ),
        ("What did the American Action Network say?", ["american action network"]),
        ("What did Gov Newsom say about taxes?", ["governor newsom", "gov newsom"]),
    ],
)
def test_speaker_names_spell_titles_both_ways(question, names):
    assert set(names) <= set(parse_question(question).speaker_names())


@pytest.mark.parametrize(
    "question",
    [
        "Siapa yang menuduh Clinton dipengaruhi kelompok kepentingan?",  # Clinton is the topic, not the speaker
        "Who accused Clinton of being influenced by special interest groups?",
        "Berapa jumlah penerima MBG?",
    ],
)
def test_questions_without_a_speaker_slot(question):
    q = parse_question(question)
    assert (q.speaker_words == () and q.speaker_names() == [] and "clinton" in q.topic) or "mbg" in q.topic


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("kerja sama", "kerjasama"),
        ("bekerja sama", "kerjasama"),
        ("meneruskan", "diteruskan"),
        ("penerusan", "meneruskan"),
        ("membantah", "dibantah"),
        ("menyampaikan", "disampaikan"),
        ("kecerdasan buatan", "AI"),
        ("vowed", "vows"),
        ("Tiongkok", "China"),
    ],
)
def test_word_forms_fold_to_one_term(a, b):
    assert terms(a) == terms(b)


@pytest.mark.parametrize(
    ("word", "kept"),
    [("Mercedes", "merced"), ("persen", "persen"), ("Mexico", "mexico"), ("Pennsylvania", "pennsylvania")],
)
def test_foreign_words_keep_their_shape(word, kept):
    assert terms(word) == [kept]


@pytest.mark.parametrize(("text", "ok"), [("Apa kata Lavrov?", True), ("???", False), ("", False)])
def test_question_like(text, ok):
    assert is_question_like(text) is ok
