"""The buttons under an answer: paging, more from the speaker, the source."""

from __future__ import annotations

from dataclasses import replace

from bot.handlers.questions import answer_keyboard
from kutip.answer.questions import parse_question
from kutip.answer.results import AnswerSet
from tests.bot.test_render import LAVROV_5G


def buttons(result: AnswerSet) -> list[str]:
    keyboard = answer_keyboard(result, "0123456789abcdef", 0, "id")
    return [b.callback_data for row in keyboard.inline_keyboard for b in row] if keyboard else []


def test_an_answer_offers_its_speaker_and_source() -> None:
    result = AnswerSet(parse_question("Apa kata Lavrov soal 5G?"), (LAVROV_5G,), total=4)
    assert buttons(result) == ["q:0123456789abcdef:3", "sp:12:0", "src:12"]


def test_a_figure_no_one_said_offers_no_speaker_or_source() -> None:
    """`BI Proyeksi Inflasi 2,5% …` is a title's figure: no claim, so no claim 0 behind a button."""
    title_figure = replace(LAVROV_5G, claim_id=0, speaker_id=0, speaker="", type="figure")
    result = AnswerSet(parse_question("Berapa inflasi menurut BI?"), (title_figure,), total=1)
    assert buttons(result) == []
