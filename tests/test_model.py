"""The models: frozen, typed, serialisable, traceable."""

from __future__ import annotations

import json
import pickle

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
        "timestamp": None,
        "role": "interviewer",
    }
    assert data["trailer"] == ["[src](https://example.com)"]


def test_from_dict_is_the_exact_inverse_and_json_round_trips() -> None:
    doc = parse(TEXT)
    assert Interview.from_dict(doc.to_dict()) == doc
    assert Interview.from_json(doc.to_json()) == doc
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

    assert Draft._fields == tuple(field.name for field in attrs.fields(Turn))
