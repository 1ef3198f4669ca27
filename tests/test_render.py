"""The canonical renderer: exact text in every convention, front matter, escaping, errors."""

from __future__ import annotations

import datetime
import functools
import unicodedata
from pathlib import Path

import pytest

from interview_parser import Emphasis, Interview, Section, Speaker, Turn, parse
from interview_parser.render import CONVENTIONS, render, structure


def _doc(**changes: object) -> Interview:
    turns = [
        Turn("Ana Lima", "Why did you start?", (1, 1), label="Ana Lima", key="ana lima"),
        Turn("王坚", "Because the city was **small**.", (2, 2), label="王坚", key="王坚"),
        Turn("Ana Lima", "And then?", (3, 3), label="Ana Lima", key="ana lima"),
        Turn("王坚", "We moved.\n\nIt worked.", (4, 4), label="王坚", key="王坚", emphasis=[Emphasis(3, 8)]),
    ]
    fields: dict[str, object] = {
        "turns": turns,
        "speakers": [Speaker("Ana Lima", "ana lima"), Speaker("王坚", "王坚")],
    }
    fields.update(changes)
    return Interview(**fields)  # type: ignore[arg-type]


def test_bold_is_the_default() -> None:
    assert render(_doc()) == (
        "**Ana Lima:** Why did you start?\n\n"
        "**王坚：**Because the city was \\*\\*small\\*\\*.\n\n"
        "**Ana Lima:** And then?\n\n"
        "**王坚：**We **moved**.\n\nIt worked.\n"
    )


@pytest.mark.parametrize(
    ("convention", "first", "second"),
    [
        ("bold_line", "**Ana Lima:**\nWhy did you start?", "**王坚：**\nBecause"),
        ("plain", "Ana Lima: Why did you start?", "王坚：Because"),
        ("caps", "ANA LIMA: Why did you start?", "王坚：Because"),
        ("name_line", "Ana Lima\nWhy did you start?", "王坚\nBecause"),
        ("qa", "Q: Why did you start?", "A: Because"),
    ],
)
def test_each_convention_writes_its_labels(convention: str, first: str, second: str) -> None:
    blocks = render(_doc(), convention).split("\n\n")
    assert blocks[0] == first
    assert blocks[1].startswith(second)


def test_qa_uses_chinese_markers_for_chinese_text() -> None:
    turns = [
        Turn("甲", "你们为什么开始？", (1, 1), label="甲", key="甲"),
        Turn("乙", "因为城市很小。", (2, 2), label="乙", key="乙"),
    ]
    assert render(Interview(turns=turns), "qa") == "问：你们为什么开始？\n\n答：因为城市很小。\n"


def test_qa_refuses_more_than_two_speakers() -> None:
    turns = [Turn(n, "Hello there.", (i + 1, i + 1), label=n, key=n.lower()) for i, n in enumerate(("A1", "B1", "C1"))]
    with pytest.raises(ValueError, match="the qa convention needs at most two speakers, this interview has 3"):
        render(Interview(turns=turns), "qa")


def test_unknown_convention_and_format() -> None:
    with pytest.raises(ValueError, match="unknown convention 'html'"):
        render(_doc(), "html")
    with pytest.raises(ValueError, match="unknown front matter format 'json'"):
        render(_doc(), front_matter="json")


def test_yaml_front_matter_and_title() -> None:
    doc = _doc(metadata={"title": "A talk", "date": "2024-05-01", "tags": ["x", "y"]}, title="A talk")
    text = render(doc)
    assert text.startswith("---\ntitle: A talk\ndate: '2024-05-01'\ntags:\n- x\n- y\n---\n\n**Ana Lima:**")
    again = parse(text)
    assert (again.title, again.date) == ("A talk", datetime.date(2024, 5, 1))
    assert dict(again.metadata) == {"title": "A talk", "date": "2024-05-01", "tags": ["x", "y"]}


def test_toml_front_matter() -> None:
    doc = _doc(metadata={"title": "A \"quoted\" talk", "views": 3, "draft": False, "作者": "王坚"})
    text = render(doc, front_matter="toml")
    assert text.startswith('+++\ntitle = "A \\"quoted\\" talk"\nviews = 3\ndraft = false\n"作者" = "王坚"\n+++\n\n')
    assert dict(parse(text).metadata) == dict(doc.metadata)


def test_toml_refuses_values_it_cannot_hold() -> None:
    with pytest.raises(ValueError, match="TOML front matter cannot hold NoneType values"):
        render(_doc(metadata={"x": None}), front_matter="toml")


