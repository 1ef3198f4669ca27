"""One pass over the body's lines: number them, group them into paragraphs, tag apparatus.

A paragraph is a run of non-blank lines. It is *not* assumed to be one
speaker's speech: transcripts put a label and its speech on consecutive lines
(``主持人`` then the question), so detectors look at every line.

Lines that are never speech are tagged here, once: Markdown ``#`` headings,
images and image placeholders, captions, thematic breaks, link-only lines,
markers like ``[TOC]``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import regex

from .inline import strip_markup
from .punctuation import SENTENCE_MARKS

__all__ = ["CUE_TIMING", "Line", "LineKind", "below_cue_timing", "scan_lines"]


class LineKind:
    """What a line is before any speaker is considered."""

    TEXT = "text"
    HEADING = "heading"
    IMAGE = "image"
    CAPTION = "caption"
    RULE = "rule"
    LINK = "link"
    APPARATUS = "apparatus"
    """Markers, comments, shortcodes and clock times: page furniture, not speech."""
    CODE = "code"
    """A fenced code block's lines, fences included: kept as text where they stand, never a label or heading."""


class Line(NamedTuple):
    """One non-blank body line.

    A named tuple rather than an attrs class: one is made for every line of
    every document, and a tuple is built several times faster.
    """

    number: int
    """1-based line number in the source."""
    text: str
    """The line as written, leading and trailing whitespace removed."""
    paragraph: int
    """Index of the paragraph (run of non-blank lines) it belongs to."""
    kind: str = LineKind.TEXT
    """One of the :class:`LineKind` values."""
    level: int = 0
    """Markdown heading level for ``#`` headings."""
    title: str = ""
    """Heading text for ``#`` headings."""
    indent: int = 0
    """How many whitespace characters stood before ``text`` in the source."""


_ATX = regex.compile(r"(?P<hashes>#{1,6})[ \t\u00a0]+(?P<title>.{0,1000}?)(?:[ \t]+#+)?(?:[ \t]*\{[#.][^{}]{0,200}\})?[ \t]*")
_ATX_LONGEST = 1500
"""The longest line read as a heading: its title, closing hashes and attributes (a line padded with
thousands of spaces made the heading patterns try every split of it)."""
_ATX_TIGHT = regex.compile(r"(?P<hashes>#{2,6})(?P<title>[\p{L}*][^#]{0,1000})")
"""``###问：…`` -- hashes with no space before a word, a heading to kramdown and older Markdown
(CommonMark wants the space); one ``#`` before a word is a hashtag."""
_IMAGE = regex.compile(r"\[?!\[[^\[\]]{0,500}\]\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}+(?:[ \t]+\"[^\"]{0,300}\")?\)\]?(?:\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}+\))?[ \t]*")
"""One image (linked, or with a title) and the spaces after it; :func:`_images_only` reads a line of them."""


def _images_only(text: str) -> bool:
    """Whether ``text`` is one image or more and nothing else.

    Read one image at a time, never going back (as a possessive repeat of
    :data:`_IMAGE` would): the repeat kept a record per image, 80x the size of
    a long line of images that fails at its end.
    """
    position = 0
    while position < len(text):
        match = _IMAGE.match(text, position)
        if match is None:
            return False
        position = match.end()
    return True
