"""The immutable result of parsing: Interview, Turn, Section, Speaker, ...

Rules kept here:

* Models are frozen attrs classes with slots; collections are tuples.
* ``to_dict()`` gives JSON-compatible data with a stable key order, and
  ``from_dict()`` is its exact inverse.
* Invariants that a consumer relies on (spans inside the text, line ranges
  ordered) are checked when a model is built, so a bad model cannot exist.
"""

from __future__ import annotations

import datetime
import json
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from .errors import Diagnostic
from .source import ascii_digits

__all__ = ["CUE_LABEL", "Emphasis", "Interview", "Media", "Metadata", "Section", "Speaker", "Turn"]

LineRange = tuple[int, int]
"""First and last source line, 1-based and inclusive."""


def _line_range(value: Iterable[int]) -> LineRange:
    return _ordered(value, 1, "line range")


def _ordered(value: Iterable[int], low: int, what: str) -> tuple[int, int]:
    first, last = value
    if not low <= first <= last:
        raise ValueError(f"{what} must satisfy {low} <= first <= last, got {first}..{last}")
    if type(value) is tuple and type(first) is int and type(last) is int:
        return value  # already canonical: the parser's case
    return (int(first), int(last))


Span = tuple[int, int]
"""Start and end offsets (end exclusive) into the text given to ``parse``."""


def _span(value: Iterable[int] | None) -> Span | None:
    return None if value is None else _ordered(value, 0, "source span")


