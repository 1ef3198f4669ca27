"""WebVTT captions (``--format vtt``), one cue per timed turn."""

from __future__ import annotations

from ..model import Interview
from ._base import ExportContext, Written
from .timing import require_timestamps, timed_segments

__all__ = ["to_webvtt", "write_webvtt"]


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
    for number, (start, end, speaker, text) in enumerate(timed_segments(doc), 1):
        body = "\n".join(line for line in _vtt_escape(text).splitlines() if line.strip())
        if speaker:
            name = " ".join(_vtt_escape(speaker).split())
            body = f"<v {name}>{body}"
        cues.extend([str(number), f"{_vtt_time(start)} --> {_vtt_time(end)}", body, ""])
    return "\n".join(cues)


def write_webvtt(doc: Interview, context: ExportContext) -> Written:
    """``--format vtt``."""
    require_timestamps(doc, "vtt")
    return Written(to_webvtt(doc))
