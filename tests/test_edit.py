"""Editing a transcript's own text: spans, rename, merge, pseudonymise, and the command."""

from __future__ import annotations

import csv
import io
import unicodedata
from pathlib import Path

import pytest

from edit_checks import outside_unchanged, traces
from interview_parser import Interview, parse
from interview_parser.cli import main
from interview_parser.edit import (
    Edit,
    Replacement,
    UnknownSpeakerError,
    apply,
    decode_exactly,
    merge_speakers,
    pseudonymise,
    rename_speaker,
)
from interview_parser.pseudonyms import PSEUDONYMS, Pseudonyms, fold_text, name_forms

FIXTURES = Path(__file__).parent / "fixtures" / "edit"


def _read(name: str) -> str:
    return (FIXTURES / name).read_bytes().decode("utf-8")


# --- spans -----------------------------------------------------------------------------------


def test_spans_point_into_the_text_as_given_with_bom_and_crlf() -> None:
    text = _read("english.md")
    assert text.startswith("\ufeff---\r\n")
    doc = parse(text)
    first = doc.turns[0]
    assert first.span is not None
    assert first.label_span is not None
    assert text[first.span[0] : first.span[1]] == "**Tobias Renn:** How did the first garden start, Marta?"
    assert text[first.label_span[0] : first.label_span[1]] == "Tobias Renn"
    for turn in doc.turns:
        assert turn.label_span is not None
        assert text[turn.label_span[0] : turn.label_span[1]] == turn.label


def test_spans_in_a_line_that_normalising_changes() -> None:
    # NFD accents and a stray U+FEFF inside lines: the normalised line is shorter than the original one
    text = "**Jose\u0301 Nu\u0301n\u0303ez:** Ola\u0301,\ufeff amigo.\n\n**Ana:** Hola.\n\n**Jose\u0301 Nu\u0301n\u0303ez:** Adio\u0301s.\n"
    doc = parse(text)
    assert doc.turns[0].label == "José Núñez"
    for turn in doc.turns:
        assert turn.span is not None
        assert turn.label_span is not None
        assert unicodedata.normalize("NFC", text[turn.label_span[0] : turn.label_span[1]]) == turn.label
    assert text[slice(*doc.turns[0].span)] == "**Jose\u0301 Nu\u0301n\u0303ez:** Ola\u0301,\ufeff amigo."
    edited = rename_speaker(text, "José Núñez", "Pepe").text
    assert edited == text.replace("Jose\u0301 Nu\u0301n\u0303ez", "Pepe")


def test_spans_after_a_carriage_return_and_bom_that_normalise_to_one_line_end() -> None:
    text = "**Ana:** One.\r\ufeff\n\r\ufeff\n**Bo:** Two.\r\n\r\n**Ana:** Three?\r\n\r\n**Bo:** Four."
    doc = parse(text)
    assert [text[slice(*t.label_span)] for t in doc.turns if t.label_span] == ["Ana", "Bo", "Ana", "Bo"]
    assert text[slice(*doc.turns[-1].span)] == "**Bo:** Four."  # type: ignore[misc]


def test_spans_are_in_to_dict_and_old_dicts_without_them_still_load() -> None:
    doc = parse(_read("simplified.md"))
    data = doc.to_dict()
    assert data["turns"][0]["span"] == list(doc.turns[0].span or ())
    assert data["turns"][0]["label_span"] == list(doc.turns[0].label_span or ())
    for turn in data["turns"]:
        del turn["span"], turn["label_span"]
    old = Interview.from_dict(data)
    assert old == doc  # spans are not compared
    assert all(t.span is None and t.label_span is None for t in old.turns)


def test_spans_are_checked() -> None:
    from interview_parser import Turn

    with pytest.raises(ValueError, match="span"):
        Turn("A", "x", (1, 1), span=(5, 2))


# --- rename and merge ------------------------------------------------------------------------


def test_rename_changes_only_the_labels_and_keeps_every_other_byte() -> None:
    text = _read("english.md")
    edit = rename_speaker(text, "Quellin", "Marta Quellin")
    assert edit.text.startswith("\ufeff---\r\n")
    assert edit.text.count("\r\n") == text.count("\r\n")
    assert [r.where for r in edit.replacements] == ["label"] * 4
    assert all(r.old == "Quellin" and r.new == "Marta Quellin" for r in edit.replacements)
    assert (edit.replacements[0].line, edit.replacements[0].column) == (16, 3)
    outside_unchanged(edit)
    assert "Ms. Quellin had lost" in edit.text  # the speech is not touched by a rename
    assert [s.name for s in parse(edit.text).speakers] == ["Tobias Renn", "Marta Quellin"]
    assert rename_speaker(edit.text, "Marta Quellin", "Quellin").text == text


