"""Who is pseudonymised, under which written forms, and what they are called instead.

A person is written in many ways: the labels (``Katzenberg``), the full name
in the front matter (``guest: Jeffrey Katzenberg``), the given name or the
surname alone in the speech, ``Mr. Katzenberg``, ``王堅`` for ``王坚``,
``王先生``. Every form is compared *folded* (compatibility forms, Chinese
script and case removed, one character at a time), so each written variant is
found without listing it. Latin-script forms match whole words only; CJK
forms match anywhere, since CJK text has no spaces between words.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence

import attrs
import regex

from .conventions import DEFAULT_CONVENTIONS, Conventions
from .model import Interview, Speaker
from .normalize import converter, person, to_simplified

__all__ = [
    "PSEUDONYMS",
    "NameFinder",
    "Person",
    "Pseudonyms",
    "fold_text",
    "is_name",
    "language_of",
    "name_forms",
    "people",
    "searchable",
]


@attrs.frozen
class Pseudonyms:
    """Automatic pseudonyms by role; ``{n}`` numbers people in order of appearance (from 1)."""

    interviewer: str = "Interviewer"
    """The only interviewer."""
    interviewers: str = "Interviewer {n}"
    """Each of several interviewers."""
    participant: str = "Participant {n}"
    """Each interviewee, and each speaker whose role is not known."""
    other: str = "Person {n}"
    """Each person named in the front matter (``author``, ``people``) who does not speak."""


PSEUDONYMS: dict[str, Pseudonyms] = {
    "en": Pseudonyms(),
    "zh-Hans": Pseudonyms("主持人", "主持人{n}", "受访者{n}", "人物{n}"),
    "zh-Hant": Pseudonyms("主持人", "主持人{n}", "受訪者{n}", "人物{n}"),
}
"""The built-in sets, by language: English, Chinese in Simplified and in Traditional script."""

FRONT_MATTER_KEYS: dict[str, str | None] = {
    "guest": "interviewee",
    "guests": "interviewee",
    "interviewee": "interviewee",
    "interviewees": "interviewee",
    "interviewer": "interviewer",
    "interviewers": "interviewer",
    "host": "interviewer",
    "author": None,
    "authors": None,
    "people": None,
    "嘉宾": "interviewee",
    "受访者": "interviewee",
    "主持人": "interviewer",
    "记者": "interviewer",
    "采访": "interviewer",
    "作者": None,
}
"""Front matter keys whose values are people's names (folded: ``嘉賓`` is ``嘉宾``), and the role they give a
person who does not speak."""

_HAN = regex.compile(r"\p{Han}")
_CJK_NAME = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}·・•]+")
_LIST_SEPARATORS = regex.compile(r"[,，、;；]")
_HONORIFICS = ("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame")
"""Written before a surname (``Ms. Quellin``): each with the surname is a form of the name."""
_TITLE_WORDS = frozenset(
    (
        *_HONORIFICS,
        *"the a an of and pro tempore lord lady madam rev father sen senator rep representative chair chairman".split(),
        *"chairwoman judge justice chief prime minister president vice deputy acting presiding officer governor".split(),
        *"gov secretary ambassador commissioner director general gen mayor captain capt lt sgt agent".split(),
        *"senior administration official spokesperson spokesman spokeswoman press staff member".split(),
    )
)
"""Words of a label that are no part of a name (``CHIEF JUSTICE HALVERSEN``, ``The PRESIDENT``)."""
_ROLE_IN_PARENTHESES = regex.compile(r"[(（]\s*((?:mr|mrs|ms|miss|mx|dr|prof|sen|senator|rep)\.?\s+[^()（）]{2,60})[)）]", regex.IGNORECASE)
"""``The PRESIDING OFFICER (Mr. Whitfield)``: a person named inside a role's label."""
_ZH_TITLES = ("先生", "女士", "小姐", "老师", "教授", "博士", "医生", "同学", "太太", "经理", "主任", "师傅", "老板", "总")
"""Folded (Simplified) titles written after a surname: ``王先生``, ``王總`` is ``王总``."""
_COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 夏侯 令狐 端木 轩辕 宇文 司徒 西门 南宫 独孤 澹台 呼延 赫连 闻人".split()
)


