"""A transcript kept in the front matter: static-site podcasts write the episode's speech into
a YAML key (``Conventions.transcript_keys``) rather than below the fences.

Two shapes are read, from the composed nodes, as written. A text block (``transcript: |`` and
Markdown under it) is body text where it stands, read before the body's lines. A list of items
(``- line: …`` / ``who: Alexey``; ``Conventions.table_speaker_columns``, ``transcript_text_keys``,
``table_time_columns``; an item of ``transcript_heading_keys`` alone is a heading) is a
transcript table, read after the body (its show notes, the preamble): each item the labelled
line it stands for, its speaker taken as stated. Where no item names a speaker, each item is an
utterance of its own, its speaker unnamed (a recording's segments), if enough say sentences
(``Conventions.transcript_segments``): a chapter list stays metadata. The key leaves the
metadata once its speech is read; an item's keys read into nothing are named in a diagnostic.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

import regex

from .conventions import Conventions
from .detectors import _SENTENCE_ENDS, TS, SpeakerMatch
from .errors import Diagnostic
from .frontmatter import FrontMatter, compose_yaml
from .rows import unread_listing

__all__ = ["FrontSpeech", "front_speech"]

_TIME = regex.compile(rf"\[?({TS})\]?")
_BLANK_LINE = regex.compile(r"\n[ \t]*\n")


class FrontSpeech(NamedTuple):
    """The speech a front matter key holds, and where it is read."""

    key: str
    """The key, as written: it leaves the metadata."""
    pieces: list[tuple[int, str]]
    """``(line number, text)`` pairs to read with the body's."""
    labels: dict[int, SpeakerMatch]
    """Line number → the label of each item naming its speaker (empty for a text block)."""
    after_body: bool
    """Whether the pieces are read after the body's (a list of items: the body, show notes above
    the transcript as a page shows them, is its preamble) rather than before (a text block)."""
    diagnostics: list[Diagnostic]


def front_speech(lines: Sequence[str], front: FrontMatter, conventions: Conventions) -> FrontSpeech | None:
    """The transcript the YAML front matter of ``lines`` holds, or ``None``.

    The value is read from the composed nodes, as written: YAML 1.1 would make ``No`` a boolean
    and ``1:30`` a number, and a flow list (``[{who: A, line: x}, …]``) puts every item on one line.
    """
    if front.format != "yaml" or not any(k.casefold() in conventions.transcript_keys for k in front.data):
        return None
    end = front.body_start - 1  # the closing fence
    root = compose_yaml("\n".join(lines[1:end]) + "\n")
    if root is None:
        return None
    # the last of a key written twice is YAML's value
    pairs = [(k, v) for k, v in root.value if isinstance(k.value, str) and k.value.casefold() in conventions.transcript_keys]
    if not pairs or pairs[-1][0].value not in front.data:
        return None
    key_node, value = pairs[-1]
    key = key_node.value
    if getattr(value, "style", None) in ("|", ">") and value.start_mark.line == key_node.start_mark.line:
        # a block scalar: its lines start below the key (an alias elsewhere is no block of this key)
        first, stop = key_node.start_mark.line + 2, value.end_mark.line + 1
        return FrontSpeech(key, [(i + 1, lines[i]) for i in range(first, min(stop, end))], {}, False, [])
    # a sequence of mappings (a mapping's value is a list of pairs, a scalar's a string)
    if value.id == "sequence" and value.value and all(item.id == "mapping" for item in value.value):
        return _items(key, value.value, conventions)
    return None


