"""A small PNG line chart of a subject's figures over time, drawn by hand (zlib + struct, no plotting
library): points in date order, joined by a line; the caption carries the numbers and dates.

`line_chart([392e6, 800e6, 900e6])` → PNG bytes of a 480×240 chart.
"""

from __future__ import annotations

import itertools
import struct
import zlib

WIDTH, HEIGHT, MARGIN = 480, 240, 24
BACKGROUND = (255, 255, 255)
AXIS = (120, 120, 120)
GRID = (230, 230, 230)
LINE = (32, 96, 192)
POINT = (200, 40, 40)


class Canvas:
    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.pixels = bytearray(bytes(BACKGROUND) * (width * height))

    def dot(self, x: int, y: int, colour: tuple[int, int, int]) -> None:
        if 0 <= x < self.width and 0 <= y < self.height:
            i = (y * self.width + x) * 3
            self.pixels[i : i + 3] = bytes(colour)

    def line(self, x0: int, y0: int, x1: int, y1: int, colour: tuple[int, int, int], thick: int = 1) -> None:
        """Bresenham, thickened by drawing neighbours."""
        dx, dy = abs(x1 - x0), -abs(y1 - y0)
        sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
        err = dx + dy
        while True:
            for ox in range(thick):
                for oy in range(thick):
                    self.dot(x0 + ox, y0 + oy, colour)
            if x0 == x1 and y0 == y1:
                return
            e2 = 2 * err
            if e2 >= dy:
                err, x0 = err + dy, x0 + sx
            if e2 <= dx:
                err, y0 = err + dx, y0 + sy

    def square(self, x: int, y: int, radius: int, colour: tuple[int, int, int]) -> None:
        for ox in range(-radius, radius + 1):
            for oy in range(-radius, radius + 1):
                self.dot(x + ox, y + oy, colour)

    def png(self) -> bytes:
        stride = self.width * 3
        raw = b"".join(
            b"\x00" + bytes(self.pixels[y * stride : (y + 1) * stride]) for y in range(self.height)
        )
        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return (
            b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(raw, 9))
            + _chunk(b"IEND", b"")
        )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def line_chart(values: list[float], width: int = WIDTH, height: int = HEIGHT) -> bytes:
    """Values in time order, evenly spaced; the y axis spans 0 (or the minimum, if negative) to the maximum."""
    if len(values) < 2:
        raise ValueError("a chart needs at least two points")
    canvas = Canvas(width, height)
    low, high = min(0.0, *values), max(0.0, *values)
    span = (high - low) or 1.0
    left, right, top, bottom = MARGIN, width - MARGIN, MARGIN, height - MARGIN
    for i in range(1, 4):
        y = top + (bottom - top) * i // 4
        canvas.line(left, y, right, y, GRID)
    canvas.line(left, top, left, bottom, AXIS, 2)
    canvas.line(left, bottom, right, bottom, AXIS, 2)
    points = [
        (left + (right - left) * i // (len(values) - 1), bottom - round((v - low) / span * (bottom - top)))
        for i, v in enumerate(values)
    ]
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        canvas.line(x0, y0, x1, y1, LINE, 2)
    for x, y in points:
        canvas.square(x, y, 3, POINT)
    return canvas.png()