def _strs(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _emphases(value: Iterable[Emphasis]) -> tuple[Emphasis, ...]:
    # One canonical order, so equal turns compare equal however their spans were collected
    # (from_dict rebuilds strong and italic spans from separate lists).
    if value == ():
        return ()  # most turns: no emphasis
    return tuple(sorted(value, key=_span_order))


def _span_order(span: Emphasis) -> tuple[int, int, str]:
    return (span.start, span.end, span.kind)


def _sections(value: Iterable[Section]) -> tuple[Section, ...]:
    return tuple(value)


def _speakers(value: Iterable[Speaker]) -> tuple[Speaker, ...]:
    return tuple(value)


def _turns(value: Iterable[Turn]) -> tuple[Turn, ...]:
    return tuple(value)


def _media(value: Iterable[Media]) -> tuple[Media, ...]:
    return tuple(value)


def _diagnostics(value: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    return tuple(value)



class Metadata(Mapping[str, Any]):
    """Read-only mapping of the header keys, as written in the source."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any] | Iterable[tuple[str, Any]] = ()) -> None:
        self._data: dict[str, Any] = _jsonable(dict(data))

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self._data == dict(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # values may be lists

    def __repr__(self) -> str:
        return f"Metadata({self._data!r})"

    def __reduce__(self) -> tuple[object, ...]:
        return (Metadata, (self._data,))


def _metadata(value: Mapping[str, Any] | Iterable[tuple[str, Any]]) -> Metadata:
    return value if type(value) is Metadata or isinstance(value, Metadata) else Metadata(value)  # type() first: an ABC check is slow


@attrs.frozen
class Emphasis:
    """A span of emphasised text, as offsets into its turn's ``text``."""

    start: int
    """Offset of the first emphasised character."""
    end: int
    """Offset just past the last emphasised character."""
    kind: str = "strong"
    """``"strong"`` for bold (``**x**``, ``<b>``), ``"em"`` for italic."""

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"emphasis span must satisfy 0 <= start < end, got {self.start}..{self.end}")


@attrs.frozen
class Speaker:
    """One speaking identity; labels that differ only in script, width or case share it."""

    name: str
    """The label as first written in the document."""
    key: str
    """Normalised identity: width and case folded, Traditional converted to Simplified."""
    role: str | None = None
    """``"interviewer"``, ``"interviewee"`` or ``None`` when unknown."""
    labels: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Every distinct label written for this speaker, in order of appearance."""


@attrs.frozen
class Section:
    """A heading that divides the interview material."""

    title: str
    """Heading text without markup."""
    lines: LineRange = attrs.field(converter=_line_range)
    """Source lines of the heading."""
    level: int = 2
    """Markdown level for ``#`` headings; 2 for headings recognised otherwise."""
    intro: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Unattributed paragraphs between the heading and its first turn."""


@attrs.frozen
class Turn:
    """One speaker's uninterrupted speech."""

    speaker: str | None
    """Display name of the speaker (the first label written for them), or ``None``."""
    text: str
    """Plain text, markup removed; paragraphs separated by a blank line."""
    lines: LineRange = attrs.field(converter=_line_range)
    """Source lines from the label to the last line of speech."""
    label: str | None = None
    """The label exactly as written on this turn (before alias merging)."""
    key: str | None = None
    """The speaker's normalised identity (see :attr:`Speaker.key`)."""
    section: str | None = None
    """Title of the section the turn belongs to."""
    emphasis: tuple[Emphasis, ...] = attrs.field(default=(), converter=_emphases)
    """Bold and italic spans inside ``text``."""
    detector: str | None = None
    """Name of the detector that recognised the label (why this is a turn)."""
    timestamp: str | None = None
    """A timestamp written next to the label, as written, e.g. ``"00:01:31"`` (``"time"`` in :meth:`Interview.to_dict`)."""
    role: str | None = None
    """The speaker's role (``"interviewer"``/``"interviewee"``), also for unlabelled Q&A turns."""
    span: Span | None = attrs.field(default=None, converter=_span, eq=False)
    """Where the turn is in the text given to ``parse`` (``text[start:end]``), from its label to the end
    of its last line; ``None`` for a turn not built by the parser. Not compared: equal turns may stand
    anywhere."""
    label_span: Span | None = attrs.field(default=None, converter=_span, eq=False)
    """Where the label's words are in that text, without markup or colon (but with the ``****`` of bold
    split into runs inside it); ``None`` when the turn has no label or the label is not written there as
    read (after HTML entities, say)."""

    def __attrs_post_init__(self) -> None:
        for span in self.emphasis:
            if span.end > len(self.text):
                raise ValueError(f"emphasis {span.start}..{span.end} outside text of length {len(self.text)}")

    @property
    def start_seconds(self) -> float | None:
        """:attr:`timestamp` in seconds (``"00:01:31"`` → ``91.0``); ``None`` without one or when it does not read as a time."""
        return None if self.timestamp is None else clock_seconds(self.timestamp)


_CLOCK = re.compile(
    r"(?:\d{4}-\d{2}-\d{2}[ T])?(\d{1,2}):(\d{2})(?::(\d{2})(?:[:;]\d{2})?)?(?:[.,](\d{1,3}))?"
    r"|\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,3}))?(?:Z|[+-]\d{2}:?\d{2})"
)
"""``H:MM:SS``, ``MM:SS.mmm``, a tape's SMPTE timecode ``HH:MM:SS:FF`` (its frame dropped: the frame
rate is not written), and an ISO 8601 date and time with its zone (``2025-08-11T21:59:45.336Z``;
a zone only there: ``10:30-11:45`` is a range, not a time and its offset)."""


_TIME_OF_DAY = re.compile(
    r"(?P<date>\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?[ \t]|\d{4}-\d{2}-\d{2}[ T])?"
    r"(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?(?:[ \t]?(?P<half>[AaPp])\.?[Mm]\.?)?"
)
"""A clock that reads as a time of day, the hours first even without seconds, when a date stands
before it (a chat export's ``01/12/24, 10:05``) or a twelve-hour mark after it (``8:05 PM``)."""


_FIRST_OF_TWO = re.compile("(?:" + _CLOCK.pattern + r")(?: \([0-9:.,]{1,12}\)){1,2}")
"""``0:30 (2:01)``: a label with a time on each side (or inside its bold too); the first is when the turn starts."""


_SECONDS = re.compile(r"(\d{1,6})(?:\.(\d{1,3}))?(?:,[ \t]?\d{1,6}(?:\.\d{1,3})?)?")
"""``43.48``, ``43.48, 46.12``: seconds from the start, as speech-to-text output writes a segment's
start (and end)."""


def clock_seconds(timestamp: str) -> float | None:
    """Seconds from ``H:MM:SS``, ``HH:MM:SS.mmm``, ``MM:SS``, ``HH:MM:SS:FF`` (SMPTE) or plain seconds ``43.48`` (digits of any
    script), the time of day of a chat log's ``2018-03-26 10:58:00``, a chat export's
    ``01/12/24, 10:05`` and ``05/12/2024, 8:05:32 PM``, or a twelve-hour ``8:05 PM``; ``None`` otherwise."""
    text = ascii_digits(timestamp.strip())
    plain = _SECONDS.fullmatch(text)
    if plain is not None:
        whole, fraction = plain.groups()
        return int(whole) + (int(fraction.ljust(3, "0")) / 1000 if fraction else 0.0)
    day = _TIME_OF_DAY.fullmatch(text)
    if day is not None and (day["date"] or day["half"]):  # "10:05" is ten past ten, "8:05:32 PM" twenty past eight at night
        half = day["half"]
        hours = int(day["h"]) % 12 + (12 if half in ("P", "p") else 0) if half else int(day["h"])
        return float(hours * 3600 + int(day["m"]) * 60 + int(day["s"] or 0))
    match = _CLOCK.fullmatch(text) or _FIRST_OF_TWO.fullmatch(text)
    if match is None:
        return None
    groups = match.groups()
    first, second, third, fraction = groups[:4] if groups[0] is not None else groups[4:8]
    if third is None:
        hours, minutes, seconds = 0, int(first), int(second)
    else:
        hours, minutes, seconds = int(first), int(second), int(third)
    frac = int(fraction.ljust(3, "0")) / 1000 if fraction else 0.0
    return hours * 3600 + minutes * 60 + seconds + frac


CUE_LABEL = "cue-label"
"""The :class:`Media` kind of a label written again on a caption cue that continues its speaker's turn."""


@attrs.frozen
class Media:
    """Apparatus that is not speech: images, captions, embeds, rules, links."""

    kind: str
    """``"image"``, ``"caption"``, ``"embed"``, ``"rule"``, ``"link"``, ``"title"``, ``"apparatus"``,
    ``"cue-label"`` (a label written again on a caption cue that continues its speaker's turn) ..."""
    text: str
    """The line as written."""
    lines: LineRange = attrs.field(converter=_line_range)
    """Source lines of the item (1-based, inclusive)."""


def _date(value: datetime.date | str | None) -> datetime.date | None:
    if value is None or isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(value)


@attrs.frozen
class Interview:
    """A parsed interview: header, preamble, sections, speakers and turns."""

    title: str | None = None
    """From front matter, a ``Title:`` header line, or the first heading; ``None`` when the document has none."""
    date: datetime.date | None = attrs.field(default=None, converter=_date)
    """The interview's date from the header, a dateline or a closing line; an ISO string is accepted when building."""
    metadata: Metadata = attrs.field(factory=Metadata, converter=_metadata, hash=False)
    """Every header key as written (front matter and bare header lines)."""
    preamble: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Paragraphs between the header and the first turn or heading."""
    sections: tuple[Section, ...] = attrs.field(default=(), converter=_sections)
    """Headings that divide the interview, in document order."""
    speakers: tuple[Speaker, ...] = attrs.field(default=(), converter=_speakers)
    """Everyone who speaks, in order of first appearance, one per identity."""
    turns: tuple[Turn, ...] = attrs.field(default=(), converter=_turns)
    """Every turn, in document order."""
    media: tuple[Media, ...] = attrs.field(default=(), converter=_media)
    """Images, captions, embeds, rules and links found between turns."""
    trailer: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Lines after the last turn that belong to the page, not the speech (source links)."""
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), converter=_diagnostics)
    """Recoverable oddities found while parsing (and a guessed encoding), ordered by position."""
    encoding: str | None = None
    """The encoding ``parse_file`` decoded the bytes with; ``None`` for ``parse`` and text-mode files without one."""

    def speaker(self, key_or_name: str) -> Speaker | None:
        """The speaker with this key or label, if any."""
        for speaker in self.speakers:
            if key_or_name == speaker.key or key_or_name in speaker.labels:
                return speaker
        return None

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible data; :meth:`from_dict` is its exact inverse."""
        return {
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "metadata": _jsonable(dict(self.metadata)),
            "preamble": list(self.preamble),
            "speakers": [
                {"name": s.name, "key": s.key, "role": s.role, "labels": list(s.labels)}
                for s in self.speakers
            ],
            "sections": [
                {"title": s.title, "level": s.level, "lines": list(s.lines), "intro": list(s.intro)}
                for s in self.sections
            ],
            "turns": [
                {
                    "speaker": t.speaker,
                    "key": t.key,
                    "label": t.label,
                    "text": t.text,
                    "section": t.section,
                    "emphasis": [[e.start, e.end] for e in t.emphasis if e.kind == "strong"],
                    "italic": [[e.start, e.end] for e in t.emphasis if e.kind == "em"],
                    "lines": list(t.lines),
                    "detector": t.detector,
                    "time": t.timestamp,
                    "start_seconds": t.start_seconds,
                    "role": t.role,
                    "span": None if t.span is None else list(t.span),
                    "label_span": None if t.label_span is None else list(t.label_span),
                }
                for t in self.turns
            ],
            "media": [{"kind": m.kind, "text": m.text, "lines": list(m.lines)} for m in self.media],
            "trailer": list(self.trailer),
            "diagnostics": [
                {"code": d.code, "message": d.message, "line": d.line, "column": d.column}
                for d in self.diagnostics
            ],
            "encoding": self.encoding,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Interview:
        """Rebuild an Interview from :meth:`to_dict` output."""
        return cls(
            title=data.get("title"),
            date=data.get("date"),
            metadata=data.get("metadata", {}),
            preamble=data.get("preamble", ()),
            speakers=[
                Speaker(s["name"], s["key"], s.get("role"), s.get("labels", ()))
                for s in data.get("speakers", ())
            ],
            sections=[
                Section(s["title"], s["lines"], s.get("level", 2), s.get("intro", ()))
                for s in data.get("sections", ())
            ],
            turns=[
                Turn(
                    speaker=t["speaker"],
                    text=t["text"],
                    lines=t["lines"],
                    label=t.get("label"),
                    key=t.get("key"),
                    section=t.get("section"),
                    emphasis=sorted(
                        [Emphasis(s, e) for s, e in t.get("emphasis", ())]
                        + [Emphasis(s, e, "em") for s, e in t.get("italic", ())],
                        key=lambda span: (span.start, span.end, span.kind),
                    ),
                    detector=t.get("detector"),
                    timestamp=t.get("time", t.get("timestamp")),  # the older name, which pandas reads as a date
                    role=t.get("role"),
                    span=t.get("span"),
                    label_span=t.get("label_span"),
                )
                for t in data.get("turns", ())
            ],
            media=[Media(m["kind"], m["text"], m["lines"]) for m in data.get("media", ())],
            trailer=data.get("trailer", ()),
            diagnostics=[Diagnostic(**d) for d in data.get("diagnostics", ())],
            encoding=data.get("encoding"),
        )

    def to_json(self, *, indent: int | None = None) -> str:
        """The :meth:`to_dict` data as JSON text (non-ASCII kept as is)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> Interview:
        """Inverse of :meth:`to_json`."""
        return cls.from_dict(json.loads(text))


def _jsonable(value: Any) -> Any:
    """Front matter values as JSON data: dates become ISO strings, and so do numbers
    JSON cannot write (``nan``, ``inf``, ``-inf``: YAML's ``.nan``, TOML's ``nan``)."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)
