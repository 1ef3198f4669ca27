"""Label and heading decisions from a document's own evidence, each explained.

Every example of the issue "Right on unseen transcripts" is a whole document
here, with the turns, sections and diagnostics a user should get.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from interview_parser import BUILTIN_DETECTORS, Conventions, InterviewParseError, Line, Parser, parse
from interview_parser.detectors import MagazineQA
from interview_parser.inline import wrapped
from interview_parser.model import clock_seconds
from interview_parser.render import render


def turns(text: str, parser: Parser | None = None) -> list[tuple[str | None, str]]:
    doc = (parser or Parser()).parse(text)
    return [(turn.speaker, turn.text) for turn in doc.turns]


def codes(text: str) -> list[str]:
    return [diagnostic.code for diagnostic in parse(text).diagnostics]


# --- 1. interviews that the old gates rejected --------------------------------------------


def test_a_four_turn_bold_interview_with_a_short_first_turn() -> None:
    text = "**主持人：** 欢迎\n\n**王坚：** 谢谢邀请。\n\n**主持人：** 我们从头说起吧。\n\n**王坚：** 好的。"
    assert turns(text) == [("主持人", "欢迎"), ("王坚", "谢谢邀请。"), ("主持人", "我们从头说起吧。"), ("王坚", "好的。")]


def test_a_first_turn_without_a_full_stop_stays_a_turn() -> None:
    rest = "\n\n王坚：谢谢。\n\n主持人：我们开始吧。\n\n王坚：好的。\n\n主持人：第一个问题？\n\n王坚：请讲。"
    with_stop = turns("主持人：大家好。" + rest)
    without = turns("主持人：大家好" + rest)
    assert len(without) == len(with_stop) == 6
    assert without[0] == ("主持人", "大家好")


@pytest.mark.parametrize("link", ["<https://example.org/r>", "[the report](http://x.y)"])
def test_a_link_in_the_first_turn(link: str) -> None:
    for label in ("**Lena:**", "Lena:"):
        text = f"{label} Did you read {link}?\n\n**Marco:** Yes, twice.\n\n**Lena:** And?\n\n**Marco:** It was fine."
        text = text.replace("**Marco:**", label.replace("Lena", "Marco"))
        assert [speaker for speaker, _ in turns(text)] == ["Lena", "Marco", "Lena", "Marco"]


def test_every_markdown_heading_is_a_section_whatever_its_words() -> None:
    text = (
        "## Childhood\n\n**Q:** Where?\n\n**A:** Here.\n\n## Music\n\n**Q:** First instrument?\n\n"
        "**A:** Piano.\n\n## Conclusion\n\n**Q:** Regrets?\n\n**A:** None."
    )
    doc = parse(text)
    assert [section.title for section in doc.sections] == ["Childhood", "Music", "Conclusion"]
    assert [turn.section for turn in doc.turns] == ["Childhood"] * 2 + ["Music"] * 2 + ["Conclusion"] * 2


@pytest.mark.parametrize("title", ["Intro", "Example", "Credits", "Conclusion", "背景", "编者按"])
def test_field_words_do_not_demote_markdown_headings(title: str) -> None:
    text = f"## {title}\n\n**Ana:** Hi.\n\n**Bo:** Hello.\n\n**Ana:** Bye?\n\n**Bo:** Bye."
    assert [section.title for section in parse(text).sections] == [title]


def test_two_speakers_with_one_turn_each() -> None:
    text = "Chairman VANCE. The committee will come to order.\n\nChairman HOLT. Thank you, Mr. Chairman."
    assert turns(text) == [
        ("Chairman VANCE", "The committee will come to order."),
        ("Chairman HOLT", "Thank you, Mr. Chairman."),
    ]


def test_a_two_turn_and_a_three_turn_exchange() -> None:
    assert turns("Q: Why bread?\n\nA: Flour is cheap.") == [("Q", "Why bread?"), ("A", "Flour is cheap.")]
    assert [s for s, _ in turns("Host: Welcome.\n\nGuest: Thanks for having me.\n\nHost: Let's start.")] == [
        "Host",
        "Guest",
        "Host",
    ]


def test_a_single_interviewee_answering_unlabelled_heading_questions() -> None:
    text = (
        "## Where did you grow up?\n\n**Jane:** In a mill town.\n\n## Why music?\n\n**Jane:** My aunt sang.\n\n"
        "## And now?\n\n**Jane:** Mostly teaching."
    )
    doc = parse(text)
    # each question heading is the section its answer sits in
    assert [(t.speaker, t.role, t.section) for t in doc.turns] == [
        ("Jane", "interviewee", "Where did you grow up?"), ("Jane", "interviewee", "Why music?"), ("Jane", "interviewee", "And now?")]


def test_whole_bold_numbered_questions_with_unlabelled_answers() -> None:
    text = "**问题1：你为什么来？**\n\n因为喜欢。\n\n**问题2：你会留下吗？**\n\n会的。"
    doc = parse(text)
    assert [(t.speaker, t.label, t.text) for t in doc.turns] == [
        ("问题", "问题1", "你为什么来？"),
        (None, None, "因为喜欢。"),
        ("问题", "问题2", "你会留下吗？"),
        (None, None, "会的。"),
    ]
    assert [s.name for s in doc.speakers] == ["问题"]


# --- 2. label shapes ---------------------------------------------------------------------------


def test_names_with_numbers() -> None:
    text = (
        "**Visitor 2:** Is this open?\n\n**Robo 42:** It is.\n\n**Visitor 2:** Great.\n\n"
        "Audience 1: And me?\n\n**Robo 42:** You too."
    )
    assert [s for s, _ in turns(text)] == ["Visitor 2", "Robo 42", "Visitor 2", "Audience 1", "Robo 42"]


def test_numbered_question_labels_keep_their_numbers() -> None:
    doc = parse("Q1: Why?\n\nA1: Because.\n\nQ2: How?\n\nA2: Slowly.")
    assert [(t.speaker, t.label) for t in doc.turns] == [("Q", "Q1"), ("A", "A1"), ("Q", "Q2"), ("A", "A2")]


def test_a_one_off_label_in_another_convention() -> None:
    text = "JT: Hello.\n\nKR: Hi.\n\nJT: So?\n\nKR: Well.\n\nMarlowe: I left the firm.\n\nJT: Why?"
    assert [s for s, _ in turns(text)] == ["JT", "KR", "JT", "KR", "Marlowe", "JT"]


def test_a_one_off_whole_bold_question_by_a_reporter() -> None:
    text = (
        "**甲台记者：票价会涨吗？**\n\n发言人：不会。\n\n**乙台记者：什么时候通车？**\n\n发言人：明年。\n\n"
        "**丙报记者：谁来运营？**\n\n发言人：还在谈。"
    )
    assert [s for s, _ in turns(text)] == ["甲台记者", "发言人", "乙台记者", "发言人", "丙报记者", "发言人"]


def test_damaged_punctuation_and_markup_around_labels() -> None:
    assert [s for s, _ in turns("Ana:: Hello.\n\nBo: Hi.\n\nAna: Fine?\n\nBo: Yes.")] == ["Ana", "Bo", "Ana", "Bo"]
    stamped = "**Ana** 00:00:01\nHello there.\n\n**Bo** 00:00:05\nHi.\n\n**Ana** 00:00:09\nBye?\n\n**Bo** 00:00:12\nBye."
    assert [(t.speaker, t.timestamp) for t in parse(stamped).turns][:2] == [("Ana", "00:00:01"), ("Bo", "00:00:05")]
    split = "**史蒂文****·****哈特**：他们不想。\n\n**班农：**好的？\n\n**史蒂文****·****哈特**：不。\n\n**班农：**好。"
    assert [s for s, _ in turns(split)] == ["史蒂文·哈特", "班农", "史蒂文·哈特", "班农"]
    brackets = "王磊（鲜运科技）（创始人）：你好\n\n主持人：好\n\n王磊（鲜运科技）（创始人）：再见\n\n主持人：再见"
    assert turns(brackets)[0] == ("王磊（鲜运科技）（创始人）", "你好")


def test_hearing_labels_without_an_honorific_with_ocr_spacing_or_alone_on_their_line() -> None:
    text = (
        "The PRESIDING OFFICER (Mr. Cornyn). The Senator from Georgia.\n\n"
        "Mr. ISAKSON . Mr. President, I rise today.\n\n"
        "The ACTING PRESIDENT pro tempore. The clerk will call the roll.\n\n"
        "Mr. ISAKSON.\nI thank the Chair."
    )
    assert [s for s, _ in turns(text)] == [
        "The PRESIDING OFFICER (Mr. Cornyn)",
        "Mr. ISAKSON",
        "The ACTING PRESIDENT pro tempore",
        "Mr. ISAKSON",
    ]


def test_a_court_transcript_with_numbered_lines() -> None:
    lines = [
        "THE COURT:   Be seated, please.",
        "MS. ORTIZ:   Thank you, Your Honor.",
        "THE COURT:   Proceed.",
        "MS. ORTIZ:   The record will",
        "show the exhibit.",
    ] + ["THE COURT:   Go on.", "MS. ORTIZ:   Done."] + [""] * 5
    text = "\n\n".join(f"{n:2d}   {line}" for n, line in enumerate(lines, 1))
    assert [s for s, _ in turns(text)] == ["THE COURT", "MS. ORTIZ", "THE COURT", "MS. ORTIZ", "THE COURT", "MS. ORTIZ"]


# --- non-interviews keep zero turns -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "他说：“我们来了。”\n她表示：“好的。”\n他说：“再见。”\n她表示：“再见。”",
        "**编者注：** 本文同时发布。\n\n正文一。\n\n**重要提示：** 结果来自试验。\n\n正文二。\n\n**媒体联系：** 王一。",
        "# pify\n\n## API\n\n#### input\n\nType: `Function`\n\n#### options\n\nType: `object`\nDefault: `false`\n\n"
        "#### multiArgs\n\nType: `boolean`\nDefault: `false`",
        "# FAQ (Frequently Asked Questions)\n\n## How do I update?\n\nRun the updater.\n\n## How do I uninstall?\n\n"
        "Run the uninstaller.\n\n## Why is it slow?\n\nIt is not.",
        "Attendees: Ana, Bo\n\nAgenda: budget\n\nDecision: approved.",
        "那天我打电话去问。\n\n我问：钱扣到哪里去了？\n\n店员说：我也不清楚。\n\n我问：谁能查？\n\n店员说：经理。\n\n"
        "经理有点忙：稍等一下。\n\n我又问：要等多久？\n\n店员回：很快。\n\n后来钱退回来了，我松了口气。",
    ],
    ids=["reported speech", "run-in headings", "API fields", "FAQ page", "minutes", "a narrator's dialogue"],
)
def test_non_interviews_get_no_turns_and_say_why(text: str) -> None:
    doc = parse(text)
    assert doc.turns == ()
    assert "no-turns" in codes(text)


def test_questions_under_an_faq_heading_of_a_readme_are_headings() -> None:
    text = "# tool\n\n## FAQ\n\n### Does it run on Windows?\n\nYes.\n\n### Is it free?\n\nYes.\n\n### Who wrote it?\n\nAna."
    doc = parse(text)
    assert doc.turns == ()
    assert [s.title for s in doc.sections] == ["FAQ", "Does it run on Windows?", "Is it free?", "Who wrote it?"]


# --- 3. headings and page furniture -------------------------------------------------------------


def test_a_chapter_list_and_an_author_box_stay_out_by_shape_and_position() -> None:
    text = (
        "# Episode 4\n\n## Chapters\n\n00:00 Intro\n01:10 Maps\n\n---\n\n**Host:** Welcome.\n\n**Ana:** Thanks.\n\n"
        "**Host:** Why maps?\n\n**Ana:** Because.\n\n### About the author\n\nBo writes about maps."
    )
    doc = parse(text)
    assert doc.sections == ()
    assert doc.trailer == ("### About the author", "Bo writes about maps.")
    assert {d.code for d in doc.diagnostics} == {"heading-demoted"}


def test_plain_lines_and_capitals_between_turns_are_headings_by_structure() -> None:
    text = (
        "**Q:** Where did you grow up?\n\n**A:** In a mill town.\n\nEarly years\n\n**Q:** What was school like?\n\n"
        "**A:** Loud.\n\nFirst music lessons\n\n**Q:** First instrument?\n\n**A:** Drums.\n\nEXECUTIVE SESSION\n\n"
        "**Q:** And now?\n\n**A:** Rest."
    )
    assert [s.title for s in parse(text).sections] == ["Early years", "First music lessons", "EXECUTIVE SESSION"]


def test_page_furniture_is_not_a_heading() -> None:
    text = (
        "### [返回首页](https://example.org/)\n\n# 对话王磊\n\n**战友之声翻译组**\n\n**以下为对话实录：**\n\n"
        "**主持人：** 欢迎。\n\n**王磊：** 谢谢。\n\n**主持人：** 开始吧？\n\n**王磊：** 好。"
    )
    doc = parse(text)
    assert doc.sections == ()
    assert len(doc.turns) == 4


def test_a_label_alone_with_nothing_to_say_stays_text() -> None:
    text = "**The Interview Transcript:**\n\n**Ana:** Hi.\n\n**Bo:** Hello.\n\n**Ana:** Bye.\n\n**Bo:** Bye."
    doc = parse(text)
    assert doc.preamble == ("The Interview Transcript:",)
    assert [d.code for d in doc.diagnostics] == ["label-rejected"]


# --- 4. every rejection leaves a diagnostic; explain ------------------------------------------------


def test_rejected_labels_legends_and_turnless_documents_leave_diagnostics() -> None:
    legend = "問：記者　趙：經理\n\n問：為什麼？\n\n趙：累了。\n\n問：以後呢？\n\n趙：休息。"
    assert codes(legend)[0] == "legend"
    assert "label-rejected" in codes("Note: read this.\n\nAna: Hi.\n\nBo: Hello.\n\nAna: Bye?\n\nBo: Bye.")
    diagnostic = parse("Just a paragraph of prose.").diagnostics[0]
    assert (diagnostic.code, diagnostic.line) == ("no-turns", 1)
    assert "no line has the shape of a speaker label" in diagnostic.message


def test_strict_mode_makes_a_turnless_document_an_error() -> None:
    with pytest.raises(InterviewParseError) as info:
        parse("Just a paragraph of prose.", strict=True)
    assert info.value.code == "no-turns"


def test_explain_reports_every_line_with_its_proposals_and_decision() -> None:
    report = Parser().explain("Note: read slowly.\n\nQ: Why bread?\n\nA: Flour is cheap.")
    assert [(line.number, line.outcome, line.accepted) for line in report.lines] == [
        (1, "preamble", False),
        (3, "turn 1: Q", True),
        (5, "turn 2: A", True),
    ]
    first = report.lines[0]
    assert first.proposals == (("plain_label", "Note"),)
    assert first.decision is not None
    assert "field" in first.decision.reason
    assert report.evidence is not None
    assert report.evidence.points >= 3
    assert "rejected: a field or credit line" in str(report)


def test_explain_calls_text_between_turns_under_a_heading_its_intro_and_only_text_after_the_last_turn_trailer() -> None:
    text = "## One\n\n**Why?**\n\nBecause.\n\n**How?**\n\nSo.\n\n## Two\n\nA word on two.\n\n**When?**\n\nNow.\n\n## Credits\n\nPhotos by Ana."
    report = Parser().explain(text)
    outcomes = {line.number: line.outcome for line in report.lines}
    assert (outcomes[13], outcomes[21]) == ("section intro", "section intro")  # the model keeps "Photos by Ana." under Credits
    doc = report.interview
    assert doc.sections[1].intro == ("A word on two.",)
    # a label whose speech a heading took says so, not "trailer"
    taken = "ANA.\n\nHello.\n\nBO.\n\nHi.\n\nANA.\n\nTHE SECOND ACT\n\nBO.\n\nYes?\n\nANA.\n\nNo.\n\nBO.\n\nFine.\n\nANA.\n\nBye.\n"
    outcomes = {line.number: line.outcome for line in Parser().explain(taken).lines}
    assert (outcomes[9], outcomes[11]) == ("label without speech", "heading")


def test_a_document_with_nothing_to_read_says_why_it_has_no_turns() -> None:
    for text in ("---\ntitle: Notes\n---\n", "![a photo](a.png)\n\n---\n", "<div class=\"player\"></div>\n"):
        doc = parse(text)
        assert doc.turns == ()
        assert [d.code for d in doc.diagnostics] == ["no-turns"]
        assert "no text" in doc.diagnostics[0].message
    assert parse("").diagnostics == ()  # nothing at all: nothing to say


def test_explain_says_why_a_document_has_no_turns() -> None:
    report = Parser(strict=True).explain("Ana: hi\n\nSome prose follows here, at length.")
    assert report.interview.turns == ()
    assert "only one speaker" in report.summary


# --- settings a caller can change -----------------------------------------------------------------


def test_a_caller_adds_a_field_word() -> None:
    text = "Ana: Hi.\n\nSidebar: a box.\n\nBo: Hello.\n\nSidebar: one more box.\n\nAna: Bye?\n\nBo: Bye."
    assert "Sidebar" in [s.name for s in parse(text).speakers]
    parser = Parser(conventions=Conventions().adding(field_words={"sidebar"}))
    assert [s.name for s in parser.parse(text).speakers] == ["Ana", "Bo"]


def test_a_caller_adds_a_role_word() -> None:
    text = "Ana: Hi.\n\nBo: Hello.\n\nAna: Well?\n\nBo: Well.\n\nTeacher: Quiet, please.\n\nAna: Sorry."
    # a one-off label in the same shape is trusted; a role word also gives it its role
    parser = Parser(conventions=Conventions().adding(interviewer_words={"teacher"}))
    roles = {s.name: s.role for s in parser.parse(text).speakers}
    assert roles["Teacher"] == "interviewer"


def test_the_evidence_threshold_is_a_setting() -> None:
    text = "Chairman VANCE. The committee will come to order.\n\nChairman HOLT. Thank you, Mr. Chairman."
    assert len(parse(text).turns) == 2
    assert parse(text, conventions=Conventions(min_evidence=5)).turns == ()


def test_conventions_refuse_an_unknown_list() -> None:
    with pytest.raises(TypeError, match="no word list named 'colours'"):
        Conventions().adding(colours={"red"})


# --- nothing of a label's line is lost (issue: what an adversarial review found) ----------------


def test_a_colon_opening_speech_on_the_labels_line_is_speech() -> None:
    doc = parse("**Ana:** :-) sure.\n\n**Bo:** ok.\n\n**Ana:** yes.\n\n**Bo:** no.")
    assert doc.turns[0].text == ":-) sure."
    below = parse("**Lena**\n: How did it start?\n\n**Marco**\n: With two ovens.\n\n**Lena**\n: Where?\n\n**Marco**\n: Here.")
    assert below.turns[0].text == "How did it start?"


def test_a_name_alone_keeps_its_role_in_brackets() -> None:
    doc = parse("王磊（鲜运科技创始人）\n你好。\n\n主持人\n欢迎。\n\n王磊（鲜运科技创始人）\n谢谢。\n\n主持人\n开始吧。")
    assert doc.turns[0].label == "王磊（鲜运科技创始人）"


def test_a_time_on_each_side_of_the_label_keeps_both() -> None:
    doc = parse("0:30 Ana (2:01): a\n\n0:40 Bo: b\n\n0:50 Ana: c\n\n1:00 Bo: d")
    turn = doc.turns[0]
    assert (turn.timestamp, turn.start_seconds, turn.text) == ("0:30 (2:01)", 30.0, "a")
    again = parse(render(doc))
    assert [t.timestamp for t in again.turns] == [t.timestamp for t in doc.turns]


def test_the_structural_thresholds_are_settings() -> None:
    text = (
        "**Q:** Where did you grow up?\n\n**A:** In a mill town.\n\nEarly years\n\n**Q:** What was school like?\n\n"
        "**A:** Loud.\n\nFirst music lessons\n\n**Q:** First instrument?\n\n**A:** Drums."
    )
    assert len(parse(text).sections) == 2
    assert parse(text, conventions=Conventions(plain_headings=3)).sections == ()
    run_ins = "Ana: Hi.\n\nBo: Hello.\n\nAna: Well?\n\nCy: Yes.\n\nDee: No."
    strict_about_run_ins = Parser().explain(run_ins).evidence
    lenient_about_run_ins = Parser(conventions=Conventions(turns_per_speaker=1.0)).explain(run_ins).evidence
    assert strict_about_run_ins is not None
    assert lenient_about_run_ins is not None
    assert lenient_about_run_ins.points == strict_about_run_ins.points + 1


def test_names_alone_in_capitals_and_in_mixed_case_are_one_template() -> None:
    # a speaker in capitals is written alone on its line like the other: one convention, a point
    # of evidence, even where one speaker takes several turns in a row
    blocks = ["DR. HALE\nWe began in spring.", "Mira Okafor\nWhy then?", "Mira Okafor\nAnd who paid?",
              "Mira Okafor\nWas it enough?", "DR. HALE\nBarely, and only for a year."]
    doc = parse("\n\n".join(blocks))
    assert [t.speaker for t in doc.turns] == ["DR. HALE", "Mira Okafor", "Mira Okafor", "Mira Okafor", "DR. HALE"]
    evidence = Parser().explain("\n\n".join(blocks)).evidence
    assert evidence is not None
    assert "every label has the same shape" in "; ".join(evidence.reasons)


def test_questions_opened_by_a_doubled_dash_with_unlabelled_answers() -> None:
    questions = ["――始めたのはいつですか？", "――最初の客は誰でしたか。", "――今の目標は？"]
    answers = ["十年前です。", "近所の子どもたちです。", "店を続けることです。"]
    text = "店主に話を聞いた。\n\n" + "\n\n".join(f"{q}\n\n{a}" for q, a in zip(questions, answers, strict=True))
    doc = parse(text)
    assert [(t.role, t.text) for t in doc.turns[:2]] == [("interviewer", "始めたのはいつですか？"), ("interviewee", "十年前です。")]
    assert len(doc.turns) == 6
    assert parse(render(doc)).turns == doc.turns
    # a dash in prose (an inner voice, a pause) that never asks anything is not a question
    story = "\n\n".join(f"――{a}\n\n{a}" for a in answers)
    assert parse(story).turns == ()


def test_numbered_lines_under_markdown_headings_are_list_items() -> None:
    text = (
        "## 工具\n\n1、[Lathe](https://example.org/lathe)\n\n一个车床模拟器。\n\n**2、Kiln**\n\n一个窑温记录器。\n\n"
        "## 访谈\n\n**问：** 你为什么做工具？\n\n**答：** 因为没人做。\n\n**问：** 还会继续吗？\n\n**答：** 会。"
    )
    doc = parse(text)
    assert [s.title for s in doc.sections] == ["工具", "访谈"]
    assert len(doc.turns) == 4
    # without "#" headings, a numbered line between turns is the document's own heading
    plain = "**问：** 开始吧？\n\n**答：** 好。\n\n1、童年\n\n**问：** 在哪长大？\n\n**答：** 海边。"
    assert [s.title for s in parse(plain).sections] == ["1、童年"]


def test_run_in_terms_spoken_once_among_each_other_are_not_speakers() -> None:
    glossary = (
        "**Reach（触达）**: 品牌能接触到的人数。\n\n**Recall（记忆）**: 看过广告的人还记得多少。\n\n"
        "**Range（范围）**: 覆盖了多少地区。\n\n**Rate（频率）**: 一周看到几次。\n\n"
        "**Retention（留存）**: 回来的用户占多少。\n\n**案例**：一家面包店的会员卡。\n\n会员卡让老顾客每周回来。\n\n"
        "**Return（回报）**: 花的钱换来多少收入。\n\n**Referral（推荐）**: 顾客带来的新顾客。\n\n**案例**：一家书店的读书会。\n\n"
        "**Relevance（相关）**: 内容和顾客的需要有多近。"
    )
    doc = parse(glossary)
    assert doc.turns == ()
    assert any("stand only beside others spoken once" in d.message for d in doc.diagnostics)
    # a press conference: reporters each ask once, the spokesman answers each of them
    briefing = "\n\n".join(
        f"**{outlet}记者：** {question}\n\n**发言人：** {answer}"
        for outlet, question, answer in [("甲报", "进展如何？", "顺利。"), ("乙台", "何时完成？", "明年。"), ("丙社", "预算多少？", "保密。")]
    )
    assert len(parse(briefing).turns) == 6
    lenient = Parser(conventions=Conventions(anchored_one_offs=0.0))
    assert lenient.parse(glossary).turns != ()


def test_bold_questions_whose_paragraphs_open_with_one_run_in_are_a_list() -> None:
    items = [("What does a normal week look like?", "Whether the pace suits you.", "That you plan ahead."),
             ("How are mistakes handled?", "Whether you can learn in the open.", "That you own your errors."),
             ("Who decides what gets built?", "How much say you will have.", "That you care about the product.")]
    text = "Questions to ask at the end of a job interview.\n\n" + "\n\n".join(
        f"**{question}**\n\nYou — {you}\n\nThem — {them}" for question, you, them in items
    )
    doc = parse(text)
    assert doc.turns == ()
    assert any("open with the same run-in 'you'" in d.message for d in doc.diagnostics)
    interview = "\n\n".join(f"**{question}**\n\n{you} {them}" for question, you, them in items)
    assert len(parse(interview).turns) == 6


def test_question_headings_answered_by_a_panel_are_sections() -> None:
    text = (
        "## 1. How did it start?\n\n**Ana** - With a borrowed van.\n\n**Bo** - And no map.\n\n"
        "## 2. What went wrong?\n\n**Bo** - The van.\n\n**Ana** - Mostly the van.\n\n"
        "## 3. Would you do it again?\n\n**Ana** - Tomorrow."
    )
    doc = parse(text)
    assert [(t.speaker, t.section) for t in doc.turns] == [
        ("Ana", "1. How did it start?"),
        ("Bo", "1. How did it start?"),
        ("Bo", "2. What went wrong?"),
        ("Ana", "2. What went wrong?"),
        ("Ana", "3. Would you do it again?"),
    ]
    rejected = [d for d in doc.diagnostics if d.code == "label-rejected"]
    assert [d.line for d in rejected] == [1, 7, 13]
    assert all("panel" in d.message for d in rejected)


def test_question_headings_stay_questions_when_one_answer_is_unlabelled() -> None:
    text = (
        "### Who are you?\n\nA retired ferry captain.\n\n### What do you use?\n\n**Ana**: A compass.\n\n"
        "**Bo**: A kettle.\n\n### And next?\n\n**Bo**: A boat.\n\n**Ana**: Two boats."
    )
    doc = parse(text)
    assert [s.title for s in doc.sections] == ["Who are you?", "What do you use?", "And next?"]
    assert [(t.speaker, t.section) for t in doc.turns][:2] == [(None, "Who are you?"), ("Ana", "What do you use?")]


def test_a_host_called_by_first_name_beside_a_guests_full_name() -> None:
    # a podcast's transcript: the guest's full name alone on a line, the host's first name alone
    said = (("Nadia", "Welcome to Tin Cans, the show about small radios. I'm your host, Nadia Berg."),
            ("Oren Vale", "Thanks for having me, it is good to be here."),
            ("Nadia", "How did you build your first radio?"),
            ("Oren Vale", "From a kit my uncle left in the attic. It took a whole summer."),
            ("Nadia", "And did it work?"),
            ("Oren Vale", "It hissed. But it picked up the harbour station, and that was enough."))
    text = "# Episode 4\n\n## Transcript\n\n" + "".join(f"{name}\n\n{speech}\n\n" for name, speech in said)
    doc = parse(text)
    assert [(t.speaker, t.text) for t in doc.turns] == list(said)
    # never called by name in the text, a word alone on its line is a subheading, a dateline or a reply;
    # where the full names make an exchange on their own, a tool or a place alone on a line is no speaker
    unnamed = text.replace("I'm your host, Nadia Berg.", "I'm your host.")
    assert parse(unnamed).turns == ()
    replies = "".join(f"Oren Vale\n\n{speech}\n\nYeah\n\nThat is the short answer, and, yeah, the long one too.\n\n"
                      for speech in ("Hello.", "It took a summer.", "It hissed."))
    assert "Yeah" not in [t.speaker for t in parse("Mia Holt\n\nHi.\n\n" + replies).turns]
    tools = "".join(f"Mia Holt\n\nWhat runs your builds, Oren, {n}?\n\nOren Vale\n\nTwo tools.\n\nDocker\n\nfor the builds, with Docker, we run.\n\n" for n in range(3))
    assert "Docker" not in [t.speaker for t in parse(tools).turns]


def test_timed_names_alone_on_a_line_with_the_speech_below() -> None:
    text = (
        "[00:00:01] Mara\nHello and welcome.\n\n[00:00:05] Mara\nMy guest is here.\n\n[00:00:09] Ivo\nThanks.\n\n"
        "[00:00:12] Mara\nWhy boats?\n\n[00:00:15] Ivo\nThey float.\n\n[00:00:20] Harbour Master\nMove the boat, please."
    )
    doc = parse(text)
    assert [(t.speaker, t.text, t.timestamp) for t in doc.turns][:3] == [
        ("Mara", "Hello and welcome.", "00:00:01"),
        ("Mara", "My guest is here.", "00:00:05"),
        ("Ivo", "Thanks.", "00:00:09"),
    ]
    assert doc.turns[-1].speaker == "Harbour Master"  # spoken once, in the document's timed shape


@pytest.mark.parametrize(
    "text",
    [
        # a programme: each time and title once
        "09:00 Registration\nCoffee in the hall.\n\n10:00 Keynote\nThe director opens.\n\n"
        "11:30 Workshops\nThree rooms.\n\n13:00 Lunch\nIn the garden.",
        # a chapter list: a time and a title on each line, nothing said below them
        "Chapters\n\n00:00 Intro\n02:15 The Boat\n10:40 The Storm\n15:00 Home\n\nThanks for watching.",
    ],
)
def test_times_and_titles_are_not_timed_labels(text: str) -> None:
    assert parse(text).turns == ()


def test_a_time_then_a_bold_name_without_a_colon() -> None:
    text = (
        "\ufeff(Opening music: a banjo)\n\n0:00:01.5 **Mara Lind** Welcome to the show.\n\n"
        "0:00:04.0 **Ivo Petrov** Glad to be here.\n\n0:00:06.2 **Mara Lind** Why boats?\n\n"
        "0:00:08.9 **Ivo Petrov** They float.\n\n0:00:10.1 **Mara Lind, Ivo Petrov, & Kai Ono** (laughing)"
    )
    doc = parse(text)
    assert [(t.speaker, t.text) for t in doc.turns] == [
        ("Mara Lind", "Welcome to the show."),
        ("Ivo Petrov", "Glad to be here."),
        ("Mara Lind", "Why boats?"),
        ("Ivo Petrov", "They float."),
        ("Mara Lind, Ivo Petrov, & Kai Ono", "(laughing)"),
    ]
    assert doc.turns[0].timestamp == "0:00:01.5"


def test_bold_names_with_a_dash_separator_must_recur() -> None:
    text = "**Ana** - Hello there.\n\n**Bo** - Hi.\n\n**Ana** - How are you?\n\n**Bo** – Fine, thanks."
    assert [(t.speaker, t.text) for t in parse(text).turns] == [
        ("Ana", "Hello there."),
        ("Bo", "Hi."),
        ("Ana", "How are you?"),
        ("Bo", "Fine, thanks."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # bold places before a dash, each once: a list, not a conversation
        "Our trip:\n\n**Paris** - the city of light, where we ate too much.\n\n**Lyon** - quieter, and the food"
        " was better.\n\n**Nice** - the sea at last.",
        # a plain name before a dash is prose, however often
        "Paris - the city of light - was our first stop.\n\nParis - again - was our last stop too.\n\n"
        "Lyon - in between - rained.\n\nLyon - of course - rained again.",
    ],
)
def test_dashes_in_prose_are_not_labels(text: str) -> None:
    assert parse(text).turns == ()


def test_a_plain_run_in_inside_a_q_and_a_answer_is_speech() -> None:
    text = (
        "问：你们什么时候开始做的？\n\n答：二〇一〇年。\n\n那时候团队只有三个人。\n\n"
        "难点就来了：钱从哪里来？我们借遍了亲戚。\n\n问：后来呢？\n\n答：后来有了投资。"
    )
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["问", "答", "问", "答"]
    assert "难点就来了：钱从哪里来？" in doc.turns[1].text
    assert any(d.code == "label-rejected" and "every recurring speaker is a role" in d.message for d in doc.diagnostics)


def test_a_group_without_a_comma_before_the_last_name_is_its_own_speaker() -> None:
    doc = parse(
        "0:00:01 **Ana** Hello there.\n0:00:05 **Dee** Hi?\n0:00:09 **Ana, Bo & Cy** All together now.\n"
        "0:00:12 **Dee** Great?\n0:00:15 **Ana** Yes.\n"
    )
    assert [t.key for t in doc.turns] == ["ana", "dee", "ana, bo & cy", "dee", "ana"]


def test_dash_questions_with_emphasis_survive_a_round_trip() -> None:
    text = "――どうして始めたのですか？\n\n好きだから。\n\n――次は**本当**。\n\n映画です。\n\n――最後に。\n\nありがとう。\n"
    doc = parse(text)
    assert len(doc.turns) == 6
    assert parse(render(doc)).turns == doc.turns


def test_a_deeper_heading_between_a_question_heading_and_its_answer_is_a_caption() -> None:
    qa = [("### 1. How did you start?", "#### My first desk, 2009\n\nWith a borrowed laptop."),
          ("### 2. What matters most?", "Patience."), ("### 3. And next?", "More of the same.")]
    doc = parse("\n\n".join(f"{q}\n\n{a}" for q, a in qa))
    assert [(t.role, t.text) for t in doc.turns[:1]] == [("interviewee", "With a borrowed laptop.")]
    assert [s.title for s in doc.sections][:2] == ["1. How did you start?", "My first desk, 2009"]
    assert doc.turns[0].section == "My first desk, 2009"
    assert len(doc.turns) == 3


# --- round 3 of blind documents: conventions, each with a negative -------------------------------

_DASHED = (
    "## Entretien\n\n— Pourquoi ce métier ?\n\nParce que mon père le faisait.\n\n"
    "— Et ensuite ?\n\nJ'ai appris seul.\n\n— Vous regrettez ?\n\nJamais.\n\n## Et demain ?\n\n— Une suite ?\n\nPeut-être.\n"
)


def test_single_dash_questions_confirmed_by_the_document_are_questions() -> None:
    doc = parse(_DASHED)
    assert [t.role for t in doc.turns] == ["interviewer", "interviewee"] * 4
    assert doc.turns[0].text == "Pourquoi ce métier ?"
    assert [s.title for s in doc.sections] == ["Entretien", "Et demain ?"]  # a heading that asks stays a heading


def test_single_dash_dialogue_in_fiction_is_not_questions() -> None:
    text = "Il entra.\n\n— Tu viens ?\n— Non.\n— Pourquoi ?\n\nElle sortit.\n\n— Attends !\n— Quoi ?\n"
    doc = parse(text)
    assert doc.turns == ()
    assert any(d.code == "no-turns" for d in doc.diagnostics)


def test_single_dash_questions_need_the_share_that_asks() -> None:
    text = "— Une remarque.\n\nOui.\n\n— Une autre.\n\nNon.\n\n— Vraiment ?\n\nSi.\n"
    assert parse(text).turns == ()
    lenient = Parser(detectors=[MagazineQA(dash_questions=0.3)])
    assert len(lenient.parse(text).turns) == 6


def test_a_no_break_space_before_the_colon_is_french_typography() -> None:
    text = "".join(f"Léa\u00a0: Réponse {n}.\n\nMarc\u202f: Question {n} ?\n\n" for n in range(3))
    doc = parse(text)
    assert [s.name for s in doc.speakers] == ["Léa", "Marc"]
    assert doc.turns[0].text == "Réponse 0."


def test_a_list_of_weak_run_ins_does_not_outvote_the_interview_around_it() -> None:
    answers = "\n\n".join(f"# Question {n}?\n\nAnswer {n} in a full sentence." for n in range(4))
    run_ins = "\n\n".join(f"**{name}** - for her talks" for name in ("Ada Brenner", "Lena Fischer", "Ravi Kumar"))
    doc = parse(answers + "\n\n" + run_ins + "\n")
    assert len(doc.turns) == 4
    assert not doc.speakers
    rejected = [d for d in doc.diagnostics if d.code == "label-rejected"]
    assert len(rejected) == 3
    assert all("a list of run-ins" in d.message for d in rejected)
    longer = Parser(conventions=Conventions(weak_run_in_list=4)).parse(answers + "\n\n" + run_ins)
    assert not any("a list of run-ins" in d.message for d in longer.diagnostics)


def test_guests_heard_once_in_a_row_in_the_hosts_shape_are_speakers() -> None:
    text = "Host (0:01): Welcome.\n\nAna Lima (0:05): Hello.\n\nBo Chen (0:09): Hi.\n\nCy Dorr (0:12): Hey.\n\nHost (0:20): Thanks.\n"
    assert [s.name for s in parse(text).speakers] == ["Host", "Ana Lima", "Bo Chen", "Cy Dorr"]


def test_a_one_off_label_inside_an_unlabelled_answer_is_its_run_in() -> None:
    text = (
        "**Why start?**\n\nBecause of school.\n\nOtherwise: a summer job helped.\n\n"
        "**And then?**\n\nI studied.\n\n**Regrets?**\n\nNone.\n"
    )
    doc = parse(text)
    assert not doc.speakers
    assert "Otherwise: a summer job helped." in doc.turns[1].text


def test_spanish_page_fields_are_not_speakers_and_a_keyed_outline_stays_sections() -> None:
    text = (
        "**Fecha:** 2025-10-02\n\n**Lugar:** Sala 3\n\n## BLOQUE A: INICIO\n\n**ENTREVISTADORA:** ¿Cuándo empezó?\n\n**P3:** En 2012.\n\n"
        "## BLOQUE B: FINAL\n\n**ENTREVISTADORA:** ¿Y ahora?\n\n**P3:** Sigo.\n"
    )
    doc = parse(text)
    assert [s.name for s in doc.speakers] == ["ENTREVISTADORA", "P3"]
    assert [s.title for s in doc.sections] == ["BLOQUE A: INICIO", "BLOQUE B: FINAL"]
    # a single field heading before the conversation is still page furniture
    single = parse("## Moderator: Dana\n\n**Ana:** Hi.\n\n**Bo:** Yes.\n\n**Ana:** Why?\n\n**Bo:** Because.\n")
    assert single.sections == ()


def test_a_breadcrumb_of_links_is_navigation_and_a_keyed_title_is_the_title() -> None:
    text = (
        "# Title: Bread and patience\n\n## [Home](https://x.example \"Home\") > [Blog](https://x.example/b)\n\n"
        "## Talk\n\n**Q:** Why bread?\n\n**A:** Flour.\n\n**Q:** Ovens?\n\n**A:** Borrowed.\n"
    )
    doc = parse(text)
    assert doc.title == "Bread and patience"
    assert [s.title for s in doc.sections] == ["Talk"]
    # a heading with words besides its links is a section
    assert parse(text.replace("> [Blog]", "and more [Blog]")).sections[0].title == "Home and more Blog"


def test_a_bold_question_continuing_a_labelled_line_is_not_a_magazine_question() -> None:
    text = (
        "**Ana Lima:** Always.\n**Ever?**\n\n## Why?\n\n**Ana Lima:** Because.\n\n## How?\n\n**Ana Lima:** Slowly.\n\n**Bruno:** Yes.\n"
    )
    doc = parse(text)
    assert [t.label for t in doc.turns] == ["Ana Lima", "Ana Lima", "Ana Lima", "Bruno"]
    assert render(parse(render(doc))) == render(doc)


def test_a_citation_line_in_another_shape_before_the_conversation_is_not_a_turn() -> None:
    text = (
        "## About\n\nMARA VOSS: An interview conducted by Ken Ide, 2 May 2019.\n\n## Interview\n\n"
        "INTERVIEWEE: Mara Voss\nINTERVIEWER: Ken Ide\nDATE: 2 May 2019\nPLACE: Lyon\n\n"
        "Q:\n\nWhere did you grow up?\n\nMara Voss:\n\nIn Lyon.\n\nQ:\n\nAnd then?\n\nMara Voss:\n\nParis.\n"
    )
    doc = parse(text)
    assert [(t.speaker, t.text) for t in doc.turns] == [
        ("Q", "Where did you grow up?"), ("Mara Voss", "In Lyon."), ("Q", "And then?"), ("Mara Voss", "Paris."),
    ]
    said = {d.line: (d.code, d.message) for d in doc.diagnostics}
    assert said[3][0] == "label-rejected"
    assert "a citation or cast line" in said[3][1]
    assert "a block of lines each naming a different field" in said[7][1]
    assert "a block of lines each naming a different field" in said[8][1]
    # the same cast lines apart from the field lines are a legend
    cast = parse(text.replace("INTERVIEWER: Ken Ide\nDATE: 2 May 2019\nPLACE: Lyon\n", "INTERVIEWER: Ken Ide\n"))
    assert [d.code for d in cast.diagnostics if d.line in (7, 8) and d.code != "unattributed-text"] == ["legend", "legend"]
    # the same speaker written alike before the conversation is a turn
    alike = parse(text.replace("MARA VOSS: An interview", "Mara Voss:\n\nAn interview"))
    assert alike.turns[0].speaker == "Mara Voss"


def test_labels_spoken_once_that_count_up_one_after_another_are_a_list() -> None:
    text = (
        "AB: We tried an experiment with the audience.\n\n  Step 1: Read the sentence.\n  Step 2: Raise your hand.\n\n"
        "CD: How long did it take?\n\nAB: Not long.\n\nCD: Thanks.\n"
    )
    doc = parse(text)
    assert [s.name for s in doc.speakers] == ["AB", "CD"]
    assert "Step 1: Read the sentence." in doc.turns[0].text
    rejected = [d for d in doc.diagnostics if d.code == "label-rejected"]
    assert [d.line for d in rejected] == [3, 4]
    # numbered speakers with an answer between them are speakers
    visitors = parse("Host: Questions?\n\nVisitor 1: Why?\n\nHost: Because.\n\nVisitor 2: When?\n\nHost: Soon.\n")
    assert [s.name for s in visitors.speakers] == ["Host", "Visitor 1", "Visitor 2"]


def test_labels_before_the_conversation_each_followed_by_a_short_value_are_a_header() -> None:
    text = (
        "**Titulo:** Memórias\n\n**Entrevistadora:** Ana Lopes\n\n**Data:** 3 de Abril de 2025\n\n"
        "**Pergunta:** Onde cresceste?\n\n**Resposta:** Em Braga.\n\n**Pergunta:** E depois?\n\n**Resposta:** Lisboa.\n"
    )
    doc = parse(text)
    assert [s.name for s in doc.speakers] == ["Pergunta", "Resposta"]
    rejected = [d for d in doc.diagnostics if d.code == "label-rejected"]
    assert [d.line for d in rejected] == [1, 3, 5]
    # the date is a field by its word (Conventions.field_words), and it counts towards the header
    assert all("a header of fields" in d.message or "Conventions.field_words" in d.message for d in rejected)
    # one who speaks a sentence before the conversation is heard
    spoken = parse(text.replace("**Data:** 3 de Abril de 2025", "**Marta:** Começamos agora, obrigada a todos."))
    assert "Marta" in [s.name for s in spoken.speakers]


def test_a_bold_stage_direction_in_brackets_before_a_label_is_not_a_heading() -> None:
    text = (
        "## Szene 1\n\n**(Schuss: Totale)**\n**Interviewer:**\nGuten Tag.\n\n**(Gegenschuss)**\n**Gast:**\nDanke.\n\n"
        "## Szene 2\n\n**Interviewer:**\nUnd jetzt?\n\n**Gast:**\nWeiter.\n"
    )
    doc = parse(text)
    assert [s.title for s in doc.sections] == ["Szene 1", "Szene 2"]


def test_one_speaker_answering_under_each_heading_is_a_one_person_interview() -> None:
    text = "".join(f"## Topic {n}\n\n**Sara Lima** - Answer number {n}, in a full sentence.\n\n" for n in range(3))
    doc = parse(text)
    assert [(t.speaker, t.section) for t in doc.turns] == [("Sara Lima", f"Topic {n}") for n in range(3)]
    assert Parser(conventions=Conventions(headed_answers=4)).parse(text).turns == ()
    # the same speaker without the headings is a list of run-ins, not an interview
    plain = parse("".join(f"**Sara Lima** - Answer number {n}.\n\n" for n in range(3)))
    assert plain.turns == ()
    assert any(d.code == "no-turns" for d in plain.diagnostics)


def test_a_role_word_naming_its_person_is_a_cast_line() -> None:
    text = "Interviewee: Hodgkin\n\n## What keeps you busy?\n\nMy dog.\n\n## And groups?\n\nFine.\n\n## Decisions?\n\nEasily.\n"
    doc = parse(text)
    assert not doc.speakers
    assert [d.code for d in doc.diagnostics if d.line == 1] == ["legend"]


def test_a_label_spoken_once_before_an_address_is_a_contact_line() -> None:
    text = "**Why?**\n\nBecause.\n\n**How?**\n\nSlowly.\n\n**When?**\n\nSoon.\n\nBookings: bob@example.org\n"
    doc = parse(text)
    assert not doc.speakers
    assert any("followed by a value" in d.message for d in doc.diagnostics)


def test_question_headings_as_sections_keep_the_page_around_them_as_it_was() -> None:
    asked = "".join(f"## {q}\n\n{a}\n\n" for q, a in (
        ("Why bikes?", "They are simple."), ("What is next?", "A second shop."), ("Any advice?", "Start small."),
        ("Who helped you?", "My sister."), ("What do you regret?", "Nothing much.")))
    # furniture after the last answer at the questions' level is still furniture, not a section
    doc = parse("# Talking shop\n\n" + asked + "## Related articles\n\n- [Ten shops](a.html)\n\n## Comments\n\nNone yet.\n")
    assert [s.title for s in doc.sections][-1] == "What do you regret?"
    assert doc.trailer[0] == "## Related articles"
    # a title that asks is the title, once; render writes it once and reads back the same
    doc = parse("# Why do small shops survive?\n\n" + asked)
    assert (doc.title, len(doc.sections), len(doc.turns)) == ("Why do small shops survive?", 5, 5)
    assert render(doc).count("# Why do small shops survive?") == 1
    # credits under the questions say nothing is unattributed; a labelled Q&A's section intro is no credit
    credited = parse("# Ask the baker\n\n" + "".join(f"## Why bikes {n}?\n\n*Asked by @reader{n}*\n\nThey are simple {n}.\n\n" for n in range(5)))
    assert not [d for d in credited.diagnostics if d.code == "unattributed-text"]
    labelled = parse("## What makes a good shop?\n\nWe visited three shops.\n\n" + "**Mara:** Why?\n\n**Lena:** Busy.\n\n" * 2)
    assert "*We visited three shops.*" not in render(labelled)


def test_a_heading_that_ends_a_sentence_at_the_question_headings_level_is_a_prompt() -> None:
    text = "### Tell us about yourself.\n\nI fix bikes.\n\n### Why bikes?\n\nThey are simple.\n\n### What next?\n\nA shop.\n\n### Since when?\n\n2019.\n"
    doc = parse(text)
    # the prompt is one of the question headings: each is the section its answer sits in
    assert [s.title for s in doc.sections] == ["Tell us about yourself.", "Why bikes?", "What next?", "Since when?"]
    assert [(t.section, t.text) for t in doc.turns][:2] == [("Tell us about yourself.", "I fix bikes."), ("Why bikes?", "They are simple.")]


def test_the_only_labelled_speaker_asking_is_answered_by_unlabelled_paragraphs() -> None:
    text = "".join(f"三联生活周刊：第{n}个问题是什么？\n\n这是第{n}个回答。\n\n" for n in "一二三")
    doc = parse(text)
    assert [(t.speaker, t.role) for t in doc.turns] == [("三联生活周刊", "interviewer"), (None, "interviewee")] * 3
    # a speaker who only states things, with plain paragraphs between, is not asking anyone
    statements = parse("".join(f"三联生活周刊：第{n}条消息。\n\n这是正文。\n\n" for n in "一二三"))
    assert statements.turns == ()


def test_the_new_thresholds_are_settings() -> None:
    header = "**Titulo:** Memórias\n\n**Cidade:** Braga\n\n**Escola:** Liceu\n\n"
    talk = "**Pergunta:** Onde?\n\n**Resposta:** Braga.\n\n**Pergunta:** E depois?\n\n**Resposta:** Lisboa.\n"
    assert [s.name for s in parse(header + talk).speakers] == ["Pergunta", "Resposta"]
    loose = Parser(conventions=Conventions(header_fields=4)).parse(header + talk)
    assert "Cidade" in [s.name for s in loose.speakers]
    two = "Why?\n\n> Because.\n\nHow?\n\n> Slowly.\n"
    assert parse(two).turns == ()
    assert len(Parser(detectors=[MagazineQA(min_questions=2)]).parse(two).turns) == 4
    asker = "".join(f"三联生活周刊：第{n}个问题？\n\n回答{n}。\n\n" for n in "一二三")
    assert Parser(conventions=Conventions(answered_questions=4)).parse(asker).turns == ()


def test_a_block_of_different_fields_with_short_values_is_not_a_conversation() -> None:
    text = "# 会议记录\n\n**会议主题**: {{topic}}\n**日期**: {{date}}\n**主持人**: {{host}}\n**记录人**: {{recorder}}\n\n## 议程\n\n1. 议题\n"
    doc = parse(text)
    assert doc.turns == ()
    assert any("a block of lines each naming a different field" in d.message for d in doc.diagnostics)
    # a chat's lines in one paragraph repeat their speakers: not a block
    chat = parse("<ana> hi\n<bo> hello\n<ana> start?\n<bo> yes\n")
    assert len(chat.turns) == 4


def test_labels_beside_a_field_word_in_one_paragraph_are_fields_though_one_holds_a_sentence() -> None:
    call = "**DOYLE:** Hello? Who is this?\n\n**GRANT:** It is me. Open the door.\n\n**DOYLE:** Why now?\n\n**GRANT:** No time.\n\n"
    text = "".join(
        f"## Recording {n}\n\n**Giorno:** {n} March\n**Ora:** 2{n}:15\n**Source:** A tapped line, kept by the clerk. Quality was poor.\n\n---\n\n{call}"
        for n in range(3)
    )
    doc = parse(text)
    assert {t.speaker for t in doc.turns} == {"DOYLE", "GRANT"}
    assert sum("beside a field word" in d.message for d in doc.diagnostics) == 6
    # without a field word among them, a sentence still spoils the block: three callers in one paragraph
    calls = "".join(f"**Ana:** Here {n}.\n**Bo:** Here too, and I brought the keys that you asked for {n}.\n**Cy:** Me too.\n\n" for n in range(2))
    assert len(parse(calls).turns) == 6


def test_records_of_fields_repeating_in_one_order_are_a_form() -> None:
    record = "**Name:** {name}\n\n**Age:** {age}\n\n**District:** {district}\n\n**Channel:** {channel}\n\n"
    people = [("Ana Lima", 29, "Centro", "web"), ("Bo Chen", 41, "Norte", "phone"), ("Cy Dorr", 35, "Sur", "mail")]
    text = "".join(record.format(name=n, age=a, district=d, channel=c) for n, a, d, c in people)
    doc = parse(text)
    assert doc.turns == ()
    assert any("(a form)" in d.message for d in doc.diagnostics)
    loose = Parser(conventions=Conventions(form_fields=5)).parse(text)
    assert not any("a form" in d.message for d in loose.diagnostics)


def test_a_label_only_ever_followed_by_symbols_is_a_rating_not_a_speaker() -> None:
    text = (
        "## 1. The pier\n\n**Risk: ⚠️⚠️**\n\nNotes on the pier.\n\n"
        "## 2. The inn\n\n**Risk: ⚠️**\n\nNotes on the inn.\n\n"
        "## 3. The ferry\n\n**Risk: ⚠️⚠️⚠️**\n\nNotes on the ferry.\n"
    )
    doc = parse(text)
    assert doc.turns == ()
    rejected = [d.line for d in doc.diagnostics if d.code == "label-rejected" and "only by symbols" in d.message]
    assert rejected == [3, 9, 15]


def test_one_symbol_only_reply_among_sentences_stays_speech() -> None:
    doc = parse("Ana: Did the ferry come?\n\nBo: 👍\n\nAna: On time?\n\nBo: Yes, at noon.\n")
    assert [t.text for t in doc.turns] == ["Did the ferry come?", "👍", "On time?", "Yes, at noon."]


_POST_WITH_COMMENTS = (
    "**ANA:** Why the harbour?\n\n**BO:** The light.\n\n**ANA:** And the boats?\n\n**BO:** They came later.\n\n"
    "### 2 Comments\n\n**Reader One**\n\n_Why the harbour?_\n\nGreat question, that.\n\n"
    "**ANA:** I agree with the post.\n\n**Reader Two**\n\nLovely.\n"
)


def test_a_comment_thread_after_the_conversation_is_the_trailer_and_its_labels_are_not_turns() -> None:
    doc = parse(_POST_WITH_COMMENTS)
    assert [t.text for t in doc.turns] == ["Why the harbour?", "The light.", "And the boats?", "They came later."]
    assert doc.sections == ()
    assert doc.trailer[0] == "### 2 Comments"
    assert any(d.code == "label-rejected" and "comment thread" in d.message and d.line == 17 for d in doc.diagnostics)
    assert any(d.code == "heading-demoted" and "comment thread" in d.message for d in doc.diagnostics)


def test_comments_on_a_topic_is_a_section_of_the_conversation() -> None:
    doc = parse(_POST_WITH_COMMENTS.replace("### 2 Comments", "### Comments on the budget"))
    assert "Comments on the budget" in [s.title for s in doc.sections]
    assert any(t.text.startswith("I agree with the post.") for t in doc.turns)


def test_a_comments_section_of_a_meeting_keeps_its_turns() -> None:
    meeting = (
        "# Council meeting\n\n## Opening\n\nChair: We open the meeting.\n\nClerk: All present.\n\n## Comments\n\n"
        "Chair: Any comments on the minutes?\n\nMs Lee: None from me.\n\n## Vote\n\nChair: All in favour?\n\nClerk: Carried.\n"
    )
    doc = parse(meeting)
    assert len(doc.turns) == 6
    assert [s.title for s in doc.sections] == ["Opening", "Comments", "Vote"]


def test_page_furniture_after_the_conversation_stays_in_the_trailer() -> None:
    text = (
        "# A talk with Anna\n\nInterviewer: How did you start?\n\nAnna Weber: At university.\n\nInterviewer: And now?\n\n"
        "Anna Weber: I teach.\n\n### Related posts\n\n- Another interview\n\n## Subscribe to our newsletter\n\nGet the best posts weekly.\n"
    )
    doc = parse(text)
    assert doc.sections == ()
    assert doc.trailer[0] == "### Related posts"
    assert doc.trailer[-1] == "Get the best posts weekly."


def test_numbered_callers_are_speakers_not_an_outline() -> None:
    text = (
        "Host: Welcome back to the show. Lines are open.\n\nCaller 1: Hi, love the show\n\nHost: Thanks! What is your question?\n\n"
        "Guest: Go ahead.\n\nHost: Next caller.\n\nCaller 2: Hello from Leeds\n\nHost: Welcome. Your question?\n\nGuest: I can take it.\n"
    )
    assert len(parse(text).turns) == 8


def test_chapter_headings_with_a_time_are_sections_not_speakers() -> None:
    text = (
        "# Ep 42\n\n## Introduction 0:00\n\nIn this part we meet the guest.\n\nHost: Welcome. Today we talk compilers.\n\n"
        "Anna Weber: Thanks for having me.\n\n## Early Career 3:15\n\nHer first steps.\n\nHost: How did you start?\n\nAnna Weber: At university.\n"
    )
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["Host", "Anna Weber", "Host", "Anna Weber"]
    assert [s.title for s in doc.sections] == ["Introduction 0:00", "Early Career 3:15"]


def test_a_corpus_adds_its_own_comment_heading() -> None:
    parser = Parser(conventions=Conventions().adding(comment_openers={"what readers said"}))
    doc = parser.parse(_POST_WITH_COMMENTS.replace("### 2 Comments", "### What readers said"))
    assert len(doc.turns) == 4


def test_a_photo_caption_between_a_bold_question_and_the_labelled_answer_is_not_an_answer() -> None:
    qa = (
        "**How did the harbour change?**\n\n![](pier.png)\n\n林海\n\n**林海：** It grew, year after year.\n\n"
        "**And the ferries?**\n\n**林海：** Fewer, but larger.\n\n**What next?**\n\n**林海：** A lighthouse.\n"
    )
    doc = parse(qa)
    assert [t.speaker for t in doc.turns] == [None, "林海"] * 3
    assert doc.turns[1].text == "It grew, year after year."
    # the caption is kept where it stands (with the question above it), and said why
    assert doc.turns[0].text == "How did the harbour change?\n\n林海"
    assert any("photo's caption" in d.message and d.line == 5 for d in doc.diagnostics)


def test_header_keys_metadata_keys_line_margins_and_line_lengths_are_settings() -> None:
    # which bare lines above the body are its header
    text = "Redaktion: Lena Roth\n\nQ: Warum?\n\nA: Darum.\n\nQ: Wirklich?\n\nA: Ja."
    assert dict(parse(text).metadata) == {}
    assert dict(Parser(conventions=Conventions().adding(header_keys={"Redaktion"})).parse(text).metadata) == {"Redaktion": "Lena Roth"}
    # which front matter keys are metadata rather than the labels of speech between two rules
    ruled = "---\nQ: Why bread?\nA: Flour is cheap.\n---\nQ: And ovens?\nA: Borrowed.\n"
    assert len(parse(ruled).turns) == 4
    as_metadata = Parser(conventions=Conventions().adding(metadata_keys={"q", "a"})).parse(ruled)
    assert dict(as_metadata.metadata) == {"Q": "Why bread?", "A": "Flour is cheap."}
    assert len(as_metadata.turns) == 2
    # how many numbered lines make a page's margin
    page = "".join(f"{(n - 1) % 25 + 1}   {'MR. LONG' if n % 2 else 'MS. HALE'}: Line {n}.\n" for n in range(1, 30))
    assert parse(page).turns[0].text == "Line 1."
    assert Parser(conventions=Conventions(gutter_lines=40)).parse(page).turns == ()
    # how long a plain line may be to be a heading, and a photo's caption
    plain = (
        "**Q:** Where did you grow up?\n\n**A:** In a mill town.\n\nEarly years\n\n**Q:** What was school like?\n\n"
        "**A:** Loud.\n\nFirst music lessons\n\n**Q:** First instrument?\n\n**A:** Drums."
    )
    assert len(parse(plain).sections) == 2
    assert parse(plain, conventions=Conventions(plain_heading_length=12)).sections == ()
    qa = (
        "**How did the harbour change?**\n\n![](pier.png)\n\n林海\n\n**林海：** It grew, year after year.\n\n"
        "**And the ferries?**\n\n**林海：** Fewer, but larger.\n\n**What next?**\n\n**林海：** A lighthouse.\n"
    )
    assert parse(qa).turns[0].text == "How did the harbour change?\n\n林海"
    assert parse(qa, conventions=Conventions(caption_length=1)).turns[1].text == "林海"


def test_a_cast_in_the_front_matter_is_metadata_though_its_keys_label_the_speech() -> None:
    # the front matter names the interviewer and the interviewee; the body's labels are the same
    # words: the block names its speakers without speaking (its values are no sentences)
    cast = (
        "---\nTítulo: Conversa com Rui Lopes\nEntrevistadora: Ana Dias\nEntrevistado: Rui Lopes\nData: 2025-03-05\n---\n\n"
        "**Entrevistadora:** Boa noite. Como te chamas?\n\n**Entrevistado:** Rui.\n\n"
        "**Entrevistadora:** E o que fazes?\n\n**Entrevistado:** Pão.\n"
    )
    doc = parse(cast)
    assert doc.title == "Conversa com Rui Lopes"
    assert str(doc.date) == "2025-03-05"
    assert doc.metadata["Entrevistadora"] == "Ana Dias"
    assert [t.text for t in doc.turns] == ["Boa noite. Como te chamas?", "Rui.", "E o que fazes?", "Pão."]
    assert "frontmatter-not-metadata" not in [d.code for d in doc.diagnostics]
    # speech between two rules still reads as speech
    assert len(parse("---\nQ: Why bread?\nA: Flour is cheap.\n---\nQ: And ovens?\nA: Borrowed.\n").turns) == 4


def test_the_title_and_date_keys_are_settings_in_several_languages() -> None:
    for key, date_key in (("Titre", "Date"), ("Titel", "Datum"), ("título", "fecha"), ("タイトル", "日付"), ("제목", "날짜")):
        doc = parse(f"---\n{key}: Un titre\n{date_key}: 2024-05-01\n---\n\nTexte.")
        assert (doc.title, str(doc.date)) == ("Un titre", "2024-05-01"), key
    text = "---\nheadline: Bread\nissued: 2024-05-01\n---\n\nText."
    assert (parse(text).title, parse(text).date) == (None, None)
    parser = Parser(conventions=Conventions().adding(title_keys={"headline"}, date_keys={"issued"}))
    doc = parser.parse(text)
    assert (doc.title, str(doc.date)) == ("Bread", "2024-05-01")


def test_fenced_divs_and_restructuredtext_comments_are_markup_around_questions() -> None:
    # a box around each labelled question (Pandoc's and markdown-it's fenced divs), answers unlabelled
    boxed = "".join(
        f"::: .question\n*Host:* **{q}**\n:::\n\n{a}\n\n"
        for q, a in (("Why bees?", "My aunt kept them."), ("How many hives?", "Four, then nine."), ("Any stings?", "Hundreds."))
    )
    doc = parse(boxed)
    assert [(t.speaker, t.text) for t in doc.turns] == [
        ("Host", "Why bees?"), (None, "My aunt kept them."), ("Host", "How many hives?"), (None, "Four, then nine."),
        ("Host", "Any stings?"), (None, "Hundreds."),
    ]  # fmt: skip
    # a linter's comment between a bold question and its indented answer (reStructuredText)
    rest = (
        "Interview with Ada Moss\n=======================\n\n**Where did you study?**\n\n.. vale off\n\n    In Leeds, at night.\n\n"
        "**What came next?**\n\n    A printing shop.\n\n.. vale on\n\n**Would you do it again?**\n\n    Every time.\n"
    )
    doc = parse(rest)
    assert [t.text for t in doc.turns] == [
        "Where did you study?", "In Leeds, at night.", "What came next?", "A printing shop.", "Would you do it again?", "Every time.",
    ]  # fmt: skip
    assert doc.sections == ()


_PLAIN_QA = (
    "Our editor sat down with the new head of the bakery school, who started here as a baker in 1998.\n\n"
    "How did you get your start in the school kitchen?\n\n"
    "I was baking at night for the canteen when the school opened its first course.\n\n"
    "What do you remember of your first class?\n\n"
    "The ovens. I was afraid of them for a month.\n\n"
    "She still keeps the first loaf's recipe pinned above her desk.\n\n"
    "What is your advice to new students?\n\n"
    "Taste everything, as I did, and sleep when you can.\n"
)


def test_plain_questions_in_an_interview_titled_as_one() -> None:
    doc = parse("---\ntitle: Interview with the head of the bakery school\n---\n" + _PLAIN_QA)
    assert [(t.role, t.text[:24]) for t in doc.turns] == [
        ("interviewer", "How did you get your sta"), ("interviewee", "I was baking at night fo"),
        ("interviewer", "What do you remember of "), ("interviewee", "The ovens. I was afraid "),
        ("interviewer", "What is your advice to n"), ("interviewee", "Taste everything, as I d"),
    ]  # fmt: skip
    assert doc.preamble == ("Our editor sat down with the new head of the bakery school, who started here as a baker in 1998.",)
    assert "first loaf" in doc.turns[3].text  # a narrator's line inside an answer stays in it


def test_plain_questions_elsewhere_are_prose_and_say_so() -> None:
    # no title naming an interview: an article may ask and answer itself
    doc = parse("---\ntitle: The bakery school\n---\n" + _PLAIN_QA)
    assert doc.turns == ()
    assert any(d.code == "label-rejected" and "title says the document is an interview" in d.message for d in doc.diagnostics)
    # questions that address no one, answered about things, under an interview's title
    essay = "# An interview with history\n\n" + "".join(
        f"{q}\n\n{a}\n\n" for q, a in (("Why did the mills close?", "Cheap cotton arrived."), ("What happened to the towns?", "They shrank."),
                                        ("Was it avoidable?", "Perhaps not."))
    )
    doc = parse(essay)
    assert doc.turns == ()
    assert any("address no one" in d.message for d in doc.diagnostics if d.code == "label-rejected")
    # a labelled interview keeps its plain questions inside their labelled turns
    labelled = "# Interview with Ana\n\n" + "".join(
        f"HOST:\n\n{q}\n\nANA:\n\n{a}\n\n" for q, a in (("Where did you grow up?", "In Porto."), ("Do you miss it?", "Every day."),
                                                            ("Would you go back?", "Next year."))
    )
    assert [t.speaker for t in parse(labelled).turns] == ["HOST", "ANA"] * 3


def test_emphasised_questions_between_answer_lines_with_no_blank_line_anywhere() -> None:
    # a blog written a line per paragraph: each question in bold italics on its own line, its answer
    # on the next, no blank line between any of them
    talk = (
        "# A short interview with myself\n***Good to see you, Noor.***\nLikewise, I have missed this.\n"
        "***Why did you start a newsletter?***\nBecause my old forums closed one by one.\n"
        "***Who reads your letters?***\nMy former colleagues, and my aunt.\n"
        "***Any plans for your summer?***\nI will walk along the coast.\n"
    )
    doc = parse(talk)
    assert [(t.role, t.text) for t in doc.turns] == [
        ("interviewer", "Good to see you, Noor."), ("interviewee", "Likewise, I have missed this."),
        ("interviewer", "Why did you start a newsletter?"), ("interviewee", "Because my old forums closed one by one."),
        ("interviewer", "Who reads your letters?"), ("interviewee", "My former colleagues, and my aunt."),
        ("interviewer", "Any plans for your summer?"), ("interviewee", "I will walk along the coast."),
    ]  # fmt: skip
    # a questionnaire's numbered list, answers indented under each item, is not read so
    listed = "# Ten desk questions\n" + "".join(f"{n}. **Which pen number {n} do you use?**  \n\tA blue one, mostly.\n" for n in range(1, 6))
    assert parse(listed).turns == ()


def test_a_bold_question_with_a_word_emphasised_inside_it() -> None:
    qa = "".join(
        f"**{q}**\n\n**Lea :** {a}\n\n"
        for q, a in (("1. What is the *usual* way to write a paper here?", "Many authors."), ("2. Who decides the *order*?", "The lab head."),
                     ("3. Has that changed?", "A little."))
    )
    doc = parse(qa)
    assert [(t.speaker, t.text) for t in doc.turns][:2] == [(None, "1. What is the usual way to write a paper here?"), ("Lea", "Many authors.")]
    assert len(doc.turns) == 6
    assert doc.turns[0].emphasis[-1].kind == "em"
    # two bold runs are still two runs, not one question
    assert wrapped("**Ana** and **Bo**") is None
    assert wrapped("**a *b**") is None


def test_review_findings_on_round_30_conventions_stay_fixed() -> None:
    # a novel's italic thoughts and a song's chorus between plain lines are no questions
    novel = (
        "# Chapter 3\n\nShe put the letter down and looked at the sea.\n*Why now, after all these years?*\nThe gulls did not answer.\n"
        "Her brother had left in spring.\n*Would he even remember the house?*\nShe doubted it.\nThe kettle whistled.\n"
        "*Was it too late to write back?*\nProbably, but she picked up the pen.\n"
    )
    song = "Walking down the empty road\n*Where did you go?*\nLeaves are falling, cold winds blow\nI kept your coat by the door\n" * 3
    assert parse(novel).turns == ()
    assert parse(song).turns == ()
    # guides about interviews, and a dialog box's documentation, ask and answer without an interviewee
    guide = (
        "Why do you need them?\n\nBecause analytics tell you what, not why.\n\nHow many should you run?\n\n"
        "Five per segment is usually enough.\n\nWhat do you ask first?\n\nAsk about the last time they did the task.\n"
    )
    for title in ("Running user interviews", "How to ace your interview", "Interviewing 101", "Kubernetes Interview Guide"):
        assert parse(f"# {title}\n\n{guide}").turns == (), title
    widget = ("# Dialog 对话框组件\n\n如何让你的对话框点击遮罩不关闭？\n\n设置 closeOnClickModal 为 false 即可。\n\n你可以在对话框里嵌套表单吗？\n\n"
              "可以，表单放在默认插槽里。\n\n为什么你的对话框打开后页面会滚动？\n\n需要开启 lockScroll 属性。\n")
    assert parse(widget).turns == ()
    # an interview marking its questions with a dash keeps a rhetorical question in its answer
    dashed = ("# Interview with a retired nurse\n\n— How did you start?\n\nI started in 1972 at the county hospital.\n\n"
              "Can you imagine night shifts with two nurses for forty beds?\n\nWe did it for years.\n\n— What changed for you?\n\n"
              "Everything, mostly the paperwork.\n\n— Do you have any regrets?\n\nNone at all.\n")
    assert [t.role for t in parse(dashed).turns] == ["interviewer", "interviewee"] * 3
    # short speech between two rules is speech; a cast of full names is metadata
    chat = "---\nTom: Good morning everyone\nSara: Morning Tom\n---\n\nTom: Let's start with the budget.\n\nSara: The numbers are in the sheet.\n"
    assert len(parse(chat).turns) == 4
    assert len(parse("---\nQ: Name\nA: Rui\n---\n\nQ: Age\n\nA: 40\n\nQ: City\n\nA: Porto\n").turns) == 6
    # a labelled interview's rhetorical questions are not weighed, and strict mode has nothing to say
    headed = ("### Ana\n\nHow did the shop start?\n\n### Ben\n\nMy uncle left me the building.\n\nDid I know anything about shoes?\n\n"
              "Nothing at all.\n\nWas it hard?\n\nEvery day.\n\nWould I do it again?\n\nYes.\n\n### Ana\n\nAnd now?\n\n### Ben\n\nMy daughter runs it.\n")
    assert Parser(strict=True).parse(headed).turns == parse(headed).turns
    # two dots as an ellipsis, and a note between colons, stay in the speech
    dots = "Ana: did you push the fix?\nBen: not yet\n.. wait yes i did\nAna: ok thanks\nBen: np\n"
    assert parse(dots).turns[1].text == "not yet\n.. wait yes i did"
    tape = ("**Interviewer:** Tell me about the war years.\n\n**Mrs Hale:** We moved to the coast in 1941.\n\n"
            "::: The second tape starts here :::\n\n**Interviewer:** And after that?\n\n**Mrs Hale:** My father came home.\n")
    assert "::: The second tape starts here :::" in parse(tape).turns[1].text
    # a field line elsewhere does not keep an interview's plain questions from being read
    farm = ("# Interview with a beekeeper\n\nWhy did you start keeping bees?\n\nMy aunt gave me a hive.\n\nHow many do you keep now?\n\n"
            "We have nine.\n\nWhat would you tell a beginner?\n\nI would say: start with one.\n\nUpdate: the farm now sells honey online.\n")
    assert len(parse(farm).turns) == 6
    # of two spellings of the date key, the one in small letters
    assert str(parse("---\ntitle: Report\nDate: 2024-05-02\ndate: 2020-01-01\n---\n\nText.\n").date) == "2020-01-01"


def test_a_fallback_detector_is_asked_only_when_nothing_else_makes_a_turn() -> None:
    from interview_parser import SpeakerMatch

    asked: list[int] = []

    class EveryOtherLine:
        name = "every_other_line"
        fallback = True

        def detect_document(self, lines: Sequence[Line]) -> dict[int, SpeakerMatch]:
            asked.append(len(lines))
            return {i: SpeakerMatch("", 0, 0, role="interviewer" if i % 2 == 0 else "interviewee") for i in range(len(lines))}

    parser = Parser(detectors=[*BUILTIN_DETECTORS, EveryOtherLine()])
    labelled = parser.parse("Ana: Hi.\n\nBo: Hello.\n\nAna: Well?\n\nBo: Yes.")
    assert [t.speaker for t in labelled.turns] == ["Ana", "Bo", "Ana", "Bo"]
    assert asked == []  # the labels made turns: the fallback was not asked
    plain = parser.parse("One line.\n\nAnother line.\n\nA third.\n\nA fourth.")
    assert asked == [4]
    assert [(t.detector, t.role) for t in plain.turns] == [("every_other_line", "interviewer"), ("every_other_line", "interviewee")] * 2
    # explain shows a fallback's proposals only where the parser asked it
    assert "every_other_line" not in str(parser.explain("Ana: Hi.\n\nBo: Hello.\n\nAna: Well?\n\nBo: Yes."))
    assert "every_other_line" in str(parser.explain("One line.\n\nAnother line.\n\nA third.\n\nA fourth."))
    # a document whose only proposals came from a fallback and were refused says so
    guide = "# Running user interviews\n\nWhy do you need them?\n\nAnalytics tell you what.\n\nHow many?\n\nFive.\n\nWhat first?\n\nThe last task.\n"
    assert parse(guide).diagnostics[-1].message == "No speaker turns found: every proposed label was rejected"


def test_second_review_findings_on_round_30_conventions_stay_fixed() -> None:
    # a company's Q&A, a hiring page and a blog about one's own interview ask no one: no turns
    for text in (
        "# Q&A: changes to our pricing\n\nWhy are prices going up?\n\nOur hosting costs doubled, and we want to keep going.\n\n"
        "Will the free plan stay?\n\nYes, we will keep it.\n\nWhen do the new prices start?\n\nWe switch on 1 March.\n",
        "# Our interview process\n\nHow many stages are there?\n\nWe run three.\n\nHow long does it take?\n\nWe aim for two weeks.\n\n"
        "Do we give feedback?\n\nWe always do.\n",
        "# 对话管理 API\n\n如何创建一个对话？\n\n我们提供 create 方法。\n\n如何删除对话？\n\n我们建议调用 delete。\n\n对话有数量上限吗？\n\n我们默认限制为一百个。\n",
        "# 인터뷰 준비 가이드\n\n언제 도착하면 되나요?\n\n저녁 일곱 시 전에 오세요.\n\n무엇을 가져가나요?\n\n저장한 파일을 가져오세요.\n\n주차가 되나요?\n\n지하 주차장을 이용하세요.\n",
    ):
        assert parse(text).turns == (), text[:30]
    # one blank line left out among bold questions standing alone keeps its question
    bees = ("# Jane Doe, beekeeper\n\n**How did you start?**\n\nI bought a hive at a fair.\n\n**What is the hardest part?**\n\n"
            "Winter, when the bees die.\n**What comes next?**\n\nA small shop in town.\n\n**Any advice?**\n\nStart with two hives.\n")
    assert [t.role for t in parse(bees).turns] == ["interviewer", "interviewee"] * 4
    # a chapter opening with an italic thought, a song opening with its chorus: refused whole
    chapter = ("# Chapter 3\n\n*Why now, after all these years?*\nShe put the letter down.\nThe gulls did not answer her.\n"
               "*Would he even remember the house?*\nShe doubted it.\nThe kettle whistled.\n*Was it too late to write back?*\nProbably.\n")
    song = "*Where did you go?*\nWalking down the empty road\nLeaves are falling, cold winds blow\n" * 3
    assert parse(chapter).turns == ()
    assert parse(song).turns == ()
    # a French interview: a question opening with "Qu", a title with an elided article
    french = ("# L'interview de Marie Dubois, apicultrice\n\nComment avez-vous commencé ?\n\nJ'ai acheté une ruche sur un marché.\n\n"
              "Quel est pour vous le plus difficile ?\n\nL'hiver, je perds des ruches.\n\nEt vos abeilles, elles vous piquent ?\n\n"
              "Rarement, je les connais bien.\n")
    assert [t.text[:9] for t in parse(french).turns] == ["Comment a", "J'ai ache", "Quel est ", "L'hiver, ", "Et vos ab", "Rarement,"]
    # a list of questions inside an answer, and an answer opening with a quotation, keep the reading
    listed = ("# Interview with Jane Doe, beekeeper\n\nHow did you start keeping bees?\n\nI bought a hive at a fair.\n\n"
              "What do beginners ask you?\n\nI hear the same things every spring:\n\n- Will I get stung?\n- Is honey hard to harvest?\n\n"
              "What do you tell beginners?\n\n\u201cBe patient\u201d is what I always tell them.\n")
    assert [t.role for t in parse(listed).turns] == ["interviewer", "interviewee"] * 3
    # ellipses in a chat, and a lower-case note between colons, stay in the speech
    chat = "Ana: can you check the logs?\nBen: sure\n.. hold on\nBen: found it, disk full\nAna: thanks\nBen: np\n"
    assert parse(chat).turns[1].text == "sure\n.. hold on"
    tape = ("**Interviewer:** Tell me about the war years.\n\n**Mrs Hale:** We moved in 1941.\n\n::: second tape starts here :::\n\n"
            "**Interviewer:** And after that?\n\n**Mrs Hale:** My father came home.\n")
    assert "::: second tape starts here :::" in parse(tape).turns[1].text


def test_a_translators_warning_is_a_field_in_russian_too() -> None:
    text = "**Предупреждение**: это перевод.\n\n**Как всё началось?**\n\nС двух печей.\n\n**А потом?**\n\nКредит.\n\n**Что дальше?**\n\nМаяк.\n"
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == [None] * 6


_INTERVIEW_RECORD = (
    "# Interview record\n\n**Interviewer:**  \nTeam Harbour\n\n**Date:**  \nTuesday, 11 March 2025\n\n**Respondent:**  \nPort manager\n\n"
    "## Questions and answers\n\n"
    "1. **Why a new pier?**  \n   Ships got bigger, and the old one was too short.\n\n"
    "2. **Who pays for it?**  \n   The town and the ferry company, half each.\n\n"
    "3. **When will it open?**  \n   Next spring, if the weather holds.\n"
)


def test_bold_questions_in_a_numbered_list_with_the_answer_indented_below() -> None:
    doc = parse(_INTERVIEW_RECORD)
    assert [(t.role, t.text[:14]) for t in doc.turns] == [
        ("interviewer", "1. Why a new p"),
        ("interviewee", "Ships got bigg"),
        ("interviewer", "2. Who pays fo"),
        ("interviewee", "The town and t"),
        ("interviewer", "3. When will i"),
        ("interviewee", "Next spring, i"),
    ]


def test_labels_with_values_above_an_unlabelled_qa_are_its_header() -> None:
    doc = parse(_INTERVIEW_RECORD)
    assert doc.speakers == ()
    header = [d.line for d in doc.diagnostics if d.code == "label-rejected" and "header line" in d.message]
    assert header == [3, 9]  # "Date" is a field word, rejected before


def test_timed_segments_of_speech_are_not_names_alone_on_a_line() -> None:
    text = (
        "Ana:00:00:01 Welcome back to the harbour show.\n\n"
        "Bo:00:00:05 Glad to be here again.\n\n"
        "00:00:09 We talked about ferries last week.\n\n"
        "00:00:12 And piers.\n\n"
        "00:00:14 Lighthouse keeper\n\n"
        "Ana:00:00:16 Right.\n\n"
        "00:00:18 So where do we start today?\n\n"
        "00:00:20 Old ropes\n\n"
        "Bo:00:00:22 With the ropes, yes.\n"
    )
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["Ana", "Bo", "Ana", "Bo"]
    assert doc.sections == ()
    assert "Lighthouse keeper" in doc.turns[1].text


def test_a_full_name_once_then_its_initials_throughout() -> None:
    text = (
        "Some lead text about the interview.\n\n"
        "**Harbour Weekly：Why did you start building boats?**\n\nAda Lovell：My father built them.\n\n"
        "**HW：And now?**\n\nAL：Now I teach.\n\n**HW：Who comes to learn?**\n\nAL：Anyone who asks.\n"
    )
    doc = parse(text)
    assert [t.label for t in doc.turns] == ["Harbour Weekly", "Ada Lovell", "HW", "AL", "HW", "AL"]
    reasons = [line.decision.reason for line in Parser().explain(text).lines if line.decision is not None]
    assert reasons.count("spoken once by a full name whose initials 'al' recur") == 1


def test_numbered_parts_of_an_outline_are_not_speakers_even_far_apart() -> None:
    text = (
        "Block 1: Harbour and ferries\n\n00:00 – Opening\n\nInterviewer: Shall we start?\n\nGuest: Yes, gladly.\n\n"
        "Interviewer: Why ferries?\n\nGuest: They are cheap.\n\n"
        "Block 2: Lighthouse & keepers\n\n04:59 – The keeper\n\nInterviewer: Who keeps it?\n\nGuest: My aunt does.\n\n"
        "Block 3: Future plans\n\n09:12 – Next year\n\nInterviewer: And then?\n\nGuest: A new pier.\n"
    )
    doc = parse(text)
    assert [s.name for s in doc.speakers] == ["Interviewer", "Guest"]
    assert [s.title for s in doc.sections] == ["04:59 – The keeper", "09:12 – Next year"]  # between turns
    assert sum("an outline's parts" in d.message for d in doc.diagnostics) == 3


def test_numbered_speakers_who_say_sentences_far_apart_are_speakers() -> None:
    text = (
        "Host: Questions from the floor?\n\nVisitor 1: Why did the ferry stop running?\n\nGuest: Money.\n\n"
        "Host: Next?\n\nVisitor 2: Will the pier reopen soon?\n\nGuest: Next year.\n\nHost: Thanks.\n\nGuest: Thank you.\n"
    )
    assert [t.speaker for t in parse(text).turns].count("Visitor 2") == 1


def test_initials_run_together_are_a_name() -> None:
    text = "***Ż.Ł-T:*** Dzień dobry.\n\n***Ana:*** Dzień dobry.\n\n***Ż.Ł-T:*** Zaczynamy?\n\n***Ana:*** Tak.\n"
    assert [t.speaker for t in parse(text).turns] == ["Ż.Ł-T", "Ana", "Ż.Ł-T", "Ana"]


def test_a_document_detector_that_saw_candidates_says_why_it_took_none() -> None:
    one_question = "# Ana\n\nIntro.\n\n**Where did you grow up?**\n\nBy the sea.\n\nMy mother painted.\n"
    doc = parse(one_question)
    assert doc.turns == ()
    declined = [d for d in doc.diagnostics if d.code == "detector-declined"]
    assert [(d.line, d.message.split(":")[0]) for d in declined] == [(5, "magazine_qa")]
    assert "min_questions=3" in declined[0].message
    assert "few_questions=2" in declined[0].message
    assert doc.diagnostics[-1].code == "no-turns"
    # the setting the message names is the one that changes the outcome
    one = Parser(detectors=[*(d for d in BUILTIN_DETECTORS if d.name != "magazine_qa"), MagazineQA(min_questions=1)])
    assert len(one.parse(one_question).turns) == 2
    # quoted mail: the caption detector saw its marks and says why it did not take them
    mail = "Hi\n\n>> one\n>> two\n>> three\n>> four\n>> five\n"
    assert [d.message.split(":")[0] for d in parse(mail).diagnostics if d.code == "detector-declined"] == ["caption_marker"]
    # a document with turns is not asked; nor is one where the detector saw nothing
    assert not any(d.code == "detector-declined" for d in parse("Plain prose, no questions.\n").diagnostics)


def test_explain_shows_what_a_document_detector_declined() -> None:
    report = str(Parser().explain("# Ana\n\n**Where did you grow up?**\n\nBy the sea.\n\nMy mother painted.\n"))
    assert report.splitlines()[-1].startswith("  line 3: magazine_qa: 1 unlabelled question(s)")


def test_two_emphasised_questions_make_an_interview_only_where_the_title_says_so() -> None:
    """A short interview asks twice in bold or italics (or asks once and prompts once, in the same
    emphasis): under a title that says interview, with questions that address someone and answers
    that speak for their speaker, it is a Q&A; elsewhere each proposal is refused with a reason."""
    body = (
        "Our guest builds kites for a living.\n\n"
        "*Where did you learn your trade, and who taught you?*\n\n"
        "My uncle taught me on the dunes when I was nine.\n\n"
        "*Tell us about the kite you are proudest of.*\n\n"
        "I made a box kite from old sails; it flew for a whole day.\n\n"
        "*Would you teach your own children?*\n\n"
        "I already do, every Sunday.\n"
    )
    doc = parse("# An interview with a kite maker\n\n" + body)
    assert [(t.speaker, t.text[:12]) for t in doc.turns] == [
        (None, "Where did yo"),
        (None, "My uncle tau"),
        (None, "Tell us abou"),
        (None, "I made a box"),
        (None, "Would you te"),
        (None, "I already do"),
    ]
    assert doc.preamble == ("Our guest builds kites for a living.",)
    # the same text under a title that does not say interview: no turns, each proposal explained
    essay = parse("# Kites\n\n" + body)
    assert essay.turns == ()
    rejected = [d for d in essay.diagnostics if d.code == "label-rejected"]
    assert len(rejected) == 6
    assert all("title says the document is an interview" in d.message for d in rejected)
    assert essay.diagnostics[-1].code == "no-turns"
    # questions that address no one, answered in the third person: an article's rhetorical asides
    aside = parse(
        "# Interview season\n\n**Why do firms hire in spring?**\n\nBudgets open then.\n\n"
        "**What do the numbers say?**\n\nHiring rises by a tenth.\n"
    )
    assert aside.turns == ()
    assert any("address no one" in d.message for d in aside.diagnostics if d.code == "label-rejected")


def test_questions_answered_by_lists_of_points_are_notes_not_an_interview() -> None:
    notes = "# Prep\n\n" + "".join(
        f"## Q: {q}?\n\n* {a} one\n* {a} two\n* {a} three\n\n"
        for q, a in (("What do you bake", "Bread"), ("Why ovens", "Heat"), ("Where next", "North"), ("When", "Soon"))
    )
    doc = parse(notes)
    assert doc.turns == ()
    rejected = [d.message for d in doc.diagnostics if d.code == "label-rejected"]
    assert rejected
    assert all("lists of points" in m for m in rejected)
    # the same questions answered in sentences are an interview; a dialogue dash before one paragraph
    # is not a list, and it is the answer's markup, as an em dash is
    spoken = notes.replace("* Bread one\n* Bread two\n* Bread three", "- Bread, mostly. Rye on Sundays.")
    spoken = spoken.replace("* Heat one\n* Heat two\n* Heat three", "Heat is cheap here.")
    spoken = spoken.replace("* North one\n* North two\n* North three", "North, to the coast.")
    spoken = spoken.replace("* Soon one\n* Soon two\n* Soon three", "- Soon enough.")
    assert [t.text for t in parse(spoken).turns][1::2] == [
        "Bread, mostly. Rye on Sundays.", "Heat is cheap here.", "North, to the coast.", "Soon enough."
    ]


def test_a_questionnaire_not_yet_filled_in_is_a_form_not_an_interview() -> None:
    item = (
        "## {n}. Deliveries\n\n**Question:** How should a bakery order flour?\n\n"
        "- [ ] By phone\n- [ ] In the app\n\n**Your Answer:**\n\n**Decided By:** ________ **Date:** ______\n\n"
    )
    form = "# Bakery survey\n\n" + "".join(item.format(n=n) for n in range(1, 5))
    doc = parse(form)
    assert doc.turns == ()
    assert any("blanks to fill in" in d.message for d in doc.diagnostics if d.code == "label-rejected")
    # bold lead-ins ending in a colon under "#" headings are not headings
    assert [s.title for s in doc.sections] == [f"{n}. Deliveries" for n in range(1, 5)]
    # a redaction inside speech is not a blank to fill in
    redacted = "".join(f"**Ana:** Mr. ______ called on day {n}.\n\n**Bo:** Which one?\n\n" for n in range(1, 4))
    assert len(parse(redacted).turns) == 6


def test_a_run_of_headlines_before_the_conversation_is_a_list_not_a_speaker() -> None:
    headlines = "".join(f"Mayor's Office: Harbour works item {n} on schedule\n" for n in range(1, 5))
    talk = "".join(f"**ANA LIMA:** Question {n} about the harbour?\n\n**BO REIS:** Answer {n}, it is fine.\n\n" for n in range(1, 4))
    doc = parse("#### Headlines\n" + headlines + "\n#### Transcript\n" + talk)
    assert [t.speaker for t in doc.turns] == ["ANA LIMA", "BO REIS"] * 3
    rejected = [d for d in doc.diagnostics if d.code == "label-rejected"]
    assert len(rejected) == 4
    assert all("a list (headlines, quotes)" in d.message for d in rejected)
    # written like the conversation, the run stays: a host's opening remarks in several paragraphs
    opening = "".join(f"**ANA LIMA:** Opening remark {n}.\n\n" for n in range(1, 3))
    assert len(parse(opening + talk).turns) == 8


def test_an_escaped_dialogue_dash_is_not_a_run_in_shared_by_the_answers() -> None:
    text = "".join(f"### Question {n}: how is your harbour?\n\n\\- Answer {n}, the harbour is fine.\n\n" for n in range(1, 5))
    doc = parse(text)
    assert [t.text for t in doc.turns][1::2] == [f"Answer {n}, the harbour is fine." for n in range(1, 5)]


def test_questions_left_unlabelled_before_each_labelled_answer_are_the_interviewers() -> None:
    pairs = (("Onde você cresceu?", "Numa vila perto do porto."), ("Por que o pão?", "A farinha era barata."), ("E agora?", "Agora ensino."))
    body = "".join(f"&nbsp;\n{q}\n\n&nbsp;\n**Resposta:** {a}\n\n" for q, a in pairs)
    doc = parse("## Entrevista\n\nEntrevistado: Ana Lima\n\n" + body)
    assert [(t.speaker, t.text) for t in doc.turns] == [
        (None, "Onde você cresceu?"),
        ("Resposta", "Numa vila perto do porto."),
        (None, "Por que o pão?"),
        ("Resposta", "A farinha era barata."),
        (None, "E agora?"),
        ("Resposta", "Agora ensino."),
    ]
    assert [t.role for t in doc.turns][:2] == ["interviewer", "interviewee"]
    # the paragraphs before the answers do not ask: nothing is inferred, and "Resposta" alone is no exchange
    assert parse(body.replace("?", ".")).turns == ()


def test_a_profile_box_and_its_empty_template_are_fields_not_speakers() -> None:
    profile = "氏名：林海\n居住地：港町\n職業：物書き\n　小説\n　随筆\n道具：万年筆\n"
    template = "氏名：\n居住地：\n職業：\n道具：\n"
    qa = "".join(f"── 質問{n}はなんですか？\n\n答え{n}です。\n\n" for n in range(1, 4))
    doc = parse(profile + "\n" + qa + template)
    assert [t.speaker for t in doc.turns] == [None] * 6
    rejected = [d for d in doc.diagnostics if d.code == "label-rejected"]
    assert len(rejected) == 8
    assert all("block of lines" in d.message for d in rejected[:4])  # the value of 職業 goes on over two lines
    # an empty template alone is a block too
    empty = parse(template + "\n" + "".join(f"林：問{n}ですか？\n\n王：答{n}です。\n\n" for n in range(1, 4)))
    assert [t.speaker for t in empty.turns] == ["林", "王"] * 3
    assert sum(1 for d in empty.diagnostics if "block of lines" in d.message) == 4
    # a chat's lines in one paragraph repeat their speakers: no block
    chat = "Ana: hi\nBo: hello\nAna: how are you\nBo: fine\n"
    assert len(parse(chat).turns) == 4


def test_a_label_followed_by_the_same_value_in_every_record_is_a_field() -> None:
    records = "".join(
        f"### {n}. Harbour episode {n}\n\n**Show**: Harbour Talk {n}\n\n**Status**: waiting for import\n\n" for n in range(1, 5)
    )
    doc = parse(records)
    assert doc.turns == ()
    messages = [d.message for d in doc.diagnostics if d.code == "label-rejected"]
    assert sum("the same value 'waiting for import'" in m for m in messages) == 4
    # everyone laughing again and again is a stage direction's value, not a field's
    laughs = "".join(f"林：问题{n}是什么？\n\n王：答案{n}。\n\n全员：(笑)\n\n" for n in range(1, 4))
    assert [t.speaker for t in parse(laughs).turns].count("全员") == 3


def test_a_label_spoken_once_over_a_list_of_points_is_a_lead_in() -> None:
    talk = "".join(f"**Ana:** Question {n} about the mill?\n\n**Bo:** Answer {n}, it still turns.\n\n" for n in range(1, 4))
    doc = parse(talk + "**Resources:**\n\n* The mill's history\n* The river's map\n")
    assert [t.speaker for t in doc.turns] == ["Ana", "Bo"] * 3
    assert any("a lead-in to a list of points" in d.message for d in doc.diagnostics)
    # a one-off speaker who talks is still a speaker
    guest = parse(talk + "**Cy:**\n\nI was there too, by the bridge.\n")
    assert guest.turns[-1].speaker == "Cy"


# An independent review of the new conventions found these; each is kept as a regression test.


def test_review_questions_before_answers_stay_linear_and_respect_headings() -> None:
    # one long paragraph of questions and answers: answered in one pass (it was quadratic)
    assert parse("Why is that?\nR: Because.\n" * 3000).turns == ()
    # a heading right above a question is not part of it
    doc = parse("# Entrevista\n\n## Infância\nOnde nasceu?\nR: Em Braga.\n\n## Escola\nE a escola?\nR: No liceu.\n\n## Trabalho\nE depois?\nR: Fui para Lisboa.\n")
    assert [s.title for s in doc.sections] == ["Infância", "Escola", "Trabalho"]
    # a quiz's options sit in their question's paragraph: no interview
    quiz = "What is the capital of France?\nA. Paris\nB. Lyon\n\nWhich planet is largest?\nA. Jupiter\nB. Mars\n\nWho wrote Hamlet?\nA. Shakespeare\nB. Marlowe\n"
    assert parse(quiz).turns == ()


def test_a_full_label_whose_brackets_define_the_short_one_is_that_speaker() -> None:
    text = (
        "王小明（主持人，以下简称王）：欢迎来到节目。\n\n李华（嘉宾，以下简称李）：谢谢邀请。\n\n"
        + "".join(f"王：第{n}个问题是什么？\n\n李：第{n}个回答。\n\n" for n in range(3))
    )
    doc = parse(text)
    assert [(t.speaker, t.label) for t in doc.turns][:3] == [("王", "王小明（主持人，以下简称王）"), ("李", "李华（嘉宾，以下简称李）"), ("王", "王")]
    assert [s.name for s in doc.speakers] == ["王", "李"]
    assert "hereafter '王'" in Parser().explain(text).lines[0].decision.reason
    glued = "RIKI（以下为R）\n: 今天请多关照。\nZUN（以下为Z）\n: 请多关照。\n" + "".join(f"R\n: 问题{n}？\nZ\n: 回答{n}。\n" for n in range(3))
    assert [t.speaker for t in parse(glued).turns][:3] == ["R", "Z", "R"]
    # a role is no name a definition gives: "（需翻墙访问）" ends in 问 by chance
    roles = "".join(f"问：第{n}题？\n\n答：好的{n}。\n\n" for n in range(3)) + "原文地址（需翻墙访问）：https://example.org\n"
    assert all(t.label != "原文地址（需翻墙访问）" for t in parse(roles).turns)
    # brackets holding a role alone define nothing: the one-off is weighed as before
    plain = "Maria Costa (producer): Welcome.\n\n" + "".join(f"M: Question {n}?\n\nB: Answer {n}.\n\n" for n in range(3))
    assert all(t.speaker != "Maria Costa" and t.label != "Maria Costa (producer)" for t in parse(plain).turns)
    # brackets that name a speaker the label is not (an interpreter for Bo) define nothing
    relay = "Ana: How did you start?\n\nBo: With a jar.\n\nInterpreter (for Bo): He means his aunt.\n\nAna: And then?\n\nBo: A bakery.\n"
    assert parse(relay).turns[2].speaker == "Interpreter (for Bo)"
    assert "hereafter" not in Parser().explain(plain).lines[0].decision.reason


def test_a_line_spoken_once_before_the_conversation_that_names_its_speakers_is_a_cast_line() -> None:
    talk = "".join(f"**Ines:** Question {n}?\n\n**Tomas:** Answer {n}.\n\n" for n in range(3))
    doc = parse("**Presentes:** Ines Vidal (moderadora) y Tomas Ruiz (invitado)\n\n" + talk)
    assert [t.speaker for t in doc.turns] == ["Ines", "Tomas"] * 3
    assert "a cast line" in doc.diagnostics[0].message
    # a greeting that names one of them is speech
    greeting = parse("**Ana:** Welcome, Ines, to the show.\n\n" + talk)
    assert greeting.turns[0].speaker == "Ana"
    host = parse("**Host:** Tonight Ines and Tomas tell us how they met.\n\n" + talk)
    assert host.turns[0].speaker == "Host"


def test_questions_right_above_an_answering_word_are_the_interviewers() -> None:
    pairs = [("1.您为什么开这家店？", "因为喜欢做面包。"), ("2.最难的是什么？", "早起。"), ("3.以后有什么打算？", "再开一家。")]
    doc = parse("#### 店主\n" + "".join(f"{q}\n回答：{a}\n\n" for q, a in pairs))
    assert [(t.role, t.text) for t in doc.turns] == [(role, said) for q, a in pairs for role, said in (("interviewer", q), ("interviewee", a))]
    homework = "".join(f"{n}. What is {n} + {n}?\nAnswer: {2 * n}\n\n" for n in range(1, 4))
    assert parse(homework).turns == ()
    # under a letter, a question with its answer on the next line is a quiz's
    quiz = "".join(f"{q}\nA: {a}\n\n" for q, a in pairs)
    assert all(t.role != "interviewer" for t in parse(quiz).turns)


def test_review_researcher_and_participant_keep_their_roles() -> None:
    doc = parse("R: Can you tell me about your role?\n\nP: I manage the night shift.\n\nR: How long?\n\nP: Six years.\n")
    assert [(t.speaker, t.role) for t in doc.turns][:2] == [("R", "interviewer"), ("P", "interviewee")]


def test_review_real_answers_are_not_vetoed_as_fields_lists_or_forms() -> None:
    yes = "Q: Were you there?\nA: Yes\nQ: Did you see him?\nA: Yes\nQ: Did he speak?\nA: Yes\nQ: Was he angry?\nA: No\nQ: Did he leave?\nA: Yes\n"
    assert len(parse(yes).turns) == 10
    dashes = (
        "**Why did you start?**\n\n- Well, I was bored.\n\n- And a friend pushed me.\n\n**Was it hard?**\n\n- Very hard.\n\n"
        "- But worth it.\n\n**What next?**\n\n- A new book.\n\n- And maybe a film.\n"
    )
    assert len(parse(dashes).turns) == 6
    redacted = "".join(f"**Q:** Question {n}?\n\n**A:** ________\n\n" for n in range(1, 4)) + "**Q:** And you?\n\n**A:** No.\n"
    assert len(parse(redacted).turns) == 8


def test_review_records_under_headings_and_timetables_are_not_conversations() -> None:
    api = "".join(f"## {name}\n\nParameters\n: The handle.\n\nReturns\n: Nothing much.\n\n" for name in ("open", "close", "read"))
    assert parse(api).turns == ()
    timetable = "## 09:00 Lecture\n\nAlgebra.\n\n## 10:00 Seminar\n\nSet one.\n\n## 11:00 Lecture\n\nRings.\n\n## 12:00 Seminar\n\nSet two.\n"
    doc = parse(timetable)
    assert doc.turns == ()
    assert len(doc.sections) == 4


def test_review_quoted_turns_end_with_the_quote_and_list_numbers_are_kept() -> None:
    doc = parse("> **Lee:** Did you know?\n>\n> **Smith:** I did not.\n>\n> **Lee:** Not at all?\n>\n> **Smith:** Not until March.\n\nThis contradicts it.\n")
    assert doc.turns[-1].text == "Not until March."
    assert "This contradicts it." in doc.preamble
    numbered = parse("1. **Q:** Why?\n2. **A:** Because.\n3. **Q:** How?\n4. **A:** Slowly.\n")
    kept = "".join([*numbered.preamble, *(t.text for t in numbered.turns), *(t.label or "" for t in numbered.turns)])
    assert all(digit in kept for digit in "1234")


def test_review_a_long_line_after_two_hashes_is_text_and_kept() -> None:
    # longer than a heading's title may be: text, every letter kept (its time is in benchmarks/hostile.py)
    doc = parse("##a" + " " * 200_000 + "b")
    assert doc.sections == ()
    assert "".join(doc.preamble).replace(" ", "") == "##ab"


def test_a_guests_own_question_paragraph_is_not_made_the_interviewers() -> None:
    # the host speaks twice: two sides are labelled, and the guest's "…?" paragraph is her own
    text = "**主持人：** 你好。\n\n**主持人：** 开始吧。\n\n" + "**李娜：** 今天需要。\n\n今天需要？\n\n" * 3 + "**李娜：** 今天需要。\n"
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["主持人", "主持人", "李娜", "李娜", "李娜", "李娜"]


def test_a_narrators_pronoun_labels_are_reported_but_a_transcript_keeps_its_said_labels() -> None:
    conventions = Conventions()
    assert conventions.is_reported_speech("我问")
    assert conventions.is_reported_speech("i asked")
    assert not conventions.is_reported_speech("我")  # a self-interview's speaker
    assert not conventions.is_reported_speech("ivan")
    # speakers who recur establish a transcript: a recurring "X说" is then how it names a speaker
    text = "主持人：欢迎。\n\n嘉宾说：谢谢。\n\n主持人：开始吧。\n\n嘉宾说：好。\n\n主持人：最后一个问题？\n\n嘉宾说：请讲。"
    assert [s for s, _ in turns(text)] == ["主持人", "嘉宾说"] * 3
    # and a narrator's pronoun label can be taken out of the list
    plain = Parser(conventions=Conventions(narrator_pronouns=()))
    assert not plain.conventions.is_reported_speech("我问")


_GUIDE = (
    "# Bread\n\nA short guide.\n\n## Who invented bread?\n\nNobody knows; it is very old.\n\n"
    "## How does yeast work?\n\nIt eats sugar and makes gas.\n\n## Which flour is best?\n\nStrong wheat flour, mostly.\n"
)


def test_a_few_question_headings_that_address_no_one_are_an_articles_sections() -> None:
    doc = parse(_GUIDE)
    assert doc.turns == ()
    assert [s.title for s in doc.sections] == ["Who invented bread?", "How does yeast work?", "Which flour is best?"]
    assert any("Conventions.address_words" in d.message for d in doc.diagnostics if d.code == "label-rejected")


def test_one_question_heading_addressing_the_interviewee_makes_them_an_interviewers() -> None:
    for asked in ("When did you start baking?", "Seit wann backst du?", "你什么时候开始烤面包？"):
        doc = parse(_GUIDE.replace("Who invented bread?", asked))
        assert [t.role for t in doc.turns] == ["interviewee"] * 3, asked
        assert asked in [s.title for s in doc.sections]


def test_many_question_headings_need_no_address_and_the_threshold_is_a_setting() -> None:
    many = "".join(f"## Which oven is number {n}?\n\nThe one on the left, number {n}.\n\n" for n in range(1, 6))
    assert len(parse(many).turns) == 5
    assert parse(many, conventions=Conventions(addressed_questions=6)).turns == ()
    # a corpus can name its own way of addressing someone
    assert len(parse(_GUIDE, conventions=Conventions().adding(address_words={"bread"})).turns) == 3


def test_a_run_of_one_speaker_after_the_conversation_opened_is_inside_it() -> None:
    """Found by the round-trip property: ``Ana Lima`` twice between two of MR. SMITH's turns is a
    speaker of the conversation, not a list of headlines before it."""
    text = "".join(f"{name}\nEverything always.\n\n" for name in ("MR. SMITH", "Ana Lima", "Ana Lima", "MR. SMITH", "MR. TANAKA", "MR. TANAKA"))
    assert [t.speaker for t in parse(text).turns] == ["MR. SMITH", "Ana Lima", "Ana Lima", "MR. SMITH", "MR. TANAKA", "MR. TANAKA"]


def test_a_label_over_a_code_block_most_times_is_a_caption_not_a_speaker() -> None:
    recipe = "".join(
        f"## Recipe {n}\n\n**Prompt:** write a haiku about bread {n}\n\n**Sample:**\n\n```text\nwarm crust, soft inside {n}\n```\n\n"
        for n in range(1, 4)
    )
    doc = parse(recipe)
    assert doc.turns == ()
    assert any("a caption over code" in d.message for d in doc.diagnostics)
    # a chat whose assistant answers with code once among sentences keeps its speakers
    chat = (
        "**User:** How do I print?\n\n**Assistant:**\n\n```python\nprint(1)\n```\n\n"
        "**User:** And a loop?\n\n**Assistant:** Use for.\n\n**User:** Thanks.\n\n**Assistant:** You are welcome.\n"
    )
    assert [t.speaker for t in parse(chat).turns] == ["User", "Assistant"] * 3


def test_a_hosts_two_turns_opening_the_show_are_not_a_list_of_headlines() -> None:
    """Found by the round-trip property: two labels of one speaker before the others speak, in
    another shape, are a host opening the show; a list of headlines runs longer."""
    text = "".join(f"{name}\nEverything always.\n\n" for name in ("Ana Lima", "Ana Lima", "MR. SMITH", "MR. SMITH", "MR. TANAKA", "MR. TANAKA"))
    assert [t.speaker for t in parse(text).turns] == ["Ana Lima", "Ana Lima", "MR. SMITH", "MR. SMITH", "MR. TANAKA", "MR. TANAKA"]


def test_lead_ins_in_another_template_inside_replies_do_not_outvote_the_speakers() -> None:
    """Labels spoken once in a template neither speaker writes (``甲點：`` lines in a
    ``#### ChatGPT:`` reply) are weighed one by one, not counted as run-ins against the exchange."""
    leads = iter("甲乙丙丁戊己庚辛壬癸子丑寅卯辰")

    def reply() -> str:  # lead-ins with a quotation between them (prose, rejected first)
        return "好的。\n\n" + "你說：“引用。”\n\n".join(f"{next(leads)}點：說明。\n\n" for _ in range(3))

    text = "".join(f"#### You:\n\n問題{n}？\n\n#### ChatGPT:\n\n{reply()}" for n in range(2))
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["You", "ChatGPT"] * 2


def test_a_job_interview_preparation_page_has_questions_to_prepare_not_turns() -> None:
    body = "".join(f"### {n} Why do you want this job, question {n}?\n\nSay what you like about the team {n}.\n\n" for n in range(1, 7))
    for title in ("# 面试实战", "# DevOps 면접 대비", "# Job interview questions", "# (정리) 인터뷰대비", "# Mülakat notlarım"):
        doc = parse(f"{title}\n\n{body}")
        assert doc.turns == (), title
        assert any("Conventions.prep_words" in d.message for d in doc.diagnostics)
    # the same questions under another title are an interview; a labelled mock interview keeps its turns
    assert len(parse(f"# Talking to the baker\n\n{body}").turns) == 6
    mock = "# 面试实战\n\n" + "".join(f"面试官：你为什么来这里{n}？\n\n我：因为喜欢{n}。\n\n" for n in range(3))
    assert [t.speaker for t in parse(mock).turns] == ["面试官", "我"] * 3
    # the author's own answers written after an answer marker are no more a conversation
    marked = "# Redis 面试题总结\n\n" + "".join(f"### 缓存为什么快{n}？\n\n答：因为数据在内存里{n}。\n\n" for n in range(4))
    doc = parse(marked)
    assert doc.turns == ()
    assert sum("Conventions.prep_words" in d.message for d in doc.diagnostics) == 8
    assert len(parse(marked.replace("面试题总结", "访谈")).turns) == 4
    mock = "# Mock job interview transcript\n\n" + "".join(f"Q: Question {n}?\n\nA: Answer {n}.\n\n" for n in range(3))
    assert [t.speaker for t in parse(mock).turns] == ["Q", "A"] * 3
    numbered = "# React interview questions\n\n" + "".join(f"### Q{n}: What is hook {n}?\n**Answer**: A function {n}.\n\n**Note {n}**: it runs.\n\n" for n in range(4))
    assert parse(numbered).turns == ()


def test_a_label_followed_every_time_by_a_list_of_points_is_a_lead_in() -> None:
    talk = "".join(
        f"## Episode {n}\n\nThe maintainer of tool {n} talked about its release.\n\n**Extras:**\n1. [Slides](https://example.org/s{n})\n2. Notes {n}\n\n"
        for n in range(4)
    )
    doc = parse(talk)
    assert doc.turns == ()
    assert sum("a list's lead-in" in d.message for d in doc.diagnostics) == 4
    # numbered sentences are a speaker's speech, even when every turn is numbered
    numbered = "".join(f"**Ana:**\nHow is the harvest {n}?\n**Bo:**\n{2 * n + 1}. It is late this year.\n{2 * n + 2}. The rain came early.\n" for n in range(4))
    assert [t.speaker for t in parse(numbered).turns] == ["Ana", "Bo"] * 4


def test_a_label_followed_every_time_by_a_short_value_above_prose_is_a_field() -> None:
    notes = "".join(
        f"### Stream {n}\n\n**主持人**：王小明\n\n王小明老师讲解了第{n}个版本的新功能。\n\n**嘉宾**：李华{n}\n\n李华分享了开发过程中的经验。\n\n"
        for n in range(3)
    )
    doc = parse(notes)
    assert doc.turns == ()
    assert any("a field heading a passage" in d.message for d in doc.diagnostics)
    # a short reply is followed by the next speaker's label, and a hard-wrapped sentence goes on in small letters
    replies = "".join(f"**主持人**：准备好了吗{n}\n\n**嘉宾**：好了\n\n" for n in range(3))
    assert len(parse(replies).turns) == 6
    wrapped = "".join(f"JUDGE MOORE:   We will hear {n}\n\nargument number {n} now.\n\nMR. PIKE:   Thank you, Your {n}\n\nHonor, I am ready.\n\n" for n in range(3))
    assert [t.speaker for t in parse(wrapped).turns] == ["JUDGE MOORE", "MR. PIKE"] * 3
    # speech-to-text without punctuation: a reply in small letters, or a long one, is speech
    asr = "".join(f"Speaker 1: so welcome to part {n}\n\nI am here with Bo today\n\nSpeaker 2: thanks for having me again\n\nIt is good to be back\n\n" for n in range(3))
    assert len(parse(asr).turns) == 6
    # a time below a name is when the turn starts
    timed = "".join(f"Ana:\n0:{n}0\n\nWelcome back to part {n} of the show.\n\nBo:\n0:{n}5\n\nGlad to be here again.\n\n" for n in range(3))
    assert [t.speaker for t in parse(timed).turns] == ["Ana", "Bo"] * 3


def test_a_full_name_spoken_once_before_its_short_name_recurs_is_that_speaker() -> None:
    text = (
        "Bekah Hawrot Weigel: Hello and welcome to the show.\n\nDan Ott: Glad to be here.\n\n"
        + "".join(f"Bekah: Question {n}?\n\nDan: Answer {n}.\n\n" for n in range(3))
    )
    doc = parse(text)
    assert [t.label for t in doc.turns][:3] == ["Bekah Hawrot Weigel", "Dan Ott", "Bekah"]
    assert "whose name 'bekah' recurs" in Parser().explain(text).lines[0].decision.reason
    # a citation in capitals, written unlike the short labels, stays out
    cited = "TOSHIO FUKUDA: An interview by Selma Ito, 2011.\n\n" + "".join(f"Fukuda:\n\nAnswer {n}.\n\nIto:\n\nQuestion {n}?\n\n" for n in range(3))
    assert parse(cited).turns[0].label == "Fukuda"


def test_review_findings_stay_fixed() -> None:
    """An independent review's reproducers: each parsed right before this round's rules, and must again."""
    # a speaker who shows code and then says something is no caption over code
    chat = "".join(f"**User:**\n```\nx = {n}\n```\nWhy is this slow {n}?\n\n**Assistant:** Use sum {n}.\n\n" for n in range(3))
    assert [t.speaker for t in parse(chat).turns] == ["User", "Assistant"] * 3
    # a section heading at a level the document used before anyone spoke stays a section
    parts = "# T\n\n## Part 1\n\n### Ana:\n\nWhen?\n\n### Bo:\n\nIn 1998.\n\n## Part 2\n\nAn intro to part two.\n\n### Ana:\n\nAnd then?\n\n### Bo:\n\nThe flood.\n"
    doc = parse(parts)
    assert [s.title for s in doc.sections] == ["Part 1", "Part 2"]
    assert doc.turns[1].text == "In 1998."
    # a footnote's mark inside a sentence is no player's button
    note = '<p><b>Ana:</b> Prices went up<a href="#fn1">†</a> last year?</p><p><b>Bo:</b> Yes.</p><p><b>Ana:</b> Why?</p><p><b>Bo:</b> Flood.</p>'
    assert parse(note).turns[0].text == "Prices went up† last year?"
    # function words are not ways of addressing someone
    law = "# Lei de dados\n\n## Quais são os direitos?\n\nAcesso aos dados.\n\n## Quem fiscaliza?\n\nUma autoridade.\n\n## Quais são as multas?\n\nAté 2%.\n"
    assert parse(law).turns == ()
    assert Conventions().addresses("당신은 왜?")
    # an answer's own bullets stay; only a question's bullet is markup
    listed = "**What do you need?**\n\n• An oven.\n• Flour.\n\n**How long did it take you?**\n\nThree years.\n\n**Would you do it again?**\n\nYes.\n"
    assert parse(listed).turns[1].text == "• An oven.\n• Flour."
    # a Hansard label renders and parses back
    hansard = "MR. SPEAKER.- Order.\n\nHON. R.S. AKBAR.- (Minister).- Thank you.\n\nMR. SPEAKER.- Go on.\n\nHON. R.S. AKBAR.- Yes.\n"
    assert len(parse(render(parse(hansard))).turns) == 4


def test_a_speechless_heading_label_among_inline_speakers_is_a_section() -> None:
    scene = "".join(f"### Szene:\n*Im Café, Teil {n}.*\n\n**Elena**: Hallo {n}!\n\n**Markus**: Guten Tag {n}.\n\n" for n in range(3))
    doc = parse(scene)
    assert [t.speaker for t in doc.turns] == ["Elena", "Markus"] * 3
    assert [s.title for s in doc.sections] == ["Szene:"] * 3
    assert any("a section, not a speaker" in d.message for d in doc.diagnostics)
    interviewer = "".join(f"### Interviewer:\n\nQuestion {n}?\n\n**Ana**: Answer {n}.\n\n**Bo**: Me too {n}.\n\n" for n in range(3))
    assert parse(interviewer).turns[0].speaker == "Interviewer"
    # a chat whose every speaker heads a turn keeps its heading labels
    chat = "".join(f"#### You:\n\nQuestion {n}?\n\n#### Bot:\n\nAnswer {n}.\n\n" for n in range(3))
    assert [t.speaker for t in parse(chat).turns] == ["You", "Bot"] * 3



def test_the_value_and_worksheet_thresholds_are_parser_settings() -> None:
    notes = "".join(f"### 第{n}期\n\n**主持人**：王小明\n\n王小明老师讲解了第{n}个版本。\n\n**嘉宾**：李华{n}\n\n李华分享了经验。\n\n" for n in range(3))
    assert any("a field heading a passage" in d.message for d in parse(notes).diagnostics)
    assert not any("a field heading a passage" in d.message for d in Parser(conventions=Conventions(value_words=0)).parse(notes).diagnostics)
    homework = "".join(f"{n}. What is {n} + {n}?\nAnswer: {2 * n}\n\n" for n in range(1, 4))
    assert parse(homework).turns == ()
    assert Parser(conventions=Conventions(reply_characters=0)).parse(homework.replace("Answer: ", "Answer: the sum is ")).turns != ()


def test_a_name_alone_in_italics_labels_the_speech_below() -> None:
    text = "*Rosa*\nWelcome to the call, everyone.\n\n*Tomás Vidal*\nThanks for having me.\n\n*Rosa*\nLet us start with the budget.\n\n*Tomás Vidal*\nIt went up."
    assert turns(text) == [
        ("Rosa", "Welcome to the call, everyone."),
        ("Tomás Vidal", "Thanks for having me."),
        ("Rosa", "Let us start with the budget."),
        ("Tomás Vidal", "It went up."),
    ]
    # one word alone, without emphasis, is a heading's shape, not a name's
    plain = "Rosa\nWelcome to the call, everyone.\n\nTomás\nThanks for having me.\n\nRosa\nLet us start.\n\nTomás\nIt went up."
    assert turns(plain) == []
    # emphasis opened and not closed the same way marks off nothing
    assert turns(text.replace("*Rosa*", "*Rosa_")) == []
    # words set apart with no fuller name beside them: stage directions, paired headings
    applause = "HOST: Welcome back.\n\n*Applause*\n\nHOST: Our guest.\n\nGUEST: Thanks.\n\n*Laughter*\n\nGUEST: Really.\n\n*Applause*\n\nHOST: Go on.\n\n*Laughter*\n\nGUEST: Fine."
    assert [speaker for speaker, _ in turns(applause)] == ["HOST", "HOST", "GUEST", "GUEST", "HOST", "GUEST"]
    assert "Applause" in turns(applause)[0][1]
    paired = "Intro.\n\n**Before**\nThree apples.\n\n**After**\nTwo apples.\n\n**Before**\nA list.\n\n**After**\nReversed.\n"
    assert turns(paired) == []


def test_a_dialogue_quoted_whole_has_its_names_alone_inside_the_quote() -> None:
    text = "> GRETA\n>\n> Is the door locked?\n> OWEN\n>\n> I checked twice.\n\n> GRETA\n>\n> Then who opened it?\n\n> OWEN\n>\n> The wind."
    doc = parse(text)
    assert [(t.speaker, t.text) for t in doc.turns] == [
        ("GRETA", "Is the door locked?"),
        ("OWEN", "I checked twice."),
        ("GRETA", "Then who opened it?"),
        ("OWEN", "The wind."),
    ]
    start, end = doc.turns[1].label_span or (0, 0)
    assert text[start:end] == "OWEN"


def test_a_full_name_then_its_first_name_alone_are_one_speaker_who_recurs() -> None:
    text = (
        "*Ivo*\nWe begin with introductions.\n\n*Marta Kowal*\nI run the northern chapter.\n\n"
        "*Ivo*\nThank you. Next, the schedule.\n\n*Marta*\nOne question on that first.\n\n*Ivo*\nGo ahead."
    )
    assert [speaker for speaker, _ in turns(text)] == ["Ivo", "Marta Kowal", "Ivo", "Marta", "Ivo"]
    reasons = [line.decision.reason for line in Parser().explain(text).lines if line.decision is not None]
    assert sum("first name" in reason for reason in reasons) == 2
    # two different one-off names sharing no first word stay one-offs: a name alone must recur
    other = text.replace("*Marta*", "*Lena*")
    assert [speaker for speaker, _ in turns(other)] == []


def test_question_headings_answered_in_turn_by_a_pair_are_their_topics() -> None:
    text = (
        "## Where did the idea come from?\n\n**Noor:** From the school canteen.\n\n**Pablo:** And from parents.\n\n"
        "## What was hard?\n\n**Noor:** Funding, at first.\n\n"
        "## What does it look like now?\n\n**Pablo:** A small web app.\n\n"
        "## What is next?\n\n**Noor:** More schools.\n\n**Pablo:** And a second city."
    )
    doc = parse(text)
    assert [s.title for s in doc.sections] == ["Where did the idea come from?", "What was hard?", "What does it look like now?", "What is next?"]
    assert [t.speaker for t in doc.turns] == ["Noor", "Pablo", "Noor", "Pablo", "Noor", "Pablo"]
    # one named interviewee under each question, a bold lead-in after them: the headings ask
    alone = (
        "## Why did you start?\n\n**Noor:** Out of anger.\n\n## What was hard?\n\n**Noor:** Funding.\n\n"
        "## What is next?\n\n**Noor:** More schools.\n\n**Links:**\n\n- the app\n"
    )
    assert [(t.speaker, t.section) for t in parse(alone).turns] == [("Noor", "Why did you start?"), ("Noor", "What was hard?"), ("Noor", "What is next?")]


def test_an_italic_credit_under_each_question_belongs_to_the_question() -> None:
    text = (
        "# Ask me anything\n\n### Do you still bake every morning?\n\n*Asked by @rye_fan*\n\nMost mornings, yes.\n\n"
        "### What went wrong first?\n\n*Asked by @jo*\n\nThe oven, on day one.\n\n"
        "### Would you do it again?\n\n_Asked by a neighbour_\n\nWithout a doubt.\n"
    )
    doc = parse(text)
    # each question heading is its answer's section, the credit that section's intro
    assert [(s.title, s.intro) for s in doc.sections] == [
        ("Do you still bake every morning?", ("Asked by @rye_fan",)),
        ("What went wrong first?", ("Asked by @jo",)),
        ("Would you do it again?", ("Asked by a neighbour",)),
    ]
    assert [t.text for t in doc.turns] == ["Most mornings, yes.", "The oven, on day one.", "Without a doubt."]
    again = parse(render(doc))
    assert [t.text for t in again.turns] == [t.text for t in doc.turns]
    assert again.sections == doc.sections
    # one answer opening with an aside in italics, the others not: the aside is the answer's
    aside = text.replace("*Asked by @jo*\n\n", "").replace("_Asked by a neighbour_\n\n", "").replace("*Asked by @rye_fan*", "*laughs*")
    assert parse(aside).turns[0].text == "laughs\n\nMost mornings, yes."


def test_a_list_of_bold_names_inside_an_unlabelled_answer_is_the_answer() -> None:
    text = (
        "**Who plays where in your team?**\n\n**Ines**: our goalkeeper, calm under pressure.\n**Tarek**: the striker.\n"
        "**Wen**: midfield, and the loudest.\n\n**How long have you trained together?**\n\nTwo seasons now.\n\n"
        "**What is the goal this year?**\n\nThe regional final.\n"
    )
    doc = parse(text)
    assert [(t.role, t.speaker, t.text.split("\n")[0]) for t in doc.turns] == [
        ("interviewer", None, "Who plays where in your team?"),
        ("interviewee", None, "Ines: our goalkeeper, calm under pressure."),
        ("interviewer", None, "How long have you trained together?"),
        ("interviewee", None, "Two seasons now."),
        ("interviewer", None, "What is the goal this year?"),
        ("interviewee", None, "The regional final."),
    ]
    # guests heard once in a row beside a host who recurs are speakers
    clips = "**Host:** First, the callers.\n\n**Ines:** I loved it.\n\n**Tarek:** Too long.\n\n**Wen:** Fine.\n\n**Host:** Thanks, all."
    assert [t.speaker for t in parse(clips).turns] == ["Host", "Ines", "Tarek", "Wen", "Host"]


def test_initials_with_full_stops_before_a_dash_label_an_interview() -> None:
    text = (
        "L.B. — Why did the paper print your story?\n\nC.R. — Because nobody else would.\n\n"
        "L.B. *leans back* — And the readers?\n\nC.R. — They wrote in for weeks.\n"
    )
    assert turns(text) == [
        ("L.B.", "Why did the paper print your story?"),
        ("C.R.", "Because nobody else would."),
        ("L.B.", "leans back — And the readers?"),  # the stage direction is kept, in the speech
        ("C.R.", "They wrote in for weeks."),
    ]
    prose = "The treaty was signed in spring.\n\nU.S. — and European — negotiators disagreed.\n\nJ.R.R. Tolkien wrote it."
    assert turns(prose) == []


def test_the_options_of_a_multiple_choice_question_are_not_answers() -> None:
    quiz = "".join(
        f"###### {n}. What does it print?\n\n```js\nconsole.log({n})\n```\n\n- A: `{n}`\n- B: `undefined`\n- C: `NaN`\n\n#### Answer: A\n\nIt prints {n}.\n\n---\n\n"
        for n in range(1, 5)
    )
    doc = parse(quiz)
    assert doc.turns == ()
    assert any("multiple-choice" in d.message for d in doc.diagnostics if d.code == "label-rejected")
    # speakers named A, B (and C), in one paragraph or in several, still take turns
    chat = "A: Shall we meet at six?\nB: Six is fine.\nA: At the station?\nB: Yes, by the clock."
    assert [speaker for speaker, _ in turns(chat)] == ["A", "B", "A", "B"]
    assert [speaker for speaker, _ in turns(chat.replace("\n", "\n\n"))] == ["A", "B", "A", "B"]
    three = "A: Did you see the game?\nB: I did, awful.\nC: I missed it.\nA: We lost.\nB: Again.\nC: Typical.\n"
    assert [speaker for speaker, _ in turns(three)] == ["A", "B", "C", "A", "B", "C"]


def test_a_name_in_italics_with_its_time_in_brackets_labels_the_speech() -> None:
    alone = "*Rina Sato (00:00)*\nWelcome back to the show.\n\n*Dev Patel (00:04)*\nGood to be here.\n\n*Rina Sato (00:12)*\nLet us open the box.\n\n*Dev Patel (00:21)*\nCarefully."
    assert [(t.speaker, t.timestamp, t.text) for t in parse(alone).turns][:2] == [
        ("Rina Sato", "00:00", "Welcome back to the show."),
        ("Dev Patel", "00:04", "Good to be here."),
    ]
    inline = "*Rina (0:05)* Welcome back.\n\n*Dev (0:08)* Hello.\n\n*Rina (0:10)* Shall we?\n\n*Dev (0:20)* Yes."
    assert [(t.speaker, t.timestamp, t.text) for t in parse(inline).turns] == [
        ("Rina", "0:05", "Welcome back."),
        ("Dev", "0:08", "Hello."),
        ("Rina", "0:10", "Shall we?"),
        ("Dev", "0:20", "Yes."),
    ]
    # a list of chapters in italics, each with its time, is no conversation
    chapters = "## Chapters\n\n*Welcome (0:00)*\n*Unboxing Time (1:20)*\n*Final Thoughts (9:40)*\n\nThanks for listening."
    assert parse(chapters).turns == ()


def test_a_bold_role_in_sentence_case_is_a_speaker_and_a_bold_lead_in_is_not() -> None:
    # a role in sentence case speaks once or often; the same person written first in capitals, then not
    roles = (
        "**Mara Voss:** Welcome, everyone.\n\n**Audience member:** Will there be a second season?\n\n"
        "**Mara Voss:** We hope so.\n\n**Press Officer:** Two more questions.\n\n**Ilse Brandt:** How long did it take?\n\n"
        "**Mara Voss:** Three years.\n\n**Ilse Brandt:** Thank you.\n\n**Press officer:** That is all for today."
    )
    assert [speaker for speaker, _ in turns(roles)] == [
        "Mara Voss", "Audience member", "Mara Voss", "Press Officer", "Ilse Brandt", "Mara Voss", "Ilse Brandt", "Press Officer",
    ]
    # a bold lead-in in sentence case, inside an answer, is the answer's own words, and says so
    lead_in = (
        "**Mara Voss:** Welcome.\n\n**Ilse Brandt:** Thanks.\n\n**Mara Voss:** What changed?\n\n"
        "**Ilse Brandt:** Everything.\n\n**Key point:** the budget doubled.\n\n**Mara Voss:** Good."
    )
    doc = parse(lead_in)
    assert [t.speaker for t in doc.turns] == ["Mara Voss", "Ilse Brandt", "Mara Voss", "Ilse Brandt", "Mara Voss"]
    assert doc.turns[3].text == "Everything.\n\nKey point: the budget doubled."
    assert any(d.line == 9 and "small letters" in d.message for d in doc.diagnostics if d.code == "label-rejected")
    # a form's fields in sentence case are one block of fields, not speakers
    form = "**Case:** 12\n**Date:** 3 May\n**Audio quality:** Good, with some hiss from the street outside.\n\nThe call begins."
    assert parse(form).turns == ()


def test_a_name_before_corner_brackets_labels_a_japanese_answer() -> None:
    text = (
        "**――最初に台本を読んだときは？**\n\n佐藤「正直、驚きました。こんな役は初めてでした」\n\n"
        "木村「僕も同じです（笑）」\n\n**――撮影はどうでしたか？**\n\n佐藤「毎日が楽しかったです」\n\n"
        "木村「寒かったですね」　\n\n**――次回作は？**\n\n佐藤「まだ秘密です」\n"
    )
    doc = parse(text)
    assert [(t.speaker, t.text) for t in doc.turns] == [
        (None, "最初に台本を読んだときは？"),
        ("佐藤", "正直、驚きました。こんな役は初めてでした」"),
        ("木村", "僕も同じです（笑）」"),
        (None, "撮影はどうでしたか？"),
        ("佐藤", "毎日が楽しかったです」"),
        ("木村", "寒かったですね」"),
        (None, "次回作は？"),
        ("佐藤", "まだ秘密です」"),
    ]
    # a sentence that quotes someone: the bracket closes inside the paragraph, or a particle ends the "name"
    prose = (
        "佐藤「正直、驚きました」と彼女は言った。\n\n木村「僕も」と続けた。\n\n"
        "彼は「はい」\n\n彼は「いいえ」\n\n佐藤「はい」と答えた。\n"
    )
    assert parse(prose).turns == ()
    # once, the shape is not enough: it must recur
    once = "佐藤「ようこそ」\n\n今日は晴れていた。木村さんは遅れてきた。\n"
    assert parse(once).turns == ()
    # the particles that end no name are the detector's setting
    from interview_parser.detectors import NameQuote

    lenient = Parser().without_detector("name_quote").with_detector(NameQuote(particles=""), after="bracket_label")
    said = "彼は「はい」\n\n彼女は「いいえ」\n\n彼は「本当に？」\n\n彼女は「ええ」\n"
    assert parse(said).turns == ()
    assert [t.speaker for t in lenient.parse(said).turns] == ["彼は", "彼女は", "彼は", "彼女は"]


def test_a_name_alone_is_a_speaker_where_its_speech_follows_as_often_as_the_setting_says() -> None:
    from interview_parser.detectors import NameOnOwnLine

    text = "ANA.\n\nHello there.\n\nBO.\n\nHi.\n\nANA.\n\nBo Dean----\n\nBO.\n\nYes?\n\nANA.\n\nNothing.\n\nBO.\n\nFine.\n\nANA.\n\nBye.\n"
    assert [t.speaker for t in parse(text).turns] == ["ANA", "BO", "ANA", "BO", "ANA", "BO", "ANA"]
    strict = Parser().without_detector("name_line").with_detector(NameOnOwnLine(followed_share=1.0), after="dash_label")
    assert "ANA" not in [t.speaker for t in strict.parse(text).turns]


def test_questions_a_table_of_contents_links_to_are_sections_of_notes() -> None:
    asked = ["What is a queue?", "Why use a heap?", "How does hashing work?", "When is a tree balanced?", "Where do graphs help?"]
    contents = "".join(f"- [{q}](#{q.lower().replace(' ', '-').rstrip('?')})\n" for q in asked)
    body = "".join(f"## {q}\n\nOne sentence, number {n}.\n\n**And when is heap {n} slow?**\n\nWhen it is rebuilt often.\n\n" for n, q in enumerate(asked))
    notes = contents + "\n" + body
    doc = parse(notes)
    assert doc.turns == ()
    assert [section.title for section in doc.sections] == asked
    assert any("table of contents (line 1" in d.message for d in doc.diagnostics if d.code == "label-rejected")
    # a numbered list of contents is one too
    numbered = "".join(f"{n}. [{q}](#{n})\n" for n, q in enumerate(asked, 1)) + "\n" + body
    assert parse(numbered).turns == ()
    # the rule is a setting; labelled speakers under such a list keep their turns
    assert Parser(conventions=Conventions(listed_questions=0)).parse(notes).turns != ()
    labelled = notes.replace("One sentence, number 0.", "**Ana:** Is it?\n\n**Bo:** Yes.\n\n**Ana:** Sure?\n\n**Bo:** Quite.")
    assert [t.speaker for t in parse(labelled).turns] == ["Ana", "Bo", "Ana", "Bo"]


def test_a_time_opening_the_speech_below_its_label_is_the_turns_timestamp() -> None:
    text = "**Ana:**\n[00:01:02] Okay, we are recording.\n[00:01:09] Hello.\n\n**Bo:**\n[00:01:15] Hi.\n\n**Ana:**\n[00:01:20] Ready?\n\n**Bo:**\nYes.\n"
    doc = parse(text)
    assert [(t.speaker, t.timestamp, t.text) for t in doc.turns] == [
        ("Ana", "00:01:02", "Okay, we are recording.\n[00:01:09] Hello."),
        ("Bo", "00:01:15", "Hi."),
        ("Ana", "00:01:20", "Ready?"),
        ("Bo", None, "Yes."),
    ]
    again = parse(render(doc))
    assert [(t.speaker, t.timestamp, t.text) for t in again.turns] == [(t.speaker, t.timestamp, t.text) for t in doc.turns]


def test_a_panel_called_by_first_names_alone_in_bold_takes_turns() -> None:
    panel = "".join(
        f"**Nic**\nWelcome, round {n}. Rian?\n\n**Rian**\nThanks, Nic.\n\n**Nat**\nHello from me too.\n\n"
        for n in range(2)
    )
    assert [t.speaker for t in parse(panel).turns] == ["Nic", "Rian", "Nat"] * 2
    # two words set apart, however often, are not a panel
    pairs = "".join(f"**Before**\nThree apples {n}.\n\n**After**\nTwo apples {n}.\n\n" for n in range(3))
    assert parse(pairs).turns == ()


def test_a_plays_cues_in_capitals_with_a_full_stop_label_the_speech_below() -> None:
    play = (
        "PERSONS OF THE PLAY\n\nHUGH MARLOW\nEDITH CRANE\nDR. SOAMES\n\nTHE FIRST ACT\n\n"
        "MARLOW.\n\n[_Entering._] Is anybody home?\n\nEDITH.\n\nOnly me, and the cat.\n\n"
        "MARLOW.\n\nMiss Crane----\n\nEDITH.\n\n[_Laughing._] Say it, then.\n\nMARLOW.\n\nThe doctor is late.\n\n"
        "DR. SOAMES.\n\nNot at all.\n\nEDITH.\n\nThere he is.\n\nMARLOW.\n\nAt last.\n"
    )
    doc = parse(play)
    assert [(t.speaker, t.text) for t in doc.turns][:3] == [
        ("MARLOW", "[Entering.] Is anybody home?"),
        ("EDITH", "Only me, and the cat."),
        ("MARLOW", "Miss Crane----"),
    ]
    assert [t.speaker for t in doc.turns][3:] == ["EDITH", "MARLOW", "DR. SOAMES", "EDITH", "MARLOW"]
    # capitals with a full stop that never head any speech are no cues
    notice = "THE END.\n\nCURTAIN.\n\nPrinted in London.\n"
    assert parse(notice).turns == ()


def test_a_bold_question_right_under_its_heading_opens_a_block() -> None:
    # no blank line under the headings; the first prompt asks nothing, the second is hard-wrapped
    text = (
        "## Early years\n**Please introduce yourself.**\n\nI study physics in Lyon.\n\n"
        "**Which year are you in?**\n\nThe fourth.\n\n**Why physics?**\n\nMy father taught it.\n\n"
        "## The prize\n**Congratulations on the prize! How did you hear about it, and why\ndid you apply?**\n\n"
        "A newsletter.\n\n**Was it hard?**\n\nNot very.\n"
    )
    doc = parse(text)
    assert [(t.role, t.text) for t in doc.turns] == [
        ("interviewer", "Please introduce yourself."),
        ("interviewee", "I study physics in Lyon."),
        ("interviewer", "Which year are you in?"),
        ("interviewee", "The fourth."),
        ("interviewer", "Why physics?"),
        ("interviewee", "My father taught it."),
        ("interviewer", "Congratulations on the prize! How did you hear about it, and why\ndid you apply?"),
        ("interviewee", "A newsletter."),
        ("interviewer", "Was it hard?"),
        ("interviewee", "Not very."),
    ]
    assert [section.title for section in doc.sections] == ["Early years", "The prize"]


def test_a_time_inside_the_bold_before_the_name_and_a_header_listing_the_participants() -> None:
    text = (
        "**Project:** A hiking app\n**Date:** 10.10.2025\n**Participants:**\n*   **Ines (Product):** asks the questions.\n"
        "*   **Tom (User):** a hiker.\n\n---\n\n"
        "**(00:00) Ines:** Thanks for coming. How do you plan a tour?\n\n**(00:15) Tom:** With a paper map.\n\n"
        "**(00:40) Ines:** Always?\n\n**(01:05) Tom:** Mostly.\n"
    )
    doc = parse(text)
    assert [(t.speaker, t.timestamp, t.text[:12]) for t in doc.turns] == [
        ("Ines", "00:00", "Thanks for c"),
        ("Tom", "00:15", "With a paper"),
        ("Ines", "00:40", "Always?"),
        ("Tom", "01:05", "Mostly."),
    ]
    assert any(d.line == 1 and "block of lines" in d.message for d in doc.diagnostics if d.code == "label-rejected")


def test_a_field_word_that_speaks_in_turn_in_a_radio_log_is_a_speaker() -> None:
    log = (
        "[00:00:00:00]\nLCC: Lift-off\n\n[00:00:00:02]\nP: Roger, the clock is started\n\n[00:00:00:04]\nCC: ...\n\n"
        "[00:00:00:08]\nP: Reading you loud and clear\n\n[00:00:00:09]\nCC: Roger\n\n[00:00:00:25]\nP: Fuel is go, 1.2g\n\n"
        "[00:00:00:34]\nCC: Roger, looking good\n\n[00:00:00:48]\nP: Still go\n"
    )
    doc = parse(log)
    # a time alone above a label stays text (of the turn before): nothing is lost, nothing is guessed
    assert [(t.speaker, t.text) for t in doc.turns][:3] == [
        ("LCC", "Lift-off\n\n[00:00:00:02]"),
        ("P", "Roger, the clock is started\n\n[00:00:00:04]"),
        ("CC", "...\n\n[00:00:00:08]"),
    ]
    assert [t.speaker for t in doc.turns][3:] == ["P", "CC", "P", "CC", "P"]
    # the rule is a setting; a mail's CC line, and a survey's dated field line between speakers, stay fields
    assert "CC" not in [t.speaker for t in Parser(conventions=Conventions(speaking_fields=9)).parse(log).turns]
    mail = "From: Ana\nCC: Bo\n\nAna: Hello?\n\nBo: Hi.\n\nAna: Well?\n\nBo: Fine."
    assert [t.speaker for t in parse(mail).turns] == ["Ana", "Bo", "Ana", "Bo"]
    survey = "".join(f"Date: 2006-0{n}-28\n\nAna: Question {n}?\n\nBo: Answer {n}.\n\n" for n in range(1, 5))
    assert "Date" not in [t.speaker for t in parse(survey).turns]
    # a script's scene line in italics, between the bold cues of two scenes, is no speaker
    script = "".join(f"## Scene {n}\n\n*Location: a cafe, table {n}.*\n\n**MAX:** Hello {n}.\n\n**GINA:** Hi.\n\n" for n in range(4))
    assert {t.speaker for t in parse(script).turns} == {"MAX", "GINA"}


def test_a_bold_questions_closing_run_below_it_or_after_a_space_still_closes_it() -> None:
    text = (
        "Interview by Ana.\n\n**What sparked your interest?\n**\nThe mines came to our county.\n\n"
        "**What is your biggest concern? **\n\nThe water.\n\n**Who helped you?**\n\nNeighbours.\n\n"
        "**What would you tell others?\n**\nGet involved.\n\n**Anything else?**\n\nNo.\n"
    )
    doc = parse(text)
    assert [(t.role, t.text) for t in doc.turns] == [
        ("interviewer", "What sparked your interest?"),
        ("interviewee", "The mines came to our county."),
        ("interviewer", "What is your biggest concern?"),
        ("interviewee", "The water."),
        ("interviewer", "Who helped you?"),
        ("interviewee", "Neighbours."),
        ("interviewer", "What would you tell others?"),
        ("interviewee", "Get involved."),
        ("interviewer", "Anything else?"),
        ("interviewee", "No."),
    ]
    assert [(e.start, e.end, e.kind) for e in doc.turns[0].emphasis] == [(0, 27, "strong")]


def test_a_bold_question_closed_by_an_aside_in_brackets_asks() -> None:
    text = (
        "**How old were you when you started?**\n\nTwelve.\n\n"
        "**Did you like school? (Tell us how hard you worked)**\n\nVery much.\n\n"
        "**What was your first job?**\n\nA bakery.\n\n**Any advice? (for young people)**\n\nRead.\n"
    )
    assert [t.text for t in parse(text).turns if t.role == "interviewer"] == [
        "How old were you when you started?",
        "Did you like school? (Tell us how hard you worked)",
        "What was your first job?",
        "Any advice? (for young people)",
    ]


def test_a_name_of_capitals_and_han_alone_in_bold_is_a_speaker() -> None:
    text = (
        "**DJ**  \n大家好，欢迎收听。\n\n**AI君**  \n大家好，我是 AI 君。\n\n**李佳芮**  \n大家好。\n\n"
        "**DJ**  \n我们开始吧。\n\n**AI君**  \n好的。\n\n**李佳芮**  \n没问题。\n"
    )
    assert [t.speaker for t in parse(text).turns] == ["DJ", "AI君", "李佳芮", "DJ", "AI君", "李佳芮"]
    inline = "**K哥：** 你好。\n\n**小王：** 你好！\n\n**K哥：** 开始吧？\n\n**小王：** 好。"
    assert [t.speaker for t in parse(inline).turns] == ["K哥", "小王", "K哥", "小王"]


def test_two_headings_a_template_repeats_under_higher_headings_are_sections_not_speakers() -> None:
    text = "".join(
        f"## Interview {n}\n\n### Goal\n\nLearn what the office needs.\n\n### Answers\n\n"
        f"**1. Why do you need it?**\n\n> To save time {n}.\n\n**2. What would change?**\n\n> Less paper.\n\n"
        for n in range(1, 5)
    )
    doc = parse(text)
    assert {t.speaker for t in doc.turns} == {None}
    assert [s.title for s in doc.sections][:3] == ["Interview 1", "Goal", "Answers"]
    # a chat export's two headings taking turns, with no heading above them, are its two voices
    chat = "".join(f"## You said\n\nQuestion {n}?\n\n## Copilot said\n\nAnswer {n}.\n\n" for n in range(3))
    assert [t.speaker for t in parse(chat).turns] == ["You said", "Copilot said"] * 3


def test_lettered_headings_of_minutes_are_an_outline_not_answers() -> None:
    minutes = (
        "## I. Call to Order\n\nThe chair opened the meeting.\n\n### A. Roll Call\n\nNine members were present.\n\n"
        "### B. Minutes of March 3\n\nMember Lee seconded.\n\n### A. Budget Review\n\nAdopted.\n\n### B. Other Business\n\nNone.\n"
    )
    doc = parse(minutes)
    assert doc.turns == ()
    assert any("outline" in d.message for d in doc.diagnostics if d.code == "label-rejected")
    # a transcript that lines its speech up in a column after the labels is still a transcript
    padded = "Ana:     Where were you born?\nBob:     In Porto, in 1950.\nAna:     And your parents?\nBob:     Fishermen, both.\n"
    assert [speaker for speaker, _ in turns(padded)] == ["Ana", "Bob", "Ana", "Bob"]


def test_bold_prompts_laid_out_as_the_questions_are_questions_too() -> None:
    text = (
        "**Thanks for joining us today.**<br>\nGlad to be here.\n\n**Why a blog now?**<br>\nI had time.\n\n"
        "**What will you write about?**<br>\nBooks, mostly.\n\n**Any plans for video?**<br>\nNot yet.\n\n"
        "**Sounds like a full year.**<br>\nIt does.\n"
    )
    assert [(t.role, t.text) for t in parse(text).turns][:2] == [("interviewer", "Thanks for joining us today."), ("interviewee", "Glad to be here.")]
    assert len(parse(text).turns) == 10
    # questions alone in their paragraphs: a bold sentence opening an answer's paragraph stays the answer's
    apart = (
        "**Why a blog now?**\n\nI had time.\n\n**What will you write about?**\n\n**Books, mostly.**\nAnd some films.\n\n"
        "**Any plans for video?**\n\nNot yet."
    )
    assert [t.text for t in parse(apart).turns][3] == "Books, mostly.\nAnd some films."


def test_a_bold_question_with_its_askers_label_opens_an_exchange_where_no_one_recurs() -> None:
    text = (
        "> **Mara Lind: How did you end up in this job?**\n>\n> **Oskar Berg:** I answered an advert in 2008.\n"
    )
    assert turns(text) == [("Mara Lind", "How did you end up in this job?"), ("Oskar Berg", "I answered an advert in 2008.")]
    # where speakers recur, a one-off bold line that asks is a section's title
    sections = (
        "**Ana:** Hello.\n\n**Bo:** Hi.\n\n**Next step: move or stay?**\n\n**Ana:** Will you move?\n\n**Bo:** Maybe."
    )
    doc = parse(sections)
    assert [t.speaker for t in doc.turns] == ["Ana", "Bo", "Ana", "Bo"]
    assert [s.title for s in doc.sections] == ["Next step: move or stay?"]


def test_a_name_heading_at_the_questions_level_heads_the_next_interviewee() -> None:
    block = "### Why this job?\n\nI like it.\n\n### What next?\n\nMore of it.\n\n### Any advice?\n\nStart early.\n\n"
    doc = parse("# Five questions\n\n## Ada Brook\n\n@ada_b, designer\n\n" + block + "### Sam Rivera Cole\n\n@samrc, tester\n\n" + block)
    names = [s for s in doc.sections if not s.title.endswith("?")]
    assert [s.title for s in names] == ["Ada Brook", "Sam Rivera Cole"]
    assert len(doc.turns) == 6
    assert names[1].intro == ("@samrc, tester",)
    # a prompt at that level, not a name, is one more question
    prompt = parse("# Q&A\n\n" + block + "### Tell me about the first season.\n\nIt was cold.\n")
    assert (prompt.sections[-1].title, prompt.turns[-1].text) == ("Tell me about the first season.", "It was cold.")


def test_second_review_findings_stay_fixed() -> None:
    # asides each of their own opening two answers stay the answers'; credits alike belong to the questions
    asides = (
        "Intro.\n\n**Why comedy?**\n\n*Laughs.*\n\nBecause nothing else would have me.\n\n**Was it hard?**\n\n*Long pause.*\n\nYes.\n\n"
        "**Offstage?**\n\nI garden.\n\n**Plans?**\n\nA tour.\n"
    )
    assert [t.text for t in parse(asides).turns][:2] == ["Why comedy?", "Laughs.\n\nBecause nothing else would have me."]
    credited = "Intro.\n\n**Why bake?**\n\n*Asked by @a*\n\nBecause.\n\n**When?**\n\n*Asked by @b*\n\nAt three.\n\n**Bread?**\n\n*Asked by @c*\n\nSourdough.\n"
    doc = parse(credited)
    assert len(doc.turns) == 6
    assert [(t.role, t.text) for t in parse(render(doc)).turns] == [(t.role, t.text) for t in doc.turns]
    # titles in italics with their lengths are a track list, not speakers with a clock
    album = "# Album review\n\n*Sunrise (4:12)* opens the record.\n\n*Harbor Lights (3:05)* is the single.\n\n*Sunrise Reprise (2:40)* closes it.\n\n*Harbor Lights (3:05)* returns.\n"
    doc = parse(album)
    assert doc.turns == ()
    assert any("runs backwards" in d.message for d in doc.diagnostics)


def test_third_review_findings_stay_fixed() -> None:
    # a transcriber's notes between speakers are notes, not a speaker called Note
    notes = (
        "Interviewer: How did it start?\n\nNote: the recording was noisy here.\n\nRespondent: With a letter.\n\n"
        "Interviewer: And then?\n\nNote: inaudible section.\n\nRespondent: We moved.\n\nInterviewer: Why?\n\n"
        "Note: laughter.\n\nRespondent: Work.\n"
    )
    assert "Note" not in [t.speaker for t in parse(notes).turns]
    # a recipe's one-word bold headings are no panel: nobody calls them by name
    recipe = "# Two soups\n\n**Ingredients**\n\nCarrots, onions.\n\n**Method**\n\nBoil.\n\n**Tips**\n\nAdd salt.\n\n" * 2
    assert parse(recipe).turns == ()
    # names before quotations where no one asks: headlines, a list of works
    headlines = "今日のニュース\n\n首相「増税は考えていない」\n\n日銀総裁「緩和を継続する」\n\n首相「丁寧に説明したい」\n\n日銀総裁「物価は上昇傾向」\n"
    works = "映画「千と千尋の神隠し」\n\n小説「雪国」\n\n映画「七人の侍」\n\n小説「細雪」\n"
    for text in (headlines, works):
        doc = parse(text)
        assert doc.turns == ()
        assert any("no one asks" in d.message for d in doc.diagnostics)
    # capitals with a full stop said twice each are a manual's warnings, not a play's cues
    manual = "CAUTION.\nHot surface.\n\nDANGER.\nHigh voltage.\n\nCAUTION.\nSharp edge.\n\nDANGER.\nDo not open.\n"
    assert parse(manual).turns == ()
    # a page titled as an interview keeps the questions its contents list
    listed = (
        "# Interview with Ana\n\n- [Why did you start?](#why)\n- [What next?](#next)\n- [Any advice?](#advice)\n\n"
        "**Why did you start?**\n\nI liked it.\n\n**What next?**\n\nMore work.\n\n**Any advice?**\n\nKeep going.\n"
    )
    assert len(parse(listed).turns) == 6
    # three times around a label are all kept, and render writes them back
    timed = "".join(f"[00:{n}0] **(00:{n}5) {who} (00:{n}6):** Line {n}.\n\n" for n, who in zip(range(1, 5), ["Alex", "Bo"] * 2, strict=True))
    doc = parse(timed)
    assert doc.turns[0].timestamp == "00:10 (00:15) (00:16)"
    assert [(t.timestamp, t.text) for t in parse(render(doc)).turns] == [(t.timestamp, t.text) for t in doc.turns]
    # a time that begins a sentence below a label stays in it
    sentence = "**Ana:**\n[12:30] is when we met.\n\n**Bo:**\nOh.\n\n**Ana:**\nYes.\n\n**Bo:**\nGood."
    assert parse(sentence).turns[0].text == "[12:30] is when we met."
    # explain calls a closing section's text its intro when the model does
    for credits in (
        "# Talk\n\n**Ana:** x\n\n**Bo:** y\n\n**Ana:** z?\n\n**Bo:** w.\n\n## Credits\n\nPhoto by X.",
        "# Talk\n\n## Part one\n\n**Ana:** x\n\n**Bo:** y\n\n**Ana:** z?\n\n**Bo:** w.\n\n## Credits\n\nPhoto by X.",
    ):
        report = Parser().explain(credits)
        where = "trailer" if "Photo by X." in report.interview.trailer else "section intro"
        assert [line.outcome for line in report.lines if line.text == "Photo by X."] == [where]


def test_line_ends_written_twice_are_one_line_end() -> None:
    # CR CR LF on every line: a Windows text converted twice; wc -l and editors count one line end
    plain = "HOST: Welcome back.\n\nGUEST: Glad to be here.\n\nHOST: Where were we?\n\nGUEST: At the start.\n"
    doubled = plain.replace("\n", "\r\r\n")
    doc = parse(doubled)
    assert [(t.speaker, t.text, t.lines) for t in doc.turns] == [(t.speaker, t.text, t.lines) for t in parse(plain).turns]
    assert [doubled[slice(*t.span)] for t in doc.turns][1] == "GUEST: Glad to be here."
    # one CR CR LF among plain line ends stays what it was: a line end and a blank line
    mixed = "HOST: Hi.\r\r\nGUEST: Hello.\nHOST: Bye?\nGUEST: Bye.\n"
    assert parse(mixed).turns[1].lines == (3, 3)


def test_an_empty_bold_run_before_a_whole_bold_question() -> None:
    # "****Q：…？****": an editor's empty bold run before the bold question and after it
    text = "".join(f"****Q：第{n}个问题是什么？****\n\n**A：**这是第{n}个回答。\n\n" for n in "一二三")
    doc = parse(text)
    assert [(t.speaker, t.text) for t in doc.turns][:2] == [("Q", "第一个问题是什么？"), ("A", "这是第一个回答。")]
    assert len(doc.turns) == 6


def test_caption_marks_right_below_a_cue_timing() -> None:
    cues = [">> Welcome to the show.", "Today we talk gardens.", ">> Thanks for having me.", ">> First question:", "what grows best?", ">> Kale, always.", ">> Why kale?", ">> It never dies."]
    vtt = "WEBVTT\n\n" + "".join(f"{n}\n00:00:0{n}.000 --> 00:00:0{n + 1}.000\n{cue}\n\n" for n, cue in enumerate(cues, 1))
    doc = parse(vtt)
    assert [t.text for t in doc.turns][:4] == ["Welcome to the show.\n\nToday we talk gardens.", "Thanks for having me.", "First question:\n\nwhat grows best?", "Kale, always."]
    assert len(doc.turns) == 6


def test_a_help_page_faq_in_traditional_chinese() -> None:
    # 常見問題集: how translated help pages name their FAQ; its 問/答 are a product's questions
    page = (
        "# 使用備份\n\n備份可以保護您的資料。\n\n## 常見問題集\n\n**問：** 備份要多久？\n\n**答：** 視資料大小而定。\n\n"
        "**問：** 可以還原嗎？\n\n**答：** 可以，隨時都能還原。\n\n## 下一步\n\n請參閱說明。\n"
    )
    doc = parse(page)
    assert doc.turns == ()
    assert any("FAQ" in d.message for d in doc.diagnostics)


def test_meeting_minutes_run_ins_in_chinese() -> None:
    # 结论 (conclusion) and 遗留问题 (open issues) after each agenda item: fields of the record, not two voices
    minutes = (
        "社区例会纪要\n\n1、版本计划 09:00 张三\n结论：按计划发布，下周冻结代码。\n遗留问题：测试环境还不稳定，需要排查。\n\n"
        "2、测试进展 09:30 李四\n结论：补充用例，覆盖新特性。\n遗留问题：翻译滞后，文档组跟进。\n\n"
        "3、文档 10:00 王五\n结论：下周合入主干。\n遗留问题：网站是否改版，待讨论。\n"
    )
    doc = parse(minutes)
    assert doc.turns == ()
    assert any(d.code == "label-rejected" and "'结论'" in d.message and "field" in d.message for d in doc.diagnostics)


def test_a_list_of_questions_that_nobody_answers() -> None:
    # test prompts under 问题 and Question: questions alone are no exchange
    notes = (
        "## 更新\n\n* 问题：请描述一次艰难的决定。\n  - 旧版：截图\n* 问题：解释主板的作用\n  - 旧版：截图\n* 问题：制定一个节电计划。\n  - 旧版：截图\n\n"
        "## Update\n\n* Question: Describe a hard decision.\n  - old: image\n* Question: Explain a motherboard\n  - old: image\n"
        "* Question: Plan to save power.\n  - old: image\n"
    )
    doc = parse(notes)
    assert doc.turns == ()
    assert any("nobody answers" in d.message for d in doc.diagnostics)


def test_a_photo_caption_is_no_speaker() -> None:
    text = (
        "记者：第一个问题，您怎么看？\n\n资料照片：会场外的人群。\n\n林：我看好。\n\n记者：为什么？\n\n资料照片：一张旧照片。\n\n林：因为有需求。\n"
    )
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["记者", "林", "记者", "林"]


def test_labels_in_escaped_brackets_from_a_word_processor() -> None:
    # Pandoc's conversion of a script: brackets escaped, a highlighted label in a span, a span over a turn
    script = (
        "# Episode script\n\n\\[HOST\\] Welcome to the show, today we talk about kale.\n\n"
        "[\\[GUEST\\]]{.mark} Thanks, glad to be here.\n\n[\\[HOST\\] How did you start growing it?\nTell us.]{.mark}\n\n"
        "\\[GUEST\\] By accident, in a [very small]{.mark} garden.\n"
    )
    doc = parse(script)
    assert [(t.speaker, t.text) for t in doc.turns] == [
        ("HOST", "Welcome to the show, today we talk about kale."),
        ("GUEST", "Thanks, glad to be here."),
        ("HOST", "How did you start growing it?\nTell us.]{.mark}"),  # the span opened before the label: its end stays
        ("GUEST", "By accident, in a very small garden."),
    ]


def test_one_question_put_to_a_panel_each_answering_once() -> None:
    answers = {
        "Ada Park": "I started on a calculator at twelve. School helped later.",
        "Ben Ortiz": "I taught myself from magazines, then studied maths.",
        "Cleo Wu": "A summer job got me going; university filled the gaps.",
        "Dev Rao": "Books first. I never finished my degree and do not miss it.",
    }
    body = "".join(f"**{name}:**\n{speech}\n\n" for name, speech in answers.items())
    panel = "# We asked four programmers\n\nQuestion: *How did you learn to program, and did school help?*\n\n" + body
    doc = parse(panel)
    assert [t.speaker for t in doc.turns] == ["Question", *answers]
    # the same names and paragraphs with no question put to them: a list of profiles, not a panel
    profiles = "# Four programmers\n\nA few people we admire.\n\n" + body
    doc = parse(profiles)
    assert doc.turns == ()
    assert any("spoken once" in d.message for d in doc.diagnostics)


def test_a_caption_files_first_cue_and_sounds_between_marks() -> None:
    # the first cue speaks before any mark; [LAUGH] right above a mark, every time, is a sound
    cues = [
        "Welcome to the garden hour.", ">> Thanks for having me.", "[LAUGH]\n>> So, kale?", ">> Kale, always.",
        ">> Why kale?", "[LAUGH]\n>> It never dies.", ">> Fair enough.", ">> And in winter?", ">> Even then.", ">> Amazing.",
        ">> Thank you.", ">> Bye.",
    ]
    vtt = "WEBVTT\n\n" + "".join(f"{n}\n00:00:{n:02}.000 --> 00:00:{n + 1:02}.000\n{cue}\n\n" for n, cue in enumerate(cues, 1))
    doc = parse(vtt)
    assert doc.speakers == ()
    assert [t.text for t in doc.turns][:3] == ["Welcome to the garden hour.", "Thanks for having me.\n\n[LAUGH]", "So, kale?"]
    assert len(doc.turns) == 12
    assert [d.line for d in doc.diagnostics if d.code == "label-rejected" and "a sound, not a speaker" in d.message] == [13, 26]


def test_a_header_of_fields_whose_lines_stand_apart() -> None:
    # a podcast transcript's header: field lines apart, one name (SERIES) no field word, its value ending in "!"
    header = "SERIES:  Garden Hour!\n\nEPISODE:  #6\n\nDATE:  May 2, 2005\n\nTITLE:  Kale in winter\n\nDESCRIPTION:  Ana and Bo on kale.\n\n"
    talk = "".join(f"ANA:  Question {n} about kale?\n\nBO:  Answer {n}, it grows.\n\n" for n in range(1, 4))
    doc = parse(header + talk)
    assert [t.speaker for t in doc.turns] == ["ANA", "BO"] * 3
    assert any("next to a field line" in d.message and d.line == 1 for d in doc.diagnostics)


def test_a_time_and_a_label_joined_by_a_no_break_space() -> None:
    text = "".join(f"00:{n}0\u00a0I: Question {n}?\n\n00:{n}5\u00a0P1: Answer {n}.\n\n" for n in range(1, 4))
    doc = parse(text)
    assert [(t.speaker, t.timestamp) for t in doc.turns][:2] == [("I", "00:10"), ("P1", "00:15")]
    assert len(doc.turns) == 6


def test_html_turns_inside_an_xml_exports_cdata() -> None:
    turns = "".join(f"<p>PRIME MINISTER:</p>\n<p>Answer {n}, and a good one.</p>\n<p>JOURNALIST:</p>\n<p>Question {n}?</p>\n" for n in range(1, 4))
    xml = f'<?xml version="1.0"?>\n<transcripts>\n<title>Doorstop interview</title>\n<content><![CDATA[{turns}]]></content>\n</transcripts>\n'
    doc = parse(xml)
    assert [t.speaker for t in doc.turns] == ["PRIME MINISTER", "JOURNALIST"] * 3
    assert doc.turns[0].text == "Answer 1, and a good one."


def test_handles_alone_on_their_lines_first_linked_to_their_profiles() -> None:
    # a Spaces/AMA transcript: a handle above its speech, its first mention a link to the profile
    first = "[@host_dao](https://x.example/host_dao)  \nWelcome, everyone, we are live.\n\n[@kale__](https://x.example/kale__)  \nThanks for having me.\n\n"
    rest = "".join(f"@host_dao  \nQuestion {n} about kale?\n\n@kale__  \nAnswer {n}, it grows.\n\n" for n in range(1, 4))
    doc = parse("## Transcript\n\n" + first + rest)
    assert [t.speaker for t in doc.turns] == ["@host_dao", "@kale__"] * 4
    assert doc.turns[0].text == "Welcome, everyone, we are live."


def test_questions_opened_by_a_long_vowel_mark_typed_for_a_dash() -> None:
    text = "".join(f"ー {q}\n\n{a}\n\n" for q, a in (
        ("まず、お仕事の内容を教えてください。", "営業を担当しています。"),
        ("出展のきっかけは何でしたか？", "知人の紹介でした。"),
        ("成果はありましたか？", "新しいお客様が増えました。"),
    ))
    doc = parse(text)
    assert [(t.role, t.text) for t in doc.turns][:2] == [("interviewer", "まず、お仕事の内容を教えてください。"), ("interviewee", "営業を担当しています。")]
    assert len(doc.turns) == 6
    # the same mark as a list's bullet, item after item, asks nothing
    items = "持ち物\n\nー 名刺\nー 資料\nー 筆記用具\n\n以上です。\n"
    assert parse(items).turns == ()


def test_questions_as_a_numbered_list_of_emphasised_items() -> None:
    # "1. __Why?__" with the answer indented below: a prompt without "?" laid out as the questions asks too
    qa = (("Tell us about yourself.", "I grow kale in a small garden."), ("How did you start?", "By accident, years ago."),
          ("We would love to hear about your first harvest.", "It was tiny and bitter."), ("What next?", "More kale."),
          ("Any advice?", "Water it."))
    text = "# Interview with a gardener\n\nAn introduction.\n\n" + "".join(f"1. __{q}__\n\n    {a}\n\n" for q, a in qa)
    doc = parse(text)
    assert [t.text for t in doc.turns] == [f"1. {part}" if n % 2 == 0 else part for n, part in enumerate(part for pair in qa for part in pair)]


def test_a_whole_italic_question_with_its_label_hard_wrapped() -> None:
    qa = (("现在搭载新系统的手机\n已经上市了，反响如何？", "反响很好。"), ("我们知道目标市场\n是新兴国家，\n中国怎么看？", "还不便透露。"), ("最后一个问题，何时上市？", "明年。"))
    text = "".join(f"*Q: {q}*\n\n**A:** {a}\n\n" for q, a in qa)
    doc = parse(text)
    assert [(t.speaker, t.text) for t in doc.turns] == [(who, part) for pair in qa for who, part in zip(("Q", "A"), pair, strict=True)]


def test_a_clause_ending_in_shi_is_no_speaker() -> None:
    # "所以问题是：" (so the question is:) inside an answer introduces what follows, like "他说："
    text = (
        "记者：第一个问题，这些文件说明了什么？\n\n林：说明了很多事情。\n\n所以问题是：接下来怎么办？\n\n"
        "记者：国际社会能做什么？\n\n林：可以施压。\n\n记者：还有呢？\n\n林：可以算一算。\n\n写成公式就是：压力乘以时间。\n"
    )
    assert [t.speaker for t in parse(text).turns] == ["记者", "林"] * 3


def test_a_han_name_in_brackets_alone_above_its_answer() -> None:
    # （山村氏） on its own line, the answer right below it (a page's <br> after the name)
    qa = (("お仕事を教えてください。", "山村氏", "包装資材の販売です。"), ("出展のきっかけは？", "丸岡氏", "紹介でした。"),
          ("成果は？", "山村氏", "新規のお客様が増えました。"), ("今後は？", "丸岡氏", "続けて出展します。"))
    text = "".join(f"ー {q}\n\n（{who}）\n{a}\n\n" for q, who, a in qa)
    doc = parse(text)
    assert [(t.speaker, t.text) for t in doc.turns][:2] == [(None, "お仕事を教えてください。"), ("山村氏", "包装資材の販売です。")]
    assert [t.speaker for t in doc.turns if t.speaker] == ["山村氏", "丸岡氏"] * 2


def test_an_faq_heading_among_other_words() -> None:
    # "FAQ cho các Linux geek": the acronym among other words still heads a product's questions
    page = "## FAQ cho các Linux geek\n\n" + "".join(f"**Hỏi: Câu hỏi số {n}?**\n\nĐáp: Câu trả lời số {n}.\n\n" for n in range(1, 5))
    doc = parse(page)
    assert doc.turns == ()
    assert any("FAQ" in d.message for d in doc.diagnostics if d.code == "label-rejected")
    # a Chinese heading that holds 问题解答 among other words may be an interview's Q&A session
    assert not Conventions().is_faq_heading("嘉宾问题解答环节")


def test_lettered_options_and_clauses_are_no_speakers() -> None:
    # found by review: **A.** / **B.** recur in every quiz and lettered contract, in alphabetical runs
    quiz = "".join(f"{n}. Which part makes energy?\n\n**A.** The nucleus.\n**B.** The mitochondrion.\n**C.** The ribosome.\n\n" for n in range(1, 3))
    lease = "# Lease\n\n## 4. Tenant\n\n**A.** The tenant pays on the first day.\n\n**B.** The tenant keeps it clean.\n\n## 5. Landlord\n\n**A.** The landlord repairs.\n\n**B.** The landlord gives notice.\n"
    for text in (quiz, lease):
        assert parse(text).turns == ()


def test_review_findings_on_round_25_to_27_conventions_stay_fixed() -> None:
    # a stage direction in round brackets, a paragraph of its own, is no speaker (（山村氏） needs its answer right below)
    stage = "田中：朝は早かったですか。\n\n（会場笑）\n\n私は五時に起きました。\n\n司会：犬の名前は？\n\n田中：ポチです。\n\n（会場笑）\n\n安直ですみません。\n\n司会：ありがとう。\n"
    assert [t.speaker for t in parse(stage).turns] == ["田中", "司会", "田中", "司会"]
    # an FAQ word further into an interview's heading is its topic
    topic = "## Background\n\n**Host:** How did it begin?\n\n**Mira:** As a script.\n\n## The FAQ we never wrote\n\n**Host:** Why no FAQ page?\n\n**Mira:** Every question differed.\n"
    assert len(parse(topic).turns) == 4
    # a caller heard once beside a Note: line inside the conversation speaks
    caller = (
        "Ana Lima: Welcome back to the show.\nBo Chen: Happy to be here.\nAna Lima: Let's go to the phones.\n"
        "Maria Souza: Hi! Love the show.\nNote: the caller's line dropped.\nAna Lima: We'll try again. What do you make of it?\nBo Chen: A step forward.\n"
    )
    assert "Maria Souza" in [t.speaker for t in parse(caller).turns]
    # 于是 may be a pen name; "…问题是：" and "…就是：" are clauses
    pen = "主持人：请各位谈谈最近读的书。\n\n李明：我在读一本关于城市的书。\n\n于是：我在翻译一本小说。\n\n主持人：李明，多说一点？\n\n李明：书里讲了街道。\n"
    assert "于是" in [t.speaker for t in parse(pen).turns]
    # numbered steps in another section are not the questions' list
    steps = (
        "# Getting started\n\n1. **Download the archive.**\n\n   Get it from the releases page.\n\n2. **Run the installer.**\n\n   Follow the prompts.\n\n"
        "## Common questions\n\n**Does it work on Windows?**\n\nYes.\n\n**Is it free?**\n\nYes, MIT.\n\n**Who maintains it?**\n\nVolunteers.\n"
    )
    assert not any(t.text.startswith(("1.", "2.", "Download", "Run")) for t in parse(steps).turns)
    # speech about XML keeps its CDATA markers; speech with code keeps its brackets
    xml = "**Host:** Trouble?\n\n**Ana:** Writing <![CDATA[ around ]]> text.\n\n**Host:** Why?\n\n**Ana:** A matrix m[i]{.T} and obj[key]{#x}.\n"
    assert [t.text for t in parse(xml).turns][1::2] == ["Writing <![CDATA[ around ]]> text.", "A matrix m[i]{.T} and obj[key]{#x}."]
    # the empty bold run before a whole-bold question is in its turn's span
    runs = "".join(f"****Q：第{n}个问题？****\n\n**A：**回答{n}。\n\n" for n in "一二三")
    doc = parse(runs)
    assert runs[slice(*doc.turns[0].span)].startswith("****Q")


def test_names_run_in_before_their_speech_without_a_colon() -> None:
    # a magazine's run-in names in emphasis, and the same page as HTML (<em>Name</em>&nbsp;)
    pairs = (("Are you on your way to work?", "No, to my sister in Zwolle."), ("Do you go there often?", "Every Tuesday, for tea."),
             ("What do you talk about?", "Mostly the old house."))
    markdown = "".join(f"*Me* {q}\n\n*Tessa* {a}\n\n" for q, a in pairs)
    html = "".join(f"<p><em>Me</em>&nbsp; {q}</p>\n\n<p><em>Tessa</em>&nbsp; {a}</p>\n\n" for q, a in pairs)
    for text in (markdown, html, markdown.replace("*", "**")):
        doc = parse(text)
        assert [t.speaker for t in doc.turns] == ["Me", "Tessa"] * 3
        assert doc.turns[1].text == "No, to my sister in Zwolle."
    # three questions put; a caller asking for four reads no speakers
    assert Parser(conventions=Conventions(run_in_questions=4)).parse(markdown).turns == ()


def test_bold_terms_opening_paragraphs_are_no_run_in_names() -> None:
    # the same shape with no question put: a changelog's terms, each rejection said
    text = "# Release 2.1\n\n**Added** a dark theme.\n\n**Fixed** the crash on start.\n\n**Added** an export to CSV.\n\n**Fixed** slow search.\n"
    doc = parse(text)
    assert doc.turns == ()
    rejected = [d for d in doc.diagnostics if d.code == "label-rejected"]
    assert len(rejected) == 4
    assert "Conventions.run_in_questions" in rejected[0].message


def test_labelled_list_items_answering_question_headings() -> None:
    # a team interviewed together: each question a heading, each answer a list item with its name
    rounds = (("How did you join?", (("Mira", "Through a friend at a meetup."), ("Oskar", "I answered a job post."))),
              ("What do you build?", (("Mira", "The mobile app."), ("Lena", "The payment service."), ("Oskar", "Our test tools."))),
              ("What surprised you?", (("Lena", "How small the team is."), ("Mira", "The Friday demos."))))
    text = "# Meet the team\n\n" + "".join(
        f"### {q}\n\n" + "".join(f"* {name}: {answer}\n" for name, answer in answers) + "\n" for q, answers in rounds
    )
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["Mira", "Oskar", "Mira", "Lena", "Oskar", "Lena", "Mira"]
    assert [s.title for s in doc.sections] == [q for q, _ in rounds]
    assert doc.turns[2].section == "What do you build?"


def test_labelled_list_items_under_no_question_are_minutes() -> None:
    text = "# Weekly sync\n\n## Actions\n\n- Ana: sends the report\n- Bo: books the room\n\n## Updates\n\n- Bo: the server moved\n- Ana: hiring is open\n"
    doc = parse(text)
    assert doc.turns == ()
    declined = [d for d in doc.diagnostics if d.code == "detector-declined"]
    assert declined
    assert "ListedLabel(min_questions=2)" in declined[0].message


def test_a_programmes_talk_fields_and_an_exercises_input_and_output_are_no_speakers() -> None:
    # a meetup's programme: each talk's topic and summary; a task sheet's input and output, in Chinese
    talks = "# 三月技术沙龙\n\n## 议程\n\n" + "".join(
        f"刘{n}/某公司/工程师\n\n分享主题：调度系统的第{n}次改造\n分享概要：我们把任务迁移到了新平台，讲讲踩过的坑和收获。\n\n" for n in range(1, 5))
    task = "# 练习\n\n## 开发练习题\n" + "".join(
        f"##### {n}. 给调度器加一个接口，可以查到节点的得分\n\n输入：已调度的任务名\n\n输出：\n\n```\n[\n  {{\n    \"Host\": \"10.0.0.{n}\",\n"
        f"    \"Score\": {n}\n  }}\n]\n```\n    提示：可以用调度器的快照\n\n" for n in range(1, 3))
    for text in (talks, task):
        doc = parse(text)
        assert doc.turns == ()
        assert any(d.code == "label-rejected" and "field" in d.message for d in doc.diagnostics)
    # a label opening with such a word may name a role: a keynote speaker at a forum speaks
    forum = "".join(f"主持人：第{n}个问题，您怎么看？\n\n主题演讲嘉宾：我的看法是第{n}点。\n\n" for n in range(1, 4))
    assert [t.speaker for t in parse(forum).turns] == ["主持人", "主题演讲嘉宾"] * 3


def test_a_troubleshooting_list_of_problems_and_solutions_in_any_language_is_no_interview() -> None:
    # "question" / "solution" pairs in a setup guide: the solution word is a field, in Turkish,
    # Portuguese or Dutch as in English; "Not:" is Turkish and Swedish for a note
    pairs = (("Soru", "Çözüm", "Not"), ("Pergunta", "Solução", "Nota"), ("Vraag", "Oplossing", "Opmerking"))
    for asked, solved, note in pairs:
        text = (f"# Kurulum\n\n## Adımlar\n\n1. Klasörü kopyalayın.\n\n**{note}:** Bağlantı koparsa yeniden deneyin.\n\n## Sorunlar\n\n"
                + "".join(f"**{asked}:** {problem}\n**{solved}:** {fix}\n\n" for problem, fix in (
                    ("Modül bulunamadı hatası alıyorum.", "Yolu kontrol edin."),
                    ("Eğitim çok yavaş.", "Hızlandırıcıyı açın."),
                    ("Sürücü bağlanmıyor.", "Düğmeye elle basın."))))
        doc = parse(text)
        assert doc.turns == (), asked
        assert any(solved in d.message and "field" in d.message for d in doc.diagnostics)


def test_lists_of_labelled_items_under_no_question_are_no_conversation() -> None:
    # a feature list, a changelog's components and a stand-up name things in the speakers' shape
    features = "# tinyq\n\n## Features\n\n" + "".join(f"- {word}: {text}\n" for word, text in (
        ("Fast", "it is quick, two million jobs a second."), ("Simple", "the whole API is three functions."),
        ("Fast", "nothing is allocated on the hot path."), ("Safe", "every call may come from any thread."),
        ("Simple", "there is nothing to configure."), ("Safe", "a week of fuzzing found no crash.")))
    changes = "## 1.2.0\n\n### Fixed\n\n" + "".join(f"- {word}: {text}\n" for word, text in (
        ("Parser", "reads an empty file without failing."), ("CLI", "says which file is missing."),
        ("Parser", "no longer stalls on very long lines."), ("CLI", "prints JSON with indents."),
        ("Docs", "the tutorial's links work again."), ("Docs", "a page of questions was added.")))
    standup = "# Stand-up\n\n- Ana: Yesterday I finished the login page.\n- Ana: Today I start on sign-up.\n- Bo: Yesterday I fixed the slow test.\n- Bo: Today I review Ana's change.\n- Cy: Yesterday I was away.\n- Cy: Today I read my mail.\n"
    for text in (features, changes, standup):
        doc = parse(text)
        assert doc.turns == ()
        assert any(d.code == "detector-declined" and "listed_label" in d.message for d in doc.diagnostics)


def test_a_bold_remark_hard_wrapped_among_bold_questions() -> None:
    # the interviewer's bold paragraphs: most ask, one is a remark trailing off, wrapped over two lines
    text = ("**Why did you write the manifesto?**\n\nBecause nobody else would.\n\n"
            "**So you call for a boycott, not of the products\nbut of the jobs these firms offer...**\n\nNot quite a boycott.\n\n"
            "**Who reads it?**\n\nEngineers, mostly.\n\n**Any last word?**\n\nThanks.\n")
    doc = parse(text)
    assert [t.role for t in doc.turns] == ["interviewer", "interviewee"] * 4
    assert doc.turns[2].text == "So you call for a boycott, not of the products\nbut of the jobs these firms offer..."
    assert doc.turns[3].text == "Not quite a boycott."
    # a bold answer wrapped right below its question, and a bold pull quote ending a sentence, stay answers
    answer = ("**Why did you write the manifesto?**\n\n**Because nobody else would, and I had waited\nfor years for someone to do it!**\n\n"
              "**Who reads it?**\n\nEngineers, mostly.\n\n**The engineers read it first, and then\ntheir managers.**\n\nThey argue.\n\n"
              "**Any last word?**\n\nThanks.\n")
    assert [t.role for t in parse(answer).turns] == ["interviewer", "interviewee"] * 3


def test_a_broadcasters_marks_before_name_slash_role_labels() -> None:
    # a radio interview's transcript: the host's hollow triangle, the guest's filled one
    pairs = (("오늘 나와 주셔서 감사합니다.", "초대해 주셔서 고맙습니다."), ("요즘 어떻게 지내십니까?", "바쁘게 지냅니다."),
             ("마지막으로 한 말씀 해 주시죠.", "열심히 하겠습니다."))
    text = "".join(f"▷ 한지수 / 앵커 : {q}\n\n▶ 오민재 / 시의원 : {a}\n\n" for q, a in pairs)
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["한지수 / 앵커", "오민재 / 시의원"] * 3
    assert doc.turns[1].text == "초대해 주셔서 고맙습니다."
    # and the diamonds before a name and an angle bracket
    angled = "".join(f"◇ 한지수> {q}\n\n◆ 오민재> {a}\n\n" for q, a in pairs)
    assert [t.speaker for t in parse(angled).turns] == ["한지수", "오민재"] * 3
    # a news page's related articles and contacts, all filled marks: no host, no guest
    related = parse("시청 발표\n\n▶ 관련 기사 : 예산 증가\n▶ 문의 : 02-123-4567\n▶ 관련 기사 : 교통 대책\n▶ 문의 : 02-765-4321\n")
    assert related.turns == ()
    assert any("MarkedLabel(min_each=2)" in d.message for d in related.diagnostics)


def test_two_speakers_joined_by_a_slash_speak_together() -> None:
    text = "CDR: Ready?\n\nCMP: Ready.\n\nCDR / CMP: Go.\n\nCDR: Valve open?\n\nCMP: Open.\n"
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["CDR", "CMP", "CDR / CMP", "CDR", "CMP"]


def test_a_time_written_again_after_the_label_is_the_labels() -> None:
    # a podcast page's export: each paragraph's time, then the label, then the same time again
    text = "".join(f"<p>[00:0{n}:10] <b>{who}:</b> [00:0{n}:10] {line}</p>\n\n" for n, (who, line) in enumerate(
        (("Jo", "Welcome back, how are you?"), ("Sam", "Very well, thanks."), ("Jo", "What is new?"), ("Sam", "A new book."))))
    doc = parse(text)
    assert [(t.speaker, t.timestamp, t.text) for t in doc.turns][:2] == [
        ("Jo", "00:00:10", "Welcome back, how are you?"), ("Sam", "00:01:10", "Very well, thanks.")]


def test_a_spanish_parliaments_article_and_title_before_the_name() -> None:
    text = ("El señor PRESIDENTE: Se abre la sesión. ¿Hay alguna objeción al acta?\n\n"
            "La señora ROMERO GARCÍA: Ninguna, señor Presidente.\n\n"
            "El señor PRESIDENTE: Queda aprobada. ¿Alguna otra cuestión?\n\n"
            "La señora ROMERO GARCÍA: Sí, una pregunta sobre el presupuesto.\n\n"
            "El señor VIDAL, don Tomás (Presidente).- Se levanta la sesión.\n")
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["El señor PRESIDENTE", "La señora ROMERO GARCÍA"] * 2 + ["El señor VIDAL, don Tomás (Presidente)"]
    assert doc.turns[4].text == "Se levanta la sesión."


def test_two_hyphens_typed_for_a_questions_dash() -> None:
    rounds = (("--チームの雰囲気はどうですか？", "佐藤: 毎日話しています。", "田中: 距離が近いです。"),
              ("--以前と何が違うのですか？", "佐藤: 組織が変わりました。", "田中: 会議が減りました。"),
              ("--今後の予定を教えてください", "佐藤: 新しい機能を作ります。", "田中: 採用も進めます。"))
    doc = parse("\n\n".join("\n\n".join(r) for r in rounds) + "\n")
    assert [t.speaker for t in doc.turns] == [None, "佐藤", "田中"] * 3
    assert doc.turns[0].text == "チームの雰囲気はどうですか？"
    # a command's options, each explained below it, are no questions
    options = "".join(f"--{name}\n\n{what}\n\n" for name, what in (("verbose", "Prints more."), ("quiet", "Prints less."),
                                                                   ("help", "Shows this help?"), ("version", "Shows the version.")))
    assert parse(options).turns == ()


def test_a_bold_label_never_closed_among_closed_ones() -> None:
    # a translation lost the closing stars of a few labels: the speaker is written as elsewhere
    text = ("**Nora**: 我们认识十年了。\n\n**Ivo**: 是的，差不多。\n\n**Nora：那时候我们都很年轻。\n\n"
            "**Ivo**: 现在也不老。\n\n**Nora**: 说得对。\n\n**Ivo：我们继续吧。\n")
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["Nora", "Ivo"] * 3
    assert doc.turns[2].text == "那时候我们都很年轻。"


def test_a_bold_field_far_above_the_first_question_does_not_swallow_it() -> None:
    # "**Licence: CC BY 4.0**" reads like a whole bold question; prose stands between it and the first one
    qa = (("Where does wonder start for you?", "In the workshop, before any plan."), ("And in a company?", "Where people may fail."),
          ("What comes next?", "A book, slowly."))
    text = "# Wonder\n\n**Licence: CC BY 4.0**\n\nWe spoke with a designer about wonder.\n\n" + "".join(
        f"## Part {n}\n\n*{q}*\n\n> {a}\n\n" for n, (q, a) in enumerate(qa, 1))
    doc = parse(text)
    assert [t.role for t in doc.turns] == ["interviewer", "interviewee"] * 3
    assert doc.turns[0].text == "Where does wonder start for you?"


def test_an_answer_ending_in_a_question_is_no_unlabelled_question() -> None:
    # whole bold questions with their label; one answer, its label in bold, ends by asking back
    text = ("**Q：你最早怎么开始的？**\n\n**A：** 在学校里。谁不是呢？\n\n后来就一直做下去了。\n\n"
            "**Q：现在呢？**\n\n**A：** 还在做。\n\n**Q：以后呢？**\n\n**A：** 不知道。\n")
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["Q", "A"] * 3
    assert doc.turns[1].text == "在学校里。谁不是呢？\n\n后来就一直做下去了。"


def test_review_findings_on_round_28_conventions_stay_fixed() -> None:
    # a digest's bold places, each paragraph asking: everyone asks, so nobody is interviewed
    digest = "# Weekly digest\n\n**Berlin** New bike lanes opened. Will they help?\n\n**Hamburg** The port is busy. Can it grow?\n\n**Berlin** Rents rise again. Who pays?\n\n**Hamburg** Ferries run late.\n"
    assert parse(digest).turns == ()
    # a bold place opening an answer in a labelled interview is emphasis, not a speaker
    places = "**Mark:** How did it start?\n\n**Lena:** In 2010.\n\n**Lisbon** was the first city. Did it work?\n\n**Mark:** Why?\n\n**Lena:** Rent.\n"
    assert [t.speaker for t in parse(places).turns] == ["Mark", "Lena", "Mark", "Lena"]
    # an exercise sheet's terms
    sheet = "**Exercise** What is two plus two?\n\n**Solution** Four, of course.\n\n**Exercise** What is the capital of France?\n\n**Solution** Paris.\n"
    assert parse(sheet).turns == ()
    # a handbook's and a quiz's lists under questions: values, and names that answer once
    handbook = ("# Team handbook\n\n## Who does what?\n\n- Ana: backend\n- Bo: frontend\n- Cy: design\n\n"
                "## Who is on call?\n\n- Ana: Monday\n- Bo: Friday\n\n## Where do we meet?\n\n- Office: Room 4\n- Online: Zoom\n")
    quiz = "Question 1: What is the capital of France?\n\n- Paris: correct\n- Lyon: wrong\n\nQuestion 2: What is 2+2?\n\n- Four: correct\n- Five: wrong\n"
    assert parse(handbook).turns == ()
    assert parse(quiz).turns == ()
    # questions as plain lines above the lists are the interviewer's; a team answering in the same order is no record
    plain = ("Meet the team.\n\nHow did you join the team?\n\n- Mira: Through a friend at a meetup.\n- Oskar: I answered a job post online.\n\n"
             "What do you build here?\n\n- Mira: The mobile app for drivers.\n- Oskar: Our test tools, mostly.\n\n"
             "Where do you go next?\n\n- Mira: Nowhere, I like it here.\n- Oskar: Maybe the data team.\n")
    assert [(t.speaker, t.role) for t in parse(plain).turns][:3] == [(None, "interviewer"), ("Mira", "interviewee"), ("Oskar", "interviewee")]
    assert [t.speaker for t in parse("# Team\n\n" + plain.replace("\n\nHow", "\n\n### How").replace("\n\nWhat", "\n\n### What")
                                     .replace("\n\nWhere", "\n\n### Where")).turns] == ["Mira", "Oskar"] * 3
    # a clock in the speech that happens to equal the label's time is speech
    clock = "[10:00] **Ana:** 10:00 is too early for me, really?\n\n[10:01] **Bo:** Then 11.\n\n[10:02] **Ana:** Fine?\n\n[10:03] **Bo:** Fine.\n"
    assert parse(clock).turns[0].text == "10:00 is too early for me, really?"
    # a padded header whose speech is the last named column; a linter's table with a 'line' column
    padded = parse("speaker,words,,,\nAna,Hello there,,,\nBo,Hi Ana,,,\nAna,How are you?,,,\n")
    assert [t.text for t in padded.turns] == ["Hello there", "Hi Ana", "How are you?"]
    assert parse("name,line,col,message\nsrc/a.py,12,4,unused import\nsrc/a.py,40,1,line too long\nsrc/b.py,3,1,missing docstring\n").turns == ()


def test_broadcast_mentions_are_no_handles() -> None:
    text = ("@host_dao\nWelcome, everyone.\n\n@kale__\nThanks.\n\n@here\nThe call starts now.\n\n"
            "@host_dao\nQuestion?\n\n@kale__\nAnswer.\n\n@here\nReminder: slides.\n")
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["@host_dao", "@kale__"] * 2
    assert doc.turns[1].text == "Thanks.\n\n@here\nThe call starts now."


def test_bold_names_alone_some_with_a_time_a_connector_and_a_role_heard_once() -> None:
    # a radio talk: bold names alone above their speech, the first with the time inside the bold
    turns = (("Anna de Vries 18:11", "Goedenavond, we beginnen met het nieuws."), ("Pieter van Dam", "Dank je, Anna."),
             ("Anna de Vries", "Wat vond je ervan?"), ("Pieter van Dam", "Het was een lange dag."),
             ("Verslaggeefster", "Bent u tevreden over de uitslag?"), ("Pieter van Dam", "Zeker."),
             ("Anna de Vries 18:15", "Dan gaan we door."), ("Pieter van Dam", "Graag."))
    doc = parse("".join(f"**{name}**<br>\n{speech}\n\n" for name, speech in turns))
    assert [t.speaker for t in doc.turns] == ["Anna de Vries", "Pieter van Dam"] * 2 + ["Verslaggeefster", "Pieter van Dam", "Anna de Vries", "Pieter van Dam"]
    assert doc.turns[0].timestamp == "18:11"


def test_question_headings_naming_the_pages_topic_are_an_faq() -> None:
    questions = ("What is the late fee?", "When is the late fee charged?", "How is the late fee calculated?",
                 "Can I get the late fee waived?", "Where do I see my balance?")
    text = "# Late fee\n\n" + "".join(f"## {q}\n\nIt depends on the plan and the month.\n\n" for q in questions)
    doc = parse(text)
    assert doc.turns == ()
    assert [s.title for s in doc.sections] == list(questions)
    assert any("Conventions.faq_topic_share" in d.message for d in doc.diagnostics)
    # the same headings addressing someone are an interviewer's
    asked = "# Late fee\n\n" + "".join(f"## {q.replace('Can I', 'Can you').replace('do I', 'do you')}\n\nIt depends on the plan.\n\n"
                                       for q in questions[3:]) + "## Why did you start?\n\nBy chance.\n\n"
    assert parse(asked).turns != ()


def test_an_irc_log_converted_to_markdown_escapes_its_brackets() -> None:
    lines = (("kiwi", "Let's get started."), ("kiwi", "Agenda is in the issue."), ("moss", "Hi all."),
             ("kiwi", "Any news on the audit?"), ("moss", "It is done, the report is out."))
    doc = parse("# Logs\n\n" + "".join(f"**\\<{nick}>** {text}  \n" for nick, text in lines))
    assert [(t.speaker, t.text) for t in doc.turns] == list(lines)


def test_a_bare_q_followed_by_no_break_spaces() -> None:
    # a press office's page: the reporters' bare Q, then no-break spaces before the question
    text = ("THE MAYOR:\u00a0 Good morning.\n\nQ\u00a0 Mayor, a question about the harbour?\n\nTHE MAYOR:\u00a0 Go ahead.\n\n"
            "Q\u00a0\u00a0\u00a0 — and the budget?\n\nTHE MAYOR:\u00a0 It is fine.\n")
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["THE MAYOR", "Q", "THE MAYOR", "Q", "THE MAYOR"]
    assert doc.turns[3].text == "— and the budget?"


def test_a_running_header_whose_page_number_changes() -> None:
    # each page of a parliament's record opens with the house's name, then a dated line with its take
    pages = []
    for take, (who, said) in enumerate((("The SPEAKER", "Order, order!"), ("Mr K MOLOI", "Speaker, I rise on the budget."),
                                        ("The SPEAKER", "Proceed."), ("Mr K MOLOI", "Thank you, Speaker."),
                                        ("The SPEAKER", "The debate is closed.")), 375):
        date = "Wednesday, 22 May 2013" if take == 375 else f"Wednesday, 22 May 2013            Take: {take}"
        pages.append(f"**NATIONAL ASSEMBLY**\n{date}\n\n{who}: {said}\n\n")
    doc = parse("".join(pages))
    assert [t.speaker for t in doc.turns] == ["The SPEAKER", "Mr K MOLOI", "The SPEAKER", "Mr K MOLOI", "The SPEAKER"]
    assert any("running page header" in d.message for d in doc.diagnostics)


def test_review_findings_on_round_29_conventions_stay_fixed() -> None:
    # a witness's same reply three times is no running page header; nor are figures alone
    court = ("THE COURT: Be seated.\n\nWITNESS SMITH\nI was at home that night.\n\nMR. LEE: What did you see?\n\nWITNESS SMITH\n"
             "Nothing at all.\n\nMR. LEE: Nothing?\n\nWITNESS SMITH\nNothing at all.\n\nMR. LEE: Are you sure?\n\nWITNESS SMITH\n"
             "Nothing at all.\n\nTHE COURT: Next question.\n")
    assert len(parse(court).turns) == 9
    counts = ("JOHN DOE: How many apples?\n\nMARY JONES\n12\n\nJOHN DOE: And pears?\n\nMARY JONES\n15\n\nJOHN DOE: And plums?\n\n"
              "MARY JONES\n3\n\nJOHN DOE: Thanks.\n\nMARY JONES\nYou're welcome.\n")
    assert len(parse(counts).turns) == 8
    # a front matter list of chapters, or one note, leaves the body's interview alone
    chapters = ("---\ntitle: Episode 8\ntranscript:\n  - start: \"00:00\"\n    text: Intro\n  - start: \"05:00\"\n    text: Main topic\n---\n"
                "Ana: Hello there.\n\nBo: Hi.\n\nAna: How are you?\n\nBo: Fine.\n")
    assert [t.speaker for t in parse(chapters).turns] == ["Ana", "Bo", "Ana", "Bo"]
    # an interview titled with its topic, asking "you" once, keeps its questions
    seeds = ("# Seed library\n\nMaria Gomez founded the seed library. We talked to her.\n\n## How did the seed library start?\n\n"
             "With a shoebox.\n\n## Who borrows from the seed library?\n\nGardeners.\n\n## Why do you think people return seeds?\n\n"
             "Belonging.\n\n## What comes next for the seed library?\n\nA branch.\n")
    assert len(parse(seeds).turns) == 4
    # citations in brackets, escaped tags in a manual, French subheadings: no speakers
    citations = "[Smith, 2019] showed that bees prefer blue.\n\n[Jones, 2020] found the opposite.\n\n[Smith, 2019] also timed them.\n\n[Jones, 2020] did not.\n"
    manual = "# Dependency\n\n\\<dependency> goes inside the block.\n\n\\<groupId> names the group.\n\n\\<dependency> may hold a scope.\n\n\\<groupId> is a domain.\n"
    french = ("Le Tour de France\nLa course part de Lille.\n\nMusée du Louvre\nLe musée ouvre tard.\n\nLe Tour de France\nLes étapes.\n\n"
              "Musée du Louvre\nLa pyramide.\n")
    for text in (citations, manual, french):
        assert parse(text).turns == ()
    # an XML document's inline elements keep their sentence; a TEI heading's text is kept
    inline = ('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>\n<p><b>Ana:</b> After my <foo>father</foo> died.</p>\n'
              "<p><b>Bo:</b> Why?</p>\n<p><b>Ana:</b> Grief.</p>\n<p><b>Bo:</b> I see.</p>\n</body></html>\n")
    assert parse(inline).turns[0].text == "After my father died."
    tei = ('<?xml version="1.0"?>\n<TEI><body>\n<head>Interview with Ana Lima</head>\n<p>Q: Where were you born?</p>\n<p>A: In Porto.</p>\n'
           "<p>Q: And your parents?</p>\n<p>A: Fishermen.</p>\n</body></TEI>\n")
    assert parse(tei).preamble == ("Interview with Ana Lima",)
    # readers' questions to an author ("독자가 묻는 질문") are an interview
    author = ("# 작가와의 대화: 독자가 묻는 질문\n\n작가가 질문에 답했다.\n\n## 어떻게 작가가 되셨나요?\n\n단편을 쓰면서요.\n\n"
              "## 가장 좋아하는 책은 무엇인가요?\n\n백년의 고독입니다.\n\n## 다음 작품은요?\n\n장편입니다.\n")
    assert len(parse(author).turns) == 3
    # a PDF's labels with a run of spaces inside their role
    pdf = "".join(f"**{who}:** {said}\n\n" for who, said in (("SEN. SMITH, R-TX   CHAIRMAN", "The hearing will come to order."),
                                                             ("DR. JONES, CDC   DIRECTOR", "Thank you."),
                                                             ("SEN. SMITH, R-TX   CHAIRMAN", "Please begin."),
                                                             ("DR. JONES, CDC   DIRECTOR", "Gladly.")))
    assert len(parse(pdf).turns) == 4


# --- conventions of blind rounds 31 and 32 ------------------------------------------------


def test_bold_questions_as_star_items_with_a_key_to_the_answer_label() -> None:
    # a key above spells the label out (R for Resposta); the questions are "* **…?**" items
    text = ("# Entrevista\n\n**Legenda:**\nR: Resposta\n\n* **1 – Onde você mora?**\n\n    R: Em Recife.\n\n"
            "* **2 – Há quanto tempo?**\n\n    R: Dez anos.\n\n* **3 – Gosta da cidade?**\n\n    R: Muito.\n")
    doc = parse(text)
    assert [(t.speaker, t.text) for t in doc.turns] == [
        (None, "1 – Onde você mora?"), ("R", "Em Recife."), (None, "2 – Há quanto tempo?"), ("R", "Dez anos."),
        (None, "3 – Gosta da cidade?"), ("R", "Muito."),
    ]
    assert [(d.code, d.line) for d in doc.diagnostics] == [("legend", 3), ("legend", 4)]
    # a first answer that only starts like its label stays an answer
    answer = "Q: Tired?\nA: Absolutely.\n\nQ: Why?\nA: Work.\n\nQ: And now?\nA: Better.\n"
    assert [t.speaker for t in parse(answer).turns] == ["Q", "A"] * 3


def test_questions_nested_under_a_numbered_bold_item_are_read_under_its_title() -> None:
    text = ("# Entrevista\n\n1. **Ventas**\n   - **¿Cómo vende hoy?**\n      > Dice que en un cuaderno.\n\n"
            "   - **¿Qué anota?**\n      > El total del día.\n\n2. **Stock**\n   - **¿Cuándo compra?**\n      > Cada semana.\n\n"
            "   - **¿Dónde?**\n      > En el mercado.\n")
    doc = parse(text)
    assert [t.text for t in doc.turns[::2]] == ["¿Cómo vende hoy?", "¿Qué anota?", "¿Cuándo compra?", "¿Dónde?"]
    assert [t.section for t in doc.turns[::2]] == ["Ventas", "Ventas", "Stock", "Stock"]
    assert [s.title for s in doc.sections] == ["Ventas", "Stock"]


def test_a_bold_name_then_its_time_in_brackets_and_a_colon() -> None:
    # a podcast writes "**Name** (00:09):" with the speech below it
    text = "".join(f"**{who}** ({time}):\n{said}\n\n" for who, time, said in (
        ("Ana Lima", "00:09", "Welcome to the show."), ("Bo Chen", "00:31", "Glad to be here."),
        ("Ana Lima", "00:35", "Where do we start?"), ("Bo Chen", "00:40", "At the beginning.")))
    doc = parse(text)
    assert [(t.speaker, t.timestamp, t.text) for t in doc.turns][:2] == [
        ("Ana Lima", "00:09", "Welcome to the show."), ("Bo Chen", "00:31", "Glad to be here.")]
    assert len(doc.turns) == 4


def test_one_word_names_first_then_their_initials() -> None:
    text = ("# Our trip\n\nWe kept a diary.\n\nMira: The bus left at dawn and nobody slept.\n\nJonas: I missed the bus and came a day later.\n\n"
            "M: The first day we walked to the lake.\n\nJ: I arrived that evening.\n\nM: Then it rained.\n\nJ: And we stayed inside.\n")
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["Mira", "Jonas", "M", "J", "M", "J"]
    # two names sharing the letter of one label stay refused, with a diagnostic each
    shared = text.replace("Jonas:", "Mats:")
    assert [t.speaker for t in parse(shared).turns][:1] == ["M"]
    assert [d.line for d in parse(shared).diagnostics if d.code == "label-rejected"] == [5, 7]
    # minutes: an action line among Q: and A: names no one
    minutes = ("# Minutes\n\nAction: Lee to draft the proposal by Friday.\n\nQ: Who reviews it?\nA: The board does.\n\n"
               "Q: When?\nA: In May.\n\nQ: Any budget?\nA: Not yet.\n")
    assert [t.speaker for t in parse(minutes).turns] == ["Q", "A"] * 3


def test_an_audience_asks_each_once_in_bold_with_the_name_inside() -> None:
    text = ("# Q&A after the talks\n\n**Ana Lima: What was hardest?**\nFinding testers.\n\n**Joe Park: Did you pay them?**\nWith cake.\n\n"
            "**Ana Lima: Would you do it again?**\nTomorrow.\n\n**Rosa Diaz: Where can we try it?**\nAt the library.\n\n"
            "**Sam Cole: The cake must have helped.**\nIt did.\n")
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["Ana Lima", None, "Joe Park", None, "Ana Lima", None, "Rosa Diaz", None, "Sam Cole", None]
    # a dated line in bold, shaped the same, names nobody
    dated = text.replace("**Rosa Diaz: Where can we try it?**", "**Mon, 06 Jun 2022 15:04 GMT**")
    assert "Mon, 06 Jun 2022 15" not in [t.speaker for t in parse(dated).turns]


def test_a_label_in_bold_around_italics_keeps_its_name_and_the_question_its_text() -> None:
    text = ("**_Clara: Who are you and what do you do?_**\n\n**Lena:** I am a developer in Berlin.\n\n**_C: Why Ruby?_**\n\n**L:** A friend showed me.\n\n"
            "**_C: And now?_**\n\n**L:** I teach it.\n")
    doc = parse(text)
    assert [(t.speaker, t.text) for t in doc.turns][:3] == [
        ("Clara", "Who are you and what do you do?"), ("Lena", "I am a developer in Berlin."), ("C", "Why Ruby?")]


def test_a_pull_quotes_fields_are_not_speakers() -> None:
    quote = "> **金句 · {who}**\n> **中文：** {zh}\n> **原文：** {en}\n\n"
    text = ("# 访谈\n\n## 一\n\n**李明：** 你们为什么开始？\n\n**王芳：** 因为好奇。\n\n"
            + quote.format(who="王芳", zh="好奇是起点。", en="Curiosity starts it.")
            + "## 二\n\n**李明：** 后来呢？\n\n**王芳：** 后来坚持。\n\n"
            + quote.format(who="王芳", zh="坚持最难。", en="Keeping on is hardest."))
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["李明", "王芳", "李明", "王芳"]
    assert {d.line for d in doc.diagnostics if d.code == "label-rejected"} >= {10, 11, 20, 21}
    # a transcript written wholly in block quotes keeps its speakers
    quoted = "".join(f"> **{who}：** {said}\n>\n" for who, said in (("甲", "你好。"), ("乙", "你好。"), ("甲", "再见。"), ("乙", "再见。")))
    assert [t.speaker for t in parse(quoted).turns] == ["甲", "乙", "甲", "乙"]


def test_the_fields_of_records_one_after_another_are_not_speakers() -> None:
    story = "## Story {n}\n**Situation**: When I {when}\n**Motivation**: I want {want}\n**Outcome**: So I can {can}\n**Type**: Job story\n\n"
    text = "# Job stories\n\n" + "".join(story.format(n=n, when=w, want=x, can=c) for n, w, x, c in (
        (1, "lose my mouse", "keys", "go on"), (2, "save a form", "a sign", "trust it"), (3, "get a reminder", "a sound", "act")))
    doc = parse(text)
    assert doc.turns == ()
    assert any("a record's field" in d.message for d in doc.diagnostics)
    # a speaker who speaks once beside a field line and elsewhere too keeps the turns
    talk = ("Date: 3 May\nAna: Shall we start?\n\nBo: Yes.\n\nAna: First point.\n\nBo: Agreed.\n")
    assert [t.speaker for t in parse(talk).turns] == ["Ana", "Bo", "Ana", "Bo"]


def test_questions_hard_wrapped_in_bold_or_italics_every_one_of_them() -> None:
    bold = ("# Ein Gespräch\n\n**Wer bist du und was\nmuss man über dich wissen?**\n\nIch forsche.\n\n"
            "**Was ist das Ziel\ndeiner Arbeit, und wie\nmisst man es?**\n\nWirkung.\n\n**Was rätst du\nEinsteigern?**\n\nLesen.\n")
    assert [t.text for t in parse(bold).turns] == [
        "Wer bist du und was\nmuss man über dich wissen?", "Ich forsche.",
        "Was ist das Ziel\ndeiner Arbeit, und wie\nmisst man es?", "Wirkung.", "Was rätst du\nEinsteigern?", "Lesen."]
    # italics, the first wrapped above a Pandoc hard break, the others on one line
    italic = ("Ein Interview.\n\\\n*Was macht Ihr Institut\neigentlich genau?*\n\nForschung.\n\n*Welche Rolle spielen Daten?*\n\nEine große.\n\n"
              "*Was ist Ihre Aufgabe?*\n\nAnalysen.\n\n*Was braucht man\nfür den Job?*\n\nGeduld.\n\n*Womit rechnen Sie?*\n\nMit R.\n")
    doc = parse(italic)
    assert [t.role for t in doc.turns] == ["interviewer", "interviewee"] * 5
    assert doc.turns[0].text == "Was macht Ihr Institut\neigentlich genau?"
    assert doc.preamble == ("Ein Interview.",)



def test_review_findings_on_round_31_conventions_stay_fixed() -> None:
    # a one-off bold line among whole-bold askers is a heading, an editor's note a note
    bonus = ("**Q: Where were you born?**\nIn Porto.\n\n**Q: And school?**\nNearby.\n\n**Bonus Round: Quick answers only**\n\n"
             "**Q: First job?**\nBaker.\n")
    assert [s.title for s in parse(bonus).sections] == ["Bonus Round: Quick answers only"]
    note = "**主持人：你好吗？**\n很好。\n\n**主持人：最近忙什么？**\n写书。\n\n**小编注：本文有删节。**\n\n**主持人：谢谢。**\n不客气。\n"
    assert "小编注" not in [t.speaker for t in parse(note).turns]
    # a first line whose first word starts like its label is speech, not a key
    for first in ("H: Hello everyone\nG: Good morning to you all\n", "Q: Quick question first\nA: Sure.\n", "E: Então vamos começar\nR: Pode.\n"):
        text = first + "\nH: So?\nG: Well.\n\nQ: Your age?\nA: 40.\n\nE: Onde?\nR: Braga.\n"
        assert parse(text).preamble == (), first
    # a key of two lines followed by prose is a key, both lines of it
    key = "# Abbreviations\n\nQ: Question\nA: Answer\n\nThe forms below use these.\n\nQ: What is your name?\nA: Maria.\n\nQ: Age?\nA: 40.\n"
    assert [t.text for t in parse(key).turns] == ["What is your name?", "Maria.", "Age?", "40."]
    # a checklist of bold questions inside an answer stays in it
    plan = ("# Interview with a travel writer\n\n**How do you plan a trip?**\n\nI ask myself a few things:\n\n1. **Budget**\n"
            "   - **How much can I spend?**\n   - **Can I fly cheaper midweek?**\n2. **Time**\n   - **How many days off do I have?**\n\n"
            "**Where did you go last?**\n\nJapan.\n\n**Favourite city?**\n\nKyoto.\n")
    assert len(parse(plan).turns) == 6
    assert parse(plan).sections == ()
    runners = ("# Interview with a coach\n\n**What do you tell new runners?**\n\nThree questions:\n\n* **Why do you run?**\n"
               "* **How often can you run?**\n* **Who runs with you?**\n\n**And injuries?**\n\nRest.\n\n**Last tip?**\n\nSleep.\n")
    assert len(parse(runners).turns) == 6
    # a numbered bold item is titled by its bold words, its number the list's markup (**1. Childhood** keeps it)
    numbered = "# I\n\n1. **Childhood**\n\n**Q:** Where?\n\n**A:** Porto.\n\n2. **Work**\n\n**Q:** What?\n\n**A:** Baker.\n"
    assert [s.title for s in parse(numbered).sections] == ["Childhood", "Work"]
    assert [s.title for s in parse(numbered.replace("1. **Childhood**", "**1. Childhood**")).sections] == ["1. Childhood", "Work"]
    # a moderator or a caller quoted alone speaks
    panel = ("# Panel\n\n> **Moderator:** What is the biggest risk?\n\n**Ana:** Funding.\n\n**Ben:** Talent.\n\n"
             "> **Moderator:** And the biggest chance?\n\n**Ana:** Open data.\n\n**Ben:** Cheap compute.\n")
    assert [t.speaker for t in parse(panel).turns] == ["Moderator", "Ana", "Ben"] * 2
    # cast and status lines above one-letter speakers are fields, not their names
    cast = "Researcher: Maria\nParticipant: P07\n\nR: How often do you use the app?\nP: Daily.\n\nR: Why?\nP: Habit.\n"
    status = "# Team sync\n\nStatus: green\nMood: good\n\nS: I shipped the login page.\nM: Nice, I fixed the tests.\n\nS: Next is billing.\nM: I'll review it.\n"
    assert [t.speaker for t in parse(cast).turns] == ["R", "P", "R", "P"]
    assert [t.speaker for t in parse(status).turns] == ["S", "M", "S", "M"]


def test_labels_in_code_spans_and_names_with_a_linked_time() -> None:
    text = "`ERIK:` What is the mission?\n\n`BEN:` A place for teens.\n\n`ERIK:` Since when?\n\n`BEN:` Five years, `about`.\n"
    doc = parse(text)
    assert [(t.speaker, t.text) for t in doc.turns] == [
        ("ERIK", "What is the mission?"), ("BEN", "A place for teens."), ("ERIK", "Since when?"), ("BEN", "Five years, about.")]
    # a reference's keys in code, and developers' notes, are no speakers
    keys = "# Config\n\n`timeout:` seconds to wait.\n\n`retries:` how often.\n\n`timeout:` may be 0.\n\n`retries:` at most 5.\n"
    notes = "# Notes\n\nFIXME: write the parser.\n\nNB: the lexer leaks.\n\nFIXME: add tests.\n\nNB: docs.\n"
    assert parse(keys).turns == ()
    assert parse(notes).turns == ()
    # "Todos:" (everyone) speaks in Spanish
    everyone = "Ana: ¿Listos?\n\nTodos: ¡Sí!\n\nAna: ¿Seguros?\n\nTodos: ¡Claro!\n"
    assert [t.speaker for t in parse(everyone).turns] == ["Ana", "Todos", "Ana", "Todos"]
    # a council's record: name, role and the time linked to the recording, the speech below
    link = "https://video.example/v?t={}"
    council = "".join(f"{who} [{time}]({link.format(n)})\n{said}\n\n" for n, (who, time, said) in enumerate((
        ("Rita Gomes (Mayor)", "22:39", "Why do you want to serve?"), ("Ed Park (Candidate)", "22:52", "I like the town."),
        ("Rita Gomes (Mayor)", "23:02", "And the hard votes?"), ("Ed Park (Candidate)", "23:20", "I can take them."))))
    doc = parse(council)
    assert [(t.speaker, t.timestamp) for t in doc.turns][:2] == [("Rita Gomes (Mayor)", "22:39"), ("Ed Park (Candidate)", "22:52")]
    assert doc.speakers[0].key == "rita gomes (mayor)"


def test_two_names_joined_by_a_slash_and_a_bare_domain_after_a_label() -> None:
    text = ("**Ana:** Shall we start?\n\n**Rui:** Yes.\n\n**Ana:** Any questions?\n\n**Rui:** None.\n\n**Ana / Rui:** Thanks, everyone.\n\n"
            "**Project Slack：**team.slack.com\n")
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["Ana", "Rui", "Ana", "Rui", "Ana / Rui"]
    assert doc.turns[-1].text.endswith("Project Slack：team.slack.com")
    assert [(d.code, d.line) for d in doc.diagnostics] == [("label-rejected", 11)]


def test_review_findings_on_round_32_and_33_conventions_stay_fixed() -> None:
    # an interview noted once per exchange, or a chat timed once per turn, keeps its turns
    noted = ("# Oral history\n\n**Q:** Where were you born?\n**A:** In a village.\nNote: tape hiss.\n\n**Q:** And your father?\n"
             "**A:** He farmed.\nNote: long pause.\n\n**Q:** School?\n**A:** Until ten.\nNote: laughs.\n")
    timed = "Ana: Morning all.\nTime: 09:00\n\nBo: Morning.\nTime: 09:01\n\nAna: Standup?\nTime: 09:02\n\nBo: Sure.\nTime: 09:03\n"
    assert len(parse(noted).turns) == 6
    assert len(parse(timed).turns) == 4
    # a reference's keys in code spans, and pairs of things joined by a slash, are no speakers
    api = "# Client API\n\n`GET:` fetches a record.\n\n`POST:` creates a record.\n\n`GET:` with an id returns one.\n\n`POST:` validates.\n"
    sections = "## parse(text)\n\n`Args:` The text to read.\n\n`Returns:` A Document.\n\n## render(doc)\n\n`Args:` The document.\n\n`Returns:` A string.\n"
    pros = "## Laptop A\n\n**Pros / Cons:** light, but slow.\n\n**Price:** 900\n\n## Laptop B\n\n**Pros / Cons:** fast, but heavy.\n\n**Price:** 1200\n"
    for text in (api, sections, pros):
        assert parse(text).turns == (), text
    assert any("a reference's key" in d.message for d in parse(sections).diagnostics)
    # a name and its post joined by a slash, asking, is a speaker
    anchor = "▷ 김민 / 앵커 : 오늘 회의는 어땠습니까?\n\n▶ 이수 / 의원 : 길었습니다.\n\n▷ 김민 / 앵커 : 결론은요?\n\n▶ 이수 / 의원 : 다음 주입니다.\n"
    assert [t.speaker for t in parse(anchor).turns] == ["김민 / 앵커", "이수 / 의원"] * 2
    # a domain that answers a question is speech
    blog = "**Host:** Where can people find you?\n\n**Bo:** bakery.pt is the shop.\n\n**Host:** And your blog?\n\n**Ana:** anasilva.com\n\n**Host:** Thanks.\n\n**Bo:** Thanks.\n"
    assert "Ana" in [t.speaker for t in parse(blog).turns]
    # an italic standfirst that asks after a sentence is the page's
    standfirst = ("# Forty years of bread\n\n*Ana has baked here since 1984. We visited her at dawn\nto ask one thing: what keeps her going?*\n\n"
                  "The shop smells of rye.\n\n*When do you start?*\n\nAt four.\n\n*Do you still like it?*\n\nYes.\n\n*Will you retire?*\n\nNever.\n")
    assert parse(standfirst).turns[0].text == "When do you start?"
    # status lines written as sentences above one-letter speakers are fields
    status = ("# Team sync\n\nStatus: the build is green again today.\nMood: everyone is tired but fine.\n\nS: I shipped the login page.\n"
              "M: Nice, I fixed the tests.\n\nS: Next is billing.\nM: I'll review it.\n")
    assert [t.speaker for t in parse(status).turns] == ["S", "M", "S", "M"]
    # a hard break alone on a line between a bold question and its answer
    broken = "# Interview\n\n**Where were you born?**\n\\\nIn Porto.\n\n**And school?**\n\\\nNearby.\n\n**First job?**\n\\\nBaker.\n"
    assert [t.text for t in parse(broken).turns] == ["Where were you born?", "In Porto.", "And school?", "Nearby.", "First job?", "Baker."]


def test_a_site_heading_after_the_last_question_and_what_the_review_of_round_34_found() -> None:
    # the page's own heading under a Q&A written in bold is not one more question
    site = ("# Bakers\n\n**Why bread?**\nIt smells good.\n\n**Why at night?**\nThe oven is free.\n\n**Any regrets?**\nNone.\n\n"
            "### Reading us at work?\n\nA licence is needed for work use.\n")
    assert [t.text for t in parse(site).turns][-1] == "None."
    # a main interview in question headings after a bold warm-up keeps every question
    parts = ("# Two parts\n\n**Ready?**\nYes.\n\n**Coffee?**\nTea.\n\n**Sleep well?**\nNo.\n\n## Part two\n\n### Where were you born?\n\nIn Porto.\n\n"
             "### And school?\n\nNearby.\n\n### First job?\n\nBaker.\n")
    assert len(parse(parts).turns) == 9  # the bold warm-up's three questions and answers, then three answers under their headings
    # a moderator who calls on each speaker by name, and a guest's one-line answers, speak
    panel = ("# Panel on farming\n\nModerator: Rui Lopes\n\nRui Lopes: Thank you. Soil is the first issue, and we ignore it.\n\n"
             "Moderator: Eva Nunes\n\nEva Nunes: I agree with Rui, but water matters more in the south.\n\n"
             "Moderator: Tomas Reis\n\nTomas Reis: For me it is prices. Farmers cannot plan.\n")
    assert {"Moderator", "Eva Nunes", "Tomas Reis"} <= {t.speaker for t in parse(panel).turns}
    quick = "Host: Name your favourite city.\nGuest: New York\nHost: Your favourite singer.\nGuest: Nina Simone\nHost: Best meal.\nGuest: Grilled Sardines\n"
    assert len(parse(quick).turns) == 6


def test_a_word_that_ends_like_a_role_names_no_role() -> None:
    # a play's Ghost is a name, not the host: its one-off lines are weighed as a name's
    assert Conventions().is_role("talk show host")
    assert not Conventions().is_role("ghost")
    assert Conventions().is_role("乙台记者")


def test_numbered_bold_questions_answered_by_bullets_in_their_own_paragraph() -> None:
    # round 35: the next item of a question's list is one right below it, not a bullet list after a blank line
    text = ("# Entrevista\n\n  1. **¿Cuántos empleados tiene?**\n\n  * Cuatro empleados\n\n  2. **¿Qué áreas maneja?**\n\n  * Estética\n  * Nutrición\n\n"
            "  3. **¿Cómo se piden las citas?**\n\n  * Por teléfono\n")
    assert [t.role for t in parse(text).turns] == ["interviewer", "interviewee"] * 3


def test_unlabelled_questions_answered_by_one_named_speaker_are_an_interview() -> None:
    """A page names only its interviewee (``佐倉：…``) and marks the questions by a dash or bold:
    the questions are the other side, even glued to the answer's line, even two of them."""
    glued = "# 新作について\n\n" + "".join(f"――{q}\n佐倉：{a}\n\n" for q, a in (("なぜ声優に？", "母の影響です。"), ("収録はどうでした？", "楽しかったです。"), ("最後に一言。", "ありがとうございました。")))
    doc = parse(glued)
    assert [(t.speaker, t.text) for t in doc.turns] == [
        (None, "なぜ声優に？"),
        ("佐倉", "母の影響です。"),
        (None, "収録はどうでした？"),
        ("佐倉", "楽しかったです。"),
        (None, "最後に一言。"),
        ("佐倉", "ありがとうございました。"),
    ]
    two = "# Studio notes\n\nWe met Ana in her studio.\n\n**Where did you grow up?**\n\nAna: By the sea, in a fishing town.\n\n**Why paint?**\n\nAna: My mother painted.\n"
    assert [(t.speaker, t.text[:8]) for t in parse(two).turns] == [(None, "Where di"), ("Ana", "By the s"), (None, "Why pain"), ("Ana", "My mothe")]
    # a role answering names no one: a quiz's "Answer:" confirms no interview
    quiz = "# Geography quiz\n\n**What is the capital of Norway?**\n\nAnswer: Oslo.\n\n**Which river is the longest in Europe?**\n\nAnswer: The Volga.\n"
    assert parse(quiz).turns == ()
    # questions opened by their own label are that label's: no short unlabelled Q&A beside them,
    # and no rejection to report (strict parsing still succeeds)
    help_page = "# Account help\n\n**Q: How do I reset my password?**\n\nClick the link.\n\n**Q: Can I change my name?**\n\nNo, names are fixed.\n"
    assert len(parse(help_page, strict=True).turns) == 4
    # one answer unlabelled: the title must say interview, as for any short unlabelled Q&A
    mixed = two.replace("Ana: My mother", "My mother")
    doc = parse(mixed)
    assert doc.turns == ()
    assert any("title says the document is an interview" in d.message for d in doc.diagnostics if d.code == "label-rejected")


def test_korean_press_qa_bold_q_marker_and_family_name_in_brackets() -> None:
    """``**Q. …**`` (the marker bold with its question, no question mark: Korean questions end
    in -가/-는지) answered under ``(홍)``, the interviewee's family name in brackets."""
    text = (
        "# 웹콘텐츠 제작 이야기\n\n"
        "**Q. 처음 시작했을 때와 지금은 무엇이 다른가**\n\n(홍) 많이 달라졌다. 팀원들이 성장했다.\n\n"
        "**Q. 음악 콘텐츠를 계속 만드는 이유는 무엇인가**\n\n(홍) 음악은 모두가 좋아한다. (웃음)\n\n"
        "**Q.** 앞으로의 계획은\n\n(홍) 계속 만들 것이다.\n\n"
        "(주)컬쳐미디어랩 제공\n"
    )
    doc = parse(text)
    assert [(t.speaker, t.text.split("\n")[0]) for t in doc.turns] == [
        ("Q", "처음 시작했을 때와 지금은 무엇이 다른가"),
        ("홍", "많이 달라졌다. 팀원들이 성장했다."),
        ("Q", "음악 콘텐츠를 계속 만드는 이유는 무엇인가"),
        ("홍", "음악은 모두가 좋아한다. (웃음)"),
        ("Q", "앞으로의 계획은"),
        ("홍", "계속 만들 것이다."),
    ]
    # a company's "(주)" (Co.) glued to its name is text
    assert doc.turns[-1].text.endswith("(주)컬쳐미디어랩 제공")
    # Korean's enumeration (가), (나) … and an association's or a foundation's (사), (재) name no one
    clauses = "# 계약 조건\n\n(가) 계약 기간은 1년으로 한다.\n(나) 대금은 매월 지급한다.\n(가) 항의 기간은 연장할 수 있다.\n(나) 항의 대금은 조정할 수 있다.\n"
    assert parse(clauses).turns == ()
    notice = "# 행사 안내\n\n(사) 음악협회가 공연을 맡는다.\n\n(재) 문화재단이 장소를 제공한다.\n\n(사) 음악협회는 내년에도 참여한다.\n\n(재) 문화재단은 지원을 늘린다.\n"
    assert parse(notice).turns == ()
    # initials in bold name people: **A.** is a run-in name there, not an answer marker
    said = (("A", "Welcome, both of you?"), ("B", "Thanks for asking."), ("A", "Shall we begin?"), ("B", "Yes, let us."), ("A", "Where did you meet?"), ("B", "At school."))
    people = "# Three of us\n\n" + "".join(f"**{who}.** {words}\n\n" for who, words in said)
    assert [(t.speaker, t.text) for t in parse(people).turns] == [(f"{who}.", words) for who, words in said]


def test_interview_address_and_first_person_words_in_more_languages() -> None:
    """Turkish glues its inflection to the word (``Röportajı``, its interview), and asks with
    ``sizce``/``sizin``; answers speak with ``bence``/``benim``: a short Turkish Q&A reads as one."""
    text = (
        "# Ayşe Hanım Röportajı\n\nKüçük bir kasabada öğretmenlik yapan Ayşe Hanım ile konuştuk.\n\n"
        "**Sizce kasaba son yıllarda değişti mi?**\n\nBence çok değişti, gençler şehre gitti.\n\n"
        "**Sizin için en zor yıl hangisiydi?**\n\nBenim için deprem yılıydı.\n"
    )
    assert [t.text[:10] for t in parse(text).turns] == ["Sizce kasa", "Bence çok ", "Sizin için", "Benim için"]
    # without the title's word it is an article's two questions, refused with the reason
    article = parse(text.replace("Röportajı", "Hakkında"))
    assert article.turns == ()
    assert any("title says the document is an interview" in d.message for d in article.diagnostics)


def test_example_leads_in_any_language_are_fields_not_speakers() -> None:
    essay = (
        "# 如何回答问题\n\n回答问题之前，先弄清楚对方想问什么。\n\n例如：有人问“这个怎么用”，先问他用在哪里。\n\n"
        "再说一遍要点。\n\n例如：对方说“出错了”，请他贴出错误信息。\n\n最后，检查自己的答案。\n\n例如：写完以后读一遍。\n"
    )
    doc = parse(essay)
    assert doc.turns == ()
    assert [d.line for d in doc.diagnostics if d.code == "label-rejected" and "Conventions.field_words" in d.message] == [5, 9, 13]


def test_topic_and_persona_fields_above_a_transcript_in_other_languages() -> None:
    text = (
        "# Transkrypt 3\n\n**Persona:** Ola, 29 lat, projektantka w małym studiu.\n"
        "**Temat:** Jak zespół wybiera narzędzia do pracy\n\n"
        "**Badacz:** Dzień dobry, dziękuję za czas.\n**Ola:** Dzień dobry, chętnie pomogę.\n"
        "**Badacz:** Od czego zaczął się wybór?\n**Ola:** Od arkusza, który przestał wystarczać.\n"
    )
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["Badacz", "Ola", "Badacz", "Ola"]
    assert [d.line for d in doc.diagnostics if "Conventions.field_words" in d.message] == [4]
    # the persona beside it is the header's too; "Persona" and "Sujet" may name a speaker elsewhere
    assert [d.line for d in doc.diagnostics if d.code == "label-rejected"] == [3, 4]
    subject = "Expérimentatrice : Que voyez-vous ?\n\nSujet : Un chat.\n\nExpérimentatrice : Et derrière ?\n\nSujet : Une fenêtre.\n"
    assert [t.speaker for t in parse(subject).turns] == ["Expérimentatrice", "Sujet"] * 2


def test_bold_names_in_one_order_under_each_chapter_are_a_roundtable_not_records() -> None:
    """Strong labels in one fixed order under every heading are speakers, whether the moderator
    asks on the label's line, on the line below it, prompts without a question mark, or a podcast
    gives each voice one turn per chapter (only weak labels may be a record's fields)."""
    asking = "# Roundtable\n\n" + "".join(
        f"### {topic}\n\n**Moderator:** What about {topic.lower()}?\n\n**Ines:** It matters to me.\n\n**Tomas:** Less so for me.\n\n"
        for topic in ("Housing", "Transport", "Schools")
    )
    assert len(parse(asking).turns) == 9
    below = "# Three cooks\n\n" + "".join(
        f"## {topic}\n\n**Dana Reyes:**\nWhich {topic.lower()} would you keep?\n\n**Leo Park:**\nThe old one.\n\n**Mina Sato:**\nA new one.\n\n"
        for topic in ("Bread", "Knives", "Pans")
    )
    assert [t.speaker for t in parse(below).turns] == ["Dana Reyes", "Leo Park", "Mina Sato"] * 3
    chapters = "# Episode 12\n\n" + "".join(
        f"## {chapter}\n\n**Sam:** So, {chapter.lower()}.\n\n**Priya:** Right, that was a time.\n\n" for chapter in ("Intro", "Early days", "The first synth")
    )
    assert [t.speaker for t in parse(chapters).turns] == ["Sam", "Priya"] * 3


def test_dashed_questions_with_the_answer_glued_on_the_next_line() -> None:
    """``-¿Por qué…?`` then the answer on the next line of the paragraph, no dash: the dash marks
    the question alone (prompts that state, as Spanish press writes them, too); a story's dialogue
    has the same layout, so the page must say interview."""
    pairs = (
        ("¿Cómo empezó la banda?", "Empezamos en un garaje de Bilbao, tocando versiones los domingos por la tarde."),
        ("El disco nuevo suena más duro que el anterior.", "Sí, quisimos grabarlo en directo, sin trucos, tal como sonamos en los conciertos."),
        ("¿Y las letras?", "Las escribimos entre los cuatro, casi siempre de madrugada y con mucho café."),
        ("¿Qué viene ahora?", "Una gira por el norte y, si todo va bien, otro disco el año que viene."),
    )
    body = "".join(f"-{q}\n{a}\n\n" for q, a in pairs)
    doc = parse("# Entrevista con Los Tornillos\n\n" + body)
    assert [(t.role, t.text) for t in doc.turns] == [(role, text) for q, a in pairs for role, text in (("interviewer", q), ("interviewee", a))]
    story = parse("# Capítulo tres\n\n" + body)
    assert story.turns == ()
    assert any("a story's dialogue has this shape" in d.message for d in story.diagnostics if d.code == "label-rejected")


def test_an_outlets_initials_asking_in_bold_between_plain_answers() -> None:
    """``**Revista: …?**`` once, then ``**RV: …?**`` (its initials, even of one joined word, and
    ``CC`` though it is an e-mail's field) asking, answered by plain ``Name:``/initials labels."""
    text = (
        "# Entrevista\n\n**CartaCapital: Por que a reforma não se sustenta?**\n\nAna Lima Souza: Porque as receitas existem.\n\n"
        "**CC: E o governo sabe disso?**\n\nALS: Sabe, mas não as conta.\n\n**CC: O que fazer agora?**\n\nALS: Resistir.\n\n"
        "**CC: E depois?**\n\nALS: Votar.\n"
    )
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["CartaCapital", "Ana Lima Souza", "CC", "ALS", "CC", "ALS", "CC", "ALS"]


def test_the_askers_name_in_brackets_inside_a_bold_question() -> None:
    """``**[Zeca] Why?**`` over plain answers: the bracketed name asks; a bold notice opened by a
    bracketed word once (``**[Update] …**``) is no speaker."""
    text = (
        "# Entrevista – Ana Lima\n\n**[Zeca] Qual a tua memória mais antiga?**\n\nO rádio da minha avó.\n\n"
        "**[Zeca] E a primeira banda?**\n\nUma banda de garagem no bairro.\n\n**Como está a música hoje?**\n\nViva, apesar de tudo.\n\n"
        "**[Zeca] E o futuro?**\n\nMais discos.\n"
    )
    doc = parse(text)
    assert [(t.speaker, t.text[:8]) for t in doc.turns] == [
        ("Zeca", "Qual a t"), (None, "O rádio "), ("Zeca", "E a prim"), (None, "Uma band"),
        (None, "Como est"), (None, "Viva, ap"), ("Zeca", "E o futu"), (None, "Mais dis"),
    ]
    notice = "# Servers\n\n**[Update] We moved the servers to a new hall.**\n\nThe move took two days and went well.\n"
    assert parse(notice).turns == ()


def test_capitals_before_a_dash_are_no_label_datelines_and_scores_have_that_shape() -> None:
    """A wire story's dateline and a results table write a name in capitals before a dash, again
    and again: a parliament's ``BAŞKAN – …`` is not read for that (left, with its diagnostic)."""
    wire = "BERLIN — Talks resumed on Monday.\n\nPARIS — The strike ended.\n\nBERLIN — A deal was signed.\n\nPARIS — Trains ran again.\n"
    assert parse(wire).turns == ()
    scores = "REAL MADRID – BARCELONA 2-1\n\nVALENCIA – SEVILLA 0-0\n\nREAL MADRID – SEVILLA 3-1\n\nVALENCIA – BARCELONA 1-1\n"
    assert parse(scores).turns == ()


def test_review_42_shapes() -> None:
    """Tags in brackets, contract parties, plain Japanese verbs and a ternary are no speakers'."""
    changelog = "# Changes\n\n**[Added]** A flag.\n\n**[Fixed]** A crash.\n\n**[Added]** A mode.\n\n**[Fixed]** A leak.\n"
    assert parse(changelog).turns == ()
    contract = "# 계약서\n\n(갑) 대금을 지급한다.\n\n(을) 물품을 납품한다.\n\n(갑) 검수를 한다.\n\n(을) 하자를 보수한다.\n"
    assert parse(contract).turns == ()
    korean = "# 인터뷰\n\n**Q. 언제 시작했나**\n\n(차) 십 년 전이다.\n\n**Q. 왜 시작했나**\n\n(차) 좋아서다.\n\n**Q. 앞으로는**\n\n(차) 계속한다.\n"
    assert [t.speaker for t in parse(korean).turns] == ["Q", "차"] * 3
    from interview_parser.punctuation import asks

    assert not asks("何を残すか。")
    assert asks("何を残しますか。")
    # a credit says interview for dashed questions with answers glued below; a heading does not
    pairs = "".join(f"-¿{q}?\n{a} Es largo de contar, de verdad.\n\n" for q, a in (("Cómo empezó", "En un garaje."), ("Y el disco", "Salió bien."), ("Qué sigue", "Una gira.")))
    assert len(parse("# Los Tornillos\n\nEntrevista: Ana Gil\n\n" + pairs).turns) == 6
    assert parse("# Crónica\n\n## La entrevista pendiente\n\n" + pairs).turns == ()


def test_initials_of_question_and_answer_in_other_languages_are_labels() -> None:
    spanish = "P. ¿Por qué un vivero?\n\nR. Porque mi abuela tenía uno.\n\nP. ¿Y los primeros años?\n\nR. Difíciles, pero buenos.\n"
    assert [(t.speaker, t.text[:8]) for t in parse(spanish).turns] == [("P", "¿Por qué"), ("R", "Porque m"), ("P", "¿Y los p"), ("R", "Difícile")]
    russian = "В. Где вы выросли?\n\nО. У моря.\n\nВ. А потом?\n\nО. В городе.\n"
    assert [t.speaker for t in parse(russian).turns] == ["В", "О", "В", "О"]


def test_initials_of_names_are_not_question_and_answer() -> None:
    # one question opened by an initial: a name's, and each proposal says why
    once = parse("Present: P. Vidal, R. Soto.\n\nR. Soto opened the session.\n\nP. Vidal asked whether the roof was fixed?\n\nR. Soto said it was.\n")
    assert once.turns == ()
    assert sum(1 for d in once.diagnostics if "Conventions.initial_questions" in d.message) == 3
    # the same word after an initial each time is a surname
    minutes = "R. Soto opened the session.\n\nP. Vidal asked about the roof?\n\nR. Soto said it was fixed.\n\nP. Vidal asked about the gate?\n\nR. Soto said May.\n"
    doc = parse(minutes)
    assert doc.turns == ()
    assert any("a name's (R. Diaz)" in d.message for d in doc.diagnostics)
    # a reference list's initials ask nothing
    assert parse("P. Norvig. Paradigms. 1992.\n\nR. Pike. Notes. 1989.\n\nR. Cox. Matching. 2007.\n").turns == ()


def test_dashed_paragraphs_not_read_as_questions_say_why() -> None:
    story = "He stood.\n\n— Where are you going?\n\n— Out.\n\n— When will you be back?\n\n— Late.\n\nShe closed the door.\n"
    doc = parse(story)
    assert doc.turns == ()
    declined = [d for d in doc.diagnostics if d.code == "detector-declined"]
    assert [(d.line, d.message.split(":")[0]) for d in declined] == [(3, "magazine_qa")]
    assert "4 paragraph(s) opened by a dash" in declined[0].message


def test_one_word_names_set_apart_say_why_they_were_not_taken() -> None:
    text = "**Maria**\nWelcome back.\n\n**Tom**\nGlad to be here.\n\n**Maria**\nTell us more.\n\n**Tom**\nIt took years.\n"
    doc = parse(text)
    assert doc.turns == ()
    declined = [d for d in doc.diagnostics if d.code == "detector-declined"]
    assert [(d.line, d.message.split(":")[0]) for d in declined] == [(1, "name_line")]
    assert "panel_names=3" in declined[0].message


def test_questions_in_the_readers_voice_are_an_faq() -> None:
    faq = (
        "# Den Garten mieten\n\n## Fragen und Antworten\n\n"
        "* **Wie kann ich eine Parzelle mieten?**  \n    Schreib uns eine Nachricht, wir melden uns bald.\n\n"
        "* **Was kostet das Jahr?**  \n    Vierzig Euro, Wasser inklusive.\n\n"
        "* **Darf ich meinen Hund mitbringen?**  \n    Ja, an der Leine.\n\n"
        "* **Wie kündige ich?**  \n    Eine kurze Mail genügt.\n\n"
        "* **Kann ich im Winter gießen?**  \n    Nein, das Wasser ist dann abgestellt.\n\n"
        "* **Wen rufst du bei Sturm an?**  \n    Den Vorstand, die Nummer hängt am Tor.\n"
    )
    doc = parse(faq)
    assert doc.turns == ()
    assert any("4 of 6 unlabelled questions ask in the reader's voice" in d.message and d.line == 5 for d in doc.diagnostics)
    # an interviewer's questions address the interviewee, even where one speaks as the asker
    interview = (
        faq.replace("Wie kann ich eine Parzelle mieten?", "Wie hast du die Parzelle gefunden?")
        .replace("Darf ich meinen Hund mitbringen?", "Bringst du deinen Hund mit?")
        .replace("Schreib uns eine Nachricht, wir melden uns bald.", "Ich habe sie über eine Freundin gefunden, vor sechs Jahren.")
        .replace("Ja, an der Leine.", "Ja, ich bringe ihn immer mit, er mag die Beete.")
        .replace("Eine kurze Mail genügt.", "Ich schreibe dem Vorstand eine kurze Mail.")
        .replace("Vierzig Euro, Wasser inklusive.", "Ich zahle vierzig Euro, Wasser inklusive.")
    )
    assert len(parse(interview).turns) == 12


def test_list_item_questions_answered_on_the_items_next_line() -> None:
    text = (
        "---\ntitle: Preguntas de la clase\n---\n\nLa clase preparó estas preguntas para mi tía.\n\n"
        "- ¿Cuándo empezaste a pintar?  \n  Yo empecé a los doce años, con las acuarelas de mi abuela.\n"
        "- ¿Qué pintas ahora?  \n  Sobre todo barcos, porque vivo junto al puerto y los veo cada mañana.\n"
        "- ¿Te cuesta vender tus cuadros?  \n  A veces, pero tengo clientes fieles.\n"
    )
    doc = parse(text)
    assert [(t.role, t.text[:12]) for t in doc.turns] == [
        ("interviewer", "¿Cuándo empe"),
        ("interviewee", "Yo empecé a "),
        ("interviewer", "¿Qué pintas "),
        ("interviewee", "Sobre todo b"),
        ("interviewer", "¿Te cuesta v"),
        ("interviewee", "A veces, per"),
    ]
    # a shop's FAQ writes its items so, its answers short and impersonal
    shop = "# Shipping\n\n- Do you ship to Canada?\n  Yes, within five days.\n- Can you gift-wrap?\n  Yes, for two euros.\n- Do you take returns?\n  Within thirty days.\n"
    assert parse(shop).turns == ()
    # a story's narration glued below a dashed line is not indented under it
    story = "- ¿Vienes?\nMarta no contestó, miraba el mar.\n- ¿Vienes o no?\nElla se levantó despacio.\n- ¿Y bien?\nNadie dijo nada más.\n"
    assert parse(story).turns == ()


def test_fields_above_a_records_questions_and_answers_are_its_header() -> None:
    record = (
        "会见人：\n\n案由：\n\n"  # the blank form
        "填写示例\n\n会见人：王律师\n\n案由：盗窃\n\n"  # and the form filled in
        "问：你叫什么名字？\n\n答：李某。\n\n问：你知道我们为什么来吗？\n\n答：知道。\n"
    )
    doc = parse(record)
    assert [(t.speaker, t.text) for t in doc.turns] == [("问", "你叫什么名字？"), ("答", "李某。"), ("问", "你知道我们为什么来吗？"), ("答", "知道。")]
    assert sum(1 for d in doc.diagnostics if "the record's header field" in d.message) == 4


def test_review_44_findings_stay_fixed() -> None:
    """Each shape an adversarial review of round 44's rules found misread, in our own words."""
    # a name's initial before its label's colon is a plain label, not an answer's initial
    named = parse("M. Ruiz: How did the choir start?\n\nR. Stone: With six voices.\n\nM. Ruiz: And now?\n\nR. Stone: Forty.\n")
    assert [t.speaker for t in named.turns] == ["M. Ruiz", "R. Stone", "M. Ruiz", "R. Stone"]
    # questions repeating their opening word are no surname
    repeated = parse("P. ¿Por qué un coro?\nR. Por las voces.\n\nP. ¿Por qué aquí?\nR. Me gusta el barrio.\n\nP. ¿Y mañana?\nR. Cantamos.\n")
    assert [t.speaker for t in repeated.turns] == ["P", "R"] * 3
    # Italian's article and Dutch's "you" are no reader's "I"
    italian = parse("# Lia Neri\n\n**Quali sono i primi ricordi?**\nLa cucina di mia nonna.\n\n**Ma perché il pane?**\nPerché profuma.\n\n**E i clienti?**\nTornano sempre.\n")
    assert len(italian.turns) == 6
    # a quoted e-mail's named marks are quoted mail
    mail = parse("Kai wrote:\n> Lu wrote:\n>> Lu: could you check the build?\n>> Lu: it broke twice.\n> Yes, tonight.\n")
    assert mail.turns == ()
    # a programme's times are ranges, not a time and its zone
    programme = "".join(f"### {name} ({a}-{b})\n\nA talk.\n\n" for name, a, b in [("Ana Lima", "09:00", "09:45"), ("Bo Chen", "09:45", "10:30")] * 2)
    assert all(t.timestamp is None for t in parse(programme).turns)
    assert clock_seconds("10:30-11:45") is None
    # tables of actions, of parameters, and inside code are no transcripts
    actions = "| Who | Action |\n|---|---|\n| Ana | Send the report. |\n| Bo | Book the room. |\n| Ana | Call the printer. |\n"
    assert parse(actions).turns == ()
    fenced = "```\n| Speaker | Text |\n|---|---|\n| Ana | Hi there. |\n| Bo | Fine. |\n| Ana | Good. |\n```\n"
    assert parse(fenced).turns == ()
    # several people carrying one organisation's short form are several speakers
    org = parse("Mia Roth (UNEP): We worry.\n\nJon Bell (UNEP): So do I.\n\nMia Roth (UNEP): Indeed.\n\nJon Bell (UNEP): Yes.\n")
    assert len(org.speakers) == 2


def test_a_nickname_in_quotes_and_a_lost_colon_keep_their_speakers() -> None:
    text = (
        '**Tina:** Welcome, everyone.\n\n**Marco "Basso" Ferri**: Thanks for having the band.\n\n'
        "**Tina:** How was the tour?\n\n**Marco:** Long, but good.\n\n**Tina:** And next?\n\n**Marco:** Rest.\n\n"
        "**Tina** Thank you, Marco.\n"
    )
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["Tina", 'Marco "Basso" Ferri', "Tina", "Marco", "Tina", "Marco", "Tina"]
    assert doc.turns[-1].text == "Thank you, Marco."
    # the name in bold opening a paragraph of that speaker's own turn stays emphasis
    inside = parse(text.replace("**Tina** Thank you, Marco.", "**Marco** is my name on the poster."))
    assert [(t.speaker, t.text) for t in inside.turns[-1:]] == [("Marco", "Rest.\n\nMarco is my name on the poster.")]


_WEB_CHAT = (
    "<p>Chat with the archivist, 12 May.</p>\n"
    "<p><b>Ana Lopes:</b> Hello everyone, thanks for coming.</p>\n"
    "<p><b>Bo diz:</b> Hi Ana. How do you pick what to keep?</p>\n"
    "<p><b>Ana Lopes:</b> We keep what nobody else keeps.</p>\n"
    "<p><b>Carla diz:</b> Do you digitise everything?</p>\n"
    "<p><b>Ana Lopes:</b> Only what people ask for.</p>\n"
    "<p><b>Duda diz:</b> And the photographs?</p>\n"
    "<p><b>Ana Lopes:</b> Those first.</p>\n"
)


def test_a_web_chat_writes_a_verb_after_each_askers_name() -> None:
    expected = ["Ana Lopes", "Bo diz", "Ana Lopes", "Carla diz", "Ana Lopes", "Duda diz", "Ana Lopes"]
    assert [t.speaker for t in parse(_WEB_CHAT).turns] == expected
    english = parse(_WEB_CHAT.replace(" diz:", " says:"))
    assert [t.speaker for t in english.turns] == [s.replace(" diz", " says") for s in expected]
    # one name written so is a sentence's lead-in; a corpus may ask for more names, or add its verb
    once = _WEB_CHAT.replace("Carla diz", "Carla").replace("Duda diz", "Duda")
    assert "Bo diz" not in {t.speaker for t in parse(once).turns}
    assert Parser(conventions=Conventions(says_names=4)).parse(_WEB_CHAT).turns == ()
    fala = _WEB_CHAT.replace(" diz:", " fala:")
    assert Parser(conventions=Conventions().adding(says_words=("fala",))).parse(fala).turns != ()


def test_a_stage_direction_in_long_brackets_keeps_its_speakers_label() -> None:
    text = (
        ">**Rémi Gaulle** : Bonsoir, on reçoit une chercheuse.\n\n>**Léa Martin** : Bonsoir, merci.\n\n"
        ">**Rémi Gaulle (lui coupe la parole et hausse nettement le ton)** : Attendez, attendez.\n\n"
        ">**Léa Martin** : Je finis ma phrase.\n"
    )
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["Rémi Gaulle", "Léa Martin", "Rémi Gaulle", "Léa Martin"]
    assert doc.turns[2].text == "Attendez, attendez."


def test_first_names_then_their_initials_when_the_first_question_opens_with_a_mark() -> None:
    text = (
        "**Nora: ¿Cómo empezaste a escribir canciones?**\n\nTomás: Empecé de niño, con la guitarra de mi padre.\n\n"
        "**N: ¿Y ahora?**\n\nT: Ahora escribo cada mañana.\n\n**N: ¿Por qué?**\n\nT: Porque si no, me aburro.\n"
    )
    doc = parse(text)
    assert [(t.speaker, t.text[:8]) for t in doc.turns] == [
        ("Nora", "¿Cómo em"), ("Tomás", "Empecé d"), ("N", "¿Y ahora"), ("T", "Ahora es"), ("N", "¿Por qué"), ("T", "Porque s")]


def test_a_chat_page_voice_another_detector_reads_first_stays_a_voice() -> None:
    exchange = [
        ("Radio Nord weekly", "Welcome to the show. What are you building now?"),
        ("Mara Lind", "A library that maps memory for older machines."),
        ("Radio Nord weekly", "Why does that matter to anyone today?"),
        ("Mara Lind", "Because the old programs still run, and crash."),
        ("Radio Nord weekly", "And when will it ship?"),
        ("Mara Lind", "In spring, if the tests hold."),
    ]
    text = "An interview from the archive.\n\n" + "".join(f"{name}:\n\n{speech}\n\n" for name, speech in exchange)
    assert [(t.speaker, t.text) for t in parse(text).turns] == exchange


_ZINE = """                 **************************
                 ***   Interview with   ***
                 ***     Kestrel        ***
                 **************************

1.  Tell us something about yourself...

not much to say, i write small tools and i keep odd hours.
mostly i read other people's code.

2.  When did you start your group ?

we met in the winter of 1997, three of us on a mailing list.

3.  Why that name ?

it was the first word we all liked.

4.  Which tool are you proudest of ?

my little disk checker, because people still use it.

5.  Greets to other groups

- the harbour crew
- everyone on the old board
"""


def test_a_text_files_boxed_title_and_numbered_questions() -> None:
    doc = parse(_ZINE)
    assert doc.title == "Interview with Kestrel"
    assert [(t.role, t.text[:18]) for t in doc.turns[:4]] == [
        ("interviewer", "1.  Tell us someth"), ("interviewee", "not much to say, i"), ("interviewer", "2.  When did you s"),
        ("interviewee", "we met in the wint")]
    assert len(doc.turns) == 10
    assert doc.turns[-2].text == "5.  Greets to other groups"
    # numbers out of sequence are a list, not a questionnaire: only the items that ask are read
    skipped = parse(_ZINE.replace("3.  Why", "7.  Why"))
    assert "1.  Tell us something about yourself..." not in {t.text for t in skipped.turns}


def test_a_box_of_rules_without_words_is_no_title() -> None:
    assert parse("**********\n**********\n\nSome text here.\n").title is None
    assert parse("*** Notes ***\n\nSome text here.\n").title is None


def test_a_bold_question_wrapped_over_lines_may_close_with_a_remark() -> None:
    text = (
        "<p><strong>Your film won three prizes this year. How did it start?</strong></p>\n"
        "<p>With a phone call from a friend who ran a shelter.</p>\n"
        "<p><strong>Did the shelter change how you worked?</strong></p>\n"
        "<p>Completely, we slowed down and listened more.</p>\n"
        "<p><strong>Since you mention listening, were the night scenes the\n"
        "hardest to film? They looked\n"
        "exhausting.</strong></p>\n"
        "<p>They were. We filmed them over two weeks in winter.</p>\n"
        "<p><strong>What comes next for you?</strong></p>\n"
        "<p>A quieter project, about a lighthouse keeper.</p>\n"
    )
    doc = parse(text)
    assert [(t.role, t.text[:12]) for t in doc.turns] == [
        ("interviewer", "Your film wo"), ("interviewee", "With a phone"), ("interviewer", "Did the shel"), ("interviewee", "Completely, "),
        ("interviewer", "Since you me"), ("interviewee", "They were. W"), ("interviewer", "What comes n"), ("interviewee", "A quieter pr")]


def test_a_doubled_colon_is_the_labels_not_the_speechs() -> None:
    for text in (
        "Ana Lima:: Hello there.\n\nBo Chen: Hi.\n\nAna Lima: How are you?\n\nBo Chen: Fine.\n",
        "**Ana Lima::** Hello there.\n\n**Bo Chen:** Hi.\n\n**Ana Lima:** How are you?\n\n**Bo Chen:** Fine.\n",
    ):
        doc = parse(text)
        assert [(t.speaker, t.text) for t in doc.turns] == [
            ("Ana Lima", "Hello there."), ("Bo Chen", "Hi."), ("Ana Lima", "How are you?"), ("Bo Chen", "Fine.")]
    # a name then its time, with no colon, still labels a recording's turns
    timed = parse("R1  0:00\nSo, shall we start?\n\nP3  0:06\nYes, whenever you are.\n\nR1  0:15\nGood.\n\nP3  0:20\nFine.\n")
    assert [(t.speaker, t.timestamp) for t in timed.turns] == [("R1", "0:00"), ("P3", "0:06"), ("R1", "0:15"), ("P3", "0:20")]


def test_a_korean_q_and_a_with_wrapped_bold_questions_and_titles_in_angle_brackets() -> None:
    text = (
        '<p class="q">Q. 처음 연출을 맡았을 때 어떤 마음이었나</p>\n'
        '<p class="a">(김) 설레기도 했지만 두려움이 더 컸다. 매일 밤 편집실에 남아 있었다.</p>\n'
        '<p class="q">Q. 여러 사회 문제를 다루어 왔다. 그 가운데 &lt;작은 마을&gt; 편이 특히 화제가 되었다. 그런 주제를 고르는\n'
        '  이유가 있는지 궁금하다</p>\n'
        '<p class="a">(김) 특별한 이유는 없다. 오래 일하다 보니 자연스럽게 그렇게 되었다.\n\n'
        '&lt;동네 사람들&gt;을 오래 하면서 배운 것이 많았다.</p>\n'
        '<p class="q">Q. 앞으로의 계획은 무엇인가</p>\n'
        '<p class="a">(김) 새 다큐멘터리를 준비하고 있다.</p>\n'
    ).replace('<p class="q">', "<p><strong>").replace("</p>\n<p class=\"a\">", "</strong></p>\n<p>")
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["Q", "김"] * 3
    assert doc.turns[3].text.endswith("<동네 사람들>을 오래 하면서 배운 것이 많았다.")
    assert doc.turns[2].text.startswith("여러 사회 문제를")


_EXAMINATION = (
    "Examination of the witness, as recorded by the clerk.\n\n"
    "Q. Where were you that night? A. at home with my sister. Q. Did you see the accused? A. no, I saw no one. "
    "Q. Not at the well? A. not at the well, nor on Plan A. of the road. Q. Who told you of the fire?\n"
    "A. the miller, in the morning.\n"
)


def test_a_trial_examination_run_together_in_one_paragraph() -> None:
    doc = parse(_EXAMINATION)
    assert [(t.speaker, t.text) for t in doc.turns] == [
        ("Q", "Where were you that night?"), ("A", "at home with my sister."), ("Q", "Did you see the accused?"),
        ("A", "no, I saw no one."), ("Q", "Not at the well?"), ("A", "not at the well, nor on Plan A. of the road."),
        ("Q", "Who told you of the fire?"), ("A", "the miller, in the morning.")]
    # each turn's span starts at its mark in the caller's text, and its label is the mark
    for turn in doc.turns:
        assert turn.span is not None
        assert turn.label_span is not None
        assert _EXAMINATION[turn.label_span[0] : turn.label_span[1]] == turn.speaker
        assert _EXAMINATION[turn.span[0] :].startswith(f"{turn.speaker}. {turn.text[:10]}")
    # fewer marks inside lines leave a paragraph as written; a corpus may turn it off
    assert len(Parser(conventions=Conventions(inline_qa_marks=0)).parse(_EXAMINATION).turns) == 2
    single = parse("Notes.\n\nQ. Where were you? A. at home.\n\nThe clerk signed.\n")
    assert single.turns == ()


def test_review_46_findings_stay_fixed() -> None:
    # a blog's bold lines that ask and answer themselves are no interviewer's
    blog = (
        "# Why I switched to a standing desk\n\nTen years at a normal desk, then my back gave up.\n\n"
        "**Sound familiar? You are not alone.**\n\nMost office workers sit for nine hours a day.\n\n"
        "**So what did I change? Three small things.**\n\nFirst, I raised the desk in the morning.\n\n"
        "**Did it work? Mostly, yes.**\n\nMy back is better.\n\n**Is it for everyone? Probably not.**\n\nAsk a doctor first.\n"
    )
    assert parse(blog).turns == ()
    # a bold title opening with FAQ among other words is no FAQ page
    friday = (
        "**FAQ Friday: we sit down with Dana Reyes, our new head of support**\n\nEvery Friday we ask someone.\n\n"
        "**Interviewer:** Dana, welcome. How did you end up in support?\n\n**Dana:** By accident, really.\n\n"
        "**Interviewer:** What do customers ask most?\n\n**Dana:** Where their parcel is.\n"
    )
    assert [t.speaker for t in parse(friday).turns] == ["Interviewer", "Dana"] * 2
    # a report's two quoted sides, and a letters page, are prose, not a chat's verbs
    report = (
        "# Streit um die Straßenbahn\n\nDer Stadtrat hat die neue Linie beschlossen.\n\n"
        "**Hoffmann sagt:** Das ist die wichtigste Entscheidung.\n\n**Brandt sagt:** Die Kosten haben sich verdoppelt.\n\n"
        "**Hoffmann sagt:** Der Bund zahlt zwei Drittel.\n\n**Brandt sagt:** Verträge kann man ändern.\n"
    )
    assert parse(report).turns == ()
    letters = "".join(f"**{name} writes:** I enjoyed the issue on {topic}.\n\n*The editor replies: thank you.*\n\n" for name, topic in [
        ("Margaret", "bees"), ("Tom", "rivers"), ("Priya", "bridges"), ("Margaret", "maps")])
    assert parse("# Letters\n\n" + letters).turns == ()
    # a chat page's second voice is the one that answers it, not a reply's recurring lead-in
    exchange = [
        ("Radio Nord weekly", "Welcome to the show. What are you building now?"), ("Mara Lind", "A library. Two parts matter."),
        ("Kernel Team", "The first part reads the map."), ("Kernel Team", "The second writes it back."),
        ("Radio Nord weekly", "Why does that matter today?"), ("Mara Lind", "Old programs still run, and crash."),
        ("Kernel Team", "In ways nobody documents."), ("Kernel Team", "And nobody has the source."),
        ("Radio Nord weekly", "And when will it ship?"), ("Mara Lind", "In spring, if the tests hold."),
    ]
    chat = "An interview from the archive.\n\n" + "".join(f"{name}:\n\n{speech}\n\n" for name, speech in exchange)
    assert [t.speaker for t in parse(chat).turns] == ["Radio Nord weekly", "Mara Lind"] * 3
    # a help centre's questions marked Q. and wrapped are the Q label's, as they are on one line
    help_centre = (
        "# Help centre\n\n**Q. How do I reset my password\nif I no longer have the e-mail address?**\n\nWrite to support.\n\n"
        "**Q. Can I change my plan\nin the middle of the month?**\n\nYes, pro rata.\n\n"
        "**Q. Do you offer refunds\nfor annual plans?**\n\nWithin 14 days.\n"
    )
    one_line = help_centre.replace("password\nif", "password if").replace("plan\nin", "plan in").replace("refunds\nfor", "refunds for")
    assert len(parse(help_centre).turns) == len(parse(one_line).turns) == 6
    # AsciiDoc's description list is no transcript
    roster = parse("= Team roster\n\nAlice:: Backend, owns billing.\n\nBob:: Frontend.\n\nAlice:: On call week one.\n\nBob:: Week two.\n")
    assert roster.turns == ()
    assert any("description list" in d.message for d in roster.diagnostics)


def test_an_interviewers_questions_left_as_list_items_between_named_answers() -> None:
    text = (
        "We talked to the three members before their tour.\n\n"
        "- How did the band start? You met at school, right?\n\n"
        "Rina Sato (Vo): Yes, in the music room, after classes.\n\n"
        "- Who writes the songs?\n\n"
        "Rina: Mostly me, but Emi writes the bass lines.\n\n"
        "Emi Kondo (B): And I fix her chords.\n\n"
        "- What do you take on tour?\n\n"
        "Emi: Too many snacks.\n\n"
        "Rina: Three things matter to us:\n\n- our own amps\n- spare strings\n\nAnd good shoes.\n\n"
        "- And after the tour?\n\n"
        "Rina: A long sleep.\n"
    )
    doc = parse(text)
    assert [(t.speaker, t.text[:14]) for t in doc.turns] == [
        (None, "How did the ba"), ("Rina Sato (Vo)", "Yes, in the mu"), (None, "Who writes the"), ("Rina", "Mostly me, but"),
        ("Emi Kondo (B)", "And I fix her "), (None, "What do you ta"), ("Emi", "Too many snack"), ("Rina", "Three things m"),
        (None, "And after the "), ("Rina", "A long sleep.")]
    assert doc.turns[7].text.endswith("- spare strings\n\nAnd good shoes.")


def test_bold_questions_in_quotation_marks_numbered_and_quoted() -> None:
    asked = [("Bize biraz kendinden bahset?", "Ben Ayşe, 1999 doğumluyum."), ("Okul nasıldı?", "Çok güzeldi, arkadaşlarım vardı."),
             ("Şimdi ne yapıyorsun?", "Mühendislik okuyorum.")]
    for form in ('**{n}) "{q}"**', '> **{n}) "{q}"**', "**“{q}”**"):
        text = "".join(form.format(n=i + 1, q=q) + "\n\n" + a + "\n\n" for i, (q, a) in enumerate(asked))
        doc = parse(text)
        assert [t.role for t in doc.turns] == ["interviewer", "interviewee"] * 3, form
        assert doc.turns[1].text == "Ben Ayşe, 1999 doğumluyum."


def test_plain_questions_numbered_in_order_need_no_title() -> None:
    asked = [
        ("What did you want to become as a child?", "I wanted to be a sailor, like my grandfather."),
        ("How did you start in this job?", "I answered an advert in the paper, and they took me."),
        ("What do you like most about it?", "I like the mornings, when the harbour is still quiet."),
        ("What would you tell a newcomer?", "I would tell them to listen more than they talk."),
    ]
    text = "".join(f"{n}. {q}\n\n{a}\n\n" for n, (q, a) in enumerate(asked, 1))
    doc = parse(text)
    assert [t.role for t in doc.turns] == ["interviewer", "interviewee"] * 4
    assert doc.turns[0].text == "1. What did you want to become as a child?"
    # out of order, it is a list like any other; and impersonal answers are a guide's
    assert parse(text.replace("3. What do", "5. What do")).turns == ()
    guide = "".join(f"{n}. {q}\n\n{a}\n\n" for n, (q, a) in enumerate(
        [("How do you restart the pump?", "Hold the red button for five seconds."), ("How do you clean the filter?", "Rinse it under cold water."),
         ("When do you change the seal?", "Every two years, or when it leaks.")], 1))
    assert parse(guide).turns == ()
