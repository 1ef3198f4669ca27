"""Configuration and orchestration: the stages, called in order.

text → :mod:`.source` → :mod:`.frontmatter` / :mod:`.header` → :mod:`.markup` →
:mod:`.gutter` → :mod:`.blocks` → :mod:`.detectors` → :mod:`.decide` → :mod:`.speakers`
→ :mod:`.assemble` → :mod:`.model`

A :class:`Parser` is frozen: configure it once and reuse it for many
documents. ``parse()`` at module level uses a default instance.
"""

from __future__ import annotations

import itertools
import operator
import os
from collections.abc import Container, Iterable, Mapping, Sequence
from importlib.metadata import entry_points
from typing import IO, Any, NamedTuple, overload

import attrs
import regex

from .assemble import Assembly, assemble
from .blocks import Line, LineKind, scan_lines
from .captions import caption_marks_apart, cue_openers, cue_times, qa_marks_apart, voice_closers
from .conventions import DEFAULT_CONVENTIONS, Conventions
from .decide import Verdict, decide_labels
from .decoding import read_source
from .detectors import BUILTIN_DETECTORS, CHAT_STAMP, TS, Context, Detector, SpeakerMatch
from .errors import Diagnostic
from .explain import Explanation, explain
from .frontmatter import split_front_matter
from .frontspeech import front_speech
from .gutter import strip_gutter
from .header import (
    BANNER_LINES,
    banner_title,
    closing_date,
    date_in_text,
    dated_heading,
    dateline,
    extract_date,
    extract_kinds,
    extract_title,
    read_header,
)
from .markup import html_body
from .model import Interview
from .positions import SourceMap, span_pairs, turn_spans
from .rows import pipe_table_rows, table_rows
from .source import normalize, split_lines
from .speakers import build_speakers, finish_turns, identify

__all__ = ["ENTRY_POINT_GROUP", "Parser", "parse", "parse_file"]

ENTRY_POINT_GROUP = "interview_parser.detectors"
_TIMESTAMP_FIRST = frozenset("0123456789[(（\\")
_LEADING_TIMESTAMP = regex.compile(
    rf"(?:\[(?P<ts>{CHAT_STAMP})\]|\\?[\[(（]?\\?\[?(?P<ts>{TS}(?:[ \t]\({TS}\)){{0,2}})\\?\]?[\])）]?)(?=[ \t]|$)[ \t]*"
)


def _detector_table(value: Iterable[Detector]) -> tuple[Detector, ...]:
    return tuple(value)


def _frozen_mapping(value: Mapping[str, str] | None) -> dict[str, str]:
    return dict(value or {})


