"""Turn raw interview transcripts into typed, traceable data.

>>> from interview_parser import parse
>>> doc = parse("**Host:** Welcome.\\n\\n**Ana:** Thanks.\\n\\n**Host:** Bye?\\n\\n**Ana:** Bye.")
>>> [(turn.speaker, turn.text) for turn in doc.turns]
[('Host', 'Welcome.'), ('Ana', 'Thanks.'), ('Host', 'Bye?'), ('Ana', 'Bye.')]
"""

from __future__ import annotations

from .batch import BatchResult, parse_many
from .blocks import Line, LineKind
from .conventions import Conventions
from .decide import Decision, Evidence
from .detectors import (
    BUILTIN_DETECTORS,
    Context,
    Detector,
    DocumentDetector,
    SpeakerDetector,
    SpeakerMatch,
)
from .errors import DecodingError, Diagnostic, FrontMatterError, InterviewParseError
from .explain import Explanation, LineReport
from .model import Emphasis, Interview, Media, Metadata, Section, Speaker, Turn
from .parser import ENTRY_POINT_GROUP, Parser, parse, parse_file

__version__ = "0.1.0"

__all__ = (
    "BUILTIN_DETECTORS",
    "ENTRY_POINT_GROUP",
    "BatchResult",
    "Context",
    "Conventions",
    "Decision",
    "DecodingError",
    "Detector",
    "Diagnostic",
    "DocumentDetector",
    "Emphasis",
    "Evidence",
    "Explanation",
    "FrontMatterError",
    "Interview",
    "InterviewParseError",
    "Line",
    "LineKind",
    "LineReport",
    "Media",
    "Metadata",
    "Parser",
    "Section",
    "Speaker",
    "SpeakerDetector",
    "SpeakerMatch",
    "Turn",
    "__version__",
    "parse",
    "parse_file",
    "parse_many",
)
