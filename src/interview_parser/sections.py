"""Is this line a section heading? One documented rule set for the traps.

* A Markdown ``#`` heading is a heading whatever its words, unless it repeats
  the title or is page furniture by its shape: a heading that is only a link
  (``### [返回首页](…)``).
* A line that is bold from end to end is a heading when it is short, does
  not end a sentence (``。？！.?!…``), and stands on its own: alone in its
  paragraph or directly above a speaker label. Inside a turn it must also be
  followed by a label (a bold sentence inside an answer is *emphasis*).
* A short plain line standing alone right above a label, in a document
  that has two or more such lines, is a heading (``Early years``).
* Between speakers' turns (inside the conversation, or right above a
  label), a plain line in capitals of two or more words standing alone
  (``EXECUTIVE SESSION``) is a heading; consecutive ones are one heading.
* A numbered line (``1.計算力…``, ``一、…``, ``壹、…``, ``（一）…``, ``第一部分``,
  ``Part 2:``, ``01 …``) follows the same rule; when bold it may also stand
  inside a turn. Plain ``1.``/``01`` lines count only in documents with
  speakers (elsewhere they are list items); the other numberings always do.
* A bold line right after a question written in bold continues that question.
* Sentence punctuation is looked for before closing quotes (``“…。”``).
* A heading may end in a question mark when numbered (``04 還有明天嗎？``) or
  standing between turns (``**下一步：搬唔搬？**``); inside a turn the rule
  above still makes a bold question emphasis, and in a page without speakers
  a bold question is an FAQ entry, not a heading.
* In a document with speakers, a line ending in a colon leads into what
  follows (``**以下为对话实录：**``); it is not a heading.
* A short bold line containing a credit word (``**战友之声翻译组**``) is a
  credit, not a heading.
* A bold or plain line whose words are a page field (``划重点``, ``Note``:
  :attr:`.Conventions.field_words`) is not a heading.
"""

from __future__ import annotations

import unicodedata

import regex

from .blocks import Line, LineKind
from .conventions import DEFAULT_CONVENTIONS, Conventions
from .inline import wrapped
from .normalize import fold, speaker_key
from .punctuation import QUESTION_MARKS, SENTENCE_MARKS

__all__ = ["bold_inner", "could_be_heading", "heading_title", "is_caps_line", "is_index_line", "is_link_heading", "same_title", "title_text"]

_NUMERALS = "一二三四五六七八九十壹貳贰叁參参肆伍陸陆柒捌玖拾"
# numbering that marks headings whatever the document is: 一、 壹、 （一） 第一部分 Part 2:
_HEADING_NUMBERED = regex.compile(
    rf"(?:[{_NUMERALS}]{{1,3}}[、.．]|[（(][{_NUMERALS}\d]{{1,3}}[)）]|第[{_NUMERALS}\d]{{1,3}}[章节節部分篇回]"
    r"|(?:Part|PART|Chapter|CHAPTER|Section|SECTION)[ \t]\d{1,2}\b[:.]?)[ \t\u3000\u00a0]{0,4}\S"
)
_HEADING_NUMBER_FIRST = frozenset(_NUMERALS + "（(第PCS")
"""Every character :data:`_HEADING_NUMBERED` can start with: the pattern is tried only on them."""
# numbering that may also mark list items: 1. 01
_NUMBERED = regex.compile(r"(?:\d{1,2}[.、．]|\d{1,2}[ \t\u3000\u00a0])[ \t\u3000\u00a0]{0,4}\S")
_YEAR = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_CLOSERS = "”」』’\"'）)】》"
_ENDS_SENTENCE = frozenset((*SENTENCE_MARKS, "；", ";", "，", ",", "、"))
_QUESTION_END = frozenset((*QUESTION_MARKS, "！", "!"))
_MAX_HEADING = 60
_CREDIT_LINE = 12
"""Longest bold line read as a credit (``**战友之声翻译组**``) when it merely contains a credit word."""
_MAX_CAPS_HEADING = 80
_LINK = r'\[[^\[\]]{0,500}\]\([^()\s]{0,2000}(?:[ \t]{1,4}"[^"\n]{0,500}")?\)'
_LINK_HEADING = regex.compile(rf"#{{1,6}}[ \t]+{_LINK}(?:[ \t]{{0,4}}[>»›|/·•][ \t]{{0,4}}{_LINK}){{0,20}}[ \t]*#*")
"""A heading that is only a link, or a trail of links (``[Home](…) > [News](…)``): navigation."""