def test_header_lines_and_none() -> None:
    doc = _doc(metadata={"author": "Ana Lima", "source": "Radio Weekly"})
    assert render(doc, front_matter="header").startswith("author: Ana Lima\nsource: Radio Weekly\n\n**Ana Lima:**")
    assert render(doc, front_matter="none").startswith("**Ana Lima:**")


def test_title_without_metadata_becomes_a_level_one_heading() -> None:
    text = render(_doc(title="A talk"))
    assert text.startswith("# A talk\n\n**Ana Lima:**")
    assert parse(text).title == "A talk"


def test_sections_preamble_and_intro_in_line_order() -> None:
    doc = _doc(
        preamble=["An introduction."],
        sections=[Section("Early years", (2, 2), 2, ["Some context."]), Section("Later", (4, 4), 3)],
    )
    text = render(doc)
    assert text.split("\n\n")[:4] == ["An introduction.", "**Ana Lima:** Why did you start?", "## Early years", "Some context."]
    assert "\n\n### Later\n\n**王坚：**We **moved**." in text


def test_markdown_punctuation_in_text_is_escaped() -> None:
    texts = ["# not a heading", "a_b [c] <d> `e` \\f !g"] * 2
    turns = [Turn(n, t, (i + 1, i + 1), label=n, key=n.lower()) for i, (n, t) in enumerate(zip(["Ana", "Bo"] * 2, texts, strict=True))]
    text = render(Interview(turns=turns))
    assert text.startswith("**Ana:** \\# not a heading\n\n**Bo:** a\\_b \\[c] \\<d> \\`e\\` \\\\f \\!g\n\n")
    assert [t.text for t in parse(text).turns] == [t.text for t in turns]


def test_emphasis_kinds_and_nesting() -> None:
    turn = Turn("Ana", "one two three", (1, 1), label="Ana", key="ana", emphasis=[Emphasis(0, 13, "em"), Emphasis(4, 7)])
    assert render(Interview(turns=[turn])) == "**Ana:** *one **two** three*\n"


def test_timestamps_are_written_after_the_label() -> None:
    turn = Turn("Ana", "Hello there.", (1, 1), label="Ana", key="ana", timestamp="00:01:31")
    assert render(Interview(turns=[turn])) == "**Ana:** [00:01:31] Hello there.\n"
    assert render(Interview(turns=[turn]), "name_line") == "Ana 00:01:31\nHello there.\n"


def test_empty_interview_renders_empty_text() -> None:
    assert render(Interview()) == ""


@pytest.mark.parametrize("convention", CONVENTIONS)
def test_parse_of_render_keeps_the_structure(convention: str) -> None:
    doc = parse(render(_doc(), "bold"))
    again = parse(render(doc, convention))
    assert [(t.key, t.text, t.emphasis) for t in again.turns if convention not in ("qa",)] == [
        (t.key, t.text, t.emphasis) for t in doc.turns if convention not in ("qa",)
    ]
    if convention not in ("qa", "caps"):
        assert structure(again) == structure(doc)


@pytest.mark.parametrize(
    "text",
    [
        "<br>0|**",  # a preamble line that reads as a header line once the HTML is gone
        "<p>Title: x</p>",
        "**A**\u0301",  # removing the markers joins a letter and its combining mark
        "**Ana:** Tom &amp;amp; Jerry.\n\n**Bo:** Yes.\n\n**Ana:** Why?\n\n**Bo:** No.\n",  # a reference, written out
    ],
)
def test_canonical_text_is_a_fixed_point_on_fuzzed_edge_cases(text: str) -> None:
    canonical = render(parse(text))
    again = parse(canonical)
    assert render(again) == canonical
    first = parse(text)
    nfc = functools.partial(unicodedata.normalize, "NFC")
    assert list(again.preamble) == [nfc(p) for p in first.preamble]
    assert [t.text for t in again.turns] == [nfc(t.text) for t in first.turns]


def test_an_ampersand_that_could_start_a_reference_is_escaped() -> None:
    doc = parse("**Ana:** Tom &amp;amp; Jerry & co.\n\n**Bo:** Yes.\n\n**Ana:** Why?\n\n**Bo:** No.\n")
    assert doc.turns[0].text == "Tom &amp; Jerry & co."
    assert "Tom \\&amp; Jerry & co." in render(doc)


def test_a_shortcode_written_in_speech_stays_speech() -> None:
    doc = parse("**Ana:** Use `{% raw %}` and `{{< x >}}`.\n\n**Bo:** Yes.\n\n**Ana:** Why?\n\n**Bo:** No.\n")
    assert doc.turns[0].text == "Use {% raw %} and {{< x >}}."
    again = parse(render(doc))
    assert again.turns[0].text == doc.turns[0].text
    assert again.media == ()