def test_rename_finds_a_speaker_in_either_script_and_keeps_a_role_in_the_label() -> None:
    text = "**王磊（某公司CEO）：** 你好？\n\n**李娜：** 好。\n\n**王磊：** 再见？\n\n**李娜：** 再见。\n"
    edit = rename_speaker(text, "王磊", "王小磊")
    assert edit.text == text.replace("王磊", "王小磊")
    traditional = _read("traditional.md")
    edit = rename_speaker(traditional, "陈嘉玲", "嘉玲")  # Simplified name, Traditional text
    assert edit.text.count("**嘉玲：**") == 3
    outside_unchanged(edit)


def test_rename_of_an_unknown_speaker_names_the_known_ones() -> None:
    with pytest.raises(UnknownSpeakerError, match=r"no speaker 'Nobody'.*'Tobias Renn', 'Quellin'") as caught:
        rename_speaker(_read("english.md"), "Nobody", "X")
    assert caught.value.known == ("Tobias Renn", "Quellin")


def test_rename_refuses_another_speakers_name_and_a_name_of_two_lines() -> None:
    text = _read("english.md")
    with pytest.raises(ValueError, match="merge_speakers"):
        rename_speaker(text, "Quellin", "tobias renn")
    with pytest.raises(ValueError, match="one line"):
        rename_speaker(text, "Quellin", "Marta\nQuellin")


def test_merge_writes_the_kept_speakers_name_in_the_others_labels() -> None:
    text = "**Jeffrey Katzenberg:** Hi?\r\n\r\n**Ana:** Hello.\r\n\r\n**Katzenberg:** Bye?\r\n\r\n**Ana:** Bye.\r\n"
    edit = merge_speakers(text, "Jeffrey Katzenberg", "Katzenberg")
    assert edit.text == text.replace("**Katzenberg:**", "**Jeffrey Katzenberg:**")
    assert [s.name for s in parse(edit.text).speakers] == ["Jeffrey Katzenberg", "Ana"]
    with pytest.raises(ValueError, match="same speaker"):
        merge_speakers(text, "Ana", "ana")


def test_a_label_not_written_as_read_is_reported_not_guessed() -> None:
    text = "<p><b>Ana&nbsp;Lima:</b> Hi?</p>\n<p><b>Bo:</b> Yes.</p>\n<p><b>Ana&nbsp;Lima:</b> Sure?</p>\n<p><b>Bo:</b> Yes.</p>\n"
    edit = rename_speaker(text, "Ana Lima", "Ana")
    assert edit.text == text
    assert edit.kept
    assert all("by hand" in r.reason for r in edit.kept)


def test_apply_refuses_overlapping_replacements() -> None:
    one = Replacement(0, 3, "abc", "x", 1, 1, "text")
    two = Replacement(2, 4, "cd", "y", 1, 3, "text")
    with pytest.raises(ValueError, match="overlap"):
        apply("abcd", [one, two])


# --- pseudonymise ----------------------------------------------------------------------------


def _names(edit: Edit) -> set[str]:
    """Every replaced name, and each of its parts."""
    names: set[str] = set()
    for r in edit.replacements:
        names.add(r.old)
        names.update(r.old.split())
    return names - {"Ms.", "Mr."}


@pytest.mark.parametrize("name", ["english.md", "simplified.md", "traditional.md"])
def test_pseudonymise_leaves_no_trace_of_a_name_but_the_kept_ones(name: str) -> None:
    text = _read(name)
    edit = pseudonymise(text)
    outside_unchanged(edit)
    assert edit.text.startswith("\ufeff") == text.startswith("\ufeff")
    assert edit.text.count("\r\n") == text.count("\r\n")
    assert traces(edit, _names(edit)) == []
    before, after = parse(text), parse(edit.text)
    assert [(t.role, t.section, len(t.emphasis)) for t in after.turns] == [
        (t.role, t.section, len(t.emphasis)) for t in before.turns
    ]
    assert [s.title for s in after.sections] == [s.title for s in before.sections]  # no names in these headings


