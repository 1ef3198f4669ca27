"""Which proposed labels make turns: a judgement from the document's own evidence.

Detectors propose labels by shape. Whether a document is an exchange at all,
and which of its proposals are speakers, is weighed here, once per document,
and every proposal leaves a :class:`Decision` with its reason.

1. **Vetoes, one proposal at a time**: a label under an FAQ heading, a field
   or credit word (``Note:``, ``来源：``), reported speech (``他说：``), a label
   with nothing to say before the next label; questions marked by nothing but
   their question mark (plain paragraphs, emphasis inside a paragraph) where
   the title does not say "interview", the questions address no one or the
   answers do not speak for their speaker.
2. **Legends**: leading lines that only introduce people
   (``答：Alain Pelce（ILO）``, ``**問：記者　趙：經理**``) are not turns.
3. **Is this an exchange?** Points of evidence for and against, summed:

   ==========================================  ======
   evidence                                    points
   ==========================================  ======
   a strong label shape (bold, capitals, Q/A)  +1
   speakers alternate                          +1
   a role word (``Q``, ``主持人``, ``Host``)    +1
   a speaker recurs; a second one recurs       +1, +2
   (+1 only, when every label stands alone on its line)
   four labels or more, all of one shape       +1
   a question answered by another speaker      +1
   most paragraphs in the span are labelled    +1
   unlabelled questions and answers            +3
   three labels or more, most speaking once    -1
   (and none recurring)                        -2
   labels spoken once beside others spoken     -3
   once only (three or more)
   labels are rare among the paragraphs        -2
   (unless two speakers recur)
   a short run of labels in a longer text      -1
   labels followed by values, not speech       -5
   unlabelled answers opening with one run-in  -5
   ==========================================  ======

   The document's labels make turns when it has two sides and at least
   :attr:`.Conventions.min_evidence` points.
4. **Each label in an exchange**: a recurring label, a strong shape and an
   unlabelled Q&A turn are accepted. A label spoken once must earn it: the
   same shape (markup, separator, layout) as the document's recurring
   labels, inside the conversation, and short like a name; or a role word
   (``乙台记者``, ``Audience 1``).
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from itertools import compress
from operator import itemgetter
from typing import NamedTuple

import regex

from .blocks import Line, LineKind
from .conventions import Conventions
from .detectors import (
    _ASKING_INITIALS,
    _LIST_MARK,
    _NUMBERED_QUESTION,
    QUESTION_MARKERS,
    TIME_ALONE,
    TS,
    SpeakerMatch,
    _paragraph_end,
    _paragraph_start,
    column_entry_end,
    counts_from_one,
    glued_dash,
)
from .inline import wrapped
from .model import clock_seconds
from .normalize import fold, person, speaker_key
from .punctuation import QUESTION_MARKS, SENTENCE_MARKS, asks
from .speakers import identities

__all__ = ["Decision", "Evidence", "Verdict", "decide_labels"]

_LEGEND_INNER = regex.compile(r"[\s\u3000]{1,40}(?P<name>[^\s\u3000:：<>/\[\]()]{1,12})[:：](?!//)")
_LEGEND_NAME_WITH_ROLE = regex.compile(
    r"(?:\p{Han}{2,10}|\p{Lu}[\p{L}'’\-]{0,24}(?:[ \t]\p{Lu}[\p{L}'’\-]{0,24}){0,4})"
    r"(?:[ \t]{0,2}[（(](?:[^()（）\n]|[（(][^()（）\n]{0,40}[）)]){1,60}[）)]|[,，][ \t]?[^.!?。！？\n]{1,100})"
)
_LEGEND_LATIN_NAME = regex.compile(r"\p{Lu}[\p{L}'’\-]{0,24}(?:[ \t]\p{Lu}[\p{L}'’\-]{0,24}){1,4}")
_LEGEND_HAN_NAME = regex.compile(r"\p{Han}{2,10}")
_HAN = regex.compile(r"\p{Han}")
_NUMBER_VALUE = regex.compile(r"[\d.,:/%+\-\s]{1,40}")
_CAPITALS = regex.compile(r"[^\p{Ll}\p{Lt}]*\p{Lu}[^\p{Ll}\p{Lt}]*\p{Lu}[^\p{Ll}\p{Lt}]*")
_ENOUGH_QUESTIONS = 3
_QUOTES = frozenset("\"“‘'«„「『")
_TRAILING_MARKUP = "*_ \t”」』’\"'）)"


class Decision(NamedTuple):
    """What was decided about one proposed label, and why (a named tuple: one is made per proposal)."""

    line: int
    """1-based source line of the proposal."""
    label: str
    """The proposed label as written (``""`` for an unlabelled Q&A turn)."""
    detector: str
    """The detector that proposed it."""
    accepted: bool
    """Whether it starts a turn."""
    reason: str
    """Why, for a person reading it."""


class Evidence(NamedTuple):
    """The document-level evidence that its labels are an exchange."""

    speakers: int
    """Distinct speaker keys among the surviving proposals."""
    recurring: int
    """Keys that speak at least twice."""
    unlabelled: int
    """Unlabelled question and answer turns (magazine Q&A)."""
    sides: int
    """How many parties speak: the labelled speakers, plus the unlabelled roles (questions, answers)."""
    alternation: float
    """Share of consecutive proposals whose speaker changes."""
    roles: int
    """Keys that are role words."""
    questions: int
    """Proposals whose speech ends in a question mark and is answered by another speaker."""
    density: float
    """Labelled units among the units of text from the first proposal to the last (a unit is a
    paragraph, or the part of one that a label or a heading starts)."""
    outside: int
    """Units of text outside that span."""
    strong: bool
    """Whether any proposal has a strong shape (not one that must recur)."""
    points: int
    """The sum of the points the evidence earns (see the module docstring)."""
    reasons: tuple[str, ...]
    """Each point, as a phrase."""


class Verdict(NamedTuple):
    """The labels that make turns, the legend lines, and every decision."""

    labels: dict[int, SpeakerMatch]
    legends: frozenset[int]
    rulings: dict[int, tuple[bool, str]]
    """Line index → (accepted, reason) of each proposal weighed on its own; the labels accepted
    together (recurring ones, unlabelled turns) have no ruling: :meth:`decisions` writes theirs."""
    keys: dict[int, str]
    """The speaker key of each accepted label's line."""
    counts: Mapping[str, int]
    """How often each key speaks."""
    proposals: Mapping[int, SpeakerMatch]
    """Every proposal, with the unlabelled answers inferred from the document."""
    lines: Sequence[Line]
    """The body lines the indexes point into."""
    evidence: Evidence | None
    summary: str
    """Why the document has no turns, or ``""``."""

    def with_fallback(self, second: Verdict) -> Verdict:
        """This verdict (which took no label) with the verdict on a fallback detector's proposals:
        its labels, and both sets of rulings; when the second takes none either, this one's summary
        (or the second's, when this one had no proposal to weigh)."""
        rulings = {**self.rulings, **second.rulings}
        proposals = {**self.proposals, **second.proposals}
        if not second.labels:  # why there are no turns: the first verdict's, unless it had nothing to weigh
            summary = self.summary if self.proposals else second.summary
            return self._replace(rulings=rulings, proposals=proposals, summary=summary, evidence=self.evidence or second.evidence)
        return second._replace(rulings=rulings, proposals=proposals, legends=self.legends | second.legends)

    def decisions(self, *, rejected_only: bool = False) -> tuple[Decision, ...]:
        """Every decision in line order (made on demand: most documents are never explained)."""
        return tuple(self.each_decision(rejected_only=rejected_only))

    def each_decision(self, *, rejected_only: bool = False) -> Iterator[Decision]:
        """:meth:`decisions` one at a time: a page of rejected labels has one per line, and a
        caller that turns each into something else need not hold them all."""
        rulings: Mapping[int, tuple[bool, str]] = self.rulings
        if not rejected_only:
            rulings = added = dict(rulings)
            for index, match in self.labels.items():
                if index not in added:
                    key = self.keys.get(index, "")
                    reason = f"{key!r} speaks {self.counts.get(key, 0)} times" if match.label else (f"an unlabelled {match.role} turn" if match.role else "an unnamed speaker's turn (a mark of a new speaker)")
                    added[index] = (True, reason)
        for index in sorted(rulings):
            accepted, reason = rulings[index]
            if not (rejected_only and accepted):
                proposal = self.proposals[index]
                yield Decision(self.lines[index].number, proposal.label, proposal.detector, accepted, reason)


def _comment_thread(lines: Sequence[Line], heading_at: Sequence[int], first: int, conventions: Conventions) -> int | float:
    """Where a blog's comment thread starts (its ``10 Comments`` heading, among the headings at
    ``heading_at``) after the first proposed label; infinity when there is none."""
    for index in heading_at:
        if index > first and conventions.is_comment_heading(lines[index].title):
            return index
    return float("inf")


_CONTENTS_ITEM = regex.compile(r"(?:[-*+]|\d{1,3}[.)])[ \t]{1,4}\[(?P<text>[^\[\]\n]{1,200})\]\(#[^()\s]{0,300}\)[ \t]*")


def _listed_questions(lines: Sequence[Line], conventions: Conventions) -> int:
    """The first line of a table of contents that links to ``Conventions.listed_questions``
    questions inside the page, or ``-1``: such a page is made of questions as its sections."""
    needed = conventions.listed_questions
    count, first = 0, -1
    if needed <= 0:
        return -1
    for index, line in enumerate(lines):
        if "](#" not in line.text:
            continue
        item = _CONTENTS_ITEM.fullmatch(line.text)
        if item is not None and asks(item["text"].rstrip()):
            count += 1
            first = index if first < 0 else first
            if count >= needed:
                return first
    return -1


def _faq_lines(lines: Sequence[Line], conventions: Conventions) -> set[int]:
    """Lines under an FAQ heading: a product's questions and answers are not an interview."""
    inside: int | None = None  # level of the FAQ heading we are under
    out: set[int] = set()
    for index, line in enumerate(lines):
        if line.kind == LineKind.HEADING:
            if inside is not None and line.level <= inside:
                inside = None
            if conventions.is_faq_heading(line.title):
                inside = line.level
            elif inside is not None:
                out.add(index)  # "### How do I …?" under "## FAQ"
        elif inside is not None:
            out.add(index)
    return out


_COLONS = (":", "：", "︰")


def _shape(line: Line, match: SpeakerMatch, below: Line | None = None) -> tuple[str, str, str]:
    """A label's template: its markup, its separator and its layout on the line; ``below``, the
    next line, whose opening colon is the separator of a name alone (``Ruth`` then ``:<TAB>Why?``)."""
    text = line.text
    head = text[match.start : match.end]
    first = head[:1]
    markup = "bold" if first in ("*", "_") else "bracket" if first in ("[", "【") else "code" if first == "`" else "plain"
    core = head.rstrip("*_ \t")
    separator = core[-1:] if core[-1:] in (":", "：", "︰", ".") else ""
    separator = ":" if separator in ("：", "︰") else separator  # the colon's width follows the name's script
    layout = "question" if match.reopen else "alone" if match.speech_start >= len(text) else "inline"
    if layout == "alone" and not separator and below is not None and below.paragraph == line.paragraph and below.text.startswith(_COLONS):
        separator = ":"
    if layout == "alone" and not separator and (match.timestamp is not None or (below is not None and below.paragraph == line.paragraph and TIME_ALONE.fullmatch(below.text))):
        # "[00:00:51] Stefan", "Ana Ruiz 00:05:57", or the time alone on the line below the name
        # ("Roman Mars" / "[00:00:00]"): the time sets the name apart as a separator does
        separator = "time"
    if layout == "alone" and not separator and _CAPITALS.fullmatch(match.label):
        layout = "alone in capitals"
    return markup, separator, layout


def _name_like(label: str, conventions: Conventions) -> bool:
    name = person(label)
    if _HAN.match(name):
        return len(name) <= conventions.max_label_han
    return 0 < len(name.split()) <= conventions.max_label_words


def _sentence_case(label: str) -> bool:
    """``Audience member``, ``Addetto stampa``: a capitalised word, then only words in small
    letters (and perhaps a number) -- a role phrase, or a bold lead-in (``Key point``)."""
    words = person(label).split()
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and words[1][:1].islower()
        and all(w[:1].islower() or w.isdigit() for w in words[2:])
    )


def _mostly_figures(speech: str) -> bool:
    """Whether half the characters of ``speech`` (blanks aside) are digits: a date or a number, a value."""
    dense = "".join(speech.split())
    return not dense or 2 * sum(c.isdigit() for c in dense) >= len(dense)


def _speaking_fields(
    lines: Sequence[Line],
    candidates: Mapping[int, SpeakerMatch],
    shapes: Mapping[int, tuple[str, str, str]],
    fields: Mapping[int, tuple[SpeakerMatch, tuple[str, str, str]]],
    key_of: Mapping[str, str],
    conventions: Conventions,
) -> set[int]:
    """The field-word labels that are a speaker's: a radio log's ``CC:`` (the capsule
    communicator; ``Conventions.speaking_field_words``), ``Conventions.speaking_fields`` times
    or more, ``Conventions.speaking_share`` of them between
    labels of other speakers that are no field words (``candidates``: those still standing),
    written in their shape (a scene's ``*Location: …*`` in italics among ``**MAX:**`` is not) or
    asking them (an interviewer's ``**CC: Why?**`` between plain answers). A page's ``CC:`` or
    ``Note:`` lines do not take turns."""
    counts = Counter(key_of.get(match.label, "") for match, _ in fields.values())
    many = {key for key, n in counts.items() if key in conventions.speaking_field_words and n >= conventions.speaking_fields}
    if not many:
        return set()
    order = sorted({*candidates, *fields})
    position = {index: place for place, index in enumerate(order)}

    def label_at(index: int) -> str:
        found = candidates.get(index)
        return (found if found is not None else fields[index][0]).label

    between: Counter[str] = Counter()
    for index, (match, shape) in fields.items():
        key = key_of.get(match.label, "")
        place = position[index]
        if key not in many or place == 0 or place == len(order) - 1 or _mostly_figures(_speech(lines[index], match)):
            continue  # a field's value (调查时间：2006年4月28日) is no speech
        before = key_of.get(label_at(order[place - 1]))
        after = key_of.get(label_at(order[place + 1]))
        # written as the speakers around it are, or asking them (**CC: Why?** between plain DLG: answers)
        alike = shapes.get(order[place - 1]) == shape == shapes.get(order[place + 1])
        if before and after and before not in counts and after not in counts and (alike or asks(_speech(lines[index], match), _TRAILING_MARKUP)):
            between[key] += 1
    speaking = {key for key in many if between[key] >= conventions.speaking_share * counts[key]}
    return {index for index, (match, _) in fields.items() if key_of.get(match.label) in speaking}


def _named_keys(proposed: Mapping[int, SpeakerMatch]) -> set[str]:
    """The keys of the proposed labels that are not in sentence case: ``Addetto Stampa`` makes
    a later ``Addetto stampa`` the same speaker written carelessly, not a lead-in. Each label
    is read once (a page repeats its labels)."""
    labels = {m.label for m in proposed.values() if m.label}
    return {speaker_key(label) for label in labels if not _sentence_case(label)}


def _faq_banner(lines: Sequence[Line], conventions: Conventions) -> bool:
    """Whether the page opens with a bold line of its own made of FAQ words (``**Часто задаваемые
    вопросы**``, a page's title set in bold rather than as a heading)."""
    at = next((i for i, line in enumerate(lines[:3]) if line.kind == LineKind.TEXT), None)
    if at is None or (at + 1 < len(lines) and lines[at + 1].paragraph == lines[at].paragraph):
        return False
    inner = wrapped(lines[at].text)
    # made of FAQ words alone: "**FAQ Friday: we sit down with Dana**" titles an interview
    return inner is not None and conventions.is_faq_heading(inner[1], whole=True)


def _drop_description_list(lines: Sequence[Line], candidates: dict[int, SpeakerMatch], decide: Callable[[int, bool, str], None]) -> None:
    """Labels closed by a doubled colon where most labels are (AsciiDoc's ``Term:: definition``, a
    language's ``Vector::``): a description list's terms, not speakers. A doubled colon among single
    ones (``Clifford Fishman:: When…``) is a label's typing slip."""
    labelled = [i for i, m in candidates.items() if m.label]
    doubled = [i for i in labelled if "::" in lines[i].text[candidates[i].start : candidates[i].end]]
    if 2 * len(doubled) > len(labelled):
        _reject(candidates, doubled, "closed by '::' as most labels here are: a description list's terms (AsciiDoc 'Term:: definition'), not speakers", decide)


def _chat_lead_ins(lines: Sequence[Line], candidates: Mapping[int, SpeakerMatch]) -> list[int]:
    """The labels of a chat page copied as text that are its replies' own lead-ins: all but its two
    voices. A voice another detector read first (``Thomas Richter:`` alone on its line, a plain
    label too), when the chat detector's own proposals hold one voice only, is the label alone on
    its line that most often comes next after that voice (a reply's lead-in may recur as often)."""
    voices = {m.label for m in candidates.values() if m.detector == "chat_turn_line"}
    if len(voices) == 1:
        replies: Counter[str] = Counter()
        waiting = False  # whether the chat's voice spoke last, its reply not yet seen
        for i in sorted(candidates):
            m = candidates[i]
            if m.detector == "chat_turn_line":
                waiting = True
            elif waiting and m.label and m.speech_start >= len(lines[i].text):
                replies[m.label] += 1
                waiting = False
        voices.update(label for label, n in replies.most_common(1) if n >= 2)
    return [i for i, m in candidates.items() if m.detector != "chat_turn_line" and m.label not in voices]


def _chat_says(proposed: Mapping[int, SpeakerMatch], conventions: Conventions) -> frozenset[str]:
    """The labels of a chat log that writes a verb after each name (``Ana says:``, ``Janaina diz:``):
    those ending in one of ``Conventions.says_words`` after a name, where ``says_names`` different
    names or more are written so. Each label is read once (a page repeats its labels)."""
    names: dict[str, set[str]] = {}
    for label in {m.label for m in proposed.values() if m.label}:
        name, _, verb = label.rpartition(" ")
        if name and name[0].isalnum() and verb.casefold() in conventions.says_words and len(name.split()) < conventions.max_label_words:
            names.setdefault(verb.casefold(), set()).add(label)
    return frozenset(label for said in names.values() if len({s.rpartition(" ")[0] for s in said}) >= conventions.says_names for label in said)


def _speech(line: Line, match: SpeakerMatch) -> str:
    return line.text[match.speech_start :].rstrip("*_ \t")


def _label_asks(line: Line, match: SpeakerMatch) -> bool:
    """Whether the speech on a label's own line ends in a question mark."""
    return asks(_speech(line, match))


_NOT_CONTENT = frozenset({LineKind.IMAGE, LineKind.CAPTION, LineKind.RULE, LineKind.LINK, LineKind.APPARATUS})
_PICTURES_AND_MARKUP = frozenset({LineKind.IMAGE, LineKind.CAPTION, LineKind.APPARATUS})
"""What may stand between a question and its answer: a picture, its caption, markup (``:::``)."""


def _next_content(lines: Sequence[Line], index: int) -> int:
    """Index of the next line that is not media (an image between a legend and the first question)."""
    after = index + 1
    while after < len(lines) and lines[after].kind in _NOT_CONTENT:
        after += 1
    return after


def _legend_like(
    lines: Sequence[Line], index: int, match: SpeakerMatch, next_is_label: bool, keys: set[str], *, role_line: bool = False
) -> str | None:
    """Why a leading label line only introduces people, or ``None`` when it speaks; ``role_line``:
    the label is a role word (``Interviewee: Hodgkin``), whose speech may be a single name."""
    speech = _speech(lines[index], match)
    if not speech or not next_is_label:
        return None
    if role_line and _LEGEND_ONE_NAME.fullmatch(speech):
        return "a role word naming its person"
    inner = _LEGEND_INNER.search(speech) if len(speech) <= 120 else None
    if inner is not None and speaker_key(inner["name"]) in keys:
        return "it introduces two speakers at once"
    if _LEGEND_NAME_WITH_ROLE.fullmatch(speech) or _LEGEND_LATIN_NAME.fullmatch(speech):
        return "its speech is a name and a role"
    if _LEGEND_HAN_NAME.fullmatch(speech):
        following = lines[index + 1] if index + 1 < len(lines) else None
        if following is not None and following.paragraph == lines[index].paragraph:
            return "its speech is a name, listed with the next label"
    return None