def test_header_format_without_metadata_keeps_a_header_like_preamble_line() -> None:
    doc = parse("<p>Title: x</p>\n\n**Ana:** Hi?\n\n**Bo:** Yo.\n\n**Ana:** Bye?\n\n**Bo:** Bye.\n")
    assert (doc.preamble, dict(doc.metadata)) == (("Title: x",), {})
    again = parse(render(doc, front_matter="header"))
    assert (again.preamble, dict(again.metadata)) == (("Title: x",), {})


# --- issue 16: rendering is a fixed point on real documents ----------------------------------------

_TRANSCRIPTS = sorted((Path(__file__).resolve().parent / "fixtures" / "transcripts").glob("*.txt"))


def _shape(doc: Interview) -> tuple[object, ...]:
    shape = structure(doc)
    return shape["turns"], shape["speakers"], shape["sections"]


@pytest.mark.parametrize("path", _TRANSCRIPTS, ids=lambda p: p.name)
def test_every_fixture_survives_render_and_parse(path: Path) -> None:
    """An interview keeps its turns, speakers and sections through render and parse, and render
    is a fixed point. A page without turns keeps its text as preamble, where the markup and
    layout that made label-like lines read as text are not kept: for it, the promise is the
    fixed point after one rendering."""
    doc = parse(path.read_text(encoding="utf-8"))
    rendered = render(doc)
    again = parse(rendered)
    if doc.turns:
        assert _shape(again) == _shape(doc)
        assert render(again) == rendered
    else:
        assert _shape(parse(render(again))) == _shape(again)
        assert render(parse(render(again))) == render(again)


def test_magazine_questions_that_are_statements_are_written_as_headings() -> None:
    answer = "Plain answer text that runs on for a while."
    questions = ["Where did it start?", "Was it hard?", "Tell me about the first season.", "Only a third?", "Why?"]
    doc = parse("".join(f"### {q}\n\n{answer}\n\n" for q in questions))
    assert [s.title for s in doc.sections] == questions
    rendered = render(doc)
    assert "### Tell me about the first season." in rendered
    assert _shape(parse(rendered)) == _shape(doc)


def test_bold_question_with_its_han_label_keeps_the_bold_line_below_it() -> None:
    text = (
        "**記者：經費從哪裡來？**\n\n**聽說差點解散？**\n\n林：對。\n\n**記者：目標是什麼？**\n\n林：十六強。"
        "\n\n**記者：八強呢？**\n\n林：明年。\n"
    )
    doc = parse(text)
    assert doc.turns[0].text == "經費從哪裡來？\n\n聽說差點解散？"
    rendered = render(doc)
    assert rendered.startswith("**記者：經費從哪裡來？**\n\n**聽說差點解散？**\n\n")
    assert _shape(parse(rendered)) == _shape(doc)
    assert parse(rendered).sections == ()


def test_a_bold_question_with_its_latin_label_is_written_bold_whole() -> None:
    """``**Q: Why?**`` (or ``**Q. Why?**``) over unlabelled answers: written back bold whole with
    its label, as read; ``**Q:** **Why?**`` would be a label and emphasis, its answers no one's."""
    for marker in ("Q:", "Q."):
        text = f"# Help\n\n**{marker} How do I reset it?**\n\nClick the link.\n\n**{marker} Can I rename it?**\n\nNo.\n"
        doc = parse(text)
        assert len(doc.turns) == 4
        rendered = render(doc)
        assert "**Q: How do I reset it?**" in rendered
        assert _shape(parse(rendered)) == _shape(doc)
        assert render(parse(rendered)) == rendered


def test_a_title_the_metadata_does_not_state_keeps_its_heading() -> None:
    doc = parse("---\ntitle: 1\n---\n# T\n\nQ: x\n\nA: y\n")
    assert doc.title == "T"
    rendered = render(doc)
    assert "# T" in rendered
    assert parse(rendered).title == "T"
    assert dict(parse(rendered).metadata) == {"title": 1}


@pytest.mark.parametrize(
    "text",
    [
        # prose the parser kept out of the turns keeps out once rendered: its colon is escaped
        "**Ana Lima：**Everything always.\n**主持人：**Everything always.\nEverything always.\n**Bruno:** Everything always.\n",
        # spaces a code span keeps at either end of a line
        "**` `",
        "` `x",
    ],
)
def test_rendering_prose_and_spaces_is_a_fixed_point(text: str) -> None:
    once = render(parse(text))
    assert render(parse(once)) == once
    assert parse(once).preamble == parse(text).preamble


def test_a_backslash_escapes_a_full_width_colon_as_it_does_an_ascii_one() -> None:
    doc = parse("王坚\\：好。\n\nAna\\: hi.")
    assert doc.preamble == ("王坚：好。", "Ana: hi.")
    assert doc.turns == ()
