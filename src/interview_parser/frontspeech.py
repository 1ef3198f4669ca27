"""A transcript kept in the front matter: static-site podcasts write the episode's speech into
a YAML key (``Conventions.transcript_keys``) rather than below the fences.

Two shapes are read. A text block (``transcript: |`` and Markdown under it) is body text
where it stands: its lines are read before the body's, with their own line numbers. A list of
items, each naming its speaker and what was said (``- line: …`` / ``who: Alexey``; the keys are
a transcript table's column names, ``Conventions.table_speaker_columns``, ``table_speech_columns``
and ``table_time_columns``, and an item of ``transcript_heading_keys`` alone is a heading), is a
transcript table: each item the labelled line it stands for, its speaker taken as stated. The key leaves the metadata once
its speech is read; an item's keys read into nothing are named in a diagnostic.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

import regex

from .conventions import Conventions
from .detectors import TS, SpeakerMatch
from .errors import Diagnostic
from .frontmatter import FrontMatter, compose_yaml

__all__ = ["FrontSpeech", "front_speech"]

_TIME = regex.compile(rf"\[?({TS})\]?")
_BLANK_LINE = regex.compile(r"\n[ \t]*\n")


class FrontSpeech(NamedTuple):
    """The speech a front matter key holds."""

    key: str
    """The key, as written: it leaves the metadata."""
    pieces: list[tuple[int, str]]
    """``(line number, text)`` pairs to read before the body's."""
    labels: dict[int, SpeakerMatch]
    """Line number → the label of each item naming its speaker (empty for a text block)."""
    diagnostics: list[Diagnostic]


def front_speech(lines: Sequence[str], front: FrontMatter, conventions: Conventions) -> FrontSpeech | None:
    """The transcript the YAML front matter of ``lines`` holds, or ``None``."""
    if front.format != "yaml" or not front.data:
        return None
    key = next((k for k in front.data if k.casefold() in conventions.transcript_keys), None)
    if key is None:
        return None
    value = front.data[key]
    end = front.body_start - 1  # the closing fence
    if isinstance(value, str) and "\n" in value.strip():
        return _text_block(lines, end, key)
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        if any(line.strip() for line in lines[front.body_start :]):
            return None  # the body has speech of its own: the list stays metadata
        return _items(lines, end, key, value, conventions)
    return None


def _text_block(lines: Sequence[str], end: int, key: str) -> FrontSpeech | None:
    """The lines of ``key``'s block scalar: from below its key to the next top-level key."""
    start = next((i for i in range(1, end) if _opens_key(lines[i], key)), None)
    if start is None:
        return None
    stop = next((i for i in range(start + 1, end) if lines[i][:1] not in ("", " ", "\t")), end)
    return FrontSpeech(key, [(i + 1, lines[i]) for i in range(start + 1, stop)], {}, [])


def _opens_key(line: str, key: str) -> bool:
    head = line.lstrip("\"'")
    return line[:1] not in (" ", "\t") and head.startswith(key) and head[len(key) :].lstrip("\"' \t")[:1] == ":"


def _items(lines: Sequence[str], end: int, key: str, items: list[dict[Any, Any]], conventions: Conventions) -> FrontSpeech | None:
    """Each item as the labelled line it stands for, at the line its text starts on."""
    nodes = _item_nodes(lines, end, key)
    if nodes is None or len(nodes) != len(items):
        return None
    pieces: list[tuple[int, str]] = []
    labels: dict[int, SpeakerMatch] = {}
    unread: dict[str, list[int]] = {}
    for item, (item_line, value_lines) in zip(items, nodes, strict=True):
        who = _first(item, conventions.table_speaker_columns)
        said = _first(item, conventions.table_speech_columns)
        heading = _first(item, conventions.transcript_heading_keys)
        time = _first(item, conventions.table_time_columns)
        read = {k for k in item if isinstance(k, str) and k.casefold() in conventions.table_speaker_columns | conventions.table_speech_columns}
        if said is None and heading is not None:
            read |= {k for k in item if isinstance(k, str) and k.casefold() in conventions.transcript_heading_keys}
            pieces += [(item_line, ""), (item_line, "## " + " ".join(heading.split())), (item_line, "")]
        elif said is not None:
            number = value_lines.get(next(k for k in item if isinstance(k, str) and k.casefold() in conventions.table_speech_columns), item_line)
            paragraphs = [joined for part in _BLANK_LINE.split(said) if (joined := " ".join(part.split()))]
            stamp = _TIME.fullmatch(time.strip()) if time is not None else None
            if stamp is not None:
                read |= {k for k in item if isinstance(k, str) and k.casefold() in conventions.table_time_columns}
            name = " ".join(who.split()).rstrip(":：").strip() if who is not None else ""
            if name and paragraphs:
                lead = f"{stamp[1]} " if stamp is not None else ""
                label_end = len(lead) + len(name) + 5  # past "**" NAME ":**"
                labels[number] = SpeakerMatch(name, label_end, label_end + 1, len(lead), stamp[1] if stamp is not None else None, detector="front_matter")
                paragraphs[0] = f"{lead}**{name}:** {paragraphs[0]}"
                pieces.append((number, ""))
            pieces += [(number, paragraph) for paragraph in paragraphs]
        for k, v in item.items():
            if k not in read and v not in (None, ""):
                unread.setdefault(str(k), []).append(item_line)
    if not labels:
        return None
    diagnostics = []
    if unread:
        listed = ", ".join(f"{name!r} ({len(at)} item(s), first at line {at[0]})" for name, at in unread.items())
        diagnostics.append(
            Diagnostic(
                "transcript-keys-unread",
                f"Read the front matter's {key!r} as the transcript; not read into the turns: {listed} "
                "(Conventions.table_speaker_columns, table_speech_columns, table_time_columns, transcript_heading_keys)",
                pieces[0][0],
            )
        )
    return FrontSpeech(key, pieces, labels, diagnostics)


def _first(item: Mapping[Any, Any], keys: frozenset[str]) -> str | None:
    """The first value of ``item`` under one of ``keys`` that is text (a number written as one)."""
    for k, v in item.items():
        if isinstance(k, str) and k.casefold() in keys and isinstance(v, (str, int, float)) and not isinstance(v, bool):
            return str(v)
    return None


def _item_nodes(lines: Sequence[str], end: int, key: str) -> list[tuple[int, dict[str, int]]] | None:
    """For each item of ``key``'s list: its line number, and the line number each of its values starts on."""
    root = compose_yaml("\n".join(lines[1:end]) + "\n")
    if root is None:
        return None
    sequence = next((v for k, v in root.value if getattr(k, "value", None) == key), None)
    if sequence is None or not isinstance(sequence.value, list):
        return None
    out: list[tuple[int, dict[str, int]]] = []
    for node in sequence.value:
        if not isinstance(node.value, list):
            return None
        values = {str(k.value): v.start_mark.line + 2 for k, v in node.value if isinstance(k.value, str)}
        out.append((node.start_mark.line + 2, values))
    return out
