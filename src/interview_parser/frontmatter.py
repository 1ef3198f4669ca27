"""Front matter: YAML between ``---`` fences, TOML between ``+++`` fences, JSON between ``{`` and ``}``.

Decoding is left to PyYAML and ``tomllib``; this module finds the fences and
turns a library's error into a :class:`~interview_parser.errors.Diagnostic`
with *our* line and column. Front matter that opens and never closes is
reported. A block whose syntax does not decode, or that does not hold
metadata for this document (a list, a sentence, or speech: ``Q: Why?`` /
``A: Because.`` between two rules), stays body text, with a diagnostic, so
no speech is lost. In YAML that parses, a value that does not (``date:
2024-02-30``) is dropped alone and reported at its own line; the other keys
are kept.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
import sys
from collections.abc import Callable, Collection, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any

import attrs

from .conventions import METADATA_KEYS
from .errors import Diagnostic

if TYPE_CHECKING:
    import yaml

__all__ = ["FrontMatter", "compose_yaml", "split_front_matter"]


@functools.cache
def _yaml() -> tuple[ModuleType, type[yaml.SafeLoader], tuple[type[Exception], ...]]:
    """PyYAML, its fastest safe loader, and the errors a value may raise -- imported on first
    use, so that ``import interview_parser`` stays cheap for documents without front matter."""
    import yaml

    loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    # AttributeError: PyYAML's own failure on a value it cannot read (``!!timestamp x``)
    return yaml, loader, (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError, AttributeError)


@functools.cache
def _tomllib() -> ModuleType:
    """``tomllib`` (``tomli`` before Python 3.11), imported on first use."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    return tomllib


@attrs.frozen
class FrontMatter:
    """What the fences held, and where the body starts."""

    data: dict[str, Any]
    body_start: int
    """0-based index of the first line after the closing fence (0 when absent, or when the block stays body text)."""
    format: str | None = None
    """``"yaml"``, ``"toml"``, ``"json"`` or ``None`` when the text has no front matter."""
    diagnostics: tuple[Diagnostic, ...] = ()


Problem = tuple[int, int, str]
"""0-based line and column in the block, and what is wrong there."""


class _UndecodableError(Exception):
    """The block's syntax does not decode: it stays body text."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem[2])
        self.problem = problem


class _UnusableError(Exception):
    """The block decodes to something too deep or too large to keep: it is dropped."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem[2])
        self.problem = problem


def _position(text: str, index: int) -> tuple[int, int]:
    """0-based line and column of ``text[index]``, counting ``\\n`` only.

    YAML also ends lines at U+0085, U+2028 and U+2029; counted its way, every
    later line number would disagree with the source.
    """
    index = max(0, min(index, len(text)))
    line = text.count("\n", 0, index)
    return line, index - (text.rfind("\n", 0, index) + 1)


def _yaml_problem(text: str, exc: Exception) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or (str(exc).splitlines() or [type(exc).__name__])[0]
    if mark is None:
        return 0, 0, str(problem)
    line, column = _position(text, mark.index)
    return line, column, str(problem)


def _load_yaml(text: str) -> tuple[Any, list[Problem]]:
    """The decoded block and the values dropped from it.

    When the whole block does not construct (a date that does not exist, an
    integer too long to read), it is composed into nodes and each top-level
    value constructed alone: what decodes is kept, each failure is a problem
    at its value's own position.
    """
    yaml, loader, value_errors = _yaml()
    first: Exception | None
    try:
        loaded = yaml.load(text, Loader=loader)  # a safe loader (C or pure Python)
    except RecursionError as exc:
        raise _UnusableError((0, 0, "nested too deep (recursion)")) from exc
    except value_errors as exc:
        first = exc
    else:
        if not isinstance(loaded, dict) or all(isinstance(key, str) for key in loaded):
            return loaded, []
        first = None  # a key YAML reads as a boolean or a number (``no:``, ``2024:``): read again, as written
    try:
        root = yaml.compose(text, Loader=loader)
    except RecursionError as exc:
        raise _UnusableError((0, 0, "nested too deep (recursion)")) from exc
    except value_errors as exc:
        entries = _top_level_entries(text)
        if entries is None or len(entries) > _MAX_ENTRIES_ALONE:
            raise _UndecodableError(_yaml_problem(text, exc)) from exc
        return _load_entries(text, entries, _yaml_problem(text, exc))
    if not isinstance(root, yaml.MappingNode):
        raise _UndecodableError(_yaml_problem(text, first) if first is not None else (0, 0, "not a mapping"))
    return _construct(text, root)