@functools.lru_cache(maxsize=65536)
def _fold_char(char: str) -> str:
    return "".join(to_simplified(c) for c in unicodedata.normalize("NFKD", char)).casefold()


def fold_text(text: str) -> str:
    """``text`` folded one character at a time: width, compatibility forms, script and case removed.

    >>> fold_text("王堅 ＪＥＦＦ José") == fold_text("王坚 jeff JOSÉ")
    True
    """
    return text.lower() if text.isascii() else "".join(map(_fold_char, text))


def _folded_with_origins(text: str) -> tuple[str, list[int] | None]:
    """The folded text and, for each of its characters, the offset of the character it came from
    (``None``: the same offsets, as for ASCII text)."""
    if text.isascii():
        return text.lower(), None
    parts: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(text):
        folded = char.lower() if char < "\x80" else _fold_char(char)
        parts.append(folded)
        origins.extend([index] * len(folded))
    return "".join(parts), origins


def name_forms(name: str, conventions: Conventions = DEFAULT_CONVENTIONS) -> list[tuple[str, bool]]:
    """The folded forms a name is written in, each with whether it is the full name.

    >>> forms = dict(name_forms("Jeffrey Katzenberg"))
    >>> forms["jeffrey katzenberg"], forms["jeffrey"], forms["katzenberg"], forms["mr. katzenberg"]
    (True, False, False, False)
    >>> sorted(form for form, full in name_forms("王堅") if full or form.endswith("先生") or form.startswith("老"))
    ['王先生', '王坚', '王坚先生', '老王']
    """
    full = " ".join(fold_text(person(person(name))).split())  # "NAME, ROLE (ABBR)": both taken off
    if not full:
        return []
    if _CJK_NAME.fullmatch(full.replace(" ", "")):
        full = full.replace(" ", "")
        forms = [(full, True), *((form, False) for form in _cjk_parts(full))]
    else:
        forms = [(full, True), *((form, False) for form in _latin_parts(full))]
    first: dict[str, bool] = {}
    for form, is_full in forms:
        if is_full or conventions.role_of(form) is None:
            first.setdefault(form, is_full)
    return list(first.items())


def _cjk_parts(full: str) -> list[str]:
    """Surname with a title, compound surname, given name of two characters or more; parts of 约翰·史密斯."""
    parts = regex.split(r"[·・•]", full)
    if len(parts) > 1:  # a name written in Han from another language
        return [part for part in parts if len(part) >= 2]
    if not (_HAN.match(full) and 2 <= len(full) <= 4):
        return []
    surname = full[:2] if full[:2] in _COMPOUND_SURNAMES and len(full) > 2 else full[:1]
    given = full[len(surname) :]
    titled = given in _ZH_TITLES  # 林师傅 is a surname and a title: 师傅 alone is no name
    forms = [surname] if len(surname) >= 2 else []
    forms += [base + title for base in ((surname,) if titled else (full, surname)) for title in _ZH_TITLES]
    forms += ["老" + surname, "小" + surname]
    if len(given) >= 2 and not titled:  # one character alone is a word more often than a name
        forms.append(given)
    return forms


def _latin_parts(full: str) -> list[str]:
    """Given name and surname (initials and honorifics are not names), and the surname after an honorific."""
    words = full.split()
    named = [w for w in words if w.rstrip(".") not in _TITLE_WORDS and len(w.rstrip(".")) >= 2]
    forms = [named[0], named[-1]] if len(named) >= 2 else named if len(named) < len(words) else []
    if named and named[-1] != full:
        forms += [f"{title}{dot} {named[-1]}" for title in _HONORIFICS for dot in ("", ".")]
    return forms


