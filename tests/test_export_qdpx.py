"""REFI-QDA projects: every project.qde validates against the QDA-XML schema, every selection cuts out its turn."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_parser import Interview, Section, Speaker, Turn, parse, parse_file
from interview_parser.cli import main
from interview_parser.export import plain_text, qdpx_bytes, to_qdpx
from interview_parser.strategies import interviews

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT.parent / "shared" / "schemas" / "refi-qda" / "Project-mrt2019.xsd"
EXAMPLES = sorted((ROOT / "examples").glob("*.md"))
TRANSCRIPTS = sorted((Path(__file__).resolve().parent / "fixtures" / "transcripts").glob("*.txt"))
NS = {"q": "urn:QDA-XML:project:1.0"}

QA = "**Q:** Why bread?\n\n**A:** Flour is cheap.\n\n**Q:** And ovens?\n\n**A:** Borrowed.\n"


@pytest.fixture(scope="module")
def schema() -> object:
    xmlschema = pytest.importorskip("xmlschema", reason="xmlschema validates project.qde (pip install xmlschema)")
    if not SCHEMA.is_file():
        pytest.skip(f"the REFI-QDA schema is not at {SCHEMA} (the shared/ folder beside the repository)")
    return xmlschema.XMLSchema(str(SCHEMA))


@attrs.frozen
class Project:
    """An archive as a QDA program reads it: the XML tree and each source's text."""

    root: ET.Element
    texts: dict[str, str]
    names: list[str]
    xml: bytes

    def sources(self) -> list[ET.Element]:
        return self.root.findall("q:Sources/q:TextSource", NS)

    def text_of(self, source: ET.Element) -> str:
        path = source.get("plainTextPath", "")
        assert path.startswith("internal://")
        return self.texts[path.removeprefix("internal://")]

    def codes(self) -> dict[str, str]:
        return {c.get("guid", ""): c.get("name", "") for c in self.root.iter("{urn:QDA-XML:project:1.0}Code")}


def read(data: bytes) -> Project:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        xml = archive.read("project.qde")
        texts = {
            name.removeprefix("sources/"): archive.read(name).decode("utf-8")
            for name in names
            if name.startswith("sources/")
        }
    return Project(ET.fromstring(xml), texts, names, xml)


def turn_selections(source: ET.Element, doc: Interview) -> list[ET.Element]:
    """The first selections of a source are its turns, in order."""
    selections = source.findall("q:PlainTextSelection", NS)
    return selections[: len(doc.turns)]


def check_offsets(project: Project, docs: list[Interview]) -> None:
    sources = project.sources()
    assert len(sources) == len(docs)
    for source, doc in zip(sources, docs, strict=True):
        text = project.text_of(source)
        for selection, turn in zip(turn_selections(source, doc), doc.turns, strict=True):
            start, end = int(selection.get("startPosition", "")), int(selection.get("endPosition", ""))
            assert text[start:end] == turn.text


# --- the schema ------------------------------------------------------------------------------


def test_examples_and_fixtures_validate(schema: object) -> None:
    docs = [parse_file(path) for path in EXAMPLES] + [parse_file(path) for path in TRANSCRIPTS]
    data = qdpx_bytes([(path.name, doc) for path, doc in zip(EXAMPLES + TRANSCRIPTS, docs, strict=True)])
    project = read(data)
    schema.validate(project.xml.decode("utf-8"))  # type: ignore[attr-defined]
    check_offsets(project, docs)


SHARED = sorted(p for folder in ("seeds", "en", "zh") for p in (SCHEMA.parents[2] / "corpus" / folder).glob("*.txt"))


@pytest.mark.skipif(not SHARED, reason="no shared corpus beside the repository (shared/corpus)")
def test_the_shared_corpus_validates(schema: object) -> None:
    docs = [parse_file(path) for path in SHARED]
    project = read(qdpx_bytes([(path.stem, doc) for path, doc in zip(SHARED, docs, strict=True)]))
    schema.validate(project.xml.decode("utf-8"))  # type: ignore[attr-defined]
    check_offsets(project, docs)


def test_each_example_validates_alone(schema: object) -> None:
    for path in EXAMPLES:
        project = read(qdpx_bytes({path.stem: parse_file(path)}))
        schema.validate(project.xml.decode("utf-8"))  # type: ignore[attr-defined]


