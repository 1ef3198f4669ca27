"""Every labelling convention the built-in detectors promise, on small own-written texts."""

from __future__ import annotations

import pytest

from interview_parser import BUILTIN_DETECTORS, Context, Conventions, Line, Parser, SpeakerMatch, parse
from interview_parser.model import clock_seconds
from interview_parser.render import render

# (convention, text, expected [(speaker, text)] of the first turns)
CONVENTIONS = [
    ("bold label alone, full-width colon inside",
     "**主持人：**\n\n你好吗？\n\n**王坚：**\n\n我很好。\n\n**主持人：**\n\n再见？\n\n**王坚：**\n\n再见。",
     [("主持人", "你好吗？"), ("王坚", "我很好。"), ("主持人", "再见？"), ("王坚", "再见。")]),
    ("bold label inline, colon inside",
     "**Host:** Hi there?\n\n**Ana Li:** Hello.\n\n**Host:** Bye?\n\n**Ana Li:** Bye.",
     [("Host", "Hi there?"), ("Ana Li", "Hello."), ("Host", "Bye?"), ("Ana Li", "Bye.")]),
    ("bold label, colon outside",
     "**Host**: Hi?\n\n**Ana**: Hello.\n\n**Host**: Bye?\n\n**Ana**: Bye.",
     [("Host", "Hi?"), ("Ana", "Hello."), ("Host", "Bye?"), ("Ana", "Bye.")]),
    ("bold label, colon split into its own bold",
     "**Host****：**Hi?\n\n**Ana****：**Hello.\n\n**Host****：**Bye?\n\n**Ana****：**Bye.",
     [("Host", "Hi?"), ("Ana", "Hello."), ("Host", "Bye?"), ("Ana", "Bye.")]),
    ("bold label, space before full-width colon",
     "**Host** ：Hi?\n\n**Ana** ：Hello.\n\n**Host** ：Bye?\n\n**Ana** ：Bye.",
     [("Host", "Hi?"), ("Ana", "Hello."), ("Host", "Bye?"), ("Ana", "Bye.")]),
    ("bold name, next line starts with the colon",
     "**Host**\n：Hi?\n\n**Ana**\n：Hello.\n\n**Host**\n：Bye?\n\n**Ana**\n：Bye.",
     [("Host", "Hi?"), ("Ana", "Hello."), ("Host", "Bye?"), ("Ana", "Bye.")]),
    ("whole question in bold with its label",
     "**問：你好嗎？**\n\n**答：** 很好。\n\n**問：真的嗎？**\n\n**答：** 真的。",
     [("問", "你好嗎？"), ("答", "很好。"), ("問", "真的嗎？"), ("答", "真的。")]),
    ("outlet name as the interviewer's label",
     "**《某周刊》：你好吗？**\n\n**张三：** 很好。\n\n**《某周刊》：真的吗？**\n\n**张三：** 真的。",
     [("《某周刊》", "你好吗？"), ("张三", "很好。"), ("《某周刊》", "真的吗？"), ("张三", "真的。")]),
    ("plain Latin labels", "Host: Hi?\nAna: Hello.\nHost: Bye?\nAna: Bye.",
     [("Host", "Hi?"), ("Ana", "Hello."), ("Host", "Bye?"), ("Ana", "Bye.")]),
    ("plain Chinese labels with a reporter's outlet",
     "某某社记者：你好？\n张三：你好。\n某某社记者：再见？\n张三：再见。",
     [("某某社记者", "你好？"), ("张三", "你好。"), ("某某社记者", "再见？"), ("张三", "再见。")]),
    ("full-width brackets", "【主持人】你好？\n【嘉宾】你好。\n【主持人】再见？\n【嘉宾】再见。",
     [("主持人", "你好？"), ("嘉宾", "你好。"), ("主持人", "再见？"), ("嘉宾", "再见。")]),
    ("square brackets", "[Host] Hi?\n[Ana] Hello.\n[Host] Bye?\n[Ana] Bye.",
     [("Host", "Hi?"), ("Ana", "Hello."), ("Host", "Bye?"), ("Ana", "Bye.")]),
    ("initials", "JD: Hi?\nMK: Hello.\nJD: Bye?\nMK: Bye.",
     [("JD", "Hi?"), ("MK", "Hello."), ("JD", "Bye?"), ("MK", "Bye.")]),
    ("Q. and A.", "Q. How?\nA. Like this.\nQ. Why?\nA. Because.",
     [("Q", "How?"), ("A", "Like this."), ("Q", "Why?"), ("A", "Because.")]),
    ("Q: and A:", "Q: How?\n\nA: Like this.\n\nQ: Why?\n\nA: Because.",
     [("Q", "How?"), ("A", "Like this."), ("Q", "Why?"), ("A", "Because.")]),
    ("Question: and Answer:", "Question: How?\nAnswer: Like this.\nQuestion: Why?\nAnswer: Because.",
     [("Question", "How?"), ("Answer", "Like this."), ("Question", "Why?"), ("Answer", "Because.")]),
    ("问：and 答：", "问：为什么？\n答：因为。\n问：然后呢？\n答：没有了。",
     [("问", "为什么？"), ("答", "因为。"), ("问", "然后呢？"), ("答", "没有了。")]),
    ("numbered questions", "问题1：为什么？\n答：因为。\n问题2：怎么办？\n答：这样办。",
     [("问题", "为什么？"), ("答", "因为。"), ("问题", "怎么办？"), ("答", "这样办。")]),
    ("bare Q before a press question",
     "MS. SMITH: Hello all.\n\nQ Is it true?\n\nMS. SMITH: Yes.\n\nQ Really?\n\nMS. SMITH: Yes again.",
     [("MS. SMITH", "Hello all."), ("Q", "Is it true?"), ("MS. SMITH", "Yes."), ("Q", "Really?")]),
    ("capitals with roles", "SENATOR JONES: Hello.\nTHE COURT: Order.\nSENATOR JONES: Again.\nTHE COURT: Order again.",
     [("SENATOR JONES", "Hello."), ("THE COURT", "Order."), ("SENATOR JONES", "Again."), ("THE COURT", "Order again.")]),
    ("capitals ending in a period", "CHAIR LEE. The meeting opens.\nMR. KIM. Thank you.\nCHAIR LEE. Go on.\nMR. KIM. I will.",
     [("CHAIR LEE", "The meeting opens."), ("MR. KIM", "Thank you."), ("CHAIR LEE", "Go on."), ("MR. KIM", "I will.")]),
    ("hearing style, title-case honorific and capital surname",
     "Mr. BECKLER. Mr. Chairman, I object.\nChairman HAMILTON. Counsel, go on.\nMr. BECKLER. Thank you.\n"
     "Chairman HAMILTON. Proceed.",
     [("Mr. BECKLER", "Mr. Chairman, I object."), ("Chairman HAMILTON", "Counsel, go on.")]),
    ("hard-wrapped turns continue across single line breaks",
     "MR. KIM: I was saying that the\nbudget is late.\n\nMR. LEE: It is not.\n\nMR. KIM: It is.\n\nMR. LEE: No.",
     [("MR. KIM", "I was saying that the\nbudget is late."), ("MR. LEE", "It is not.")]),
    ("name alone on a line, Latin",
     "Intro text here.\n\nJane Doe\nHello there.\nJohn Roe\nHi.\nJane Doe\nBye.\nJohn Roe\nBye.",
     [("Jane Doe", "Hello there."), ("John Roe", "Hi."), ("Jane Doe", "Bye."), ("John Roe", "Bye.")]),
    ("name alone on a line, Chinese",
     "主持人\n您好，请介绍一下自己。\n李华\n我是一名教师。\n主持人\n谢谢。\n李华\n不客气。",
     [("主持人", "您好，请介绍一下自己。"), ("李华", "我是一名教师。")]),
    ("panel with three speakers", "Ana: One.\nBo: Two.\nCy: Three.\nAna: Four.\nBo: Five.\nCy: Six.",
     [("Ana", "One."), ("Bo", "Two."), ("Cy", "Three."), ("Ana", "Four.")]),
    ("the same speaker twice in a row", "Ana: One.\nAna: Two.\nBo: Three.\nBo: Four.",
     [("Ana", "One."), ("Ana", "Two."), ("Bo", "Three."), ("Bo", "Four.")]),
    ("one-line interruption and stage directions",
     "MR. KIM: I was saying that\n\nMR. LEE: Mr. Chairman —\n\nMR. KIM: Let me finish. (Laughs.)\n\nMR. LEE: Fine.（笑）",
     [("MR. KIM", "I was saying that"), ("MR. LEE", "Mr. Chairman —"), ("MR. KIM", "Let me finish. (Laughs.)"),
      ("MR. LEE", "Fine.（笑）")]),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CONVENTIONS], ids=[c[0] for c in CONVENTIONS])
def test_convention(text: str, expected: list[tuple[str, str]]) -> None:
    doc = parse(text)
    assert [(t.speaker, t.text) for t in doc.turns][: len(expected)] == expected


TIMESTAMPS = [
    ("bold label, timestamp, speech below",
     "**Ana:** 00:00:38\n\nHello there.\n\n**Bo:** 00:00:40\n\nHi.\n\n**Ana:** 00:01:00\n\nBye.\n\n**Bo:** 00:01:05\n\nBye.",
     "00:00:38"),
    ("plain label, timestamp", "Ana: 00:01:31\nHello.\nBo: 00:01:35\nHi.\nAna: 00:01:40\nBye.\nBo: 00:01:45\nBye.",
     "00:01:31"),
    ("numbered speakers", "Speaker 0: 00:00:06\nHello.\nSpeaker 1: 00:00:08\nHi.\nSpeaker 0: 00:00:10\nBye.\n"
     "Speaker 1: 00:00:12\nBye.", "00:00:06"),
    ("timestamp before the label", "[00:01:23] Ana: Hello.\n[00:01:25] Bo: Hi.\n[00:01:27] Ana: Bye.\n[00:01:29] Bo: Bye.",
     "00:01:23"),
    ("timestamp in parentheses", "Ana (00:12:01): Hello.\nBo (00:12:05): Hi.\nAna (00:12:09): Bye.\nBo (00:12:12): Bye.",
     "00:12:01"),
    ("escaped brackets", "**Ana:** \\[00:31\\] Hello.\n\n**Bo:** \\[00:35\\] Hi.\n\n**Ana:** \\[00:40\\] Bye.\n\n"
     "**Bo:** \\[00:45\\] Bye.", "00:31"),
    ("name and timestamp without a colon",
     "Ana Silva 00:00:01\n\nHello.\n\nBo Li 00:00:05\n\nHi.\n\nAna Silva 00:00:09\n\nBye.\n\nBo Li 00:00:12\n\nBye.",
     "00:00:01"),
]


@pytest.mark.parametrize(("text", "first"), [(t, f) for _, t, f in TIMESTAMPS], ids=[c[0] for c in TIMESTAMPS])
def test_timestamp_is_kept_on_the_turn_and_removed_from_the_text(text: str, first: str) -> None:
    doc = parse(text)
    assert len(doc.turns) == 4
    assert doc.turns[0].timestamp == first
    assert doc.turns[0].text == "Hello." or doc.turns[0].text == "Hello there."
    assert all(":" not in t.text for t in doc.turns)


