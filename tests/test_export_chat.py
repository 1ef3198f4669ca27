"""TalkBank CHAT: pylangacq reads every export back with the same participants, utterances and words."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from interview_parser import Interview, Speaker, Turn, parse, parse_file
from interview_parser.cli import main
from interview_parser.export import ChatTranscript, chat_transcript, to_chat
from interview_parser.strategies import hostile_text, interviews, markdownish_text

pylangacq = pytest.importorskip("pylangacq", reason="pylangacq reads CHAT back (pip install pylangacq)")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.md"))
TRANSCRIPTS = sorted((Path(__file__).resolve().parent / "fixtures" / "transcripts").glob("*.txt"))
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"

CHAT_ROLES = {"Investigator", "Participant", "Unidentified"}
PUNCTUATION = {",", ".", "?", "!", "+..."}
JOINERS = regex.compile(r"(?<=[\p{L}\p{M}\p{N}])['‘’\-_](?=[\p{L}\p{M}\p{N}])")
LONE_MARKS = regex.compile(r"(?<![\p{L}\p{N}\p{M}])\p{M}+")
WORDS = regex.compile(r"\p{Han}|(?:(?!\p{Han})[\p{L}\p{M}\p{N}--ˈˌ])+", regex.V1)


def words_of(text: str) -> list[str]:
    """The words of a text as a reader counts them, found independently of the exporter."""
    # a mark with no letter or digit to sit on (NFKC reads "¸" as a space and a combining cedilla) is no word
    found = WORDS.findall(JOINERS.sub("", LONE_MARKS.sub("", unicodedata.normalize("NFKC", text))))
    # a Han character is a word alone: a mark after one ("词语ﾟxxx", NFKC's U+309A) opens the next word, with nothing under it
    found = [LONE_MARKS.sub("", word) for word in found]
    return [word for word in found if any(char.isalnum() for char in word)]


def read_back(chat: ChatTranscript) -> object:
    return pylangacq.CHAT.from_strs([chat.text])  # strict: unknown roles, missing terminators ... raise


def check(doc: Interview) -> ChatTranscript:
    """pylangacq reads the export; participants, utterance count and words in order are ours."""
    chat = chat_transcript(doc)
    reader = read_back(chat)
    assert [(p.code, p.name, p.role) for p in reader.participants()] == [  # type: ignore[attr-defined]
        (p.code, p.name, p.role) for p in chat.participants
    ]
    assert {p.role for p in chat.participants} <= CHAT_ROLES
    utterances = [u for u in reader.utterances() if u.participant]  # type: ignore[attr-defined]
    assert len(utterances) == sum(line.startswith("*") for line in chat.text.splitlines())
    code = {p.key: p.code for p in chat.participants}
    spoken = [(code[t.key], w) for t in doc.turns for w in words_of(t.text)]
    read = [
        (u.participant, w)
        for u in utterances
        for token in u.tokens
        if token.word not in PUNCTUATION
        for w in words_of(token.word)
    ]
    assert read == spoken
    return chat


# --- documents --------------------------------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLES + TRANSCRIPTS, ids=lambda p: p.name)
def test_examples_and_fixtures_read_back(path: Path) -> None:
    check(parse_file(path))


SEED_FILES = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
CORPUS_FILES = sorted(p for lang in ("en", "zh") for p in (SEEDS.parent / lang).glob("*.txt"))


@pytest.mark.skipif(not SEED_FILES, reason=f"no seed documents in {SEEDS} (the shared/ folder beside the repository)")
@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_seed_documents_read_back(path: Path) -> None:
    check(parse_file(path))


@pytest.mark.skipif(not CORPUS_FILES, reason=f"no corpus documents in {SEEDS.parent}/en and /zh")
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_shared_corpus_documents_read_back(path: Path) -> None:
    check(parse_file(path))


@given(interviews())
def test_generated_interviews_read_back(doc: Interview) -> None:
    check(doc)


def test_english_headers_and_utterances() -> None:
    chat = check(parse_file(ROOT / "examples" / "sample.md"))
    lines = chat.text.splitlines()
    assert lines[:3] == ["@UTF8", "@Begin", "@Languages:\teng"]
    assert lines[3] == "@Participants:\tLEN Lena Investigator, MAR Marco Participant"
    assert lines[4:6] == ["@ID:\teng|interviews|LEN|||||Investigator|||", "@ID:\teng|interviews|MAR|||||Participant|||"]
    assert "@Date:\t14-MAR-2024" in lines
    assert "@Comment:\tTitle: Building a bakery co-op" in lines
    assert lines[-1] == "@End"
    assert "@G:\tBeginnings" in lines
    assert "*MAR:\tFour of us were laid off from the same bakery in one week ." in lines
    assert "*MAR:\tWe had the skills and no ovens ." in lines  # a long turn is split at its sentence ends


def test_chinese_sentences_end_in_chat_terminators() -> None:
    doc = parse("**主持人：** 种茶多少年了？\n\n**林师傅：** 三十多年了。后来呢！你知道吗？\n\n**主持人：** 好。\n\n**林师傅：** 对……\n")
    chat = check(doc)
    mains = [line for line in chat.text.splitlines() if line.startswith("*")]
    assert mains == [
        "*INV:\t种 茶 多 少 年 了 ?",
        "*PAR:\t三 十 多 年 了 .",
        "*PAR:\t后 来 呢 !",
        "*PAR:\t你 知 道 吗 ?",
        "*INV:\t好 .",
        "*PAR:\t对 +...",
    ]
    assert "@Languages:\tzho" in chat.text
    assert "。" not in chat.text
    assert any("“。” written as the CHAT terminator “.”" in d.message for d in chat.diagnostics)


def test_han_runs_stay_whole_when_asked() -> None:
    doc = parse("**主持人：** 种茶 多少年 了？\n\n**林师傅：** 三十多年了。\n\n**主持人：** 好。\n\n**林师傅：** 对。\n")
    text = to_chat(doc, split_han=False)
    assert "*INV:\t种茶 多少年 了 ?" in text
    pylangacq.CHAT.from_strs([text])


def test_reserved_characters_are_replaced_and_reported() -> None:
    speech = (
        "[laughs] (inaudible) <b>so</b> x@y.com & 50% C++ {ok} a;b: x*y ^up ~tilde "
        "xxx XXX 0 07 2020-01-01 “quoted” ‘single’ don’t — dash #tag =eq / slash"
    )
    doc = parse(f"**Ana:** {speech}\n\n**Bo:** Hm?!\n\n**Ana:** ...\n\n**Bo:** Yes.\n")
    chat = check(doc)
    line = next(line for line in chat.text.splitlines() if line.startswith("*ANA:")).split("\t", 1)[1]
    for reserved in "[]()<>@&%+{};:*^~“”‘’—":
        assert reserved not in line
    assert "ｘｘｘ" in line
    assert "ＸＸＸ" in line
    assert " ０ " in line
    assert "０7" in line
    assert "2020-０1-０1" in line
    assert "don't" in line
    messages = " ".join(d.message for d in chat.diagnostics)
    for reserved in "[]()@&%+{};:*^~“”—":
        assert f"“{reserved}”" in messages
    assert "unintelligible speech" in messages
    assert "omitted word" in messages
    assert "0-affix" in messages
    assert "“?!” written as the CHAT terminator “?”" in messages
    assert "without any word is left out" in messages  # Ana's "..."
    assert {d.code for d in chat.diagnostics} == {"chat-replaced", "chat-dropped"}
    assert all(d.line >= 1 for d in chat.diagnostics)


def test_unattributed_turns_are_unidentified() -> None:
    doc = Interview(
        speakers=[Speaker("Ana", "ana", "interviewer")],
        turns=[Turn("Ana", "Hello.", (1, 1), key="ana"), Turn(None, "Someone coughs.", (3, 3))],
    )
    chat = check(doc)
    assert [(p.code, p.role) for p in chat.participants] == [("ANA", "Investigator"), ("UNK", "Unidentified")]
    assert "*UNK:\tSomeone coughs ." in chat.text


def test_codes_from_names_titles_and_roles() -> None:
    doc = Interview(
        speakers=[
            Speaker("Marco", "marco", "interviewee"),
            Speaker("Mario", "mario", "interviewee"),
            Speaker("Dr. Lima", "dr. lima", "interviewer"),
            Speaker("Q", "q", "interviewer"),
            Speaker("王磊", "王磊", "interviewee"),
            Speaker("Zoë Ann", "zoë ann"),
        ],
        turns=[
            Turn("Marco", "One.", (1, 1), key="marco"),
            Turn("Mario", "Two.", (2, 2), key="mario"),
            Turn("Dr. Lima", "Three.", (3, 3), key="dr. lima"),
            Turn("Q", "Four?", (4, 4), key="q"),
            Turn("王磊", "五。", (5, 5), key="王磊"),
            Turn("Zoë Ann", "Six.", (6, 6), key="zoë ann"),
        ],
    )
    chat = check(doc)
    assert [(p.code, p.name, p.role) for p in chat.participants] == [
        ("MAR", "Marco", "Participant"),
        ("MA2", "Mario", "Participant"),
        ("LIM", "Dr_Lima", "Investigator"),
        ("INV", "Q", "Investigator"),
        ("PAR", "王磊", "Participant"),
        ("ZOE", "Zoë_Ann", "Participant"),
    ]
    assert "Interviewer" not in chat.text


def test_languages_follow_the_scripts_of_the_text() -> None:
    mixed = parse("**Ana:** 我们用 AI 做 many things today。\n\n**Bo:** 好的 okay。\n\n**Ana:** 嗯。\n\n**Bo:** 对。\n")
    assert "@Languages:\tzho, eng" in check(mixed).text
    assert "@Languages:\tfra" in to_chat(parse_file(ROOT / "examples" / "sample.md"), languages=["fra"])


# --- the command line ------------------------------------------------------------------------------


def test_command_line_writes_cha_files_and_reports_changes(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.md").write_text("**Ana:** Hi [laughs].\n\n**Bo:** Hey.\n\n**Ana:** So?\n\n**Bo:** So.\n", "utf-8")
    err = io.StringIO()
    assert main([str(tmp_path / "in"), "-f", "chat", "--output-dir", str(tmp_path / "out")], stdout=io.StringIO(), stderr=err) == 0
    text = (tmp_path / "out" / "a.cha").read_text("utf-8")
    pylangacq.CHAT.from_strs([text])
    assert f"{tmp_path / 'in' / 'a.md'}:1:1: warning: CHAT: “[” (U+005B) cannot be written" in err.getvalue()
    out, err = io.StringIO(), io.StringIO()
    assert main([str(tmp_path / "in" / "a.md"), "-f", "chat", "-q"], stdout=out, stderr=err) == 0
    assert out.getvalue() == text
    assert err.getvalue() == ""


@given(st.one_of(markdownish_text(), hostile_text()))
def test_any_text_reads_back(text: str) -> None:
    check(parse(text))


PIECES = (
    *"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
    *"。？！，、；：“”‘’（）【】《》…—–·°≈⌈ˈϫΫἩﾟ\t\x0b\u200b\u3000\ud800",
    "xxx", "XX", "www", "0", "07", "a-0", "word", "Don", "词语", "𠀋", "😀", " ", "\n", "\n\n",
    "+...", "&=", "@s", "[/]", "<a>", "1.5", "U.S.", "Mr.", "e.g.", "?!", "!!", "..", "．", "｡", "⁉",
)


@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30).map("".join))
def test_text_full_of_what_chat_reserves_reads_back(text: str) -> None:
    check(Interview(speakers=[Speaker("Ana", "ana")], turns=[Turn("Ana", text, (1, 1), key="ana")]))
