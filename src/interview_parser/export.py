"""Hand parsed interviews to other tools: JSON Schema, JSONL/CSV rows, ConvoKit, WebVTT, podcast JSON.

Every function here reads an :class:`~interview_parser.model.Interview` and
writes a format that some other tool already understands:

* :func:`json_schema` -- the JSON Schema of :meth:`Interview.to_dict` output;
* :func:`turn_rows`, :func:`to_jsonl`, :func:`to_csv` -- one row per turn,
  readable by ``pandas.read_json(..., lines=True)`` / ``pandas.read_csv``;
* :func:`to_convokit` -- a ConvoKit corpus directory;
* :func:`to_webvtt`, :func:`to_podcast_transcript` -- captions and
  Podcasting 2.0 transcripts, for turns that carry timestamps;
* :func:`summary` -- a short readable overview;
* :func:`convert_script` -- the whole document in another Chinese script.

Examples:
    >>> from interview_parser import parse
    >>> from interview_parser.export import turn_rows
    >>> doc = parse("**Q:** Ready?\\n\\n**A:** Yes.\\n\\n**Q:** Sure?\\n\\n**A:** Quite.")
    >>> [(row["turn"], row["speaker"], row["text"]) for row in turn_rows(doc, document_id="demo")][:2]
    [(0, 'Q', 'Ready?'), (1, 'A', 'Yes.')]
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from .model import Interview
from .normalize import converter
from .source import ascii_digits

__all__ = [
    "SCRIPTS",
    "TURN_COLUMNS",
    "convert_script",
    "document_id",
    "has_timestamps",
    "json_schema",
    "summary",
    "timestamp_seconds",
    "to_convokit",
    "to_csv",
    "to_jsonl",
    "to_podcast_transcript",
    "to_webvtt",
    "turn_rows",
]

SCHEMA_RESOURCE = "interview.schema.json"
"""File name of the JSON Schema inside the package."""

SCRIPTS: Mapping[str, str] = {
    "simplified": "t2s",
    "traditional": "s2t",
    "taiwan": "s2tw",
    "hongkong": "s2hk",
}
"""``--script`` names and the opencc configuration each one uses."""

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
    "timestamp",
)
"""The columns of :func:`turn_rows`, :func:`to_jsonl` and :func:`to_csv`, in order."""


# --- JSON Schema --------------------------------------------------------------


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that :meth:`Interview.to_dict` output follows.

    >>> json_schema()["title"]
    'Interview'
    """
    text = resources.files(__package__ or "interview_parser").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


# --- identifiers ----------------------------------------------------------------

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


# --- rows: JSONL and CSV -------------------------------------------------------------


def turn_rows(
    doc: Interview,
    *,
    document_id: str = "interview",
    source: str | os.PathLike[str] | None = None,
) -> list[dict[str, Any]]:
    """One flat dict per turn, with the keys of :data:`TURN_COLUMNS`.

    ``turn`` counts from 0; ``first_line``/``last_line`` are the source lines
    of the turn (1-based, inclusive); ``role`` comes from the speaker list.
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
            "timestamp": turn.timestamp,
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


def to_csv(
    doc: Interview,
    *,
    document_id: str = "interview",
    source: str | os.PathLike[str] | None = None,
    header: bool = True,
) -> str:
    """The turns as CSV (RFC 4180 quoting, ``\\n`` line ends), with a header row unless ``header=False``."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=TURN_COLUMNS, lineterminator="\n")
    if header:
        writer.writeheader()
    writer.writerows(turn_rows(doc, document_id=document_id, source=source))
    return buffer.getvalue()


# --- ConvoKit -----------------------------------------------------------------------


def _type_name(value: Any) -> str:
    return f"<class '{type(value).__name__}'>"


def _index(records: Iterable[Mapping[str, Any]]) -> dict[str, list[str]]:
    """ConvoKit's metadata index: each meta field and the type of its values."""
    types: dict[str, list[str]] = {}
    for meta in records:
        for field, value in meta.items():
            if field not in types or (value is not None and types[field] == [_type_name(None)]):
                types[field] = [_type_name(value)]
    return types


