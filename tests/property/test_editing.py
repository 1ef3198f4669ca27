"""Edits: only the reported spans change, the structure survives, renaming back restores every byte,
and a pseudonymised name leaves no trace but the places the report keeps."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from edit_checks import outside_unchanged, traces
from interview_parser import Interview, parse
from interview_parser.conventions import DEFAULT_CONVENTIONS
from interview_parser.edit import pseudonymise, rename_speaker
from interview_parser.normalize import speaker_key
from interview_parser.pseudonyms import is_name
from interview_parser.render import CONVENTIONS
from interview_parser.strategies import Rendered, rendered_interviews, speaker_names

NAMED = st.sampled_from([c for c in CONVENTIONS if c != "qa"])  # Q and A are roles, not names


@st.composite
def as_written(draw: st.DrawFn, /, convention: str | None = None) -> tuple[Rendered, str]:
    """A generated interview and its text, with LF or CRLF line ends and perhaps a byte order mark."""
    case = draw(NAMED.flatmap(rendered_interviews) if convention is None else rendered_interviews(convention))
    text = case.text.replace("\n", draw(st.sampled_from(("\n", "\r\n"))))
    return case, ("\ufeff" if draw(st.booleans()) else "") + text


def _shape(doc: Interview, renamed: str, new: str) -> list[tuple[object, ...]]:
    """Turns as the edit should leave them: the renamed speaker's turns under the new name."""
    return [
        (
            new if t.key == renamed else t.speaker,
            speaker_key(new) if t.key == renamed else t.key,
            new if t.key == renamed else t.label,
            t.role,
            t.section,
            t.text,
            t.emphasis,
            t.lines,
        )
        for t in doc.turns
    ]


@given(as_written(), st.data())
def test_rename_changes_only_the_reported_spans_and_renaming_back_restores_every_byte(
    written: tuple[Rendered, str], data: st.DataObject
) -> None:
    case, text = written
    doc = parse(text)
    speakers = [s for s in doc.speakers if len(s.labels) == 1 and is_name(s)]
    assume(speakers)
    speaker = data.draw(st.sampled_from(speakers))
    taken = {s.key for s in doc.speakers}
    new = data.draw(
        speaker_names(case.convention).filter(
            lambda n: speaker_key(n) not in taken and DEFAULT_CONVENTIONS.role_of(speaker_key(n)) is None
        )
    )
    edit = rename_speaker(text, speaker.name, new)
    outside_unchanged(edit)
    labels = [t.label_span for t in doc.turns if t.key == speaker.key]
    assert sorted((r.start, r.end) for r in edit.replacements) == labels
    assert not edit.kept
    after = parse(edit.text)
    assert _shape(after, speaker_key(new), new) == _shape(doc, speaker.key, new)
    assert [(s.title, s.level, s.intro) for s in after.sections] == [(s.title, s.level, s.intro) for s in doc.sections]
    assert rename_speaker(edit.text, new, speaker.name).text == text


@given(as_written())
def test_pseudonymise_leaves_no_trace_of_a_speakers_name(written: tuple[Rendered, str]) -> None:
    case, text = written
    doc = parse(text)
    edit = pseudonymise(text)
    outside_unchanged(edit)
    names = {label for s in doc.speakers if is_name(s) for label in s.labels}
    pseudonyms = {r.new for r in edit.replacements}
    assume(not any(speaker_key(n) in map(speaker_key, pseudonyms) for n in names))  # "Participant 1" already
    assert traces(edit, names) == []
    after = parse(edit.text)
    if case.convention not in ("caps", "name_line"):  # "Participant 1" is no name alone on a line, nor in capitals
        assert [(t.section, t.text != "", t.lines) for t in after.turns] == [
            (t.section, t.text != "", t.lines) for t in doc.turns
        ]
