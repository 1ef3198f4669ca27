"""Speaker detectors: recognise a speaker label at the start of a line.

A detector is any object with a ``name`` and either

* ``detect(line, context) -> SpeakerMatch | None`` -- a *line detector*,
  called for each body line in table order (the first match wins); or
* ``detect_document(lines) -> Mapping[int, SpeakerMatch]`` -- a *document
  detector*, called once with every body line, for conventions that can only
  be decided from the whole text (a name alone on a line). Its answer maps
  indexes into ``lines`` to matches.

A line detector may also have a ``first`` attribute, the set of characters a
matching line can start with, and a ``prefilter(text) -> bool`` attribute, a
cheap necessary condition for a match. The parser tries a detector only on
lines that start with one of its ``first`` characters, calls each distinct
prefilter once per line and skips the detectors whose prefilter says no.

Detectors are pure: they never change their input, so the parser may call
them as often as it likes. They only *propose* labels; whether the document
is an interview at all is decided afterwards (see :mod:`.assemble`).

Example, a detector for chat exports that write ``>>> Name`` on its own line::

    >>> import regex
    >>> from interview_parser import Parser, SpeakerMatch
    >>> class ChatExport:
    ...     name = "chat_export"
    ...     pattern = regex.compile(r">>> (\\w{1,40})")
    ...     def detect(self, line, context):
    ...         m = self.pattern.fullmatch(line.text)
    ...         if m is None:
    ...             return None
    ...         return SpeakerMatch(label=m[1], end=m.end(), speech_start=len(line.text))
    >>> parser = Parser().with_detector(ChatExport(), before="bold_label")
    >>> doc = parser.parse(">>> ana\\nhello there\\n>>> bo\\nhi ana\\n>>> ana\\nbye\\n>>> bo\\nbye now")
    >>> [(t.speaker, t.text) for t in doc.turns]
    [('ana', 'hello there'), ('bo', 'hi ana'), ('ana', 'bye'), ('bo', 'bye now')]
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Container, Iterable, Mapping, Sequence
from typing import NamedTuple, Protocol, runtime_checkable

import regex

from .blocks import Line, LineKind, below_cue_timing, classify
from .conventions import DEFAULT_CONVENTIONS
from .inline import wrapped
from .markup import HTML_ELEMENTS
from .normalize import speaker_key
from .punctuation import QUESTION_MARKS, SENTENCE_MARKS, asks

__all__ = [
    "BUILTIN_DETECTORS",
    "Context",
    "Detector",
    "DocumentDetector",
    "SpeakerDetector",
    "SpeakerMatch",
    "could_start_label",
    "is_field_label",
]


class SpeakerMatch(NamedTuple):
    """A label found at the start of a line, and where its speech starts (a named tuple: cheap to make)."""

    label: str
    """The label as written, without markup, colon or timestamp; ``""`` for an unlabelled turn."""
    end: int
    """Offset in ``line.text`` just past the label and its markup."""
    speech_start: int
    """Offset in ``line.text`` where the speech starts (``len(text)``: on the next line)."""
    start: int = 0
    """Offset in ``line.text`` where the label's markup starts."""
    timestamp: str | None = None
    """A timestamp written next to the label."""
    reopen: str = ""
    """Markup still open where the speech starts (``"**"`` for ``**問：question?**``)."""
    weak: bool = False
    """A plain convention that must recur in the document before it is trusted."""
    role: str | None = None
    """``"interviewer"`` or ``"interviewee"`` when the convention says so (unlabelled Q&A)."""
    detector: str = ""
    """Name of the detector that made the match (filled in by the parser)."""


class Context(NamedTuple):
    """What a line detector may look at besides the line itself (a named tuple: cheap to make)."""

    lines: Sequence[Line]
    """Every body line of the document."""
    index: int  # type: ignore[assignment]  # shadows tuple.index, which a context does not need
    """Index of the current line in ``lines``."""

    def next_line(self) -> Line | None:
        """The following body line, if it is in the same paragraph."""
        if self.index + 1 < len(self.lines):
            nxt = self.lines[self.index + 1]
            if nxt.paragraph == self.lines[self.index].paragraph:
                return nxt
        return None


@runtime_checkable
class SpeakerDetector(Protocol):
    """A line detector: proposes a label for one line, or ``None``."""

    name: str

    def detect(self, line: Line, context: Context) -> SpeakerMatch | None: ...


@runtime_checkable
class DocumentDetector(Protocol):
    """A document detector: proposes labels after reading every line."""

    name: str

    def detect_document(self, lines: Sequence[Line]) -> Mapping[int, SpeakerMatch]: ...

    # Optional: ``declined(lines) -> tuple[int, str] | None``, why the detector proposed nothing
    # though it saw candidates (the line of the first, and the reason). The parser asks it only of a
    # document that yields no turns, and reports the answer as a ``detector-declined`` diagnostic.
    # Optional: ``fallback = True``, a last resort: the parser asks it only of a document whose
    # other proposals make no turn, and weighs its proposals on their own.


Detector = SpeakerDetector | DocumentDetector
"""Either kind of detector; a parser's table holds both."""

# --- the grammar, in pieces -------------------------------------------------
# Every quantifier is bounded, and every pattern is used with match/fullmatch.

TS = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_LOG_DATE = r"(?:\d{4}-\d{2}-\d{2}[ T]|\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?[ \t])?"
"""A date before the time in a chat log's stamp (``[2018-03-26 10:58:00] <ana> hi``, a WhatsApp export's
``01/12/24, 10:05 - Ana: hi``): part of the timestamp."""
_SECONDS_RANGE = r"\[(?P<ts0>\d{1,6}(?:\.\d{1,3})?,[ \t]?\d{1,6}(?:\.\d{1,3})?)\][ \t]{1,4}(?:[-–][ \t]{1,4})?"
"""``[43.48, 46.12] - ``: a segment's start and end in seconds (speech-to-text and diarization output);
the timestamp keeps both, ``43.48, 46.12``."""
_HALF_DAY = r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
"""``8:05:32 AM``: a chat export's twelve-hour clock."""
_TS_PREFIX = rf"(?:\\?[\[(]?\\?\[?(?P<ts0>{_LOG_DATE}{TS}{_HALF_DAY})\\?\]?\\?[\])]?[ \t\u00a0]{{1,4}}(?:[-–][ \t]{{1,4}})?|{_SECONDS_RANGE})?"
_TS_PAREN = rf"(?:[ \t]{{0,2}}[(（\[](?P<ts1>{TS})[)）\]])?"
_HAN = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー々]"
_CJK_NAME = rf"(?:《[^《》\n]{{1,20}}》{_HAN}{{0,6}}|{_HAN}(?:[·・•]?[ \u3000]?{_HAN}){{0,11}}|\p{{Lu}}{{1,3}}{_HAN}{{1,4}})"
"""A name in Han, kana or Hangul (``王坚``, ``史蒂文·哈特菲尔德``), after an outlet's title in
brackets (``《财经》记者``), or after capitals (``AI君``, ``K哥``)."""
_HAN_CHAR = regex.compile(_HAN)
_HONORIFIC = (
    r"(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor|Sen|Senator|Rep|Representative|Chairman|Chairwoman|Chair|"
    r"Judge|Justice|Gen|General|Adm|Admiral|Col|Colonel|Gov|Governor|Secretary|Ambassador|President|"
    r"Commissioner|Director|Father|Rev|Sir|Lord|Lady|Dame|Madam|Mayor|Captain|Capt|Lt|Sgt|Officer|Agent)\.?"
)
_LATIN_WORD = r"(?:\p{Lu}[\p{L}\p{M}'’\-]{0,24}\.?|\p{Lu}\.(?:\p{Lu}[\p{L}\p{M}'’\-]{0,24}+\.?){0,3}+)"
"""A capitalised word, or initials run together (``J.R.R.``, ``Ż.Ł-T``)."""
_CONNECTOR = r"(?:de|da|del|der|den|di|du|van|von|la|le|bin|al|y|dos|das)"
_NICKNAME = r"[\"“„«]\p{Lu}[\p{L}\p{M}'’\-]{0,24}[\"”“»](?=[ \t]\p{Lu})"
"""A nickname in quotes between a name's words (``Davide "Rosichino" Erdas``), a surname after it."""
_LATIN_NAME = rf"(?:{_LATIN_WORD}(?:[ \t](?:{_LATIN_WORD}|{_CONNECTOR}(?=[ \t]\p{{Lu}})|{_NICKNAME})){{0,5}}|Person[ \t]\p{{Lu}})"
_ROLE = r"(?:[ \t]{0,2}(?:[(（](?!\d{1,2}:\d)[^()（）\n]{1,60}[)）]|\[(?!\d{1,2}:\d)[^\[\]()\n]{1,60}\](?!\())){0,3}"
"""Qualifiers in brackets after a name: ``(Host)``, ``（某公司CEO）``, ``[non identificata]`` (not a
time, and not a link's text)."""
_NUMBER = r"(?:[ \t_]?\d{1,3}(?![:：.]\d)|\\?#\d{4}|[ \t]{1,2}#\d{1,3}(?!\d))?"
"""A number after a name: ``Visitor 2``, ``Robo 42``, ``Sprecher #2``, ``问题1``, ``观众2``, a diarizer's ``SPEAKER_00``,
a chat user's discriminator (``Marco Polo#5354``),
(not a clock: ``END 2:21``)."""
_CJK_LETTER = r"(?:[ \t]?[A-ZＡ-Ｚ](?![\p{L}\p{N}]))?"
"""A capital standing for an anonymised person after a CJK role: ``男性X``, ``参加者Ａ``, ``受访者 B``."""
_CASELESS_LETTER = r"(?:(?!\p{Han}|\p{Hiragana}|\p{Katakana}|\p{Hangul})\p{Lo})"
_CASELESS_WORD = rf"(?:{_CASELESS_LETTER}[\p{{Lo}}\p{{M}}\u200c\u200d'’\-\u05f3\u05f4\"]{{0,24}})"
_CASELESS_NAME = rf"(?:(?:{_CASELESS_LETTER}{{1,3}}\.[ \t])?{_CASELESS_WORD}(?:[ \t]{_CASELESS_WORD}){{0,3}})"
"""A name in a script without capitals (``أحمد``, ``עמית כהן``, ``ג׳וני``, ``ד"ר כהן``, ``अमित``,
``สมชาย``): up to four words of letters that have no case (Han, kana and Hangul are
``_CJK_NAME``'s), after an abbreviated title (``د. أحمد``). Without a capital to tell a name from
a phrase, the decision asks such a label to recur (see ``decide._one_off``)."""
_NAME = rf"(?:(?:{_CJK_NAME}{_CJK_LETTER}|{_LATIN_NAME}|{_CASELESS_NAME}){_NUMBER}|\p{{Lu}}{{1,3}}\d{{0,2}})"
_COLON = r"(?:[ \t\u00a0\u202f]{0,2}[:：︰]{1,2})"
"""A colon, after at most two spaces: French puts a no-break space (U+00A0, U+202F) before it."""
_PHRASE = rf"\p{{Lu}}[\p{{L}}\p{{M}}'’\-]{{1,24}}(?:[ \t]\p{{Ll}}[\p{{L}}\p{{M}}'’\-]{{1,24}}){{1,2}}{_NUMBER}"
"""A capitalised word, then one or two in small letters: a role named in sentence case
(``Audience member``, ``Addetto stampa``, ``Press officer 2``). Proposed weak: a bold lead-in
(``Key point:``) has the same shape, so such a label is a speaker only where it names a role
or a speaker the document also writes capitalised (decided in :mod:`.decide`)."""
_GROUP_JOIN = r"(?:[ \t]?[,，][ \t]{1,2}(?:(?:&|and|und|et|y)[ \t]{1,2})?|[ \t]{1,2}(?:&|and|und|et|/)[ \t]{1,2})"
_GROUP = rf"{_NAME}(?:{_GROUP_JOIN}{_NAME}){{0,5}}"
"""Several speakers under one label: ``Jason Staten, Safia Abdalla, & Jen Luker``, ``Ana & Bo``, ``Ana / Bo``."""
_GROUP_OF_TWO_OR_MORE = rf"(?>{_NAME})(?:{_GROUP_JOIN}{_NAME}){{1,5}}"
"""Two names or more; the first is read once (atomic): without a join after it, its shorter readings are not tried."""
_SOCIAL_HANDLE = r"@[\p{L}\p{N}_]{1,30}"
"""A user's handle on a social network or forge (``@Neta_DAO``), which names a speaker alone on a line."""
_HANDLE = r"[\p{Ll}_][\p{Ll}\p{Lu}\d_.\-]{0,30}(?:\(\))?"
"""A user name in small letters (``kushti``, ``qx()``): chat and podcast exports label speakers by handle."""
_SLASH_ROLE = r"(?:[ \t]{1,2}/[ \t]{1,2}[^/:：︰>\n]{1,30}?)?"
"""A role after a spaced slash: ``편상욱 / 앵커 :`` (Korean broadcasters' transcripts)."""
_COMMA_ROLE = r"(?:[,，][ \t]{0,2}[^\n*_:：︰,，]{1,80}?)?"
"""A role after a comma inside a bold label: ``**JOSÉ ROSAS, GOBERNADOR:**``."""


def is_field_label(key: str, *, partial: bool = True) -> bool:
    """Whether a normalised label names a page field (``Note``, ``时间轴``) under the default
    :class:`.Conventions`; a parser decides with its own (``Parser.conventions``)."""
    return DEFAULT_CONVENTIONS.is_field(key, partial=partial)


def _speech_start(text: str, pos: int) -> int:
    """Where speech starts after a label ending at ``pos``: past spaces, and past a kramdown
    attribute list written right after the label (``**Interviewer:**{: .text-yellow-000}``)."""
    if pos < len(text) and text[pos] == "{" and text.startswith("{:", pos):
        close = text.find("}", pos, pos + _IAL_MAX)
        if close > 0:
            pos = close + 1
    while pos < len(text) and text[pos] in " \t\u3000\u00a0":
        pos += 1
    return pos


_IAL_MAX = 300
"""The longest kramdown attribute list (``{: .class #id key="v"}``) read as markup."""


_HINT_FIRST = frozenset("[(（\\【<*_问問答提回记記QA○#")
_HONORIFIC_WORDS = tuple(regex.findall(r"[A-Z][a-z]*", _HONORIFIC))
_ADDRESSED = r"(?:El|La)[ \t](?:señor|señora|Sr\.|Sra\.)"
"""A Spanish parliament's record names its speakers with an article and a title in small
letters: ``El señor PRESIDENTE:``, ``La señora ROMERO:``, ``El señor ZALDÍVAR, don Andrés (Presidente).-``."""
_ADDRESSED_OPENERS = ("El señor ", "La señora ", "El Sr. ", "La Sra. ")


def _unknown(char: str) -> bool:
    """A character Python's Unicode tables do not know yet, which the ``regex`` module's newer
    tables may call a digit or a capital: a gate must let it through."""
    return not char.isascii() and unicodedata.category(char) == "Cn"


def _maybe_digit(char: str) -> bool:
    """Whether ``char`` may be a ``\\d`` for the patterns (any script's digits)."""
    return char.isdigit() or _unknown(char)


def _maybe_capital(char: str) -> bool:
    """Whether ``char`` may be a ``\\p{Lu}`` for the patterns."""
    return char.isupper() or _unknown(char)


def _may_start_timestamp(char: str) -> bool:
    return char in "[(\\" or _maybe_digit(char)


class _FirstCharacters:
    """A detector's ``first``: listed characters, whatever may start a timestamp, and
    optionally any capital. The parser asks it once per distinct character."""

    def __init__(self, chars: str, *, capitals: bool = False) -> None:
        self.chars = frozenset(chars)
        self.capitals = capitals

    def __contains__(self, char: object) -> bool:
        if not isinstance(char, str) or len(char) != 1:
            return False
        return char in self.chars or _may_start_timestamp(char) or (self.capitals and _maybe_capital(char))


def _has_colon(text: str) -> bool:
    return ":" in text or "：" in text or "︰" in text


def _gpo_the(text: str) -> bool:
    """``The CHAIRMAN.``, ``O SR. COUTO``, ``El SR. RUIZ``: an article, then a word in capitals (the
    Congressional Record's and other parliaments' labels)."""
    space = text.find(" ", 0, 4)
    return (
        space > 0
        and text[:space] in _ARTICLES
        and _maybe_capital(text[space + 1 : space + 2] or " ")
        and _maybe_capital(text[space + 2 : space + 3] or " ")
    )


_ARTICLES = frozenset(("The", "O", "A", "El", "La", "Le", "Il"))
_QA_INITIALS = "PFDVВRО"
"""Initials of question and answer in other languages (see :class:`QAMarker`)."""
_ASKING_INITIALS = frozenset("PFDVВ")
"""Those of them that are the question's (Spanish and Portuguese P, German F, Italian D, Dutch V, Russian В)."""
_INITIAL_DASHES = frozenset(("- ", "– ", "-\t", "–\t", " - ", " – ", " -\t", " –\t"))


def could_start_label(text: str) -> bool:
    """A cheap necessary condition for every built-in line detector.

    Most lines of a transcript are speech; these few string tests (no regex:
    a regex call costs more than all of them) let the parser skip the
    built-in detectors for them. A label starts with a timestamp, markup, a
    bracket, a Q&A word, two capitals, an initial and a hyphen, or an
    honorific; or a colon comes within the first 81 characters; or the line
    ends in a timestamp.
    """
    if not text:
        return False
    first, last = text[0], text[-1]
    if first in _HINT_FIRST or last == ")" or first.isdigit() or last.isdigit():
        return True
    if _has_colon(text[:81]):
        return True
    if first.isupper() and (
        _maybe_capital(text[1:2] or " ") or text.startswith(_HONORIFIC_WORDS) or _gpo_the(text) or text.startswith(_ADDRESSED_OPENERS)
    ):
        return True
    if _maybe_capital(first) and (text[1:3] in _INITIAL_DASHES or text[1:4] in _INITIAL_DASHES):
        return True  # "Y- Bonjour", "U - Pas du tout": an initial and a hyphen
    if text[1:2] == "." and _maybe_capital(first) and _maybe_capital(text[2:3] or " "):
        return True  # "M.J. — Je dois": initials with full stops
    if text[1:3] == ". " and first in _QA_INITIALS:
        return True  # "P. ¿Por qué?", "R. Porque…": another language's initials of question and answer
    # a first or last character too new for Python's tables may be a capital or a digit to the patterns
    return _unknown(first) or _unknown(last)


_NEW_TUPLE = tuple.__new__


def _label_match(label: str, end: int, speech_start: int, timestamp: str | None, detector: str, weak: bool = False) -> SpeakerMatch:
    """A label's match built positionally: one is made per label line, and keywords cost twice as much."""
    return _NEW_TUPLE(SpeakerMatch, (label, end, speech_start, 0, timestamp, "", weak, None, detector))


class _PatternDetector:
    """A line detector from one compiled pattern with a ``label`` group."""

    name = ""
    pattern: regex.Pattern[str]
    weak = False
    prefilter = staticmethod(could_start_label)

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        # group numbers: reading a group by name costs four times as much
        names = cls.pattern.groupindex if hasattr(cls, "pattern") else {}
        cls._label_group = names.get("label", 0)
        cls._timestamp_groups = tuple(names[g] for g in ("ts0", "ts2", "ts1", "ts3") if g in names)
        cls._checks = cls.could_match is not _PatternDetector.could_match  # a call per line saved when it cannot say no

    _label_group = 0
    _checks = False
    _timestamp_groups: tuple[int, ...] = ()
    first: Container[str] | None = None
    """Characters a matching line can start with (``None``: any); the parser asks it, once per character."""

    def could_match(self, text: str) -> bool:
        """A necessary condition cheaper than the pattern (a regex call costs about a microsecond).

        ``first`` is not asked again here: the parser offers a line only to
        the detectors whose ``first`` admits it, and the pattern itself turns
        away the rest when a detector is called directly.
        """
        return True

    def detect(self, line: Line, context: Context) -> SpeakerMatch | None:
        found = self._read(line)
        return None if found is None else self.build(line, *found)

    def _read(self, line: Line) -> tuple[regex.Match[str], str, str | None] | None:
        """The pattern's match on ``line``, its label and its timestamp, or ``None``."""
        if line.kind != LineKind.TEXT or (self._checks and not self.could_match(line.text)):
            return None
        match = self.pattern.match(line.text)
        if match is None:
            return None
        label = match[self._label_group].strip()
        if not speaker_key(label):
            return None  # only punctuation: nothing to name a speaker by
        # a time before the label and one after the name (0:30 Ana (2:01):): none is dropped
        times = [match[group] for group in self._timestamp_groups if match[group]]
        timestamp = times[0] + "".join(f" ({time})" for time in times[1:]) if times else None
        return match, label, timestamp

    def build(self, line: Line, match: regex.Match[str], label: str, timestamp: str | None) -> SpeakerMatch | None:
        end = match.end()
        return _label_match(label, end, _speech_start(line.text, end), timestamp, self.name, self.weak)


