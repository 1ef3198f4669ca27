"""Blocks and confirmed labels in, turns and sections out.

Rule 1: only this module decides where a turn begins and ends. A turn starts
at a label and runs across paragraphs until the next label or heading.

Rule 2: nothing is dropped. Every body line ends in exactly one place: the
preamble, a heading, a section's intro, a turn, the media list or the
trailer. Labels and markup are the only text that is consumed.
"""

from __future__ import annotations

import functools
import itertools
from array import array
from collections.abc import Callable, Mapping, Sequence, Set
from typing import NamedTuple

import attrs
import regex

from .blocks import Line, LineKind
from .conventions import DEFAULT_CONVENTIONS, Conventions
from .detectors import TS, SpeakerMatch, glued_dash
from .errors import Diagnostic
from .inline import strip_markup
from .model import CUE_LABEL, Emphasis, Media, Section
from .punctuation import SENTENCE_MARKS
from .sections import could_be_heading, heading_title, is_caps_line, is_index_line, same_title, title_text

__all__ = ["Assembly", "Draft", "assemble"]

_MEDIA_KINDS = frozenset({LineKind.IMAGE, LineKind.CAPTION, LineKind.RULE, LineKind.LINK, LineKind.APPARATUS})
_LEADING_COLON = (":", "：", "︰")
_DIALOGUE_DASHES = ("—", "―", "–", "─", "- ", "--- ")
"""What opens an unlabelled turn as a dialogue's mark (``— Pourquoi ?``, ``- Well,``, a typed
``--- Bonjour``): markup, not speech; a hyphen glued to a word or an opening mark (``-¿Ya tienen…?``) too, not before a digit
(``-5``); and a bullet before an unlabelled question (``### • Pourquoi ce film ?``)."""
_SENTENCE_ENDS = frozenset((*SENTENCE_MARKS, *":：;；,，、\"”」』)）"))
_HAN_TWO = regex.compile(r"\p{Han}{2}")
_FIELD_HEADING = regex.compile(r"(?=[^:：]{0,29}\p{L})[^:：]{1,30}[ \t]?[:：][ \t]+\S.{0,120}")
"""``### Meeting Date/Time: Thursday 2021/04/22``: a heading that states a field and its value."""


class Draft(NamedTuple):
    """A turn before its speaker's role is known; :func:`.speakers.finish_turns` makes the :class:`Turn`."""

    speaker: str | None
    text: str
    lines: tuple[int, int]
    label: str | None
    key: str | None
    section: str | None
    emphasis: tuple[Emphasis, ...]
    detector: str | None
    timestamp: str | None
    role: str | None


@attrs.frozen
class Assembly:
    """What the walk over the body produced."""

    title: str | None
    preamble: tuple[str, ...]
    sections: tuple[Section, ...]
    turns: tuple[Draft, ...]
    media: tuple[Media, ...]
    trailer: tuple[str, ...]
    diagnostics: tuple[Diagnostic, ...]
    openers: Sequence[int] = ()
    """The body index of each turn's first line (its label's), for the turns' source spans (an
    array: a page of one-line turns had an int object and a slot per turn, 2.7x the input)."""
    asked_in_headings: bool = False
    """Whether questions written as headings became their answers' sections: the interviewer asked there."""


def _join(pieces: Sequence[tuple[int, str]], *, emphasis: bool = True) -> tuple[str, list[Emphasis]]:
    """Plain text of ``(paragraph, markdown)`` pieces: one newline inside a paragraph, a blank line between.

    ``emphasis=False``: the text alone, for the parts of a document that keep no emphasis
    (preamble, intros); an emphasis per bold word of a long preamble was most of its peak.
    """
    if len(pieces) == 1:
        plain, found = strip_markup(_closed_bold([pieces[0][1]])[0])
        return plain, [Emphasis(start, end, kind) for start, end, kind in found] if emphasis else []
    paragraphs: list[list[str]] = []
    last = None
    for paragraph, text in pieces:
        if paragraph != last:
            paragraphs.append([])
            last = paragraph
        paragraphs[-1].append(text)
    out: list[str] = []
    spans: list[Emphasis] = []
    offset = 0
    for index, group in enumerate(paragraphs):
        if index:
            out.append("\n\n")
            offset += 2
        group = _closed_bold(group)
        plain, found = strip_markup("\n".join(group))
        if emphasis:
            spans.extend(Emphasis(offset + s, offset + e, kind) for s, e, kind in found)
        out.append(plain)
        offset += len(plain)
    return "".join(out), spans


