"""Edit a transcript's own text: rename or merge speakers, pseudonymise people.

The canonical renderer (:mod:`.render`) writes a whole new document; these
functions change only the characters they report, found through the source
spans the parser keeps (:attr:`.Turn.label_span`). Every other character --
front matter, markup, white space, line ends, a byte order mark -- is left as
it was, so the result can go back to whoever wrote the transcript.

>>> from interview_parser.edit import rename_speaker
>>> text = "**Katz:** Why?\\r\\n\\r\\n**Ana:** Because.\\r\\n\\r\\n**Katz:** Sure?\\r\\n\\r\\n**Ana:** Yes.\\r\\n"
>>> rename_speaker(text, "Katz", "Jeffrey Katzenberg").text
'**Jeffrey Katzenberg:** Why?\\r\\n\\r\\n**Ana:** Because.\\r\\n\\r\\n**Jeffrey Katzenberg:** Sure?\\r\\n\\r\\n**Ana:** Yes.\\r\\n'
"""

from __future__ import annotations

import bisect
import codecs
import csv
import io
from collections.abc import Iterable, Mapping, Sequence

import attrs
import regex

from .conventions import Conventions
from .decoding import decode
from .frontmatter import split_front_matter
from .model import Interview, Speaker, Turn
from .normalize import person, speaker_key
from .parser import DEFAULT_PARSER, Parser
from .positions import SourceMap
from .pseudonyms import NameFinder, Person, Pseudonyms, fold_text, name_forms, people, searchable
from .source import normalize, split_lines

__all__ = [
    "Edit",
    "Replacement",
    "UnknownSpeakerError",
    "apply",
    "decode_exactly",
    "merge_speakers",
    "pseudonymise",
    "rename_speaker",
]


class UnknownSpeakerError(LookupError):
    """A speaker named in an edit is not in the interview; :attr:`known` lists who is."""

    def __init__(self, name: str, known: Sequence[str]) -> None:
        listed = ", ".join(map(repr, known)) or "none"
        super().__init__(f"no speaker {name!r} in this interview; the speakers are: {listed}")
        self.name = name
        self.known = tuple(known)


@attrs.frozen
class Replacement:
    """One place the edit changed, or, when :attr:`kept`, found and left for a person to review."""

    start: int
    """Offset in the original text."""
    end: int
    """Offset just past the replaced characters in the original text."""
    old: str
    """The characters as written."""
    new: str
    """What they became (or would have become, when kept)."""
    line: int
    """1-based line of :attr:`start`."""
    column: int
    """1-based column of :attr:`start`, in characters of the original line (a byte order mark not counted)."""
    where: str
    """``"label"``, ``"speech"``, ``"front matter"`` or ``"text"`` (a heading, the preamble ...)."""
    kept: bool = False
    """Left as written: inside a URL or an e-mail address, or the form names two people."""
    reason: str = ""
    """Why it was kept."""


def _replacements(value: Iterable[Replacement]) -> tuple[Replacement, ...]:
    return tuple(value)


@attrs.frozen
class Edit:
    """The edited text, and every replacement made or withheld, in text order."""

    original: str
    text: str
    replacements: tuple[Replacement, ...] = attrs.field(converter=_replacements)

    @property
    def kept(self) -> tuple[Replacement, ...]:
        """The names found and left as written, for review."""
        return tuple(r for r in self.replacements if r.kept)

    def report(self) -> str:
        """The replacements as CSV (``line,column,old,new,where,kept,reason``), for a person to review."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(("line", "column", "old", "new", "where", "kept", "reason"))
        for r in self.replacements:
            writer.writerow((r.line, r.column, r.old, r.new, r.where, "yes" if r.kept else "no", r.reason))
        return out.getvalue()


def apply(text: str, replacements: Iterable[Replacement]) -> str:
    """``text`` with every replacement not :attr:`~Replacement.kept` made; the others stay as written."""
    out: list[str] = []
    at = 0
    for r in sorted((r for r in replacements if not r.kept), key=lambda r: r.start):
        if r.start < at:
            raise ValueError(f"replacements overlap at offset {r.start}")
        out.append(text[at : r.start])
        out.append(r.new)
        at = r.end
    out.append(text[at:])
    return "".join(out)


class _Places:
    """Line, column and part of the document of an offset in the original text."""

    def __init__(self, text: str, doc: Interview) -> None:
        lines = split_lines(normalize(text))
        self.starts = SourceMap(text, lines).starts
        body = split_front_matter(lines).body_start
        self.front_end = self.starts[body] if body < len(self.starts) else len(text)
        self.labels = sorted(t.label_span for t in doc.turns if t.label_span is not None)
        self.turns = sorted(t.span for t in doc.turns if t.span is not None)

    def replacement(self, text: str, start: int, end: int, new: str, *, kept: bool = False, reason: str = "") -> Replacement:
        line = bisect.bisect_right(self.starts, start)
        column = start - self.starts[line - 1] + 1 - (line == 1 and text.startswith("\ufeff"))  # as editors count
        return Replacement(start, end, text[start:end], new, line, column, self.where(start, end), kept, reason)

    def where(self, start: int, end: int) -> str:
        if _inside(self.labels, start, end):
            return "label"
        if _inside(self.turns, start, end):
            return "speech"
        return "front matter" if start < self.front_end else "text"


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start..end`` lies inside one of ``spans`` (sorted, not overlapping)."""
    index = bisect.bisect_right(spans, start, key=lambda span: span[0]) - 1
    return index >= 0 and spans[index][0] <= start and end <= spans[index][1]


