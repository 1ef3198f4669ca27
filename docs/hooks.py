"""MkDocs hook: show Sphinx-style roles from the docstrings as plain code.

The docstrings use ``:class:`Parser``` and ``:func:`~interview_parser.parse```
so that they read well in ``help()`` and in the source; mkdocstrings renders
the role name literally. This hook drops the role and, for ``~``, the
module path, leaving the code span.
"""

from __future__ import annotations

import re
from typing import Any

_ROLE = re.compile(r":(?:class|func|meth|mod|attr|data|exc|obj|const):<code>(~)?([^<]*)</code>")


def _code(match: re.Match[str]) -> str:
    name = match[2]
    if match[1]:
        name = name.rsplit(".", 1)[-1]
    return f"<code>{name}</code>"


def on_page_content(html: str, **kwargs: Any) -> str:
    return _ROLE.sub(_code, html)
