"""Whole documents written in the shapes of real transcripts, against hand-made gold.

Each ``fixtures/docs/NAME.md`` has a ``NAME.json`` beside it: the speakers,
headings, every turn's speaker, first characters and section, and the title
and date the text states.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from interview_parser import Interview, parse

DOCS = Path(__file__).parent / "fixtures" / "docs"
CASES = sorted(p.stem for p in DOCS.glob("*.md"))


def _load(name: str) -> tuple[Interview, dict[str, Any]]:
    text = (DOCS / f"{name}.md").read_text(encoding="utf-8")
    gold = json.loads((DOCS / f"{name}.json").read_text(encoding="utf-8"))
    return parse(text), gold


@pytest.mark.parametrize("name", CASES)
def test_turns_match_gold(name: str) -> None:
    doc, gold = _load(name)
    got = [(t.speaker, t.section) for t in doc.turns]
    assert got == [(g["speaker"], g["section"]) for g in gold["turns"]]
    for turn, expected in zip(doc.turns, gold["turns"], strict=True):
        assert turn.text.startswith(expected["start"]), (turn.text[:30], expected["start"])
        if "timestamp" in expected:
            assert turn.timestamp == expected["timestamp"]


@pytest.mark.parametrize("name", CASES)
def test_speakers_headings_and_header_match_gold(name: str) -> None:
    doc, gold = _load(name)
    assert [s.name for s in doc.speakers] == gold["speakers"]
    assert [s.title for s in doc.sections] == gold["headings"]
    assert doc.title == gold["title"]
    assert (doc.date.isoformat() if doc.date else None) == gold["date"]
    for key, value in gold.get("metadata", {}).items():
        assert doc.metadata[key] == value
    if "preamble_starts" in gold:
        assert len(doc.preamble) == len(gold["preamble_starts"])
        for paragraph, start in zip(doc.preamble, gold["preamble_starts"], strict=True):
            assert paragraph.startswith(start)
    if "trailer" in gold:
        assert list(doc.trailer) == gold["trailer"]


def test_bold_sentence_inside_an_answer_is_emphasis_not_a_heading() -> None:
    doc, _ = _load("yaml_bold_sections")
    answer = doc.turns[1]
    bold = answer.text[answer.emphasis[0].start : answer.emphasis[0].end]
    assert bold == "钱来得太快，会让人忘记问题本身。"
    assert "钱来得太快" not in [s.title for s in doc.sections]


def test_dateline_in_bold_is_neither_label_nor_heading() -> None:
    doc, _ = _load("yaml_bold_sections")
    assert doc.preamble[0].startswith("某某新闻6月3日讯（记者 李明）当地时间")
    assert all(not s.title.startswith("某某新闻") for s in doc.sections)


def test_images_and_captions_are_media_not_speech() -> None:
    doc, _ = _load("yaml_bold_sections")
    assert [m.kind for m in doc.media] == ["image", "caption"]
    assert all("图片来源" not in t.text for t in doc.turns)


def test_turn_lines_point_at_the_source() -> None:
    text = (DOCS / "header_name_lines.md").read_text(encoding="utf-8")
    lines = text.split("\n")
    doc = parse(text)
    for turn in doc.turns:
        first, last = turn.lines
        assert lines[first - 1].strip() == turn.label
        assert turn.text.splitlines()[-1] in lines[last - 1]


def test_legend_line_is_not_a_turn() -> None:
    doc, _ = _load("qa_legend")
    assert doc.preamble == ("問：記者          黃：木匠黃師傅",)
    assert doc.turns[3].text.endswith("（註：黃師傅的工作室位於舊區。）")


def test_repeated_h1_title_is_not_a_heading() -> None:
    doc, _ = _load("news_negative")
    assert [m.kind for m in doc.media] == ["title", "title"]



def test_an_untitled_document_takes_its_date_from_the_top_but_no_guessed_title() -> None:
    doc = parse("Remarks at the Harbor Opening\n\nSEPTEMBER 2, 2024\n\nTHE MAYOR: Welcome.\n\nQ Why now?\n\n"
                "THE MAYOR: Because.\n\nQ And?\n\nTHE MAYOR: That is all.")
    assert doc.title is None
    assert doc.date is not None
    assert doc.date.isoformat() == "2024-09-02"
    assert doc.preamble[0] == "Remarks at the Harbor Opening"


def test_a_transcript_kept_in_the_front_matter_as_a_text_block() -> None:
    text = (
        "---\ntitle: Episode 4\ndate: 2023-05-02\ntranscript: |\n    _Street noise._\n\n"
        "    **Host:** Welcome to the show. Who are you?\n\n    **Mara Lind:** I repair bicycles.\n\n"
        "    **Host:** Since when?\n\n    **Mara Lind:** Since I was twelve.\nduration: PT20M\n---\n"
    )
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["Host", "Mara Lind"] * 2
    assert doc.turns[1].text == "I repair bicycles."
    assert doc.turns[1].lines == (9, 9)
    assert "transcript" not in doc.metadata
    assert doc.metadata["duration"] == "PT20M"
    assert doc.preamble == ("Street noise.",)


def test_a_transcript_kept_in_the_front_matter_as_a_list_of_items() -> None:
    text = (
        "---\ntitle: Episode 9\ntranscript:\n- header: Introduction\n"
        "- line: Today we talk about compost. Welcome,\n    Ines!\n  sec: 5\n  time: '0:05'\n  who: Tom\n"
        "- line: Thanks for having me.\n  sec: 9\n  time: '0:09'\n  who: Ines\n"
        "- header: Getting started\n"
        "- line: How do I start a heap?\n  time: '1:02'\n  who: Tom\n"
        "- line: With leaves and patience.\n  time: '1:05'\n  who: Ines\n---\n"
    )
    doc = parse(text)
    assert [(t.speaker, t.section, t.timestamp) for t in doc.turns] == [
        ("Tom", "Introduction", "0:05"), ("Ines", "Introduction", "0:09"),
        ("Tom", "Getting started", "1:02"), ("Ines", "Getting started", "1:05")]
    assert doc.turns[0].text == "Today we talk about compost. Welcome, Ines!"
    assert doc.turns[0].lines[0] == 5
    assert "transcript" not in doc.metadata
    unread = [d for d in doc.diagnostics if d.code == "transcript-keys-unread"]
    assert len(unread) == 1
    assert "'sec' (2 item(s), first at line 5)" in unread[0].message


def test_review_findings_on_front_matter_transcripts() -> None:
    # a flow list writes every item on one line: it stays metadata, whole
    flow = parse("---\ntranscript: [{who: Host, line: Hello there}, {who: Ines, line: Thanks}]\n---\n")
    assert flow.turns == ()
    assert flow.metadata["transcript"] == [{"who": "Host", "line": "Hello there"}, {"who": "Ines", "line": "Thanks"}]
    # values as written, not as YAML 1.1 types them (No, NO, 1:30)
    typed = parse("---\ntranscript:\n  - who: Host\n    line: Agreed?\n  - who: Ana\n    line: No\n"
                  "  - who: NO\n    line: Norway here.\n  - who: Host\n    line: 1:30\n---\n")
    assert [(t.speaker, t.text) for t in typed.turns] == [("Host", "Agreed?"), ("Ana", "No"), ("NO", "Norway here."), ("Host", "1:30")]
    # a quoted string with line breaks is no block of lines: it stays metadata
    quoted = parse('---\ntitle: E\ntranscript: "Host: Hi.\\nAna: Hello."\n---\nNotes.\n')
    assert quoted.metadata["transcript"] == "Host: Hi.\nAna: Hello."
    # an item whose speech is no text is named, not dropped without a word
    listed = parse("---\ntranscript:\n  - who: Host\n    line: [a, b]\n  - who: Ana\n    line: Fine.\n---\n")
    assert [t.speaker for t in listed.turns] == ["Ana"]
    unread = [d for d in listed.diagnostics if d.code == "transcript-keys-unread"]
    assert len(unread) == 1
    assert "'line' (1 item(s), first at line 3)" in unread[0].message


def test_a_front_matter_transcripts_segments_with_show_notes_below() -> None:
    # items naming no speaker are a recording's segments; the body's show notes are the preamble
    text = ("---\ntitle: Market day\ntranscription:\n  - time: '00:01'\n    text: >-\n      Welcome to the school radio. How are\n"
            "      you today?\n  - time: '00:09'\n    text: Very well.\n  - time: '00:11'\n    text: 'Fine, thanks.'\n---\n\n"
            "**Show notes.** Three students talk about the market.\n")
    doc = parse(text)
    assert [(t.speaker, t.timestamp, t.text) for t in doc.turns] == [
        (None, "00:01", "Welcome to the school radio. How are you today?"), (None, "00:09", "Very well."), (None, "00:11", "Fine, thanks.")]
    assert doc.preamble == ("Show notes. Three students talk about the market.",)
    assert doc.turns[0].lines[0] == 5


def test_a_speechless_label_among_field_lines_the_fields_drop_is_no_crash() -> None:
    # the fuzzer's find: a label alone on its line that the field lines around it had already dropped
    # was weighed again as speechless, and parse raised KeyError from deep inside
    text = "A Pros:\nPros:\nDB:,`ERIK:` \n>> - 为什么？\n\nA Pros:\nPros:\nDB:,`ERIK:` \nA - 为什么？"
    doc = parse(text)
    kept = "".join(doc.preamble) + "".join(t.text for t in doc.turns) + "".join(s.title + "".join(s.intro) for s in doc.sections)
    assert kept.count("为什么") == 2
    assert doc.diagnostics


def test_a_front_matter_transcript_that_is_a_mapping_stays_metadata() -> None:
    # the fuzzer's find: a transcript key holding a mapping, not a list of items, crashed the reader
    doc = parse("---\ntranscript:\n  who: Ana\n  line: Hello\n---\nText.\n")
    assert doc.metadata["transcript"] == {"who": "Ana", "line": "Hello"}
    assert parse("---\ntranscript:\n- [a, b]\n- line: x\n  who: A\n---\n").metadata["transcript"][0] == ["a", "b"]
