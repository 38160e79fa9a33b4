"""Turn a campaign file's bytes into text, or say in plain words which encoding it has.

Editors use Notepad on Windows: "Unicode" there is UTF-16 and "ANSI" is an 8-bit code
page (Windows-1258 for Vietnamese). PyYAML would fail on both with a traceback or, worse,
read mojibake, so the bytes are checked before any parsing.
"""

from __future__ import annotations

import codecs

UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


class EncodingProblem(ValueError):
    """The file is not UTF-8: `code` is a message code, `line` where it shows (1-based)."""

    def __init__(self, code: str, line: int) -> None:
        super().__init__(code)
        self.code, self.line = code, line


def decode(raw: bytes) -> str:
    """UTF-8 text of a file (a UTF-8 byte-order mark is allowed and dropped).

    Raises EncodingProblem("encoding_utf16", 1) for UTF-16/32 ("Unicode" in Notepad) and
    EncodingProblem("encoding_legacy", line) for 8-bit files, with the first line that is
    not UTF-8, so the editor sees where the accented letters went wrong.
    """
    # UTF-32 LE starts with the UTF-16 LE mark too: test the longer marks first.
    if raw.startswith(UTF32_BOMS) or raw.startswith(UTF16_BOMS):
        raise EncodingProblem("encoding_utf16", 1)
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    if b"\x00" in raw:
        # UTF-16 without a mark: every ASCII letter comes with a zero byte.
        raise EncodingProblem("encoding_utf16", 1)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EncodingProblem("encoding_legacy", raw.count(b"\n", 0, exc.start) + 1) from None
