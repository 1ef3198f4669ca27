"""Who speaks: which proposed labels are trusted, one identity per person, and roles.

Rules kept here:

* A document is an interview only when at least two speakers each speak
  twice; otherwise every proposed label is dropped. A news story quoting
  people, or a page with ``**Note:**`` run-ins, must never grow turns.
* A *weak* label (plain ``Name: text``) that occurs once is kept only inside
  the conversation, in the document's dominant convention, as a short name;
  before it, it is a field or cast line (``Hosts: …``, ``发布时间：…``).
  Strong conventions (bold, capitals, Q/A) are trusted once.
* A page titled or headed FAQ holds a product's questions, not an interview.
* *Legends* -- leading label lines that only introduce people
  (``答：Alain Pelce（ILO）``, ``**問：記者　趙：經理**``) -- are not turns.
* Identity is the normalised key (:func:`.normalize.speaker_key`); caller
  aliases map several labels to one key.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Protocol

import regex

from .assemble import Draft
from .blocks import Line, LineKind
from .detectors import SpeakerMatch
from .model import Speaker, Turn
from .normalize import fold, person, speaker_key

__all__ = [
    "INTERVIEWEE",
    "INTERVIEWER",
    "assign_roles",
    "build_speakers",
    "confirm_labels",
    "finish_turns",
    "identify",
    "identities",
    "key_for",
]

INTERVIEWER = "interviewer"
INTERVIEWEE = "interviewee"

_LEGEND_NAME = regex.compile(
    r"(?:\p{Han}{2,10}|\p{Lu}[\p{L}'’\-]{0,24}(?:[ \t]\p{Lu}[\p{L}'’\-]{0,24}){0,4})"
    r"(?:[ \t]{0,2}[（(](?:[^()（）\n]|[（(][^()（）\n]{0,40}[）)]){1,60}[）)]|[,，][ \t]?[^.!?。！？\n]{1,100})?"
)
_FAQ = regex.compile(r"(?:faqs?|frequentlyaskedquestions|常见问题(?:解答)?|问题解答)[:：]?")
_LEGEND_INNER = regex.compile(r"[\s\u3000]{1,40}[^\s\u3000:：]{1,12}[:：]")

_INTERVIEWER_WORDS = frozenset(
    "q question 问 提问 问题 记者问 主持人 主持 记者 采访者 访问者 host interviewer moderator reporter"
    " 编者 编辑部 小编 本报 本刊".split()
)
_INTERVIEWEE_WORDS = frozenset("a answer 答 回答 嘉宾 受访者 guest interviewee respondent witness".split())
_SPACES_AND_DIGITS = regex.compile(r"[\s\d]+")
_OUTLET = regex.compile(r"^《.{1,20}》|(?:记者|社|报|台|网|周刊|杂志|日报|时报|新闻)$")


def key_for(label: str, aliases: Mapping[str, str]) -> str:
    """The identity key of ``label`` after the caller's aliases."""
    key = speaker_key(label)
    target = aliases.get(label)
    if target is None:
        target = aliases.get(key)
    return speaker_key(target) if target is not None else key


def identities(labels: Mapping[int, SpeakerMatch], aliases: Mapping[str, str]) -> dict[int, str]:
    """The speaker key of each label line.

    ``王磊（某公司CEO）`` joins ``王磊`` when the bare name is a label too; a
    role that qualifies a title (``常任秘書長（運輸）``) stays part of it.
    """
    own: dict[str, str] = {}
    for match in labels.values():
        if match.label not in own:
            own[match.label] = key_for(match.label, aliases)
    bare = set(own.values())
    for label in own:
        name = person(label)
        if name != label.strip() and label not in aliases:
            short = key_for(name, aliases)
            if short in bare:
                own[label] = short
    return {index: own[match.label] for index, match in labels.items()}


def _is_legend(match: SpeakerMatch, line: Line, next_is_label: bool) -> bool:
    speech = line.text[match.speech_start :].rstrip("*_ ")
    if not speech:
        return False
    if len(speech) <= 120 and _LEGEND_INNER.search(speech):
        return True  # **問：記者　趙：經理** defines two labels at once
    # 答：Alain Pelce（ILO）, A: Ines Varga, hydrologist -- a name and a role, right before the questions
    return next_is_label and _LEGEND_NAME.fullmatch(speech) is not None


def _faq_lines(lines: Sequence[Line]) -> set[int]:
    """Lines under an FAQ heading: a product's questions and answers are not an interview."""
    inside: int | None = None  # level of the FAQ heading we are under
    out: set[int] = set()
    for index, line in enumerate(lines):
        if line.kind == LineKind.HEADING:
            if inside is not None and line.level <= inside:
                inside = None
            if _FAQ.fullmatch(fold(line.title)):
                inside = line.level
        elif inside is not None:
            out.add(index)
    return out


