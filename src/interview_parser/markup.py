"""HTML in the body: turn it into numbered Markdown-ish lines before :func:`.blocks.scan_lines`.

Transcripts exported from CMSs and static sites keep inline HTML, character
references and template shortcodes; some are whole HTML pages around a plain
transcript. This stage rewrites them into the Markdown the rest of the
pipeline already reads, and keeps every piece's source line number:

* ``<strong>``/``<b>`` become ``**``, ``<em>``/``<i>`` become ``*``, so
  ``<strong>Name</strong>:`` is the label ``**Name**:``; emphasis never
  crosses a paragraph (as in Markdown), so an unclosed ``<b>`` ends there;
* ``<br>`` ends a line (two in a row end a paragraph); ``<p>``, ``<div>`` and
  other block elements are paragraph boundaries (a table row is one line, its
  cells joined by a space); ``<h1>``-``<h6>`` become
  ``#`` headings, ``<hr>`` a rule and ``<a href>`` a Markdown link;
* ``<head>``, ``<script>``, ``<style>`` and the doctype are dropped; the
  ``<title>`` text is returned separately;
* ``<figure>``, ``<img>``, ``<video>``, ``<iframe>``, ``<audio>`` ... become one
  Markdown image line ``![caption](src)``, which :mod:`.blocks` tags as media;
  HTML comments and shortcodes (``{{< video >}}``, ``{% include %}``) become
  lines of their own, which :mod:`.blocks` tags as apparatus;
* character references are decoded, ``&nbsp;`` as a plain space (a no-break
  space written as a character is kept).

An Akoma Ntoso debate (the OASIS standard for parliamentary records, which
SayIt and many parliaments publish) is read the same way: each ``<speech
by="#id">`` (or ``<question>``/``<answer>``) opens a paragraph labelled
``**Name:**``, the name from its ``<from>`` or else the ``showAs`` of the
``<TLCPerson>`` the reference names (the id itself without one), and a
``<heading>`` is a ``##`` heading. A TEI document's ``<sp who="#id">`` (a play)
and ``<u who="#id">`` (a spoken corpus) are labelled so too, by their
``<speaker>``; its ``<teiHeader>`` is metadata, not the body.

Markup is markup only where the text is HTML (see :func:`_prose_as_text`):
in a page, or in a paragraph that closes a known element. Speech that only
mentions HTML (``The <head> tag``, ``a<b and c>d``, ``Prices&regulations``)
stays text, character for character; HTML5's legacy references without
``;`` apply only inside HTML.

Parsing is the standard library's :class:`html.parser.HTMLParser`. Text
outside tags, Markdown included, passes through as written; tags that are
not HTML elements (``<https://…>`` autolinks, ``<inaudible>``) and anything
inside Markdown code spans or fenced code blocks are kept verbatim. An
element that swallows text and is never closed (``<script>`` or ``<title>``
mentioned in prose) is read again as plain text. A body without ``<``,
``&`` or a shortcode is not touched at all.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Sequence
from html.entities import html5 as html5_entities
from html.parser import HTMLParser
from typing import NamedTuple

import regex

from .conventions import QUESTION_CLASSES

__all__ = ["html_body"]

Numbered = Iterable[tuple[int, str]]


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


_EMPHASIS = {"strong": "**", "b": "**", "em": "*", "i": "*"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_CLASSED = _names("p div span li dt dd")
"""Elements whose class may name a question (``<p class="question">``)."""
@functools.lru_cache(maxsize=16)
def _question_class(words: tuple[str, ...]) -> regex.Pattern[str] | None:
    """The pattern of a class token made of one of ``words``, between ``-``/``_`` or the ends."""
    if not words:
        return None
    alternatives = "|".join(regex.escape(word) for word in sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?i)(?:^|[-_])(?:{alternatives})(?:$|[-_\d])")
_UNSPACED_SCRIPT = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー]")
"""Scripts written without spaces between words: a line break inside their heading joins with nothing."""
_BLOCKS = _names(
    """address article aside blockquote body center dd details dialog dir div dl dt fieldset footer
    form header hgroup html li main menu nav ol p pre section summary table tbody tfoot thead tr ul caption"""
)
_DROPPED = _names("head script style template noscript svg math select button")
_HEAD_CONTENT = _names("title meta link base style script noscript template")
"""What a page's ``<head>`` holds; any other element there starts the body (``<head>…<article>``)."""
_AKN = regex.compile(r"<akomaNtoso[\s>]", regex.I)
"""The root of an Akoma Ntoso document: its debates' speeches are labelled by reference."""
_TEI = regex.compile(r"<TEI[\s>]")
"""The root of a TEI document: a play's ``<sp>`` or a spoken corpus's ``<u>`` is labelled as a speech is."""


class _Speeches(NamedTuple):
    """How an XML vocabulary writes speeches: Akoma Ntoso's ``<speech by="#id"><from>Name</from>``,
    TEI's ``<sp who="#id"><speaker>Name.</speaker>`` and ``<u who="#id">``."""

    speaking: frozenset[str]
    """Elements that hold one speaker's speech."""
    ref: str
    """Their attribute naming the speaker by reference."""
    name: str
    """The element inside a speech that shows the speaker's name."""
    heading: str
    """The vocabulary's heading element, ``""`` for none (TEI's ``<head>`` is read as a heading already)."""
    inline: frozenset[str]
    """Elements inside a line of text (a reference, a person named in a sentence); any other
    unknown element is a block of its own."""
    dropped: frozenset[str]
    """Elements whose text is no part of the body (TEI's header: its metadata)."""


_AKN_SPEECHES = _Speeches(
    _names("speech question answer"),
    "by",
    "from",
    "heading",
    _names("ref mref rref person role organization location entity term concept noteref inline date quantity def"),
    frozenset(),
)
_TEI_SPEECHES = _Speeches(
    _names("sp u"),
    "who",
    "speaker",
    "",
    _names(
        "hi emph foreign name persname placename orgname rs term date time num measure ref ptr lb pb cb milestone seg w c pc "
        "add del corr sic unclear gap choice abbr expan orig reg q quote said mentioned soCalled title"
    ),
    _names("teiheader facsimile"),
)
_AKN_NAME_MARKUP = regex.compile(r"[*_`:：\\\[\]<>#]+")


def _akn_name(text: str) -> str:
    """A speaker's name from an attribute or a <from>: one line, without what would read as markup
    (``**``, a colon that would end the label early)."""
    return " ".join(_AKN_NAME_MARKUP.sub(" ", text).split())
