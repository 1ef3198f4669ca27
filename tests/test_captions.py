"""Caption tracks (WebVTT, SubRip): cue apparatus is media, voice spans name speakers, and a cue
by the speaker of the turn before continues that turn."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from interview_parser import Conventions, Parser, parse
from interview_parser.blocks import LineKind, scan_lines

SRT = (
    "1\n00:00:01,000 --> 00:00:03,000\nMarta Kowal: Welcome back to the workshop.\n\n"
    "2\n00:00:03,100 --> 00:00:05,000\nMarta Kowal: Today we glaze the bowls.\n\n"
    "3\n00:00:05,500 --> 00:00:07,000\nIvo Brandt: Do we need gloves?\n\n"
    "4\n00:00:07,200 --> 00:00:09,000\nMarta Kowal: Yes, the glaze stings.\n"
)


def test_cue_numbers_and_timings_are_media_never_speech() -> None:
    doc = parse(SRT)
    assert [(t.speaker, t.text) for t in doc.turns] == [
        ("Marta Kowal", "Welcome back to the workshop.\n\nToday we glaze the bowls."),
        ("Ivo Brandt", "Do we need gloves?"),
        ("Marta Kowal", "Yes, the glaze stings."),
    ]
    apparatus = [m.text for m in doc.media if m.kind == LineKind.APPARATUS]
    assert "00:00:03,100 --> 00:00:05,000" in apparatus
    assert "2" in apparatus
    # the label written again on the joined cue is kept in media, not dropped
    assert [m.text for m in doc.media if m.kind == "cue-label"] == ["Marta Kowal:"]
    assert not any("-->" in t.text for t in doc.turns)


def test_a_turn_opening_a_cue_takes_the_cue_start_as_its_timestamp() -> None:
    assert [t.timestamp for t in parse(SRT).turns] == ["00:00:01,000", "00:00:05,500", "00:00:07,200"]


def test_join_cues_off_makes_every_cue_a_turn() -> None:
    doc = Parser(conventions=Conventions(join_cues=False)).parse(SRT)
    assert [t.speaker for t in doc.turns] == ["Marta Kowal", "Marta Kowal", "Ivo Brandt", "Marta Kowal"]


def test_repeated_labels_outside_captions_stay_separate_turns() -> None:
    text = "Ana: First point.\n\nAna: Second point.\n\nBo: A reply.\n\nAna: Thanks.\n\nBo: Welcome.\n"
    assert [t.speaker for t in parse(text).turns] == ["Ana", "Ana", "Bo", "Ana", "Bo"]


def test_a_number_line_is_apparatus_only_right_above_a_timing() -> None:
    lines = scan_lines(enumerate(["12", "", "12", "00:00:01.000 --> 00:00:02.000", "Hello."]))
    assert [line.kind for line in lines] == [LineKind.TEXT, LineKind.APPARATUS, LineKind.APPARATUS, LineKind.TEXT]


def test_a_timing_needs_both_times() -> None:
    kinds = [line.kind for line in scan_lines(enumerate(["00:00:01.000 --> later", "10 --> 20"]))]
    assert kinds == [LineKind.TEXT, LineKind.TEXT]


VTT = (
    "WEBVTT\n\n"
    "00:00.000 --> 00:02.000\n<v Lena Ortiz>Shall we begin?</v>\n\n"
    "00:02.000 --> 00:04.000\n<v.quiet Oskar Lind>Yes, I am ready.</v>\n\n"
    "00:04.000 --> 00:06.000\n<v Lena Ortiz>First, your name.</v>\n\n"
    "00:06.000 --> 00:08.000\n<v Oskar Lind>Oskar.</v>\n"
)


def test_a_voice_span_names_its_speaker_and_its_closer_is_markup() -> None:
    doc = parse(VTT)
    assert [(t.speaker, t.text) for t in doc.turns] == [
        ("Lena Ortiz", "Shall we begin?"),
        ("Oskar Lind", "Yes, I am ready."),
        ("Lena Ortiz", "First, your name."),
        ("Oskar Lind", "Oskar."),
    ]
    second = doc.turns[1]
    assert second.label_span is not None
    assert VTT[second.label_span[0] : second.label_span[1]] == "Oskar Lind"
    assert VTT[second.span[0] : second.span[1]] == "<v.quiet Oskar Lind>Yes, I am ready.</v>"
    assert doc.preamble == ()  # the WEBVTT signature is apparatus


def test_voice_spans_on_timed_lines_without_timing_lines() -> None:
    text = "00:00:00 <v Ana>Hi there.\n\n00:00:03 <v Ana>Welcome.\n\n00:00:05 <v Bo>Thanks.\n\n00:00:07 <v Ana>So.\n\n00:00:09 <v Bo>Yes.\n"
    doc = parse(text)
    assert [(t.speaker, t.text, t.timestamp) for t in doc.turns] == [
        ("Ana", "Hi there.\n\nWelcome.", "00:00:00"),
        ("Bo", "Thanks.", "00:00:05"),
        ("Ana", "So.", "00:00:07"),
        ("Bo", "Yes.", "00:00:09"),
    ]


def test_a_closing_voice_tag_in_prose_stays_text() -> None:
    text = "Ana: The tag </v> closes a voice.\n\nBo: Noted.\n\nAna: Good.\n\nBo: Right.\n"
    assert parse(text).turns[0].text == "The tag </v> closes a voice."


_NAMES = st.sampled_from(["Ana Lima", "Bo Chen", "SPEAKER_01", "王坚"])
_WORDS = st.lists(st.sampled_from(["bread", "river", "yes", "土豆", "well", "maybe"]), min_size=1, max_size=6).map(" ".join)


@given(st.lists(st.tuples(_NAMES, _WORDS), min_size=1, max_size=12), st.sampled_from(["srt", "vtt"]))
def test_every_cue_lands_once_and_joined_cues_are_one_speakers(cues: list[tuple[str, str]], kind: str) -> None:
    """Each cue's text lands once (in a turn, or before the first); a turn holds only its
    speaker's cues, and no two turns in a row have one speaker; no timing is ever speech."""
    blocks = []
    for number, (name, words) in enumerate(cues, 1):
        timing = f"00:00:{number:02d}.000 --> 00:00:{number + 1:02d}.000"
        body = f"<v {name}>{number} {words}.</v>" if kind == "vtt" else f"{name}: {number} {words}."
        blocks.append(f"{number}\n{timing}\n{body}")
    doc = parse(("WEBVTT\n\n" if kind == "vtt" else "") + "\n\n".join(blocks) + "\n")
    said = {f"{number} {words}.": name for number, (name, words) in enumerate(cues, 1)}
    landed = [p for t in doc.turns for p in t.text.split("\n\n")] + list(doc.preamble)
    assert sorted(p.split(": ", 1)[-1].split(">", 1)[-1] for p in landed) == sorted(said)
    for turn in doc.turns:
        assert "-->" not in turn.text
        if turn.label is not None:
            assert {said[p] for p in turn.text.split("\n\n")} == {turn.label}
    labels = [t.label for t in doc.turns]
    assert all(a != b for a, b in itertools.pairwise(labels))