FALSE_LABELS = [
    ("field lines", "Note: this is a note.\nLocation: Paris\nSlides: online\nNote: again\nLocation: Rome"),
    ("reported speech in prose", "He said: hello.\nI asked her: why?\nHe said: fine.\nI asked her: when?"),
    ("times and URLs", "At 10:30 we met.\n10:30 is late.\nhttp://example.com\n4:08 P.M.\n10:30 again."),
    ("Chinese field lines", "官网链接：http://a\n时间轴：00:01\n划重点：一\n官网链接：http://b\n时间轴：00:02\n划重点：二"),
    ("credit lines", "作者丨张三\n翻译：李四\n採訪及整理：王五\n翻译：赵六\n採訪及整理：孙七"),
    ("quotations introduced by a verb",
     "他说：“我们来了。”\n她表示：“好的。”\n他说：“再见。”\n她表示：“再见。”"),
    ("a colon ending a sentence that introduces a quote",
     "他有一句话特别有代表性：\n“技术要进入市场。”\n他有一句话特别有代表性：\n“市场会检验一切。”"),
    ("bold run-in paragraph openers",
     "**Note:** see the new page.\n\n**Important:** read this.\n\n**Press Releases:** below.\n\nText."),
]


@pytest.mark.parametrize("text", [t for _, t in FALSE_LABELS], ids=[c[0] for c in FALSE_LABELS])
def test_false_labels_never_start_a_turn(text: str) -> None:
    assert parse(text).turns == ()


def test_each_turn_records_the_detector_that_matched() -> None:
    doc = parse("**Host:** Hi?\n\n**Ana:** Hello.\n\nHost: Bye?\n\nAna: Bye.")
    assert [t.detector for t in doc.turns] == ["bold_label", "bold_label", "plain_label", "plain_label"]


def test_magazine_style_questions_make_unlabelled_turns_with_roles() -> None:
    text = (
        "A lead paragraph.\n\n**Why did you start?**\n\nBecause I liked it.\n\nMore about that.\n\n"
        "**What next?**\n\nWe grow.\n\n## Any regrets?\n\nNone at all."
    )
    doc = parse(text)
    assert [(t.speaker, t.role, t.text) for t in doc.turns] == [
        (None, "interviewer", "Why did you start?"),
        (None, "interviewee", "Because I liked it.\n\nMore about that."),
        (None, "interviewer", "What next?"),
        (None, "interviewee", "We grow."),
        (None, "interviewee", "None at all."),  # under the question written as a heading: its section
    ]
    assert doc.preamble == ("A lead paragraph.",)


def test_cast_lines_at_the_top_are_not_turns() -> None:
    text = (
        "Date: 2024-01-05\nHosts: Mia Park, Leo Brandt\nGuest: Ada Kerr, bridge inspector\n\n"
        "[00:00:05] Mia Park: Welcome back.\n[00:00:09] Ada Kerr: Thanks.\n"
        "[00:00:12] Mia Park: Ready?\n[00:00:15] Ada Kerr: Always."
    )
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["Mia Park", "Ada Kerr", "Mia Park", "Ada Kerr"]
    assert doc.turns[0].timestamp == "00:00:05"


def test_a_legend_naming_the_interviewee_with_a_role_after_a_comma() -> None:
    doc = parse("A: Ines Vale, hydrologist, River Authority\n\nQ: Why rivers?\n\nA: They move.\n\nQ: And lakes?\n\nA: They wait.")
    assert [t.speaker for t in doc.turns] == ["Q", "A", "Q", "A"]
    assert doc.preamble == ("A: Ines Vale, hydrologist, River Authority",)


def test_a_sentence_starting_with_the_article_a_is_not_an_answer() -> None:
    doc = parse("Q: Why?\n\nA: Because.\n\nA Valley crew repairs a line.\n\nQ: When?\n\nA: Now.")
    assert [t.text for t in doc.turns] == ["Why?", "Because.\n\nA Valley crew repairs a line.", "When?", "Now."]


def test_a_title_block_in_capitals_is_not_a_turn() -> None:
    doc = parse(
        "RIVER SAFETY: CHECKING THE LEVEES\nHEARING BEFORE THE SUBCOMMITTEE\n\n"
        "SENATOR OKAFOR: The hearing will come to order.\n\nMR. PRYCE: Thank you.\n\n"
        "SENATOR OKAFOR: Go ahead.\n\nMR. PRYCE: I will."
    )
    assert [t.speaker for t in doc.turns] == ["SENATOR OKAFOR", "MR. PRYCE", "SENATOR OKAFOR", "MR. PRYCE"]


def test_a_one_off_plain_field_line_is_not_a_turn() -> None:
    doc = parse("发布时间：2023-09-14 07:05\n\n问：为什么？\n\n答：因为。\n\n问：然后？\n\n答：没了。")
    assert [t.speaker for t in doc.turns] == ["问", "答", "问", "答"]


def test_a_bold_question_with_a_kicker_is_a_heading_unless_the_label_recurs() -> None:
    doc = parse(
        "**記者**：點解？\n\n**陳**：因為。\n\n**下一步：搬唔搬？**\n\n**記者**：搬唔搬？\n\n**陳**：唔搬。"
    )
    assert [s.title for s in doc.sections] == ["下一步：搬唔搬？"]
    assert [t.section for t in doc.turns] == [None, None, "下一步：搬唔搬？", "下一步：搬唔搬？"]


def test_a_role_alone_on_a_line_may_speak_once() -> None:
    text = "主持人\n您好？\n陈明\n你好。\n主持人\n再见？\n陈明\n再见。\n现场观众\n我想问一个问题？\n陈明\n请讲。"
    assert [t.speaker for t in parse(text).turns] == ["主持人", "陈明", "主持人", "陈明", "现场观众", "陈明"]


def test_a_role_in_parentheses_is_not_part_of_the_speaker() -> None:
    doc = parse("**王磊（某公司CEO）：** 你好。\n\n**主持人：** 请讲？\n\n**王磊：** 好的。\n\n**主持人：** 谢谢？")
    assert [s.name for s in doc.speakers] == ["王磊", "主持人"]
    assert doc.turns[0].label == "王磊（某公司CEO）"
    assert doc.speakers[0].labels == ("王磊（某公司CEO）", "王磊")


def test_a_name_spaced_with_a_full_width_space_is_one_speaker() -> None:
    doc = parse("**赵　敏**：你好？\n\n**刘洋**：你好。\n\n**赵敏**：再见？\n\n**刘洋**：再见。")
    assert [s.key for s in doc.speakers] == ["赵敏", "刘洋"]


def test_questions_under_an_faq_heading_are_not_an_interview() -> None:
    text = "## FAQ\n\n**Q: How do I sync?**\n\nA: Open settings.\n\n**Q: Is it free?**\n\nA: Yes.\n\n**Q: Offline?**\n\nA: No."
    assert parse(text).turns == ()


def test_duet_lyrics_are_not_an_interview() -> None:
    assert parse("男：月光照在河上\n女：风吹过山岗\n男：月光照在河上\n女：风吹过山岗\n合：我们回家").turns == ()


def test_a_lowercase_follow_up_after_a_bare_q() -> None:
    doc = parse("MR. HALE: Go ahead.\n\nQ  and just to follow up, when?\n\nMR. HALE: Soon.\n\nQ Thanks.")
    assert [t.speaker for t in doc.turns] == ["MR. HALE", "Q", "MR. HALE", "Q"]


def test_a_parenthesised_qualifier_stays_when_no_bare_name_is_written() -> None:
    doc = parse("記者：點解？\n局長：因為。\n記者：幾時？\n常任秘書長（運輸）：下個月。\n局長：係。")
    assert [s.name for s in doc.speakers] == ["記者", "局長", "常任秘書長（運輸）"]


def test_podcast_break_markers_are_not_speakers() -> None:
    text = "**Ana:** Hi?\n\n**Bo:** Yo.\n\n**Break:** \\[10:00\\] to \\[11:00\\]\n\n**Ana:** Back?\n\n**Bo:** Back."
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["Ana", "Bo", "Ana", "Bo"]
    assert doc.turns[1].text == "Yo.\n\nBreak: [10:00] to [11:00]"


def test_a_page_titled_faq_has_no_turns() -> None:
    text = "Title: Licensing: Frequently Asked Questions\n\n### Why?\n\nBecause.\n\n### How?\n\nLike so.\n\n### When?\n\nNow."
    doc = parse(text)
    assert doc.turns == ()
    assert [s.title for s in doc.sections] == ["Why?", "How?", "When?"]


def test_korean_and_katakana_labels() -> None:
    assert [t.speaker for t in parse("기자: 왜요?\n김민수: 좋아서요.\n기자: 언제요?\n김민수: 지금요.").turns] == [
        "기자", "김민수", "기자", "김민수"
    ]
    doc = parse("インタビュアー：なぜ？\n佐藤：好きだから。\nインタビュアー：いつ？\n佐藤：今。")
    assert [t.speaker for t in doc.turns] == ["インタビュアー", "佐藤", "インタビュアー", "佐藤"]


def test_dialogue_dashes_open_unlabelled_turns_but_are_not_speech() -> None:
    doc = parse("Вступление.\n\n**— Почему?**\n\n— Потому что.\n\n**— Когда?**\n\n— Завтра.\n\n**— Где?**\n\n— Здесь.")
    assert [t.text for t in doc.turns] == ["Почему?", "Потому что.", "Когда?", "Завтра.", "Где?", "Здесь."]


def test_a_caps_line_whose_rest_has_no_small_letters_is_a_title_block_even_with_ordinals() -> None:
    # "ª" is a small letter without a capital: the rest reads as capitals, as before the fast check
    caps = next(d for d in BUILTIN_DETECTORS if d.name == "caps_label")
    lines = [Line(1, "CHAIR LEE. 3ª SESIÓN", 0), Line(2, "CHAIR LEE. Order, please.", 0)]
    assert caps.detect(lines[0], Context(lines, 0)) is None
    assert caps.detect(lines[1], Context(lines, 1)) is not None


def test_timestamps_in_full_width_digits_still_open_labels() -> None:
    text = "\n\n".join(f"０１:２{i} {who}. Line {i} here." for i, who in enumerate(["Q", "A", "Q", "A"]))
    assert [t.detector for t in parse(text).turns] == ["qa_marker"] * 4


def test_a_detector_first_attribute_must_be_a_container() -> None:
    class Odd:
        name = "odd"
        first = True

        def detect(self, line: Line, context: Context) -> SpeakerMatch | None:
            return None

    with pytest.raises(TypeError, match="'first' must be None or a container of characters"):
        Parser(detectors=[Odd()])


def test_a_role_in_brackets_after_the_bold_name_is_not_part_of_the_label() -> None:
    text = "**问**：\n\n为什么？\n\n**林文**（产品总监）：\n\n因为简单。\n\n**问**：\n\n然后呢？\n\n**林文**：\n\n再看。\n"
    doc = parse(text)
    assert [(t.speaker, t.text) for t in doc.turns] == [("问", "为什么？"), ("林文", "因为简单。"), ("问", "然后呢？"), ("林文", "再看。")]
    source = text[doc.turns[1].label_span[0] : doc.turns[1].label_span[1]]  # type: ignore[index]
    assert source == "林文"


def test_user_names_in_small_letters_are_labels_when_set_apart() -> None:
    bold = parse("[00:01] **qx()**: Morning.\n[00:03] **kushti**: Hello.\n[00:05] **qx()**: News?\n[00:09] **kushti**: Some.\n")
    assert [(t.speaker, t.timestamp) for t in bold.turns] == [("qx()", "00:01"), ("kushti", "00:03"), ("qx()", "00:05"), ("kushti", "00:09")]
    cjk = parse("小编：为什么？\n\nyb：因为有趣。\n\n小编：然后呢？\n\nyb：继续做。\n")
    assert [t.speaker for t in cjk.turns] == ["小编", "yb", "小编", "yb"]
    # in English prose a word in small letters before a colon is not a label
    assert parse("note: this is prose.\n\nnote: more prose.\n\nnote: and more.\n").turns == ()


