"""Hand parsed interviews to other tools: one module per format, and the table of formats.

Every function here reads an :class:`~interview_parser.model.Interview` and
writes a format that some other tool already understands:

* :func:`json_schema` -- the JSON Schema of :meth:`Interview.to_dict` output;
* :func:`turn_rows`, :func:`to_jsonl`, :func:`to_csv` -- one row per turn,
  readable by ``pandas.read_json(..., lines=True)`` / ``pandas.read_csv``;
* :func:`to_convokit` -- a ConvoKit corpus directory;
* :func:`to_qdpx` -- a REFI-QDA project for QualCoder, ATLAS.ti, NVivo, MAXQDA;
* :func:`to_chat` -- a TalkBank CHAT transcript for CLAN and pylangacq;
* :func:`to_webvtt`, :func:`to_podcast_transcript` -- captions and
  Podcasting 2.0 transcripts, for turns that carry timestamps;
* :func:`summary` -- a short readable overview;
* :func:`convert_script` -- the whole document in another Chinese script.

:data:`FORMATS` lists the command line's ``--format`` choices with their
file extensions and writers (:mod:`interview_parser.exports.formats`).
``interview_parser.export`` is the same set of names, under its old name.

Examples:
    >>> from interview_parser import parse
    >>> from interview_parser.exports import turn_rows
    >>> doc = parse("**Q:** Ready?\\n\\n**A:** Yes.\\n\\n**Q:** Sure?\\n\\n**A:** Quite.")
    >>> [(row["turn"], row["speaker"], row["text"]) for row in turn_rows(doc, document_id="demo")][:2]
    [(0, 'Q', 'Ready?'), (1, 'A', 'Yes.')]
"""

from __future__ import annotations

from ._base import ExportContext, Written, document_id
from .chat import ChatParticipant, ChatTranscript, chat_transcript, to_chat
from .convokit import to_convokit
from .csvfile import FORMULA_TRIGGERS, escape_formula, to_csv
from .document import SCHEMA_RESOURCE, json_schema
from .formats import FORMATS, ExportFormat, format_help, format_table
from .podcast import to_podcast_transcript
from .qdpx import QdaText, plain_text, qdpx_bytes, to_qdpx
from .rows import TURN_COLUMNS, to_jsonl, turn_rows
from .script import SCRIPTS, convert_script
from .summary import summary
from .timing import has_timestamps, timestamp_seconds
from .webvtt import to_webvtt

__all__ = [
    "FORMATS",
    "FORMULA_TRIGGERS",
    "SCHEMA_RESOURCE",
    "SCRIPTS",
    "TURN_COLUMNS",
    "ChatParticipant",
    "ChatTranscript",
    "ExportContext",
    "ExportFormat",
    "QdaText",
    "Written",
    "chat_transcript",
    "convert_script",
    "document_id",
    "escape_formula",
    "format_help",
    "format_table",
    "has_timestamps",
    "json_schema",
    "plain_text",
    "qdpx_bytes",
    "summary",
    "timestamp_seconds",
    "to_chat",
    "to_convokit",
    "to_csv",
    "to_jsonl",
    "to_podcast_transcript",
    "to_qdpx",
    "to_webvtt",
    "turn_rows",
]
