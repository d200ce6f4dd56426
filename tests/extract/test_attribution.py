"""attribution.py: who a clause is attributed to, on sentences of the shared dev articles.

Each row gives the sentence, the speech verb and the speakers (name, role) the function resolves;
`SALIENT` is a speaker the article named earlier, for pronouns and role nouns to point at.
"""

from __future__ import annotations

import pytest

from kutip.extract.claims.attribution import (
    past_adverbials,
    possessive,
    source_owner,
    speaker_after,
    subject_before,
    titled_name,
)
from kutip.extract.lexicon import lexicon
from kutip.extract.speakers import Mention, SpeakerBook, Token, tokenize

SALIENT = Mention("Sergei Lavrov", role="Menteri Luar Negeri Rusia")


def setting(lang: str, text: str, *, salient: bool = False) -> tuple[list[Token], SpeakerBook]:
    book = SpeakerBook(lexicon(lang))
    if salient:
        book.attend(book.mention(SALIENT))
    return tokenize(text, 0, len(text)), book


def at(tokens: list[Token], word: str) -> int:
    return next(i for i, t in enumerate(tokens) if t.text == word)


def named(book: SpeakerBook, idents: list[int]) -> list[tuple[str, str | None]]:
    return [(book.speaker(i).name, book.speaker(i).role) for i in idents]


BEFORE = [
    # a name just before the verb (id-000), past an opening occasion phrase
    (
        "id",
        "Dalam forum Q&A itu, Lavrov menegaskan bahwa Rusia tidak berniat untuk meniru Amerika Serikat.",
        "menegaskan",
        [("Lavrov", None)],
    ),
    # the name in an appositive after its title (id-008)
    (
        "id",
        "Kepala Dinas Kesehatan (Dinkes) Lombok Barat, Erni Suryana, mengatakan jumlah itu jauh berkurang.",
        "mengatakan",
        [("Erni Suryana", None)],  # the bracketed short form keeps the title from becoming her role
    ),
    # the role in an appositive after the name (en-001)
    ("en", "Jeff Weaver, Sanders' campaign manager, said in a statement.", "said", [("Jeff Weaver", None)]),
    # a bracket between the name and the verb (en-008)
    (
        "en",
        "Senate Minority Leader Harry M. Reid (D-Nev.) said the bill was shameful.",
        "said",
        [("Harry M. Reid", "Senate Minority Leader")],
    ),
    # two speakers (id-000)
    (
        "id",
        "Baik Huawei dan Beijing menolak klaim itu dan balik mengecam langkah tersebut.",
        "menolak",
        [("Huawei", None), ("Beijing", None)],
    ),
    # a source noun phrase speaks for itself (en-001, en-010)
    (
        "en",
        "In all, the Vermont senator has raised nearly $73million for his White House battle, campaign "
        "officials said.",
        "said",
        [("campaign officials", None)],
    ),
    ("en", "Witnesses said bodies of victims were strewn over the road.", "said", [("Witnesses", None)]),
    # a time phrase between subject and verb
    ("en", "Trump on Tuesday said he would win.", "said", [("Trump", None)]),
    (
        "id",
        "Kapolres Metro Bekasi Kombes Mustofa, Selasa (21/10/2025), mengatakan pelaku ditangkap.",
        "mengatakan",
        [("Mustofa", "Kapolres Metro Bekasi")],
    ),
    # negatives: a passive with its agent after the verb, nobody before the verb
    ("id", "Hal itu disampaikan oleh Lavrov.", "disampaikan", []),
    ("en", "Said to be the largest, the truck was rented.", "Said", []),
]


@pytest.mark.parametrize(("lang", "text", "verb", "expected"), BEFORE)
def test_subject_before(lang: str, text: str, verb: str, expected: list) -> None:
    tokens, book = setting(lang, text)
    assert named(book, subject_before(tokens, at(tokens, verb), 0, book)) == expected


SALIENT_BEFORE = [
    # a role noun alone is the speaker holding it (id-000), a pronoun the salient speaker
    ("id", "Menteri juga mencatat bagaimana Presiden Rusia Vladimir Putin menyebutkan.", "mencatat"),
    ("id", "Ia menegaskan Rusia siap bekerja sama.", "menegaskan"),
]


@pytest.mark.parametrize(("lang", "text", "verb"), SALIENT_BEFORE)
def test_subject_before_points_back(lang: str, text: str, verb: str) -> None:
    tokens, book = setting(lang, text, salient=True)
    assert named(book, subject_before(tokens, at(tokens, verb), 0, book)) == [
        ("Sergei Lavrov", "Menteri Luar Negeri Rusia")
    ]


def test_subject_before_looks_no_further_back_than_lo() -> None:
    text = "Lavrov, dalam forum itu, menegaskan bahwa Rusia siap."
    tokens, book = setting("id", text)
    verb = at(tokens, "menegaskan")
    assert subject_before(tokens, verb, verb, book) == []


