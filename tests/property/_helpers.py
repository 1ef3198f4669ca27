"""Shared pieces of the property suite (not a test module)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from hypothesis import strategies as st

from interview_parser import Interview
from interview_parser.strategies import paragraphs

LABEL_FORMS = ("**{}:** ", "{}: ", "**{}：**", "{}：")


def alnum(texts: Iterable[str]) -> Counter[str]:
    """Letters and digits of ``texts``, counted (markup and white space are not content)."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(c for c in text if c.isalnum())
    return counts


def landed(doc: Interview) -> list[str]:
    """Every piece of body text the parser placed somewhere, once each."""
    pieces: list[str] = list(doc.preamble)
    for section in doc.sections:
        pieces.append(section.title)
        pieces.extend(section.intro)
    pieces.extend(turn.text for turn in doc.turns)
    pieces.extend(media.text for media in doc.media)
    pieces.extend(doc.trailer)
    return pieces


def consumed(doc: Interview) -> list[str]:
    """Text the parser is allowed to consume: labels and timestamps of turns."""
    out: list[str] = []
    for turn in doc.turns:
        if turn.label:
            out.append(turn.label)
        if turn.timestamp:
            out.append(turn.timestamp)
    return out


_SENTENCE = st.sampled_from(("latin", "hans", "hant")).flatmap(lambda s: paragraphs(s))
_NAME = st.sampled_from(("Ana Lima", "Bruno", "王坚", "主持人", "MR. SMITH", "Q", "A", "问", "答"))


@st.composite
def prose_documents(draw: st.DrawFn, /) -> str:
    """Bodies mixing sentences, labelled speech, headings, bold lines, images and blank lines.

    No front matter, header lines, links, HTML or entities: every letter of
    the result is body content, so conservation can be checked by counting.
    """
    blocks: list[str] = []
    for _ in range(draw(st.integers(0, 14))):
        kind = draw(st.sampled_from(("speech", "speech", "speech", "sentence", "heading", "bold", "image", "name")))
        text = draw(_SENTENCE)[0]
        if kind == "speech":
            blocks.append(draw(st.sampled_from(LABEL_FORMS)).format(draw(_NAME)) + text)
        elif kind == "sentence":
            blocks.append(text)
        elif kind == "heading":
            blocks.append("## " + text.rstrip(".?!。？！"))
        elif kind == "bold":
            blocks.append("**" + text + "**")
        elif kind == "image":
            blocks.append("![a photo](pic.png)")
        else:
            blocks.append(draw(_NAME) + "\n" + text)
    return "".join(b + draw(st.sampled_from(("\n", "\n\n", "\n\n\n"))) for b in blocks)



HTML_LOOKING = (
    "The <head> tag.",
    "a<b and c>d.",
    "if x<p or q>y then.",
    "Use <?php echo 1 ?> here.",
    "Prices&regulations, not&nothing.",
    "&copy 2024 &amp &lt3",
    "The <style> and <title> tags.",
    "Close it with </div> or </span>.",
    "The <video> and <button> elements.",
    "Then <br> alone, x <y> z, <!DOCTYPE html>.",
    "Tom & Jerry, 1 < 2 > 0.",
)
"""Speech that mentions HTML or writes ``&`` in words: text, character for character."""

HTML_LOOKING_CHARS = frozenset("<>&;/?")


def html_counted(texts: Iterable[str]) -> Counter[str]:
    """Letters, digits and the characters HTML-looking prose writes (``<>&;/?``), counted."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(c for c in text if c.isalnum() or c in HTML_LOOKING_CHARS)
    return counts


@st.composite
def html_prose_documents(draw: st.DrawFn, /) -> str:
    """Labelled speech, some of it mentioning HTML (:data:`HTML_LOOKING`), no markup of its own."""
    blocks: list[str] = []
    for _ in range(draw(st.integers(1, 10))):
        text = draw(st.one_of(st.sampled_from(HTML_LOOKING), _SENTENCE.map(lambda p: p[0])))
        if draw(st.booleans()):
            text = draw(_SENTENCE)[0].rstrip(".?!。？！") + " " + text
        blocks.append(draw(st.sampled_from(LABEL_FORMS)).format(draw(_NAME)) + text)
    return "".join(b + draw(st.sampled_from(("\n", "\n\n"))) for b in blocks)
