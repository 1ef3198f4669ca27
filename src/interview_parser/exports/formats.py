"""The table of output formats: what the command line offers, and what the docs list.

Each row names a format, the file name ending it is written with under
``--output``, whether it takes one document or all of them, and its
writer. ``--format``'s choices and help, the output file names and the
format table of ``docs/cli.md`` are all read from :data:`FORMATS`, so a
new format is one module and one row here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import attrs

from ..model import Interview
from ._base import ExportContext, Written
from .chat import write_chat
from .convokit import to_convokit
from .csvfile import write_csv
from .document import write_json
from .markdown import write_markdown
from .podcast import write_podcast
from .qdpx import to_qdpx
from .rows import write_jsonl
from .summary import write_summary
from .webvtt import write_webvtt

__all__ = ["FORMATS", "DocumentWriter", "ExportFormat", "ManyWriter", "format_help", "format_table"]

DocumentWriter = Callable[[Interview, ExportContext], Written]
"""Writes one document as text."""

ManyWriter = Callable[[Sequence[tuple[str, Interview]], Path, Mapping[str, str]], Path]
"""Writes every document of a run to one place: ``(documents as (id, interview), target, sources by id)``."""


@attrs.frozen
class ExportFormat:
    """One ``--format``: its name, how its output is named, and its writer."""

    name: str
    """The ``--format`` value."""
    extension: str
    """How an output file name ends under ``--output`` (``.transcript.json``); empty for a folder."""
    summary: str
    """One line for ``--help`` and the docs."""
    one: DocumentWriter | None = None
    """The writer of a format that takes one document at a time."""
    many: ManyWriter | None = None
    """The writer of a format that takes every document of a run at once (into ``--output``)."""
    output: str = ""
    """For a many-document format: what ``--output`` names, as the error for a missing one says it."""

    def __attrs_post_init__(self) -> None:
        if (self.one is None) == (self.many is None):
            raise ValueError(f"format {self.name!r} needs exactly one writer: one document or many")

    @property
    def takes_many(self) -> bool:
        """Whether the format writes all documents at once (and so needs ``--output``)."""
        return self.many is not None


def _convokit(documents: Sequence[tuple[str, Interview]], target: Path, sources: Mapping[str, str]) -> Path:
    return to_convokit(documents, target, name=target.name or "interviews", sources=sources)


def _qdpx(documents: Sequence[tuple[str, Interview]], target: Path, sources: Mapping[str, str]) -> Path:
    return to_qdpx(documents, target, sources=sources)


FORMATS: Mapping[str, ExportFormat] = {
    spec.name: spec
    for spec in (
        ExportFormat("json", ".json", "the whole document (Interview.to_dict()), one per line when several share the stream", one=write_json),
        ExportFormat("jsonl", ".jsonl", "one turn per line, with the document id and source path", one=write_jsonl),
        ExportFormat("csv", ".csv", "one turn per row, same columns as jsonl, one header; formula-like cells get a leading ' (--raw-csv: as written)", one=write_csv),
        ExportFormat("markdown", ".md", "the canonical rendering (interview_parser.render.render)", one=write_markdown),
        ExportFormat("text", ".txt", "a readable summary: title, speakers with roles and turn counts, sections", one=write_summary),
        ExportFormat("vtt", ".vtt", "WebVTT captions with <v Speaker> voice tags (timed transcripts)", one=write_webvtt),
        ExportFormat("podcast", ".transcript.json", "a Podcasting 2.0 JSON transcript (timed transcripts)", one=write_podcast),
        ExportFormat("chat", ".cha", "a TalkBank CHAT transcript for CLAN and pylangacq", one=write_chat),
        ExportFormat("convokit", "", "a ConvoKit corpus folder for all inputs together", many=_convokit, output="DIR, a corpus folder"),
        ExportFormat("qdpx", ".qdpx", "a REFI-QDA project (QualCoder, ATLAS.ti, NVivo, MAXQDA) for all inputs together", many=_qdpx, output="FILE.qdpx, a project archive"),
    )
}
"""Every output format, in the order ``--help`` lists them; ``json`` is the default."""


def format_help() -> str:
    """The ``--format`` help text of the command line."""
    names = "; ".join(f"{spec.name} = {spec.summary}" for spec in FORMATS.values())
    return f"output format (default: json): {names}"


def format_table() -> str:
    """The Markdown table of formats in ``docs/cli.md`` (a test keeps the page equal to it).

    >>> print(format_table().splitlines()[2])
    | `json` (default) | the whole document (Interview.to_dict()), one per line when several share the stream | `.json` |
    """
    rows = ["| `--format` | What | One file per input as |", "| --- | --- | --- |"]
    for spec in FORMATS.values():
        name = f"`{spec.name}`" + (" (default)" if spec.name == "json" else "")
        if spec.takes_many:
            where = f"— (all inputs into `--output {spec.output.split(',')[0]}`)"
        else:
            where = f"`{spec.extension}`"
        what = spec.summary.replace("<", "&lt;")  # "<v Speaker>" is text, not an HTML tag
        rows.append(f"| {name} | {what} | {where} |")
    return "\n".join(rows)