_LEGEND_ONE_NAME = regex.compile(r"\p{Lu}[\p{L}'’\-]{1,24}")
_LEGEND_WORDS = regex.compile(r"\p{Lu}\p{L}{3,24}(?:[ \t]\p{L}{1,24}){0,2}")


def _spells_out(label: str, speech: str) -> bool:
    """Whether ``speech`` is the word or words a short label abbreviates (``R: Resposta``,
    ``ENT: Entrevista``, ``RNF: Requisito Não Funcional``, ``RF: Requisito de Função``): one word
    starting with the label's letters, or words whose initials spell it, short connectors aside
    (``H: Hello everyone`` is speech)."""
    if not 1 <= len(label) <= 3 or not label.isupper() or _LEGEND_WORDS.fullmatch(speech) is None:
        return False
    words = speech.split()
    letters = label.casefold()
    if len(words) == 1:
        return speech.casefold().startswith(letters)
    if any(not word[0].isupper() and len(word) > 3 for word in words):
        return False
    return "".join(word[0] for word in words if word[0].isupper()).casefold() == letters


def _key_line(
    lines: Sequence[Line], index: int, match: SpeakerMatch, candidates: Mapping[int, SpeakerMatch], under_lead_in: bool, conventions: Conventions
) -> bool:
    """Whether a label line is a key to the document's abbreviations: its speech spells out its label,
    and it stands under a lead-in (``**Legenda:**``), or among lines that all do (``Q: Question`` /
    ``A: Answer``), or names a role (``I: Interviewer``). One line alone (``Q: Quick one``) is speech."""
    speech = _speech(lines[index], match)
    if not _spells_out(match.label, speech):
        return False
    if under_lead_in or conventions.is_role(speaker_key(speech)):
        return True
    paragraph = lines[index].paragraph
    block = [i for i in range(index - 1, index + 2) if 0 <= i < len(lines) and lines[i].paragraph == paragraph and i in candidates]
    return len(block) >= 2 and all(
        (m := candidates[i]).label != "" and _spells_out(m.label, _speech(lines[i], m)) for i in block
    )


_TEXTLIKE = frozenset({LineKind.TEXT, LineKind.CODE})
_TEXT, _PARAGRAPH, _KIND = itemgetter(1), itemgetter(2), itemgetter(3)  # Line fields, read at C speed
_LABEL = itemgetter(0)  # a SpeakerMatch's label


def _units(lines: Sequence[Line], start: int, stop: int, matches: Collection[int]) -> tuple[int, int]:
    """Units of text in ``lines[start:stop]`` -- a paragraph, or the part of one that a label
    starts -- and how many of them a proposal opens (an unlabelled question as a heading counts).

    Counted at C speed, without a Python loop over the lines: the paragraphs holding text, less
    those a label opens, plus one unit per label. (A paragraph whose text starts before its first
    label counts one unit less than it has: a transcript rarely writes one.)
    """
    span = lines[start:stop]
    text = set(map(_PARAGRAPH, compress(span, map(_TEXTLIKE.__contains__, map(_KIND, span)))))
    inside = list(filter(range(start, stop).__contains__, matches))  # at C speed too
    labelled_lines = list(map(lines.__getitem__, inside))
    opened = set(map(_PARAGRAPH, compress(labelled_lines, map(_TEXTLIKE.__contains__, map(_KIND, labelled_lines)))))
    return len(text) - len(opened & text) + len(inside), len(inside)


_ADDRESS = regex.compile(r"[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,5}[.。]?")
"""An e-mail address standing alone after a label: a contact line, not speech."""


def _is_value(speech: str, *, domains: bool = False) -> bool:
    """Whether what follows a label is a value (``Type: `boolean` ``, ``Link: https://…``, ``Size: 12``,
    ``联系：bob@example.com``; with ``domains``, ``Slack: team.slack.com``),
    not speech; a one-word answer (``Bo: yes``) is speech."""
    return (
        speech.startswith(("`", "[", "<", "http", "www."))
        or _NUMBER_VALUE.fullmatch(speech) is not None
        or ("@" in speech and _ADDRESS.fullmatch(speech) is not None)
        or (domains and "." in speech and _DOMAIN.fullmatch(speech) is not None)
    )


_DOMAIN = regex.compile(r"[a-z0-9\-]{2,63}(?:\.[a-z0-9\-]{2,63}){0,4}\.[a-z]{2,12}(?:/\S{0,200})?")
"""A bare domain after a label (``Slack: team.slack.com``): an address, not speech."""


def _ends_question(lines: Sequence[Line], start: int, stop: int) -> bool:
    """Whether the speech from line ``start`` up to (not including) ``stop`` ends in a question mark."""
    for index in range(stop - 1, start - 1, -1):
        line = lines[index]
        if line.kind == LineKind.TEXT:
            return asks(line.text, _TRAILING_MARKUP)
        if line.kind == LineKind.HEADING:
            return asks(line.title, _TRAILING_MARKUP)
    return False


_UNNAMED = "\0another speaker"


def _unlabelled_voices(bare: Sequence[SpeakerMatch]) -> set[str]:
    """The sides that unlabelled turns stand for: their roles (the interviewer's questions, the
    interviewee's answers), and, for marks of a new speaker with no name (a caption's ``>>``),
    two voices once there are two marks: each mark is someone other than the one before."""
    voices = {f"\0{m.role}" for m in bare if m.role}
    unnamed = sum(1 for m in bare if not m.role)
    if unnamed:
        voices.add("\0a speaker")
    if unnamed >= 2:
        voices.add(_UNNAMED)
    return voices


def _evidence(
    lines: Sequence[Line],
    matches: Mapping[int, SpeakerMatch],
    keys: Mapping[int, str],
    shapes: Mapping[int, tuple[str, str, str]],
    conventions: Conventions,
    inferred: Collection[int] = (),
    *,
    blanks: bool = True,
) -> Evidence:
    """``shapes``: each label's shape; ``inferred``: unlabelled answers inferred here, not proposed
    (they are a side, not evidence)."""
    order = sorted(matches)
    counts = Counter(keys.values())
    bare = [i for i in order if not matches[i].label]
    unlabelled = sum(1 for i in bare if i not in inferred)
    voices = _unlabelled_voices([matches[i] for i in bare])
    who = [keys.get(i) or f"\0{matches[i].role}" for i in order] if bare else [keys[i] for i in order]
    changes = sum(map(operator.ne, who, itertools.islice(who, 1, None)))
    alternation = changes / (len(who) - 1) if len(who) > 1 else 0.0
    roles = sum(1 for key in counts if conventions.is_role(key))
    questions = 0  # counted up to a few: the evidence needs one
    # only where the speaker changes, found at C speed (streamed: a list of them was a peak's share on a page of labels)
    differs = map(operator.ne, who, itertools.islice(who, 1, None))
    for position in itertools.compress(itertools.count(), differs):
        if _ends_question(lines, order[position], order[position + 1]):
            questions += 1
            if questions == _ENOUGH_QUESTIONS:
                break
    first, last = order[0], order[-1]
    units, labelled = _units(lines, first, last + 1, matches)
    density = labelled / units if units else 0.0
    # paragraphs outside the span matter only for a short run of labels
    outside = (
        _units(lines, 0, first, matches)[0] + _units(lines, last + 1, len(lines), matches)[0] if len(order) < 4 else 0
    )
    recurring = sum(1 for n in counts.values() if n >= 2)
    strong = any(not matches[i].weak for i in order if matches[i].label)

    reasons: list[str] = []
    points = 0

    def earn(n: int, why: str) -> None:
        nonlocal points
        points += n
        reasons.append(f"{n:+d} {why}")

    if strong:
        earn(1, "a strong label shape")
    if len(order) > 1 and alternation >= 0.5:
        earn(1, f"speakers alternate ({alternation:.0%} of changes)")
    if roles:
        earn(1, "a role word among the labels")
    if recurring:
        earn(1, "a speaker recurs")
    if recurring >= 2:
        # two speakers recurring with their speech on the label's line is a convention; labels alone
        # on a line (titles, list heads look the same) are less sure
        on_the_line = any(matches[i].speech_start < len(lines[i].text) for i in order if matches[i].label)
        earn(2 if on_the_line else 1, "a second speaker recurs")
    # a name in capitals alone on its line is the same template as a name alone (``PROF. SMITH``, ``Ines Berg``)
    templates = {(markup, separator, layout.split(" ", 1)[0]) for markup, separator, layout in set(shapes.values())}
    if len(templates) == 1 and sum(counts.values()) >= conventions.consistent_labels:
        earn(1, "every label has the same shape")
    if questions:
        earn(1, f"{questions} question(s) answered by another speaker")
    if density >= 0.5:
        earn(1, f"{density:.0%} of the paragraphs in the span are labelled")
    if unlabelled >= 2:
        earn(3, "unlabelled turns, each a new speaker" if _UNNAMED in voices else "unlabelled questions and answers")
        lead, n = _common_run_in(lines, [i for i in bare if matches[i].role == "interviewee"])
        if n:
            earn(-5, f"{n} answers open with the same run-in {lead!r}: a list's explanations, not answers")
    inline = (
        [i for i in order if (m := matches[i]).label and m.speech_start < len(lines[i].text)] if not questions else []
    )
    if len(inline) >= 3:
        values = speech = 0
        valued: dict[tuple[str, int], bool] = {}  # a page repeats its lines: each (text, speech start) read once
        for i in inline:  # stop as soon as a quarter of them is speech
            asked = (lines[i].text, matches[i].speech_start)
            value = valued.get(asked)
            if value is None:
                value = valued[asked] = _is_value(_speech(lines[i], matches[i]))
            if value:
                values += 1
            else:
                speech += 1
                if speech * 4 > len(inline):
                    break
        if speech * 4 <= len(inline):
            earn(-5, f"{values} of {len(inline)} labels are followed by a value, not speech (a field list)")
    period = _record_period(who, conventions)
    if period and _some_short_values(lines, matches, order, conventions):
        earn(-5, f"the labels repeat in one order, {period} to a record, each followed by a short value (a form)")
    panel = _put_to_a_panel(lines, order, who, counts, conventions)
    if panel:
        earn(1, f"a question put to {len(order) - 1} people, each answering it once (a panel's round)")
    named = sum(counts.values())
    if named >= 3 and named < conventions.turns_per_speaker * len(counts) and not panel:
        earn(
            -1 if recurring else -2,
            f"{named} labels for {len(counts)} speakers: most speak once (run-in headings, not a conversation)",
        )
    once = [position for position, key in enumerate(who) if counts.get(key) == 1] if 1 in counts.values() else []
    if recurring >= 2 and once:
        # labels spoken once in a template no recurring speaker writes (``但也補充一點：`` inside
        # the replies of ``#### You:`` / ``#### ChatGPT:``) are weighed one by one below, not as run-ins
        kept = {shapes[i] for position, i in enumerate(order) if counts.get(who[position], 0) >= 2 and i in shapes}
        once = [position for position in once if order[position] not in shapes or shapes[order[position]] in kept]
    if len(once) >= 3 and not panel:
        # a speaker heard once in a conversation speaks to one who recurs (a reporter asks the
        # spokesman, a witness answers the chair); run-in headings stand among other run-ins
        anchored = sum(1 for position in once if _beside_recurring(who, position, counts))
        # three of them at least: the first label of a document (a greeting) may stand beside another
        if len(once) - anchored >= 3 and anchored < conventions.anchored_one_offs * len(once):
            earn(-3, f"{len(once) - anchored} of {len(once)} labels spoken once stand only beside others spoken once (run-ins)")
    if density < 0.2 and recurring < 2:
        earn(-2, f"labels are rare ({density:.0%} of the paragraphs in the span)")
    if len(order) < 4 and outside >= 5:
        earn(-1, f"a short run of labels in a longer text ({outside} paragraphs outside it)")
    answers = [i for i in bare if matches[i].role == "interviewee"]
    listed = sum(1 for i in answers if _points(lines, i))
    if len(answers) >= 2 and listed * 2 > len(answers):
        # whatever else the document shows: nobody speaks in bullet points under every question
        earn(
            min(-5, conventions.min_evidence - 1 - points),
            f"{listed} of {len(answers)} unlabelled answers are lists of points: notes under questions, not speech",
        )
    if not bare and all(_asks_only(key, conventions) for key in counts):
        # Q, 问题, Question and nothing else: a list of questions (test prompts, a survey), nobody answers them
        earn(min(-5, conventions.min_evidence - 1 - points), "every label names a question (Q, 问题), none an answer or a person: nobody answers")
    to_fill = _blanks(lines, first, last + 1, matches) if blanks else 0
    if to_fill >= 3 and to_fill * 4 >= len(order):
        # a questionnaire not yet filled in: its "answers" are boxes to tick and lines to write on
        earn(min(-5, conventions.min_evidence - 1 - points), f"{to_fill} blanks to fill in (boxes to tick, lines of underscores): a form")
    return Evidence(
        len(counts),
        recurring,
        unlabelled,
        len(counts) + len(voices),
        alternation,
        roles,
        questions,
        density,
        outside,
        strong,
        points,
        tuple(reasons),
    )


_CHECKBOX = regex.compile(r"(?:[-*+][ \t]{1,4})?\[[ xX]?\][ \t]")
_BLANK = regex.compile(r"_{3,}")
_RUN_IN_FIELD = regex.compile(r"(?:\*\*|__)[^*_\n]{1,40}(?:\*\*|__)|[^\s:：]{1,30}[:：]")


def _put_to_a_panel(
    lines: Sequence[Line], order: Sequence[int], who: Sequence[str], counts: Mapping[str, int], conventions: Conventions
) -> bool:
    """Whether the first label is the asker's role (``Question:``, ``Pertanyaan:``) putting one
    question, and ``Conventions.panel_answers`` people or more follow, each answering once in turn
    (we asked ten programmers): one-offs that answer, not a list of run-ins."""
    if len(order) <= conventions.panel_answers or counts.get(who[0]) != 1 or conventions.role_of(conventions.unnumbered(who[0])) != "interviewer":
        return False
    if not _ends_question(lines, order[0], order[1]):
        return False
    return all(counts.get(key) == 1 and conventions.role_of(key) is None for key in who[1:])


def _asks_only(key: str, conventions: Conventions) -> bool:
    """Whether a speaker key names the question itself (``q``, ``问题2``), not a person or an answer."""
    bare = conventions.unnumbered(key)
    return bare in conventions.question_words and conventions.role_of(bare) == "interviewer"


def _blanks(lines: Sequence[Line], start: int, stop: int, matches: Collection[int] = ()) -> int:
    """Blanks to fill in among ``lines[start:stop]``: a box to tick (``- [ ] Delivery``) and a line
    that holds only underscores and field names (``**Decided By:** ____ **Date:** ____``); a
    redaction inside a sentence (``Mr. ____ said``) is not one."""
    span = lines[start:stop]
    found = 0
    for index, line in enumerate(span, start):
        text = line.text
        if line.kind != LineKind.TEXT or ("[" not in text[:6] and "___" not in text):
            continue
        if _CHECKBOX.match(text) or (
            # a speaker's redacted answer (**A:** ____) is no blank of a form: label lines are left out
            "___" in text and index not in matches and not _RUN_IN_FIELD.sub("", _BLANK.sub("", text)).strip(" \t*_")
        ):
            found += 1
    return found


def _points(lines: Sequence[Line], index: int) -> bool:
    """Whether the text at ``index`` opens a list of two points or more (``* Advanced SQL`` then
    ``* Git``); one dash before a paragraph is a dialogue's (``- Well, I started…``)."""
    nxt = index + 1
    return (
        _LIST_MARK.match(lines[index].text) is not None
        and nxt < len(lines)
        and lines[nxt].kind == LineKind.TEXT
        and lines[nxt].paragraph == lines[index].paragraph  # "- Well," then a blank line, "- And…": dialogue
        and _LIST_MARK.match(lines[nxt].text) is not None
    )


_RUN_IN = regex.compile(r"(?P<lead>[^\s:：—–-]{1,20}(?:[ \t][^\s:：—–-]{1,20})?)[ \t]{0,2}(?:[—–]|--?|[:：])[ \t]")


def _record_period(who: Sequence[str], conventions: Conventions) -> int:
    """The number of fields per record when the labels follow one another in one fixed order
    (Name, Age, District, Name, Age, …): ``Conventions.form_fields`` labels or more as frequent as
    the most frequent one, making up half the labels at least, and each label followed four
    times in five by the same label; 0 otherwise."""
    counts = Counter(who)
    times = counts.most_common(1)[0][1] if counts else 0
    fields = sum(1 for n in counts.values() if n >= times - 1)  # one of each field per record (one may be missing)
    distinct = len(counts)
    if times < 3 or fields < conventions.form_fields or fields * 2 < distinct:  # three records at least
        return 0
    successors: dict[str, Counter[str]] = {}
    for here, nxt in itertools.pairwise(who):
        successors.setdefault(here, Counter())[nxt] += 1
    usual = sum(found.most_common(1)[0][1] for found in successors.values())
    return fields if usual * 5 >= (len(who) - 1) * 4 else 0


def _short_value(line: Line, match: SpeakerMatch, conventions: Conventions) -> bool:
    """Whether the label is followed on its line by a short value (``Edad: 29``), not a sentence
    and not nothing: what a field holds (``Conventions.header_value`` characters at most)."""
    speech = _speech(line, match).rstrip("*_ \t")
    return bool(speech) and len(speech) <= conventions.header_value and not speech.endswith(_SENTENCE_END)


def _holds_value(lines: Sequence[Line], index: int, match: SpeakerMatch) -> bool:
    """Whether what follows the label (on its line, or on the next line of its paragraph when the
    label stands alone) is a value rather than a sentence: it does not end as one."""
    line = lines[index]
    value = _speech(line, match).rstrip("*_ \t")
    if not value and index + 1 < len(lines) and lines[index + 1].paragraph == line.paragraph:
        value = lines[index + 1].text.rstrip("*_ \t")
    return bool(value) and not value.endswith(_SENTENCE_END)


def _some_short_values(
    lines: Sequence[Line], matches: Mapping[int, SpeakerMatch], order: Sequence[int], conventions: Conventions
) -> bool:
    """Whether a third of the labels or more are followed on their line by a short value, not a
    sentence: a form's records hold some (names, ages, dates); a panel taking turns in a fixed
    order speaks in sentences, or below its labels."""
    short = 0
    for index in order:
        if _short_value(lines[index], matches[index], conventions):
            short += 1
    return short * 3 >= len(order)


def _common_run_in(lines: Sequence[Line], answers: Sequence[int]) -> tuple[str, int]:
    """The run-in most unlabelled answers open with (``Vous — …`` under every question), and how
    many do; ``("", 0)`` when fewer than half of three or more answers share one."""
    leads = Counter(
        found["lead"].casefold()
        for i in answers
        # a lead with no letter is markup (``\- Yes``, an escaped dialogue dash), not a run-in
        if (found := _RUN_IN.match(lines[i].text)) and _WORD_CHARACTER.search(found["lead"])
    )
    if len(answers) < 3 or not leads:
        return "", 0
    lead, n = leads.most_common(1)[0]
    return (lead, n) if n * 2 >= len(answers) else ("", 0)


def _beside_recurring(who: Sequence[str], position: int, counts: Mapping[str, int]) -> bool:
    """Whether the label at ``position`` has a recurring speaker (or an unlabelled side) next to it."""
    return any(counts.get(who[near], 2) > 1 for near in (position - 1, position + 1) if 0 <= near < len(who))


def _alternates(
    order: Sequence[int], position: int, candidates: Mapping[int, SpeakerMatch], keys: Mapping[int, str]
) -> bool:
    """Whether the proposal at ``order[position]`` differs in speaker from its neighbours."""

    def side(i: int) -> str:
        return keys.get(i) or f"\0{candidates[i].role}"

    here = side(order[position])
    before = position == 0 or side(order[position - 1]) != here
    after = position + 1 >= len(order) or side(order[position + 1]) != here
    return before and after