@settings(max_examples=25)
@given(st.lists(interviews(), min_size=1, max_size=3))
def test_generated_projects_validate_and_cut_out_each_turn(schema: object, docs: list[Interview]) -> None:
    project = read(qdpx_bytes([(f"doc-{i}", doc) for i, doc in enumerate(docs)]))
    schema.validate(project.xml.decode("utf-8"))  # type: ignore[attr-defined]
    check_offsets(project, docs)


@given(interviews())
def test_selections_cut_out_each_turn_and_its_speaker_code(doc: Interview) -> None:
    project = read(qdpx_bytes({"doc": doc}))
    check_offsets(project, [doc])
    codes = project.codes()
    (source,) = project.sources()
    code_by_key: dict[str | None, str] = {}
    for selection, turn in zip(turn_selections(source, doc), doc.turns, strict=True):
        refs = [ref.get("targetGUID") for ref in selection.iterfind("q:Coding/q:CodeRef", NS)]
        assert len(refs) == 1
        ref = refs[0]
        assert ref is not None
        assert codes[ref].startswith(turn.speaker or "")  # the speaker's name ("Ana (2)" only on a clash)
        assert code_by_key.setdefault(turn.key, ref) == ref
    assert len(set(code_by_key.values())) == len(code_by_key)


@given(interviews())
def test_section_selections_run_from_heading_to_section_end(doc: Interview) -> None:
    qda = plain_text(doc)
    assert [title for title, _, _ in qda.sections] == [s.title for s in sorted(doc.sections, key=lambda s: s.lines)]
    for title, start, end in qda.sections:
        assert qda.text[start:].startswith(title)
        inside = [span for turn, span in zip(doc.turns, qda.turns, strict=True) if turn.section == title]
        assert all(start < s and e <= end for s, e in inside)
        if inside:
            assert end == inside[-1][1]


# --- offsets: code points, as section 10.2 says ----------------------------------------------------


def test_offsets_count_code_points_in_chinese_and_outside_the_bmp(schema: object) -> None:
    doc = parse(
        "**主持人：** 𠀋字怎么读？😀\n\n**林师傅：** 读作“𠀋”，🍵 好茶。\n\n**主持人：** 好。\n\n**林师傅：** 对。\n"
    )
    project = read(qdpx_bytes({"茶": doc}))
    schema.validate(project.xml.decode("utf-8"))  # type: ignore[attr-defined]
    check_offsets(project, [doc])
    (source,) = project.sources()
    text = project.text_of(source)
    second = turn_selections(source, doc)[1]
    start = int(second.get("startPosition", ""))
    before = text[:start]
    assert "𠀋" in before
    assert "😀" in before
    assert len(before.encode("utf-16-le")) // 2 == start + 2  # UTF-16 would count two more
    assert text[start:].startswith("读作")


def test_plain_text_keeps_every_character_of_a_turn() -> None:
    doc = Interview(
        speakers=[Speaker("Ana", "ana", "interviewer"), Speaker("Bo", "bo", "interviewee")],
        turns=[
            Turn("Ana", "tab\there\x0bvertical & <angle> \"quote\"", (1, 1), key="ana"),
            Turn("Bo", "line\nbreak\n\nparagraph", (3, 4), key="bo"),
            Turn(None, "nobody said this", (6, 6)),
        ],
    )
    project = read(qdpx_bytes({"odd": doc}))
    check_offsets(project, [doc])
    (source,) = project.sources()
    unattributed = turn_selections(source, doc)[2]
    assert unattributed.find("q:Coding", NS) is None  # no speaker, no speaker code
    names = [s.get("name") for s in turn_selections(source, doc)]
    assert "\x0b" not in "".join(n or "" for n in names)  # XML cannot hold it: the name shows U+FFFD


def test_lone_surrogates_become_replacement_characters_one_for_one() -> None:
    doc = Interview(speakers=[Speaker("Ana", "ana")], turns=[Turn("Ana", "bad \ud800 half", (1, 1), key="ana")])
    qda = plain_text(doc)
    start, end = qda.turns[0]
    assert qda.text[start:end] == "bad \ufffd half"
    read(qdpx_bytes({"x": doc}))  # UTF-8 holds it


# --- stable archives ------------------------------------------------------------------------------


