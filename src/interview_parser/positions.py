"""Character offsets into the caller's own text, for the spans on :class:`~.model.Turn`.

The parser reads normalised text (:mod:`.source`: no BOM, ``\\n`` line ends,
NFC), but an edit must be written into the string the caller passed, byte
order mark, CRLF and decomposed accents included. Line numbers agree between
the two texts; within a line, columns agree unless normalising changed the
line, which is rare: such a line is mapped by normalising its prefixes.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence

from .blocks import Line
from .detectors import SpeakerMatch
from .source import doubled_line_ends

__all__ = ["SourceMap", "label_columns", "span_pairs", "turn_spans"]

Span = tuple[int, int]
_NO_LABEL = (-1, -1)
"""A turn without a label's span, in :func:`turn_spans`."""

_BREAK = re.compile(r"\r\n|\r|\n")
_PLUS_ONE = (1).__add__
_BLOCK = 1 << 16
"""Characters of text :func:`_line_starts` splits at a time (and the rest of the line it ends in)."""
_BREAK_WITH_BOM = re.compile(r"\r\ufeff*\n|\r|\n")
"""Removing U+FEFF first (as :func:`.source.normalize` does) can join a ``\\r`` and a ``\\n`` into one line end."""
_DOUBLED_BREAK = re.compile(r"\r\r\n|\r\n|\r|\n")
_DOUBLED_BREAK_WITH_BOM = re.compile(r"\r\ufeff*\r\ufeff*\n|\r\ufeff*\n|\r|\n")
"""The line ends of a text whose every line ends in CR CR LF (:func:`.source.doubled_line_ends`)."""


def _line_starts(original: str) -> array[int]:
    """Offset of each line's first character in a text whose lines end in ``\\n`` alone: the lines'
    lengths added up, a block of lines at a time (the whole text split at once held a string per line)."""
    starts = array("q", [0])
    at, size = 0, len(original)
    while at < size:
        cut = original.find("\n", at + _BLOCK)
        stop = size if cut < 0 else cut + 1  # a block ends at a line end
        lengths = map(len, original[at:stop].split("\n")[:-1])
        starts.extend(itertools.islice(itertools.accumulate(map(_PLUS_ONE, lengths), initial=at), 1, None))
        at = stop
    return starts


def _normal(text: str) -> str:
    """One line as :func:`.source.normalize` leaves it."""
    return unicodedata.normalize("NFC", text.replace("\ufeff", ""))


class SourceMap:
    """Line and column of the normalised text → offset in the original; built once per document, in linear time."""

    def __init__(self, original: str, lines: Sequence[str] | None = None, *, normalised: bool = False) -> None:
        self.original = original
        self._lines = lines
        """The normalised lines (:func:`.source.split_lines`), trailing white space removed; ``None``
        when ``original`` is normalised already, and its lines are read from it on demand (spans need
        a few lines, not a second copy of every one)."""
        self.normalised = normalised or lines is None
        """``original`` was normalised already: every column is its own offset in the line (the usual case)."""
        bom = "\ufeff" in original
        if "\r" in original and doubled_line_ends(original.replace("\ufeff", "") if bom else original):
            self._break = _DOUBLED_BREAK_WITH_BOM if bom else _DOUBLED_BREAK
        else:
            self._break = _BREAK_WITH_BOM if bom else _BREAK
        self.starts = array("q", [0])
        """Offset of each line's first character in ``original`` (index 0 for line 1)."""
        if "\r" in original or "\ufeff" in original:
            self.starts.extend(match.end() for match in self._break.finditer(original))
        else:  # "\n" alone ends a line: the starts add up the lines' lengths, at C speed
            self.starts = _line_starts(original)
        self._unchanged: dict[int, bool] = {}
        self._last: tuple[int, str] = (0, "")  # the line read last, with its number

    def unchanged(self, line: int) -> bool:
        """Whether normalising left ``line`` as it was written, so its columns are its offsets."""
        if self.normalised:
            return True
        found = self._unchanged.get(line)
        if found is None:
            found = self._unchanged[line] = self.original.startswith(self.line(line), self.starts[line - 1])
        return found

    def line(self, number: int) -> str:
        """Normalised line ``number`` (1-based), trailing white space removed."""
        if self._lines is not None:
            return self._lines[number - 1]
        if self._last[0] == number:
            return self._last[1]  # many turns on one line (captions run together) ask for it again and again
        text = self.original[self.starts[number - 1] : self._stop(number)]
        text = text.rstrip() if text and text[-1].isspace() else text
        self._last = (number, text)
        return text

    def _stop(self, number: int) -> int:
        """Where line ``number``'s line end stands in ``original``, when ``\\n`` alone ends lines."""
        return self.starts[number] - 1 if number < len(self.starts) else len(self.original)

    def line_end(self, number: int) -> int:
        """Offset in ``original`` of the end of line ``number`` as read (trailing white space left out)."""
        if self._lines is not None or not self.normalised:
            text = self.line(number)
            return self.starts[number - 1] + len(text) if self.unchanged(number) else self.offset(number, len(text), end=True)
        start, stop = self.starts[number - 1], self._stop(number)
        while stop > start and self.original[stop - 1].isspace():
            stop -= 1  # rare: a line with trailing spaces
        return stop

    def offset(self, line: int, column: int, *, end: bool = False) -> int:
        """Offset in the original of ``column`` (0-based, in normalised line ``line``, 1-based).

        Where normalising removed characters (U+FEFF), a start (``end=False``) is placed after them
        and an end before them, so a span holds only what was read.
        """
        start = self.starts[line - 1]
        if self.unchanged(line):
            return start + column  # nearly always
        stop = self._break.search(self.original, start)
        raw = self.original[start : len(self.original) if stop is None else stop.start()]
        want = self.line(line)[:column]
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


