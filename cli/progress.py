"""A progress bar for long batches on a terminal: `[########------------]  83/205`, one line of stderr.

It is drawn only where a person watches (the caller passes a stream only when stderr is a TTY), so
pipes, logs and `--json` output never see a carriage return. Lines printed meanwhile go above it:
`clear()` before printing, `advance()` after.
"""

from __future__ import annotations

from typing import TextIO

WIDTH = 30  # cells of the bar; with the counts it fits an 80-column terminal


class Progress:
    """`Progress(205, sys.stderr)`; drawn from the first `advance()`, so an error before any input
    (a database that cannot be opened) is printed on a clean line."""

    def __init__(self, total: int, stream: TextIO | None) -> None:
        self.total, self.done, self.stream = total, 0, stream

    def advance(self) -> None:
        self.done += 1
        self._draw()

    def clear(self) -> None:
        """Rub the bar out, so the next line printed starts at the left margin on a clean line."""
        if self.stream is not None and self.done:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    def _draw(self) -> None:
        if self.stream is None:
            return
        filled = WIDTH * self.done // self.total
        count = f"{self.done:>{len(str(self.total))}}/{self.total}"
        self.stream.write(f"\r[{'#' * filled}{'-' * (WIDTH - filled)}] {count}\x1b[K")
        self.stream.flush()
