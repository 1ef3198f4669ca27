"""Normalise text once, at the door, and cut it into numbered lines.

Every later stage sees ``\\n`` line ends only, no byte order mark and NFC
composed characters, so no rule needs to care how the text arrived. Line
numbers are 1-based and refer to the original text (normalising line ends
never merges or splits lines).
"""

from __future__ import annotations

import unicodedata

import regex

__all__ = ["ascii_digits", "digits_value", "doubled_line_ends", "normalize", "split_lines"]


def doubled_line_ends(text: str) -> bool:
    """Whether every line of ``text`` ends in CR CR LF: a Windows text whose line ends were
    converted twice, each of them one line end (as ``wc -l`` and most editors count), not two."""
    ends = text.count("\r\r\n")
    return ends > 0 and ends == text.count("\n")


_DOUBLED_LINE_END = regex.compile(r"\r\r\n|\r\n|\r")
"""The line ends of a text of :func:`doubled_line_ends`, read left to right (``SourceMap`` reads the same)."""


def normalize(text: object) -> str:
    """Return ``text`` with U+FEFF removed (BOM), CRLF/CR turned into LF (CR CR LF too, where
    every line ends so: :func:`doubled_line_ends`), NFC composed."""
    if not isinstance(text, str):  # callers outside typed code pass anything
        if isinstance(text, (bytes, bytearray, memoryview)):
            raise TypeError(
                "parse() takes str, not bytes: decode the bytes first "
                "(text = data.decode('utf-8')) or call parse_file(path), which detects the encoding"
            )
        raise TypeError(f"parse() takes str, not {type(text).__name__}")
    if "\ufeff" in text:  # a byte order mark, or the deprecated zero-width no-break space
        text = text.replace("\ufeff", "")
    if "\r" in text:
        if doubled_line_ends(text):
            text = _DOUBLED_LINE_END.sub("\n", text)
        else:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text


def split_lines(text: str) -> list[str]:
    """Lines of normalised text without their ``\\n``, trailing whitespace removed.

    ``str.splitlines`` is not used: it also breaks on form feeds, U+2028 and
    other separators, which would make line numbers disagree with editors.
    """
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    # a line without trailing whitespace is kept as the same object: a second copy of every
    # line was most of the peak memory of a text of many short lines
    kept = [line.rstrip() if line and line[-1].isspace() else line for line in lines]
    return _shared(kept) if len(kept) > _SHARE_FROM else kept


_SHARE_FROM = 2048
"""Repeated lines are shared only in texts of more lines than this: in a shorter text the copies are
few, and looking every line up cost more time than their memory was worth."""


_SHARED_MAX = 80
"""Lines up to this long are looked up among the lines seen before; longer ones rarely repeat."""
_SHARED_LINES = 1024
"""How many distinct short lines are remembered: a document repeats a few (labels, markers, rules)."""


def _shared(lines: list[str]) -> list[str]:
    """``lines`` with a short line written again replaced by its first copy.

    Every later stage holds the lines for the whole parse, so a page of
    repeated labels held a string per line; the lines remembered are few, so
    a page of distinct short lines (front matter) pays no table of them all.
    """
    seen: dict[str, str] = {}
    for position, line in enumerate(lines):
        if len(line) <= _SHARED_MAX:
            first = seen.get(line)
            if first is not None:
                lines[position] = first
            elif len(seen) < _SHARED_LINES:
                seen[line] = line
    return lines


_DIGIT = regex.compile(r"\d")


def _digit(char: str) -> str:
    """The ASCII digit for one decimal digit ``regex`` matched as ``\\d``.

    ``regex`` may know digits newer than Python's Unicode tables (Kawi, in
    Unicode 15), which ``int()`` and ``unicodedata`` reject. Decimal digits
    are encoded in runs of ten from zero, so such a digit's value is its
    distance from the start of its run.
    """
    value = unicodedata.digit(char, None)
    if value is None:
        code = ord(char)
        value = 0
        while value < 9 and code - value > 0 and _DIGIT.fullmatch(chr(code - value - 1)):
            value += 1
    return str(value)


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit (any script) written as ASCII ``0``-``9``.

    >>> ascii_digits("\U00011f52\U00011f50-٣")
    '20-3'
    """
    if text.isascii():
        return text
    return _DIGIT.sub(lambda m: _digit(m[0]), text)


def digits_value(text: str) -> int:
    """The integer written by decimal digits of any script (what a pattern's ``\\d`` matched)."""
    return int(ascii_digits(text))
