"""The Parser: configured once, detectors as an ordered, named, extensible table."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import pytest
import regex

from interview_parser import (
    BUILTIN_DETECTORS,
    Context,
    Line,
    Parser,
    SpeakerDetector,
    SpeakerMatch,
    parse,
)

CHAT = ">>> ana\nhello there\n>>> bo\nhi ana\n>>> ana\nbye\n>>> bo\nbye now"


class ChatExport:
    """A user's detector: ``>>> name`` alone on a line."""

    name = "chat_export"
    pattern = regex.compile(r">>> (\w{1,40})")

    def detect(self, line: Line, context: Context) -> SpeakerMatch | None:
        match = self.pattern.fullmatch(line.text)
        if match is None:
            return None
        return SpeakerMatch(label=match[1], end=match.end(), speech_start=len(line.text))


class EveryOtherLine:
    """A document detector: alternate two speakers line by line."""

    name = "alternate"

    def detect_document(self, lines: Sequence[Line]) -> Mapping[int, SpeakerMatch]:
        return {i: SpeakerMatch("A" if i % 2 == 0 else "B", 0, 0) for i in range(len(lines))}


def test_builtin_names_are_stable_and_ordered() -> None:
    assert Parser().detector_names == (
        "bold_label",
        "bold_name_colon_below",
        "timed_bold_name",
        "timed_name_line",
        "qa_marker",
        "listed_qa",
        "caps_label",
        "bracket_label",
        "name_quote",
        "angle_label",
        "chat_handle",
        "quoted_label",
        "marked_label",
        "assembly_mark",
        "caption_marker",
        "heading_label",
        "heading_name",
        "name_timestamp",
        "plain_label",
        "dash_label",
        "run_in_name",
        "name_line",
        "definition_label",
        "chat_turn_line",
        "bare_answer",
        "dashed_name",
        "keyed_initials",
        "column_label",
        "listed_label",
        "magazine_qa",
        "plain_questions",
    )
    assert len(BUILTIN_DETECTORS) == 31


def test_a_plain_class_satisfies_the_protocol() -> None:
    assert isinstance(ChatExport(), SpeakerDetector)


def test_with_detector_inserts_before_a_named_builtin_and_is_used() -> None:
    parser = Parser().with_detector(ChatExport(), before="plain_label")
    assert parser.detector_names.index("chat_export") == parser.detector_names.index("plain_label") - 1
    doc = parser.parse(CHAT)
    assert [(t.speaker, t.text, t.detector) for t in doc.turns][:2] == [
        ("ana", "hello there", "chat_export"),
        ("bo", "hi ana", "chat_export"),
    ]
    assert parse(CHAT).turns == ()  # the default parser is untouched


def test_with_detector_after_and_default_first() -> None:
    assert Parser().with_detector(ChatExport(), after="qa_marker").detector_names[5] == "chat_export"
    assert Parser().with_detector(ChatExport()).detector_names[0] == "chat_export"


def test_own_list_replaces_the_table() -> None:
    parser = Parser(detectors=[ChatExport()])
    assert parser.detector_names == ("chat_export",)
    assert parser.parse("**Host:** Hi?\n\n**Ana:** Yo.\n\n**Host:** Bye?\n\n**Ana:** Bye.").turns == ()


def test_without_detector_removes_a_builtin() -> None:
    text = "Host: Hi?\nAna: Yo.\nHost: Bye?\nAna: Bye."
    assert len(parse(text).turns) == 4
    assert Parser().without_detector("plain_label").parse(text).turns == ()


def test_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(KeyError) as info:
        Parser().without_detector("nope")
    assert info.value.args[0] == (
        "no detector named 'nope'; known detectors: bold_label, bold_name_colon_below, timed_bold_name, "
        "timed_name_line, qa_marker, listed_qa, caps_label, bracket_label, name_quote, angle_label, chat_handle, quoted_label, marked_label, assembly_mark, caption_marker, heading_label, heading_name, name_timestamp, plain_label, "
        "dash_label, run_in_name, name_line, definition_label, chat_turn_line, bare_answer, dashed_name, keyed_initials, column_label, listed_label, magazine_qa, plain_questions"
    )


def test_duplicate_and_nameless_detectors_are_refused() -> None:
    with pytest.raises(ValueError, match="two detectors are named 'chat_export'"):
        Parser(detectors=[ChatExport(), ChatExport()])
    with pytest.raises(TypeError, match="has no 'name' string attribute"):
        Parser(detectors=[object()])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="not both"):
        Parser().with_detector(ChatExport(), before="qa_marker", after="qa_marker")


def test_document_detectors_see_the_whole_document() -> None:
    doc = Parser(detectors=[EveryOtherLine()]).parse("one\ntwo\nthree\nfour")
    assert [(t.speaker, t.text, t.detector) for t in doc.turns] == [
        ("A", "one", "alternate"),
        ("B", "two", "alternate"),
        ("A", "three", "alternate"),
        ("B", "four", "alternate"),
    ]