_IMAGE_PLACEHOLDERS = frozenset(
    "图片 圖片 [图片] [圖片] 图 圖 image photo picture 视频 視頻 [image] [photo] [video] (image) （图片） （圖片）".split()
)
_CAPTION = regex.compile(r"(?:图片来源|圖片來源|图源|圖源|图片|圖片|图|圖|摄影|攝影|photo|image|credit|photo credit)[ \t]*[:：|｜丨].{0,300}", regex.IGNORECASE)
_CAPTION_FIRST = frozenset("图圖摄攝pPiIcC")  # first characters of the _CAPTION words, either case
_HR = regex.compile(r"<hr\s*/?>")
_BARE_BACKSLASH = regex.compile(r"\\(?![*_-])")
_LINK = regex.compile(r"(?:\[[^\[\]]{0,500}\]\((?:[^()\s]|\([^()\s]{0,200}\)){1,2000}+\)|<?https?://\S{1,2000}?>?)")
_CLOCK = regex.compile(r"\(?\d{1,2}:\d{2}(?::\d{2})?[ \t]?(?:[AaPp]\.?[Mm]\.?)?(?:[ \t]\p{Lu}{2,4})?\)?")
_CUE_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
CUE_TIMING = regex.compile(rf"(?P<start>{_CUE_TIME})[ \t]{{1,4}}-->[ \t]{{1,4}}{_CUE_TIME}(?:[ \t][^\n]{{0,200}})?")
"""A caption cue's timing line (WebVTT ``00:01.000 --> 00:04.000 align:start``, SubRip
``00:00:05,417 --> 00:00:23,087``): when the cue is shown, not what is said."""


def below_cue_timing(lines: Sequence[Line], index: int) -> bool:
    """Whether line ``index`` is right below a caption cue's timing, in its cue: the cue's text."""
    above = lines[index - 1] if index else None
    return (
        above is not None
        and above.kind == LineKind.APPARATUS
        and above.paragraph == lines[index].paragraph
        and "-->" in above.text
        and CUE_TIMING.fullmatch(above.text) is not None  # not an HTML comment's "-->"
    )


_FENCED_DIV = regex.compile(
    r":{3,}+[ \t]*+(?:\{[^{}\n]{0,300}\}[ \t]*+:*+|[.#]?[a-z][\w.-]{0,40}+(?:[ \t]*+:*+|[ \t]++[^:{}\n]{1,200}+))?[ \t]*+"
)
"""A fenced div's fence (Pandoc, Quarto, markdown-it-container, VitePress, Docusaurus: ``::: {.note}``,
``::: .aside``, ``:::tip``, ``::: info Follow-ups``, ``:::``): the box around some text, not text.
Words between colons (``::: second tape starts here :::``) are a note, and text."""
_REST_MARKUP = regex.compile(
    r"\.\.[ \t]++(?:[\w-]{1,40}::.{0,300}|_[^:\n]{1,200}:.{0,300}|\|[^|\n]{1,100}\|.{0,300}|\[[^\]\n]{1,50}\][ \t].{0,300}"
    r"|(?:vale|cspell|spelling|textlint|markdownlint|noqa|lint)[\w-]{0,20}+[ \t]++(?:on|off)(?:[ \t].{0,100})?)"
)
"""reStructuredText's explicit markup (``.. note::``, ``.. _target:``, ``.. |name| image::``, a
footnote ``.. [1] …``) or a linter's switch (``.. vale off``): markup, not text. Other lines after
two dots are an ellipsis (``.. wait, yes``, ``.. hold on``)."""
_APPARATUS = regex.compile(r"(?:\[TOC\]|\[toc\]|<!--.{0,2000}-->|\{\{[<%].{0,2000}[%>]\}\}|\{%.{0,2000}%\}|\{:[^{}\n]{0,300}\})")


def _is_rule(text: str) -> bool:
    """A thematic break: ``<hr>``, or three or more of ``*``, ``_``, ``-``, each maybe escaped,
    blanks between; ``text`` starts with one of them or ``\\``, or with ``<``.

    Counted, not matched: a pattern repeated per character kept a record of each
    (64x the size of a long line of stars).
    """
    if text[0] == "<":
        return _HR.fullmatch(text) is not None
    if text.strip("\\*_- \t"):
        return False
    markers = len(text) - text.count("\\") - text.count(" ") - text.count("\t")
    return markers >= 3 and ("\\" not in text or _BARE_BACKSLASH.search(text) is None)


def _has_caption_separator(text: str) -> bool:
    return ":" in text or "：" in text or "|" in text or "｜" in text or "丨" in text


