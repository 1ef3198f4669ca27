"""Front matter: YAML between ``---`` fences, TOML between ``+++`` fences.

Decoding is left to PyYAML and ``tomllib``; this module finds the fences and
turns a library's error into a :class:`~interview_parser.errors.Diagnostic`
with *our* line number. Front matter that opens and never closes, or does not
decode, is reported, never quietly read as body text.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from .errors import Diagnostic

__all__ = ["FrontMatter", "split_front_matter"]


@attrs.frozen
class FrontMatter:
    """What the fences held, and where the body starts."""

    data: dict[str, Any]
    body_start: int
    """0-based index of the first line after the closing fence (0 when absent)."""
    format: str | None = None
    """``"yaml"``, ``"toml"`` or ``None`` when the text has no front matter."""
    diagnostics: tuple[Diagnostic, ...] = ()


def _load_yaml(text: str) -> tuple[Any, int, int, str] | Any:
    import yaml  # imported on first use, so that `import interview_parser` stays cheap

    loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # a safe loader (C or pure Python)


def _yaml_error(exc: Exception) -> tuple[int, int, str]:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if mark is None:
        return 0, 0, str(problem)
    return mark.line, mark.column, str(problem)


_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


def _toml_error(exc: Exception) -> tuple[int, int, str]:
    """tomllib states the position only in its message before Python 3.14."""
    text = str(exc)
    found = _TOML_POSITION.search(text)
    if found is None:
        return 0, 0, text
    return int(found[1]) - 1, int(found[2]) - 1, text[: found.start()]


_Format = tuple[str, Callable[[str], Any], Callable[[Exception], tuple[int, int, str]], tuple[type[Exception], ...]]


def _yaml_format() -> _Format:
    import yaml

    return ("yaml", _load_yaml, _yaml_error, (yaml.YAMLError, ValueError, RecursionError))


def _toml_format() -> _Format:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    return ("toml", tomllib.loads, _toml_error, (tomllib.TOMLDecodeError, RecursionError))


_FORMATS: dict[str, Callable[[], _Format]] = {"---": _yaml_format, "+++": _toml_format}
"""Each fence's loader, built on first use (PyYAML and tomllib are imported only for documents that need them)."""
_CLOSERS = {"---": ("---", "..."), "+++": ("+++",)}


def split_front_matter(lines: Sequence[str]) -> FrontMatter:
    """Find and decode front matter at the very top of ``lines``."""
    if not lines or lines[0] not in _FORMATS:
        return FrontMatter({}, 0)
    fence = lines[0]
    name, load, locate, errors = _FORMATS[fence]()
    closers = _CLOSERS[fence]
    end = next((i for i in range(1, len(lines)) if lines[i] in closers), None)
    if end is None:
        if fence == "---" and len(lines) > 1 and ":" not in lines[1]:
            return FrontMatter({}, 0)  # a thematic break, not front matter
        diag = Diagnostic(
            "frontmatter-unclosed",
            f"Unclosed {name.upper()} front matter: expected a closing '{closers[0]}' line",
            1,
            1,
        )
        return FrontMatter({}, 0, name, (diag,))
    raw = "\n".join(lines[1:end]) + "\n"
    try:
        data = load(raw) if raw.strip() else {}
    except errors as exc:
        line, column, problem = locate(exc)
        diag = Diagnostic(
            "frontmatter-invalid",
            f"Invalid {name.upper()} front matter: {problem}",
            line + 2,
            column + 1,
        )
        return FrontMatter({}, end + 1, name, (diag,))
    if data is None:
        data = {}
    unusable = _too_large(data, len(raw)) if isinstance(data, dict) else f"expected key/value pairs, got {type(data).__name__}"
    if unusable is not None:
        diag = Diagnostic("frontmatter-invalid", f"Invalid {name.upper()} front matter: {unusable}", 2, 1)
        return FrontMatter({}, end + 1, name, (diag,))
    return FrontMatter({str(k): v for k, v in data.items()}, end + 1, name)


MAX_VALUES = 10_000
"""Values front matter may hold, each YAML alias counted as a copy (as JSON output writes it)."""
MAX_DEPTH = 100
"""Lists and mappings front matter may nest."""
MAX_EXPANSION = 1_000_000
"""Characters of text YAML aliases may add beyond what the front matter spells out."""


def _too_large(data: Any, written: int) -> str | None:
    """Why ``data``, decoded from ``written`` characters, cannot become metadata, or ``None``.

    A few lines of YAML aliases (``b: [*a, *a, *a]`` ...) expand to billions
    of values or characters, and an alias inside itself never ends: counted
    as written out, with limits, before anything copies them.
    """
    stack: list[tuple[Any, int]] = [(data, 0)]
    seen = 0
    chars = 0
    while stack:
        value, depth = stack.pop()
        seen += 1
        if seen > MAX_VALUES:
            return f"more than {MAX_VALUES:,} values (each YAML alias counted as a copy): expected plain metadata"
        if depth > MAX_DEPTH:
            return f"nested more than {MAX_DEPTH} levels deep: expected plain metadata"
        if isinstance(value, dict):
            chars += sum(len(str(k)) for k in value)
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, (list, tuple)):
            stack.extend((v, depth + 1) for v in value)
        elif isinstance(value, str):
            chars += len(value)
        if chars > written + MAX_EXPANSION:
            return f"YAML aliases expand it by more than {MAX_EXPANSION:,} characters: expected plain metadata"
    return None
