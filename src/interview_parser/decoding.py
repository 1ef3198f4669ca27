"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030, Big5.

Chinese archives still hold GB18030 and Big5 files. Both are tried only when
the bytes are not UTF-8. When both decode, each reading is scored by the
share of its Han characters that are common in that encoding's script
(GB2312 for GB18030, Big5 level 1 for Big5): text read in the wrong
encoding is mojibake, whose characters are rarely common. GB18030 wins
ties, so Simplified text with a few Traditional names stays GB18030.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from .errors import DecodingError

__all__ = ["decode_bytes", "read_text"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _common_share(text: str, codec: str) -> float:
    """Share of the Han characters of ``text`` that are common in ``codec``'s script.

    Common means in GB2312 for ``gb2312``, and in Big5 level 1 (lead bytes
    0xA4-0xC6, the frequent characters) for ``big5``.
    """
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not han:
        return 1.0
    common = 0
    for char in han:
        try:
            encoded = char.encode(codec)
        except UnicodeEncodeError:
            continue
        common += codec != "big5" or 0xA4 <= encoded[0] <= 0xC6
    return common / len(han)


def _position(data: bytes, offset: int, codec: str) -> tuple[int, int, str]:
    """1-based line and column (in characters) of byte ``offset``, and that line's text.

    The bytes before ``offset`` decode cleanly in ``codec`` (the decoder
    stopped there), so counting is done on text, which is right for UTF-16
    too; the line is shown with undecodable bytes replaced.
    """
    before = data[:offset].decode(codec, "replace")
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    rest = data[offset:].decode(codec, "replace")
    text = before[before.rfind("\n") + 1 :] + rest.split("\n", 1)[0]
    return line, column, text.rstrip("\r").lstrip("\ufeff")


def decode_bytes(data: bytes, *, encoding: str | None = None, name: str = "<bytes>") -> tuple[str, str]:
    """Decoded text and the encoding used; raises :class:`DecodingError` when none fits."""
    if encoding is not None:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            line, column, text = _position(data, exc.start, encoding)
            raise DecodingError(
                f"{name}: cannot decode byte 0x{data[exc.start]:02x} at offset {exc.start} as {encoding}",
                offset=exc.start,
                line=line,
                column=column,
                source_line=text,
            ) from exc
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return decode_bytes(data, encoding=codec, name=name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_error = exc
    candidates: list[tuple[str, str]] = []
    for codec in ("gb18030", "big5"):
        try:
            candidates.append((data.decode(codec), codec))
        except UnicodeDecodeError:
            continue
    if len(candidates) == 2 and _common_share(candidates[0][0], "gb2312") < _common_share(candidates[1][0], "big5"):
        return candidates[1]
    if candidates:
        return candidates[0]
    line, column, text = _position(data, first_error.start, "utf-8")
    raise DecodingError(
        f"{name}: byte 0x{data[first_error.start]:02x} at offset {first_error.start} is not valid "
        "UTF-8, GB18030 or Big5; pass encoding= to choose one",
        offset=first_error.start,
        line=line,
        column=column,
        source_line=text,
    ) from first_error


def read_text(path: str | os.PathLike[str], *, encoding: str | None = None) -> tuple[str, str]:
    """Read ``path`` as bytes and decode it; see :func:`decode_bytes`."""
    data = Path(path).read_bytes()
    return decode_bytes(data, encoding=encoding, name=os.fspath(path))