def compose_yaml(text: str) -> yaml.MappingNode | None:
    """The block's nodes, with their positions, when it is a mapping that composes; else ``None``
    (asked after it decoded: for where each value was written)."""
    yaml, loader, value_errors = _yaml()
    errors: tuple[type[Exception], ...] = (RecursionError, *value_errors)
    try:
        root = yaml.compose(text, Loader=loader)
    except errors:
        return None
    return root if isinstance(root, yaml.MappingNode) else None


def _construct(text: str, root: yaml.MappingNode) -> tuple[dict[Any, Any], list[Problem]]:
    """Each top-level value of a composed block constructed alone, its key as written."""
    yaml, _, value_errors = _yaml()
    constructor = yaml.SafeLoader("")
    data: dict[Any, Any] = {}
    problems: list[Problem] = []
    for key_node, value_node in root.value:
        try:
            # a metadata key is the text its writer wrote: "no" stays "no", not False
            plain = isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:str"
            key = key_node.value if plain else constructor.construct_object(key_node, deep=True)
            value = constructor.construct_object(value_node, deep=True)
            data[key] = value
        except RecursionError as exc:
            raise _UnusableError((0, 0, "nested too deep (recursion)")) from exc
        except value_errors as exc:
            mark = getattr(exc, "problem_mark", None) or value_node.start_mark
            line, column = _position(text, mark.index)
            if isinstance(exc, AttributeError):  # PyYAML failing inside, not a message for a user
                problem = f"the value does not read as its tag {value_node.tag!r} says"
            else:
                problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            problems.append((line, column, f"{problem}; the value of {_name(key_node)} is left out"))
    return data, problems


_TOP_KEY = re.compile(r"(?P<key>[^\W\d][\w.-]*(?:[ ][\w.-]+){0,3})[ \t]*:(?:[ \t]+(?P<value>.*\S)?)?[ \t]*")
"""A top-level ``key: value`` line of hand-written front matter."""


_MAX_ENTRIES_ALONE = 200
"""Entries read one at a time at most: hand-written front matter is short, and each read costs a parser."""


def _top_level_entries(text: str) -> list[tuple[int, int]] | None:
    """The (first, end) lines of each top-level entry, when every line of ``text`` is a top-level
    ``key:`` line, a line inside the entry above it (indented, a list item) or a comment; else ``None``."""
    entries: list[tuple[int, int]] = []
    for number, line in enumerate(text.split("\n")):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0] in " \t-" and entries:
            entries[-1] = (entries[-1][0], number + 1)
        elif _TOP_KEY.fullmatch(line):
            entries.append((number, number + 1))
        else:
            return None
    return entries or None


def _load_entries(text: str, entries: list[tuple[int, int]], first: Problem) -> tuple[Any, list[Problem]]:
    """Hand-written front matter that is not YAML as a whole (``title: Part 2: the end``), read one
    top-level entry at a time: an entry that decodes is kept, a one-line entry that does not keeps its
    value as written, and anything else is left out -- each reported at its own line."""
    yaml, loader, value_errors = _yaml()
    lines = text.split("\n")
    data: dict[str, Any] = {}
    problems: list[Problem] = []
    for start, end in entries:
        chunk = "\n".join(lines[start:end])
        written = _TOP_KEY.fullmatch(lines[start])
        assert written is not None  # every entry starts with a key line
        key = written["key"]
        try:
            root = yaml.compose(chunk, Loader=loader)
        except RecursionError as exc:
            raise _UnusableError((0, 0, "nested too deep (recursion)")) from exc
        except value_errors as exc:
            line, column, problem = _yaml_problem(chunk, exc)
            if end - start == 1 and written["value"] is not None:
                found = {key: written["value"]}  # YAML's syntax, not the value: what its writer meant is plain
                problems.append((start + line, column, f"{problem}; the value of {key!r} is kept as written"))
            else:
                problems.append((start + line, column, f"{problem}; the value of {key!r} is left out"))
                continue
        else:
            if not isinstance(root, yaml.MappingNode):
                continue
            found, inner = _construct(chunk, root)
            problems.extend((start + line, column, problem) for line, column, problem in inner)
        for name, value in found.items():
            if name in data:
                problems.append((start, 0, f"the key {name!r} is written twice; its first value is left out"))
            data[name] = value
    if not data:
        raise _UndecodableError(first)
    return data, problems


