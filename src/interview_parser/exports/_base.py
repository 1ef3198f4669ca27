"""What every export module shares: the writer context, its result, document ids, safe file writes.

Kept apart from :mod:`~interview_parser.exports.formats` so that a format
module can import it without importing every other format.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import attrs

from ..errors import Diagnostic
from ..output import write_bytes_atomically

__all__ = ["ExportContext", "Written", "atomic_write", "document_id"]


@attrs.frozen
class ExportContext:
    """What a one-document writer knows besides the document (filled in by the command line)."""

    document_id: str = "interview"
    """The document's id in row formats (``jsonl``, ``csv``)."""
    source: str | None = None
    """The input as named on the command line; ``None`` when unknown."""
    many: bool = False
    """Several documents go to one stream: compact JSON, summaries name their source."""
    escape_formulas: bool = True
    """CSV cells that a spreadsheet would run as formulas are neutralised (``--raw-csv`` turns it off)."""


@attrs.frozen
class Written:
    """A writer's output: the text, and what it had to change to write it (for stderr)."""

    text: str
    diagnostics: tuple[Diagnostic, ...] = ()


_UNSAFE = re.compile(r"[^\w.-]+")


def document_id(source: str | os.PathLike[str] | None, *, fallback: str = "interview") -> str:
    """A short id for a document: its file name without extension, made safe for file names and URLs.

    >>> document_id("transcripts/2024/Ana Li.md")
    'Ana_Li'
    >>> document_id(None)
    'interview'
    """
    if source is None or str(source) in ("", "-"):
        return fallback
    stem = Path(source).stem
    return _UNSAFE.sub("_", stem).strip("_") or fallback


def atomic_write(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename it.

    A reader never sees half a file, and a failed write (disk full, file size
    limit) leaves whatever was there before. The command line writes its
    files the same way (:mod:`interview_parser.output`).
    """
    return write_bytes_atomically(path, data)
