"""TalkBank CHAT transcripts (``.cha``, ``--format chat``), for CLAN and pylangacq.

The file has the headers CHAT requires (``@UTF8``, ``@Begin``,
``@Languages``, ``@Participants``, one ``@ID`` per participant, ``@End``),
``@Date`` and the title as a ``@Comment`` when the document has them, a
lazy gem ``@G`` where each section starts, and one ``*CODE:`` main line per
utterance.

* **Participants.** Each speaker gets a three-letter code from their name
  (``Lena`` -> ``LEN``; a title word such as ``Dr.`` is skipped; a clash
  becomes ``LE2``) or, when the name has fewer than three Latin letters
  (``Q``, ``主持人``), from their role: ``INV`` for the interviewer,
  ``PAR`` for an interviewee. Roles come from CHAT's fixed list, which has
  no "interviewer": interviewers are ``Investigator``, everyone else
  ``Participant``, and turns without a speaker are ``UNK``,
  ``Unidentified``.
* **Utterances.** A turn is split where a sentence ends (``.``, ``?``,
  ``!``, ``。``, ``？``, ``！`` followed by a space, by Chinese text or by
  the end of a paragraph; an abbreviation's full stop, as in "Mr. Lee",
  ends one too) and at paragraph breaks. Each utterance ends
  with one CHAT terminator, separated by a space: ``?`` when the sentence
  ended with a question mark, ``!`` for an exclamation, ``+...`` (trailing
  off) for a trailing ellipsis, ``.`` otherwise (``。`` is not a CHAT
  terminator).
* **Words.** CHAT counts words between spaces, so Chinese characters are
  written one per word (``split_han=False`` keeps runs of them together,
  for text already segmented with spaces). CHAT has no escape character:
  the characters it reserves on a main line (``[ ] < > ( ) { } ; : + @ $ &
  * % ^ ~``, quotation marks, the conversation-analysis symbols), and any
  other punctuation or symbol, are written as a space; full-width commas
  become CHAT's ``,``. Words that CHAT would read as codes are written with
  a full-width character, which NFKC folds back: ``xxx``/``yyy``/``www``
  (unintelligible speech) as ``ｘｘｘ``, a word starting with ``0`` (an
  omitted word) as ``０…``, a ``-0`` inside a word as ``-０``.

Every such change is counted and reported as a
:class:`~interview_parser.errors.Diagnostic` (code ``chat-replaced`` or
``chat-dropped``) at the first source line where it happened.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Sequence

import attrs
import regex

from ..errors import Diagnostic
from ..model import Interview
from ._base import ExportContext, Written

__all__ = ["ROLES", "ChatParticipant", "ChatTranscript", "chat_transcript", "to_chat", "write_chat"]

ROLES: dict[str | None, str] = {"interviewer": "Investigator", "interviewee": "Participant", None: "Participant"}
"""Our speaker roles and the CHAT role each becomes (any other role: ``Participant``)."""

_ROLE_CODES = {"Investigator": "INV", "Participant": "PAR"}
_UNKNOWN = "UNK"
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_HAN = regex.compile(r"\p{Han}")
_TERMINAL = frozenset(".?!。？！．｡…‼⁇⁈⁉")
_ALWAYS_ENDS = frozenset("。？！｡")  # Chinese full stops end a sentence even without a space after them
_ELLIPSIS = frozenset(".．…")
_CLOSERS = frozenset("\"'”’」』）)]】》〉>›»")
_COMMAS = frozenset(",，、､﹐﹑")
_JOINERS = frozenset("'-_’‘")  # kept inside a word, between two word characters
_CODE_WORDS = frozenset({"xxx", "yyy", "www", "xx", "yy"})
_STRESS = frozenset("ˈˌ")  # modifier letters CHAT reads as stress marks
_DECOMPOSE = frozenset("Ϋ\u1f29")  # Greek letters CHAT reads as conversation-analysis marks
# Words of each script: a Chinese or Japanese character is about a word, elsewhere a run of letters is one.
_SCRIPTS = (
    ("zho", regex.compile(r"\p{Han}")),
    ("jpn", regex.compile(r"[\p{Hiragana}\p{Katakana}]")),
    ("kor", regex.compile(r"\p{Hangul}+")),
    ("eng", regex.compile(r"\p{Latin}+")),
    ("rus", regex.compile(r"\p{Cyrillic}+")),
    ("ell", regex.compile(r"\p{Greek}+")),
    ("ara", regex.compile(r"\p{Arabic}+")),
    ("heb", regex.compile(r"\p{Hebrew}+")),
    ("hin", regex.compile(r"\p{Devanagari}+")),
    ("tha", regex.compile(r"\p{Thai}")),
)


@attrs.frozen
class ChatParticipant:
    """One ``@Participants`` entry."""

    code: str
    """The three-letter speaker code of the main lines (``LEN``, ``INV``, ``UNK``)."""
    name: str
    """The name as CHAT writes it (spaces as ``_``); empty when the name has nothing CHAT can hold."""
    role: str
    """A role from CHAT's list: ``Investigator``, ``Participant`` or ``Unidentified``."""
    key: str | None
    """The speaker's key in the interview; ``None`` for ``UNK`` (turns without a speaker)."""