_WRAPPED_QUESTION_LINES = 4
"""How many lines below its first a question emphasised whole with its label may run over (hard-wrapped)."""
_SPLIT_RUNS_WITHIN = 80
"""How far into a line adjacent bold runs (``****``) are joined when reading a bold label."""


def _unjoined(head: str, offset: int) -> int:
    """The offset in ``head`` of ``offset`` in ``head`` with its ``****`` runs removed (past it: shifted)."""
    original = joined = 0
    while original < len(head) and joined < offset:
        if head.startswith("****", original):
            original += 4
            continue
        original += 1
        joined += 1
    while head.startswith("****", original):
        original += 4  # a run right before the offset belongs to the label's markup
    return original + (offset - joined)


_BAR = "[|｜▍▌▎]"
"""A bar a news page sets before the asker's name inside the bold (``**| 记者：…？**``, ``**▍记者：**``)."""


_BOLD_MARKER = regex.compile(
    rf"(?P<open>\*\*|__)(?:(?P<label>Q)\.|\[(?P<label>{_NAME})\])(?:(?P<close>(?P=open))[ \t]+|[ \t]+)(?=\S)"
)
"""``**Q. question**`` or ``**Q.** question``: the interviewer's marker with a full stop, in bold
(not ``**A.**``: initials in bold name people, ``**A.** … **B.** …``, and are read as run-in names);
``**[Zeca] question?**``: the asker's name in brackets inside the bold."""


class BoldLabel(_PatternDetector):
    """``**Name：**``, ``**Name:** text``, ``**Name**：text``, ``**Name****：**``, ``**問：question？**``.

    Italic (``*Name:*``), bold italic (``***Name:***``) and code span (`` `ERIK:` ``) labels are read the same way,
    hearing records write ``**Mr. SMITH**.`` with a period, and a role in brackets may stand
    after the bold (``**Kevin Weil**（产品总监）：``: the label is the name).

    Grammar: ``[TS] "**" ["(" TS ")"] NAME [ROLE] [TS] (COLON "**" | "**" [ROLE] ["(" TS ")"] COLON | "**" "**" COLON "**") SPEECH``
    (the time may stand inside the bold, before the name: ``**(00:15) Alex:**``)
    """

    name = "bold_label"
    first = _FirstCharacters("*_`")
    pattern = regex.compile(
        rf"{_TS_PREFIX}(?P<open>\*{{1,3}}|_{{1,3}}|`)(?P<mixed>(?<=\*)_(?=\p{{L}}))?(?:[(\[](?P<ts2>{TS})[)\]][ \t]{{1,2}})?(?:{_BAR}[ \t]{{0,2}})?(?P<label>{_GROUP_OF_TWO_OR_MORE}|(?:The[ \t])?{_NAME}(?:[ \t]pro[ \t]tempore)?{_ROLE}{_COMMA_ROLE}|(?P<phrase>{_PHRASE}){_ROLE}|{_HANDLE}){_TS_PAREN}"
        rf"(?:{_COLON}[ \t\u00a0\u202f]{{0,2}}(?P<quote>[「“])?(?P<close>(?P=open))(?:(?P=open)[:：])?|(?P<close2>(?P=open))(?:(?P=open))?{_ROLE}(?:[ \t]{{0,2}}[(（\[](?P<ts3>{TS})[)）\]])?{_COLON}(?:(?P=open))?|(?P=open)\.(?=[ \t])|{_COLON}(?P<inside>(?=.)))"
    )

    def could_match(self, text: str) -> bool:
        return _has_colon(text) or "." in text

    def detect(self, line: Line, context: Context) -> SpeakerMatch | None:
        head = line.text[:_SPLIT_RUNS_WITHIN]
        if "****" not in head:
            read = self._read(line)
            if read is None:
                return self._marker_in_bold(line, context)
            found = self.build(line, *read)
            if found is None and read[0]["inside"] is not None:
                # a bold never closed on its line: a question wrapped onto the lines below, or a label
                return self._wrapped_question(line, context, *read) or self._unclosed(line, *read)
            return found
        if head.startswith("****") and head[4:5] not in ("*", ""):
            # "****Q：…？****": an empty bold run, then the bold label: read from the second run
            found = self.detect(line._replace(text=line.text[2:]), context)
            # the label's markup starts at the line's first star: its span holds the empty run too
            return None if found is None else found._replace(end=found.end + 2, speech_start=found.speech_start + 2)
        # "**史蒂文****·****哈特菲尔德：**": one label whose bold an editor split into adjacent runs
        joined = line._replace(text=head.replace("****", "") + line.text[_SPLIT_RUNS_WITHIN:])
        found = super().detect(joined, context)
        if found is None:
            return super().detect(line, context)
        return found._replace(
            end=_unjoined(head, found.end),
            speech_start=_unjoined(head, found.speech_start),
            start=_unjoined(head, found.start),
        )

    def _marker_in_bold(self, line: Line, context: Context) -> SpeakerMatch | None:
        """``**Q. 처음과 무엇이 다른가**``: a question bold whole after its ``Q.`` marker (or the marker
        alone in bold, ``**Q.** Why?``), or after its asker's name in brackets (``**[Zeca] Why?**``,
        or the name alone in bold when it is a full or a numbered one, ``**[Maria Flor]** …``: one
        word alone is a changelog's tag or a quiz's option, ``**[Added]**``, ``**[A]**``); weak,
        as a bold question with a colon is. The bold may close a few lines below, in the question's
        paragraph (a question hard-wrapped)."""
        found = _BOLD_MARKER.match(line.text)
        if found is None:
            return None
        text, end = line.text, found.end()
        if found["close"] is None and not text.rstrip(_CLOSING_MARKS).endswith(found["open"]):
            if found["label"] != "Q" or found["open"] in text[end:]:
                return None
            return self._wrapped_question(line, context, found, "Q", None)
        if found["close"] is not None and text[found.start() + 2] == "[" and " " not in found["label"] and not found["label"][-1].isdigit():
            return None  # **[Added]** …, **[A]** …, **[Solved]** …: a tag or an option; a name closed alone is a full one
        reopen = "" if found["close"] is not None else found["open"]
        return SpeakerMatch(found["label"], end, _speech_start(text, end), reopen=reopen, weak=True, detector=self.name)

    def _unclosed(self, line: Line, match: regex.Match[str], label: str, timestamp: str | None) -> SpeakerMatch | None:
        """``**Nathan：所以这很酷。…`` with the bold never closed (a translation lost it): weak, a label
        only where the document's evidence trusts its speaker."""
        opener, text, end = match["open"], line.text, match.end()
        if len(opener) < 2 or opener in text[end:] or not text.startswith(opener) or len(text) - end < 2:
            return None
        return _label_match(label, end, _speech_start(text, end), timestamp, self.name, True)

    def _wrapped_question(self, line: Line, context: Context, match: regex.Match[str], label: str, timestamp: str | None) -> SpeakerMatch | None:
        """``*Q: 现在…`` / ``…如何？*``: a question emphasised whole with its label, hard-wrapped over
        up to ``_WRAPPED_QUESTION_LINES`` lines of its paragraph, the last closing the emphasis."""
        opener = match["open"]
        lines, index = context.lines, context.index
        for below in range(index + 1, min(index + 1 + _WRAPPED_QUESTION_LINES, len(lines))):
            nxt = lines[below]
            if nxt.paragraph != line.paragraph or nxt.kind != LineKind.TEXT:
                return None
            if nxt.text.rstrip(_CLOSING_MARKS).endswith(opener):
                end = match.end()
                return SpeakerMatch(label, end, _speech_start(line.text, end), timestamp=timestamp, reopen=opener, weak=True, detector=self.name)
            if opener[0] in nxt.text:
                return None  # other emphasis inside: not one question emphasised whole
        return None

    def build(self, line: Line, match: regex.Match[str], label: str, timestamp: str | None) -> SpeakerMatch | None:
        text = line.text
        end = match.end()
        if match["open"] == "`":
            # a code span names a speaker in capitals or capitalised (`ERIK:`), closes before the speech,
            # and the speech opens a sentence; `timeout:` seconds, `GET:` fetches a record are a reference's
            start = _speech_start(text, end)
            opens = text[start : start + 1]
            speaks = label[:1].isupper() and match["close"] is not None and (opens.isupper() or opens.isdigit() or opens in "\"“‘'¿¡([")
            return _label_match(label, end, start, timestamp, self.name, True) if speaks and opens else None
        if match["inside"] is not None:
            # the whole question is bold with its label: **問：…？**
            # its closing mark may stand outside the bold: **问：…地方**？
            if not text.rstrip(_CLOSING_MARKS).endswith(match["open"]) or len(text) - end < 2:
                return None
            # weak: "**下一步：搬定唔搬？**" is a heading unless the label recurs
            # bold around italics (**_C: …?_**): the speech reopens both
            reopen = match["open"] + (match["mixed"] or "")
            return SpeakerMatch(label, end, _speech_start(text, end), timestamp=timestamp, reopen=reopen, weak=True, detector=self.name)
        return _label_match(label, end, _speech_start(text, end), timestamp, self.name, match["phrase"] is not None)


class BoldNameThenColonLine(_PatternDetector):
    """``**Name**`` alone on a line, its speech on the next line starting with a colon."""

    name = "bold_name_colon_below"
    first = frozenset("*_")
    pattern = regex.compile(rf"(?P<open>\*\*|__)(?P<label>{_NAME})(?P=open)$")

    def detect(self, line: Line, context: Context) -> SpeakerMatch | None:
        if not line.text.endswith(("**", "__")):
            return None
        nxt = context.next_line()
        if nxt is None or not nxt.text.startswith((":", "：")):
            return None  # the colon on the next line is what makes the bold name a label
        return super().detect(line, context)


_TS_REQUIRED = rf"\\?[\[(]?\\?\[?(?P<ts0>{TS})\\?\]?\\?[\])]?[ \t]{{1,4}}"
"""A timestamp that must stand first: ``[00:00:51] ``, ``(0:13) ``, ``0:00:13.8 ``."""


class TimedBoldName(_PatternDetector):
    """``0:00:13.8 **Full Name** speech``: a time, then a bold name with no colon, then the speech
    on the same line (podcast exports); the name may be a group (``**Ana, Bo & Cy**``). The time
    may stand inside the emphasis, after the name (``*Joe (0:05)* speech``): weak, then, as a
    song's title with its length has that shape.

    Without a time, a bold name opening a line is emphasis as often as a label: the time
    makes it one here, and :class:`RunInName` weighs the others. Grammar: ``(TS "**" NAME ("," NAME | "&" NAME){0,5} "**" | EM NAME "(" TS ")" EM) SPEECH``
    """

    name = "timed_bold_name"
    first = _FirstCharacters("*_")
    pattern = regex.compile(
        rf"(?:{_TS_REQUIRED}(?P<open>\*\*|__)(?P<label>{_GROUP})(?P=open)"
        rf"|(?P<open>\*\*|__|\*|_)(?P<label>{_NAME})[ \t]{{1,2}}[(\[](?P<ts1>{TS})[)\]](?P=open))[ \t]{{1,4}}(?=[^\s:：︰])"
    )

    def could_match(self, text: str) -> bool:
        # a name in emphasis opens the line, or a bold one follows the time
        return text[0] in "*_" or "**" in text[:200] or "__" in text[:200]

    def build(self, line: Line, match: regex.Match[str], label: str, timestamp: str | None) -> SpeakerMatch | None:
        end = match.end()
        # a time inside the emphasis is weak: a song or a chapter with its length has the shape (*Sunrise (4:12)*)
        weak = match.start("ts1") >= 0
        return _label_match(label, end, _speech_start(line.text, end), timestamp, self.name, weak)


class RunInName(_PatternDetector):
    """``**Ana** Hello.``, ``*Ik*  Goedemorgen!``: a name in bold or italics opening a paragraph, its
    speech after a space with no colon (a magazine's run-in names; HTML's ``<em>Ik</em>&nbsp;``).

    Weak: a bold term opening a paragraph (``**Added** support for…``) has the same shape, so the
    names must recur, alternate and read as an exchange (decided in :mod:`.decide`).

    Grammar: ``EM NAME [ROLE] EM SPACE{1,3} SPEECH`` on a paragraph's first line, the speech opening with
    no punctuation or dash (``**Inès** - Au départ`` is a dash label's)
    """

    name = "run_in_name"
    first = frozenset("*_")
    weak = True
    pattern = regex.compile(
        rf"(?P<open>\*\*|__|\*|_)(?P<label>{_NAME}{_ROLE})(?P=open)[ \t\u00a0]{{1,3}}(?=[^\s:：︰.,;!?*_)\]}}\-–—|])"
    )

    def could_match(self, text: str) -> bool:
        return " " in text[:80] or "\t" in text[:80] or "\u00a0" in text[:80]

    def detect(self, line: Line, context: Context) -> SpeakerMatch | None:
        index = context.index
        if index and context.lines[index - 1].paragraph == line.paragraph:
            return None  # inside a paragraph: emphasis that a wrapped line happens to open with
        return super().detect(line, context)


class TimedNameLine(_PatternDetector):
    """``[00:00:51] Stefan``, ``00:04 - Stefan`` or ``00:04 // Stefan`` alone on a line (a dash or a
    double slash between time and name; a programme's ``09:00 | Lunch`` takes a bar), the speech
    on the line(s) below.

    Weak: it must recur (``10:30 Breakfast`` in a programme has the same shape). A line
    followed by another such line is a chapter list, not a label.
    Grammar: ``TS [SEPARATOR] NAME [ROLE]`` (the whole line), then a line of text.
    """

    name = "timed_name_line"
    first = _FirstCharacters("")
    weak = True
    pattern = regex.compile(rf"{_TS_REQUIRED}(?:(?:[-–—]|//)[ \t]{{1,2}})?(?P<label>{_NAME}{_ROLE})[ \t]*$")

    def could_match(self, text: str) -> bool:
        return len(text) <= _MAX_TIMED_NAME_LINE

    def detect(self, line: Line, context: Context) -> SpeakerMatch | None:
        index = context.index
        if index + 1 >= len(context.lines) or line.text[-1] in _NOT_NAME_END:
            return None  # "00:01:31 Ana." ends a sentence: a caption, not a name
        below = context.lines[index + 1]
        if below.kind != LineKind.TEXT or (self.could_match(below.text) and self.pattern.match(below.text)):
            return None  # nothing said below it, or a list of times and titles
        return super().detect(line, context)

    def build(self, line: Line, match: regex.Match[str], label: str, timestamp: str | None) -> SpeakerMatch | None:
        return SpeakerMatch(label, len(line.text), len(line.text), timestamp=timestamp, weak=True, detector=self.name)


_MAX_TIMED_NAME_LINE = 80


_DASH_WITHIN = 60
"""How far into a line a name's dash separator may stand."""
_DASHES_BEFORE_SPEECH = ("- ", "-\t", "– ", "–\t", "— ", "—\t")


class DashLabel(_PatternDetector):
    """``**Emma** - speech``, ``**Zoe** – speech``: a bold name, a dash between spaces, the speech;
    initials with a hyphen glued to them (``JC- speech``), an interview's short labels (a
    spaced ``I - I mean`` is a stutter, ``A - Paris`` a quiz's option); and initials with
    full stops before a spaced dash (``M.J. — speech``), or before a stage direction in
    italics that the speech, dash and all, opens with (``H.P. *smiles* — speech``). A name in
    capitals before a dash is not proposed: a wire story's dateline (``BERLIN — …``), a score
    (``REAL MADRID – BARCELONA 2-1``) and a song's ``CHORUS —`` have that shape too.

    Weak: only a document that writes its labels this way again and again has them
    (``**Paris** - the city of light`` is a list item). A plain name before a dash is not
    proposed: running headers (``Official - Subject to Final Review``) and prose wrapped
    onto a new line (``The President — and I said``) have that shape.
    Grammar: ``[TS] ("**" NAME [ROLE] "**" " " DASH | CAPITAL{1,3} ("-" | "–") | (CAPITAL "."){2,3} " " (DASH | &"*")) " " SPEECH``
    """

    name = "dash_label"
    first = _FirstCharacters("*_", capitals=True)
    weak = True
    pattern = regex.compile(
        rf"{_TS_PREFIX}(?:(?P<open>\*\*|__)(?P<label>{_NAME}{_ROLE})(?P=open)[ \t]{{1,2}}[-–—]|(?P<label>\p{{Lu}}{{1,3}})[-–]"
        r"|(?P<label>(?:\p{Lu}\.){2,3})(?:[ \t]{1,2}[-–—]|(?=[ \t]{1,2}\*[^*\s]))"
        r")[ \t]{1,2}(?=[^\s\-–—])"
    )

    def could_match(self, text: str) -> bool:
        # the shared gate (could_start_label) admits every line this can match: one gate per line, not two
        head = text[:_DASH_WITHIN]
        return any(dash in head for dash in _DASHES_BEFORE_SPEECH) or (text[1:2] == "." and " *" in head)


class QAMarker(_PatternDetector):
    """``Q:``/``A:``, ``Q.``, ``Question:``, ``问：``/``答：``, ``問：``, ``问题1：``, ``質問：``, ``질문:``/``답변:``, a bare ``Q`` before a question,
    and a typed transcript's ``Q-What``/``A- Yeah``/``A; Right`` (a dash or semicolon after a bare Q or A);
    a bare ``Q`` may be followed by no-break spaces (a press office's page: ``Q\u00a0\u00a0 Dr. Hahn, …``).

    Grammar: ``[TS] QA_WORD [NUMBER] (COLON | "." | " " before a capital, after Q only) SPEECH``
    """

    name = "qa_marker"
    first = _FirstCharacters("QA问問答提回记記質질답" + _QA_INITIALS)
    pattern = regex.compile(
        rf"{_TS_PREFIX}(?P<label>(?:Q|A|Question|Answer|QUESTION|ANSWER|问|問|答|提问|提問|回答|问题|問題|记者问|記者問|質問|질문|답변)(?:[ \t]?\d{{1,3}})?)"
        rf"(?:{_COLON}|\.(?=[ \t])|(?<=^[QA])[ \t]?[-;](?=[ \t]|\p{{Lu}})|(?<=Q)(?:[ \t\u00a0]{{2,4}}(?=\S)|[ \t\u00a0](?=[\p{{Lu}}\"“‘(—–-])))"
    )

    _INITIAL = regex.compile(rf"(?P<label>[{_QA_INITIALS}])\.[ \t]{{1,2}}(?=[¿¡«\"“(\p{{Lu}}])")
    """Another language's initials of question and answer with a full stop (Spanish ``P. ¿Por
    qué?`` / ``R. Porque…``; German F., Italian D., Dutch V., Russian В./О.; French's Q. and R.)."""
    _NAMED = regex.compile(r"\p{Lu}\.[ \t]{1,2}\p{Lu}[\p{L}\p{M}'’\-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’\-]*){0,3}[ \t]?[:：]")
    """An initial and a surname before a colon (``R. Jones:``, ``О. Петрова:``): a plain label's name."""

    def detect(self, line: Line, context: Context) -> SpeakerMatch | None:
        found = self._read(line)
        if found is not None:
            return self.build(line, *found)
        text = line.text
        if text[1:2] != "." or line.kind != LineKind.TEXT:
            return None
        initial = self._INITIAL.match(text)
        if initial is None or self._NAMED.match(text) is not None:
            return None  # "R. Jones: With a grant": a name's initial before its label's colon
        # weak, an initial being also a name's (``P. Norvig``): the question's must ask, and only a
        # document that alternates them again and again has them
        label = initial["label"]
        if label in _ASKING_INITIALS and not asks(text.rstrip(), _CLOSING_QUOTES):
            return None
        end = initial.end()
        return _label_match(label, end, end, None, self.name, weak=True)

    def build(self, line: Line, match: regex.Match[str], label: str, timestamp: str | None) -> SpeakerMatch | None:
        end = match.end()
        text = line.text
        if end >= len(text) or text[end:].isspace():
            return _label_match(label, end, len(text), timestamp, self.name)
        return _label_match(label, end, _speech_start(text, end), timestamp, self.name)


