"""The whole document in another Chinese script (``--script``), with OpenCC."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..model import Interview
from ..normalize import converter

__all__ = ["SCRIPTS", "convert_script"]

SCRIPTS: Mapping[str, str] = {
    "simplified": "t2s",
    "traditional": "s2t",
    "taiwan": "s2tw",
    "hongkong": "s2hk",
}
"""``--script`` names and the opencc configuration each one uses."""

# to_dict() fields that are identifiers, not text: never converted.
_KEEP = frozenset({"key", "detector", "encoding", "code", "kind", "date", "role"})
# offsets into a turn's text: kept while the converted text has the same length
_SPANS = frozenset({"emphasis", "italic"})


def _convert_value(value: Any, convert: Any) -> Any:
    if isinstance(value, str):
        return convert(value)
    if isinstance(value, list):
        return [_convert_value(v, convert) for v in value]
    if isinstance(value, dict):
        return {convert(k): _convert_value(v, convert) for k, v in value.items()}
    return value


def convert_script(doc: Interview, script: str) -> Interview:
    """The document with its text in another Chinese script (see :data:`SCRIPTS`).

    Titles, metadata, speaker names and labels, turn and section text are
    converted; speaker keys (already script-neutral), detector names and
    codes are not. Emphasis spans are kept where the converted text has the
    same length, which is the case for the character-level conversions used.

    >>> from interview_parser import parse
    >>> doc = parse("**主持人：** 種茶多少年了？\\n\\n**林師傅：** 三十多年了。\\n\\n"
    ...             "**主持人：** 好。\\n\\n**林師傅：** 對。")
    >>> simple = convert_script(doc, "simplified")
    >>> simple.turns[1].speaker, simple.turns[1].text, simple.turns[1].key == doc.turns[1].key
    ('林师傅', '三十多年了。', True)
    """
    try:
        config = SCRIPTS[script]
    except KeyError:
        raise ValueError(f"unknown script {script!r}; choose one of: {', '.join(SCRIPTS)}") from None
    cc = converter(config)

    def convert(text: str) -> str:
        if text.isascii():
            return text
        return str(cc.convert(text.encode("utf-8", "replace").decode("utf-8")))

    data = doc.to_dict()
    out: dict[str, Any] = {}
    for field, value in data.items():
        if field in ("speakers", "sections", "turns", "media"):
            out[field] = [
                {k: (v if k in _KEEP or k in _SPANS else _convert_value(v, convert)) for k, v in item.items()}
                for item in value
            ]
        elif field == "diagnostics" or field in _KEEP:
            out[field] = value
        else:
            out[field] = _convert_value(value, convert)
    for before, after in zip(data["turns"], out["turns"], strict=True):
        if len(after["text"]) != len(before["text"]):
            for key in _SPANS & set(after):
                after[key] = []
    return Interview.from_dict(out)
