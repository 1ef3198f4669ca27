"""The canonical Markdown rendering (``--format markdown``); the renderer itself is :mod:`interview_parser.render`."""

from __future__ import annotations

from ..model import Interview
from ..render import render
from ._base import ExportContext, Written

__all__ = ["write_markdown"]


def write_markdown(doc: Interview, context: ExportContext) -> Written:
    """:func:`~interview_parser.render.render`, ending in a newline."""
    text = render(doc)
    return Written(text if text.endswith("\n") else text + "\n")