def _find(doc: Interview, name: str) -> Speaker:
    """The speaker ``name`` is (a name, label or key, in either Chinese script), or a clear error."""
    found = doc.speaker(name) or doc.speaker(speaker_key(name))
    if found is None:
        folded = fold_text(name.strip())
        found = next((s for s in doc.speakers if folded in map(fold_text, (s.name, *s.labels))), None)
    if found is None:
        raise UnknownSpeakerError(name, [s.name for s in doc.speakers])
    return found


def _relabel(text: str, doc: Interview, keys: set[str], new: str) -> Edit:
    """Write ``new`` for the name in every label of the speakers ``keys``, and nowhere else."""
    places = _Places(text, doc)
    out: list[Replacement] = []
    for turn in doc.turns:
        if turn.key not in keys:
            continue
        where = _label_name(text, turn)
        if where is None:
            start = turn.span[0] if turn.span else 0
            why = "the label is not written as it was read (markup or an entity inside it): edit it by hand"
            out.append(places.replacement(text, start, start, new, kept=True, reason=why))
        elif text[where[0] : where[1]] != new:
            out.append(places.replacement(text, *where, new))
    return Edit(text, apply(text, out), out)


def _label_name(text: str, turn: Turn) -> tuple[int, int] | None:
    """Where the name in a turn's label is: the label, without a role after it (``王磊（某公司CEO）``)."""
    if turn.label_span is None:
        return None
    start, end = turn.label_span
    written = text[start:end]
    name = person(written)
    return (start, start + len(name)) if written.startswith(name) else (start, end)


def _parse(text: str, parser: Parser | None) -> Interview:
    return (parser or DEFAULT_PARSER).parse(text)


def _checked_name(new: str) -> str:
    if not new.strip() or new != new.strip() or any(c in new for c in "\r\n\u2028\u2029"):
        raise ValueError(f"a speaker's new name must be one line without surrounding spaces, not {new!r}")
    return new


def rename_speaker(text: str, old: str, new: str, *, parser: Parser | None = None) -> Edit:
    """Write ``new`` in place of ``old`` in each of ``old``'s labels; nothing else changes.

    ``old`` is a speaker's name, any of their labels or their key. A label
    qualified by a role (``王磊（某公司CEO）``) keeps the role.

    Raises:
        UnknownSpeakerError: ``old`` is nobody in the interview.
        ValueError: ``new`` is another speaker's name (use :func:`merge_speakers`) or is not one line.
    """
    doc = _parse(text, parser)
    speaker = _find(doc, old)
    key = speaker_key(_checked_name(new))
    other = next((s for s in doc.speakers if s.key == key and s is not speaker), None)
    if other is not None:
        raise ValueError(f"{new!r} is the speaker {other.name!r} already: use merge_speakers to join them")
    return _relabel(text, doc, {speaker.key}, new)


def merge_speakers(text: str, keep: str, merged: str, *, parser: Parser | None = None) -> Edit:
    """Write ``keep``'s name in each of ``merged``'s labels, so one speaker remains.

    Raises:
        UnknownSpeakerError: either is nobody in the interview.
        ValueError: both name the same speaker.
    """
    doc = _parse(text, parser)
    kept, gone = _find(doc, keep), _find(doc, merged)
    if kept is gone:
        raise ValueError(f"{keep!r} and {merged!r} are the same speaker, {kept.name!r}")
    return _relabel(text, doc, {gone.key}, kept.name)


