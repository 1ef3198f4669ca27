"""Speaker identity: fold width, case and Chinese script so one person is one key.

``王堅`` and ``王坚``, ``ＪＤ`` and ``jd`` are the same speaker. The opencc
converter is created once, lazily, and shared: building one costs about
half a millisecond, converting a short label about a microsecond.
"""

from __future__ import annotations

import functools
import unicodedata

import opencc

__all__ = ["converter", "speaker_key", "to_simplified"]

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
def speaker_key(label: str) -> str:
    """Normalised identity of a speaker label: NFKC, Simplified, casefolded, single-spaced."""
    text = unicodedata.normalize("NFKC", label)
    text = to_simplified(text)
    text = " ".join(text.split()).strip(_LABEL_PUNCTUATION)
    return text.casefold()