_WEB_PAGE = regex.compile(r"(?i)<html[\s>]")
_EMBEDS = _names("video audio iframe object embed canvas")
_MEDIA_SOURCES = _names("img source embed track")
_INLINE = _names(
    """abbr picture bdi bdo big cite code data dfn font ins kbd label mark nobr q rp rt ruby s samp small
    span strike sub sup time tt u var wbr del meta link base col colgroup input area map param"""
)
_KNOWN = (
    frozenset(_EMPHASIS)
    | frozenset(_HEADINGS)
    | _BLOCKS
    | _DROPPED
    | _EMBEDS
    | _MEDIA_SOURCES
    | _INLINE
    | _names("a br hr td th title figure figcaption")
)
HTML_ELEMENTS: frozenset[str] = _KNOWN | _names(
    """html head body base link meta style script noscript template slot section nav article aside header
    footer address main search hgroup p pre blockquote ol ul menu li dl dt dd div span em strong small s cite q
    dfn abbr ruby rt rp data time code var samp kbd sub sup i b u mark bdi bdo wbr ins del picture source img
    iframe embed object param video audio track map area table caption colgroup col tbody thead tfoot tr
    form label input button select datalist optgroup option textarea output progress meter fieldset legend
    details summary dialog canvas svg math font center big tt strike marquee blink frame frameset noframes"""
)
"""Every HTML element name: in ``<name>`` such a word is markup, never a speaker (:class:`.detectors.AngleLabel`)."""
_MAX_CAPTION = 480
_MAX_LINK_TEXT = 500

_SHORTCODE_OPEN = regex.compile(r"\{\{[<%]|\{%")
_MAX_SHORTCODE = 2000
"""Characters a shortcode may hold between ``{{<`` and ``>}}`` (or ``{%`` and ``%}``)."""
# what html.parser opens and the closers it reads them by (whitespace allowed inside), searched from the end
_COMMENT_OPEN = regex.compile(r"<!--")
_CDATA_OPEN = regex.compile(r"<!\[(?:cdata|temp|ignore|include|rcdata)", regex.I)
_MARKED_OPEN = regex.compile(r"<!\[")
_TAG_OPEN = regex.compile(r"<")
_COMMENT_CLOSE = regex.compile(r"--\s*>", regex.REVERSE)
_CDATA_CLOSE = regex.compile(r"\]\s*\]\s*>", regex.REVERSE)
_MARKED_CLOSE = regex.compile(r"\]\s*>", regex.REVERSE)
_TAG_CLOSE = regex.compile(r">", regex.REVERSE)
_CODE_SPAN = regex.compile(r"(?<!`)(`{1,3})(?!`)[^\n]{1,1000}?(?<!`)\1(?!`)")
_ESCAPED = regex.compile(r"\\[<>&]")
_FENCES = ("```", "~~~")
# placeholders: noncharacters the text does not contain, chosen per document
_SENTINELS = tuple(chr(code) for code in range(0xFDD0, 0xFDF0))
_MARKUP_ONLY = regex.compile(r"[*#\s]*")
# html.parser (through _markupbase) raises AssertionError on a marked section it cannot name: "<![0", "<![ x"
_BAD_MARKED_SECTION = regex.compile(r"<!\[(?!(?:cdata|temp|ignore|include|rcdata|if|else|endif)(?![-_.a-z0-9]))", regex.I)
# a reference to a line end would shift every later line number: it is read as a space
_LINE_END_REFERENCE = regex.compile(r"&#0{0,8}1[03](?![0-9]);?|&#[xX]0{0,8}[aAdD](?![0-9a-fA-F]);?|&NewLine;")


def _escape_after(text: str, closer: regex.Pattern[str], opener: regex.Pattern[str]) -> str:
    """``opener`` written as text (``&lt;`` for its ``<``) wherever no ``closer`` follows it.

    ``closer`` searches backwards (``regex.REVERSE``): its first match is the last one.
    """
    last = closer.search(text)
    cut = 0 if last is None else last.end()
    return text[:cut] + opener.sub(lambda m: "&lt;" + m[0][1:], text[cut:])


def _unwrapped_cdata(text: str) -> str:
    """``text`` with each closed ``<![CDATA[…]]>`` right inside an element replaced by what it holds:
    an XML export wraps a page's HTML in one (``<content><![CDATA[<p>PRIME MINISTER:</p>…]]>``), and
    html.parser would drop it whole as a declaration. Elsewhere (speech about XML) it stays as
    written. One forward scan: each search starts where the last one ended."""
    out: list[str] = []
    position = 0
    while True:
        start = text.find("<![CDATA[", position)
        end = text.find("]]>", start + 9) if start >= 0 else -1
        if end < 0:
            break
        if start == 0 or text[start - 1] != ">":
            out.append(text[position : start + 9])  # not an element's content: written as it is
            position = start + 9
            continue
        out.append(text[position:start])
        out.append(text[start + 9 : end])
        position = end + 3
    out.append(text[position:])
    return "".join(out)


def _unclosable_as_text(text: str) -> str:
    """``<`` that nothing can close is text, said up front.

    html.parser, meeting a tag, comment or marked section that does not
    close, searches the rest of the document for its end and then moves on
    by one ``<``: a transcript with many ``x<y`` or ``<inaudible`` and no
    ``>`` after them took quadratic time. Such a ``<`` would come out as
    text anyway; written as ``&lt;`` it comes out the same, at once.
    """
    text = _escape_after(text, _COMMENT_CLOSE, _COMMENT_OPEN)
    text = _escape_after(text, _CDATA_CLOSE, _CDATA_OPEN)  # CDATA and its kin close with ]]>
    text = _escape_after(text, _MARKED_CLOSE, _MARKED_OPEN)  # <![if ...]>
    return _escape_after(text, _TAG_CLOSE, _TAG_OPEN)


def _shortcodes(line: str) -> list[tuple[int, int]]:
    """Spans of ``{{< … >}}``, ``{{% … %}}`` and ``{% … %}`` in ``line``, leftmost first.

    Each opener takes the first closer after it when that lies within
    ``_MAX_SHORTCODE`` characters. The next closer of each kind is found once
    and reused by every opener before it: a lazy pattern scanned up to that
    limit, character by character, for every opener that never closes.
    """
    spans: list[tuple[int, int]] = []
    nearest = {">}}": -2, "%}}": -2, "%}": -2}  # first closer at or after the last index asked; -1: none left

    def closer_at(closer: str, index: int) -> int:
        found = nearest[closer]
        if -1 < found < index or found == -2:
            found = nearest[closer] = line.find(closer, index)
        return found

    pos = 0
    while (opener := _SHORTCODE_OPEN.search(line, pos)) is not None:
        start = opener.start()
        if _escaped(line, start):  # \{% is text, as Markdown escapes go
            pos = start + 1
            continue
        if line[start + 1] == "{":  # {{< or {{%: closed by >}} or %}}
            inner = start + 3
            ends = [i for i in (closer_at(">}}", inner), closer_at("%}}", inner)) if 0 <= i <= inner + _MAX_SHORTCODE]
            close = min(ends) + 3 if ends else -1
        else:  # {% … %}
            found = closer_at("%}", start + 2)
            close = found + 2 if 0 <= found <= start + 2 + _MAX_SHORTCODE else -1
        if close < 0:
            pos = start + 1
            continue
        spans.append((start, close))
        pos = close
    return spans