def _initials(label: str) -> str:
    """The folded initials of a name of two to four capitalised words (``Larry Wall`` → ``lw``), or
    of one word joining them (an outlet's ``CartaCapital`` → ``cc``), else ``""``."""
    words = label.split()
    if len(words) == 1 and (joined := _JOINED_WORDS.fullmatch(label)) is not None:
        words = joined.captures("word")
    if not 2 <= len(words) <= 4 or not all(word[0].isupper() for word in words):
        return ""
    return "".join(word[0] for word in words).casefold()


_JOINED_WORDS = regex.compile(r"(?:(?P<word>\p{Lu}\p{Ll}{2,})){2,4}")
"""Capitalised words written as one (``CartaCapital``, ``PodcastRadio``): each of three letters or more."""


def _names_speakers(speech: str, recurs: Collection[str]) -> bool:
    """Whether ``speech``, no sentence, names two recurring speakers or more by their labels
    (``Luis Ramírez (Entrevistador) y Johan Anthony`` when ``Luis`` and ``Johan`` speak)."""
    if len(recurs) < 2 or not speech or speech.endswith(_SENTENCE_END):
        return False  # "Tonight Ana and Bo tell us how they met.": a host's sentence, not a cast
    words = set(_WORDS.findall(speaker_key(speech)))
    return sum(1 for key in recurs if key in words) >= 2


_WORDS = regex.compile(r"[\p{L}\p{N}]+")


def _short_form(label: str, recurs: Collection[str]) -> str:
    """The recurring label that a label's closing brackets end in, defining it as the short label
    used after it (``조은형(방송국장, 이하 조)`` → ``조``, ``Ana Lima (hereafter AL)`` → ``al``;
    glued in Chinese, ``王小明（主持人，以下简称王）`` → ``王``, ``RIKI（以下为R）`` → ``r``), else ``""``."""
    found = _CLOSING_BRACKETS.search(label)
    if found is None:
        return ""
    words = regex.split(r"[\s,，、]+", found[1].strip())
    last = speaker_key(words[-1])
    if len(words) >= 2 and last in recurs:
        short = last
    else:
        # Chinese writes the definition without a space: "以下简称王", "以下为R" ("(Host)" alone defines nothing)
        short = next((key for key in recurs if len(key) < len(last) and last.endswith(key) and _HAN.match(last[-len(key) - 1])), "")
    name = speaker_key(person(label))
    # the short label shortens the name ("조" of 조은형, "AL" of Ana Lima); "Interpreter (for Bo)" names someone else
    return short if short and (name.startswith(short) or _initials(person(label)) == short) else ""


_CLOSING_BRACKETS = regex.compile(r"[(（\[]([^()（）\[\]]{1,80})[)）\]]$")


def _first_name_pairs(order: Sequence[int], candidates: Mapping[int, SpeakerMatch], keys: Mapping[int, str], counts: Mapping[str, int]) -> dict[int, str]:
    """Labels spoken once that name one person twice: a full name, then its first name alone
    after it (``Alethe Denis``, later ``Alethe``), each the other's recurrence; the label's index → the other label."""
    once = [i for i in order if candidates[i].label and counts[keys[i]] == 1]
    full: dict[str, list[int]] = {}
    for index in once:
        if " " in keys[index]:
            full.setdefault(keys[index].split(" ", 1)[0], []).append(index)
    paired: dict[int, str] = {}
    for index in once:
        names = full.get(keys[index])
        if names is not None and len(names) == 1 and names[0] < index:
            paired[index] = candidates[names[0]].label
            paired[names[0]] = candidates[index].label
    return paired


def _audience(
    lines: Sequence[Line],
    order: Sequence[int],
    candidates: Mapping[int, SpeakerMatch],
    keys: Mapping[int, str],
    counts: Mapping[str, int],
    shapes: Mapping[int, tuple[str, str, str]],
    trusted_shapes: Collection[tuple[str, str, str]],
    conventions: Conventions,
) -> set[int]:
    """An audience's askers: names spoken once, each in a whole-bold line with the question inside
    it (``**Bas Bakker: Why …?**``) as a recurring speaker writes theirs, each answered on the line
    below it as theirs are; two or more of them, most asking. A one-off bold line standing alone
    (``**Bonus Round: quick answers**``, ``**小编注：…**``) is a heading or a note."""
    found = []
    for index in order:
        match = candidates[index]
        label = match.label
        if not (label and match.reopen and counts[keys[index]] == 1 and shapes.get(index) in trusted_shapes):
            continue
        below = lines[index + 1] if index + 1 < len(lines) else None
        labelled_below = (after := candidates.get(index + 1)) is not None and bool(after.label)
        if below is None or below.paragraph != lines[index].paragraph or below.kind != LineKind.TEXT or labelled_below:
            continue  # the answer right below, as the recurring askers' are
        if conventions.is_role(keys[index]) or conventions.is_field(keys[index]) or not _name_like(label, conventions) or regex.search(r"\d", label):
            continue
        found.append(index)
    asking = sum(1 for i in found if _label_asks(lines[i], candidates[i]))
    return set(found) if len(found) >= 2 and 2 * asking >= len(found) else set()


_OPENING_MARKS = "¿¡\"'“‘«„「『(（*_"
"""Marks a sentence may open with before its first letter (``¿Cómo …?``, ``“Well …``)."""


def _lettered_names(
    lines: Sequence[Line],
    order: Sequence[int],
    candidates: Mapping[int, SpeakerMatch],
    keys: Mapping[int, str],
    counts: Mapping[str, int],
    recurs: Collection[str],
    conventions: Conventions,
) -> dict[int, str]:
    """One-word names spoken once whose first letters are the recurring one-letter labels, one name
    per letter and a name for every letter, each before its letter speaks, in a paragraph of its
    own, and saying a sentence (``Steph:`` and ``Avalon:`` once, then ``S:`` and ``A:`` throughout; an ``Action:`` line among
    ``Q:`` and ``A:``, or ``Status: green`` / ``Mood: good`` above ``S:`` and ``M:``, names
    nobody, nor does a role, ``Researcher: Maria``): the label's index → its letter."""
    found: dict[str, list[int]] = {}
    first: dict[str, int] = {}
    for index in order:
        match = candidates[index]
        label = match.label
        if not label:
            continue
        key = keys[index]
        first.setdefault(key, index)
        if counts[key] == 1 and _ONE_NAME.fullmatch(label) and not conventions.is_field(key) and not conventions.is_role(key):
            letter = label[0].casefold()
            speech = _speech(lines[index], match)
            if letter in recurs and len(speech.split()) >= 4 and speech.lstrip(_OPENING_MARKS)[:1].isupper() and not _is_value(speech):
                found.setdefault(letter, []).append(index)
    letters = {key for key in recurs if len(key) == 1}
    if any(names[0] > first[letter] for letter, names in found.items()):
        return {}  # "S:" speaks before "Steph:": no introduction
    if len({lines[names[0]].paragraph for names in found.values()}) < len(found):
        return {}  # "Status: …" over "Mood: …" in one paragraph: a header's fields, not two people speaking
    if found.keys() != letters or any(len(names) > 1 for names in found.values()):
        return {}
    return {names[0]: letter for letter, names in found.items()}


_ONE_NAME = regex.compile(r"\p{Lu}\p{Ll}{1,24}")
_CASELESS_LETTER = r"(?![\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])\p{Lo}"
_CASELESS_ONLY = regex.compile(rf"(?:[^\p{{L}}]|{_CASELESS_LETTER})+")
_CASELESS_ANY = regex.compile(_CASELESS_LETTER)


def _caseless(label: str) -> bool:
    """Whether every letter of ``label`` is of a script without capitals (Arabic, Hebrew,
    Devanagari, Thai; not Han, kana or Hangul), and it has one."""
    return _CASELESS_ONLY.fullmatch(label) is not None and _CASELESS_ANY.search(label) is not None


def _name_parts(label: str) -> tuple[str, str]:
    """The folded first and last word of a full name (``Bekah Hawrot Weigel`` → ``bekah``, ``weigel``)."""
    words = label.split()
    return words[0].casefold(), words[-1].casefold()


def _one_off(
    index: int,
    match: SpeakerMatch,
    key: str,
    shape: tuple[str, str, str],
    trusted_shapes: set[tuple[str, str, str]],
    conversation_start: int,
    conventions: Conventions,
    alternates: bool,
    speech: str,
    quoting: bool,
    roles_only: bool = False,
    inside_answer: bool = False,
    askers: bool = False,
    asked: bool = False,
) -> tuple[bool, str]:
    """Whether a label spoken once is a speaker, and why. ``roles_only``: every recurring
    speaker of the document is a role (``问``/``答``, ``Q``/``A``); ``inside_answer``: the label
    comes right after an unlabelled answer, before the next question; ``asked``: the label before
    it asks (``Where can we find you?`` answered ``anasilva.com``: a domain that answers is speech)."""
    role = conventions.is_role(key)
    if _is_value(speech, domains=not asked):
        return False, "spoken once, followed by a value (a link, an address, a number), not speech"
    if not role and _caseless(match.label):
        return False, "spoken once, in a script without capitals: nothing tells a name from a phrase (the first reason:), so a name must recur"
    if match.reopen:
        if role:
            return True, "a role's question, written in bold with its label"
        if not trusted_shapes and asks(speech, "*_ "):
            # where speakers recur, a one-off bold line that asks is a section's title (**下一步：搬定唔搬？**)
            return True, "a question written in bold with its asker's label, where no speaker recurs"
        if askers and shape in trusted_shapes:
            # an audience's questions: each asker once, in bold with the name inside, as the recurring askers write theirs
            return True, "one of an audience's askers, each once, in bold with the name inside as the recurring speakers write theirs"
        if asks(speech, "*_ "):
            return False, "a whole-bold line that asks, whose label is spoken once and names no role, where the document's speakers recur: a section's title"
        return False, "a whole-bold line whose label is spoken once, names no role and asks nothing: read as a heading"
    if shape[2].startswith("alone") and not shape[1]:
        if role:
            return True, "a role speaking once, alone on its line like the document's labels"
        if shape[2] == "alone in capitals" and shape in trusted_shapes and index >= conversation_start:
            return True, "a name in capitals alone on its line, spoken once, like the document's recurring labels"
        return False, "a short line alone, spoken once, that names no role: a name alone must recur"
    if not match.weak:
        if index >= conversation_start or not trusted_shapes or shape in trusted_shapes:
            return True, "a strong label shape, trusted once"
        return False, "spoken once, before the conversation starts, in a shape its labels do not have"
    if role and index >= conversation_start:
        return True, "a role speaking once inside the conversation"
    if index < conversation_start:
        return False, "spoken once, before the conversation starts: a field or cast line"
    if speech[:1] in _QUOTES and not quoting:
        return False, "spoken once, and what follows opens with a quotation mark: a quotation in prose"
    if not trusted_shapes:
        # no label recurs: the exchange stands on other evidence (unlabelled questions and answers)
        if inside_answer:
            return False, "spoken once, in the middle of an unlabelled answer: the answer's own run-in"
        if alternates and _name_like(match.label, conventions):
            return True, "spoken once, alternating with the other speakers of an exchange"
        return False, "spoken once, in an exchange where no label recurs, and not alternating with the others"
    if shape not in trusted_shapes:
        return False, "spoken once, in a shape (markup, separator, layout) no recurring label of this document has"
    if not _name_like(match.label, conventions):
        return False, "spoken once, and too long for a name"
    if roles_only:
        # 问/答 throughout, then "问题就来了：…" inside an answer: the answer's own words
        return False, "spoken once, in plain words, where every recurring speaker is a role (Q/A): the speech's own run-in"
    return True, "spoken once, in the same shape as the document's recurring labels"


