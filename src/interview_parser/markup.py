"""HTML in the body: turn it into numbered Markdown-ish lines before :func:`.blocks.scan_lines`.

Transcripts exported from CMSs and static sites keep inline HTML, character
references and template shortcodes; some are whole HTML pages around a plain
transcript. This stage rewrites them into the Markdown the rest of the
pipeline already reads, and keeps every piece's source line number:

* ``<strong>``/``<b>`` become ``**``, ``<em>``/``<i>`` become ``*``, so
  ``<strong>Name</strong>:`` is the label ``**Name**:``;
* ``<br>`` ends a line (two in a row end a paragraph); ``<p>``, ``<div>`` and
  other block elements are paragraph boundaries; ``<h1>``-``<h6>`` become
  ``#`` headings and ``<hr>`` a rule;
* ``<head>``, ``<script>``, ``<style>`` and the doctype are dropped; the
  ``<title>`` text is returned separately;
* ``<figure>``, ``<img>``, ``<video>``, ``<iframe>``, ``<audio>`` ... become one
  Markdown image line ``![caption](src)``, which :mod:`.blocks` tags as media;
  HTML comments and shortcodes (``{{< video >}}``, ``{% include %}``) become
  lines of their own, which :mod:`.blocks` tags as apparatus;
* character references are decoded (``&nbsp;`` as a plain space).

Parsing is the standard library's :class:`html.parser.HTMLParser`; text
outside tags, Markdown included, passes through as written, and tags that
are not HTML elements (``<https://…>`` autolinks, ``<inaudible>``) are kept
verbatim. A body without ``<``, ``&`` or a shortcode is not touched at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html.parser import HTMLParser

import regex

__all__ = ["html_body"]

Numbered = Iterable[tuple[int, str]]

_SHORTCODE = regex.compile(r"\{\{[<%].{0,2000}?[%>]\}\}|\{%.{0,2000}?%\}")
_SHORTCODE_SLOT = regex.compile(r"\ufdd1(\d{1,9})\ufdd2")
_RAW_NBSP = "\ufdd0"  # stands for a U+00A0 written as a character, not as &nbsp;


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


_EMPHASIS = {"strong": "**", "b": "**", "em": "*", "i": "*"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = _names("""address article aside blockquote body center dd details dialog dir div dl dt fieldset footer
    form header hgroup html li main menu nav ol p pre section summary table tbody td tfoot th thead tr ul caption""")
_DROPPED = _names("head script style template noscript svg math select button")
_EMBEDS = _names("video audio iframe object embed canvas")
_MEDIA_SOURCES = _names("img source embed track")
_INLINE = _names("""a abbr picture bdi bdo big cite code data dfn font ins kbd label mark nobr q rp rt ruby s samp small
    span strike sub sup time tt u var wbr del meta link base col colgroup input area map param""")
_KNOWN = (
    frozenset(_EMPHASIS)
    | frozenset(_HEADINGS)
    | _BLOCKS
    | _DROPPED
    | _EMBEDS
    | _MEDIA_SOURCES
    | _INLINE
    | _names("br hr title figure figcaption")
)
_MAX_CAPTION = 480


def html_body(lines: Sequence[str], start: int) -> tuple[Numbered, str | None]:
    """Numbered body lines from ``lines[start:]`` with HTML turned into Markdown, and the ``<title>``.

    Line numbers are 1-based source line numbers; one source line may give
    several pieces (``<br>``) and a blank piece marks a paragraph boundary.
    """
    body = lines[start:]
    text = "\n".join(body)
    if "<" not in text and "&" not in text and ("{" not in text or ("{{" not in text and "{%" not in text)):
        return enumerate(body, start + 1), None
    converter = _Converter(start + 1)
    converter.convert(text)
    return converter.out, converter.title


def _media_line(alt: str, src: str) -> str:
    """``![alt](src)`` that :mod:`.blocks` recognises: no brackets in alt, no spaces or parentheses in src."""
    alt = " ".join(alt.split()).replace("[", "(").replace("]", ")")
    if len(alt) > _MAX_CAPTION:
        alt = alt[: _MAX_CAPTION - 1] + "…"
    src = src.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29")
    return f"![{alt}]({src})"


class _Figure:
    """What a ``<figure>`` (or a lone embed) holds until it is closed."""

    def __init__(self, line: int, tag: str) -> None:
        self.line = line
        self.tag = tag
        self.src = ""
        self.alt = ""
        self.caption: list[str] = []


class _Converter(HTMLParser):
    """One pass of :class:`HTMLParser` writing ``(line number, text)`` pieces."""

    def __init__(self, first_line: int) -> None:
        super().__init__(convert_charrefs=True)
        self.base = first_line - 1
        self.line = first_line
        self.out: list[tuple[int, str]] = []
        self.title: str | None = None
        self._buf: list[str] = []
        self._buf_line = first_line
        self._breaks: set[str] = set()  # kinds of line end seen since the last text
        self._pending: list[str] = []  # markup to write before the next text
        self._open: list[str] = []  # emphasis markers opened and not closed
        self._dropping: list[str] = []
        self._title: list[str] | None = None
        self._figure: _Figure | None = None
        self._in_caption = False
        self._embeds: list[str] = []
        self._shortcodes: list[str] = []

    # --- driving ------------------------------------------------------------

    def convert(self, text: str) -> None:
        if "\u00a0" in text:
            text = text.replace("\u00a0", _RAW_NBSP)
        if "{{" in text or "{%" in text:
            text = _SHORTCODE.sub(self._hide_shortcode, text)
        self.feed(text)
        self.close()
        self._close_figure()
        self._flush_line()

    def _hide_shortcode(self, match: regex.Match[str]) -> str:
        self._shortcodes.append(match.group())
        return f"\ufdd1{len(self._shortcodes) - 1}\ufdd2"

    def _sync(self) -> None:
        self.line = self.base + self.getpos()[0]

    # --- writing ------------------------------------------------------------

    def _has_text(self) -> bool:
        return any(piece.strip() for piece in self._buf)

    def _write(self, text: str) -> None:
        """Add text without line ends to the current piece."""
        if not text:
            return
        if self._pending and text.strip():
            lead = len(text) - len(text.lstrip())
            self._append(text[:lead])
            self._append("".join(self._pending))
            text = text[lead:]
            self._pending = []
        self._append(text)

    def _append(self, text: str) -> None:
        if text:
            if not self._buf:
                self._buf_line = self.line
            self._buf.append(text)

    def _line_end(self, kind: str) -> None:
        """End the current piece; a second line end with no text between is a blank piece."""
        if self._has_text():
            self.out.append((self._buf_line, "".join(self._buf)))
            self._breaks = {kind}
        elif kind in self._breaks:
            self.out.append((self.line, ""))
            self._breaks = {kind}
        else:
            self._breaks.add(kind)
        self._buf = []

    def _flush_line(self) -> None:
        if self._has_text():
            self.out.append((self._buf_line, "".join(self._buf)))
            self._breaks = set()
        self._buf = []

    def _own_line(self, text: str) -> None:
        """A piece of its own (media, comment, shortcode), in the current paragraph."""
        self._flush_line()
        self.out.append((self.line, text))
        self._breaks = set()

    def _paragraph(self) -> None:
        """A paragraph boundary; open emphasis is closed before it and reopened after."""
        markers = [m for m in self._open if m not in self._pending]
        if self._has_text():
            self._close_markers(markers[::-1])
        self._flush_line()
        self.out.append((self.line, ""))
        self._breaks = {"nl", "br"}
        self._pending = markers + [m for m in self._pending if not m.startswith("#")]

    def _close_markers(self, markers: list[str]) -> None:
        """Write closing markers before any trailing whitespace of the current piece (or the last one)."""
        closing = "".join(markers)
        if not closing:
            return
        if not self._has_text():
            if self.out and self.out[-1][1].strip():
                number, last = self.out[-1]
                self.out[-1] = (number, last.rstrip() + closing)
            return
        joined = "".join(self._buf)
        body = joined.rstrip()
        self._buf = [body, closing, joined[len(body) :]]

    def _text(self, data: str) -> None:
        """Text from the source: line ends split pieces, shortcodes become their own lines."""
        if _RAW_NBSP in data or "\u00a0" in data:
            data = data.replace("\u00a0", " ").replace(_RAW_NBSP, "\u00a0")
        first = True
        for part in data.split("\n"):
            if not first:
                self._line_end("nl")
                self.line += 1
            first = False
            if "\ufdd1" in part:
                self._text_with_shortcodes(part)
            else:
                self._write(part)

    def _text_with_shortcodes(self, part: str) -> None:
        last = 0
        for match in _SHORTCODE_SLOT.finditer(part):
            self._write(part[last : match.start()])
            index = int(match[1])
            self._own_line(self._shortcodes[index] if index < len(self._shortcodes) else match.group())
            last = match.end()
        self._write(part[last:])

    # --- media --------------------------------------------------------------

    def _start_media(self, tag: str, values: dict[str, str]) -> None:
        if tag in ("source", "track") and self._figure is None:
            return  # <picture><source …>: the <img> inside speaks for it
        src = values.get("src") or values.get("data-src") or values.get("srcset", "").split(" ")[0]
        alt = values.get("alt") or values.get("title") or (tag if tag in _EMBEDS else "")
        if self._figure is None and tag in ("img", "embed"):
            self._own_line(_media_line(alt, src))
            return
        if self._figure is None:
            self._figure = _Figure(self.line, tag)
        figure = self._figure
        if src and not figure.src:
            figure.src = src
        if alt and not figure.alt:
            figure.alt = alt
        if tag in _EMBEDS and tag != "embed":
            self._embeds.append(tag)  # its content is fallback text, not speech

    def _end_media(self, tag: str) -> None:
        if tag in self._embeds:
            while self._embeds and self._embeds.pop() != tag:
                pass
        figure = self._figure
        if figure is None or self._embeds:
            return
        if tag == "figcaption":
            self._in_caption = False
        if tag == figure.tag:
            self._close_figure()
            if tag == "figure":
                self._paragraph()

    def _close_figure(self) -> None:
        figure = self._figure
        if figure is None:
            return
        self._figure = None
        self._in_caption = False
        self._embeds = []
        caption = " ".join("".join(figure.caption).split())
        alt = caption or figure.alt
        if alt or figure.src:
            line, self.line = self.line, figure.line
            self._own_line(_media_line(alt, figure.src))
            self.line = line

    # --- HTMLParser callbacks -----------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._sync()
        if tag not in _KNOWN:
            if not self._dropping and self._figure is None:
                self._text(self.get_starttag_text() or f"<{tag}>")
            return
        if tag in _DROPPED:
            self._dropping.append(tag)
            return
        if tag == "body":
            self._dropping = []
        if tag == "title":
            self._title = []
            return
        if self._dropping:
            return
        if tag in _MEDIA_SOURCES or tag in _EMBEDS or tag == "figure":
            self._start_media(tag, {name: value or "" for name, value in attrs})
        elif tag == "figcaption":
            if self._figure is None:
                self._figure = _Figure(self.line, tag)
            self._in_caption = True
        elif self._figure is not None:
            return  # markup inside a figure's caption is not kept
        elif tag in _EMPHASIS:
            self._pending.append(_EMPHASIS[tag])
            self._open.append(_EMPHASIS[tag])
        elif tag == "br":
            self._line_end("br")
        elif tag == "hr":
            self._paragraph()
            self._own_line("---")
            self._paragraph()
        elif tag in _HEADINGS:
            self._paragraph()
            self._pending.append("#" * _HEADINGS[tag] + " ")
        elif tag in _BLOCKS:
            self._paragraph()

    def handle_endtag(self, tag: str) -> None:
        self._sync()
        if tag not in _KNOWN:
            if not self._dropping and self._figure is None:
                self._text(f"</{tag}>")
            return
        if tag in _DROPPED:
            if tag in self._dropping:
                while self._dropping.pop() != tag:
                    pass
            return
        if tag == "title":
            if self._title is not None and self.title is None:
                self.title = " ".join("".join(self._title).split()) or None
            self._title = None
            return
        if self._dropping:
            return
        if tag in _EMBEDS or tag in ("figure", "figcaption"):
            self._end_media(tag)
        elif self._figure is not None:
            return
        elif tag in _EMPHASIS:
            self._end_emphasis(_EMPHASIS[tag])
        elif tag in _HEADINGS:
            self._pending = [m for m in self._pending if not m.startswith("#")]
            self._paragraph()
        elif tag in _BLOCKS:
            self._paragraph()

    def _end_emphasis(self, marker: str) -> None:
        if marker not in self._open:
            return
        del self._open[len(self._open) - 1 - self._open[::-1].index(marker)]
        if marker in self._pending:
            # nothing written since it opened: drop the opening marker too
            del self._pending[len(self._pending) - 1 - self._pending[::-1].index(marker)]
            return
        self._close_markers([marker])

    def handle_data(self, data: str) -> None:
        self._sync()
        if self._title is not None:
            self._title.append(data)
            return
        if self._dropping or self._embeds:
            return
        if self._figure is not None:
            self._figure.caption.append(data)
            return
        self._text(data)

    def handle_comment(self, data: str) -> None:
        self._sync()
        if self._dropping or self._figure is not None:
            return
        self._own_line("<!--" + data.replace("\n", " ") + "-->")

    def handle_decl(self, decl: str) -> None:
        """The doctype is page wrapping, not text."""

    def handle_pi(self, data: str) -> None:
        """``<?php … ?>`` and ``<?xml … ?>`` are page machinery, not text."""

    def unknown_decl(self, data: str) -> None:
        """``<![CDATA[…]]>`` and the like are not speech."""
