"""One pause of Python's cycle collector shared by every thread that is reading an article.

Reading makes a token tuple per word and drops them a paragraph later; the collector, counting those
allocations, re-scans every live object again and again, which on a megabyte-long line doubles the
time and grows faster than the text. Nothing extraction builds holds reference cycles that outlive
the call, so the collector is paused while an article is read.

The collector's switch is process-wide and the bot extracts in worker threads, so a plain
`disable()`/`enable()` pair per call would let one thread's `enable` end another's pause, or leave
the collector off for good when two calls overlap (each finds it off and so never turns it back on).
The pause is therefore counted: the first reader in turns the collector off (if it was on), the last
one out turns it back on, and a collector the program had switched off itself stays off.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_readers = 0
_resume = False  # whether the first reader found the collector on


@contextmanager
def collector_paused() -> Iterator[None]:
    """Keep the cycle collector off while the body runs, in however many threads at once."""
    global _readers, _resume
    with _lock:
        if _readers == 0:
            _resume = gc.isenabled()
            gc.disable()
        _readers += 1
    try:
        yield
    finally:
        with _lock:
            _readers -= 1
            if _readers == 0 and _resume:
                gc.enable()