@attrs.frozen
class ChatTranscript:
    """A CHAT transcript, the participants it names, and what had to change to write it."""

    text: str
    participants: tuple[ChatParticipant, ...]
    diagnostics: tuple[Diagnostic, ...] = ()


class _Changes:
    """Counts each kind of change and remembers the first source line it happened on."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str], list[int]] = {}
        self.line = 1

    def note(self, code: str, what: str, times: int = 1) -> None:
        entry = self.seen.setdefault((code, what), [0, self.line])
        entry[0] += times

    def diagnostics(self) -> tuple[Diagnostic, ...]:
        out = []
        for (code, what), (count, line) in self.seen.items():
            times = "once" if count == 1 else f"{count} times"
            out.append(Diagnostic(code, f"CHAT: {what} ({times}; first here)", line))
        return tuple(out)


def _describe(char: str) -> str:
    return f"“{char}” (U+{ord(char):04X})" if char.isprintable() else f"U+{ord(char):04X}"


@functools.lru_cache(maxsize=4096)
def _is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN" and char not in _STRESS


@functools.lru_cache(maxsize=4096)
def _is_han(char: str) -> bool:
    return _HAN.match(char) is not None


def _words(sentence: str, changes: _Changes, *, split_han: bool) -> list[str]:
    """The CHAT words of one sentence (no terminator), with every character CHAT cannot hold replaced."""
    tokens: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            tokens.append(_fix_word("".join(current), changes))
            current.clear()

    for index, char in enumerate(sentence):
        if char in _COMMAS:
            flush()
            if char != ",":
                changes.note("chat-replaced", f"{_describe(char)} written as CHAT's comma “,”")
            if tokens and tokens[-1] != ",":
                tokens.append(",")
            continue
        if split_han and _is_han(char):
            flush()
            tokens.append(char)
            continue
        if char in _DECOMPOSE:
            changes.note("chat-replaced", f"{_describe(char)} is a CHAT transcription mark: written decomposed (NFD)")
            current.extend(unicodedata.normalize("NFD", char))
            continue
        if _is_word_char(char):
            current.append(char)
            continue
        inside = (
            char in _JOINERS
            and current
            and index + 1 < len(sentence)
            and _is_word_char(sentence[index + 1])
            and not (split_han and _is_han(sentence[index + 1]))
        )
        if inside:
            if char in "’‘":
                changes.note("chat-replaced", f"{_describe(char)} inside a word written as the apostrophe “'”")
                char = "'"
            current.append(char)
            continue
        flush()
        if not char.isspace():
            changes.note("chat-replaced", f"{_describe(char)} cannot be written on a CHAT main line: written as a space")
    flush()
    while tokens and tokens[0] == ",":
        tokens.pop(0)
    while tokens and tokens[-1] == ",":
        tokens.pop()
    return tokens


def _fix_word(word: str, changes: _Changes) -> str:
    """A word CHAT would read as a code, written so that it reads as the word."""
    if word.lower() in _CODE_WORDS:
        changes.note("chat-replaced", f"“{word}” marks unintelligible speech in CHAT: written full-width")
        return "".join(chr(ord(c) + 0xFEE0) for c in word)
    if word.startswith("0"):
        changes.note("chat-replaced", "a word starting with “0” is an omitted word in CHAT: its 0 written full-width “０”")
        word = "０" + word[1:]
    if "-0" in word:
        changes.note("chat-replaced", "“-0” inside a word is a CHAT 0-affix: its 0 written full-width “０”")
        word = word.replace("-0", "-０")
    return word


def _utterances(text: str, changes: _Changes, *, split_han: bool) -> list[str]:
    """The main-line bodies (words and terminator) of one turn's text."""
    out: list[str] = []

    def finish(sentence: str, run: str, terminator: str) -> None:
        words = _words(sentence, changes, split_han=split_han)
        if not words:
            changes.note("chat-dropped", "a sentence without any word is left out")
            return
        if not run:
            changes.note("chat-replaced", "a sentence without an end mark ends with the CHAT terminator “.”")
        elif run != terminator:
            changes.note("chat-replaced", f"the sentence end “{run}” written as the CHAT terminator “{terminator}”")
        out.append(" ".join([*words, terminator]))

    for paragraph in regex.split(r"\n\s*\n", text):
        flat = " ".join(paragraph.split())
        start = index = 0
        while index < len(flat):
            if flat[index] not in _TERMINAL:
                index += 1
                continue
            end = index
            while end < len(flat) and flat[end] in _TERMINAL:
                end += 1
            run = flat[index:end]
            after = end
            while after < len(flat) and flat[after] in _CLOSERS:
                after += 1
            ellipsis = all(c in _ELLIPSIS for c in run) and (len(run) > 1 or run == "…")
            closes = after == len(flat) or (
                not ellipsis
                and (flat[after].isspace() or _is_han(flat[after]) or any(c in _ALWAYS_ENDS for c in run))
            )
            if not closes:
                index = end  # inside the sentence ("3.5", "U.S.A", "wait... what"): left to _words
                continue
            if any(c in "?？⁇⁈⁉" for c in run):
                terminator = "?"
            elif any(c in "!！‼" for c in run):
                terminator = "!"
            elif ellipsis:
                terminator = "+..."
            else:
                terminator = "."
            for char in flat[end:after]:
                changes.note("chat-replaced", f"{_describe(char)} cannot be written on a CHAT main line: written as a space")
            finish(flat[start:index], run, terminator)
            start = index = after
        if flat[start:].strip():
            finish(flat[start:], "", ".")
    return out


