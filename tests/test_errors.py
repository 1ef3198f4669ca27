"""Every error type, with its exact message: what was expected, where, and the line with a marker."""

from __future__ import annotations

import datetime
import json
import pickle
from pathlib import Path

import pytest

from interview_parser import (
    DecodingError,
    Diagnostic,
    FrontMatterError,
    InterviewParseError,
    parse,
    parse_file,
)
from interview_parser.export import to_convokit, to_webvtt
from interview_parser.source import ascii_digits


def _strict_error(text: str) -> InterviewParseError:
    with pytest.raises(InterviewParseError) as caught:
        parse(text, strict=True)
    return caught.value


def test_base_error_message_shows_the_line_and_a_marker() -> None:
    error = InterviewParseError("Expected a speaker label", line=3, column=5, source_line="abcdefg")
    assert str(error) == "Expected a speaker label (at line 3, column 5)\n    abcdefg\n        ^"
    assert (error.line, error.column, error.code) == (3, 5, "error")


def test_base_error_without_a_source_line_names_the_position_only() -> None:
    error = InterviewParseError("Expected a speaker label", line=7)
    assert str(error) == "Expected a speaker label (at line 7, column 1)"


def test_base_error_leaves_out_an_overlong_line() -> None:
    error = InterviewParseError("Expected x", line=1, column=2, source_line="y" * 201)
    assert str(error) == "Expected x (at line 1, column 2)"


def test_label_without_speech_in_strict_mode() -> None:
    text = "**Host:** Hi.\n\n**Ana Lima:** Yes.\n\n**Host:**\n\n**Ana Lima:** No.\n\n**Host:** Bye.\n"
    error = _strict_error(text)
    assert type(error) is InterviewParseError
    assert error.code == "label-without-speech"
    assert str(error) == (
        "Speaker label 'Host' has no speech after it: expected text on the same or the next line"
        " (at line 5, column 1)\n    **Host:**\n    ^"
    )


def test_label_without_speech_is_a_diagnostic_when_lenient() -> None:
    text = "**Host:** Hi.\n\n**Ana Lima:** Yes.\n\n**Host:**\n\n**Ana Lima:** No.\n\n**Host:** Bye.\n"
    assert parse(text).diagnostics == (
        Diagnostic(
            "label-without-speech",
            "Speaker label 'Host' has no speech after it: expected text on the same or the next line",
            5,
            1,
        ),
    )


def test_unattributed_text_in_strict_mode() -> None:
    text = "## Early years\n\nSome words.\n\n**Host:** Hi.\n\n**Ana Lima:** Yes.\n\n**Host:** Ok.\n\n**Ana Lima:** No.\n"
    error = _strict_error(text)
    assert error.code == "unattributed-text"
    assert str(error) == (
        "Text after a heading belongs to no speaker: expected a speaker label; kept as the section's intro"
        " (at line 3, column 1)\n    Some words.\n    ^"
    )


def test_unclosed_yaml_front_matter() -> None:
    error = _strict_error("---\ntitle: x\n\n**A:** hi\n")
    assert type(error) is FrontMatterError
    assert error.code == "frontmatter-unclosed"
    assert str(error) == "Unclosed YAML front matter: expected a closing '---' line (at line 1, column 1)\n    ---\n    ^"


def test_unclosed_toml_front_matter() -> None:
    error = _strict_error("+++\ntitle = 'x'\n\n**A:** hi\n")
    assert type(error) is FrontMatterError
    assert str(error) == "Unclosed TOML front matter: expected a closing '+++' line (at line 1, column 1)\n    +++\n    ^"


def test_unclosed_front_matter_is_a_diagnostic_when_lenient() -> None:
    doc = parse("---\ntitle: x\n\nbody\n")
    assert [(d.code, d.line, d.column) for d in doc.diagnostics] == [("frontmatter-unclosed", 1, 1), ("no-turns", 1, 1)]


def test_invalid_toml_value_points_into_the_front_matter() -> None:
    error = _strict_error("+++\ntitle = \n+++\nbody\n")
    assert type(error) is FrontMatterError
    assert error.code == "frontmatter-invalid"
    assert str(error) == "Invalid TOML front matter: Invalid value (at line 2, column 8)\n    title =\n           ^"


def test_yaml_front_matter_that_is_not_a_mapping() -> None:
    error = _strict_error("---\n- a\n- b\n---\nbody\n")
    assert type(error) is FrontMatterError
    assert str(error) == (
        "Invalid YAML front matter: expected key/value pairs, got list (at line 2, column 1)\n    - a\n    ^"
    )