def _numbered(text: str) -> bool:
    """``_NUMBERED.match(text)``, tried only when ``text`` starts with what may be a digit to the
    pattern (a character Python's tables do not know yet may be one to ``regex``'s)."""
    first = text[:1]
    if not (first.isdigit() or (first and not first.isascii() and unicodedata.category(first) == "Cn")):
        return False
    return _NUMBERED.match(text) is not None


def bold_inner(text: str) -> str | None:
    """The text of a line that is bold from end to end (``**x**``, ``__x__``, ``**_x_**``), else ``None``."""
    found = wrapped(text, 200)
    if found is None or ("**" not in found[0] and "__" not in found[0]):
        return None
    return found[1].strip()


_KEYED_TITLE = regex.compile(r"(?i:title|titre|titel|título|titolo|标题|標題|题目|題目)[ \t]{0,2}[:：][ \t]{0,4}(?P<title>\S.*)")
"""``# Title: …``: a page saved by a crawler writes its title as a field in the first heading."""


def title_text(heading: str) -> str:
    """The title a heading states: its text, without a ``Title:`` key before it."""
    keyed = _KEYED_TITLE.fullmatch(heading) if ":" in heading or "：" in heading else None
    return heading if keyed is None else keyed["title"]


def same_title(a: str, b: str | None) -> bool:
    """Whether two headings say the same thing, ignoring width, script, case, spaces and a ``Title:`` key."""
    if b is None:
        return False
    return fold(title_text(a)) == fold(title_text(b))


def could_be_heading(line: Line, *, has_turns: bool = True) -> bool:
    """A cheap necessary condition for :func:`heading_title` (most lines are long speech).

    Without turns, a plain line is a heading only when it is numbered as one (``一、``, ``Part 2``).
    """
    if line.kind == LineKind.HEADING:
        return True
    if line.kind != LineKind.TEXT or len(line.text) > _MAX_CAPS_HEADING + 8:
        return False
    first = line.text[0]
    return has_turns or first in "*_" or (first in _HEADING_NUMBER_FIRST and _HEADING_NUMBERED.match(line.text) is not None)


_INDEX_ENTRY = regex.compile(
    r"(?:[-*+•·][ \t]+)?(?:\[[^\[\]]{1,300}\]\([^()\s]{1,2000}\)[ \t]*|\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t].{1,200})"
)


def is_index_line(line: Line) -> bool:
    """Whether a line is an entry of an index: a link (``- [2. Altair](#2-altair)``) or a
    timestamped chapter (``00:00 Intro``), as a contents list or a chapter list has them."""
    if line.kind in (LineKind.LINK, LineKind.IMAGE):
        return True
    return line.kind == LineKind.TEXT and _INDEX_ENTRY.fullmatch(line.text) is not None


_CAPS_LINE_MIN_LETTERS = 4


def is_caps_line(line: Line) -> bool:
    """A plain line in capitals of two or more words, without digits: ``EXECUTIVE SESSION``,
    ``P R O C E E D I N G S`` -- a heading where speakers take turns (hearings, court records)."""
    text = line.text
    if line.kind != LineKind.TEXT or " " not in text or len(text) > _MAX_CAPS_HEADING or text.lstrip("\\")[:1] in ("*", "_", "[", "("):
        return False
    letters = [char for char in text if char.isalpha()]
    return (
        len(letters) >= _CAPS_LINE_MIN_LETTERS
        and all(char.isupper() for char in letters)
        and not any(char.isdigit() for char in text)
        and text[-1] not in _ENDS_SENTENCE
    )


