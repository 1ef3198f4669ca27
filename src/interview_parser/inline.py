"""Inline Markdown: remove markup from a paragraph and keep where the emphasis was.

The scan is linear: one tokenising pass with a compiled pattern whose
quantifiers are all bounded, one pass pairing emphasis delimiters with a
stack, and one pass writing the plain text. Delimiters that find no partner
stay in the text as written, so no character is ever lost.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

import regex

__all__ = ["Span", "has_markup", "strip_markup", "wrapped"]

Span = tuple[int, int, str]
"""``(start, end, kind)`` offsets into the plain text; kind is ``strong`` or ``em``."""

_TOKEN = regex.compile(
    r"""
    (?P<escape>\\[!-/:-@\[-`{-~：︰])
  | (?P<image>!\[[^\[\]\n]{0,500}\]\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}+(?:[ \t]+"[^"\n]{0,300}")?\))
  | (?P<link>\[(?P<link_text>[^\[\]\n]{1,500})\]\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}+(?:[ \t]+"[^"\n]{0,300}")?\))
  | (?P<attributed>\[(?P<attributed_text>(?:[^\[\]\\]|\\.){1,500})\]\{[.#][A-Za-z][\w-]{1,40}(?:[ \t][^{}\n]{0,160})?\})
  | (?P<autolink><(?P<url>(?:https?|mailto):[^<>\s]{1,2000})>)
  | (?P<code>`(?P<code_text>[^`\n]{1,1000})`)
  | (?P<delim>\*{1,64}|_{1,64})
    """,
    regex.VERBOSE,
)


_ESCAPED = regex.compile(r"\\([!-/:-@\[-`{-~：︰])")
"""A backslash escape inside a span the tokens keep whole (an attributed span's text)."""


def wrapped(text: str, limit: int = 400) -> tuple[str, str] | None:
    """``(opener, inner)`` when ``text`` is emphasised from end to end, else ``None``.

    The closer mirrors the opener: ``**x**``, ``_x_``, ``***x***``,
    ``**_x_**``, ``_**x**_``. The inner text holds none of the opener's
    characters (``**a** and **b**`` is two runs, not one), but for a
    word emphasised inside bold (``**a *normal* day?**``: single marks,
    in pairs), and does not start or end with a space.
    """
    if len(text) < 3 or text[0] not in "*_" or text[-1] not in "*_":
        return None
    opener = text[: len(text) - len(text.lstrip("*_"))]
    if len(opener) > 3 or len(opener) * 2 >= len(text):
        return None
    if not text.endswith(opener[::-1]):
        return None
    inner = text[len(opener) : len(text) - len(opener)]
    if not inner or len(inner) > limit or inner[0].isspace() or inner[-1].isspace() or "\n" in inner:
        return None
    if any(char in inner for char in set(opener)) and not _emphasis_inside_bold(opener, inner):
        return None
    return opener, inner


def _emphasis_inside_bold(opener: str, inner: str) -> bool:
    """Whether ``inner``, inside a bold ``opener`` (``**``, ``__``), holds its mark only as single
    marks in pairs around words: emphasis inside bold, not a second bold run."""
    mark = opener[0]
    if len(opener) != 2 or opener[1] != mark or mark * 2 in inner or inner.count(mark) % 2:
        return False
    return inner[0] != mark and inner[-1] != mark


def has_markup(text: str) -> bool:
    """Cheap test: could ``text`` contain inline markup at all?

    Every token of the grammar holds one of these: ``*``/``_`` runs, an
    escape's ``\\``, an image's ``![``, a link's ``](``, a Pandoc span's ``]{``
    (``[highlighted]{.mark}``), an autolink's ``<``, a code span's backtick. (An exclamation mark or a bracket alone is not
    markup, and speech is full of them.)
    """
    # Substring searches run in C; a frozenset's ``isdisjoint(text)`` would hash
    # every character of the text and cost 15x more.
    return "*" in text or _has_other_markup(text)


def _has_other_markup(text: str) -> bool:
    """Markup other than ``*`` runs."""
    # a two-character search costs several one-character ones, so a one-character search guards each
    return (
        "_" in text
        or "\\" in text
        or ("!" in text and "![" in text)
        or ("]" in text and ("](" in text or "]{" in text))
        or "<" in text
        or "`" in text
    )


def _flanks(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether a delimiter run at ``text[start:end]`` may open and may close."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    can_open = not after.isspace()
    can_close = not before.isspace()
    if text[start] == "_":  # no intraword underscore emphasis
        can_open = can_open and not before.isalnum()
        can_close = can_close and not after.isalnum()
    return can_open, can_close


def strip_markup(text: str) -> tuple[str, list[Span]]:
    """Plain text of ``text`` and its emphasis spans."""
    if not has_markup(text):
        return text, []
    if not _has_other_markup(text):
        fast = _strip_bold_stars(text)
        if fast is not None:
            return fast
    return _strip_tokens(text)


class _Delimiter:
    """An emphasis delimiter (``**`` or ``*``, ``__`` or ``_``) and, once paired, its partner.

    Slotted, and paired by reference rather than by index: a paragraph may
    hold a great many (a 1 MB line of bold words).
    """

    __slots__ = ("can_close", "can_open", "kind", "marker", "partner")

    def __init__(self, marker: str, can_open: bool, can_close: bool) -> None:
        self.marker = marker
        self.kind = "strong" if len(marker) == 2 else "em"
        self.can_open = can_open
        self.can_close = can_close
        self.partner: _Delimiter | None = None


_MAX_RUN = 64
"""The longest run of ``*`` or ``_`` the tokeniser reads as one (a longer one is split, each part flanked alone)."""
_OPENS, _CLOSES = 1, 2
_DOUBLE = {"*": "**", "_": "__"}
"""One string for every double marker, not one per run."""


def _strip_tokens(text: str) -> tuple[str, list[Span]]:
    """The general path of :func:`strip_markup`: tokenise, pair, render."""
    pieces: list[str | _Delimiter] = []  # literal strings and delimiters
    last = 0
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if start > last:
            pieces.append(text[last:start])
        last = end
        kind = match.lastgroup
        if kind == "escape":
            pieces.append(text[start + 1])
        elif kind == "image":
            pass
        elif kind == "link":
            pieces.append(match["link_text"])
        elif kind == "attributed":
            pieces.append(_ESCAPED.sub(r"\1", match["attributed_text"]))
        elif kind == "autolink":
            pieces.append(match["url"])
        elif kind == "code":
            pieces.append(match["code_text"])
        else:
            can_open, can_close = _flanks(text, start, end)
            run = match.group()
            char, count = run[0], len(run)
            units = [_DOUBLE[char]] * (count // 2) + [char] * (count % 2)
            if count % 2 and can_close and not can_open:
                units.reverse()  # closing "***": em closes before strong
            for unit in units:
                pieces.append(_Delimiter(unit, can_open, can_close))
    if last < len(text):
        pieces.append(text[last:])
    _pair(pieces)
    return _render(pieces)


def _strip_bold_stars(text: str) -> tuple[str, list[Span]] | None:
    """:func:`strip_markup` for text whose only markup is ``**`` runs (even runs of four or more: see
    :func:`_strip_bold_runs`); ``None`` for any other ``*`` run.

    The common case (bold sentences) without building pieces: the same
    flanking test and the same pairing (a closer takes the nearest opener),
    so the result is the general path's.
    """
    size = len(text)
    runs: list[int] = []
    at = text.find("*")
    while at >= 0:
        end = at
        while end < size and text[end] == "*":
            end += 1
        if end - at != 2:
            # a run of four or more (``****`` between bold words): the general reading of such runs
            return _strip_bold_runs(text) if (end - at) % 2 == 0 else None
        runs.append(at)
        at = text.find("*", end)
    partner = [-1] * len(runs)  # -1: unpaired
    stack: list[int] = []
    for index, start in enumerate(runs):
        can_close = start > 0 and not text[start - 1].isspace()
        can_open = start + 2 < size and not text[start + 2].isspace()
        if stack and can_close:
            opener = stack.pop()
            partner[opener] = index
            partner[index] = opener
        elif can_open:
            stack.append(index)
    return _cut_pairs(text, runs, partner)


def _strip_bold_runs(text: str) -> tuple[str, list[Span]] | None:
    """:func:`_strip_bold_stars` for text whose ``*`` runs are all of even length, some longer
    than two (``**x****y**``, a line of bold words); ``None`` for any other run.

    A run of ``2n`` stars is ``n`` units of ``**``, each flanked as the whole run
    is (the tokeniser reads a run of up to 64 as one), paired as there: the result is
    the general path's. Kept apart from the two-star path, which lists serve faster.
    """
    size = len(text)
    # flat arrays, not lists of int objects: a 1 MB line of bold words has a third of a million units
    runs = array("q")  # where each "**" unit starts
    flanks = bytearray()  # and whether it may open (_OPENS), may close (_CLOSES)
    at = text.find("*")
    while at >= 0:
        end = at
        while end < size and text[end] == "*":
            end += 1
        if (end - at) % 2 or end - at > _MAX_RUN:
            return None
        flank = (_OPENS if end < size and not text[end].isspace() else 0) | (_CLOSES if at > 0 and not text[at - 1].isspace() else 0)
        runs.append(at)
        flanks.append(flank)
        for unit in range(at + 2, end, 2):  # a run of four or more: its other units
            runs.append(unit)
            flanks.append(flank)
        at = text.find("*", end)
    partner = array("q", [-1]) * len(runs)  # -1: unpaired
    stack: list[int] = []
    for index, flank in enumerate(flanks):
        if stack and flank & _CLOSES:
            opener = stack.pop()
            partner[opener] = index
            partner[index] = opener
        elif flank & _OPENS:
            stack.append(index)
    return _cut_pairs(text, runs, partner)


def _cut_pairs(text: str, runs: Sequence[int], partner: Sequence[int]) -> tuple[str, list[Span]]:
    """``text`` without the paired ``**`` units starting at ``runs`` (``partner[i]``: the unit
    unit ``i`` pairs with, ``-1`` for none: it stays as written), and the strong spans they made."""
    out: list[str] = []
    spans: list[Span] = []
    opened: dict[int, int] = {}
    last = 0
    removed = 0
    for index, start in enumerate(runs):
        other = partner[index]
        if other < 0:
            continue  # unpaired: stays in the text as written
        out.append(text[last:start])
        offset = start - removed
        removed += 2
        last = start + 2
        if other > index:
            opened[index] = offset
        else:
            begin = opened.pop(other)
            if offset > begin:
                spans.append((begin, offset, "strong"))
    out.append(text[last:])
    spans.sort()
    return "".join(out), spans


def _pair(pieces: list[str | _Delimiter]) -> None:
    """Pair delimiters: a closer takes the nearest open delimiter of the same marker."""
    open_at: dict[str, list[_Delimiter]] = {}
    for piece in pieces:
        if isinstance(piece, str):
            continue
        stack = open_at.setdefault(piece.marker, [])
        if stack and piece.can_close:
            opener = stack.pop()
            opener.partner = piece
            piece.partner = opener
        elif piece.can_open:
            stack.append(piece)


def _render(pieces: list[str | _Delimiter]) -> tuple[str, list[Span]]:
    out: list[str] = []
    offset = 0
    opened: dict[_Delimiter, int] = {}  # opener → where its span starts; an opener comes before its closer
    spans: list[Span] = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(piece)
            offset += len(piece)
            continue
        partner = piece.partner
        if partner is None:
            out.append(piece.marker)
            offset += len(piece.marker)
        elif partner in opened:
            start = opened.pop(partner)
            if offset > start:
                spans.append((start, offset, piece.kind))
        else:
            opened[piece] = offset
    spans.sort()
    return "".join(out), spans