class _AfterMark:
    """A line detector that reads other conventions after a mark opening the line (a list's
    bullet, a quote's ``>``), moving the offsets of what they find past the mark."""

    name = ""
    prefilter = None
    _mark: regex.Pattern[str]

    def _readers(self) -> tuple[SpeakerDetector, ...]:
        """The detectors read after the mark, in order."""
        raise NotImplementedError

    def _accepts(self, found: SpeakerMatch) -> bool:
        return True

    def detect(self, line: Line, context: Context) -> SpeakerMatch | None:
        if line.kind != LineKind.TEXT:
            return None
        mark = self._mark.match(line.text)
        if mark is None:
            return None
        shift = mark.end()
        inner = line._replace(text=line.text[shift:])
        if not could_start_label(inner.text):
            return None
        for detector in self._readers():
            found = detector.detect(inner, context)
            if found is not None and self._accepts(found):
                return found._replace(
                    end=found.end + shift, speech_start=found.speech_start + shift, start=found.start + shift, detector=self.name
                )
        return None


class ListedQA(_AfterMark):
    """``- **问题 1：** …？`` / ``- **Q：** …`` -- a Q/A marker, bold or plain, opening an item of a
    list (meeting notes that keep an audience's questions). Only the Q/A words: a list of
    ``- **Ana:** will send the report`` lines is minutes, not a conversation.

    Grammar: ``LIST_MARK (BOLD_LABEL | QA_LABEL)`` where the label is a Q/A word
    """

    name = "listed_qa"
    first = frozenset("-*+•")
    _mark = regex.compile(r"[-*+•][ \t]{1,4}(?=[*_问問答提回记記質질답QA])")  # a number would be lost with the mark
    _qa = regex.compile(r"(?:Q|A|Question|Answer|问|問|答|提问|提問|回答|问题|問題|質問|질문|답변)(?:[ \t]?\d{1,3})?")

    def _readers(self) -> tuple[SpeakerDetector, ...]:
        return (_BOLD_LABEL, _QA_MARKER)

    def _accepts(self, found: SpeakerMatch) -> bool:
        return self._qa.fullmatch(found.label) is not None


class _ListItemLabel(_AfterMark):
    """A bold or plain label after a list's mark (``* Hwan: …``, ``- **Ana:** …``); read for :class:`ListedLabel`."""

    name = "listed_label"
    _mark = regex.compile(r"[-*+•][ \t]{1,4}(?=\S)")

    def _readers(self) -> tuple[SpeakerDetector, ...]:
        return (_BOLD_LABEL, _PLAIN_LABEL)

    def _accepts(self, found: SpeakerMatch) -> bool:
        # a letter alone is a quiz's option (``- A: 1`` / ``- B: 2``) or a Q/A marker, read by ListedQA
        return len(speaker_key(found.label)) >= 2


class ListedLabel:
    """``### Why?`` then ``* Hwan: 2016년 …``, ``* Ben: …`` -- each question answered by a list
    whose items open with their speaker's label (a team interviewed together on a blog). A
    question written as a plain line (not a heading) is the interviewer's unlabelled turn.

    Minutes, handbooks and quizzes list who does what in the same shape (``- Ana: backend``,
    ``- Paris: correct``), so the items are proposed only where ``min_questions`` lists or more
    stand right under a question (a heading or a line ending in ``?``), ``min_speakers`` people
    or more answer under two questions each, and most items say a sentence, not a value.

    Grammar: ``QUESTION`` then ``(LIST_MARK (BOLD_LABEL | PLAIN_LABEL) | LIST_ITEM)+``
    """

    name = "listed_label"

    def __init__(self, min_questions: int = 2, min_speakers: int = 2) -> None:
        self.min_questions = min_questions
        self.min_speakers = min_speakers

    def detect_document(self, lines: Sequence[Line]) -> Mapping[int, SpeakerMatch]:
        found, questions, why = self._read(lines)
        if why is not None:
            return {}
        out = dict(found)
        for question in questions:
            if lines[question].kind == LineKind.TEXT:
                out[_paragraph_start(lines, question)] = SpeakerMatch("", 0, 0, role="interviewer", detector=self.name)
        return out

    def declined(self, lines: Sequence[Line]) -> tuple[int, str] | None:
        """Why labelled list items were not read (asked only of a document that yields no turns)."""
        found, _, why = self._read(lines)
        return None if not found or why is None else (min(found), why)

    def _read(self, lines: Sequence[Line]) -> tuple[dict[int, SpeakerMatch], dict[int, set[str]], str | None]:
        """The labelled items (weak), each question line with the speakers answering under it, and
        why they are no answers (``None`` when they are)."""
        found: dict[int, SpeakerMatch] = {}
        questions: dict[int, set[str]] = {}
        sentences = 0
        above = -1  # the line above the current list
        for index, line in enumerate(lines):
            if line.text[:1] not in "-*+•" or line.kind != LineKind.TEXT or _LIST_MARK.match(line.text) is None:
                above = index
                continue
            match = _LIST_ITEM_LABEL.detect(line, Context(lines, index))
            if match is None:
                continue
            found[index] = match._replace(weak=True)
            said = line.text[match.speech_start :]
            sentences += said.rstrip(_CLOSING_QUOTES).endswith(_SENTENCE_ENDS) or len(said.split()) >= 6 or len(said) >= 40
            if above >= 0 and _ends_asking(lines[above]):  # asked only under a labelled item, not of every line
                questions.setdefault(above, set()).add(speaker_key(match.label))
        if not found:
            return found, questions, None
        answering = Counter(key for keys in questions.values() for key in keys)
        twice = sum(1 for n in answering.values() if n >= 2)
        lead = f"{len(found)} list item(s) opening with a label, under {len(questions)} question(s)"
        if len(questions) < self.min_questions:
            why = f"ListedLabel(min_questions={self.min_questions}) reads a list's items as answers from {self.min_questions} questions"
        elif twice < self.min_speakers:
            why = f"{twice} of their names answer two questions or more, and ListedLabel(min_speakers={self.min_speakers}) needs {self.min_speakers}"
        elif sentences * 2 < len(found):
            why = f"{len(found) - sentences} of them hold a value, not a sentence: a list of who does what"
        else:
            return found, questions, None
        return found, questions, f"{lead}: {why}"


def _ends_asking(line: Line) -> bool:
    """Whether a heading's title or a text line ends in a question mark (emphasis aside)."""
    text = line.title if line.kind == LineKind.HEADING else line.text if line.kind == LineKind.TEXT else ""
    return asks(text, "*_ \t")


_SMALL_ASCII = re.compile("[a-z]")


class CapsLabel(_PatternDetector):
    """Hearing and press style: ``MS. SMITH:``, ``THE COURT:``, ``CHAIR LEE.``, ``Mr. BECKLER.``,
    the Congressional Record's ``The PRESIDING OFFICER (Mr. Cornyn).``, ``The SPEAKER pro tempore.``,
    a stenographic record's role, comma and name (``SECRETARIA DE CULTURA, CLAUDIA CURIEL:``), and a
    parliament's shorthand notes with an article, an honorific and a dash (``O SR. LUIZ COUTO (Bloco/PT
    - PB. Sem revisão do orador.) - Sr. Presidente``).

    A Spanish parliament's record writes an article and a title in small letters, and may give
    the first name after a comma (``El señor ZALDÍVAR, don Andrés (Presidente).-``).

    Grammar: ``[TS] ([ARTICLE] [HONORIFIC] | ("El señor" | "La señora")) CAPS_WORD{1,6} [", don" NAME] ["pro tempore"] [QUALIFIERS] (":" | "." when
    two words or more | " - " after an honorific) SPEECH``; the speech may start on the next line, and
    OCR may put a space before the full stop.
    """

    name = "caps_label"
    first = _FirstCharacters("", capitals=True)

    _CAPS_WORD = r"[\p{Lu}][\p{Lu}'’\-]{1,24}\.?"
    _CAPS = rf"(?:{_CAPS_WORD}|\p{{Lu}}\.(?:\p{{Lu}}\.){{0,3}})"
    """A word in capitals, or initials (``R.S.``, ``N.``) after the label's first word."""
    _ROLE_COMMA_NAME = rf"{_CAPS_WORD}(?:[ \t](?:{_CAPS}|\p{{Lu}})){{0,15}}{_ROLE},[ \t]{_CAPS}(?:[ \t](?:{_CAPS}|\p{{Lu}}\.?)){{0,6}}(?={_COLON})"
    """``PRESIDENTA DE MÉXICO, CLAUDIA SHEINBAUM PARDO:``: a role, a comma and the name, before a colon."""
    _QUALIFIERS = r"(?:[ \t]{0,2}[(（](?!\d{1,2}:\d)[^()（）\n]{1,80}[)）]){0,3}"
    """Qualifiers in brackets, longer than a name's role: ``(Bloco/PT - PB. Sem revisão do orador.)``."""
    pattern = regex.compile(
        rf"{_TS_PREFIX}(?P<label>{_ROLE_COMMA_NAME}|(?:(?P<hon>{_ADDRESSED})[ \t]{{1,2}}|(?:(?:The|O|A|El|La|Le|Il)[ \t])?(?:(?P<hon>{_HONORIFIC}|[\p{{Lu}}]{{2,5}}\.)[ \t]{{1,2}})?)(?:{_CAPS_WORD}|(?<=\.[ \t]{{1,2}}){_CAPS})(?:[ \t]{{1,2}}{_CAPS}){{0,5}}"
        rf"(?:(?<=[ \t]\p{{Lu}}{{2,}}),[ \t](?:don|doña)[ \t]\p{{Lu}}\p{{Ll}}{{1,20}}(?:[ \t]\p{{Lu}}\p{{Ll}}{{1,20}}){{0,2}})?"
        rf"(?:[ \t]pro[ \t]tempore)?(?:\.[-–—][ \t]{{1,2}}(?=[(（]))?{_QUALIFIERS}){_TS_PAREN}"
        rf"(?:(?P<colon>{_COLON})|(?<=[^.]\.)(?=[ \t]|$)|(?<=[^.])[ \t]?(?P<dot>\.)(?=[ \t]|$)|(?P<dash>[ \t][-–—](?=[ \t])|\.[-–—](?=[ \t]|$)))"
    )

    def could_match(self, text: str) -> bool:
        if not _maybe_capital(text[0]):
            return True  # a timestamp first (the parser's ``first`` check turns away the rest)
        # a capital starts two capitals (MS, O'NEIL), an honorific (Mr.) or GPO's "The CHAIRMAN."
        second = text[1:2] or " "
        return _maybe_capital(second) or second in "'’-" or text.startswith(_HONORIFIC_WORDS) or _gpo_the(text) or text.startswith(_ADDRESSED_OPENERS)

    def build(self, line: Line, match: regex.Match[str], label: str, timestamp: str | None) -> SpeakerMatch | None:
        if match["dash"] is not None and match["hon"] is None:
            return None  # "THE END - credits": a dash after capitals is a label's only after an honorific
        label = label.rstrip(".") if match["colon"] is None else label
        # a Hansard's "AKBAR.- (Minister).-": the dash before the office is the separator's, not the name's
        label = label.replace(".- (", " (").replace(".-\t(", " (")
        words = label.split()
        if match["colon"] is None and len(words) < 2:
            return None
        if len(words) == 1 and len(label) < 2:
            return None
        end = match.end()
        rest = line.text[end:]
        # a small ASCII letter settles it at once; otherwise compare case-mapped copies (exact for ª, ℝ ...)
        if _SMALL_ASCII.search(rest) is None and rest.upper() == rest and rest.lower() != rest:
            return None  # "HEARING: CHECKING THE MAPS" is a title block, not speech
        return _label_match(label, end, _speech_start(line.text, end), timestamp, self.name)


_LOWER_ROLE = r"\p{Ll}{1,20}(?:[ \t]\p{Ll}{1,20}){0,2}[ \t]?\d{1,3}"
"""A numbered label in small letters (``audience question 1:``, ``speaker 2:``): proposed, and a
speaker only if it names a role. Without a number, ``word:`` in small letters is prose."""


class PlainLabel(_PatternDetector):
    """``Name: text``, ``Name：text``, ``JD:``, ``Name (00:12:01):``, ``某某社记者：``, ``audience6:``,
    a user name in small letters before a full-width colon (``yb：``, in Chinese text), and a
    name or handle after an at sign, a meeting tool's mention (``@kohei-shinden [10:04]: text``;
    the ``@`` is not part of the label).

    Grammar: ``[TS] ("@" (NAME | HANDLE) | NAME [ROLE]) [TS] COLON SPEECH`` -- weak: it must recur.
    """

    name = "plain_label"
    weak = True
    pattern = regex.compile(
        rf"{_TS_PREFIX}(?:@(?P<label>{_NAME}|{_HANDLE})|(?P<label>{_NAME}{_ROLE}{_SLASH_ROLE}|{_LOWER_ROLE}|{_HANDLE}(?=[ \t]{{0,2}}：))){_TS_PAREN}{_COLON}(?!//)"
    )

    def could_match(self, text: str) -> bool:
        return _has_colon(text)

    def build(self, line: Line, match: regex.Match[str], label: str, timestamp: str | None) -> SpeakerMatch | None:
        end = match.end()
        start = _speech_start(line.text, end)
        return _label_match(label, end, start, timestamp, self.name, True)


class AngleLabel(_PatternDetector):
    """``<Name> speech``: the chat-log convention (IRC, Slack exports), also used for transcripts;
    a time may stand before it (``[12:01] <ana> hi``). A WebVTT voice span (``<v Ana Lima>hi``,
    ``<v.loud Bo>``, captions from Teams or a podcast host) names its speaker the same way.

    A log converted to Markdown escapes the bracket and sets the nick in bold
    (``**\\<sarang>** Let's get started``; an escaped ``\\<dependency>`` in prose is a tag named).

    A known HTML element (``<p>``, ``<b>``) is markup, never a name; whether the names are
    speakers is weighed with the document like any label.
    Grammar: ``[TS] "<" NAME ">" " " SPEECH | [TS] "<v" ["." CLASSES] " " ANNOTATION ">" SPEECH | [TS] EM "\\<" NAME ">" EM SPEECH``
    """

    name = "angle_label"
    first = _FirstCharacters("<*_")
    weak = True  # "<laughs>" once is a stage direction: a name in angle brackets must recur
    pattern = regex.compile(
        rf"{_TS_PREFIX}<v(?:\.[\w-]{{1,30}}){{0,4}}[ \t](?P<label>[^\s<>][^<>\n]{{0,79}}?)>[ \t]{{0,4}}(?=[^\s<])"
        # a nick is set apart by a space (a title in brackets, ``<궁금한 이야기 Y>를``, is glued to its particle)
        rf"|{_TS_PREFIX}<(?P<label>{_NAME}|{_HANDLE})>[ \t]{{1,4}}(?=[^\s<])"
        rf"|{_TS_PREFIX}(?P<open>\*\*|__|\*|_)\\<(?P<label>{_NAME}|{_HANDLE})>(?P=open)[ \t]{{1,4}}(?=\S)"
    )

    def build(self, line: Line, match: regex.Match[str], label: str, timestamp: str | None) -> SpeakerMatch | None:
        if label.casefold() in HTML_ELEMENTS:
            return None
        return super().build(line, match, label, timestamp)


CHAT_STAMP = r"[^\[\]\n]{0,24}?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
"""A chat export's stamp inside its brackets: a date in any form, then a time (``10-Apr-21 09:04 AM``)."""


_CHAT_HANDLE_WITHIN = 96
"""How far into a line the pattern can put the discriminator's ``#``: a 39-character stamp, four
spaces, a 41-character name and an escape (the prefilter must never turn a match away)."""


class ChatHandle(_PatternDetector):
    """``[10-Apr-21 09:04 AM] Marco Polo#5354 Good morning``: a chat export's message (Discord's
    exporters), a stamp in brackets, then the user name and its ``#`` discriminator, part of the
    label (escaped as
    ``\\#`` once converted to Markdown); the message on the same line or the lines below.

    The discriminator makes the name a user's, whatever its words. Grammar:
    ``"[" DATE? TIME "]" NAME ("#" | "\\#") DIGITS{4} SPEECH``
    """

    name = "chat_handle"
    first = frozenset("[")
    pattern = regex.compile(
        rf"\[(?P<ts0>{CHAT_STAMP})\][ \t]{{1,4}}"
        r"(?P<label>[^\s#\\\[\]][^#\\\n\[\]]{0,40}?(?<![ \t])\\?#\d{4})(?=[ \t]|$)[ \t]*"
    )

    def could_match(self, text: str) -> bool:
        return "#" in text[:_CHAT_HANDLE_WITHIN]

    def build(self, line: Line, match: regex.Match[str], label: str, timestamp: str | None) -> SpeakerMatch | None:
        # the discriminator is the user's (``Alex#1234`` and ``Alex#9876`` are two people); a
        # Markdown escape before it is markup
        return super().build(line, match, label.replace("\\#", "#"), timestamp)


class _MarkReader(_AfterMark):
    """A label after a broadcaster's mark, for :class:`MarkedLabel`."""

    name = "marked_label"
    _mark = regex.compile(r"[▷▶◇◆][ \t]{0,2}(?=\S)")
    _angled = regex.compile(rf"(?P<label>{_NAME}{_ROLE}{_SLASH_ROLE})[ \t]{{0,2}}>[ \t]{{0,2}}(?=\S)")

    def _readers(self) -> tuple[SpeakerDetector, ...]:
        return _MARKED

    def detect(self, line: Line, context: Context) -> SpeakerMatch | None:
        found = super().detect(line, context)
        if found is not None or line.kind != LineKind.TEXT:
            return found
        mark = self._mark.match(line.text)
        angled = None if mark is None else self._angled.match(line.text, mark.end())
        if angled is None or not speaker_key(angled["label"]):
            return None
        return _label_match(angled["label"].strip(), angled.end(), angled.end(), None, self.name, True)


class MarkedLabel:
    """``▷ 편상욱 / 앵커 : …`` / ``▶ 권영세 / 의원 : …``, ``◇ 김현정> …`` / ``◆ 홍길동> …``: a
    broadcaster's transcript marks each turn with a triangle or a diamond, hollow for the host and
    filled for the guest, then the label, its colon or an angle bracket.

    News pages bullet their related articles and contacts with the same marks (``▶ 관련 기사 :
    …``), all filled: the labels are read only where ``min_each`` lines or more of each kind,
    hollow and filled, open with one.

    Grammar: ``MARK [" "] (PLAIN_LABEL | BOLD_LABEL | CAPS_LABEL | NAME [ROLE] [SLASH_ROLE] ">")``
    """

    name = "marked_label"
    _HOLLOW = frozenset("▷◇")

    def __init__(self, min_each: int = 2) -> None:
        self.min_each = min_each

    def detect_document(self, lines: Sequence[Line]) -> Mapping[int, SpeakerMatch]:
        found, hollow = self._read(lines)
        return found if min(hollow, len(found) - hollow) >= self.min_each else {}

    def declined(self, lines: Sequence[Line]) -> tuple[int, str] | None:
        """Why marked labels were not read (asked only of a document that yields no turns)."""
        found, hollow = self._read(lines)
        if not found or min(hollow, len(found) - hollow) >= self.min_each:
            return None
        return min(found), (
            f"{len(found)} label(s) after a mark, {hollow} of them hollow (▷ ◇) and {len(found) - hollow} filled (▶ ◆): "
            f"MarkedLabel(min_each={self.min_each}) reads a broadcaster's host and guest from {self.min_each} of each"
        )

    def _read(self, lines: Sequence[Line]) -> tuple[dict[int, SpeakerMatch], int]:
        """The labels after a mark, and how many of them follow a hollow one."""
        found: dict[int, SpeakerMatch] = {}
        hollow = 0
        for index, line in enumerate(lines):
            if line.text[:1] in "▷▶◇◆" and line.kind == LineKind.TEXT:  # the mark first: most lines have none
                match = _MARK_READER.detect(line, Context(lines, index))
                if match is not None:
                    found[index] = match
                    hollow += line.text[0] in self._HOLLOW
        return found, hollow


class AssemblyMark(_PatternDetector):
    """``○山下主査　これより会議を開きます。``: the record of a Japanese assembly (the Diet's
    会議録, a prefecture's or a city's minutes) -- a circle, the speaker's name and post with no
    space between, a full-width space, the speech. Weak: a list bulleted with circles
    (``○議題　予算について``) has the shape, and the document's evidence decides.

    Grammar: ``"○" NAME_AND_POST "\u3000" SPEECH``
    """

    name = "assembly_mark"
    first = frozenset("○")
    weak = True
    pattern = regex.compile(r"○(?P<label>(?:[\p{Han}\p{Hiragana}\p{Katakana}ー々・]|[(（][^()（）\s]{1,8}[)）]){1,24})\u3000(?=\S)")


