"""A short readable overview of a document (``--format text``)."""

from __future__ import annotations

import os

from ..model import Interview
from ._base import ExportContext, Written

__all__ = ["summary", "write_summary"]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def summary(doc: Interview, *, source: str | os.PathLike[str] | None = None) -> str:
    """A short readable overview: title, date, speakers with roles and turn counts, sections.

    >>> from interview_parser import parse
    >>> print(summary(parse("**Q:** Ready?\\n\\n**A:** Yes.\\n\\n**Q:** Sure?\\n\\n**A:** Quite.")))
    (untitled)
    speakers:
      Q (interviewer): 2 turns
      A (interviewee): 2 turns
    4 turns, no sections
    """
    lines: list[str] = []
    if source is not None:
        lines.append(f"source: {os.fspath(source)}")
    lines.append(doc.title or "(untitled)")
    if doc.date:
        lines.append(f"date: {doc.date.isoformat()}")
    counts: dict[str | None, int] = {}
    for turn in doc.turns:
        counts[turn.key] = counts.get(turn.key, 0) + 1
    if doc.speakers:
        lines.append("speakers:")
        for speaker in doc.speakers:
            role = f" ({speaker.role})" if speaker.role else ""
            lines.append(f"  {speaker.name}{role}: {_plural(counts.get(speaker.key, 0), 'turn')}")
    else:
        lines.append("speakers: none found")
    if None in counts:
        lines.append(f"  (unattributed): {_plural(counts[None], 'turn')}")
    n_turns = _plural(len(doc.turns), "turn")
    if doc.sections:
        lines.append(f"{n_turns}, sections:")
        lines.extend(f"  {'#' * section.level} {section.title}" for section in doc.sections)
    else:
        lines.append(f"{n_turns}, no sections")
    if doc.diagnostics:
        lines.append(_plural(len(doc.diagnostics), "diagnostic"))
    return "\n".join(lines)


def write_summary(doc: Interview, context: ExportContext) -> Written:
    """``--format text``: the summary, naming its source when several documents share the stream."""
    return Written(summary(doc, source=context.source if context.many else None) + "\n")
