"""The canonical renderer: an :class:`~interview_parser.model.Interview` back to text.

``render(doc)`` writes Markdown with bold labels; other built-in labelling
conventions are options. For the interviews described in
:mod:`interview_parser.strategies`, ``parse(render(doc, convention))`` has the
same :func:`structure` as ``doc`` for every convention, and rendering a parsed
document and parsing it again is a fixed point.

>>> from interview_parser import parse
>>> from interview_parser.render import render
>>> doc = parse("Host: Hello there.\\n\\nAna Lima: Hi, **fine**.\\n\\nHost: Why?\\n\\nAna Lima: Because.")
>>> print(render(doc))
**Host:** Hello there.
<BLANKLINE>
**Ana Lima:** Hi, **fine**.
<BLANKLINE>
**Host:** Why?
<BLANKLINE>
**Ana Lima:** Because.
<BLANKLINE>

Conventions (:data:`CONVENTIONS`):

``bold``
    ``**Name:** speech`` on one line (``**王坚：**`` for Han labels).
``bold_line``
    ``**Name:**`` alone on a line, the speech below.
``plain``
    ``Name: speech``.
``qa``
    ``Q: speech`` / ``A: speech`` (``问：`` / ``答：`` when the text is
    Chinese). Labels already in the Q/A family are kept; otherwise a
    two-speaker interview is relabelled, the interviewer (or the first
    speaker) becoming ``Q``.
``caps``
    ``MR. SMITH: speech``: labels upper-cased.
``name_line``
    The name alone on a line, the speech below.

Layout: front matter (or header lines), then ``# title`` when the title is not
in the metadata, then the preamble, then headings (``## title``), section
intros, turns and media in source-line order, then the trailer. Paragraphs
are separated by one blank line; emphasis is written as ``**strong**`` and
``*em*``; Markdown punctuation in text is backslash-escaped so it stays text.
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

import regex
import yaml

from .header import extract_title, split_header_lines
from .model import CUE_LABEL, Emphasis, Interview, Media, Section, Turn
from .punctuation import asks

__all__ = ["CONVENTIONS", "FRONT_MATTER_FORMATS", "Convention", "render", "structure"]

Convention = Literal["bold", "bold_line", "plain", "qa", "caps", "name_line"]
CONVENTIONS: tuple[str, ...] = ("bold", "bold_line", "plain", "qa", "caps", "name_line")
"""The labelling conventions :func:`render` can write."""

FrontMatterFormat = Literal["yaml", "toml", "header", "none"]
FRONT_MATTER_FORMATS: tuple[str, ...] = ("yaml", "toml", "header", "none")
"""How :func:`render` can write the metadata."""

_HAN = regex.compile(r"\p{Han}")
_QA_FAMILY = frozenset({"q", "a", "问", "答", "問", "question", "answer"})
# Inline punctuation that the parser reads as markup.
_INLINE_SPECIAL = frozenset("\\`*_[<!")
# Characters that give a line a meaning of its own when they start it.
_LINE_SPECIAL = frozenset("#>+-=|~:：")
_REFERENCE_START = regex.compile(r"[#A-Za-z]")
"""What may follow ``&`` in a character reference (``&amp;``, ``&#38;``): such an ``&`` is escaped."""
_BARE_TOML_KEY = regex.compile(r"[A-Za-z0-9_-]{1,200}")


def render(
    doc: Interview,
    convention: Convention | str = "bold",
    *,
    front_matter: FrontMatterFormat | str | None = None,
) -> str:
    """``doc`` as text in ``convention``, its metadata written as ``front_matter``.

    ``front_matter`` is ``"yaml"`` (``---`` fences), ``"toml"`` (``+++``
    fences), ``"header"`` (bare ``key: value`` lines, which the parser only
    reads for page-metadata keys such as ``title``, ``author``, ``作者``) or
    ``"none"`` (metadata left out). ``None`` means YAML when the document
    has metadata and nothing otherwise.

    Raises :class:`ValueError` for an unknown convention or format, and for
    the ``qa`` convention when the document has more than two speakers.
    """
    if convention not in CONVENTIONS:
        raise ValueError(f"unknown convention {convention!r}; expected one of {', '.join(CONVENTIONS)}")
    if front_matter is None:
        front_matter = "yaml" if doc.metadata else "none"
    if front_matter not in FRONT_MATTER_FORMATS:
        raise ValueError(f"unknown front matter format {front_matter!r}; expected one of {', '.join(FRONT_MATTER_FORMATS)}")
    blocks: list[str] = []
    head = _front_matter(doc.metadata, front_matter)
    if head:
        blocks.append(head)
    # the heading is left out only when the metadata written above states this very title (not title: 1)
    if doc.title and not (front_matter != "none" and extract_title(doc.metadata) == doc.title):
        blocks.append("# " + _escape_line(doc.title))
    preamble = [_escape_paragraph(p) for p in doc.preamble]
    if preamble and not (front_matter == "header" and head):  # no header block (and blank line) above it
        preamble[0] = _not_a_header_line(preamble[0])
    blocks.extend(preamble)
    labels = _labels(doc, convention)
    question_level = _question_level(doc)
    media_ended = -1  # the source line the last media item written ended on
    items = [item for _, _, item in sorted(_body_items(doc), key=lambda entry: (entry[0], entry[1]))]
    for position, item in enumerate(items):
        if isinstance(item, Section):
            blocks.append("#" * max(1, min(item.level, 6)) + " " + _escape_line(item.title))
            # under a question written as a heading, over its unlabelled answer, a line is the question's
            # credit (*Asked by @ana*): written in italics, it is read back as one
            credits = bool(item.intro) and asks(item.title.rstrip()) and _answered_unlabelled(items, position)
            blocks.extend(f"*{_escape_paragraph(p)}*" if credits and "\n" not in p and p.strip() == p and p else _escape_paragraph(p) for p in item.intro)
        elif isinstance(item, Turn):
            blocks.append(_turn(item, convention, labels, question_level))
        elif item.lines[0] == media_ended + 1 and blocks:
            blocks[-1] += "\n" + item.text  # on the line below the item above, as written (a cue's number, then its timing)
        else:
            blocks.append(item.text)
        media_ended = item.lines[1] if isinstance(item, Media) else -1
    blocks.extend(doc.trailer)
    text = "\n\n".join(b for b in blocks if b) + "\n" if blocks else ""
    # the parser reads text in NFC; removing markup may have joined a letter and a mark (**A**\u0301)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def structure(doc: Interview) -> dict[str, Any]:
    """The parts of ``doc`` that survive :func:`render` and :func:`~interview_parser.parse`.

    Title, date, metadata, preamble, sections (title, level, intro), speakers
    (name, key, role, labels), turns (speaker, key, label, role, section,
    text, emphasis) and media other than the title line. Source line numbers,
    detector names, diagnostics and the encoding depend on how the text was
    written and are left out.
    """
    return {
        "title": doc.title,
        "date": doc.date.isoformat() if doc.date else None,
        "metadata": dict(doc.metadata),
        "preamble": list(doc.preamble),
        "sections": [(s.title, s.level, list(s.intro)) for s in doc.sections],
        "speakers": [(s.name, s.key, s.role, list(s.labels)) for s in doc.speakers],
        "turns": [
            (
                t.speaker,
                t.key,
                t.label,
                t.role,
                t.section,
                t.text,
                [(e.start, e.end, e.kind) for e in t.emphasis],
                t.timestamp,
            )
            for t in doc.turns
        ],
        "media": [(m.kind, m.text) for m in doc.media if m.kind != "title"],
        "trailer": list(doc.trailer),
    }


# --- body ---------------------------------------------------------------------


_UNWRITTEN_MEDIA = frozenset({"title", CUE_LABEL})


def _body_items(doc: Interview) -> Iterable[tuple[int, float, Section | Turn | Media]]:
    """Headings, turns and media keyed by first source line. On one line (an HTML page written
    on a single line) a heading goes right before the first turn under it, turns keep their
    order, and media follow."""
    first_turn: dict[int, int] = {}
    position = 0
    for index, section in enumerate(doc.sections):
        found = next((i for i in range(position, len(doc.turns)) if doc.turns[i].section == section.title), None)
        first_turn[index] = position if found is None else found  # a section without turns: where it stands
        position = position if found is None else found
    for index, section in enumerate(doc.sections):
        yield section.lines[0], first_turn[index] - 0.5, section
    for index, turn in enumerate(doc.turns):
        yield turn.lines[0], index, turn
    order = len(doc.turns)
    for media in doc.media:
        # the title is written above; a heading kept out as page furniture (contents, navigation)
        # is left out: written where the body items go, it would head a section; a caption cue's
        # label written again is left out too: its speech is in the turn written above
        if media.kind not in _UNWRITTEN_MEDIA and not (media.kind == "apparatus" and media.text.startswith("#")):
            yield media.lines[0], order, media
            order += 1


def _labels(doc: Interview, convention: str) -> dict[str | None, str]:
    """The label to write for each label as written, under ``convention``."""
    written = [t.label for t in doc.turns if t.label]
    if convention == "caps":
        return {label: label.upper() for label in written}
    if convention != "qa" or all(label.casefold() in _QA_FAMILY for label in written):
        return {label: label for label in written}
    keys: list[str] = []
    for turn in doc.turns:
        if turn.key is not None and turn.key not in keys:
            keys.append(turn.key)
    if len(keys) > 2:
        raise ValueError(f"the qa convention needs at most two speakers, this interview has {len(keys)}")
    roles = {s.key: s.role for s in doc.speakers}
    interviewer = next((k for k in keys if roles.get(k) == "interviewer"), keys[0] if keys else None)
    chinese = any(_HAN.search(t.text) for t in doc.turns)
    ask, answer = ("问", "答") if chinese else ("Q", "A")
    by_key = {k: (ask if k == interviewer else answer) for k in keys}
    return {t.label: by_key[t.key] for t in doc.turns if t.label and t.key is not None}


def _colon(label: str) -> str:
    return "：" if _HAN.match(label) else ":"


_DASH_QUESTIONS = 0
"""The "level" that writes unlabelled questions after a doubled dash (``――``)."""


def _answered_unlabelled(items: Sequence[Section | Turn | Media], position: int) -> bool:
    """Whether the first turn after the section at ``position``, before any other section, is unlabelled."""
    for item in items[position + 1 :]:
        if isinstance(item, Section):
            return False
        if isinstance(item, Turn):
            return item.label is None
    return False


def _question_level(doc: Interview) -> int | None:
    """The heading level to write unlabelled (magazine) questions at, ``None`` to write them in
    bold, or ``_DASH_QUESTIONS`` to open them with a doubled dash.

    A bold paragraph is read back as a question only when it ends in a
    question mark (``**Tell me more.**`` is emphasis in the answer above).
    Headings of one level are questions whatever they end in, once three
    of them are and some do not ask: so then all are written as headings, at
    a level no section uses. Otherwise (fewer than three asking, or every one
    asking: question headings that all ask are read back as the sections
    their answers sit in) they are written as the dash convention writes
    them, which reads back whatever they end in; so are they when a section
    heading or the title asks, since the dash, once found, makes every
    heading a heading again.
    """
    questions = [t for t in doc.turns if not t.label and t.role == "interviewer"]
    # the question is the first paragraph: a credit below it (*Asked by @ana*) asks nothing
    asking = sum(1 for t in questions if asks(t.text.split("\n\n", 1)[0].rstrip()))
    # a question read from a heading carries no emphasis: it goes back as a heading
    if asking == len(questions) and all(_emphasised_question(t) for t in questions):
        return None
    headings = [s.title for s in doc.sections] + ([doc.title] if doc.title else [])
    if asking < 3 or asking == len(questions) or any(asks(h.rstrip()) for h in headings):
        return _DASH_QUESTIONS  # a heading that asks would be read back as one more question
    used = {s.level for s in doc.sections}
    return next((level for level in (3, 4, 5, 6) if level not in used), None)


def _turn(turn: Turn, convention: str, labels: Mapping[str | None, str], question_level: int | None = None) -> str:
    paragraphs = _paragraph_texts(turn.text, turn.emphasis)
    if not turn.label:  # an unlabelled (magazine) turn: questions in bold (or as headings), answers plain
        # a question may carry its credit below it, in italics (*Asked by @ana*), as it was read
        question = turn.role == "interviewer" and bool(paragraphs) and all(map(_italic_line, paragraphs[1:]))
        if question and question_level == _DASH_QUESTIONS:
            return "\n\n".join(["――" + paragraphs[0], *paragraphs[1:]])  # emphasis and all: the dash, not the markup, makes it a question
        if question and not _emphasised_question(turn):
            first = turn.text.split("\n\n", 1)[0]
            lead = "#" * question_level + " " + _escape_line(first) if question_level is not None else f"**{paragraphs[0]}**"
            return "\n\n".join([lead, *paragraphs[1:]])
        return "\n\n".join(paragraphs)
    label = labels.get(turn.label, turn.label)
    stamp = f"[{turn.timestamp}] " if turn.timestamp else ""
    colon = _colon(label)
    space = "" if colon == "：" else " "
    if convention == "bold" and not stamp and paragraphs and _whole_strong(turn):
        # **問：為甚麼？**, **Q: Why?** as written: the bold question a bold line below continues
        # (**記者：****…** would not be one, and **Q:** **Why?** is a label and its emphasis)
        first = f"**{label}{colon}{space}{paragraphs[0][2:-2]}**"
        return "\n\n".join([first, *paragraphs[1:]])
    if convention in ("bold", "plain", "qa", "caps"):
        lead = f"**{label}{colon}**{space}" if convention == "bold" else f"{label}{colon}{space}"
        first = lead + stamp + paragraphs[0] if paragraphs else lead.rstrip()
        return "\n\n".join([first, *paragraphs[1:]])
    if convention == "bold_line":
        head = f"**{label}{colon}**" + (f" {stamp.rstrip()}" if stamp else "")
    else:  # name_line
        head = label + (f" {turn.timestamp}" if turn.timestamp else "")
    return head + "\n" + "\n\n".join(paragraphs)


def _emphasised_question(turn: Turn) -> bool:
    """Whether emphasis stands in the first paragraph of a turn (a question read from bold, not from a heading)."""
    first = len(turn.text.split("\n\n", 1)[0])
    return any(e.start < first for e in turn.emphasis)


def _italic_line(paragraph: str) -> bool:
    """Whether a written paragraph is one line in italics (``*Asked by @ana*``)."""
    return "\n" not in paragraph and len(paragraph) > 2 and paragraph[0] == paragraph[-1] == "*" and paragraph[1] != "*"


def _whole_strong(turn: Turn) -> bool:
    """Whether the turn's first paragraph is one strong span, nothing else emphasised in it."""
    first = len(turn.text.split("\n\n", 1)[0])
    inside = [e for e in turn.emphasis if e.start < first]
    return len(inside) == 1 and (inside[0].start, inside[0].end, inside[0].kind) == (0, first, "strong")


def _paragraph_texts(text: str, emphasis: Sequence[Emphasis]) -> list[str]:
    """Markdown for each paragraph of ``text``, emphasis spans written back as markup."""
    out: list[str] = []
    start = 0
    for piece in text.split("\n\n"):
        end = start + len(piece)
        spans = [
            Emphasis(max(e.start, start) - start, min(e.end, end) - start, e.kind)
            for e in emphasis
            if e.start < end and e.end > start and min(e.end, end) > max(e.start, start)
        ]
        if piece.strip():
            out.append(_markdown(piece, spans))
        start = end + 2
    return out


def _markdown(text: str, spans: Sequence[Emphasis]) -> str:
    """``text`` escaped, with ``**``/``*`` inserted around ``spans`` (outer spans first)."""
    opens: dict[int, list[Emphasis]] = {}
    closes: dict[int, list[Emphasis]] = {}
    for span in sorted(spans, key=lambda e: (e.start, -e.end)):
        opens.setdefault(span.start, []).append(span)
        closes.setdefault(span.end, []).insert(0, span)
    out: list[str] = []
    for index in range(len(text) + 1):
        for span in closes.get(index, ()):
            out.append(_marker(span))
        for span in opens.get(index, ()):
            out.append(_marker(span))
        if index < len(text):
            out.append(_escape_char(text, index))
    return "\n".join(_escape_start(line) for line in "".join(out).split("\n"))


def _marker(span: Emphasis) -> str:
    return "*" if span.kind == "em" else "**"


_MARKS_ONLY = regex.compile(r"[ \t]*(?:[*_-][ \t]*){3,}")


def _escape_char(text: str, index: int) -> str:
    char = text[index]
    after = text[index + 1 : index + 2]
    # also an & that could start a character reference, and a { that would open a shortcode ({{<, {%)
    if char in _INLINE_SPECIAL or (char == "&" and _REFERENCE_START.match(after)) or (char == "{" and after in ("{", "%")):
        return "\\" + char
    return char


def _not_a_header_line(paragraph: str) -> str:
    """The preamble's first paragraph, its first line kept from reading as a header line
    (``作者：X``, ``0|x``) by writing its first character as a character reference."""
    first, newline, rest = paragraph.partition("\n")
    if not split_header_lines([first], 0)[1]:
        return paragraph
    return f"&#{ord(first[0])};{first[1:]}{newline}{rest}"


def _escape_start(line: str) -> str:
    """Keep a line of text from reading as a heading, list, quote or rule."""
    stripped = line.lstrip()
    if stripped and stripped[0] in _LINE_SPECIAL and stripped[0].isascii():
        return line[: len(line) - len(stripped)] + "\\" + stripped
    return line


def _escape_paragraph(text: str) -> str:
    return "\n".join(_escape_text_line(line) for line in text.split("\n"))


def _escape_text_line(line: str) -> str:
    if (_MARKS_ONLY.fullmatch(line) or (line and line.isspace())) and "`" not in line:
        # escaped, "****" or "---" would still read as a thematic break; spaces alone, as a blank line
        return f"`{line}`"
    body = line.strip()
    if body != line:  # spaces around a line are dropped when it is read: kept in code spans
        head, tail = line[: len(line) - len(line.lstrip())], line[len(line.rstrip()) :]
        return (f"`{head}`" if head else "") + _escape_text_line(body) + (f"`{tail}`" if tail else "")
    return _not_a_label(_escape_start("".join(_escape_char(line, i) for i in range(len(line)))))


_LABEL_REACH = 40
"""How far into a line of prose a colon may stand and still make the words before it a label."""


def _not_a_label(line: str) -> str:
    """A line the parser kept as prose (``Ana Lima: hello`` in the preamble), its first colon escaped
    so that it does not read as a speaker's label once rendered: the decision is written down,
    and the text reads back the same (``\\:``; a full-width colon is escaped the same way, which
    the parser reads as an escape too)."""
    initial = _INITIAL_HYPHEN.match(line)
    if initial is not None:  # "Y- why?": initials and a hyphen label a turn
        return line[: initial.end() - 1] + "\\" + line[initial.end() - 1 :]
    for index, char in enumerate(line[: _LABEL_REACH + 1]):
        if char in ":：︰":
            if line[index + 1 : index + 3] == "//" or index == 0 or not (line[index - 1].isalnum() or line[index - 1] in ")）."):
                return line  # a URL's scheme, or no name before it
            return line[:index] + "\\" + line[index:]
    return line


_INITIAL_HYPHEN = regex.compile(r"\p{Lu}{1,3}[-–](?=[ \t])")


def _escape_line(text: str) -> str:
    """A heading's text on one line, its Markdown punctuation and ``#`` escaped."""
    flat = text.replace("\r", " ").replace("\n", " ")
    return "".join("\\#" if char == "#" else _escape_char(flat, i) for i, char in enumerate(flat))


# --- front matter -------------------------------------------------------------


def _front_matter(metadata: Mapping[str, Any], fmt: str) -> str:
    if not metadata or fmt == "none":
        return ""
    data = dict(metadata)
    if fmt == "yaml":
        dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False, width=2**31 - 1)
        return "---\n" + dumped.rstrip("\n") + "\n---"
    if fmt == "toml":
        return "+++\n" + "\n".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in data.items()) + "\n+++"
    return "\n".join(f"{key}: {' '.join(str(value).split())}" for key, value in data.items())


def _toml_key(key: str) -> str:
    return key if _BARE_TOML_KEY.fullmatch(key) else _toml_string(key)


def _toml_string(text: str) -> str:
    # JSON escapes are valid TOML basic-string escapes, except that TOML wants
    # \uXXXX for control characters too, which json.dumps already does.
    return json.dumps(text, ensure_ascii=False)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{_toml_key(str(k))} = {_toml_value(v)}" for k, v in value.items()) + "}"
    raise ValueError(f"TOML front matter cannot hold {type(value).__name__} values ({value!r}); use front_matter='yaml'")