@attrs.frozen
class Parser:
    """A configured parser: detectors, strictness, speaker aliases and roles."""

    detectors: tuple[Detector, ...] = attrs.field(default=BUILTIN_DETECTORS, converter=_detector_table)
    """Tried in order for every line; the first match wins."""
    strict: bool = False
    """Raise the first diagnostic as an :class:`~interview_parser.errors.InterviewParseError`."""
    aliases: dict[str, str] = attrs.field(factory=dict, converter=_frozen_mapping, hash=False)
    """Label → canonical name, e.g. ``{"Katzenberg": "Jeffrey Katzenberg"}``; merged speakers."""
    roles: dict[str, str] = attrs.field(factory=dict, converter=_frozen_mapping, hash=False)
    """Speaker name or key → ``"interviewer"`` / ``"interviewee"``, overriding inference."""
    conventions: Conventions = DEFAULT_CONVENTIONS
    """Word lists and thresholds the label, heading and role decisions weigh (see :mod:`.conventions`)."""
    _gates: tuple[Any, ...] = attrs.field(init=False, repr=False, eq=False, hash=False)
    _first_cache: dict[str, tuple[tuple[Any, Any], ...]] = attrs.field(init=False, repr=False, eq=False, hash=False)
    _builtin: bool = attrs.field(init=False, repr=False, eq=False, hash=False)
    """Whether every line detector is a built-in one (see :meth:`_detect`'s memo)."""

    def __attrs_post_init__(self) -> None:
        seen: set[str] = set()
        for detector in self.detectors:
            name = getattr(detector, "name", None)
            if not isinstance(name, str) or not name:
                raise TypeError(f"detector {detector!r} has no 'name' string attribute")
            if not (hasattr(detector, "detect") or hasattr(detector, "detect_document")):
                raise TypeError(f"detector {name!r} has neither detect() nor detect_document()")
            if name in seen:
                raise ValueError(f"two detectors are named {name!r}; names must be unique")
            first = getattr(detector, "first", None)
            if first is not None and not isinstance(first, Container):
                raise TypeError(f"detector {name!r}: 'first' must be None or a container of characters, not {first!r}")
            seen.add(name)
        # when every line detector has a prefilter, a line that passes none of them is skipped at once
        line_detectors = [d for d in self.detectors if not hasattr(d, "detect_document")]
        prefilters = [getattr(d, "prefilter", None) for d in line_detectors]
        gated = bool(prefilters) and all(f is not None for f in prefilters)
        object.__setattr__(self, "_gates", tuple(dict.fromkeys(prefilters)) if gated else ())
        object.__setattr__(self, "_first_cache", {})
        object.__setattr__(self, "_builtin", all(type(d) in _BUILTIN_TYPES for d in line_detectors))

    # --- configuring -----------------------------------------------------

    @property
    def detector_names(self) -> tuple[str, ...]:
        """Names of the detectors, in the order they are tried."""
        return tuple(d.name for d in self.detectors)

    def _position(self, name: str) -> int:
        names = self.detector_names
        if name not in names:
            raise KeyError(f"no detector named {name!r}; known detectors: {', '.join(names)}")
        return names.index(name)

    def with_detector(self, detector: Detector, *, before: str | None = None, after: str | None = None) -> Parser:
        """A new parser with ``detector`` added before or after a named one (default: first)."""
        if before is not None and after is not None:
            raise ValueError("pass before= or after=, not both")
        detectors = list(self.detectors)
        if after is not None:
            index = self._position(after) + 1
        elif before is not None:
            index = self._position(before)
        else:
            index = 0
        detectors.insert(index, detector)
        return attrs.evolve(self, detectors=tuple(detectors))

    def without_detector(self, name: str) -> Parser:
        """A new parser without the detector called ``name``."""
        index = self._position(name)
        return attrs.evolve(self, detectors=self.detectors[:index] + self.detectors[index + 1 :])

    def with_entry_points(self, group: str = ENTRY_POINT_GROUP, *, names: Iterable[str] | None = None) -> Parser:
        """A new parser with detectors published by installed packages under ``group``.

        Each entry point names a detector class (or factory) taking no
        arguments, or a detector instance; detectors are placed before the
        built-ins so a plugin can claim lines first. Entry points are loaded
        only here, never on import. ``names`` chooses some of them, in the
        order given.

        Raises:
            LookupError: a name in ``names`` is not installed; the message
                lists the names that are.
        """
        installed = {ep.name: ep for ep in entry_points(group=group)}
        if names is None:
            chosen = [installed[name] for name in sorted(installed)]
        else:
            wanted = list(dict.fromkeys(names))
            missing = [name for name in wanted if name not in installed]
            if missing:
                have = ", ".join(sorted(installed)) or "none"
                raise LookupError(
                    f"no detector plugin named {', '.join(map(repr, missing))} in entry point group "
                    f"{group!r}; installed: {have}"
                )
            chosen = [installed[name] for name in wanted]
        added: list[Detector] = []
        for ep in chosen:
            obj = ep.load()
            added.append(obj() if isinstance(obj, type) or (callable(obj) and not hasattr(obj, "name")) else obj)
        return attrs.evolve(self, detectors=(*added, *self.detectors))

    # --- parsing ---------------------------------------------------------

    def parse(self, text: str, /) -> Interview:
        """Parse one document's text."""
        return self._parse(normalize(text), encoding=None, original=text)

    def parse_file(self, path: str | os.PathLike[str] | IO[bytes] | IO[str], *, encoding: str | None = None) -> Interview:
        """Read, decode (detecting the encoding unless given) and parse one file: a path, or an open file object.

        A guessed encoding is reported as an ``encoding-guessed`` diagnostic;
        a text-mode file object is read as already decoded.
        """
        decoded = read_source(path, encoding=encoding)
        return self._parse(
            normalize(decoded.text), encoding=decoded.encoding, found=decoded.diagnostics, original=decoded.text
        )

    def explain(self, text: str, /) -> Explanation:
        """Line by line: what each detector proposed, what was decided and why, and where the line went.

        ``str()`` of the result is a report for a terminal; its ``lines``
        are data a test can assert on. Strictness is ignored: nothing raises.
        """
        lenient = attrs.evolve(self, strict=False) if self.strict else self
        kept: list[_Trace] = []
        interview = lenient._parse(normalize(text), encoding=None, original=text, trace=kept)
        return explain(interview, kept[0].body, self.detectors, kept[0].verdict)

    def _parse(
        self,
        text: str,
        *,
        encoding: str | None,
        original: str,
        found: Sequence[Diagnostic] = (),
        trace: list[_Trace] | None = None,
    ) -> Interview:
        """The stages in order; ``text`` is ``original`` normalised, and spans are offsets into
        ``original``; ``trace`` receives the body and the verdict, for :meth:`explain`.

        Each intermediate result is let go once the stages after it no longer
        need it: on a page of short lines, they are one object or more per line.
        """
        lines = split_lines(text)
        front = split_front_matter(lines, self.conventions.metadata_keys)
        diagnostics: list[Diagnostic] = [*found, *front.diagnostics]
        metadata: dict[str, Any] = dict(front.data)
        spoken = front_speech(lines, front, self.conventions) if front.format == "yaml" else None
        if spoken is not None:  # the transcript kept in the front matter is speech, not metadata
            del metadata[spoken.key]
            diagnostics.extend(spoken.diagnostics)
        header = read_header(lines, front.body_start, self.conventions.header_keys)
        diagnostics.extend(header.diagnostics)
        taken = header.taken
        for key, value in header.data.items():
            metadata.setdefault(key, value)
        body_lines = [("" if i in taken else line) for i, line in enumerate(lines)] if taken else lines
        numbered, html_title = html_body(body_lines, front.body_start, self.conventions.question_classes)
        del lines, body_lines  # strict mode splits the text again for the line it quotes
        table: dict[int, SpeakerMatch] = {}
        if spoken is not None:
            # a list of items after the body (its show notes, their preamble), a text block before it
            numbered = [*numbered, (0, ""), *spoken.pieces] if spoken.after_body else [*spoken.pieces, *numbered]
            table = spoken.labels
        if not table and ("," in text or "\t" in text or ";" in text):
            numbered, table, unread = table_rows(numbered, self.conventions)
            diagnostics.extend(unread)
        if not table and ("|-" in text or "| -" in text or "|:-" in text):
            numbered, table, unread = pipe_table_rows(numbered, self.conventions)
            diagnostics.extend(unread)
        if " >> " in text:
            numbered = caption_marks_apart(numbered)
        if " A. " in text and "Q. " in text:
            numbered = qa_marks_apart(numbered, self.conventions.inline_qa_marks)
        pieces = strip_gutter(numbered, self.conventions)
        banner = None
        if not html_title:  # a plain-text file's boxed title, read from the lines it may take
            head = list(itertools.islice(pieces, BANNER_LINES))
            pieces = itertools.chain(head, pieces)
            banner = banner_title(head)
        body = scan_lines(voice_closers(pieces) if "</v>" in text else pieces, fences="```" in text or "~~~" in text)
        del numbered, pieces  # their pieces now live in body: keeping both held 10x the input of a page of short lines
        proposed = self._detect(body, text)
        given = _table_labels(body, table) if table else None
        if "-->" in text:
            proposed = cue_times(body, proposed)
        title = extract_title(metadata, self.conventions.title_keys)
        # blanks to fill in (a form) are looked for only in a text that has some
        blanks = "___" in text or "[ ]" in text or "[x]" in text or "[X]" in text or "[]" in text
        kinds = extract_kinds(metadata, self.conventions.kind_keys)
        verdict = decide_labels(body, proposed, self.conventions, self.aliases, title or html_title or banner, blanks=blanks, given=given, kinds=kinds)
        if not verdict.labels and given is None and (extra := self._fallback(body, proposed)):
            # the last resort, weighed on its own: the labels rejected stay rejected, and why
            verdict = verdict.with_fallback(
                decide_labels(body, extra, self.conventions, self.aliases, title or html_title or banner, blanks=blanks, kinds=kinds)
            )
        del proposed  # a proposal per line on a page of short lines; the verdict keeps what is still read
        labels = verdict.labels
        keys, names = identify(labels, self.aliases, self.conventions, verdict.keys)
        # the rejected labels' diagnostics first, then the rulings and proposals go (explain's trace keeps
        # them): on a page of short lines they are a record per line, not to be held next to the drafts
        decided = _decision_diagnostics(verdict, body)
        if trace is None:
            verdict = verdict._replace(rulings={}, proposals={})
        cues = cue_openers(body, labels) if self.conventions.join_cues and ("-->" in text or "<v" in text) else frozenset()
        result = assemble(body, labels, keys, names, title, verdict.legends, self.conventions, cues)
        diagnostics.extend(result.diagnostics)
        result = attrs.evolve(result, diagnostics=())  # the list alone holds them: not a tuple of them too while they are sorted
        ending: list[Diagnostic] = []  # about the whole document: after the diagnostics that say where something went wrong
        if not result.turns and any(line.kind == LineKind.TEXT for line in body):
            why = verdict.summary or "no label has speech after it"
            ending.extend(self._declined(body))
            ending.append(Diagnostic("no-turns", f"No speaker turns found: {why}", body[0].number))
        elif not result.turns and text.strip():
            # a body of markup and media alone (an HTML template, a page of pictures), or front matter
            # with nothing below it: a document with nothing to read says so too
            ending.append(
                Diagnostic("no-turns", "No speaker turns found: the body holds no text, only metadata, markup, media or rules", body[0].number if body else 1)
            )
        if trace is not None:
            trace.append(_Trace(body, verdict))
        # the spans read each turn's first line and its label alone: the rest of the body goes first
        firsts = [body[index] for index in result.openers]
        matches = [labels[index] for index in result.openers]
        last_lines = [b.text for b in body[-3:]]
        del body, labels, verdict, keys, names
        diagnostics.extend(decided.diagnostics())  # made now, not next to the body's lines
        del decided
        # by line, then column: two stable sorts on int keys, not a (line, column) tuple per diagnostic
        diagnostics.sort(key=_COLUMN)
        diagnostics.sort(key=_LINE)
        diagnostics.extend(ending)
        if self.strict and diagnostics:
            first = diagnostics[0]
            lines = split_lines(text)
            source_line = lines[first.line - 1] if 0 < first.line <= len(lines) else None
            raise first.to_error(source_line)
        date = (
            extract_date(metadata, self.conventions.date_keys)
            or dateline(result.title or html_title or banner or "")
            or date_in_text(result.preamble)
            or dated_heading([s.title for s in result.sections], _sections_before_speech(result))
            or closing_date(last_lines)
        )
        spans = None
        if result.turns:
            # the normalised lines are cut again only where normalising changed the text
            positions = SourceMap(original, None if original is text or original == text else split_lines(text))
            spans = turn_spans(positions, firsts, matches, (d.lines[1] for d in result.turns))
        del firsts, matches
        drafts = list(result.turns)
        result = attrs.evolve(result, turns=(), openers=())  # the list alone holds the drafts: finish_turns lets each go
        speakers = build_speakers(drafts, self.roles, self.conventions, asked_in_headings=result.asked_in_headings)
        pairs = None if spans is None else span_pairs(spans)
        del spans  # the pairs hold the array alone: it goes once they are read, before the turns' tuple is made
        turns = finish_turns(drafts, speakers, pairs)
        return Interview(
            title=result.title or html_title or banner,
            date=date,
            metadata=metadata,
            preamble=result.preamble,
            sections=result.sections,
            speakers=speakers,
            turns=turns,
            media=result.media,
            trailer=result.trailer,
            diagnostics=diagnostics,
            encoding=encoding,
        )

    def _fallback(self, lines: Sequence[Line], proposed: Mapping[int, SpeakerMatch]) -> dict[int, SpeakerMatch]:
        """What the fallback detectors read (``fallback = True``: asked only of a document whose
        other proposals make no turn), on lines nothing else proposed."""
        extra: dict[int, SpeakerMatch] = {}
        for detector in self.detectors:
            if getattr(detector, "fallback", False) and hasattr(detector, "detect_document"):
                for index, match in detector.detect_document(lines).items():
                    if index not in proposed and index not in extra:
                        extra[index] = _settle(match, detector.name, lines[index])
        return extra

    def _declined(self, lines: Sequence[Line]) -> list[Diagnostic]:
        """What the document detectors that can say so saw and did not take (``declined``), for a
        document that yields no turns."""
        found = []
        for detector in self.detectors:
            declined = getattr(detector, "declined", None)
            answer = declined(lines) if declined is not None else None
            if answer is not None:
                index, why = answer
                found.append(Diagnostic("detector-declined", f"{detector.name}: {why}", lines[index].number))
        return found

    def _detect(self, lines: Sequence[Line], text: str = "") -> dict[int, SpeakerMatch]:
        """First match per line, in table order; timestamps after a label are peeled off.

        Document detectors run once, here (``text``, the whole text: a detector
        whose optional ``needs`` string is not in it is skipped). A line no document detector
        claimed takes the short path: only the line detectors that can match
        its first character are tried, and it is skipped at once when every
        prefilter says no.

        Equal matches are kept as one object: a document repeats its labels
        (``**Host:** `` on every turn), and a match per line was most of the
        memory of a page of labels.

        With the built-in line detectors, a short line's answer is remembered
        when none of them looked at the other lines (their context): an equal
        line later gets it without a detector asked (a page of ``Q: x``
        lines, of ``> **Ana:** Where?``).
        """
        # a document detector that names what it needs (CaptionMarker: ">>") is not run on a text without it
        tables = {
            id(d): d.detect_document(lines) if not text or getattr(d, "needs", "") in text else {}
            for d in self.detectors
            if hasattr(d, "detect_document") and not getattr(d, "fallback", False)
        }
        claimed: set[int] = set().union(*tables.values())
        found: dict[int, SpeakerMatch] = {}
        shared: dict[SpeakerMatch, SpeakerMatch] = {}
        gates = self._gates
        single = gates[0] if len(gates) == 1 else None
        by_first = self._first_cache
        memo: dict[tuple[str, str, int, str], SpeakerMatch | None] = {}
        contextual: set[tuple[str, str, int, str]] = set()  # lines whose detectors read their neighbours: not watched again
        watched = _Watched(lines) if self._builtin else None
        answers: dict[tuple[int, str, str, int, str], SpeakerMatch | None] = {}  # a line detector's, on a claimed line
        for index, line in enumerate(lines):
            if index in claimed:
                self._detect_claimed(lines, index, tables, found, shared, answers if watched is not None else None)
                continue
            text = line.text
            key = None
            if watched is not None and index and len(text) <= _MEMO_TEXT_MAX:
                # all of a line a detector reads besides its neighbours (the first line is not
                # remembered: a detector may tell it by its index alone, reading no neighbour)
                key = (text, line.kind, line.level, line.title)
                if key in contextual:
                    key = None  # an equal line's answer read the other lines: asked again, without the watch's cost
                elif key in memo:  # an equal line was answered before: not even the prefilters are asked
                    remembered = memo[key]
                    if remembered is not None:
                        found[index] = remembered
                    continue
            passed: dict[Any, bool] = {}  # each prefilter's answer for this line, asked once
            if single is not None:
                if not single(text):
                    continue  # and the detectors gated by it need not ask again: _by_first drops it
            elif gates:
                for gate in gates:  # the first that says yes is enough; the others are asked when needed
                    ok = passed[gate] = bool(gate(text))
                    if ok:
                        break
                else:
                    continue
            context: Context | None = None
            if key is not None and watched is not None:
                watched.looked = False
                context = Context(watched, index)
            candidates = by_first.get(text[0])
            if candidates is None:
                candidates = self._by_first(text[0])
            answer = None
            for detector, prefilter in candidates:
                if prefilter is not None and not _passes(prefilter, text, passed):
                    continue
                if context is None:
                    context = Context(lines, index)
                match = detector.detect(line, context)
                if match is not None:
                    answer = found[index] = _share(_settle(match, detector.name, line), shared)
                    break
            if key is not None and watched is not None:
                if watched.looked:
                    contextual.add(key)
                else:
                    memo[key] = answer
        return found

    def _detect_claimed(
        self,
        lines: Sequence[Line],
        index: int,
        tables: Mapping[int, Mapping[int, SpeakerMatch]],
        found: dict[int, SpeakerMatch],
        shared: dict[SpeakerMatch, SpeakerMatch],
        answers: dict[tuple[int, str, str, int, str], SpeakerMatch | None] | None = None,
    ) -> None:
        """The whole table, in order, for a line a document detector claimed.

        ``answers`` (built-in line detectors only) keeps each line detector's answer on a short
        line when it did not read the other lines, for an equal claimed line (as :meth:`_detect` does).
        """
        line = lines[index]
        remember = answers is not None and index > 0 and len(line.text) <= _MEMO_TEXT_MAX  # as in _detect
        watched = _Watched(lines) if remember else None
        context = Context(lines if watched is None else watched, index)
        passed: dict[Any, bool] = {}
        for detector, prefilter in self._claimed_order(line.text[0]):
            if prefilter is _DOCUMENT:
                match = tables[id(detector)].get(index)
            else:
                if prefilter is not None and not _passes(prefilter, line.text, passed):
                    continue
                if answers is None or watched is None:
                    match = detector.detect(line, context)
                else:
                    key = (id(detector), line.text, line.kind, line.level, line.title)
                    if key in answers:
                        match = answers[key]
                    else:
                        watched.looked = False
                        match = detector.detect(line, context)
                        if not watched.looked:
                            answers[key] = match
            if match is not None:
                found[index] = _share(_settle(match, detector.name, line), shared)
                return

    def _claimed_order(self, first: str) -> tuple[tuple[Any, Any], ...]:
        """Every detector, in order, for a claimed line starting with ``first``: the document
        detectors (marked ``_DOCUMENT``; not the fallbacks, asked later) and the line detectors that
        can match it, with their prefilters."""
        chosen = self._first_cache.get("\0" + first)  # one bounded cache with _by_first
        if chosen is None:
            chosen = self._remember("\0" + first, tuple(
                (detector, _DOCUMENT if hasattr(detector, "detect_document") else getattr(detector, "prefilter", None))
                for detector in self.detectors
                if not getattr(detector, "fallback", False) and (hasattr(detector, "detect_document") or _may_start(detector, first))
            ))
        return chosen

    def _by_first(self, first: str) -> tuple[tuple[Any, Any], ...]:
        """The line detectors, in order, that can match a line starting with ``first``; with their prefilters."""
        chosen = self._first_cache.get(first)
        if chosen is None:
            settled = self._gates if len(self._gates) == 1 else ()  # checked once per line already
            chosen = self._remember(first, tuple(
                (detector, None if prefilter in settled else prefilter)
                for detector in self.detectors
                if not hasattr(detector, "detect_document") and _may_start(detector, first)
                for prefilter in (getattr(detector, "prefilter", None),)
            ))
        return chosen

    def _remember(self, key: str, chosen: tuple[tuple[Any, Any], ...]) -> tuple[tuple[Any, Any], ...]:
        if len(self._first_cache) >= _FIRST_CACHE_SIZE:
            self._first_cache.clear()  # bounded: a corpus may start lines with many distinct characters
        self._first_cache[key] = chosen
        return chosen


