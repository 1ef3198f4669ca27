"""The interview-parser command: inputs, formats, diagnostics, batches and exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_parser import parse, parse_file
from interview_parser.cli import FORMATS, build_arg_parser, display_name, main
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


def run(
    *args: str | os.PathLike[str], stderr: io.StringIO | None = None, stdin: io.BytesIO | None = None
) -> tuple[int, str, str]:
    out, err = io.StringIO(), stderr if stderr is not None else io.StringIO()
    code = main([os.fspath(a) for a in args], stdout=out, stderr=err, stdin=stdin)
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


class TtyStdin(io.BytesIO):
    """A standard input that is a terminal."""

    def isatty(self) -> bool:
        return True


def test_no_input_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(TtyStdin(b"")))
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


def test_many_files_to_json_are_one_array(folder: Path) -> None:
    code, out, err = run(folder)
    assert code == 0
    docs = json.loads(out)
    assert isinstance(docs, list)
    assert docs[0] == parse_file(folder / "a.md").to_dict()
    assert len(docs) == 3
    assert len(out.splitlines()) == 5  # one document per line between the brackets
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


def test_convokit_needs_an_output_folder(tmp_path: Path, folder: Path) -> None:
    code, _, err = run(folder, "-f", "convokit")
    assert code == 2
    assert err == "interview-parser: error: --format convokit writes a corpus folder: give it with --output-dir DIR\n"
    code, _, err2 = run(folder, "-f", "convokit", "-o", tmp_path / "corpus")  # -o names one file, a corpus is a folder
    assert (code, err2) == (2, err)
    assert not (tmp_path / "corpus").exists()
    code, _, _ = run(folder, "-f", "convokit", "--output-dir", tmp_path / "corpus")
    assert code == 0
    names = {p.name for p in (tmp_path / "corpus").iterdir()}
    assert names == {"utterances.jsonl", "speakers.json", "conversations.json", "corpus.json", "index.json"}
    conversations = json.loads((tmp_path / "corpus" / "conversations.json").read_text("utf-8"))
    assert sorted(c["meta"]["document_id"] for c in conversations.values()) == ["a", "b", "nested/c"]


def test_output_folder_gets_one_file_per_input(folder: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    code, out, _ = run(folder, "-f", "csv", "--output-dir", out_dir)
    assert code == 0
    assert out == ""
    written = sorted(p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if p.is_file())
    assert written == ["a.csv", "b.csv", "nested/c.csv"]
    code, _, _ = run(SAMPLE, TIMED, "-f", "json", "--output-dir", out_dir)
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


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "text", "markdown"])
def test_workers_give_the_same_output(folder: Path, fmt: str) -> None:
    (folder / "broken.md").write_bytes(b"**Q:** caf\xff\xfe\x81 ?\n")
    one = run(folder, "-f", fmt, "--strict")
    two = run(folder, "-f", fmt, "--strict", "-j", "2")
    assert one == two
    assert one[0] == 1


def test_workers_build_the_same_corpus(folder: Path, tmp_path: Path) -> None:
    assert run(folder, "-f", "convokit", "--output-dir", tmp_path / "one" / "corpus")[0] == 0
    assert run(folder, "-f", "convokit", "--output-dir", tmp_path / "two" / "corpus", "-j", "2")[0] == 0
    assert _files(tmp_path / "one") == _files(tmp_path / "two")


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


@pytest.mark.parametrize(("codec", "why"), [("no-such-codec", "unknown encoding"), ("base64", "not a text encoding")])
def test_an_unknown_encoding_is_a_usage_error_before_any_file(tmp_path: Path, codec: str, why: str) -> None:
    paths = []
    for n in range(3):
        paths.append(tmp_path / f"{n}.md")
        paths[-1].write_text(QA, encoding="utf-8")
    code, out, err = run(*paths, "--encoding", codec)
    assert code == 2
    assert out == ""
    assert err == f"interview-parser: error: --encoding {codec}: {why}\n"  # once, not once per file


def test_document_ids_are_unique_paths(tmp_path: Path) -> None:
    for folder in ("2023", "2024"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "talk.md").write_text(QA, encoding="utf-8")
    (tmp_path / "2024" / "talk.txt").write_text(QA, encoding="utf-8")
    code, out, _ = run(tmp_path, "-f", "jsonl")
    assert code == 0
    ids = list(dict.fromkeys(json.loads(line)["document_id"] for line in out.splitlines()))
    assert ids == ["2023/talk", "2024/talk", "2024/talk-2"]


# --- outputs never destroy inputs (issue 16) -----------------------------------------------------


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_output_dir_over_the_inputs_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(QA, encoding="utf-8")
    before = _files(tmp_path)
    code, out, err = run(tmp_path, "-f", "text", "--output-dir", tmp_path)
    assert code == 2
    assert out == ""
    x = tmp_path / "x.txt"
    assert err == f"interview-parser: error: refusing to write {x}: it is the input {x}; choose another --output-dir\n"
    assert _files(tmp_path) == before


def test_an_output_where_a_later_input_will_be_read_is_refused(tmp_path: Path) -> None:
    (tmp_path / "b.markdown").write_text(QA, encoding="utf-8")
    (tmp_path / "b.md").write_text(QA.replace("One", "Uno"), encoding="utf-8")
    before = _files(tmp_path)
    code, _, err = run(tmp_path, "-f", "markdown", "--output-dir", tmp_path)
    assert code == 2
    assert "refusing to write" in err
    assert f"it is the input {tmp_path / 'b.md'}" in err
    assert _files(tmp_path) == before


def test_output_file_that_is_an_input_or_a_link_to_one_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "a.md"
    src.write_text(QA, encoding="utf-8")
    (tmp_path / "hard.md").hardlink_to(src)
    (tmp_path / "soft.md").symlink_to(src)
    for target in (src, tmp_path / "hard.md", tmp_path / "soft.md"):
        code, _, err = run(src, "-f", "markdown", "-o", target)
        assert code == 2, target
        assert "refusing to write" in err
        assert "choose another -o" in err
    assert src.read_text(encoding="utf-8") == QA


def test_a_corpus_is_not_written_over_an_input(tmp_path: Path) -> None:
    (tmp_path / "index.json").write_text(QA, encoding="utf-8")
    code, _, err = run(tmp_path / "index.json", "-f", "convokit", "--output-dir", tmp_path)
    assert code == 2
    assert "refusing to write" in err
    assert (tmp_path / "index.json").read_text(encoding="utf-8") == QA


FSIZE_CHILD = """
import resource, sys
resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))
from interview_parser.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _big(path: Path) -> Path:
    path.write_text("".join(f"**Q:** Question {n}?\n\n**A:** " + "answer " * 40 + "\n\n" for n in range(400)), "utf-8")
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize("option", ["-o", "--output-dir"])
def test_a_file_size_limit_leaves_no_truncated_output(tmp_path: Path, option: str) -> None:
    big = _big(tmp_path / "big.md")
    target = tmp_path / "out" / "big.json"
    target.parent.mkdir()
    target.write_text('{"old": true}\n', encoding="utf-8")
    where = target if option == "-o" else target.parent
    done = subprocess.run(
        [sys.executable, "-c", FSIZE_CHILD, os.fspath(big), option, os.fspath(where)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "File too large" in done.stderr
    assert json.loads(target.read_text(encoding="utf-8")) == {"old": True}  # untouched, not truncated
    assert [p.name for p in target.parent.iterdir()] == ["big.json"]  # no temporary file left


def test_a_write_that_fails_midway_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from interview_parser import output

    real = output.AtomicFile.write

    def write(self: output.AtomicFile, text: str) -> int:
        real(self, text[: len(text) // 2])
        raise OSError(27, "File too large")

    monkeypatch.setattr(output.AtomicFile, "write", write)
    code, _, err = run(SAMPLE, "--output-dir", tmp_path / "out")
    assert code == 1
    assert "cannot write" in err
    assert "File too large" in err
    assert not (tmp_path / "out").exists()  # the folder made for it is gone too
    code, _, err = run(SAMPLE, CHINESE, "-o", tmp_path / "all.json")
    assert code == 1
    assert list(tmp_path.iterdir()) == []


def test_a_corpus_is_written_whole_or_not_at_all(tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from interview_parser import cli

    out = tmp_path / "o"
    corpus = out / "corpus"
    assert run(folder, "-f", "convokit", "--output-dir", corpus)[0] == 0
    before = _files(corpus)
    spec = cli.FORMATS["convokit"]
    real = spec.many
    assert real is not None

    def half(documents: Any, directory: Path, sources: Any, name: str) -> Path:
        real(documents, directory, sources, name)
        (Path(directory) / "conversations.json").write_text("", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(cli.FORMATS, "convokit", attrs.evolve(spec, many=half))  # type: ignore[index]
    (folder / "d.md").write_text(QA, encoding="utf-8")
    code, _, err = run(folder, "-f", "convokit", "--output-dir", corpus)
    assert code == 1
    assert f"interview-parser: error: cannot write {corpus}: No space left on device" in err
    assert _files(corpus) == before
    assert [p.name for p in out.iterdir()] == ["corpus"]  # no temporary folder left
    code, _, _ = run(folder, "-f", "convokit", "--output-dir", out / "new" / "corpus")
    assert code == 1
    assert [p.name for p in out.iterdir()] == ["corpus"]


NON_UTF8 = os.fsdecode(b"caf\xe9.md")


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="needs a file system that takes any bytes")
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json", "text", "markdown"])
def test_a_non_utf8_file_name_is_shown_escaped_and_does_not_fail_the_input(tmp_path: Path, fmt: str) -> None:
    (tmp_path / NON_UTF8).write_text(QA, encoding="utf-8")
    (tmp_path / "plain.md").write_text(QA, encoding="utf-8")
    code, out, err = run(tmp_path, "-f", fmt)
    assert code == 0, err
    assert "surrogates" not in err
    out.encode("utf-8")
    if fmt == "jsonl":
        assert json.loads(out.splitlines()[0])["source"] == os.fspath(tmp_path) + "/caf\\xe9.md"
    code, _, err = run(tmp_path, "-f", fmt, "--output-dir", tmp_path / "out")
    assert code == 0, err
    written = (tmp_path / "out" / NON_UTF8).with_suffix(cli_suffix(fmt))
    assert written.stat().st_size > 0  # named after the input's own bytes


def cli_suffix(fmt: str) -> str:
    return FORMATS[fmt].extension


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="needs a file system that takes any bytes")
def test_a_non_utf8_file_name_in_a_corpus(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / NON_UTF8).write_text(QA, encoding="utf-8")
    code, _, err = run(tmp_path / "in", "-f", "convokit", "--output-dir", tmp_path / "corpus")
    assert code == 0, err
    conversations = json.loads((tmp_path / "corpus" / "conversations.json").read_text("utf-8"))
    assert [c["meta"]["source"] for c in conversations.values()] == [os.fspath(tmp_path / "in") + "/caf\\xe9.md"]


# --- no tracebacks (issue 16) --------------------------------------------------------------------


def test_convokit_into_an_existing_file_is_a_one_line_error(tmp_path: Path) -> None:
    existing = tmp_path / "corpus"
    existing.write_text("keep", encoding="utf-8")
    code, _, err = run(SAMPLE, "-f", "convokit", "--output-dir", existing)
    assert code == 2
    assert err == f"interview-parser: error: --output-dir {existing}: exists and is not a folder\n"
    assert existing.read_text(encoding="utf-8") == "keep"


def test_an_unwritable_output_is_a_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from interview_parser import output

    def denied(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(output.tempfile, "mkstemp", denied)
    monkeypatch.setattr(output.tempfile, "mkdtemp", denied)
    code, _, err = run(SAMPLE, "-o", tmp_path / "locked" / "out.json")
    assert (code, err) == (1, f"interview-parser: error: cannot write {tmp_path / 'locked' / 'out.json'}: permission denied\n")
    assert list(tmp_path.iterdir()) == []
    code, _, err = run(SAMPLE, "--output-dir", tmp_path / "locked")
    assert code == 1
    assert f"{SAMPLE}: error: cannot write {tmp_path / 'locked' / 'sample.json'}: permission denied" in err
    code, _, err = run(SAMPLE, "-f", "convokit", "--output-dir", tmp_path / "locked")
    assert (code, err) == (1, f"interview-parser: error: cannot write {tmp_path / 'locked'}: permission denied\n")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("pattern", ["/etc/*", "../../*.md", "sub/../../x.md", ""])
def test_a_glob_cannot_leave_its_folder(folder: Path, pattern: str) -> None:
    code, _, err = run(folder / "nested", "--glob", pattern, "--output-dir", folder / "out")
    assert code == 2
    assert err.startswith(f"interview-parser: error: --glob {pattern!r}: ")
    assert err.count("\n") == 1
    assert not (folder / "out").exists()


def test_a_glob_with_a_folder_part_matches_below_the_folder(folder: Path) -> None:
    code, out, _ = run(folder, "--glob", "nested/*.md", "-f", "jsonl")
    assert code == 0
    assert {json.loads(line)["document_id"] for line in out.splitlines()} == {"nested/c"}
    code, out, _ = run(folder, "--glob", "**/*.md", "-f", "jsonl")
    assert {json.loads(line)["document_id"] for line in out.splitlines()} == {"a", "b", "nested/c"}


def test_closed_standard_output_is_a_one_line_error(tmp_path: Path) -> None:
    done = subprocess.run(
        ["sh", "-c", '"$0" -m interview_parser "$1" >&-', sys.executable, os.fspath(SAMPLE)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert done.stderr == "interview-parser: error: standard output is closed: give -o FILE or --output-dir DIR\n"
    done = subprocess.run(
        ["sh", "-c", '"$0" -m interview_parser "$1" -o "$2" >&-', sys.executable, os.fspath(SAMPLE), tmp_path / "x.json"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / "x.json").read_text("utf-8"))["title"] == "Building a bakery co-op"


def test_an_unreadable_subfolder_is_reported_and_fails_the_run(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.scandir
    locked = folder / "nested"

    def scandir(path: str | os.PathLike[str] = ".") -> object:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, out, err = run(folder, "-f", "jsonl")
    assert code == 1
    assert f"{locked}: error: cannot read folder: permission denied" in err
    assert "3 inputs: 2 succeeded, 1 failed" in err
    assert {json.loads(line)["document_id"] for line in out.splitlines()} == {"a", "b"}


# --- the command line's habits (issue 13) ---------------------------------------------------------


def test_output_names_one_file(folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "turns.jsonl"
    code, out, _ = run(folder, "-f", "jsonl", "-o", target)
    assert code == 0
    assert out == ""
    assert target.read_text("utf-8") == run(folder, "-f", "jsonl")[1]
    code, out, _ = run(SAMPLE, "-o", "-")
    assert json.loads(out)["title"] == "Building a bakery co-op"


def test_output_given_a_folder_points_to_output_dir(folder: Path, tmp_path: Path) -> None:
    for where in (os.fspath(tmp_path), os.fspath(tmp_path / "new") + "/"):
        code, _, err = run(folder, "-f", "jsonl", "-o", where)
        assert code == 2
        assert "-o names one output file; for one file per input use --output-dir" in err
    assert not (tmp_path / "new").exists()


def test_output_and_output_dir_exclude_each_other(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(SAMPLE, "-o", tmp_path / "a.json", "--output-dir", tmp_path)
    assert "not allowed with" in capsys.readouterr().err


def test_an_output_file_is_not_written_when_every_input_failed(tmp_path: Path) -> None:
    target = tmp_path / "turns.jsonl"
    target.write_text("old\n", encoding="utf-8")
    code, _, _ = run(tmp_path / "missing.md", "-f", "jsonl", "-o", target)
    assert code == 1
    assert target.read_text("utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["turns.jsonl"]


def test_json_from_several_inputs_loads_with_json_load(folder: Path, tmp_path: Path) -> None:
    code, _, _ = run(folder, folder / "missing.md", "-o", tmp_path / "all.json")
    assert code == 1
    with (tmp_path / "all.json").open(encoding="utf-8") as fp:
        docs = json.load(fp)
    assert [d["title"] for d in docs][1] == "Building a bakery co-op"
    assert len(docs) == 3
    code, out, _ = run(tmp_path / "missing.md", tmp_path / "missing2.md")
    assert json.loads(out) == []


@pytest.mark.parametrize("fmt", ["vtt", "podcast", "chat"])
def test_single_document_formats_refuse_several_inputs_on_one_stream(tmp_path: Path, fmt: str) -> None:
    assert not FORMATS[fmt].joins
    code, out, err = run(TIMED, TIMED.with_name("sample.md"), "-f", fmt)
    assert code == 2
    assert out == ""
    assert f"-f {fmt} writes one transcript per file" in err
    assert "--output-dir" in err
    code, _, err = run(TIMED, SAMPLE, "-f", fmt, "-o", tmp_path / "x")
    assert code == 2
    assert not (tmp_path / "x").exists()
    code, _, err = run(TIMED, SAMPLE, "-f", fmt, "--output-dir", tmp_path / "out")
    timed_only = fmt != "chat"  # the sample has no timestamps: vtt and podcast fail it, chat does not
    assert code == (1 if timed_only else 0)
    assert len(list((tmp_path / "out").iterdir())) == (1 if timed_only else 2)
    code, out, _ = run(SAMPLE, "-f", fmt, "-o", tmp_path / f"one{FORMATS[fmt].extension}")
    assert code == (1 if timed_only else 0)  # one input: -o is fine


def test_chat_warnings_come_back_from_the_workers(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for name in ("a", "b"):
        (tmp_path / "in" / f"{name}.md").write_text(QA.replace("Two.", "Two [laughs]."), encoding="utf-8")
    results = [
        run(tmp_path / "in", "-f", "chat", "--output-dir", tmp_path / f"out{workers}", "-j", str(workers))
        for workers in (1, 2)
    ]
    for code, _, err in results:
        assert code == 0
        for name in ("a", "b"):
            assert f"{tmp_path / 'in' / name}.md:3:1: warning: CHAT: “[” (U+005B) cannot be written" in err
    assert results[0][2] == results[1][2]
    assert _files(tmp_path / "out1") == _files(tmp_path / "out2")
    code, _, err = run(tmp_path / "in" / "a.md", "-f", "chat", "--strict")
    assert (code, err.count("warning: CHAT")) == (0, 2)  # about the output, not the input: --strict passes


def test_one_project_archive_in_one_or_many_processes(tmp_path: Path, folder: Path) -> None:
    assert run(folder, "-f", "qdpx", "-o", tmp_path / "one" / "project.qdpx")[0] == 0
    assert run(folder, "-f", "qdpx", "-o", tmp_path / "two" / "project.qdpx", "-j", "2")[0] == 0
    assert (tmp_path / "one" / "project.qdpx").read_bytes() == (tmp_path / "two" / "project.qdpx").read_bytes()
    assert [p.name for p in (tmp_path / "two").iterdir()] == ["project.qdpx"]  # no temporary file left


def test_piped_standard_input_is_read_without_a_dash() -> None:
    code, out, _ = run("-f", "jsonl", stdin=io.BytesIO(QA.encode("utf-8")))
    assert code == 0
    assert [json.loads(line)["source"] for line in out.splitlines()] == ["-"] * 4
    done = subprocess.run(
        [sys.executable, "-m", "interview_parser", "-f", "text"], input=QA, capture_output=True, text=True
    )
    assert done.returncode == 0
    assert "4 turns" in done.stdout


def test_hidden_files_and_folders_are_skipped_unless_asked(folder: Path) -> None:
    for hidden in (".git/x.md", ".venv/lib/y.md", ".pytest_cache/z.md", ".draft.md", "nested/.notes.md"):
        (folder / hidden).parent.mkdir(parents=True, exist_ok=True)
        (folder / hidden).write_text(QA, encoding="utf-8")
    code, out, _ = run(folder, "-f", "jsonl")
    assert code == 0
    assert {json.loads(line)["document_id"] for line in out.splitlines()} == {"a", "b", "nested/c"}
    code, out, _ = run(folder, "-f", "jsonl", "--hidden")
    assert {json.loads(line)["document_id"] for line in out.splitlines()} == {
        "a", "b", "nested/c", ".draft", ".git/x", ".venv/lib/y", ".pytest_cache/z", "nested/.notes"
    }
    code, out, _ = run(folder / ".draft.md", "-f", "jsonl")  # a file named on the command line is read
    assert code == 0
    assert out


@pytest.fixture
def chat_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An installed distribution publishing one detector under interview_parser.detectors."""
    site = tmp_path / "site"
    (site / "chat_cli_plugin").mkdir(parents=True)
    (site / "chat_cli_plugin" / "__init__.py").write_text(
        "import regex\n"
        "from interview_parser import SpeakerMatch\n\n"
        "class ChatExport:\n"
        "    name = 'chat_export'\n"
        "    pattern = regex.compile(r'>>> (\\w{1,40})')\n\n"
        "    def detect(self, line, context):\n"
        "        match = self.pattern.fullmatch(line.text)\n"
        "        if match is None:\n"
        "            return None\n"
        "        return SpeakerMatch(label=match[1], end=match.end(), speech_start=len(line.text))\n",
        encoding="utf-8",
    )
    info = site / "chat_cli_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: chat-cli-plugin\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(
        "[interview_parser.detectors]\nchat_export = chat_cli_plugin:ChatExport\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(os.fspath(site))
    monkeypatch.delitem(sys.modules, "chat_cli_plugin", raising=False)
    chat = tmp_path / "chat.txt"
    chat.write_text(">>> ana\nhello there\n>>> bo\nhi ana\n>>> ana\nbye\n>>> bo\nbye now\n", encoding="utf-8")
    return chat


@pytest.mark.parametrize("option", [["--detector", "chat_export"], ["--all-detectors"]])
def test_detector_plugins_from_the_command_line(chat_plugin: Path, option: list[str]) -> None:
    code, out, _ = run(chat_plugin, "-f", "jsonl", *option)
    assert code == 0
    assert [json.loads(line)["speaker"] for line in out.splitlines()] == ["ana", "bo", "ana", "bo"]
    code, out, _ = run(chat_plugin, chat_plugin, "-f", "jsonl", "-j", "2", *option)
    assert [json.loads(line)["speaker"] for line in out.splitlines()] == ["ana", "bo", "ana", "bo"]


def test_an_unknown_detector_plugin_is_a_usage_error(chat_plugin: Path) -> None:
    code, out, err = run(chat_plugin, "--detector", "chat_export", "--detector", "nope")
    assert code == 2
    assert out == ""
    assert err == (
        "interview-parser: error: no detector plugin named 'nope' in entry point group "
        "'interview_parser.detectors'; installed: chat_export\n"
    )


def test_workers_send_back_text_not_documents(folder: Path) -> None:
    """With -j, each worker formats its input: what crosses the process boundary is the output text."""
    import pickle

    from interview_parser.cli import Job, Parsed, collect_sources
    from interview_parser.parser import Parser

    source = collect_sources([os.fspath(folder / "b.md")], ["*.md"])[0]
    result = Job(Parser(), "jsonl")(source)
    assert isinstance(result, Parsed)
    assert result.doc is None
    assert result.text == run(folder / "b.md", "-f", "jsonl")[1]
    # unpickling a text is cheap; unpickling a document rebuilds every Turn, Speaker and Section
    assert b"interview_parser.model" not in pickle.dumps(result)


@pytest.mark.parametrize(("names", "fmt"), [(["x.txt"], "text"), (["b.markdown", "b.md"], "markdown")])
def test_the_old_output_folder_form_destroys_nothing(tmp_path: Path, names: list[str], fmt: str) -> None:
    """``interview-parser d -f text -o d`` used to replace d/x.txt with its summary."""
    for name in names:
        (tmp_path / name).write_text(QA.replace("One", name), encoding="utf-8")
    before = _files(tmp_path)
    code, out, err = run(tmp_path, "-f", fmt, "-o", tmp_path)
    assert code == 2
    assert out == ""
    assert "--output-dir" in err
    assert _files(tmp_path) == before


def test_glob_matching_is_case_sensitive_where_the_file_system_is(folder: Path) -> None:
    (folder / "UPPER.MD").write_text(QA, encoding="utf-8")
    code, out, _ = run(folder, "--glob", "*.MD", "-f", "jsonl")
    assert code == 0
    ids = {json.loads(line)["document_id"] for line in out.splitlines()}
    assert ids == ({"UPPER"} if os.path.normcase("A") == "A" else {"UPPER", "a", "b", "nested/c"})


# --- properties -----------------------------------------------------------------------------------

_STEMS = st.sampled_from(["a", "b", "A", "nested/a", "nested/b", ".hidden", "x-2"])
_SUFFIXES = st.sampled_from([".md", ".markdown", ".txt", ".json", ".jsonl", ".csv", ".vtt", ".transcript.json"])


@settings(max_examples=40, deadline=None)
@given(
    names=st.lists(st.tuples(_STEMS, _SUFFIXES).map("".join), min_size=1, max_size=5, unique=True),
    fmt=st.sampled_from([f for f in FORMATS if f != "convokit"]),
    into=st.sampled_from(["same", "nested", "file"]),
    globs=st.lists(st.sampled_from(["*.md", "*.markdown", "*.txt", "*.json", "*.jsonl", "*.csv", "*"]), max_size=2),
)
def test_no_run_changes_an_input(names: list[str], fmt: str, into: str, globs: list[str]) -> None:
    """Whatever the names, format and output place, every input is byte for byte what it was.

    (A file the run does not read, such as a hidden one, may be named by ``-o`` and replaced.)
    """
    import tempfile

    from interview_parser.cli import DEFAULT_GLOBS, collect_sources

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for n, name in enumerate(names):
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(QA.replace("One", f"One {n}"), encoding="utf-8")
        inputs = {
            s.path.relative_to(root).as_posix() for s in collect_sources([os.fspath(root)], globs or DEFAULT_GLOBS) if s.path
        }
        before = _files(root)
        where = {"same": ["--output-dir", root], "nested": ["--output-dir", root / "nested"], "file": ["-o", root / names[0]]}
        glob_args = [arg for pattern in globs for arg in ("--glob", pattern)]
        code, _, err = run(root, "-f", fmt, "-q", *glob_args, *where[into])
        assert "Traceback" not in err
        assert code in (0, 1, 2)
        after = _files(root)
        assert {k: after[k] for k in inputs} == {k: before[k] for k in inputs}
        if code == 2:
            assert after == before  # a refusal writes nothing at all


@given(st.text())
def test_display_names_are_utf8_and_keep_valid_names(name: str) -> None:
    shown = display_name(name)
    shown.encode("utf-8")
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        assert shown != name
    else:
        assert shown == name


@given(st.binary(max_size=20))
def test_display_names_of_file_name_bytes(raw: bytes) -> None:
    shown = display_name(os.fsdecode(raw))
    shown.encode("utf-8")
    assert shown == raw.decode("utf-8", "backslashreplace")


def test_a_missing_input_takes_no_document_id(tmp_path: Path) -> None:
    code, out, _ = run(tmp_path / "missing.md", "-", "-f", "jsonl", stdin=io.BytesIO(QA.encode("utf-8")))
    assert code == 1
    assert {json.loads(line)["document_id"] for line in out.splitlines()} == {"stdin"}


def test_the_schema_goes_where_the_output_goes(tmp_path: Path) -> None:
    code, out, _ = run("--schema", "-o", tmp_path / "schema.json")
    assert (code, out) == (0, "")
    assert json.loads((tmp_path / "schema.json").read_text("utf-8")) == json_schema()
    done = subprocess.run(
        ["sh", "-c", '"$0" -m interview_parser --schema >&-', sys.executable], capture_output=True, text=True
    )
    assert done.returncode == 1
    assert done.stderr == "interview-parser: error: standard output is closed: give -o FILE or --output-dir DIR\n"


class FullDisk(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device")


def test_a_failing_standard_output_stops_the_run_with_one_line(folder: Path) -> None:
    err = io.StringIO()
    code = main([os.fspath(folder), "-f", "jsonl"], stdout=FullDisk(), stderr=err)
    assert code == 1
    assert err.getvalue() == "interview-parser: error: cannot write standard output: No space left on device\n"


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_links_in_a_folder(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A link to a file already found is read once; a link to a folder is not followed (no loops)."""
    (folder / "again.md").symlink_to(folder / "a.md")
    (folder / "loop").symlink_to(folder)
    outside = tmp_path_factory.mktemp("outside")
    (outside / "far.md").write_text(QA, encoding="utf-8")
    (folder / "far.md").symlink_to(outside / "far.md")
    code, out, _ = run(folder, folder / "a.md", "-f", "jsonl")
    assert code == 0
    ids = list(dict.fromkeys(json.loads(line)["document_id"] for line in out.splitlines()))
    assert ids == ["a", "b", "far", "nested/c"]


# --- explain and documents without turns ------------------------------------------------------


def test_explain_shows_each_lines_proposals_and_decisions(tmp_path: Path) -> None:
    path = tmp_path / "e.md"
    path.write_text("Note: read slowly.\n\nQ: Why bread?\n\nA: Flour is cheap.\n", encoding="utf-8")
    code, out, err = run("explain", path)
    assert (code, err) == (0, "")
    assert "rejected: a field or credit line (Conventions.field_words)" in out
    assert "turn 1: Q" in out
    assert "evidence: 5 point(s), an exchange" in out


def test_explain_of_several_files_names_each_and_a_missing_one_fails(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Just prose.\n", encoding="utf-8")
    code, out, err = run("explain", tmp_path / "a.md", tmp_path / "missing.md")
    assert code == 1
    assert out.startswith("== ")
    assert "no turns: no line has the shape of a speaker label" in out
    assert "missing.md" in err
    assert err.count("\n") == 1


def test_a_document_without_turns_is_a_diagnostic_and_fails_under_strict(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_text("Just a paragraph of prose.\n", encoding="utf-8")
    code, _, err = run(path, "-f", "text")
    assert code == 0
    assert "warning: No speaker turns found" in err
    assert "[no-turns]" in err
    code, _, err = run(path, "-f", "text", "--strict")
    assert code == 1
    assert "error: No speaker turns found" in err
