"""Caption tracks (WebVTT, SubRip): the apparatus of each cue is named, the speech is read.

A transcript exported as captions (Zoom, Teams, YouTube, WhisperX) writes every
cue as an optional number, a timing line and the cue's text::

    2
    00:00:04.000 --> 00:00:08.000
    <v Bo Chen>Thanks for having me.</v>

:mod:`.blocks` tags the timing line and the number above it as apparatus (they
land in ``Interview.media``, never in speech); the detectors read the text's
label, a WebVTT voice span's ``<v Bo Chen>`` included (:class:`.detectors.AngleLabel`).
This module removes the voice span's closing ``</v>`` from the speech, gives a
turn that opens a cue the cue's start time as its timestamp, and finds the labels
that open cues: a cue by the speaker of the turn before continues it
(``Conventions.join_cues``; :func:`.assemble.assemble` joins them). Captions run
together on one line (a raw caption dump: ``… we are doing? >> Great questions.``)
have their speaker changes set apart (:func:`caption_marks_apart`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence

import regex

from .blocks import CUE_TIMING, Line, below_cue_timing
from .detectors import TS, SpeakerMatch

__all__ = ["caption_marks_apart", "cue_openers", "cue_times", "qa_marks_apart", "voice_closers"]

_VOICE_CLOSER = "</v>"


_MARK_INSIDE = regex.compile(r"(?<=[^\s\])\d])[ \t]+(?=>>[ \t]+[\p{Lu}\[(“\"'¿¡])")
"""A caption's speaker change inside a line: after speech, a space, ``>>``, and speech opening with
a capital (a shift in code, ``x >> 2``, does not; a mark after a cue's time, ``[00:00:17]  >>``,
opens its line already)."""


_MARK_OPENING = regex.compile(rf"(?:\[?{TS}\]?[ \t]{{1,4}})?>>[ \t]")
"""A mark opening a line, after a time or not (``[00:57] >> Hi.``)."""


def caption_marks_apart(numbered: Iterable[tuple[int, str]], least: int = 5) -> list[tuple[int, str]]:
    """The body's pieces with each ``>>`` mark inside a line set apart as a paragraph of its own
    (a blank piece, then the mark and its speech, on the same source line), and each line a mark
    opens made a paragraph's first, where ``least`` marks or more stand inside lines: captions run
    together, whose marks :class:`.detectors.CaptionMarker` then reads as it reads a caption
    file's. Fewer leave the text as written."""
    pieces = list(numbered)
    if sum(len(_MARK_INSIDE.findall(text)) for _, text in pieces if ">>" in text) < least:
        return pieces
    out: list[tuple[int, str]] = []
    for number, text in pieces:
        cuts = [found.span() for found in _MARK_INSIDE.finditer(text)] if ">>" in text else []
        # a mark opening a line inside a paragraph (``[00:57] >> Hi.``) opens a paragraph too
        _set_apart(out, number, text, cuts, opens=_MARK_OPENING.match(text) is not None)
    return out


def _set_apart(out: list[tuple[int, str]], number: int, text: str, cuts: Sequence[tuple[int, int]], *, opens: bool) -> None:
    """Append ``text`` to ``out`` cut at each ``(space, mark)`` of ``cuts``: the piece before each
    space, a blank piece, and the rest from the mark on, all on source line ``number``; a blank
    piece first when the line ``opens`` with a mark inside a paragraph."""
    if opens and out and out[-1][1]:
        out.append((number, ""))
    start = 0
    for space, mark in cuts:
        out.append((number, text[start:space]))
        out.append((number, ""))
        start = mark
    out.append((number, text[start:]))


_QA_OPENING = regex.compile(r"[ \t]{0,4}(?P<mark>[QA])\.[ \t]+\S")
"""A line opened by a question's or an answer's mark (``Q. Why …``)."""

_QA_INSIDE = regex.compile(r"(?<=\S)[ \t]+(?=(?P<mark>[QA])\.[ \t]+\S)")
"""The space before a ``Q.`` or ``A.`` mark inside a line (``…children? A. they doe noe harme``)."""


def _qa_cuts(text: str) -> list[tuple[int, int]]:
    """Where a line opened by ``Q.`` or ``A.`` hands over to the other mark inside it, alternating
    (``Q. Why? A. Because. Q. When? A. Then.``): the space before each such mark. A mark out of
    turn (``A.`` inside an answer: ``grade A. Then``) is the speech's own."""
    opening = _QA_OPENING.match(text)
    if opening is None:
        return []
    expected = "A" if opening["mark"] == "Q" else "Q"
    cuts = []
    for found in _QA_INSIDE.finditer(text, opening.end()):
        if found["mark"] == expected:
            cuts.append(found.span())
            expected = "A" if expected == "Q" else "Q"
    return cuts


def qa_marks_apart(numbered: Iterable[tuple[int, str]], least: int = 5) -> list[tuple[int, str]]:
    """The body's pieces with each ``Q.`` or ``A.`` mark inside a line opened by the other set apart
    as a paragraph of its own on the same source line (a trial record's examination, written
    ``Q. Why …? A. they doe noe harme … Q. …`` in one paragraph), where ``least`` such marks or more
    stand inside lines (``Conventions.inline_qa_marks``; 0 turns it off). Fewer leave the text as
    written; :class:`.detectors.QAMarker` then reads each mark as it reads a line's."""
    pieces = list(numbered)
    if least <= 0:
        return pieces
    cuts: dict[int, list[tuple[int, int]]] = {}
    for i, (_, text) in enumerate(pieces):
        if "Q." in text and "A." in text and (found := _qa_cuts(text)):
            cuts[i] = found
    if sum(len(found) for found in cuts.values()) < least:
        return pieces
    out: list[tuple[int, str]] = []
    for i, (number, text) in enumerate(pieces):
        at = cuts.get(i)
        # the line's first mark opens a paragraph too
        _set_apart(out, number, text, at or (), opens=at is not None)
    return out


def voice_closers(numbered: Iterable[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """The lines with the ``</v>`` that closes a voice span at their end removed: markup, like the
    ``<v Name>`` the label is read from. A ``</v>`` before any ``<v`` opener, or inside a sentence
    (``closed by </v>, like HTML``), is text, and stays."""
    opened = False
    for number, raw in numbered:
        if not opened:
            opened = "<v " in raw or "<v." in raw
        if opened and raw.rstrip().endswith(_VOICE_CLOSER):
            end = raw.rstrip()
            raw = end[: -len(_VOICE_CLOSER)] + raw[len(end) :]
        yield number, raw


def cue_times(lines: Sequence[Line], proposed: Mapping[int, SpeakerMatch]) -> dict[int, SpeakerMatch]:
    """``proposed`` with each label that opens a cue's text (the line below its timing) timed
    by the cue's start, unless it carries a time of its own."""
    out = dict(proposed)
    for index, match in proposed.items():
        if match.timestamp is not None or index == 0:
            continue
        if not below_cue_timing(lines, index):
            continue
        timing = CUE_TIMING.fullmatch(lines[index - 1].text)
        if timing is not None:
            out[index] = match._replace(timestamp=timing["start"])
    return out


def cue_openers(lines: Sequence[Line], labels: Mapping[int, SpeakerMatch]) -> frozenset[int]:
    """The labels that open a caption cue: right below a cue's timing line, or written as a
    WebVTT voice span (``00:00:04 <v Bo Chen>…``)."""
    return frozenset(
        index
        for index, match in labels.items()
        if match.label and (below_cue_timing(lines, index) or "<v" in lines[index].text[match.start : match.end])
    )
