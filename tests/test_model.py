"""The models: frozen, typed, serialisable, traceable."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import attrs
import pytest

from interview_parser import Emphasis, Interview, Section, Turn, parse

TEXT = (
    '---\ntitle: "Talk"\ndate: 2024-01-02\n---\n\nLead.\n\n## Part one\n\n**Host:** Why **now**?\n\n'
    "**Guest:** Because.\n\n**Host:** And?\n\n**Guest:** That is all.\n\n[src](https://example.com)"
)


def test_to_dict_has_the_documented_keys() -> None:
    data = parse(TEXT).to_dict()
    assert data["title"] == "Talk"
    assert data["date"] == "2024-01-02"
    assert data["metadata"] == {"title": "Talk", "date": "2024-01-02"}
    assert data["preamble"] == ["Lead."]
    assert data["speakers"][0] == {"name": "Host", "key": "host", "role": "interviewer", "labels": ["Host"]}
    assert data["sections"] == [{"title": "Part one", "level": 2, "lines": [8, 8], "intro": []}]
    assert data["turns"][0] == {
        "speaker": "Host",
        "key": "host",
        "label": "Host",
        "text": "Why now?",
        "section": "Part one",
        "emphasis": [[4, 7]],
        "italic": [],
        "lines": [10, 10],
        "detector": "bold_label",
        "time": None,
        "start_seconds": None,
        "role": "interviewer",
        "span": [60, 82],
        "label_span": [62, 66],
    }
    assert TEXT[60:82] == "**Host:** Why **now**?"
    assert TEXT[62:66] == "Host"
    assert data["trailer"] == ["[src](https://example.com)"]


def test_from_dict_is_the_exact_inverse_and_json_round_trips() -> None:
    doc = parse(TEXT)
    assert Interview.from_dict(doc.to_dict()) == doc
    assert Interview.from_json(doc.to_json()) == doc
    spans = [(t.span, t.label_span) for t in doc.turns]
    assert [(t.span, t.label_span) for t in Interview.from_json(doc.to_json()).turns] == spans  # not compared by ==
    assert json.loads(doc.to_json(indent=2)) == doc.to_dict()


def test_models_are_frozen_and_collections_are_tuples() -> None:
    doc = parse(TEXT)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        doc.title = "x"  # type: ignore[misc]
    assert isinstance(doc.turns, tuple)
    assert isinstance(doc.turns[0].emphasis, tuple)
    with pytest.raises(TypeError):
        doc.metadata["title"] = "x"  # type: ignore[index]


def test_models_pickle() -> None:
    doc = parse(TEXT)
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_invariants_are_checked_on_construction() -> None:
    with pytest.raises(ValueError, match="emphasis span"):
        Emphasis(3, 3)
    with pytest.raises(ValueError, match="outside text"):
        Turn("A", "abc", (1, 1), emphasis=[Emphasis(0, 9)])
    with pytest.raises(ValueError, match="line range"):
        Section("x", (3, 2))


def test_speaker_lookup() -> None:
    doc = parse(TEXT)
    speaker = doc.speaker("guest")
    assert speaker is not None
    assert speaker.name == "Guest"
    assert doc.speaker("nobody") is None


def test_a_draft_has_the_fields_of_a_turn_in_the_same_order() -> None:
    # finish_turns builds each Turn positionally from its Draft
    from interview_parser.assemble import Draft

    names = tuple(field.name for field in attrs.fields(Turn))
    assert (*Draft._fields, "span", "label_span") == names  # the source spans are given separately


TIMED = "**Ana:** 00:01:31 Hello.\n\n**Bo:** 00:01:35.5 Hi.\n\n**Ana:** 01:02:03 Bye.\n\n**Bo:** Bye."


def test_turns_carry_their_time_as_text_and_as_seconds() -> None:
    doc = parse(TIMED)
    assert [(t.timestamp, t.start_seconds) for t in doc.turns] == [
        ("00:01:31", 91.0), ("00:01:35.5", 95.5), ("01:02:03", 3723.0), (None, None)
    ]
    rows = doc.to_dict()["turns"]
    assert [(r["time"], r["start_seconds"]) for r in rows] == [
        ("00:01:31", 91.0), ("00:01:35.5", 95.5), ("01:02:03", 3723.0), (None, None)
    ]
    assert "timestamp" not in rows[0]


@pytest.mark.parametrize(
    ("written", "seconds"),
    [("12:05", 725.0), ("1:00:00,5", 3600.5), ("０１:２３", 83.0), (" 00:00:07 ", 7.0), ("soon", None), ("1:2", None)],
)
def test_start_seconds_reads_every_written_form(written: str, seconds: float | None) -> None:
    assert Turn("A", "x", (1, 1), timestamp=written).start_seconds == seconds


def test_from_dict_reads_the_old_timestamp_key() -> None:
    doc = parse(TIMED)
    old = doc.to_dict()
    for turn in old["turns"]:
        turn["timestamp"] = turn.pop("time")
        del turn["start_seconds"]
    assert Interview.from_dict(old) == doc


def test_pandas_keeps_the_time_column_as_text(tmp_path: Path) -> None:
    """pandas.read_json turns columns named timestamp*, *_at, *_time, date ... into dates; ours keep their values."""
    pd = pytest.importorskip("pandas")
    from interview_parser.export import TURN_COLUMNS, to_jsonl

    path = tmp_path / "turns.jsonl"
    path.write_text(to_jsonl(parse(TIMED)), encoding="utf-8")
    frame = pd.read_json(path, lines=True)
    assert frame["time"].tolist()[:3] == ["00:01:31", "00:01:35.5", "01:02:03"]
    assert frame["start_seconds"].tolist()[:3] == [91.0, 95.5, 3723.0]
    # every column name, whatever it holds: a date-like text must come back as the same text
    row = dict.fromkeys(TURN_COLUMNS, "2024-01-02 00:01:31")
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert pd.read_json(path, lines=True).iloc[0].tolist() == list(row.values())