def test_chat_log_names_in_angle_brackets_are_labels() -> None:
    doc = parse("<ana> hi all\n<Bo> hello\n<ana> any news?\n<Bo> not yet\n")
    assert [(t.speaker, t.text) for t in doc.turns] == [("ana", "hi all"), ("Bo", "hello"), ("ana", "any news?"), ("Bo", "not yet")]
    # a stage direction once, and HTML elements, are not speakers
    once = parse("Q: Why?\n\nA: <laughs> Because.\n\nQ: Really?\n\n<laughs> Yes.\n\nA: Sure.\n")
    assert [s.name for s in once.speakers] == ["Q", "A"]
    assert parse("<b> bold </b>\n<b> again </b>\n<b> and again </b>\n").turns == ()


def test_a_short_name_in_bold_then_a_time_in_square_brackets_alone_on_a_line() -> None:
    doc = parse("**A** [00:00]\n\nHello there.\n\n**B** [00:16]\n\nHi.\n\n**A** [00:20]\n\nShall we?\n")
    assert [(t.speaker, t.timestamp, t.text) for t in doc.turns] == [
        ("A", "00:00", "Hello there."), ("B", "00:16", "Hi."), ("A", "00:20", "Shall we?"),
    ]


def test_a_stenographic_role_comma_and_name_in_capitals_is_one_label() -> None:
    text = (
        "PRESIDENTA DE MÉXICO, CLAUDIA SHEINBAUM PARDO: Buenos días.\n\nPREGUNTA: Buenos días.\n\n"
        "DIRECTOR GENERAL DE LA COMISIÓN Y DEPORTE (CONADE), ROMMEL PACHECO MARRUFO: Gracias.\n\n"
        "PRESIDENTA DE MÉXICO, CLAUDIA SHEINBAUM PARDO: Adelante.\n\nPREGUNTA: Una pregunta.\n"
    )
    assert [s.name for s in parse(text).speakers] == [
        "PRESIDENTA DE MÉXICO, CLAUDIA SHEINBAUM PARDO",
        "PREGUNTA",
        "DIRECTOR GENERAL DE LA COMISIÓN Y DEPORTE (CONADE), ROMMEL PACHECO MARRUFO",
    ]


def test_a_whole_bold_question_may_close_its_bold_before_the_question_mark() -> None:
    text = "**问：为什么转行**？\n\n褚：因为喜欢。\n\n**问：后来呢？**\n\n褚：继续做。\n\n**问：现在呢？**\n\n褚：很好。\n"
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["问", "褚"] * 3
    assert doc.turns[0].text == "为什么转行？"


def test_a_chat_log_stamp_may_carry_its_date() -> None:
    doc = parse("[2018-03-26 10:58:00] <ana> morning\n[2018-03-26 10:59:44] <bo> hi\n[2018-03-26 11:00:09] <ana> start?\n[2018-03-26 11:00:33] <bo> yes\n")
    first = doc.turns[0]
    assert (first.speaker, first.timestamp, first.text) == ("ana", "2018-03-26 10:58:00", "morning")
    assert first.start_seconds == 10 * 3600 + 58 * 60


def test_a_cjk_name_in_round_brackets_opens_its_answer() -> None:
    text = "—— まずは感想を。\n\n(いしら) 早いものです。\n\n—— どうして作ったのですか？\n\n(いしら) 検索したからです。\n\n—— いかがですか？\n\n（いしら）嬉しいです。\n"
    doc = parse(text)
    assert [(t.speaker, t.text) for t in doc.turns][1] == ("いしら", "早いものです。")
    assert [t.speaker for t in doc.turns] == [None, "いしら"] * 3
    # one character in brackets is a stage direction (（笑）), not a name
    assert parse("（笑）そうですね。\n\n（笑）はい。\n\n（笑）ええ。\n").turns == ()


def test_answers_written_as_block_quotes_under_plain_questions() -> None:
    text = "An intro.\n\nWhy did you start?\n\n> Because I liked it.\n> A lot.\n\nAnd then?\n\n> Then I grew.\n\nAny regrets?\n\n> None at all.\n"
    doc = parse(text)
    assert [(t.role, t.text) for t in doc.turns] == [
        ("interviewer", "Why did you start?"), ("interviewee", "Because I liked it.\nA lot."),
        ("interviewer", "And then?"), ("interviewee", "Then I grew."),
        ("interviewer", "Any regrets?"), ("interviewee", "None at all."),
    ]
    # an article that quotes someone after its paragraphs asks nothing: no turns
    article = "The mayor spoke.\n\n> We will build.\n\nShe added more.\n\n> Soon.\n\nThen she left.\n\n> Goodbye.\n"
    assert parse(article).turns == ()


def test_the_positional_match_builder_follows_speaker_match_fields() -> None:
    from interview_parser.detectors import _label_match

    built = _label_match("Ana", 5, 6, "00:01", "plain_label", True)
    assert built == SpeakerMatch("Ana", 5, 6, timestamp="00:01", weak=True, detector="plain_label")
    assert type(built) is SpeakerMatch


def test_names_written_as_headings_without_a_colon() -> None:
    text = "".join(f"### Interviewer\nQuestion {n}, in a sentence?\n### Developer\nAnswer {n}, in a sentence.\n" for n in range(3))
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["Interviewer", "Developer"] * 3
    assert doc.sections == ()
    # a changelog's recurring headings are followed by lists: sections, not speakers
    changelog = "".join(f"## {v}\n\n### Added\n\n- thing {v}\n\n### Fixed\n\n- bug {v}\n\n" for v in ("1.0", "1.1", "1.2"))
    assert parse(changelog).turns == ()
    # headings that recur among many others are sections
    mixed = "".join(f"## Part {n}\n\n### Notes\n\nSome text {n}.\n\n### Summary\n\nMore text {n}.\n\n## Aside {n}\n\nProse.\n\n" for n in range(3))
    assert parse(mixed).turns == ()


_CAPTIONS = (
    "# Transcript\n\n"
    "[00:00:17]  >> So, how did the bakery start?\n\n"
    "[00:00:21]  >> With two ovens and a loan.\n\n"
    "[00:00:25]  and a lot of flour.\n\n"
    "[00:00:28]  >> Who lent you the money?\n\n"
    "[00:00:31]  >> My aunt.\n\n"
    "[00:00:33]  >> Generous aunt.\n"
)


def test_caption_marks_are_unnamed_speakers_and_unmarked_lines_continue_the_turn() -> None:
    doc = parse(_CAPTIONS)
    assert [(t.speaker, t.text.split("\n")[0][:20], t.timestamp) for t in doc.turns] == [
        (None, "So, how did the bake", "00:00:17"),
        (None, "With two ovens and a", "00:00:21"),
        (None, "Who lent you the mon", "00:00:28"),
        (None, "My aunt.", "00:00:31"),
        (None, "Generous aunt.", "00:00:33"),
    ]
    assert "a lot of flour" in doc.turns[1].text
    assert doc.turns[0].detector == "caption_marker"


def test_a_caption_mark_with_a_name_and_colon_names_the_speaker() -> None:
    doc = parse(">> ANA LIMA: Good evening.\n\n>> BO: Evening.\n\n>> ANA LIMA: Shall we?\n\n>> BO: Yes.\n\n>> Then go.\n")
    assert [t.speaker for t in doc.turns] == ["ANA LIMA", "BO", "ANA LIMA", "BO", None]


def test_caption_marks_that_name_their_speaker_are_labels_however_few() -> None:
    # four marks on consecutive lines: too few, and not opening paragraphs, to be read as bare
    # captions; the names make them labels, weighed as any label is
    lines = ">> ANA LIMA: Good evening, the river rose.\n>> BO: It did, by a metre.\n>> ANA LIMA: Who was warned?\n>> BO: Nobody.\n"
    doc = parse(lines)
    assert [(t.speaker, t.text) for t in doc.turns] == [
        ("ANA LIMA", "Good evening, the river rose."),
        ("BO", "It did, by a metre."),
        ("ANA LIMA", "Who was warned?"),
        ("BO", "Nobody."),
    ]
    # in a quoted e-mail (its "> " lines), names under the mark are quoted mail, and it says why
    mail = parse("Ana wrote:\n> Bo wrote:\n>> Jane: can you look at the test?\n>> Jane: it fails.\n> I can.\n")
    assert mail.turns == ()
    assert "stand in a quoted e-mail" in mail.diagnostics[0].message


def test_an_emails_doubly_quoted_paragraphs_are_not_captions() -> None:
    mail = "Hi all,\n\n>> We could move the meeting.\n>> Thursday works for me.\n>> Or Friday?\n\n>> Let me know.\n>> Thanks.\n\nFine by me.\n"
    doc = parse(mail)
    assert doc.turns == ()
    assert doc.diagnostics[-1].code == "no-turns"


def test_fewer_than_five_caption_marks_are_not_a_convention() -> None:
    assert parse(">> one line.\n\n>> another.\n\n>> a third.\n\n>> a fourth.\n").turns == ()


def test_a_heading_after_a_no_break_space_is_a_heading() -> None:
    doc = parse("#\u00a0Harbour notes\n\n##\u00a0The pier\n\nSome text.\n")
    assert doc.title == "Harbour notes"
    assert [s.title for s in doc.sections] == ["The pier"]


def test_shorthand_notes_with_an_article_an_honorific_and_a_dash() -> None:
    text = (
        "O SR. PRESIDENTE (Ana Lima. PSB - ES) - Está aberta a sessão.\n\n"
        "O SR. RUI COSTA (Bloco/PT - PB. Sem revisão do orador.) - Sr. Presidente, obrigado.\n\n"
        "A SRA. EVA REIS (Bloco/PT - ES. Pela ordem.) - Sr. Presidente, uma questão.\n\n"
        "O SR. PRESIDENTE (Ana Lima. PSB - ES) - Tem a palavra.\n"
    )
    doc = parse(text)
    assert [t.label for t in doc.turns] == [
        "O SR. PRESIDENTE (Ana Lima. PSB - ES)",
        "O SR. RUI COSTA (Bloco/PT - PB. Sem revisão do orador.)",
        "A SRA. EVA REIS (Bloco/PT - ES. Pela ordem.)",
        "O SR. PRESIDENTE (Ana Lima. PSB - ES)",
    ]
    assert doc.turns[1].text == "Sr. Presidente, obrigado."


def test_capitals_then_a_dash_without_an_honorific_are_not_a_label() -> None:
    assert parse("THE END - credits roll.\n\nTHE CAST - in order.\n\nTHE CREW - below.\n").turns == ()


def test_code_written_inline_between_triple_backticks_does_not_open_a_fence() -> None:
    text = "ANA: Hello.\n\n```A gloss on a word.```\n\nBO: Hi.\n\nANA: How are you?\n\n```Another gloss.```\n\nBO: Fine.\n"
    assert [t.speaker for t in parse(text).turns] == ["ANA", "BO", "ANA", "BO"]