@attrs.frozen
class Person:
    """Someone to pseudonymise: the names they are written under, their role and their pseudonym."""

    names: tuple[str, ...]
    """Full names as written: labels, front matter values, the mapping's key."""
    pseudonym: str
    """What they are called instead."""
    role: str | None = None
    """``"interviewer"``, ``"interviewee"`` or ``None``: which automatic pseudonym they get."""
    speaker: str | None = None
    """The key of the speaker this person is, if they speak."""


def language_of(doc: Interview) -> str:
    """``"zh-Hant"``, ``"zh-Hans"`` or ``"en"``: the script most of the speech is written in."""
    speech = "".join(turn.text for turn in doc.turns[:50]) or " ".join(doc.preamble)
    han = "".join(_HAN.findall(speech))
    letters = sum(1 for char in speech if char.isalpha())
    if not han or len(han) * 2 < letters:
        return "en"
    traditional = _differing(han, to_simplified(han))  # characters only Traditional script writes so
    simplified = _differing(han, str(converter("s2t").convert(han)))
    return "zh-Hant" if traditional > simplified else "zh-Hans"


def _differing(text: str, converted: str) -> int:
    return sum(a != b for a, b in zip(text, converted, strict=False)) + abs(len(text) - len(converted))


def is_name(speaker: Speaker, conventions: Conventions = DEFAULT_CONVENTIONS) -> bool:
    """Whether a speaker's label names a person, rather than a role (``主持人``, ``Q``, ``Interviewer``,
    ``The PRESIDENT``)."""
    key = speaker.key
    words = [w.rstrip(".") for w in key.split()]
    if words and (words[0] == "the" or all(w in _TITLE_WORDS for w in words)):
        return False
    return conventions.role_of(key) is None and conventions.role_of(conventions.unnumbered(key)) is None


def searchable(form: str) -> bool:
    """Whether a form can be looked for in running text: not one CJK character (``林``), nor fewer than
    three Latin letters (``ES``, ``R``), which are words and initials as often as names.

    >>> searchable("王坚"), searchable("林"), searchable("es"), searchable("ana")
    (True, False, False, True)
    """
    letters = sum(1 for char in form if char.isalnum())
    return letters >= (2 if _HAN.search(form) else 3)


def _names_in(label: str) -> list[str]:
    """A label's names: itself, and a person named in parentheses after a role."""
    found = _ROLE_IN_PARENTHESES.search(label)
    return [label] if found is None else [label, found[1]]


def _front_matter_names(doc: Interview) -> Iterator[tuple[str, str | None]]:
    """Names in the front matter keys that hold people, with the role their key gives."""
    for key, value in doc.metadata.items():
        folded = fold_text(key.strip())
        if folded not in FRONT_MATTER_KEYS:
            continue
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, str):
                for name in _LIST_SEPARATORS.split(item):
                    if name.strip() and not name.strip().casefold().startswith("the "):  # "The Tidewell Team"
                        yield name.strip(), FRONT_MATTER_KEYS[folded]


def _same_person(names: Iterable[str], others: Iterable[str], conventions: Conventions) -> bool:
    """Whether a full name of one is written as any form of the other (``Katzenberg``, ``Jeffrey Katzenberg``)."""
    mine = {form: full for name in names for form, full in name_forms(name, conventions)}
    theirs = {form: full for name in others for form, full in name_forms(name, conventions)}
    return any(full or theirs[form] for form, full in mine.items() if form in theirs)


