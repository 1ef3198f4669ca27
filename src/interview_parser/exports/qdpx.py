"""A REFI-QDA project (``.qdpx``) for QualCoder, ATLAS.ti, NVivo, MAXQDA ... (``--format qdpx -o FILE``).

The archive follows the REFI-QDA 1.5 specification (QDA-XML project schema
``Project-mrt2019.xsd``): a ZIP file holding ``project.qde`` and a flat
``sources/`` folder.

* Each interview is a **text source**: its plain text (title, preamble,
  headings, ``Speaker: speech`` paragraphs) is written to
  ``sources/<guid>.txt`` in UTF-8.
* Each turn is a **plain-text selection** of exactly the turn's text. Its
  offsets count Unicode code points from 0, end excluded, as section 10.2
  of the specification says ("the first codepoint in the file has the
  number 0") and as its examples show (``granola`` is 62..69).
* Each speaker is a **code** under a ``Speakers`` folder, and each turn
  selection is **coded** with its speaker's code. Coding selections is
  the one thing every compliant program imports (section 11); the
  specification's cases "group sources and selections" (section 13) but
  programs differ in what they read from them (QualCoder reads a case's
  name and variables, not its selections). So the attribution travels as
  codes, and each speaker is *also* a **case** holding their turns and a
  ``role`` variable, for the programs that analyse by case.
* Each section heading is a code under a ``Sections`` folder, coded on a
  selection running from the heading to the end of the section.
* Header metadata become **variables** of the source (``Text``,
  ``Boolean``, ``Integer``, ``Float`` or ``Date``; a key whose values
  disagree in type across documents is ``Text``).

Identifiers are UUIDs derived from the content (name-based, version 5), the
ZIP entries carry a fixed date, and nothing records when the export ran:
exporting the same interviews again gives the same bytes.
"""

from __future__ import annotations

import datetime
import decimal
import hashlib
import io
import json
import os
import re
import uuid
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import attrs

from ..model import Interview, Turn
from ._base import atomic_write

__all__ = ["NAMESPACE", "QdaText", "plain_text", "qdpx_bytes", "to_qdpx"]

NAMESPACE = "urn:QDA-XML:project:1.0"
"""The QDA-XML project namespace of ``project.qde``."""

_GUIDS = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/interview-parser/interview-parser#qdpx")
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest date a ZIP entry can carry
_MAX_SOURCE_BYTES = 2**31 - 1  # section 8.5: the largest internal file
_SPEAKER_COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf")
_SECTION_COLOUR = "#7f7f7f"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PREVIEW = 60


def _guid(*parts: str) -> str:
    """A stable GUID for the thing these parts name."""
    return str(uuid.uuid5(_GUIDS, "\x1f".join(parts)))


def _tag(name: str) -> str:
    """An element name; the root's ``xmlns`` puts every element in :data:`NAMESPACE`."""
    return name


def _xml(text: str) -> str:
    """Text XML 1.0 can hold: characters it forbids become U+FFFD, line ends ``\\n``."""
    return _NOT_XML.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))


def _one_line(text: str, limit: int | None = None) -> str:
    flat = " ".join(_xml(text).split())
    if limit is not None and len(flat) > limit:
        return flat[: limit - 1].rstrip() + "…"
    return flat


# --- the plain text of a source ---------------------------------------------------------


@attrs.frozen
class QdaText:
    """The plain text written for one interview, and where its parts are in it.

    Offsets are code points from 0, end excluded: ``text[start:end]``.
    """

    text: str
    turns: tuple[tuple[int, int], ...]
    """The span of each turn's text, in the order of ``doc.turns``."""
    sections: tuple[tuple[str, int, int], ...]
    """Each section's title and the span from its heading to the end of its last paragraph."""


