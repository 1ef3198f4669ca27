"""One speaker per identity, aliases, and roles."""

from __future__ import annotations

from interview_parser import parse

MIXED_SCRIPT = "王堅：你好？\n記者：你好。\n王坚：再见？\n记者：再见。"


def test_labels_differing_only_in_script_are_one_speaker() -> None:
    doc = parse(MIXED_SCRIPT)
    assert [(s.name, s.key, s.labels) for s in doc.speakers] == [
        ("王堅", "王坚", ("王堅", "王坚")),
        ("記者", "记者", ("記者", "记者")),
    ]
    assert [t.label for t in doc.turns] == ["王堅", "記者", "王坚", "记者"]
    assert [t.speaker for t in doc.turns] == ["王堅", "記者", "王堅", "記者"]


def test_width_and_case_fold_into_one_key() -> None:
    doc = parse("ＪＤ: Hi?\nMk: Yo.\nJD: Bye?\nMK: Bye.")
    assert [s.key for s in doc.speakers] == ["jd", "mk"]


def test_caller_aliases_merge_speakers_and_keep_each_label() -> None:
    text = "**Katzenberg:** Hi?\n\n**Tsai:** Hello.\n\n**Jeffrey Katzenberg:** Bye?\n\n**Tsai:** Bye."
    doc = parse(text, aliases={"Katzenberg": "Jeffrey Katzenberg"})
    assert [s.name for s in doc.speakers] == ["Jeffrey Katzenberg", "Tsai"]
    assert [t.label for t in doc.turns] == ["Katzenberg", "Tsai", "Jeffrey Katzenberg", "Tsai"]
    assert doc.speakers[0].labels == ("Katzenberg", "Jeffrey Katzenberg")


def test_alias_to_a_traditional_name() -> None:
    doc = parse("記：你好？\n甲：你好。\n記者：再見？\n甲：再見。", aliases={"記": "記者"})
    assert len(doc.speakers) == 2


def test_roles_from_label_words() -> None:
    doc = parse("主持人：你好？\n嘉宾：你好。\n主持人：再见？\n嘉宾：再见。")
    assert [s.role for s in doc.speakers] == ["interviewer", "interviewee"]
    assert [t.role for t in doc.turns] == ["interviewer", "interviewee", "interviewer", "interviewee"]


def test_roles_from_who_asks_the_questions() -> None:
    doc = parse("Ana: Why?\nBo: Because.\nAna: When?\nBo: Now.")
    assert [(s.name, s.role) for s in doc.speakers] == [("Ana", "interviewer"), ("Bo", "interviewee")]


def test_roles_can_be_overridden() -> None:
    doc = parse("Ana: Why?\nBo: Because.\nAna: When?\nBo: Now.", roles={"Bo": "interviewer", "Ana": "interviewee"})
    assert [s.role for s in doc.speakers] == ["interviewee", "interviewer"]


def test_unknown_roles_stay_unknown() -> None:
    doc = parse("Ana: Yes.\nBo: No.\nAna: Maybe.\nBo: Fine.")
    assert [s.role for s in doc.speakers] == [None, None]


def test_a_news_story_quoting_one_person_has_no_speakers() -> None:
    doc = parse("Reporter notes.\n\n**Alice:** said one thing.\n\nMore prose.")
    assert doc.speakers == ()
    assert doc.turns == ()


def test_a_name_introduced_with_its_short_form_in_brackets_is_that_speaker() -> None:
    notes = (
        "## Minutes\n\n"
        "Ines Moreau (IM): I want to know who holds the keys.\n\n"
        "Paul Okafor (PO): The caretaker, since March.\n\n"
        "IM: And a spare set?\n\n"
        "PO: In the office safe.\n"
    )
    doc = parse(notes)
    assert [t.speaker for t in doc.turns] == ["IM", "PO", "IM", "PO"]
    assert [s.name for s in doc.speakers] == ["IM", "PO"]
