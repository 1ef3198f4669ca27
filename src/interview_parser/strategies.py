"""Hypothesis strategies for interviews, their text, and hostile input.

Install with ``pip install "interview-parser[strategies]"``; importing this
module without hypothesis raises :class:`ImportError`.

The strategies generate :class:`~interview_parser.model.Interview` values
together with their rendering (:func:`interview_parser.render.render`) in any
built-in labelling convention, so you can check that your own detector or
post-processing keeps what the parser promises::

    from hypothesis import given
    from interview_parser import parse
    from interview_parser.render import structure
    from interview_parser.strategies import rendered_interviews

    @given(rendered_interviews())
    def test_my_pipeline_keeps_every_turn(case):
        assert structure(parse(case.text)) == structure(case.doc)

The contract
------------

A generated interview is one the parser can *honestly* recover from its
text; these constraints are the documented contract of the strategies, and
text outside them is covered by the totality and conservation properties
instead of by round-tripping:

* **It is an interview.** At least two speakers, and *every* speaker speaks
  at least twice (the parser's rule: a document is an interview only when two
  speakers each speak twice; plain ``Name: text`` labels must recur).
* **Labels look like names.** Speaker names come from fixed pools: Latin
  names of one to three capitalised words (optionally with an honorific such
  as ``Dr.``), Simplified and Traditional Chinese names, and capitals with
  honorifics (``MR. SMITH``); never a page-field word (``Note``, ``来源``), a
  header key, or a word of reported speech (``…说``). Two speakers never
  share a key. A Chinese speaker may be written in both scripts
  (``王堅`` then ``王坚``): that is one speaker with two labels. The ``qa``
  convention uses exactly two speakers labelled ``Q``/``A`` or ``问``/``答``
  (``問``/``答``); ``caps`` uses capitals only; ``name_line`` uses names of at
  least two words, capitals, or Chinese names.
* **Speech does not look like markup or a label.** Every paragraph is a
  sentence: at least two words (or Chinese words), starting with a letter
  that is not a Q/A marker, a numeral or a bracket, containing no colon,
  bracket, quote, digit, ``#``, ``*`` or ``_`` of its own, and ending in
  sentence punctuation (``. ? !`` or ``。？！``). So no paragraph is a label, a
  name alone on a line, a heading, a list item, a caption or an image.
* **Emphasis is inside a paragraph.** Bold (``strong``) or italic (``em``)
  spans cover whole words, never the first word of a paragraph and never the
  whole paragraph (a paragraph bold from end to end is a heading or an
  unlabelled question), never overlap, nest or touch.
* **Headings look like headings.** Section titles are short phrases without
  sentence punctuation, written as ``##``/``###`` headings, unique in a
  document; sections may hold an intro (unattributed paragraphs before the
  first turn) and any number of turns, and turns may come before the first
  section.
* **Metadata is plain.** Keys are short identifiers or the header keys the
  parser knows (``title``, ``author``, ``source``, ``date``, ``作者``,
  ``来源``); values are single-spaced strings, integers, booleans or lists of
  strings. With ``front_matter="header"`` only header keys with string
  values are used. ``date`` is an ISO date and sets :attr:`Interview.date`;
  ``title`` sets :attr:`Interview.title`.
* **Timestamps are all or nothing.** Either no turn or every turn carries an
  ``HH:MM:SS`` timestamp, written right after the label (``**Ana:** [00:01:31]``)
  or, for ``name_line``, after the name (``Ana Lima 00:01:31``).
* **Line numbers are placeholders.** Generated values number their
  headings and turns ``1, 2, 3 …`` in document order (the renderer orders
  by them); compare with :func:`interview_parser.render.structure`, which
  leaves line numbers out.
"""

from __future__ import annotations

import datetime
import functools
import random
from collections.abc import Sequence
from typing import Any

import attrs

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised in a subprocess by tests/test_library_api.py
    raise ModuleNotFoundError(  # an ImportError, named after the missing module as Python's own is
        "interview_parser.strategies needs hypothesis: pip install 'interview-parser[strategies]'",
        name=exc.name,
    ) from exc

