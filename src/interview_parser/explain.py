"""Why a document parsed as it did: every line, what was proposed, decided and made of it.

The tool to reach for before writing a detector or changing a
:class:`.Conventions` setting::

    >>> from interview_parser import Parser
    >>> report = Parser().explain("Note: read slowly.\\n\\nQ: Why bread?\\n\\nA: Flour is cheap.")
    >>> print(report)
    line  outcome    proposed (detector: label)        decision
       1  preamble   plain_label: 'Note'               rejected: a field or credit line (Conventions.field_words)
       3  turn 1: Q  qa_marker: 'Q', plain_label: 'Q'  accepted: a strong label shape, trusted once
       5  turn 2: A  qa_marker: 'A', plain_label: 'A'  accepted: a strong label shape, trusted once
    evidence: 5 point(s), an exchange
      +1 a strong label shape
      +1 speakers alternate (100% of changes)
      +1 a role word among the labels
      +1 1 question(s) answered by another speaker
      +1 100% of the paragraphs in the span are labelled
    >>> [(line.number, line.outcome, line.accepted) for line in report.lines]
    [(1, 'preamble', False), (3, 'turn 1: Q', True), (5, 'turn 2: A', True)]
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .blocks import Line, LineKind
from .decide import Decision, Evidence, Verdict
from .detectors import Context, Detector
from .model import Interview

__all__ = ["Explanation", "LineReport", "explain"]


@attrs.frozen
class LineReport:
    """One body line of an :class:`Explanation`."""

    number: int
    """1-based source line."""
    text: str
    """The line as written (stripped)."""
    kind: str
    """Its :class:`.LineKind` before any speaker was considered."""
    proposals: tuple[tuple[str, str], ...]
    """``(detector, label)`` for every detector that proposed a label on this line, in table order."""
    decision: Decision | None
    """What was decided about the first proposal, which is the one that counts."""
    outcome: str
    """Where the line went: ``turn 3: Ana``, ``in turn 3``, ``heading``, ``preamble``, ``media``, ..."""

    @property
    def accepted(self) -> bool | None:
        """Whether its proposal starts a turn (``None`` when nothing was proposed)."""
        return None if self.decision is None else self.decision.accepted


@attrs.frozen
class Explanation:
    """What :meth:`.Parser.explain` found; ``str()`` gives the terminal report."""

    lines: tuple[LineReport, ...]
    """One report per non-blank body line."""
    evidence: Evidence | None
    """The document-level evidence, when labels got as far as being weighed."""
    summary: str
    """Why the document has no turns (``""`` when it has)."""
    interview: Interview
    """The parse result itself."""

    def __str__(self) -> str:
        rows = [("line", "outcome", "proposed (detector: label)", "decision")]
        for line in self.lines:
            if not line.proposals and line.outcome.startswith("in turn"):
                continue  # speech: the report would be the whole document
            proposed = ", ".join(f"{name}: {label!r}" for name, label in line.proposals) or "-"
            decided = "-" if line.decision is None else (
                f"{'accepted' if line.decision.accepted else 'rejected'}: {line.decision.reason}"
            )
            rows.append((str(line.number), line.outcome, proposed, decided))
        widths = [max(len(row[i]) for row in rows) for i in range(3)]
        out = [
            f"{row[0]:>{max(widths[0], 4)}}  {row[1]:<{widths[1]}}  {row[2]:<{widths[2]}}  {row[3]}".rstrip()
            for row in rows
        ]
        if self.evidence is not None:
            verdict = "an exchange" if self.interview.turns else "not an exchange"
            out.append(f"evidence: {self.evidence.points} point(s), {verdict}")
            out.extend(f"  {reason}" for reason in self.evidence.reasons)
        if self.summary:
            out.append(f"no turns: {self.summary}")
            out.extend(
                f"  line {d.line}: {d.message}" for d in self.interview.diagnostics if d.code == "detector-declined"
            )
        return "\n".join(out)


def _proposals(body: Sequence[Line], detectors: Sequence[Detector], verdict: Verdict) -> list[list[tuple[str, str]]]:
    """Every detector's proposal on every line, without the parser's shortcuts (first match wins
    there); a fallback detector's only when the parser asked it (nothing else made a turn)."""
    found: list[list[tuple[str, str]]] = [[] for _ in body]
    asked = {match.detector for match in verdict.proposals.values()}
    for detector in detectors:
        if getattr(detector, "fallback", False) and detector.name not in asked:
            continue
        if hasattr(detector, "detect_document"):
            for index, match in detector.detect_document(body).items():
                found[index].append((detector.name, match.label))
            continue
        for index, line in enumerate(body):
            match = detector.detect(line, Context(body, index))
            if match is not None:
                found[index].append((detector.name, match.label))
    return found


def _outcomes(interview: Interview) -> dict[int, str]:
    where: dict[int, str] = {}
    for number, turn in enumerate(interview.turns, 1):
        first, last = turn.lines
        for line in range(first + 1, last + 1):
            where[line] = f"in turn {number}"
        where[first] = f"turn {number}: {turn.speaker or turn.role or 'unlabelled'}"
    for section in interview.sections:
        where[section.lines[0]] = "heading"
    for media in interview.media:
        where[media.lines[0]] = f"media ({media.kind})"
    return where


def explain(interview: Interview, body: Sequence[Line], detectors: Sequence[Detector], verdict: Verdict) -> Explanation:
    """The :class:`Explanation` of one parse, from its body lines and label verdict."""
    proposals = _proposals(body, detectors, verdict)
    decided = {decision.line: decision for decision in verdict.decisions()}
    legends = {body[i].number for i in verdict.legends}
    where = _outcomes(interview)
    first_turn = interview.turns[0].lines[0] if interview.turns else None
    last_turn = interview.turns[-1].lines[1] if interview.turns else None
    speechless = {d.line for d in interview.diagnostics if d.code == "label-without-speech"}
    reports = []
    for index, line in enumerate(body):
        outcome = where.get(line.number)
        decision = decided.get(line.number)
        if outcome == "heading" and decision is not None and decision.accepted:
            outcome = "heading (a question over its answers)"  # the section its answers sit in, not a turn
        if outcome is None:
            if line.number in legends:
                outcome = "legend"
            elif line.number in speechless:
                outcome = "label without speech"
            elif interview.sections and line.number > interview.sections[0].lines[0]:
                # text between turns, under a later heading, is that section's intro; the trailer follows the last turn
                outcome = "trailer" if interview.trailer and last_turn is not None and line.number > last_turn else "section intro"
            else:
                outcome = "preamble" if first_turn is None or line.number < first_turn or not interview.trailer else "trailer"
            if line.kind == LineKind.HEADING and outcome != "legend":
                outcome = "title" if outcome == "preamble" else outcome
        reports.append(
            LineReport(line.number, line.text, line.kind, tuple(proposals[index]), decision, outcome)
        )
    return Explanation(tuple(reports), verdict.evidence, verdict.summary, interview)