def _escaped(line: str, index: int) -> bool:
    """Whether an odd run of backslashes stands right before ``line[index]``."""
    before = index
    while before and line[before - 1] == "\\":
        before -= 1
    return (index - before) % 2 == 1


_TAG = regex.compile(r"<(/?)([A-Za-z][A-Za-z0-9]{0,30})(?=[\s/>])([^<>]*)>")
_VOID = _names("br hr img source embed track wbr input meta link base col area param")
_SWALLOWING = _DROPPED | _EMBEDS | _names("title figure figcaption")
"""Elements whose content is not speech: markup only when closed where they open (or in a page)."""
_PAGE_START = regex.compile(r"\s*(?:<!doctype\s+html|<html[\s>]|<\?xml|<head[\s>])", regex.I)
_PROSE_SPECIAL = regex.compile(r"<(?!!--)|&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|([A-Za-z][A-Za-z0-9]{0,31};))?")
_ONLY_TAGS = regex.compile(r"[ \t]*(?:<(?:/?)(?:[A-Za-z][A-Za-z0-9]{0,30})(?:[\s/][^<>]*)?>[ \t]*)+")


def _is_page(text: str) -> bool:
    """Whether the body is an HTML page (a doctype, ``<html>``, ``<head>``, or a ``<body>`` element)."""
    if _PAGE_START.match(text):
        return True
    lower = text.lower()
    start = lower.find("<body")
    return start >= 0 and lower.find("</body>", start) >= 0


def _prose_char(match: regex.Match[str]) -> str:
    """A ``<`` or ``&`` in prose written as text; a complete character reference (``&amp;``) kept."""
    written = match[0]
    if written == "<":
        return "&lt;"
    name = match[1]
    if name is None and len(written) > 1:
        return written  # a numeric reference with its ;
    if name is not None and name in html5_entities:
        return written
    return "&amp;" + written[1:]


class _Paragraph:
    """The tags of one paragraph, to tell HTML from prose that mentions it.

    One pass over the tags keeps only what the questions below need (not
    the tags themselves: a paragraph of 200,000 tags is 1 MB of text).
    """

    def __init__(self, text: str) -> None:
        self.first_open: dict[str, int] = {}
        self.last_close: dict[str, int] = {}
        self.void_markup = False  # a void element only markup writes
        self.tags = 0
        self._swallowing: list[tuple[int, int, str, bool, bool]] = []  # start, end, name, is end tag, has src
        self._prose_tags: list[tuple[int, int]] = []  # <b and c>: a known name, words that are not attributes
        # locals in the loop, written back after it: a paragraph may hold hundreds of thousands of tags
        first_open, last_close = self.first_open, self.last_close
        tags, void_markup = 0, False
        for tag in _TAG.finditer(text):
            name = tag[2].lower()
            if name not in _KNOWN:
                continue
            start, closing, rest = tag.start(), bool(tag[1]), tag[3]
            if not closing and rest and not _attribute_like(rest):  # (no words after the name: attribute-like)
                self._prose_tags.append(tag.span())
                continue
            tags += 1
            if closing:
                last_close[name] = start
            else:
                first_open.setdefault(name, start)
            if name in _SWALLOWING:
                self._swallowing.append((start, tag.end(), name, closing, "src" in rest.lower()))
            if closing or void_markup or not (name in _VOID or (name in _EMBEDS and "src" in rest.lower())):
                continue
            if rest.strip():
                void_markup = True
            elif name in ("br", "hr"):
                before = text[start - 1 : start]
                after = text[tag.end() : tag.end() + 1]
                void_markup = not (before.isspace() and after.isspace())
        self.tags, self.void_markup = tags, void_markup

    def is_html(self) -> bool:
        """A known element closed in the paragraph, a void element that only markup writes (``<img src>``,
        ``<br/>``), or a ``<br>`` touching text."""
        if self.void_markup:
            return True
        return any(self.last_close.get(name, -1) > start for name, start in self.first_open.items() if name not in _VOID)

    def unclosed_swallowing(self) -> list[tuple[int, int]]:
        """Spans of tags that are text, not markup: of swallowing elements not closed (or not opened) in the
        paragraph, and of known names followed by words that are not attributes (``a<b and c>d``)."""
        spans = list(self._prose_tags)
        for start, end, name, closing, has_src in self._swallowing:
            if closing:
                if self.first_open.get(name, start) >= start:
                    spans.append((start, end))
            elif self.last_close.get(name, -1) < start and not (name in _EMBEDS and has_src):
                spans.append((start, end))
        spans.sort()
        return spans


_BOOLEAN_ATTRIBUTES = _names(
    """allowfullscreen async autofocus autoplay checked controls default defer disabled formnovalidate hidden
    inert ismap itemscope loop multiple muted nomodule novalidate open playsinline readonly required reversed
    selected"""
)


def _attribute_like(rest: str) -> bool:
    """Whether what follows a tag's name reads as attributes: none, a ``/``, a ``name=value``, or boolean ones."""
    words = rest.replace("/", " ").split()
    return not words or "=" in rest or all(word.lower() in _BOOLEAN_ATTRIBUTES for word in words)


def _prose_as_text(text: str) -> str:
    """Markup only where the text is HTML; a ``<`` or ``&`` anywhere else written as text.

    Transcripts mention HTML (``The <head> tag``, ``a<b and c>d``, ``<?php``)
    and write ``&`` in words (``Prices&regulations``): read as markup they
    swallow or move speech. In a page, everything is markup. Elsewhere a
    paragraph is HTML when it closes a known element, or holds a void
    element only markup writes; a line of nothing but tags counts as HTML in
    a document with such a paragraph. Elements whose content is not speech
    (``<head>``, ``<style>``, ``<video>`` ...) must also close in their paragraph.
    Prose keeps complete character references (``&amp;``, as Markdown does);
    HTML5's legacy references without ``;`` apply only inside HTML.
    """
    if _is_page(text):
        return text
    lines = text.split("\n")
    paragraphs: list[tuple[int, int]] = []
    start: int | None = None
    for index, line in enumerate(lines):
        if line.strip():
            if start is None:
                start = index
        elif start is not None:
            paragraphs.append((start, index))
            start = None
    if start is not None:
        paragraphs.append((start, len(lines)))
    kinds: list[_Paragraph | None] = []
    for first, end in paragraphs:
        joined = "\n".join(lines[first:end])
        if "<" not in joined:
            kinds.append(None)
            continue
        paragraph = _Paragraph(joined)
        kinds.append(paragraph if paragraph.is_html() else None)
    uses_html = any(kind is not None for kind in kinds)
    for (first, end), kind in zip(paragraphs, kinds, strict=True):
        if kind is None and uses_html:
            chunk = lines[first:end]
            if any(_ONLY_TAGS.fullmatch(line) for line in chunk):
                candidate = _Paragraph("\n".join(chunk))
                if candidate.tags:
                    kind = candidate
        joined = "\n".join(lines[first:end])
        if kind is None:
            if "<" in joined or "&" in joined:
                lines[first:end] = _PROSE_SPECIAL.sub(_prose_char, joined).split("\n")
            continue
        spans = kind.unclosed_swallowing()
        if spans:
            pieces: list[str] = []
            done = 0
            for begin, finish in spans:
                pieces += [joined[done:begin], "&lt;", joined[begin + 1 : finish]]
                done = finish
            pieces.append(joined[done:])
            lines[first:end] = "".join(pieces).split("\n")
    return "\n".join(lines)