def to_convokit(
    documents: Mapping[str, Interview] | Iterable[tuple[str, Interview]],
    directory: str | os.PathLike[str],
    *,
    name: str = "interviews",
    sources: Mapping[str, str] | None = None,
    merge_speakers: bool = True,
) -> Path:
    """Write a ConvoKit corpus directory and return its path.

    ``documents`` maps a document id to its interview; each document becomes
    one conversation whose utterances reply to the one before
    (``reply_to``), and whose ``conversation_id`` is the id of its first
    utterance, as ConvoKit expects. Speaker ids are speaker keys, so a host
    who appears in several documents is one ConvoKit speaker; with
    ``merge_speakers=False`` they are ``"<document id>/<key>"`` instead.
    Turns without a speaker are attributed to ``"unattributed"``.

    The files follow ConvoKit's documented layout: ``utterances.jsonl``,
    ``speakers.json``, ``conversations.json``, ``corpus.json`` and
    ``index.json``. Load them with ``convokit.Corpus(filename=directory)``.
    """
    items = list(documents.items() if isinstance(documents, Mapping) else documents)
    ids = [doc_id for doc_id, _ in items]
    if len(set(ids)) != len(ids):
        raise ValueError("document ids must be unique")
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    sources = sources or {}

    speakers: dict[str, dict[str, Any]] = {}
    conversations: dict[str, dict[str, Any]] = {}
    utterances: list[dict[str, Any]] = []
    for doc_id, doc in items:
        roles = {s.key: s.role for s in doc.speakers}
        previous: str | None = None
        first: str | None = None
        for index, turn in enumerate(doc.turns):
            utt_id = f"{doc_id}/{index:05d}"
            first = first or utt_id
            key = turn.key or "unattributed"
            speaker_id = key if merge_speakers else f"{doc_id}/{key}"
            entry = {"meta": {"name": turn.speaker or key, "documents": []}, "vectors": []}
            meta = speakers.setdefault(speaker_id, entry)
            if doc_id not in meta["meta"]["documents"]:
                meta["meta"]["documents"].append(doc_id)
            utterances.append(
                {
                    "id": utt_id,
                    "speaker": speaker_id,
                    "conversation_id": first,
                    "reply_to": previous,
                    "timestamp": timestamp_seconds(turn.timestamp) if turn.timestamp else None,
                    "text": turn.text,
                    "meta": {
                        "document_id": doc_id,
                        "turn": index,
                        "speaker_name": turn.speaker,
                        "label": turn.label,
                        "role": turn.role or (roles.get(turn.key) if turn.key else None),
                        "section": turn.section,
                        "first_line": turn.lines[0],
                        "last_line": turn.lines[1],
                        "timestamp_text": turn.timestamp,
                    },
                    "vectors": [],
                }
            )
            previous = utt_id
        if first is not None:
            conversations[first] = {
                "meta": {
                    "document_id": doc_id,
                    "title": doc.title,
                    "date": doc.date.isoformat() if doc.date else None,
                    "source": sources.get(doc_id),
                    "sections": [s.title for s in doc.sections],
                },
                "vectors": [],
            }
    corpus_meta = {"name": name, "generator": "interview-parser", "documents": len(conversations)}

    with (out / "utterances.jsonl").open("w", encoding="utf-8") as fp:
        for utt in utterances:
            fp.write(json.dumps(utt, ensure_ascii=False) + "\n")
    _write_json(out / "speakers.json", speakers)
    _write_json(out / "conversations.json", conversations)
    _write_json(out / "corpus.json", corpus_meta)
    _write_json(
        out / "index.json",
        {
            "utterances-index": _index(u["meta"] for u in utterances),
            "speakers-index": _index(s["meta"] for s in speakers.values()),
            "conversations-index": _index(c["meta"] for c in conversations.values()),
            "overall-index": _index([corpus_meta]),
            "version": 1,
            "vectors": [],
        },
    )
    return out


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# --- timed formats: WebVTT and Podcasting 2.0 -------------------------------------------

_TIMESTAMP = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,3}))?")


def timestamp_seconds(timestamp: str) -> float:
    """Seconds from a turn timestamp: ``H:MM:SS``, ``HH:MM:SS.mmm`` or ``MM:SS``.

    >>> timestamp_seconds("00:01:31"), timestamp_seconds("12:05"), timestamp_seconds("1:00:00,5")
    (91.0, 725.0, 3600.5)
    """
    match = _TIMESTAMP.fullmatch(ascii_digits(timestamp.strip()))  # the parser's \\d knows every script's digits
    if match is None:
        raise ValueError(f"not a timestamp: {timestamp!r}")
    first, second, third, fraction = match.groups()
    if third is None:
        hours, minutes, seconds = 0, int(first), int(second)
    else:
        hours, minutes, seconds = int(first), int(second), int(third)
    frac = int(fraction.ljust(3, "0")) / 1000 if fraction else 0.0
    return hours * 3600 + minutes * 60 + seconds + frac


def has_timestamps(doc: Interview) -> bool:
    """Whether any turn carries a timestamp (the timed formats need one)."""
    return any(turn.timestamp for turn in doc.turns)


def _reading_time(text: str) -> float:
    """A guess at how long a turn lasts when nothing follows it: 15 characters a second, at least 2 s."""
    return max(2.0, round(len(text) / 15, 3))


def _timed_segments(doc: Interview) -> list[tuple[float, float, str | None, str]]:
    """(start, end, speaker, text) for each timed turn; a turn ends where the next timed one starts."""
    timed = [(timestamp_seconds(t.timestamp), t.speaker, t.text) for t in doc.turns if t.timestamp]
    if not timed:
        raise ValueError("no turn carries a timestamp: WebVTT and podcast transcripts need timed turns")
    segments = []
    for index, (start, speaker, text) in enumerate(timed):
        following = timed[index + 1][0] if index + 1 < len(timed) else None
        end = following if following is not None and following > start else start + _reading_time(text)
        segments.append((start, end, speaker, text))
    return segments


