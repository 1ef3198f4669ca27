"""Front matter, bare header lines, title and date."""

from __future__ import annotations

import datetime

import pytest

from interview_parser import FrontMatterError, Interview, parse
from interview_parser.render import render

BODY = "\n\n**Ana:** Hi?\n\n**Bo:** Yo.\n\n**Ana:** Bye?\n\n**Bo:** Bye."


def test_yaml_front_matter_goes_to_metadata_with_title_and_date() -> None:
    doc = parse('---\ntitle: "A talk"\ndate: "2025-02-13 17:41:14"\ntags:\n  - x\n---' + BODY)
    assert doc.title == "A talk"
    assert doc.date == datetime.date(2025, 2, 13)
    assert dict(doc.metadata) == {"title": "A talk", "date": "2025-02-13 17:41:14", "tags": ["x"]}
    assert len(doc.turns) == 4


def test_yaml_dates_are_kept_as_iso_text_in_metadata() -> None:
    doc = parse("---\ndate: 2020-02-26\n---" + BODY)
    assert doc.metadata["date"] == "2020-02-26"
    assert doc.date == datetime.date(2020, 2, 26)


def test_toml_front_matter() -> None:
    doc = parse('+++\ntitle = "Chat"\ndate = 2024-05-01\n+++' + BODY)
    assert (doc.title, doc.date) == ("Chat", datetime.date(2024, 5, 1))


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2025-02-13", datetime.date(2025, 2, 13)), ("2025年2月13日", datetime.date(2025, 2, 13)),
     ("2025/2/3 10:00", datetime.date(2025, 2, 3)), ("not a date", None), ("2025-13-45", None)],
)
def test_date_forms(value: str, expected: datetime.date | None) -> None:
    assert parse(f'---\ndate: "{value}"\n---' + BODY).date == expected


def test_bare_header_lines_go_to_metadata_not_preamble() -> None:
    doc = parse("\n編輯 | 伊風\n出品 | 某技術棧\n作者：王五\nSource: wire\n正文第一段。" + BODY)
    assert dict(doc.metadata) == {"編輯": "伊風", "出品": "某技術棧", "作者": "王五", "Source": "wire"}
    assert doc.preamble == ("正文第一段。",)


def test_pelican_title_line() -> None:
    doc = parse("Title: Media Relations\nlicense: https://example.org/license\n\nSome text.")
    assert doc.title == "Media Relations"
    assert doc.metadata["license"] == "https://example.org/license"
    assert doc.preamble == ("Some text.",)


def test_speaker_labels_are_not_header_lines() -> None:
    doc = parse("Ana: Hi?\nBo: Yo.\nAna: Bye?\nBo: Bye.")
    assert dict(doc.metadata) == {}
    assert len(doc.turns) == 4


def test_first_h1_is_the_title_when_nothing_else_says() -> None:
    doc = parse("# The title\n\nText.")
    assert doc.title == "The title"
    assert doc.sections == ()


def test_unclosed_front_matter_is_a_diagnostic_not_silent_body() -> None:
    doc = parse("---\ntitle: x\n\nAna: Hi?")
    assert [(d.code, d.line, d.column) for d in doc.diagnostics if d.code.startswith("frontmatter")] == [
        ("frontmatter-unclosed", 1, 1)
    ]
    assert doc.diagnostics[0].message == "Unclosed YAML front matter: expected a closing '---' line"


def test_unclosed_front_matter_raises_in_strict_mode() -> None:
    with pytest.raises(FrontMatterError) as info:
        parse("---\ntitle: x\n\nAna: Hi?", strict=True)
    assert (info.value.line, info.value.column) == (1, 1)
    assert str(info.value) == (
        "Unclosed YAML front matter: expected a closing '---' line (at line 1, column 1)\n    ---\n    ^"
    )


def test_invalid_yaml_reports_the_source_line() -> None:
    doc = parse("---\ntitle: [unclosed\nother: 1\n- stray\n: nothing\n---\nText.")
    (diag,) = [d for d in doc.diagnostics if d.code != "no-turns"]
    assert diag.code == "frontmatter-invalid"
    assert diag.line == 3  # where YAML found the problem
    # a block that does not decode, nor reads as key lines, is not metadata: it stays body text, nothing in it lost
    assert doc.preamble == ("title: [unclosed\nother: 1\n- stray\n: nothing\nText.",)
    assert dict(doc.metadata) == {}


def test_hand_written_yaml_keeps_each_key_line_that_yaml_cannot_read_as_written() -> None:
    # a colon inside an unquoted title is not YAML; what its writer meant is plain
    doc = parse("---\ntitle: Part 2: the harbour\ntags:\n  - ports\ndate: 2024-02-30\n---\nText.")
    assert dict(doc.metadata) == {"title": "Part 2: the harbour", "tags": ["ports"]}
    assert doc.title == "Part 2: the harbour"
    assert [(d.code, d.line) for d in doc.diagnostics if d.code != "no-turns"] == [("frontmatter-invalid", 2), ("frontmatter-invalid", 5)]
    kept, dropped = (d.message for d in doc.diagnostics if d.code != "no-turns")
    assert kept.endswith("the value of 'title' is kept as written")
    assert dropped.endswith("the value of 'date' is left out")


