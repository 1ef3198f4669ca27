"""A typed transcript's label column (initials, a gap, hanging-indented speech): ColumnLabel."""

from __future__ import annotations

from interview_parser import parse
from interview_parser.model import clock_seconds
from interview_parser.render import render

FERRY = """                 TALK WITH A FERRY PILOT
                      3 May 1998
          K = Kit (interviewer)   W = Wendell

K     Tell me how you first came to the river, and what year
      that would have been.
W     01:02:03:04    Nineteen sixty. My father ran the old
      cable ferry and I rode it every day after school.

      He never let me steer until I was fifteen.
K     And the crossing itself?
W     Seven minutes on a calm day, twenty in a flood. You
      learned to read the water before you learned to steer.
K\tDid you ever lose a car?
W\tNever a car. A goat, once.
"""


def test_initials_a_gap_and_hanging_speech_are_turns() -> None:
    doc = parse(FERRY)
    assert [(t.speaker, t.text.split("\n")[0]) for t in doc.turns] == [
        ("K", "Tell me how you first came to the river, and what year"),
        ("W", "Nineteen sixty. My father ran the old"),
        ("K", "And the crossing itself?"),
        ("W", "Seven minutes on a calm day, twenty in a flood. You"),
        ("K", "Did you ever lose a car?"),
        ("W", "Never a car. A goat, once."),
    ]
    # the hanging lines and the indented paragraph below are the same turn's speech
    assert doc.turns[1].text.endswith("He never let me steer until I was fifteen.")
    # a tape's SMPTE timecode after the label is the turn's time, its frame dropped in seconds
    assert doc.turns[1].timestamp == "01:02:03:04"
    assert clock_seconds("01:02:03:04") == 3723.0
    assert doc.preamble[0].startswith("TALK WITH A FERRY PILOT")
    # written back with labels of its own, it reads the same
    again = parse(render(doc))
    assert [(t.speaker, t.text) for t in again.turns] == [(t.speaker, t.text) for t in doc.turns]


def test_a_plain_table_or_a_list_of_terms_is_no_transcript() -> None:
    # a table's rows have a second gap; terms with their meaning on one line hang nothing below
    table = "Endpoints\n\nGET     /users      list the users\nPOST    /users      add a user\n      (paged)\nGET     /teams      list the teams\nPOST    /teams      add a team\n      (admins only)\n"
    doc = parse(table)
    assert doc.turns == ()
    assert any(d.code == "detector-declined" and "a table's rows" in d.message for d in doc.diagnostics)
    glossary = "Terms\n\nAPI    the interface\nSDK    the kit\nAPI    again, the interface\nSDK    again, the kit\n"
    doc = parse(glossary)
    assert doc.turns == ()
    assert any(d.code == "detector-declined" and "min_hanging=2" in d.message for d in doc.diagnostics)
    # one speaker alone in the column is no exchange, and the decision says so
    alone = "NOTES\n\nK     First I went to the river and\n      looked.\nK     Then I went home and\n      slept.\n"
    doc = parse(alone)
    assert doc.turns == ()
    assert any(d.code == "detector-declined" and "min_each=2" in d.message for d in doc.diagnostics)
    assert doc.diagnostics[-1].code == "no-turns"


def test_a_column_nobody_asks_in_is_a_list_not_a_transcript() -> None:
    """Changelogs, minutes and listings hang text under a word in capitals too; nobody asks there."""
    changelog = (
        "CHANGES\n\nFIXED     Crash when the file is empty;\n          a default is written.\n"
        "ADDED     A dry-run flag.\nFIXED     Wrong exit code.\nADDED     Shell completion,\n          for bash and zsh.\n"
    )
    doc = parse(changelog)
    assert doc.turns == ()
    assert any(d.code == "detector-declined" and "min_questions=2" in d.message for d in doc.diagnostics)
    listing = "boot.s\n\nSTART   MOV AX, 1\n        MOV DS, AX\nLOOP    LODSB\n        OR AL, AL\nDONE    HLT\nSTART   NOP\nLOOP    NOP\n"
    assert parse(listing).turns == ()


def test_a_line_hanging_in_the_column_stays_speech_whatever_it_looks_like() -> None:
    caps = "TAPE 4\n\nQ    WHERE DID YOU GROW UP?\nA    IN A VILLAGE NEAR THE BORDER,\n     NOT FAR FROM THE RIVER.\nQ    AND YOUR FATHER?\nA    HE WORKED ON THE RAILWAY\n     ALL HIS LIFE.\n"
    doc = parse(caps)
    assert [(t.speaker, t.text) for t in doc.turns] == [
        ("Q", "WHERE DID YOU GROW UP?"),
        ("A", "IN A VILLAGE NEAR THE BORDER,\nNOT FAR FROM THE RIVER."),
        ("Q", "AND YOUR FATHER?"),
        ("A", "HE WORKED ON THE RAILWAY\nALL HIS LIFE."),
    ]
    assert any("hanging under a label column" in d.message for d in doc.diagnostics)