def test_pseudonymise_english_by_role_everywhere_in_the_document() -> None:
    edit = pseudonymise(_read("english.md"))
    assert "guest: Participant 1\r\nauthor: Interviewer\r\npeople: [Participant 1, Person 1]" in edit.text
    assert "Interviewer spoke with Participant 1 in her workshop" in edit.text
    assert "**Participant 1:** At first they thought Participant 1 had lost her mind. Now PARTICIPANT 1 is" in edit.text
    assert "Thank you, Participant 1." in edit.text  # full-width Ｍａｒｔａ
    kept = [(r.old, r.reason) for r in edit.kept]
    assert kept == [
        ("marta", "inside an e-mail address"),
        ("quellin", "inside an e-mail address"),
        ("quellin", "inside a URL"),
    ]
    assert "marta.quellin@example.org" in edit.text  # reported, not silently kept: see edit.kept
    wheres = {r.where for r in edit.replacements}
    assert wheres == {"front matter", "text", "label", "speech"}


def test_pseudonymise_simplified_finds_surnames_with_titles_and_given_names() -> None:
    edit = pseudonymise(_read("simplified.md"))
    assert "guest: 受访者1\r\n" in edit.text
    assert "**主持人：** 受访者1，您的茶馆开了多久？" in edit.text
    assert "当时大家都叫我受访者1，现在叫我受访者1。" in edit.text  # 小欧阳, 欧阳老师
    assert "**主持人：** 受访者1，您最难忘的客人是谁？" in edit.text  # 秀兰, the given name
    assert "**主持人：**" in edit.text  # a role is not a name


def test_pseudonymise_traditional_with_traditional_pseudonyms() -> None:
    edit = pseudonymise(_read("traditional.md"))
    assert edit.text.count("受訪者1") == 8
    assert "有時候叫我受訪者1姊" in edit.text
    assert "**記者：**" in edit.text


def test_pseudonymise_finds_a_simplified_name_in_traditional_text_and_the_reverse() -> None:
    text = "**主持人：** 王堅你好。\n\n**王坚：** 你好。王堅在这里。\n\n**主持人：** 谢谢？\n\n**王堅：** 不谢。\n"
    edit = pseudonymise(text, {"王坚": "甲"})
    assert "王" not in edit.text
    assert edit.text.count("甲") == 4


def test_pseudonymise_with_a_mapping_and_with_other_words() -> None:
    text = _read("english.md")
    edit = pseudonymise(text, {"Marta Quellin": "Gardener"})
    assert "Tobias Renn" in edit.text
    assert "Gardener" in edit.text
    assert traces(edit, {"Marta", "Quellin"}) == []
    custom = pseudonymise(text, pseudonyms=Pseudonyms(interviewer="Host", participant="Guest {n}", other="Someone {n}"))
    assert "**Host:**" in custom.text
    assert "**Guest 1:**" in custom.text
    chinese = pseudonymise(text, pseudonyms=PSEUDONYMS["zh-Hans"])
    assert "**受访者1：**" not in chinese.text
    assert "**受访者1:**" in chinese.text


def test_pseudonymise_keeps_a_form_two_people_share_for_review() -> None:
    text = "**Ana Lima:** Hi?\n\n**Bo Lima:** Hello.\n\n**Ana Lima:** And Lima?\n\n**Bo Lima:** Yes.\n"
    edit = pseudonymise(text)
    assert [(r.old, r.kept) for r in edit.replacements if r.kept] == [("Lima", True)]
    assert "could name" in edit.kept[0].reason
    assert "And Lima?" in edit.text


def test_pseudonymise_whole_words_in_latin_and_substrings_in_cjk() -> None:
    text = "**Ann Berg:** Annette and Bergen? Ann-Berg no. 我和Ann说了。\n\n**Bo:** Yes.\n\n**Ann Berg:** Ok?\n\n**Bo:** Ok.\n"
    edit = pseudonymise(text)
    assert "Annette and Bergen?" in edit.text
    assert "我和Interviewer说了" in edit.text  # Ann asks the questions
    assert "Interviewer-Interviewer no." in edit.text  # a hyphen is between words


def test_name_forms_of_a_label_with_an_honorific_include_the_surname() -> None:
    forms = dict(name_forms("MR. SMITH"))
    assert forms["mr. smith"] is True
    assert forms["smith"] is False
    assert "mr" not in forms


def test_report_is_csv_a_person_can_review() -> None:
    edit = pseudonymise(_read("english.md"))
    rows = list(csv.DictReader(io.StringIO(edit.report())))
    assert rows[0] == {
        "line": "3",
        "column": "8",
        "old": "Marta Quellin",
        "new": "Participant 1",
        "where": "front matter",
        "kept": "no",
        "reason": "",
    }
    assert sum(row["kept"] == "yes" for row in rows) == 3