def classify(text: str) -> tuple[str, int, str]:
    """Kind, heading level and heading title of one stripped, non-blank line."""
    first = text[0]
    if first == "#" and len(text) <= _ATX_LONGEST:
        match = _ATX.fullmatch(text) or _ATX_TIGHT.fullmatch(text)
        if match is not None and match["title"]:
            return LineKind.HEADING, len(match["hashes"]), strip_markup(match["title"])[0].strip()
    elif (first == "!" or text.startswith("[![")) and _images_only(text):
        return LineKind.IMAGE, 0, ""
    # each pattern is tried only when a cheap necessary condition holds: a regex call costs more
    if first in "*_-\\<" and _is_rule(text):
        return LineKind.RULE, 0, ""
    if (first in "[<" or text.startswith("http")) and _LINK.fullmatch(text):
        return LineKind.LINK, 0, ""
    if first in "[<{" and _APPARATUS.fullmatch(text):
        return LineKind.APPARATUS, 0, ""
    if (first == ":" and text.startswith(":::") and _FENCED_DIV.fullmatch(text)) or (first == "." and text.startswith("..") and _REST_MARKUP.fullmatch(text)):
        return LineKind.APPARATUS, 0, ""
    if first == "&" and text.casefold() in _SPACERS:
        return LineKind.APPARATUS, 0, ""  # an editor's blank line, written as an entity
    if first.isdigit() and "-->" in text and CUE_TIMING.fullmatch(text):
        return LineKind.APPARATUS, 0, ""  # a caption cue's timing (and see scan_lines for its number)
    if first == "W" and text == "WEBVTT":
        return LineKind.APPARATUS, 0, ""  # a WebVTT file's signature line
    if (first.isdigit() or first == "(") and len(text) <= 22 and _CLOCK.fullmatch(text):
        return LineKind.APPARATUS, 0, ""  # "2:15 P.M. EDT", "(10:12 a.m.)": when the session began or ended
    if len(text) <= 12 and text.casefold() in _IMAGE_PLACEHOLDERS:
        return LineKind.IMAGE, 0, ""
    if first in _CAPTION_FIRST and len(text) <= 300 and _has_caption_separator(text) and _CAPTION.match(text):
        return LineKind.CAPTION, 0, ""
    return LineKind.TEXT, 0, ""


_SPACERS = frozenset({"&nbsp;", "&#160;", "&#xa0;", "&ensp;", "&emsp;", "&#8203;"})
"""Lines that hold only a space written as an entity (``&nbsp;``): a blank line, not text."""
_FENCES = ("```", "~~~")


def _fenced(numbered: list[tuple[int, str]]) -> set[int]:
    """Positions of the lines of closed fenced code blocks, fences included.

    A fence that never closes is not a code block here: one stray
    `````` must not hide the rest of a transcript from the detectors.
    """
    inside: set[int] = set()
    opened: int | None = None
    fence = ""
    for position, (_, raw) in enumerate(numbered):
        stripped = raw.strip()
        if not stripped.startswith(_FENCES):
            continue
        if opened is None:
            if stripped[0] == "`" and "`" in stripped.lstrip("`"):
                continue  # ```a gloss``` on one line: code inline (an opening fence's words hold no backtick)
            opened, fence = position, stripped[:3]
        elif stripped.startswith(fence) and not stripped.strip(fence[0]):
            inside.update(range(opened, position + 1))
            opened = None
    return inside


