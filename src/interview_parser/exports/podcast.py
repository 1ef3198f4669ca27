"""Podcasting 2.0 JSON transcripts (``--format podcast``)."""

from __future__ import annotations

import json
from typing import Any

from ..model import Interview
from ._base import ExportContext, Written
from .timing import require_timestamps, timed_segments

__all__ = ["to_podcast_transcript", "write_podcast"]


def to_podcast_transcript(doc: Interview) -> dict[str, Any]:
    """A Podcasting 2.0 JSON transcript (``application/json`` in ``<podcast:transcript>``).

    ``{"version": "1.0.0", "segments": [{"speaker", "startTime", "endTime", "body"}, ...]}``,
    times in seconds; same timing rules as :func:`~interview_parser.exports.webvtt.to_webvtt`.
    """
    segments = []
    for start, end, speaker, text in timed_segments(doc):
        segment: dict[str, Any] = {"startTime": start, "endTime": end, "body": text}
        if speaker:
            segment = {"speaker": speaker, **segment}
        segments.append(segment)
    return {"version": "1.0.0", "segments": segments}


def write_podcast(doc: Interview, context: ExportContext) -> Written:
    """``--format podcast``: indented, or one line per document when several share the stream."""
    require_timestamps(doc, "podcast")
    data = to_podcast_transcript(doc)
    return Written(json.dumps(data, ensure_ascii=False, indent=None if context.many else 2) + "\n")