_FIRST_CACHE_SIZE = 4096
_BUILTIN_TYPES = frozenset(type(d) for d in BUILTIN_DETECTORS)
_MEMO_TEXT_MAX = 80
"""The longest line whose detection :meth:`Parser._detect` remembers: repeated lines are short ones."""


class _Watched(Sequence[Line]):
    """The body's lines as a detector's context holds them, noting whether it read any: a
    built-in detector that did not answered from the line alone, and equal lines get its answer."""

    __slots__ = ("lines", "looked")

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = lines
        self.looked = False

    @overload
    def __getitem__(self, index: int) -> Line: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Line]: ...

    def __getitem__(self, index: int | slice) -> Line | Sequence[Line]:
        self.looked = True
        return self.lines[index]

    def __len__(self) -> int:
        self.looked = True
        return len(self.lines)


_DOCUMENT = object()
"""In :meth:`Parser._claimed_order`: a document detector, whose answer is in its table."""
_LINE, _COLUMN = operator.attrgetter("line"), operator.attrgetter("column")


class _Trace(NamedTuple):
    """The intermediate results of a parse that :meth:`Parser.explain` reports."""

    body: list[Line]
    verdict: Verdict


class _Rejections(NamedTuple):
    """The diagnostics of the rejected labels and legends, not yet made: each line's number, and its
    code and message (one pair per distinct message). They are made once the body has gone: a page
    of rejected labels held a diagnostic per line next to the body's lines."""

    numbers: list[int]
    said: list[tuple[str, str]]

    def diagnostics(self) -> list[Diagnostic]:
        return [Diagnostic(code, message, number) for number, (code, message) in zip(self.numbers, self.said, strict=True)]


