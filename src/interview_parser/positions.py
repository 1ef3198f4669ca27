"""Character offsets into the caller's own text, for the spans on :class:`~.model.Turn`.

The parser reads normalised text (:mod:`.source`: no BOM, ``\\n`` line ends,
NFC), but an edit must be written into the string the caller passed, byte
order mark, CRLF and decomposed accents included. Line numbers agree between
the two texts; within a line, columns agree unless normalising changed the
line, which is rare: such a line is mapped by normalising its prefixes.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Mapping, Sequence

from .blocks import Line
from .detectors import SpeakerMatch

__all__ = ["SourceMap", "label_columns", "turn_spans"]

Span = tuple[int, int]

_BREAK = re.compile(r"\r\n|\r|\n")
_BREAK_WITH_BOM = re.compile(r"\r\ufeff*\n|\r|\n")
"""Removing U+FEFF first (as :func:`.source.normalize` does) can join a ``\\r`` and a ``\\n`` into one line end."""


def _normal(text: str) -> str:
    """One line as :func:`.source.normalize` leaves it."""
    return unicodedata.normalize("NFC", text.replace("\ufeff", ""))


class SourceMap:
    """Line and column of the normalised text → offset in the original; built once per document, in linear time."""

    def __init__(self, original: str, lines: Sequence[str]) -> None:
        self.original = original
        self.lines = lines
        """The normalised lines (:func:`.source.split_lines`), trailing white space removed."""
        pattern = _BREAK_WITH_BOM if "\ufeff" in original else _BREAK
        self.starts = array("q", [0])
        self.ends = array("q")
        for match in pattern.finditer(original):
            self.ends.append(match.start())
            self.starts.append(match.end())
        self.ends.append(len(original))

    def offset(self, line: int, column: int, *, end: bool = False) -> int:
        """Offset in the original of ``column`` (0-based, in normalised line ``line``, 1-based).

        Where normalising removed characters (U+FEFF), a start (``end=False``) is placed after them
        and an end before them, so a span holds only what was read.
        """
        start = self.starts[line - 1]
        normal = self.lines[line - 1]
        if self.original.startswith(normal, start):
            return start + column  # the line was not changed by normalising (nearly always)
        raw = self.original[start : self.ends[line - 1]]
        want = normal[:column]
        cut = self._shortest(raw, want)
        while not end and cut < len(raw) and _normal(raw[: cut + 1]) == want:
            cut += 1
        return start + cut

    @staticmethod
    def _shortest(raw: str, want: str) -> int:
        """The shortest prefix of ``raw`` that normalises to ``want``, or the nearest cut when none does."""
        column = len(want)
        low, high = 0, len(raw)
        while low < high:  # the shortest prefix whose normal form is at least ``column`` long
            middle = (low + high) // 2
            if len(_normal(raw[:middle])) < column:
                low = middle + 1
            else:
                high = middle
        for cut in range(low, len(raw) + 1):  # a cut must not split a character from its accents
            if _normal(raw[:cut]) == want:
                return cut
            if len(_normal(raw[:cut])) > column:
                break
        return low


def label_columns(source_line: str, line: Line, match: SpeakerMatch) -> tuple[int, Span | None]:
    """Where, in the normalised source line, the label's markup starts, and the label itself (``None`` when
    it is not written there as the detector read it, as after HTML or joined bold runs)."""
    if source_line.endswith(line.text):  # the body line is the source line without indent or margin numbers
        base = len(source_line) - len(line.text)
        begin = base + match.start
        if not match.label:
            return begin, None
        at = source_line.find(match.label, begin, base + max(match.end, match.start + len(match.label)))
        if at >= 0:
            return begin, (at, at + len(match.label))
        return begin, None
    at = source_line.find(match.label) if match.label else -1
    if at < 0:
        return len(source_line) - len(source_line.lstrip()), None
    return at, (at, at + len(match.label))


def turn_spans(
    positions: SourceMap,
    body: Sequence[Line],
    openers: Sequence[int],
    labels: Mapping[int, SpeakerMatch],
    last_lines: Sequence[int],
) -> list[tuple[Span, Span | None]]:
    """Each turn's span (from its label to the end of its last line) and its label's span, as offsets
    into the original text. ``openers``: the body index of each turn's first line."""
    out: list[tuple[Span, Span | None]] = []
    for index, last in zip(openers, last_lines, strict=True):
        line = body[index]
        begin, label = label_columns(positions.lines[line.number - 1], line, labels[index])
        start = positions.offset(line.number, begin)
        end = max(start, positions.offset(last, len(positions.lines[last - 1]), end=True))
        if label is not None:
            label = (positions.offset(line.number, label[0]), positions.offset(line.number, label[1], end=True))
        out.append(((start, end), label))
    return out