def plain_text(doc: Interview) -> QdaText:
    """The text a QDA program shows for ``doc``: title, preamble, headings and ``Speaker: speech`` paragraphs.

    Each turn's text is copied exactly, so ``text[start:end] == turn.text``;
    only lone surrogates (which UTF-8 cannot hold) become U+FFFD, one code
    point for one.

    >>> from interview_parser import parse
    >>> qda = plain_text(parse("**Q:** Why bread?\\n\\n**A:** Flour is cheap.\\n\\n**Q:** Ovens?\\n\\n**A:** Borrowed."))
    >>> print(qda.text)
    Q: Why bread?
    <BLANKLINE>
    A: Flour is cheap.
    <BLANKLINE>
    Q: Ovens?
    <BLANKLINE>
    A: Borrowed.
    <BLANKLINE>
    >>> start, end = qda.turns[1]
    >>> qda.text[start:end]
    'Flour is cheap.'
    """
    parts: list[str] = []
    length = 0

    def add(piece: str) -> tuple[int, int]:
        nonlocal length
        piece = _SURROGATE.sub("\ufffd", piece)
        start = length
        parts.append(piece)
        length += len(piece)
        return start, length

    def paragraph(text: str) -> tuple[int, int]:
        span = add(text)
        add("\n\n")
        return span

    if doc.title:
        paragraph(doc.title)
    for text in doc.preamble:
        paragraph(text)
    items: list[tuple[int, int, Any]] = [(s.lines[0], 0, s) for s in doc.sections]
    items += [(t.lines[0], 1, (index, t)) for index, t in enumerate(doc.turns)]
    items.sort(key=lambda item: (item[0], item[1]))
    turns: list[tuple[int, int]] = [(0, 0)] * len(doc.turns)
    sections: list[list[Any]] = []
    for _, kind, item in items:
        if kind == 0:
            start, end = paragraph(item.title)
            sections.append([item.title, start, end])
            for text in item.intro:
                end = paragraph(text)[1]
                sections[-1][2] = end
            continue
        index, turn = item
        label = _label(turn)
        if label:
            add(label)
        turns[index] = span = paragraph(turn.text)
        if sections:
            sections[-1][2] = span[1]
    for line in doc.trailer:
        paragraph(line)
    text = "".join(parts)
    text = text[:-1] if text.endswith("\n\n") else text
    return QdaText(text, tuple(turns), tuple((t, s, e) for t, s, e in sections))


def _label(turn: Turn) -> str:
    if turn.speaker is None:
        return f"({turn.timestamp}) " if turn.timestamp else ""
    stamp = f" ({turn.timestamp})" if turn.timestamp else ""
    return f"{turn.speaker}{stamp}: "


# --- variables --------------------------------------------------------------------------


def _typed(value: Any) -> tuple[str, str] | None:
    """A metadata value as (typeOfVariable, lexical form), or ``None`` when there is nothing to write."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "Boolean", "true" if value else "false"
    if isinstance(value, int):
        return "Integer", str(value)
    if isinstance(value, float):
        return "Float", format(decimal.Decimal(repr(value)), "f")
    if isinstance(value, str):
        if _ISO_DATE.fullmatch(value):
            try:
                datetime.date.fromisoformat(value)
            except ValueError:
                return "Text", value
            return "Date", value
        return "Text", value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "Text", "; ".join(value)
    return "Text", json.dumps(value, ensure_ascii=False)


class _Names:
    """Names unique within one kind of thing (QualCoder refuses a second code of the same name)."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def __call__(self, wanted: str) -> str:
        base = _one_line(wanted) or "(unnamed)"
        name, n = base, 1
        while name in self.taken:
            n += 1
            name = f"{base} ({n})"
        self.taken.add(name)
        return name


# --- the project ---------------------------------------------------------------------------


@attrs.frozen
class _Speaker:
    key: str
    guid: str
    case: str
    name: str
    role: str | None


