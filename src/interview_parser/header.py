"""Bare header lines before the body, and the title and date of a document.

Blog and news exports often carry their metadata as plain lines at the top
instead of front matter: ``編輯 | 伊風``, ``作者：X``, ``Source: X``, Pelican's
``Title: X``. They go to ``metadata``, not to the preamble.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

import regex

__all__ = ["extract_date", "extract_title", "split_header_lines"]

# ``key | value`` with a short key: a pipe never marks a speaker.
_PIPE_LINE = regex.compile(r"(?P<key>[\p{L}\p{N}][^\s|｜丨:：#*\[]{0,11}(?: [^\s|｜丨:：#*\[]{1,12}){0,2})[ \t\u3000]*[|｜丨][ \t\u3000]*(?P<value>\S.{0,300})")
# ``key: value`` only for keys that name page metadata, never people.
_COLON_LINE = regex.compile(r"(?P<key>[\p{L} _-]{1,20}?)[ \t]*[:：][ \t\u3000]*(?P<value>\S.{0,500})")
_HEADER_KEYS = frozenset(
    """title date author authors source license licence tags category categories summary
    slug url modified published status lang language translator editor by
    标题 標題 作者 来源 來源 出处 出處 编辑 編輯 责编 責編 出品 日期 发布 發布 发布时间 發布時間
    摄影 攝影 撰文 文 图 圖 翻译 翻譯 整理 策划 策劃 监制 監製 原文 原标题 原標題""".split()
)

_TITLE_KEYS = ("title", "Title", "TITLE", "标题", "標題")
_DATE_KEYS = ("date", "Date", "DATE", "日期", "published", "published_time", "发布时间", "發布時間", "pubdate")
_DATE_IN_TEXT = regex.compile(r"(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")


def split_header_lines(lines: Sequence[str], start: int) -> tuple[dict[str, str], int, list[int]]:
    """Read header lines from ``start``; return metadata, the next index, and the header line indexes."""
    data: dict[str, str] = {}
    taken: list[int] = []
    i = start
    while i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            break
        match = _PIPE_LINE.fullmatch(line)
        if match is None:
            match = _COLON_LINE.fullmatch(line)
            if match is None or match["key"].strip().lower() not in _HEADER_KEYS:
                break
        data.setdefault(match["key"].strip(), match["value"].strip())
        taken.append(i)
        i += 1
    if not taken:
        return {}, start, []
    return data, i, taken


def extract_title(metadata: Mapping[str, Any]) -> str | None:
    """The title from the header keys, if one is stated."""
    for key in _TITLE_KEYS:
        value = metadata.get(key)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


def extract_date(metadata: Mapping[str, Any]) -> datetime.date | None:
    """The date from the header keys: ISO dates, datetimes, ``2025年2月13日``."""
    for key in _DATE_KEYS:
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
    """The first full date written in ``text``, or ``None``."""
    match = _DATE_IN_TEXT.search(text[:200])
    if match is None:
        return None
    try:
        return datetime.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