def _languages(texts: Iterable[str]) -> tuple[str, ...]:
    """ISO 639-3 codes of the scripts that make up at least a tenth of the words, most used first."""
    counts = dict.fromkeys((code for code, _ in _SCRIPTS), 0)
    for text in texts:
        for code, pattern in _SCRIPTS:
            counts[code] += len(pattern.findall(text))
    total = sum(counts.values())
    if total == 0:
        return ("und",)
    found = sorted((code for code, n in counts.items() if n * 10 >= total), key=lambda code: -counts[code])
    return tuple(found)


def _name(name: str) -> str:
    """A name as one CHAT token: spaces as ``_``, only letters, digits and ``'-_``."""
    joined = "_".join(name.split())
    return "".join(c for c in joined if _is_word_char(c) or c in "'-_").strip("_")


def _base_code(name: str, role: str) -> str:
    words = name.split()
    if len(words) > 1 and words[0].endswith("."):
        words = words[1:]  # "Dr. Lima", "MS. SMITH": the title says little about who speaks
    letters = [c for c in unicodedata.normalize("NFKD", "".join(words)).upper() if "A" <= c <= "Z"]
    if len(letters) >= 3:
        return "".join(letters[:3])
    return _ROLE_CODES.get(role, "PAR")


def _codes(wanted: Sequence[str], reserved: set[str]) -> list[str]:
    taken = set(reserved)
    codes = []
    for base in wanted:
        candidates = [base] + [base[:2] + str(n) for n in range(2, 10)] + [base[0] + f"{n:02d}" for n in range(10, 100)]
        code = next(c for c in candidates if c not in taken)
        taken.add(code)
        codes.append(code)
    return codes