def _entries(
    interviews: Mapping[str, Interview] | Iterable[tuple[str, Interview]] | Iterable[Interview],
) -> list[tuple[str, Interview]]:
    """(name, interview) pairs: names given must be unique; interviews without one are named after their title."""
    pairs: Iterable[object] = interviews.items() if isinstance(interviews, Mapping) else interviews
    items: list[tuple[str, Interview]] = []
    taken: set[str] = set()
    for number, item in enumerate(pairs, 1):
        if isinstance(item, Interview):
            base = item.title or f"interview-{number}"
            name, n = base, 1
            while name in taken:
                n += 1
                name = f"{base} ({n})"
            doc = item
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Interview):
            name, doc = str(item[0]), item[1]
            if name in taken:
                raise ValueError(f"document names must be unique: {name!r} is given twice")
        else:
            raise TypeError(f"expected an Interview or a (name, Interview) pair, got {type(item).__name__}")
        taken.add(name)
        items.append((name, doc))
    if not items:
        raise ValueError("no interviews to export: a REFI-QDA project needs at least one source")
    return items


def qdpx_bytes(
    interviews: Mapping[str, Interview] | Iterable[tuple[str, Interview]] | Iterable[Interview],
    *,
    name: str = "interviews",
    sources: Mapping[str, str] | None = None,
) -> bytes:
    """The ``.qdpx`` archive for ``interviews`` as bytes (see :func:`to_qdpx`)."""
    items = _entries(interviews)
    xml, files = _project(items, name=name, sources=sources or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path, data in [("project.qde", xml), *files]:
            if len(data) > _MAX_SOURCE_BYTES:
                raise ValueError(f"{path} is {len(data)} bytes; REFI-QDA allows at most {_MAX_SOURCE_BYTES}")
            entry = zipfile.ZipInfo(path, date_time=_FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3  # the same bytes on every platform
            entry.external_attr = 0o100644 << 16
            archive.writestr(entry, data)
    return buffer.getvalue()


def to_qdpx(
    interviews: Mapping[str, Interview] | Iterable[tuple[str, Interview]] | Iterable[Interview],
    path: str | os.PathLike[str],
    *,
    name: str | None = None,
    sources: Mapping[str, str] | None = None,
) -> Path:
    """Write a REFI-QDA project archive of ``interviews`` to ``path`` and return the path.

    ``interviews`` maps a document name to its interview (or is a sequence of
    ``(name, interview)`` pairs, or of interviews, named after their titles).
    ``name`` is the project's name (default: the file name without
    ``.qdpx``); ``sources`` maps a document name to the file it came from,
    written in the source's description. The file is written through a
    temporary file and renamed, so a failed export leaves nothing half-written.

    >>> import tempfile, zipfile
    >>> from interview_parser import parse
    >>> doc = parse("**Q:** Why bread?\\n\\n**A:** Flour is cheap.\\n\\n**Q:** Ovens?\\n\\n**A:** Borrowed.")
    >>> path = to_qdpx({"bakery": doc}, tempfile.mkdtemp() + "/project.qdpx")
    >>> [entry.filename for entry in zipfile.ZipFile(path).infolist()]  # doctest: +ELLIPSIS
    ['project.qde', 'sources/...-....txt']
    """
    target = Path(path)
    if target.is_dir():
        raise ValueError(f"{target} is a folder: name the archive to write, such as {target / 'project.qdpx'}")
    project = name if name is not None else (target.stem or "interviews")
    data = qdpx_bytes(interviews, name=project, sources=sources)
    return atomic_write(target, data)  # makes the folders it needs


def _project(
    items: Sequence[tuple[str, Interview]], *, name: str, sources: Mapping[str, str]
) -> tuple[bytes, list[tuple[str, bytes]]]:
    """``project.qde`` and the source files, in the element order the schema prescribes."""
    from .. import __version__

    user = _guid("user", "interview-parser")
    texts = [plain_text(doc) for _, doc in items]
    speakers = _speakers(items)
    section_codes: dict[str, str] = {}
    for text in texts:
        for title, _, _ in text.sections:
            section_codes.setdefault(title, _guid("section-code", title))

    root = ET.Element(
        _tag("Project"),
        {"xmlns": NAMESPACE, "name": _one_line(name) or "interviews", "origin": f"interview-parser {__version__}",
         "creatingUserGUID": user},
    )
    ET.SubElement(ET.SubElement(root, _tag("Users")), _tag("User"), {"guid": user, "name": "interview-parser"})
    _codebook(root, speakers, section_codes)
    variables = _variables(root, items, role=any(s.role for s in speakers.values()))

    # the sources come last in the file, but the cases before them refer to their selections
    source_elements: list[ET.Element] = []
    files: list[tuple[str, bytes]] = []
    turns_of: dict[str, list[tuple[str, str]]] = {key: [] for key in speakers}  # key -> (source, selection)
    names = _Names()
    for (doc_name, doc), text in zip(items, texts, strict=True):
        data = text.text.encode("utf-8")
        source_guid = _guid("source", doc_name, hashlib.sha256(data).hexdigest())
        files.append((f"sources/{source_guid}.txt", data))
        source = ET.Element(
            _tag("TextSource"),
            {"guid": source_guid, "name": names(doc_name.replace("/", "_")),
             "plainTextPath": f"internal://{source_guid}.txt", "creatingUser": user},
        )
        description = [f"title: {doc.title}"] if doc.title else []
        description += [f"date: {doc.date.isoformat()}"] if doc.date else []
        description += [f"file: {sources[doc_name]}"] if doc_name in sources else []
        if description:
            ET.SubElement(source, _tag("Description")).text = _xml("\n".join(description))
        for turn, (start, end) in zip(doc.turns, text.turns, strict=True):
            code = speakers[turn.key].guid if turn.key is not None else None
            selection = _selection(source, "turn", start, end, turn.text or "(empty turn)", code, user)
            if turn.key is not None:
                turns_of[turn.key].append((source_guid, selection))
        for title, start, end in text.sections:
            _selection(source, "section", start, end, title, section_codes[title], user)
        for key, value in doc.metadata.items():
            typed = _typed(value)
            if typed is not None:
                _variable_value(source, *variables[key], typed[1])
        source_elements.append(source)

    if speakers:
        cases, case_names = ET.SubElement(root, _tag("Cases")), _Names()
        for speaker in speakers.values():
            case = ET.SubElement(cases, _tag("Case"), {"guid": speaker.case, "name": case_names(speaker.name)})
            if speaker.role:
                _variable_value(case, _guid("variable", "role"), "Text", speaker.role)
            for guid in dict.fromkeys(source for source, _ in turns_of[speaker.key]):
                ET.SubElement(case, _tag("SourceRef"), {"targetGUID": guid})
            for _, guid in turns_of[speaker.key]:
                ET.SubElement(case, _tag("SelectionRef"), {"targetGUID": guid})
    ET.SubElement(root, _tag("Sources")).extend(source_elements)

    ET.indent(root, space=" ")
    xml = b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode").encode("utf-8")
    return xml, files


def _speakers(items: Sequence[tuple[str, Interview]]) -> dict[str, _Speaker]:
    """Every speaker of every document, by key (a host in several interviews is one speaker), in order of speech."""
    speakers: dict[str, _Speaker] = {}
    for _, doc in items:
        roles = {s.key: s.role for s in doc.speakers}
        names = {s.key: s.name for s in doc.speakers}
        for turn in doc.turns:
            if turn.key is None or turn.key in speakers:
                continue
            speakers[turn.key] = _Speaker(
                turn.key, _guid("speaker", turn.key), _guid("case", turn.key),
                turn.speaker or names.get(turn.key) or turn.key, turn.role or roles.get(turn.key),
            )
        for key, role in roles.items():
            if key in speakers and speakers[key].role is None and role is not None:
                speakers[key] = attrs.evolve(speakers[key], role=role)
    return speakers


def _codebook(root: ET.Element, speakers: Mapping[str, _Speaker], section_codes: Mapping[str, str]) -> None:
    """Two folders of codes (not codable themselves): the speakers, and the section headings."""
    if not (speakers or section_codes):
        return  # the schema wants at least one code in a codebook
    codes, names = ET.SubElement(ET.SubElement(root, _tag("CodeBook")), _tag("Codes")), _Names()

    def folder(kind: str, title: str, description: str) -> ET.Element:
        element = ET.SubElement(
            codes, _tag("Code"), {"guid": _guid("folder", kind), "name": names(title), "isCodable": "false"}
        )
        ET.SubElement(element, _tag("Description")).text = description
        return element

    if speakers:
        parent = folder("speakers", "Speakers", "One code per speaker; every turn is coded with its speaker.")
        for number, speaker in enumerate(speakers.values()):
            colour = _SPEAKER_COLOURS[number % len(_SPEAKER_COLOURS)]
            code = ET.SubElement(
                parent, _tag("Code"),
                {"guid": speaker.guid, "name": names(speaker.name), "isCodable": "true", "color": colour},
            )
            if speaker.role:
                ET.SubElement(code, _tag("Description")).text = f"role: {speaker.role}"
    if section_codes:
        parent = folder("sections", "Sections", "One code per section heading, coded from the heading to the section's end.")
        for title, guid in section_codes.items():
            attributes = {"guid": guid, "name": names(title), "isCodable": "true", "color": _SECTION_COLOUR}
            ET.SubElement(parent, _tag("Code"), attributes)


def _variables(root: ET.Element, items: Sequence[tuple[str, Interview]], *, role: bool) -> dict[str, tuple[str, str]]:
    """The speakers' ``role`` and one variable per metadata key, typed as every document agrees; key -> (guid, type)."""
    types: dict[str, set[str]] = {}
    for _, doc in items:
        for key, value in doc.metadata.items():
            typed = _typed(value)
            if typed is not None:
                types.setdefault(key, set()).add(typed[0])
    if not (role or types):
        return {}
    holder, names = ET.SubElement(root, _tag("Variables")), _Names()
    if role:
        attributes = {"guid": _guid("variable", "role"), "name": names("role"), "typeOfVariable": "Text"}
        ET.SubElement(holder, _tag("Variable"), attributes)
    variables: dict[str, tuple[str, str]] = {}
    for key, kinds in types.items():
        variables[key] = (_guid("variable", "metadata", key), next(iter(kinds)) if len(kinds) == 1 else "Text")
        attributes = {"guid": variables[key][0], "name": names(key), "typeOfVariable": variables[key][1]}
        ET.SubElement(holder, _tag("Variable"), attributes)
    return variables


def _selection(
    source: ET.Element, kind: str, start: int, end: int, name: str, code: str | None, user: str
) -> str:
    """A plain-text selection of ``source``, coded with ``code`` when there is one; returns its GUID."""
    guid = _guid(f"{kind}-selection", source.get("guid", ""), str(start), str(end))
    selection = ET.SubElement(
        source, _tag("PlainTextSelection"),
        {"guid": guid, "name": _one_line(name, _PREVIEW) or f"({kind})", "startPosition": str(start),
         "endPosition": str(end), "creatingUser": user},
    )
    if code is not None:
        coding = ET.SubElement(selection, _tag("Coding"), {"guid": _guid("coding", guid, code), "creatingUser": user})
        ET.SubElement(coding, _tag("CodeRef"), {"targetGUID": code})
    return guid


def _variable_value(parent: ET.Element, variable: str, kind: str, text: str) -> None:
    value = ET.SubElement(parent, _tag("VariableValue"))
    ET.SubElement(value, _tag("VariableRef"), {"targetGUID": variable})
    ET.SubElement(value, _tag(f"{kind}Value")).text = _xml(text)
