"""Bare header lines before the body, and the title and date of a document.

Blog and news exports often carry their metadata as plain lines at the top
instead of front matter: ``編輯 | 伊風``, ``作者：X``, ``Source: X``, Pelican's
``Title: X``. They go to ``metadata``, not to the preamble.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

import attrs
import regex

from .conventions import DATE_KEYS, HEADER_KEYS, KIND_KEYS, TITLE_KEYS
from .errors import Diagnostic
from .source import digits_value

__all__ = ["BANNER_LINES", "Header", "banner_title", "closing_date", "date_in_text", "dated_heading", "dateline", "extract_date", "extract_title", "parse_date", "read_header", "split_header_lines"]

# ``key | value`` with a short key: a pipe never marks a speaker.
_PIPE_LINE = regex.compile(r"(?P<key>[\p{L}\p{N}][^\s|｜丨:：#*\[]{0,11}(?: [^\s|｜丨:：#*\[]{1,12}){0,2})[ \t\u3000]{0,8}[|｜丨][ \t\u3000]{0,8}(?P<value>\S.{0,300})")
# ``key: value`` only for keys that name page metadata, never people.
_COLON_LINE = regex.compile(r"(?P<key>[\p{L} _-]{1,20}?)[ \t]{0,4}[:：][ \t\u3000]{0,8}(?P<value>\S.{0,500})")

_MONTH_NAMES = {
    # English, Spanish, Portuguese, French, German, Italian, Dutch, Russian (genitive, as dates write it)
    1: "january jan enero ene janeiro janvier janv januar jänner gennaio gen januari января янв",
    2: "february feb febrero fevereiro fev février févr fevrier februar febbraio februari февраля фев",
    3: "march mar marzo março marco mars märz maerz maart марта",
    4: "april apr abril abr avril aprile апреля",
    5: "may mayo maio mai maggio mei мая",
    6: "june jun junio junho juin juni giugno июня",
    7: "july jul julio julho juillet juil juli luglio lug июля",
    8: "august aug agosto ago août aout augustus августа авг",
    9: "september sep sept septiembre setiembre set setembro septembre settembre сентября сен",
    10: "october oct octubre outubro out octobre oktober okt ottobre ott октября",
    11: "november nov noviembre novembro novembre нояб ноября",
    12: "december dec diciembre dic dezembro dez décembre decembre déc dezember dicembre дек декабря",
}
_MONTHS = {name: month for month, names in _MONTH_NAMES.items() for name in names.split()}
"""Month names and abbreviations, folded to lower case, in the languages transcripts most often come in."""
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")(?!\p{L})\.?"
_WORD_DATE = regex.compile(
    r"(?i)(?<![\p{L}\d])(?:"
    # 18 de abril de 2024, 1er août 2024, 17. Mai 2021, 1 августа 2002
    r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|°)?\.?[ \t\u00a0]{0,3}(?:de[ \t]{1,3})?" + _MONTH + r",?[ \t\u00a0]{1,3}(?:del?[ \t]{1,3})?"
    # June 3, 2022; October 23th, 2002
    r"|" + _MONTH.replace("month", "month2") + r"[ \t\u00a0]{1,3}(?P<day2>\d{1,2})(?:st|nd|rd|th)?,?[ \t\u00a0]{1,3}"
    r")(?P<year>\d{4})(?!\d)"
)
"""A date with the month in words, day first or month first."""
_DOTTED_DATE = regex.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])")
"""``17.05.2021``: day, month, year, as German, Russian and much of Europe write it."""
_DATE_KEY_PART = regex.compile(r"(?i)date|日期|时间|時間")
_DATE_IN_TEXT = regex.compile(r"(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?(?!\d)")


@attrs.frozen
class Header:
    """Bare header lines: their metadata, the indexes of the lines taken, and what was dropped."""

    data: dict[str, str]
    taken: frozenset[int]
    diagnostics: tuple[Diagnostic, ...] = ()


def read_header(lines: Sequence[str], start: int, keys: Collection[str] = HEADER_KEYS) -> Header:
    """Header lines from ``start`` (after blank lines and an optional ``# title``): ``key | value``
    lines, and ``key: value`` lines whose casefolded key is one of ``keys``
    (``Conventions.header_keys``).

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
            if match is None or match["key"].strip().casefold() not in keys:
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


def split_header_lines(lines: Sequence[str], start: int, keys: Collection[str] = HEADER_KEYS) -> tuple[dict[str, str], frozenset[int]]:
    """Header lines from ``start``: metadata and their indexes (see :func:`read_header`)."""
    header = read_header(lines, start, keys)
    return header.data, header.taken


def _keyed(metadata: Mapping[str, Any], keys: Sequence[str]) -> list[str]:
    """The keys of ``metadata`` that are among ``keys`` (casefolded ones), in the order of ``keys``;
    of two spellings of one key (``date``, ``Date``), the one in small letters."""
    folded: dict[str, str] = {}
    for key in metadata:
        if isinstance(key, str):
            plain = key.strip().casefold()
            if plain not in folded or key == plain:
                folded[plain] = key
    return [folded[key] for key in keys if key in folded]


def extract_title(metadata: Mapping[str, Any], keys: Sequence[str] = TITLE_KEYS) -> str | None:
    """The title from the metadata's first title key (``Conventions.title_keys``), if one is stated."""
    if not metadata:
        return None
    for key in _keyed(metadata, keys):
        value = metadata.get(key)
        if isinstance(value, datetime.date):
            value = value.isoformat()  # "title: 2023-08-24" (a daily digest), read by YAML as a date
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


def extract_kinds(metadata: Mapping[str, Any], keys: Sequence[str] = KIND_KEYS) -> tuple[str, ...]:
    """What the metadata says the page is (``layout: faq``, ``type: [post, faq]``): the text values of
    its kind keys (``Conventions.kind_keys``)."""
    if not metadata:
        return ()
    kinds: list[str] = []
    for key in _keyed(metadata, keys):
        value = metadata.get(key)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item.strip():
                kinds.append(item.strip())
    return tuple(kinds)


def extract_date(metadata: Mapping[str, Any], keys: Sequence[str] = DATE_KEYS) -> datetime.date | None:
    """The date from the header keys: ISO dates, datetimes, ``2025年2月13日``.

    The usual keys (``Conventions.date_keys``) are tried first, then any key
    that names a date (``播出日期``, ``release_date``).
    """
    if not metadata:
        return None
    tried = _keyed(metadata, keys)
    tried += [k for k in metadata if k not in tried and _DATE_KEY_PART.search(k)]
    for key in tried:
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
    """The first full date written in ``text``, or ``None``.

    ISO (``2025-02-13``, ``2022/02/11``), ``2025年2月13日``, the month in
    words (``June 3, 2022``, ``18 de abril de 2024``, ``17. Mai 2021``) or
    dotted day first (``17.05.2021``); the earliest in the text wins.
    """
    found = _find_date(text)
    return None if found is None else found[0]


def _find_date(text: str) -> tuple[datetime.date, int, int] | None:
    """The first full date in the first 300 characters of ``text``, and where it is written."""
    head = text[:300]
    found: list[tuple[int, int, int, int, int]] = []  # (where, end, year, month, day)
    iso = _DATE_IN_TEXT.search(head)
    if iso is not None:
        found.append((iso.start(), iso.end(), digits_value(iso[1]), digits_value(iso[2]), digits_value(iso[3])))
    words = _WORD_DATE.search(head)
    if words is not None:
        month = _MONTHS[(words["month"] or words["month2"]).casefold()]
        found.append((words.start(), words.end(), digits_value(words["year"]), month, digits_value(words["day"] or words["day2"])))
    dotted = _DOTTED_DATE.search(head)
    if dotted is not None:
        found.append((dotted.start(), dotted.end(), digits_value(dotted[3]), digits_value(dotted[2]), digits_value(dotted[1])))
    for start, end, year, month, day in sorted(found):
        try:
            return datetime.date(year, month, day), start, end
        except ValueError:
            continue
    return None


_EDGE = regex.compile(r"[\W_]*")
_SEPARATED_END = regex.compile(r"(?:[-–—|,:：(（]|\bon|\bam|\bdu|\bdel?)[\W_]*$")


_BANNER_RULE = regex.compile(r"[ \t]{0,40}([*=~+#])\1{4,200}[ \t]*")
_BANNER_TEXT = regex.compile(r"[ \t]{0,40}(?P<frame>[*=~+#]{2,8}|\*)[ \t]+(?P<text>\S(?:[^\n]{0,150}\S)?)[ \t]+(?P=frame)[ \t]*")
BANNER_LINES = 12
"""How far down the page a banner may run."""


def banner_title(lines: Iterable[tuple[int, str]]) -> str | None:
    """The title a plain-text file frames in a box of rules at its top (an e-zine's
    ``*** Interview with ***`` between lines of ``*``): its framed words joined, else ``None``."""
    framed: list[str] = []
    rules = 0
    for _, text in itertools.islice(lines, BANNER_LINES):
        if not text.strip():
            if framed or rules:
                break
            continue
        if _BANNER_RULE.fullmatch(text) is not None:
            rules += 1
        elif (found := _BANNER_TEXT.fullmatch(text)) is not None:
            framed.append(found["text"])
        else:
            break
    return " ".join(framed) if framed and rules else None


def dateline(text: str) -> datetime.date | None:
    """The date a title or heading states as its dateline: at its start (``2017-04-12 Press
    conference``, ``June 6, 2019 Meeting Notes``), at its end after a separator (``Press Briefing –
    February 7, 2023``), or after a key naming a date (``Meeting Date/Time: Thursday 2021/04/22``);
    not a date the words mention (``Remembering 9 November 1989: a conversation``)."""
    found = _find_date(text)
    if found is None:
        return None
    date, start, end = found
    before, after = text[:start], text[end:]
    if _EDGE.fullmatch(before) or _DATE_KEY_PART.search(before):
        return date
    if _EDGE.fullmatch(after) and _SEPARATED_END.search(before):
        return date
    return None


def closing_date(lines: Sequence[str]) -> datetime.date | None:
    """A date standing alone on one of the last lines (an official notice's signature date)."""
    for line in lines[-3:]:
        if len(line) <= 24 and _DATE_IN_TEXT.fullmatch(line.strip()):
            return parse_date(line)
    return None


def date_in_text(paragraphs: Sequence[str]) -> datetime.date | None:
    """A date stated in the first lines of the text (``Published June 3, 2022``).

    Any line of the first paragraphs' first lines; further down (a court
    transcript's cover page states its date a score of lines down) only a
    line that is little more than a date, never a sentence that mentions one.
    """
    seen = 0
    for number, paragraph in enumerate(paragraphs[:12]):
        if paragraph.startswith(("```", "~~~")):
            continue  # an example's date, not the document's
        for place, line in enumerate(paragraph.splitlines()[:12]):
            seen += 1
            if seen > 40:
                return None
            near = number < 4 and place < 4
            if len(line) <= (120 if near else _DATE_LINE_MAX):
                found = parse_date(line)
                if found is not None:
                    return found
    return None


_DATE_LINE_MAX = 40
"""A line this short that holds a date is a date line (``Monday, March 26, 2012``), not speech."""


def dated_heading(titles: Sequence[str], before: int) -> datetime.date | None:
    """The dateline of the only heading that states one, among the first ``before`` (a meeting's
    ``## Devcon SEA - Nov 15, 2024``); a changelog dates every heading, and no one of them is its date."""
    dates = [(i, found) for i, title in enumerate(titles) if (found := dateline(title)) is not None]
    return dates[0][1] if len(dates) == 1 and dates[0][0] < before else None
