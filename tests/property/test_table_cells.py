"""Transcript tables: whatever a CSV writer puts in a cell comes back as the turn's speech."""

from __future__ import annotations

import csv
import io

from hypothesis import example, given
from hypothesis import strategies as st

from interview_parser import parse

_WORDS = st.sampled_from(["well", "Yes", "no", "the", "mill", "1984", "said", "Ana's", '"quoted"', "a,b", "café", "王坚"])
_SPEECH = st.lists(_WORDS, min_size=1, max_size=6).map(" ".join) | st.lists(_WORDS, min_size=2, max_size=4).map("\n".join)
_ROWS = st.lists(st.tuples(st.sampled_from(["Ana", "Bo", "CJ:", ""]), _SPEECH), min_size=1, max_size=12)


def _expected(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The turns a table's rows make: a row with a speaker starts one, a row without continues it."""
    turns: list[tuple[str, list[str]]] = []
    for speaker, words in rows:
        text = " ".join(words.split("\n"))
        if speaker:
            turns.append((speaker.rstrip(":"), [text]))
        elif turns:
            turns[-1][1].append(text)
    return [(speaker, "\n".join(p for p in paragraphs if p)) for speaker, paragraphs in turns]


@given(_ROWS, st.sampled_from([",", "\t"]), st.sampled_from(["\n", "\r\n"]))
@example([("Ana", "Hi."), ("", "Still me."), ("Bo", "Hello,\nthere."), ("Ana", "Bye."), ("Bo", "Bye.")], ",", "\r\n")
@example([("Ana", "well\n王坚\nwell"), ("", "well\n王坚\nwell"), ("CJ:", "well"), ("Bo", "well\n王坚\nYes")], ",", "\n")  # no table: 王坚 alone is a label
def test_tables_every_cell_of_speech_lands_in_its_turn(rows: list[tuple[str, str]], delimiter: str, newline: str) -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline)
    writer.writerow(["speaker", "words"])
    writer.writerows(rows)
    doc = parse(out.getvalue())
    speakers = [speaker for speaker, _ in rows if speaker]
    if len(set(speakers)) < len(speakers):  # a speaker speaks twice: a transcript, whose table says who speaks
        assert [(t.speaker, t.text) for t in doc.turns] == _expected(rows)
    # text that is no table is read as any text: a line may be a label, a heading, the trailer
    pieces = [*(t.text for t in doc.turns), *(t.label or "" for t in doc.turns), *doc.preamble, *doc.trailer]
    pieces += [s.title for s in doc.sections] + [line for s in doc.sections for line in s.intro]
    landed = "\n".join(pieces)
    for _, words in rows:
        for word in words.split():
            assert word.replace('"', "") in landed.replace('"', "")
