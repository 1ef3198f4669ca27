"""A ConvoKit corpus folder for many documents (``--format convokit --output-dir DIR``)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..model import Interview
from .timing import timestamp_seconds

__all__ = ["CORPUS_FILES", "to_convokit"]

CORPUS_FILES = ("utterances.jsonl", "speakers.json", "conversations.json", "corpus.json", "index.json")
"""The files :func:`to_convokit` writes into a corpus folder."""


def _type_name(value: Any) -> str:
    return f"<class '{type(value).__name__}'>"


def _index(records: Iterable[Mapping[str, Any]]) -> dict[str, list[str]]:
    """ConvoKit's metadata index: each meta field and the type of its values."""
    types: dict[str, list[str]] = {}
    for meta in records:
        for field, value in meta.items():
            if field not in types or (value is not None and types[field] == [_type_name(None)]):
                types[field] = [_type_name(value)]
    return types


def to_convokit(
    documents: Mapping[str, Interview] | Iterable[tuple[str, Interview]],
    directory: str | os.PathLike[str],
    *,
    name: str = "interviews",
    sources: Mapping[str, str] | None = None,
    merge_speakers: bool = True,
) -> Path:
    """Write a ConvoKit corpus directory and return its path.

    ``documents`` maps a document id to its interview; each document becomes
    one conversation whose utterances reply to the one before
    (``reply_to``), and whose ``conversation_id`` is the id of its first
    utterance, as ConvoKit expects. Speaker ids are speaker keys, so a host
    who appears in several documents is one ConvoKit speaker; with
    ``merge_speakers=False`` they are ``"<document id>/<key>"`` instead.
    Turns without a speaker are attributed to ``"unattributed"``.

    The files follow ConvoKit's documented layout: ``utterances.jsonl``,
    ``speakers.json``, ``conversations.json``, ``corpus.json`` and
    ``index.json``. Load them with ``convokit.Corpus(filename=directory)``.
    """
    items = list(documents.items() if isinstance(documents, Mapping) else documents)
    ids = [doc_id for doc_id, _ in items]
    if len(set(ids)) != len(ids):
        raise ValueError("document ids must be unique")
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    sources = sources or {}

    speakers: dict[str, dict[str, Any]] = {}
    conversations: dict[str, dict[str, Any]] = {}
    utterances: list[dict[str, Any]] = []
    for doc_id, doc in items:
        roles = {s.key: s.role for s in doc.speakers}
        previous: str | None = None
        first: str | None = None
        for index, turn in enumerate(doc.turns):
            utt_id = f"{doc_id}/{index:05d}"
            first = first or utt_id
            key = turn.key or "unattributed"
            speaker_id = key if merge_speakers else f"{doc_id}/{key}"
            entry = {"meta": {"name": turn.speaker or key, "documents": []}, "vectors": []}
            meta = speakers.setdefault(speaker_id, entry)
            if doc_id not in meta["meta"]["documents"]:
                meta["meta"]["documents"].append(doc_id)
            utterances.append(
                {
                    "id": utt_id,
                    "speaker": speaker_id,
                    "conversation_id": first,
                    "reply_to": previous,
                    "timestamp": timestamp_seconds(turn.timestamp) if turn.timestamp else None,
                    "text": turn.text,
                    "meta": {
                        "document_id": doc_id,
                        "turn": index,
                        "speaker_name": turn.speaker,
                        "label": turn.label,
                        "role": turn.role or (roles.get(turn.key) if turn.key else None),
                        "section": turn.section,
                        "first_line": turn.lines[0],
                        "last_line": turn.lines[1],
                        "timestamp_text": turn.timestamp,
                    },
                    "vectors": [],
                }
            )
            previous = utt_id
        if first is not None:
            conversations[first] = {
                "meta": {
                    "document_id": doc_id,
                    "title": doc.title,
                    "date": doc.date.isoformat() if doc.date else None,
                    "source": sources.get(doc_id),
                    "sections": [s.title for s in doc.sections],
                },
                "vectors": [],
            }
    corpus_meta = {"name": name, "generator": "interview-parser", "documents": len(conversations)}

    with (out / "utterances.jsonl").open("w", encoding="utf-8") as fp:
        for utt in utterances:
            fp.write(json.dumps(utt, ensure_ascii=False) + "\n")
    _write_json(out / "speakers.json", speakers)
    _write_json(out / "conversations.json", conversations)
    _write_json(out / "corpus.json", corpus_meta)
    _write_json(
        out / "index.json",
        {
            "utterances-index": _index(u["meta"] for u in utterances),
            "speakers-index": _index(s["meta"] for s in speakers.values()),
            "conversations-index": _index(c["meta"] for c in conversations.values()),
            "overall-index": _index([corpus_meta]),
            "version": 1,
            "vectors": [],
        },
    )
    return out


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