def _decision_diagnostics(verdict: Verdict, body: Sequence[Line]) -> _Rejections:
    """A diagnostic for every rejected label and legend, by line.

    The decisions are read one at a time and equal messages are one string:
    a page of rejected labels says the same thing on every line.
    """
    messages: dict[tuple[str, str, str], str] = {}
    pairs: dict[tuple[str, str], tuple[str, str]] = {}
    out = _Rejections([], [])
    proposals, rulings, legends = verdict.proposals, verdict.rulings, verdict.legends
    last: tuple[object, object, bool] = (None, None, False)  # the line before's proposal, ruling and legend: a page repeats them
    pair = ("", "")
    for index in sorted(rulings):  # the rejected ones: each is ruled on alone (see Verdict.rulings)
        ruling = rulings[index]
        if ruling[0]:
            continue
        proposal = proposals[index]
        legend = index in legends
        if proposal is not last[0] or ruling is not last[1] or legend is not last[2]:  # equal proposals and rulings are one object each
            reason = ruling[1]
            said = (proposal.label, proposal.detector, reason)
            message = messages.get(said)
            if message is None:
                message = messages[said] = f"{proposal.label!r} ({proposal.detector}) does not start a turn: {reason}"
            pair = ("legend" if legend else "label-rejected", message)
            pair, last = pairs.setdefault(pair, pair), (proposal, ruling, legend)
        out.numbers.append(body[index].number)
        out.said.append(pair)
    return out


