"""The Dask recipe in docs/large-corpora.md, run as written on a local cluster of two processes."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from interview_parser import parse_file

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "large-corpora.md"

pytest.importorskip("dask.bag")
pytest.importorskip("dask.dataframe")
pytest.importorskip("distributed")
pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")


def recipe() -> str:
    """The code block that follows the ``<!-- recipe: ... -->`` marker."""
    found = re.search(r"<!-- recipe: dask_to_parquet\.py -->\n```python\n(.*?)\n```\n", DOC.read_text("utf-8"), re.S)
    assert found is not None, "recipe block missing from docs/large-corpora.md"
    return found.group(1) + "\n"


def small_corpus(where: Path) -> list[Path]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import generate_corpus
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    generate_corpus.generate(where, seed=7, size=250_000)
    (where / "manifest.tsv").unlink()
    (where / "zz-broken.md").write_bytes(b"\xff\xfe\x00broken \xc3")  # UTF-16 BOM, odd length
    (where / "zz-prose.txt").write_text("Just a note.\n\nNo speakers here.\n", encoding="utf-8")
    return sorted(where.iterdir())


def test_dask_recipe_writes_and_reads_back_parquet(tmp_path: Path) -> None:
    script = tmp_path / "dask_to_parquet.py"
    script.write_text(recipe(), encoding="utf-8")
    files = small_corpus(tmp_path / "archive")
    out = tmp_path / "turns.parquet"
    assert "LocalCluster(processes=True, n_workers=args.workers, threads_per_worker=1)" in recipe()
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "archive"), str(out), "--workers", "2", "--partition-size", "4"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    table = pd.read_parquet(out)

    assert set(table["source"]) == {str(f) for f in files}
    errors = table[table["error"].notna()]
    assert list(errors["document_id"]) == ["zz-broken"]
    assert errors["error"].iloc[0].startswith("DecodingError: ")
    prose = table[table["document_id"] == "zz-prose"]
    assert len(prose) == 1
    assert prose["turn"].isna().all()

    for path in files[:5] + files[-4:-2]:
        doc = parse_file(path)
        rows = table[table["source"] == str(path)].sort_values("turn")
        assert list(rows["text"]) == [t.text for t in doc.turns]
        assert list(rows["speaker"]) == [t.speaker for t in doc.turns]
        assert list(rows["first_line"]) == [t.lines[0] for t in doc.turns]
    assert str(table["turn"].dtype) == "Int64"
    assert len(table) > 300