def test_exporting_twice_gives_the_same_bytes(tmp_path: Path) -> None:
    docs = {path.stem: parse_file(path) for path in EXAMPLES}
    first = to_qdpx(docs, tmp_path / "a" / "project.qdpx")
    second = to_qdpx(docs, tmp_path / "b" / "project.qdpx")
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert archive.namelist()[0] == "project.qde"
        assert all(name.startswith("sources/") and name.endswith(".txt") for name in archive.namelist()[1:])


def test_guids_follow_content() -> None:
    doc = parse(QA)
    changed = attrs.evolve(doc, turns=[attrs.evolve(doc.turns[0], text="Why rye?"), *doc.turns[1:]])
    one, two = read(qdpx_bytes({"d": doc})), read(qdpx_bytes({"d": changed}))
    assert one.codes() == two.codes()  # the speakers are the same codes
    assert one.sources()[0].get("guid") != two.sources()[0].get("guid")  # the source is another text
    guids = [e.get("guid") for e in one.root.iter() if e.get("guid")]
    assert len(guids) == len(set(guids))  # globally unique within the project


def test_project_name_and_source_names(tmp_path: Path) -> None:
    path = to_qdpx({"2024/talk": parse(QA), "2024_talk": parse(QA)}, tmp_path / "bakery.qdpx")
    project = read(path.read_bytes())
    assert project.root.get("name") == "bakery"
    assert [s.get("name") for s in project.sources()] == ["2024_talk", "2024_talk (2)"]


def test_interviews_without_names_are_named_after_their_titles() -> None:
    doc = parse("# Bread\n\n" + QA)
    project = read(qdpx_bytes([doc, doc]))
    assert [s.get("name") for s in project.sources()] == ["Bread", "Bread (2)"]
    with pytest.raises(ValueError, match="unique"):
        qdpx_bytes([("x", doc), ("x", doc)])
    with pytest.raises(ValueError, match="at least one"):
        qdpx_bytes({})


# --- what a QDA program shows -------------------------------------------------------------------


def test_speakers_are_codes_and_cases_with_a_role_variable() -> None:
    project = read(qdpx_bytes({"sample": parse_file(ROOT / "examples" / "sample.md")}))
    folders = project.root.findall("q:CodeBook/q:Codes/q:Code", NS)
    assert [(f.get("name"), f.get("isCodable")) for f in folders] == [("Speakers", "false"), ("Sections", "false")]
    assert [c.get("name") for c in folders[0].findall("q:Code", NS)] == ["Lena", "Marco"]
    assert [c.get("name") for c in folders[1].findall("q:Code", NS)] == ["Beginnings", "Running it"]
    variables = {v.get("guid"): (v.get("name"), v.get("typeOfVariable")) for v in project.root.iterfind("q:Variables/q:Variable", NS)}
    cases = project.root.findall("q:Cases/q:Case", NS)
    assert [c.get("name") for c in cases] == ["Lena", "Marco"]
    lena = cases[0]
    role = lena.find("q:VariableValue", NS)
    assert role is not None
    assert variables[role.find("q:VariableRef", NS).get("targetGUID")] == ("role", "Text")  # type: ignore[union-attr]
    assert role.findtext("q:TextValue", namespaces=NS) == "interviewer"
    assert len(lena.findall("q:SelectionRef", NS)) == 4
    source = project.sources()[0]
    values = {
        variables[v.find("q:VariableRef", NS).get("targetGUID")][0]: (v[1].tag.split("}")[1], v[1].text)  # type: ignore[union-attr]
        for v in source.findall("q:VariableValue", NS)
    }
    assert values["date"] == ("DateValue", "2024-03-14")
    assert values["title"] == ("TextValue", "Building a bakery co-op")


def test_metadata_types_agree_across_documents() -> None:
    a = parse("---\nage: 41\nconsent: true\nscore: 2.5\ntags: [a, b]\n---\n\n" + QA)
    b = parse("---\nage: forty\nconsent: false\n---\n\n" + QA)
    project = read(qdpx_bytes({"a": a, "b": b}))
    kinds = {v.get("name"): v.get("typeOfVariable") for v in project.root.iterfind("q:Variables/q:Variable", NS)}
    assert kinds == {"role": "Text", "age": "Text", "consent": "Boolean", "score": "Float", "tags": "Text"}


