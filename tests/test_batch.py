"""parse_many: input order, one result per file, light results; models pickle and tabulate."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from interview_parser import BatchResult, Interview, parse, parse_file, parse_many
from interview_parser.batch import _chunksize, map_in_pool

DOC = """---
title: "Talk {n}"
date: 2024-03-0{d}
tags: [a, b]
---

# Talk {n}

Intro paragraph {n}.

## Part one

**Host:** Welcome, guest {n}. Is this **really** the first time?

**Guest:** Yes, it is.

**Host:** Why now?

**Guest:** Because **{n}** is a good number.
"""

ZH = "\ufeff编辑 | 某人\r\n\r\n**主持人：**\r\n你好吗？\r\n\r\n**王伟：**\r\n很好。\r\n\r\n**主持人：**\r\n为什么？\r\n\r\n**王伟：**\r\n因为天气好。\r\n"


def turn_count(doc: Interview) -> int:
    """A light result: computed in the worker, tiny to pickle back."""
    return len(doc.turns)


def explode(doc: Interview) -> int:
    raise RuntimeError(f"no thanks: {doc.title}")


@pytest.fixture
def corpus(tmp_path: Path) -> list[Path]:
    paths: list[Path] = []
    for n in range(40):
        path = tmp_path / f"doc{n:02d}.md"
        if n == 7:
            path.write_bytes(b"\xff\xfe\x00broken \xc3")  # UTF-16 BOM, odd length: undecodable
        elif n == 13:
            path = tmp_path / "missing.md"  # never written
        elif n % 5 == 0:
            path.write_text(ZH, encoding="utf-8", newline="")
        else:
            path.write_text(DOC.format(n=n, d=n % 9 + 1), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize("workers", [1, 2])
def test_order_is_preserved_and_errors_are_per_file(corpus: list[Path], workers: int) -> None:
    results = list(parse_many(corpus, workers=workers))
    assert [r.path for r in results] == [str(p) for p in corpus]
    failed = {Path(r.path).name: r.error for r in results if not r.ok}
    assert set(failed) == {"doc07.md", "missing.md"}
    assert failed["missing.md"] is not None
    assert failed["missing.md"].startswith("FileNotFoundError: ")
    assert failed["doc07.md"] is not None
    assert failed["doc07.md"].startswith("DecodingError: ")
    for path, result in zip(corpus, results, strict=True):
        if result.ok:
            assert isinstance(result.value, Interview)
            assert result.value == parse_file(path)
        else:
            assert result.value is None


def test_pool_gives_the_same_results_as_one_process(corpus: list[Path]) -> None:
    serial = list(parse_many(corpus, workers=1, to="dict"))
    pooled = list(parse_many(corpus, workers=2, to="dict", chunksize=3))
    assert pooled == serial


def test_dict_and_jsonl_outputs(corpus: list[Path]) -> None:
    dicts = list(parse_many(corpus[:6], workers=2, to="dict"))
    lines = list(parse_many(corpus[:6], workers=2, to="jsonl"))
    for d, line in zip(dicts, lines, strict=True):
        assert d.value is not None
        assert line.value is not None
        assert "\n" not in line.value
        assert json.loads(line.value) == d.value
        assert Interview.from_json(line.value) == Interview.from_dict(d.value)
    assert dicts[1].value is not None
    assert dicts[1].value["title"] == "Talk 1"


def test_a_callable_runs_in_the_worker_and_its_errors_are_reported(corpus: list[Path]) -> None:
    counts = list(parse_many(corpus, workers=2, to=turn_count))
    assert [r.value for r in counts if r.ok] == [4] * 38
    boom = list(parse_many(corpus[:3], workers=2, to=explode))
    assert [r.error for r in boom] == ["RuntimeError: no thanks: None", *["RuntimeError: no thanks: Talk 1", "RuntimeError: no thanks: Talk 2"]]


def test_parser_options_reach_the_workers(corpus: list[Path]) -> None:
    from interview_parser import Parser

    parser = Parser(aliases={"Guest": "The Guest"})
    results = list(parse_many(corpus[1:3], workers=2, parser=parser))
    assert all(r.value is not None and r.value.turns[1].speaker == "The Guest" for r in results)


def test_results_are_lazy_and_closing_early_is_clean(corpus: list[Path]) -> None:
    results = parse_many(corpus, workers=2, chunksize=1)
    first = next(results)
    assert first.path == str(corpus[0])
    results.close()  # shuts the pool down


def test_empty_input_and_bad_arguments() -> None:
    assert list(parse_many([])) == []
    with pytest.raises(ValueError, match="workers"):
        parse_many(["x"], workers=0)
    with pytest.raises(ValueError, match="to="):
        parse_many(["x"], to="yaml")  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="chunksize"):
        parse_many(["x"], chunksize=0)


def test_chunksize_is_at_least_16_on_large_batches() -> None:
    assert _chunksize(100_000, 2) == 32
    assert _chunksize(1_000, 2) == 32
    assert _chunksize(128, 2) == 16
    assert _chunksize(40, 2) == 5  # small batch: keep both workers busy
    assert _chunksize(1, 2) == 1


def test_batch_result_pickles() -> None:
    result = BatchResult("a.md", {"x": 1}, None)
    assert pickle.loads(pickle.dumps(result)) == result
    assert result.ok
    assert not BatchResult("b.md", None, "OSError: x").ok


def test_models_pickle() -> None:
    doc = parse(DOC.format(n=3, d=4) + "\n![](x.png)\n\nHost: [unclosed\n", strict=False)
    assert doc.turns
    assert doc.turns[0].emphasis
    assert doc.metadata
    assert doc.sections
    assert doc.media
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        again = pickle.loads(pickle.dumps(doc, protocol=protocol))
        assert again == doc
        assert again.to_dict() == doc.to_dict()
    zh = parse(ZH)
    assert pickle.loads(pickle.dumps(zh)) == zh


def test_to_dict_makes_a_pandas_table() -> None:
    pd = pytest.importorskip("pandas")
    docs = [parse(DOC.format(n=n, d=n)).to_dict() for n in range(1, 4)] + [parse(ZH).to_dict()]
    frame = pd.DataFrame(docs)
    assert list(frame["title"][:3]) == ["Talk 1", "Talk 2", "Talk 3"]
    assert pd.isna(frame["title"][3])
    turns = pd.json_normalize(docs, record_path="turns", meta=["title"])
    assert len(turns) == 16
    assert set(turns["speaker"]) == {"Host", "Guest", "主持人", "王伟"}


def test_to_dict_makes_an_arrow_table_of_documents_and_turns() -> None:
    pa = pytest.importorskip("pyarrow")
    docs = [parse(DOC.format(n=n, d=n)).to_dict() for n in range(1, 4)] + [parse(ZH).to_dict()]
    table = pa.Table.from_pylist([{k: v for k, v in d.items() if k != "turns"} for d in docs])
    assert table.num_rows == 4
    assert table.column("title").to_pylist() == ["Talk 1", "Talk 2", "Talk 3", None]
    turns = [t for d in docs for t in d["turns"]]
    assert pa.Table.from_pylist(turns).num_rows == 16


def test_to_dict_turns_with_emphasis_make_an_arrow_table() -> None:
    pa = pytest.importorskip("pyarrow")
    turns = parse(DOC.format(n=1, d=1)).to_dict()["turns"]
    table = pa.Table.from_pylist(turns)
    assert table.num_rows == 4
    assert table.column("emphasis").to_pylist()[0] != []


def square(n: int) -> int:
    return n * n


@pytest.mark.parametrize("workers", [1, 2])
def test_map_in_pool_keeps_order_and_is_lazy(workers: int) -> None:
    """The engine under parse_many and the command line: any picklable function, results in order."""
    items = list(range(100))
    results = map_in_pool(square, items, workers=workers, chunksize=7)
    assert next(results) == 0  # the pool starts on the first next()
    assert list(results) == [n * n for n in items[1:]]
    assert list(map_in_pool(square, [], workers=workers)) == []
