"""Is this line a section heading? One documented rule set for the traps.

* A Markdown ``#`` heading is a heading, unless it repeats the title.
* A line that is bold from end to end is a heading when it is short, does
  not end a sentence (``。？！.?!…``), and stands on its own: alone in its
  paragraph or directly above a speaker label. Inside a turn it must also be
  followed by a label (a bold sentence inside an answer is *emphasis*).
* A numbered line (``1.計算力…``, ``一、…``, ``（一）…``, ``01 …``) follows the
  same rule; when bold it may also stand inside a turn.
* A heading may end in a question mark (``04 還有明天嗎？``, ``**下一步：搬唔搬？**``);
  inside a turn the rule above still makes a bold question emphasis.
* Apparatus titles (``划重点``, ``Note``) are never headings.
"""

from __future__ import annotations

import regex

from .blocks import Line, LineKind
from .detectors import is_field_label
from .normalize import speaker_key

__all__ = ["bold_inner", "heading_title", "same_title"]

_BOLD_LINE = regex.compile(r"(?P<m>\*\*\*|\*\*|__)(?P<inner>[^*\n]{1,200}?)(?P=m)")
_NUMBERED = regex.compile(
    r"(?:\d{1,2}[.、．]|\d{1,2}[ \t\u3000\u00a0]|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十\d]{1,3}[章节部分])[ \t\u3000\u00a0]{0,4}\S"
)
_ENDS_SENTENCE = frozenset("。！？!?…；;，,、.")
_QUESTION_END = frozenset("？?！!")
_MAX_HEADING = 60


def bold_inner(text: str) -> str | None:
    """The text of a line that is bold from end to end, else ``None``."""
    match = _BOLD_LINE.fullmatch(text)
    return match["inner"].strip() if match is not None else None


def same_title(a: str, b: str | None) -> bool:
    """Whether two headings say the same thing, ignoring width, script, case and spaces."""
    if b is None:
        return False
    return "".join(speaker_key(a).split()) == "".join(speaker_key(b).split())


def heading_title(line: Line, *, alone: bool, in_turn: bool, next_is_label: bool, has_turns: bool) -> str | None:
    """The heading text of ``line``, or ``None`` when it is not a heading.

    ``alone``: the line is its own paragraph; ``in_turn``: a turn is open;
    ``next_is_label``: the next content line is a speaker label;
    ``has_turns``: the document has speaker labels at all.
    """
    if line.kind == LineKind.HEADING:
        return line.title
    if line.kind != LineKind.TEXT or len(line.text) > _MAX_HEADING + 8:
        return None
    inner = bold_inner(line.text)
    text = inner if inner is not None else line.text
    if not text or len(text) > _MAX_HEADING or not (alone or next_is_label):
        return None
    numbered = _NUMBERED.match(text) is not None
    if text[-1] in _ENDS_SENTENCE and text[-1] not in _QUESTION_END:
        return None
    if inner is None and not (numbered and has_turns):
        return None
    if is_field_label(speaker_key(text), partial=False):
        return None
    if in_turn and not next_is_label and not (numbered and inner is not None):
        return None
    return text