def test_json_front_matter_between_braces() -> None:
    doc = parse('{\n  "title": "Questions from listeners",\n  "date": "2024-05-01"\n}\n\nSome text.')
    assert doc.title == "Questions from listeners"
    assert str(doc.date) == "2024-05-01"
    assert doc.preamble == ("Some text.",)
    broken = parse('{\n  "title": "x",\n}\n\nSome text.')
    assert [(d.code, d.line) for d in broken.diagnostics if d.code != "no-turns"] == [("frontmatter-invalid", 3)]
    assert dict(broken.metadata) == {}  # not decoded: kept as body text
    assert parse("{\nnot closed\n\nSome text.").diagnostics[0].code == "no-turns"  # a brace, not front matter


_ALIAS_BOMB = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 8)
)


@pytest.mark.parametrize(
    ("front", "problem"),
    [
        ("---\n" + _ALIAS_BOMB + "---\n", "more than 10,000 values (each YAML alias counted as a copy)"),
        ("---\na: &a \"" + "x" * 20_000 + "\"\nb: [" + ", ".join(["*a"] * 100) + "]\n---\n", "expand it by more than 1,000,000 characters"),
        ("---\na: &x [*x]\n---\n", "nested more than 100 levels deep"),
        ("---\na: " + "[" * 300 + "]" * 300 + "\n---\n", "nested more than 100 levels deep"),
        ("+++\na = " + "[" * 300 + "]" * 300 + "\n+++\n", "nested more than 100 levels deep"),
        ("+++\na = " + "[" * 3000 + "]" * 3000 + "\n+++\n", "recursion"),
    ],
)
def test_front_matter_too_large_or_deep_is_invalid_not_a_crash(front: str, problem: str) -> None:
    doc = parse(front + "Text.")
    (diag,) = [d for d in doc.diagnostics if d.code != "no-turns"]
    assert diag.code == "frontmatter-invalid"
    assert problem in diag.message
    assert dict(doc.metadata) == {}
    assert doc.preamble == ("Text.",)
    with pytest.raises(FrontMatterError):
        parse(front + "Text.", strict=True)


def test_numbers_json_cannot_write_become_strings() -> None:
    doc = parse("+++\na = nan\nb = inf\nc = -inf\nd = 1.5\n+++\nText.")
    assert dict(doc.metadata) == {"a": "nan", "b": "inf", "c": "-inf", "d": 1.5}
    assert Interview.from_json(doc.to_json()) == doc
    assert "NaN" not in doc.to_json()
    assert "Infinity" not in doc.to_json()


def test_invalid_toml_reports_the_source_line_and_column() -> None:
    doc = parse('+++\ntitle = "ok"\nbad = \n+++\nText.')
    (diag,) = [d for d in doc.diagnostics if d.code != "no-turns"]
    assert (diag.code, diag.line, diag.column) == ("frontmatter-invalid", 3, 6)


def test_front_matter_that_is_not_a_mapping() -> None:
    doc = parse("---\n- a\n- b\n---\nText.")
    assert doc.diagnostics[0].message == "Invalid YAML front matter: expected key/value pairs, got list"


def test_a_lone_thematic_break_is_not_front_matter() -> None:
    doc = parse("---\nJust text.")
    assert [d.code for d in doc.diagnostics] == ["no-turns"]
    assert doc.preamble == ("Just text.",)


def test_header_lines_may_follow_the_title_heading() -> None:
    doc = parse("# Night Radio, Episode 4\nDate: 2023-03-03\nSource: station archive\n\nText.")
    assert doc.title == "Night Radio, Episode 4"
    assert doc.date == datetime.date(2023, 3, 3)
    assert doc.metadata["Source"] == "station archive"
    assert doc.preamble == ("Text.",)


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Published June 3, 2022", datetime.date(2022, 6, 3)), ("THURSDAY, OCTOBER 17, 2019", datetime.date(2019, 10, 17)),
     ("会议时间：2024-04-09 14:00", datetime.date(2024, 4, 9)), ("Updated 3 Sept. 2021", datetime.date(2021, 9, 3)),
     ("On June 31, 2022", None), ("1月7日，上海", None)],
)
def test_a_date_stated_at_the_top_of_the_text(line: str, expected: datetime.date | None) -> None:
    assert parse(f"By a reporter\n{line}\n\nText.").date == expected


# --- issue 16: front matter that crashes, loses speech or misplaces its errors ---------------------


def test_toml_integer_beyond_the_digit_limit_is_invalid_not_a_crash() -> None:
    doc = parse("+++\nx = " + "9" * 4301 + "\n+++\nbody")
    (diag,) = [d for d in doc.diagnostics if d.code != "no-turns"]
    assert (diag.code, diag.line, diag.column) == ("frontmatter-invalid", 2, 5)
    assert "4300 digits" in diag.message
    with pytest.raises(FrontMatterError):
        parse("+++\nx = " + "9" * 4301 + "\n+++\nbody", strict=True)


