"""Conservation: every character of the body outside markup and labels lands in exactly one place."""

from __future__ import annotations

import html
import itertools
from collections import Counter

from _helpers import alnum, consumed, landed, prose_documents
from hypothesis import given

from interview_parser import parse
from interview_parser.render import structure
from interview_parser.source import normalize
from interview_parser.strategies import Rendered, markdownish_text, rendered_interviews


@given(prose_documents())
def test_conservation_every_letter_lands_exactly_once(text: str) -> None:
    doc = parse(text)
    assert alnum(landed(doc)) + alnum(consumed(doc)) == alnum([normalize(text)])


@given(markdownish_text())
def test_conservation_nothing_is_invented(text: str) -> None:
    """Every character that lands was in the text, or is what a character reference there stands for (``&lt`` is ``<``)."""
    doc = parse(text)
    written = normalize(text)
    body = Counter(c for c in written if not c.isspace()) | Counter(c for c in html.unescape(written) if not c.isspace())
    out = Counter(c for piece in landed(doc) for c in piece if not c.isspace())
    assert out <= body, out - body


@given(rendered_interviews())
def test_conservation_every_generated_paragraph_is_recovered_once(case: Rendered) -> None:
    doc = parse(case.text)
    expected = [p for t in case.doc.turns for p in t.text.split("\n\n")]
    got = [p for t in doc.turns for p in t.text.split("\n\n")]
    assert got == expected
    assert structure(doc)["preamble"] == list(case.doc.preamble)


@given(prose_documents())
def test_conservation_turn_lines_are_disjoint_and_in_order(text: str) -> None:
    doc = parse(text)
    ranges = sorted([t.lines for t in doc.turns] + [s.lines for s in doc.sections])
    for (_, last), (first, _) in itertools.pairwise(ranges):
        assert last < first