def decide_labels(
    lines: Sequence[Line],
    proposed: Mapping[int, SpeakerMatch],
    conventions: Conventions,
    aliases: Mapping[str, str],
    title: str | None = None,
    *,
    blanks: bool = True,
    given: Mapping[int, SpeakerMatch] | None = None,
    kinds: Sequence[str] = (),
) -> Verdict:
    """Weigh every proposed label; see the module docstring for the rules. ``blanks``: whether the
    text may hold blanks to fill in (``___``, ``[ ]``): the parser knows it from the whole text at once.
    ``given``: the labels the text states outright (a transcript table's speaker cells), taken
    as they are; every other proposal is then the speech's own. ``kinds``: what the metadata says
    the page is (``layout: faq``)."""
    rulings: dict[int, tuple[bool, str]] = {}
    said: dict[tuple[bool, str], tuple[bool, str]] = {}  # one tuple per distinct ruling: most repeat
    pool = proposed  # and the unlabelled answers inferred below, once there are any

    def decide(index: int, accepted: bool, reason: str) -> None:
        ruling = (accepted, reason)
        rulings[index] = said.setdefault(ruling, ruling)

    def verdict(
        labels: dict[int, SpeakerMatch],
        legends: set[int],
        evidence: Evidence | None,
        summary: str,
        keys: dict[int, str] | None = None,
        counts: Mapping[str, int] | None = None,
    ) -> Verdict:
        return Verdict(labels, frozenset(legends), rulings, keys or {}, counts or {}, pool, lines, evidence, summary)

    if given:
        for index in proposed.keys() - given.keys():
            decide(index, False, "inside a transcript table's speech: the table names each row's speaker in a column of its own")
        for index in given:
            decide(index, True, "a row of a transcript table, its speaker cell")
        keys = identities(given, aliases, conventions)
        return verdict(dict(given), set(), None, "", keys, Counter(keys.values()))
    if not proposed:
        return verdict({}, set(), None, "no line has the shape of a speaker label")

    # 1. vetoes
    heading_at = [i for i, line in enumerate(lines) if line.kind == LineKind.HEADING]
    headings = [lines[i] for i in heading_at]
    top = next((line.title for line in lines[:5] if line.kind == LineKind.HEADING and line.level == 1), None)
    faq_page = any(t is not None and conventions.is_faq_page(t) for t in (title, top, *kinds)) or _faq_banner(lines, conventions)
    faq = _faq_lines(lines, conventions) if not faq_page and any(conventions.is_faq_heading(line.title) for line in headings) else set()
    # a block needs that many different labels: a page of one label repeated is not read for one
    distinct = len(set(map(_LABEL, proposed.values())))
    blocks = _field_blocks(lines, proposed, conventions) if distinct >= conventions.header_fields else set()
    candidates: dict[int, SpeakerMatch] = {}
    fields: dict[int, tuple[SpeakerMatch, tuple[str, str, str]]] = {}
    reported: dict[int, SpeakerMatch] = {}
    shapes: dict[int, tuple[str, str, str]] = {}
    any_speechless = False  # whether some label has no speech on its line (most documents: none)
    # a document repeats its labels: what a label's words say is read once per label, and its
    # shape once per (label, detector, layout)
    seen: dict[str, tuple[str, str, bool]] = {}  # label → (key, what its words say, Han)
    shaped: dict[tuple[str, str, bool, bool], tuple[str, str, str]] = {}
    under_faq = faq_page or bool(faq)
    thread = _comment_thread(lines, heading_at, min(proposed), conventions)
    unlabelled = False  # whether any proposal has no label (unlabelled Q&A, captions)
    contents: int | None = None  # the line of a table of contents listing questions, once asked (-1: none)
    titled = any(t is not None and conventions.names_an_interview(t) for t in (title, top))  # keeps its listed questions
    capitalised: set[str] | None = None  # the keys of labels not in sentence case, once asked
    says: frozenset[str] | None = None  # the labels of a chat log written "Ana says:", once asked
    unmarked: dict[int, str] | None = None  # the refused questions marked by nothing but "?", and their answers, once asked
    for index in sorted(proposed):
        match = proposed[index]
        label = match.label
        if index > thread:
            decide(index, False, "in the comment thread after the post (under a heading like '13 comments': Conventions.comment_headings)")
            continue
        if not label:
            unlabelled = True
            if under_faq and (faq_page or index in faq):
                decide(index, False, "under an FAQ heading or on an FAQ page (Conventions.faq_words): a product's questions, not an interview")
            elif (contents := (-1 if titled else _listed_questions(lines, conventions)) if contents is None else contents) >= 0:
                decide(
                    index,
                    False,
                    f"the page lists its questions in a table of contents (line {lines[contents].number}, Conventions.listed_questions): they are its sections, not an interviewer's",
                )
            elif match.detector in _UNMARKED_READERS and index in (
                unmarked := (_unmarked_questions(lines, proposed, title, top, conventions) if unmarked is None else unmarked)
            ):
                decide(index, False, unmarked[index])
            else:
                candidates[index] = match
            continue
        info = seen.get(label)
        if info is None:
            key = speaker_key(label)
            info = seen[label] = (key, conventions.label_words(label) if key else "", _HAN.match(key) is not None)
        key, word, han = info
        speechless = match.speech_start >= len(lines[index].text)
        any_speechless = any_speechless or speechless
        ask = (label, match.detector, bool(match.reopen), speechless)
        shape = shaped.get(ask)
        if shape is None:
            shape = shaped[ask] = _shape(lines[index], match, lines[index + 1] if index + 1 < len(lines) else None)
        if under_faq and (faq_page or index in faq):
            decide(index, False, "under an FAQ heading or on an FAQ page (Conventions.faq_words): a product's questions, not an interview")
        elif not key:
            decide(index, False, "the label is only punctuation")
        elif match.weak and label[0].islower() and not _lower_role(lines, index, key, conventions) and not _set_apart(lines[index], match):
            decide(
                index,
                False,
                "a label in small letters that does not open a paragraph with a role (Conventions.role_nouns), nor is set apart (in brackets, before a full-width colon)",
            )
        elif word == "field" and index in blocks:
            decide(index, False, "a field or credit line (Conventions.field_words)")
        elif word == "field":
            fields[index] = (match, shape)  # weighed below: a field word may name a speaker who speaks in turn (CC:)
        elif " " in label and label in (says if says is not None else (says := _chat_says(proposed, conventions))):
            candidates[index] = match  # a chat log's ``Ana says:``: a label, however its words read
            shapes[index] = shape
        elif (
            match.weak
            and match.detector == "bold_label"
            and " " in label
            and _sentence_case(label)
            and not conventions.is_role(key)
            and key not in (capitalised if capitalised is not None else (capitalised := _named_keys(proposed)))
        ):
            decide(
                index,
                False,
                "a capitalised word then words in small letters (a lead-in like 'Key point:'), naming no role (Conventions.role_nouns) and no speaker the document names in capitals",
            )
        elif index in blocks:
            decide(index, False, "one of a block of lines each naming a different field, with short values or beside a field word (Key: value lines)")
        elif (word == "reported" and lines[index].kind != LineKind.HEADING and match.detector != "chat_turn_line") or (  # a heading, or a chat's "You said:", is no sentence of prose
            han and match.weak and lines[index].text[match.speech_start : match.speech_start + 1] in _QUOTES
        ):
            reported[index] = match
            shapes[index] = shape
        else:
            candidates[index] = match
            shapes[index] = shape
    key_of = {label: info[0] for label, info in seen.items()}
    field_lines: list[int] = []
    if fields:
        speaking = _speaking_fields(lines, candidates, shapes, fields, key_of, conventions)
        field_lines = [index for index in fields if index not in speaking]
        for index, (match, shape) in fields.items():
            if index not in speaking:
                decide(index, False, "a field or credit line (Conventions.field_words)")
                continue
            candidates[index] = match
            shapes[index] = shape
        if field_lines:
            _drop_among_fields(lines, candidates, field_lines, key_of, conventions, decide)
            _drop_record_fields(lines, candidates, field_lines, key_of, conventions, decide)
    if reported:
        _weigh_reported_speech(lines, candidates, reported, key_of, conventions, decide)
    # the labels with no speech on their line, among those the steps above kept (fields and reported speech weighed)
    alone = sorted(i for i, m in candidates.items() if m.label and m.speech_start >= len(lines[i].text)) if any_speechless else []
    if alone:
        _drop_speechless(lines, candidates, alone, key_of, decide)
        _drop_page_furniture(lines, candidates, alone, shapes, conventions, decide)
    # which detectors (and whether weak) proposed the candidates, read once: the steps below drop
    # labels and add none, so a detector absent here is absent there (a pass per step was a page's cost)
    made = {(m.detector, m.weak) for m in candidates.values()}
    made_by = {detector for detector, _ in made}
    # and the steps that weigh unlabelled questions alone are skipped where every label has a name
    if unlabelled:
        _drop_continued_questions(lines, candidates, decide)
    if any(shape[0] == "code" for shape in shaped.values()):
        _drop_unasked_code_labels(lines, candidates, decide)
    if any(" / " in label for label in seen) and any(" / " in m.label for m in candidates.values()):
        _drop_unbacked_pairs(lines, candidates, decide)
    if not _FIRST_OPTIONS.isdisjoint(seen):
        _drop_choice_options(lines, candidates, decide)
    if any("::" in lines[i].text for i in candidates):  # at C speed: most documents have none
        _drop_description_list(lines, candidates, decide)
    if ("timed_bold_name", True) in made:
        _drop_backward_times(candidates, decide)
    if unlabelled:
        _drop_captions_before_labels(lines, candidates, conventions, decide)
    if any(detector == "timed_name_line" for _, detector, *_ in shaped):
        _drop_timed_segments(lines, candidates, decide)
    if unlabelled:
        _drop_panel_questions(lines, candidates, decide)
    if "name_quote" in made_by and any(m.detector == "name_quote" for m in candidates.values()):
        _drop_unasked_quotes(lines, candidates, decide)
    if "run_in_name" in made_by and any(m.detector == "run_in_name" for m in candidates.values()):
        _drop_unasked_run_ins(lines, candidates, conventions, decide)
    if "chat_turn_line" in made_by and any(m.detector == "chat_turn_line" for m in candidates.values()):
        # a chat page copied as text has its two voices; the other colon lines are the replies' own
        others = _chat_lead_ins(lines, candidates)
        _reject(candidates, others, "inside the turns of a chat page's two voices taking turns (chat_turn_line): a reply's own lead-in", decide)
    if not any(t is not None and conventions.names_an_interview(t) for t in (title, top)):
        _drop_unaddressed_questions(lines, candidates, conventions, decide)
        if unlabelled:
            _drop_readers_questions(lines, candidates, conventions, decide)
            _drop_listed_faq(lines, candidates, conventions, decide)
        _drop_topic_questions(lines, candidates, title, conventions, decide)
        if unlabelled:
            _drop_outlined_questions(lines, candidates, conventions, decide)
            _drop_unannounced_dialogue(lines, candidates, conventions, decide)
    if any(t is not None and conventions.names_a_preparation(t) for t in (title, top)):
        _drop_prepared_answers(lines, candidates, conventions, decide)
    if "column_label" in made_by and any(m.detector == "column_label" for m in candidates.values()):
        _drop_inside_column(lines, candidates, decide)
    if ("qa_marker", True) in made and any(m.weak and m.detector == "qa_marker" for m in candidates.values()):
        _drop_name_initials(lines, candidates, conventions, decide)
    answers = _unlabelled_answers(lines, candidates, conventions, aliases)
    if answers:
        candidates.update(answers)
        pool = {**proposed, **answers}
    if not candidates:
        return verdict({}, set(), None, "every proposed label was rejected")

    # 2. legends
    labelled = candidates if all(map(_LABEL, candidates.values())) else {i: m for i, m in candidates.items() if m.label}
    keys = identities(labelled, aliases, conventions)  # (a copy of candidates only when some are unlabelled)
    del labelled
    shapes_of: dict[str, set[tuple[str, str, str]]] = {}  # per speaker, from the few distinct (label, layout) pairs
    for (label, *_), shape in shaped.items():
        shapes_of.setdefault(key_of[label], set()).add(shape)
    if any(len(found) > 1 for found in shapes_of.values()):  # a speaker written one way cannot be written unlike itself
        _drop_unlike_before(candidates, keys, shapes, decide)
    if len(set(shaped.values())) > 1:  # a list before the conversation is written unlike it
        _drop_runs_before(candidates, keys, shapes, conventions, decide)
        _drop_headings_among_inline(lines, candidates, keys, decide)
    _drop_quoted_boxes(lines, candidates, keys, decide)
    known = set(keys.values())
    legends: set[int] = set()
    lead_in: int | None = None
    for index in sorted(candidates):
        match = candidates[index]
        if not match.label:
            break
        # a legend's lines follow each other, field lines among them (INTERVIEWER: … DATE: …)
        # a role word naming its person (Interviewee: Hodgkin) is a cast line wherever it stands
        role_line = len(keys[index]) > 2 and conventions.is_role(keys[index])
        why = (
            "its speech spells out the label (a key: R for Resposta)"
            if _key_line(lines, index, match, candidates, lead_in is not None, conventions)
            else _legend_like(lines, index, match, role_line or _next_content(lines, index) in pool, known, role_line=role_line)
        )
        if why is None:
            if lead_in is None and not _speech(lines[index], match) and index + 1 in candidates and lines[index + 1].paragraph == lines[index].paragraph:
                lead_in = index  # a lead-in over a legend (**Legend:**), if one follows
                continue
            break
        if lead_in is not None and lead_in not in legends:
            legends.add(lead_in)
            decide(lead_in, False, "a legend's lead-in: the labels below it are a legend")
        legends.add(index)
        decide(index, False, f"a legend: {why}")
    for index in legends:
        del candidates[index]
        keys.pop(index, None)
    if not candidates:
        return verdict({}, legends, None, "the only labels introduce people (a legend)")

    # 3. the document
    if 1 in Counter(keys.values()).values():  # the two passes look only at labels spoken once
        if any(m.weak or not m.label for m in candidates.values()):
            _drop_weak_run_in_lists(candidates, keys, shapes, conventions, decide)
        _drop_enumerations(lines, candidates, keys, conventions, decide)
    _drop_wordless_values(lines, candidates, keys, decide)
    _drop_list_leads(lines, candidates, keys, decide)
    if LineKind.CODE in map(_KIND, lines):
        _drop_code_captions(lines, candidates, keys, decide)
    _drop_repeated_values(lines, candidates, keys, conventions, decide)
    _drop_value_leads(lines, candidates, keys, conventions, decide)
    _drop_fields_above_roles(lines, candidates, keys, conventions, decide)
    if heading_at and all(m.weak for m in candidates.values()):
        _drop_records_under_headings(lines, candidates, keys, heading_at, conventions, decide)
    if not candidates:
        return verdict({}, legends, None, "the only labels are a list of run-ins")
    for index in shapes.keys() - candidates.keys():
        del shapes[index]  # the labels dropped since: in place, not a second dict of shapes
    evidence = _evidence(lines, candidates, keys, shapes, conventions, inferred=answers.keys(), blanks=blanks)
    if evidence.sides < 2 and _answers_under_headings(lines, candidates, keys, conventions):
        for index in candidates:
            decide(index, True, "one speaker answering under each of the document's headings: a one-person interview, the headings ask")
        return verdict(dict(candidates), legends, evidence, "", keys, Counter(keys.values()))
    if evidence.sides < 2 or evidence.points < conventions.min_evidence:
        why = (
            "only one speaker"
            if evidence.sides < 2
            else f"{evidence.points} point(s) of evidence, {conventions.min_evidence} needed ({'; '.join(evidence.reasons)})"
        )
        reason = f"the document does not read as an exchange: {why}"
        del keys, shapes  # a record per label, not read again: the rulings are made in their place
        ruling = said.setdefault((False, reason), (False, reason))
        for index in candidates:  # one ruling for them all (what decide() shares), set without a call per label
            rulings[index] = ruling
        return verdict({}, legends, evidence, f"the labels do not read as an exchange: {why}")

    # 4. each label: recurring labels and unlabelled turns are accepted in bulk (their reasons are
    # written when the decisions are read); a label spoken once is weighed alone
    counts = Counter(keys.values())
    recurs = {key for key, n in counts.items() if n >= 2}
    order = sorted(candidates)
    if len(recurs) == len(counts):  # every speaker recurs (most documents): every label is taken
        labels = candidates  # accepted in bulk: the same dict, not a copy of it
        trusted_shapes = set(shapes.values())
        conversation_start = min(keys) if keys else order[0]
        recurring: list[int] = []  # asked for only by a label spoken once: there is none
    else:
        labels = {i: m for i, m in candidates.items() if not m.label or keys[i] in recurs}
        recurring = [i for i in order if i in labels and candidates[i].label]
        trusted_shapes = {shapes[i] for i in recurring}
        conversation_start = recurring[0] if recurring else order[0]
    header = _header_block(lines, order, candidates, conversation_start, conventions, field_lines) if recurring else []
    for index in header:
        decide(index, False, f"one of {len(header)} labels spoken once before the conversation, each followed by a short value: a header of fields or a cast list")
    if not recurring and len(labels) > 0:
        # an unlabelled Q&A, and no labelled speaker recurs: the labels above its first question
        # that hold a value, not a sentence, are the page's header (**Pewawancara:** / Tim PBL)
        first_question = min(labels)
        for index in order:
            if index >= first_question:
                break
            if candidates[index].label and _holds_value(lines, index, candidates[index]):
                decide(index, False, "spoken once above an unlabelled Q&A in which no labelled speaker recurs, followed by a value, not a sentence: a header line")
    # a document whose recurring speakers open with a quotation mark writes its speech that way
    # (asked only when a label spoken once opens with one)
    quoting: bool | None = None
    # both sides of the exchange are roles (问/答): a host alone recurring still meets one-off guests
    roles_only = len(recurs) >= 2 and all(conventions.is_role(key) for key in recurs)
    left = set(recurs) | _unlabelled_voices([m for m in labels.values() if not m.label])
    named_speakers = {key for key in recurs if not conventions.is_role(key)}  # a definition names a person, not 问
    paired = _first_name_pairs(order, candidates, keys, counts) if len(counts) > len(recurs) else {}
    lettered = _lettered_names(lines, order, candidates, keys, counts, recurs, conventions) if len(counts) > len(recurs) else {}
    askers = _audience(lines, order, candidates, keys, counts, shapes, trusted_shapes, conventions) if len(counts) > len(recurs) else set()
    for position, index in enumerate(order):
        if index in labels or index in rulings:
            continue
        match = candidates[index]
        name = person(match.label)  # without its role in brackets: "Miku Kobato (G, Vo)" once, then "Miku:"
        initials = _initials(name) or lettered.get(index, "")
        # the short name's template too: a citation (TOSHIO FUKUDA: An interview by …) is written otherwise
        named = (
            next((part for part in _name_parts(name) if part in recurs), None)
            if initials and shapes.get(index) in trusted_shapes
            else None
        )
        short = _short_form(match.label, named_speakers)
        if index in paired and named is None and initials not in recurs:
            rulings[index] = (True, f"spoken once, and {paired[index]!r} names the same person once more (a full name, then its first name)")
            labels[index] = match
            left.add(keys[index])
            continue
        if initials in recurs or named is not None or short:
            # "Larry Wall:" once, then "LW:" throughout; "Bekah Hawrot Weigel:" once, then "Bekah:";
            # "조은형(방송국장, 이하 조):" once, then "조:": the full name first, the short one after
            why = (
                f"initials {initials!r} recur"
                if initials in recurs
                else f"name {named!r} recurs as a speaker's"
                if named is not None
                else f"brackets end in {short!r}, a recurring speaker's label (hereafter {short!r})"
            )
            if short and initials not in recurs and named is None:
                keys[index] = short  # the label defines the short one: one speaker
            rulings[index] = (True, f"spoken once by a full name whose {why}")
            labels[index] = match
            left.add(keys[index])
            continue
        speech = _speech(lines[index], match)
        if index < conversation_start and _names_speakers(speech, recurs):
            rulings[index] = (False, "spoken once before the conversation, and what follows names its speakers: a cast line")
            continue
        if not speech and index + 1 < len(lines) and _points(lines, index + 1):
            rulings[index] = (False, "spoken once, a lead-in to a list of points below it (Resources:, Links:), not speech")
            continue
        if quoting is None and speech[:1] in _QUOTES:
            quoting = any(_speech(lines[i], candidates[i])[:1] in _QUOTES for i in recurring)
        accepted, reason = _one_off(
            index,
            match,
            keys[index],
            shapes[index],
            trusted_shapes,
            conversation_start,
            conventions,
            _alternates(order, position, candidates, keys),
            speech,
            bool(quoting),
            roles_only,
            position > 0 and _unlabelled_answer(candidates[order[position - 1]]),
            index in askers,
            position > 0 and _label_asks(lines[order[position - 1]], candidates[order[position - 1]]),
        )
        rulings[index] = (accepted, reason)
        if accepted:
            labels[index] = match
            left.add(keys[index])
    if len(left) < 2:
        for index in labels:
            decide(index, False, "only one speaker is left once each label is weighed: not an exchange")
        return verdict({}, legends, evidence, "only one speaker is left once each label is weighed")
    return verdict(labels, legends, evidence, "", keys, counts)


_UNMARKED_READERS = frozenset({"plain_questions", "magazine_qa"})
"""The detectors that may read a question marked by nothing but its question mark."""


def _unmarked_questions(
    lines: Sequence[Line], proposed: Mapping[int, SpeakerMatch], title: str | None, top: str | None, conventions: Conventions
) -> dict[int, str]:
    """The questions marked by nothing but their question mark, with their answers, each with why
    it is refused; empty when they are taken. They are plain paragraphs
    (:class:`~interview_parser.detectors.PlainQuestions`), or a document's emphasised questions when
    half of them or more stand inside a paragraph (``***Why?***`` between two answers' lines; a
    question glued to the line above among questions standing alone is a blank line left out).
    Prose, guides, fiction and songs ask in that shape too, so the title must say the document is
    an interview, most questions must address someone and most answers speak for their speaker;
    refused, the whole group is (part of a novel's thoughts is no interview either)."""
    plain = [i for i, m in proposed.items() if m.detector == "plain_questions" and m.role == "interviewer"]
    emphasised = [
        i for i, m in proposed.items() if m.detector == "magazine_qa" and m.role == "interviewer" and not m.label and lines[i].text[:1] in ("*", "_")
    ]
    inside = sum(1 for i in emphasised if _inside_paragraph(lines, i))
    questions = plain + (emphasised if inside and inside * 2 >= len(emphasised) else [])
    # fewer emphasised or heading questions than a Q&A shows alone: as little evidence as plain ones
    few = {i: m.role for i, m in proposed.items() if m.detector == "magazine_qa" and m.weak}
    if few and _answered_by_one_label(lines, [i for i, role in few.items() if role == "interviewer"], proposed, conventions):
        few = {}  # each answered by one labelled speaker (**――Why?** / 佐倉：…): an interviewee's questions
    if not questions and not few:
        return {}
    asked = set(questions)
    answers = [i for i, m in proposed.items() if m.role == "interviewee" and m.detector in _UNMARKED_READERS and _answers_one_of(lines, i, asked)]
    questions += [i for i, role in few.items() if role == "interviewer" and i not in asked]
    answers += [i for i, role in few.items() if role == "interviewee" and i not in answers]
    kind = (
        "a question marked by nothing but its question mark (a plain paragraph, or emphasis inside a paragraph), or its answer"
        if len(few) < len(questions) + len(answers)
        else "one of fewer emphasised or heading questions than MagazineQA(min_questions) reads alone, or its answer"
    )
    if not any(t is not None and conventions.titles_an_interview(t) for t in (title, top)) and not _numbered_questionnaire(lines, plain, conventions):
        why = (
            f"{kind}: read so only where the title says the document is an interview (Conventions.titles_an_interview), "
            "or the questions are numbered 1, 2, 3… in order"
        )
    elif not _most(questions, lambda i: conventions.addresses(lines[i].text)):
        why = f"{kind}: most such questions address no one (Conventions.address_words), and an interviewer's address the interviewee"
    elif not _most(answers, lambda i: conventions.speaks_for_self(_answer_text(lines, i, proposed))):
        why = f"{kind}: most answers do not speak for their speaker (Conventions.first_person_words), and an interviewee's do"
    else:
        return {}
    return dict.fromkeys([*questions, *answers], why)


def _numbered_questionnaire(lines: Sequence[Line], questions: Sequence[int], conventions: Conventions) -> bool:
    """Whether plain questions, ``Conventions.answered_questions`` or more, are numbered 1, 2, 3… in
    order (``1. What did you want to become?``): a questionnaire put to someone, whatever its
    title (the questions must still address them and the answers speak for their speaker)."""
    numbers = [int(number[1]) if (number := _NUMBERED_QUESTION.match(lines[i].text)) else 0 for i in sorted(questions)]
    return len(numbers) >= conventions.answered_questions and counts_from_one(numbers)


def _answered_by_one_label(lines: Sequence[Line], questions: Sequence[int], proposed: Mapping[int, SpeakerMatch], conventions: Conventions) -> bool:
    """Whether every one of ``questions`` is answered on the next line of text (past pictures and
    markup) by a labelled proposal, all of one speaker who is named, not a role: unlabelled
    questions put to a named interviewee (a quiz's ``Answer:`` names no one)."""
    named: set[str] = set()
    for question in questions:
        match = proposed.get(_past_pictures(lines, question + 1))  # the answer's first line
        if match is None or not match.label:
            return False
        named.add(speaker_key(match.label))
    return len(named) == 1 and not conventions.is_role(next(iter(named)))


def _answers_one_of(lines: Sequence[Line], index: int, questions: Collection[int]) -> bool:
    """Whether the answer at ``index`` follows one of ``questions`` (past pictures and markup)."""
    above = index - 1
    while above >= 0 and lines[above].kind in _PICTURES_AND_MARKUP:
        above -= 1
    return above in questions


def _most(indexes: Sequence[int], holds: Callable[[int], bool]) -> bool:
    """Whether ``holds`` is true of more than half of ``indexes``, asked only until that is known."""
    yes = 0
    for asked, index in enumerate(indexes, 1):
        yes += holds(index)
        if yes * 2 > len(indexes):
            return True
        if (yes + len(indexes) - asked) * 2 <= len(indexes):
            return False
    return False


def _inside_paragraph(lines: Sequence[Line], index: int) -> bool:
    """Whether the line continues a paragraph of text (the line above is text of the same paragraph)."""
    return index > 0 and lines[index - 1].paragraph == lines[index].paragraph and lines[index - 1].kind == LineKind.TEXT


def _answer_text(lines: Sequence[Line], index: int, proposed: Mapping[int, SpeakerMatch], most: int = 400) -> str:
    """The start of the answer from ``index``: its lines up to the next proposal, across its
    paragraphs (up to ``most`` characters)."""
    parts: list[str] = []
    size = 0
    while index < len(lines) and size < most:
        parts.append(lines[index].text)
        size += len(lines[index].text)
        index += 1
        if index in proposed:
            break
    return " ".join(parts)[:most]


def _field_blocks(lines: Sequence[Line], proposed: Mapping[int, SpeakerMatch], conventions: Conventions) -> set[int]:
    """The label lines of paragraphs made only of ``Conventions.header_fields`` or more label lines,
    each a different label followed by a short value (``**日期**: {{date}}`` then ``**地点**: …``):
    a block of fields. Where one of the labels is a field word (``Conventions.field_words``), the
    others need a short value and it may hold a sentence (``**Data:** 15 gennaio`` / ``**Ora:** 22:30``
    / ``**Fonte:** Intercettazione …``). A chat's lines in one paragraph repeat their speakers."""
    found: set[int] = set()
    run: list[int] = []
    labels: set[str] = set()
    repeated = False  # a label came twice: the paragraph is no block, read on to its end
    said: list[bool] = []  # per label of the run: a sentence or a long value, not a short one
    named: list[bool] = []  # per label of the run: a field word
    brief: list[bool] = []  # per label of the run: a value no longer than Conventions.header_value

    def close() -> None:
        fields = any(named)
        # mostly field words: a short value is a value, even one that ends like a sentence (SERIES: Security Now!)
        mostly = sum(named) * 2 >= len(named)
        if (
            run
            and not repeated
            and len(run) >= conventions.header_fields
            and all(not sentence or (fields and field) or (mostly and short) for sentence, field, short in zip(said, named, brief, strict=True))
        ):
            paragraph = lines[run[0]].paragraph
            first, last = run[0], run[-1]
            while first > 0 and lines[first - 1].paragraph == paragraph and _in_block(lines[first - 1]):
                first -= 1
            while last + 1 < len(lines) and lines[last + 1].paragraph == paragraph and _in_block(lines[last + 1]):
                last += 1
            if last == run[-1] and lines[last].text.rstrip("*_ \t")[-1:] in _COLONS:
                # the last field leads in to a list of its values (**Teilnehmer:** then "* Sarah …")
                while last + 1 < len(lines) and lines[last + 1].paragraph == paragraph and _LIST_MARK.match(lines[last + 1].text):
                    last += 1
            if (first == 0 or lines[first - 1].paragraph != paragraph) and (
                last + 1 >= len(lines) or lines[last + 1].paragraph != paragraph
            ):
                found.update(run)
        run.clear()
        labels.clear()
        said.clear()
        named.clear()
        brief.clear()

    for index in sorted(proposed):
        # a field's value may go on over short lines of its own (``職業：物書き`` then ``　小説``)
        follows = (
            bool(run)
            and lines[index].paragraph == lines[run[-1]].paragraph
            and all(_in_block(lines[between]) for between in range(run[-1] + 1, index))
        )
        if not follows:
            close()
            repeated = False
        run.append(index)
        if repeated:
            continue
        match = proposed[index]
        if not match.label or match.label in labels:
            repeated = True
            continue
        labels.add(match.label)
        below = _next_in_paragraph(lines, index)
        # nothing said: the next label follows, or a list of the field's values (**Teilnehmer:** then "* Sarah …")
        empty = match.speech_start >= len(lines[index].text) and (below < 0 or below in proposed or _LIST_MARK.match(lines[below].text) is not None)
        # an empty field (a form's template) or a short value; a sentence is said
        said.append(not (empty or _short_value(lines[index], match, conventions)))
        brief.append(len(_speech(lines[index], match)) <= conventions.header_value)
        # a field word, or a field's name in sentence case (``**Qualità audio:**``)
        named.append(conventions.label_words(match.label) == "field" or (" " in match.label and _sentence_case(match.label)))
    close()
    return found