AFTER = [
    # a postposed verb, then the name (id-001) or a title and the name (id-007)
    ("id", '"Kami siap," kata Pramono di Stasiun MRT Dukuh Atas.', "kata", [("Pramono", None)]),
    (
        "id",
        '"Pelaku ditangkap," kata Kapolres Metro Bekasi Kombes Mustofa dilansir Antara.',
        "kata",
        [("Mustofa", "Kapolres Metro Bekasi")],
    ),
    # the role in an appositive after the name (en-005, en-008)
    (
        "en",
        '"It is a big bet," said Mike Shields, the president of the American Action Network.',
        "said",
        [("Mike Shields", "the president of the American Action Network")],
    ),
    (
        "en",
        '"It hurts," said Irwin Redlener, a pediatrician and director of the National Center.',
        "said",
        [("Irwin Redlener", "a pediatrician and director of the National Center")],
    ),
    # a title partly in lowercase before the name
    (
        "en",
        '"It is over," said Clinton spokesman Brian Fallon.',
        "said",
        [("Brian Fallon", "Clinton spokesman")],
    ),
    ("id", '"Kami siap," kata jubir KPK Budi Prasetyo.', "kata", [("Budi Prasetyo", "jubir KPK")]),
    # a party to the case, then the name in apposition
    ("en", '"I saw it," said the victim, Sarah Jones.', "said", [("Sarah Jones", "victim")]),
    ("id", '"Saya tidak tahu," kata korban, Siti Aminah.', "kata", [("Siti Aminah", "korban")]),
    # negative: the pronoun opens the reported clause, not a speaker
    ("en", "The campaign said he did not see the letter.", "said", []),
]


@pytest.mark.parametrize(("lang", "text", "verb", "expected"), AFTER)
def test_speaker_after(lang: str, text: str, verb: str, expected: list) -> None:
    tokens, book = setting(lang, text)
    assert named(book, speaker_after(tokens, at(tokens, verb), len(tokens), book)) == expected


@pytest.mark.parametrize(
    ("lang", "text", "verb"),
    [("id", '"Kami siap," ujarnya.', "ujarnya"), ("id", '"Kami siap," kata dia.', "kata")],  # id-001
)
def test_speaker_after_a_clitic_or_pronoun_is_the_salient_speaker(lang: str, text: str, verb: str) -> None:
    tokens, book = setting(lang, text, salient=True)
    assert named(book, speaker_after(tokens, at(tokens, verb), len(tokens), book)) == [
        ("Sergei Lavrov", "Menteri Luar Negeri Rusia")
    ]


def test_speaker_after_with_no_one_to_point_at() -> None:
    tokens, book = setting("id", '"Kami siap," ujarnya.')
    assert speaker_after(tokens, at(tokens, "ujarnya"), len(tokens), book) == []


TITLED = [
    ("en", "White House press secretary Josh Earnest", "Josh Earnest", "White House press secretary"),
    ("id", "kuasa hukum terdakwa, Andi Wijaya", "Andi Wijaya", "kuasa hukum terdakwa"),
    ("id", "jubir KPK Budi Prasetyo", "Budi Prasetyo", "jubir KPK"),
]


@pytest.mark.parametrize(("lang", "text", "name", "role"), TITLED)
def test_titled_name(lang: str, text: str, name: str, role: str) -> None:
    tokens, book = setting(lang, text)
    found = titled_name(tokens, 0, len(tokens), book)
    assert found is not None
    mention, end = found
    assert (mention.name, mention.role, end) == (name, role, len(tokens))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "the spokesman for the Sanders campaign"),  # the name only qualifies the title
        ("en", "the money came from small donors"),  # no role word
        ("id", "juru bicara"),  # a title with no name after it
    ],
)
def test_titled_name_negatives(lang: str, text: str) -> None:
    tokens, book = setting(lang, text)
    assert titled_name(tokens, 0, len(tokens), book) is None


ADVERBIALS = [
    # (text, the verb, the subject's last word that past_adverbials lands on)
    ("id", "Kapolres, Senin (12/2), mengatakan", "mengatakan", "Kapolres"),
    ("id", "Pelaku pada 24 Februari 2024 berdalih", "berdalih", "Pelaku"),
    ("en", "Trump on Tuesday said", "said", "Trump"),
    ("en", "The minister, speaking in Jakarta, said", "said", "minister"),
    ("en", "The minister said", "said", "minister"),  # nothing to pass over
]


@pytest.mark.parametrize(("lang", "text", "verb", "subject"), ADVERBIALS)
def test_past_adverbials(lang: str, text: str, verb: str, subject: str) -> None:
    tokens, book = setting(lang, text)
    landed = past_adverbials(tokens, at(tokens, verb) - 1, 0, book.lex)
    assert tokens[landed].text == subject


def test_source_owner_is_the_owned_organisation() -> None:
    # en-001: "according to figures her campaign released Friday", Clinton named before
    book = SpeakerBook(lexicon("en"))
    book.attend(book.mention(Mention("Hillary Clinton")))
    owner = source_owner("figures her campaign released Friday".split(), book)
    assert owner is not None
    assert book.speaker(owner).name == "Hillary Clinton's campaign"
    assert source_owner("figures released Friday".split(), book) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Hillary Clinton", "Hillary Clinton's"), ("Bernie Sanders", "Bernie Sanders'")],
)
def test_possessive(name: str, expected: str) -> None:
    assert possessive(name) == expected