class Counting(ChatExport):
    """ChatExport that records the lines it was asked about; ``first`` and ``prefilter`` set per test."""

    def __init__(self, first: frozenset[str] | None = None, prefilter: object = None) -> None:
        self.first = first
        self.prefilter = prefilter
        self.asked: list[str] = []

    def detect(self, line: Line, context: Context) -> SpeakerMatch | None:
        self.asked.append(line.text)
        return super().detect(line, context)


def test_a_detector_is_asked_only_about_lines_starting_with_its_first_characters() -> None:
    counting = Counting(first=frozenset(">"))
    doc = Parser(detectors=[counting]).parse(CHAT)
    assert counting.asked == [">>> ana", ">>> bo", ">>> ana", ">>> bo"]
    assert [t.speaker for t in doc.turns] == ["ana", "bo", "ana", "bo"]
    everywhere = Counting()
    assert Parser(detectors=[everywhere]).parse(CHAT) == doc
    assert len(everywhere.asked) == 8


def test_prefilters_skip_lines_and_a_failing_prefilter_skips_only_its_detector() -> None:
    gated = Counting(prefilter=lambda text: text.startswith(">>> a"))
    Parser(detectors=[gated]).parse(CHAT)
    assert gated.asked == [">>> ana", ">>> ana"]

    class Bo(ChatExport):
        name = "bo_only"
        prefilter = staticmethod(lambda text: text.startswith(">>> b"))

    both = Parser(detectors=[Counting(prefilter=lambda text: text.startswith(">>> a")), Bo()])
    assert [(t.speaker, t.detector) for t in both.parse(CHAT).turns] == [
        ("ana", "chat_export"), ("bo", "bo_only"), ("ana", "chat_export"), ("bo", "bo_only")
    ]


class ClaimsLabels:
    """A document detector that claims the ``>>>`` lines for a speaker of its own."""

    name = "claims"

    def detect_document(self, lines: Sequence[Line]) -> Mapping[int, SpeakerMatch]:
        return {i: SpeakerMatch(f"X{i // 2 % 2}", len(line.text), len(line.text)) for i, line in enumerate(lines) if line.text[0] == ">"}


def test_a_line_claimed_by_a_document_detector_goes_to_the_detectors_in_table_order() -> None:
    first = Parser(detectors=[Counting(first=frozenset(">")), ClaimsLabels()]).parse(CHAT)
    assert [(t.speaker, t.detector) for t in first.turns] == [
        ("ana", "chat_export"), ("bo", "chat_export"), ("ana", "chat_export"), ("bo", "chat_export")
    ]
    later = Parser(detectors=[ClaimsLabels(), Counting(first=frozenset(">"))]).parse(CHAT)
    assert [(t.speaker, t.detector) for t in later.turns] == [
        ("X0", "claims"), ("X1", "claims"), ("X0", "claims"), ("X1", "claims")
    ]


def test_parser_is_reusable_and_frozen() -> None:
    parser = Parser(strict=True).with_detector(ChatExport())
    assert parser.parse(CHAT) == parser.parse(CHAT)
    with pytest.raises(AttributeError):
        parser.strict = False  # type: ignore[misc]


@pytest.fixture
def plugin_distribution(tmp_path: Path) -> Iterator[Path]:
    """A real, tiny distribution with an entry point, importable from a temporary path."""
    package = tmp_path / "chat_plugin"
    package.mkdir()
    (package / "__init__.py").write_text(
        textwrap.dedent(
            '''
            import regex
            from interview_parser import SpeakerMatch

            class ChatExport:
                name = "chat_export"
                pattern = regex.compile(r">>> (\\w{1,40})")

                def detect(self, line, context):
                    match = self.pattern.fullmatch(line.text)
                    if match is None:
                        return None
                    return SpeakerMatch(label=match[1], end=match.end(), speech_start=len(line.text))
            '''
        ),
        encoding="utf-8",
    )
    info = tmp_path / "chat_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: chat-plugin\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(
        "[interview_parser.detectors]\nchat_export = chat_plugin:ChatExport\n", encoding="utf-8"
    )
    sys.path.insert(0, str(tmp_path))
    try:
        yield tmp_path
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("chat_plugin", None)


@pytest.mark.usefixtures("plugin_distribution")
def test_entry_point_plugins_are_opt_in() -> None:
    assert "chat_export" not in Parser().detector_names  # importing never loads plugins
    parser = Parser().with_entry_points()
    assert parser.detector_names[0] == "chat_export"
    assert [t.speaker for t in parser.parse(CHAT).turns] == ["ana", "bo", "ana", "bo"]
    with pytest.raises(LookupError, match=r"'other'.*installed: .*chat_export"):
        Parser().with_entry_points(names=["other"])


def test_a_document_detector_that_needs_a_string_is_not_run_without_it() -> None:
    calls: list[int] = []

    class Marked:
        name = "marked"
        needs = "@@"

        def detect_document(self, lines: Sequence[Line]) -> Mapping[int, SpeakerMatch]:
            calls.append(len(lines))
            return {}

    parser = Parser().with_detector(Marked())
    parser.parse("Ana: hi\n\nBo: hello\n")
    assert calls == []
    parser.parse("@@ Ana: hi\n\nBo: hello\n")
    assert calls == [2]