def _name(node: yaml.Node) -> str:
    value = node.value if isinstance(node, _yaml()[0].ScalarNode) else node.tag
    return repr(str(value)[:60])


_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_TOML_END = re.compile(r"\s*\(at end of document\)$")
_LONG_DIGITS = re.compile(r"[0-9_]{4300,}")
_LONG_INTEGER = re.compile(r"(?:^|[=,\[])[ \t]*[+-]?([0-9][0-9_]{4300,})(?![0-9_.eE])", re.M)


def _load_toml(text: str) -> tuple[Any, list[Problem]]:
    """tomllib states the position only in its message before Python 3.14."""
    limit = sys.get_int_max_str_digits()
    for long in _LONG_INTEGER.finditer(text) if limit else ():
        if len(long[1]) - long[1].count("_") > limit:  # tomllib would hold 150 times its size before Python refused it
            line, column = _position(text, long.start(1))
            raise _UndecodableError((line, column, f"an integer with more than {limit} digits (Python's limit for reading one)"))
    tomllib = _tomllib()
    try:
        return tomllib.loads(text), []
    except RecursionError as exc:
        raise _UnusableError((0, 0, "nested too deep (recursion)")) from exc
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = _TOML_POSITION.search(message)
        if found is not None:
            raise _UndecodableError((int(found[1]) - 1, int(found[2]) - 1, message[: found.start()])) from exc
        end = _TOML_END.search(message)
        if end is not None:  # the last line of the block, at its end
            line, column = _position(text, len(text.rstrip("\n")))
            raise _UndecodableError((line, column, message[: end.start()] + " at the end of the front matter")) from exc
        raise _UndecodableError((0, 0, message)) from exc
    except ValueError as exc:  # Python's limit on the digits of an integer read from text
        digits = _LONG_DIGITS.search(text)
        line, column = _position(text, digits.start()) if digits is not None else (0, 0)
        raise _UndecodableError((line, column, str(exc).split(";")[0])) from exc


def _load_json(text: str) -> tuple[Any, list[Problem]]:
    """Hugo's JSON front matter: ``{`` and ``}`` alone on their lines are the fences and the object's braces."""
    try:
        return json.loads("{\n" + text + "}", parse_constant=_not_json, parse_float=_json_float), []
    except RecursionError as exc:
        raise _UnusableError((0, 0, "nested too deep (recursion)")) from exc
    except json.JSONDecodeError as exc:
        line = max(exc.lineno - 2, 0)  # the opening brace is the fence's line, not the block's
        raise _UndecodableError((line, exc.colno - 1 if exc.lineno > 1 else 0, exc.msg)) from exc
    except ValueError as exc:  # Python's limit on the digits of an integer read from text
        digits = _LONG_DIGITS.search(text)
        line, column = _position(text, digits.start()) if digits is not None else (0, 0)
        raise _UndecodableError((line, column, str(exc).split(";")[0])) from exc


def _not_json(word: str) -> Any:
    """``NaN``, ``Infinity``: Python's ``json`` reads them, JSON has no such values."""
    raise ValueError(f"{word} is not a JSON value")


def _json_float(written: str) -> float | str:
    """A number as a float, or as written when a float cannot hold it (``1e999999``)."""
    number = float(written)
    return number if math.isfinite(number) else written


