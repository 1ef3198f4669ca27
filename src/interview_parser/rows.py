"""Transcripts exported as the rows of a table: CSV or TSV text whose first line names a speaker
column and a speech column (``speaker,words,tags,timestamp``, as oral-history tools and
captioning services export them).

The header line stays as written, before the first turn; each row becomes the line a transcript
would have written (``0:01:02 **Ana:** words``), its speaker cell the label, taken as the table
states it (no evidence is weighed: a column of speakers is the evidence); a row with no speaker
is a line that continues the turn before it. Which columns are the speaker's, the speech's and
the time's is a :class:`.Conventions` setting; a column read into none of them is named in a
``table-columns-unread`` diagnostic, so no text leaves the output unsaid.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import regex

from .conventions import Conventions
from .detectors import TS, SpeakerMatch
from .errors import Diagnostic

__all__ = ["Table", "table_rows"]

Numbered = Iterable[tuple[int, str]]

_DELIMITERS = ("\t", ",", ";")
_HEADER_CELL = regex.compile(r"[\p{L}_][\p{L}\p{N}_ .\-]{0,29}")
"""A column name: a word or a few, not a sentence."""
_TIME = regex.compile(rf"\[?({TS})\]?")
_SHARE_OF_ROWS = 0.8
"""Of the rows after the header, the share that must have its number of cells: else the text is
no table (a sentence with commas under a line that happened to look like a header)."""


class Table(NamedTuple):
    """The body read as a transcript table, or as it was."""

    pieces: Numbered
    """The body's ``(line number, text)`` pairs, each row written as a labelled line."""
    labels: dict[int, SpeakerMatch]
    """Line number → the label of each row with a speaker, as its speaker cell states it."""
    diagnostics: list[Diagnostic]


def table_rows(numbered: Numbered, conventions: Conventions) -> Table:
    """The body's ``(line number, text)`` pairs, each row of a transcript table written as a
    labelled line, and each row's label; the pairs unchanged when the body is no such table."""
    pairs = iter(numbered)
    lead: list[tuple[int, str]] = []
    header = next(pairs, None)
    while header is not None and not header[1].strip():
        lead.append(header)
        header = next(pairs, None)
    if header is None:
        return Table(lead, {}, [])
    columns = _columns(header[1], conventions)
    rest = itertools.chain([header], pairs)
    if columns is None:
        return Table(itertools.chain(lead, rest), {}, [])
    delimiter, names, speaker, speech, time = columns
    pieces = list(rest)[1:]
    rows = _rows(pieces, delimiter)
    if not rows or sum(len(cells) == len(names) for _, cells in rows) < _SHARE_OF_ROWS * len(rows):
        return Table(itertools.chain(lead, [header], pieces), {}, [])
    out: list[tuple[int, str]] = [*lead, header, (header[0], "")]  # the header stays, in the preamble
    labels: dict[int, SpeakerMatch] = {}
    for number, cells in rows:
        line, label = _line(cells, speaker, speech, time)
        if label is not None:
            labels[number] = label
            if out[-1][1]:
                # a row with a speaker opens a paragraph; one without continues it, a line of its own
                # (a paragraph of its own, short, between labels, would read as a heading)
                out.append((number, ""))
        out.append((number, line))
    read = (speaker, speech, time) if all(_timed(cells, speaker, time) for _, cells in rows) else (speaker, speech)
    unread = [name for at, name in enumerate(names) if at not in read and any(at < len(cells) and cells[at].strip() for _, cells in rows)]
    diagnostics = []
    if unread:
        listed = ", ".join(repr(name) for name in unread)
        diagnostics.append(
            Diagnostic(
                "table-columns-unread",
                f"Read as a transcript table (speaker column {names[speaker]!r}, speech column {names[speech]!r}); "
                f"the column(s) {listed} are not read into the turns (Conventions.table_speaker_columns, table_speech_columns, table_time_columns)",
                header[0],
            )
        )
    return Table(out, labels, diagnostics)


def _columns(text: str, conventions: Conventions) -> tuple[str, list[str], int, int, int] | None:
    """The delimiter, the column names, and where the speaker, speech and time columns are (the
    time's ``-1`` when there is none), if ``text`` is a transcript table's header."""
    delimiter = next((d for d in _DELIMITERS if d in text), None)
    if delimiter is None:
        return None
    names = [cell.strip().strip('"').strip() for cell in text.split(delimiter)]
    if len(names) < 2 or not all(_HEADER_CELL.fullmatch(name) for name in names):
        return None
    folded = [name.casefold() for name in names]
    speaker = next((at for at, name in enumerate(folded) if name in conventions.table_speaker_columns), None)
    speech = next((at for at, name in enumerate(folded) if name in conventions.table_speech_columns), None)
    if speaker is None or speech is None:
        return None
    time = next((at for at, name in enumerate(folded) if name in conventions.table_time_columns), -1)
    return delimiter, names, speaker, speech, time


def _rows(pieces: list[tuple[int, str]], delimiter: str) -> list[tuple[int, list[str]]]:
    """Each row's first line number and its cells; a quoted cell may run over several lines."""
    numbers = iter(pieces)
    current = [0]

    def lines() -> Iterator[str]:
        for number, text in numbers:
            current[0] = number
            yield text + "\n"  # the reader keeps a quoted cell's line breaks only when the lines end in one

    rows: list[tuple[int, list[str]]] = []
    reader = csv.reader(lines(), delimiter=delimiter, strict=False)
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return rows
        except csv.Error:
            return []
        if any(cell.strip() for cell in cells):
            rows.append((current[0] - _extra_lines(cells), cells))


def _extra_lines(cells: list[str]) -> int:
    """The lines a row ran on for past its first: the line breaks inside its quoted cells."""
    return sum(cell.count("\n") for cell in cells)


def _timed(cells: list[str], speaker: int, time: int) -> bool:
    """Whether a row's time cell, if it has one, is read: a time (``0:01:02``, ``[0:45]``) on a row with a speaker."""
    cell = cells[time].strip() if 0 <= time < len(cells) else ""
    return not cell or (_TIME.fullmatch(cell) is not None and speaker < len(cells) and bool(cells[speaker].strip()))


def _line(cells: list[str], speaker: int, speech: int, time: int) -> tuple[str, SpeakerMatch | None]:
    """A row as a transcript's line, ``[time] **Speaker:** speech`` or the speech alone, and
    its label, if it has a speaker."""
    words = " ".join(cells[speech].split("\n")).strip() if speech < len(cells) else ""
    who = " ".join(cells[speaker].split()).rstrip(":：").strip() if speaker < len(cells) else ""
    if not who:
        return words, None
    stamp = _TIME.fullmatch(cells[time].strip()) if 0 <= time < len(cells) else None
    lead = f"{stamp[1]} " if stamp is not None else ""
    end = len(lead) + len(who) + 5  # past "**" NAME ":**"
    label = SpeakerMatch(who, end, end + 1, len(lead), stamp[1] if stamp is not None else None, detector="table_row")
    return f"{lead}**{who}:** {words}", label
