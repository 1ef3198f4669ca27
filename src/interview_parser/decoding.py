"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030, Big5.

Chinese archives still hold GB18030 and Big5 files. Both are tried only when
the bytes are not UTF-8; when both decode, the one whose Han characters fall
in the common GB2312 set wins for GB18030 (Big5 bytes read as GB18030 land
outside it), otherwise Big5.
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


def _gb2312_share(text: str) -> float:
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not han:
        return 1.0
    common = 0
    for char in han:
        try:
            char.encode("gb2312")
        except UnicodeEncodeError:
            continue
        common += 1
    return common / len(han)


def _position(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    return line, offset - start + 1


def decode_bytes(data: bytes, *, encoding: str | None = None, name: str = "<bytes>") -> tuple[str, str]:
    """Decoded text and the encoding used; raises :class:`DecodingError` when none fits."""
    if encoding is not None:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            line, column = _position(data, exc.start)
            raise DecodingError(
                f"{name}: cannot decode byte 0x{data[exc.start]:02x} at offset {exc.start} as {encoding}",
                offset=exc.start,
                line=line,
                column=column,
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
    if len(candidates) == 2 and _gb2312_share(candidates[0][0]) < 0.95:
        return candidates[1]
    if candidates:
        return candidates[0]
    line, column = _position(data, first_error.start)
    raise DecodingError(
        f"{name}: byte 0x{data[first_error.start]:02x} at offset {first_error.start} is not valid "
        "UTF-8, GB18030 or Big5; pass encoding= to choose one",
        offset=first_error.start,
        line=line,
        column=column,
    ) from first_error


def read_text(path: str | os.PathLike[str], *, encoding: str | None = None) -> tuple[str, str]:
    """Read ``path`` as bytes and decode it; see :func:`decode_bytes`."""
    data = Path(path).read_bytes()
    return decode_bytes(data, encoding=encoding, name=os.fspath(path))
