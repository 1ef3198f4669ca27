"""Line numbers in the margin: the page layout of court, deposition and hearing transcripts.

Stenographic transcripts number every line of a page (1 to 25, then 1
again), so a label such as ``MR. LONG:`` stands after ``9`` and some spaces.
When most of a document's lines carry such a number, counting up by one or
starting again at 1, the numbers are layout, not text: they are taken off
before anything looks for labels. Anything else is left exactly as written.
"""

from __future__ import annotations

import itertools
import re
from array import array
from collections.abc import Iterable

from .conventions import DEFAULT_CONVENTIONS, Conventions

__all__ = ["strip_gutter"]

Numbered = Iterable[tuple[int, str]]

_GUTTER = re.compile(r"[ \t]*([0-9]{1,2})(?:[ \t]+|$)")
_SAMPLE = 120
_MARGIN_FIRST = frozenset(" \t0123456789")


def strip_gutter(numbered: Numbered, conventions: Conventions = DEFAULT_CONVENTIONS) -> Numbered:
    """The body's ``(line number, text)`` pairs, without a margin of line numbers if it has one
    (``Conventions.gutter_lines``, ``gutter_share``, ``gutter_sequence``).

    The first lines tell whether the page may be numbered; when it is not (most
    documents), the pairs stream through: a list of them was a tuple per line
    held next to the body's lines.
    """
    rest = iter(numbered)
    head = list(itertools.islice(rest, _SAMPLE))
    sample = [raw for _, raw in head if raw]
    if sum(1 for raw in sample if raw[:1] in _MARGIN_FIRST) * 2 < len(sample):
        return itertools.chain(head, rest)  # most lines of a numbered page start with a digit or the space before one
    # the whole page is read to tell, kept as two columns: a tuple per line was 90x the size of a page of blank lines
    numbers, raws = array("q"), []
    for number, raw in itertools.chain(head, rest):
        numbers.append(number)
        raws.append(raw)
    return zip(numbers, _without_margin(raws, conventions), strict=True)


def _without_margin(raws: list[str], conventions: Conventions) -> list[str]:
    """``raws`` with the margin numbers taken off (in place), when most lines carry one in sequence."""
    found = [(position, match) for position, raw in enumerate(raws) if raw[:1] in _MARGIN_FIRST and (match := _GUTTER.match(raw))]
    if len(found) < conventions.gutter_lines:
        return raws
    text_lines = sum(1 for raw in raws if raw.strip())
    if len(found) < conventions.gutter_share * text_lines:
        return raws
    steps = sum(
        1 for (_, a), (_, b) in itertools.pairwise(found) if int(b[1]) in (int(a[1]) + 1, 1)
    )
    if steps < conventions.gutter_sequence * (len(found) - 1):
        return raws
    for position, match in found:
        raws[position] = raws[position][match.end() :]
    return raws