def test_section_codes_and_a_speaker_named_like_a_section_stay_apart() -> None:
    doc = Interview(
        speakers=[Speaker("Intro", "intro"), Speaker("Bo", "bo")],
        sections=[Section("Intro", (1, 1))],
        turns=[Turn("Intro", "Hello.", (2, 2), key="intro", section="Intro"), Turn("Bo", "Hi.", (3, 3), key="bo", section="Intro")],
    )
    names = sorted(read(qdpx_bytes({"d": doc})).codes().values())
    assert names == ["Bo", "Intro", "Intro (2)", "Sections", "Speakers"]


# --- the command line ------------------------------------------------------------------------------


def test_command_line_writes_one_project(schema: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out" / "project.qdpx"
    assert main([str(ROOT / "examples"), "-f", "qdpx", "-o", str(target), "-q"]) == 0
    project = read(target.read_bytes())
    schema.validate(project.xml.decode("utf-8"))  # type: ignore[attr-defined]
    check_offsets(project, [parse_file(path) for path in EXAMPLES])
    assert [s.get("name") for s in project.sources()] == ["sample", "timestamped", "访谈"]
    for missing in ([], ["-o", "-"], ["--output-dir", str(tmp_path / "dir")]):
        err = io.StringIO()
        assert main([str(ROOT / "examples"), "-f", "qdpx", *missing], stdout=io.StringIO(), stderr=err) == 2
        assert err.getvalue() == (
            "interview-parser: error: --format qdpx writes one project archive for all inputs: "
            "give it with -o FILE.qdpx\n"
        )
    assert not (tmp_path / "dir").exists()


def test_command_line_refuses_a_folder_as_the_archive(tmp_path: Path) -> None:
    err = io.StringIO()
    assert main([str(ROOT / "examples" / "sample.md"), "-f", "qdpx", "-o", str(tmp_path)], stderr=err) == 2
    assert err.getvalue() == (
        f"interview-parser: error: -o {tmp_path} is a folder: --format qdpx writes one file; "
        f"name it, such as {tmp_path / 'project.qdpx'}\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_command_line_never_writes_the_archive_over_an_input(tmp_path: Path) -> None:
    source = tmp_path / "a.md"
    source.write_text("**Ana:** Hi.\n\n**Bo:** Hey.\n\n**Ana:** So?\n\n**Bo:** So.\n", "utf-8")
    err = io.StringIO()
    assert main([str(tmp_path), "-f", "qdpx", "-o", str(source)], stderr=err) == 2
    assert "refusing to write" in err.getvalue()
    assert source.read_text("utf-8").startswith("**Ana:** Hi.")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md"]


def test_command_line_leaves_the_old_archive_when_writing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "project.qdpx"
    target.write_bytes(b"old")

    def full(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("interview_parser.output.os.replace", full)
    err = io.StringIO()
    assert main([str(ROOT / "examples" / "sample.md"), "-f", "qdpx", "-o", str(target)], stderr=err) == 1
    assert err.getvalue() == f"interview-parser: error: cannot write {target}: No space left on device\n"
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["project.qdpx"]


def test_odd_metadata_keys_and_values_validate(schema: object) -> None:
    doc = Interview(
        speakers=[Speaker("Ana", "ana", "interviewer")],
        turns=[Turn("Ana", "Hello.", (1, 1), key="ana")],
        metadata={"": 1, "role": "host", "x": {"a": 1}, "n": None, "d": "2024-02-30", "f": 1e300, "l": [1, "a"], "k\x0b": "v\x01"},
    )
    project = read(qdpx_bytes({"odd": doc}))
    schema.validate(project.xml.decode("utf-8"))  # type: ignore[attr-defined]
    kinds = {v.get("name"): v.get("typeOfVariable") for v in project.root.iterfind("q:Variables/q:Variable", NS)}
    assert kinds == {
        "role": "Text", "(unnamed)": "Integer", "role (2)": "Text", "x": "Text", "d": "Text", "f": "Float", "l": "Text", "k\ufffd": "Text",
    }
    (case,) = project.root.findall("q:Cases/q:Case", NS)
    assert case.findtext("q:VariableValue/q:TextValue", namespaces=NS) == "interviewer"


def test_documents_without_turns_validate(schema: object) -> None:
    project = read(qdpx_bytes({"a": parse("just one paragraph"), "b": Interview()}))
    schema.validate(project.xml.decode("utf-8"))  # type: ignore[attr-defined]
    assert project.root.find("q:CodeBook", NS) is None
    assert [project.text_of(s) for s in project.sources()] == ["just one paragraph\n", ""]