def _spoken(candidates: Mapping[int, SpeakerMatch], key_of: Mapping[str, str]) -> Counter[str]:
    """How many labels each speaker has among ``candidates`` (labels counted first: they repeat)."""
    spoken: Counter[str] = Counter()
    for label, n in Counter(m.label for m in candidates.values() if m.label).items():
        spoken[key_of[label]] += n
    return spoken


def _drop_among_fields(
    lines: Sequence[Line],
    candidates: dict[int, SpeakerMatch],
    field_lines: Sequence[int],
    key_of: Mapping[str, str],
    conventions: Conventions,
    decide: Callable[[int, bool, str], None],
) -> None:
    """A label spoken once right next to a field line, before the conversation (the first label of
    a speaker who recurs), followed by a short value and naming no role, is one more field
    (``SERIES: Security Now!`` above ``EPISODE: #6``, ``DATE: …``): a header whose lines stand
    apart, or whose values end like sentences, is still a header. Inside the conversation a caller
    heard once beside a ``Note:`` line speaks."""
    spoken = _spoken(candidates, key_of)
    conversation = min((i for i, m in candidates.items() if m.label and spoken[key_of[m.label]] > 1), default=len(lines))
    for index in field_lines:
        if index > conversation:
            continue
        for beside in (index - 1, index + 1):
            match = candidates.get(beside)
            if match is None or not match.label:
                continue
            key = key_of[match.label]
            speech = _speech(lines[beside], match)
            if beside < conversation and spoken[key] == 1 and not conventions.is_role(key) and 0 < len(speech) <= conventions.header_value:
                del candidates[beside]
                decide(beside, False, "spoken once before the conversation, right next to a field line, followed by a short value: a field too")


def _drop_unbacked_pairs(lines: Sequence[Line], candidates: dict[int, SpeakerMatch], decide: Callable[[int, bool, str], None]) -> None:
    """Reject names joined by a slash where neither speaks alone, no two other speakers hold a
    conversation and none of them asks: a pair of things (``**Pros / Cons:**``, ``**Mac /
    Windows:**``), not two speakers at once (``**Nico / Juri:** Thanks!`` closing an interview, or
    where ``**Nico:**`` speaks), nor a name and its post (``▶ 편상욱 / 앵커 : …?``)."""
    spoken = Counter(speaker_key(m.label) for m in candidates.values() if m.label and " / " not in m.label)
    if sum(1 for n in spoken.values() if n >= 2) >= 2:
        return
    if any(" / " in m.label and _label_asks(lines[i], m) for i, m in candidates.items()):
        return
    firsts = {key.split(" ", 1)[0] for key in spoken}
    pairs = [
        i
        for i, m in candidates.items()
        if " / " in m.label and not any((part := speaker_key(word)) in spoken or part in firsts for word in m.label.split(" / "))
    ]
    _reject(candidates, pairs, "names joined by a slash, none of which speaks alone, and no conversation around them: a pair of things, not speakers", decide)


def _drop_unasked_code_labels(lines: Sequence[Line], candidates: dict[int, SpeakerMatch], decide: Callable[[int, bool, str], None]) -> None:
    """Reject labels written in code spans when none of them asks: a reference's keys (`` `GET:` ``,
    `` `Args:` ``, `` `INFO:` ``), not speakers; a transcript that writes its speakers in code
    (`` `ERIK:` … ?``) asks."""
    code = [i for i, m in candidates.items() if m.label and lines[i].text.startswith("`")]
    if code and not any(_label_asks(lines[i], candidates[i]) for i in code):
        _reject(candidates, code, "a label in a code span, and no such label asks: a reference's key, not a speaker", decide)


def _drop_record_fields(
    lines: Sequence[Line],
    candidates: dict[int, SpeakerMatch],
    field_lines: Collection[int],
    key_of: Mapping[str, str],
    conventions: Conventions,
    decide: Callable[[int, bool, str], None],
) -> None:
    """Reject the recurring labels of records written one after another: two labels or more, each
    once in every paragraph of several, each paragraph holding a field line too, none of them a
    role, none asking (``**Situation**: …`` / ``**Motivation**: …`` beside ``**Outcome**: …`` per
    story). A transcript annotated once per exchange (``Q:`` / ``A:`` / ``Note: laughs``), or
    once per turn (``Ana: …`` / ``Time: 09:00``), asks, names roles or holds one label a paragraph."""
    with_fields = {lines[i].paragraph for i in field_lines}
    where: dict[str, list[int]] = {}
    for index, match in candidates.items():
        if match.label:
            where.setdefault(key_of[match.label], []).append(index)
    fields = [
        indexes
        for key, indexes in where.items()
        if len(indexes) >= 2
        and len({lines[i].paragraph for i in indexes}) == len(indexes)  # once a record: a speaker may talk twice in one
        and all(lines[i].paragraph in with_fields for i in indexes)
        and not conventions.is_role(key)
        and not any(_label_asks(lines[i], candidates[i]) for i in indexes)
    ]
    if len(fields) < 2 or len({frozenset(lines[i].paragraph for i in indexes) for indexes in fields}) != 1:
        return  # the same records hold every one of them
    for indexes in fields:
        _reject(candidates, indexes, "each of its lines stands in a record with other fields and a field line (Conventions.field_words): a record's field, not speech", decide)


def _in_block(line: Line) -> bool:
    """A line a block of fields may hold besides its proposed labels: more of a value, or a bold
    field no detector proposed (``**Trascrizioni a cura di:** …``)."""
    return _value_line(line) or _BOLD_FIELD.match(line.text) is not None


_BOLD_FIELD = regex.compile(r"(?:\*\*|__)[^*_\n]{1,40}?(?:[:：](?:\*\*|__)|(?:\*\*|__)[ \t]?[:：])")


def _value_line(line: Line) -> bool:
    """A short line that does not end a sentence: more of a field's value (``　小説``)."""
    text = line.text.rstrip("*_ \t")
    return line.kind == LineKind.TEXT and 0 < len(text) <= 30 and not text.endswith(_SENTENCE_END)


def _next_in_paragraph(lines: Sequence[Line], index: int) -> int:
    """The next line's index when it is in the same paragraph, else ``-1``."""
    nxt = index + 1
    return nxt if nxt < len(lines) and lines[nxt].paragraph == lines[index].paragraph else -1


def _exchange_start(recurring: Sequence[int], keys: Mapping[int, str], shapes: Mapping[int, tuple[str, str, str]]) -> int:
    """The first of the recurring labels where two of their speakers take turns, written alike: the conversation."""
    for here, nxt in itertools.pairwise(recurring):
        if keys[here] != keys[nxt] and shapes[here] == shapes[nxt]:
            return here
    return recurring[0] if recurring else 0


def _drop_headings_among_inline(
    lines: Sequence[Line], candidates: dict[int, SpeakerMatch], keys: dict[int, str], decide: Callable[[int, bool, str], None]
) -> None:
    """Reject the heading labels alone on their line over a stage direction (``### Szene:`` then
    ``*Im Café.*``) of a document whose conversation is written in labels on the speech's own
    lines by two recurring speakers or more (``**Elena**: …`` / ``**Markus**: …``): its headings
    are sections. A chat whose every speaker heads their turn (``#### You:`` / ``#### ChatGPT:``),
    or an interviewer's heading over plain speech, keeps them."""
    headed = {
        i
        for i, m in candidates.items()
        if lines[i].kind == LineKind.HEADING and m.speech_start >= len(lines[i].text) and _directs(lines, _next_content(lines, i))
    }
    if not headed:
        return
    inline = Counter(keys[i] for i, m in candidates.items() if i not in headed and i in keys and m.speech_start < len(lines[i].text))
    if sum(1 for n in inline.values() if n >= 2) < 2:
        return
    _reject(
        candidates,
        [i for i in headed if keys.get(i) not in inline],
        "a heading in a document whose speakers are labelled on their speech's lines: a section, not a speaker",
        decide,
    )
    for index in headed:
        if index not in candidates:
            keys.pop(index, None)


def _drop_quoted_boxes(
    lines: Sequence[Line], candidates: dict[int, SpeakerMatch], keys: dict[int, str], decide: Callable[[int, bool, str], None]
) -> None:
    """Reject the labels that stand only in block quotes of a document whose two recurring speakers
    or more never do, when the quotes are boxes of the same fields: two boxes or more, each holding
    the same two labels or more (``> **中文：** …`` / ``> **原文：** …`` under each chapter), a
    pull quote's, not speakers. A moderator or a caller quoted alone in each quote speaks; a
    transcript written wholly in block quotes has no speaker outside them."""
    quoted = [i for i in candidates if lines[i].text[:1] == ">" and i in keys]
    if len(quoted) < 2:
        return
    inside = {keys[i] for i in quoted}
    outside = Counter(keys[i] for i in candidates if i in keys and not lines[i].text.startswith(">"))
    if sum(1 for key, n in outside.items() if n >= 2 and key not in inside) < 2:
        return
    boxes: dict[int, set[str]] = {}
    for index in quoted:
        # each box's labelled lines, proposed or not (a field word's line was weighed already)
        paragraph = lines[index].paragraph
        if paragraph not in boxes:
            start = _paragraph_start(lines, index)
            boxes[paragraph] = {
                speaker_key(found[1]) for line in lines[start : start + 40] if line.paragraph == paragraph and (found := _BOX_LABEL.match(line.text))
            }
    fields = next(iter(boxes.values()))
    if len(boxes) < 2 or len(fields) < 2 or any(box != fields for box in boxes.values()):
        return
    boxed = [i for i in quoted if keys[i] not in outside]
    _reject(candidates, boxed, "spoken only in block quotes that each hold the same labels, while the document's speakers stand outside them: a pull quote's field", decide)
    for index in boxed:
        keys.pop(index, None)


_BOX_LABEL = regex.compile(r">[ \t]{0,3}(?:\*\*|__)?([^*_:：>\n]{1,30}?)(?:\*\*|__)?[ \t]?[:：]")
"""A labelled line of a block quote (``> **原文：** …``)."""


def _directs(lines: Sequence[Line], index: int) -> bool:
    """Whether the line at ``index`` is a stage direction: emphasised from end to end in italics."""
    if index >= len(lines) or lines[index].kind != LineKind.TEXT:
        return False
    found = wrapped(lines[index].text)
    return found is not None and found[0] in ("*", "_")


def _drop_unlike_before(
    candidates: dict[int, SpeakerMatch],
    keys: dict[int, str],
    shapes: Mapping[int, tuple[str, str, str]],
    decide: Callable[[int, bool, str], None],
) -> None:
    """Reject the recurring speakers' labels that stand before the conversation in a shape none of
    that speaker's labels in it has: a citation (``TATSUO ARAI: An Interview Conducted by…``) or a cast line."""
    counts = Counter(keys.values())
    recurring = [i for i in sorted(keys) if counts[keys[i]] >= 2]
    for index in _unlike_before(recurring, keys, shapes, _exchange_start(recurring, keys, shapes)):
        decide(index, False, "before the conversation, in a shape this speaker's own labels do not have: a citation or cast line")
        del candidates[index], keys[index]


def _drop_runs_before(
    candidates: dict[int, SpeakerMatch],
    keys: dict[int, str],
    shapes: Mapping[int, tuple[str, str, str]],
    conventions: Conventions,
    decide: Callable[[int, bool, str], None],
) -> None:
    """Reject a speaker whose every label comes in one run of ``Conventions.weak_run_in_list`` or
    more, nobody else between, before the conversation starts and in a shape other than the one it
    starts in: a list of headlines or quotes (``Fed's Barkin: Inflation is cooling`` twelve times,
    then ``**HOST:**`` and ``**GUEST:**`` take turns). Two turns of a host opening the show are not a list."""
    counts = Counter(keys.values())
    recurring = [i for i in sorted(keys) if counts[keys[i]] >= 2]
    start = _exchange_start(recurring, keys, shapes)
    if start == (recurring[0] if recurring else 0):
        return  # the conversation opens the labels: nothing stands before it
    after = {keys[i] for i in keys if i >= start}
    if len(after) < 2:
        return
    # before anyone of the conversation speaks: a run after one of them has spoken is inside it
    opens = min(i for i in keys if keys[i] in after)
    before = [i for i in sorted(keys) if i < opens]
    lists: set[str] = set()
    for key, run in itertools.groupby(before, keys.__getitem__):
        indexes = list(run)
        if len(indexes) == counts[key] >= max(2, conventions.weak_run_in_list) and key not in after and shapes[start] not in {shapes[i] for i in indexes}:
            lists.add(key)
    _reject_speakers(
        candidates,
        keys,
        lists,
        lambda key: f"one of {counts[key]} labels in a run before the conversation, nobody else between, "
        "in a shape the conversation does not start in: a list (headlines, quotes), not a speaker",
        decide,
    )


def _unlike_before(
    recurring: Sequence[int], keys: Mapping[int, str], shapes: Mapping[int, tuple[str, str, str]], start: int
) -> list[int]:
    """The recurring speakers' labels before ``start`` written unlike any of that speaker's labels
    in the conversation (``TATSUO ARAI: An Interview Conducted by…`` over ``**Tatsuo Arai:**`` turns):
    a label alone on its line, though, says nothing a citation would, and is written like the
    speaker's labels with speech after them (``**Assistant:**`` over a code block, then
    ``**Assistant:** Yes.``); and a bold name with a time is written like the same name without one."""
    later: dict[str, set[tuple[str, str, str]]] = {}
    for index in recurring:
        if index >= start:
            later.setdefault(keys[index], set()).add(shapes[index])

    def unlike(index: int) -> bool:
        shape, known = shapes[index], later[keys[index]]
        if shape[1] == "time" and shape[0] == "bold" and (shape[0], "", shape[2]) in known:
            return False  # "**Paul Jansen 18:11**" over "**Paul Jansen**": a time inside the bold is an extra
        return shape not in known and not (shape[2] == "alone" and (shape[0], shape[1], "inline") in known)

    return [i for i in recurring if i < start and keys[i] in later and unlike(i)]


_NUMBERED_LABEL = regex.compile(r"(?P<word>\p{L}[\p{L} ]{0,30}?)[ \t]?(?P<n>\d{1,3})")


_WORD_CHARACTER = regex.compile(r"[\p{L}\p{N}]")
_LETTER = regex.compile(r"\p{L}")


def _drop_wordless_values(
    lines: Sequence[Line], candidates: dict[int, SpeakerMatch], keys: dict[int, str], decide: Callable[[int, bool, str], None]
) -> None:
    """Reject a label that is never followed by a word on its line, only by symbols
    (``**Sensitivity: 😱😱**``, ``Rating: ★★★``): a field and its rating, not a speaker.
    One symbol-only reply (``Ana: 😂``) among a speaker's sentences stays speech."""
    said: dict[str, bool] = {}  # key → whether any of its labels is followed by words (or by speech below)
    unsettled = set(keys.values())
    for index, match in candidates.items():
        key = keys.get(index)
        if key is None or said.get(key):
            continue
        rest = lines[index].text[match.speech_start :]
        said[key] = words = not rest or _WORD_CHARACTER.search(rest) is not None
        if words:
            unsettled.discard(key)
            if not unsettled:
                return  # every speaker says words somewhere: the usual case, settled early
    wordless = {key for key, words in said.items() if not words}
    _reject_speakers(
        candidates, keys, wordless, lambda _: "never followed by a word, only by symbols (a rating, a mark): a field, not a speaker", decide
    )


def _drop_list_leads(
    lines: Sequence[Line], candidates: dict[int, SpeakerMatch], keys: dict[int, str], decide: Callable[[int, bool, str], None]
) -> None:
    """Reject a label that recurs, says nothing on its line and is followed by a list of points
    (not sentences) or a link every time, by a list at least once (``**扩展资料**`` then ``1. …``,
    ``**Resources:**`` then ``- …``): the lead-in of a page's lists, not a speaker. A speaker may
    open one answer with a list, not every one."""
    listing: set[str] = set()  # the keys followed by a list at least once (a player's link alone is no list)

    def leads(index: int, match: SpeakerMatch) -> bool:
        below = _below(lines, index) if match.speech_start >= len(lines[index].text) else ""
        if below == "list":
            listing.add(keys[index])
        return bool(below)

    listed = _every_time(candidates, keys, leads) & listing
    _reject_speakers(candidates, keys, listed, lambda _: "says nothing on its line and a list follows it every time: a list's lead-in, not a speaker", decide)


def _every_time(
    candidates: Mapping[int, SpeakerMatch], keys: Mapping[int, str], holds: Callable[[int, SpeakerMatch], bool]
) -> set[str]:
    """The speakers labelled twice or more for whom ``holds(index, match)`` is true at every label;
    a speaker's later labels are not asked once one says no, a speaker labelled once is not asked,
    and the walk stops once every speaker has said no."""
    spoken = Counter(keys.values())
    unsettled = sum(1 for n in spoken.values() if n >= 2)  # the speakers that may still hold every time
    verdict: dict[str, bool] = {}
    if not unsettled:
        return set()
    for index, match in candidates.items():
        key = keys.get(index)
        if key is None or spoken[key] < 2 or verdict.get(key) is False:
            continue
        held = verdict[key] = holds(index, match)
        if not held:
            unsettled -= 1
            if not unsettled:
                break  # a page of one label that fails at once is not read to its end
    return {key for key, always in verdict.items() if always}


def _below(lines: Sequence[Line], index: int) -> str:
    """``"list"`` when a list item that is no sentence (a title, a link) is the next line after
    ``index``, ``"link"`` when a line that is only a link is, else ``""``. Numbered sentences are
    speech (``1. Sei auch du gegrüsst.``)."""
    nxt = index + 1
    if nxt >= len(lines):
        return ""
    line = lines[nxt]
    if line.kind == LineKind.LINK:
        return "link"
    is_item = line.kind == LineKind.TEXT and _LIST_MARK.match(line.text) is not None
    return "list" if is_item and not line.text.rstrip("*_ \t").endswith(_SENTENCE_END) else ""