def _table_labels(body: Sequence[Line], table: Mapping[int, SpeakerMatch]) -> dict[int, SpeakerMatch]:
    """A transcript table's labels by body line: the first line of each labelled row."""
    given: dict[int, SpeakerMatch] = {}
    for index, line in enumerate(body):
        label = table.get(line.number)
        if label is not None and (not given or body[index - 1].number != line.number):
            given[index] = label
    return given


def _sections_before_speech(result: Assembly) -> int:
    """How many sections start above the first turn (all of them in a document without turns)."""
    if not result.turns:
        return len(result.sections)
    first = result.turns[0].lines[0]
    return sum(1 for section in result.sections if section.lines[0] < first)


def _may_start(detector: Detector, first: str) -> bool:
    """Whether ``detector`` can match a line that starts with ``first`` (its optional ``first`` set says)."""
    allowed = getattr(detector, "first", None)
    return allowed is None or first in allowed


def _passes(gate: Any, text: str, passed: dict[Any, bool]) -> bool:
    """The prefilter's answer for ``text``, asked at most once per line."""
    ok = passed.get(gate)
    if ok is None:
        ok = passed[gate] = bool(gate(text))
    return ok


def _share(match: SpeakerMatch, shared: dict[SpeakerMatch, SpeakerMatch]) -> SpeakerMatch:
    """The first match equal to ``match``, if one was found before (a plugin's own subclass, or a
    match holding something unhashable, is kept as it is)."""
    if type(match) is not SpeakerMatch:
        return match
    try:
        return shared.setdefault(match, match)
    except TypeError:
        return match