def confirm_labels(
    lines: Sequence[Line],
    proposed: Mapping[int, SpeakerMatch],
    aliases: Mapping[str, str],
    title: str | None = None,
) -> tuple[dict[int, SpeakerMatch], set[int]]:
    """The proposed labels that make turns, by line index, and the legend lines."""
    if not proposed:
        return {}, set()
    if title is not None and _FAQ.search(fold(title)):
        return {}, set()  # the whole page is an FAQ
    faq = _faq_lines(lines)
    labels = {i: m for i, m in proposed.items() if m.label and i not in faq}
    unlabelled = {i: m for i, m in proposed.items() if not m.label and i not in faq}
    keys = identities(labels, aliases)
    labels = _drop_one_off_weak(labels, keys)
    legends: set[int] = set()
    for index in sorted(labels):
        if not _is_legend(labels[index], lines[index], index + 1 in labels):
            break
        del labels[index]
        legends.add(index)
    counts = Counter(keys[i] for i in labels)
    if sum(1 for n in counts.values() if n >= 2) < 2:
        return unlabelled, legends
    return labels, legends


def _drop_one_off_weak(labels: Mapping[int, SpeakerMatch], keys: Mapping[int, str]) -> dict[int, SpeakerMatch]:
    """A weak label that occurs once is kept only inside the conversation, in its convention, as a short name.

    Before the conversation it is a field or cast line (``Hosts: …``,
    ``发布时间：…``); in another convention or long it is a quotation.
    """
    counts = Counter(keys.values())
    recurring = [i for i in sorted(labels) if counts[keys[i]] >= 2]
    if not recurring:
        return dict(labels)
    dominant = Counter(labels[i].detector for i in recurring).most_common(1)[0][0]
    kept: dict[int, SpeakerMatch] = {}
    for index, match in labels.items():
        if match.weak and counts[keys[index]] < 2:
            inside = index > recurring[0]
            # a whole bold question is never a one-off: "**下一步：搬唔搬？**" is a heading
            if match.reopen or not (inside and match.detector == dominant and _short_name(person(match.label))):
                continue
        kept[index] = match
    return kept


def _short_name(name: str) -> bool:
    if regex.match(r"\p{Han}", name):
        return len(name) <= 6
    return len(name.split()) <= 3


def identify(labels: Mapping[int, SpeakerMatch], aliases: Mapping[str, str]) -> tuple[dict[int, str], dict[str, str]]:
    """Speaker key per label line, and each key's display name (its first bare label, or the alias target)."""
    keys = identities(labels, aliases)
    names: dict[str, str] = {}
    for index in sorted(labels):
        if keys[index] in names:
            continue
        label = labels[index].label
        names[keys[index]] = aliases.get(label) or (label if keys[index] == key_for(label, aliases) else person(label))
    return keys, names


def finish_turns(drafts: Sequence[Draft], speakers: Sequence[Speaker]) -> tuple[Turn, ...]:
    """The final turns, each built once, with its speaker's role (unlabelled turns keep their own)."""
    roles = {s.key: s.role for s in speakers if s.role is not None}
    # positional (one is made per turn): a Draft has Turn's fields in Turn's order, the role last
    return tuple(Turn(*d[:-1], roles.get(d.key, d.role) if d.key is not None else d.role) for d in drafts)


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


def build_speakers(turns: Sequence[Spoken], roles: Mapping[str, str] | None = None) -> tuple[Speaker, ...]:
    """One :class:`Speaker` per key, in order of first appearance, with roles."""
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
    assigned = assign_roles(speakers, turns, roles or {})
    return tuple(Speaker(s.name, s.key, assigned.get(s.key), s.labels) for s in speakers)


@functools.lru_cache(maxsize=4096)
def _role_from_words(key: str) -> str | None:
    bare = _SPACES_AND_DIGITS.sub("", key)
    if bare in _INTERVIEWER_WORDS or key in _INTERVIEWER_WORDS or _OUTLET.search(key):
        return INTERVIEWER
    if bare in _INTERVIEWEE_WORDS or key in _INTERVIEWEE_WORDS:
        return INTERVIEWEE
    return None


def assign_roles(speakers: Sequence[Speaker], turns: Sequence[Spoken], overrides: Mapping[str, str]) -> dict[str, str]:
    """Roles by key: the caller's overrides, then label words, then who asks the questions."""
    roles: dict[str, str] = {}
    if not speakers:
        return roles
    for speaker in speakers:
        role = overrides.get(speaker.name) or overrides.get(speaker.key) or _role_from_words(speaker.key)
        if role is not None:
            roles[speaker.key] = role
    unknown = [s.key for s in speakers if s.key not in roles]
    if not unknown or len(speakers) < 2:
        return roles
    asked: Counter[str] = Counter()
    spoke: Counter[str] = Counter()
    for turn in turns:
        if turn.key in unknown:
            spoke[turn.key] += 1
            tail = turn.text.rstrip()[-1:]
            asked[turn.key] += tail in "?？"
    if INTERVIEWER not in roles.values():
        best = max(unknown, key=lambda k: (asked[k] / spoke[k] if spoke[k] else 0.0))
        if spoke[best] and asked[best] / spoke[best] >= 0.5:
            roles[best] = INTERVIEWER
            unknown.remove(best)
    if INTERVIEWER in roles.values():
        for key in unknown:
            if spoke[key] and asked[key] / spoke[key] < 0.5:
                roles[key] = INTERVIEWEE
    return roles
