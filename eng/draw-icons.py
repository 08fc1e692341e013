#!/usr/bin/env python3
"""Draws the Teams app icons of Osby.TeamsBot (src/Osby.TeamsBot/AppManifest/color.png and outline.png).

The artwork is our own: a speech bubble with a check mark ("a question answered the right way").
It is drawn from a few signed-distance shapes and written as 8-bit RGBA, non-interlaced PNG with nothing but the
Python standard library (zlib, struct), so the icons can be redrawn on any machine:

    python3 eng/draw-icons.py

Teams' rules for the two icons (learn.microsoft.com, "Teams app icons"):
- color.png: 192x192, full colour; the background colour should match the manifest's accentColor.
- outline.png: 32x32, white (#FFFFFF) on a transparent background, nothing else.
The output is deterministic: the same script writes byte-identical files.
"""

import math
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.join(HERE, "..", "src", "Osby.TeamsBot", "AppManifest")

# Osby blue (the manifest's accentColor) and a fresh green for the check mark.
BLUE = (0x00, 0x5A, 0x9C)
GREEN = (0x4C, 0xA6, 0x3A)
WHITE = (0xFF, 0xFF, 0xFF)


# --- shapes, in a unit square (0..1, y down); each returns a signed distance (negative inside) ---

def rounded_rect(x, y, left, top, right, bottom, radius):
    cx, cy = (left + right) / 2, (top + bottom) / 2
    hx, hy = (right - left) / 2 - radius, (bottom - top) / 2 - radius
    qx, qy = abs(x - cx) - hx, abs(y - cy) - hy
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    inside = min(max(qx, qy), 0.0)
    return outside + inside - radius


def segment_distance(x, y, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (ax + t * dx), y - (ay + t * dy))


def polygon(x, y, points):
    distance = min(segment_distance(x, y, *points[i], *points[(i + 1) % len(points)]) for i in range(len(points)))
    inside = False
    for i in range(len(points)):
        (x1, y1), (x2, y2) = points[i], points[(i + 1) % len(points)]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return -distance if inside else distance


def polyline(x, y, points, half_width):
    return min(segment_distance(x, y, *points[i], *points[i + 1]) for i in range(len(points) - 1)) - half_width


BUBBLE = (0.16, 0.18, 0.84, 0.70, 0.13)          # left, top, right, bottom, corner radius
TAIL = [(0.28, 0.62), (0.46, 0.62), (0.26, 0.85)]  # the bubble's tail, bottom left
CHECK = [(0.33, 0.44), (0.45, 0.56), (0.67, 0.32)]


def bubble(x, y):
    return min(rounded_rect(x, y, *BUBBLE), polygon(x, y, TAIL))


def color_pixel(x, y):
    """Blue background, white bubble, green check mark."""
    if polyline(x, y, CHECK, 0.055) <= 0:
        return GREEN
    if bubble(x, y) <= 0:
        return WHITE
    return BLUE


def outline_alpha(x, y):
    """The bubble's outline and the check mark, as coverage (True = white)."""
    stroke = 2.2 / 32
    return abs(bubble(x, y)) <= stroke / 2 or polyline(x, y, CHECK, stroke / 2) <= 0


# --- rendering and PNG writing ---

def render(size, samples, shade):
    """Supersamples shade(x, y) on a samples x samples grid per pixel; returns rows of RGBA bytes."""
    rows = []
    n = samples * samples
    for py in range(size):
        row = bytearray()
        for px in range(size):
            r = g = b = a = 0.0
            for sy in range(samples):
                for sx in range(samples):
                    x = (px + (sx + 0.5) / samples) / size
                    y = (py + (sy + 0.5) / samples) / size
                    value = shade(x, y)
                    if value is None:
                        continue
                    r, g, b, a = r + value[0], g + value[1], b + value[2], a + 1
            if a == 0:
                row += bytes((0, 0, 0, 0))
            else:
                row += bytes((round(r / a), round(g / a), round(b / a), round(255 * a / n)))
        rows.append(bytes(row))
    return rows


def write_png(path, size, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA, deflate, filter 0, no interlace
    raw = b"".join(b"\x00" + row for row in rows)                 # filter type None on every row
    with open(path, "wb") as stream:
        stream.write(b"\x89PNG\r\n\x1a\n")
        stream.write(chunk(b"IHDR", header))
        stream.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        stream.write(chunk(b"IEND", b""))


def main():
    write_png(os.path.join(TARGET, "color.png"), 192, render(192, 4, color_pixel))
    write_png(os.path.join(TARGET, "outline.png"), 32, render(32, 8, lambda x, y: WHITE if outline_alpha(x, y) else None))


if __name__ == "__main__":
    main()
