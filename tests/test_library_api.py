"""The library's habits: a cheap import, a helpful optional module, typed options."""

from __future__ import annotations

import inspect
import subprocess
import sys
import textwrap
from pathlib import Path

import attrs
import pytest

from interview_parser import InterviewParseError, Parser, parse, parse_file

ROOT = Path(__file__).resolve().parent.parent


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120)


def test_import_does_not_load_multiprocessing_yaml_or_toml() -> None:
    """They cost about 17 ms of the import and are needed only by parse_many and front matter."""
    done = _python(
        """
        import sys
        import interview_parser
        heavy = {"multiprocessing", "yaml", "tomllib", "tomli"}
        print(sorted(name for name in sys.modules if name.split(".")[0] in heavy))
        interview_parser.parse("---\\ntitle: T\\n---\\n**Q:** A?")
        print("yaml" in sys.modules)
        """
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["[]", "True"]


def test_front_matter_still_decodes_after_the_lazy_imports() -> None:
    yaml_doc = parse("---\ntitle: Y\n---\n\n**Q:** Why?\n\n**A:** So.\n\n**Q:** Ok?\n\n**A:** Ok.")
    toml_doc = parse('+++\ntitle = "T"\n+++\n\n**Q:** Why?\n\n**A:** So.\n\n**Q:** Ok?\n\n**A:** Ok.')
    assert (yaml_doc.title, toml_doc.title) == ("Y", "T")
    assert parse("---\ntitle: [\n---\nbody").diagnostics[0].code == "frontmatter-invalid"


def test_strategies_without_hypothesis_names_the_extra() -> None:
    done = _python(
        """
        import sys
        sys.modules["hypothesis"] = None  # as if it were not installed
        try:
            import interview_parser.strategies
        except ImportError as exc:
            print(type(exc).__name__, exc.name, exc)
        """
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        "ModuleNotFoundError hypothesis interview_parser.strategies needs hypothesis: "
        "pip install 'interview-parser[strategies]'"
    )


# --- typed options ---------------------------------------------------------------------

OPTION_FUNCTIONS = [parse, parse_file]


@pytest.mark.parametrize("function", OPTION_FUNCTIONS, ids=lambda f: f.__name__)
def test_options_are_the_parser_fields(function: object) -> None:
    """A new Parser field must be added to parse() and parse_file() too."""
    fields = [a.alias for a in attrs.fields(Parser) if a.init]
    parameters = inspect.signature(function).parameters  # type: ignore[arg-type]
    keyword_only = [name for name, p in parameters.items() if p.kind is inspect.Parameter.KEYWORD_ONLY]
    assert [name for name in keyword_only if name != "encoding"] == fields


def test_a_misspelt_option_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="strcit"):
        parse("**Q:** Hi?", strcit=True)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="alias"):
        parse_file(ROOT / "examples" / "sample.md", alias={})  # type: ignore[call-arg]


def test_options_still_configure_the_parser() -> None:
    text = "**Lee:** Why?\n\n**Kim:** Because.\n\n**Lee:** Really?\n\n**K.:** Yes."
    doc = parse(text, aliases={"K.": "Kim"}, roles={"Kim": "interviewer"})
    assert [(s.name, s.role, s.labels) for s in doc.speakers] == [("Lee", None, ("Lee",)), ("Kim", "interviewer", ("Kim", "K."))]
    assert parse(text, detectors=[]).turns == ()
    with pytest.raises(InterviewParseError, match="Unclosed"):
        parse("---\ntitle: x\n", strict=True)


def test_mypy_flags_a_misspelt_option(tmp_path: Path) -> None:
    mypy = pytest.importorskip("mypy.api")
    sample = tmp_path / "use.py"
    sample.write_text(
        "from interview_parser import parse, parse_file\n"
        "parse('x', strict=True, aliases={'K.': 'Kim'})\n"
        "parse('x', strcit=True)\n"
        "parse_file('x.md', encoding='gb18030', role={})\n"
        "parse('x', strict='yes')\n",
        encoding="utf-8",
    )
    out, _, status = mypy.run(["--strict", "--no-incremental", "--cache-dir", str(tmp_path / ".mypy"), str(sample)])
    assert status == 1
    errors = [line.split(":", 2)[1:] for line in out.splitlines() if ": error:" in line]
    assert [int(line) for line, _ in errors] == [3, 4, 5], out
    assert 'Unexpected keyword argument "strcit"' in out
    assert 'Unexpected keyword argument "role"' in out