def _settle(match: SpeakerMatch, detector: str, line: Line) -> SpeakerMatch:
    """The match signed with its detector's name, with a timestamp written right
    after the label (``Name: 00:01:31``) moved onto it, and one in brackets that repeats
    the label's own time (``[00:01:14] Tom: [00:01:14] …``) taken out of the speech (``10:00
    is too early`` is speech)."""
    timestamp, speech_start = match.timestamp, match.speech_start
    if speech_start < len(line.text) and line.text[speech_start] in _TIMESTAMP_FIRST:
        found = _LEADING_TIMESTAMP.match(line.text, speech_start)
        if found is not None and timestamp is None:
            timestamp, speech_start = found["ts"], found.end()
        elif found is not None and found["ts"] == timestamp and found[0][0] in "[(（\\":
            speech_start = found.end()  # "[00:01:14] Tom: [00:01:14] …": the time written again after the label
    if detector == match.detector and speech_start == match.speech_start and timestamp == match.timestamp:
        return match  # built-in detectors sign their matches already
    return SpeakerMatch(
        label=match.label,
        end=match.end,
        speech_start=speech_start,
        start=match.start,
        timestamp=timestamp,
        reopen=match.reopen,
        weak=match.weak,
        role=match.role,
        detector=detector,
    )


DEFAULT_PARSER = Parser()


