"""The collector pause is counted: overlapping extractions in threads leave it as they found it."""

from __future__ import annotations

import gc
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from kutip.extract import extract
from kutip.extract.collector import collector_paused
from kutip.extract.serialize import extraction_to_json

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev"
SEED = Path(__file__).resolve().parents[2] / "seeds" / "beritabaru-lavrov-huawei-5g.txt"


def _hold_pause(entered: threading.Event, leave: threading.Event) -> None:
    with collector_paused():
        entered.set()
        leave.wait(10)


def test_the_first_reader_out_does_not_end_anothers_pause() -> None:
    a_in, a_out, b_in, b_out = (threading.Event() for _ in range(4))
    a = threading.Thread(target=_hold_pause, args=(a_in, a_out))
    b = threading.Thread(target=_hold_pause, args=(b_in, b_out))
    a.start()
    assert a_in.wait(10)
    b.start()
    assert b_in.wait(10)
    a_out.set()
    a.join(10)
    assert not gc.isenabled()  # b is still reading
    b_out.set()
    b.join(10)
    assert gc.isenabled()


def test_overlapping_readers_leave_a_collector_the_program_switched_off_off() -> None:
    gc.disable()
    try:
        a_in, a_out = threading.Event(), threading.Event()
        a = threading.Thread(target=_hold_pause, args=(a_in, a_out))
        a.start()
        assert a_in.wait(10)
        with collector_paused():
            pass
        a_out.set()
        a.join(10)
        assert not gc.isenabled()
    finally:
        gc.enable()


def _texts() -> list[str]:
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(DEV.glob("*.json"))]
    return [SEED.read_text(encoding="utf-8"), *texts]


def test_extractions_in_many_threads_give_the_same_results_and_restore_the_collector() -> None:
    texts = _texts() * 4
    alone = [extraction_to_json(extract(t)) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(lambda t: extraction_to_json(extract(t)), texts))
    assert together == alone
    assert gc.isenabled()
