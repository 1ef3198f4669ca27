"""Who speaks: one identity per person, and roles.

* Identity is the normalised key (:func:`.normalize.speaker_key`); caller
  aliases map several labels to one key. ``王磊（某公司CEO）`` joins ``王磊``
  when the bare name is a label too.
* Roles: the caller's overrides, then the label's words
  (:class:`.Conventions`), then who asks the questions.

Which proposed labels are speakers at all is decided in :mod:`.decide`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from operator import itemgetter
from typing import Protocol

import regex

from .assemble import Draft
from .conventions import DEFAULT_CONVENTIONS, Conventions
from .detectors import SpeakerMatch
from .model import Span, Speaker, Turn
from .normalize import person, speaker_key
from .punctuation import QUESTION_MARKS

__all__ = [
    "INTERVIEWEE",
    "INTERVIEWER",
    "assign_roles",
    "build_speakers",
    "finish_turns",
    "identify",
    "identities",
    "key_for",
]

_LABEL = itemgetter(0)  # a SpeakerMatch's label, read at C speed

INTERVIEWER = "interviewer"
INTERVIEWEE = "interviewee"


def key_for(label: str, aliases: Mapping[str, str], conventions: Conventions = DEFAULT_CONVENTIONS) -> str:
    """The identity key of ``label`` after the caller's aliases (``Q1`` and ``Q2`` are ``q``)."""
    key = speaker_key(label)
    target = aliases.get(label)
    if target is None:
        target = aliases.get(key)
    return speaker_key(target) if target is not None else conventions.unnumbered(key)


def identities(
    labels: Mapping[int, SpeakerMatch], aliases: Mapping[str, str], conventions: Conventions = DEFAULT_CONVENTIONS
) -> dict[int, str]:
    """The speaker key of each label line.

    ``王磊（某公司CEO）`` joins ``王磊`` when the bare name is a label too; a
    role that qualifies a title (``常任秘書長（運輸）``) stays part of it.
    """
    own = {label: key_for(label, aliases, conventions) for label in dict.fromkeys(map(_LABEL, labels.values()))}  # each label once, in order
    bare = set(own.values())
    # a short form in brackets that one label only carries (``Eric Rescorla (EKR)``); several
    # people's (``Maria Lopez (WHO)``, ``John Doe (WHO)``) name their organisation
    shorts = Counter(found[1] for label in own if label[-1:] in ")）" and (found := _BRACKETED_SHORT.search(label)) is not None)
    for label in own:
        name = person(label)
        if name != label.strip() and label not in aliases:
            short = key_for(name, aliases, conventions)
            if short in bare:
                own[label] = short
            elif label[-1:] in ")）" and (initials := _BRACKETED_SHORT.search(label)) is not None and shorts[initials[1]] == 1:
                # "Eric Rescorla (EKR)", then "EKR:": the short form in brackets is the label they go on with
                short = key_for(initials[1], aliases, conventions)
                if short in bare:
                    own[label] = short
    return dict(zip(labels, map(own.__getitem__, map(_LABEL, labels.values())), strict=True))  # at C speed: a key per label line


_BRACKETED_SHORT = regex.compile(r"[(（]([\p{Lu}][\p{Lu}\p{N}.]{1,5})[)）]$")
"""A short form in capitals closing a label in brackets (``Eric Rescorla (EKR)``)."""


def _label_keys(
    labels: Mapping[int, SpeakerMatch], aliases: Mapping[str, str], conventions: Conventions, keys: Mapping[int, str] | None
) -> dict[int, str]:
    """The key of each label line: ``keys`` itself when it has exactly those lines (a copy held one
    more entry per label), else the known keys, ``""`` for an unlabelled line."""
    if keys is None:
        return identities(labels, aliases, conventions)
    if isinstance(keys, dict) and keys.keys() == labels.keys():
        return keys
    return {i: keys.get(i, "") for i in labels}


def identify(
    labels: Mapping[int, SpeakerMatch],
    aliases: Mapping[str, str],
    conventions: Conventions = DEFAULT_CONVENTIONS,
    keys: Mapping[int, str] | None = None,
) -> tuple[dict[int, str], dict[str, str]]:
    """Speaker key per label line, and each key's display name: its first label without a role
    or a question number, or the alias target; a label that is the key itself, where one is
    written (``田`` after ``田间（以下简称田）``). ``keys``: the labelled lines' keys, when known."""
    keys = _label_keys(labels, aliases, conventions, keys)
    names: dict[str, str] = {}
    exact: dict[str, str] = {}  # key → its first label written as the key itself
    for label in {match.label: None for match in labels.values() if match.label}:
        key = speaker_key(label)
        exact.setdefault(key, label)
    for index in sorted(labels):
        if keys[index] in names or not labels[index].label:
            continue
        label = labels[index].label
        target = aliases.get(label)
        if target is None:
            name = exact.get(keys[index]) or (label if keys[index] == speaker_key(label) else person(label))
            if keys[index] != speaker_key(name):  # Q1 → Q
                name = name.rstrip("0123456789").rstrip()
            target = name
        names[keys[index]] = target
    return keys, names