def pseudonymise(
    text: str,
    mapping: Mapping[str, str] | None = None,
    *,
    parser: Parser | None = None,
    pseudonyms: Pseudonyms | None = None,
) -> Edit:
    """Replace people's names everywhere -- labels, speech, front matter, headings -- by pseudonyms.

    ``mapping`` gives each person's pseudonym (``{"Jeffrey Katzenberg": "Participant 1"}``); without
    it, every speaker whose label is a name, and everyone the front matter's ``author``, ``guest``
    and ``people`` (:data:`.pseudonyms.FRONT_MATTER_KEYS`) name, gets one by role and the
    document's language (``pseudonyms`` chooses other words). Full names, surnames and given names
    are found in every case, width and Chinese script. A name inside a URL or an e-mail address,
    or a form two people share, is kept and reported (:attr:`Edit.kept`) for a person to decide.
    """
    doc = _parse(text, parser)
    conventions = (parser or DEFAULT_PARSER).conventions
    cast = people(doc, mapping, pseudonyms, conventions)
    owners = _owners(cast, conventions)
    finder = NameFinder(form for form in owners if searchable(form))
    places = _Places(text, doc)
    addresses = _addresses(text)
    out = _labels(text, doc, cast, places)  # every label, also one too short to look for in the speech
    labels = [(r.start, r.end) for r in out]
    for start, end, form in finder.find(text):
        if _overlaps(addresses, start, end) or _overlaps(labels, start, end):
            continue  # an address is reported below, with every other form inside it
        found = _replacement(places, text, start, end, owners[form])
        if found.kept or found.new != found.old:
            out.append(found)
    for first, last in addresses:
        what = "an e-mail address" if "@" in text[first:last] and "://" not in text[first:last] else "a URL"
        for start, end, form in finder.find(text[first:last], whole_words=False):
            owner = owners[form]
            new = owner.pseudonym if isinstance(owner, Person) else ""
            out.append(places.replacement(text, first + start, first + end, new, kept=True, reason=f"inside {what}"))
    out.sort(key=lambda r: r.start)
    return Edit(text, apply(text, out), out)


def _labels(text: str, doc: Interview, cast: Sequence[Person], places: _Places) -> list[Replacement]:
    """The pseudonym in place of the name in each label of each speaker in ``cast``."""
    pseudonym = {who.speaker: who for who in cast if who.speaker is not None}
    out: list[Replacement] = []
    for turn in doc.turns:
        who = pseudonym.get(turn.key) if turn.key is not None else None
        where = _label_name(text, turn) if who is not None else None
        if who is not None and where is not None:
            found = _replacement(places, text, *where, who)
            if found.new != found.old:
                out.append(found)
    return out


def _owners(cast: Sequence[Person], conventions: Conventions) -> dict[str, Person | tuple[Person, ...]]:
    """Each folded form and the person it names; a tuple when it could be several (a shared surname)."""
    best: dict[str, tuple[bool, list[Person]]] = {}
    for who in cast:
        for name in who.names:
            for form, full in name_forms(name, conventions):
                have = best.get(form)
                if have is None or (full and not have[0]):
                    best[form] = (full, [who])
                elif have[0] == full and who not in have[1]:
                    have[1].append(who)
    return {form: who[0] if len(who) == 1 else tuple(who) for form, (_, who) in best.items()}


def _replacement(places: _Places, text: str, start: int, end: int, owner: Person | tuple[Person, ...]) -> Replacement:
    if isinstance(owner, Person):
        written = text[start:end]
        shouted = len(written) > 1 and written.isupper()  # "MR. SMITH:" labels stay in capitals
        return places.replacement(text, start, end, owner.pseudonym.upper() if shouted else owner.pseudonym)
    names = " or ".join(repr(p.pseudonym) for p in owner)
    return places.replacement(text, start, end, "", kept=True, reason=f"could name {names}: choose by hand")


_ADDRESS = regex.compile(
    r"(?:https?://|ftp://|www\.)[^\s<>\"'()\[\]{}。，、；！？）】」』》]+"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
    r"|(?<![\w.@-])(?:[A-Za-z0-9-]+\.)+(?:com|org|net|edu|gov|info|io|cn|tw|hk|uk|de|fr)\b(?:/[^\s<>\"'()\[\]{}。，、；！？）】」』》]*)?"
)


def _addresses(text: str) -> list[tuple[int, int]]:
    """The URLs and e-mail addresses: a name in one is reported, never changed (the link would break)."""
    return [m.span() for m in _ADDRESS.finditer(text)]


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start..end`` shares a character with one of ``spans`` (sorted, not overlapping)."""
    index = bisect.bisect_left(spans, end, key=lambda span: span[0]) - 1
    return index >= 0 and spans[index][1] > start


_WITH_BOM = {"utf-8-sig": "utf-8", "utf-16": None}


def decode_exactly(data: bytes, *, encoding: str | None = None, name: str = "<bytes>") -> tuple[str, str]:
    """Text that encodes back to exactly ``data``, and the codec that does it: a byte order mark stays
    in the text as U+FEFF (``parse`` ignores it), so an edit writes it back.

    Raises:
        DecodingError: the bytes do not decode (see :func:`.decoding.decode`).
        ValueError: the text would not encode back to the same bytes.
    """
    codec = decode(data, encoding=encoding, name=name).encoding or "utf-8"
    if codec in _WITH_BOM:
        codec = _WITH_BOM[codec] or ("utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be")
    text = data.decode(codec)
    if text.encode(codec) != data:
        raise ValueError(f"{name}: {codec} does not write these bytes back unchanged, so they cannot be edited in place")
    return text, codec
