"""Read a PNG's chunk list (stdlib only): what a file carries besides its pixels."""

from __future__ import annotations

SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Pixels only: header, palette, transparency of palette entries, data, end. Anything
# else (tEXt/iTXt/zTXt text, tIME, pHYs, gAMA/cHRM/sRGB/iCCP colour data, eXIf) is
# metadata a share card does not need.
PIXEL_CHUNKS = frozenset({"IHDR", "PLTE", "tRNS", "IDAT", "IEND"})


def chunks(data: bytes) -> list[str]:
    """The chunk types of a PNG, in order."""
    assert data[:8] == SIGNATURE, "not a PNG"
    out, pos = [], 8
    while pos < len(data):
        length = int.from_bytes(data[pos:pos + 4], "big")
        out.append(data[pos + 4:pos + 8].decode("ascii"))
        pos += 12 + length
    return out
