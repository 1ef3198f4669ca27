"""Bytes to text: BOMs, UTF-8, GB18030 and Big5 detection, explicit encodings, and what is recorded."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from interview_parser import DecodingError, parse, parse_file
from interview_parser.decoding import decode_bytes, read_text

SIMPLIFIED = "问：今天我们谈谈城市的发展。\n\n答：好的，这个问题很重要。\n\n问：未来呢？\n\n答：机会很多。\n"
TRADITIONAL = "問：今天我們談談城市的發展。\n\n答：好的，這個問題很重要。\n\n問：未來呢？\n\n答：機會很多。\n"


def _write(tmp_path: Path, data: bytes, name: str = "talk.md") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SIMPLIFIED.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "utf-16"),
        (SIMPLIFIED.encode("gb18030"), "gb18030"),
    ],
)
def test_simplified_text_is_decoded_and_the_encoding_recorded(tmp_path: Path, data: bytes, encoding: str) -> None:
    doc = parse_file(_write(tmp_path, data))
    assert doc.encoding == encoding
    assert [(t.label, t.text) for t in doc.turns] == [(t.label, t.text) for t in parse(SIMPLIFIED).turns]
    assert len(doc.turns) == 4


def test_big5_is_detected_for_traditional_text(tmp_path: Path) -> None:
    doc = parse_file(_write(tmp_path, TRADITIONAL.encode("big5")))
    assert doc.encoding == "big5"
    assert doc.turns[1].text == "好的，這個問題很重要。"


def test_gb18030_wins_for_simplified_text_that_is_also_valid_big5() -> None:
    data = "我们的城市".encode("gb18030")
    assert data.decode("big5", "strict")  # valid in both
    assert decode_bytes(data) == ("我们的城市", "gb18030")


def test_utf8_is_preferred_over_legacy_encodings() -> None:
    assert decode_bytes(b"plain ascii") == ("plain ascii", "utf-8")
    assert decode_bytes("王坚".encode()) == ("王坚", "utf-8")


def test_the_bom_is_removed_before_parsing(tmp_path: Path) -> None:
    text = "---\ntitle: T\n---\n" + SIMPLIFIED
    doc = parse_file(_write(tmp_path, codecs.BOM_UTF8 + text.encode("utf-8")))
    assert doc.title == "T"
    assert doc.diagnostics == ()


def test_an_explicit_encoding_overrides_detection(tmp_path: Path) -> None:
    path = _write(tmp_path, TRADITIONAL.encode("big5"))
    assert parse_file(path, encoding="big5").encoding == "big5"
    # Latin-1 decodes anything: the caller's choice is honoured, not second-guessed.
    assert parse_file(path, encoding="latin-1").encoding == "latin-1"


def test_read_text_returns_text_and_encoding(tmp_path: Path) -> None:
    path = _write(tmp_path, SIMPLIFIED.encode("gb18030"))
    assert read_text(path) == (SIMPLIFIED, "gb18030")


def test_undecodable_bytes_raise_a_decoding_error_with_file_and_offset(tmp_path: Path) -> None:
    path = _write(tmp_path, b"line one\n\x80\x80\xff")
    with pytest.raises(DecodingError) as caught:
        parse_file(path)
    error = caught.value
    assert (error.offset, error.line, error.column) == (9, 2, 1)
    assert str(path) in error.msg
    assert "offset 9" in error.msg


def test_decoding_error_is_an_interview_parse_error() -> None:
    with pytest.raises(ValueError, match="is not valid UTF-8, GB18030 or Big5"):
        decode_bytes(b"\x80\xff", name="x")


def test_bytes_are_refused_by_parse() -> None:
    with pytest.raises(TypeError, match=r"decode the bytes first"):
        parse(SIMPLIFIED.encode())  # type: ignore[arg-type]
