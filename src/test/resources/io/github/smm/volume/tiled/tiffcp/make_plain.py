#!/usr/bin/env python3
"""Writes the uncompressed source stacks of the tiffcp fixtures (see README.md) with the standard
library only: one directory per page, one strip per page, little-endian."""
import math
import struct


def write(name, w, h, pages, bits, fmt, pack):
    data = bytearray(b"II*\0\0\0\0\0")
    ifds = []
    for page in pages:
        offset = len(data)
        data += b"".join(struct.pack("<" + pack, v) for v in page)
        if len(data) % 2:
            data += b"\0"
        entries = [(256, 4, w), (257, 4, h), (258, 3, bits), (259, 3, 1), (262, 3, 1), (273, 4, offset),
                   (277, 3, 1), (278, 4, h), (279, 4, len(page) * bits // 8), (284, 3, 1), (339, 3, fmt)]
        ifds.append(len(data))
        data += struct.pack("<H", len(entries))
        for tag, typ, value in entries:
            data += struct.pack("<HHI", tag, typ, 1) + (struct.pack("<HH", value, 0) if typ == 3 else struct.pack("<I", value))
        data += b"\0\0\0\0"
    struct.pack_into("<I", data, 4, ifds[0])
    for a, b in zip(ifds, ifds[1:]):
        n = struct.unpack_from("<H", data, a)[0]
        struct.pack_into("<I", data, a + 2 + 12 * n, b)
    open(name, "wb").write(data)


W, H = 24, 18
write("plain8.tif", W, H, [[(x * 3 + y * 5 + z * 40 + ((x // 8 + y // 5) % 2) * 60) % 256 for y in range(H) for x in range(W)] for z in range(3)], 8, 1, "B")
write("plain16.tif", W, H, [[(x * 700 + y * 300 + z * 5000) % 65536 for y in range(H) for x in range(W)] for z in range(2)], 16, 1, "H")
write("plainf.tif", W, H, [[math.sin(x / 5) * 1000 + y * 0.25 - z * 3.5 for y in range(H) for x in range(W)] for z in range(2)], 32, 3, "f")