def _drop_code_captions(
    lines: Sequence[Line], candidates: dict[int, SpeakerMatch], keys: dict[int, str], decide: Callable[[int, bool, str], None]
) -> None:
    """Reject a label alone on its line whose whole speech is, most times, a fenced code block right
    below it (``**参考输出：**`` / ``Output:`` then ``````` ``): a caption over code, not a speaker.
    A speaker who shows code and then says something is a speaker."""
    alone: Counter[str] = Counter()
    code: Counter[str] = Counter()
    for index, match in candidates.items():
        key = keys.get(index)
        if key is None or match.speech_start < len(lines[index].text):
            continue
        alone[key] += 1
        below = index + 1
        if below < len(lines) and lines[below].kind == LineKind.CODE:
            after = below
            while after < len(lines) and lines[after].kind == LineKind.CODE:
                after += 1
            # the code is all it says: no prose of its own follows before the next label (a
            # whole-bold lead-in, "**继续输入 prompts:**", is the next caption, not prose)
            code[key] += (
                after >= len(lines) or after in candidates or lines[after].kind != LineKind.TEXT or wrapped(lines[after].text) is not None
            )
    captions = {key for key, n in code.items() if n * 2 > alone[key] and n * 2 >= sum(1 for k in keys.values() if k == key)}
    _reject_speakers(
        candidates, keys, captions, lambda _: "alone on its line with a code block below it most times: a caption over code, not a speaker", decide
    )


def _reject(candidates: dict[int, SpeakerMatch], indexes: Iterable[int], reason: str, decide: Callable[[int, bool, str], None]) -> None:
    """Reject the proposals at ``indexes``, each with ``reason``."""
    for index in list(indexes):
        del candidates[index]
        decide(index, False, reason)


def _reject_speakers(
    candidates: dict[int, SpeakerMatch],
    keys: dict[int, str],
    rejected: Collection[str],
    reason: Callable[[str], str],
    decide: Callable[[int, bool, str], None],
) -> None:
    """Reject every label of the speakers ``rejected``, each with ``reason(key)``."""
    if not rejected:
        return  # (most documents: no label is walked for none)
    for index in [i for i in candidates if keys.get(i) in rejected]:
        decide(index, False, reason(keys[index]))
        del candidates[index]
        del keys[index]


def _drop_repeated_values(
    lines: Sequence[Line],
    candidates: dict[int, SpeakerMatch],
    keys: dict[int, str],
    conventions: Conventions,
    decide: Callable[[int, bool, str], None],
) -> None:
    """Reject a label followed three times or more by one and the same short value
    (``Conventions.header_value`` characters at most) that ends no sentence, every time
    (``**状态**: ⏳ 等待导入`` in every record of a list): a field of records, not a speaker.
    A speaker may say "Yes." twice; nobody says the same thing at every turn."""
    spoken = Counter(keys.values())
    first: dict[str, str] = {}  # key → the value after its first label, read until every key has one
    for index, match in candidates.items():
        key = keys.get(index)
        if key is not None and key not in first:
            first[key] = lines[index].text[match.speech_start :]
            if len(first) == len(spoken):
                break
    # only a key whose first value is short and ends no sentence can be a field: most speak sentences
    possible = {
        key
        for key, value in first.items()
        if spoken[key] >= 3
        and not conventions.is_role(key)  # "A: Yes" again and again is an answer
        and 0 < len(value.strip()) <= conventions.header_value
        and not value.rstrip("*_ \t").endswith(_SENTENCE_END)
        and value.lstrip("*_ \t")[:1] not in "(（[【"  # "全員：(笑)" each time: everyone laughs again
    }
    if not possible:
        return
    missed: Counter[str] = Counter()
    for index, match in candidates.items():
        key = keys.get(index)
        if key in possible:
            text, value = lines[index].text, first[key]
            # compared in place, not cut out: a page of one label repeated must not copy every line
            if len(text) - match.speech_start != len(value) or not text.endswith(value):
                missed[key] += 1
    why = {  # one reason per field, not one per label: a page may repeat a field a great many times
        key: f"followed each time by the same value {first[key].strip(' *_')!r}: a field of a list of records, not a speaker"
        for key in possible
        if not missed[key]
    }
    _reject_speakers(candidates, keys, why.keys(), why.__getitem__, decide)


def _drop_value_leads(
    lines: Sequence[Line],
    candidates: dict[int, SpeakerMatch],
    keys: dict[int, str],
    conventions: Conventions,
    decide: Callable[[int, bool, str], None],
) -> None:
    """Reject a label that recurs and is followed every time (on its line, or on the line below
    when it stands alone) by a short value that ends its paragraph and no clause, then by
    unlabelled text (``**嘉宾**：张汉东`` above a paragraph about the guest, ``**Guest:** Ana Lima``
    above show notes): a field heading a passage, not a speaker. A speaker's short reply is
    followed by the next speaker's label."""

    def heads_passage(index: int, match: SpeakerMatch) -> bool:
        at, value = index, _speech(lines[index], match)
        if not value and index + 1 < len(lines) and lines[index + 1].paragraph == lines[index].paragraph:
            at, value = index + 1, lines[index + 1].text  # a name alone on its line, the value below it
        value = value.rstrip("*_ \t")
        after = _next_content(lines, at)
        return (
            0 < len(value) <= conventions.header_value
            and not value[:1].islower()  # "so welcome to the show": speech without punctuation
            and len(value.split()) <= conventions.value_words
            and not any(mark in value for mark in _CLAUSE_MARKS)  # "Thank you, Your" / "Honor, I am…" is speech
            and _CLOCK.fullmatch(value) is None  # the time a turn starts at (Travis: / 0:00 / <p>speech…)
            and (at + 1 >= len(lines) or lines[at + 1].paragraph != lines[at].paragraph)
            and after < len(lines)
            and after not in candidates
            and not lines[after].text[:1].islower()  # a hard-wrapped sentence goes on: "We will hear" / "argument this…"
        )

    heads = _every_time(candidates, keys, heads_passage)
    _reject_speakers(
        candidates, keys, heads, lambda _: "followed each time by a short value, then by unlabelled text: a field heading a passage, not a speaker", decide
    )


def _drop_records_under_headings(
    lines: Sequence[Line],
    candidates: dict[int, SpeakerMatch],
    keys: dict[int, str],
    heading_at: Sequence[int],
    conventions: Conventions,
    decide: Callable[[int, bool, str], None],
) -> None:
    """Reject labels that stand once each, in one and the same order, under every one of three
    headings or more (``Parameters`` then ``Returns`` under each function of an API page): the
    fields of records, not a conversation. Weak labels only (bold names in one order under each
    chapter are a roundtable's or a podcast's, whether the moderator asks or prompts), and no
    role: an interview's ``Q:`` and ``A:`` under each topic are its speakers, and headings that
    all ask (``### Why?``) are questions put to a team answering in turn."""
    if any(conventions.is_role(key) for key in set(keys.values())):
        return
    sections: dict[int, list[str]] = {}
    headings = iter(heading_at)
    current, upcoming = -1, next(headings, None)
    for index in sorted(candidates):
        while upcoming is not None and upcoming < index:
            current, upcoming = upcoming, next(headings, None)
        key = keys.get(index)
        if key is None or current < 0:
            return  # an unlabelled turn, or a label above the first heading: not records
        sections.setdefault(current, []).append(key)
    orders = {tuple(found) for found in sections.values()}
    if len(sections) < 3 or len(orders) != 1:
        return
    if all(asks(lines[at].title, _TRAILING_MARKUP) for at in sections):
        return
    (order,) = orders
    if len(order) < 2 or len(set(order)) != len(order):
        return  # one label per heading, or a label twice in a section: no record's fields
    reason = f"the same labels ({', '.join(order)}) once each, in one order, under each of {len(sections)} headings: the fields of records"
    _reject_speakers(candidates, keys, set(order), lambda _: reason, decide)


def _drop_enumerations(
    lines: Sequence[Line],
    candidates: dict[int, SpeakerMatch],
    keys: dict[int, str],
    conventions: Conventions,
    decide: Callable[[int, bool, str], None],
) -> None:
    """Reject labels spoken once that count up, one right after another (``Sentence 1:``,
    ``Sentence 2:``; ``Step 1:``, ``Step 2:``), or anywhere in the document when each names a
    title rather than saying a sentence (``Block 1: Geschäftsziele & Haltung`` … ``Block 9: …``):
    the items of a list or the parts of an outline, not speakers taking turns. Numbered speakers
    who talk (``Visitor 1``, ``Visitor 2``) recur, or say sentences with answers between them."""
    counts = Counter(keys.values())
    once = sorted(i for i, key in keys.items() if counts[key] == 1)  # a few: most labels recur
    run: list[int] = []

    def close() -> None:
        if len(run) >= 2:
            for index in run:
                decide(index, False, f"one of {len(run)} labels spoken once that count up, each on the next line or naming a title: a list's items or an outline's parts")
                del candidates[index]
                keys.pop(index, None)
        run.clear()

    def titled(index: int) -> bool:
        # "Caller 1: Hi, love the show": callers, visitors and students speak, numbered
        return not conventions.is_role(keys[index]) and _short_value(lines[index], candidates[index], conventions)

    previous: tuple[str, int] | None = None
    for index in once:
        found = _NUMBERED_LABEL.fullmatch(candidates[index].label)
        here = (found["word"].casefold(), int(found["n"])) if found is not None and found["n"].isascii() else None
        # the next number, on the very next line or both naming titles: a candidate between them would break the run
        follows = here is not None and run and previous is not None and here == (previous[0], previous[1] + 1)
        if follows and (run[-1] == index - 1 or (titled(run[-1]) and titled(index))):
            run.append(index)
        else:
            close()
            if here is not None:
                run.append(index)
        previous = here
    close()


def _set_apart(line: Line, match: SpeakerMatch) -> bool:
    """Whether a label in small letters is set apart from prose: a heading of its own (``## kekyo``),
    in brackets (``<kushti>``), after an at sign (``@kohei:``) or before a full-width colon (``yb：``
    in Chinese text), where ``note:`` in English is prose."""
    return (
        line.kind == LineKind.HEADING
        or line.text[match.start : match.start + 1] in ("<", "[", "【", "@")
        or line.text[match.start : match.start + 4].lstrip("*_").startswith("\\<")  # an escaped bracket: **\<sarang>**
        or line.text[match.end - 1 : match.end] == "："
    )


_SENTENCE_END = SENTENCE_MARKS
_CLAUSE_MARKS = (*_SENTENCE_END, ",", "，", "、", ";", "；")
"""Marks that end a sentence or a clause: a name or a date, the value of a field, has none."""


def _header_block(
    lines: Sequence[Line],
    order: Sequence[int],
    candidates: Mapping[int, SpeakerMatch],
    start: int,
    conventions: Conventions,
    field_lines: Collection[int] = (),
) -> list[int]:
    """The labels before the conversation's first recurring speaker, when there are
    ``Conventions.header_fields`` or more (counting the field lines, ``**Data:**``, already
    rejected by their word, that stand in one run of lines with them) and each is followed by a
    short value, not a sentence (``**Título:** Memórias``, ``**Entrevistado:** Alexandre
    Machado``): a header, whatever shape the labels share."""
    before = [i for i in order if i < start and candidates[i].label]
    if not before or len(before) + _fields_in_runs(before, [i for i in field_lines if i < start]) < conventions.header_fields:
        return []
    if not all(_short_value(lines[index], candidates[index], conventions) for index in before):
        return []
    return before


def _drop_fields_above_roles(
    lines: Sequence[Line], candidates: dict[int, SpeakerMatch], keys: dict[int, str], conventions: Conventions, decide: Callable[[int, bool, str], None]
) -> None:
    """Labels that stand only above a Q&A's first role label (``问：``/``答：``, ``Q:``/``A:``; two
    of each at least), each holding a short value or none (``会见人：A，B``, ``案由：``), are its
    record's header fields where some of them recur (a blank form, then the form filled in): the
    exchange is the roles'. Labels each spoken once are the header block's to weigh."""
    role_keys = {key for key in set(keys.values()) if key and conventions.is_role(key)}  # asked once per speaker, not per label
    if len(role_keys) < 2:
        return  # (as below, known without walking the labels)
    roles = [i for i in sorted(candidates) if keys.get(i) in role_keys]
    if len(roles) < 4 or len({keys[i] for i in roles}) < 2:
        return
    first = roles[0]
    above = {keys[i] for i in candidates if i < first and keys.get(i) and not conventions.is_role(keys[i])}
    if not above:
        return
    above -= {keys[i] for i in candidates if i > first and keys.get(i)}  # a speaker of the exchange too
    fields = [i for i in candidates if keys.get(i) in above]
    if len(fields) == len(above):
        return  # each spoken once: the header block weighs those (with the field lines beside them)
    if not fields or not all(not _speech(lines[i], candidates[i]).strip("*_ \t") or _short_value(lines[i], candidates[i], conventions) for i in fields):
        return
    for index in fields:
        del keys[index]
    _reject(candidates, fields, "a label only above the Q&A's first question and answer, holding a short value or none: the record's header field", decide)


def _fields_in_runs(labels: Sequence[int], fields: Sequence[int]) -> int:
    """How many of the ``fields`` lines stand in a run of consecutive lines holding one of ``labels``."""
    held = set(labels)
    counted = 0
    run_fields = 0
    run_labelled = False
    previous = -2
    for index in sorted({*labels, *fields}):
        if index != previous + 1:
            counted += run_fields if run_labelled else 0
            run_fields, run_labelled = 0, False
        if index in held:
            run_labelled = True
        else:
            run_fields += 1
        previous = index
    return counted + (run_fields if run_labelled else 0)


def _answers_under_headings(
    lines: Sequence[Line], candidates: Mapping[int, SpeakerMatch], keys: Mapping[int, str], conventions: Conventions
) -> bool:
    """Whether one labelled speaker answers, ``Conventions.headed_answers`` times or more, each
    time right under a heading: the interviewer's topics written as headings, the interviewee
    labelled (``## Infância`` then ``**Sara Coutinho** - …``)."""
    if len(candidates) < conventions.headed_answers or len(set(keys.values())) != 1 or len(keys) != len(candidates):
        return False
    if conventions.role_of(next(iter(keys.values()))) == "interviewer":
        return False  # "问题" / "Q" alone asks; it answers nothing (a change log's "- **问题**: …" field)
    if sum(1 for i, m in candidates.items() if _short_value(lines[i], m, conventions)) * 2 > len(candidates):
        return False  # "**播客**: 喷嚏" under each title: a record's field, not an answer
    for index in candidates:
        before = _content_above(lines, index)
        if before < 0 or lines[before].kind != LineKind.HEADING:
            return False
    return True


def _unlabelled_answer(match: SpeakerMatch) -> bool:
    return not match.label and match.role == "interviewee"


def _drop_weak_run_in_lists(
    candidates: dict[int, SpeakerMatch],
    keys: dict[int, str],
    shapes: Mapping[int, tuple[str, str, str]],
    conventions: Conventions,
    decide: Callable[[int, bool, str], None],
) -> None:
    """Reject runs of weak labels spoken once that stand only beside each other, in a shape
    no recurring label of the document has.

    A weak shape (a bold name and a dash, a name alone on a line) needs the
    document to confirm it; a run of them each naming someone new is a list
    (people an answer recommends), and weighing it with the rest of the
    document would outvote the interview it stands in. Guests heard once in
    a row, labelled as the host is (a compilation of clips), are confirmed by
    the host's recurring label. In an unlabelled Q&A where no label recurs, a
    run of strong labels spoken once is such a list too (``**Artema**: our
    support…``, one line per teammate, inside an answer).
    """
    order = sorted(candidates)
    counts = Counter(keys.values())
    trusted = {shapes[i] for i in order if candidates[i].label and counts[keys[i]] >= 2}
    # the questions and answers are unlabelled, and no label recurs: any label is an answer's run-in
    in_answers = not trusted and any(not m.label for m in candidates.values())
    run: list[int] = []

    def close() -> None:
        if len(run) >= conventions.weak_run_in_list:
            kind = "weak labels" if all(candidates[i].weak for i in run) else "labels inside an unlabelled Q&A's answers"
            for index in run:
                decide(index, False, f"one of {len(run)} {kind} spoken once in a row: a list of run-ins, not speakers")
                del candidates[index]
                keys.pop(index, None)
            before = bisect.bisect_left(order, run[0]) - 1
            if in_answers and before >= 0 and order[before] in candidates and candidates[order[before]].role == "interviewer":
                # the list opens the answer to the question above it
                candidates[run[0]] = _UNLABELLED_ANSWER
                decide(run[0], True, "an unlabelled answer that opens with a list of run-ins")
        run.clear()

    for index in order:
        match = candidates[index]
        if match.label and (match.weak or in_answers) and counts[keys[index]] == 1 and shapes[index] not in trusted:
            run.append(index)
        else:
            close()
    close()


def _past_pictures(lines: Sequence[Line], index: int) -> int:
    """The first line from ``index`` that is no picture, caption or markup (the fence of a box
    around a question, ``:::``): where an answer below a question starts."""
    while index < len(lines) and lines[index].kind in _PICTURES_AND_MARKUP:
        index += 1
    return index


def _unlabelled_answers(
    lines: Sequence[Line], candidates: Mapping[int, SpeakerMatch], conventions: Conventions, aliases: Mapping[str, str]
) -> dict[int, SpeakerMatch]:
    """Answers to whole-bold labelled questions, when the document leaves its answers unlabelled.

    ``**问题1：…？**`` then a plain paragraph: the paragraph is the interviewee's
    turn, not more of the question. Taken when most such questions (by a
    recurring label or a role) are followed by plain, unlabelled text.
    """
    # a whole-bold line whose "question" holds no word is a field and its value (**… Take: 375**)
    asked = {i: m for i, m in candidates.items() if m.reopen and _LETTER.search(lines[i].text, m.speech_start) is not None}
    if not asked:
        return (
            _answers_to_one_asker(lines, candidates, conventions)
            or _questions_to_one_answerer(lines, candidates, conventions)
            or _questions_as_items(lines, candidates, conventions)
        )
    keys = identities(asked, aliases, conventions)
    counts = Counter(keys.values())
    questions = [i for i in asked if counts[keys[i]] >= 2 or conventions.is_role(keys[i])]
    answers: dict[int, SpeakerMatch] = {}
    for index in questions:
        nxt = _past_pictures(lines, index + 1)
        if nxt >= len(lines) or nxt in candidates or lines[nxt].kind != LineKind.TEXT:
            continue
        if lines[nxt].paragraph == lines[index].paragraph or lines[nxt].text[:1] in ("*", "_"):
            continue  # the question goes on (a second bold line continues it)
        answers[nxt] = SpeakerMatch("", 0, 0, role="interviewee", detector=candidates[index].detector)
    return answers if len(answers) * 2 > len(questions) else {}


def _content_above(lines: Sequence[Line], index: int) -> int:
    """The nearest line above ``index`` that holds content (past blank markup and pictures), or -1."""
    above = index - 1
    while above >= 0 and lines[above].kind in _NOT_CONTENT:
        above -= 1
    return above


def _questions_as_items(lines: Sequence[Line], candidates: Mapping[int, SpeakerMatch], conventions: Conventions) -> dict[int, SpeakerMatch]:
    """An interviewer's questions left unlabelled as list items between the labelled answers
    (``- How did you find the members?`` then ``Miku: Kanami posted…``): a paragraph that is one
    list item alone, right before a labelled line, is the interviewer's turn, when
    ``Conventions.answered_questions`` or more stand so and most of them ask. A list of points
    inside an answer holds more than one item."""
    if len(candidates) < conventions.answered_questions or not all(m.label for m in candidates.values()):
        return {}
    questions: dict[int, SpeakerMatch] = {}
    asking = 0
    for index in candidates:
        before = _content_above(lines, index)
        if before < 0 or before in candidates or lines[before].kind != LineKind.TEXT or lines[before].paragraph == lines[index].paragraph:
            continue
        start = before
        while start > 0 and lines[start - 1].paragraph == lines[before].paragraph and lines[start - 1].kind == LineKind.TEXT:
            start -= 1
        item = lines[start].text
        if _LIST_MARK.match(item) is None or item[:1].isdigit():
            continue
        if any(_LIST_MARK.match(lines[i].text) for i in range(start + 1, before + 1)):
            continue  # more items in the paragraph: a list of points
        above = _content_above(lines, start)
        if above >= 0 and lines[above].kind == LineKind.TEXT and _LIST_MARK.match(lines[above].text) and above not in candidates:
            continue  # an item of a list spread over paragraphs
        questions[start] = SpeakerMatch("", 0, 0, role="interviewer")
        asking += _asks(lines[before].text)
    return questions if len(questions) >= conventions.answered_questions and asking * 2 > len(questions) else {}