_PIECE_WITHIN = 4096
"""How far past the label before it a turn set apart from its source line is looked for."""


def label_columns(source_line: str, line: Line, match: SpeakerMatch, after: int = 0) -> tuple[int, Span | None]:
    """Where, in the normalised source line, the label's markup starts, and the label itself (``None`` when
    it is not written there as the detector read it). ``after``: where the previous label on the same
    source line ended (HTML puts a whole page on one line)."""
    if source_line.endswith(line.text):  # the body line is the source line without indent or margin numbers
        base = len(source_line) - len(line.text)
        return base + match.start, _label_in(source_line, base, match)
    indent = len(source_line) - len(source_line.lstrip())
    if source_line.startswith(line.text, indent):  # only markup after it was taken off (a voice span's ``</v>``)
        return indent + match.start, _label_in(source_line, indent, match)
    # one of the turns set apart from a line that ran them together (``… A. Because. Q. …``), looked
    # for near the label before it: a page of HTML on one line rewrites its text, and is not searched to its end per turn
    piece = source_line.find(line.text, after, after + _PIECE_WITHIN + len(line.text)) if line.text else -1
    if piece >= 0:
        return piece + match.start, _label_in(source_line, piece, match)
    found = _written_label(match.label).search(source_line, after) if match.label else None
    if found is None:
        return max(after, len(source_line) - len(source_line.lstrip())), None
    return found.start(), found.span()


@functools.lru_cache(maxsize=256)
def _written_label(label: str) -> re.Pattern[str]:
    """``label`` where a body line rewrote its source: as HTML writes a label, after a tag, a line
    break or the line's start, and before a colon or the end of its element (tags and spaces may
    stand between); or as a transcript table does, its first cell (``"Ana",…``, ``Ana:\t…``)."""
    return re.compile(
        rf"(?:(?<=>)|(?<=^)|(?<=\s)){re.escape(label)}(?=(?:\s|&nbsp;|</?[A-Za-z][^<>]{{0,200}}>)*(?:[:：︰]|</(?:p|div|h[1-6]|li|dt|td)>|$))"
        rf'|(?<=^"){re.escape(label)}(?=[:：]?"[,\t;])|^{re.escape(label)}(?=[:：]?[,\t;])'
    )


def _label_in(source_line: str, base: int, match: SpeakerMatch) -> Span | None:
    """The label where the detector read it, in a source line whose body line starts at ``base``."""
    if not match.label:
        return None
    begin = base + match.start
    at = source_line.find(match.label, begin, base + max(match.end, match.start + len(match.label)))
    if at >= 0:
        return at, at + len(match.label)
    return _split_runs(source_line, match.label, begin)


