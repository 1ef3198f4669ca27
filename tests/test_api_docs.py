"""The API reference documents every public attribute of the models, and shows no attrs internals."""

from __future__ import annotations

import ast
import html
import importlib.util
import inspect
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import attrs
import pytest

from interview_parser import Diagnostic, Emphasis, Interview, Media, Section, Speaker, Turn
from interview_parser.decoding import Decoded

ROOT = Path(__file__).resolve().parent.parent
MODELS = [Interview, Turn, Speaker, Section, Media, Emphasis, Diagnostic, Decoded]


def _documented(cls: type) -> dict[str, bool]:
    """Public attributes and methods of ``cls`` as written in its source, and whether each has a docstring.

    An attribute's docstring is the string statement right below it, which is
    what mkdocstrings shows (Python keeps no such docstring at runtime).
    """
    source = textwrap.dedent(inspect.getsource(cls))
    (node,) = ast.parse(source).body
    assert isinstance(node, ast.ClassDef)
    found: dict[str, bool] = {}
    body = node.body
    for index, statement in enumerate(body):
        if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            name = statement.target.id
            below = body[index + 1] if index + 1 < len(body) else None
            found[name] = (
                isinstance(below, ast.Expr) and isinstance(below.value, ast.Constant) and isinstance(below.value.value, str)
            )
        elif isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found[statement.name] = ast.get_docstring(statement) is not None
    return {name: ok for name, ok in found.items() if not name.startswith("_")}


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
def test_every_public_attribute_has_a_docstring(cls: type) -> None:
    documented = _documented(cls)
    fields = [f.name for f in attrs.fields(cls) if not f.name.startswith("_")]
    assert set(fields) <= set(documented)  # the source read is the class's own
    missing = [name for name, ok in documented.items() if not ok]
    assert missing == [], f"{cls.__name__}: no docstring below {', '.join(missing)}"


def test_the_checker_notices_a_missing_docstring() -> None:
    @attrs.frozen
    class Bare:
        documented: int
        """Has one."""
        bare: str

    assert _documented(Bare) == {"documented": True, "bare": False}


@pytest.mark.skipif(
    any(importlib.util.find_spec(m) is None for m in ("mkdocs", "mkdocstrings_handlers", "material")),
    reason='the docs tools are not installed (pip install -e ".[docs]")',
)
def test_mkdocs_builds_and_the_api_page_lists_every_attribute(tmp_path: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    page = (tmp_path / "site" / "api" / "index.html").read_text(encoding="utf-8")
    for cls in MODELS:
        for name in _documented(cls):
            anchor = f'id="{cls.__module__}.{cls.__name__}.{name}"'
            assert anchor in page, f"{cls.__name__}.{name} is not on the API page"
    text = html.unescape(re.sub(r"<[^>]+>", "", page))
    assert "attrs.field(" not in text
    assert "converter=" not in text
