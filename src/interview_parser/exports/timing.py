"""Turn timestamps as seconds, and the cue timing WebVTT and podcast transcripts share."""

from __future__ import annotations

from ..model import Interview, clock_seconds

__all__ = ["has_timestamps", "require_timestamps", "timed_segments", "timestamp_seconds"]

def timestamp_seconds(timestamp: str) -> float:
    """Seconds from a turn timestamp: ``H:MM:SS``, ``HH:MM:SS.mmm`` or ``MM:SS``.

    >>> timestamp_seconds("00:01:31"), timestamp_seconds("12:05"), timestamp_seconds("1:00:00,5")
    (91.0, 725.0, 3600.5)
    """
    seconds = clock_seconds(timestamp)  # one reading of a clock for the model and every export
    if seconds is None:
        raise ValueError(f"not a timestamp: {timestamp!r}")
    return seconds


def has_timestamps(doc: Interview) -> bool:
    """Whether any turn carries a timestamp (the timed formats need one)."""
    return any(turn.timestamp for turn in doc.turns)


def _reading_time(text: str) -> float:
    """A guess at how long a turn lasts when nothing follows it: 15 characters a second, at least 2 s."""
    return max(2.0, round(len(text) / 15, 3))


def timed_segments(doc: Interview) -> list[tuple[float, float, str | None, str]]:
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


def require_timestamps(doc: Interview, fmt: str) -> None:
    """The command line's message for a timed format asked of an untimed document."""
    if not has_timestamps(doc):
        raise ValueError(f"{fmt} output needs timed turns, and no turn carries a timestamp")
