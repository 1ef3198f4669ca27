"""Bytes to text: BOMs, UTF-8, UTF-16, GB18030, Big5 and Windows-1252 detection, explicit encodings,
file objects, and what is recorded (the encoding, and a diagnostic when it was guessed)."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interview_parser import DecodingError, InterviewParseError, Parser, parse, parse_file
from interview_parser.decoding import decode, decode_bytes, read_text
from interview_parser.strategies import Rendered, rendered_interviews

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
    with pytest.raises(ValueError, match="not plausible GB18030, Big5, Windows-1252 or UTF-16 text"):
        decode_bytes(b"\x80\xff", name="x")


def test_bytes_are_refused_by_parse() -> None:
    with pytest.raises(TypeError, match=r"decode the bytes first"):
        parse(SIMPLIFIED.encode())  # type: ignore[arg-type]


# --- Western single-byte files: Windows-1252 and Latin-1 ------------------------------------

WORD = (
    "**Host:** So it\u2019s been a year.\n\n**Guest:** It\u2019s been \u201cquite\u201d a year \u2013 don\u2019t ask.\n\n"
    "**Host:** Caf\xe9s?\n\n**Guest:** Two caf\xe9s, na\xefvely.\n"
)


def test_a_word_file_with_curly_apostrophes_is_windows_1252_not_gb18030(tmp_path: Path) -> None:
    data = WORD.encode("cp1252")
    assert b"it\x92s been".decode("gb18030") == "it抯 been"  # the old reading
    doc = parse_file(_write(tmp_path, data))
    assert doc.encoding == "cp1252"
    assert doc.turns[0].text == "So it\u2019s been a year."
    assert doc.turns[1].text == "It\u2019s been \u201cquite\u201d a year \u2013 don\u2019t ask."
    assert doc.turns[3].text == "Two caf\xe9s, na\xefvely."


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"Two caf\xe9s", "Two caf\xe9s"),
        (b"Na\xefve question", "Na\xefve question"),
        (b"Se\xf1or Garc\xeda", "Se\xf1or Garc\xeda"),
        (b"it\x92s", "it\u2019s"),
        (b"\xc0 la carte, s\xfc\xdf", "\xc0 la carte, s\xfc\xdf"),
        (b"Cr\xe9\xe9e \xe0 Gen\xe8ve", "Cr\xe9\xe9e \xe0 Gen\xe8ve"),
    ],
)
def test_latin_1_words_are_not_read_as_chinese(data: bytes, text: str) -> None:
    assert decode_bytes(data) == (text, "cp1252")


VOCABULARY = (
    "caf\xe9", "na\xefve", "se\xf1or", "Garc\xeda", "\xe0", "d\xe9j\xe0", "\xfcber", "Stra\xdfe", "fa\xe7ade", "co\xf6perate",
    "It\u2019s", "don\u2019t", "\u201cyes\u201d", "\u2013", "\u2014", "more\u2026", "r\xe9sum\xe9", "M\xfcller", "S\xe3o", "a\xf1o",
    "the", "a", "of", "we", "said", "Paulo", "year", "\u20ac5", "50\xb0C", "\xbd", "Fran\xe7ois", "na\xeff", "El\xe8ve", "\xa1Hola!", "\xbfQu\xe9?",
)


@given(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=40))
def test_western_text_in_windows_1252_decodes_back(words: list[str]) -> None:
    text = " ".join(words)
    decoded = decode(text.encode("cp1252"))
    assert decoded.text == text
    assert decoded.encoding == ("utf-8" if text.isascii() else "cp1252")


@given(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=40))
def test_western_text_is_never_read_as_chinese(words: list[str]) -> None:
    text = " ".join(words)
    try:
        decoded = decode(text.encode("cp1252"))
    except DecodingError:
        return
    assert not any("\u4e00" <= c <= "\u9fff" for c in decoded.text)


def test_a_guess_is_reported_with_the_encoding_and_how_sure(tmp_path: Path) -> None:
    doc = parse_file(_write(tmp_path, b"**Q:** Ready?\n\n**A:** Oui, c\x92est \xe7a.\n"))
    assert doc.encoding == "cp1252"
    (diagnostic,) = doc.diagnostics
    assert diagnostic.code == "encoding-guessed"
    assert (diagnostic.line, diagnostic.column) == (3, 14)  # the first character the guess decided
    assert "cp1252 (Windows-1252), confidence 1.00" in diagnostic.message
    assert "GB18030 0.00" in diagnostic.message
    with pytest.raises(InterviewParseError, match="Encoding guessed: cp1252"):
        Parser(strict=True).parse_file(tmp_path / "talk.md")
    assert parse_file(tmp_path / "talk.md", encoding="cp1252").diagnostics == ()


def test_chinese_guesses_are_sure_and_utf8_is_not_a_guess(tmp_path: Path) -> None:
    simplified = decode(SIMPLIFIED.encode("gb18030"))
    traditional = decode(TRADITIONAL.encode("big5"))
    assert (simplified.encoding, traditional.encoding) == ("gb18030", "big5")
    assert simplified.confidence > 0.5
    assert traditional.confidence > 0.5
    assert [d.code for d in simplified.diagnostics] == ["encoding-guessed"]
    assert decode(SIMPLIFIED.encode()).diagnostics == ()
    assert decode(SIMPLIFIED.encode()).confidence == 1.0


def test_mixed_chinese_and_latin_stays_chinese() -> None:
    text = "主持人：你用Python写代码吗？A股呢？\n\n嘉宾：用，B站上也讲过iPhone的事。\n"
    assert decode_bytes(text.encode("gb18030")) == (text, "gb18030")
    assert decode_bytes(text.encode("big5", "ignore")) == (text.encode("big5", "ignore").decode("big5"), "big5")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_recognised(codec: str) -> None:
    decoded = decode(SIMPLIFIED.encode(codec))
    assert (decoded.text, decoded.encoding) == (SIMPLIFIED, codec)
    assert decoded.diagnostics[0].code == "encoding-guessed"


def test_other_scripts_in_a_single_byte_encoding_are_refused_not_mangled() -> None:
    russian = "Интервью: как это было? Ответ: очень просто.".encode("koi8-r")
    with pytest.raises(DecodingError, match="pass encoding= to choose one"):
        decode_bytes(russian)
    assert decode_bytes(russian, encoding="koi8-r")[1] == "koi8-r"


# --- file objects -------------------------------------------------------------------


def test_parse_file_reads_an_open_binary_file(tmp_path: Path) -> None:
    path = _write(tmp_path, TRADITIONAL.encode("big5"))
    with path.open("rb") as handle:
        doc = parse_file(handle)
    assert doc.encoding == "big5"
    assert doc == parse_file(path)
    assert parse_file(io.BytesIO(SIMPLIFIED.encode("gb18030"))).turns == parse(SIMPLIFIED).turns


def test_parse_file_reads_an_open_text_file(tmp_path: Path) -> None:
    path = _write(tmp_path, SIMPLIFIED.encode("utf-8"))
    with path.open(encoding="utf-8") as handle:
        doc = parse_file(handle)
    assert doc.encoding == "utf-8"
    assert doc.turns == parse(SIMPLIFIED).turns
    from_string = parse_file(io.StringIO(SIMPLIFIED))
    assert from_string.encoding is None
    assert from_string.turns == doc.turns
    assert Parser().parse_file(io.StringIO(SIMPLIFIED)).turns == doc.turns


def test_file_object_errors_are_clear(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="open it with 'rb'"):
        parse_file(io.StringIO("x"), encoding="gb18030")
    with pytest.raises(TypeError, match="expected a path or an open file, not int"):
        parse_file(3)  # type: ignore[arg-type]
    path = _write(tmp_path, b"ok \x80\xff\xfe")
    with path.open("rb") as handle, pytest.raises(DecodingError, match=r"talk\.md: byte 0x80 at offset 3"):
        parse_file(handle)


@given(rendered_interviews(script="hant"))
def test_traditional_interviews_in_big5_are_detected(case: Rendered) -> None:
    try:
        data = case.text.encode("big5")
    except UnicodeEncodeError:  # a character Big5 lacks
        return
    decoded = decode(data)
    assert decoded.text == case.text
    assert decoded.encoding == ("utf-8" if case.text.isascii() else "big5")


@given(rendered_interviews(script="hans"), st.sampled_from(["utf-16-le", "utf-16-be"]))
def test_interviews_in_utf16_without_a_bom_are_detected(case: Rendered, codec: str) -> None:
    decoded = decode(case.text.encode(codec))
    assert (decoded.text, decoded.encoding) == (case.text, codec) or case.text == ""
