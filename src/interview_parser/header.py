"""Bare header lines before the body, and the title and date of a document.

Blog and news exports often carry their metadata as plain lines at the top
instead of front matter: ``編輯 | 伊風``, ``作者：X``, ``Source: X``, Pelican's
``Title: X``. They go to ``metadata``, not to the preamble.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import regex

from .errors import Diagnostic
from .source import digits_value

__all__ = ["Header", "closing_date", "date_in_text", "extract_date", "extract_title", "parse_date", "read_header", "split_header_lines"]

# ``key | value`` with a short key: a pipe never marks a speaker.
_PIPE_LINE = regex.compile(r"(?P<key>[\p{L}\p{N}][^\s|｜丨:：#*\[]{0,11}(?: [^\s|｜丨:：#*\[]{1,12}){0,2})[ \t\u3000]{0,8}[|｜丨][ \t\u3000]{0,8}(?P<value>\S.{0,300})")
# ``key: value`` only for keys that name page metadata, never people.
_COLON_LINE = regex.compile(r"(?P<key>[\p{L} _-]{1,20}?)[ \t]{0,4}[:：][ \t\u3000]{0,8}(?P<value>\S.{0,500})")
_HEADER_KEYS = frozenset(
    """title date author authors source license licence tags category categories summary
    slug url modified published status lang language translator editor by
    标题 標題 题目 題目 作者 来源 來源 出处 出處 编辑 編輯 责编 責編 出品 日期 发布 發布 发布时间 發布時間
    歌名 作词 作詞 作曲 编曲 編曲 演唱 节目 節目 播出日期
    摄影 攝影 撰文 文 图 圖 翻译 翻譯 整理 策划 策劃 监制 監製 原文 原标题 原標題""".split()
)

_TITLE_KEYS = ("title", "Title", "TITLE", "标题", "標題", "题目", "題目", "歌名", "篇名")
_DATE_KEYS = ("date", "Date", "DATE", "日期", "published", "published_time", "发布时间", "發布時間", "pubdate")
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_ENGLISH_DATE = regex.compile(
    r"(?i)(?:(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[ \t]{1,3}(?P<day>\d{1,2}),?[ \t]{1,3}|(?P<day2>\d{1,2})[ \t]{1,3}(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?[ \t]{1,3})(?P<year>\d{4})(?!\d)"
)
_DATE_KEY_PART = regex.compile(r"(?i)date|日期|时间|時間")
_DATE_IN_TEXT = regex.compile(r"(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?(?!\d)")


@attrs.frozen
class Header:
    """Bare header lines: their metadata, the indexes of the lines taken, and what was dropped."""

    data: dict[str, str]
    taken: frozenset[int]
    diagnostics: tuple[Diagnostic, ...] = ()


def read_header(lines: Sequence[str], start: int) -> Header:
    """Header lines from ``start`` (after blank lines and an optional ``# title``).

    A key written twice (``Source: A`` / ``Source: B``) keeps its first
    value, as a reader scanning the header would; the later line is reported
    by a ``header-duplicate`` diagnostic at its own line, which quotes the
    value left out.
    """
    data: dict[str, str] = {}
    taken: set[int] = set()
    diagnostics: list[Diagnostic] = []
    repeated: dict[tuple[str, str], str] = {}  # (key, value) → its header-duplicate message
    i = start
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i < len(lines) and lines[i].startswith("# "):
        i += 1  # the title heading stays in the body; header lines may follow it
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            break
        match = _PIPE_LINE.fullmatch(line)
        if match is None:
            match = _COLON_LINE.fullmatch(line)
            if match is None or match["key"].strip().lower() not in _HEADER_KEYS:
                break
        key, value = match["key"].strip(), match["value"].strip()
        if key in data:
            said = (key, value)
            message = repeated.get(said)
            if message is None:  # one string per key and value: a page of repeats says it on every line
                message = repeated[said] = f"Header key {key!r} repeated: the first value {data[key]!r} is kept, {value!r} is left out"
            diagnostics.append(Diagnostic("header-duplicate", message, i + 1, len(lines[i]) - len(lines[i].lstrip()) + 1))
        else:
            data[key] = value
        taken.add(i)
        i += 1
    return Header(data, frozenset(taken), tuple(diagnostics))


def split_header_lines(lines: Sequence[str], start: int) -> tuple[dict[str, str], frozenset[int]]:
    """Header lines from ``start``: metadata and their indexes (see :func:`read_header`)."""
    header = read_header(lines, start)
    return header.data, header.taken


def extract_title(metadata: Mapping[str, Any]) -> str | None:
    """The title from the header keys, if one is stated."""
    if not metadata:
        return None
    for key in _TITLE_KEYS:
        value = metadata.get(key)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


def extract_date(metadata: Mapping[str, Any]) -> datetime.date | None:
    """The date from the header keys: ISO dates, datetimes, ``2025年2月13日``.

    The usual keys are tried first, then any key that names a date
    (``播出日期``, ``release_date``).
    """
    keys = [k for k in _DATE_KEYS if k in metadata]
    keys += [k for k in metadata if k not in keys and _DATE_KEY_PART.search(k)]
    for key in keys:
        value = metadata.get(key)
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        if isinstance(value, str):
            found = parse_date(value)
            if found is not None:
                return found
    return None


def parse_date(text: str) -> datetime.date | None:
    """The first full date written in ``text`` (ISO, ``2025年2月13日``, ``June 3, 2022``), or ``None``."""
    head = text[:300]
    match = _DATE_IN_TEXT.search(head)
    if match is not None:
        year, month, day = digits_value(match[1]), digits_value(match[2]), digits_value(match[3])
    else:
        match = _ENGLISH_DATE.search(head)
        if match is None:
            return None
        month = _MONTHS[match["month"][:3].lower()]
        year, day = digits_value(match["year"]), digits_value(match["day"] or match["day2"])
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def closing_date(lines: Sequence[str]) -> datetime.date | None:
    """A date standing alone on one of the last lines (an official notice's signature date)."""
    for line in lines[-3:]:
        if len(line) <= 24 and _DATE_IN_TEXT.fullmatch(line.strip()):
            return parse_date(line)
    return None


def date_in_text(paragraphs: Sequence[str]) -> datetime.date | None:
    """A date stated in the first lines of the text (``Published June 3, 2022``)."""
    for paragraph in paragraphs[:4]:
        for line in paragraph.splitlines()[:4]:
            if len(line) <= 120:
                found = parse_date(line)
                if found is not None:
                    return found
    return None