def test_decode_exactly_keeps_the_byte_order_mark() -> None:
    data = (FIXTURES / "english.md").read_bytes()
    text, codec = decode_exactly(data)
    assert text.encode(codec) == data
    assert text.startswith("\ufeff")
    wide = "\ufeffAna: hi\r\n".encode("utf-16-le")
    text, codec = decode_exactly(wide)
    assert (codec, text.encode(codec)) == ("utf-16-le", wide)
    big5 = "**陳嘉玲：** 你好。\r\n".encode("big5")
    text, codec = decode_exactly(big5, encoding="big5")
    assert text.encode(codec) == big5


# --- the command -----------------------------------------------------------------------------


def _run(*args: object) -> tuple[int, str]:
    err = io.StringIO()
    code = main([str(a) for a in args], stdout=io.StringIO(), stderr=err)
    return code, err.getvalue()


def test_command_writes_copies_and_reports_beside_the_inputs(tmp_path: Path) -> None:
    for name in ("english.md", "traditional.md"):
        (tmp_path / name).write_bytes((FIXTURES / name).read_bytes())
    code, err = _run("pseudonymise", tmp_path / "english.md", tmp_path / "traditional.md")
    assert code == 0, err
    copy = (tmp_path / "english.pseudonymised.md").read_bytes()
    assert copy.startswith(b"\xef\xbb\xbf---\r\n")
    assert copy.decode("utf-8") == pseudonymise(_read("english.md")).text
    assert (tmp_path / "english.md").read_bytes() == (FIXTURES / "english.md").read_bytes()
    report = (tmp_path / "english.pseudonymised.review.csv").read_text("utf-8")
    assert report.startswith("line,column,old,new,where,kept,reason\n")
    assert "english.md:26:23: warning: 'marta' kept: inside an e-mail address [name-kept]" in err
    assert "traditional.md: 8 replaced, 0 kept" in err


def test_command_with_a_map_and_an_output_dir(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "simplified.md").write_bytes((FIXTURES / "simplified.md").read_bytes())
    names = tmp_path / "names.csv"
    names.write_text("name,pseudonym\n欧阳秀兰,店主\n", encoding="utf-8")
    code, err = _run("pseudonymise", source, "--map", names, "--output-dir", tmp_path / "out", "-q")
    assert code == 0, err
    assert err == ""
    copy = (tmp_path / "out" / "simplified.md").read_bytes().decode("utf-8")
    assert "**店主：**" in copy
    assert "欧阳" not in copy
    assert (tmp_path / "out" / "simplified.review.csv").exists()


def test_command_never_writes_over_an_input(tmp_path: Path) -> None:
    (tmp_path / "english.md").write_bytes((FIXTURES / "english.md").read_bytes())
    code, err = _run("pseudonymise", tmp_path / "english.md", "--output-dir", tmp_path)
    assert code == 2
    assert "refusing to write" in err
    assert (tmp_path / "english.md").read_bytes() == (FIXTURES / "english.md").read_bytes()


def test_command_refuses_a_bad_map_and_standard_input(tmp_path: Path) -> None:
    (tmp_path / "names.csv").write_text("Marta Quellin\n", encoding="utf-8")
    (tmp_path / "english.md").write_bytes((FIXTURES / "english.md").read_bytes())
    code, err = _run("pseudonymise", tmp_path / "english.md", "--map", tmp_path / "names.csv")
    assert code == 2
    assert "names.csv:1: expected two cells" in err
    code, err = _run("pseudonymise", "-")
    assert code == 2
    assert "standard input" in err
    assert not (tmp_path / "english.pseudonymised.md").exists()


def test_command_reports_a_missing_input_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "english.md").write_bytes((FIXTURES / "english.md").read_bytes())
    code, err = _run("pseudonymise", tmp_path / "missing.md", tmp_path / "english.md")
    assert code == 1
    assert "missing.md: no such file or folder" in err
    assert (tmp_path / "english.pseudonymised.md").exists()


def test_a_label_in_bold_split_into_runs_is_renamed_whole() -> None:
    text = "**马丁****·****霍尔曼：** 你好？\n\n**周立：** 好。\n\n**马丁·霍尔曼：** 再见？\n\n**周立：** 再见。\n"
    edit = rename_speaker(text, "马丁·霍尔曼", "霍尔曼")
    assert edit.text == text.replace("马丁****·****霍尔曼", "霍尔曼").replace("马丁·霍尔曼", "霍尔曼")