def _items(key: str, nodes: list[Any], conventions: Conventions) -> FrontSpeech | None:
    """Each item as the labelled line it stands for, at the line its text starts on; ``None``
    unless each item starts on a line of its own (a flow list writes them on one)."""
    starts = [node.start_mark.line for node in nodes]
    if any(a >= b for a, b in itertools.pairwise(starts)):
        return None
    speakers, texts = conventions.table_speaker_columns, conventions.transcript_text_keys
    times, headings = conventions.table_time_columns, conventions.transcript_heading_keys
    pieces: list[tuple[int, str]] = []
    labels: dict[int, SpeakerMatch] = {}
    unread: dict[str, list[int]] = {}
    # items that never name a speaker are segments of a recording, each one an utterance of its own,
    # where there are a few and most say a sentence (a chapter list's "Intro", "Main topic" does not)
    segments = not any(isinstance(k.value, str) and k.value.casefold() in speakers for node in nodes for k, _ in node.value)
    if segments and not _spoken(nodes, texts, conventions.transcript_segments):
        return None
    for node in nodes:
        item_line = node.start_mark.line + 2
        scalars = {str(k.value).casefold(): v for k, v in node.value if isinstance(getattr(v, "value", None), str)}
        who, said, time, heading = (_scalar(scalars, keys) for keys in (speakers, texts, times, headings))
        read: set[str] = set()
        if said is None and heading is not None:
            read = {k for k in scalars if k in headings}
            pieces += [(item_line, ""), (item_line, "## " + " ".join(heading[1].split())), (item_line, "")]
        elif said is not None:
            number = said[0]
            paragraphs = [joined for part in _BLANK_LINE.split(said[1]) if (joined := " ".join(part.split()))]
            read = {k for k in scalars if k in texts or k in speakers}
            stamp = _TIME.fullmatch(time[1].strip()) if time is not None else None
            if stamp is not None:
                read |= {k for k in scalars if k in times}
            name = " ".join(who[1].split()).rstrip(":：").strip() if who is not None else ""
            stated = stamp[1] if stamp is not None else None
            lead = f"{stated} " if stated else ""
            if name and paragraphs:
                label_end = len(lead) + len(name) + 5  # past "**" NAME ":**"
                labels[number] = SpeakerMatch(name, label_end, label_end + 1, len(lead), stated, detector="front_matter")
                paragraphs[0] = f"{lead}**{name}:** {paragraphs[0]}"
            elif segments and paragraphs:
                labels[number] = SpeakerMatch("", len(lead), len(lead), 0, stated, detector="front_matter")
                paragraphs[0] = f"{lead}{paragraphs[0]}"
            pieces += [(number, ""), *((number, paragraph) for paragraph in paragraphs)]
        for k, v in node.value:
            name_of = str(k.value)
            if name_of.casefold() not in read and getattr(v, "value", None) not in (None, "", []):
                unread.setdefault(name_of, []).append(item_line)
    if not labels:
        return None
    diagnostics = []
    if unread:
        listed = unread_listing(unread, "item")
        diagnostics.append(
            Diagnostic(
                "transcript-keys-unread",
                f"Read the front matter's {key!r} as the transcript; not read into the turns: {listed} "
                "(Conventions.table_speaker_columns, transcript_text_keys, table_time_columns, transcript_heading_keys)",
                pieces[0][0],
            )
        )
    return FrontSpeech(key, pieces, labels, True, diagnostics)


def _spoken(nodes: list[Any], texts: frozenset[str], least: int) -> bool:
    """Whether ``least`` items or more hold text, most of it sentences: speech, not a list of titles."""
    said = [
        str(v.value) for node in nodes for k, v in node.value
        if isinstance(k.value, str) and k.value.casefold() in texts and isinstance(v.value, str)
    ]
    sentences = sum(1 for text in said if text.rstrip().endswith(_SENTENCE_ENDS) or len(text.split()) >= 6)
    return len(said) >= least and 2 * sentences > len(said)


def _scalar(scalars: Mapping[str, Any], keys: frozenset[str]) -> tuple[int, str] | None:
    """The line number and text, as written, of the first of ``keys`` in an item."""
    for name, node in scalars.items():
        if name in keys:
            return node.start_mark.line + 2, str(node.value)
    return None
