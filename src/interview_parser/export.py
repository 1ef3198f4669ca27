"""The exports under their first name: ``from interview_parser.export import to_csv`` keeps working.

The code lives in :mod:`interview_parser.exports`, one module per format;
this module re-exports exactly its public names, so the two never drift.
"""

from __future__ import annotations

from .exports import *  # noqa: F403  (the shim is the package's names, nothing else)
from .exports import __all__ as __all__
