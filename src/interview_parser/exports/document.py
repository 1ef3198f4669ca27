"""The whole document as JSON (``--format json``) and the JSON Schema it follows."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from ..model import Interview
from ._base import ExportContext, Written

__all__ = ["SCHEMA_RESOURCE", "json_schema", "write_json"]

SCHEMA_RESOURCE = "interview.schema.json"
"""File name of the JSON Schema inside the package."""


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that :meth:`Interview.to_dict` output follows.

    >>> json_schema()["title"]
    'Interview'
    """
    text = resources.files("interview_parser").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def write_json(doc: Interview, context: ExportContext) -> Written:
    """:meth:`Interview.to_json`, indented unless several documents share the stream (one per line)."""
    return Written(doc.to_json(indent=None if context.many else 2) + "\n")
