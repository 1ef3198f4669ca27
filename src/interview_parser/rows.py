"""Transcripts exported as the rows of a table: CSV or TSV text whose first line names a speaker
column and a speech column (``speaker,words,tags,timestamp``, as oral-history tools and
captioning services export them), and Markdown pipe tables with a speaker column
(``| Speaker | Text |``, a dialogue for learners or a call's notes) anywhere in the body.

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

__all__ = ["Table", "pipe_table_rows", "table_rows", "unread_listing"]

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
        _note_unread(dropped, number, cells, names, (speaker, speech, time), label)
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


_PIPE_RULE = regex.compile(r"\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?")
"""A pipe table's rule under its header (``|---|:---:|``)."""
_SAID = regex.compile(r"[.!?。！？…»”\"')）]$")
"""A cell that reads as speech: it ends as a sentence does."""


def pipe_table_rows(numbered: Numbered, conventions: Conventions) -> Table:
    """The body's pairs with each Markdown pipe table whose header names a speaker column written
    as labelled lines (``**A:** speech``), the header and rule kept as a paragraph of their own;
    the pairs unchanged when no table is a transcript's. The speech is the column the header names
    so (``Conventions.table_speech_columns``), or else the first after the speaker's; a table is a
    transcript's when most of its speech cells read as speech (a ``| Name | Role |`` list's do
    not) and some speaker speaks twice in the body's tables."""
    pieces = list(numbered)
    out: list[tuple[int, str]] = []
    labels: dict[int, SpeakerMatch] = {}
    dropped: dict[str, list[int]] = {}
    spoken: list[str] = []
    at = 0
    fenced = False  # inside a code block: a table there is code, shown as written
    while at < len(pieces):
        text = pieces[at][1].lstrip()
        if text.startswith(("```", "~~~")):
            fenced = not fenced
        end, table = _pipe_table(pieces, at, conventions) if text.startswith("|") and not fenced else (at + 1, None)
        if table is None:
            out.extend(pieces[at:end])  # a table that is no transcript's is passed over whole: each line read once
            at = end
            continue
        names, speaker, speech, time, rows = table
        out.extend([pieces[at], pieces[at + 1], (pieces[at + 1][0], "")])  # the header and its rule, a paragraph
        for row_number, cells in rows:
            paragraphs, label = _row(cells, speaker, speech, time)
            if label is not None:
                labels[row_number] = label
                spoken.append(label.label)
            out.extend((row_number, paragraph) for paragraph in paragraphs)
            out.append((row_number, ""))
            _note_unread(dropped, row_number, cells, names, (speaker, speech, time), label)
        at += 2 + len(rows)
    if not labels or len(set(spoken)) == len(spoken):
        return Table(pieces, {}, [])  # no table, or no speaker who speaks twice: a list of people
    diagnostics = []
    if dropped:
        diagnostics.append(
            Diagnostic(
                "table-columns-unread",
                f"Read as a transcript table: not read into the turns: {unread_listing(dropped, 'row')} "
                "(Conventions.table_speaker_columns, table_speech_columns, table_time_columns)",
                min(lines[0] for lines in dropped.values()),
            )
        )
    return Table(out, labels, diagnostics)


def _pipe_table(
    pieces: list[tuple[int, str]], at: int, conventions: Conventions
) -> tuple[int, tuple[list[str], int, int, int, list[tuple[int, list[str]]]] | None]:
    """Where the pipe table opening at ``at`` ends, and, if its header names a speaker column and
    most of its rows' speech cells read as speech, its column names, the speaker, speech and time
    columns, and its rows."""
    if at + 2 >= len(pieces) or _PIPE_RULE.fullmatch(pieces[at + 1][1].strip()) is None:
        return at + 1, None
    end = at + 2
    while end < len(pieces) and pieces[end][1].lstrip().startswith("|"):
        end += 1
    names = _pipe_cells(pieces[at][1])
    folded = [name.casefold() for name in names]
    speaker = next((i for i, name in enumerate(folded) if name in conventions.table_speaker_columns), None)
    if speaker is None:
        return end, None
    speech = next((i for i, name in enumerate(folded) if name in conventions.table_speech_columns), None)
    time = next((i for i, name in enumerate(folded) if name in conventions.table_time_columns), -1)
    if speech is None:
        if folded[speaker] in conventions.table_name_columns:
            return end, None  # "| Who | Action |", "| Name | Description |": people or parameters named, not speakers
        speech = next((i for i in range(speaker + 1, len(names)) if i != time), None)
        if speech is None:
            return end, None
    rows = [(number, _pipe_cells(text)) for number, text in pieces[at + 2 : end]]
    for _, cells in rows:
        if speaker < len(cells):
            cells[speaker] = cells[speaker].strip("*_ \t")  # "| **Waiter** |": the name set in bold
    named = all(speaker < len(cells) and _SPEAKER_CELL.fullmatch(cells[speaker].strip() or "-") for _, cells in rows)
    if not rows or not named or not _speaks(rows, speech):
        return end, None
    return end, (names, speaker, speech, time, rows)


def _pipe_cells(text: str) -> list[str]:
    """A pipe table row's cells (an escaped ``\\|`` stays inside its cell)."""
    inner = text.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    if "\\" not in inner:
        return [cell.strip() for cell in inner.split("|")]
    return [cell.strip().replace("\\|", "|") for cell in _UNESCAPED_PIPE.split(inner)]


_UNESCAPED_PIPE = regex.compile(r"(?<!\\)\|")


def _note_unread(
    dropped: dict[str, list[int]], number: int, cells: list[str], names: list[str], read: tuple[int, int, int], label: SpeakerMatch | None
) -> None:
    """Note under its column's name each cell of a row read into no turn: any but the speaker's and
    the speech's, and the time's unless the row's turn took it (a time that is no time is named)."""
    speaker, speech, time = read
    for at, cell in enumerate(cells):
        if at not in (speaker, speech) and cell.strip() and (at != time or label is None or label.timestamp is None):
            dropped.setdefault((names[at] if at < len(names) else "") or f"cell {at + 1}", []).append(number)


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


def _speaks(rows: list[tuple[int, list[str]]], speech: int) -> bool:
    """Whether most of the rows' speech cells that say something read as speech (a pipe table's
    ``| Name | Value |`` cells are no sentences)."""
    said = [cells[speech].strip() for _, cells in rows if speech < len(cells) and cells[speech].strip()]
    return 2 * sum(1 for cell in said if _SAID.search(cell) is not None) > len(said)


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