def test_front_matter_error_is_caught_as_the_base_error() -> None:
    with pytest.raises(InterviewParseError):
        parse("---\ntitle: x\n", strict=True)


def test_decoding_error_names_the_file_offset_and_line(tmp_path: Path) -> None:
    path = tmp_path / "talk.md"
    path.write_bytes(b"**Host:** hi\nok \xff\xfe\xfd\xfc\x80 there\n")
    with pytest.raises(DecodingError) as caught:
        parse_file(path)
    error = caught.value
    assert (error.offset, error.line, error.column, error.code) == (16, 2, 4, "decoding")
    assert str(error) == (
        f"{path}: byte 0xff at offset 16 is not valid UTF-8, and the bytes are not plausible GB18030, Big5,"
        " Windows-1252 or UTF-16 text; pass encoding= to choose one"
        " (at line 2, column 4)\n    ok \ufffd\ufffd\ufffd\ufffd\ufffd there\n       ^"
    )


def test_decoding_error_with_an_explicit_encoding(tmp_path: Path) -> None:
    path = tmp_path / "gb.md"
    path.write_bytes("问：你好\n".encode("gb18030"))
    with pytest.raises(DecodingError) as caught:
        parse_file(path, encoding="utf-8")
    assert str(caught.value) == (
        f"{path}: cannot decode byte 0xce at offset 0 as utf-8 (at line 1, column 1)"
        "\n    \ufffd\u02a3\ufffd\ufffd\ufffd\ufffd\n    ^"
    )


def test_decoding_error_column_counts_characters_in_utf16(tmp_path: Path) -> None:
    path = tmp_path / "u16.md"
    path.write_bytes(b"\xff\xfe" + "ab\ncd".encode("utf-16-le") + b"\x00\xd8")
    with pytest.raises(DecodingError) as caught:
        parse_file(path)
    error = caught.value
    assert (error.line, error.column, error.offset) == (2, 3, 12)
    assert str(error) == f"{path}: cannot decode byte 0x00 at offset 12 as utf-16 (at line 2, column 3)\n    cd\ufffd\n      ^"


def test_bytes_given_to_parse_raise_a_type_error_that_names_the_fix() -> None:
    with pytest.raises(TypeError) as caught:
        parse(b"**Host:** hi")  # type: ignore[arg-type]
    assert str(caught.value) == (
        "parse() takes str, not bytes: decode the bytes first (text = data.decode('utf-8'))"
        " or call parse_file(path), which detects the encoding"
    )


def test_other_types_given_to_parse_raise_a_type_error() -> None:
    with pytest.raises(TypeError) as caught:
        parse(3)  # type: ignore[arg-type]
    assert str(caught.value) == "parse() takes str, not int"


@pytest.mark.parametrize(
    "error",
    [
        InterviewParseError("Expected x", line=2, column=3, source_line="abc", code="c"),
        FrontMatterError("Unclosed", line=1, column=1, source_line="---", code="frontmatter-unclosed"),
        DecodingError("f: bad", offset=9, line=2, column=4, source_line="ab\ufffd"),
    ],
)
def test_errors_pickle_with_message_and_position(error: InterviewParseError) -> None:
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert (str(again), again.line, again.column, again.code) == (str(error), error.line, error.column, error.code)


def test_diagnostic_to_error_picks_the_subclass() -> None:
    assert type(Diagnostic("frontmatter-invalid", "m", 2).to_error()) is FrontMatterError
    assert type(Diagnostic("label-without-speech", "m", 2).to_error()) is InterviewParseError


# --- issue 16: digits newer than Python's Unicode tables ------------------------------------------

_KAWI = "".join(chr(0x11F50 + d) for d in range(10))


def _kawi(number: str) -> str:
    return "".join(_KAWI[int(d)] if d.isdigit() else d for d in number)


def test_a_kawi_date_is_read_not_a_crash() -> None:
    assert parse(_kawi("2024-01-01")).date == datetime.date(2024, 1, 1)


def test_a_kawi_timestamp_exports_to_webvtt_and_convokit(tmp_path: Path) -> None:
    doc = parse(f"**Ana:** [{_kawi('12:34')}] Hi.\n\n**Bo:** [00:13:00] Yes.\n\n**Ana:** ok?\n\n**Bo:** ok.")
    assert doc.turns[0].timestamp == _kawi("12:34")
    assert "00:12:34.000 --> " in to_webvtt(doc)
    to_convokit([("x", doc)], tmp_path)
    first = json.loads((tmp_path / "utterances.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert first["timestamp"] == 754.0


def test_ascii_digits_reads_every_script() -> None:
    assert ascii_digits(_kawi("0123456789") + " ٣ ३ 7") == "0123456789 3 3 7"
