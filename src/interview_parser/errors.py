"""Every exception and warning the package raises or records.

Rules kept here:

* One base, :class:`InterviewParseError`; a subclass exists only where a
  caller would catch it differently (front matter, decoding).
* The position is computed and formatted in one place, so no call site can
  get the line/column or the message shape wrong.
* Lenient parsing never raises: it records a :class:`Diagnostic` on the
  result; strict parsing raises the first diagnostic as an exception.
"""

from __future__ import annotations

import attrs

__all__ = [
    "DecodingError",
    "Diagnostic",
    "FrontMatterError",
    "InterviewParseError",
]


class InterviewParseError(ValueError):
    """Input that cannot be parsed as asked.

    ``line`` and ``column`` are 1-based and count Unicode code points. When
    the offending source line is known, ``str()`` shows it with a caret
    under the position.
    """

    def __init__(
        self,
        msg: str,
        *,
        line: int,
        column: int = 1,
        source_line: str | None = None,
        code: str = "error",
    ) -> None:
        self.msg = msg
        self.line = line
        self.column = column
        self.source_line = source_line
        self.code = code
        super().__init__(self._format())

    def _format(self) -> str:
        text = f"{self.msg} (at line {self.line}, column {self.column})"
        if self.source_line is None or len(self.source_line) > 200:
            return text
        marker = " " * (self.column - 1) + "^"
        return f"{text}\n    {self.source_line}\n    {marker}"

    def __reduce__(self) -> tuple[object, ...]:  # keep exceptions picklable
        return (
            _rebuild,
            (type(self), self.msg, self.line, self.column, self.source_line, self.code),
        )


def _rebuild(
    cls: type[InterviewParseError],
    msg: str,
    line: int,
    column: int,
    source_line: str | None,
    code: str,
) -> InterviewParseError:
    return cls(msg, line=line, column=column, source_line=source_line, code=code)


class FrontMatterError(InterviewParseError):
    """Front matter that opens but never closes, or does not decode."""


class DecodingError(InterviewParseError):
    """Bytes that decode in none of the encodings tried.

    ``line`` and ``column`` locate the first undecodable byte (the column
    counts the characters decoded before it on its line); ``offset`` is its
    0-based byte offset in the file; ``source_line`` is that line decoded
    with the bad bytes replaced by U+FFFD.
    """

    def __init__(
        self, msg: str, *, offset: int, line: int = 1, column: int = 1, source_line: str | None = None
    ) -> None:
        self.offset = offset
        super().__init__(msg, line=line, column=column, source_line=source_line, code="decoding")

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_decoding, (self.msg, self.offset, self.line, self.column, self.source_line))


def _rebuild_decoding(
    msg: str, offset: int, line: int, column: int, source_line: str | None = None
) -> DecodingError:
    return DecodingError(msg, offset=offset, line=line, column=column, source_line=source_line)


@attrs.frozen
class Diagnostic:
    """A recoverable oddity found while parsing leniently."""

    code: str
    """Stable machine-readable name, e.g. ``"frontmatter-unclosed"``."""
    message: str
    """What was expected, for a human."""
    line: int
    """1-based source line."""
    column: int = 1
    """1-based column, in code points."""

    def to_error(self, source_line: str | None = None) -> InterviewParseError:
        """The exception strict mode raises for this diagnostic."""
        cls = FrontMatterError if self.code.startswith("frontmatter") else InterviewParseError
        return cls(
            self.message,
            line=self.line,
            column=self.column,
            source_line=source_line,
            code=self.code,
        )