_FORMATS: dict[str, tuple[str, Callable[[str], tuple[Any, list[Problem]]]]] = {
    "---": ("yaml", _load_yaml),
    "+++": ("toml", _load_toml),
    "{": ("json", _load_json),
}
_CLOSERS = {"---": ("---", "..."), "+++": ("+++",), "{": ("}",)}


def split_front_matter(lines: Sequence[str], metadata_keys: Collection[str] = METADATA_KEYS) -> FrontMatter:
    """Find and decode front matter at the very top of ``lines``; a block whose keys are none of
    ``metadata_keys`` (``Conventions.metadata_keys``) may be speech between two rules."""
    if not lines or lines[0] not in _FORMATS:
        return FrontMatter({}, 0)
    fence = lines[0]
    name, load = _FORMATS[fence]
    closers = _CLOSERS[fence]
    end = next((i for i in range(1, len(lines)) if lines[i] in closers), None)
    if end is None:
        if fence == "{" or (fence == "---" and len(lines) > 1 and ":" not in lines[1]):
            return FrontMatter({}, 0)  # a brace or a thematic break, not front matter
        diag = Diagnostic(
            "frontmatter-unclosed",
            f"Unclosed {name.upper()} front matter: expected a closing '{closers[0]}' line",
            1,
            1,
        )
        return FrontMatter({}, 0, name, (diag,))
    raw = "\n".join(lines[1:end]) + "\n"

    def invalid(problem: Problem) -> Diagnostic:
        line, column, text = problem
        return Diagnostic("frontmatter-invalid", f"Invalid {name.upper()} front matter: {text}", line + 2, column + 1)

    if end - 1 > 2 * MAX_VALUES and _value_lines(lines, end) > MAX_VALUES:
        # each of these lines is at least one value: refused before a decoder holds them all
        problem = (0, 0, f"more than {MAX_VALUES:,} values (each YAML alias counted as a copy): expected plain metadata")
        return FrontMatter({}, end + 1, name, (invalid(problem),))
    try:
        data, problems = load(raw) if raw.strip() else ({}, [])
    except _UndecodableError as exc:  # kept as body text: nothing in it is lost
        return FrontMatter({}, 0, name, (invalid(exc.problem),))
    except _UnusableError as exc:
        return FrontMatter({}, end + 1, name, (invalid(exc.problem),))
    if data is None:
        data = {}
    if not isinstance(data, dict):
        problem = (0, 0, f"expected key/value pairs, got {type(data).__name__}")
        return FrontMatter({}, 0, name, (invalid(problem),))
    unusable = _too_large(data, len(raw))
    if unusable is not None:
        return FrontMatter({}, end + 1, name, (invalid((0, 0, unusable)),))
    speech = _speech(data, lines, end, metadata_keys)
    if speech is not None:
        diag = Diagnostic(
            "frontmatter-not-metadata",
            f"The {name.upper()} block between the fences reads as {speech}, not metadata: it is read as body text",
            1,
            1,
        )
        return FrontMatter({}, 0, name, (diag,))
    diagnostics = [invalid(p) for p in problems]
    clean = {str(k): _safe(v, str(k), raw, diagnostics) for k, v in data.items()}
    return FrontMatter(clean, end + 1, name, tuple(diagnostics))


_SENTENCE = re.compile(r".*\S[ \t\u3000]*[.?!。？！…][\"'”’)）」』]*[ \t]*|.*[?？].*", re.S)
_MAX_LABEL_KEYS = 50


