"""Invariance: line ends, BOM, trailing white space, NFC/NFD and Chinese script do not change the structure."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from interview_parser import Interview, parse
from interview_parser.normalize import converter
from interview_parser.render import structure
from interview_parser.strategies import Rendered, markdownish_text, rendered_interviews

DOCS = rendered_interviews()


def _shape(doc: Interview) -> tuple[object, ...]:
    """Same turns, same speaker keys, same sections."""
    return (
        [(t.key, t.role, len(t.text.split("\n\n"))) for t in doc.turns],
        [s.key for s in doc.speakers],
        [(s.level, len(s.intro)) for s in doc.sections],
        len(doc.preamble),
    )


def _same(a: Interview, b: Interview) -> None:
    """Equal data, but for the source spans: they point into two different texts."""
    assert _without_spans(a.to_dict()) == _without_spans(b.to_dict())


def _without_spans(data: dict[str, object]) -> dict[str, object]:
    turns = data["turns"]
    assert isinstance(turns, list)
    return {**data, "turns": [{k: v for k, v in t.items() if k not in ("span", "label_span")} for t in turns]}


@given(st.one_of(DOCS.map(lambda c: c.text), markdownish_text()), st.sampled_from(("\r\n", "\r", "\r\r\n")))
def test_invariance_line_endings(text: str, newline: str) -> None:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _same(parse(text), parse(text.replace("\n", newline)))


@given(st.one_of(DOCS.map(lambda c: c.text), markdownish_text()))
def test_invariance_leading_bom(text: str) -> None:
    _same(parse(text), parse("\ufeff" + text))


@given(DOCS, st.lists(st.sampled_from((" ", "\t", "  ", "\u3000")), min_size=1, max_size=3))
def test_invariance_trailing_white_space(case: Rendered, pads: list[str]) -> None:
    lines = case.text.split("\n")
    padded = "\n".join(line + pads[i % len(pads)] for i, line in enumerate(lines))
    assert structure(parse(padded)) == structure(parse(case.text))


@given(st.one_of(DOCS.map(lambda c: c.text), markdownish_text()))
def test_invariance_nfc_nfd(text: str) -> None:
    _same(parse(unicodedata.normalize("NFC", text)), parse(unicodedata.normalize("NFD", text)))


@given(DOCS)
def test_invariance_opencc_t2s(case: Rendered) -> None:
    converted = converter("t2s").convert(case.text)
    assert _shape(parse(converted)) == _shape(parse(case.text))


@given(DOCS)
def test_invariance_opencc_s2t(case: Rendered) -> None:
    converted = converter("s2t").convert(case.text)
    assert _shape(parse(converted)) == _shape(parse(case.text))
