"""Speaker identity: fold width, case and Chinese script so one person is one key.

``王堅`` and ``王坚``, ``ＪＤ`` and ``jd`` are the same speaker. The opencc
converter is created once, lazily, and shared: building one costs about
half a millisecond, converting a short label about a microsecond.
"""

from __future__ import annotations

import functools
import unicodedata

import opencc
import regex

__all__ = ["converter", "fold", "person", "speaker_key", "to_simplified"]

_TRAILING_ROLE = regex.compile(r"[ \t\u3000]{0,2}(?:[(（](?:[^()（）]|[(（][^()（）]{0,40}[)）]){1,80}[)）]|\[[^\[\]]{1,80}\])$")
_CJK_LETTER = regex.compile(r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]")
_SPACE_IN_HAN = regex.compile(r"(?<=\p{Han}) (?=\p{Han})")
_LABEL_PUNCTUATION = ":：.。,，;；[]【】()（）「」《》<>*_ \u3000\t"


@functools.lru_cache(maxsize=8)
def converter(config: str = "t2s") -> opencc.OpenCC:
    """The shared opencc converter for ``config`` (``t2s``, ``s2t``, ``s2tw``, ``s2hk`` ...)."""
    return opencc.OpenCC(config if config.endswith(".json") else f"{config}.json")


def to_simplified(text: str) -> str:
    """``text`` in Simplified script (text without Han characters is returned as is)."""
    if text.isascii():
        return text
    # opencc encodes to UTF-8 internally: lone surrogates would make it fail.
    safe = text.encode("utf-8", "replace").decode("utf-8")
    return str(converter("t2s").convert(safe))


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """``text`` for comparison: NFKC, Simplified, casefolded, without whitespace."""
    return "".join(to_simplified(unicodedata.normalize("NFKC", text)).split()).casefold()


_GROUP_END = regex.compile(
    r"[,，][ \t]{0,2}(?:(?:&|and |und |et |y )[^,，]{1,60}|\p{Lu}[^,，]{0,40}?[ \t](?:&|and|und|et|y)[ \t]\p{Lu}[^,，]{0,40})$"
)
"""The last item of a list of people: ``, & Jen Luker``, ``, and Bo``, ``, Bo & Cy``, ``, Bo Li and Cy Wu``
(a role after a comma does not join two capitalised names: ``JOSÉ ROSAS, GOBERNADOR``)."""


def person(label: str) -> str:
    """The name in a label, without a role in brackets or after a comma:
    ``王磊（某公司CEO）`` → ``王磊``, ``VOCE [non identificata]`` → ``VOCE``, ``JOSÉ ROSAS, GOBERNADOR`` → ``JOSÉ ROSAS``, ``편상욱 / 앵커`` → ``편상욱``."""
    text = label.strip()
    if text[-1:] in ")）]":
        match = _TRAILING_ROLE.search(text)
        if match is not None and match.start() > 0:
            return text[: match.start()].rstrip()
    if _GROUP_END.search(text) is not None:
        return text  # "Ana Ruiz, Bo Li, & Cy Wu": several people, not a name and a role
    if " / " in text:  # "편상욱 / 앵커": a name, a spaced slash, the role ("CDR / CMP" speak together)
        head = text.split(" / ", 1)[0].rstrip()
        if _CJK_LETTER.search(head) is not None:
            return head
    for comma in (",", "，"):
        if comma in text:
            head = text.split(comma, 1)[0].rstrip()
            if head:
                return head
    return text


@functools.lru_cache(maxsize=4096)
def speaker_key(label: str) -> str:
    """Normalised identity of a speaker label: NFKC, Simplified, casefolded.

    Spaces between Han characters (``赵　敏``) are dropped, others are single.
    """
    text = unicodedata.normalize("NFKC", label)
    text = to_simplified(text)
    spaced = " ".join(text.split())
    text = spaced.strip(_LABEL_PUNCTUATION)
    for opener, closer in _ROLE_BRACKETS:
        # a role in brackets keeps its closing bracket ("ana lima (host)", not "ana lima (host")
        if text.count(opener) > text.count(closer) and spaced.rstrip(":：.。,，;； \u3000\t*_").endswith(closer):
            text += closer
    text = _SPACE_IN_HAN.sub("", text)
    return text.casefold()


_ROLE_BRACKETS = (("(", ")"), ("（", "）"), ("[", "]"), ("【", "】"))