def test_turns_of_an_html_page_on_one_line_have_their_own_spans() -> None:
    text = (
        "<p>Ana met Bo in a café; Ana spoke first.</p><p><strong>Ana:</strong> Why?</p>"
        "<p><strong>Bo:</strong> Ana asked.</p><p><strong>Ana:</strong> Sure?</p><p><strong>Bo:</strong> Yes.</p>\n"
    )
    doc = parse(text)
    assert [text[slice(*t.label_span)] for t in doc.turns if t.label_span] == ["Ana", "Bo", "Ana", "Bo"]
    assert [text[slice(*t.span)][:30] for t in doc.turns if t.span] == [
        "Ana:</strong> Why?</p><p><stro",
        "Bo:</strong> Ana asked.</p><p>",
        "Ana:</strong> Sure?</p><p><str",
        "Bo:</strong> Yes.</p>",
    ]
    edit = rename_speaker(text, "Ana", "Ana Lima")
    assert edit.text == text.replace("<strong>Ana:", "<strong>Ana Lima:")


def test_a_name_too_short_to_look_for_in_speech_is_replaced_in_its_labels() -> None:
    # 林 and ES are words as often as names: the labels change, the speech keeps 树林 and "es"
    text = "**記者：** 樹林裡有什麼？\n\n**林：** 有鳥。\n\n**記者：** 多嗎？\n\n**林：** 很多。\n"
    edit = pseudonymise(text)
    assert edit.text == text.replace("**林：**", "**受訪者1：**")
    spanish = "**P:** ¿Qué es?\n\n**ES:** Es pan.\n\n**P:** ¿Y eso?\n\n**ES:** Es sal.\n"
    edited = pseudonymise(spanish).text  # initials are a person's too: P asks, so P is the interviewer
    assert edited == spanish.replace("**ES:**", "**PARTICIPANT 1:**").replace("**P:**", "**Interviewer:**")


def test_a_role_is_no_name_but_a_person_named_inside_it_is() -> None:
    text = (
        "The PRESIDING OFFICER (Mr. Whitfield). The Senator from Ohio.\n\n"
        "Mr. ADLER. Thank you, Mr. Whitfield. The PRESIDENT said so.\n\n"
        "The PRESIDING OFFICER (Mr. Whitfield). Go on.\n\n"
        "Mr. ADLER. I will.\n"
    )
    edit = pseudonymise(text)
    assert "Whitfield" not in edit.text
    assert edit.text.count("The PRESIDING OFFICER (") == 2
    assert "The PRESIDENT said so." in edit.text
    assert "ADLER" not in edit.text


def test_name_forms_skip_titles_and_roles_after_a_comma() -> None:
    forms = dict(name_forms("BEATRIZ OLMEDO CÁRDENAS, DIRECTORA GENERAL DEL INSTITUTO RURAL (INAR)"))
    assert forms[fold_text("Beatriz Olmedo Cárdenas")] is True
    assert {"beatriz", fold_text("cárdenas")} <= set(forms)
    assert "rural" not in forms
    assert dict(name_forms("CHIEF JUSTICE HALVERSEN")).get("halversen") is False


def test_columns_are_counted_as_an_editor_shows_them() -> None:
    edit = rename_speaker("\ufeffAna: Hi?\r\n\r\nBo: Yo.\r\n\r\nAna: Ok?\r\n\r\nBo: Ok.\r\n", "Ana", "Eve")
    assert [(r.line, r.column, r.start) for r in edit.replacements] == [(1, 1, 1), (5, 1, 24)]


def test_chinese_front_matter_keys_name_people_too() -> None:
    text = "---\n嘉賓: 周立衡\n作者: 許文\n---\n\n**主持人：** 周先生好？\n\n**周立衡：** 好。\n\n**主持人：** 許文說呢？\n\n**周立衡：** 同意。\n"
    edit = pseudonymise(text)
    assert "周" not in edit.text
    assert "許文" not in edit.text
    assert "作者: 人物1" in edit.text


def test_command_run_twice_over_a_folder_skips_its_own_copies(tmp_path: Path) -> None:
    (tmp_path / "english.md").write_bytes((FIXTURES / "english.md").read_bytes())
    assert _run("pseudonymise", tmp_path, "-q")[0] == 0
    code, err = _run("pseudonymise", tmp_path, "-q")
    assert code == 0, err
    assert "english.pseudonymised.md: a pseudonymised copy, skipped" in err
    assert not (tmp_path / "english.pseudonymised.pseudonymised.md").exists()
