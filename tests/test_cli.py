"""The interview-parser command: inputs, formats, diagnostics, batches and exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from interview_parser import parse, parse_file
from interview_parser.cli import build_arg_parser, main
from interview_parser.export import TURN_COLUMNS, json_schema

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "sample.md"
TIMED = ROOT / "examples" / "timestamped.md"
CHINESE = ROOT / "examples" / "访谈.md"

QA = "**Q:** One?\n\n**A:** Two.\n\n**Q:** Three?\n\n**A:** Four.\n"
UNCLOSED = "---\ntitle: never closed\n\n" + QA


class Tty(io.StringIO):
    """A stderr that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def run(*args: str | os.PathLike[str], stderr: io.StringIO | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), stderr if stderr is not None else io.StringIO()
    code = main([os.fspath(a) for a in args], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of transcripts: two at the top, one nested, one that is not Markdown."""
    (tmp_path / "a.md").write_text(QA, encoding="utf-8")
    (tmp_path / "b.md").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "c.md").write_text(QA.replace("One", "Uno"), encoding="utf-8")
    (tmp_path / "notes.rst").write_text(QA, encoding="utf-8")
    return tmp_path


# --- help and entry points ------------------------------------------------------------------


def test_help_shows_examples() -> None:
    text = build_arg_parser().format_help()
    assert "examples:" in text
    assert "interview-parser transcripts/ -f jsonl" in text
    for fmt in ("json", "jsonl", "csv", "markdown", "text"):
        assert fmt in text


def test_python_dash_m_and_the_console_script() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "interview_parser", "--help"], capture_output=True, text=True, check=True
    )
    assert "examples:" in done.stdout
    script = Path(sys.executable).with_name("interview-parser")
    if script.exists():
        done = subprocess.run([script, os.fspath(SAMPLE), "-f", "text"], capture_output=True, text=True, check=True)
        assert done.stdout.startswith("Building a bakery co-op\n")


def test_no_input_is_a_usage_error() -> None:
    code, _, err = run()
    assert code == 2
    assert "no input" in err


def test_schema_flag_prints_the_schema() -> None:
    code, out, _ = run("--schema")
    assert code == 0
    assert json.loads(out) == json_schema()


# --- formats -----------------------------------------------------------------------------------


def test_one_file_to_json_is_to_dict() -> None:
    code, out, err = run(SAMPLE)
    assert code == 0
    assert err == ""
    assert json.loads(out) == parse_file(SAMPLE).to_dict()


def test_jsonl_has_document_id_and_source(folder: Path) -> None:
    code, out, _ = run(folder, "-f", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [list(row) for row in rows] == [list(TURN_COLUMNS)] * len(rows)
    assert [(r["document_id"], r["turn"]) for r in rows if r["document_id"] != "b"] == [
        ("a", 0),
        ("a", 1),
        ("a", 2),
        ("a", 3),
        ("nested/c", 0),
        ("nested/c", 1),
        ("nested/c", 2),
        ("nested/c", 3),
    ]
    assert {r["source"] for r in rows} == {os.fspath(folder / n) for n in ("a.md", "b.md", "nested/c.md")}


def test_csv_from_many_files_has_one_header(folder: Path) -> None:
    code, out, _ = run(folder, "-f", "csv")
    assert code == 0
    assert out.count("document_id,") == 1
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 4 + 8 + 4


def test_glob_filter_chooses_files(folder: Path) -> None:
    code, out, _ = run(folder, "--glob", "*.rst", "-f", "jsonl")
    assert code == 0
    assert {json.loads(line)["document_id"] for line in out.splitlines()} == {"notes"}


def test_many_files_to_json_are_one_document_per_line(folder: Path) -> None:
    code, out, err = run(folder)
    assert code == 0
    docs = [json.loads(line) for line in out.splitlines()]
    assert len(docs) == 3
    assert "3 inputs: 3 succeeded, 0 failed" in err


def test_text_summary() -> None:
    code, out, _ = run(SAMPLE, "-f", "text")
    assert code == 0
    assert out.splitlines()[:4] == [
        "Building a bakery co-op",
        "date: 2024-03-14",
        "speakers:",
        "  Lena (interviewer): 4 turns",
    ]
    assert "  ## Running it" in out


def test_markdown_is_the_canonical_rendering() -> None:
    render = pytest.importorskip("interview_parser.render")
    code, out, _ = run(SAMPLE, "-f", "markdown")
    assert code == 0
    assert out.rstrip("\n") == render.render(parse_file(SAMPLE)).rstrip("\n")
    assert [t.text for t in parse(out).turns] == [t.text for t in parse_file(SAMPLE).turns]


def test_vtt_and_podcast(tmp_path: Path) -> None:
    code, out, _ = run(TIMED, "-f", "vtt")
    assert code == 0
    assert out.startswith("WEBVTT")
    assert "<v Host>Good evening" in out
    code, out, _ = run(TIMED, "-f", "podcast")
    assert code == 0
    assert json.loads(out)["segments"][0] == {
        "speaker": "Host",
        "startTime": 4.0,
        "endTime": 9.0,
        "body": "Good evening, you are listening to the night shift.",
    }
    code, _, err = run(SAMPLE, "-f", "vtt")
    assert code == 1
    assert "no turn carries a timestamp" in err


def test_convokit_needs_an_output_folder(tmp_path: Path, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        run(folder, "-f", "convokit")
    assert exc.value.code == 2
    assert "--output" in capsys.readouterr().err
    code, _, _ = run(folder, "-f", "convokit", "-o", tmp_path / "corpus")
    assert code == 0
    names = {p.name for p in (tmp_path / "corpus").iterdir()}
    assert names == {"utterances.jsonl", "speakers.json", "conversations.json", "corpus.json", "index.json"}
    conversations = json.loads((tmp_path / "corpus" / "conversations.json").read_text("utf-8"))
    assert sorted(c["meta"]["document_id"] for c in conversations.values()) == ["a", "b", "nested/c"]


def test_output_folder_gets_one_file_per_input(folder: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    code, out, _ = run(folder, "-f", "csv", "-o", out_dir)
    assert code == 0
    assert out == ""
    written = sorted(p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if p.is_file())
    assert written == ["a.csv", "b.csv", "nested/c.csv"]
    code, _, _ = run(SAMPLE, TIMED, "-f", "json", "-o", out_dir)
    assert json.loads((out_dir / "sample.json").read_text("utf-8")) == parse_file(SAMPLE).to_dict()


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(QA.encode("utf-8"))))
    code, out, _ = run("-", "-f", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["document_id"], r["source"], r["speaker"]) for r in rows][:2] == [
        ("stdin", "-", "Q"),
        ("stdin", "-", "A"),
    ]


def test_stdin_in_gb18030(monkeypatch: pytest.MonkeyPatch) -> None:
    text = CHINESE.read_text(encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("gb18030"))))
    code, out, _ = run("-")
    assert code == 0
    data = json.loads(out)
    assert data["encoding"] == "gb18030"
    assert data["turns"][0]["speaker"] == "主持人"


# --- scripts ---------------------------------------------------------------------------------------


def test_script_conversion_keeps_keys() -> None:
    code, out, _ = run(CHINESE, "--script", "simplified", "-f", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows[1]["speaker"] == "林师傅"
    assert rows[1]["text"].startswith("三十多年了，从我父亲")
    original = parse_file(CHINESE)
    assert [r["key"] for r in rows] == [t.key for t in original.turns]
    code, out, _ = run(CHINESE, "--script", "traditional", "-f", "json")
    assert json.loads(out)["turns"][1]["speaker"] == "林師傅"


def test_unknown_script_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(CHINESE, "--script", "cyrillic")
    assert "invalid choice" in capsys.readouterr().err


# --- diagnostics and strictness -----------------------------------------------------------------


def test_diagnostics_go_to_stderr_with_positions(tmp_path: Path) -> None:
    path = tmp_path / "unclosed.md"
    path.write_text(UNCLOSED, encoding="utf-8")
    code, out, err = run(path)
    assert code == 0
    assert out
    diagnostic = parse(UNCLOSED).diagnostics[0]
    assert f"{path}:{diagnostic.line}:{diagnostic.column}: warning: {diagnostic.message}" in err


def test_strict_turns_diagnostics_into_errors(tmp_path: Path) -> None:
    path = tmp_path / "unclosed.md"
    path.write_text(UNCLOSED, encoding="utf-8")
    code, out, err = run(path, SAMPLE, "--strict", "-f", "jsonl")
    assert code == 1
    assert f"{path}:1:1: error:" in err
    assert "2 inputs: 1 succeeded, 1 failed" in err
    assert {json.loads(line)["document_id"] for line in out.splitlines()} == {"sample"}


def test_quiet_hides_warnings_not_errors(tmp_path: Path) -> None:
    path = tmp_path / "unclosed.md"
    path.write_text(UNCLOSED, encoding="utf-8")
    assert run(path, "-q")[2] == ""
    assert "error" in run(path, "-q", "--strict")[2]


# --- batches and failures ---------------------------------------------------------------------------


def test_a_failing_file_does_not_stop_the_batch(folder: Path) -> None:
    (folder / "broken.md").write_bytes(b"**Q:** caf\xff\xfe\x81 ?\n")
    (folder / "empty.md").write_bytes(b"")
    code, out, err = run(folder, folder / "missing.md", "-f", "jsonl")
    assert code == 1
    assert {json.loads(line)["document_id"] for line in out.splitlines()} == {"a", "b", "nested/c"}
    assert f"{folder / 'broken.md'}:1:" in err
    assert "not valid UTF-8" in err
    assert f"{folder / 'empty.md'}: error: empty input" in err
    assert f"{folder / 'missing.md'}: error: no such file or folder" in err
    assert err.rstrip().splitlines()[-1] == "interview-parser: 6 inputs: 3 succeeded, 3 failed"
    assert "Traceback" not in err


def test_unreadable_file_gets_a_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.md"
    path.write_text(QA, encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.md":
            raise PermissionError(13, "Permission denied", os.fspath(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, _, err = run(path)
    assert code == 1
    assert f"{path}: error: cannot read: permission denied" in err


def test_empty_folder(tmp_path: Path) -> None:
    code, _, err = run(tmp_path)
    assert code == 1
    assert "no files matching *.md or *.markdown or *.txt" in err


def test_workers_give_the_same_output(folder: Path) -> None:
    one = run(folder, "-f", "jsonl")
    two = run(folder, "-f", "jsonl", "-j", "2")
    assert one[:2] == two[:2]


def test_progress_bar_only_on_a_terminal(folder: Path) -> None:
    _, _, plain = run(folder, "-f", "jsonl")
    assert "\r" not in plain
    code, _, tty = run(folder, "-f", "jsonl", stderr=Tty())
    assert code == 0
    assert "file" in tty
    assert "\r" in tty
    assert "3 inputs: 3 succeeded, 0 failed" in tty


def test_encoding_option(tmp_path: Path) -> None:
    path = tmp_path / "latin.md"
    path.write_bytes(QA.replace("Two", "Dos años").encode("latin-1"))
    code, out, _ = run(path, "--encoding", "latin-1", "-f", "jsonl")
    assert code == 0
    assert "Dos años" in out
    code, _, err = run(path, "--encoding", "no-such-codec")
    assert code == 1
    assert "no-such-codec" in err


def test_document_ids_are_unique_paths(tmp_path: Path) -> None:
    for folder in ("2023", "2024"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "talk.md").write_text(QA, encoding="utf-8")
    (tmp_path / "2024" / "talk.txt").write_text(QA, encoding="utf-8")
    code, out, _ = run(tmp_path, "-f", "jsonl")
    assert code == 0
    ids = list(dict.fromkeys(json.loads(line)["document_id"] for line in out.splitlines()))
    assert ids == ["2023/talk", "2024/talk", "2024/talk-2"]
