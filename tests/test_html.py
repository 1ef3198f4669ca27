"""HTML, character references and shortcodes in transcripts (the "markup leftovers" issue).

Example tests use the documents in ``tests/fixtures/html`` (written for these
tests, in the shapes of CMS exports and archived pages); property tests check
that wrapping a generated Markdown interview in HTML changes nothing a reader
of turns cares about.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interview_parser import Conventions, markup, parse
from interview_parser.markup import html_body

HTML_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "html"


def turns(doc: object) -> list[tuple[str | None, str]]:
    return [(t.speaker, t.text) for t in doc.turns]  # type: ignore[attr-defined]


def emphasis(doc: object) -> list[list[tuple[int, int, str]]]:
    return [[(e.start, e.end, e.kind) for e in t.emphasis] for t in doc.turns]  # type: ignore[attr-defined]


def pieces(text: str) -> list[tuple[int, str]]:
    numbered, _ = html_body(text.split("\n"), 0)
    return list(numbered)


# --- the stage itself --------------------------------------------------------


def test_plain_body_passes_through_untouched() -> None:
    lines = ["**Ana:** Hi \\[00:31\\] *there*.", "", "  indented", "Bo: x_y \u00a0z"]
    numbered, title = html_body(lines, 0)
    assert list(numbered) == [(1, lines[0]), (2, ""), (3, "  indented"), (4, lines[3])]
    assert title is None


def test_markdown_outside_tags_survives_as_written() -> None:
    text = "<p>**Name:** \\[00:31\\] a \\*b\\* [link](https://x.org) <https://x.org/a?b=1> <inaudible> 1 < 2</p>"
    assert pieces(text) == [
        (
            1,
            "**Name:** \\[00:31\\] a \\*b\\* [link](https://x.org) <https://x.org/a?b=1> <inaudible> 1 < 2",
        )
    ]


def test_raw_no_break_space_is_kept_but_the_reference_is_a_space() -> None:
    assert pieces("<b>3.\u00a0Title</b> Mr.&nbsp;SMITH") == [(1, "**3.\u00a0Title** Mr. SMITH")]


def test_code_is_not_html() -> None:
    text = "We use `<b>bold</b>` and ``<i>``.\n```html\n<p>&amp; <script>\n```\n<b>after</b>"
    assert pieces(text) == [
        (1, "We use `<b>bold</b>` and ``<i>``."),
        (2, "```html"),
        (3, "<p>&amp; <script>"),
        (4, "```"),
        (5, "**after**"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a <script> tag, then\nmore text", [(1, "a <script> tag, then"), (2, "more text")]),
        ("the <title> element\nis here", [(1, "the <title> element"), (2, "is here")]),
        ("a <style>\nb", [(1, "a <style>"), (2, "b")]),
        ('a <video src="v.mp4">\nb', [(1, "a "), (1, "![video](v.mp4)"), (2, "b")]),
        ("a <figure>\nb", [(1, "a <figure>"), (2, "b")]),  # a figure never closed is text, character for character
    ],
)
def test_elements_never_closed_are_read_as_text(text: str, expected: list[tuple[int, str]]) -> None:
    assert pieces(text) == expected


def test_emphasis_does_not_cross_paragraphs() -> None:
    text = "<p><b>Ana: unclosed</p>\n\n<p>next</b> one</p>"
    assert [p for p in pieces(text) if p[1]] == [(1, "**Ana: unclosed**"), (3, "next one")]
    assert pieces("<b><p>both</p></b>") == [(1, "**both**")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('see <a href="https://x.org/a b">the report</a>.', "see [the report](https://x.org/a%20b)."),
        ('<b>see <a href="/r">this</a></b>', "**see [this](/r)**"),
        ('<a href="#top">back</a>', "back"),
        ('<a name="x">anchor</a>', "anchor"),
        ('<a href="/r"><b>bold</b></a>', "**bold**"),
        ('<a href="/r">[1]</a>', "[1]"),
    ],
)
def test_links_become_markdown_links(text: str, expected: str) -> None:
    assert pieces(text) == [(1, expected)]


def test_table_rows_are_lines() -> None:
    rows = "".join(f"<tr><td><b>{n}:</b></td><td>{t}</td></tr>\n" for n, t in [("Ana", "Hi?"), ("Bo", "Yes."), ("Ana", "Ok?")])
    doc = parse(f"<table>\n{rows}<tr><th>Bo:</th> <td>Ok.</td></tr>\n</table>")
    assert turns(doc) == [("Ana", "Hi?"), ("Bo", "Yes."), ("Ana", "Ok?"), ("Bo", "Ok.")]
    assert [t.lines for t in doc.turns] == [(2, 2), (3, 3), (4, 4), (5, 5)]


def test_bold_hearing_labels_with_a_period() -> None:
    doc = parse("<strong>Mr. SMITH</strong>. Where were you?\n\n<strong>Ms. JONES</strong>. At home.\n\n" * 2)
    assert [t.speaker for t in doc.turns] == ["Mr. SMITH", "Ms. JONES"] * 2


def test_link_only_paragraph_is_not_speech() -> None:
    html = '<p><b>Ana:</b> Hi?</p><p><b>Bo:</b> Yes.</p><p><b>Ana:</b> Ok?</p><p><b>Bo:</b> Ok.</p>'
    doc = parse(html + '\n<p><a href="https://x.org/more">Read more interviews</a></p>')
    markdown = parse("**Ana:** Hi?\n\n**Bo:** Yes.\n\n**Ana:** Ok?\n\n**Bo:** Ok.\n\n[Read more interviews](https://x.org/more)")
    assert turns(doc) == turns(markdown)
    assert doc.trailer == markdown.trailer == ("[Read more interviews](https://x.org/more)",)


def test_tags_with_attributes_and_nesting() -> None:
    text = '<strong class="a" data-x="1 > 0">Ana:</strong> a <b><i>very</i></b> <span style="x">big</span> day'
    assert pieces(text) == [(1, "**Ana:** a ***very*** big day")]


def test_emphasis_markers_hug_the_text() -> None:
    assert pieces("<b> Ana: </b>hi <em></em>there") == [(1, " **Ana:** hi there")]


def test_br_and_blocks_keep_source_line_numbers() -> None:
    text = "one<br>two<br/><br/>three\n<p>four</p>\n<div>five\nsix</div>"
    assert [p for p in pieces(text) if p[1]] == [(1, "one"), (1, "two"), (1, "three"), (2, "four"), (3, "five"), (4, "six")]
    # one <br> at a line end is one line end, two are a paragraph boundary
    assert pieces("a<br>\nb") == [(1, "a"), (2, "b")]
    assert pieces("a\n<br><br>b") == [(1, "a"), (2, ""), (2, "b")]


def test_fast_path_costs_nothing_measurable() -> None:
    lines = ["**Ana:** " + "word " * 30] * 20000
    start = time.perf_counter()
    numbered, _ = html_body(lines, 0)
    for _ in numbered:
        pass
    elapsed = time.perf_counter() - start
    start = time.perf_counter()
    for _ in enumerate(lines, 1):
        pass
    baseline = time.perf_counter() - start
    assert elapsed < baseline + 0.05


# --- inline HTML emphasis ----------------------------------------------------


@pytest.mark.parametrize(
    ("markdown", "html"),
    [
        ("**Ana:** Why?\n\n**Bo:** Yes.", "<strong>Ana:</strong> Why?\n\n<strong>Bo:</strong> Yes."),
        ("**Ana**: Why?\n\n**Bo**: Yes.", "<b>Ana</b>: Why?\n\n<b>Bo</b>: Yes."),
        ("**记者：**你好吗？\n\n**王坚：**很好。", "<b>记者：</b>你好吗？\n\n<b>王坚：</b>很好。"),
        ("**Mr. SMITH**. Why?\n\n**Ms. JONES**. Yes.", "<strong>Mr. SMITH</strong>. Why?\n\n<strong>Ms. JONES</strong>. Yes."),
        ("**問：為甚麼？**\n\n**趙：** 因為。", "<strong>問：為甚麼？</strong>\n\n<strong>趙：</strong> 因為。"),
    ],
)
def test_html_labels_are_labels_like_their_markdown_form(markdown: str, html: str) -> None:
    md_doc = parse(f"{markdown}\n\n{markdown}")
    html_doc = parse(f"{html}\n\n{html}")
    assert turns(html_doc) == turns(md_doc)
    assert [s.name for s in html_doc.speakers] == [s.name for s in md_doc.speakers]


def test_html_labels_make_turns() -> None:
    doc = parse("<b>记者：</b>你好吗？\n\n<b>王坚：</b>很好。\n\n<b>记者：</b>真的？\n\n<b>王坚：</b>真的。")
    assert turns(doc) == [("记者", "你好吗？"), ("王坚", "很好。"), ("记者", "真的？"), ("王坚", "真的。")]


def test_emphasis_inside_speech_matches_markdown() -> None:
    markdown = "**Ana:** I *really* think **so**.\n\n**Bo:** No _way_.\n\n" * 2
    html = "<b>Ana:</b> I <em>really</em> think <strong>so</strong>.\n\n<b>Bo:</b> No <i>way</i>.\n\n" * 2
    md_doc, html_doc = parse(markdown), parse(html)
    assert turns(html_doc) == turns(md_doc)
    assert emphasis(html_doc) == emphasis(md_doc)
    assert emphasis(html_doc)[0] == [(2, 8, "em"), (15, 17, "strong")]


# --- line and block structure -------------------------------------------------


def test_whole_page_yields_body_text_and_title() -> None:
    doc = parse((HTML_FIXTURES / "hearing_page.html").read_text(encoding="utf-8"))
    assert doc.title == "Harbour Board inquiry, day 3"
    assert [s.name for s in doc.speakers][:2] == ["Ms. OKAFOR", "Mr. HALVORSEN"]
    assert [t.speaker for t in doc.turns][:6] == ["Ms. OKAFOR", "Mr. HALVORSEN"] * 3
    assert doc.turns[0].text.startswith("...And so the dredging contract was signed before\nthe survey")
    assert doc.turns[3].text == "And you did not tell the minister — not even in March?\n[Witness conferring with counsel.]"
    assert doc.turns[4].text == "Not in March, no. I told her in May, and I regret that & I have said so."
    for turn in doc.turns:
        assert "<" not in turn.text
        assert "DOCTYPE" not in turn.text
    assert doc.preamble == ()


def test_whole_page_reads_like_its_markdown_form() -> None:
    text = (HTML_FIXTURES / "hearing_page.html").read_text(encoding="utf-8")
    body = text[text.index("<font") : text.index("</font>")].split("\n", 1)[1]
    markdown = (
        body.replace("<br/><br/>", "\n").replace("<strong>", "**").replace("</strong>", "**")
        .replace("&nbsp;&mdash;", " —").replace("&amp;", "&")
    )  # fmt: skip
    expected, got = parse(markdown), parse(text)
    assert turns(got) == turns(expected)
    assert [s.name for s in got.speakers] == [s.name for s in expected.speakers]


def test_plain_hearing_labels_inside_a_page_start_turns() -> None:
    doc = parse((HTML_FIXTURES / "hearing_page.html").read_text(encoding="utf-8"))
    assert [s.name for s in doc.speakers] == ["Ms. OKAFOR", "Mr. HALVORSEN", "Mr. DUVALL", "Chair NAKAMURA"]
    assert [t.speaker for t in doc.turns][5:8] == ["Mr. HALVORSEN", "Mr. DUVALL", "Chair NAKAMURA"]
    assert [t.lines for t in doc.turns][5:8] == [(20, 21), (22, 22), (23, 23)]
    assert doc.turns[6].text == "Madam Chair, my client has answered that question twice."


def test_turn_lines_point_at_source_lines() -> None:
    text = (HTML_FIXTURES / "hearing_page.html").read_text(encoding="utf-8")
    source = text.split("\n")
    doc = parse(text)
    assert [t.lines for t in doc.turns][:4] == [(11, 13), (14, 15), (16, 16), (17, 18)]
    for turn in doc.turns:
        first = source[turn.lines[0] - 1]
        assert turn.text.split("\n")[0][:20] in first.replace("&nbsp;", " ").replace("&mdash;", "—")


def test_title_from_page_only_when_there_is_no_other() -> None:
    page = "<html><head><title>Page title</title></head><body>\n{}\n"
    body = "<p><b>Ana:</b> a?</p><p><b>Bo:</b> b.</p>" * 2
    assert parse(page.format("") + body).title == "Page title"
    assert parse(page.format("<h1>Heading title</h1>") + body).title == "Heading title"
    assert parse("---\ntitle: Front matter\n---\n" + page.format("") + body).title == "Front matter"


def test_head_script_and_style_are_not_text() -> None:
    page = (
        "<!DOCTYPE html>\n<html>\n<head>\n<title>T</title>\n<script>\nvar s = '<b>Ana:</b> no';\n</script>\n"
        "<style>\np { color: red }\n</style>\n</head>\n<body>\n<p><b>Ana:</b> Hi?</p>\n<p><b>Bo:</b> Hello.</p>\n"
        "<p><b>Ana:</b> Well?</p>\n<p><b>Bo:</b> Well.</p>\n</body>\n</html>\n"
    )
    doc = parse(page)
    assert turns(doc) == [("Ana", "Hi?"), ("Bo", "Hello."), ("Ana", "Well?"), ("Bo", "Well.")]
    assert [t.lines for t in doc.turns] == [(13, 13), (14, 14), (15, 15), (16, 16)]
    assert doc.preamble == ()
    assert doc.trailer == ()


def test_br_and_paragraph_tags_shape_turn_text() -> None:
    doc = parse(
        "<p><b>Ana:</b> one<br>two<br><br>three</p><p>four</p>\n"
        "<div><b>Bo:</b> five</div>\n<p><b>Ana:</b> six</p>\n<p><b>Bo:</b> seven</p>"
    )
    assert turns(doc)[0] == ("Ana", "one\ntwo\n\nthree\n\nfour")
    assert [t.lines for t in doc.turns] == [(1, 1), (2, 2), (3, 3), (4, 4)]


# --- media and apparatus --------------------------------------------------------


def test_figures_embeds_comments_and_shortcodes_are_not_speech() -> None:
    doc = parse((HTML_FIXTURES / "cms_export.md").read_text(encoding="utf-8"))
    assert doc.title == "Rooftop gardens, one year on"
    assert turns(doc) == [
        ("Reporter", "How did the first winter go?"),
        ("Mia Torres", "Better than we feared – the kale survived, the *tomatoes* did not.\nWe lost the beehive, though."),
        ("Reporter", "What about the neighbours’ complaints?"),
        ("Mia Torres", "They stopped once the snake_plants went in.\n\nNow they ask for cuttings."),
        ("Reporter", "Thank you."),
    ]
    assert [(m.kind, m.text, m.lines) for m in doc.media] == [
        ("apparatus", "<!--more-->", (6, 6)),
        ("image", "![The roof in April. Photo: L. Brandt](/uploads/roof%20%281%29.jpg)", (8, 8)),
        ("apparatus", '{{< video src="rooftop-tour.mp4" caption="The tour" >}}', (15, 15)),
        ("apparatus", '{% include "newsletter-box.html" %}', (20, 20)),
        ("image", "![Roof tour](https://video.example.org/embed/abc)", (24, 24)),
    ]
    assert doc.preamble == ("Our reporter went back to the rooftop.",)
    for turn in doc.turns:
        assert not any(mark in turn.text for mark in ("<", "{{", "{%", "Your browser"))


def test_figures_inside_a_chinese_interview() -> None:
    doc = parse((HTML_FIXTURES / "zh_news.html").read_text(encoding="utf-8"))
    assert doc.title == "茶樓阿姐：推車二十年"
    assert turns(doc) == [
        ("問", "阿姐，你喺度做咗幾耐？"),
        ("陳姐", "二十年有多啦，由細路做到依家。"),
        ("問", "最辛苦係咩？"),
        ("陳姐", "朝頭早五點開工， 返到屋企都八點。\n\n（註：茶樓逢星期三休息。）"),
    ]
    assert emphasis(doc)[1] == [(7, 14, "strong")]
    assert [(m.kind, m.lines) for m in doc.media] == [("title", (1, 1)), ("image", (3, 3)), ("image", (9, 9))]
    assert doc.media[1].text == "![茶樓一早已經坐滿人。記者攝](https://img.example.hk/2019/teahouse-01.jpg)"


@pytest.mark.parametrize(
    ("markup", "media"),
    [
        ('<img src="a.png" alt="A [big] one">', "![A (big) one](a.png)"),
        ('<video controls><source src="v.mp4" type="video/mp4">No video.</video>', "![video](v.mp4)"),
        ('<iframe src="https://x.org/e/1"></iframe>', "![iframe](https://x.org/e/1)"),
        ("<figure><figcaption>Only a caption</figcaption></figure>", "![Only a caption]()"),
        ("<!-- a\nlong comment -->", "<!-- a long comment -->"),
        ("{{< youtube id=abc >}}", "{{< youtube id=abc >}}"),
        ("{{% note %}}", "{{% note %}}"),
        ("{% include 'x.html' %}", "{% include 'x.html' %}"),
    ],
)
def test_each_kind_of_media_and_apparatus(markup: str, media: str) -> None:
    doc = parse("**Ana:** Before?\n\n**Bo:** Yes.\n\n**Ana:** And " + markup + "?\n\n**Bo:** After.")
    assert [m.text for m in doc.media] == [media]
    assert doc.turns[2].text.replace("\n", " ").split() == ["And", "?"]


def test_shortcode_with_angle_brackets_is_not_a_tag() -> None:
    doc = parse('**Ana:** See {{<video src="x.mp4">}} here.\n\n**Bo:** Yes.\n\n**Ana:** Ok.\n\n**Bo:** Ok.')
    assert doc.turns[0].text == "See\nhere."
    assert [m.text for m in doc.media] == ['{{<video src="x.mp4">}}']


# --- references and escapes --------------------------------------------------------


def test_character_references_are_decoded() -> None:
    doc = parse("<b>Ana:</b> Tom&nbsp;&amp;&nbsp;Jerry&#8212;again&#x21;\n\n<b>Bo:</b> &lt;b&gt; stays text.\n\n" * 2)
    assert turns(doc)[:2] == [("Ana", "Tom & Jerry—again!"), ("Bo", "<b> stays text.")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("<![0", "<![0"), ("<b>x</b><![0", "x<![0"), ("<p><![A x", "<p><![A x"), ("<p><![A x</p>", "<![A x"), ("x <![ 1 y", "x <![ 1 y"), ("<![ifx", "<![ifx")],
)
def test_marked_sections_html_parser_cannot_name_are_text(text: str, expected: str) -> None:
    assert "".join(t for _, t in pieces(text)).replace("**", "") == expected


def test_noncharacters_in_the_text_are_kept() -> None:
    assert pieces("\ufdd10\ufdd2 `<b>` \ufdd0x&amp;") == [(1, "\ufdd10\ufdd2 `<b>` \ufdd0x&")]


def test_text_using_every_placeholder_is_left_as_written() -> None:
    text = "".join(chr(c) for c in range(0xFDD0, 0xFDF0)) + " <b>x</b>"
    assert pieces(text) == [(1, text)]


def test_word_conditional_sections_are_not_text() -> None:
    assert pieces("<![if !supportLists]>1.<![endif]> <b>Ana:</b> hi") == [(1, "1. **Ana:** hi")]


def test_references_to_line_ends_do_not_shift_lines() -> None:
    assert pieces("a&#10;b&#xA;c&#105;\nd") == [(1, "a b ci"), (2, "d")]


def test_reference_inside_a_label() -> None:
    doc = parse("Mr.&nbsp;SMITH: Where were you?\n\nMs.&nbsp;JONES: At home.\n\n" * 2)
    assert [t.speaker for t in doc.turns] == ["Mr. SMITH", "Ms. JONES"] * 2


def test_backslash_escapes_and_escaped_timestamps() -> None:
    text = (
        "<p><b>Ana:</b> \\[00:31\\] Stars \\* and \\_under\\_ \\[sic\\].</p>\n"
        "<p>\\[01:05\\] <b>Bo:</b> Sure.</p>\n"
        "<p><b>Ana:</b> \\[02:10\\] Next.</p>\n<p><b>Bo:</b> \\[02:15\\] Done.</p>"
    )
    doc = parse(text)
    assert turns(doc)[0] == ("Ana", "Stars * and _under_ [sic].")
    assert [t.timestamp for t in doc.turns] == ["00:31", "01:05", "02:10", "02:15"]
    markdown = parse(text.replace("<p>", "").replace("</p>", "\n").replace("<b>", "**").replace("</b>", "**"))
    assert [(t.text, t.timestamp) for t in markdown.turns] == [(t.text, t.timestamp) for t in doc.turns]


# --- the three wrapping invariances -------------------------------------------------

NAMES = ["Ana", "Bo Lin", "Carla Diaz", "Dev Patel", "王坚", "主持人"]
WORDS = ["we", "went", "there", "after", "the", "storm", "and", "it", "was", "quiet", "maybe", "so", "good", "river"]


@st.composite
def interviews(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A Markdown interview: paragraphs ``**Name:** speech`` (two speakers, each speaking twice or more).

    Returns the document and, per turn, the ``(name, label markdown)`` used.
    """
    first, second = draw(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True))
    order = draw(st.lists(st.sampled_from([first, second]), min_size=0, max_size=6))
    speakers = [first, second, first, second, *order]
    paragraphs: list[str] = []
    for name in speakers:
        sentences = draw(st.integers(1, 3))
        lines: list[str] = []
        for _ in range(sentences):
            words = draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=8))
            if draw(st.booleans()) and len(words) > 2:
                start = draw(st.integers(1, len(words) - 1))
                end = draw(st.integers(start + 1, len(words)))
                mark = draw(st.sampled_from(["**", "*"]))
                words[start:end] = [f"{mark}{' '.join(words[start:end])}{mark}"]
            words[0] = words[0].capitalize()
            lines.append(" ".join(words) + draw(st.sampled_from([".", "?", "!"])))
        paragraph = f"**{name}:** " + lines[0]
        if len(lines) > 1:
            paragraph += draw(st.sampled_from(["\n", " "])) + " ".join(lines[1:])
        paragraphs.append(paragraph)
        if draw(st.integers(0, 4)) == 0:
            paragraphs.append("And " + " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=5))) + ".")
    return "\n\n".join(paragraphs), speakers


def same_reading(a: object, b: object) -> None:
    assert turns(a) == turns(b)
    assert [(s.name, s.key, s.labels) for s in a.speakers] == [(s.name, s.key, s.labels) for s in b.speakers]  # type: ignore[attr-defined]
    assert emphasis(a) == emphasis(b)


def to_html_emphasis(text: str) -> str:
    """``**x**`` as ``<strong>x</strong>`` and ``*x*`` as ``<em>x</em>``, in generated text only."""
    out: list[str] = []
    for index, part in enumerate(text.split("**")):
        out.append(part if index % 2 == 0 else f"<strong>{part}</strong>")
    joined = "".join(out)
    out = []
    for index, part in enumerate(joined.split("*")):
        out.append(part if index % 2 == 0 else f"<em>{part}</em>")
    return "".join(out)


@given(interviews(), st.sampled_from(["\n", "\n\n", ""]), st.booleans())
def test_paragraphs_wrapped_in_p_read_the_same(doc: tuple[str, list[str]], joiner: str, own_lines: bool) -> None:
    markdown, speakers = doc
    paragraphs = markdown.split("\n\n")
    if own_lines:
        wrapped = joiner.join(f"<p>\n{p}\n</p>" for p in paragraphs)
    else:
        wrapped = joiner.join(f"<p>{p}</p>" for p in paragraphs)
    expected, got = parse(markdown), parse(wrapped)
    same_reading(got, expected)
    assert len(got.turns) == len(speakers)
    if joiner == "\n\n" and not own_lines:
        assert [t.lines for t in got.turns] == [t.lines for t in expected.turns]


@given(interviews(), st.sampled_from(["strong", "b"]), st.booleans())
def test_labels_wrapped_in_strong_read_the_same(doc: tuple[str, list[str]], tag: str, emphasis_too: bool) -> None:
    markdown, _ = doc
    html = markdown
    for name in NAMES:
        html = html.replace(f"**{name}:**", f"<{tag}>{name}:</{tag}>")
    if emphasis_too:
        html = "\n\n".join(
            p[: p.index(f"</{tag}>") + len(tag) + 3] + to_html_emphasis(p[p.index(f"</{tag}>") + len(tag) + 3 :])
            if f"</{tag}>" in p
            else to_html_emphasis(p)
            for p in html.split("\n\n")
        )
    expected, got = parse(markdown), parse(html)
    same_reading(got, expected)
    assert [t.lines for t in got.turns] == [t.lines for t in expected.turns]


@given(interviews(), st.booleans())
def test_whole_page_reads_the_same(doc: tuple[str, list[str]], with_title: bool) -> None:
    markdown, _ = doc
    head = '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
    head += "<title>An &amp; B</title>\n" if with_title else ""
    head += "<style>\nbody { margin: 0 }\n</style>\n</head>\n<body>\n<div class=\"entry\">\n"
    page = head + markdown + "\n</div>\n</body>\n</html>\n"
    expected, got = parse(markdown), parse(page)
    same_reading(got, expected)
    offset = head.count("\n")
    assert [(a + offset, b + offset) for a, b in (t.lines for t in expected.turns)] == [t.lines for t in got.turns]
    assert got.title == ("An & B" if with_title else None)


# the project's own generator, when it is installed (it lives in strategies.py / render.py)
try:
    from interview_parser.strategies import rendered_interviews

    PROJECT_INTERVIEWS: st.SearchStrategy[object] | None = st.sampled_from(["yaml", "toml", "none"]).flatmap(
        lambda fm: rendered_interviews(convention="bold", front_matter=fm)
    )
except Exception:  # pragma: no cover - the generator is not there yet
    PROJECT_INTERVIEWS = None

_BOLD_LABEL = re.compile(r"\A\*\*([^*\n]{1,80}?[:：])\*\*")


def html_version(text: str) -> str:
    """``text`` with every body paragraph in ``<p>`` and every bold label in ``<strong>``."""
    head = ""
    if text.startswith(("---\n", "+++\n")):
        fence = text[:4]
        end = text.index(fence, 4) + len(fence)
        head, text = text[:end], text[end:]
    paragraphs = text.split("\n\n")
    wrapped = ["<p>" + _BOLD_LABEL.sub(r"<strong>\1</strong>", p.strip("\n")) + "</p>" if p.strip() else p for p in paragraphs]
    return head + "\n\n".join(wrapped)


@pytest.mark.skipif(PROJECT_INTERVIEWS is None, reason="interview_parser.strategies is not available")
@given(st.deferred(lambda: PROJECT_INTERVIEWS if PROJECT_INTERVIEWS is not None else st.nothing()))
def test_project_interviews_read_the_same_in_html(case: object) -> None:
    text = case.text  # type: ignore[attr-defined]
    same_reading(parse(html_version(text)), parse(text))


# --- any input -------------------------------------------------------------------

_HTMLISH = (
    "<p>", "</p>", "<br>", "<br/>", "<b>", "</b>", "<strong>", "</strong>", "<em>", "</em>", "<i>", "</i>", "<div>",
    "</div>", "<figure>", "</figure>", "<figcaption>", "</figcaption>", '<img src="a b.png" alt="x">', "<video>",
    "</video>", "<iframe src=x>", "</iframe>", "<head>", "</head>", "<title>", "</title>", "<script>", "</script>",
    "<!--", "-->", "<!DOCTYPE html>", "<?php ?>", "<![CDATA[", "]]>", "{{<", ">}}", "{%", "%}", "{{%", "%}}", "&nbsp;",
    "&amp;", "&#8212;", "&#10;", "&", "<", ">", "<h2>", "</h2>", "<hr>", "<https://x.org>", "\\[00:31\\]", "**Ana:**",
    "Bo:", "\n", "\n\n", " ", "\u00a0", "\ufdd0", "\ufdd1", "\ufdd2", "word", "王坚：",
)


@given(st.lists(st.one_of(st.sampled_from(_HTMLISH), st.text(max_size=3)), max_size=60).map("".join), st.integers(0, 3))
def test_any_text_gives_ordered_source_lines(text: str, start: int) -> None:
    lines = text.split("\n")
    numbered, _ = html_body(lines, min(start, len(lines)))
    numbers = [n for n, _ in numbered]
    assert numbers == sorted(numbers)
    assert all(min(start, len(lines)) < n <= len(lines) for n in numbers)
    parse(text)


# --- text that nothing closes: read as text, in linear time ------------------

_OLD_SHORTCODE = re.compile(r"\{\{[<%].{0,2000}?[%>]\}\}|\{%.{0,2000}?%\}")
"""The lazy pattern ``_shortcodes`` replaced: the oracle for what it must find."""


@given(st.lists(st.sampled_from(["{", "}", "<", ">", "%", "x", " ", "{{<", ">}}", "{%", "%}", "{{%", "%}}"]), max_size=30))
def test_shortcode_spans_are_the_lazy_patterns(parts: list[str]) -> None:
    line = "".join(parts)
    assert markup._shortcodes(line) == [m.span() for m in _OLD_SHORTCODE.finditer(line)]


@pytest.mark.parametrize("width", [1999, 2000, 2001])
def test_shortcode_length_limit_is_the_lazy_patterns(width: int) -> None:
    for line in ("{{<" + "a" * width + ">}}", "{%" + "a" * width + "%}", "x {{% " + "b" * width + " %}} y"):
        assert markup._shortcodes(line) == [m.span() for m in _OLD_SHORTCODE.finditer(line)]


_MARKUP_BITS = ["<", ">", "x", "b", " ", "\n", "<b>", "</b>", "-->", "]]>", "]>", "<?", "</x", "<x", "<a href='u'>",
                "&lt;", "&amp;", "**", "Ana:", "text"]


@given(st.lists(st.sampled_from(_MARKUP_BITS), max_size=25))
def test_writing_unclosable_tags_as_text_changes_nothing(parts: list[str]) -> None:
    """A ``<`` that no ``>`` follows: the guard says up front what html.parser would conclude itself.

    (An unclosed comment or CDATA section differs on purpose: html.parser would
    swallow the text up to the next ``>`` raw, tags included; the guard keeps
    it as text and still reads the tags after it.)
    """
    lines = "".join(parts).split("\n")
    guarded = list(html_body(lines, 0)[0])
    original = markup._unclosable_as_text
    markup._unclosable_as_text = lambda text: text  # type: ignore[assignment]
    try:
        unguarded = list(html_body(lines, 0)[0])
    finally:
        markup._unclosable_as_text = original  # type: ignore[assignment]
    assert guarded == unguarded


@pytest.mark.parametrize(
    "speech",
    ["I said x<y and so on.", "it was <inaudible and then", "a <!-- never closed", "see <![CDATA[ never closed"],
)
def test_an_unclosed_angle_bracket_stays_in_the_speech(speech: str) -> None:
    doc = parse(f"**Ana:** {speech}\n\n**Bo:** ok\n\n**Ana:** again\n\n**Bo:** fine\n")
    assert turns(doc)[0] == ("Ana", speech)


def test_an_unclosed_comment_is_text_and_the_tags_after_it_are_read() -> None:
    assert pieces("a <!-- b &amp; <i>c</i> d > e") == [(1, "a <!-- b & *c* d > e")]


@pytest.mark.parametrize(("line", "spans"), [("\\{% x %}", []), ("\\\\{% x %}", [(2, 9)]), ("\\{{< x >}} {% y %}", [(11, 18)])])
def test_an_escaped_brace_opens_no_shortcode(line: str, spans: list[tuple[int, int]]) -> None:
    assert markup._shortcodes(line) == spans


@pytest.mark.parametrize(
    "text",
    ["a <!-- note -- > b", "a <!-- note --\n> ok", "a <![CDATA[ x ] ]> b", "a <![CDATA[ x ]\n]> b", "a <![if x] > b"],
)
def test_closers_html_parser_allows_spaces_in_still_close(text: str) -> None:
    lines = text.split("\n")
    guarded = list(html_body(lines, 0)[0])
    original = markup._unclosable_as_text
    markup._unclosable_as_text = lambda text: text  # type: ignore[assignment]
    try:
        assert guarded == list(html_body(lines, 0)[0])
    finally:
        markup._unclosable_as_text = original  # type: ignore[assignment]


# --- issue 16: prose that mentions HTML stays text ---------------------------------------------------


def _four(speech: str) -> str:
    return f"**Ana:** Hi.\n\n**Bo:** {speech}\n\n**Ana:** Really?\n\n**Bo:** Yes.\n"


@pytest.mark.parametrize(
    "speech",
    [
        "The <head> tag.",
        "The <style> tag.",
        "The </style> tag.",
        "The <button> tag.",
        "The <video> tag.",
        "The <title> tag.",
        "The <figure> and <script> tags.",
        "a<b and c>d.",
        "if x<p or q>y then.",
        "Use <?php echo 1 ?> here.",
        "The <!DOCTYPE html> line.",
        "Prices&regulations, not&nothing.",
        "&copy 2024 &amp &lt3",
        "The <br> tag.",
    ],
)
def test_prose_that_mentions_html_stays_text_character_for_character(speech: str) -> None:
    doc = parse(_four(speech))
    assert turns(doc) == [("Ana", "Hi."), ("Bo", speech), ("Ana", "Really?"), ("Bo", "Yes.")]


def test_complete_character_references_in_prose_are_still_decoded() -> None:
    doc = parse(_four("Tom &amp; Jerry&#8212;again&#x21; &copy;"))
    assert turns(doc)[1] == ("Bo", "Tom & Jerry—again! ©")


def test_inside_html_the_legacy_references_apply() -> None:
    assert pieces("<p>Prices&regulations &copy 2024</p>") == [(1, "Prices®ulations © 2024")]


def test_an_element_of_hidden_content_must_close_in_its_paragraph() -> None:
    doc = parse(_four("<b>The</b> <head> tag."))
    assert turns(doc)[1] == ("Bo", "The <head> tag.")
    assert [t.speaker for t in doc.turns] == ["Ana", "Bo", "Ana", "Bo"]


def test_tag_only_lines_are_markup_in_a_document_that_uses_html() -> None:
    text = '<div class="entry">\n\n<p><b>Ana:</b> Hi?</p>\n\n<p><b>Bo:</b> Yes.</p>\n\n</div>'
    assert [p for p in pieces(text) if p[1]] == [(3, "**Ana:** Hi?"), (5, "**Bo:** Yes.")]


def test_a_known_name_followed_by_words_is_not_a_tag() -> None:
    text = "**Ana:** a<b and c>d.\n**Bo:** Close it with </style> or </b>.\n\n**Ana:** ok?\n\n**Bo:** ok.\n"
    assert turns(parse(text))[:2] == [("Ana", "a<b and c>d."), ("Bo", "Close it with </style> or </b>.")]
    assert pieces("<p hidden>x</p> <video controls src=v.mp4></video>")[0] == (1, "x")


def test_a_start_tag_of_thousands_of_attributes_keeps_what_is_read() -> None:
    junk = "x " * 3000
    text = f'<p><img {junk}src="a.png" alt="A"></p>\n<p><a {junk}href="/r">link</a> and <zz {junk}> text</p>'
    assert [p for p in pieces(text) if p[1]] == [(1, "![A](a.png)"), (2, f"[link](/r) and <zz {junk}> text")]


def test_a_long_tag_spanning_lines_keeps_line_numbers() -> None:
    text = "<p>x</p><b class=c " + "y \n" * 2000 + ">bold</b>\nafter"
    assert [p for p in pieces(text) if p[1]][-2:] == [(2001, "**bold**"), (2002, "after")]


def _player_page(turns: list[tuple[str, str]]) -> str:
    blocks = "".join(
        f'<div class="turn">\n<p class="speaker">{name}</p>\n'
        f'<p><a href="#" onclick="javascript:playAt(\'0:0:{n}\');return false">▶</a>\n{speech}\n</p>\n</div>\n'
        for n, (name, speech) in enumerate(turns)
    )
    return f"<html><body><h2>Anfang</h2>\n{blocks}</body></html>\n"


def test_a_players_button_is_media_and_the_name_above_it_labels_the_speech_below() -> None:
    page = _player_page([("Anna Weber", "Guten Morgen Jonas"), ("Jonas Roth", "Guten Morgen Anna"), ("Anna Weber", "Fangen wir an."), ("Jonas Roth", "Gerne.")])
    doc = parse(page)
    assert [(t.speaker, t.text) for t in doc.turns] == [
        ("Anna Weber", "Guten Morgen Jonas"),  # a short line under a name alone is its speech, not a heading
        ("Jonas Roth", "Guten Morgen Anna"),
        ("Anna Weber", "Fangen wir an."),
        ("Jonas Roth", "Gerne."),
    ]
    assert [m.text for m in doc.media if m.kind == "link"] == ["[▶](#)"] * 4
    assert [s.title for s in doc.sections] == ["Anfang"]


def test_an_in_page_anchor_with_words_stays_text() -> None:
    doc = parse('<p>Ana: See <a href="#notes">the notes</a> below.</p><p>Bo: Thanks.</p><p>Ana: Sure.</p><p>Bo: Bye.</p>')
    assert doc.turns[0].text == "See the notes below."
    assert not doc.media


def test_a_line_break_inside_a_heading_keeps_the_heading_one_line() -> None:
    assert html_body(["<h3>ベルエールを開発した<br class=\"sp\">きっかけは？</h3><p>答え。<br>二行目</p>"], 0)[0] == [
        (1, "### ベルエールを開発したきっかけは？"), (1, ""), (1, "答え。"), (1, "二行目"),
    ]
    assert html_body(["<h2>A long<br>title</h2>"], 0)[0][0] == (1, "## A long title")


def test_a_templates_comment_after_a_question_heading_does_not_hide_its_answer() -> None:
    page = "".join(
        f"<h3>{q}<br>きっかけは？</h3><!-- /subTtl -->\n<p>{a}</p>\n"
        for q, a in (("パンを焼いた", "祖母の台所です。"), ("店を開いた", "十年前です。"), ("窯を選んだ", "薪窯にしました。"))
    )
    doc = parse(page)
    assert [(t.role, t.section, t.text) for t in doc.turns][:1] == [("interviewee", "パンを焼いたきっかけは？", "祖母の台所です。")]
    assert len(doc.turns) == 3
    # a comment on a line of its own between an empty answer and the next item is no bridge
    empty = "".join(f"<details><summary><b>質問{n}ですか？</b></summary><p></p></details>\n\n<!-- next -->\n\n<p>分類{n}</p>\n" for n in range(3))
    assert parse(empty).turns == ()


def test_questions_a_class_names_are_bold_and_read_as_a_magazine_q_and_a() -> None:
    page = (
        '<div class="interview">\n<p class="question">How did the shop begin?</p>\n<p>With one oven.</p>\n'
        '<p class="question">Why bread?</p>\n<p>Flour was cheap.</p>\n'
        '<div class="qa__q">And next <span>year</span>?</div>\n<div class="qa__a"><p>A second shop.</p></div>\n</div>\n'
    )
    doc = parse(page)
    assert [(t.role, t.text) for t in doc.turns] == [
        ("interviewer", "How did the shop begin?"),
        ("interviewee", "With one oven."),
        ("interviewer", "Why bread?"),
        ("interviewee", "Flour was cheap."),
        ("interviewer", "And next year?"),
        ("interviewee", "A second shop."),
    ]
    # a class that names no question (quote, faq-answer, qa) leaves its text as it is
    plain = page.replace('class="question"', 'class="quote"').replace('class="qa__q"', 'class="qa"')
    assert parse(plain).turns == ()
    # the words are a setting: a German site's "frage"
    german = page.replace('class="question"', 'class="frage"').replace('class="qa__q"', 'class="qa__frage"')
    assert parse(german).turns == ()
    assert len(parse(german, conventions=Conventions(question_classes=("frage",))).turns) == 6
    # a page may name each question by an id, repeated (loose markup): read as a class
    by_id = page.replace('class="question"', 'id="iw_question"').replace('class="qa__q"', 'id="qa-question"')
    assert [t.role for t in parse(by_id).turns] == ["interviewer", "interviewee"] * 3
    # an id by a letter anchors a whole item (answer and all): not a question's
    anchored = page.replace('class="question"', 'id="q1"').replace('class="qa__q"', 'id="q2"')
    assert parse(anchored).turns == ()


_HEARING_AKN = """<akomaNtoso>
  <debate name="hearing">
    <meta>
      <references source="#clerk">
        <TLCPerson id="ines-ruiz" href="/person/ines-ruiz" showAs="Ines Ruiz"/>
        <TLCPerson id="tomas-berg" href="/person/tomas-berg" showAs="Tomas Berg"/>
      </references>
    </meta>
    <debateBody>
      <debateSection>
        <heading>Harbour budget</heading>
        <narrative><p>The chair opened the sitting at ten.</p></narrative>
        <speech by="#ines-ruiz">
          <from>The Chair (Ines Ruiz)</from>
          <p>Why did the dredging cost double?</p>
        </speech>
        <speech by="#tomas-berg">
          <p>The silt was deeper than the survey said.</p>
          <p>We had to hire a second barge.</p>
        </speech>
        <speech by="#ines-ruiz"><from>The Chair (Ines Ruiz)</from><p>And next year?</p></speech>
        <speech by="#tomas-berg"><p>Less, we hope.</p></speech>
        <speech by="#guest"><p>May I add one thing?</p></speech>
      </debateSection>
    </debateBody>
  </debate>
</akomaNtoso>
"""


def test_an_akoma_ntoso_debate_labels_each_speech_by_its_reference() -> None:
    # the OASIS standard for parliamentary records: the person a speech's reference points to names
    # its speaker (its showAs), else the reference's first <from>, else the reference itself
    doc = parse(_HEARING_AKN)
    assert [(t.speaker, t.text) for t in doc.turns] == [
        ("Ines Ruiz", "Why did the dredging cost double?"),
        ("Tomas Berg", "The silt was deeper than the survey said.\n\nWe had to hire a second barge."),
        ("Ines Ruiz", "And next year?"),
        ("Tomas Berg", "Less, we hope."),
        ("guest", "May I add one thing?"),
    ]
    assert [s.title for s in doc.sections] == ["Harbour budget"]
    assert doc.sections[0].intro == ("The chair opened the sitting at ten.",)
    assert doc.turns[1].lines == (18, 19)
    # the same elements outside an Akoma Ntoso document are no speeches
    assert parse(_HEARING_AKN.replace("akomaNtoso", "record")).turns == ()


def test_an_akoma_ntoso_speaker_is_one_person_per_reference_and_broken_speeches_lose_nothing() -> None:
    def debate(speeches: str, people: str = "") -> str:
        return f"<akomaNtoso><debate><meta><references>{people}</references></meta><preface><docTitle>Harbour board</docTitle><docNumber>7</docNumber></preface><debateBody>\n{speeches}</debateBody></debate></akomaNtoso>\n"

    # a full title on a member's first speech, a short one after, or a <from> only the first time: one person
    varying = debate('<speech by="#ines"><from>Ms Ines Ruiz (Docks)</from><p>Is the crane fixed?</p></speech>\n'
                     '<speech by="#tomas"><from>The Harbour Master (Tomas Berg)</from><p>Not yet.</p></speech>\n'
                     '<speech by="#ines"><from>Ms Ruiz</from><p>When?</p></speech>\n<speech by="#tomas"><p>In May.</p></speech>\n')
    doc = parse(varying)
    assert [t.speaker for t in doc.turns] == ["Ms Ines Ruiz (Docks)", "The Harbour Master (Tomas Berg)"] * 2
    assert doc.preamble == ("Harbour board", "7")
    named = parse(varying.replace("<references></references>", '<references><TLCPerson id="ines" showAs="Ines Ruiz"/></references>'))
    assert [t.speaker for t in named.turns][::2] == ["Ines Ruiz", "Ines Ruiz"]
    # a <from> left open ends where the speech goes on; an empty speech hands its label to no one
    broken = debate('<speech by="#ines"><from>Ms Ruiz<p>Is the crane fixed?</p></speech>\n<speech by="#tomas"></speech>\n'
                    '<speech by="#tomas"><p>Not yet.</p></speech>\n<speech by="#ines"><p>When?</p></speech>\n<speech by="#tomas"><p>In May.</p></speech>\n')
    assert [(t.speaker, t.text) for t in parse(broken).turns] == [
        ("Ms Ruiz", "Is the crane fixed?"), ("tomas", "Not yet."), ("Ms Ruiz", "When?"), ("tomas", "In May.")]
    # a second <from> inside one speech names the next speaker; a name never reads as markup
    shared = debate('<speech by="#ines"><from>Ms Ruiz</from><p>One.</p><from>Mr Berg</from><p>Two?</p></speech>\n'
                    '<speech by="#x"><from>**Kai:** Lund</from><p>Three.</p></speech>\n<speech by="#ines"><p>Four?</p></speech>\n'
                    '<speech by="#x"><p>Five.</p></speech>\n')
    assert [t.speaker for t in parse(shared).turns] == ["Ms Ruiz", "Mr Berg", "Kai Lund", "Ms Ruiz", "Kai Lund"]


def test_an_xml_documents_own_elements_are_blocks_not_speech() -> None:
    turns = "".join(f"<p>MAYOR:</p>\n<p>Answer {n}, briefly.</p>\n<p>REPORTER:</p>\n<p>Question {n}?</p>\n" for n in range(1, 4))
    xml = (f'<?xml version="1.0"?>\n<transcripts>\n<title>Harbour doorstop</title>\n<content><![CDATA[{turns}]]></content>\n'
           "<released>2021-03-04</released>\n</transcripts>\n")
    doc = parse(xml)
    assert [t.speaker for t in doc.turns] == ["MAYOR", "REPORTER"] * 3
    assert doc.turns[-1].text == "Question 3?\n\n2021-03-04"
    assert doc.preamble == ()


def test_a_tei_play_and_a_tei_spoken_corpus_label_each_speech() -> None:
    play = (
        '<?xml version="1.0" encoding="utf-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">\n'
        "<teiHeader><fileDesc><titleStmt><title>Two at the Gate</title></titleStmt></fileDesc></teiHeader>\n"
        "<text><body><div type=\"scene\">\n"
        '<sp who="#warden"><speaker>WARDEN.</speaker><p>Who goes there?</p></sp>\n'
        '<sp who="#girl"><speaker>Girl</speaker><stage>(out of breath)</stage><p>Only me, with the <hi>bread</hi>.</p></sp>\n'
        '<sp who="#warden"><speaker>WARDEN.</speaker><p>Late again.</p></sp>\n'
        '<sp who="#girl"><speaker>Girl</speaker><p>The oven was cold.</p></sp>\n'
        "</div></body></text>\n</TEI>\n"
    )
    doc = parse(play)
    assert doc.title == "Two at the Gate"
    assert [(t.speaker, t.text) for t in doc.turns] == [
        ("WARDEN", "Who goes there?"),
        ("Girl", "(out of breath)\n\nOnly me, with the bread."),
        ("WARDEN", "Late again."),
        ("Girl", "The oven was cold."),
    ]
    spoken = (
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>\n'
        '<u who="#Chair">The sitting is open.</u>\n<u who="#Mira_Holt">Thank you, Chair.</u>\n'
        '<u who="#Chair">Please go on.</u>\n<u who="#Mira_Holt">I will be brief.</u>\n'
        "</body></text></TEI>\n"
    )
    assert [(t.speaker, t.text) for t in parse(spoken).turns] == [
        ("Chair", "The sitting is open."),
        ("Mira Holt", "Thank you, Chair."),
        ("Chair", "Please go on."),
        ("Mira Holt", "I will be brief."),
    ]
    # a TEI text without speeches is prose
    assert parse('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Once, a gate.</p><p>Then a road.</p></body></text></TEI>').turns == ()


def test_a_page_whose_body_was_written_inside_its_head_keeps_its_text() -> None:
    """``<head><meta …><article>…`` with no ``</head>`` nor ``<body>``: a browser ends the head at the
    first element of the body, and so does the parser."""
    page = (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>Ferry talk</title>\n"
        "<article>\n<h1>Talking to the ferry pilot</h1>\n"
        "<p><b>Ana:</b> How long have you piloted the ferry?</p>\n<p><b>Rui:</b> Nineteen years.</p>\n"
        "<p><b>Ana:</b> And the worst storm?</p>\n<p><b>Rui:</b> The winter of 2009.</p>\n"
        "</article>\n</html>\n"
    )
    doc = parse(page)
    assert [t.speaker for t in doc.turns] == ["Ana", "Rui", "Ana", "Rui"]
    assert doc.title == "Talking to the ferry pilot"