def _answers_to_one_asker(
    lines: Sequence[Line], candidates: Mapping[int, SpeakerMatch], conventions: Conventions
) -> dict[int, SpeakerMatch]:
    """Answers to the questions of the only labelled speaker (``三联生活周刊：…？`` then the
    interviewee's words, unlabelled): the line after each labelled line that ends asking is an
    answer, when most of that speaker's lines ask and ``Conventions.answered_questions`` or more
    are answered so."""
    if len(candidates) < conventions.answered_questions or not all(map(_LABEL, candidates.values())):
        return {}
    # the few distinct labels, not a table per line: a page of labels must not pay for this rule
    if len({speaker_key(person(label)) for label in set(map(_LABEL, candidates.values()))}) != 1:
        return {}
    # each distinct text asked once (a page repeats its labelled lines: Q: x), counted at C speed
    texts = Counter(map(_TEXT, map(lines.__getitem__, candidates)))
    asked = {text: _asks(text) for text in texts}
    if 2 * sum(n for text, n in texts.items() if not asked[text]) >= len(candidates):
        return {}  # most of its lines do not ask
    answers: dict[int, SpeakerMatch] = {}
    asking = 0
    for index, match in candidates.items():
        if not asked[lines[index].text]:
            continue
        asking += 1
        nxt = _past_pictures(lines, index + 1)
        if nxt < len(lines) and nxt not in candidates and lines[nxt].kind == LineKind.TEXT:
            answers[nxt] = SpeakerMatch("", 0, 0, role="interviewee", detector=match.detector)
    return answers if asking * 2 > len(candidates) and len(answers) >= conventions.answered_questions else {}


def _questions_to_one_answerer(
    lines: Sequence[Line], candidates: Mapping[int, SpeakerMatch], conventions: Conventions
) -> dict[int, SpeakerMatch]:
    """Questions to the only recurring labelled speaker, an answering role (``A:``, ``答：``,
    ``Resposta:``; cast lines spoken once may stand above), when the document leaves its questions
    unlabelled: the paragraph right before each answer, when it asks, is the interviewer's; taken
    when most answers follow one and ``Conventions.answered_questions`` or more do. Under a
    letter (``A:``) the question must be a paragraph of its own (a quiz's ``A. Paris`` option sits
    in its question's paragraph); a word (``回答：``) may answer on the question's next line."""
    labels = Counter(map(_LABEL, candidates.values()))
    if "" in labels:
        return {}  # some turns unlabelled already
    key_of = {label: speaker_key(person(label)) for label in labels}
    spoken: Counter[str] = Counter()
    for label, n in labels.items():
        spoken[key_of[label]] += n
    recurring = [key for key, n in spoken.items() if n >= 2]
    if len(recurring) != 1 or spoken[recurring[0]] < conventions.answered_questions or conventions.role_of(recurring[0]) != "interviewee":
        return {}  # two sides labelled, or the one that recurs is no answering role (A, 答, Antwort)
    answering = [i for i, m in candidates.items() if key_of[m.label] == recurring[0]]
    if sum(1 for i in answering if _asks(lines[i].text)) * 2 >= len(answering):
        return {}  # its own lines ask ("备选问题：…？", a list of spare questions): no answerer
    questions: dict[int, SpeakerMatch] = {}
    for index in answering:
        before = _content_above(lines, index)
        if (
            before < 0
            or before in candidates
            or lines[before].kind != LineKind.TEXT
            or (lines[before].paragraph == lines[index].paragraph and (len(recurring[0]) < 2 or _homework(lines[index], candidates[index], conventions)))
            or not _asks(lines[before].text)
        ):
            continue
        start = before  # back to its paragraph's first line: never past a heading or a label
        while start > 0 and lines[start - 1].paragraph == lines[before].paragraph and lines[start - 1].kind == LineKind.TEXT and start - 1 not in candidates:
            start -= 1
        questions[start] = SpeakerMatch("", 0, 0, role="interviewer")
    return questions if len(questions) * 2 > len(answering) and len(questions) >= conventions.answered_questions else {}


def _homework(line: Line, match: SpeakerMatch, conventions: Conventions) -> bool:
    """Whether an answer right under its question is a worksheet's (``Answer: 4``, ``Answer: Paris``):
    a value, or shorter than ``Conventions.reply_characters`` and ending no sentence."""
    speech = _speech(line, match)
    return _is_value(speech) or (len(speech) < conventions.reply_characters and not speech.endswith(_SENTENCE_END))


def _asks(text: str) -> bool:
    return asks(text, _TRAILING_MARKUP)


def _lower_role(lines: Sequence[Line], index: int, key: str, conventions: Conventions) -> bool:
    """``audience question 1:``: a label in small letters opens its paragraph and starts with a role."""
    if index > 0 and lines[index - 1].paragraph == lines[index].paragraph:
        return False  # inside a wrapped paragraph: prose
    bare = key.rstrip("0123456789 ")
    words = conventions.interviewer_words | conventions.interviewee_words
    return bare.split(" ", 1)[0] in words or bare.startswith(conventions.role_nouns)


def _quotes(line: Line, match: SpeakerMatch) -> bool:
    """``他说：“……”``: a Han label whose speech opens with a quotation mark."""
    return (
        bool(match.label)
        and match.weak
        and _HAN.match(match.label) is not None
        and line.text[match.speech_start : match.speech_start + 1] in _QUOTES
    )


def _weigh_reported_speech(
    lines: Sequence[Line],
    candidates: dict[int, SpeakerMatch],
    reported: Mapping[int, SpeakerMatch],
    key_of: Mapping[str, str],
    conventions: Conventions,
    decide: Callable[[int, bool, str], None],
) -> None:
    """Labels that end like reported speech (``他说：``, ``彭佩奥说：``) or open a quotation
    (``安检员：“…”``) are prose, unless the document is a labelled transcript: where other
    labels establish speakers and most paragraphs open with a label, a recurring ``X说：`` is
    how that transcript writes its speaker."""
    if not reported:
        return
    keys = Counter(key_of[m.label] for m in reported.values())
    together = {**candidates, **reported}
    order = sorted(together)
    units = labelled = 0
    previous: Line | None = None
    for index in range(order[0], order[-1] + 1):
        line = lines[index]
        if line.kind == LineKind.TEXT and (
            index in together or previous is None or previous.paragraph != line.paragraph
        ):
            units += 1
            labelled += index in together
        previous = line
    dense = units > 0 and labelled * 2 >= units
    spoken = _spoken(candidates, key_of)
    established = spoken.keys()
    # other speakers establish the transcript only if one of them recurs: a narrator's lines
    # (我问：, 客服说：) around one other label are a story
    recurring = any(n >= 2 for n in spoken.values())
    # a speaker of this document who opens with a quotation: then quotation marks are its style
    quoting = any(key_of[m.label] in established and _quotes(lines[i], m) for i, m in reported.items())
    for index, match in reported.items():
        key = key_of[match.label]
        if (
            (dense and recurring and keys[key] >= 2)
            or key in established
            or (quoting and not conventions.is_reported_speech(key))
        ):
            candidates[index] = match
        elif _quotes(lines[index], match):
            decide(index, False, "opens a quotation, in prose that is not labelled throughout")
        elif any(key.startswith(p) for p in conventions.narrator_pronouns):
            decide(index, False, "a narrator's line in prose, a pronoun before a verb (Conventions.narrator_pronouns)")
        else:
            decide(index, False, "reported speech in prose (Conventions.speech_verbs, speech_openers)")


_DIGITS = regex.compile(r"\d+")


def _header_line(text: str) -> bool:
    """Whether a line reads as a page's running header (``**Wednesday, 22 May 2013   Take: 375**``):
    three words or more, ending no sentence."""
    return len(text.split()) >= 3 and not text.rstrip("*_ \t").endswith(_SENTENCE_END)


def _drop_page_furniture(
    lines: Sequence[Line],
    candidates: dict[int, SpeakerMatch],
    speechless: Collection[int],
    shapes: Mapping[int, tuple[str, str, str]],
    conventions: Conventions,
    decide: Callable[[int, bool, str], None],
) -> None:
    """Names alone on a line that are page furniture, by their shape in this document.

    In a document whose labels are written with a separator, a line followed
    by the same line every time, a line that follows nothing else, or by a header line (no
    sentence) the same but for its figures and spacing ``Conventions.header_share`` of the times
    (a page's number changes, a cover page differs), is a
    running page header or footer (``Alderson Reporting Company``). A name alone on a line is the
    weakest label shape: where the document writes its labels with a
    separator, many times more often, it is a heading or a cover-page line.
    """
    # ``speechless``: the labels with no speech on their line, the only ones whose layout is "alone"
    lone = {shape for shape in set(shapes.values()) if shape[2].startswith("alone") and not shape[1]}
    if not lone:
        return
    alone = {i: candidates[i] for i in speechless if i in candidates and shapes[i] in lone}
    person_key = {label: conventions.unnumbered(speaker_key(person(label))) for label in {m.label for m in alone.values()}}
    counts: Counter[str] = Counter()
    for label, n in Counter(m.label for m in alone.values()).items():
        counts[person_key[label]] += n
    separated = sum(1 for m in candidates.values() if m.label) - len(alone)
    running: set[str] = set()
    if separated:  # a running header needs labels of another layout to run beside
        following: dict[str, Counter[str]] = {}
        for index, match in alone.items():
            following.setdefault(person_key[match.label], Counter())[lines[index + 1].text if index + 1 < len(lines) else ""] += 1
        shared = Counter(text for texts in following.values() for text in texts)
        running = {key for key, n in counts.items() if n >= 2 and len(following[key]) == 1 and shared[next(iter(following[key]))] == 1}
        for key, n in counts.items():
            # a header line, not speech (three words or more, no sentence's end), the same but for its
            # figures and spacing (a take's number: Take: 375, 376), nearly every time (a cover page's aside)
            headers: Counter[str] = Counter()
            for text, times in following[key].items():
                if _header_line(text):
                    headers[" ".join(_DIGITS.sub("0", text).split())] += times
            if key not in running and n >= 4 and headers and headers.most_common(1)[0][1] >= conventions.header_share * n:
                running.add(key)
    names = sum(n for key, n in counts.items() if key not in running)
    distinct = sum(1 for key in counts if key not in running)
    minor = separated >= conventions.minor_template * names
    listed = names < conventions.turns_per_speaker * distinct
    if not (running or minor or listed):
        return
    for index, match in alone.items():
        if person_key[match.label] in running:
            del candidates[index]
            decide(index, False, "a running page header or footer: the same line follows it every time or nearly (its figures aside)")
        elif minor:
            del candidates[index]
            decide(index, False, "a name alone on a line, where the document writes its labels with a separator")
        elif listed:
            del candidates[index]
            decide(
                index, False, "a short line alone, in a document where such lines mostly occur once: headings or a list"
            )


_TIMED_LINE = regex.compile(rf"\[?{TS}\]?[ \t]+\S")
_CLOCK = regex.compile(rf"[\[(]?{TS}[\])]?")


def _drop_timed_segments(
    lines: Sequence[Line], candidates: dict[int, SpeakerMatch], decide: Callable[[int, bool, str], None]
) -> None:
    """Reject the time-and-name lines (``00:00:44 Doctor. Fraser``) of a document where most lines
    that open with a time are speech: its times stamp a speech-to-text export's segments, and a
    short segment looks like a name alone."""
    timed_names = [i for i, m in candidates.items() if m.detector == "timed_name_line"]
    if not timed_names:
        return
    stamped = sum(1 for line in lines if line.kind == LineKind.TEXT and line.text[:1] in "[0123456789" and _TIMED_LINE.match(line.text))
    if len(timed_names) * 2 >= stamped:
        return
    for index in timed_names:
        del candidates[index]
        decide(index, False, f"one of {stamped} lines that open with a time, most of them speech: a segment of a timed transcript, not a name")


def _drop_captions_before_labels(
    lines: Sequence[Line], candidates: dict[int, SpeakerMatch], conventions: Conventions, decide: Callable[[int, bool, str], None]
) -> None:
    """An unlabelled answer that is one short line (``Conventions.caption_length``) with no sentence punctuation, right before a
    labelled turn, is a photo's caption (the interviewee's name under a picture); the labelled
    turn is the answer."""
    for index in [i for i, m in candidates.items() if not m.label and m.role == "interviewee"]:
        line = lines[index]
        after = _next_content(lines, index)
        if (
            after < len(lines)
            and lines[after].paragraph != line.paragraph
            and (index + 1 == len(lines) or lines[index + 1].paragraph != line.paragraph)
            and len(line.text) <= conventions.caption_length
            and not any(mark in line.text for mark in _SENTENCE_MARKS)
            and (nxt := candidates.get(after)) is not None
            and nxt.label
        ):
            del candidates[index]
            decide(index, False, "a short line before a labelled answer, with no sentence in it: a photo's caption (Conventions.caption_length)")


_SENTENCE_MARKS = frozenset((*SENTENCE_MARKS, "，", ",", ";", "；"))


def _drop_backward_times(candidates: dict[int, SpeakerMatch], decide: Callable[[int, bool, str], None]) -> None:
    """Names in emphasis with a time inside it, three or more, whose times run backwards as
    often as not (``*Sunrise (4:12)*``, ``*Harbor Lights (3:05)*``): lengths of a track list or a
    chapter list, not a transcript's clock."""
    timed = sorted(  # the few timed names, then sorted: not every candidate sorted first
        (i, seconds)
        for i, m in candidates.items()
        if m.weak and m.detector == "timed_bold_name" and m.timestamp and (seconds := clock_seconds(m.timestamp)) is not None
    )
    if len(timed) < 3:
        return
    back = sum(later < earlier for (_, earlier), (_, later) in itertools.pairwise(timed))
    if 2 * back > len(timed) - 1:
        _reject(candidates, [i for i, _ in timed], "a time that runs backwards as often as not: a list of lengths (tracks, chapters), not a transcript's clock", decide)


def _drop_choice_options(lines: Sequence[Line], candidates: dict[int, SpeakerMatch], decide: Callable[[int, bool, str], None]) -> None:
    """``A:`` followed on the next line of its paragraph by ``B:`` written the same way (``- A: 1`` /
    ``- B: 2``), ``B:`` no label of its own: the first option of a multiple-choice question (a
    quiz, an exam), not an answer; speakers named A, B and C take turns as labels do. A heading
    ``### A. Roll Call`` where a heading of its level reads ``### B. …`` is an outline's first
    item (an agenda, minutes)."""
    firsts = [i for i, m in candidates.items() if m.label in _FIRST_OPTIONS]
    if not firsts:
        return
    _reject(
        candidates,
        [
            i
            for i in firsts
            if lines[i].kind != LineKind.HEADING
            and i + 1 not in candidates
            and _next_option(lines, i, candidates[i].label, candidates[i].start)
        ],
        "the first option of a multiple-choice question (A:, then B: on the next line written the same way), not an answer",
        decide,
    )
    lettered = {(line.level, line.title[:2]) for line in lines if line.kind == LineKind.HEADING}
    _reject(
        candidates,
        [
            i
            for i in firsts
            if i in candidates
            and lines[i].kind == LineKind.HEADING
            and (lines[i].level, _SECOND_OPTION[candidates[i].label] + lines[i].title[1:2]) in lettered
        ],
        "the first item of an outline (a heading 'A.' where a heading of its level reads 'B.'), not an answer",
        decide,
    )


_FIRST_OPTIONS = frozenset(("A", "a", "Ａ"))
_SECOND_OPTION = {"A": "B", "a": "b", "Ａ": "Ｂ"}


def _next_option(lines: Sequence[Line], index: int, letter: str, start: int) -> bool:
    """Whether the line after ``index``, in its paragraph, opens as it does with the letter after
    ``letter`` (written at or after ``start``) in its place."""
    if index + 1 >= len(lines) or lines[index + 1].paragraph != lines[index].paragraph:
        return False
    text, below = lines[index].text, lines[index + 1].text
    at = text.find(letter, start)
    if at < 0:
        return False
    return below.startswith(text[:at] + _SECOND_OPTION[letter] + text[at + 1 : at + 2])


def _drop_continued_questions(
    lines: Sequence[Line], candidates: dict[int, SpeakerMatch], decide: Callable[[int, bool, str], None]
) -> None:
    """An unlabelled question right after another question, with no answer between, continues it
    (``**記者：經費從哪裡來？**`` then ``**聽說差點解散？**``); one right below a label whose speech
    starts on the next line is that speech (``Henry: 00:04:40`` then ``**Why?**``)."""
    if all(m.label for m in candidates.values()):
        return
    previous: SpeakerMatch | None = None
    previous_at = -1
    for index in sorted(candidates):
        match = candidates[index]
        above = candidates.get(index - 1)
        if (
            not match.label
            and above is not None
            and above.label
            and above.speech_start >= len(lines[index - 1].text)
            and lines[index - 1].paragraph == lines[index].paragraph
        ):
            del candidates[index]
            decide(index, False, "the speech of the label right above it")
            continue
        asking = not match.label and match.role == "interviewer"
        if (
            asking
            and previous is not None
            and (previous.reopen or (not previous.label and previous.role == "interviewer"))
            and not _text_between(lines, previous_at, index)
        ):
            del candidates[index]
            decide(index, False, "continues the question above it: no answer stands between them")
            continue
        previous, previous_at = match, index


def _text_between(lines: Sequence[Line], above: int, below: int) -> bool:
    """Whether a paragraph of text or a heading stands between line ``above``'s paragraph and line ``below``."""
    paragraph = lines[above].paragraph
    return any(
        line.kind == LineKind.HEADING or (line.kind == LineKind.TEXT and line.paragraph != paragraph)
        for line in itertools.islice(lines, above + 1, below)
    )


_LABELLED = SpeakerMatch("-", 0, 0)
"""Stands for a line no proposal opens: not an unlabelled answer."""
_UNLABELLED_ANSWER = SpeakerMatch("", 0, 0, role="interviewee", detector="magazine_qa")
"""An unlabelled answer, as :class:`.MagazineQA` proposes one."""


def _drop_panel_questions(
    lines: Sequence[Line], candidates: dict[int, SpeakerMatch], decide: Callable[[int, bool, str], None]
) -> None:
    """Questions written as headings are a panel's topics, not an interviewer's turns, when
    every one is answered with a label and most by two named speakers or more (``## 1. Why?``
    then ``**Emma** - …`` and ``**Zoe** - …``), or two named speakers each answer two of them
    or more (a pair interviewed together): the headings stay sections. One named speaker
    answering each is an interviewee, and a question answered without a label is a magazine's
    unlabelled Q&A: then the headings are the interviewer's questions."""
    asked = [
        i for i, m in candidates.items() if not m.label and m.role == "interviewer" and lines[i].kind == LineKind.HEADING
    ]
    def answered_with_a_label(question: int) -> bool:
        after = _next_content(lines, question)
        return after < len(lines) and bool(candidates.get(after, _LABELLED).label)

    if not asked or not all(answered_with_a_label(i) for i in asked):
        return  # a question answered without a label (or not at all): the Q&A is unlabelled, its headings ask
    answerers: dict[int, set[str]] = {i: set() for i in asked}
    current: int | None = None
    headings = (i for i, line in enumerate(lines) if line.kind == LineKind.HEADING)
    for index in sorted({*candidates, *headings}):
        match = candidates.get(index)
        if index in answerers:
            current = index
        elif match is None:
            current = None  # another heading: the labels under it answer no question
        elif current is not None and match.label:
            answerers[current].add(speaker_key(person(match.label)))
    answers = Counter(name for names in answerers.values() for name in names)
    # two people interviewed together each answer several of the questions, not always both
    pair = sum(n >= 2 for n in answers.values()) >= 2
    if not pair and sum(len(names) >= 2 for names in answerers.values()) * 2 <= len(asked):
        return
    for index in asked:
        del candidates[index]
        decide(index, False, "a question heading answered by several named speakers: a panel's topic, a section")


