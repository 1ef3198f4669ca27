"""Gates and fast paths: a cheap check never turns away what the full check would take.

The parser skips a line when ``could_start_label`` says no, and each built-in
detector skips its pattern when ``could_match`` says no; both are promises
that the pattern could not have matched. These properties hold them to it on
label-like lines built from the pieces the patterns are made of. Likewise
``has_markup`` promises the inline tokeniser would find nothing, and the
bold-only fast path promises the tokeniser's result; the line scan's guards promise what
:func:`classify`'s patterns would say.
"""

from __future__ import annotations

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from interview_parser import Parser, blocks, parse
from interview_parser.blocks import LineKind, classify, scan_lines
from interview_parser.detectors import (
    _NOT_NAME_END,
    BUILTIN_DETECTORS,
    NameOnOwnLine,
    _has_colon,
    _has_encloser,
    could_start_label,
)
from interview_parser.inline import _TOKEN, _strip_bold_stars, _strip_tokens, has_markup

PATTERN_DETECTORS = [d for d in BUILTIN_DETECTORS if hasattr(d, "pattern")]

_PIECES = (
    "**", "*", "__", "_", "***", ":", "：", "︰", ".", " ", "  ", "\t", "(", ")", "（", "）", "[", "]", "【", "】",
    "《", "》", "\\", "00:01:31", "12:05", "1", "Q", "A", "Question", "问", "問", "答", "问题", "记者问",
    "Mr.", "Ms", "Dr", "MR.", "SMITH", "THE COURT", "Ana", "Ana Lima", "de", "Speaker 2", "王坚", "主持人",
    "李·明", "ミカ", "김", "JD", "a", "hello", "，", "。", "?", "“", "—", "-", "'", "//", "x" * 30,
)


_SLOTS = (
    ("", "", "", "00:01:31 ", "[00:01:31] ", "(12:05) ", "\\[00:01\\] ", "０１:２３ ", "١٢:٣٤ ", "01/12/24, 10:05 - ",
     "[05/12/2024, 8:05:32 AM] "),
    ("", "", "**", "*", "__", "***", "【", "["),
    ("Ana", "Ana Lima", "Mr. Lima", "MR. SMITH", "THE COURT", "Speaker 2", "JD", "王坚", "主持人", "李·明", "ミカ",
     "김", "Q", "A", "Question", "问", "問", "答", "问题1", "记者问", "《人物》记者", "de Lima", "hello", "Y", "@kohei-x"),
    ("", "", "", " (host)", "（主持人）", " (00:01:31)", " 00:01:31", " (00:01:31)", " [non identificata]", " [1:47]"),
    ("", ":", "：", "︰", ".", " ", "**:", ":**", "**", "**：**", "】", "]", "****：**", "- ", " - ", "– ", "*", "* "),
    ("", "", " ", "**", "\t"),
    ("", "hello there", "你好。", "“引文”", "Yes?**", "//x", "QUESTION", "00:02", ")"),
)


@st.composite
def label_like(draw: st.DrawFn, /) -> str:
    """A line assembled slot by slot from label grammar pieces, with random text spliced in."""
    pieces = [draw(st.sampled_from(options)) for options in _SLOTS]
    if draw(st.booleans()):
        at = draw(st.integers(0, len(pieces)))
        pieces.insert(at, draw(st.sampled_from(_PIECES) | st.text(min_size=1, max_size=3)))
    return "".join(pieces).strip() or "Q"


@settings(max_examples=2000)
@given(label_like())
@example("Ana Lima (00:01:31)")
@example("问. 为什么")
@example("Q  Why?")
@example("**MR. SMITH**.  Thank you.")
@example("[Ana] hello")
@example("０１:２３ Q. How did it start?")  # digits of other scripts are timestamps too
@example("١٢:٣٤ CHAIR LEE. Order, please.")
@example("ꟋꟋ ꟋꟋ. hi")  # capitals newer than Python's Unicode tables, known to the regex module's
@example("Ana Lima 𑽐𑽑:𑽒𑽓")
@example("Y- Bonjour Jeancedric, tu es devenu une figure ?")  # an initial and a hyphen
@example("U - Pas du tout")
@example("M.J. — Je dois avouer")  # initials with full stops, a dash
@example("*Joe (0:05)* Welcome")  # a time inside the emphasis
@example("H.P. *hoche la tête* — Vous")
@example("@高橋 創真 [1:47]: なんか、")
def test_gates_no_pattern_match_is_turned_away(text: str) -> None:
    for detector in PATTERN_DETECTORS:
        if detector.pattern.match(text) is not None:
            assert could_start_label(text), (detector.name, text)
            assert detector.first is None or text[0] in detector.first, (detector.name, text)
            assert detector.could_match(text), (detector.name, text)


@settings(max_examples=2000)
@given(label_like())
@example("王坚（主持人：左）")
@example("*Adam*")
@example("_Ana Lima_")
def test_gates_no_name_alone_on_a_line_is_turned_away(text: str) -> None:
    if NameOnOwnLine._pattern.fullmatch(text) is not None:
        assert not _has_colon(text) or _has_encloser(text), text
        # a line ending in ".!?:：" is never a name alone, by rule (Jr. or not); the rest must be a gate only
        assert text[-1] in ".!?:：" or text[-1] not in _NOT_NAME_END, text


_MARKDOWNISH = st.text(alphabet=st.sampled_from("ab 王*_\\![]()<>`:!?\n"), max_size=40)


@settings(max_examples=1000)
@given(_MARKDOWNISH)
@example("Wow! [sic] (laughs)")
@example("![x](y.png)")
@example("see <https://a.b> now")
def test_gates_text_without_markup_has_no_token(text: str) -> None:
    assert has_markup(text) or _TOKEN.search(text) is None