_OPENING_STAMP = regex.compile(rf"\[(?P<time>{TS})\](?:[ \t]*\n[ \t]*|[ \t]+)(?=[^\s\p{{Ll}}])")
"""A time in brackets opening the speech below a label (``**Ana:**`` then ``[00:01:02] Hello``),
or alone on the line between them (``Roman Mars`` / ``[00:00:00]`` / ``This is…``); a sentence
that goes on in small letters (``[12:30] is when we met``) keeps it."""


def _closed_bold(group: list[str]) -> list[str]:
    """A paragraph's lines with a bold question's closing run put back against it: alone on the line
    below (``**Why?`` / ``**``) or after a space (``**Why? **``), it closes nothing in Markdown.
    Only a paragraph that opens the run and holds no other one."""
    last = group[-1]
    closer = last[-2:]
    if closer not in ("**", "__") or not group[0].startswith(closer) or "\n".join(group).count(closer) != 2:
        return group
    if last == closer and len(group) > 1:
        return [*group[:-2], group[-2].rstrip() + closer]
    if last[-3:-2] == " ":
        return [*group[:-1], last[:-2].rstrip() + closer]
    return group


def _unquoted(text: str) -> str:
    """A block quote's line without its first quote mark (``> Because.`` → ``Because.``)."""
    return text[2:] if text.startswith("> ") else text[1:] if text.startswith(">") else text


def _paragraphs(pieces: Sequence[tuple[int, str]]) -> list[str]:
    text, _ = _join(pieces, emphasis=False)
    return [p for p in text.split("\n\n") if p]


_SHARED_MAX = 80
"""Speech up to this long is looked up among the turns' speech before (as :func:`.source.split_lines`
does for lines): equal short turns are one string, not a copy per turn."""
_SHARED_SPEECH = 1024
"""How many distinct short speeches are remembered: a page repeats a few (``Yes.``, ``Thanks.``)."""