def test_yaml_integer_too_long_to_write_becomes_hex_text() -> None:
    doc = parse("---\ntitle: T\nx: 0x" + "f" * 3600 + "\n---\nbody")
    assert doc.metadata["x"] == "0x" + "f" * 3600
    assert doc.title == "T"
    (diag,) = [d for d in doc.diagnostics if d.code != "no-turns"]
    assert (diag.code, diag.line) == ("frontmatter-value", 3)
    assert Interview.from_json(doc.to_json()) == doc
    assert "0x" + "f" * 3600 in render(doc)


def test_speech_between_two_rules_is_not_front_matter() -> None:
    doc = parse("---\nQ: Why bread?\nA: Flour is cheap.\n---\nQ: And ovens?\nA: Borrowed.\n")
    assert dict(doc.metadata) == {}
    assert [(t.speaker, t.text) for t in doc.turns] == [
        ("Q", "Why bread?"), ("A", "Flour is cheap."), ("Q", "And ovens?"), ("A", "Borrowed."),
    ]
    assert [(d.code, d.line) for d in doc.diagnostics if d.code != "no-turns"] == [("frontmatter-not-metadata", 1)]


def test_bold_labels_between_two_rules_stay_speech() -> None:
    doc = parse("---\n**Q:** Why bread?\n**A:** Flour is cheap.\n---\n**Q:** And ovens?\n**A:** Borrowed.\n")
    assert [t.text for t in doc.turns] == ["Why bread?", "Flour is cheap.", "And ovens?", "Borrowed."]
    assert [d.code for d in doc.diagnostics if d.code != "no-turns"] == ["frontmatter-invalid"]


def test_sentences_as_values_are_speech_but_metadata_keys_are_metadata() -> None:
    speech = parse("---\nLena: How did it start?\nMarco: With two ovens.\n---\n\nText.")
    assert dict(speech.metadata) == {}
    # body text again, where it reads as a two-turn exchange
    assert [(t.speaker, t.text.split("\n")[0]) for t in speech.turns] == [("Lena", "How did it start?"), ("Marco", "With two ovens.")]
    meta = parse("---\ntitle: Why we bake.\nsummary: A talk about bread.\n---\n\nText.")
    assert dict(meta.metadata) == {"title": "Why we bake.", "summary": "A talk about bread."}
    assert [d.code for d in meta.diagnostics] == ["no-turns"]


def test_a_bad_yaml_value_drops_only_itself_and_is_reported_at_its_line() -> None:
    doc = parse("---\ntitle: T\nauthor: me\ndate: 2024-02-30\n---\nText.")
    assert dict(doc.metadata) == {"title": "T", "author": "me"}
    assert doc.title == "T"
    (diag,) = [d for d in doc.diagnostics if d.code != "no-turns"]
    assert (diag.code, diag.line, diag.column) == ("frontmatter-invalid", 4, 7)
    assert "'date'" in diag.message


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_yaml_line_separators_inside_a_value_do_not_shift_lines(separator: str) -> None:
    doc = parse(f"---\na: 'x{separator}y'\nb: [\n---\nText.")
    (diag,) = [d for d in doc.diagnostics if d.code != "no-turns"]
    assert diag.line in (3, 4)  # where the unclosed [ is, or the line after it; never one further down
    doc = parse(f"---\na: 'x{separator}y'\nc: 1\nd: 2024-02-30\n---\nText.")
    assert [(d.line, d.column) for d in doc.diagnostics if d.code != "no-turns"] == [(4, 4)]


def test_toml_error_at_the_end_of_the_block_points_at_its_last_line() -> None:
    doc = parse("+++\na = 1\nb = [1,\n+++\nbody")
    (diag,) = [d for d in doc.diagnostics if d.code != "no-turns"]
    assert (diag.line, diag.column) == (3, 8)
    assert "end of the front matter" in diag.message


def test_a_repeated_header_key_keeps_the_first_and_names_the_dropped_line() -> None:
    doc = parse("Source: A\nSource: B\n\nText.")
    assert dict(doc.metadata) == {"Source": "A"}
    (diag,) = [d for d in doc.diagnostics if d.code != "no-turns"]
    assert (diag.code, diag.line, diag.column) == ("header-duplicate", 2, 1)
    assert "'B'" in diag.message


def test_digits_newer_than_pythons_tables_are_read() -> None:
    assert parse("\U00011f52\U00011f50\U00011f52\U00011f54-01-01").date == datetime.date(2024, 1, 1)


def test_a_front_matter_key_yaml_reads_as_a_boolean_or_number_is_kept_as_written() -> None:
    doc = parse("---\nno: 2024-05-01\ntitle: x\n2024: y\n---\nText.\n")
    assert dict(doc.metadata) == {"no": "2024-05-01", "title": "x", "2024": "y"}
