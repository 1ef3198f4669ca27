"""``python -m interview_parser``: the same as the ``interview-parser`` command."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
