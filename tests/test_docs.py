"""Every code example in README.md and docs/ runs, and shows what it says it shows.

* ``>>>`` examples (in ``pycon`` blocks) run as doctests, from the repository root;
* ``python`` blocks of a page run in order, in one namespace, in a folder
  holding ``examples/`` and ``archive/`` (a copy of it), with ``paths``
  naming the files in ``archive/``; a block after ``<!-- recipe: NAME -->``
  is a script with its own test;
* ``console`` blocks are shell sessions: each ``$ command`` runs in a
  temporary folder holding a copy of ``examples/``, and its output (stdout,
  then stderr) is compared with the lines below it (``...`` matches
  anything);
* ``sh`` blocks are installation commands; they run in ``.ci/run`` (the
  README's quickstart line is executed there, in a fresh clone).
"""

from __future__ import annotations

import ast
import doctest
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _blocks(page: Path, lang: str) -> list[tuple[int, str]]:
    text = page.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start()) + 2, m["body"]) for m in FENCE.finditer(text) if m["lang"] == lang]


def _id(page: Path) -> str:
    return page.relative_to(ROOT).as_posix()


def test_the_pages_exist() -> None:
    names = {p.name for p in PAGES}
    for page in ("index.md", "formats.md", "model.md", "detectors.md", "cli.md", "exports.md", "chinese.md", "analysis-tools.md"):
        assert page in names
    assert {"large-corpora.md", "api.md", "README.md"} <= names


@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_doctests(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    text = page.read_text(encoding="utf-8")
    test = doctest.DocTestParser().get_doctest(text, {"__name__": "__docs__"}, _id(page), os.fspath(page), 0)
    out: list[str] = []
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    runner.run(test, out=out.append)
    assert runner.failures == 0, "".join(out)


@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_python_blocks_run(page: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocks = [(line, body) for line, body in _blocks(page, "python") if not _is_recipe(page, line)]
    if not blocks:
        pytest.skip("no python blocks")
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    shutil.copytree(ROOT / "examples", tmp_path / "archive")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "__docs__"}  # a block defines what it uses, as a reader would
    missing: list[str] = []
    for line, body in blocks:
        code = compile(body, f"{_id(page)}:{line}", "exec")
        try:
            exec(code, namespace)
        except ModuleNotFoundError as exc:  # an optional tool the example uses (pyarrow, dask ...)
            if exc.name is None or exc.name.split(".")[0] == "interview_parser":
                raise
            missing.append(f"{_id(page)}:{line} needs {exc.name}")
    if missing and len(missing) == len(blocks):
        pytest.skip("; ".join(missing))


def _is_recipe(page: Path, line: int) -> bool:
    """A block right after ``<!-- recipe: NAME -->`` is a script run by its own test."""
    before = page.read_text(encoding="utf-8").splitlines()[: line - 2]
    return bool(before) and before[-1].startswith("<!-- recipe:")


def _session(body: str) -> list[tuple[str, str]]:
    """(command, expected output) pairs of a console block; continuation lines end in a backslash."""
    steps: list[tuple[str, list[str]]] = []
    lines = body.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("$ "):
            command = line[2:]
            while command.endswith("\\") and index + 1 < len(lines):
                index += 1
                command = command[:-1] + " " + lines[index].strip()
            steps.append((command, []))
        elif steps:
            steps[-1][1].append(line)
        index += 1
    return [(command, "\n".join(output).strip("\n")) for command, output in steps]


CONSOLE = [
    pytest.param(page, line, body, id=f"{_id(page)}:{line}")
    for page in PAGES
    for line, body in _blocks(page, "console")
]


@pytest.mark.parametrize(("page", "line", "body"), CONSOLE)
def test_console_examples(page: Path, line: int, body: str, tmp_path: Path) -> None:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([os.fspath(Path(sys.executable).parent), env.get("PATH", "")])
    env["PYTHONIOENCODING"] = "utf-8"
    ran = status = 0
    for command, expected in _session(body):
        ran += bool(re.search(r"\binterview-parser\b|-m interview_parser\b", command))
        command = command.replace("python -m interview_parser", f'"{sys.executable}" -m interview_parser')
        script = Path(sys.executable).with_name("interview-parser")
        if not script.exists():  # an install without the console script: run the module instead
            command = re.sub(r"\binterview-parser\b", f'"{sys.executable}" -m interview_parser', command)
        done = subprocess.run(
            f"(exit {status}); {command}",  # so that `echo $?` shows the previous command's status
            shell=True,
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,  # interleaved as a terminal shows them
            text=True,
            encoding="utf-8",
            timeout=120,
        )
        status = done.returncode
        shown = done.stdout.strip("\n")
        checker = doctest.OutputChecker()
        assert checker.check_output(expected + "\n", shown + "\n", FLAGS), (
            f"{_id(page)}:{line}: $ {command}\n--- expected\n{expected}\n--- got\n{shown}"
        )
    assert ran, "a console block without any interview-parser command"


def test_readme_has_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quickstart = re.search(r"<!-- quickstart -->\n```sh\n(.+?)\n```\n<!-- /quickstart -->", readme, re.DOTALL)
    assert quickstart is not None
    assert quickstart[1].count("\n") == 0, "the quickstart is one command"
    assert "interview-parser examples/sample.md --format json" in quickstart[1]
    assert (ROOT / "examples" / "sample.md").is_file()
    assert "```sh\nbash .ci/run\n```" in readme
    assert (ROOT / ".ci" / "run").is_file()



def _doctest_strings(page: Path) -> list[str]:
    """Every string literal in the doctests of a page."""
    found: list[str] = []
    for example in doctest.DocTestParser().get_examples(page.read_text(encoding="utf-8")):
        tree = ast.parse(example.source)
        found += [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    return found


def test_readme_label_examples_run_in_the_formats_page() -> None:
    """Each example in the README's table of conventions is part of a document run in docs/formats.md."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Speaker labels it recognises", 1)[1].split("\n\n", 2)[1]
    rows = [line for line in table.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert len(rows) >= 15
    documents = _doctest_strings(ROOT / "docs" / "formats.md")
    for row in rows:
        cell = row.split(" | ")[1]
        for example in re.split(r" / | · ", cell):
            text = "\n".join(re.findall(r"`([^`]+)`", example))
            assert any(text in document for document in documents), f"README example not run: {text!r}"
