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
from collections.abc import Iterable
from typing import NamedTuple

import regex

from .inline import strip_markup

__all__ = ["Line", "LineKind", "scan_lines"]


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


_ATX = regex.compile(r"(?P<hashes>#{1,6})[ \t]+(?P<title>.{0,1000}?)(?:[ \t]+#+)?(?:[ \t]*\{[#.][^{}]{0,200}\})?[ \t]*")
_IMAGE = regex.compile(r"(?:\[?!\[[^\[\]]{0,500}\]\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}+(?:[ \t]+\"[^\"]{0,300}\")?\)\]?(?:\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}+\))?[ \t]*)++")  # possessive: a line of images that fails at its end must not retry every split
_IMAGE_PLACEHOLDERS = frozenset(
    "图片 圖片 [图片] [圖片] 图 圖 image photo picture 视频 視頻 [image] [photo] [video] (image) （图片） （圖片）".split()
)
_CAPTION = regex.compile(r"(?:图片来源|圖片來源|图源|圖源|图片|圖片|图|圖|摄影|攝影|photo|image|credit|photo credit)[ \t]*[:：|｜丨].{0,300}", regex.IGNORECASE)
_CAPTION_FIRST = frozenset("图圖摄攝pPiIcC")  # first characters of the _CAPTION words, either case
_RULE = regex.compile(r"(?:(?:\\?[*_-][ \t]*){3,}|<hr\s*/?>)")
_LINK = regex.compile(r"(?:\[[^\[\]]{0,500}\]\((?:[^()\s]|\([^()\s]{0,200}\)){1,2000}+\)|<?https?://\S{1,2000}?>?)")
_CLOCK = regex.compile(r"\d{1,2}:\d{2}(?::\d{2})?[ \t]?(?:[AaPp]\.?[Mm]\.?)?(?:[ \t]\p{Lu}{2,4})?")
_APPARATUS = regex.compile(r"(?:\[TOC\]|\[toc\]|<!--.{0,2000}-->|\{\{[<%].{0,2000}[%>]\}\}|\{%.{0,2000}%\})")


def _has_caption_separator(text: str) -> bool:
    return ":" in text or "：" in text or "|" in text or "｜" in text or "丨" in text


def classify(text: str) -> tuple[str, int, str]:
    """Kind, heading level and heading title of one stripped, non-blank line."""
    first = text[0]
    if first == "#":
        match = _ATX.fullmatch(text)
        if match is not None and match["title"]:
            return LineKind.HEADING, len(match["hashes"]), strip_markup(match["title"])[0].strip()
    elif (first == "!" or text.startswith("[![")) and _IMAGE.fullmatch(text):
        return LineKind.IMAGE, 0, ""
    # each pattern is tried only when a cheap necessary condition holds: a regex call costs more
    if first in "*_-\\<" and (first == "<" or not text.strip("\\*_- \t")) and _RULE.fullmatch(text):
        return LineKind.RULE, 0, ""
    if (first in "[<" or text.startswith("http")) and _LINK.fullmatch(text):
        return LineKind.LINK, 0, ""
    if first in "[<{" and _APPARATUS.fullmatch(text):
        return LineKind.APPARATUS, 0, ""
    if first.isdigit() and len(text) <= 20 and _CLOCK.fullmatch(text):
        return LineKind.APPARATUS, 0, ""  # "2:15 P.M. EDT": when the session began or ended
    if len(text) <= 12 and text.casefold() in _IMAGE_PLACEHOLDERS:
        return LineKind.IMAGE, 0, ""
    if first in _CAPTION_FIRST and len(text) <= 300 and _has_caption_separator(text) and _CAPTION.match(text):
        return LineKind.CAPTION, 0, ""
    return LineKind.TEXT, 0, ""


def scan_lines(numbered: Iterable[tuple[int, str]]) -> list[Line]:
    """Tag and group ``(line number, text)`` pairs in one pass; blank text ends a paragraph.

    Earlier stages may split one source line into several (``<br>`` in HTML)
    or blank one out: they pass the source line number along with each piece,
    so every :class:`Line` still points at its source line.
    """
    out: list[Line] = []
    paragraph = 0
    blank = True
    text_kind = (LineKind.TEXT, 0, "")
    for number, raw in numbered:
        stripped = raw.strip()
        if not stripped:
            if not blank:
                paragraph += 1
            blank = True
            continue
        blank = False
        if stripped[0] in _MAY_BE_APPARATUS or stripped[0].isdigit() or len(stripped) <= 12:
            kind, level, title = classify(stripped)
        else:
            kind, level, title = text_kind  # most lines: speech
        indent = 0 if raw[0] == stripped[0] else len(raw) - len(raw.lstrip())
        out.append(_new_line((number, stripped, paragraph, kind, level, title, indent)))
    return out


_MAY_BE_APPARATUS = frozenset("#![*_-\\<h{") | _CAPTION_FIRST
"""First characters of every line :func:`classify` does not call text (besides digits and short lines)."""
_new_line = functools.partial(tuple.__new__, Line)
"""``Line(*fields)`` without the keyword handling of a named tuple's ``__new__``: one is made per line."""