def test_a_name_between_an_opening_and_a_closing_tag_line_is_a_links_text_not_a_speaker() -> None:
    # prettified HTML puts an inline element's text on a line of its own, inside a sentence
    def sentence(name: str) -> str:
        return f"<p>\n 港口工会成员\n <tag href=\"https://example.org/t/1\">\n  {name}\n </tag>\n 说出这番话。\n</p>\n\n"

    text = "<div>\n" + "".join(sentence(name) for name in ("林海", "王坚", "林海", "王坚")) + "</div>\n"
    doc = parse(text)
    assert doc.turns == ()


def test_a_menu_of_links_is_navigation_not_a_heading() -> None:
    text = (
        "#### 💥 [Home](https://example.org/)&nbsp; |&nbsp; [News](https://example.org/news)\n\n"
        "#### Mirrors: [One](https://a.example/) | [Two](https://b.example/)\n\n"
        "### 🔖 [An article worth reading](https://example.org/a)\n\nWhy it matters.\n"
    )
    doc = parse(text)
    assert [s.title for s in doc.sections] == ["🔖 An article worth reading"]


def test_a_heading_that_is_a_name_and_a_time_is_a_label() -> None:
    text = (
        "## Show notes\n\nA talk about ovens.\n\n## Sponsor of the week: Flourish\n\nFlourish sells flour.\n\n## Transcript\n\n"
        "### Ana Lima  0:01\n\nWelcome to the show.\n\n### Bo Reis  0:46\n\nThanks for having me.\n\n"
        "Unknown Speaker  1:02\n\nHello?\n\n### Ana Lima  1:10\n\nWho was that?\n"
    )
    doc = parse(text)
    assert [(t.speaker, t.timestamp, t.text) for t in doc.turns] == [
        ("Ana Lima", "0:01", "Welcome to the show."),
        ("Bo Reis", "0:46", "Thanks for having me."),
        ("Unknown Speaker", "1:02", "Hello?"),
        ("Ana Lima", "1:10", "Who was that?"),
    ]
    # a "Key: value" heading with its own text under it is a section, not a page field
    assert [s.title for s in doc.sections] == ["Show notes", "Sponsor of the week: Flourish", "Transcript"]


def test_a_kramdown_attribute_list_after_a_label_is_markup() -> None:
    text = "**Ana:**{: .text-yellow-000}\nHello.\n\n**Bo:**{: .text-green-000}  \nHi there.\n\n{: .note}\n\n**Ana:**{: .text-yellow-000} How are you?\n\n**Bo:**{: .text-green-000}\nFine.\n"
    doc = parse(text)
    assert [t.text for t in doc.turns] == ["Hello.", "Hi there.", "How are you?", "Fine."]


def test_speech_to_text_segments_in_seconds_with_diarized_speakers() -> None:
    text = (
        "[0.0, 3.26] - SPEAKER_02:  Pourquoi cette émission ? <br>\n\n"
        "[3.5, 7.1] - SPEAKER_00:  Parce qu'elle existe. <br>\n\n"
        "[7.4, 9.0] - SPEAKER_02:  Et ensuite ? <br>\n\n"
        "[9.2, 12.75] - SPEAKER_00:  On verra.\n"
    )
    doc = parse(text)
    assert [(t.speaker, t.timestamp) for t in doc.turns] == [
        ("SPEAKER_02", "0.0, 3.26"),
        ("SPEAKER_00", "3.5, 7.1"),
        ("SPEAKER_02", "7.4, 9.0"),
        ("SPEAKER_00", "9.2, 12.75"),
    ]
    assert doc.turns[3].start_seconds == 9.2
    assert doc.turns[1].text == "Parce qu'elle existe."


def test_pythons_prompt_is_not_a_caption_mark() -> None:
    readme = ">>> import harbour\n\n>>> harbour.ferries()\n\n3\n\n>>> harbour.pier\n\n'old'\n"
    assert parse(readme).turns == ()


def test_a_programme_of_timed_headings_is_not_a_conversation() -> None:
    programme = (
        "# Harbour Day programme\n\n### Breakfast 08:00\n\nCoffee and rolls in the hall.\n\n### Welcome 09:00\n\n"
        "The mayor opens the day.\n\n### Ferry Tour 10:30\n\nA trip around the bay.\n\n### Lunch 12:00\n\nFish soup.\n"
    )
    doc = parse(programme)
    assert doc.turns == ()
    assert [s.title for s in doc.sections] == ["Breakfast 08:00", "Welcome 09:00", "Ferry Tour 10:30", "Lunch 12:00"]


def test_initials_before_capital_words_do_not_backtrack() -> None:
    import time

    line = "**" + " ".join(["A." + "B" * 16] * 6) + " and the others**"
    started = time.perf_counter()
    parse(line + "\n\n>> " + line[2:-2] + "\n")
    assert time.perf_counter() - started < 1.0  # was minutes: a run of capitals after an initial split many ways


def test_segments_in_seconds_keep_their_end() -> None:
    text = "".join(f"[{i}.5, {i + 1}.0] - SPEAKER_0{i % 2}: line {i}.\n\n" for i in range(4))
    doc = parse(text)
    assert [t.timestamp for t in doc.turns] == ["0.5, 1.0", "1.5, 2.0", "2.5, 3.0", "3.5, 4.0"]
    assert doc.turns[1].start_seconds == 1.5


def test_doubly_quoted_mail_paragraphs_are_not_captions() -> None:
    mail = "Bob wrote:\n\n>> I think we should ship on Friday.\n\n>> The tests pass now.\n\n>> Any objections?\n\nSounds good to me.\n"
    assert parse(mail).turns == ()


def test_a_question_marker_opening_a_heading_is_the_label_of_the_question() -> None:
    # older Markdown (kramdown) needs no space after the hashes; the marker is the label either way
    text = (
        "# 访谈\n\n###问：港口什么时候开的？\n\n答：\n    一九五八年。\n\n"
        "### 问：谁来修船？\n\n答：\n    我们自己。\n\n###问：以后呢？\n\n答：\n    再说吧。\n"
    )
    doc = parse(text)
    assert [(t.speaker, t.text) for t in doc.turns] == [
        ("问", "港口什么时候开的？"),
        ("答", "一九五八年。"),
        ("问", "谁来修船？"),
        ("答", "我们自己。"),
        ("问", "以后呢？"),
        ("答", "再说吧。"),
    ]
    assert doc.sections == ()


def test_hashes_without_a_space_make_a_heading_but_one_hash_is_a_hashtag() -> None:
    doc = parse("##Harbour notes\n\nSome text.\n\n#harbour is trending.\n\n##Sails\n\nMore.\n")
    assert [s.title for s in doc.sections] == ["Harbour notes", "Sails"]
    assert "#harbour is trending." in doc.sections[0].intro
    # a heading that is a question mark's topic, not a marker, stays a heading
    assert [s.title for s in parse("## Questions about boats\n\nText.\n\n## Sails\n\nMore.\n").sections] == ["Questions about boats", "Sails"]


def test_names_as_terms_of_a_definition_list_are_labels() -> None:
    # Pandoc's definition list: the name alone, the speech after ":" and a tab on the next line
    text = (
        "# Part two\n\n## 0:00\n\nIda\n:\tWhere did you live then?\n\nOle\n:\tBy the harbour, near the mill.\n\n"
        "Ida\n:\tAnd after the war?\n\nMarta (laughing)\n:   We all moved north.\n\nOle\n: North, yes.\n"
    )
    doc = parse(text)
    assert [(t.speaker, t.text) for t in doc.turns] == [
        ("Ida", "Where did you live then?"),
        ("Ole", "By the harbour, near the mill."),
        ("Ida", "And after the war?"),
        ("Marta (laughing)", "We all moved north."),
        ("Ole", "North, yes."),
    ]


def test_a_glossary_written_as_a_definition_list_has_no_speakers() -> None:
    glossary = "# Terms\n\nBrine\n:\tSalted water for curing.\n\nKiln\n:\tAn oven for drying.\n\nMill\n:\tWhere grain is ground.\n"
    doc = parse(glossary)
    assert doc.turns == ()
    assert doc.diagnostics[-1].code == "no-turns"


def test_an_assembly_record_marks_each_speaker_with_a_circle() -> None:
    text = (
        "○川口委員長　これより会議を開きます。港の予算について質疑を行います。\n"
        "○森（一）委員　港の修理はいつ終わりますか。\n\n今年度中と聞いておりますが。\n"
        "○川口委員長　港湾部長。\n"
        "○石田港湾部長　お答えいたします。三月に終わる予定でございます。\n"
    )
    doc = parse(text)
    assert [(t.speaker, t.text[:8]) for t in doc.turns] == [
        ("川口委員長", "これより会議を開"),
        ("森（一）委員", "港の修理はいつ終"),
        ("川口委員長", "港湾部長。"),
        ("石田港湾部長", "お答えいたします"),
    ]
    assert doc.turns[1].text.endswith("今年度中と聞いておりますが。")


def test_a_list_bulleted_with_circles_is_not_an_assembly_record() -> None:
    minutes = "○日時　三月一日\n○場所　市役所\n○議題　港の予算について\n○出席　十名\n"
    assert parse(minutes).turns == ()


def test_a_heading_that_is_a_time_then_a_name_is_a_label() -> None:
    text = "".join(
        f"### [00:0{n}:00] {name}\n\n{speech}\n\n"
        for n, (name, speech) in enumerate((("Ana", "Welcome back."), ("Bo", "Glad to be here."), ("Ana", "Shall we?"), ("Bo", "Yes.")))
    )
    doc = parse(text)
    assert [(t.speaker, t.timestamp, t.text) for t in doc.turns] == [
        ("Ana", "00:00:00", "Welcome back."),
        ("Bo", "00:01:00", "Glad to be here."),
        ("Ana", "00:02:00", "Shall we?"),
        ("Bo", "00:03:00", "Yes."),
    ]
    # a programme's timed headings, each a different title, stay headings
    programme = "## 09:00 Opening\n\nCoffee.\n\n## 10:00 Keynote\n\nA talk.\n\n## 11:00 Lunch\n\nFood.\n"
    assert [s.title for s in parse(programme).sections] == ["09:00 Opening", "10:00 Keynote", "11:00 Lunch"]


def test_question_and_answer_markers_opening_list_items_are_labels() -> None:
    notes = (
        "## 会议纪要\n\n主讲人介绍了港口项目。\n\n"
        "- **问题 1：** 港口什么时候完工？\n\n  **答：** 明年春天。\n\n"
        "- **问题 2：** 预算够吗？\n\n  **答：** 够用，还有余量。\n\n"
        "- **Q：** 谁来维护？\n- **A：** 市里的团队。\n"
    )
    doc = parse(notes)
    assert [(t.label, t.text) for t in doc.turns] == [
        ("问题 1", "港口什么时候完工？"),
        ("答", "明年春天。"),
        ("问题 2", "预算够吗？"),
        ("答", "够用，还有余量。"),
        ("Q", "谁来维护？"),
        ("A", "市里的团队。"),
    ]


def test_names_opening_list_items_are_minutes_not_a_conversation() -> None:
    minutes = "## Minutes\n\n- **Ana:** will send the report.\n- **Bo:** books the room.\n- **Ana:** checks the budget.\n- **Bo:** calls the mill.\n"
    assert parse(minutes).turns == ()
    # nor is a change log's "question" field, alone under each heading
    log = "".join(f"## Fix {n}\n\n- **问题**: 第{n}个错误。\n- **原因**: 配置。\n\n" for n in range(1, 5))
    assert parse(log).turns == ()


