"""Lenient by default, strict on request: both agree on what is wrong and where."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interview_parser import InterviewParseError, Parser, parse
from interview_parser.decoding import decode_bytes
from interview_parser.strategies import Rendered, markdownish_text, rendered_interviews

STRICT = Parser(strict=True)


@given(markdownish_text())
def test_strict_raises_exactly_the_first_lenient_diagnostic(text: str) -> None:
    lenient = parse(text)
    if not lenient.diagnostics:
        assert STRICT.parse(text) == lenient
        return
    first = lenient.diagnostics[0]
    with pytest.raises(InterviewParseError) as caught:
        STRICT.parse(text)
    exc = caught.value
    assert (exc.code, exc.msg, exc.line, exc.column) == (first.code, first.message, first.line, first.column)


@given(rendered_interviews())
def test_strict_accepts_every_generated_interview_but_unattributed_intros(case: Rendered) -> None:
    if any(section.intro for section in case.doc.sections):
        with pytest.raises(InterviewParseError) as caught:
            STRICT.parse(case.text)
        assert caught.value.code == "unattributed-text"
    else:
        assert STRICT.parse(case.text) == parse(case.text)


@given(rendered_interviews(), st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom")))
def test_encodings_unicode_round_trip(case: Rendered, codec: str) -> None:
    if codec == "utf-16-le-bom":
        data = b"\xff\xfe" + case.text.encode("utf-16-le")
    elif codec == "utf-16-be-bom":
        data = b"\xfe\xff" + case.text.encode("utf-16-be")
    else:
        data = case.text.encode(codec)
    text, _ = decode_bytes(data)
    assert text.lstrip("\ufeff") == case.text
    assert parse(text).turns == parse(case.text).turns


@given(rendered_interviews(script="hans"))
def test_encodings_gb18030_is_detected(case: Rendered) -> None:
    data = case.text.encode("gb18030")
    text, used = decode_bytes(data)
    assert text == case.text
    assert used == ("utf-8" if case.text.isascii() else "gb18030")