def people(
    doc: Interview,
    mapping: Mapping[str, str] | None = None,
    pseudonyms: Pseudonyms | None = None,
    conventions: Conventions = DEFAULT_CONVENTIONS,
) -> list[Person]:
    """Everyone to pseudonymise: the people ``mapping`` names (name → pseudonym), or else every speaker
    whose label is a name and everyone the front matter names, with automatic pseudonyms."""
    groups: list[tuple[list[str], str | None, Speaker | None, str | None]] = []  # names, role, speaker, pseudonym

    def join(names: Sequence[str], role: str | None, speaker: Speaker | None, pseudonym: str | None) -> None:
        for group in groups:
            if speaker is not None and group[2] is not None:
                same = group[2] is speaker  # two speakers are two people, as the parser decided
            else:
                same = _same_person(names, group[0], conventions)
            if same:
                group[0].extend(n for n in names if n not in group[0])
                return
        groups.append((list(names), role, speaker, pseudonym))

    if mapping is not None:
        for name, pseudonym in mapping.items():
            speaker = _speaker(doc, name)
            names = [name, *(speaker.labels if speaker else ())]
            join(names, speaker.role if speaker else None, speaker, pseudonym)
        return [Person(tuple(n), p or "", role, s.key if s else None) for n, role, s, p in groups]
    for speaker in doc.speakers:
        if is_name(speaker, conventions):
            join([speaker.name, *speaker.labels], speaker.role, speaker, None)
        elif any(_ROLE_IN_PARENTHESES.search(label) for label in speaker.labels):  # the role stays, the name goes
            join([n for label in speaker.labels for n in _names_in(label)[1:]], speaker.role, None, None)
    for name, role in _front_matter_names(doc):
        join([name], role, None, None)
    chosen = pseudonyms or PSEUDONYMS[language_of(doc)]
    interviewers = sum(1 for _, role, _, _ in groups if role == "interviewer")
    counts = {"interviewer": 0, "participant": 0, "other": 0}
    out: list[Person] = []
    for names, role, speaker, _ in groups:
        kind = "interviewer" if role == "interviewer" else "participant" if speaker or role else "other"
        counts[kind] += 1
        if kind == "interviewer":
            template = chosen.interviewer if interviewers == 1 else chosen.interviewers
        else:
            template = chosen.participant if kind == "participant" else chosen.other
        out.append(Person(tuple(names), template.format(n=counts[kind]), role, speaker.key if speaker else None))
    return out


def _speaker(doc: Interview, name: str) -> Speaker | None:
    """The speaker ``name`` (a name, label or key) is, compared folded."""
    found = doc.speaker(name)
    if found is not None:
        return found
    folded = fold_text(name.strip())
    for speaker in doc.speakers:
        if folded in {fold_text(label) for label in (speaker.name, speaker.key, *speaker.labels)}:
            return speaker
    return None


_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
_WORD = rf"[[\p{{L}}\p{{N}}\p{{M}}_]--[{_CJK}]]"
"""A letter of a script that separates words with spaces: a Latin form must not touch one."""
_IS_WORD = regex.compile(_WORD, regex.V1)


class NameFinder:
    """Every occurrence of the folded forms in a text, longest form first at each place."""

    def __init__(self, forms: Iterable[str]) -> None:
        ordered = sorted(set(forms), key=lambda form: (-len(form), form))
        self.forms = ordered
        whole = [self._bounded(form) for form in ordered]
        self.words = regex.compile("|".join(whole), regex.V1) if whole else None
        self.anywhere = regex.compile("|".join(map(regex.escape, ordered)), regex.V1) if ordered else None

    @staticmethod
    def _bounded(form: str) -> str:
        pattern = regex.escape(form)
        if _IS_WORD.match(form[0]):
            pattern = rf"(?<!{_WORD})" + pattern
        if _IS_WORD.match(form[-1]):
            pattern += rf"(?!{_WORD})"
        return pattern

    def find(self, text: str, *, whole_words: bool = True) -> Iterator[tuple[int, int, str]]:
        """``(start, end, form)`` in ``text``'s own offsets; ``whole_words=False`` finds Latin forms inside
        words too (in a URL, ``jeffreykatzenberg``)."""
        pattern = self.words if whole_words else self.anywhere
        if pattern is None:
            return
        folded, origins = _folded_with_origins(text)
        for match in pattern.finditer(folded, overlapped=False):
            start, end = match.span()
            if origins is None:
                yield start, end, match[0]
                continue
            first, last = origins[start], origins[end - 1]
            if (start and origins[start - 1] == first) or (end < len(origins) and origins[end] == last):
                continue  # part of one character's folding ("ß" is "ss"): not the character
            yield first, last + 1, match[0]