def finish_turns(
    drafts: list[Draft], speakers: Sequence[Speaker], spans: Iterable[tuple[Span, Span | None]] | None = None
) -> tuple[Turn, ...]:
    """The final turns, each built once, with its speaker's role (unlabelled turns keep their own) and,
    when given, each turn's source span and label span (a pair per turn, in order).

    ``drafts`` is emptied: each draft is let go as its turn is made (a page of one-line turns
    held every draft, 10x the input, next to the turns)."""
    roles = {s.key: s.role for s in speakers if s.role is not None}
    where = iter(() if spans is None else spans)
    turns: list[Turn] = []
    drafts.reverse()  # taken from the end, in order
    while drafts:
        d = drafts.pop()
        role = roles.get(d.key, d.role) if d.key is not None else d.role
        # positional (one is made per turn): a Draft has Turn's fields in Turn's order, the role last
        turns.append(Turn(*d[:-1], role) if spans is None else Turn(*d[:-1], role, *next(where)))
    if next(where, None) is not None:  # read to the end: a generator of spans lets its array go
        raise ValueError("more spans than turns")
    return tuple(turns)


class Spoken(Protocol):
    """What roles and speakers are inferred from: a :class:`Turn` or a draft of one."""

    @property
    def speaker(self) -> str | None: ...
    @property
    def label(self) -> str | None: ...
    @property
    def key(self) -> str | None: ...
    @property
    def text(self) -> str: ...
    @property
    def role(self) -> str | None: ...


def build_speakers(
    turns: Sequence[Spoken],
    roles: Mapping[str, str] | None = None,
    conventions: Conventions = DEFAULT_CONVENTIONS,
    *,
    asked_in_headings: bool = False,
) -> tuple[Speaker, ...]:
    """One :class:`Speaker` per key, in order of first appearance, with roles; ``asked_in_headings``:
    the interviewer's questions are the document's headings (its answers' sections)."""
    order: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for turn in turns:
        if turn.key is None or turn.label is None or turn.speaker is None:
            continue
        labels = order.setdefault(turn.key, [])
        names.setdefault(turn.key, turn.speaker)
        if turn.label not in labels:
            labels.append(turn.label)
    speakers = [Speaker(names[key], key, None, labels) for key, labels in order.items()]
    assigned = assign_roles(speakers, turns, roles or {}, conventions, asked_in_headings=asked_in_headings)
    return tuple(Speaker(s.name, s.key, assigned.get(s.key), s.labels) for s in speakers)


def assign_roles(
    speakers: Sequence[Speaker],
    turns: Sequence[Spoken],
    overrides: Mapping[str, str],
    conventions: Conventions = DEFAULT_CONVENTIONS,
    *,
    asked_in_headings: bool = False,
) -> dict[str, str]:
    """Roles by key: the caller's overrides, then label words, then who asks the questions."""
    roles: dict[str, str] = {}
    if not speakers:
        return roles
    for speaker in speakers:
        role = overrides.get(speaker.name) or overrides.get(speaker.key) or conventions.role_of(speaker.key)
        if role is not None:
            roles[speaker.key] = role
    unknown = [s.key for s in speakers if s.key not in roles]
    # unlabelled questions (magazine Q&A) are the interviewer's: then the labelled speakers answer
    # (or written as headings, the sections the labelled answers sit in)
    asks_unlabelled = asked_in_headings or any(turn.key is None and turn.role == INTERVIEWER for turn in turns)
    if not unknown or (len(speakers) < 2 and not asks_unlabelled):
        return roles
    # a count for every unknown key, read in one pass over the turns (a page of turns: a few dict updates each)
    spoke = dict.fromkeys(unknown, 0)
    asked = dict.fromkeys(unknown, 0)
    for turn in turns:
        key = turn.key
        if key in spoke:
            spoke[key] += 1
            if (turn.text.rstrip()[-1:] or "?") in QUESTION_MARKS:  # an empty turn counts as asking, as it always has
                asked[key] += 1
    if INTERVIEWER not in roles.values() and not asks_unlabelled:
        best = max(unknown, key=lambda k: (asked[k] / spoke[k] if spoke[k] else 0.0))
        if spoke[best] and asked[best] / spoke[best] >= 0.5:
            roles[best] = INTERVIEWER
            unknown.remove(best)
    if INTERVIEWER in roles.values() or asks_unlabelled:
        for key in unknown:
            if spoke[key] and asked[key] / spoke[key] < 0.5:
                roles[key] = INTERVIEWEE
    return roles