from .model import Emphasis, Interview, Section, Speaker, Turn
from .normalize import converter, speaker_key
from .render import CONVENTIONS, render
from .speakers import build_speakers

__all__ = [
    "CAPS_NAMES",
    "CONVENTIONS",
    "HEADER_KEYS",
    "LATIN_NAMES",
    "SIMPLIFIED_NAMES",
    "TRADITIONAL_NAMES",
    "Rendered",
    "caps_names",
    "chinese_names",
    "front_matter_formats",
    "headings",
    "hostile_text",
    "interviews",
    "latin_names",
    "markdownish_text",
    "metadata",
    "paragraphs",
    "rendered_interviews",
    "speaker_names",
]

_FIRST_NAMES = ("Ana", "Bruno", "Chiara", "Dara", "Elif", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kofi", "Lena")
_LAST_NAMES = ("Lima", "Okafor", "Novak", "Santos", "Berg", "Tanaka", "Moreau", "Kowalski", "Haddad", "Quinn")
_HONORIFICS = ("Dr.", "Mr.", "Ms.", "Prof.")
LATIN_NAMES: tuple[str, ...] = _FIRST_NAMES + tuple(f"{a} {b}" for a in _FIRST_NAMES[:4] for b in _LAST_NAMES[:4])
"""A sample of the Latin names :func:`latin_names` draws from."""
SIMPLIFIED_NAMES: tuple[str, ...] = (
    "王坚", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄晓明", "吴敏", "主持人", "记者", "嘉宾", "林小红", "许文强", "郭涛",
)
TRADITIONAL_NAMES: tuple[str, ...] = (
    "王堅", "李娜", "張偉", "劉洋", "陳靜", "楊帆", "趙磊", "黃曉明", "吳敏", "主持人", "記者", "嘉賓", "林小紅", "許文強", "郭濤",
)
"""The same people as :data:`SIMPLIFIED_NAMES`, position by position, in Traditional script."""
_CAPS_HONORIFICS = ("MR.", "MS.", "MRS.", "DR.", "PROF.", "SENATOR", "JUDGE")
_CAPS_SURNAMES = ("SMITH", "GARCIA", "NOVAK", "OKAFOR", "TANAKA", "LEE", "BERG", "HADDAD")
CAPS_NAMES: tuple[str, ...] = tuple(f"{h} {s}" for h in _CAPS_HONORIFICS for s in _CAPS_SURNAMES)
"""Capitals with honorifics, hearing style."""
HEADER_KEYS: tuple[str, ...] = ("title", "author", "source", "date", "作者", "来源")
"""Metadata keys the parser also reads from bare ``key: value`` header lines."""

_LATIN_OPENERS = ("We", "The", "It", "That", "Some", "Most", "People", "Nobody", "Everything", "This", "Our", "Then")
_LATIN_WORDS = (
    "work", "city", "market", "time", "change", "people", "started", "small", "team", "early", "money", "reason",
    "always", "never", "often", "really", "simple", "hard", "future", "learned", "built", "moved", "quickly",
    "slowly", "friends", "history", "idea", "tools", "question", "answer", "school", "river", "night", "morning",
)
_HANS_WORDS = (
    "我们", "今天", "时间", "市场", "技术", "公司", "发展", "未来", "非常", "重要", "可能", "需要", "觉得", "其实",
    "这个", "工作", "城市", "学习", "朋友", "历史", "经济", "文化", "办法", "开始", "已经", "简单", "困难", "机会",
)
_HANT_WORDS = (
    "我們", "今天", "時間", "市場", "技術", "公司", "發展", "未來", "非常", "重要", "可能", "需要", "覺得", "其實",
    "這個", "工作", "城市", "學習", "朋友", "歷史", "經濟", "文化", "辦法", "開始", "已經", "簡單", "困難", "機會",
)
_HANS_HEADINGS = ("对话", "开场", "结束", "创业", "回顾", "展望", "细节", "经验", "城市与人", "技术问题")
_HANT_HEADINGS = ("對話", "開場", "結束", "創業", "回顧", "展望", "細節", "經驗", "城市與人", "技術問題")
_LATIN_HEADINGS = ("Early years", "The first company", "On cities", "Money", "Looking back", "What comes next")
_METADATA_KEYS = ("author", "source", "tags", "slug", "lang", "views", "draft", "作者", "来源")
_METADATA_WORDS = ("Ana", "Lima", "Weekly", "Review", "Radio", "Notes", "东方", "周刊", "訪談", "online")

SCRIPTS = ("latin", "hans", "hant")
"""Scripts of speech and headings: Latin, Simplified Chinese, Traditional Chinese."""


@attrs.frozen
class Rendered:
    """A generated interview and its text."""

    doc: Interview
    """What the parser should recover (compare with :func:`~interview_parser.render.structure`)."""
    text: str
    """``render(doc, convention, front_matter=front_matter)``."""
    convention: str
    front_matter: str


# --- speaker names ------------------------------------------------------------


def latin_names(*, min_words: int = 1, honorifics: bool = True) -> st.SearchStrategy[str]:
    """``Ana``, ``Ana Lima``, ``Dr. Lima``, ``Grace Okafor Berg``."""
    first = st.sampled_from(_FIRST_NAMES)
    last = st.sampled_from(_LAST_NAMES)
    options: list[st.SearchStrategy[str]] = [
        st.tuples(first, last).map(" ".join),
        st.tuples(first, last, last).filter(lambda t: t[1] != t[2]).map(" ".join),
    ]
    if min_words <= 1:
        options.append(first)
    if honorifics:
        options.append(st.tuples(st.sampled_from(_HONORIFICS), last).map(" ".join))
    return st.one_of(options)


def chinese_names(script: str = "hans") -> st.SearchStrategy[str]:
    """Chinese names in Simplified (``hans``) or Traditional (``hant``) script."""
    return st.sampled_from(SIMPLIFIED_NAMES if script == "hans" else TRADITIONAL_NAMES)


def caps_names() -> st.SearchStrategy[str]:
    """``MR. SMITH``, ``SENATOR LEE``: capitals with an honorific."""
    return st.sampled_from(CAPS_NAMES)


def speaker_names(convention: str = "bold") -> st.SearchStrategy[str]:
    """Any speaker name the parser recognises in ``convention`` (not ``qa``)."""
    if convention == "caps":
        return caps_names()
    latin = latin_names(min_words=2 if convention == "name_line" else 1)
    return st.one_of(latin, chinese_names("hans"), chinese_names("hant"), caps_names())


# --- text ---------------------------------------------------------------------


def _words(script: str) -> tuple[str, ...]:
    return {"latin": _LATIN_WORDS, "hans": _HANS_WORDS, "hant": _HANT_WORDS}[script]


def _sentence_pool(script: str) -> tuple[tuple[str, ...], ...]:
    """A fixed pool of word sequences, shortest first (so shrinking makes sentences short).

    Drawing a whole sentence is one choice instead of one per word, which
    keeps generation fast; the pool is the same on every run.
    """
    rng = random.Random(f"interview_parser.strategies/{script}")
    pool: set[tuple[str, ...]] = set()
    words = _words(script)
    while len(pool) < 400:
        size = rng.randint(2, 10)
        if script == "latin":
            pool.add((rng.choice(_LATIN_OPENERS), *(rng.choice(words) for _ in range(size - 1))))
        else:
            pool.add(tuple(rng.choice(words) for _ in range(size)))
    return tuple(sorted(pool, key=lambda t: (len(t), t)))


_POOLS = {script: _sentence_pool(script) for script in ("latin", "hans", "hant")}


@functools.lru_cache(maxsize=32)
def _word_lists(script: str, max_words: int) -> st.SearchStrategy[tuple[str, ...]]:
    pool = tuple(t for t in _POOLS[script] if len(t) <= max(2, max_words))
    return st.sampled_from(pool)


_ENDS = {"latin": st.sampled_from(".?!"), "hans": st.sampled_from("。？！"), "hant": st.sampled_from("。？！")}
_EMPHASIS_PLAN = st.lists(st.tuples(st.integers(0, 63), st.integers(0, 3), st.sampled_from(("strong", "strong", "em"))), max_size=2)


@st.composite
def paragraphs(
    draw: st.DrawFn, /, script: str = "latin", *, emphasis: bool = True, max_words: int = 10
) -> tuple[str, tuple[Emphasis, ...]]:
    """One speech paragraph in ``script`` and its emphasis spans (offsets into the plain text)."""
    words = draw(_word_lists(script, max_words))
    sep = " " if script == "latin" else ""
    starts: list[int] = []
    offset = 0
    for word in words:
        starts.append(offset)
        offset += len(word) + len(sep)
    text = sep.join(words) + draw(_ENDS[script])
    spans: list[Emphasis] = []
    if emphasis and len(words) >= 3:
        plan = sorted((1 + at % (len(words) - 1), size, kind) for at, size, kind in draw(_EMPHASIS_PLAN))
        previous = -2
        for first, size, kind in plan:
            last = min(len(words) - 1, first + size)
            if first <= previous + 1:
                continue  # spans never overlap or touch
            spans.append(Emphasis(starts[first], starts[last] + len(words[last]), kind))
            previous = last
    return text, tuple(spans)


@functools.lru_cache(maxsize=8)
def _speech(script: str) -> st.SearchStrategy[tuple[str, tuple[Emphasis, ...]]]:
    """Speech in ``script``, sometimes in Latin script instead (interviews mix)."""
    if script == "latin":
        return paragraphs("latin")
    return st.one_of(paragraphs(script), paragraphs(script), paragraphs("latin"))


def headings(script: str = "latin") -> st.SearchStrategy[str]:
    """A section title: a short phrase without sentence punctuation."""
    pool = {"latin": _LATIN_HEADINGS, "hans": _HANS_HEADINGS, "hant": _HANT_HEADINGS}[script]
    return st.sampled_from(pool)


def front_matter_formats() -> st.SearchStrategy[str]:
    """``yaml``, ``toml``, ``header`` (bare header lines) or ``none``."""
    return st.sampled_from(("yaml", "toml", "header", "none"))


@st.composite
def metadata(draw: st.DrawFn, /, front_matter: str = "yaml") -> dict[str, Any]:
    """Front matter data that survives ``front_matter`` (see the contract)."""
    if front_matter == "none":
        return {}
    value_text = st.lists(st.sampled_from(_METADATA_WORDS), min_size=1, max_size=4).map(" ".join)
    data: dict[str, Any] = {}
    if draw(st.booleans()):
        data["title"] = draw(value_text)
    if draw(st.booleans()):
        day = draw(st.dates(datetime.date(1990, 1, 1), datetime.date(2035, 12, 31)))
        data["date"] = day.isoformat()
    keys = HEADER_KEYS[1:2] + HEADER_KEYS[2:3] + HEADER_KEYS[4:] if front_matter == "header" else _METADATA_KEYS
    for key in draw(st.lists(st.sampled_from(keys), max_size=3, unique=True)):
        if front_matter == "header":
            data[key] = draw(value_text)
        else:
            data[key] = draw(
                st.one_of(
                    value_text,
                    st.integers(-(10**6), 10**6),
                    st.booleans(),
                    st.lists(value_text, max_size=3),
                )
            )
    return data


# --- interviews ---------------------------------------------------------------


@functools.lru_cache(maxsize=32)
def _name_pool(convention: str, script: str) -> st.SearchStrategy[str]:
    """Every name allowed in ``convention``, as one flat pool (one choice per name)."""
    if convention == "caps":
        return st.sampled_from(CAPS_NAMES)
    latin = [f"{a} {b}" for a in _FIRST_NAMES for b in _LAST_NAMES]
    latin += [f"{h} {b}" for h in _HONORIFICS for b in _LAST_NAMES]
    if convention != "name_line":
        latin += list(_FIRST_NAMES)
    chinese = list({"hans": SIMPLIFIED_NAMES, "hant": TRADITIONAL_NAMES}.get(script, SIMPLIFIED_NAMES + TRADITIONAL_NAMES))
    pool = chinese * 3 + latin if script != "latin" else latin + chinese
    return st.sampled_from(sorted(set(pool), key=pool.index) + list(CAPS_NAMES[::4]))


@st.composite
def _cast(draw: st.DrawFn, /, convention: str, script: str) -> list[list[str]]:
    """Speakers, each as the labels it may be written with (first = display name)."""
    if convention == "qa":
        pair = draw(st.sampled_from((("Q", "A"), ("问", "答"), ("問", "答"))))
        return [[pair[0]], [pair[1]]]
    names = _name_pool(convention, script)
    if convention != "caps":
        # a transcript writes its names one way: in capitals (MR. SMITH), or not (Ana Lima, 王坚)
        capitals = draw(st.sampled_from((False, False, False, True)))
        names = names.filter(lambda name: (name in CAPS_NAMES) == capitals)
    cast: list[list[str]] = []
    for name in draw(st.lists(names, min_size=2, max_size=4, unique_by=speaker_key)):
        labels = [name]
        twin = converter("t2s" if name in TRADITIONAL_NAMES else "s2t").convert(name)
        if twin != name and draw(st.booleans()):
            labels.append(twin)  # the same person written in the other script
        cast.append(labels)
    return cast


@st.composite
def interviews(
    draw: st.DrawFn,
    /,
    convention: str = "bold",
    *,
    front_matter: str = "yaml",
    script: str | None = None,
    max_turns: int = 10,
    sections: bool = True,
    timestamps: bool = True,
) -> Interview:
    """An :class:`Interview` that ``render(doc, convention, front_matter=...)`` writes recoverably."""
    if convention not in CONVENTIONS:
        raise ValueError(f"unknown convention {convention!r}")
    script = script if script is not None else draw(st.sampled_from(SCRIPTS))
    cast = draw(_cast(convention, script))
    order = [i for i in range(len(cast)) for _ in range(2)]
    order += draw(st.lists(st.integers(0, len(cast) - 1), max_size=max(0, max_turns - len(order))))
    order = list(draw(st.permutations(order)))
    stamped = timestamps and draw(st.booleans())

    speech = _speech(script)

    n_sections = draw(st.integers(0, 3)) if sections else 0
    titles = draw(st.lists(headings(script), min_size=n_sections, max_size=n_sections, unique=True))
    cuts = sorted(draw(st.lists(st.integers(0, len(order)), min_size=len(titles), max_size=len(titles))))
    line = 0
    turns: list[Turn] = []
    built_sections: list[Section] = []
    current: str | None = None
    for index, who in enumerate(order):
        while len(built_sections) < len(titles) and cuts[len(built_sections)] == index:
            line += 1
            title = titles[len(built_sections)]
            intro = draw(st.lists(speech.map(lambda p: p[0]), max_size=1))
            built_sections.append(Section(title, (line, line), draw(st.sampled_from((2, 2, 3))), intro))
            current = title
        line += 1
        pieces = draw(st.lists(speech, min_size=1, max_size=3))
        text, spans = _join_paragraphs(pieces)
        label = draw(st.sampled_from(cast[who]))
        stamp = None
        if stamped:
            seconds = draw(st.integers(0, 3 * 3600 - 1))
            stamp = f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
        turns.append(
            Turn(cast[who][0], text, (line, line), label=label, key=speaker_key(label), section=current,
                 emphasis=spans, timestamp=stamp)
        )
    while len(built_sections) < len(titles):
        line += 1
        title = titles[len(built_sections)]
        built_sections.append(Section(title, (line, line), 2, ()))
    # the display name is the first label written for the speaker
    first_label: dict[str | None, str] = {}
    for turn in turns:
        first_label.setdefault(turn.key, turn.label or "")
    turns = [attrs.evolve(t, speaker=first_label[t.key]) for t in turns]
    speakers: Sequence[Speaker] = build_speakers(turns)
    roles = {s.key: s.role for s in speakers}
    turns = [attrs.evolve(t, role=roles.get(t.key or "")) for t in turns]
    meta = draw(metadata(front_matter))
    preamble = draw(st.lists(speech.map(lambda p: p[0]), max_size=2))
    doc_title = " ".join(meta["title"].split()) if "title" in meta else None
    date = datetime.date.fromisoformat(meta["date"]) if "date" in meta else None
    return Interview(
        title=doc_title,
        date=date,
        metadata=meta,
        preamble=preamble,
        sections=built_sections,
        speakers=speakers,
        turns=turns,
    )


def _join_paragraphs(pieces: Sequence[tuple[str, tuple[Emphasis, ...]]]) -> tuple[str, tuple[Emphasis, ...]]:
    texts: list[str] = []
    spans: list[Emphasis] = []
    offset = 0
    for text, found in pieces:
        if texts:
            offset += 2
        spans.extend(Emphasis(e.start + offset, e.end + offset, e.kind) for e in found)
        texts.append(text)
        offset += len(text)
    return "\n\n".join(texts), tuple(spans)


@st.composite
def rendered_interviews(
    draw: st.DrawFn,
    /,
    convention: str | None = None,
    front_matter: str | None = None,
    **options: Any,
) -> Rendered:
    """An interview and its text in ``convention`` (any when ``None``) with ``front_matter``."""
    chosen = convention or draw(st.sampled_from(CONVENTIONS))
    fmt = front_matter or draw(front_matter_formats())
    doc = draw(interviews(chosen, front_matter=fmt, **options))
    return Rendered(doc, render(doc, chosen, front_matter=fmt), chosen, fmt)


# --- text nobody has seen -------------------------------------------------------

_MARKUP_ALPHABET = (
    "**", "*", "__", "_", "#", "## ", "---", "+++", "...", ":", "：", "︰", "|", "｜", "[", "]", "【", "】", "(", ")",
    "（", "）", "!", "![", "](", "`", "\\", "<", ">", "<br>", "http://", "Q:", "A:", "问：", "答：", "MR. SMITH:",
    "Ana Lima:", "**Ana:**", "**王坚：**", "主持人", "\n", "\n\n", "\r\n", "\r", "\r\r\n", " ", "\t", "\u3000", "\ufeff",
    "00:01:31", "1.", "一、", "？", "?", "。", ".", "title: x", "\x00", "\u0301", "e", "王", "堅",
)


def markdownish_text(max_pieces: int = 60) -> st.SearchStrategy[str]:
    """Text built from labels, markup and line ends: likely to reach every rule of the parser."""
    piece = st.one_of(st.sampled_from(_MARKUP_ALPHABET), st.text(max_size=4))
    return st.lists(piece, max_size=max_pieces).map("".join)


def hostile_text() -> st.SearchStrategy[str]:
    """Any ``str``: lone surrogates, NUL, controls, one character, only markup, only blank lines."""
    return st.one_of(
        st.text(),
        st.text(alphabet=st.characters(categories=["Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"]), max_size=50),
        st.characters(),
        st.text(alphabet="*_#`[]()<>!\\-+=|:：", max_size=80),
        st.integers(0, 200).map(lambda n: "\n" * n),
        st.lists(st.sampled_from(("\n", "\r\n", "\r", "\r\r\n", " ", "\t", "\u3000", "\x0b", "\x0c", "\u2028")), max_size=40).map(
            "".join
        ),
        st.text(alphabet=st.characters(categories=["Cs"]), max_size=10),
        st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=40),
        markdownish_text(),
    )