def html_body(lines: Sequence[str], start: int, question_classes: Sequence[str] = QUESTION_CLASSES) -> tuple[Numbered, str | None]:
    """Numbered body lines from ``lines[start:]`` with HTML turned into Markdown, and the ``<title>``.

    Line numbers are 1-based source line numbers; one source line may give
    several pieces (``<br>``) and a blank piece marks a paragraph boundary.
    """
    body = lines[start:] if start else lines  # not a copy of every line when there is no front matter
    text = "\n".join(body)
    if "<" not in text and "&" not in text and ("{" not in text or ("{{" not in text and "{%" not in text)):
        return enumerate(body, start + 1), None
    try:
        asks = _question_class(tuple(question_classes))
        speeches = _AKN_SPEECHES if _AKN.search(text, 0, 4000) else _TEI_SPEECHES if _TEI.search(text, 0, 4000) else None
        xml = speeches is not None or text.lstrip("\ufeff \t\n").startswith("<?xml")
        prose = xml and _WEB_PAGE.search(text, 0, 4000) is None
        converter = _Converter(start + 1, asks=asks, xml=xml, prose=prose, speeches=speeches)
        converter.convert(body)
        if converter.left_open:
            converter = _Converter(start + 1, lenient=converter.left_open, asks=asks, xml=xml, prose=prose, speeches=speeches)
            converter.convert(body)
    except AssertionError:  # html.parser's own checks on malformed declarations, or no free placeholder
        return enumerate(body, start + 1), None
    return converter.out, converter.title


def _media_line(alt: str, src: str) -> str:
    """``![alt](src)`` that :mod:`.blocks` recognises: no brackets in alt, no spaces or parentheses in src."""
    alt = " ".join(alt.split()).replace("[", "(").replace("]", ")")
    if len(alt) > _MAX_CAPTION:
        alt = alt[: _MAX_CAPTION - 1] + "…"
    return f"![{alt}]({_url(src)})"


def _url(src: str) -> str:
    return src.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("\n", "")


class _Figure:
    """What a ``<figure>`` (or a lone embed) holds until it is closed."""

    def __init__(self, line: int, tag: str) -> None:
        self.line = line
        self.tag = tag
        self.src = ""
        self.alt = ""
        self.caption: list[str] = []


class _Mark:
    """An emphasis marker: pending until text follows, then written until closed."""

    __slots__ = ("closed", "marker", "written")

    def __init__(self, marker: str) -> None:
        self.marker = marker
        self.written = False
        self.closed = False


class _Question:
    """An element a class names a question, open: its tag, and how many of that tag are open inside it."""

    __slots__ = ("nested", "tag")

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.nested = 0


class _Prefix:
    """A heading's ``## `` (or a speech's label): pending until text follows; dropped at the heading's end."""

    __slots__ = ("dropped", "text", "written")

    def __init__(self, text: str) -> None:
        self.text = text
        self.dropped = False
        self.written = False


class _Link:
    """Where an ``<a href>`` started, to wrap its text as ``[text](href)`` when it closes."""

    def __init__(self, href: str, piece: int, index: int, *, control: bool = False) -> None:
        self.href = href
        self.piece = piece
        self.index = index
        self.control = control
        """An anchor that goes nowhere (``href="#"``, ``javascript:``): a button, if its text is a glyph."""


_BARE_START = regex.compile(r"<([A-Za-z][A-Za-z0-9]{0,30})>")
_BARE_END = regex.compile(r"</([A-Za-z][A-Za-z0-9]{0,30})>")
_LONG_TAG = 4096
_TAG_START = regex.compile(r"<[A-Za-z]")
_LONG_TAG_NAME = regex.compile(r"<([a-zA-Z][^\t\n\r\f />\x00]*)")
_WANTED_ATTRIBUTE = regex.compile(
    r"(?<![^\s/])(?:href|src|data-src|srcset|alt|title)\s*=\s*(?:'[^']{0,4096}'|\"[^\"]{0,4096}\"|[^>\s]{1,4096})", regex.I
)
"""The attributes the converter reads (links, media sources, captions)."""


def _long_tags_shortened(text: str) -> str:
    """Start tags longer than ``_LONG_TAG`` characters cut down to what the converter reads.

    html.parser matches a start tag with one backtracking pattern whose
    memory grows with the number of attributes: ``<a `` written a third of a
    million times before one ``>`` took 200 MB for a 1 MB text. A long tag of
    a known element keeps its name, the attributes read here and its line
    ends; any other is text, as html.parser would write it.
    """
    if len(text) <= _LONG_TAG:
        return text
    pieces: list[str] = []
    done = begin = 0  # done: text copied up to here; begin: start of the run before the next >
    while (close := text.find(">", begin)) >= 0:
        if close - begin >= _LONG_TAG:
            opener = _TAG_START.search(text, begin, close)
            name = _LONG_TAG_NAME.match(text, opener.start(), close) if opener is not None else None
            if name is not None and close - name.start() >= _LONG_TAG:
                tag = text[name.start() : close]
                if name[1].lower() in _KNOWN:
                    found = _WANTED_ATTRIBUTE.finditer(text, name.end(), close)
                    kept = " ".join(m[0] for m in itertools.islice(found, 16))
                    short = f"{name[0]} {kept}" + "\n" * tag.count("\n") + ("/" if tag.endswith("/") else "")
                else:
                    short = tag.replace("<", "&lt;")
                pieces += [text[done : name.start()], short]
                done = close
        begin = close + 1
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


_RAW_TEXT = frozenset(
    (*getattr(HTMLParser, "CDATA_CONTENT_ELEMENTS", ()), *getattr(HTMLParser, "RCDATA_CONTENT_ELEMENTS", ()), "textarea", "title")
)
"""Elements whose start tag switches html.parser into a raw-text mode: always read by html.parser itself."""