def test_bare_answers_after_bare_questions_are_an_examination() -> None:
    text = (
        "DIRECT EXAMINATION BY MS. LIMA:\n\nQ Good morning, sir.\n\nA Good morning.\n\n"
        "Q Where were you on the night of the storm?\n\nA At the mill, with my brother.\n\nQ All night?\n\nA Until dawn.\n"
    )
    doc = parse(text)
    assert [(t.speaker, t.text) for t in doc.turns][1:4] == [
        ("A", "Good morning."),
        ("Q", "Where were you on the night of the storm?"),
        ("A", "At the mill, with my brother."),
    ]
    assert len(doc.turns) == 6
    # without bare questions, a paragraph opening "A man…" is prose
    story = "A man came in.\n\nHe sat down.\n\nA dog followed him.\n\nA storm began.\n"
    assert parse(story).turns == ()
    assert not any(d.code == "detector-declined" for d in parse(story).diagnostics)
    # one bare question is too few: the detector says so in a document without turns
    once = parse("Q Where were you?\n\nA At the mill.\n")
    assert once.turns == ()
    assert [d.message.split(":")[0] for d in once.diagnostics if d.code == "detector-declined"] == ["bare_answer"]


def test_questions_marked_with_a_rule_dash_inside_headings() -> None:
    text = (
        "# 仕事術\n\n"
        "#### ── 仕事場はどんな感じですか？\n\n小さな机がひとつ。\n\n"
        "#### ── 愛用の道具は何ですか？\n\n万年筆です。\n\n"
        "#### ── 最後にひとことお願いします。\n\nありがとうございました。\n"
    )
    doc = parse(text)
    # each question heading is the section its answer sits in, the dash its mark
    assert [(t.role, t.section, t.text) for t in doc.turns] == [
        ("interviewee", "仕事場はどんな感じですか？", "小さな机がひとつ。"),
        ("interviewee", "愛用の道具は何ですか？", "万年筆です。"),
        ("interviewee", "最後にひとことお願いします。", "ありがとうございました。"),
    ]


def test_labels_inside_a_block_quote_are_labels() -> None:
    text = (
        "From our archive, the talk as it ran:\n\n"
        "> **Ana:** Where did the mill stand?\n> By the river, I think.\n>\n> Or by the road.\n>\n"
        "> **Bo:** Further up, past the bridge.\n>\n> *Ana:* And the bakery?\n>\n> BO: Gone now.\n"
    )
    doc = parse(text)
    assert [(t.speaker, t.text) for t in doc.turns] == [
        ("Ana", "Where did the mill stand?\nBy the river, I think.\n\nOr by the road."),
        ("Bo", "Further up, past the bridge."),
        ("Ana", "And the bakery?"),
        ("Bo", "Gone now."),
    ]
    assert doc.preamble == ("From our archive, the talk as it ran:",)
    # a quote nested twice (">>") is not read here: a mark that names its speaker is the caption
    # marker's label, weighed as any label is
    nested = parse(">> Ana: hi\n>> Bo: hello\n>> Ana: bye\n>> Bo: bye\n")
    assert [(t.speaker, t.detector) for t in nested.turns] == [("Ana", "caption_marker"), ("Bo", "caption_marker")] * 2


def test_a_question_marker_with_a_full_stop_opening_a_heading_labels_it() -> None:
    text = "".join(f"### Q. Question {n} about the harbour?\n\nAnswer {n}, the harbour is fine.\n\n" for n in range(1, 4))
    doc = parse(text)
    assert [(t.speaker, t.text) for t in doc.turns][:2] == [("Q", "Question 1 about the harbour?"), (None, "Answer 1, the harbour is fine.")]
    assert len(doc.turns) == 6


def test_two_heading_names_taking_turns_are_a_chat_export_whatever_else_the_replies_hold() -> None:
    def reply(n: int) -> str:
        return f"## Assistant\n\nHere is a plan.\n\n## {n}.1 Ovens for bakery {n}\n\nBuy two.\n\n## {n}.2 Flour\n\nBuy rye.\n\n"

    text = "".join(f"## You\n\nHow do I start bakery {n}?\n\n{reply(n)}" for n in range(1, 4))
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["You", "Assistant"] * 3
    assert doc.turns[1].text == "Here is a plan."
    # product notes whose pros and cons are lists are sections, not speakers
    notes = "".join(f"## Oven {n}\n\nA sturdy oven.\n\n## Pros\n\n- cheap\n- warm\n\n## Cons\n\n- heavy\n\n" for n in range(1, 4))
    assert parse(notes).turns == ()


def test_a_time_a_dash_and_a_name_alone_on_a_line_label_the_speech_below() -> None:
    text = "".join(f"00:{n}4 - Female Voice\n\nHello {n}?\n\n00:{n}6 - Male Voice\n\nWho is this {n}?\n\n" for n in range(1, 4))
    doc = parse(text)
    assert [(t.speaker, t.timestamp) for t in doc.turns][:2] == [("Female Voice", "00:14"), ("Male Voice", "00:16")]
    assert len(doc.turns) == 6
    # a programme's times and titles, one after another, are a list
    programme = "09:00 - Opening\n10:00 - Keynote\n11:00 - Lunch\n\nSee you there.\n"
    assert parse(programme).turns == ()


def test_heading_names_in_small_letters_taking_turns_are_speakers() -> None:
    """A heading is set apart from prose: a user's handle in small letters heads its turn."""
    text = "".join(f"## mika\n\nHow do I prune roses {n}?\n\n## assistant\n\nCut above a bud {n}.\n\n" for n in range(1, 4))
    assert [t.speaker for t in parse(text).turns] == ["mika", "assistant"] * 3
    # small-letter run-ins in prose stay prose
    prose = "note: the roses were late.\n\nsee: the garden diary.\n\nnote: the frost came early.\n"
    assert parse(prose).turns == ()


def test_a_chat_exports_heading_label_may_end_in_a_word_of_another_script() -> None:
    text = "".join(f"## 사용자 입력:\n\n장미는 언제 {n}?\n\n## ChatGPT 응답:\n\n봄에 {n}.\n\n" for n in range(1, 4))
    assert [t.speaker for t in parse(text).turns] == ["사용자 입력", "ChatGPT 응답"] * 3


def test_a_chat_exports_heading_labels_with_said_are_speakers() -> None:
    text = "".join(f"##### You said:\n\nHow do I bake bread {n}?\n\n###### ChatGPT said:\n\nMix flour and water {n}.\n\n" for n in range(1, 4))
    assert [t.speaker for t in parse(text).turns] == ["You said", "ChatGPT said"] * 3
    # a README's headings ending in a colon, each once, are sections
    readme = "### Example usage:\n\nRun it.\n\n### Known issues:\n\nNone yet.\n\n### Further reading:\n\nThe wiki.\n"
    assert parse(readme).turns == ()


def test_a_hansards_honorific_initials_and_full_stop_dash_label() -> None:
    """``HON. R.S. AKBAR.- (Minister for Schools).- Thank you`` (Pacific Hansards): initials, OCR's
    double spaces, a full stop and a dash; the office in brackets is the same speaker's."""
    text = (
        "HON. SPEAKER.- Honourable Minister, you have the floor.\n\n"
        "HON. R.S. AKBAR.- (Minister for Schools).- Thank you, Mr. Speaker.\n\n"
        "HON.  N.  NAWAIKULA.-  Why were the counsellors late?\n\n"
        "HON. R.S. AKBAR.- They graduated in January.\n\n"
        "HON. SPEAKER.- Thank you.\n"
    )
    doc = parse(text)
    assert [t.key for t in doc.turns] == ["hon. speaker", "hon. r.s. akbar", "hon. n. nawaikula", "hon. r.s. akbar", "hon. speaker"]
    assert [s.name for s in doc.speakers] == ["HON. SPEAKER", "HON. R.S. AKBAR", "HON.  N.  NAWAIKULA"]  # a name as first written
    assert doc.turns[1].text == "Thank you, Mr. Speaker."
    # capitals and a full stop and dash without an honorific are a title line, not a label
    assert parse("ACME WORKS.- a short history\n\nIt began in 1900.\n").turns == ()


def test_questions_opened_by_a_glued_hyphen_are_a_spanish_press_interview() -> None:
    qa = [("-¿Cuándo abrió la panadería?", "En 1998, con mi hermano."), ("-¿Qué pan vende más?", "El de centeno."), ("-¿Y el futuro?", "Abrir otra tienda.")]
    text = "Entrevista con una panadera de Zacatecas.\n\n" + "".join(f"{q}\n\n{a}\n\n" for q, a in qa)
    doc = parse(text)
    assert [(t.role, t.text) for t in doc.turns] == [
        ("interviewer", "¿Cuándo abrió la panadería?"), ("interviewee", "En 1998, con mi hermano."),
        ("interviewer", "¿Qué pan vende más?"), ("interviewee", "El de centeno."),
        ("interviewer", "¿Y el futuro?"), ("interviewee", "Abrir otra tienda."),
    ]
    # a list's bullets and a temperature are not dashes of dialogue
    assert parse("Notas:\n\n- ¿harina?\n\nSí.\n\n- ¿sal?\n\nNo.\n\n- ¿agua?\n\nPoca.\n").turns == ()
    assert parse("-5 grados el lunes?\n\nFrío.\n\n-3 grados el martes?\n\nMenos.\n\n-1 el miércoles?\n\nBien.\n").turns == ()


def test_a_bold_question_hard_wrapped_over_lines_is_one_question() -> None:
    text = (
        "**Where did you learn to bake?**\nIn my aunt's kitchen.\n\n"
        "**And what did she teach you first, before the bread and the long\nrye loaves?**\nPatience, mostly.\n\n"
        "**Which oven do you use?**\nA wood oven.\n"
    )
    doc = parse(text)
    assert [(t.role, t.text) for t in doc.turns] == [
        ("interviewer", "Where did you learn to bake?"), ("interviewee", "In my aunt's kitchen."),
        ("interviewer", "And what did she teach you first, before the bread and the long\nrye loaves?"), ("interviewee", "Patience, mostly."),
        ("interviewer", "Which oven do you use?"), ("interviewee", "A wood oven."),
    ]
    # a bold sentence wrapped over two lines that asks nothing is no question: two are too few
    told = text.replace("before the bread and the long\nrye loaves?**", "before the bread and the long\nrye loaves.**")
    assert parse(told).turns == ()


def test_a_chat_exports_reply_keeps_its_own_headings_and_lead_ins() -> None:
    """``#### You:`` / ``#### ChatGPT:``: the reply's ``###`` headings and its ``X：`` lead-ins are
    its speech, not sections and not speakers; a heading at the labels' level is a section."""
    def reply(lead: str, other: str) -> str:
        return f"這是回答。\n\n### 1. 第一點\n\n第一點的說明。\n\n{lead}：再說明。\n\n### 2. 第二點\n\n第二點的說明。\n\n{other}：也說明。\n\n"

    leads = (("補充一點", "另外一點"), ("換句話說", "舉例來說"), ("簡單來說", "總結一下"))
    text = "".join(f"#### You:\n\n問題{n}是什麼？\n\n#### ChatGPT:\n\n{reply(*leads[n])}" for n in range(3)) + "#### You:\n\n謝謝。\n"
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["You", "ChatGPT"] * 3 + ["You"]
    assert doc.sections == ()
    assert doc.turns[1].text.startswith("這是回答。\n\n1. 第一點\n\n第一點的說明。\n\n補充一點：再說明。")
    # a heading at the labels' level, with the author's note below it, is a section
    noted = text.replace("#### You:\n\n問題2", "#### 附註\n\n作者的話。\n\n#### You:\n\n問題2")
    assert [s.title for s in parse(noted).sections] == ["附註"]