class _Walk:
    """State of the single pass; see :func:`assemble`."""

    def __init__(self, labels: Mapping[int, SpeakerMatch], keys: Mapping[int, str], names: Mapping[str, str]) -> None:
        self.labels = labels
        self.keys = keys
        self.names = names
        self.preamble: list[tuple[int, str]] = []
        self.sections: list[Section] = []
        self.levels: set[int] = set()  # the levels the sections use, kept as they open (not recounted per heading)
        self.intro: list[tuple[int, str]] = []
        self.intro_line = 0
        self.turns: list[Draft] = []
        self.openers = array("q")
        self.media: list[Media] = []
        self.diagnostics: list[Diagnostic] = []
        self.speechless: dict[str, str] = {}  # label → its label-without-speech message
        self.said: dict[str, str] = {}  # short speech seen before: a page of one-line turns repeats "Yes."
        self.section: str | None = None
        self.asked = False  # the open section is a question written as a heading
        self.heading_line = -1
        self.turn_match: SpeakerMatch | None = None
        self.turn_index = -1
        self.turn_key = ""
        self.turn_lines = (0, 0)
        self.turn_pieces: list[tuple[int, str]] = []
        self.speech_below = False  # the open turn's label line holds no speech: it starts on the next line
        self.quoted = False  # the open turn is written as a block quote (its label, or an unlabelled answer)
        self.quote_paragraph = -1  # the paragraph of the quote's lines, and the line of its last ">" alone
        self.quote_part = 0

    def open_turn(self, line: Line, index: int) -> None:
        self.close()
        match = self.labels[index]
        self.turn_match = match
        self.turn_index = index
        self.turn_key = self.keys[index]
        self.turn_lines = (line.number, line.number)
        # an unlabelled question written as a heading is speech; a heading label (### Name:) is not
        speech = line.title if line.kind == LineKind.HEADING and not match.label else line.text[match.speech_start :]
        # an unlabelled answer written as a block quote (``> Because.``): the quote marks are its markup
        # or a label inside a block quote (``> **Ana:** Hello.``): the quote marks of its lines are markup too
        self.quoted = speech.startswith(">") if not match.label else line.text.startswith(">")
        if self.quoted:
            speech = _unquoted(speech)
        self.quote_paragraph, self.quote_part = line.paragraph, 0
        self.speech_below = not speech
        if speech:
            reopen = match.reopen
            if reopen and speech.endswith(reopen * 2) and not speech.endswith(reopen * 3):
                speech = speech[: -len(reopen)]  # "****Q：…？****": the bold closes, then an empty run
            self.turn_pieces.append((line.paragraph, reopen + speech))

    def in_heading_turn(self, lines: Sequence[Line]) -> bool:
        """Whether the open turn's label is a heading (``#### ChatGPT:``, ``## Assistant``)."""
        return self.turn_match is not None and bool(self.turn_match.label) and lines[self.turn_index].kind == LineKind.HEADING

    def go_on(self, line: Line, index: int) -> None:
        """A caption cue by the open turn's speaker: its speech continues the turn, and its label,
        written again for the cue, is kept in media as a ``cue-label`` (next to the cue's timing)."""
        match = self.labels[index]
        self.media.append(Media(CUE_LABEL, line.text[: match.speech_start].rstrip(), (line.number, line.number)))
        speech = line.text[match.speech_start :]
        if speech:
            self.turn_pieces.append((line.paragraph, speech))
        self.turn_lines = (self.turn_lines[0], line.number)

    def add(self, line: Line) -> None:
        if self.turn_match is not None and self.quoted and line.paragraph != self.quote_paragraph and not line.text.startswith(">"):
            self.close()  # the quote is over: what follows is the page's own text, not the quoted speaker's
        if self.turn_match is not None:
            paragraph, text = line.paragraph, line.text
            if self.quoted:
                text = _unquoted(text)
                if paragraph != self.quote_paragraph:
                    self.quote_paragraph, self.quote_part = paragraph, 0
                if not text.strip():
                    self.quote_part = line.number  # ">" alone: the quote's blank line, a new paragraph follows
                    return
                if self.quote_part:
                    paragraph = -self.quote_part  # a paragraph of its own inside the quote
            self.turn_pieces.append((paragraph, text))
            self.turn_lines = (self.turn_lines[0], line.number)
        elif self.sections:
            if not self.intro:
                self.intro_line = line.number
            self.intro.append((line.paragraph, line.text))
        else:
            piece = (line.paragraph, line.text)
            preamble = self.preamble
            # a line equal to the one before, in its paragraph, is its piece again (a page of one line repeated)
            preamble.append(preamble[-1] if preamble and preamble[-1] == piece else piece)

    def close(self) -> None:
        match = self.turn_match
        if match is None:
            self.close_intro()
            return
        text, spans = _join(self.turn_pieces)
        stripped = text.lstrip()
        # "**Name**" then a line starting with "：" (the colon is the label's, on the next line), or an
        # unlabelled turn opened by a dialogue dash; a colon in speech on the label's line is speech (":-)")
        opener = (_LEADING_COLON if self.speech_below else ()) if match.label else _DIALOGUE_DASHES
        if not match.label and match.role == "interviewer":
            # a bullet before an unlabelled question (``* **Why?**``; an answer's is its list's), or a long-vowel mark
            # or two hyphens typed for a dash (ー どうして…, --どうして…): a question marker as QUESTION_MARKERS list it
            opener = (*opener, "• ", "* ", "+ ", "ー ", "--")
        timestamp = match.timestamp
        cut = 0
        if stripped.startswith(opener) or (not match.label and glued_dash(stripped)):
            cut = len(text) - len(stripped.lstrip("".join(opener)).lstrip())
        elif self.speech_below and match.label and timestamp is None and stripped[:1] == "[" and (stamp := _OPENING_STAMP.match(stripped)):
            # "**Ana:**" then "[00:01:02] Hello": the time the speech below its label starts at
            timestamp = stamp["time"]
            cut = len(text) - len(stripped) + stamp.end()
        if cut:
            text = text[cut:]
            spans = sorted(
                (Emphasis(max(s.start - cut, 0), s.end - cut, s.kind) for s in spans if s.end - cut > max(s.start - cut, 0)),
                key=lambda span: (span.start, span.end, span.kind),
            )
        if not text.strip():
            message = self.speechless.get(match.label)
            if message is None:  # one string per label: a page of labels says it on every line
                message = self.speechless[match.label] = (
                    f"Speaker label {match.label!r} has no speech after it: expected text on the same or the next line"
                )
            self.diagnostics.append(Diagnostic("label-without-speech", message, self.turn_lines[0]))
        else:
            labelled = bool(match.label)
            if len(text) <= _SHARED_MAX and (first := self.said.get(text)) is not None:
                text = first
            elif len(text) <= _SHARED_MAX and len(self.said) < _SHARED_SPEECH:
                self.said[text] = text
            self.openers.append(self.turn_index)
            self.turns.append(
                Draft(  # positional: one is made per turn (the order is Draft's fields')
                    self.names[self.turn_key] if labelled else None,
                    text,
                    self.turn_lines,
                    match.label or None,
                    self.turn_key if labelled else None,
                    self.section,
                    tuple(spans),
                    match.detector or None,
                    timestamp,
                    match.role,
                )
            )
        self.turn_match = None
        self.turn_pieces = []

    def close_intro(self) -> None:
        if self.intro and self.sections:
            if self.labels and not self.asked:  # under a question written as a heading: its credit (*Asked by @ana*)
                self.diagnostics.append(
                    Diagnostic(
                        "unattributed-text",
                        "Text after a heading belongs to no speaker: expected a speaker label; kept as the section's intro",
                        self.intro_line,
                    )
                )
            last = self.sections[-1]
            self.sections[-1] = attrs.evolve(last, intro=(*last.intro, *_paragraphs(self.intro)))
        self.intro = []

    def heading(self, line: Line, title: str, *, continues: bool = False, asks: bool = False) -> None:
        """Open a section; ``continues``: the line goes on the heading just above it; ``asks``: a
        question written as a heading, the section of its answers, which is no part of the page's
        outline (a heading after the last answer at its level may still be page furniture)."""
        self.close()
        self.close_intro()
        self.asked = asks
        if continues and self.sections:
            last = self.sections[-1]
            title = f"{last.title} {title}"
            self.sections[-1] = attrs.evolve(last, title=title, lines=(last.lines[0], line.number))
        else:
            self.sections.append(Section(title, (line.number, line.number), line.level or 2))
            if not asks:
                self.levels.add(line.level or 2)
        self.section = title
        self.heading_line = line.number


