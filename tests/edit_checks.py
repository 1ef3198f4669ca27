"""Checks shared by the edit tests and the edit properties (not a test module)."""

from __future__ import annotations

import regex

from interview_parser.edit import Edit, Replacement, apply
from interview_parser.normalize import converter


def outside_unchanged(edit: Edit) -> None:
    """The edited text is the original with each reported replacement made, and nothing else."""
    at, pos = 0, 0
    for r in sorted((r for r in edit.replacements if not r.kept), key=lambda r: r.start):
        assert at <= r.start
        assert edit.original[at : r.start] == edit.text[pos : pos + r.start - at]
        pos += r.start - at
        assert edit.text[pos : pos + len(r.new)] == r.new
        pos += len(r.new)
        at = r.end
    assert edit.original[at:] == edit.text[pos:]


def variants(name: str) -> set[str]:
    """A name in every form a reader would recognise: case, full width, either Chinese script."""
    forms = {name, name.upper(), name.lower(), name.title(), name.casefold()}
    forms |= {"".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in f) for f in list(forms)}
    forms |= {str(converter(c).convert(f)) for f in list(forms) for c in ("s2t", "t2s", "s2tw", "s2hk")}
    return forms


def traces(edit: Edit, names: set[str]) -> list[str]:
    """Every variant of ``names`` still in the edited text once the places the report keeps are blanked:
    Latin names as whole words in any case, CJK names anywhere."""
    blank = [
        Replacement(r.start, r.end, r.old, "\u25a1", r.line, r.column, r.where) if r.kept else r
        for r in edit.replacements
    ]
    text = apply(edit.original, blank)
    found = []
    for name in names:
        for variant in variants(name):
            if regex.search(r"\p{Han}", variant):
                hit = variant in text
            else:
                word = rf"(?<![\p{{L}}\p{{N}}])(?i:{regex.escape(variant)})(?![\p{{L}}\p{{N}}])"
                hit = regex.search(word, text) is not None
            if hit:
                found.append(variant)
    return sorted(found)