def _speech(data: dict[Any, Any], lines: Sequence[str], end: int, metadata_keys: Collection[str]) -> str | None:
    """Why the decoded block reads as speech rather than metadata, or ``None``.

    Speech between two rules (``---`` / ``Q: Why?`` / ``A: Because.`` / ``---``)
    decodes as YAML. It is speech when a key that names no metadata recurs as
    a label after the block, unless every such key holds a person's full name
    (a cast written as metadata, ``Entrevistadora: Mariana Gomes``, names the
    speakers below it without speaking); or when there are several pairs and
    every value is a sentence.
    """
    keys = [k for k in data if isinstance(k, str)]
    if not keys or len(keys) != len(data):
        return None
    speakers = [k for k in keys if k.strip().casefold() not in metadata_keys and 0 < len(k) <= 40 and "\n" not in k]
    if len(speakers) != len(keys):
        return None
    values = list(data.values())
    if len(keys) <= _MAX_LABEL_KEYS:
        recurring = _labels_below(keys, lines, end)
        if recurring and not all(_full_name(data[k]) for k in recurring):
            return "speech (its keys are speaker labels below it)"
    if len(values) >= 2 and all(isinstance(v, str) and (" " in v.strip() or not v.isascii()) and _SENTENCE.fullmatch(v) for v in values):
        return "speech (every value is a sentence)"
    return None


_LABEL_ENDS = (":", "：", " :", "**:", "**：")


def _labels_below(keys: Sequence[str], lines: Sequence[str], end: int) -> set[str]:
    """The keys that open a line after the block as a speaker's label (``Q:``, ``**Ana:**``)."""
    each = {k: tuple(k + c for c in _LABEL_ENDS) for k in keys}
    prefixes = tuple(p for ends in each.values() for p in ends)
    found: set[str] = set()
    for line in lines[end + 1 :]:
        opened = line.lstrip("*# \t")
        if opened.startswith(prefixes):
            found.update(k for k, ends in each.items() if k not in found and opened.startswith(ends))
            if len(found) == len(keys):
                break
    return found


def _full_name(value: Any) -> bool:
    """Whether ``value`` is a person's full name: two to four capitalised words, nothing else."""
    if not isinstance(value, str):
        return False
    words = value.split()
    return 2 <= len(words) <= 4 and all(word[0].isupper() and word.rstrip(".").replace("-", "").replace("'", "").isalpha() for word in words)


def _safe(value: Any, key: str, raw: str, diagnostics: list[Diagnostic]) -> Any:
    """``value`` with what JSON output and :func:`~interview_parser.render.render` cannot write made text.

    An integer longer than Python will write as decimal digits (``0x`` and
    3,600 ``f``) becomes its hexadecimal text, with a diagnostic at its key.
    """
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        if value.bit_length() < 14_000:  # under 4,300 decimal digits: str() writes it
            return value
        try:
            str(value)
        except ValueError:
            line = _key_line(raw, key)
            diagnostics.append(
                Diagnostic(
                    "frontmatter-value",
                    f"The integer in {key!r} has more than {sys.get_int_max_str_digits():,} digits: kept as hexadecimal text",
                    line + 2,
                    1,
                )
            )
            return hex(value)
        return value
    if isinstance(value, dict):
        return {k: _safe(v, key, raw, diagnostics) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_safe(v, key, raw, diagnostics) for v in value]
    return value


def _key_line(raw: str, key: str) -> int:
    """0-based line in the block where top-level ``key`` is written (0 when not found)."""
    for number, line in enumerate(raw.split("\n")):
        stripped = line.lstrip("\"'")
        if stripped.startswith(key) and stripped[len(key) :].lstrip("\"' \t")[:1] in (":", "="):
            return number
    return 0


MAX_VALUES = 10_000
"""Values front matter may hold, each YAML alias counted as a copy (as JSON output writes it)."""
MAX_DEPTH = 100
"""Lists and mappings front matter may nest."""
MAX_EXPANSION = 1_000_000
"""Characters of text YAML aliases may add beyond what the front matter spells out."""
_VALUE_LINE = re.compile(r"[ \t]*(?:-[ \t]|[^\s#:=\[\]{}|>-][^:=]{0,200}(?::[ \t]|:$|=))")


def _value_lines(lines: Sequence[str], end: int) -> int:
    """Lines of the block that each write a value (``key: v``, ``- v``, ``key = v``): a lower bound on its values.

    Lines inside a block scalar (``text: |``) are counted too: a block of
    more than 20,000 lines, more than 10,000 of them shaped like values, is
    refused even when they are one long text.
    """
    return sum(1 for line in itertools.islice(lines, 1, end) if _VALUE_LINE.match(line))


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