def _heads_speech(lines: Sequence[Line], labels: Mapping[int, SpeakerMatch], index: int) -> bool:
    """Whether the heading at ``index`` has unlabelled text right below it: inside a turn whose
    label is a heading, a reply's own heading (``### 1. Tone``), where a chapter's heading
    stands right above the next label."""
    nxt = _next_content(lines, index)
    return nxt is not None and nxt not in labels and lines[nxt].kind == LineKind.TEXT


def _next_content(lines: Sequence[Line], index: int) -> int | None:
    """Index of the next line that is not media, if any."""
    for after in range(index + 1, len(lines)):
        if lines[after].kind not in _MEDIA_KINDS:
            return after
    return None


def _alone(lines: Sequence[Line], index: int) -> bool:
    """Whether no other line of ``lines[index]``'s paragraph is content (media lines do not
    count: a heading above an image still stands alone; nor do ``#`` headings, which are
    blocks of their own even without a blank line). A paragraph's lines are consecutive
    in ``lines``, as :func:`.blocks.scan_lines` makes them."""
    paragraph = lines[index].paragraph
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(lines) and lines[other].paragraph == paragraph:
            if lines[other].kind not in _MEDIA_KINDS and lines[other].kind != LineKind.HEADING:
                return False
            other += step
    return True



_OPENS_WITH_TIME = regex.compile(rf"\[?{TS}\]?(?![ \t]{{1,2}}[-–—|][ \t])")
"""A time that opens speech (``00:21:19 They look like a giant``); ``04:59 – Hauptzielgruppe``, a
time and a dash before a title, is a chapter's heading."""


