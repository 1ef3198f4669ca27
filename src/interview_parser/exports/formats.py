"""The table of output formats: what the command line offers, and what the docs list.

Each row names a format, the file name ending it is written with under
``--output-dir``, whether it takes one document or all of them (and then
whether it writes a folder or one file), whether several documents can
share one stream, and its writer. ``--format``'s choices and help, the
output file names, the command line's checks of ``-o``/``--output-dir`` and
the format table of ``docs/cli.md`` are all read from :data:`FORMATS`, so a
new format is one module and one row here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import attrs

from ..model import Interview
from ._base import ExportContext, Written
from .chat import write_chat
from .convokit import CORPUS_FILES, to_convokit
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

ManyWriter = Callable[[Sequence[tuple[str, Interview]], Path, Mapping[str, str], str], Path]
"""Writes every document of a run to one place: ``(documents as (id, interview), target, sources by id, name)``.

``name`` names the corpus or project; the command line passes it apart from
``target`` because it writes a folder under a temporary name first."""


@attrs.frozen
class ExportFormat:
    """One ``--format``: its name, how its output is named, and its writer."""

    name: str
    """The ``--format`` value."""
    extension: str
    """How an output file name ends under ``--output-dir`` (``.transcript.json``), or the archive's
    ending for a one-file format of many documents (``.qdpx``); empty for a folder."""
    summary: str
    """One line for ``--help`` and the docs."""
    one: DocumentWriter | None = None
    """The writer of a format that takes one document at a time."""
    many: ManyWriter | None = None
    """The writer of a format that takes every document of a run at once."""
    output: str = ""
    """For a many-document format: what it writes, as the error for a missing target says it ("a corpus folder")."""
    folder: bool = False
    """For a many-document format: it writes a folder, named with ``--output-dir DIR``; otherwise one file, named with ``-o``."""
    files: tuple[str, ...] = ()
    """For a folder format: the files it writes into the folder (none of them may be an input)."""
    joins: bool = True
    """Several documents can share one stream (standard output, ``-o FILE``). A format whose
    file holds exactly one transcript (WebVTT, CHAT) needs ``--output-dir`` for several inputs."""

    def __attrs_post_init__(self) -> None:
        if (self.one is None) == (self.many is None):
            raise ValueError(f"format {self.name!r} needs exactly one writer: one document or many")

    @property
    def takes_many(self) -> bool:
        """Whether the format writes all documents at once (into ``--output-dir DIR`` or ``-o FILE``)."""
        return self.many is not None

    @property
    def target(self) -> str:
        """The option that names where a many-document format goes, as ``--help`` and errors write it."""
        return "--output-dir DIR" if self.folder else f"-o FILE{self.extension}"


def _convokit(documents: Sequence[tuple[str, Interview]], target: Path, sources: Mapping[str, str], name: str) -> Path:
    return to_convokit(documents, target, name=name, sources=sources)


def _qdpx(documents: Sequence[tuple[str, Interview]], target: Path, sources: Mapping[str, str], name: str) -> Path:
    return to_qdpx(documents, target, name=name, sources=sources)


FORMATS: Mapping[str, ExportFormat] = {
    spec.name: spec
    for spec in (
        ExportFormat("json", ".json", "the whole document (Interview.to_dict()); several inputs in one stream make a JSON array, one document per line", one=write_json),
        ExportFormat("jsonl", ".jsonl", "one turn per line, with the document id and source path", one=write_jsonl),
        ExportFormat("csv", ".csv", "one turn per row, same columns as jsonl, one header; formula-like cells get a leading ' (--raw-csv: as written)", one=write_csv),
        ExportFormat("markdown", ".md", "the canonical rendering (interview_parser.render.render)", one=write_markdown),
        ExportFormat("text", ".txt", "a readable summary: title, speakers with roles and turn counts, sections", one=write_summary),
        ExportFormat("vtt", ".vtt", "WebVTT captions with <v Speaker> voice tags (timed transcripts; several inputs need --output-dir)", one=write_webvtt, joins=False),
        ExportFormat("podcast", ".transcript.json", "a Podcasting 2.0 JSON transcript (timed transcripts; several inputs need --output-dir)", one=write_podcast, joins=False),
        ExportFormat("chat", ".cha", "a TalkBank CHAT transcript for CLAN and pylangacq (several inputs need --output-dir)", one=write_chat, joins=False),
        ExportFormat("convokit", "", "a ConvoKit corpus folder for all inputs together (needs --output-dir)", many=_convokit, output="a corpus folder", folder=True, files=CORPUS_FILES),
        ExportFormat("qdpx", ".qdpx", "a REFI-QDA project (QualCoder, ATLAS.ti, NVivo, MAXQDA) for all inputs together (needs -o FILE.qdpx)", many=_qdpx, output="one project archive"),
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
    | `json` (default) | the whole document (Interview.to_dict()); several inputs in one stream make a JSON array, one document per line | `.json` |
    """
    rows = ["| `--format` | What | One file per input as |", "| --- | --- | --- |"]
    for spec in FORMATS.values():
        name = f"`{spec.name}`" + (" (default)" if spec.name == "json" else "")
        where = f"— (all inputs into `{spec.target}`)" if spec.takes_many else f"`{spec.extension}`"
        what = spec.summary.replace("<", "&lt;")  # "<v Speaker>" is text, not an HTML tag
        rows.append(f"| {name} | {what} | {where} |")
    return "\n".join(rows)