def test_an_html_comment_is_no_cue_timing() -> None:
    text = "<!-- wp:paragraph -->\n**Ana:** Hi.\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n**Ana:** Bread today.\n\n**Bo:** Thanks.\n\n**Ana:** Why?\n\n**Bo:** Ovens.\n"
    doc = parse(text)
    assert [t.speaker for t in doc.turns] == ["Ana", "Ana", "Bo", "Ana", "Bo"]
    assert not [m for m in doc.media if m.kind == "cue-label"]
    # nor does "<!--more-->" after a question make the question a cue's identifier
    more = "**问：为什么学统计？**<!--more-->\n\n褚：因为有趣。\n\n**问：难吗？**\n\n褚：不难。\n\n**问：建议呢？**\n\n褚：多练。\n"
    assert parse(more).turns[0].text == "为什么学统计？"


def test_a_webvtt_cue_identifier_is_apparatus() -> None:
    text = "WEBVTT\n\nab12-cd/1-0\n00:00:01.000 --> 00:00:02.000\n<v Ana Lima>Hi.</v>\n\nab12-cd/2-0\n00:00:02.000 --> 00:00:03.000\n<v Bo Chen>Hello.</v>\n\nab12-cd/3-0\n00:00:03.000 --> 00:00:04.000\n<v Ana Lima>Why?</v>\n\nab12-cd/4-0\n00:00:04.000 --> 00:00:05.000\n<v Bo Chen>Ovens.</v>\n"
    doc = parse(text)
    assert [(t.speaker, t.text) for t in doc.turns] == [("Ana Lima", "Hi."), ("Bo Chen", "Hello."), ("Ana Lima", "Why?"), ("Bo Chen", "Ovens.")]
    assert doc.preamble == ()
    assert "ab12-cd/2-0" in [m.text for m in doc.media]


def test_a_closing_voice_tag_inside_a_sentence_stays_text_even_after_a_voice_span() -> None:
    text = "**Ana:** How is a voice tagged?\n\n**Bo:** With <v Bo> at the start.\n\n**Ana:** And the end?\n\n**Bo:** It is closed by </v>, like HTML.\n"
    assert parse(text).turns[3].text == "It is closed by </v>, like HTML."


def test_captions_run_together_on_one_line_are_set_apart() -> None:
    dump = (
        "[MUSIC] Good evening from the harbour. >> Thanks for having me here. >> So what changed this year? "
        ">> The boats got smaller. >> Why smaller? >> Fuel, mostly.\n"
    )
    doc = parse(dump)
    assert [(t.speaker, t.text) for t in doc.turns] == [
        (None, "Thanks for having me here."),
        (None, "So what changed this year?"),
        (None, "The boats got smaller."),
        (None, "Why smaller?"),
        (None, "Fuel, mostly."),
    ]
    assert doc.preamble == ("[MUSIC] Good evening from the harbour.",)
    assert all(t.lines == (1, 1) for t in doc.turns)
    # a shift in code is no caption mark
    assert parse("Use x >> 2, y >> 3, z >> 4, w >> 5 and v >> 6 to divide.\n").turns == ()