class BracketLabel(_PatternDetector):
    """``【主持人】``, ``[Name]`` at the start of a line, and a CJK name of two characters or more in
    round brackets before its speech (``(いしら) 早いもので…``, Japanese magazine interviews), or
    one Hangul syllable and a space, the family name Korean press interviews answer under
    (``(홍) 웹콘텐츠가…``; ``(웃음)``, a stage direction, has two, and ``(주)컬쳐`` is a company's
    "Co." glued to its name).
    A document converted from a word processor by Pandoc escapes the brackets (``\\[ANA\\]``) and
    may wrap a highlighted label in a span (``[\\[ANA\\]]{.mark}``, or a span over the whole turn).

    Grammar: ``("【" NAME "】" | "[" NAME "]" | "(" (CJK_NAME | HANGUL_SYLLABLE) ")" | ["["] "\\[" NAME "\\]" ["]{" ATTRIBUTES "}"]) [COLON] SPEECH``
    """

    name = "bracket_label"
    first = frozenset("【[(（\\")
    weak = True

    def __init__(self, not_names: str = "가다라바아자카타파갑을병재사합") -> None:
        self.not_names = frozenset(not_names)
        """Hangul syllables that in round brackets are no one's family name: Korean's enumeration
        (``(가)``, ``(다)`` …, as ``(a)``, ``(c)``; not 나, 마, 차, 하, which are surnames too), a
        contract's parties (``(갑)``, ``(을)``) and an association's or a foundation's prefix
        (``(사)``, ``(재)``; a company's ``(주)`` is glued to its name, and 주 is a surname)."""

    def detect(self, line: Line, context: Context) -> SpeakerMatch | None:
        found = super().detect(line, context)
        if found is not None and found.label in self.not_names:
            return None
        if found is None or found.speech_start < len(line.text) or line.text[:1] not in "(（":
            return found
        # a name in round brackets alone on its line labels the answer right below it in its paragraph
        # (a page's <br> after it); a paragraph of its own is a stage direction: （会場笑）, （中略）
        below = context.next_line()
        return found if below is not None and below.kind == LineKind.TEXT else None
    pattern = regex.compile(
        rf"(?:【(?P<label>{_NAME})】|\[(?P<label>{_NAME})\](?!\()|[(（](?P<label>{_HAN}{{2,12}})[)）](?=[ \t\u3000]?[^\s)）]|$)|[(（](?P<label>\p{{Hangul}})[)）](?=[ \t\u3000]\S)"
        rf"|\[?\\\[(?P<label>{_NAME})\\\](?:\]\{{[^{{}}\n]{{0,80}}\}})?)(?:{_COLON})?"
    )


class _JapaneseLetters:
    """A ``first`` that admits a Han, hiragana or katakana character (asked once per distinct character)."""

    def __contains__(self, char: object) -> bool:
        return isinstance(char, str) and len(char) == 1 and _JAPANESE_LETTER.match(char) is not None


def _opens_corner_bracket(text: str) -> bool:
    """``名前「``: a corner bracket within a name's length of the line's start."""
    return "「" in text[1:10]


_JAPANESE_LETTER = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー々]")


class NameQuote(_PatternDetector):
    """``優希「最初から…」``: a name, then its speech in corner brackets with no colon -- how
    Japanese interviews write each answer. Only where the name opens a paragraph and the bracket
    closes at its end (prose quotes inside its sentences: ``彼は「…」と言った``), and weak: it must recur.

    Grammar: ``JAPANESE_NAME "「" SPEECH "」"`` (the whole paragraph; a name ends in no particle)
    """

    name = "name_quote"
    first = _JapaneseLetters()
    weak = True
    prefilter = staticmethod(_opens_corner_bracket)
    pattern = regex.compile(r"(?P<label>[\p{Han}\p{Hiragana}\p{Katakana}ー々・]{1,8})「(?=\S)")

    def __init__(self, particles: str = "はがをにでともへやの") -> None:
        self.particles = frozenset(particles)
        """Characters a name does not end with: particles, which make ``彼は「…」`` a sentence."""

    def build(self, line: Line, match: regex.Match[str], label: str, timestamp: str | None) -> SpeakerMatch | None:
        return _label_match(label, match.end(), match.end(), timestamp, self.name, True)

    def detect(self, line: Line, context: Context) -> SpeakerMatch | None:
        if not _opens_corner_bracket(line.text):
            return None
        lines, index = context.lines, context.index
        if index > 0 and lines[index - 1].paragraph == line.paragraph:
            return None  # inside a paragraph: a sentence that opens a quotation
        found = super().detect(line, context)
        if found is None or found.label[-1] in self.particles:
            return None
        end = lines[_paragraph_end(lines, index)].text.rstrip(" \t\u3000")
        if end.endswith(("（笑）", "(笑)")):
            end = end[:-3].rstrip(" \t\u3000")
        return found if end.endswith("」") else None


class HeadingLabel:
    """``### Name:`` -- a Markdown heading that is a label, its speech on the lines below; or
    ``### Name  0:46`` / ``### [00:00:24] Name``, a name and the time it speaks at (a podcast tool's export).

    Grammar: ``"#"{1,6} (NAME [ROLE] (COLON | " " TS) | TS " " NAME [ROLE])`` (the whole heading)
    """

    name = "heading_label"
    first = frozenset("#")
    prefilter = staticmethod(could_start_label)
    # a chat export's "##### You said:" / "###### ChatGPT said:" / "## ChatGPT 응답:": a name and a
    # word or two in small letters or in a script without capitals
    _title = regex.compile(rf"(?P<label>{_NAME}{_ROLE}(?:[ \t](?:\p{{Ll}}{{2,12}}|{_HAN}{{1,6}})){{0,2}}){_COLON}[ \t]*")
    _timed = regex.compile(rf"(?P<label>{_NAME}{_ROLE})[ \t]{{1,4}}[(\[]?(?P<ts>{TS})[)\]]?")
    # the time in brackets, or with its seconds: "## 09:00 Lecture" is a timetable's line
    _time_first = regex.compile(
        rf"(?:[(\[](?P<ts>{TS})[)\]]|(?P<ts>\d{{1,2}}:\d{{2}}:\d{{2}}(?:[.,]\d{{1,3}})?))[ \t]{{1,4}}(?:[-–—][ \t]{{1,2}})?(?P<label>{_NAME}{_ROLE})"
    )

    def detect(self, line: Line, context: Context) -> SpeakerMatch | None:
        if line.kind != LineKind.HEADING:
            return None
        title = line.title
        end = len(line.text)
        if title[-1:].isdigit() or title.endswith((")", "]")) or title[:1] in "[(0123456789":
            timed = self._timed.fullmatch(title) or self._time_first.fullmatch(title)
            if timed is not None and speaker_key(timed["label"]):
                # weak: "## Early Career 3:15" is a chapter; names that recur are a podcast tool's labels
                return SpeakerMatch(timed["label"].strip(), end, end, timestamp=timed["ts"], weak=True, detector=self.name)
        if not title.endswith((":", "：", "︰")):
            return self._asked(line)
        match = self._title.fullmatch(title)
        if match is None or not speaker_key(match["label"]):
            return None
        # weak: "#### Options:" in a README is a heading unless the document's evidence says otherwise
        return SpeakerMatch(match["label"].strip(), end, end, weak=True, detector=self.name)

    @staticmethod
    def _asked(line: Line) -> SpeakerMatch | None:
        """``### 问：…？`` -- a heading that opens with a question-and-answer marker and goes on:
        the marker is the label, the rest of the heading its speech."""
        title = line.title
        match = QAMarker.pattern.match(title) if title[:1] in QAMarker.first else None
        weak = False
        if match is None and _maybe_capital(title[:1]) and asks(title, _CLOSING_QUOTES + " \t"):
            # another language's initial for the question (``# F: Wie alt sind Sie?``, Frage; ``## P: ¿Por qué?``):
            # weak, the document's answers decide
            match = _INITIAL_ASKING.match(title)
            weak = True
        if match is None or match.end() >= len(title) or (not weak and match["ts0"]):
            return None
        at = line.text.find(title[: match.end()])
        if at < 0:
            return None  # markup inside the marker (``### **问**：``): the heading stays a heading
        end = at + match.end()
        return SpeakerMatch(match["label"].strip(), end, _speech_start(line.text, end), at + match.start("label"), weak=weak, detector=HeadingLabel.name)


TIME_ALONE = regex.compile(rf"[\[(]?{TS}[\])]?[ \t]*")
"""A line holding only a time (``[00:01:02]``), as a transcript writes below a speaker's name."""


def _time_alone_below(lines: Sequence[Line], index: int) -> bool:
    """Whether the line below ``index``, in its paragraph, holds only a time."""
    below = index + 1
    return below < len(lines) and lines[below].paragraph == lines[index].paragraph and TIME_ALONE.fullmatch(lines[below].text) is not None


_INITIAL_ASKING = regex.compile(rf"(?P<label>[FPDVВ]){_COLON}[ \t]*(?=\S)")
"""The initial of the word for question (German Frage, Spanish and Portuguese pregunta and pergunta,
Italian domanda, Dutch vraag, Russian вопрос) and a colon opening a heading that asks; an outline's
``## B: …?`` or ``## OS: …?`` is no one's."""


class HeadingName:
    """``### Interviewer`` then the speech below, with no colon: names written as headings, one
    per turn -- decided from the whole document.

    Headings are section titles far more often than names, so a heading is proposed only when
    two titles or more recur, they are most of the document's headings, and each is followed
    by prose (a changelog's ``### Added`` / ``### Fixed`` are followed by lists). Weak: the
    document's evidence decides. ``min_share``: how many of the headings they must be.
    """

    name = "heading_name"

    def __init__(self, min_share: float = 0.75) -> None:
        self.min_share = min_share

    def detect_document(self, lines: Sequence[Line]) -> Mapping[int, SpeakerMatch]:
        headings = [i for i, line in enumerate(lines) if line.kind == LineKind.HEADING]
        if len(headings) < 4:
            return {}
        named: dict[int, str] = {}
        bare: dict[int, str] = {}  # the titles that close with a time, without it
        times: dict[int, str] = {}
        for index in headings:
            title = lines[index].title
            timed = _HEADING_TIME.search(title, max(0, len(title) - _HEADING_TIME_LENGTH)) if title[-1:] in ")]" else None
            if timed is not None and title[: timed.start()].strip():
                # a meeting tool's export: "### Ana (2025-08-11T21:59:45.336Z)", the time the turn's
                times[index] = timed["ts"]
                title = bare[index] = title[: timed.start()].rstrip()
            if len(title) <= _MAX_NAME_LINE and title[-1:] not in _NOT_NAME_END and self._prose_below(lines, index):
                named[index] = title
        # a number counts the turns, not the speakers: "Question 1" / "Reponse 1", "Question 2" …
        named = {i: _COUNTED.sub("", title) or title for i, title in named.items()}
        counts = Counter(named.values())
        recurring = {title for title, n in counts.items() if n >= 2}
        chosen = {i: t for i, t in named.items() if t in recurring}
        if len(recurring) < 2 or (len(chosen) < self.min_share * len(headings) and not self._take_turns(lines, headings, chosen, counts)):
            return {}
        return {
            i: SpeakerMatch(
                bare.get(i, lines[i].title),
                len(lines[i].text),
                len(lines[i].text),
                timestamp=times.get(i),
                weak=True,
                detector=self.name,
            )
            for i in chosen
        }

    @staticmethod
    def _take_turns(lines: Sequence[Line], headings: Sequence[int], chosen: Mapping[int, str], counts: Mapping[str, int]) -> bool:
        """Two titles, three times each or more, strictly taking turns (``## You said`` /
        ``## Copilot said``, a chat export whose replies carry headings of their own): a
        conversation, whatever share of the headings they are. Section titles do not alternate,
        unless a template repeats them under headings above them (``## Interview 2`` over
        ``### Goal`` and ``### Answers``): those are a section's parts."""
        titles = [chosen[i] for i in sorted(chosen)]
        if not (
            len(set(titles)) == 2
            and all(counts[t] >= 3 for t in set(titles))
            and all(a != b for a, b in itertools.pairwise(titles))
        ):
            return False
        first, last, level = min(chosen), max(chosen), min(lines[i].level for i in chosen)
        return not any(first < i < last and lines[i].level < level for i in headings)

    @staticmethod
    def _prose_below(lines: Sequence[Line], index: int) -> bool:
        nxt = index + 1
        return nxt < len(lines) and lines[nxt].kind == LineKind.TEXT and _LIST_MARK.match(lines[nxt].text) is None


_HEADING_TIME = regex.compile(rf"[(\[](?P<ts>(?:\d{{4}}-\d{{2}}-\d{{2}}[T ])?{TS}|\d{{4}}-\d{{2}}-\d{{2}}T{TS}(?:Z|[+-]\d{{2}}:?\d{{2}}))[)\]]$")
"""A time in brackets closing a heading that names a speaker (``### Ana (00:03:12)``, an ISO date and time)."""
_HEADING_TIME_LENGTH = 40
"""How far from a heading's end its time may start (it is looked for there only)."""
_LIST_MARK = regex.compile(r"(?:[-*+•][ \t]|\d{1,3}[.)][ \t])")
_COUNTED = regex.compile(r"(?<=\p{L})[ \t]?(?:N°|n°|No\.|#)?[ \t]?\d{1,3}$")
"""The number after a heading's name that counts the turns (``Question 1``, ``Reponse 12``, ``Question2``)."""


class NameTimestamp(_PatternDetector):
    """``Full Name 00:05:57`` (or ``**Full Name** 00:05:57``, ``**A** [00:16]``, ``*Full Name (00:04)*``)
    alone on a line: a transcript export that lost its colon; a role may follow the name and the
    time may link to the recording (``Ana Lima (Mayor) [22:39](https://…&t=1359)``)."""

    name = "name_timestamp"
    pattern = regex.compile(
        rf"(?P<open>\*\*|__|\*|_)?(?P<label>{_NAME}{_ROLE})(?:\*\*|__)?{_COLON}?(?:\*\*|__)?[ \t]{{1,4}}[(\[]?(?P<ts1>{TS})[)\]]?"
        rf"(?:\([^()\s]{{1,500}}\))?(?(open)(?P=open)?)$"
    )

    def could_match(self, text: str) -> bool:
        return _maybe_digit(text[-1]) or text[-1] in ")]*_"


_NOT_NAME_END = frozenset((*SENTENCE_MARKS, ":", "：", "，", ",", "、", "；", ";", *"\"“”「」『』"))
"""Characters a name alone on a line does not end with: sentence punctuation and quotes."""


def _has_encloser(text: str) -> bool:
    """Whether ``text`` has a bracket that a name's role or a book title may hide a colon in."""
    return "(" in text or "（" in text or "《" in text


_MAX_NAME_LINE = 40
_MAX_CAPS_NAME_LINE = 120


