"""The extraction entry point: claims and figures together, and the cycle collector left as found."""

import gc

import pytest

from kutip.extract import extract
from kutip.extract.claims import find_claims

SEED = '"Kami siap bekerja sama dengan Huawei," kata Menteri Luar Negeri Rusia Sergei Lavrov. Nilainya US$ 392 juta.'


def test_a_figure_inside_a_claim_sentence_is_linked_to_it() -> None:
    result = extract("Lavrov mengatakan nilai transaksi naik menjadi US$ 800 juta tahun ini.")
    assert [c.speaker.name for c in result.claims] == ["Lavrov"]
    assert [(f.value, f.unit, f.claim_index) for f in result.figures] == [(800e6, "USD", 0)]


def test_the_collector_is_back_on_after_reading() -> None:
    assert gc.isenabled()
    extract(SEED)
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        extract(SEED)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_back_on_when_reading_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str, language: str) -> list:
        raise RuntimeError("a bug in a rule")

    monkeypatch.setattr("kutip.extract.find_claims", broken)
    with pytest.raises(RuntimeError):
        extract(SEED)
    assert gc.isenabled()
    assert find_claims(SEED, "id")  # the real one is untouched
