"""Peak memory on pages of repeated short lines: what each stage shares instead of copying.

``benchmarks/hostile.py --memory`` holds the 1 MB cases to 40x the input;
the suite holds the same cases at 128 KB, and checks the sharing each
saving rests on, so a change that undoes one fails here first.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_parser import parse
from interview_parser.blocks import scan_lines
from interview_parser.conventions import DEFAULT_CONVENTIONS
from interview_parser.decide import decide_labels
from interview_parser.gutter import strip_gutter
from interview_parser.parser import DEFAULT_PARSER
from interview_parser.source import split_lines
from scripts import load_script

HOSTILE = load_script("hostile_benchmark", Path(__file__).parents[1] / "benchmarks" / "hostile.py")
BUILDERS = {name: build for name, _, build, _ in HOSTILE.CASES}


@pytest.mark.parametrize(
    "name", ["label_storm", "images_line", "stars", "blank_lines", "header_repeats", "bold_words_line"]
)
def test_peak_memory_of_a_hostile_page_is_held(name: str) -> None:
    assert name in HOSTILE.MEMORY_CASES
    assert HOSTILE.peak_ratio(BUILDERS[name](128 * 1024)) <= HOSTILE.MAX_MEMORY_RATIO


@pytest.mark.parametrize("name", ["between_rules", "quoted_labels", "field_headings"])
def test_peak_memory_of_a_page_of_one_line_turns_is_held(name: str) -> None:
    assert name in HOSTILE.MEMORY_CASES
    assert HOSTILE.peak_ratio(BUILDERS[name](128 * 1024)) <= HOSTILE.MAX_MEMORY_RATIO


def test_a_label_written_where_its_turn_starts_shares_the_start() -> None:
    doc = parse("Intro " + "x" * 300 + "\n\n" + "Q: Why?\nA: Because.\n" * 3)
    span, label = doc.turns[0].span, doc.turns[0].label_span
    assert span == (308, 315)
    assert label == (308, 309)
    assert label[0] is span[0]  # one int object: the spans are made from one flat array


def test_equal_short_speech_is_one_string() -> None:
    doc = parse("**Ana:** Yes.\n\n**Bo:** Yes.\n\n**Ana:** Yes.\n\n**Bo:** " + "no " * 40 + "\n")
    assert [t.text for t in doc.turns[:3]] == ["Yes."] * 3
    assert doc.turns[0].text is doc.turns[1].text is doc.turns[2].text


def test_demoted_headings_share_their_message() -> None:
    doc = parse("## K: v\n\n## K: v\n\n" + "**Ana:** hi.\n\n**Bo:** yes.\n\n" * 3)
    demoted = [d for d in doc.diagnostics if d.code == "heading-demoted"]
    assert [d.line for d in demoted] == [1, 3]
    assert demoted[0].message is demoted[1].message


def test_repeated_short_lines_are_one_string() -> None:
    filler = "\n".join(f"line {n}" for n in range(3000))
    lines = split_lines("Q: x\nA: y  \nQ: x\n" + "z" * 100 + "\n" + "z" * 100 + "\n" + filler)
    assert lines[:5] == ["Q: x", "A: y", "Q: x", "z" * 100, "z" * 100]
    assert lines[0] is lines[2]
    assert lines[3] is not lines[4]  # long lines rarely repeat: not looked up


def test_a_short_text_is_not_looked_up_line_by_line() -> None:
    lines = split_lines("Q: " + "x" * 5 + "\n" + "Q: " + "x" * 5)
    assert lines == ["Q: xxxxx", "Q: xxxxx"]
    assert lines[0] is not lines[1]  # the lookup costs more time than so few copies are worth


def test_equal_label_matches_are_one_object() -> None:
    body = scan_lines([(1, "**Ana:** Hi."), (2, ""), (3, "**Bo:** Yes."), (4, ""), (5, "**Ana:** Hi.")])
    found = DEFAULT_PARSER._detect(body)
    assert found[0] == found[2]
    assert found[0] is found[2]


def test_rejected_labels_share_their_ruling_and_message() -> None:
    doc = parse("Q: x\nQ: x\nQ: x\n")
    rejected = [d for d in doc.diagnostics if d.code == "label-rejected"]
    assert [d.line for d in rejected] == [1, 2, 3]
    assert rejected[0].message is rejected[1].message is rejected[2].message
    body = scan_lines([(n, "Q: x") for n in (1, 2, 3)])
    verdict = decide_labels(body, DEFAULT_PARSER._detect(body), DEFAULT_CONVENTIONS, {})
    assert verdict.rulings[0] is verdict.rulings[1] is verdict.rulings[2]
    assert tuple(verdict.each_decision(rejected_only=True)) == verdict.decisions(rejected_only=True)
    assert tuple(verdict.each_decision()) == verdict.decisions()


def test_labels_without_speech_share_their_message() -> None:
    doc = parse("**Ana Lima：**\nMR. SMITH:\n**Ana Lima：**\nMR. SMITH:\n")
    speechless = [d for d in doc.diagnostics if d.code == "label-without-speech"]
    assert len(speechless) == 4
    assert speechless[0].message is speechless[2].message


def test_repeated_header_keys_share_their_message() -> None:
    doc = parse("Source: A\nSource: A\nSource: A\n\nText.\n")
    repeats = [d for d in doc.diagnostics if d.code == "header-duplicate"]
    assert [d.line for d in repeats] == [2, 3]
    assert repeats[0].message is repeats[1].message


def test_an_unnumbered_page_streams_through_the_gutter_check() -> None:
    pairs = iter([(n, f"line {n}") for n in range(1, 300)])
    out = strip_gutter(pairs)
    assert not isinstance(out, list)
    assert list(out) == [(n, f"line {n}") for n in range(1, 300)]


def test_a_page_that_may_be_numbered_keeps_its_lines_and_numbers() -> None:
    blank = [(n, "") for n in range(1, 200)]
    assert list(strip_gutter(blank)) == blank
    numbered = [(n, f"{(n - 1) % 25 + 1}   MR. LONG: Line {n}.") for n in range(1, 60)]
    assert list(strip_gutter(numbered)) == [(n, f"MR. LONG: Line {n}.") for n in range(1, 60)]


def test_a_plugin_match_holding_something_unhashable_is_kept_as_it_is() -> None:
    from interview_parser import Parser, SpeakerMatch
    from interview_parser.blocks import Line
    from interview_parser.detectors import Context

    class Listy:
        name = "listy"

        def detect(self, line: Line, context: Context) -> SpeakerMatch | None:
            if not line.text.startswith("Ana:"):
                return None
            return SpeakerMatch("Ana", 4, 5, timestamp=["0:01"], detector="listy")  # type: ignore[arg-type]

    body = scan_lines([(1, "Ana: hi"), (2, ""), (3, "Ana: hi")])
    found = Parser(detectors=[Listy()])._detect(body)
    assert found[0] == found[1]
    assert found[0] is not found[1]