def _all_capitals(text: str) -> bool:
    """Whether every letter of ``text`` is a capital (and it has two or more)."""
    if not text.isupper():
        return False  # at C speed, for nearly every line: a small letter, or no capital at all
    letters = [char for char in text if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


NOT_HANDLES = ("@here", "@channel", "@everyone", "@all", "@media", "@import", "@font-face", "@keyframes", "@page", "@supports", "@charset")
"""What :class:`NameOnOwnLine` never reads as a handle alone on its line."""


class NameOnOwnLine:
    """A name alone on a line, its speech below -- decided from the whole document.

    A line is proposed when it is short, carries no sentence punctuation and
    is followed by speech, once such a name recurs (``主持人`` / ``王堅``); a
    line in capitals may be longer and carry a role after a comma
    (``JOSÉ ROSAS AISPURO, GOBERNADOR DE DURANGO``). The other short lines of that shape are proposed
    too, marked weak: whether a name spoken once (``現場觀眾``) is a speaker
    is decided with the rest of the document's evidence.
    """

    name = "name_line"

    def __init__(
        self, followed_share: float = 0.75, panel_names: int = 3, dotted_cues: int = 3, not_handles: Iterable[str] = NOT_HANDLES
    ) -> None:
        self.not_handles = frozenset(word.casefold() for word in not_handles)
        """Words after an at sign that name no one: a chat's broadcast mentions (``@here``,
        ``@channel``) and a style sheet's rules (``@media``)."""
        self.dotted_cues = dotted_cues
        """How often two names or more must each stand alone with a full stop (a play's ``ROPER.``)
        for such cues to be speakers; fewer, and they are a manual's ``CAUTION.`` or a poem's ``SPRING.``."""
        self.followed_share = followed_share
        """Share of a recurring name's lines that its speech must follow (a short reply may look like a
        name: ``Lord Farncombe----``); three at least, or every one."""
        self.panel_names = panel_names
        """How many one-word names alone in emphasis, each twice or more, make a panel called by first
        names (``**Nic**``, ``**Rian**``, ``**Nat**``); fewer are words set apart unless beside fuller names."""

    _capitals = regex.compile(
        r"(?P<label>[\p{Lu}\p{M}][\p{Lu}\p{M}'’\-. ]{1,60}(?:,[ \t]{0,2}[\p{Lu}\p{M}\d'’\-.() ]{1,90})?)"
    )
    _pattern = regex.compile(
        rf"(?P<emphasis>\*\*|__|\*|_)?(?P<label>(?:{_CJK_NAME}|{_LATIN_WORD}(?:[ \t](?:{_LATIN_WORD}|(?(emphasis){_CONNECTOR}(?=[ \t]\p{{Lu}})|(?!)))){{1,4}}|\p{{Lu}}[\p{{Lu}}'’\-]{{1,24}}"
        rf"|{_SOCIAL_HANDLE}|(?(emphasis){_LATIN_WORD}|(?!))){_ROLE})(?(emphasis)(?P=emphasis))"
    )
    """A name set apart in bold or italics (``*Adam*``) may be one word: the emphasis marks it off as a heading's does;
    a social handle (``@croncats``) names its speaker as it is; a particle in small letters
    (``**Carl-Johan de Zwart**``) only in emphasis: a plain ``Musée du Louvre`` is a subheading."""
    _handle_link = regex.compile(rf"\[(?P<label>{_SOCIAL_HANDLE})\]\([^()\s]{{1,300}}\)")
    """A handle linked to its profile, alone on the line (``[@croncats](https://…)``): its first mention."""
    _quote = regex.compile(r">[ \t]?(?=[^\s>])")

    def declined(self, lines: Sequence[Line]) -> tuple[int, str] | None:
        """Why one-word names set apart in emphasis (``**Maria**`` / ``**Tom**``) were not taken
        (asked only of a document without turns)."""
        if not any(line.text[:1] in "*_" for line in lines):
            return None  # no emphasis: no word set apart in it
        candidates = self._candidates(lines)[0]
        if len(candidates) < 3:
            return None
        lone = sorted(_one_word_names(lines, candidates))
        if not lone or not all(i in lone or " " not in key for i, key in candidates.items()):
            return None
        return lone[0], (
            f"{len(lone)} one-word line(s) set apart in emphasis with text below, read as names only where "
            f"NameOnOwnLine(panel_names={self.panel_names}) or more each recur and are called in the speech, "
            "or beside a fuller name: a word set apart is also a subheading (**Before** / **After**)"
        )

    def _candidates(self, lines: Sequence[Line]) -> tuple[dict[int, str], dict[str, tuple[str, str] | None], dict[int, int]]:
        """The short lines that could be names with their speech below: their speaker keys, the
        reading of each distinct text, and where a quote mark before them ends."""
        candidates: dict[int, str] = {}
        read: dict[str, tuple[str, str] | None] = {}  # line text → (label, key); names recur
        last = len(lines) - 1
        quoted: dict[int, int] = {}  # line → where its quote mark ends
        for index, line in enumerate(lines):
            text = line.text
            if text[0] == ">" and line.kind == LineKind.TEXT:
                mark = self._quote.match(text)  # a dialogue quoted whole: "> MARJORIE" / ">" / "> Calvin?"
                if mark is not None:
                    quoted[index] = mark.end()
                    text = text[mark.end() :]
            linked = text[0] == "[" and text.startswith("[@") and self._handle_link.fullmatch(text) is not None
            if (line.kind != LineKind.TEXT and not linked) or index == last:
                continue
            # (a handle linked to its profile is as long as its address, and the colon is the address's)
            if not linked and (
                # a play's cue may end in a full stop: "ROPER." / "MRS. UPJOHN."
                (text[-1] in _NOT_NAME_END and not (text[-1] == "." and len(text) <= _MAX_NAME_LINE and "," not in text and _all_capitals(text)))
                or (len(text) > _MAX_NAME_LINE and (len(text) > _MAX_CAPS_NAME_LINE or not _all_capitals(text)))
            ):
                continue
            if _has_colon(text) and not _has_encloser(text) and not linked:
                continue  # a colon outside brackets: a label with its speech, or prose (most lines of a page of labels)
            below = index + 1
            while below < last and lines[below].kind in _PLAYER:
                below += 1  # a player's button or a picture between the name and its speech
            if lines[below].kind != LineKind.TEXT:
                continue
            if _between_tags(lines, index):
                continue  # prettified HTML: "<a href=…>" / "王坚" / "</a>" is a link's text inside a sentence
            if text not in read:
                read[text] = self._read(text)
            found = read[text]
            if found is not None and not (found[0][:1] == "@" and found[0].casefold() in self.not_handles):
                candidates[index] = found[1]
        return candidates, read, quoted

    def detect_document(self, lines: Sequence[Line]) -> Mapping[int, SpeakerMatch]:
        candidates, read, quoted = self._candidates(lines)
        if len(candidates) < 3:
            return {}  # a name twice, and someone else
        lone = _one_word_names(lines, candidates)
        # three speakers or more, each named twice or more, are a panel called by first names (**Nic**, **Rian**)
        lone_counts = Counter(candidates[i] for i in lone)
        recurring = [key for key, n in lone_counts.items() if n >= 2]
        panel = len(recurring) >= self.panel_names and _called_by_name(lines, candidates, [lines[i].text[quoted.get(i, 0) :] for i in lone])
        if lone and not panel and all(i in lone or " " not in key for i, key in candidates.items()):
            # *Applause*, **Before** / **After**: a word set apart is a name only beside fuller names
            for index in lone:
                del candidates[index]
            if len(candidates) < 3:
                return {}
        counts = Counter(candidates.values())
        # a candidate followed by another candidate is not a label; a name is, where three times in
        # four its speech follows (a short reply may look like a name: "Lord Farncombe----")
        followed = Counter(key for index, key in candidates.items() if index + 1 not in candidates)
        names = {key for key, n in counts.items() if n >= 2 and (followed[key] == n or followed[key] >= max(3, n * self.followed_share))}
        # a play's cues with a full stop (ROPER.) are names where two of them at least are said
        # often: a manual's CAUTION. / DANGER. or a poem's SPRING. are headings
        dotted = {key for index, key in candidates.items() if lines[index].text.endswith(".")}
        if sum(1 for key in names & dotted if counts[key] >= self.dotted_cues) < 2:
            names -= dotted
        if not names:
            return {}
        first = self._first_names(lines, candidates, names) if len(names) == 1 else {}
        first.update(self._timed_once(lines, candidates, names))
        if first:
            candidates.update(first)
            candidates = dict(sorted(candidates.items()))
            names |= set(first.values())
            read.update((lines[index].text, (lines[index].text, key)) for index, key in first.items())
        # a name that speaks once, once names are established (现场观众, Audience Member): proposed, weak
        once = {key for key, n in counts.items() if n == 1 and followed[key] == 1}
        out: dict[int, SpeakerMatch] = {}
        for index, key in candidates.items():
            if candidates.get(index + 1) in names:
                continue  # a name right above another: a cast list
            if key in names or key in once:
                text = lines[index].text
                start = quoted.get(index, 0)
                label = read[text[start:]][0]  # type: ignore[index]
                # weak: a name alone on a line is the faintest label shape, whatever its recurrence
                out[index] = SpeakerMatch(label, len(text), len(text), start, weak=True, detector=self.name)
        return out

    _first_name = regex.compile(r"\p{Lu}[\p{Ll}\p{M}'’\-]{1,24}")
    _timed_name = regex.compile(rf"{_LATIN_WORD}{_NUMBER}[ \t]*")

    def _timed_once(self, lines: Sequence[Line], candidates: Mapping[int, str], names: set[str]) -> dict[int, str]:
        """Names alone on a line with only a time on the line below (``Cook`` / ``[00:01:13]``,
        ``Newscaster #1``), where the established names stand so (``followed_share`` of their lines):
        a radio transcript's voices heard once, one word or numbered, in its speakers' layout."""
        named = [i for i, key in candidates.items() if key in names]
        if sum(1 for i in named if _time_alone_below(lines, i)) < max(3, self.followed_share * len(named)):
            return {}
        return {
            index: speaker_key(line.text)
            for index, line in enumerate(lines)
            if index not in candidates
            and line.kind == LineKind.TEXT
            and len(line.text) <= _MAX_NAME_LINE
            and _time_alone_below(lines, index)
            and self._timed_name.fullmatch(line.text) is not None
        }

    def _first_names(self, lines: Sequence[Line], candidates: Mapping[int, str], names: set[str]) -> dict[int, str]:
        """One capitalised word alone on a line, its speech below (``Paul``), beside the one fuller
        name established (``Thea Flowers``, who alone makes no exchange): a speaker called by first
        name, where it opens a paragraph twice or more, its speech follows each time, most times the
        name lines on either side name others (``followed_share``), and the word is called in the speech, a comma beside
        it (``I'm your host, Paul Cutler``, ``Paul, tell me``); a dateline (``Oslo``), a subheading or
        a one-word reply is not called so."""
        words: dict[str, list[int]] = {}
        last = len(lines) - 1
        for index, line in enumerate(lines):
            if index == last or index in candidates or line.kind != LineKind.TEXT or lines[index + 1].kind != LineKind.TEXT:
                continue
            text = line.text
            if (
                len(text) <= 25
                and text[0].isupper()
                and (index == 0 or lines[index - 1].paragraph != line.paragraph)
                and self._first_name.fullmatch(text) is not None
                and speaker_key(text) not in names
            ):
                words.setdefault(text, []).append(index)
        named = sorted(candidates)
        between: dict[str, list[int]] = {}
        for word, places in words.items():
            if len(places) < 2 or any(index + 1 in candidates for index in places):
                continue
            beside = 0
            for index in places:
                at = bisect.bisect_left(named, index)
                near = named[max(0, at - 1) : at + 1]
                beside += bool(near) and all(candidates[other] in names for other in near)
            if beside >= len(places) * self.followed_share:  # three times in four, as a name's speech follows it
                between[word] = places
        if not between or len(between) > _PANEL_NAMES_READ:
            return {}
        said = _said_as_names(lines, between)
        return {index: speaker_key(word) for word, places in between.items() if word in said for index in places}

    def _read(self, text: str) -> tuple[str, str] | None:
        """The label and speaker key of a line that is a name alone, or ``None``."""
        match = self._handle_link.fullmatch(text) if text.startswith("[@") else self._pattern.fullmatch(text)
        if match is None and _all_capitals(text):
            match = self._capitals.fullmatch(text)  # "PRESIDENTA DE MÉXICO, CLAUDIA SHEINBAUM PARDO"
        if match is None:
            return None
        label = match["label"].rstrip(".") if text.endswith(".") else match["label"]  # a cue's full stop is punctuation
        key = speaker_key(label)
        return (label, key) if key else None


def _said_as_names(lines: Sequence[Line], words: Mapping[str, Collection[int]]) -> set[str]:
    """Which of ``words`` are called in the text (one pass), a comma beside them (``host, Paul
    Cutler``, ``Thanks, Paul.``, ``Paul, tell me``): as a name is, and a place or a subheading
    is not. ``words`` maps each word to the lines where it stands alone."""
    alone = {index for places in words.values() for index in places}
    either = "|".join(regex.escape(word) for word in sorted(words, key=len, reverse=True))
    said = regex.compile(rf",[ \t]({either})\b|\b({either}),")
    heard: set[str] = set()
    for index, line in enumerate(lines):
        if index not in alone and line.kind == LineKind.TEXT:
            heard.update(word for pair in said.findall(line.text) for word in pair if word)
            if len(heard) == len(words):
                break
    return heard


def _called_by_name(lines: Sequence[Line], candidates: Mapping[int, str], names: Sequence[str]) -> bool:
    """Whether two of ``names`` or more are said in the speech (``Thank you, CB. Rian, how about
    you?``): a panel's first names are called, a recipe's ``**Method**`` and ``**Tips**`` are not."""
    distinct = sorted(set(names), key=len, reverse=True)
    if len(distinct) > _PANEL_NAMES_READ:
        return False
    called = regex.compile(r"\b(?:" + "|".join(regex.escape(name.strip("*_ ")) for name in distinct) + r")\b")
    heard: set[str] = set()
    for index, line in enumerate(lines):
        if index not in candidates and line.kind == LineKind.TEXT:
            heard.update(called.findall(line.text))
            if len(heard) >= 2:
                return True
    return False


_PANEL_NAMES_READ = 64
"""The most one-word names a document is searched for (one pattern, one pass over its lines)."""

_PLAYER = frozenset({LineKind.LINK, LineKind.IMAGE})
"""Media that may stand between a name alone on its line and its speech."""


def _one_word_in_emphasis(text: str) -> bool:
    """Whether a line is one word in italics or bold, not in capitals (``*Adam*``, not ``*MARJORIE*``;
    a handle's underscores, ``@ekez___``, are its own)."""
    word = text.strip("*_> \t")
    return text[-1:] in "*_" and not word.startswith("@") and " " not in word and not _all_capitals(word) and _HAN_CHAR.search(word) is None


def _between_tags(lines: Sequence[Line], index: int) -> bool:
    """Whether the line stands between an opening tag's line and a closing tag's line of its paragraph."""
    before, after = lines[index - 1] if index else None, lines[index + 1]
    paragraph = lines[index].paragraph
    return (
        before is not None
        and before.paragraph == paragraph == after.paragraph
        and before.text.startswith("<")
        and before.text.endswith(">")
        and after.text.startswith("</")
    )


_SENTENCE_ENDS = SENTENCE_MARKS
_CLOSING_MARKS = "".join((*QUESTION_MARKS, "!", "！", ".", "。"))
"""Marks a bold question may end with outside its bold (``**问：…地方**？``)."""
_QUESTION_AND_SPACE = "".join(QUESTION_MARKS) + " \t"
_ANY_QUESTION_MARK = regex.compile("[" + regex.escape("".join(QUESTION_MARKS)) + "]")
_TRAILING_ASIDE = regex.compile(r"[ \t]{0,2}[(（][^()（）\n]{1,200}[)）]$")
"""An aside in brackets closing a sentence (``…怎么解决呢？（比如…）``)."""
_PROMPT_ENDS = (".", "。", "!", "！", "۔", "।")
"""A heading ending as a sentence does, at the level of a document's question headings, asks too:
``### 介绍一下你自己。`` (Tell us about yourself.)"""
_PROMPTING_ENDS = (*QUESTION_MARKS, "!", "！", "…", "...")
"""How a remark put to the interviewee may end when it asks nothing: exclaiming or trailing off."""
_ASKS_THEN_REMARKS = regex.compile(r"[?？][\"'”’)）]{0,2}[ \t]+[^?？.!。！]{2,200}[.。!！]$")
"""A question, then one closing remark (``…the most challenging? They were overwhelming.``): a
prompt that asks before it comments."""
_CLOSING_QUOTES = "”」』’\"')）)"
_QUOTE_OPENERS = frozenset("“‘\"«„「『")
"""Marks that open a quotation (a paragraph opened by one and closed by a closing mark is quoted)."""


def _opens_paragraph(lines: Sequence[Line], index: int) -> bool:
    return index == 0 or lines[index - 1].paragraph != lines[index].paragraph


def _opens_block(lines: Sequence[Line], index: int) -> bool:
    """Whether the line opens its paragraph, or follows a heading written with no blank line
    after it (a heading is a block of its own; a hard-wrapped one is read elsewhere), or is a
    list item nested under the item above it (``2. **Sales**`` / ``   - **How do you sell?**``)."""
    if _opens_paragraph(lines, index) or lines[index - 1].kind == LineKind.HEADING:
        return True
    above, line = lines[index - 1], lines[index]
    return line.indent > above.indent and _LIST_MARK.match(line.text) is not None and _LIST_MARK.match(above.text) is not None


def _paragraph_start(lines: Sequence[Line], index: int) -> int:
    """The first line of the paragraph ``index`` is in."""
    while index > 0 and lines[index - 1].paragraph == lines[index].paragraph:
        index -= 1
    return index


def _paragraph_end(lines: Sequence[Line], index: int) -> int:
    """The last line of the paragraph ``index`` is in."""
    while index + 1 < len(lines) and lines[index + 1].paragraph == lines[index].paragraph:
        index += 1
    return index


def _next_paragraph(lines: Sequence[Line], index: int) -> int | None:
    """The first line of the paragraph after the one ``index`` is in."""
    nxt = _paragraph_end(lines, index) + 1
    return nxt if nxt < len(lines) else None


def _quote_asks(lines: Sequence[Line], index: int) -> bool:
    """Whether the block quote opening at ``index`` ends in a question mark: its last ``>`` line in
    the paragraph (a list's glued quotes share one paragraph with the items around them)."""
    end = index
    while end + 1 < len(lines) and lines[end + 1].paragraph == lines[index].paragraph and lines[end + 1].text.startswith(">"):
        end += 1
    return asks(lines[end].text, _CLOSING_QUOTES)


def _question_end(lines: Sequence[Line], index: int) -> int:
    """The last line of the question opening at ``index``: its paragraph's last, or the line above
    one that opens with a label (``――なぜ？`` / ``佐倉：…``: the answer glued below its question)."""
    while index + 1 < len(lines) and lines[index + 1].paragraph == lines[index].paragraph:
        if _opens_with_label(lines, index + 1):
            break
        index += 1
    return index


def _asks(lines: Sequence[Line], index: int) -> bool:
    """Whether the question opening at ``index`` ends in a question mark (closing quotes aside)."""
    return asks(lines[_question_end(lines, index)].text, _CLOSING_QUOTES)


def _alone_in_block(lines: Sequence[Line], index: int) -> bool:
    """Whether the line is a paragraph of its own, or one under a heading with no blank line between."""
    return _opens_block(lines, index) and (index + 1 >= len(lines) or lines[index + 1].paragraph != lines[index].paragraph)


def _under_heading(lines: Sequence[Line], index: int) -> int | None:
    """The line right under the nearest heading above ``index``, or ``None`` (no heading above)."""
    for above in range(index - 1, -1, -1):
        if lines[above].kind == LineKind.HEADING:
            return above + 1
    return None


def _opens_with_label(lines: Sequence[Line], index: int) -> bool:
    """Whether the line opens with a label a line detector reads (bold, ``Q:``, capitals, ``Name:``)."""
    line = lines[index]
    return could_start_label(line.text) and any(reader.detect(line, Context(lines, index)) is not None for reader in _QUOTABLE)


def _quoted(lines: Sequence[Line], index: int) -> bool:
    """Whether the paragraph opening at ``index`` is a quotation from end to end (``“…”``)."""
    return lines[index].text[0] in _QUOTE_OPENERS and lines[_paragraph_end(lines, index)].text.rstrip()[-1:] in _CLOSING_QUOTES


def _alone_in_paragraph(lines: Sequence[Line], index: int) -> bool:
    paragraph = lines[index].paragraph
    before = index > 0 and lines[index - 1].paragraph == paragraph
    after = index + 1 < len(lines) and lines[index + 1].paragraph == paragraph
    return not (before or after)


_LIST_ITEM = regex.compile(r"(?:\d{1,3}[.)]|[-+]|\*(?=[ \t]))[ \t]{1,4}(?=[*_])")
"""A list item's marker before a question in bold: ``1. **Why?**``, ``- **Why?**``."""
_EMPHASISED_ASKING = tuple(f"{a}{b}" for mark in QUESTION_MARKS for a, b in ((mark, "*"), (mark, "_"), ("*", mark), ("_", mark)))
_BOLD_NUMBER = regex.compile(r"(?:\*\*|__)\d{1,3}(?:[.)](?:\*\*|__)|(?:\*\*|__)[.)])[ \t]{1,4}(?=[*_])")
"""A question's number in bold before it (``**1)** _Why?_``, ``**2**) _Why?_``)."""


class DefinitionLabel:
    """``Name`` alone on a line, the speech on the next line after a colon and a blank
    (``Ruth`` then ``:<TAB>Where did you live?``): Pandoc's definition list, each name a term and
    each turn its definition. Weak: a glossary has the same shape, and its terms do not recur.

    Grammar: ``NAME [ROLE] [ "[?]" ] NEWLINE ":" (" " | TAB) SPEECH``
    """

    name = "definition_label"
    needs = "\n:"
    """A text without a line opening with a colon has no definitions (see :class:`CaptionMarker`)."""
    _term = regex.compile(rf"(?P<label>{_NAME}{_ROLE})(?:[ \t]?\[\?\])?")

    def detect_document(self, lines: Sequence[Line]) -> Mapping[int, SpeakerMatch]:
        out: dict[int, SpeakerMatch] = {}
        for index in range(1, len(lines)):
            text = lines[index].text
            if text[0] != ":" or text[1:2] not in (" ", "\t"):
                continue
            term = lines[index - 1]
            if term.kind != LineKind.TEXT or term.paragraph != lines[index].paragraph or len(term.text) > _MAX_NAME_LINE:
                continue
            match = self._term.fullmatch(term.text)
            if match is not None and speaker_key(match["label"]):
                end = len(term.text)
                out[index - 1] = SpeakerMatch(match["label"].strip(), end, end, weak=True)
        return out


class ChatTurnLine:
    """Two short lines ending in a colon, alone on their lines and strictly taking turns, the
    speech below each (``Bạn đã nói:`` / ``ChatGPT đã nói:``, ``You said:`` / ``ChatGPT said:``: a
    chat page copied as text) -- decided from the whole document, since a line ending in a colon
    is a lead-in far more often than a speaker.

    Proposed for the two such lines, ``min_turns`` times each or more, that alternate strictly
    over the most lines (the replies' own lead-ins, ``Tính:``, stay text); a line followed by a
    list (``Pros:`` / ``Cons:``) is a lead-in.
    Grammar: ``WORD (" " WORD){0,3} COLON`` (the whole line), then a line of text.
    """

    name = "chat_turn_line"
    needs = ":"

    def __init__(self, min_turns: int = 2) -> None:
        self.min_turns = min_turns
        """How many times each of the two lines must occur."""

    def detect_document(self, lines: Sequence[Line]) -> Mapping[int, SpeakerMatch]:
        found: dict[int, str] = {}
        last = len(lines) - 1
        ending = [i for i, line in enumerate(lines) if line.text[-1] in ":："]  # at C speed: most lines end otherwise
        for index in ending:
            line = lines[index]
            text = line.text
            if line.kind != LineKind.TEXT or index == last or len(text) > _MAX_CHAT_LEAD or text[-2:-1] == "\\":
                continue  # an escaped colon (``男\：``) is text, as written
            words = text[:-1].split()
            if not 1 <= len(words) <= 4 or not text[0].isalpha():
                continue
            below = lines[index + 1]
            if below.kind != LineKind.TEXT or _LIST_MARK.match(below.text) is not None:
                continue
            found[index] = text[:-1].rstrip()
        order = [found[i] for i in sorted(found)]
        counts = Counter(order)
        frequent = [text for text, n in counts.most_common(_CHAT_LEAD_PAIRS) if n >= self.min_turns]
        first = {text: order.index(text) for text in frequent}
        best: tuple[int, int, tuple[str, str]] | None = None
        for pair in itertools.combinations(frequent, 2):
            voices = [text for text in order if text in pair]
            if any(a == b for a, b in itertools.pairwise(voices)):
                continue  # a lead-in twice in a row: not two voices taking turns
            # the pair over the most lines; of two as long, the one the page opens with (the
            # replies' own lead-ins, the same in every reply, come after the voices)
            rank = (len(voices), -min(first[pair[0]], first[pair[1]]), pair)
            if best is None or rank[:2] > best[:2]:
                best = rank
        if best is None:
            return {}  # no two lines take turns
        pair = best[2]
        return {
            index: SpeakerMatch(label, len(lines[index].text), len(lines[index].text), weak=True, detector=self.name)
            for index, label in found.items()
            if label in pair
        }


_MAX_CHAT_LEAD = 40
"""The longest line a chat page's "X said:" may be."""
_CHAT_LEAD_PAIRS = 6
"""How many of the most frequent colon lines are tried in pairs."""


class BareAnswer:
    """``A Yes, I do.`` -- a bare ``A`` opening a paragraph, where the document asks with bare
    ``Q`` markers (``Q When did you arrive?``): a court reporter's examination. Alone, a bare
    ``A`` is an article (``A man came in.``), so ``min_questions`` bare ``Q`` lines are needed.

    Grammar: ``"A" (" " | TAB){1,4} SPEECH``, given ``"Q" (" " | TAB){1,4} SPEECH`` lines
    """

    name = "bare_answer"
    needs = "\nA "
    """See :class:`CaptionMarker`."""
    _bare = regex.compile(r"[QA][ \t]{1,4}(?=\S)")

    def __init__(self, min_questions: int = 2) -> None:
        self.min_questions = min_questions

    def declined(self, lines: Sequence[Line]) -> tuple[int, str] | None:
        """Why bare answers that were seen were not taken: too few bare questions (asked only of a
        document without turns, and only when one bare question at least asks)."""
        asked, answers = self._bare_lines(lines)
        if not asked or not answers or asked >= self.min_questions:
            return None
        return min(answers), (
            f"{len(answers)} paragraph(s) opening with a bare 'A' after {asked} bare 'Q' question(s): "
            f"BareAnswer(min_questions={self.min_questions}) reads an examination from {self.min_questions} questions"
        )

    def detect_document(self, lines: Sequence[Line]) -> Mapping[int, SpeakerMatch]:
        asked, answers = self._bare_lines(lines)
        return answers if asked >= self.min_questions else {}

    def _bare_lines(self, lines: Sequence[Line]) -> tuple[int, dict[int, SpeakerMatch]]:
        """How many paragraphs open with a bare ``Q``, and the answers: those opening with a bare ``A``."""
        asked = 0
        answers: dict[int, SpeakerMatch] = {}
        for index, line in enumerate(lines):
            text = line.text
            if text[:1] not in ("Q", "A") or text[1:2] not in (" ", "\t") or line.kind != LineKind.TEXT or not _opens_paragraph(lines, index):
                continue  # (a blank after the letter, as _bare wants: not "Q:" on a page of labels)
            found = self._bare.match(text)
            if found is None:
                continue
            if text[0] == "Q":
                asked += 1
            else:
                answers[index] = SpeakerMatch("A", 1, found.end())
        return asked, answers


def column_entry_end(lines: Sequence[Line], index: int, labels: Container[int]) -> int:
    """Where the label column's entry at ``index`` ends: past the text lines indented under its
    label, up to the next of ``labels``."""
    end = index + 1
    while end < len(lines) and end not in labels and lines[end].kind == LineKind.TEXT and lines[end].indent > lines[index].indent:
        end += 1
    return end


_DASHED_NAME_WITHIN = 80
"""How far into a line the dash after a name and its role may stand."""


class DashedNames:
    """``Gonçalo - Eu gosto de ouvir…`` -- a plain name, a dash and the speech, one line per
    utterance, no colon: a typed transcript's layout. A plain name before a dash is also a running
    header (``Official - Subject to Final Review``), a glossary's or a changelog's term (``Fixed -
    crash on start``) and prose wrapped onto a line (``The President — and I said``), so the
    document must confirm it: ``min_names`` names opening ``min_each`` lines each or more,
    ``min_share`` of its lines of text opening so, and ``min_questions`` of them asking (a
    changelog and a glossary ask nothing). Weak: the decision weighs them as any label.

    Grammar: ``NAME [ROLE] [" "] DASH " " SPEECH`` (a dash glued to the name too: ``João.A- Também``)
    """

    name = "dashed_name"

    def __init__(self, min_names: int = 2, min_each: int = 3, min_share: float = 0.5, min_questions: int = 2) -> None:
        self.min_names = min_names
        """How many names must each open ``min_each`` lines."""
        self.min_each = min_each
        """How many lines each of those names must open."""
        self.min_share = min_share
        """The share of the document's lines of text that must open with a name and a dash."""
        self.min_questions = min_questions
        """How many of the named lines must ask (an interviewer asks; a changelog does not)."""

    _line = regex.compile(
        r"(?P<label>\p{Lu}[\p{L}\p{M}'’.\-]{0,30}(?:[ \t]\p{Lu}[\p{L}\p{M}'’.\-]{0,30}){0,3}(?:[ \t]?[(（][^()（）\n]{1,30}[)）])?)"
        r"[ \t]?[-–—][ \t]+(?=\S)"
    )

    def detect_document(self, lines: Sequence[Line]) -> Mapping[int, SpeakerMatch]:
        found, why = self._read(lines)
        return found if why is None else {}

    def declined(self, lines: Sequence[Line]) -> tuple[int, str] | None:
        """Why lines opening with a name and a dash were not read (asked only of a document without turns)."""
        found, why = self._read(lines)
        if why is None or len(found) < self.min_each:
            return None  # a line or two of that shape say nothing
        return min(found), f"{len(found)} line(s) open with a name and a dash: {why}"

    def _read(self, lines: Sequence[Line]) -> tuple[dict[int, SpeakerMatch], str | None]:
        """The lines opening with a name and a dash, and why they are no transcript's labels (``None``: they are)."""
        found: dict[int, SpeakerMatch] = {}
        texts = 0
        for index, line in enumerate(lines):
            if line.kind != LineKind.TEXT:
                continue
            texts += 1
            text = line.text
            if "-" not in text and "–" not in text and "—" not in text:
                continue  # no dash anywhere (most lines): not even cut
            head = text[:_DASHED_NAME_WITHIN]
            dashed = "-" in head or "–" in head or "—" in head  # a regex call per line costs more than these tests
            match = self._line.match(text) if dashed and text[:1].isupper() else None
            if match is not None and not match["label"].endswith("."):
                end = match.end()
                found[index] = SpeakerMatch(match["label"].strip(), end, end, weak=True, detector=self.name)
        if not found:
            return found, "none"
        counts = Counter(speaker_key(m.label) for m in found.values())
        if sum(1 for n in counts.values() if n >= self.min_each) < self.min_names:
            return found, f"fewer than DashedNames(min_names={self.min_names}) names open {self.min_each} lines each (min_each)"
        if len(found) < self.min_share * texts:
            return found, f"{len(found)} of {texts} lines of text, fewer than DashedNames(min_share={self.min_share}): headers or terms, not a transcript"
        if sum(1 for i in found if asks(lines[i].text, _CLOSING_QUOTES)) < self.min_questions:
            return found, f"fewer than DashedNames(min_questions={self.min_questions}) of them ask: a changelog's or a glossary's terms"
        return found, None


class KeyedInitials:
    """``MM What was it like?`` -- initials opening a paragraph, a space and the speech, no colon:
    where a key above the conversation spells them out (``MM - Michael McEwan`` / ``GR - Gordon
    Roy``), as oral-history and podcast transcripts write. Capitals before a space open sentences
    too (``BBC reported``), so only the key's initials are read, and only where ``min_keys`` of
    them stand in the key, each of two letters or more and the initials of its name, within the
    first ``key_lines`` lines; two of them must open paragraphs twice each and one of those
    paragraphs ask (an abbreviations list spells out ``EU - European Union`` too, and its
    report asks nothing). A one-letter key (``I - Interviewer``) is not read: the answers' own
    ``I remember…`` opens the same way. Weak: the decision weighs them as any label.

    Grammar: ``(KEY (" - " | " = " | ": " | TAB) NAME NEWLINE){2,} … (KEY " " SPEECH)``
    """

    name = "keyed_initials"

    def __init__(self, min_keys: int = 2, key_lines: int = 40) -> None:
        self.min_keys = min_keys
        """How many initials the key must spell out."""
        self.key_lines = key_lines
        """How far into the body the key may stand (in lines)."""

    _key = regex.compile(r"(?P<key>\p{Lu}{2,4})[ \t]*(?:[-–—=:]|\t)[ \t]*(?P<name>\p{Lu}[\p{L}\p{M}.'’\-]*(?:[ \t]+[\p{L}\p{M}.'’\-]+){0,4})[ \t]*")

    def detect_document(self, lines: Sequence[Line]) -> Mapping[int, SpeakerMatch]:
        return self._read(lines)[0]

    def declined(self, lines: Sequence[Line]) -> tuple[int, str] | None:
        """Why a key of initials was not read as the speakers' (asked only of a document without turns)."""
        found, key_at = self._read(lines)
        if found or key_at is None:
            return None
        return key_at, (
            "a key spells out initials, but they do not open paragraphs as speakers do (two of them twice each, "
            "one paragraph asking): a list of abbreviations, not a transcript's key"
        )

    def _read(self, lines: Sequence[Line]) -> tuple[dict[int, SpeakerMatch], int | None]:
        """The labels the key's initials open, and where the key stands (``None``: no key)."""
        keys: dict[str, int] = {}
        for index, line in enumerate(lines[: self.key_lines]):
            found = self._key.fullmatch(line.text) if line.kind == LineKind.TEXT and line.text[:1].isupper() else None
            if found is not None and _spells(found["key"], found["name"]):
                keys.setdefault(found["key"], index)
        if len(keys) < self.min_keys:
            return {}, None
        key_at = set(keys.values())
        out: dict[int, SpeakerMatch] = {}
        for index, line in enumerate(lines):
            text = line.text
            head, space, rest = text.partition(" ")
            if space and head in keys and index not in key_at and rest.strip() and line.kind == LineKind.TEXT and _opens_paragraph(lines, index):
                out[index] = SpeakerMatch(head, len(head), _speech_start(text, len(head)), weak=True, detector=self.name)
        counts = Counter(m.label for m in out.values())
        if sum(1 for n in counts.values() if n >= 2) < 2 or not any(_asks(lines, i) for i in out):
            return {}, min(key_at)  # no exchange: a list of abbreviations spelled out, then a report using them
        return out, min(key_at)


def _spells(key: str, name: str) -> bool:
    """Whether ``key`` is the initials of ``name`` (``MM``, Michael McEwan; ``JRR``, John Ronald
    Reuel), or of its first and last words."""
    words = [w for w in name.split() if w[:1].isupper()]
    if not words:
        return False
    return key in ("".join(w[0] for w in words).upper(), (words[0][0] + words[-1][0]).upper())


class ColumnLabel:
    """``TF    I have no idea…`` -- a typed transcript's label column: a short label in capitals
    (initials, ``I``/``R``, ``Q``/``A``, ``MRS SMITH``) at the line's start, a gap of two spaces or
    more (or a tab), and the speech, whose next lines are indented under it (a hanging indent).
    An oral history's or a typist's layout, with no colon anywhere. A capital word and a gap also
    open a plain table's row (``GET    /users``), so the document must confirm the column: two
    labels or more, each ``min_each`` times, ``min_hanging`` labelled lines whose paragraph goes
    on indented below them, and most labelled lines holding no second gap (a table's row has
    several), and ``min_questions`` entries that ask (an interviewer asks; a changelog's
    ``FIXED    …``, minutes' ``ACTION    …``, a timetable or an assembly listing do not). An
    SMPTE timecode right after the label (``NM    18:01:21:18     No.``) is the turn's time. The
    labels are proposed ``weak``: the decision weighs them as it weighs any.

    Grammar: ``LABEL (TAB | " "{2,}) [TIMECODE (" "|TAB)+] SPEECH NEWLINE (INDENT TEXT NEWLINE)*``
    """

    name = "column_label"
    _label = regex.compile(r"(\p{Lu}[\p{Lu}.&’'-]{0,11}(?: \p{Lu}[\p{Lu}.’'-]{0,11}){0,2})(?:\t[ \t]*|[ ]{2,}[ \t]*)(?=\S)")
    _timecode = regex.compile(r"(\d{2}:\d{2}:\d{2}[:;]\d{2})(?:\t[ \t]*|[ ]+)(?=\S)")
    _second_gap = regex.compile(r"\S(?:\t| {3,})\S")

    def __init__(self, min_each: int = 2, min_hanging: int = 2, min_questions: int = 2) -> None:
        self.min_each = min_each
        """How many times each of two labels at least must open a line."""
        self.min_hanging = min_hanging
        """How many labelled lines must have their paragraph go on indented below them."""
        self.min_questions = min_questions
        """How many labelled entries must ask (a line of the entry ends in a question): an interviewer asks;
        a changelog's ``FIXED``/``ADDED``, minutes' ``ACTION``, a timetable or a listing do not."""

    def detect_document(self, lines: Sequence[Line]) -> Mapping[int, SpeakerMatch]:
        found, why = self._column(lines)
        return found if why is None else {}

    def declined(self, lines: Sequence[Line]) -> tuple[int, str] | None:
        """Why lines opening with a label column were not read (asked only of a document without turns)."""
        found, why = self._column(lines)
        return None if why is None or not found else (min(found), f"{len(found)} line(s) open with a label and a gap: {why}")

    def _column(self, lines: Sequence[Line]) -> tuple[dict[int, SpeakerMatch], str | None]:
        """The lines opening with a label and a gap, and why they are no label column (``None``: they are)."""
        found: dict[int, SpeakerMatch] = {}
        hanging = gapped = 0
        for index, line in enumerate(lines):
            text = line.text
            if ("  " not in text and "\t" not in text) or line.kind != LineKind.TEXT or not text[0].isupper():
                continue  # most lines: no gap anywhere (looked for first: no call), or no capital first
            label = self._label.match(text)
            if label is None:
                continue
            speech = label.end()
            timecode = self._timecode.match(text, speech)
            if timecode is not None:
                speech = timecode.end()
            if self._second_gap.search(text, speech) is not None:
                gapped += 1
            below = lines[index + 1] if index + 1 < len(lines) else None
            if below is not None and below.paragraph == line.paragraph and below.indent > line.indent:
                hanging += 1
            found[index] = SpeakerMatch(
                label[1], len(label[1]), speech, timestamp=timecode[1] if timecode else None, weak=True, detector=self.name
            )
        counts = Counter(match.label for match in found.values())
        asked = 0
        for index in found:  # each entry: its line and the lines hanging below it
            # a line ending in a question, not a ternary's "?"
            asked += any(asks(lines[at].text.rstrip(), _CLOSING_QUOTES) for at in range(index, column_entry_end(lines, index, found)))
            if asked >= self.min_questions:
                break
        if sum(1 for n in counts.values() if n >= self.min_each) < 2:
            return found, f"ColumnLabel(min_each={self.min_each}) needs two labels opening {self.min_each} lines each"
        if hanging < self.min_hanging:
            return found, f"{hanging} of them go on indented below, and ColumnLabel(min_hanging={self.min_hanging}) needs {self.min_hanging}"
        if 2 * gapped > len(found):
            return found, f"{gapped} of them hold a second gap: a table's rows"
        if asked < self.min_questions:
            return found, f"{asked} of their entries ask, and ColumnLabel(min_questions={self.min_questions}) needs {self.min_questions}: a list's or a listing's column"
        return found, None


_NO_ITEM_FIRST = frozenset(chr(c) for c in range(128) if not chr(c).isdigit() and chr(c) not in "-*+")
"""ASCII characters no list item opens with (an item opens with a bullet, a digit, or a character past ASCII)."""


def glued_dash(text: str) -> bool:
    """Whether ``text`` opens with a hyphen glued to a word or an opening mark (``-¿Ya tienen…?``,
    ``-La figura…``): a dialogue's dash in Spanish press interviews. ``- item`` is a list's
    bullet, ``-5`` a number, ``--`` a rule's start."""
    return text[:1] == "-" and (text[1:2].isalpha() or text[1:2] in "¿¡«\"“")


QUESTION_MARKERS = ("――", "——", "──", "ー ", "--")
"""Doubled dashes that open an interviewer's unlabelled question (``――どうして始めたのですか。``),
the long-vowel mark typed for one, with a space (``ー どうして…``): no Japanese word starts with it,
and two hyphens typed for one (``--以前と何が違うのですか？``, Korean press's ``-- 시행 1년을…``; not
before a letter or digit of ASCII: ``--verbose`` is a command's option)."""


def _opens_with_marker(text: str, markers: tuple[str, ...]) -> bool:
    """Whether ``text`` opens with one of the question ``markers`` (two hyphens only before no ASCII word)."""
    if not text.startswith(markers):
        return False
    after = text[2:3] if text.startswith("--") else ""  # the only marker in ASCII
    return not (after.isascii() and (after.isalnum() or after == "-")) if after else True


class MagazineQA:
    """Unlabelled Q&A: each question a bold/italic paragraph or a heading, the answer below.

    Taken when at least three such questions end in a question mark and
    are followed by plain text; the questions become interviewer turns and
    the text below them interviewee turns, both without a speaker name. Two
    (``few_questions``) are proposed ``weak``: a short interview, which the
    decision takes only as it takes plain questions (the title says interview). Once
    that is established, a paragraph that opens in bold and ends in a
    question mark, a paragraph emphasised end to end as the questions are
    (``_So it was a critical mass type thing._``), and a heading of the
    questions' level standing between them (``### Tell me about the first
    season.``) are questions too.

    Japanese and Chinese interviews mark the interviewer's questions with a
    doubled dash instead (``――どうして始めたのですか。``), whatever they end
    with: a paragraph opened by one of ``question_markers``, three times or
    more (one of them ending in a question mark), each followed by a
    paragraph without the marker, is a question. Answers may be block quotes
    under plain questions (``Why?`` then ``> Because.``). French interviews write a
    single dash (``— Pourquoi ?``) and Spanish press a hyphen glued to the
    question (``-¿Ya tienen…?``), which fiction writes before every line of
    dialogue: ``dash_markers`` (and a glued hyphen) are questions only when the
    document confirms it (see ``dash_questions``). Once marked questions are found, they are the
    document's questions, and its headings stay headings.
    """

    name = "magazine_qa"
    _SKIP = frozenset({LineKind.IMAGE, LineKind.CAPTION})

    def __init__(
        self,
        question_markers: Sequence[str] = QUESTION_MARKERS,
        dash_markers: Sequence[str] = ("— ", "– "),
        dash_questions: float = 0.5,
        min_questions: int = 3,
        glued_hyphen: bool = True,
        wrapped_lines: int = 6,
        few_questions: int = 2,
    ) -> None:
        self.question_markers = tuple(question_markers)
        """Paragraph openers that mark an unlabelled question (a single dash is dialogue in fiction)."""
        self.dash_markers = tuple(dash_markers)
        """Paragraph openers that mark a question only with the document's confirmation: three or
        more, none followed directly by another, and ``dash_questions`` of them ending in a question mark."""
        self.min_questions = min_questions
        """How many questions, of one of the conventions, make a document's unlabelled Q&A."""
        self.dash_questions = dash_questions
        """Share of the ``dash_markers`` paragraphs that must ask (end in ``?``): dialogue in fiction rarely does."""
        self.glued_hyphen = glued_hyphen
        """Whether a hyphen glued to a paragraph's first word (``-¿Ya tienen…?``) is a dash marker too."""
        self.wrapped_lines = wrapped_lines
        """How many lines a hard-wrapped bold question may run over."""
        self.few_questions = few_questions
        """How many emphasised or heading questions, fewer than ``min_questions``, are proposed as a
        short Q&A (``weak``): the decision takes them as it takes plain questions, where the title
        says interview, the questions address someone and the answers speak for their speaker."""
        extra = ("-",) if glued_hyphen else ()
        self._marker_starts = frozenset(marker[:1] for marker in (*self.question_markers, *self.dash_markers, *extra))

    def _question(self, line: Line) -> bool:
        if line.kind == LineKind.HEADING:
            text = line.title
        elif line.kind == LineKind.TEXT and line.text[-1] in "*_":
            bold = line.text
            number = _BOLD_NUMBER.match(bold)  # "**1)** _Why?_", "**2**) _Why?_"
            item = _item_text(bold)  # "1. **Why a website?**", "* **Why?**", the answer indented below it
            if number is not None:
                bold = bold[number.end() :]
            elif item is not bold:
                bold = item
            elif bold[0] not in "*_":
                return False
            found = wrapped(bold)
            if found is None:
                return False
            text = found[1]
        else:
            return False
        # an aside in brackets may close the question: "**Gostava de estudar? (Explique um pouco)**"
        # (a remark after it on one line is a blog's self-answer: "**Did it work? Mostly, yes.**"),
        # and quotation marks may hold it: **1) "Okul nasıldı?"**
        return asks(text, _CLOSING_QUOTES) or (text[-1:] in ")）" and asks(_TRAILING_ASIDE.sub("", text)))

    def _answer(self, lines: Sequence[Line], index: int, *, new_paragraph: bool = False) -> int | None:
        """The first plain text line after the question, past images, captions and markup, and past a
        deeper heading under a question written as a heading (a caption over the answer's picture);
        with ``new_paragraph``, past the rest of the question's own paragraph too."""
        question = lines[index]
        if new_paragraph:
            index = _question_end(lines, index)
            if index + 1 < len(lines) and lines[index + 1].paragraph == question.paragraph:
                return index + 1  # the answer's label on the question's next line (――なぜ？ / 佐倉：…)
        for nxt in range(index + 1, min(index + 4, len(lines))):
            line = lines[nxt]
            if line.kind == LineKind.TEXT:
                if line.text.startswith("|"):
                    return None  # a table's row answers an exercise, not a question
                if line.paragraph == question.paragraph and line.indent <= question.indent and _LIST_MARK.match(line.text) and _LIST_MARK.match(question.text):
                    return None  # the next item of the question's list, right below it: a checklist of questions inside an answer
                return nxt
            deeper = line.kind == LineKind.HEADING and question.kind == LineKind.HEADING and line.level > question.level
            # a template's comment closing the question on its own source line ("</h3><!-- /title -->"),
            # a box's fence, a linter's comment or a hard break (``:::``, ``.. vale off``, ``\``); a comment on a line of
            # its own may stand between two items of a list, so it bridges nothing
            markup = line.kind == LineKind.APPARATUS and (
                line.text.startswith((":::", "..")) or line.text == "\\" or (line.number == question.number and line.text.startswith("<!--"))
            )
            if line.kind not in self._SKIP and not deeper and not markup:
                return None
        return None

    def _quoted_answers(self, lines: Sequence[Line]) -> dict[int, SpeakerMatch]:
        """Answers written as block quotes under plain questions (``Why?`` then ``> Because.``),
        or right under a list's items that ask (``- Why?`` then ``\t> Because.`` on the next line):
        three or more such pairs, and at least half of the paragraphs before a quote ask;
        an article quoting someone after each of its paragraphs does not."""
        pairs: list[tuple[int, int]] = []
        quoted = 0
        for index, line in enumerate(lines):
            if line.text[:1] != ">" or line.kind != LineKind.TEXT or index == 0:
                continue
            before = lines[index - 1]
            glued = not _opens_paragraph(lines, index)
            if glued and (before.text.startswith(">") or _LIST_MARK.match(before.text) is None):
                continue  # a quote's next line, or a quote going on from a paragraph's line
            quoted += 1
            if before.kind != LineKind.TEXT or before.text.startswith(">"):
                continue
            question = index - 1 if glued else _paragraph_start(lines, index - 1)
            if not (asks(before.text, _CLOSING_QUOTES) if glued else _asks(lines, question)):
                continue
            pairs.append((question, index))
        if len(pairs) < self.min_questions or len(pairs) * 2 < quoted:
            return {}
        if 2 * sum(1 for _, answer in pairs if _quote_asks(lines, answer)) > len(pairs):
            return {}  # most quotes ask as well: each question's translation, not its answer
        out: dict[int, SpeakerMatch] = {}
        for question, answer in pairs:
            out[question] = SpeakerMatch("", 0, 0, role="interviewer")
            out[answer] = SpeakerMatch("", 0, 0, role="interviewee")
        return out

    def _listed_answers(self, lines: Sequence[Line]) -> dict[int, SpeakerMatch]:
        """Questions as the items of a list, each answer indented under its item, a paragraph
        of its own or the item's next line (``- Why?``, ``  Because.``: Markdown's continuation of
        the item): ``min_questions`` such pairs or more."""
        out: dict[int, SpeakerMatch] = {}
        for index in range(len(lines) - 1):
            line = lines[index]
            first = line.text[0]
            if first in _NO_ITEM_FIRST or line.kind != LineKind.TEXT:
                continue  # no item: a regex call per line costs more than this test
            item = _LIST_MARK.match(line.text)
            if item is None:
                continue
            answer = lines[index + 1]
            if (
                line.text[item.end() : item.end() + 1] not in ("*", "_")  # bold is a label's or a bold question's
                and asks(_TRAILING_ASIDE.sub("", line.text))  # "…怎么解决呢？（比如…）"
                and answer.kind == LineKind.TEXT
                and answer.indent > line.indent
                and _LIST_MARK.match(answer.text) is None
                # the item opens its block, or the list runs on past the answer above it
                and (_opens_block(lines, index) or lines[index - 1].indent > line.indent)
            ):
                out[index] = SpeakerMatch("", 0, 0, role="interviewer")
                out[index + 1] = SpeakerMatch("", 0, 0, role="interviewee")
        return out if len(out) >= 2 * self.min_questions else {}

    def _marked(self, lines: Sequence[Line], seen: Sequence[int]) -> set[int]:
        """The paragraphs a question marker opens, when the document confirms them."""
        markers = self.question_markers
        marked = {
            i
            for i in seen
            if (lines[i].kind == LineKind.TEXT and _opens_with_marker(lines[i].text, markers))
            or (lines[i].kind == LineKind.HEADING and _opens_with_marker(lines[i].title, markers))  # "#### ── 仕事場は？"
        }
        # each paragraph asked once: many marked lines in one paragraph must not each read it to its end
        openers = [i for i in sorted(marked) if _opens_paragraph(lines, i)]
        if len(marked) >= self.min_questions and any(_asks(lines, i) for i in openers):
            return marked  # dashes in prose (a pause, an inner voice): an interview asks at least once
        dashed = {
            i
            for i in seen
            if lines[i].kind == LineKind.TEXT
            and (lines[i].text.startswith(self.dash_markers) or (self.glued_hyphen and glued_dash(lines[i].text)))
        }
        if len(dashed) < self.min_questions:
            # a list's hyphen before every turn, each its own paragraph: dialogue typed without a dash key
            bulleted = [i for i in seen if lines[i].kind == LineKind.TEXT and lines[i].text.startswith("- ") and _opens_paragraph(lines, i)]
            return self._alternating(lines, bulleted) if len(bulleted) >= 2 * self.min_questions else set()
        if any(not _opens_paragraph(lines, i) for i in dashed):
            return set()  # dialogue: one dashed line after another in a paragraph
        if self._glued_answers(lines, dashed):
            return dashed  # each answer on the line right below its question (-¿Por qué? / Porque…)
        if any(_next_paragraph(lines, i) in dashed for i in dashed):
            return self._alternating(lines, dashed)  # one dashed paragraph after another: dialogue, or an interview's
        asking = sum(1 for i in dashed if _asks(lines, i))
        return dashed if asking >= self.dash_questions * len(dashed) else set()

    def _glued_answers(self, lines: Sequence[Line], marked: Collection[int]) -> bool:
        """Whether the marked questions are one line each with the answer glued on the next line of
        the paragraph, unmarked (``-¿Por qué ese nombre?`` / ``Porque…``, no blank line between):
        three in four of them or more, ``min_questions`` at least, one asking, and their answers
        longer than they are. Fiction's dialogue dashes every speaker's line; the dash here marks
        the question alone, whatever it ends with (Spanish press prompts with statements too)."""
        glued = []
        ends = sorted(marked)
        for index in marked:
            below = index + 1
            if below >= len(lines) or lines[below].paragraph != lines[index].paragraph or lines[below].kind != LineKind.TEXT:
                continue
            text = lines[below].text
            if not (text.startswith(self.dash_markers) or glued_dash(text) or _opens_with_marker(text, self.question_markers)):
                glued.append(index)
        if len(glued) < self.min_questions or 4 * len(glued) < 3 * len(marked):
            return False
        asked = sum(len(lines[i].text) for i in glued)
        answered = 0
        for start in glued:  # each answer to the next question or its paragraph's end: many share one paragraph
            stop = ends[bisect.bisect_right(ends, start)] if start < ends[-1] else len(lines)
            below = start + 1
            while below < stop and lines[below].paragraph == lines[start].paragraph:
                answered += len(lines[below].text)
                below += 1
        return answered > asked and any(asks(lines[i].text, _CLOSING_QUOTES) for i in glued)

    def _alternating(self, lines: Sequence[Line], dashed: Collection[int]) -> set[int]:
        """An interview written as dialogue, a dash before every turn (``- Расскажите…?`` / ``- Это…``):
        the dashed paragraphs run in pairs, the first of each asking (``dash_questions`` of them) and
        the second answering at length (a quarter ask at most, twice the questions' length in all).
        The first of each pair are the questions; a paragraph that does not ask before one that
        does, where a question would stand, goes on with the answer above. Fiction's dialogue has
        this shape too: the decision asks that something above it say interview."""
        runs: list[list[int]] = []
        for index in sorted(dashed):
            if runs and _next_paragraph(lines, runs[-1][-1]) == index:
                runs[-1].append(index)
            else:
                runs.append([index])
        questions: list[int] = []
        answers: list[int] = []
        for run in runs:
            asking = True  # whether the next paragraph is a question's place
            for at, index in enumerate(run):
                if not asking:
                    answers.append(index)
                elif not _asks(lines, index) and at + 1 < len(run) and _asks(lines, run[at + 1]):
                    continue  # the answer above goes on (or a greeting opens): the question is the next
                else:
                    questions.append(index)
                asking = not asking
        if len(answers) < self.min_questions:
            return set()

        def length(starts: list[int]) -> int:
            return sum(len(lines[i].text) for start in starts for i in range(start, _paragraph_end(lines, start) + 1))

        asked = sum(1 for i in questions if _asks(lines, i))
        answered_asking = sum(1 for i in answers if _asks(lines, i))
        if asked < self.dash_questions * len(questions) or 4 * answered_asking > len(answers) or length(answers) < 2 * length(questions):
            return set()
        return set(questions)

    def _core(self, lines: Sequence[Line]) -> tuple[list[int], set[int]]:
        """The document's questions of one convention (marked, or bold and heading questions), and
        the marked ones."""
        starts = self._marker_starts
        seen = [i for i, line in enumerate(lines) if line.kind == LineKind.HEADING or line.text[-1] in "*_" or line.text[0] in starts]
        marked = self._marked(lines, seen)
        if marked:  # the document's questions: a heading ending in "?" is one of its titles
            return [i for i in seen if i in marked], marked
        # a bold question opens its own paragraph: one that continues a labelled line is emphasis;
        # or it stands between two plain lines of a paragraph written a line per paragraph
        # (``***Why?***`` between the last answer and the next, no blank line anywhere)
        asked: dict[tuple[str, str, str], bool] = {}  # _question reads the line alone: a page repeats its lines

        def question(line: Line) -> bool:
            key = (line.kind, line.text, line.title)
            found = asked.get(key)
            if found is None:
                found = asked[key] = self._question(line)
            return found

        core = [
            i
            for i in seen
            if (lines[i].kind == LineKind.HEADING or (lines[i].text[-1] in "*_" and (_opens_block(lines, i) or _between_plain_lines(lines, i))))
            and question(lines[i])
        ]
        return core, marked

    def _not_questions(self, lines: Sequence[Line], core: Sequence[int], levels: Collection[int]) -> str | None:
        """Why the question headings of ``core`` are no Q&A, or ``None``: a table of contents above
        them links to them and to headings that do not ask (an article's outline); more headings
        of their level bid than ask (``##### Kāmel kon!``, an exercise sheet's instructions)."""
        if _outlined(lines, levels, self.min_questions):
            return "a table of contents above them links to them and to headings that do not ask: an article's outline"
        if all(lines[i].kind == LineKind.HEADING for i in core):
            bidding = sum(
                1 for line in lines if line.kind == LineKind.HEADING and line.level in levels and line.title.rstrip(_CLOSING_QUOTES).endswith(("!", "！"))
            )
            if bidding > len(core):
                return "more headings of their level bid (end in '!') than ask: an exercise sheet's instructions"
        return None

    def _wrapped_questions(self, lines: Sequence[Line], seen: Sequence[int]) -> dict[int, int]:
        """Bold questions hard-wrapped over a few lines (``**Tu fais l’intermédiaire … en`` /
        ``somme ?**``): the first line of each, opening its paragraph, to its last."""
        out: dict[int, int] = {}
        for last in seen:
            text = lines[last].text
            if text in ("**", "__") and last > 0 and lines[last].kind == LineKind.TEXT and lines[last - 1].paragraph == lines[last].paragraph:
                # the closing bold alone on the line below the question (**What sparked it? / **)
                question = lines[last - 1].text
                if question.startswith(text) and text not in question[2:] and asks(question.rstrip()) and _opens_block(lines, last - 1):
                    out[last - 1] = last
                continue
            if lines[last].kind != LineKind.TEXT or text[0] in "*_" or not asks(text, "*_"):
                continue
            closer = text[len(text.rstrip("*_")) :]
            if closer not in ("**", "__") or closer in text[: -len(closer)]:
                continue
            first = last
            while first > 0 and last - first < self.wrapped_lines and lines[first - 1].paragraph == lines[last].paragraph:
                first -= 1
                between = lines[first].text
                if between.startswith(closer):
                    if closer not in between[len(closer) :] and _opens_block(lines, first):
                        out[first] = last
                    break
                if closer in between or lines[first].kind != LineKind.TEXT:
                    break
        return out

    def _wrapped_emphasis(self, lines: Sequence[Line], index: int, openers: Collection[str], questions: Collection[int]) -> int | None:
        """The last line of a paragraph emphasised end to end in one of the questions' ``openers``,
        hard-wrapped over up to ``wrapped_lines`` lines below ``index`` and ending as a prompt does
        (``**Et ensuite, que …`` / ``… vraiment !**``); else ``None``. Not right below a question
        (an answer in bold), and only above a plain paragraph (its answer): a bold pull quote
        ending a sentence with a full stop stays in its answer."""
        text = lines[index].text
        # an italic's single mark too, glued to its first word (``* item`` is a list's)
        opener = next((o for o in openers if text.startswith(o) and not text[len(o) : len(o) + 1].isspace()), None)
        if opener is None or opener in text[len(opener) :] or not _opens_paragraph(lines, index):
            return None
        if index > 0 and _paragraph_start(lines, index - 1) in questions:
            return None
        for below in range(index + 1, min(index + 1 + self.wrapped_lines, len(lines))):
            line = lines[below]
            if line.paragraph != lines[index].paragraph or line.kind != LineKind.TEXT:
                return None
            if opener in line.text:
                inner = line.text[: -len(opener)]
                ends = (
                    line.text.endswith(opener)
                    and opener not in inner
                    and (inner.rstrip(_CLOSING_QUOTES).endswith(_PROMPTING_ENDS) or _ASKS_THEN_REMARKS.search(" ".join(lines[i].text for i in range(index, below + 1))[: -len(opener)].rstrip()) is not None)
                )
                after = below + 1
                plain = after < len(lines) and lines[after].kind == LineKind.TEXT and lines[after].text[0] not in "*_>"
                if len(opener) == 1 and any(_SENTENCE_INSIDE.search(lines[i].text) for i in range(index, below + 1)):
                    return None  # italics wrapped over sentences: a standfirst or a caption, not a question
                return below if ends and plain else None
        return None

    def declined(self, lines: Sequence[Line]) -> tuple[int, str] | None:
        """Why no unlabelled Q&A was read, when questions were seen: the first one's line and the reason
        (asked by the parser only of a document that yields no turns)."""
        core, _ = self._core(lines)
        if not core:
            return self._declined_dashes(lines)
        if len(core) < self.min_questions and self._detect_in(lines):
            return None  # proposed as a short Q&A: the decision says why each was refused
        if len(core) >= self.min_questions:
            levels = {lines[i].level for i in core if lines[i].kind == LineKind.HEADING}
            why = self._not_questions(lines, core, levels) if levels else None
            return None if why is None else (core[0], f"{len(core)} question headings not read as a Q&A: {why}")
        return core[0], (
            f"{len(core)} unlabelled question(s) (bold, a heading, or after a ―― marker; the first here), "
            f"and MagazineQA(min_questions={self.min_questions}) needs {self.min_questions} to read an unlabelled Q&A "
            f"({self.few_questions} with their answers, few_questions={self.few_questions}, where the title says interview)"
        )

    def _declined_dashes(self, lines: Sequence[Line]) -> tuple[int, str] | None:
        """Why paragraphs opened by a dash were not read as an interview's questions, when there
        are enough of them to be."""
        starts = self._marker_starts  # every dash's first character (and others'): most lines open with none
        dashed = [
            i
            for i, line in enumerate(lines)
            if line.text[0] in starts
            and line.kind == LineKind.TEXT
            and (line.text.startswith(self.dash_markers) or (self.glued_hyphen and glued_dash(line.text)))
            and _opens_paragraph(lines, i)
        ]
        if len(dashed) < self.min_questions:
            return None
        return dashed[0], (
            f"{len(dashed)} paragraph(s) opened by a dash, not read as an interview's unlabelled questions: "
            f"MagazineQA(dash_questions={self.dash_questions}) takes them where they run in pairs, the first asking "
            "and the second answering at greater length (twice the questions' in all), or where each answer is glued "
            "below its question; a story's dialogue dashes every line"
        )

    def detect_document(self, lines: Sequence[Line]) -> Mapping[int, SpeakerMatch]:
        found = self._detect_in(lines)
        # quoted questions in emphasis ("> **1)** _Why?_", "> _…ediyor_?"), as many as a Q&A needs
        asking = sum(1 for line in lines if line.text.startswith(">") and _emphasis_asks(line.text))
        if found or asking < self.min_questions:
            return found
        # a Q&A reposted whole as a block quote: read it as written, each answer a quoted turn
        view, at = _unquoted_view(lines)
        return {at[index]: match for index, match in self._detect_in(view).items()}

    def _detect_in(self, lines: Sequence[Line]) -> dict[int, SpeakerMatch]:
        core, marked = self._core(lines)
        wrapped_questions: dict[int, int] = {}
        if not marked:  # questions hard-wrapped over a few lines, some or all of them
            wrapped_questions = self._wrapped_questions(lines, [i for i, line in enumerate(lines) if line.text[-1] in "*_"])
            core = sorted({*core, *wrapped_questions})
        few = len(core) < self.min_questions
        if few:
            listed = self._listed_answers(lines) or self._quoted_answers(lines)
            # a bold question opened by its label (**Q: Why?**) is that label's: no short unlabelled Q&A
            core = [i for i in core if lines[i].kind == LineKind.HEADING or not _opens_with_label(lines, i)]
            if listed or len(core) < self.few_questions:
                return listed
        written = [i for i in core if lines[i].kind == LineKind.TEXT]
        if len(written) >= self.min_questions and len(core) == len(written) + 1 and lines[core[-1]].kind == LineKind.HEADING:
            # questions written in emphasis, and one heading that asks after the last of them: the
            # page's ("### Using our site for work?" under the interview), not one more question
            core = written
        levels = {lines[i].level for i in core if lines[i].kind == LineKind.HEADING}
        if levels and self._not_questions(lines, core, levels) is not None:
            return {}
        openers = {found[0] for i in core if lines[i].kind == LineKind.TEXT and (found := wrapped(_item_text(lines[i].text)))}
        questions = set(core)
        # most questions have their answer on the next line of their paragraph (**Why?**<br>Because.)
        glued = 2 * sum(i + 1 < len(lines) and lines[i + 1].paragraph == lines[i].paragraph for i in core) > len(core)
        # a greeting before the first question is one of them when it is laid out as they are
        first = _paragraph_start(lines, core[0] - 1) if glued and core[0] > 0 else core[0]
        # and so is a prompt right under the heading above the first question (**Tell us about yourself.**)
        prompt = _under_heading(lines, core[0])
        before = (prompt,) if prompt is not None and prompt < first else ()
        # and items of the questions' numbered list before the first that asks (1. __Tell us about
        # yourself.__), in its section: up to the heading above it
        items = tuple(_items_above(lines, first))
        # and questions hard-wrapped in the questions' emphasis above the first, when they ask
        # (an italic standfirst ending a sentence is the page's)
        for index in range(first):
            last = self._wrapped_emphasis(lines, index, openers, questions) if lines[index].kind == LineKind.TEXT else None
            if last is not None and asks(lines[last].text, "*_"):
                questions.add(index)
                wrapped_questions[index] = last
        for index in itertools.chain(items, before, range(first, len(lines))):
            line = lines[index]
            # a heading of the questions' level between them asks too, unless it names someone (### Janna Weber)
            same_level = line.kind == LineKind.HEADING and line.level in levels and index < core[-1] and _FULL_NAME.fullmatch(line.title) is None
            # a bold run that is a label (**A:** …) opens an answer, not a question
            opens_bold = line.kind == LineKind.TEXT and line.text.startswith("**") and not _opens_with_bold_label(line)
            if same_level or (opens_bold and asks(line.text, "*_ ")):
                questions.add(index)
            elif (
                line.kind == LineKind.TEXT
                and _item_text(line.text)[:1] in ("*", "_")
                and (
                    _alone_in_block(lines, index)
                    or (glued and (_opens_block(lines, index) or _between_plain_lines(lines, index)) and _glued_below(lines, index))
                )
                and (found := wrapped(_item_text(line.text))) is not None  # else it may be wrapped over lines (below)
            ):
                if found[0] in openers and found[1].rstrip(_CLOSING_QUOTES).endswith(_SENTENCE_ENDS):
                    questions.add(index)  # the questions' emphasis, a sentence whatever it ends with (a title is a heading)
            elif line.kind == LineKind.TEXT and (last := self._wrapped_emphasis(lines, index, openers, questions)) is not None:
                questions.add(index)  # the same, hard-wrapped over a few lines of its paragraph
                wrapped_questions[index] = last
        if levels:  # before the first question and after the last, a prompt at their level that ends a sentence
            questions.update(
                i
                for i, line in enumerate(lines)
                if line.kind == LineKind.HEADING and line.level in levels and line.title.rstrip(_CLOSING_QUOTES).endswith(_PROMPT_ENDS)
            )
        glued_answers = bool(marked) and self._glued_answers(lines, marked)
        pairs: list[tuple[int, int]] = []
        for index in sorted(questions):
            answer = self._answer(lines, wrapped_questions.get(index, index), new_paragraph=index in marked and not glued_answers)
            if answer is not None and answer not in questions:
                pairs.append((index, answer))
        if len(pairs) < (self.few_questions if few else self.min_questions):
            return {}
        credited = {answer: after for _, answer in pairs if (after := _past_credit(lines, answer)) is not None}
        # credits alike (Asked by …), not asides each of its own (*Laughs.*, *Long pause.*)
        if len(credited) * 2 >= len(pairs) and len({_first_word(lines[answer].text) for answer in credited}) == 1:
            # most questions carry an italic line of their own before the answer (*Asked by @ana*)
            pairs = [(question, credited.get(answer, answer)) for question, answer in pairs]
        out: dict[int, SpeakerMatch] = {}
        for question, answer in pairs:
            out[question] = SpeakerMatch("", 0, 0, role="interviewer", weak=few)
            out[answer] = SpeakerMatch("", 0, 0, role="interviewee", weak=few)
        return out


def _emphasis_asks(text: str) -> bool:
    """Whether ``text`` ends in emphasis closing a question, a quotation mark between them or not
    (``**Why?**``, ``**1) "Why?"**``)."""
    end = text.rstrip()
    return end.endswith(_EMPHASISED_ASKING) or (end[-1:] in ("*", "_") and end.rstrip("*_").rstrip(_CLOSING_QUOTES).endswith(tuple(QUESTION_MARKS)))


_SENTENCE_INSIDE = regex.compile(r"[.!。！](?=\s)|[。！](?=\S)")
"""A sentence ending inside a paragraph: more than one question's words."""


_NUMBERED_QUESTION = regex.compile(r"(\d{1,3})[.)][ \t]{1,4}(?=\S)")
"""A questionnaire's number before its question (``2.  When did you start?``)."""


def counts_from_one(numbers: Sequence[int]) -> bool:
    """Whether ``numbers`` run 1, 2, 3… in order: a questionnaire's, not a list's taken out of it."""
    return list(numbers) == list(range(1, len(numbers) + 1))


class PlainQuestions:
    """``How did you start?`` then ``I was working part-time…``: questions written as plain
    paragraphs, with nothing to mark them but the question mark, each followed by its answer
    (a school paper's or a blog's interview). The questions become interviewer turns and the
    paragraphs below them interviewee turns, both without a speaker name.

    Prose asks too (``Why does it matter?`` then the article's answer), so the pairs are only
    proposed here: ``min_questions`` of them or more, in a document whose questions are marked
    in no other way (no emphasised, heading or dashed question: :class:`MagazineQA` reads those),
    and only as a last resort (``fallback``): when the document's other proposals make no turn.
    The decision takes them only where the title says the document is an interview, most
    questions address someone and most answers speak for their speaker
    (``Conventions.titles_an_interview``, ``address_words``, ``first_person_words``); an answer
    that is a quotation from end to end is an article quoting someone, and no answer here.

    Grammar: ``(PARAGRAPH_ENDING_IN_? PARAGRAPH+)+``, each question a paragraph of one line.
    """

    name = "plain_questions"
    fallback = True
    """Asked only of a document whose other proposals make no turn: a labelled interview's plain
    questions are speech inside its turns."""
    _MARKUP_FIRST = frozenset("*_>#-+|[!<(`~=—―–ー")
    """First characters of a line that is no plain question or answer: markup (a list's ``- ``),
    and the dashes that mark questions (``— Why?``, ``――なぜ？``: a document asking so is
    :class:`MagazineQA`'s)."""

    def __init__(self, min_questions: int = 3, longest: int = 300) -> None:
        self.min_questions = min_questions
        """How many plain questions, each answered in the paragraph below it, a document needs."""
        self.longest = longest
        """The longest line read as a plain question (a longer one is a paragraph of prose)."""

    def detect_document(self, lines: Sequence[Line]) -> Mapping[int, SpeakerMatch]:
        pairs = self._pairs(lines)
        if len(pairs) < self.min_questions:
            return {}
        out: dict[int, SpeakerMatch] = {}
        for question, answer in pairs:
            # a numbered question keeps its number (``2.  When did you start?``): no label holds it
            out[question] = SpeakerMatch("", 0, 0, role="interviewer", detector=self.name)
            out[answer] = SpeakerMatch("", 0, 0, role="interviewee", detector=self.name)
        return out

    def declined(self, lines: Sequence[Line]) -> tuple[int, str] | None:
        """Why plain questions that were seen were not read (asked only of a document without turns)."""
        pairs = self._pairs(lines)
        if len(pairs) < 2 or len(pairs) >= self.min_questions:
            return None
        return pairs[0][0], (
            f"{len(pairs)} plain paragraph(s) that ask, each followed by a paragraph: "
            f"PlainQuestions(min_questions={self.min_questions}) reads an unmarked Q&A from {self.min_questions}"
        )

    def _pairs(self, lines: Sequence[Line]) -> list[tuple[int, int]]:
        """Each plain one-line paragraph that asks, with the plain paragraph below it; none in a
        document that marks its questions (emphasis, a heading, a dash)."""
        pairs: list[tuple[int, int]] = []
        numbered: list[tuple[int, int]] = []  # numbered paragraphs answered below, asking or not
        for index, line in enumerate(lines):
            text = line.text
            if text[:1].isdigit() and (number := _NUMBERED_QUESTION.match(text)) is not None and self._numbered(lines, index):
                numbered.append((index, int(number[1])))
            if ("?" not in text and text.isascii()) or _ANY_QUESTION_MARK.search(text) is None:
                continue  # most lines: no question mark anywhere (a heading's title holds none its line lacks)
            if line.kind == LineKind.HEADING and asks(line.title, _CLOSING_QUOTES):
                return []  # questions written as headings: MagazineQA's
            if line.kind != LineKind.TEXT or not asks(text, _CLOSING_QUOTES + " \t"):
                continue
            if (text[0] in "*_" and text.rstrip(_QUESTION_AND_SPACE)[-1:] in ("*", "_")) or text[0] in "—―–ー" or text.startswith("--"):
                return []  # an emphasised or a dashed question: MagazineQA's
            if text[0] in self._MARKUP_FIRST or len(text) > self.longest or not _alone_in_paragraph(lines, index) or _opens_with_label(lines, index):
                continue
            answer = index + 1
            if answer < len(lines) and self._answers(lines, answer):
                pairs.append((index, answer))
        if len(numbered) >= self.min_questions and counts_from_one([n for _, n in numbered]):
            # a questionnaire numbered 1, 2, 3… in which most items ask: those that bid (``1. Tell us
            # about you...``) are its questions too
            asking = {question for question, _ in pairs}
            if 2 * sum(index in asking for index, _ in numbered) > len(numbered):
                pairs = sorted({*pairs, *((index, index + 1) for index, _ in numbered)})
        return pairs

    def _numbered(self, lines: Sequence[Line], index: int) -> bool:
        """Whether the numbered paragraph at ``index`` (``3.  Why the name?``) is one line alone,
        with a paragraph of text below it that is not the next number."""
        below = index + 1
        return (
            lines[index].kind == LineKind.TEXT
            and len(lines[index].text) <= self.longest
            and _alone_in_paragraph(lines, index)
            and below < len(lines)
            and lines[below].kind == LineKind.TEXT
            and not (_alone_in_paragraph(lines, below) and _NUMBERED_QUESTION.match(lines[below].text))
        )

    def _answers(self, lines: Sequence[Line], index: int) -> bool:
        """Whether the paragraph opening at ``index`` is plain text that does not ask, and opens with no label."""
        line = lines[index]
        if line.kind != LineKind.TEXT or line.text[0] in self._MARKUP_FIRST or _quoted(lines, index) or _asks(lines, index):
            return False  # an answer that is a quotation is an article quoting someone
        return not _opens_with_label(lines, index)


def _opens_with_bold_label(line: Line) -> bool:
    """Whether the line opens with a bold label closed before its speech (``**A:** …``, ``**A**:``),
    as :class:`BoldLabel` reads one: the answer's speaker, whatever the speech ends with."""
    read = _BOLD_LABEL._read(line)
    return read is not None and read[0]["inside"] is None


def _items_above(lines: Sequence[Line], index: int) -> list[int]:
    """The numbered list items with emphasis above ``index``, up to the nearest heading, first first."""
    found = []
    for above in range(index - 1, -1, -1):
        line = lines[above]
        if line.kind == LineKind.HEADING:
            break
        if line.kind == LineKind.TEXT and line.text[:1].isdigit() and _LIST_ITEM.match(line.text):
            found.append(above)
    return found[::-1]


def _item_text(text: str) -> str:
    """``text`` without a list item's marker before its emphasis (``1. __Why?__`` → ``__Why?__``)."""
    first = text[:1]
    item = _LIST_ITEM.match(text) if first.isdigit() or first in ("-", "+", "*") else None  # what a marker starts with
    return text if item is None else text[item.end() :]


_FULL_NAME = regex.compile(rf"{_LATIN_WORD}(?:[ \t]{_LATIN_WORD}){{1,3}}")
"""A name of two to four capitalised words, as a heading over one interviewee's answers writes it."""


def _between_plain_lines(lines: Sequence[Line], index: int) -> bool:
    """Whether the lines right above and below ``index``, in its paragraph, are plain text (neither
    opens nor closes emphasis): a question set on a line of its own between two answers' lines.
    Not a list's item: a list of questions with their answers below them is a questionnaire's
    layout, read (or not) as a list."""
    above = lines[index - 1] if index > 0 else None
    return (
        above is not None
        and lines[index].text[:1] in ("*", "_")
        and above.paragraph == lines[index].paragraph
        and above.kind == LineKind.TEXT
        and above.text[0] not in "*_"
        and above.text[-1] not in "*_"
        and _glued_below(lines, index)
        and lines[index + 1].text[-1] not in "*_"
    )


def _glued_below(lines: Sequence[Line], index: int) -> bool:
    """Whether plain text follows ``index`` on the next line of its paragraph."""
    below = index + 1
    return below < len(lines) and lines[below].paragraph == lines[index].paragraph and lines[below].text[0] not in "*_"


def _first_word(text: str) -> str:
    """The first word of a line, its emphasis and case set aside."""
    words = text.strip("*_ ").split(maxsplit=1)
    return words[0].casefold() if words else ""


def _past_credit(lines: Sequence[Line], index: int) -> int | None:
    """The first line of the paragraph after ``index`` when ``index`` is a one-line paragraph in
    italics (not bold) and plain text follows it: a question's credit or aside (``*Asked by @ana*``)."""
    text = lines[index].text
    if len(text) < 3 or text[0] not in "*_" or text[:2] in ("**", "__") or text[-1] != text[0] or not _alone_in_paragraph(lines, index):
        return None
    after = _next_paragraph(lines, index)
    if after is None or lines[after].kind != LineKind.TEXT or lines[after].text[0] in "*_>|":
        return None
    return after


def _outlined(lines: Sequence[Line], levels: Collection[int], enough: int) -> bool:
    """Whether link lines (a table of contents: ``[★GFW 如何封杀 BTsync？](#head-3)``) name, above
    them, ``enough`` headings or more at ``levels``, one of them a heading that does not ask
    (``★引子``): an article's outline. A table of questions alone may head an interview, and links
    after a heading (sharing it) are no contents."""
    linked: set[str] = set()
    named = plain = 0
    for line in lines:
        if line.kind == LineKind.LINK:
            found = _LINK_TEXT.match(line.text)
            if found is not None:
                linked.add(found[1])
        elif line.kind == LineKind.HEADING and line.level in levels and line.title in linked:
            named += 1
            plain += not asks(line.title, _CLOSING_QUOTES)
    return named >= enough and plain > 0


_LINK_TEXT = regex.compile(r"\[([^\]\n]{1,300})\]\(")


def _unquoted_view(lines: Sequence[Line]) -> tuple[list[Line], list[int]]:
    """The lines with their block-quote marks taken off, a ``>`` alone ending a paragraph as a
    blank line does; and each line's index in ``lines``."""
    view: list[Line] = []
    at: list[int] = []
    paragraph = 0
    for index, line in enumerate(lines):
        if index and line.paragraph != lines[index - 1].paragraph:
            paragraph += 1
        text = line.text
        if text.startswith(">"):
            text = text[1:].lstrip(" \t")
            if not text:
                paragraph += 1
                continue
            kind, level, title = classify(text)  # a quoted heading, picture or link reads as one
            line = line._replace(kind=kind, level=level, title=title)
        view.append(line._replace(text=text, paragraph=paragraph))
        at.append(index)
    return view, at


class CaptionMarker:
    """``>> speech``: the closed-caption mark of a new speaker, the speaker unnamed unless a name
    and a colon follow it (``>> ANA LIMA: speech``); a time may stand before it (``[00:00:17]  >>
    Well,``). Lines without the mark continue the turn. ``>>> `` is Python's prompt, not a caption.

    A Markdown block quote nested twice (an e-mail's ``>> quoted``) has the shape too; it quotes
    a paragraph line after line, where captions open a paragraph (or a line) at each speaker:
    so unnamed marks are taken only when ``min_markers`` or more lines carry them and
    ``paragraph_share`` of them open their paragraph. A mark that names its speaker is proposed
    whatever the count, and weighed as any label is.
    Grammar: ``[TS] ">>" [NAME COLON] SPEECH``
    """

    name = "caption_marker"
    needs = ">>"
    """A text without it has no caption marks: the parser does not run the detector (optional, for any
    document detector)."""

    def __init__(self, *, min_markers: int = 5, paragraph_share: float = 0.8) -> None:
        self.min_markers = min_markers
        self.paragraph_share = paragraph_share

    _MARK = regex.compile(
        rf"(?:\[?(?P<ts0>{TS})\]?[ \t]{{1,4}})?>>[ \t]{{1,4}}(?:(?P<label>{_NAME}{_COMMA_ROLE}){_COLON}[ \t]{{1,4}})?(?=\S)"
    )

    def declined(self, lines: Sequence[Line]) -> tuple[int, str] | None:
        """Why caption marks that were seen were not taken (asked only of a document without turns)."""
        found, openers = self._marks(lines)
        if not found or self._enough(len(found), openers):
            return None
        named = sum(1 for match in found.values() if match.label)
        mail = f"; the {named} that name someone stand in a quoted e-mail (its '>' lines)" if named and _quotes_mail(lines) else ""
        return min(found), (
            f"{len(found)} caption mark(s) '>>', {openers} of them opening a paragraph or a cue's text: "
            f"CaptionMarker(min_markers={self.min_markers}, paragraph_share={self.paragraph_share}) takes marks without a name as captions "
            f"only when that many open one (an e-mail quotes line after line){mail}"
        )

    def _enough(self, marks: int, openers: int) -> bool:
        return marks >= self.min_markers and openers >= self.paragraph_share * marks

    def detect_document(self, lines: Sequence[Line]) -> Mapping[int, SpeakerMatch]:
        found, openers = self._marks(lines)
        if not self._enough(len(found), openers):
            # a mark that names its speaker (``>> ANA LIMA: speech``) is a label whatever the count:
            # the decision weighs it as any label, and a quoted e-mail's ``>> text`` stays text; an
            # e-mail quotes at one level too (``> I can, but…``), and there ``>> Jane: …`` is quoted mail
            if _quotes_mail(lines):
                return {}
            return {index: match for index, match in found.items() if match.label}
        # a caption file's cues are all speech: the first cue's text, before any mark, is a turn too
        first = next((i for i, line in enumerate(lines) if line.kind == LineKind.TEXT), None)
        if first is not None and first < min(found) and below_cue_timing(lines, first):
            found[first] = SpeakerMatch("", 0, 0)
        return found

    def _marks(self, lines: Sequence[Line]) -> tuple[dict[int, SpeakerMatch], int]:
        found: dict[int, SpeakerMatch] = {}
        openers = 0
        for index, line in enumerate(lines):
            text = line.text
            if ">>" not in text or text.find(">>", 0, 16) < 0 or line.kind != LineKind.TEXT:  # (no call for most lines)
                continue
            match = self._MARK.match(text)
            if match is None:
                continue
            label = (match["label"] or "").strip()
            found[index] = SpeakerMatch(label, match.end(), match.end(), timestamp=match["ts0"])
            # a caption file's cue opens with its number and timing: the mark right below them opens its text
            above = lines[index - 1] if index else None
            openers += above is None or above.paragraph != line.paragraph or above.kind == LineKind.APPARATUS
        return found, openers


def _one_word_names(lines: Sequence[Line], candidates: Mapping[int, str]) -> set[int]:
    """The name lines of one word set apart in emphasis (``**Nic**``): a name only beside fuller
    names or in a panel (see :class:`NameOnOwnLine`)."""
    return {i for i, key in candidates.items() if " " not in key and _one_word_in_emphasis(lines[i].text)}


def _quotes_mail(lines: Sequence[Line]) -> bool:
    """Whether a line is quoted at one level (``> I can, but…``), as an e-mail quotes the one before."""
    return any(line.text[:1] == ">" and line.text[1:2] != ">" for line in lines)


_BOLD_LABEL, _QA_MARKER = BoldLabel(), QAMarker()
"""The conventions :class:`ListedQA` reads after a list's mark."""


class QuotedLabel(_AfterMark):
    """``> **Ana:** Hello.`` -- a label inside a block quote (a blog post quoting a transcript, a
    record quoting an interjection: ``> *Voice from the floor:* Shame!``): the label conventions read
    after the quote mark. ``>>`` is a caption's mark or a quote nested twice, not read here.

    Grammar: ``">" [" "] (BOLD_LABEL | QA_LABEL | CAPS_LABEL | PLAIN_LABEL)``
    """

    name = "quoted_label"
    first = frozenset(">")
    _mark = regex.compile(r">[ \t]?(?=[^\s>])")

    def _readers(self) -> tuple[SpeakerDetector, ...]:
        return _QUOTABLE


_PLAIN_LABEL = PlainLabel()
_LIST_ITEM_LABEL = _ListItemLabel()
_QUOTABLE: tuple[SpeakerDetector, ...] = (_BOLD_LABEL, _QA_MARKER, CapsLabel(), _PLAIN_LABEL)
_MARKED: tuple[SpeakerDetector, ...] = (_BOLD_LABEL, CapsLabel(), _PLAIN_LABEL)
"""The conventions :class:`MarkedLabel` reads after a broadcaster's mark."""
_MARK_READER = _MarkReader()
"""The conventions :class:`QuotedLabel` reads after a quote mark."""

BUILTIN_DETECTORS: tuple[Detector, ...] = (
    BoldLabel(),
    BoldNameThenColonLine(),
    TimedBoldName(),
    TimedNameLine(),
    QAMarker(),
    ListedQA(),
    CapsLabel(),
    BracketLabel(),
    NameQuote(),
    AngleLabel(),
    ChatHandle(),
    QuotedLabel(),
    MarkedLabel(),
    AssemblyMark(),
    CaptionMarker(),
    HeadingLabel(),
    HeadingName(),
    NameTimestamp(),
    PlainLabel(),
    DashLabel(),
    RunInName(),
    NameOnOwnLine(),
    DefinitionLabel(),
    ChatTurnLine(),
    BareAnswer(),
    DashedNames(),
    KeyedInitials(),
    ColumnLabel(),
    ListedLabel(),
    MagazineQA(),
    PlainQuestions(),
)
"""The built-in detectors, in the order they are tried."""