def _plain_headings(lines: Sequence[Line], labels: Mapping[int, SpeakerMatch], first: int, conventions: Conventions) -> set[int]:
    """Short plain lines (``Conventions.plain_heading_length``) that the document's structure makes
    headings: each stands alone between turns, right above a label, ends no sentence, and the
    document has ``Conventions.plain_headings`` of them or more (one such line is as likely a
    one-word answer)."""
    longest, needed = conventions.plain_heading_length, conventions.plain_headings
    if not labels:
        return set()
    found: set[int] = set()
    for index in range(first + 1, len(lines)):
        line = lines[index]
        if line.kind != LineKind.TEXT or len(line.text) > longest or index in labels:
            continue
        text = line.text
        if text[-1] in _SENTENCE_ENDS or text[0] in "*_[(>-" or text[0].islower() or not _alone(lines, index):
            continue  # a heading starts with a capital (or a script without case) and ends no sentence
        if index > 0 and lines[index - 1].kind in (LineKind.IMAGE, LineKind.CAPTION):
            continue  # under an image: its caption
        if len(text.split()) < 2 and not _HAN_TWO.match(text):
            continue
        if _OPENS_WITH_TIME.match(text):
            continue  # "00:21:19 They look like a giant": a timed segment of speech
        above = index - 1
        while above > first and lines[above].kind in _MEDIA_KINDS:
            above -= 1
        if above in labels and labels[above].speech_start >= len(lines[above].text):
            continue  # the speech of the name alone on the line above it ("Tim" / "Guten Morgen Thomas")
        nxt = _next_content(lines, index)
        if nxt is not None and nxt in labels:
            found.add(index)
    return found if len(found) >= needed else set()


def _keyed_levels(lines: Sequence[Line], first: int) -> frozenset[int]:
    """The heading levels at which the conversation writes headings as ``Key: value``
    (``## PART B: Work``): at those levels, such a heading before it is the outline, not a field.
    Read once per document, not once per heading."""
    return frozenset(
        line.level for line in lines[first + 1 :] if line.kind == LineKind.HEADING and _FIELD_HEADING.fullmatch(line.title)
    )


def _levels_after(lines: Sequence[Line]) -> list[int]:
    """For each line, the levels of the headings after it, as bits (``1 << level``). One pass from
    the end, read once per document."""
    out = [0] * len(lines)
    seen = 0
    for index in range(len(lines) - 1, -1, -1):
        out[index] = seen
        line = lines[index]
        if line.kind == LineKind.HEADING and 0 < line.level <= 6:
            seen |= 1 << line.level
    return out


def _furniture(
    lines: Sequence[Line],
    index: int,
    first: int,
    last: int,
    *,
    continues_outline: bool,
    used: Set[int],
    keyed_levels: Callable[[], frozenset[int]],
    levels_after: Callable[[], Sequence[int]],
    conventions: Conventions,
) -> str | None:
    """Why a ``#`` heading in a document with turns is page furniture, or ``None`` when it heads a section.

    By position and shape, not by its words: after the last turn, unless it
    continues the document's outline (a level its sections already use, or a
    higher one): an author box, related links; before the first turn, a
    field (``### Moderator: Danny``) or an index of links or times (contents,
    chapters).
    """
    if index > first and conventions.is_comment_heading(lines[index].title):
        return "a comment thread after the conversation (Conventions.comment_headings)"
    if index > last and not continues_outline:
        above = sum(1 << level for level in used if level < lines[index].level)
        if levels_after()[index] & above:
            return None  # a heading at a level the sections use, above this one, follows: the outline goes on
        # with something under it: an empty heading at the end is still a (last, empty) section
        under = index + 1
        if under < len(lines) and lines[under].kind != LineKind.HEADING:
            return "after the conversation, outside the document's outline"
        return None
    if index > first:
        return None
    start = _next_content(lines, index)
    if (
        _FIELD_HEADING.fullmatch(lines[index].title)
        and lines[index].level not in keyed_levels()
        and (start is None or start >= first or lines[start].kind == LineKind.HEADING)
    ):
        # with no text of its own under it: a section ("## This week's sponsor: Auth0" over its text) has some
        return "a field before the conversation (Key: value)"
    if start is None:
        return None
    # the lines up to the next heading, a blank line or not between them (a nested list of contents)
    indexed = 0
    for line in itertools.islice(lines, start, first):
        if line.kind == LineKind.HEADING:
            break
        if line.kind in _MEDIA_KINDS:
            continue
        if not is_index_line(line):
            return None
        indexed += 1
    if indexed >= 2:
        return "an index of links or times before the conversation (contents, chapters)"
    return None