def is_link_heading(line: Line) -> bool:
    """Whether a ``#`` heading is only a link or a breadcrumb trail of links: navigation, not a section.

    A menu of two links or more may have only separators, symbols and spaces
    between and around them (``💥 [A](…)&nbsp;|&nbsp;[B](…)``), or a short
    lead-in ending in a colon (``网站代理：[A](…) | [B](…)``).
    """
    if line.kind != LineKind.HEADING or "](" not in line.text:
        return False
    if _LINK_HEADING.fullmatch(line.text) is not None:
        return True
    if len(_LINKS.findall(line.text)) < 2:
        return False  # "🔖 [An article](…)": a newsletter's item, a section
    rest = _LINKS.sub(" ", line.text.lstrip("#")).replace("&nbsp;", " ")
    return _NAVIGATION_REST.fullmatch(rest) is not None


_LINKS = regex.compile(_LINK)
_NAVIGATION_REST = regex.compile(r"[^\p{L}\p{N}]{0,200}(?:[\p{L}\p{N}][\p{L}\p{N} ]{0,7}[:：][^\p{L}\p{N}]{0,200})?")
"""What may stand around a navigation heading's links: separators and symbols, and one short lead-in."""


_ASIDE_OPENS = {"(": ")", "（": "）", "[": "]"}


def heading_title(
    line: Line,
    *,
    alone: bool,
    in_turn: bool,
    next_is_label: bool,
    has_turns: bool,
    in_bold_turn: bool = False,
    conventions: Conventions = DEFAULT_CONVENTIONS,
    structural: bool = False,
    marked_outline: bool = False,
) -> str | None:
    """The heading text of ``line``, or ``None`` when it is not a heading.

    ``alone``: the line is its own paragraph; ``in_turn``: a turn is open;
    ``next_is_label``: the next content line is a speaker label;
    ``has_turns``: the document has speaker labels at all;
    ``in_bold_turn``: the open turn is a question written in bold, which a
    further bold line continues; ``structural``: a plain line that the
    document's structure makes a heading (see :func:`.assemble.assemble`);
    ``marked_outline``: the document writes its sections as ``#`` headings, so
    a line numbered ``1.`` or ``1、``, plain or bold, is a list item's title.
    """
    if line.kind == LineKind.HEADING:
        return None if is_link_heading(line) else line.title
    if not could_be_heading(line):
        return None
    inner = bold_inner(line.text)
    text = inner if inner is not None else line.text
    if not text or len(text) > (_MAX_CAPS_HEADING if inner is None else _MAX_HEADING) or not (alone or next_is_label):
        return None
    if text[0] in _ASIDE_OPENS and text[-1] == _ASIDE_OPENS[text[0]]:
        return None  # "**(Schuss: Totale)**", "[Applause]": a stage direction, not a heading
    strong_number = text[0] in _HEADING_NUMBER_FIRST and _HEADING_NUMBERED.match(text) is not None
    # "06 de marzo de 2025" is a dateline, not a heading numbered 06
    numbered = strong_number or (_numbered(text) and _YEAR.search(text) is None)
    if marked_outline and numbered and not strong_number:
        return None  # "1、" / "**9、…**" under "## Tools": the title of a list item
    last = text.rstrip(_CLOSERS)[-1:] or text[-1]
    if last in _ENDS_SENTENCE and not (last in _QUESTION_END and (has_turns or numbered)):
        return None  # a question stands as a heading only between turns, or numbered
    caps = has_turns and (in_turn or next_is_label) and is_caps_line(line)
    if inner is None and not (strong_number or (numbered and has_turns) or caps or structural):
        return None
    if (has_turns or marked_outline) and text.endswith((":", "：")):
        # "**以下为对话实录：**": a lead-in to what follows, in a document with speakers, or
        # under "#" headings ("**Your answer:**")
        return None
    if conventions.is_field(speaker_key(text), partial=inner is not None and len(text) <= _CREDIT_LINE):
        return None
    if inner is not None and in_bold_turn:
        return None
    if in_turn and not next_is_label and not (numbered and inner is not None):
        return None
    item = _BOLD_ITEM.match(text) if inner is None else None
    words = bold_inner(text[item.end() :]) if item is not None else None
    # "2. **Sales**" over the questions nested under it: the item's bold words (its number is the list's markup)
    return words if words is not None else text


_BOLD_ITEM = regex.compile(r"(?:\d{1,3}[.)]|[-+*])[ \t]{1,4}(?=\*\*|__)")
"""A list item's marker before its bold words (``2. **Proceso de Ventas**``): Markdown's list markup."""