def scan_lines(numbered: Iterable[tuple[int, str]], *, fences: bool = True) -> list[Line]:
    """Tag and group ``(line number, text)`` pairs in one pass; blank text ends a paragraph.

    ``fences=False`` says the text holds no code fence (the caller checked the
    whole text at once), which saves looking at every line for one.

    Earlier stages may split one source line into several (``<br>`` in HTML)
    or blank one out: they pass the source line number along with each piece,
    so every :class:`Line` still points at its source line.
    """
    out: list[Line] = []
    paragraph = 0
    blank = True
    text_kind = (LineKind.TEXT, 0, "")
    code_kind = (LineKind.CODE, 0, "")
    code: set[int] = set()
    kinds: dict[str, tuple[str, int, str]] = {}  # classify's answer per short text: pages repeat their short lines
    if fences:  # fences are paired before the walk; without them the pairs stream through it
        numbered = pairs = numbered if isinstance(numbered, list) else list(numbered)
        if any("```" in raw or "~~~" in raw for _, raw in pairs):
            code = _fenced(pairs)
    apparatus, new_line = LineKind.APPARATUS, _new_line  # locals in the loop: it runs once per line
    for position, (number, raw) in enumerate(numbered):
        stripped = raw.strip()
        if not stripped:
            if not blank:
                paragraph += 1
            blank = True
            continue
        blank = False
        if stripped == "\\" and not (code and position in code):
            # Pandoc's hard break alone on a line: an empty line written as markup, ending the paragraph
            out.append(_new_line((number, stripped, paragraph, LineKind.APPARATUS, 0, "", 0)))
            paragraph += 1
            blank = True
            continue
        first = stripped[0]
        if code and position in code:
            kind, level, title = code_kind
        elif first in "=-" and out and _setext(stripped, out, paragraph):
            heading = out[-1]
            out[-1] = heading._replace(kind=LineKind.HEADING, level=1 if first == "=" else 2, title=strip_markup(heading.text)[0].strip())
            kind, level, title = LineKind.RULE, 0, ""  # the underline: markup
        elif first in _MAY_BE_APPARATUS or first.isdigit() or len(stripped) <= 12:
            if len(stripped) > _REMEMBERED_MAX:
                kind, level, title = classify(stripped)
            else:
                known = kinds.get(stripped)
                if known is None:
                    known = kinds[stripped] = classify(stripped)
                kind, level, title = known
        else:
            kind, level, title = text_kind  # most lines: speech
        if (
            kind == apparatus
            and out
            and out[-1].paragraph == paragraph
            and "-->" in stripped
            and (len(out) < 2 or out[-2].paragraph != paragraph)
            and CUE_TIMING.fullmatch(stripped) is not None  # not an HTML comment's "-->"
        ):
            out[-1] = out[-1]._replace(kind=LineKind.APPARATUS)  # a cue's number or identifier, above its timing
        indent = 0 if raw[0] == first else len(raw) - len(raw.lstrip())
        out.append(new_line((number, stripped, paragraph, kind, level, title, indent)))
    return out


_SETEXT_TEXT_MAX = 80
_REMEMBERED_MAX = 80
"""The longest line whose kind :func:`scan_lines` remembers for equal lines (repeated lines are short)."""
_SENTENCE_END = frozenset((*SENTENCE_MARKS, *":：;；,，"))


def _setext(underline: str, out: list[Line], paragraph: int) -> bool:
    """Whether ``underline`` (``====`` or ``----``) makes the line above it a setext heading.

    Only a one-line paragraph is underlined (the line above starts its
    paragraph, or follows another heading's underline), and only a short
    line that does not end a sentence: ``text\n---`` in a transcript is a
    rule under speech more often than a heading.
    """
    if len(underline) < 2 or underline.strip(underline[0]):
        return False
    above = out[-1]
    if above.kind != LineKind.TEXT or above.paragraph != paragraph:
        return False
    if len(out) > 1 and out[-2].paragraph == above.paragraph and out[-2].kind != LineKind.RULE:
        return False  # a paragraph of several lines
    return len(above.text) <= _SETEXT_TEXT_MAX and above.text[-1] not in _SENTENCE_END


_MAY_BE_APPARATUS = frozenset("#![*_-\\<h{(:.") | _CAPTION_FIRST
"""First characters of every line :func:`classify` does not call text (besides digits and short lines)."""
_new_line = functools.partial(tuple.__new__, Line)
"""``Line(*fields)`` without the keyword handling of a named tuple's ``__new__``: one is made per line."""
