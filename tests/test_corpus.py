"""Accuracy on the shared corpus of real transcripts (skipped when it is absent).

The corpus belongs to others and is never copied here; it is read in place
and scored with the project's scorer.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from interview_parser import parse
from scripts import load_script

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
SCORER = CORPUS.parent / "tools" / "score.py"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir() or not SCORER.is_file(), reason="../shared/corpus not present")


def _scorer() -> ModuleType:
    return load_script("score", SCORER)


def _rows(folder: Path) -> list[dict[str, Any]]:
    score = _scorer()
    rows = []
    for text_path, gold_path in score.find_pairs([str(folder)]):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        rows.append(score.score_doc(text_path.read_text(encoding="utf-8"), gold, parse))
    return rows


def test_founding_documents_are_perfect() -> None:
    rows = _rows(CORPUS / "seeds")
    assert rows
    assert [r["id"] for r in rows if not r["perfect"]] == []


def test_no_turns_are_invented_in_documents_that_are_not_interviews() -> None:
    rows = [r for r in _rows(CORPUS) if r["n_gold"] == 0]
    assert [(r["id"], r["n_pred"]) for r in rows if r["n_pred"]] == []


def test_turn_f1_over_the_whole_corpus() -> None:
    rows = _rows(CORPUS)
    score = _scorer()
    _, _, f1 = score.f1(sum(r["tp_turn"] for r in rows), sum(r["n_gold"] for r in rows), sum(r["n_pred"] for r in rows))
    assert f1 >= 0.9
    assert all(r["error"] is None for r in rows)
