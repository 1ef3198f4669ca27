"""Transcripts exported as CSV or TSV rows: a header naming the speaker and speech columns."""

from __future__ import annotations

from interview_parser import Conventions, parse

ORAL_HISTORY = (
    "speaker,words,tags,timestamp\r\n"
    ',"(Recorder switched on in the kitchen)",,\r\n'
    "PV:,Could you say your name for the tape?,,0:00:00\r\n"
    'MO:,"Mirela Oprea, with one r in Oprea.",family,\r\n'
    ',"My mother said ""never spell it twice"", so I do not.",family,\r\n'
    "PV:,And where were you born?,,0:00:31\r\n"
    'MO:,"In Sibiu,\r\nin the old town.",place,\r\n'
)


def test_each_row_with_a_speaker_is_a_turn_and_a_row_without_one_continues_it() -> None:
    doc = parse(ORAL_HISTORY)
    assert [(t.speaker, t.text) for t in doc.turns] == [
        ("PV", "Could you say your name for the tape?"),
        ("MO", 'Mirela Oprea, with one r in Oprea.\nMy mother said "never spell it twice", so I do not.'),
        ("PV", "And where were you born?"),
        ("MO", "In Sibiu, in the old town."),
    ]
    assert [t.timestamp for t in doc.turns] == ["0:00:00", None, "0:00:31", None]
    assert doc.preamble == ("speaker,words,tags,timestamp", "(Recorder switched on in the kitchen)")
    start, end = doc.turns[1].label_span or (0, 0)
    assert ORAL_HISTORY[start:end] == "MO"
    assert doc.turns[3].lines[0] == 7


def test_a_column_read_into_no_turn_is_named_in_a_diagnostic() -> None:
    (unread,) = parse(ORAL_HISTORY).diagnostics
    assert (unread.code, unread.line) == ("table-columns-unread", 1)
    assert "'tags'" in unread.message
    tab_separated = "Speaker\tText\nAna Ruiz\tWelcome back.\nLeo Park\tGlad to be here.\nAna Ruiz\tShall we?\nLeo Park\tYes."
    doc = parse(tab_separated)
    assert [t.speaker for t in doc.turns] == ["Ana Ruiz", "Leo Park", "Ana Ruiz", "Leo Park"]
    assert doc.diagnostics == ()


def test_the_column_names_are_parser_settings() -> None:
    table = "voice,said\nAna,Welcome back.\nLeo,Glad to be here.\nAna,Shall we?\nLeo,Yes."
    assert parse(table).turns == ()
    own = Conventions(table_speaker_columns={"Voice"}, table_speech_columns={"said"})
    assert [t.text for t in parse(table, conventions=own).turns] == ["Welcome back.", "Glad to be here.", "Shall we?", "Yes."]


def test_text_that_only_looks_like_a_header_is_left_as_written() -> None:
    # a data table with no speaker column, and prose under a line that names the columns
    assert parse("date,amount,text\n2024-01-02,12,coffee\n2024-01-03,4,bread\n").turns == ()
    prose = "speaker, text\nThe speaker walked in late, and the text was long.\nNobody minded.\nNot even once, or twice, or three times."
    doc = parse(prose)
    assert doc.turns == ()
    assert "The speaker walked in late, and the text was long." in "\n".join(doc.preamble)


def test_every_row_with_a_speaker_is_a_turn_whatever_it_says() -> None:
    table = "speaker,words\nAna,Yes Yes\nAna,Note: the tape ran out.\n,Q: is it on?\nBo,It is.\n"
    doc = parse(table)
    assert [(t.speaker, t.text, t.detector) for t in doc.turns] == [
        ("Ana", "Yes Yes", "table_row"),
        ("Ana", "Note: the tape ran out.\nQ: is it on?", "table_row"),
        ("Bo", "It is.", "table_row"),
    ]
    (rejected,) = [d for d in doc.diagnostics if d.code == "label-rejected"]
    assert rejected.line == 4
    assert "transcript table" in rejected.message