def _split_runs(source_line: str, label: str, begin: int) -> Span | None:
    """The label written in bold runs an editor split (``**马丁****·****霍尔曼：**``), markup and all."""
    if "****" not in source_line:
        return None
    found = re.compile("(?:\\*\\*\\*\\*)?".join(map(re.escape, label))).search(source_line, begin)
    return None if found is None else found.span()


def turn_spans(
    positions: SourceMap,
    firsts: Iterable[Line],
    labels: Iterable[SpeakerMatch],
    last_lines: Iterable[int],
) -> array[int]:
    """Each turn's span (from its label to the end of its last line) and its label's span, as offsets
    into the original text: four numbers per turn, its start and end, then its label's (``-1, -1``
    when it has none). ``firsts``: each turn's first body line (its label's); ``labels``: the label read there.

    One flat array rather than a pair of pairs per turn: on a page of one-line turns those
    tuples were 22x the input, next to the turns' drafts."""
    out = array("q")
    source, starts, unchanged, offset = positions.line, positions.starts, positions.unchanged, positions.offset
    taken: dict[int, int] = {}  # source line → where its last label ended, for several turns on one line
    # what the short way below adds to taken, kept flat until a turn the long way reads it (a page of
    # one-line turns has none that does; the dict was 2.5x the input)
    taken_lines, taken_ends = array("q"), array("q")
    original, fast = positions.original, positions.normalised and positions._lines is None
    line_end = _in_place_end(positions) if fast else positions.line_end
    shared = False  # whether a turn starts on the source line another ends on (HTML): then it ends where the next begins
    previous = 0  # the last line of the turn before
    for line, match, last in zip(firsts, labels, last_lines, strict=True):
        number = line.number
        text = line.text
        base = starts[number - 1]
        stop = base + len(text)
        shared = shared or number <= previous
        previous = last
        if fast and original.startswith(text, base) and original[stop : stop + 1] in ("\n", ""):
            # nearly always: the body line is its source line, as written; its label is where it was read
            start = base + match.start
            written = _NO_LABEL
            if match.label:  # _label_in, written out: it runs once per turn
                at = text.find(match.label, match.start, max(match.end, match.start + len(match.label)))
                found = (at, at + len(match.label)) if at >= 0 else _split_runs(text, match.label, match.start)
                if found is not None:
                    written = (base + found[0], base + found[1])
                    taken_lines.append(number)
                    taken_ends.append(found[1])
            out.extend((start, max(start, line_end(last)), *written))
            continue
        if taken_lines:
            taken.update(zip(taken_lines, taken_ends, strict=True))
            del taken_lines[:], taken_ends[:]
        begin, label = label_columns(source(number), line, match, taken.get(number, 0))
        if label is not None:
            taken[number] = label[1]
        if unchanged(number):  # the short way, for nearly every line
            start = base + begin
            if label is not None:
                label = (base + label[0], base + label[1])
        else:
            start = offset(number, begin)
            if label is not None:
                label = (offset(number, label[0]), offset(number, label[1], end=True))
        end = positions.line_end(last)
        out.extend((start, max(start, end), *(label or _NO_LABEL)))
    if shared:
        for at in range(0, len(out) - 4, 4):
            start, end, following = out[at], out[at + 1], out[at + 4]
            if start <= following < end:
                out[at + 1] = following
    return out


def span_pairs(spans: array[int]) -> Iterator[tuple[Span, Span | None]]:
    """The turns' spans of :func:`turn_spans`, a pair per turn: its span and its label's (or ``None``).

    A label that starts where its turn does shares the turn's start (one int object, not two:
    a page of one-line turns keeps one per turn)."""
    numbers = iter(spans)
    for start, end, label_start, label_end in zip(numbers, numbers, numbers, numbers, strict=True):
        if label_start < 0:
            yield (start, end), None
        else:
            yield (start, end), (start if label_start == start else label_start, label_end)


def _in_place_end(positions: SourceMap) -> Callable[[int], int]:
    """:meth:`SourceMap.line_end` for a map of normalised text, as a closure over its starts: called once per turn."""
    original, starts = positions.original, positions.starts
    count, size = len(starts), len(original)

    def line_end(number: int) -> int:
        start, stop = starts[number - 1], starts[number] - 1 if number < count else size
        while stop > start and original[stop - 1].isspace():
            stop -= 1  # rare: a line with trailing spaces
        return stop

    return line_end