def _vtt_time(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_webvtt(doc: Interview) -> str:
    """WebVTT captions, one cue per timed turn, the speaker in a ``<v Name>`` voice tag.

    A cue ends where the next timed turn starts; the last one lasts as long as
    its text takes to read. Turns without a timestamp are left out, and a
    document without any raises :class:`ValueError`.
    """
    cues = ["WEBVTT", ""]
    if doc.title:
        cues[0] = f"WEBVTT - {' '.join(doc.title.split())}".replace("-->", "->")
    for number, (start, end, speaker, text) in enumerate(_timed_segments(doc), 1):
        body = "\n".join(line for line in _vtt_escape(text).splitlines() if line.strip())
        if speaker:
            name = " ".join(_vtt_escape(speaker).split())
            body = f"<v {name}>{body}"
        cues.extend([str(number), f"{_vtt_time(start)} --> {_vtt_time(end)}", body, ""])
    return "\n".join(cues)


def to_podcast_transcript(doc: Interview) -> dict[str, Any]:
    """A Podcasting 2.0 JSON transcript (``application/json`` in ``<podcast:transcript>``).

    ``{"version": "1.0.0", "segments": [{"speaker", "startTime", "endTime", "body"}, ...]}``,
    times in seconds; same timing rules as :func:`to_webvtt`.
    """
    segments = []
    for start, end, speaker, text in _timed_segments(doc):
        segment: dict[str, Any] = {"startTime": start, "endTime": end, "body": text}
        if speaker:
            segment = {"speaker": speaker, **segment}
        segments.append(segment)
    return {"version": "1.0.0", "segments": segments}


# --- readable summary -----------------------------------------------------------------


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
            n = counts.get(speaker.key, 0)
            lines.append(f"  {speaker.name}{role}: {n} turn{'s' if n != 1 else ''}")
    else:
        lines.append("speakers: none found")
    if None in counts:
        lines.append(f"  (unattributed): {counts[None]} turn{'s' if counts[None] != 1 else ''}")
    n_turns = len(doc.turns)
    if doc.sections:
        lines.append(f"{n_turns} turn{'s' if n_turns != 1 else ''}, sections:")
        lines.extend(f"  {'#' * section.level} {section.title}" for section in doc.sections)
    else:
        lines.append(f"{n_turns} turn{'s' if n_turns != 1 else ''}, no sections")
    if doc.diagnostics:
        lines.append(f"{len(doc.diagnostics)} diagnostic{'s' if len(doc.diagnostics) != 1 else ''}")
    return "\n".join(lines)


# --- Chinese script -----------------------------------------------------------------------

# to_dict() fields that are identifiers, not text: never converted.
_KEEP = frozenset({"key", "detector", "encoding", "code", "kind", "date", "role"})
# offsets into a turn's text: kept while the converted text has the same length
_SPANS = frozenset({"emphasis", "italic"})


def _convert_value(value: Any, convert: Any) -> Any:
    if isinstance(value, str):
        return convert(value)
    if isinstance(value, list):
        return [_convert_value(v, convert) for v in value]
    if isinstance(value, dict):
        return {convert(k): _convert_value(v, convert) for k, v in value.items()}
    return value


def convert_script(doc: Interview, script: str) -> Interview:
    """The document with its text in another Chinese script (see :data:`SCRIPTS`).

    Titles, metadata, speaker names and labels, turn and section text are
    converted; speaker keys (already script-neutral), detector names and
    codes are not. Emphasis spans are kept where the converted text has the
    same length, which is the case for the character-level conversions used.

    >>> from interview_parser import parse
    >>> doc = parse("**主持人：** 種茶多少年了？\\n\\n**林師傅：** 三十多年了。\\n\\n"
    ...             "**主持人：** 好。\\n\\n**林師傅：** 對。")
    >>> simple = convert_script(doc, "simplified")
    >>> simple.turns[1].speaker, simple.turns[1].text, simple.turns[1].key == doc.turns[1].key
    ('林师傅', '三十多年了。', True)
    """
    try:
        config = SCRIPTS[script]
    except KeyError:
        raise ValueError(f"unknown script {script!r}; choose one of: {', '.join(SCRIPTS)}") from None
    cc = converter(config)

    def convert(text: str) -> str:
        if text.isascii():
            return text
        return str(cc.convert(text.encode("utf-8", "replace").decode("utf-8")))

    data = doc.to_dict()
    out: dict[str, Any] = {}
    for field, value in data.items():
        if field in ("speakers", "sections", "turns", "media"):
            out[field] = [
                {k: (v if k in _KEEP or k in _SPANS else _convert_value(v, convert)) for k, v in item.items()}
                for item in value
            ]
        elif field == "diagnostics" or field in _KEEP:
            out[field] = value
        else:
            out[field] = _convert_value(value, convert)
    for before, after in zip(data["turns"], out["turns"], strict=True):
        if len(after["text"]) != len(before["text"]):
            for key in _SPANS & set(after):
                after[key] = []
    return Interview.from_dict(out)