@settings(max_examples=1000)
@given(st.text(alphabet=st.sampled_from("ab 王*。?"), max_size=30))
@example("**bold** and **more**")
def test_gates_the_bold_fast_path_agrees_with_the_tokeniser(text: str) -> None:
    fast = _strip_bold_stars(text)
    if fast is not None:
        assert fast == _strip_tokens(text)


@settings(max_examples=1000)
@given(st.text(alphabet=st.sampled_from("#![]()*_-\\<>h{}图圖摄攝pPiIcC:：12 ab王\t"), min_size=13, max_size=30))
@example("photo: a caption")
@example("{% include figure.html %}")
@example("<!-- a comment here -->")
@example("https://example.com/long/path")
@example("- - - - - - - - - - - - - -")
@example("## A heading of some length")
@example("[![x](a.png)](b)")
def test_gates_lines_scan_lines_takes_for_speech_are_speech(text: str) -> None:
    text = text.strip() or "x"
    [line] = scan_lines([(1, text)])
    assert (line.kind, line.level, line.title) == classify(text)


_LINE_OF_IMAGES = regex.compile(rf"(?:{blocks._IMAGE.pattern})++")
"""What a line of images was matched with before it was read one image at a time (the oracle)."""
_RULE = regex.compile(r"(?:(?:\\?[*_-][ \t]*){3,}|<hr\s*/?>)")
"""What a thematic break was matched with before its markers were counted (the oracle)."""


def _classify_unguarded(text: str) -> str:
    """:func:`classify`'s kind with every pattern tried on every line: the oracle for its guards."""
    if text[0] == "#":
        match = blocks._ATX.fullmatch(text) or blocks._ATX_TIGHT.fullmatch(text)
        if match is not None and match["title"]:
            return LineKind.HEADING
    if _LINE_OF_IMAGES.fullmatch(text):
        return LineKind.IMAGE
    if _RULE.fullmatch(text):
        return LineKind.RULE
    if blocks._LINK.fullmatch(text):
        return LineKind.LINK
    if blocks._APPARATUS.fullmatch(text) or (len(text) <= 20 and blocks._CLOCK.fullmatch(text)):
        return LineKind.APPARATUS
    if blocks._FENCED_DIV.fullmatch(text) or blocks._REST_MARKUP.fullmatch(text):
        return LineKind.APPARATUS
    if len(text) <= 12 and text.casefold() in blocks._IMAGE_PLACEHOLDERS:
        return LineKind.IMAGE
    if len(text) <= 300 and blocks._CAPTION.match(text):
        return LineKind.CAPTION
    return LineKind.TEXT


_LINE_PIECES = st.sampled_from(list("#![]()*_-\\<>/h{}%图圖摄攝pPiIcC:：|｜丨12 ab王\t")) | st.sampled_from(
    ("http://", "https://", "<hr>", "photo credit", "Image", "---", " * * *", "<!-- x -->", "{{< fig >}}", ":::", ".. ", ".", "note::")
)


@settings(max_examples=1000)
@given(st.lists(_LINE_PIECES, min_size=1, max_size=12).map("".join))
@example("Photo: Ana Lima")
@example("https://example.com/a")
@example("* * *")
@example("\\- - -")
def test_gates_classify_guards_turn_away_nothing(pieces: str) -> None:
    text = pieces.strip()
    if text:
        assert classify(text)[0] == _classify_unguarded(text), text


_IMAGE_PIECES = st.sampled_from(["!", "[", "]", "(", ")", "a", " ", "\t", '"', "![a](b)", "[![a](b)](c)", '![x](y "t")', "(z)", "x", "\\"])


@settings(max_examples=2000)
@given(st.lists(_IMAGE_PIECES, min_size=1, max_size=12).map("".join))
@example("![a](b)![a](b)x")
@example("[![a](b)](c) ![x](y \"t\")")
def test_gates_a_line_of_images_read_one_at_a_time_is_the_pattern_repeated(text: str) -> None:
    assert blocks._images_only(text) == (_LINE_OF_IMAGES.fullmatch(text) is not None)


_RULE_PIECES = st.sampled_from(["*", "_", "-", "\\", " ", "\t", "<", "hr", "/", ">", "x", "<hr>", "\\*"])


@settings(max_examples=2000)
@given(st.lists(_RULE_PIECES, min_size=1, max_size=12).map("".join))
@example("* * *")
@example("\\- \\- \\-")
@example("\\\\***")
@example("**\\")
def test_gates_a_counted_rule_is_the_rule_pattern(text: str) -> None:
    text = text.strip()
    if text and text[0] in "*_-\\<":
        assert blocks._is_rule(text) == (_RULE.fullmatch(text) is not None)


class _Silent:
    """A line detector that proposes nothing: a table holding it is not built-in only, so the
    parser remembers no line's answer."""

    name = "silent"

    def detect(self, line: object, context: object) -> None:
        return None


_UNREMEMBERED = Parser(detectors=[*BUILTIN_DETECTORS, _Silent()])
_LINE_CHOICES = st.sampled_from(
    ["**Ana** Why is that so", "Q: x", "Ana: hi?", "> **Ana:** Where?", "00:01 - Ana", "Ana Lima", "", "text.", "**Bo:**", "问：为什么？"]
)


@settings(max_examples=500)
@given(st.lists(_LINE_CHOICES, min_size=1, max_size=12).map("\n".join))
@example("**Ana** Why is that so\n**Ana** Why is that so")
def test_gates_a_line_remembered_for_equal_lines_reads_as_it_would_alone(text: str) -> None:
    """The memo of short equal lines never changes a reading: the first line, told by its index
    alone (nothing above it in its paragraph), is not remembered for the others."""
    assert parse(text).to_dict() == _UNREMEMBERED.parse(text).to_dict()