def _title_heading(lines: Sequence[Line], *, has_turns: bool) -> int | None:
    """The heading that titles the document, among its first five lines: the first ``#`` heading;
    without one, in a document without turns, the first heading when every later heading is below
    it (a page that starts at ``## 常见问题`` above its ``###`` questions), unless it is only a link
    (navigation). In an interview, a ``##`` heading on top is its first section: text under it is
    that section's intro, and a title and a section would read alike."""
    top = itertools.islice((i for i, line in enumerate(lines) if line.kind not in _MEDIA_KINDS), 5)
    headings = [i for i in top if lines[i].kind == LineKind.HEADING and _WORDS.search(lines[i].title)]
    first = next((i for i in headings if lines[i].level == 1), None)
    if first is not None or not headings or has_turns:
        return first  # in an interview, a "##" heading on top is its first section (its text, the section's intro)
    first = headings[0]
    level = lines[first].level
    below = [line.level for line in lines[first + 1 :] if line.kind == LineKind.HEADING]
    if level == 0 or "](" in lines[first].text or not below or min(below) <= level:
        return None  # alone, or beside others of its level: a section
    return first


_WORDS = regex.compile(r"[\p{L}\p{N}]")


def assemble(
    lines: Sequence[Line],
    labels: Mapping[int, SpeakerMatch],
    keys: Mapping[int, str],
    names: Mapping[str, str],
    title: str | None,
    legends: Set[int] = frozenset(),
    conventions: Conventions = DEFAULT_CONVENTIONS,
    cues: Set[int] = frozenset(),
) -> Assembly:
    """Walk the body once and build turns, sections, preamble, media and trailer.

    ``labels`` and ``keys`` are the confirmed labels and their speaker keys by
    line index; ``names`` maps keys to display names; ``legends`` are lines
    that introduce the speakers (``問：記者　趙：經理``) and stay plain text;
    ``cues`` are labels that open caption cues: one by the open turn's speaker continues it.
    Inside a turn whose label is a heading (a chat export), a heading at another level than the
    label's and than the sections' before the first label, with text right below it, before the
    last label, is the reply's own and stays in its speech.
    """
    walk = _Walk(labels, keys, names)
    last_speech = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].kind not in _MEDIA_KINDS), -1)
    has_turns = bool(labels)
    # two "#" headings below the title: the document writes its outline in Markdown
    marked_outline = sum(1 for line in lines if line.kind == LineKind.HEADING and line.level > 1) >= 2
    first_label, last_label = (min(labels), max(labels)) if labels else (-1, -1)
    trailer: list[str] = []
    demoted: dict[tuple[str, str], str] = {}  # (heading, why) → its heading-demoted message
    trailing = False  # past a heading that follows the conversation: page furniture to the end
    plain_headings = _plain_headings(lines, labels, first_label, conventions)
    keyed_levels = functools.cache(lambda: _keyed_levels(lines, first_label))
    levels_after = functools.cache(lambda: _levels_after(lines))
    title_line = _title_heading(lines, has_turns=bool(labels)) if title is None else None
    # the heading levels the document's sections use before anyone speaks: such a heading between
    # turns is a section, whatever the turns' labels are
    section_levels = {line.level for line in lines[: max(first_label, 0)] if line.kind == LineKind.HEADING}
    if title_line is not None:
        title = title_text(lines[title_line].title)
    asked_in_headings = False

    def repeats_title(index: int, line: Line) -> bool:
        """The title written again as the first heading, at any level (front matter's title, then "## title")."""
        return index == title_line or (
            line.kind == LineKind.HEADING and (line.level == 1 or (not walk.sections and not walk.turns)) and same_title(line.title, title)
        )

    for index, line in enumerate(lines):
        if trailing:
            trailer.append(line.text)
            continue
        if index in labels:
            if line.kind == LineKind.HEADING and not labels[index].label:
                # a question written as a heading is the section its answers sit in: its text is the
                # section's title, once (the interviewer's unlabelled question, as labellers read it)
                if repeats_title(index, line):
                    walk.media.append(Media("title", line.text, (line.number, line.number)))  # the page's title, asking
                    continue
                asked = line.title
                if asked.startswith(_DIALOGUE_DASHES):  # "#### ── 仕事場は？": the dash marks the question, as in a turn
                    asked = asked.lstrip("".join(_DIALOGUE_DASHES)).lstrip() or asked
                walk.heading(line, asked, asks=True)
                asked_in_headings = True
                continue
            if index in cues and walk.turn_match is not None and walk.turn_key == keys[index] and walk.turn_match.label:
                walk.go_on(line, index)
            else:
                walk.open_turn(line, index)
            continue
        kind = line.kind
        if (
            kind == LineKind.HEADING
            and index < last_label
            and walk.in_heading_turn(lines)
            and line.level != lines[walk.turn_index].level  # a heading at the labels' own level is a peer: a section
            and line.level not in section_levels
            and _heads_speech(lines, labels, index)
        ):
            walk.add(line._replace(text=line.text.lstrip("#").strip()))  # a reply's own heading: part of its speech
            continue
        if kind == LineKind.HEADING and has_turns and not same_title(line.title, title):
            used = walk.levels
            outline = line.level in used or line.level < min(used, default=0)
            furniture = _furniture(
                lines,
                index,
                first_label,
                last_label,
                continues_outline=outline,
                used=used,
                keyed_levels=keyed_levels,
                levels_after=levels_after,
                conventions=conventions,
            )
            if furniture is not None:
                message = demoted.get((line.title, furniture))
                if message is None:  # one string per heading and reason: a page of equal headings says it on every line
                    message = demoted[line.title, furniture] = f"Heading {line.title!r} is {furniture}: page furniture, not a section"
                walk.diagnostics.append(Diagnostic("heading-demoted", message, line.number))
                if index > last_label:
                    walk.close()
                    walk.close_intro()
                    trailing = True
                    trailer.append(line.text)
                else:
                    walk.media.append(Media(LineKind.APPARATUS, line.text, (line.number, line.number)))
                continue
        if kind in _MEDIA_KINDS:
            if kind == LineKind.LINK and index > last_speech and (walk.turns or walk.turn_match is not None):
                trailer.append(line.text)
            else:
                walk.media.append(Media(kind, line.text, (line.number, line.number)))
            continue
        if (kind == LineKind.HEADING or index == title_line) and repeats_title(index, line):  # (no call for most lines)
            walk.media.append(Media("title", line.text, (line.number, line.number)))
            continue
        if index in legends or not could_be_heading(line, has_turns=has_turns):
            walk.add(line)
            continue
        nxt = _next_content(lines, index)
        caps = has_turns and is_caps_line(line)
        while caps and nxt is not None and nxt not in labels and is_caps_line(lines[nxt]):
            nxt = _next_content(lines, nxt)  # a heading in capitals may run over several lines
        heading = heading_title(
            line,
            alone=_alone(lines, index),
            in_turn=walk.turn_match is not None,
            next_is_label=nxt is not None and nxt in labels,
            has_turns=has_turns,
            in_bold_turn=walk.turn_match is not None and bool(walk.turn_match.reopen),
            conventions=conventions,
            structural=index in plain_headings,
            marked_outline=marked_outline,
        )
        if heading is not None:
            walk.heading(line, heading, continues=caps and index > 0 and walk.heading_line == lines[index - 1].number)
        elif kind == LineKind.HEADING:  # "### [返回首页](…)": navigation
            walk.media.append(Media(LineKind.APPARATUS, line.text, (line.number, line.number)))
            walk.diagnostics.append(
                Diagnostic(
                    "heading-demoted",
                    f"Heading {line.title!r} is only a link: kept as page furniture (media), not a section",
                    line.number,
                )
            )
        else:
            walk.add(line)
    walk.close()
    walk.close_intro()
    # each list goes as its tuple is made: a page of one-line turns or headings held both
    turns, walk.turns = tuple(walk.turns), []
    media, walk.media = tuple(walk.media), []
    diagnostics, walk.diagnostics = tuple(walk.diagnostics), []
    return Assembly(
        title=title,
        preamble=tuple(_paragraphs(walk.preamble)),
        sections=tuple(walk.sections),
        turns=turns,
        media=media,
        trailer=tuple(trailer),
        diagnostics=diagnostics,
        openers=walk.openers,
        asked_in_headings=asked_in_headings,
    )