class _Converter(HTMLParser):
    """One pass of :class:`HTMLParser` writing ``(line number, text)`` pieces."""

    def __init__(
        self,
        first_line: int,
        lenient: frozenset[str] = frozenset(),
        asks: regex.Pattern[str] | None = None,
        *,
        xml: bool = False,
        prose: bool = False,
        speeches: _Speeches | None = None,
    ) -> None:
        super().__init__(convert_charrefs=True)
        self.asks = asks
        self.speeches = speeches
        """How the text, an Akoma Ntoso or TEI document, writes its speeches (labelled by reference), or ``None``."""
        self._persons: dict[str, str] = {}  # an Akoma Ntoso <TLCPerson>'s id and the name it shows
        self._speech: str | None = None  # the open speech's reference (its speaker)
        self._speaker: _Prefix | None = None  # the open speech's label, until its first text is written
        self._from: list[str] | None = None  # the text of a speech's <from>, while it is open
        self._again = False  # the open <from> is a second one in its speech, after text: it names the next speaker
        self.xml = xml
        """Whether the text is an XML document: its own elements' tags (``<content>``, ``</transcripts>``) are markup, not text."""
        self.prose = prose
        """Whether the text is an XML document that is no web page (TEI, DocBook): its ``<head>`` and
        its ``<title>`` elements after the first (the document's title) hold a heading's text, not a page's head."""
        """A class token that names a question (``question``, ``qa__q``), or ``None``."""
        self.lenient = lenient
        """Elements left open in a first pass: read as text (or, for embeds, as empty)."""
        self.base = first_line - 1
        self.line = first_line
        self.out: list[tuple[int, str]] = []
        self.title: str | None = None
        self._buf: list[str] = []
        self._buf_line = first_line
        self._pieces = 0  # text pieces written so far, to tell whether a link spans a line end
        self._last_text: int | None = None  # index in out of the paragraph's last text piece
        self._breaks: set[str] = set()  # kinds of line end seen since the last text
        # Every structure below is touched in constant (amortised) time per tag: a page of
        # thousands of unclosed <b> before thousands of <p> or </i> must not rescan them all.
        self._buf_text = False  # whether the current piece has a non-space character
        self._pending: list[_Mark | _Prefix] = []  # markup to write before the next text; closed items are skipped
        self._dead = 0  # items in _pending closed or dropped since it was last emptied
        self._prefixes: list[_Prefix] = []  # live prefixes in _pending
        self._in_heading = False  # between <hN> and </hN>: a <br> there is a space, a heading is one line
        self._open: dict[str, list[_Mark]] = {}  # open marks per marker, innermost last; closed ones skipped
        self._questions: list[_Question] = []  # the elements open whose class names a question, innermost last
        self._written: list[_Mark] = []  # marks written in this paragraph, in order
        self._suffixes: dict[int, list[str]] = {}  # closing markers added to a piece already in out
        self._link: _Link | None = None
        self._dropping: list[str] = []
        self._title: list[str] | None = None
        self._figure: _Figure | None = None
        self._embeds: list[str] = []
        self._verbatim: list[tuple[str, bool]] = []
        self._nbsp, self._slot_open, self._slot_close = _SENTINELS[:3]
        self._slot_pattern = regex.compile(f"{self._slot_open}([0-9]{{1,9}}){self._slot_close}")
        self.left_open: frozenset[str] = frozenset()
        """Elements that swallow text and were never closed (see :meth:`_still_open`)."""

    def parse_starttag(self, i: int) -> int:
        """A bare ``<b>`` read at once; anything else as html.parser reads it.

        The standard parser spends most of a tag-dense page (``<b>x</b>``
        repeated) in its general start- and end-tag code; the bare forms give
        the same calls to the handlers.
        """
        found = _BARE_START.match(self.rawdata, i)
        if found is None:
            return int(super().parse_starttag(i))
        tag = found[1].lower()
        if tag in _RAW_TEXT:
            return int(super().parse_starttag(i))
        self._HTMLParser__starttag_text = found[0]  # what get_starttag_text() returns
        self.lasttag = tag
        self.handle_starttag(tag, [])
        return found.end()

    def parse_endtag(self, i: int) -> int:
        """A bare ``</b>`` outside ``<script>``/``<style>`` read at once (see :meth:`parse_starttag`)."""
        found = _BARE_END.match(self.rawdata, i) if self.cdata_elem is None else None
        if found is None:
            return int(super().parse_endtag(i))
        self.handle_endtag(found[1].lower())
        self.clear_cdata_mode()
        return found.end()

    def set_cdata_mode(self, elem: str, **options: bool) -> None:
        """Raw text inside ``<script>``/``<style>``, unless the element was never closed."""
        if elem not in self.lenient:
            super().set_cdata_mode(elem, **options)

    # --- driving ------------------------------------------------------------

    def convert(self, lines: Sequence[str]) -> None:
        raw = "\n".join(lines)
        free = [c for c in _SENTINELS if c not in raw]
        if len(free) < 3:
            raise AssertionError("no free placeholder characters")  # 30 distinct noncharacters: not a transcript
        # _nbsp stands for a U+00A0 written as a character (not as &nbsp;); the other two enclose slots
        self._nbsp, self._slot_open, self._slot_close = free[:3]
        self._slot_pattern = regex.compile(f"{self._slot_open}([0-9]{{1,9}}){self._slot_close}")
        text = "\n".join(self._hide(lines))
        if "<![CDATA[" in text:
            text = _unwrapped_cdata(text)
        text = _prose_as_text(text)
        if "\u00a0" in text:
            text = text.replace("\u00a0", self._nbsp)
        if "&#" in text or "&NewLine;" in text:
            text = _LINE_END_REFERENCE.sub(" ", text)
        if "<![" in text:
            text = _BAD_MARKED_SECTION.sub("&lt;![", text)
        text = _long_tags_shortened(_unclosable_as_text(text))
        self.feed(text)
        self.close()
        self.left_open = self._still_open()
        self._close_figure()
        self._paragraph()
        self._finish()
        while self.out and not self.out[-1][1]:
            self.out.pop()

    def _still_open(self) -> frozenset[str]:
        """Elements that swallow text and were still open at the end."""
        left = {t for t in self._dropping if t != "head"} | set(self._embeds)
        if "head" in self._dropping and not self.out:
            left.add("head")
        if self._title is not None:
            left.add("title")
        if self._figure is not None:
            left.add(self._figure.tag)
        return frozenset(left)

    def _hide(self, lines: Sequence[str]) -> list[str]:
        """Code (fenced blocks, code spans), shortcodes and escaped ``\\<`` out of the parser's sight, as placeholders."""
        out: list[str] = []
        fence: str | None = None
        for line in lines:
            stripped = line.lstrip()
            if fence is not None or stripped.startswith(_FENCES):
                if fence is None:
                    fence = stripped[:3]
                elif stripped.startswith(fence):
                    fence = None
                out.append(self._slot(line, own_line=False) if line else line)
                continue
            if "`" in line:
                line = _CODE_SPAN.sub(lambda m: self._slot(m.group(), own_line=False), line)
            if "{" in line:
                line = self._hide_shortcodes(line)
            if "\\" in line:  # Markdown escapes: \<br\> is text, not a tag
                line = _ESCAPED.sub(lambda m: self._slot(m.group(), own_line=False), line)
            out.append(line)
        return out

    def _hide_shortcodes(self, line: str) -> str:
        spans = _shortcodes(line)
        if not spans:
            return line
        pieces: list[str] = []
        done = 0
        for start, end in spans:
            pieces += [line[done:start], self._slot(line[start:end], own_line=True)]
            done = end
        pieces.append(line[done:])
        return "".join(pieces)

    def _slot(self, text: str, *, own_line: bool) -> str:
        self._verbatim.append((text, own_line))
        return f"{self._slot_open}{len(self._verbatim) - 1}{self._slot_close}"

    def _restore(self, text: str) -> str:
        if self._slot_open in text:
            text = self._slot_pattern.sub(lambda m: self._verbatim[int(m[1])][0], text)
        return text.replace(self._nbsp, "\u00a0")

    def _sync(self) -> None:
        self.line = self.base + self.lineno  # getpos()'s line, without the tuple: asked once per tag

    # --- writing ------------------------------------------------------------

    def _has_text(self) -> bool:
        return self._buf_text

    def _write(self, text: str) -> None:
        """Add text without line ends to the current piece, after any pending markup."""
        if not text:
            return
        if self._pending and text.strip():
            lead = len(text) - len(text.lstrip())
            self._append(text[:lead])
            for item in self._pending:
                if isinstance(item, _Mark):
                    if not item.closed:
                        item.written = True
                        self._written.append(item)
                        self._append(item.marker)
                elif not item.dropped:
                    item.written = True
                    self._append(item.text)
            self._pending, self._prefixes, self._dead = [], [], 0
            text = text[lead:]
        self._append(text)

    def _append(self, text: str) -> None:
        if text:
            if not self._buf:
                self._buf_line = self.line
            self._buf.append(text)
            if not self._buf_text and not text.isspace():
                self._buf_text = True

    def _flush(self) -> bool:
        """Write the current piece if it has text; whether it had."""
        had = self._has_text()
        if had:
            self._last_text = len(self.out)
            self.out.append((self._buf_line, "".join(self._buf)))
            self._pieces += 1
        self._buf = []
        self._buf_text = False
        return had

    def _line_end(self, kind: str) -> None:
        """End the current piece; a second line end with no text between is a blank piece."""
        if self._flush():
            self._breaks = {kind}
        elif kind in self._breaks:
            self._close_paragraph_marks()
            self._last_text = None
            self.out.append((self.line, ""))
            self._breaks = {kind}
        else:
            self._breaks.add(kind)

    def _own_line(self, text: str) -> None:
        """A piece of its own (media, comment, shortcode), in the current paragraph."""
        self._flush()
        self.out.append((self.line, text))
        self._pieces += 1
        self._breaks = set()

    def _paragraph(self) -> None:
        """A paragraph boundary; emphasis written in the paragraph is closed before it (and a heading
        left open ends: its ``<br>`` are line ends again)."""
        self._in_heading = False
        # each step only when it has work: a page of a million <p> pays for none of them
        if self._link is not None:
            self._end_link()
        if self._written:
            self._close_paragraph_marks()
        if self._prefixes:
            self._drop_prefixes()
        if self._buf:
            self._flush()
        self._last_text = None
        if self.out and self.out[-1][1]:
            self.out.append((self.line, ""))
        if len(self._breaks) != 2:
            self._breaks = {"nl", "br"}

    def _close_paragraph_marks(self) -> None:
        written = [mark for mark in self._written if not mark.closed]
        self._written = []
        for mark in written:
            mark.closed = True
        self._close_markers("".join(mark.marker for mark in reversed(written)))

    def _drop_prefixes(self) -> None:
        """Heading prefixes not yet written are dropped; unwritten emphasis stays pending."""
        for prefix in self._prefixes:
            prefix.dropped = True
        self._dead += len(self._prefixes)
        self._prefixes = []
        self._compact()

    def _compact(self) -> None:
        """Forget closed and dropped pending items once they are most of the list."""
        if self._dead > 64 and 2 * self._dead > len(self._pending):
            self._pending = [i for i in self._pending if not (i.closed if isinstance(i, _Mark) else i.dropped)]
            self._dead = 0

    def _finish(self) -> None:
        """Closing markers added to earlier pieces, written into them."""
        for index, closings in self._suffixes.items():
            number, text = self.out[index]
            self.out[index] = (number, text + "".join(closings))
        self._suffixes = {}

    def _close_markers(self, closing: str) -> None:
        """Write closing markers before any trailing whitespace of the current piece (or the last one)."""
        if not closing:
            return
        if self._has_text():
            buf = self._buf
            tail: list[str] = []
            while buf and (not buf[-1] or buf[-1].isspace()):  # trailing whitespace, merged into one piece below
                tail.append(buf.pop())
            last = buf.pop()
            body = last.rstrip()
            trailing = last[len(body) :] + "".join(reversed(tail))
            buf += [body, closing, trailing] if trailing else [body, closing]
        elif self._last_text is not None:
            closings = self._suffixes.get(self._last_text)
            if closings is None:
                number, last = self.out[self._last_text]
                self.out[self._last_text] = (number, last.rstrip())
                closings = self._suffixes[self._last_text] = []
            closings.append(closing)

    def _text(self, data: str) -> None:
        """Text from the source: line ends split pieces, placeholders come back as written."""
        if self._nbsp in data or "\u00a0" in data:
            data = data.replace("\u00a0", " ").replace(self._nbsp, "\u00a0")
        for number, part in enumerate(data.split("\n")):
            if number:
                self._line_end("nl")
                self.line += 1
            if self._slot_open in part:
                self._text_with_slots(part)
            else:
                self._write(part)

    def _text_with_slots(self, part: str) -> None:
        last = 0
        for match in self._slot_pattern.finditer(part):
            self._write(part[last : match.start()])
            index = int(match[1])
            text, own_line = self._verbatim[index]
            if own_line:
                self._own_line(text)
            else:
                self._write(text)
            last = match.end()
        self._write(part[last:])

    # --- links --------------------------------------------------------------

    def _start_link(self, href: str) -> None:
        self._end_link()
        href = _url(href)
        if href:
            self._link = _Link(href, self._pieces, len(self._buf), control=href.startswith(("#", "javascript:")))

    def _end_link(self) -> None:
        """``[text](href)`` when the link's text stayed on one line and is plain enough to be a link."""
        link, self._link = self._link, None
        if link is None or link.piece != self._pieces or link.index > len(self._buf):
            return
        start = link.index
        while start < len(self._buf) and _MARKUP_ONLY.fullmatch(self._buf[start]):
            start += 1
        inner = "".join(self._buf[start:])
        if not inner.strip() or len(inner) > _MAX_LINK_TEXT or any(c in inner for c in "[]*_\n"):
            return
        body = inner.rstrip()
        if link.control:
            # a page's button opening its line (a player's ``<a href="#" onclick="playAt(…)">▶</a>``):
            # a glyph with no letter or digit is its own link line, media; words in an in-page anchor,
            # or a footnote's mark inside a sentence (``went up<a href="#fn1">†</a>``), stay text
            if not any(c.isalnum() for c in body) and not "".join(self._buf[:start]).strip():
                del self._buf[start:]
                self._own_line(f"[{body.strip()}]({link.href})")
            return
        self._buf[start:] = ["[", body, f"]({link.href})", inner[len(body) :]]

    # --- media --------------------------------------------------------------

    def _start_media(self, tag: str, values: dict[str, str]) -> None:
        if tag in ("source", "track") and self._figure is None:
            return  # <picture><source …>: the <img> inside speaks for it
        src = values.get("src") or values.get("data-src") or values.get("srcset", "").split(" ")[0]
        alt = values.get("alt") or values.get("title") or (tag if tag in _EMBEDS else "")
        if self._figure is None and (tag in ("img", "embed") or tag in self.lenient):
            self._own_line(_media_line(self._restore(alt), self._restore(src)))
            return
        if self._figure is None:
            self._figure = _Figure(self.line, tag)
        figure = self._figure
        if src and not figure.src:
            figure.src = src
        if alt and not figure.alt:
            figure.alt = alt
        if tag in _EMBEDS and tag != "embed" and tag not in self.lenient:
            self._embeds.append(tag)  # its content is fallback text, not speech

    def _end_media(self, tag: str) -> None:
        if tag in self._embeds:
            while self._embeds and self._embeds.pop() != tag:
                pass
        figure = self._figure
        if figure is None or self._embeds:
            return
        if tag == figure.tag:
            self._close_figure()
            if tag == "figure":
                self._paragraph()

    def _close_figure(self) -> None:
        figure = self._figure
        if figure is None:
            return
        self._figure = None
        self._embeds = []
        caption = " ".join(self._restore("".join(figure.caption)).split())
        alt = caption or self._restore(figure.alt)
        if alt or figure.src:
            line, self.line = self.line, figure.line
            self._own_line(_media_line(alt, self._restore(figure.src)))
            self.line = line

    # --- HTMLParser callbacks -----------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._sync()
        if self.speeches is not None and (tag not in _KNOWN or tag in self.speeches.speaking):  # TEI's <u> is an utterance
            self._start_speeches(tag, attrs, self.speeches)
            return
        if self._from is not None and tag not in _INLINE and tag not in _EMPHASIS:
            self._end_from()  # "<from>Ms Lima<p>…": a <from> left open ends where the speech goes on
        if tag not in _KNOWN or (tag in self.lenient and (tag in _DROPPED or tag == "title")):
            if self.xml and tag not in _KNOWN:
                pass  # an XML document's own element: markup around its text, which stays where it flows
            elif not self._dropping and self._figure is None and self._title is None:
                self._text(self.get_starttag_text() or f"<{tag}>")
            return
        if self.prose and (tag == "head" or (tag == "title" and self.title is not None)):
            self._paragraph()  # a TEI <head>, a DocBook section's <title> after the first: a heading's text
            return
        if tag in _DROPPED:
            self._dropping.append(tag)
            return
        if tag == "body" or (self._dropping == ["head"] and tag not in _HEAD_CONTENT):
            self._dropping = []  # an element of the body inside <head> ends the head, as a browser reads it
        if tag == "title":
            self._title = []
            return
        if self._dropping or (tag in self.lenient and tag in ("figure", "figcaption")):
            return
        if tag in _MEDIA_SOURCES or tag in _EMBEDS or tag == "figure":
            self._start_media(tag, {name: value or "" for name, value in attrs})
        elif tag == "figcaption":
            if self._figure is None:
                self._figure = _Figure(self.line, tag)
        elif self._figure is not None or self._title is not None:
            return  # markup inside a caption or a title is not kept
        elif tag in _EMPHASIS:
            mark = _Mark(_EMPHASIS[tag])
            self._open.setdefault(mark.marker, []).append(mark)
            self._pending.append(mark)
        elif tag == "a":
            self._start_link(dict(attrs).get("href") or "")
        elif tag == "br":
            self._end_link()
            if self._in_heading:  # a heading is one line: its <br> is a space (none between CJK characters)
                last = next((piece[-1] for piece in reversed(self._buf) if piece), " ")
                self._write("" if _UNSPACED_SCRIPT.match(last) else " ")
            else:
                self._line_end("br")
        elif tag in ("td", "th"):
            if self._has_text():
                self._write(" ")  # cells of a row are one line: "Name:" | "speech"
        elif tag == "hr":
            self._paragraph()
            self._own_line("---")
            self._paragraph()
        elif tag in _HEADINGS:
            self._paragraph()
            prefix = _Prefix("#" * _HEADINGS[tag] + " ")
            self._prefixes.append(prefix)
            self._pending.append(prefix)
            self._in_heading = True
        elif tag in _BLOCKS:
            self._paragraph()
        if tag in _CLASSED and self._figure is None and not self._in_heading:
            self._start_classed(tag, attrs)

    def _start_speeches(self, tag: str, attrs: list[tuple[str, str | None]], speeches: _Speeches) -> None:
        """An Akoma Ntoso or TEI element: a person's name kept, a speech labelled, a heading opened,
        a header dropped, any other element but an inline one a block."""
        if tag in speeches.dropped:
            self._dropping.append(tag)
            return
        if self._dropping or self._figure is not None or self._title is not None:
            return
        if self._from is not None and tag not in speeches.inline:
            self._end_from()  # a <from> left open ends where the speech goes on
        if tag == "tlcperson":
            values = {name: value or "" for name, value in attrs}
            if values.get("id") and values.get("showas"):
                self._persons.setdefault(values["id"], _akn_name(values["showas"]))
        elif tag in speeches.speaking:
            self._end_speech()
            self._paragraph()
            ref = next((value.split()[0] for name, value in attrs if name == speeches.ref and value and value.strip()), "")
            self._speech = ref.rsplit("/", 1)[-1].lstrip("#") or "?"
            self._label_speech()
        elif tag == speeches.name and self._speech is not None:
            self._again = self._speaker is None or self._speaker.written
            if self._again:  # a second <from> in one speech, after its text: the next speaker's, as it names them
                self._paragraph()
                self._label_speech()
            self._from = []
        elif tag == speeches.heading:
            self._paragraph()
            prefix = _Prefix("## ")
            self._prefixes.append(prefix)
            self._pending.append(prefix)
            self._in_heading = True
        elif tag not in speeches.inline:
            self._paragraph()

    def _label_speech(self) -> None:
        """Write the open speech's label before its first text: the name its reference shows."""
        ref = self._speech or "?"
        self._speaker = _Prefix(f"**{self._persons.get(ref) or _akn_name(ref) or '?'}:** ")  # an id's "_" is a space
        self._pending.append(self._speaker)

    def _end_from(self) -> None:
        """A speech's <from>: the name its reference shows, where no <TLCPerson> names it (the first
        <from> of each reference: a member's full title, then a short form, is one person)."""
        name = _akn_name("".join(self._from or ())).rstrip(" .")  # a play's cue ends in a full stop: "ROPER."
        self._from = None
        ref = self._speech
        if ref is None or not name:
            return
        if ref not in self._persons:
            self._persons[ref] = name
        if self._speaker is not None and not self._speaker.dropped and not self._speaker.written:
            self._speaker.text = f"**{name if self._again else self._persons[ref]}:** "

    def _end_speech(self) -> None:
        """The end of a speech: a label never written (the speech said nothing) is dropped."""
        if self._from is not None:
            self._end_from()
        if self._speaker is not None and not self._speaker.written:
            self._speaker.dropped = True
            self._dead += 1
        self._speaker = None
        self._speech = None

    def _end_speeches(self, tag: str, speeches: _Speeches) -> None:
        if tag in speeches.dropped:
            if tag in self._dropping:
                while self._dropping.pop() != tag:
                    pass
            return
        if self._dropping:
            return
        if tag == speeches.name:
            if self._from is not None:
                self._end_from()
        elif tag in speeches.speaking:
            self._end_speech()
            self._paragraph()
        elif tag == speeches.heading:
            self._drop_prefixes()
            self._paragraph()
            self._in_heading = False
        elif tag not in speeches.inline:
            self._paragraph()

    def _start_classed(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """A question written as a block or span with a class or id that names it (``<p class="question">``,
        ``<span class="interview-question">``, ``<p id="iw_question">``), its emphasis in the site's style sheet: bold, as a
        Q&A written in Markdown has it."""
        questions = self._questions
        if questions and questions[-1].tag == tag:
            if tag == "p":  # a paragraph is never inside another: this one ends the question
                self._end_classed()
            else:
                questions[-1].nested += 1
        if attrs and self.asks is not None and any(self._names_question(name, value) for name, value in attrs if value):
            mark = _Mark("**")
            self._open.setdefault(mark.marker, []).append(mark)
            self._pending.append(mark)
            questions.append(_Question(tag))

    def _names_question(self, name: str, value: str) -> bool:
        """Whether a class, or an id a page gives each question (``<p id="iw_question">``, repeated:
        its markup is loose), names a question; an id by a whole word, not a letter (``id="q1"``
        anchors a whole item of an FAQ, answer and all)."""
        if name not in ("class", "id") or self.asks is None:
            return False
        for token in value.split():
            found = self.asks.search(token)
            if found is not None and (name == "class" or len(found[0].strip("-_0123456789")) > 1):
                return True
        return False

    def _end_classed(self) -> None:
        self._questions.pop()
        self._end_emphasis("**")

    def handle_endtag(self, tag: str) -> None:
        self._sync()
        if self.speeches is not None and (tag not in _KNOWN or tag in self.speeches.speaking):
            self._end_speeches(tag, self.speeches)
            return
        if tag not in _KNOWN or (tag in self.lenient and (tag in _DROPPED or tag == "title")):
            if self.xml and tag not in _KNOWN:
                pass
            elif not self._dropping and self._figure is None and self._title is None:
                self._text(f"</{tag}>")
            return
        if self.prose and (tag == "head" or (tag == "title" and self._title is None)):
            self._paragraph()
            return
        if tag in _DROPPED:
            if tag in self._dropping:
                while self._dropping.pop() != tag:
                    pass
            return
        if tag == "title":
            if self._title is not None and self.title is None:
                self.title = " ".join(self._restore("".join(self._title)).split()) or None
            self._title = None
            return
        if self._dropping or tag in self.lenient:
            return
        if self._questions and self._questions[-1].tag == tag:
            if self._questions[-1].nested:
                self._questions[-1].nested -= 1
            else:
                self._end_classed()
        if tag in _EMBEDS or tag in ("figure", "figcaption"):
            self._end_media(tag)
        elif self._figure is not None or self._title is not None:
            return
        elif tag in _EMPHASIS:
            self._end_emphasis(_EMPHASIS[tag])
        elif tag == "a":
            self._end_link()
        elif tag in _HEADINGS:
            self._drop_prefixes()
            self._paragraph()
            self._in_heading = False
        elif tag in _BLOCKS:
            self._paragraph()

    def _end_emphasis(self, marker: str) -> None:
        stack = self._open.get(marker)
        while stack and stack[-1].closed:
            stack.pop()
        if not stack:
            return
        mark = stack.pop()
        mark.closed = True
        if mark.written:
            if self._written and self._written[-1] is mark:
                self._written.pop()
            self._close_markers(marker)
        else:  # nothing written since it opened: no emphasis at all
            self._dead += 1
            self._compact()

    def handle_data(self, data: str) -> None:
        self._sync()
        if self._from is not None:
            self._from.append(data)
        elif self._title is not None:
            self._title.append(data)
        elif self._dropping or self._embeds:
            return
        elif self._figure is not None:
            self._figure.caption.append(data)
        else:
            self._text(data)

    def handle_comment(self, data: str) -> None:
        self._sync()
        if self._dropping or self._figure is not None or self._title is not None:
            return
        # a "<" inside was written as "&lt;" for the parser (prose); a comment keeps it as written,
        # as a bogus comment's ("<!<br>") does: render then parse leaves it alone
        self._own_line("<!--" + self._restore(data).replace("&lt;", "<").replace("\n", " ") + "-->")

    def handle_decl(self, decl: str) -> None:
        """The doctype is page wrapping, not text."""

    def handle_pi(self, data: str) -> None:
        """``<?php … ?>`` and ``<?xml … ?>`` are page machinery, not text."""

    def unknown_decl(self, data: str) -> None:
        """``<![CDATA[…]]>`` and the like are not speech."""
