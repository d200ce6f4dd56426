"""Read a local file as text, whatever encoding a news archive saved it in.

Files come from scrapers and copy-paste: UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252.
Binary files (images, PDFs, archives) are refused rather than decoded into noise.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from kutip.ingest.errors import IngestError

MAX_FILE_BYTES = 50 * 1024 * 1024
_MISSING = frozenset({errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP})  # as `Path.exists` reads them


def read_text_file(path: str | Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    """Return the decoded text of `path`, or raise IngestError naming the problem."""
    return decode_bytes(read_file_bytes(path, max_bytes))


def read_file_bytes(path: str | Path, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most `max_bytes`; IngestError ("no such file", ...) otherwise.

    Reads at most `max_bytes + 1` bytes whatever the size claims, so a file that grows while we read
    cannot make us swallow more than the limit. One `stat` answers every check, and
    `os` functions stand in for `pathlib` (a batch of thousands of files pays for each call); the
    errors `Path.exists` reads as "missing" are reported so.
    """
    p = os.path.expanduser(path)
    try:
        size = _regular_file(p).st_size
        if size > max_bytes:
            raise IngestError(f"file too large ({size:,} bytes, limit {max_bytes:,})")
        with open(p, "rb", buffering=0) as handle:
            # sized by `stat`: a buffered read of `max_bytes + 1` would allocate the whole limit per file
            data = handle.read(size + 1)
            while size < len(data) <= max_bytes:  # it grew, or a special file that reports no size
                more = handle.read(max_bytes + 1 - len(data))
                if not more:
                    break
                data += more
    except OSError as exc:
        raise _unreadable(exc) from None
    if len(data) > max_bytes:
        raise IngestError(f"file too large (over {max_bytes:,} bytes)")
    return data


def read_lines(path: str | Path, max_line_bytes: int = MAX_FILE_BYTES) -> Iterator[bytes | IngestError]:
    """The lines of a regular file one at a time, however long the file: a `.jsonl` archive of
    thousands of articles is never held whole. A line over `max_line_bytes` comes as an IngestError
    in its place (the next line is read as usual); a file that cannot be opened raises one."""
    p = os.path.expanduser(path)
    try:
        _regular_file(p)
        handle = open(p, "rb")  # noqa: SIM115 - closed below; the errors of opening are the user's
    except OSError as exc:
        raise _unreadable(exc) from None
    with handle:
        while line := handle.readline(max_line_bytes + 1):
            if len(line) <= max_line_bytes:
                yield line
                continue
            while line and not line.endswith(b"\n"):  # skip the rest of the runaway line
                line = handle.readline(max_line_bytes + 1)
            yield IngestError(f"line too long (over {max_line_bytes:,} bytes)")


def _regular_file(p: str) -> os.stat_result:
    """One `stat` answers every check; the errors `Path.exists` reads as "missing" are reported so."""
    try:
        info = os.stat(p)
    except OSError as exc:
        if exc.errno in _MISSING:
            raise IngestError("no such file") from None
        raise
    if stat.S_ISDIR(info.st_mode):
        raise IngestError("is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise IngestError("not a regular file")
    return info


def _unreadable(exc: OSError) -> IngestError:
    if isinstance(exc, PermissionError):
        return IngestError("permission denied")
    return IngestError(f"cannot read file: {exc.strerror or type(exc).__name__}")


def decode_bytes(data: bytes) -> str:
    """Decode by BOM, then UTF-8, then Windows-1252; refuse what looks binary."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if _looks_binary(data):
        raise IngestError("binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13))  # tab, newline, form feed, CR are text


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB mark a binary file."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROLS))  # counted in C: every file passes here
    return controls / len(head) > 0.05