def test_numbered_role_headings_taking_turns_are_two_speakers() -> None:
    """``#### Question 1`` / ``#### Reponse 1`` … (a student site's interview): the number counts
    the turns; the asker and the answerer are one speaker each."""
    text = "".join(f"#### Question {n}\n\nPourquoi le pain {n} ?\n\n#### Reponse {n}\n\nParce que la farine {n}.\n\n" for n in range(1, 5))
    doc = parse(text.replace("Question 2", "Question2"))
    assert [t.label for t in doc.turns][:4] == ["Question 1", "Reponse 1", "Question2", "Reponse 2"]
    assert [s.name for s in doc.speakers] == ["Question", "Reponse"]  # one speaker each, named without the count
    assert doc.sections == ()
    # chapters counted under one title are sections
    chapters = "".join(f"## Chapter {n}\n\nThe bakery in year {n}.\n\n" for n in range(1, 5))
    assert parse(chapters).turns == ()


def test_a_chat_exports_stamp_and_discriminated_handle_label_a_message() -> None:
    text = (
        "[10-Apr-21 09:01 AM] Lena Ortiz\\#4479 Welcome to the AMA with the bakery team.\n\n"
        "[10-Apr-21 09:02 AM] crumb_master\\#6983 Thanks for having us,\nhappy to answer anything.\n\n"
        "[10-Apr-21 09:03 AM] Lena Ortiz\\#4479 First question: why sourdough?\n\n"
        "[10-Apr-21 09:05 AM] crumb_master#6983 Because it keeps.\n"
    )
    doc = parse(text)
    assert [(t.speaker, t.timestamp) for t in doc.turns] == [
        ("Lena Ortiz#4479", "10-Apr-21 09:01 AM"), ("crumb_master#6983", "10-Apr-21 09:02 AM"),
        ("Lena Ortiz#4479", "10-Apr-21 09:03 AM"), ("crumb_master#6983", "10-Apr-21 09:05 AM"),
    ]
    assert doc.turns[1].text == "Thanks for having us,\nhappy to answer anything."
    # the discriminator tells two users of one name apart, and the stamp and name survive rendering
    twins = "".join(f"[09:0{n} AM] Alex#{1234 if n % 2 else 9876} Message {n}.\n" for n in range(1, 5))
    assert [t.speaker for t in parse(twins).turns] == ["Alex#1234", "Alex#9876"] * 2
    again = parse(render(parse(twins)))
    assert [(t.speaker, t.text, t.timestamp) for t in again.turns] == [(t.speaker, t.text, t.timestamp) for t in parse(twins).turns]
    # an issue number after a space is no discriminator
    assert parse("[12:01] see issue #1234 now\n\n[12:02] and #5678 too\n").turns == ()


def test_japanese_and_korean_question_words_are_qa_markers() -> None:
    text = "".join(f"* 質問：パンは{n}種類ありますか？\n* はい、{n}種類あります。\n\n" for n in range(1, 4))
    doc = parse(text)
    assert [(t.speaker, t.role) for t in doc.turns] == [("質問", "interviewer"), (None, "interviewee")] * 3
    korean = "".join(f"질문: 빵은 {n}종류인가요?\n\n답변: 네, {n}종류입니다.\n\n" for n in range(1, 4))
    assert [t.speaker for t in parse(korean).turns] == ["질문", "답변"] * 3
    # the verb alone names no one; someone and the verb is reported speech
    conventions = Conventions()
    assert not conventions.is_reported_speech("质问")
    assert conventions.is_reported_speech("他质问")


def test_a_chat_page_copied_as_text_has_two_voices_taking_turns() -> None:
    reply = "Here is a plan.\nSteps:\nMix the flour.\nNotes:\nUse rye.\n"
    text = "".join(f"You said:\nHow do I bake bread {n}?\nChatGPT said:\n{reply}" for n in range(3))
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["You said", "ChatGPT said"] * 3
    assert doc.turns[1].text == reply.rstrip()  # the reply's own colon lines stay in it
    # lead-ins over lists, and fields shown as examples, are not voices
    assert parse("".join(f"Pros:\n- cheap {n}\n\nCons:\n- heavy {n}\n\n" for n in range(3))).turns == ()
    assert parse("# Upper\n\nIt upper-cases.\n\n" + "".join(f"Input:\nhello {n}\n\nOutput:\nHELLO {n}\n\n" for n in range(3))).turns == ()


def test_a_typed_em_dash_opening_unlabelled_turns_is_markup() -> None:
    text = "".join(f"**---&nbsp;Pourquoi le pain {n} ?**\n---&nbsp;Parce que la farine {n}.\n\n" for n in range(3))
    assert [t.text for t in parse(text).turns][:2] == ["Pourquoi le pain 0 ?", "Parce que la farine 0."]
    # two hyphens in speech mark an interruption and stay
    assert parse("**Why?**\n\n-- because.\n\n**When?**\n\nToday.\n\n**Where?**\n\nHere.\n").turns[1].text == "-- because."


def test_the_chat_handle_prefilter_admits_the_longest_match() -> None:
    from interview_parser.detectors import ChatHandle

    line = "[" + "x" * 24 + "12:34:56 AM]    " + "N" + "a" * 40 + "\\#1234 hi"
    assert ChatHandle.pattern.match(line) is not None
    assert ChatHandle().could_match(line)


def test_a_mention_before_a_name_marks_a_speaker_in_a_meeting_export() -> None:
    text = "@佐藤 花子 [0:05]: はい、始めます。\n\n@kenji-ito [0:09]: よろしくお願いします。\n\n@佐藤 花子 [0:15]: では議題から。\n\n@kenji-ito [0:21]: 了解です。\n"
    doc = parse(text)
    assert [(t.speaker, t.timestamp) for t in doc.turns] == [
        ("佐藤 花子", "0:05"), ("kenji-ito", "0:09"), ("佐藤 花子", "0:15"), ("kenji-ito", "0:21"),
    ]
    # without the at sign, a handle in small letters before an ASCII colon stays prose
    assert parse(text.replace("@", "")).turns == ()


def test_a_qualifier_in_square_brackets_stays_with_the_speaker() -> None:
    text = "**OPERATOR:** Police, what is the address?\n\n**CALLER [unidentified]:** Pier four.\n\n**OPERATOR:** Stay there.\n\n**CALLER:** All right.\n"
    doc = parse(text)
    assert [t.label for t in doc.turns] == ["OPERATOR", "CALLER [unidentified]", "OPERATOR", "CALLER"]
    assert len(doc.speakers) == 2
    # a link's text in brackets is no qualifier, and neither is a time
    linked = "".join(f"**Ana [site](https://example.org):** hi {n}\n\n**Ana:** again {n}\n\n**Bo:** hello {n}\n\n" for n in range(2))
    doc = parse(linked)
    assert doc.turns
    assert all("site" not in t.label for t in doc.turns)
    assert parse("Ana [0:01]: hi.\n\nBo [0:05]: hello.\n\nAna [0:09]: bye.\n\nBo [0:12]: bye.\n").turns[0].timestamp == "0:01"


def test_questions_as_list_items_with_answers_indented_under_them() -> None:
    qa = [("你们每周见几次面？", "两次，周二和周五。"), ("你们怎么分工？（比如前端和后端）", "按各自的兴趣来分。"),
          ("遇到分歧你们怎么办？", "先讨论，再投票。"), ("你们最大的收获是什么？", "学会了合作。")]
    text = "".join(f"- {q}\n\n  {a}\n\n" for q, a in qa)
    doc = parse(text)
    assert [(t.role, t.text) for t in doc.turns] == [
        (role, said) for q, a in qa for role, said in (("interviewer", q), ("interviewee", a))
    ]
    # on the item's next line, answers this short and impersonal are an FAQ's items, not an interview
    assert parse("".join(f"- {q}\n  {a}\n" for q, a in qa)).turns == ()
    # answers written as items of their own are a list of items, no Q&A
    assert parse("".join(f"- {q}\n\n- {a}\n\n" for q, a in qa)).turns == ()


def test_an_exercise_sheet_whose_headings_bid_more_than_ask_is_no_interview() -> None:
    sheet = "".join(
        f"##### {prompt}\n\n{body}\n\n"
        for prompt, body in [
            ("Which word is the odd one out?", "cat, dog, chair"),
            ("Complete the sentence!", "I read my ..."),
            ("Which option is correct?", "a) in b) on c) at"),
            ("Make the sentences negative!", "She eats at night."),
            ("Turn them into commands!", "You bring the book."),
            ("Which option fits?", "a) all b) each"),
            ("Fill in the form!", "Name:"),
            ("Match the columns!", "| A | B |"),
        ]
    )
    assert parse(sheet).turns == ()
    # an interview under question headings keeps its turns, a table is no answer
    talk = "".join(f"### Why did you start {n}?\n\nBecause of my aunt {n}.\n\n" for n in range(3))
    assert len(parse(talk).turns) == 3
    assert len(parse(talk + "### Which years?\n\n| 1990 | 1991 |\n").turns) == 3


def test_initials_and_a_hyphen_label_an_interview() -> None:
    text = "Y- Pourquoi une radio ?\nJC- Pour partager des sons.\n\nY- Et ensuite ?\nJC- Une saison de plus.\n\nY- Merci.\nJC- Avec plaisir.\n"
    doc = parse(text)
    assert [(t.speaker, t.text) for t in doc.turns][:2] == [("Y", "Pourquoi une radio ?"), ("JC", "Pour partager des sons.")]
    assert len(doc.turns) == 6
    # a spaced hyphen is a stutter or a quiz's option, not a label
    stutter = "Ana: How did it start?\n\nBo: My aunt.\n\nI - I mean, a jar.\n\nAna: And then?\n\nBo: A shop.\n\nI - I still have it.\n"
    assert [t.speaker for t in parse(stutter).turns] == ["Ana", "Bo", "Ana", "Bo"]
    assert parse("".join(f"{n}. Capital?\nA - Paris\nB - Lyon\n\n" for n in range(3))).turns == ()
    # numbered parts of a report are no speakers: each is written once
    assert parse("I - Introduction\n\nWe start.\n\nII - Method\n\nWe count.\n\nIII - Results\n\nWe found.\n").turns == ()


def test_a_magazine_qa_reposted_inside_a_block_quote() -> None:
    qa = [("Why photographs?", "My father had a camera.", "He let me use it."), ("And your first one?", "A bridge in fog.", ""),
          ("Who taught you?", "Nobody.", ""), ("What comes next", "A book, I hope.", "")]
    body = "".join(
        f"> **{n})** _{q}_\n>\n> {a}\n>\n" + (f"> {more}\n>\n" if more else "") for n, (q, a, more) in enumerate(qa, 1)
    )
    doc = parse("The site asked me three questions; here they are.\n\n" + body.replace("_What comes next_", "_What comes next_?"))
    assert [(t.role, t.text) for t in doc.turns] == [
        ("interviewer", "1) Why photographs?"), ("interviewee", "My father had a camera.\n\nHe let me use it."),
        ("interviewer", "2) And your first one?"), ("interviewee", "A bridge in fog."),
        ("interviewer", "3) Who taught you?"), ("interviewee", "Nobody."),
        ("interviewer", "4) What comes next?"), ("interviewee", "A book, I hope."),
    ]
    # a quoted passage that asks nothing stays the page's own text
    assert parse("".join(f"> Line {n} of the letter.\n>\n" for n in range(8))).turns == ()


