"""What ends a question and a sentence, in every script the parser reads.

A question is told by its mark (an interviewer asks, an answer ends in a full
stop), and scripts write the mark differently: ``?``, the full-width ``？`` of
Chinese and Japanese, the reversed ``؟`` of Arabic, Persian and Urdu, the
Ethiopic ``፧``; Japanese may write none after its question particle (``…ますか。``).
Every test of "does this line ask" reads the marks here, so a script added here is
added everywhere.
"""

from __future__ import annotations

__all__ = ["QUESTION_ENDINGS", "QUESTION_MARKS", "SENTENCE_MARKS", "asks"]

QUESTION_MARKS: tuple[str, ...] = ("?", "？", "؟", "፧", "⁇", "‽", "︖", "﹖")
"""Marks that end a question: Latin, full-width, Arabic-script, Ethiopic, and the doubled and
interrobang forms."""

SENTENCE_MARKS: tuple[str, ...] = (*QUESTION_MARKS, ".", "!", "。", "！", "…", "۔", "।", "॥", "።")
"""Marks that end a sentence: the question marks, full stops (Latin, CJK, Urdu's ``۔``, the
Devanagari and Bengali danda ``।``, Ethiopic ``።``), exclamation marks and an ellipsis."""


QUESTION_ENDINGS: tuple[str, ...] = tuple(f"{polite}か{stop}" for polite in ("ます", "です", "しょう", "ました", "でした") for stop in ("。", ""))
"""Sentence endings that ask without a mark: a Japanese interviewer ends a question with the
particle か after a polite form and, in print, often a full stop (``教えていただけますか。``,
``あったのでしょうか。``, ``いかがでしたか。``); the plain ``…なのか。``, ``…だろうか。`` are an
essay's rhetorical questions."""


def asks(text: str, trailing: str = "") -> bool:
    """Whether ``text`` ends in a question mark, once the ``trailing`` characters (emphasis,
    closing quotes, spaces) are stripped from its end, or in a question's ending that needs none
    (Japanese ``…ますか。``)."""
    end = text.rstrip(trailing) if trailing else text
    return end.endswith(QUESTION_MARKS) or (end[-1:] in "か。" and end.endswith(QUESTION_ENDINGS))