def chat_transcript(
    doc: Interview,
    *,
    corpus: str = "interviews",
    languages: Sequence[str] | None = None,
    split_han: bool = True,
) -> ChatTranscript:
    """``doc`` as a CHAT transcript, with its participants and a diagnostic for each kind of change.

    ``corpus`` is the corpus name of the ``@ID`` lines; ``languages`` the
    ISO 639-3 codes of ``@Languages`` (default: found from the scripts of
    the text: each script that writes a tenth of the words, Latin
    taken as English, Han as Chinese).

    Examples:
        >>> from interview_parser import parse
        >>> doc = parse("**Lena:** How did it start? Tell me.\\n\\n**Marco:** Four of us were laid off.\\n\\n"
        ...             "**Lena:** And then?\\n\\n**Marco:** We had the skills 【and】 no ovens.")
        >>> chat = chat_transcript(doc)
        >>> print(chat.text)  # doctest: +NORMALIZE_WHITESPACE
        @UTF8
        @Begin
        @Languages:	eng
        @Participants:	LEN Lena Investigator, MAR Marco Participant
        @ID:	eng|interviews|LEN|||||Investigator|||
        @ID:	eng|interviews|MAR|||||Participant|||
        *LEN:	How did it start ?
        *LEN:	Tell me .
        *MAR:	Four of us were laid off .
        *LEN:	And then ?
        *MAR:	We had the skills and no ovens .
        @End
        <BLANKLINE>
        >>> [d.message for d in chat.diagnostics]
        ['CHAT: “【” (U+3010) cannot be written on a CHAT main line: written as a space (once; first here)', 'CHAT: “】” (U+3011) cannot be written on a CHAT main line: written as a space (once; first here)']
    """
    changes = _Changes()
    order: list[str | None] = []
    for turn in doc.turns:
        if turn.key not in order:
            order.append(turn.key)
    speakers = {s.key: s for s in doc.speakers}
    people: list[tuple[str | None, str, str]] = []  # key, name, CHAT role
    for key in order:
        if key is None:
            continue
        speaker = speakers.get(key)
        name = speaker.name if speaker else next(t.speaker or key for t in doc.turns if t.key == key)
        role = speaker.role if speaker else next((t.role for t in doc.turns if t.key == key), None)
        people.append((key, name, ROLES.get(role, "Participant")))
    reserved = {_UNKNOWN} if None in order else set()
    codes = _codes([_base_code(name, role) for _, name, role in people], reserved)
    participants = [ChatParticipant(code, _name(name), role, key) for (key, name, role), code in zip(people, codes, strict=True)]
    if None in order:
        participants.append(ChatParticipant(_UNKNOWN, "", "Unidentified", None))
    code_of = {p.key: p.code for p in participants}

    langs = tuple(languages) if languages else _languages(t.text for t in doc.turns)
    lines = ["@UTF8", "@Begin", f"@Languages:\t{', '.join(langs)}"]
    entries = [" ".join(part for part in (p.code, p.name, p.role) if part) for p in participants]
    lines.append(f"@Participants:\t{', '.join(entries)}")
    lines += [f"@ID:\t{langs[0]}|{_name(corpus) or 'interviews'}|{p.code}|||||{p.role}|||" for p in participants]
    if doc.date:
        lines.append(f"@Date:\t{doc.date.day:02d}-{_MONTHS[doc.date.month - 1]}-{doc.date.year:04d}")
    if doc.title:
        lines.append(f"@Comment:\tTitle: {_header_text(doc.title)}")
    section: str | None = None
    for turn in doc.turns:
        changes.line = turn.lines[0]
        if turn.section is not None and turn.section != section:
            lines.append(f"@G:\t{_header_text(turn.section)}")
        section = turn.section
        lines += [f"*{code_of[turn.key]}:\t{body}" for body in _utterances(turn.text, changes, split_han=split_han)]
    lines.append("@End")
    return ChatTranscript("\n".join(lines) + "\n", tuple(participants), changes.diagnostics())


def _header_text(text: str) -> str:
    """Free text on one header line (no tabs or line breaks, no control characters)."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split()) or "-"


def to_chat(
    doc: Interview,
    *,
    corpus: str = "interviews",
    languages: Sequence[str] | None = None,
    split_han: bool = True,
) -> str:
    """``doc`` as the text of a CHAT ``.cha`` file (see :func:`chat_transcript` for the options and the changes made).

    >>> from interview_parser import parse
    >>> print(to_chat(parse("**主持人：** 种茶多少年了？\\n\\n**林师傅：** 三十多年了。\\n\\n**主持人：** 好。\\n\\n**林师傅：** 对。")))  # doctest: +NORMALIZE_WHITESPACE
    @UTF8
    @Begin
    @Languages:	zho
    @Participants:	INV 主持人 Investigator, PAR 林师傅 Participant
    @ID:	zho|interviews|INV|||||Investigator|||
    @ID:	zho|interviews|PAR|||||Participant|||
    *INV:	种 茶 多 少 年 了 ?
    *PAR:	三 十 多 年 了 .
    *INV:	好 .
    *PAR:	对 .
    @End
    <BLANKLINE>
    """
    return chat_transcript(doc, corpus=corpus, languages=languages, split_han=split_han).text


def write_chat(doc: Interview, context: ExportContext) -> Written:
    """``--format chat``: the transcript, and its changes as diagnostics for stderr."""
    chat = chat_transcript(doc)
    return Written(chat.text, chat.diagnostics)