def test_review_findings_on_tables_stay_fixed() -> None:
    # a line break written as <br> inside a quoted cell: the row keeps its line, nothing is garbled
    doc = parse('speaker,text\nAna,"Hello<br>there<br>again"\nBob,Hi\nAna,Bye\n')
    assert [(t.speaker, t.text, t.lines[0]) for t in doc.turns] == [("Ana", "Hello there again", 2), ("Bob", "Hi", 3), ("Ana", "Bye", 4)]
    # speech written last, with the delimiter unquoted, is one cell again
    extra = parse("speaker,text\nAna,Hello\nBob,Fine, thanks for asking\nAna,Good\n")
    assert [t.text for t in extra.turns] == ["Hello", "Fine, thanks for asking", "Good"]
    # a time cell that is no time is named, with its line; the times read are not
    timed = parse("speaker,text,time\nAna,Hello,0:01\nBob,Fine,0:05\nAna,Good,later\n")
    assert [t.timestamp for t in timed.turns] == ["0:01", "0:05", None]
    (unread,) = timed.diagnostics
    assert "'time' (1 row(s), first at line 4)" in unread.message
    # prose under a line that looks like a header, and a rendered transcript, are no tables
    prose = parse("name,text\nThe parser reads files, and writes them back.\nIt is fast, really.\n")
    assert prose.turns == ()
    assert "The parser reads files, and writes them back." in "\n".join(prose.preamble)
    # blank lines inside a cell keep its paragraphs apart
    paragraphs = parse('speaker,text\nAna,"First part.\n\nSecond part."\nBob,Yes\nAna,Ok\n')
    assert paragraphs.turns[0].text == "First part.\nSecond part."


def test_a_header_padded_with_empty_cells() -> None:
    # a spreadsheet's export: the header padded with empty cells, the speech the last named column
    text = (
        "speaker,timestamp,words,,\r\nIvy Marsh,0:00,Welcome to the archive.,,\r\nOtto Reyes,0:04,Glad to be here.,,\r\n"
        ",0:09,I was born in the valley.,,\r\nIvy Marsh,0:20,Thank you.,,\r\n"
    )
    doc = parse(text)
    assert [(t.speaker, t.text) for t in doc.turns] == [
        ("Ivy Marsh", "Welcome to the archive."), ("Otto Reyes", "Glad to be here.\nI was born in the valley."), ("Ivy Marsh", "Thank you.")]
    unread = [d for d in doc.diagnostics if d.code == "table-columns-unread"]
    assert len(unread) == 1
    assert "'timestamp' (1 row(s), first at line 4)" in unread[0].message


def test_a_row_number_column_without_a_name_and_other_languages_columns() -> None:
    # R's write.csv writes the row numbers under an empty name; nombre/intervención name the columns
    table = (
        '"","sesion","nombre","intervención"\n'
        '"1","4","Lucía Paz","Se abre la sesión."\n'
        '"2","4","Hugo Ros","Pido la palabra."\n'
        '"3","4","Lucía Paz","Adelante."\n'
    )
    doc = parse(table)
    assert [(t.speaker, t.text) for t in doc.turns] == [("Lucía Paz", "Se abre la sesión."), ("Hugo Ros", "Pido la palabra."), ("Lucía Paz", "Adelante.")]
    assert [d.code for d in doc.diagnostics] == ["table-columns-unread"]


def test_markdown_pipe_tables_with_a_speaker_column_are_transcripts() -> None:
    text = (
        "## At the bakery\n\n"
        "| Speaker | Said | Gloss |\n|---|---|---|\n"
        "| Clerk | Bom dia! O que deseja? | Good morning! What would you like? |\n"
        "| Ana | Dois pães, por favor. | Two loaves, please. |\n\n"
        "## At the station\n\n"
        "| Speaker | Said | Gloss |\n| --- | --- | --- |\n"
        "| Ana | Um bilhete para Braga. | One ticket to Braga. |\n"
        "| Clerk | São seis euros. | That is six euros. |\n"
    )
    doc = parse(text)
    assert [(t.speaker, t.text, t.section) for t in doc.turns] == [
        ("Clerk", "Bom dia! O que deseja?", "At the bakery"),
        ("Ana", "Dois pães, por favor.", "At the bakery"),
        ("Ana", "Um bilhete para Braga.", "At the station"),
        ("Clerk", "São seis euros.", "At the station"),
    ]
    unread = [d for d in doc.diagnostics if d.code == "table-columns-unread"]
    assert len(unread) == 1
    assert "'Gloss' (4 row(s), first at line 5)" in unread[0].message
    # a table of people and their roles is no transcript: its cells name, they do not speak
    people = "| Name | Role |\n|---|---|\n| Ana | Chair |\n| Bo | Treasurer |\n| Ana | Secretary |\n"
    assert parse(people).turns == ()
