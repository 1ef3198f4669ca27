"""Spans: every emphasis span and source line range is inside its bounds."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from interview_parser import Interview, parse
from interview_parser.source import normalize, split_lines
from interview_parser.strategies import Rendered, hostile_text, markdownish_text, rendered_interviews

TEXT = st.one_of(markdownish_text(), hostile_text())


def _line_ranges(doc: Interview) -> list[tuple[int, int]]:
    return [t.lines for t in doc.turns] + [s.lines for s in doc.sections] + [m.lines for m in doc.media]


@given(TEXT)
def test_spans_emphasis_inside_turn_text(text: str) -> None:
    for turn in parse(text).turns:
        for span in turn.emphasis:
            assert 0 <= span.start < span.end <= len(turn.text)
            assert span.kind in ("strong", "em")


@given(TEXT)
def test_spans_emphasis_never_starts_or_ends_in_white_space(text: str) -> None:
    for turn in parse(text).turns:
        assert turn.text == turn.text.strip() or not turn.text.strip()
        for span in turn.emphasis:
            assert turn.text[span.start : span.end].strip()


@given(TEXT)
def test_spans_line_ranges_inside_the_document(text: str) -> None:
    doc = parse(text)
    count = len(split_lines(normalize(text)))
    for first, last in _line_ranges(doc):
        assert 1 <= first <= last <= count
    for diagnostic in doc.diagnostics:
        assert 1 <= diagnostic.line <= max(count, 1)
        assert diagnostic.column >= 1


@given(rendered_interviews())
def test_spans_generated_emphasis_marks_the_same_words(case: Rendered) -> None:
    doc = parse(case.text)
    want = [[t.text[e.start : e.end] for e in t.emphasis] for t in case.doc.turns]
    got = [[t.text[e.start : e.end] for e in t.emphasis] for t in doc.turns]
    assert got == want


@given(rendered_interviews())
def test_spans_turn_lines_point_at_their_label(case: Rendered) -> None:
    doc = parse(case.text)
    lines = split_lines(normalize(case.text))
    for turn in doc.turns:
        assert turn.label is not None
        label_line = lines[turn.lines[0] - 1]
        assert turn.label in label_line


def _source_spans_hold(text: str) -> None:
    """Every turn's span is in the text given; its label span inside it and reading as the label."""
    for turn in parse(text).turns:
        assert turn.span is not None
        start, end = turn.span
        assert 0 <= start <= end <= len(text)
        if turn.label_span is not None:
            first, last = turn.label_span
            assert start <= first < last <= end
            assert turn.label is not None
            assert normalize(text[first:last]).replace("****", "") == turn.label  # bold split into runs inside


@given(TEXT)
def test_spans_source_spans_inside_the_text_given(text: str) -> None:
    _source_spans_hold(text)


@given(rendered_interviews(), st.sampled_from(("\n", "\r\n", "\r", "\r\r\n")), st.booleans(), st.booleans())
def test_spans_source_spans_point_into_the_original_text(case: Rendered, newline: str, bom: bool, nfd: bool) -> None:
    text = case.text.replace("\n", newline)
    if nfd:
        text = unicodedata.normalize("NFD", text)
    text = ("\ufeff" if bom else "") + text
    _source_spans_hold(text)
    doc = parse(text)
    for turn in doc.turns:
        assert turn.label_span is not None  # the generated conventions write every label as read
        assert turn.span is not None
        assert text[turn.span[0] : turn.span[1]].startswith(("**", "【", "[", "#", text[turn.label_span[0]]))
        last_line = split_lines(normalize(text))[turn.lines[1] - 1]
        assert normalize(text[turn.span[0] : turn.span[1]]).endswith(last_line.strip())
