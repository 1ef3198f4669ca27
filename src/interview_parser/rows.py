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
from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple

import regex

from .conventions import Conventions
from .detectors import TS, SpeakerMatch
from .errors import Diagnostic

__all__ = ["Table", "table_rows", "unread_listing"]

Numbered = Iterable[tuple[int, str]]

_DELIMITERS = ("\t", ",", ";")
_HEADER_CELL = regex.compile(r"[\p{L}_][\p{L}\p{N}_ .\-]{0,29}")
"""A column name: a word or a few, not a sentence."""
_TIME = regex.compile(rf"\[?({TS})\]?")
_SPEAKER_CELL = regex.compile(r"[^*#<>\[\]`\n]{1,60}")
"""A speaker cell: a name or a role, no markup (a rendered ``**Ana:** Well, hi`` is no row)."""
_BLANK_LINE = regex.compile(r"\n[ \t]*\n")


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
    delimiter, names, speaker, speech, time, width = columns
    pieces = list(rest)[1:]
    rows = _rows(pieces, delimiter)
    if not _fits(rows, len(names), speaker, conventions.table_rows_share):
        return Table(itertools.chain(lead, [header], pieces), {}, [])
    out: list[tuple[int, str]] = [*lead, header, (header[0], "")]  # the header stays, in the preamble
    labels: dict[int, SpeakerMatch] = {}
    dropped: dict[str, list[int]] = {}  # column → the lines of the rows whose cell in it was not read
    for number, cells in rows:
        if len(cells) > width and speech == len(names) - 1:
            # the speech, written last, held the delimiter unquoted ("Fine, thanks"): one cell again
            cells = [*cells[:speech], delimiter.join(cells[speech:])]
        paragraphs, label = _row(cells, speaker, speech, time)
        if label is not None:
            labels[number] = label
            if out[-1][1]:
                # a row with a speaker opens a paragraph; one without continues it, a line of its own
                # (a paragraph of its own, short, between labels, would read as a heading)
                out.append((number, ""))
        out.extend((number, paragraph) for paragraph in paragraphs)
        for at, cell in enumerate(cells):
            if at not in (speaker, speech) and cell.strip() and (at != time or label is None or label.timestamp is None):
                dropped.setdefault(names[at] if at < len(names) else f"cell {at + 1}", []).append(number)
    diagnostics = []
    if dropped:
        listed = unread_listing(dropped, "row")
        diagnostics.append(
            Diagnostic(
                "table-columns-unread",
                f"Read as a transcript table (speaker column {names[speaker]!r}, speech column {names[speech]!r}); "
                f"not read into the turns: {listed} (Conventions.table_speaker_columns, table_speech_columns, table_time_columns)",
                header[0],
            )
        )
    return Table(out, labels, diagnostics)


def unread_listing(unread: Mapping[str, list[int]], unit: str) -> str:
    """``'tags' (3 row(s), first at line 4), …``: what a table's or a list's cells left unread, for a diagnostic."""
    return ", ".join(f"{name!r} ({len(lines)} {unit}(s), first at line {lines[0]})" for name, lines in unread.items())


def _columns(text: str, conventions: Conventions) -> tuple[str, list[str], int, int, int, int] | None:
    """The delimiter, the column names, where the speaker, speech and time columns are (the
    time's ``-1`` when there is none), and how many cells the header has with its padding, if
    ``text`` is a transcript table's header."""
    delimiter = next((d for d in _DELIMITERS if d in text), None)
    if delimiter is None:
        return None
    names = [cell.strip().strip('"').strip() for cell in text.split(delimiter)]
    padded = len(names)
    while names and not names[-1]:
        names.pop()  # a spreadsheet's export pads the header with empty cells (speaker,words,,,)
    # R's write.csv names its first column, the row numbers, "" (an empty name first is that column)
    if len(names) < 2 or not all(_HEADER_CELL.fullmatch(name) or (at == 0 and not name) for at, name in enumerate(names)):
        return None
    folded = [name.casefold() for name in names]
    speaker = next((at for at, name in enumerate(folded) if name in conventions.table_speaker_columns), None)
    speech = next((at for at, name in enumerate(folded) if name in conventions.table_speech_columns), None)
    if speaker is None or speech is None:
        return None
    time = next((at for at, name in enumerate(folded) if name in conventions.table_time_columns), -1)
    return delimiter, names, speaker, speech, time, padded


def _fits(rows: list[tuple[int, list[str]]], width: int, speaker: int, share: float) -> bool:
    """Whether rows are a transcript's: enough of them with the header's number of cells (a
    sentence with commas under a line that happens to look like a header has not), a speaker
    cell that holds a name, not markup or a sentence, and a speaker who speaks twice."""
    if not rows:
        return False
    said: set[str] = set()
    twice = False
    fitting = 0
    for _, cells in rows:
        who = cells[speaker].strip() if speaker < len(cells) else ""
        if len(cells) >= width and (not who or _SPEAKER_CELL.fullmatch(who) is not None):
            fitting += 1
        twice = twice or (bool(who) and who in said)
        said.add(who)
    return twice and fitting >= share * len(rows)


def _rows(pieces: list[tuple[int, str]], delimiter: str) -> list[tuple[int, list[str]]]:
    """Each row's first line number and its cells; a quoted cell may run over several lines."""
    numbers = iter(pieces)
    first: list[int | None] = [None]

    def lines() -> Iterator[str]:
        for number, text in numbers:
            if first[0] is None:
                first[0] = number  # the reader reads no further ahead than the row it is on
            yield text + "\n"  # the reader keeps a quoted cell's line breaks only when the lines end in one

    rows: list[tuple[int, list[str]]] = []
    reader = csv.reader(lines(), delimiter=delimiter, strict=False)
    while True:
        first[0] = None
        try:
            cells = next(reader)
        except StopIteration:
            return rows
        except csv.Error:
            return []
        if first[0] is not None and any(cell.strip() for cell in cells):
            rows.append((first[0], cells))


def _row(cells: list[str], speaker: int, speech: int, time: int) -> tuple[list[str], SpeakerMatch | None]:
    """A row as a transcript's lines: ``[time] **Speaker:** speech`` or the speech alone, a
    paragraph of the cell on each line; and its label, if it has a speaker."""
    cell = cells[speech] if speech < len(cells) else ""
    paragraphs = [joined for part in _BLANK_LINE.split(cell) if (joined := " ".join(part.split()))]
    who = " ".join(cells[speaker].split()).rstrip(":：").strip() if speaker < len(cells) else ""
    if not who:
        return paragraphs, None
    stamp = _TIME.fullmatch(cells[time].strip()) if 0 <= time < len(cells) else None
    lead = f"{stamp[1]} " if stamp is not None else ""
    end = len(lead) + len(who) + 5  # past "**" NAME ":**"
    label = SpeakerMatch(who, end, end + 1, len(lead), stamp[1] if stamp is not None else None, detector="table_row")
    first = f"{lead}**{who}:** {paragraphs[0] if paragraphs else ''}".rstrip()
    return [first, *paragraphs[1:]], label