_UNADDRESSED_SCRIPT = regex.compile(r"[^\p{L}]*[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
"""A question in a script whose speakers seldom write the pronoun of the person asked."""


def _drop_unaddressed_questions(
    lines: Sequence[Line], candidates: dict[int, SpeakerMatch], conventions: Conventions, decide: Callable[[int, bool, str], None]
) -> None:
    """A few unlabelled questions, headings or list items among them (an italic lead may ask too), with no label
    anywhere and none addressing anyone (``## Who invented it?``, ``## How does it work?``): an
    article's section titles that ask, not an interviewer's questions (``## Why did you start?``).
    From ``Conventions.addressed_questions`` questions on, the document's length is evidence enough;
    a title that names an interview (``Conventions.interview_words``), a doubled dash before a
    question, or questions in Chinese, Japanese or Korean (which leave "you" unsaid) keep them."""
    if not candidates or any(m.label for m in candidates.values()):
        return
    asked = [i for i, m in candidates.items() if m.role == "interviewer"]
    if not asked or len(asked) >= conventions.addressed_questions or not any(_outlines(lines[i]) for i in asked):
        return
    questions = [lines[i].title or lines[i].text for i in asked]
    if any(q.startswith(QUESTION_MARKERS) or _UNADDRESSED_SCRIPT.match(q) for q in questions):
        return  # a doubled dash marks an interviewer; Japanese, Chinese and Korean leave "you" unsaid
    if any(conventions.addresses(q) for q in questions):
        return
    reason = (
        f"{len(asked)} unlabelled question(s), headings or list items among them, none addressing anyone (Conventions.address_words), "
        f"fewer than Conventions.addressed_questions={conventions.addressed_questions}: an article's section titles"
    )
    _reject(candidates, candidates, reason, decide)


def _drop_readers_questions(
    lines: Sequence[Line], candidates: dict[int, SpeakerMatch], conventions: Conventions, decide: Callable[[int, bool, str], None]
) -> None:
    """Unlabelled questions that ask in their reader's voice (``Wie kann ich …?``, ``How do I
    …?``; ``Conventions.reader_words``) at least half the time, and more often than they address
    anyone, are an FAQ's, under whatever heading (``## Fragen und Antworten``): an interviewer
    addresses the interviewee. The questions and their unlabelled answers are rejected."""
    asked = [i for i, m in candidates.items() if not m.label and m.role == "interviewer"]
    if len(asked) < 2:
        return
    questions = [lines[i].title or lines[i].text for i in asked]
    own = sum(1 for q in questions if conventions.asks_as_reader(q))
    if 2 * own < len(questions) or own <= sum(1 for q in questions if conventions.addresses(q)):
        return
    reason = (
        f"{own} of {len(asked)} unlabelled questions ask in the reader's voice (Conventions.reader_words) "
        "and fewer address anyone: an FAQ's questions and answers, not an interview's"
    )
    _reject(candidates, [i for i, m in candidates.items() if not m.label and m.role in ("interviewer", "interviewee")], reason, decide)


def _drop_listed_faq(
    lines: Sequence[Line], candidates: dict[int, SpeakerMatch], conventions: Conventions, decide: Callable[[int, bool, str], None]
) -> None:
    """Questions as list items answered on the item's next line (``- Do you ship abroad?`` /
    ``  Yes, within five days.``), on a page whose title does not say interview: a README's or a
    shop's FAQ writes its items so too, short and impersonal, so most answers must speak for their
    speaker (``Conventions.first_person_words``), as an interviewee's do (``Yo siempre…``), or run
    longer than twice their question."""
    glued = [
        i
        for i, m in candidates.items()
        if m.role == "interviewer"
        and not m.label
        and _LIST_MARK.match(lines[i].text)
        and i + 1 in candidates
        and lines[i + 1].paragraph == lines[i].paragraph
        and not lines[i + 1].text.startswith(">")  # an answer quoted is speech marked so
    ]
    def answered(question: int) -> bool:
        answer = _answer_text(lines, question + 1, candidates)
        return len(answer) > 2 * len(lines[question].text) or conventions.speaks_for_self(answer)

    if not glued or _most(glued, answered):
        return
    reason = (
        f"{len(glued)} list items that ask, each answered on its next line, and most answers neither speak for their speaker "
        "(Conventions.first_person_words) nor run longer than twice their question, under a title that does not say interview: "
        "an FAQ's items, not an interview"
    )
    _reject(candidates, [j for i in glued for j in (i, i + 1)], reason, decide)


def _drop_unasked_quotes(lines: Sequence[Line], candidates: dict[int, SpeakerMatch], decide: Callable[[int, bool, str], None]) -> None:
    """Names before corner brackets (``首相「…」``) answer questions: where no one asks (no
    unlabelled question, no quotation ending in a question mark), they are a headline's or a
    list's quotations (``映画「雪国」``), not an interview's answers."""
    quoted = [i for i, m in candidates.items() if m.detector == "name_quote"]
    if any(not m.label and m.role == "interviewer" for m in candidates.values()):
        return
    if any(asks(lines[_paragraph_end(lines, i)].text, " \t\u3000」") for i in quoted):
        return
    _reject(candidates, quoted, "a name before a quotation where no one asks (no question, unlabelled or quoted): a headline's or a list's quotation", decide)


def _drop_unasked_run_ins(
    lines: Sequence[Line], candidates: dict[int, SpeakerMatch], conventions: Conventions, decide: Callable[[int, bool, str], None]
) -> None:
    """Names run in before their speech with no colon (``**Ana** Hello.``) are speakers where one
    of them puts the questions to another (``Conventions.run_in_questions`` times, most by one
    asker: ``Conventions.run_in_asker_share``), and no other convention labels the conversation;
    else they are bold terms opening paragraphs (``**Added** …`` / ``**Fixed** …``, a digest's
    ``**Berlin** … ?`` / ``**Hamburg** … ?``, a place opening an answer)."""
    order = sorted(candidates)
    run_ins = [i for i in order if candidates[i].detector == "run_in_name"]
    others = sum(1 for i in order if candidates[i].label and candidates[i].detector != "run_in_name")
    if others >= 2:
        # an established speaker's name whose colon was lost (``**Ana:**`` again and again, then ``**Ana** Bye!``)
        # after another's turn is that speaker's label; any other is emphasis opening a paragraph
        spoken = Counter(speaker_key(candidates[i].label) for i in order if candidates[i].label and candidates[i].detector != "run_in_name")
        previous = {nxt: speaker_key(candidates[index].label) for index, nxt in itertools.pairwise(order)}
        lost = [i for i in run_ins if spoken[key := speaker_key(candidates[i].label)] >= 2 and previous.get(i, key) != key]
        _reject(
            candidates,
            [i for i in run_ins if i not in lost],
            "a name run in before its speech with no colon, in a conversation labelled another way: emphasis opening a paragraph of speech",
            decide,
        )
        return
    askers: Counter[str] = Counter()
    for index, nxt in itertools.pairwise(order):
        asker = speaker_key(candidates[index].label)
        if (
            candidates[index].detector == candidates[nxt].detector == "run_in_name"
            and asker != speaker_key(candidates[nxt].label)
            and _ends_question(lines, index, nxt)
        ):
            askers[asker] += 1
    asked = sum(askers.values())
    top = askers.most_common(1)[0][1] if askers else 0
    if asked >= conventions.run_in_questions and top >= conventions.run_in_asker_share * asked:
        return
    why = (
        f"{asked} question(s) put by one such name to another ({conventions.run_in_questions} needed, Conventions.run_in_questions)"
        if asked < conventions.run_in_questions
        else f"{top} of its {asked} questions put by one asker (Conventions.run_in_asker_share={conventions.run_in_asker_share}): everyone asks"
    )
    _reject(candidates, run_ins, f"a name run in before its speech with no colon, and {why}: bold terms opening paragraphs, not speakers", decide)


def _drop_topic_questions(
    lines: Sequence[Line],
    candidates: dict[int, SpeakerMatch],
    title: str | None,
    conventions: Conventions,
    decide: Callable[[int, bool, str], None],
) -> None:
    """Unlabelled questions written as headings, with no label anywhere, that name the page's own
    topic (its title, or the ``#`` heading above them) in ``Conventions.faq_topic_share`` of them or
    more (``# Stability Fee`` then ``## What is the Stability Fee?``, ``## How is the Stability Fee
    calculated?``), none of them addressing anyone: a product's FAQ, not an interviewer asking a
    guest, who addresses the guest now and then (``## Why do you return seeds?``)."""
    if not candidates or any(m.label for m in candidates.values()):
        return
    asked = [i for i, m in candidates.items() if m.role == "interviewer" and lines[i].kind == LineKind.HEADING]
    if len(asked) < 2 or any(conventions.addresses(lines[i].title) for i in asked):
        return  # an interviewer addresses the guest ("Why did you …?") sometimes
    first = min(asked)
    above = next((lines[i].title for i in range(first - 1, -1, -1) if lines[i].kind == LineKind.HEADING and lines[i].level < lines[first].level), None)
    # a word too short to stand for a topic ("Q&A", "Bio") is none
    topics = {fold(t) for t in (title, above) if t and (len(t.split()) >= 2 or _HAN.match(t) is not None or len(t) >= 6)}
    for topic in topics:
        naming = sum(1 for i in asked if topic in fold(lines[i].title))
        if naming >= conventions.faq_topic_share * len(asked):
            reason = (
                f"{naming} of {len(asked)} question headings name the page's topic {topic!r} "
                f"(Conventions.faq_topic_share={conventions.faq_topic_share}): a product's FAQ, not an interview"
            )
            _reject(candidates, list(candidates), reason, decide)
            return


def _drop_outlined_questions(
    lines: Sequence[Line], candidates: dict[int, SpeakerMatch], conventions: Conventions, decide: Callable[[int, bool, str], None]
) -> None:
    """Unlabelled questions written as headings, on a page whose title (nor its first ``#``
    heading above them, however far down a page's furniture puts it) does not say interview,
    when as many headings of their levels or more name a topic (end in no question or sentence
    mark) and most do not address anyone (``Conventions.address_words``): a README's ``## What is
    it?`` among ``## Installation``, ``## Usage`` and ``## License``, not an interviewer's questions.
    A magazine interview asks in most of its headings, or addresses its guest."""
    asked = [i for i, m in candidates.items() if m.role == "interviewer" and not m.label and lines[i].kind == LineKind.HEADING]
    if not asked:
        return
    first = min(asked)
    heading = next((line.title for line in lines[:first] if line.kind == LineKind.HEADING and line.level == 1), None)
    if heading is not None and conventions.names_an_interview(heading):
        return
    if _most(asked, lambda i: conventions.addresses(lines[i].title)):
        return  # an interviewer's questions address the guest (How did you start?); a README's do not
    levels = {lines[i].level for i in asked}
    asking = sum(1 for i in asked if _heading_asks(lines[i]))
    topics = sum(
        1 for line in lines if line.kind == LineKind.HEADING and line.level in levels and not line.title.rstrip(_TRAILING_MARKUP).endswith(_QUESTION_OR_PROMPT_ENDS)
    )
    if asking and topics >= asking:
        reason = f"headings of their level name a topic ({topics}) as often as they ask ({asking}) or more, under a title that does not say interview: a document's outline"
        _reject(candidates, [i for i, m in candidates.items() if m.detector == "magazine_qa" and not m.label], reason, decide)


def _drop_unannounced_dialogue(
    lines: Sequence[Line], candidates: dict[int, SpeakerMatch], conventions: Conventions, decide: Callable[[int, bool, str], None]
) -> None:
    """An unlabelled Q&A whose answers open with a dialogue's dash, as its questions do (``- Как
    вы начали?`` / ``- Я начал…``), or stand on the line below a dashed question (``-¿Vienes?`` /
    ``Marta no contestó.``), on a page whose title does not say interview, when nothing above
    its first question does either (``Интервьюер: …``, ``an interview with…``; for answers
    glued below, a credit only: a chronicle's heading names an interview it retells): a story's
    dialogue, which asks and answers at length as well."""
    unlabelled = [i for i, m in candidates.items() if m.detector == "magazine_qa" and not m.label]
    dashed = [lines[i].text.startswith(_DIALOGUE_OPENERS) or glued_dash(lines[i].text) for i in unlabelled]
    asking = [dashed[k] for k, i in enumerate(unlabelled) if candidates[i].role == "interviewer"]
    # or glued on the line below a dashed question, as a story's narration goes on after a line of
    # dialogue (a quote there, or a line indented under the question, is a list's question
    # answered: ``- ¿Dónde?`` / ``\t> En Valencia.``, ``- ¿Dónde?`` / ``  En Valencia.``)
    answering = [
        dashed[k]
        or (
            i > 0
            and lines[i - 1].paragraph == lines[i].paragraph
            and i - 1 in candidates
            and not lines[i].text.startswith(">")
            and lines[i].indent <= lines[i - 1].indent
        )
        for k, i in enumerate(unlabelled)
        if candidates[i].role == "interviewee"
    ]
    if not (all(asking) and any(answering)):
        return  # bold questions (**— Почему?**) over dashed answers are an interview's own layout
    first = min(unlabelled)
    glued = not any(dashed[k] for k, i in enumerate(unlabelled) if candidates[i].role == "interviewee")
    # answers glued below undashed are a story's narration as often: a credit may say interview
    # (Entrevista: Ana Gil), not a heading (a chronicle's "La entrevista pendiente")
    if any(_announces_interview(line, conventions) for line in lines[:first] if not (glued and line.kind == LineKind.HEADING)):
        return
    above = "a credit" if glued else "a heading or a credit"
    reason = f"a dialogue with a dash before every turn, and neither the title nor {above} above it says interview (Conventions.interview_words): a story's dialogue has this shape"
    _reject(candidates, unlabelled, reason, decide)


def _drop_inside_column(lines: Sequence[Line], candidates: dict[int, SpeakerMatch], decide: Callable[[int, bool, str], None]) -> None:
    """Another detector's label on a line hanging under a label column's entry (``A    IN A
    VILLAGE,`` / ``     NOT FAR FROM THE RIVER.``, a cue in capitals to a play's reader): the
    entry's speech, where the column is the document's convention."""
    column = {i for i, m in candidates.items() if m.detector == "column_label"}
    inside = [below for start in column for below in range(start + 1, column_entry_end(lines, start, column)) if below in candidates]
    _reject(candidates, inside, "a line hanging under a label column's entry: the entry's speech", decide)


def _drop_name_initials(lines: Sequence[Line], candidates: dict[int, SpeakerMatch], conventions: Conventions, decide: Callable[[int, bool, str], None]) -> None:
    """Initials of question and answer (``P. ¿Por qué?`` / ``R. Porque…``) are labels where
    ``Conventions.initial_questions`` questions open with one; an initial that the same word
    follows most times is a name's (``R. Diaz said …``), as are the initials of a document that
    asks fewer times so."""
    initials = {i: m for i, m in candidates.items() if m.weak and m.detector == "qa_marker"}
    # French's strong Q. asks for R. as P. does
    questions = sum(1 for m in candidates.values() if m.detector == "qa_marker" and (m.label in _ASKING_INITIALS or (m.label == "Q" and not m.weak)))
    words: dict[str, Counter[str]] = {}
    for index, match in initials.items():
        if match.label not in _ASKING_INITIALS:  # a question opens with its question word again and again (¿Por qué, Wie)
            words.setdefault(match.label, Counter())[lines[index].text[match.speech_start :].split(" ", 1)[0]] += 1
    named = {
        label
        for label, after in words.items()
        if after.total() >= 2 and (top := after.most_common(1)[0])[1] * 2 > after.total() and _NAME_WORD.fullmatch(top[0]) is not None
    }
    if questions < conventions.initial_questions:
        reason = f"an initial with a full stop opens {questions} question(s), {conventions.initial_questions} needed (Conventions.initial_questions): a name's initial"
        _reject(candidates, initials, reason, decide)
    elif named:
        reason = "an initial followed by the same word most times: a name's (R. Diaz), not an answer's"
        _reject(candidates, [i for i, m in initials.items() if m.label in named], reason, decide)


_NAME_WORD = regex.compile(r"\p{Lu}\p{Ll}[\p{L}\p{M}'’\-]*")
"""A surname's shape: a capital, then small letters (``Diaz``; not ``Sí,`` or ``¿Por``)."""


def _announces_interview(line: Line, conventions: Conventions) -> bool:
    """Whether a heading names an interview, or a credit's key does (``Интервьюер: Анна``,
    ``Interview: Ana Lima``); a sentence that mentions one (``After the job interview, …``) does not."""
    if line.kind == LineKind.HEADING:
        return conventions.names_an_interview(line.title)
    colon = next((at for at, char in enumerate(line.text[:_CREDIT_KEY]) if char in ":："), -1)
    return colon > 0 and conventions.names_an_interview(line.text[:colon])


_CREDIT_KEY = 40
"""How far into a line a credit's key ends at its colon."""

_DIALOGUE_OPENERS = ("- ", "— ", "– ", "―", "-\t")
"""Marks that open a paragraph of dialogue: a dash, or a list's hyphen typed for one."""


def _heading_asks(line: Line) -> bool:
    """Whether a heading's title ends in a question mark (emphasis and closing quotes aside)."""
    return asks(line.title, _TRAILING_MARKUP)


_QUESTION_OR_PROMPT_ENDS = (*QUESTION_MARKS, ".", "。", "!", "！", "۔", "।")
"""How a heading that asks or prompts ends (``### Tell us about yourself.``); any other names a topic."""


def _drop_prepared_answers(
    lines: Sequence[Line], candidates: dict[int, SpeakerMatch], conventions: Conventions, decide: Callable[[int, bool, str], None]
) -> None:
    """On a page titled as a job interview's preparation, reject the unlabelled questions and
    answers and the question and answer markers (``答：``, ``A:``, ``### Q1:``): the author's own
    answers, questions to prepare. A page whose questions are labelled in its text (``Q:`` / ``A:``,
    a mock interview's transcript) keeps its markers."""
    markers = {i: conventions.unnumbered(speaker_key(m.label)) for i, m in candidates.items() if m.label}
    asked_inline = any(
        _asks_only(key, conventions) and lines[i].kind != LineKind.HEADING
        for i, key in markers.items()
    )
    _reject(
        candidates,
        [i for i, m in candidates.items() if not m.label or (not asked_inline and markers[i] in conventions.question_words)],
        "question or answer on a page titled as a job interview's preparation (Conventions.prep_words): questions to prepare, not an interview",
        decide,
    )


def _outlines(line: Line) -> bool:
    """Whether a question is written as a heading or a list's item, as an article's outline is
    (and the one is rendered as the other)."""
    return line.kind == LineKind.HEADING or _LIST_MARK.match(line.text) is not None


def _drop_speechless(
    lines: Sequence[Line],
    candidates: dict[int, SpeakerMatch],
    alone: Sequence[int],
    key_of: Mapping[str, str],
    decide: Callable[[int, bool, str], None],
) -> None:
    """A label spoken once, alone on its line, with no text before the next label or heading is a
    title, not a turn (``**The Interview Transcript:**``). A line right below it in its paragraph is
    its speech, even when that line has a colon of its own; but a caption mark right below it (the
    next speaker, unnamed), every time it is written, leaves it nothing to say: a sound between
    caption marks (``[LAUGH]`` then ``>> Well,``)."""
    spoken = _spoken(candidates, key_of)
    if all(n > 1 for n in spoken.values()) and all(m.label for m in candidates.values()):
        return  # every speaker recurs, and no caption mark (an unnamed speaker) can cut one short
    silent: dict[str, list[int]] = {}  # per speaker, the lines where nothing is said
    cut_short: dict[str, int] = {}  # per speaker, how many of them a caption mark follows in the same paragraph
    for index in alone:
        match = candidates[index]
        if not match.label or match.speech_start < len(lines[index].text):
            continue
        nxt = index + 1
        while nxt < len(lines) and lines[nxt].kind not in (LineKind.TEXT, LineKind.HEADING):
            nxt += 1
        below = candidates.get(nxt) if nxt < len(lines) else None
        same = below is not None and lines[nxt].paragraph == lines[index].paragraph
        if nxt >= len(lines) or lines[nxt].kind == LineKind.HEADING or (below is not None and (not same or not below.label)):
            key = key_of[match.label]
            silent.setdefault(key, []).append(index)
            cut_short[key] = cut_short.get(key, 0) + same
    for key, found in silent.items():
        if spoken[key] > 1 and cut_short[key] < spoken[key]:
            continue  # a speaker's label with nothing after it is still a label (see assemble's diagnostic)
        why = (
            "nothing is said after it before the next label or heading"
            if spoken[key] == 1
            else "every time right above a caption mark in its paragraph (the next speaker), saying nothing: a sound, not a speaker"
        )
        for index in found:
            del candidates[index]
            decide(index, False, why)
