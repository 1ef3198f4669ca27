"""One row per turn: the rows themselves and JSON Lines (``--format jsonl``).

CSV, which writes the same rows, is :mod:`~interview_parser.exports.csvfile`.
"""

from __future__ import annotations

import json
import os
from typing import Any

from ..model import Interview
from ._base import ExportContext, Written

__all__ = ["TURN_COLUMNS", "to_jsonl", "turn_rows", "write_jsonl"]

TURN_COLUMNS: tuple[str, ...] = (
    "document_id",
    "source",
    "turn",
    "speaker",
    "key",
    "role",
    "section",
    "text",
    "first_line",
    "last_line",
    "time",
    "start_seconds",
)
"""The columns of :func:`turn_rows`, :func:`to_jsonl` and :func:`~interview_parser.exports.csvfile.to_csv`, in order."""


def turn_rows(
    doc: Interview,
    *,
    document_id: str = "interview",
    source: str | os.PathLike[str] | None = None,
) -> list[dict[str, Any]]:
    """One flat dict per turn, with the keys of :data:`TURN_COLUMNS`.

    ``turn`` counts from 0; ``first_line``/``last_line`` are the source lines
    of the turn (1-based, inclusive); ``role`` comes from the speaker list.

    Examples:
        >>> from interview_parser import parse
        >>> doc = parse("**Q:** Ready?\\n\\n**A:** Yes.\\n\\n**Q:** Sure?\\n\\n**A:** Quite.")
        >>> [(row["turn"], row["speaker"], row["text"]) for row in turn_rows(doc, document_id="demo")][:2]
        [(0, 'Q', 'Ready?'), (1, 'A', 'Yes.')]
    """
    roles = {speaker.key: speaker.role for speaker in doc.speakers}
    where = None if source is None else os.fspath(source)
    return [
        {
            "document_id": document_id,
            "source": where,
            "turn": index,
            "speaker": turn.speaker,
            "key": turn.key,
            "role": turn.role or (roles.get(turn.key) if turn.key is not None else None),
            "section": turn.section,
            "text": turn.text,
            "first_line": turn.lines[0],
            "last_line": turn.lines[1],
            "time": turn.timestamp,
            "start_seconds": turn.start_seconds,
        }
        for index, turn in enumerate(doc.turns)
    ]


def to_jsonl(
    doc: Interview,
    *,
    document_id: str = "interview",
    source: str | os.PathLike[str] | None = None,
) -> str:
    """The turns as JSON Lines: one object per turn (see :func:`turn_rows`), each line ending in ``\\n``."""
    rows = turn_rows(doc, document_id=document_id, source=source)
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def write_jsonl(doc: Interview, context: ExportContext) -> Written:
    """``--format jsonl``."""
    return Written(to_jsonl(doc, document_id=context.document_id, source=context.source))