def _parser(
    detectors: Iterable[Detector] | None,
    strict: bool,
    aliases: Mapping[str, str] | None,
    roles: Mapping[str, str] | None,
    conventions: Conventions | None,
) -> Parser:
    """The shared default parser, or one built from the options given."""
    if detectors is None and not strict and not aliases and not roles and conventions is None:
        return DEFAULT_PARSER
    chosen = BUILTIN_DETECTORS if detectors is None else detectors
    return Parser(
        detectors=chosen, strict=strict, aliases=aliases, roles=roles, conventions=conventions or DEFAULT_CONVENTIONS
    )


def parse(
    text: str,
    /,
    *,
    detectors: Iterable[Detector] | None = None,
    strict: bool = False,
    aliases: Mapping[str, str] | None = None,
    roles: Mapping[str, str] | None = None,
    conventions: Conventions | None = None,
) -> Interview:
    """Parse interview text into an :class:`~interview_parser.model.Interview`.

    The options are the :class:`Parser` fields (``detectors=None`` means the
    built-in ones); without them a shared default parser is used. To parse
    many documents with the same options, build a :class:`Parser` once.
    """
    return _parser(detectors, strict, aliases, roles, conventions).parse(text)


def parse_file(
    path: str | os.PathLike[str] | IO[bytes] | IO[str],
    *,
    encoding: str | None = None,
    detectors: Iterable[Detector] | None = None,
    strict: bool = False,
    aliases: Mapping[str, str] | None = None,
    roles: Mapping[str, str] | None = None,
    conventions: Conventions | None = None,
) -> Interview:
    """Read and parse one file, given as a path or an open file object; see :meth:`Parser.parse_file`."""
    return _parser(detectors, strict, aliases, roles, conventions).parse_file(path, encoding=encoding)