def test_a_whatsapp_export_reads_as_a_chat() -> None:
    android = (
        "03/04/25, 09:00 - Messages and calls are end-to-end encrypted.\n"
        "03/04/25, 09:01 - Ana Lima: Are you coming to the market?\n"
        "03/04/25, 09:03 - Bo: Yes, at ten.\n"
        "03/04/25, 09:04 - Ana Lima: Bring the big basket.\n"
        "03/04/25, 09:05 - Bo: <Media omitted>\n"
    )
    doc = parse(android)
    assert [(t.speaker, t.timestamp) for t in doc.turns] == [
        ("Ana Lima", "03/04/25, 09:01"), ("Bo", "03/04/25, 09:03"), ("Ana Lima", "03/04/25, 09:04"), ("Bo", "03/04/25, 09:05"),
    ]
    assert doc.turns[0].start_seconds == 9 * 3600 + 60  # a time of day: nine o'clock and a minute
    ios = "".join(
        f"[03/04/2025, {h}:0{m}:15 PM] {who}: {said}\n"
        for h, m, who, said in [(1, 1, "Ana", "Lunch?"), (1, 2, "Bo", "Sure."), (1, 3, "Ana", "Noon then."), (1, 4, "Bo", "Fine.")]
    )
    doc = parse("[03/04/2025, 1:00:02 PM] Ana created group \"Market\"\n" + ios)
    assert [t.speaker for t in doc.turns] == ["Ana", "Bo", "Ana", "Bo"]
    assert doc.turns[0].start_seconds == 13 * 3600 + 60 + 15


def test_question_headings_a_table_of_contents_links_to_are_an_outline() -> None:
    titles = ["Introduction", "How does sync find peers?", "How is it blocked?", "What can you do?"]
    toc = "".join(f"[{t}](#part-{n})\n" for n, t in enumerate(titles))
    body = "".join(f"## {t}\n\nThe article explains part {n} here.\n\n" for n, t in enumerate(titles))
    doc = parse("# Sync and the firewall\n\n" + toc + "\n" + body)
    assert doc.turns == ()
    assert [s.title for s in doc.sections] == titles
    assert any(d.code == "detector-declined" and "an article's outline" in d.message for d in doc.diagnostics)
    # without the table of contents, or with one of questions only, addressed questions under headings are an interview's
    assert len(parse(body).turns) == 3
    asked = [t for t in titles if t.endswith("?")]
    questions_only = "".join(f"[{t}](#q{n})\n" for n, t in enumerate(asked)) + "\n" + "".join(f"## {t}\n\nAnswer {n}.\n\n" for n, t in enumerate(asked))
    assert len(parse(questions_only).turns) == len(asked)


def test_names_in_scripts_without_capitals_label_turns() -> None:
    """Arabic, Hebrew, Devanagari and Thai have no capitals to tell a name by: a short run of their
    letters before a colon is a label, weighed like any other."""
    talks = {
        "ar": ("**ليلى:** هل وصلت القطارات؟", "**يوسف:** وصلت صباحا.", "ليلى", "يوسف"),
        "he": ("נועה לוי: מתי נפתח השוק?", "אורי: בשש בבוקר.", "נועה לוי", "אורי"),
        "hi": ("**राधा:** बाज़ार कब खुलता है?", "**मोहन:** सुबह छह बजे।", "राधा", "मोहन"),
        "th": ("มาลี: ตลาดเปิดกี่โมง?", "ชัย: หกโมงเช้า", "มาลี", "ชัย"),
    }
    for lang, (ask, answer, asker, answerer) in talks.items():
        doc = parse(f"{ask}\n\n{answer}\n\n{ask}\n\n{answer}\n")
        assert [t.speaker for t in doc.turns] == [asker, answerer] * 2, lang
    # their question-and-answer markers give roles; their field lines are no speakers
    marked = parse("س: هل وصلت القطارات؟\n\nج: وصلت صباحا.\n\nس: ومتى تعود؟\n\nج: مساء.\n")
    assert [(s.name, s.role) for s in marked.speakers] == [("س", "interviewer"), ("ج", "interviewee")]
    fields = parse("ملاحظة: النص مترجم.\n\nالمصدر: الأرشيف.\n\nملاحظة: لا تعليق.\n\nالمصدر: المكتبة.\n")
    assert fields.turns == ()
    assert sum("Conventions.field_words" in d.message for d in fields.diagnostics) == 4
    # nothing tells a phrase from a name there: a verb first is reported speech, and a label said once
    # (the first reason:) must recur to be a speaker; an abbreviated title and a geresh are a name's
    news = "".join(f"قال الوزير: جملة {n}.\n\nوقال السفير: جملة أخرى {n}.\n\n" for n in range(2))
    assert parse(news).turns == ()
    assert sum("reported speech in prose" in d.message for d in parse(news).diagnostics) == 4
    reasons = "ليلى: لماذا رحلت؟\n\nيوسف: لسببين.\n\nالسبب الأول: الضجيج.\n\nالسبب الثاني: الغلاء.\n\nليلى: هل ندمت؟\n\nيوسف: أبدا.\n"
    doc = parse(reasons)
    assert [t.speaker for t in doc.turns] == ["ليلى", "يوسف", "ليلى", "يوسف"]
    assert sum("a script without capitals" in d.message for d in doc.diagnostics) == 2
    titled = parse("د. سمير: أهلا.\n\nالمذيع: ما الخبر؟\n\nد. سمير: خير.\n\nالمذيع: والغد؟\n\nد. سمير: أفضل.\n")
    assert [s.name for s in titled.speakers] == ["د. سمير", "المذيع"]
    assert [s.name for s in parse("ג׳וני: מתי?\n\nדנה: אתמול.\n\nג׳וני: ואיך?\n\nדנה: טוב.\n").speakers] == ["ג׳וני", "דנה"]


def test_a_question_mark_of_any_script_asks() -> None:
    """Arabic, Persian and Urdu write ``؟``: bold questions ending in it, each over its answer, are an
    unlabelled Q&A as ``?`` ones are."""
    pairs = [("كيف بدأت الرحلة؟", "بدأت من الميناء."), ("من كان معك؟", "أخي الصغير."), ("ماذا تعلمت؟", "الصبر.")]
    doc = parse("# حوار مع بحار\n\n" + "".join(f"**{q}**\n\n{a}\n\n" for q, a in pairs))
    assert [(t.role, t.text) for t in doc.turns] == [(role, said) for q, a in pairs for role, said in (("interviewer", q), ("interviewee", a))]


def test_topic_headings_around_one_question_heading_are_a_readme() -> None:
    """A README asks once in a heading (``## What is it?``) among ``## Install`` and ``## Usage``, then
    answers its FAQ: more headings of the questions' levels name a topic than ask, so it is no Q&A."""
    readme = (
        "# Kettle\n\nA tool.\n\n## What is Kettle?\n\nA way to boil files.\n\n## Install\n\nRun the script.\n\n"
        "### On a server\n\nUse the service.\n\n## Usage\n\nCall it.\n\n## Options\n\nThere are two.\n\n### Flags\n\nSee below.\n\n"
        "## FAQ\n\n### Q: Is it fast?\n\n**A:** Fast enough.\n\n### Q: Is it free?\n\n**A:** Yes.\n\n### Q: Does it run on phones?\n\n**A:** No.\n\n"
        "## License\n\nMIT.\n"
    )
    doc = parse(readme)
    assert doc.turns == ()
    assert any("name a topic" in d.message for d in doc.diagnostics)
    # questions first and topics after are an outline too
    first = "# Kettle\n\n" + "".join(f"## Why boil files {n}?\n\nWe boil them {n}.\n\n" for n in range(3)) + "## Install\n\nRun it.\n\n## Usage\n\nCall it.\n\n## License\n\nMIT.\n"
    assert parse(first).turns == ()
    # an interview under question headings with a topic heading or two between them keeps its turns,
    # and so does one whose title says interview, whatever its topic headings
    talk = "".join(f"## Why boil files {n}?\n\nBecause they are cold {n}.\n\n" for n in range(4))
    assert len(parse(talk.replace("## Why boil files 2?", "## Early days\n\nA word.\n\n## Why boil files 2?")).turns) == 5
    assert len(parse("# An interview with a boiler\n\n" + first.split("\n\n", 1)[1]).turns) == 3


def test_a_time_and_a_name_alone_on_a_line_with_a_dash_or_a_double_slash() -> None:
    for separator in ("//", "-"):
        text = "".join(f"0{n}:00 {separator} {who}\n{said}\n\n" for n, (who, said) in enumerate([("Ines", "Welcome in."), ("Tom", "Glad to be here."), ("Ines", "So, boats?"), ("Tom", "Boats.")]))
        assert [(t.speaker, t.timestamp) for t in parse(text).turns] == [("Ines", "00:00"), ("Tom", "01:00"), ("Ines", "02:00"), ("Tom", "03:00")], separator
    # a programme's bar between the time and the session is no speaker's
    programme = "".join(f"{n + 9}:00 | {what}\nIn the hall.\n\n" for n, what in enumerate(["Coffee", "Talks", "Lunch", "Talks", "Coffee", "Lunch"]))
    assert parse(programme).turns == ()


def test_a_dialogue_with_a_dash_before_every_turn_is_an_interview_when_it_alternates() -> None:
    """Questions and answers each opened by a dash (typed as a hyphen, so a loose list): the first of
    each pair asks, the second answers at length. Fiction's dialogue and a list of short items do not."""
    pairs = [
        ("Как вы начали?", "Я начал с маленькой мастерской в подвале, где чинил старые часы соседей и учился на своих ошибках."),
        ("Что было дальше?", "Потом пришли первые заказы от музеев, и пришлось нанять двух помощников и снять большое помещение."),
        ("А сейчас?", "Сейчас мы реставрируем часы для трёх городов и учим молодых мастеров этому ремеслу каждую зиму."),
    ]
    for dash in ("- ", "— "):
        doc = parse("# Интервью с часовщиком\n\n" + "".join(f"{dash}{q}\n\n{dash}{a}\n\n" for q, a in pairs))
        assert [(t.role, t.text) for t in doc.turns] == [(r, s) for q, a in pairs for r, s in (("interviewer", q), ("interviewee", a))], dash
    # an answer that runs over two dashed paragraphs does not turn the next question into an answer
    longer = "# Интервью с мастером\n\n" + "".join(f"— {q}\n\n— {a}\n\n" for q, a in pairs[:2]) + "— И ещё: мы не сдавались.\n\n" + f"— {pairs[2][0]}\n\n— {pairs[2][1]}\n"
    roles = [(t.role, t.text[:8]) for t in parse(longer).turns]
    assert roles[-2:] == [("interviewer", pairs[2][0][:8]), ("interviewee", pairs[2][1][:8])]
    assert [t.role for t in parse(longer).turns if "И ещё" in t.text] == ["interviewee"]
    # the same shape in a story, with nothing above it saying interview, is dialogue
    story = "Вечером мы сидели у печки.\n\n" + "".join(f"— {q}\n\n— {a}\n\n" for q, a in pairs)
    doc = parse(story)
    assert doc.turns == ()
    assert any("a story's dialogue" in d.message for d in doc.diagnostics)
    # nor does a story whose narrator mentions an interview in passing
    assert parse("После интервью на радио мы сидели у печки.\n\n" + "".join(f"— {q}\n\n— {a}\n\n" for q, a in pairs)).turns == ()
    fiction = "".join(f"— {line}\n\n" for line in ["Ты пришёл?", "Пришёл.", "Зачем?", "Не знаю.", "Уходи.", "Хорошо?", "Да."])
    assert parse(fiction).turns == ()


