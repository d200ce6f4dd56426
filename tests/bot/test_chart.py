"""The hand-drawn PNG chart is a valid PNG of the promised size, with the points drawn."""

from __future__ import annotations

import struct
import zlib

import pytest

from bot.chart import HEIGHT, POINT, WIDTH, line_chart


def decode(png: bytes) -> tuple[int, int, bytes]:
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    pos, idat, size = 8, b"", (0, 0)
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind, data = png[pos + 4 : pos + 8], png[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", png[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(kind + data) & 0xFFFFFFFF
        if kind == b"IHDR":
            size = struct.unpack(">II", data[:8])
        elif kind == b"IDAT":
            idat += data
        pos += 12 + length
    return size[0], size[1], zlib.decompress(idat)


def test_chart_is_a_valid_png_with_points() -> None:
    width, height, raw = decode(line_chart([392e6, 800e6, 650e6]))
    assert (width, height) == (WIDTH, HEIGHT)
    assert len(raw) == height * (1 + width * 3)
    assert bytes(POINT) in raw


def test_one_point_is_no_chart() -> None:
    with pytest.raises(ValueError):
        line_chart([1.0])
