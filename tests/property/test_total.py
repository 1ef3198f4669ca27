"""Totality: parse returns an Interview for every str; strict mode raises only our error."""

from __future__ import annotations

import os
import tempfile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interview_parser import DecodingError, Interview, InterviewParseError, Parser, parse, parse_file
from interview_parser.strategies import hostile_text, markdownish_text

STRICT = Parser(strict=True)


def _strict(text: str) -> tuple[Interview | None, InterviewParseError | None]:
    try:
        return STRICT.parse(text), None
    except InterviewParseError as exc:
        return None, exc


def _read(path: str) -> tuple[Interview | None, DecodingError | None]:
    try:
        return parse_file(path), None
    except DecodingError as exc:
        return None, exc


@given(hostile_text())
def test_total_parse_returns_an_interview_for_every_str(text: str) -> None:
    assert isinstance(parse(text), Interview)


@given(markdownish_text())
def test_total_parse_returns_an_interview_for_markdownish_text(text: str) -> None:
    assert isinstance(parse(text), Interview)


@given(st.one_of(hostile_text(), markdownish_text()))
def test_total_strict_raises_nothing_but_the_package_error(text: str) -> None:
    doc, error = _strict(text)
    if error is not None:
        assert error.line >= 1
        assert error.column >= 1
        assert error.msg in str(error)
    else:
        assert doc is not None
        assert doc.diagnostics == ()


@given(st.binary(max_size=200))
def test_total_parse_file_decodes_or_raises_decoding_error(data: bytes) -> None:
    handle, path = tempfile.mkstemp(suffix=".md")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        doc, error = _read(path)
        if error is not None:
            assert path in error.msg
            assert 0 <= error.offset < len(data)
        else:
            assert doc is not None
            assert doc.encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "big5", "cp1252")
    finally:
        os.unlink(path)


@given(st.binary(min_size=1, max_size=50))
def test_total_bytes_are_refused_with_a_type_error_naming_the_fix(data: bytes) -> None:
    with pytest.raises(TypeError, match=r"parse_file\(path\)"):
        parse(data)  # type: ignore[arg-type]


# Found by this suite: html.parser raised AssertionError on these; fixed in the HTML stage (48fc2f0).
@given(st.sampled_from(("<![0", "<b>x</b><![0", "<p><![A x", "x <![ 1 y")))
def test_total_html_marked_section_fragments(text: str) -> None:
    assert isinstance(parse(text), Interview)