def test_a_question_heading_opened_by_another_languages_initial() -> None:
    """``# F: …?`` (Frage) over ``A: …`` answers: a capital or two and a colon opening a heading that
    asks is the question's label; a heading that does not ask keeps its words (``## Day 1: Rome``)."""
    text = "".join(f"# F: Wo wohnen Sie {n}?\n\nA: In Kassel, seit {n} Jahren.\n\n" for n in range(3))
    doc = parse(text)
    assert [(t.speaker, t.role) for t in doc.turns] == [("F", "interviewer"), ("A", "interviewee")] * 3
    trip = "".join(f"## D{n}: Rome\n\nWe walked {n} hours.\n\n" for n in range(3))
    assert parse(trip).turns == ()


def test_a_contact_block_above_the_questions_is_fields_not_speakers() -> None:
    """``**Data:**`` and ``**Telefone:**`` lines with the interviewer and interviewee named between
    them head a Portuguese interview's notes: fields and a header, not turns (``Data`` by its place,
    as it may name a speaker elsewhere; ``Telefone`` by its word)."""
    head = (
        "## Dados\n\n**Data:** 02/05/2025 | **Local:** Escola\n\n**Entrevistador:** Rui Lobo (aluno)\n**Telefone:** 000\n\n"
        "**Entrevistada:** Ana Melo (professora)\n**Telefone:** 111\n\n---\n\n"
    )
    body = "".join(f"## {n}. Tema\n\n**Pergunta:**\nComo é o dia {n}?\n\n**Resposta:**\nCalmo, quase sempre.\n\n" for n in range(1, 4))
    doc = parse(head + body)
    assert [t.speaker for t in doc.turns] == ["Pergunta", "Resposta"] * 3
    assert sum("Conventions.field_words" in d.message for d in doc.diagnostics) == 2
    assert sum(d.code == "label-rejected" for d in doc.diagnostics) == 5
    # a speaker called Data is no field
    android = "".join(f"**Riker:** How are you, {n}?\n\n**Data:** I function normally, {n}.\n\n" for n in range(2))
    assert [t.speaker for t in parse(android).turns] == ["Riker", "Data"] * 2


def test_a_no_break_space_before_the_bold_closes_a_label() -> None:
    """A blog's editor leaves ``**Paul:\\u00a0**Right`` (the space inside the bold is a no-break one)."""
    text = "".join(f"**Ines:\u00a0**Where to, {n}?\n\n**Tom:\u00a0**The harbour, {n}.\n\n" for n in range(3))
    assert [(t.speaker, t.text[:5]) for t in parse(text).turns] == [("Ines", "Where"), ("Tom", "The h")] * 3


def test_a_name_then_a_time_alone_then_the_speech_is_one_turn_with_its_time() -> None:
    """A radio transcript: the name alone, the time alone below it, the speech below that; the
    voices heard once (one word, numbered) stand in that layout as the hosts do."""
    voices = [("Ines Ruiz", "Welcome to the show."), ("Reporter #1", "The river rose today."), ("Tom Berg", "It rose fast."),
              ("Ines Ruiz", "How fast?"), ("Baker", "Knee high by noon."), ("Tom Berg", "Higher than last year."), ("Ines Ruiz", "Thanks.")]
    text = "".join(f"{who} \n[00:0{n}:00] \n{said}\n\n\n" for n, (who, said) in enumerate(voices))
    doc = parse(text)
    assert [(t.speaker, t.timestamp, t.text) for t in doc.turns] == [(who, f"00:0{n}:00", said) for n, (who, said) in enumerate(voices)]


def test_questions_as_list_items_each_answered_by_a_quote_on_the_next_line() -> None:
    qa = [("¿Desde cuándo pinta usted?", "Desde los doce años."), ("¿Dónde expone usted?", "En un café del puerto."), ("¿Qué prepara ahora?", "Una serie de barcos.")]
    doc = parse("## Preguntas\n" + "".join(f"- {q}\n\t> {a}\n" for q, a in qa))
    assert [(t.role, t.text) for t in doc.turns] == [(role, said) for q, a in qa for role, said in (("interviewer", q), ("interviewee", a))]
    # a paragraph's line that asks, a quote going on below it, is prose quoting someone
    prose = "".join(f"Why did the baker leave {n}?\n> Because the oven broke.\n\n" for n in range(3))
    assert parse(prose).turns == ()
    # questions listed with their translations quoted below them ask twice: no answers
    listed = "".join(f"- WHY DO YOU CODE, {n}?\n> ¿Por qué programa usted, {n}?\n\n" for n in range(3))
    assert parse(listed).turns == ()


def test_a_bar_before_the_askers_name_inside_the_bold() -> None:
    text = "".join(f"**▍记者：第{n}个问题是什么？**\n\n**王坚：**第{n}个回答。\n\n" for n in "一二三")
    assert [t.speaker for t in parse(text).turns] == ["记者", "王坚"] * 3


def test_review_40_shapes_stay_as_they_were() -> None:
    """An outline's lettered headings, quoted translations under a list, a story's dashed dialogue,
    verb-first reported speech in the feminine, and an interview whose last answer asks back."""
    outline = "# Exam\n\n" + "".join(f"## {letter}: Why does {thing} happen?\n\n(2 points)\n\n" for letter, thing in zip("ABC", ("rain", "snow", "wind"), strict=True))
    assert parse(outline).turns == ()
    phrases = "# Phrases\n\n" + "".join(f"- Where is the {w}?\n\t> ¿Dónde está el {w}?\n" for w in ("tren", "banco", "museo")) + "- What time is it?\n\t> Qué hora es\n"
    assert parse(phrases).turns == ()
    marta = "# Entrevista a Marta\n\n- ¿Dónde naciste?\n\t> En Valencia.\n- ¿Qué estudiaste?\n\t> Biología.\n- ¿Y dentro de diez años?\n\t> ¿Quién sabe?\n"
    assert [t.role for t in parse(marta).turns] == ["interviewer", "interviewee"] * 3
    news = "".join(f"قالت الوزيرة: جملة {n}.\n\nوأوضحت المديرة: جملة أخرى {n}.\n\n" for n in range(2))
    assert parse(news).turns == ()
    narrow = "**Paul:\u202f**How did it start?\n\n**Mia:\u202f**With a loan.\n\n**Paul:\u202f**And now?\n\n**Mia:\u202f**Forty people.\n"
    assert [t.speaker for t in parse(narrow).turns] == ["Paul", "Mia"] * 2
    # a quote title over questions that address the guest is an interview whatever its topic headings
    painter = "# Ana Ruiz: 'Ochre'\n\n" + "".join(f"## {h}\n\nI {n} a lot.\n\n" for n, h in enumerate(["How did you start?", "First show", "On teaching", "What do you paint now?", "Do you rest?", "Lisbon"]))
    assert len(parse(painter).turns) == 5  # the heading after the last answer is furniture


def test_names_as_headings_closed_by_a_time_name_the_speaker_and_keep_the_time() -> None:
    text = (
        "# Weekly sync\n\n"
        "### Me (2026-03-02T09:00:04.120Z)\n\nShall we start with the garden plan?\n\n"
        "### Guest (2026-03-02T09:00:09.800Z)\n\nYes, the beds are ready.\n\n"
        "### Me (2026-03-02T09:00:15.010Z)\n\nAnd the seeds?\n\n"
        "### Guest (2026-03-02T09:00:18.000Z)\n\nOrdered on Friday.\n"
    )
    doc = parse(text)
    assert [(t.speaker, t.timestamp, t.text) for t in doc.turns] == [
        ("Me", "2026-03-02T09:00:04.120Z", "Shall we start with the garden plan?"),
        ("Guest", "2026-03-02T09:00:09.800Z", "Yes, the beds are ready."),
        ("Me", "2026-03-02T09:00:15.010Z", "And the seeds?"),
        ("Guest", "2026-03-02T09:00:18.000Z", "Ordered on Friday."),
    ]
    assert clock_seconds("2026-03-02T09:00:04.120Z") == 32404.12


def test_initials_spelled_out_by_a_key_are_labels_without_a_colon() -> None:
    text = (
        "RB - Rosa Barros  \nTK - Tomás Kerr\n\n"
        "RB Welcome, Tomás. You kept bees for forty years.\n\n"
        "TK Forty-one, if you count the first swarm.\n\n"
        "RB What did the first swarm teach you?\n\n"
        "TK Patience. And to wear gloves.\n\nThey were not kind bees.\n"
    )
    doc = parse(text)
    assert [(t.speaker, t.text.split("\n")[0]) for t in doc.turns] == [
        ("RB", "Welcome, Tomás. You kept bees for forty years."),
        ("TK", "Forty-one, if you count the first swarm."),
        ("RB", "What did the first swarm teach you?"),
        ("TK", "Patience. And to wear gloves."),
    ]
    assert doc.turns[-1].text.endswith("They were not kind bees.")
    # capitals before a space that no key spells out open sentences
    assert parse(text.replace("RB - Rosa Barros  \nTK - Tomás Kerr\n\n", "")).turns == ()
    # a key whose initials do not spell its names is a list of codes
    codes = text.replace("RB - Rosa Barros", "RB - Riverbank site").replace("TK - Tomás Kerr", "TK - Tank hill")
    assert parse(codes).turns == ()


def test_a_key_of_abbreviations_is_no_transcripts_key() -> None:
    report = (
        "Abbreviations\n\nWB - World Bank\nIO - International Organisations\n\n"
        "WB lending rose in the spring.\n\nIO budgets fell at the same time.\n\nWB staff expect a slower year.\n\nIO reviews follow in May.\n"
    )
    doc = parse(report)
    assert doc.turns == ()
    assert [d.message.split(":")[0] for d in doc.diagnostics if d.code == "detector-declined"] == ["keyed_initials"]
    # a one-letter key is not read: the answers' own "I remember" opens as the interviewer's "I" would
    oral = "I - Interviewer\nR - Respondent\n\nI Where were you born?\n\nR In Hull.\n\nI remember the docks.\n\nI And your mother?\n\nR She kept a shop.\n"
    assert all(t.speaker != "I" for t in parse(oral).turns)


def test_plain_names_and_a_dash_opening_each_line_of_a_typed_transcript() -> None:
    text = (
        "Rita (entrevistadora) - Como começou a cooperativa?\n"
        "Tomás - Com três famílias e um trator.\n"
        "Rita (entrevistadora) - E hoje?\n"
        "Tomás - Somos quarenta.\n"
        "Rita (entrevistadora)- Quem decide as colheitas?\n"
        "Tomás - A assembleia, todos os meses.\n"
    )
    doc = parse(text)
    assert [(t.speaker, t.text) for t in doc.turns][:2] == [("Rita (entrevistadora)", "Como começou a cooperativa?"), ("Tomás", "Com três famílias e um trator.")]
    assert len(doc.turns) == 6
    # a changelog's terms and a glossary ask nothing, and say so
    changelog = parse("Fixed - crash on start\nAdded - dark mode\nFixed - typo in menu\nAdded - export\nFixed - memory leak\nAdded - import\n")
    assert changelog.turns == ()
    assert [d.message.split(":")[0] for d in changelog.diagnostics if d.code == "detector-declined"] == ["dashed_name"]
