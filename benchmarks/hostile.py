"""Hostile-input benchmark: parsing must stay linear and fast on pathological text.

For every case the input is built at size n and 2n and parsed; the table
shows both times and their ratio (linear is about 2.0). A case passes when
the ratio is at most 2.5 and the input at 1 MB (UTF-8) parses in under 2 s.

Run from the repository root::

    .venv/bin/python benchmarks/hostile.py            # every case
    .venv/bin/python benchmarks/hostile.py --case stars --repeat 5
    .venv/bin/python benchmarks/hostile.py --memory   # peak memory of the 1 MB inputs

``--memory`` parses each case's 1 MB input once under :mod:`tracemalloc`
and reports the peak allocation divided by the input's size; a case passes
at no more than 40x (``MEMORY_CASES`` lists the ones held to it).

The exit status is 1 when any case fails, so CI can run it too.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from collections.abc import Callable

from interview_parser import parse
from interview_parser.model import Interview, Speaker, Turn
from interview_parser.render import render

MB = 1 << 20
MAX_RATIO = 2.5
MAX_SECONDS_AT_1MB = 2.0
MAX_MEMORY_RATIO = 40.0

_WORDS = "we started the company in a small room and nobody believed the market was there".split()


def _fit(unit: str, size: int) -> str:
    """``unit`` repeated to ``size`` UTF-8 bytes (at least one copy)."""
    count = max(1, size // len(unit.encode("utf-8")))
    return unit * count


def long_line(size: int) -> str:
    return _fit("lorem ipsum dolor sit amet ", size).rstrip()


def stars(size: int) -> str:
    return "*" * size


def unbalanced_bold(size: int) -> str:
    return _fit("**word ", size)


def fullwidth_colons(size: int) -> str:
    return _fit("：", size)


def blank_lines(size: int) -> str:
    return "\n" * size


def spaced_letters(size: int) -> str:
    return "a" + " " * max(0, size - 2) + "b"


def nested_brackets(size: int) -> str:
    depth = max(1, size // 4)
    return "[(" * depth + "x" + ")]" * depth


def timed_near_labels(size: int) -> str:
    """Lines that almost make the timed and dash labels: an unclosed bold group of names after a
    time, a long run of capitalised words after a time, a bold name and dashes without speech."""
    group = ", ".join(["Ana Lima"] * 30)
    words = " ".join(["Word"] * 40)
    return _fit(f"0:00:13.8 **{group} & Bo Li\n[00:00:51] {words}\n**Ana Lima** - -- -\n", size)


def label_storm(size: int) -> str:
    """Lines that each almost make a label: a name and a colon, no speech."""
    return _fit("**Ana Lima：**\nMR. SMITH:\n问：\n", size)


def _realistic_block() -> str:
    turns = []
    for i in range(40):
        who = ("Host", "Ana Lima", "王坚")[i % 3]
        words = " ".join(_WORDS[(i + j) % len(_WORDS)] for j in range(30))
        text = f"{words.capitalize()}, **really** {words}.\n\n{words.capitalize()} and more?"
        turns.append(Turn(who, text, (i + 1, i + 1), label=who, key=who.lower()))
    speakers = [Speaker(n, n.lower(), None, (n,)) for n in ("Host", "Ana Lima", "王坚")]
    doc = Interview(turns=turns, speakers=speakers)
    return render(doc, "bold")


_BLOCK = _realistic_block()


def realistic(size: int) -> str:
    head = "---\ntitle: A long talk\ndate: 2024-05-01\n---\n\n"
    count = max(1, size // len(_BLOCK.encode("utf-8")))
    parts = [head]
    for i in range(count):
        parts.append(f"## Part {i + 1}\n\n")
        parts.append(_BLOCK)
        parts.append("\n")
    return "".join(parts)


def angle_brackets(size: int) -> str:
    """Turns with ``x<y`` and ``<inaudible``, no ``>`` anywhere: html.parser rescanned the rest for each."""
    return _fit("**Ana:** I said x<y and it was <inaudible then\n\n**Bo:** ok\n\n", size)


def unclosed_comments(size: int) -> str:
    """``<!-- >`` lines: a comment that never closes, each followed by a ``>``."""
    return _fit("<!-- >\n", size)


def shortcode_openers(size: int) -> str:
    """``{{<`` repeated on one line, never closed."""
    return _fit("{{<", size)


def unclosed_cdata(size: int) -> str:
    """``<![CDATA[ ]>`` lines: a CDATA section that never closes."""
    return _fit("<![CDATA[ ]>\n", size)


def _units(unit: str, size: int) -> int:
    return max(1, size // len(unit.encode("utf-8")))


_HTML = "<p>x</p>"
"""A closed element in the paragraph: the tags after it are read as HTML, not as prose that mentions them."""


def bold_then_paragraphs(size: int) -> str:
    """``<b>`` n times, then ``<p>`` n times: every paragraph once walked every open emphasis."""
    n = _units("<b><p>", size)
    return _HTML + "<b>" * n + "<p>" * n


def bold_open_close(size: int) -> str:
    n = _units("<b></b>", size)
    return _HTML + "<b>" * n + "</b>" * n


def empty_cells(size: int) -> str:
    return _fit("<td> </td>", size)


def bold_words_one_line(size: int) -> str:
    return _fit("<b>x</b>", size)


def italic_closed_as_bold(size: int) -> str:
    n = _units("<i></b>", size)
    return _HTML + "<i>" * n + "x" + "</b>" * n


def bold_then_headings(size: int) -> str:
    n = _units("<b><h2></h2>", size)
    return _HTML + "<b>" * n + "<h2></h2>" * n


def images_one_line(size: int) -> str:
    return _fit("![a](b)", size) + "x"


def attribute_storm(size: int) -> str:
    """``<a `` repeated, one ``>`` at the end: one tag with a third of a million attributes."""
    return _HTML + _fit("<a ", size) + ">"


def front_matter_lines(size: int) -> str:
    lines = [f"k{i}: v" for i in range(_units("k100000: v\n", size))]
    return "---\n" + "\n".join(lines) + "\n---\nbody\n"


def qa_lines(size: int) -> str:
    return _fit("Q: x\n", size)


def prose_mentioning_html(size: int) -> str:
    """Speech that mentions tags and writes ``&`` in words: text, not markup."""
    return _fit("**Ana:** The <head> tag, a<b and c>d, <?php echo 1 ?>.\n\n**Bo:** Prices&regulations, not&nothing.\n\n", size)


def html_paragraphs(size: int) -> str:
    return _fit("<p><b>Ana:</b> The <i>kale</i> survived &ndash; the tomatoes&#8217; did not.<br>\nNext.</p>\n\n", size)


def akoma_ntoso_speeches(size: int) -> str:
    """An Akoma Ntoso debate: every speech labelled by a reference, half of them with a ``<from>``."""
    head = '<akomaNtoso><debate><meta><references><TLCPerson id="ana" showAs="Ana Lima"/></references></meta><debateBody>\n'
    return head + _fit('<speech by="#ana"><from>Ana</from><p>Why?</p></speech>\n<speech by="#bo"><p>Because.</p></speech>\n', size - len(head))


def tei_speeches(size: int) -> str:
    """A TEI play and spoken corpus: ``<sp>`` with a ``<speaker>`` and a ``<stage>``, and ``<u who>``."""
    head = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><title>T</title></teiHeader><text><body>\n'
    unit = '<sp who="#a"><speaker>ANA.</speaker><stage>(sits)</stage><p>Why <hi>now</hi>?</p></sp>\n<u who="#Bo_Li">Because.</u>\n'
    return head + _fit(unit, size - len(head))


def first_names(size: int) -> str:
    """A guest's full name and a host's first name alone on their lines, the host named in the speech."""
    return _fit("Ana Lima\n\nThanks, Paul, for asking about the harbour.\n\nPaul\n\nAnd what happened then?\n\n", size)


def caseless_labels(size: int) -> str:
    """Labels in scripts without capitals: names that recur, verbs that open reported speech,
    phrases spoken once, field lines, and long runs of caseless words before a colon."""
    unit = (
        "ليلى: هل وصلت؟\n\nيوسف: وصلت.\n\nوقال السفير: نعم.\n\nالسبب الأول: الضجيج.\n\nملاحظة: لا.\n\n"
        + " ".join(["كلمة"] * 30) + ": نص\n\nד״ר כהן: כן.\n\n"
    )
    return _fit(unit, size)


def dashed_pairs(size: int) -> str:
    """Dashed paragraphs one after another, asking and answering at length, under an interview word."""
    answer = " ".join(["слово"] * 30)
    return "Интервью.\n\n" + _fit(f"— Почему?\n\n— {answer}.\n\n— И ещё.\n\n", size)


def listed_quotes(size: int) -> str:
    """One list of questions, each answered by a quote on the next line: one paragraph throughout."""
    return "# Interview\n\n" + _fit("- Why did you start?\n\t> Because of my aunt.\n", size)


def glued_answers(size: int) -> str:
    """Doubled-dash questions each glued to a labelled answer, all in one paragraph."""
    return "――なぜですか？\n" + _fit("――質問は？\n佐倉：答えです。\n", size)


def column_labels(size: int) -> str:
    """A typed transcript's label column: initials, a gap, speech hanging-indented below, timecodes."""
    return _fit("TF    Why did you come to the river, and\n      when was that?\nNM    01:02:03:04    In sixty.  A  B\n", size)


def speech_between_rules(size: int) -> str:
    return "---\nQ: Why bread?\nA: Flour is cheap.\n---\n" + _fit("Q: And ovens?\nA: Borrowed.\n", size)


def field_headings(size: int) -> str:
    """``## Key: value`` headings before a conversation: each is weighed as a field once."""
    half = size // 2
    return _fit("## K: v\n\n", half) + _fit("**Ana:** hi.\n\n**Bo:** yes.\n\n", half)


def dashed_dialogue(size: int) -> str:
    """One paragraph of lines opened by a dash (dialogue), and one of doubled dashes."""
    half = size // 2
    return _fit("— x\n", half) + "\n" + _fit("――x\n", half)


def pipe_tables(size: int) -> str:
    """Markdown pipe tables: one transcript table, then header and rule lines one after another
    (each read once, not each to the end of the page)."""
    half = size // 2
    table = "| Speaker | Text |\n|---|---|\n" + _fit("| Ana | Hello there. |\n| Bo | Fine, thanks. |\n", half)
    return table + "\n" + _fit("| Speaker | x |\n|---|---|\n", half)


def dashed_names(size: int) -> str:
    """A typed transcript of plain names and dashes, one line per utterance."""
    return _fit("Rita (entrevistadora) - Como começou?\nTomás - Com três famílias.\n", size)


def inline_captions(size: int) -> str:
    """Captions run together on one long line: a ``>>`` speaker change every few words."""
    return _fit("Well, that is it. >> Thanks. >> So why now? ", size)


def inline_examination(size: int) -> str:
    """A trial record's examination on one long line: ``Q.`` and ``A.`` marks every few words."""
    return _fit("Q. Where were you? A. at home. Q. And then? A. the mill, Plan A. of the day. ", size)


def padded_heading(size: int) -> str:
    """A heading padded with spaces to the size, closed by a bracket (each split of it was tried)."""
    return "## Ana" + " " * max(0, size - 40) + "(2025-08-11T21:59:45Z)\n\nHello.\n"


def chat_log(size: int) -> str:
    """A chat log: a stamp with its date, a name in angle brackets, short lines."""
    return _fit("[2018-03-26 10:58:00] <ana> hi\n[2018-03-26 10:58:09] <bo> yes\n", size)


def bad_yaml_values(size: int) -> str:
    """Front matter where every value fails to construct: each is dropped and reported alone."""
    lines = [f"d{i}: 2024-02-30" for i in range(_units("d10000: 2024-02-30\n", size))]
    return "---\n" + "\n".join(lines) + "\n---\nbody\n"


def repeated_header_keys(size: int) -> str:
    return _fit("Source: A\n", size) + "\nText.\n"


def toml_long_integer(size: int) -> str:
    return "+++\nx = " + "9" * size + "\n+++\nbody\n"


def yaml_hex_integer(size: int) -> str:
    return "---\nx: 0x" + "f" * size + "\n---\nbody\n"


def kawi_dates(size: int) -> str:
    return _fit("\U00011f52\U00011f50\U00011f52\U00011f54-01-01 \U00011f51\U00011f52:\U00011f53\U00011f54\n", size)


def tight_heading_spaces(size: int) -> str:
    return "##a" + " " * max(size - 4, 0) + "b"


def answers_in_one_paragraph(size: int) -> str:
    return _fit("Why is that?\nR: Because.\n", size)


def quoted_labels(size: int) -> str:
    return _fit("> **Ana:** Where?\n> Here.\n>\n> **Bo:** There.\n>\n", size)


def name_quotes(size: int) -> str:
    # names before corner brackets: each opening a paragraph, and a long paragraph of them
    return _fit("優希「はい」\n\n井上「そうですね」\n\n", size // 2) + _fit("山田「x\n", size // 2)


def bold_lead_ins(size: int) -> str:
    # bold lead-ins in sentence case, each weighed against the document's capitalised labels once
    # (the weighing was quadratic); sentences of a talk's length (a label every few bytes is qa_lines's case)
    return _fit("**Key point:** the budget doubled in the second year of the grant\n\n**Audience member:** Why did it double?\n\n", size)


def stamp_lines(size: int) -> str:
    # a radio log: times alone above labels, a field word (CC) taking turns; turns of a
    # radio call's length (a turn every few bytes is qa_lines's case)
    return _fit("[00:00:00:02]\nP: Roger, reading you loud and clear\n\n[00:00:00:04]\nCC: Copy that, cabin at 5.5\n\n", size)


def pandoc_spans(size: int) -> str:
    # a word processor's script through Pandoc: escaped bracket labels, highlighted spans (some
    # over a whole turn), then one line of opening brackets that never close
    half = size // 2
    turns = "[\\[HOST\\] Where did it start?]{.mark}\n\n\\[GUEST\\] In a [small]{.mark} garden, by accident.\n\n"
    return _fit(turns, half) + _fit("[\\[x ", half)


def cdata_export(size: int) -> str:
    # an XML export wrapping a page's HTML in CDATA, then openers that never close
    half = size // 2
    turns = "<p>PRIME MINISTER:</p>\n<p>The figures are good, and better than last year.</p>\n<p>JOURNALIST:</p>\n<p>How low can it go?</p>\n"
    return "<content><![CDATA[" + _fit(turns, half) + "]]></content>\n" + _fit("<![CDATA[x ", half)


def handle_lines(size: int) -> str:
    # handles alone above their speech, linked to their profiles, and handles ending in underscores
    return _fit("[@host_dao](https://x.example/host_dao)\nWelcome back, everyone.\n\n@kale__\nThanks, glad to be here.\n\n", size)


def wrapped_questions(size: int) -> str:
    # whole italic questions with their label, hard-wrapped; then one paragraph of openers never closed
    half = size // 2
    return _fit("*Q: 现在的反响\n如何？*\n\n**A:** 很好。\n\n", half) + _fit("*Q: 还没有结束\n", half)


def front_transcripts(size: int) -> str:
    # a transcript kept in the front matter: a text block of labelled turns, then a list of items
    # (past the front matter's limit of values: refused whole, with a diagnostic)
    half = size // 2
    block = _fit("    **Host:** Why compost?\n\n    **Ines:** Leaves, time and patience.\n\n", half)
    items = _fit("- line: Why compost,\n    really?\n  who: Tom\n  time: '0:05'\n", half)
    return f"---\ntitle: T\ntranscript: |\n{block}---\n\n" + f"---\ntranscript:\n{items}---\n"


def run_in_names(size: int) -> str:
    # names run in before their speech with no colon, labelled list items under questions, marks
    # (turns of a sentence each: a page of four-letter turns is qa_lines's case)
    return _fit("*Me* Are you on your way to work this morning?\n\n*Tessa* No, to my sister in Zwolle, as every Tuesday.\n\n"
                "### Why did you join the team?\n\n* Hwan: Because the work on video calls looked new to me.\n"
                "* Ben: The same, and the team was small enough to try things.\n\n"
                "▷ 한지수 / 앵커 : 오늘 나와 주셔서 감사합니다. 요즘 어떻게 지내십니까?\n\n◆ 오민재> 바쁘게 지냅니다. 초대해 주셔서 고맙습니다.\n\n", size)


def plain_questions(size: int) -> str:
    # plain questions under an interview's title: nothing else proposes a label, so the fallback
    # reads them and the decision weighs them a second time; markup lines (a box's fences, a
    # linter's switches) between them
    return "# Interview with Ana Lima\n\n" + _fit(
        "How did you start baking bread at night?\n\nI was working in a canteen then, and I stayed.\n\n"
        "::: aside\nThe canteen closed in 1999.\n:::\n\n.. vale off\n\nWhat did you bake first?\n\nMy grandmother's rye.\n\n.. vale on\n\n", size)


def glued_questions(size: int) -> str:
    # emphasised questions between the plain lines of one paragraph (no blank line anywhere)
    return "# An interview with myself\n" + _fit("***Why keep a blog?***\nI like writing, and I need a reason to.\n", size)


def code_and_linked_labels(size: int) -> str:
    # labels in code spans, a bold name with its time then a colon, a name with a role and a
    # linked time, two names joined by a slash, a key, a record of fields, Pandoc's hard break
    return "**Legend:**\nR: Reply\n\n" + _fit(
        "`ANA:` Where does the path start?\n\n`BO:` At the old mill.\n\n"
        "**Ana Lima** (00:09):\nAnd then?\n\nBo Chen (Guide) [00:12](https://v.example/x?t=12)\nUp the hill.\n\n"
        "**Ana / Bo:** Thanks.\n\n\\\n**Situation**: When it rains\n**Outcome**: So I stay dry\n\n"
        "* **Is it far?**\n\n    R: Two hours.\n\n1. **Gear**\n   - **What to bring?**\n      > Boots.\n\n", size)


def wrapped_italics(size: int) -> str:
    # italic questions wrapped over two lines above the first one-line question, then italic
    # openers never closed on their paragraph's lines
    return (
        "*Is the mill\nstill open?*\n\nYes.\n\n*Who runs it?*\n\nMy aunt.\n\n*Since when?*\n\nAges.\n\n*And next?*\n\nUs.\n\n"
        + _fit("*an opener never closed\non its paragraph's next line\nnor the one after\n\n", size)
        + "*Last one?*\n\nDone.\n"
    )


def caption_cues(size: int) -> str:
    return _fit("1\n00:00:01,000 --> 00:00:02,000\n[SPEAKER_01]: Hello there.\n\n2\n00:00:02,000 --> 00:00:03,000\n<v Bo>Yes.</v>\n\n", size)


def discord_lines(size: int) -> str:
    return _fit("[10-Apr-21 09:04 AM] Marco Polo\\#5354 Good morning #1234 all\n", size)


def colon_lines(size: int) -> str:
    # turns of a chat's length: a page of four-letter turns is qa_lines's case
    return _fit("You said:\nHow do I bake rye bread at home?\nBot said:\nMix the flour and water first.\nSteps:\nKnead it for ten minutes.\n", size)


def near_hansard(size: int) -> str:
    return _fit("HON. R.S. A.B.C.D. " * 20 + "AKBAR.-\n", size)


def table_rows(size: int) -> str:
    """A transcript table: quoted cells with commas, doubled quotes and line breaks, rows without
    a speaker. Turns of a sentence or two: a turn every few bytes is qa_lines's case."""
    row = (
        'DB:,"Where did you grow up, then, and when did you leave?",place,0:00:01\n'
        'LG:,"Here, in ""the old town"", until I was twelve;\nthen we moved north.",,\n'
        ",More about the move and the school I went to there.,,\n"
    )
    return "speaker,words,tags,timestamp\n" + _fit(row, size)


def quoted_names(size: int) -> str:
    """Names alone inside a block quote, in italics with a time, and initials before a dash."""
    return _fit(
        "> MARJORIE\n>\n> Is the back door locked, or did you leave it open again?\n\n"
        "*Ana Lima (00:04)*\nYes, it is locked, and the key is on the hook by the stairs.\n\n"
        "*Bo (0:05)* No, the key is in my coat, I took it this morning.\n\n"
        "M.J. — Maybe we should change the lock before the weekend.\n\n",
        size,
    )


# (name, description, builder, n) -- n in the builder's own unit, as the issue states it
CASES: list[tuple[str, str, Callable[[int], str], int]] = [
    ("long_line", "1 MB line, no newline", long_line, MB),
    ("stars", "100,000 '*'", stars, 100_000),
    ("unbalanced_bold", "'**word ' repeated, 1 MB", unbalanced_bold, MB),
    ("fullwidth_colons", "50,000 '：'", fullwidth_colons, 150_000),
    ("blank_lines", "10^6 blank lines", blank_lines, 1_000_000),
    ("spaced_letters", "a, 1 MB of spaces, b", spaced_letters, MB),
    ("nested_brackets", "deeply nested '[(' ... ')]', 1 MB", nested_brackets, MB),
    ("label_storm", "near-labels without speech, 1 MB", label_storm, MB),
    ("timed_near_labels", "near timed, group and dash labels, 1 MB", timed_near_labels, MB),
    ("angle_brackets", "turns with x<y and <inaudible, no '>', 1 MB", angle_brackets, MB),
    ("unclosed_comments", "'<!-- >' lines, 1 MB", unclosed_comments, MB),
    ("shortcode_openers", "'{{<' repeated on one line, 1 MB", shortcode_openers, MB),
    ("unclosed_cdata", "'<![CDATA[ ]>' lines, 1 MB", unclosed_cdata, MB),
    ("realistic", "realistic interview, 5 MB and 10 MB", realistic, 5 * MB),
    ("bold_then_paras", "'<b>'*n + '<p>'*n", bold_then_paragraphs, MB),
    ("bold_open_close", "'<b>'*n + '</b>'*n", bold_open_close, MB),
    ("empty_cells", "'<td> </td>'*n", empty_cells, MB),
    ("bold_words_line", "'<b>x</b>'*n on one line", bold_words_one_line, MB),
    ("italic_as_bold", "'<i>'*n + 'x' + '</b>'*n", italic_closed_as_bold, MB),
    ("bold_headings", "'<b>'*n + '<h2></h2>'*n", bold_then_headings, MB),
    ("images_line", "'![a](b)'*n + 'x' on one line", images_one_line, MB),
    ("attribute_storm", "'<a '*n + '>'", attribute_storm, MB),
    ("front_matter", "front matter of short lines, 1 MB", front_matter_lines, MB),
    ("qa_lines", "'Q: x\\n'*n", qa_lines, MB),
    ("prose_html", "speech mentioning tags and & in words", prose_mentioning_html, MB),
    ("html_paragraphs", "<p> paragraphs with emphasis and references", html_paragraphs, MB),
    ("akoma_ntoso", "an Akoma Ntoso debate's speeches", akoma_ntoso_speeches, MB),
    ("tei_speeches", "a TEI play's <sp> and a spoken corpus's <u>", tei_speeches, MB),
    ("first_names", "full names and a first name alone on lines", first_names, MB),
    ("caseless_labels", "Arabic and Hebrew labels, reported speech, phrases, fields", caseless_labels, MB),
    ("dashed_pairs", "a dash before every turn, questions and long answers", dashed_pairs, MB),
    ("listed_quotes", "'- q?' items each answered by a glued '> a' quote, one paragraph", listed_quotes, MB),
    ("column_labels", "initials, a gap and hanging-indented speech, timecodes", column_labels, MB),
    ("glued_answers", "'――q?' lines each glued to a labelled answer, one paragraph", glued_answers, MB),
    ("between_rules", "speech between two --- rules, then more", speech_between_rules, MB),
    ("bad_yaml_values", "front matter of values that do not construct", bad_yaml_values, MB),
    ("header_repeats", "'Source: A' repeated", repeated_header_keys, MB),
    ("toml_long_int", "TOML integer of n digits", toml_long_integer, MB),
    ("yaml_hex_int", "YAML 0x integer of n digits", yaml_hex_integer, MB),
    ("kawi_digits", "dates and times in Kawi digits", kawi_dates, MB),
    ("field_headings", "'## K: v' headings before a conversation", field_headings, MB),
    ("dashed_dialogue", "a paragraph of '— x' lines, then of '――x'", dashed_dialogue, MB),
    ("chat_log", "'[date time] <name> text' lines", chat_log, MB),
    ("pipe_tables", "'| Speaker | Text |' tables, then headers and rules", pipe_tables, MB),
    ("dashed_names", "'Name - speech' lines of a typed transcript", dashed_names, MB),
    ("inline_captions", "'… >> Thanks. >> So why now?' on one line", inline_captions, MB),
    ("inline_examination", "'Q. Where? A. home. Q. …' on one line", inline_examination, MB),
    ("padded_heading", "'## Ana' padded with spaces, then '(time)'", padded_heading, MB),
    ("tight_heading", "'##a', 1 MB of spaces, 'b' (no space after the hashes)", tight_heading_spaces, MB),
    ("one_paragraph_qa", "unlabelled questions and 'R:' answers in one paragraph", answers_in_one_paragraph, MB),
    ("quoted_labels", "labels inside a block quote, '>' lines between", quoted_labels, MB),
    ("caption_cues", "SubRip and WebVTT cues, labels and voice spans", caption_cues, MB),
    ("discord_lines", "'[stamp] Name\\#1234 text' chat export lines", discord_lines, MB),
    ("near_hansard", "initials and full stops without an end, long lines", near_hansard, MB),
    ("colon_lines", "short colon lines taking turns, lead-ins among them", colon_lines, MB),
    ("table_rows", "a CSV transcript: quoted cells, line breaks in cells", table_rows, MB),
    ("quoted_names", "names alone in a quote, in italics with a time, initials and a dash", quoted_names, MB),
    ("bold_lead_ins", "'**Key point:** …' lead-ins in sentence case, a role among them", bold_lead_ins, MB),
    ("stamp_lines", "times alone above labels, a field word speaking in turn", stamp_lines, MB),
    ("name_quotes", "'名前「…」' paragraphs, then one paragraph of unclosed ones", name_quotes, MB),
    ("cdata_export", "HTML turns inside an XML export's CDATA, then unclosed CDATA openers", cdata_export, MB),
    ("handle_lines", "'@handle' and '[@handle](url)' alone above their speech", handle_lines, MB),
    ("wrapped_questions", "'*Q: …' questions wrapped over lines, then openers never closed", wrapped_questions, MB),
    ("pandoc_spans", "'\\[HOST\\]' labels, '[…]{.mark}' spans, then unclosed brackets", pandoc_spans, MB),
    ("front_transcripts", "a transcript in the front matter: a text block, then items", front_transcripts, MB),
    ("run_in_names", "'*Name* speech', labelled list items under questions, broadcasters' marks", run_in_names, MB),
    ("plain_questions", "plain questions under an interview's title, '::: aside' boxes and '.. vale off'", plain_questions, MB),
    ("glued_questions", "'***Why?***' between the plain lines of one paragraph", glued_questions, MB),
    ("code_and_linked_labels", "code-span labels, '(00:09):' and linked times, keys, records, '\\' lines", code_and_linked_labels, MB),
    ("wrapped_italics", "italic questions wrapped over lines, then italic openers never closed", wrapped_italics, MB),
]


NOT_HELD_TO_MEMORY = ("qa_lines",)
"""Reported but not held to ``MAX_MEMORY_RATIO`` (figures at 1 MB, CPython 3.11). Each of the
200,000 lines of ``qa_lines`` is a proposed label, rejected with a ``label-rejected`` diagnostic
of its own: the result alone is 23x the input. The peak, 82x, is in the decision: the body's
line records (a Line and its line number per 5-byte line, 28x) stand next to the proposals (16x:
a dict entry and an int per line) and, per candidate, its entry, its shape and its speaker key
(10x each), with the evidence's lists of the labels in order (8x); the body and the proposals
alone are past the limit, so the decision's tables would have to be lists aligned to the body,
the proposals too (a dict of 200,000 lines is 10 MB, a list 1.6 MB: the five tables as lists
would be 8x, next to the body's 28x and the evidence's lists). After the decision it is 59x,
and 36x while the turns are assembled (the diagnostics are made once the body has gone).
``field_headings`` (each 9-byte ``## K: v`` heading kept as page furniture, a Media, with its own
``heading-demoted`` diagnostic; the peak, 38.5x, while the turns are assembled next to the
body's line records, 16x: equal short speech is one string, and each of the walk's lists goes
as its tuple is made), ``between_rules`` (a turn per 13-byte line, 35x) and ``quoted_labels``
(30x) are held."""
MEMORY_CASES = tuple(name for name, *_ in CASES if name not in NOT_HELD_TO_MEMORY and name != "realistic")
"""Cases held to ``MAX_MEMORY_RATIO``: every case the memory table measures but those above."""


def peak_ratio(text: str) -> float:
    """Peak traced allocation while parsing ``text``, divided by its UTF-8 size."""
    gc.collect()
    tracemalloc.start()
    try:
        parse(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return peak / len(text.encode("utf-8", "surrogatepass"))


def memory(chosen: list[tuple[str, str, Callable[[int], str], int]]) -> int:
    print(f"{'case':<17} {'peak / input':>12}  verdict")
    failed = 0
    for name, _, build, _ in chosen:
        ratio = peak_ratio(build(MB))
        held = name in MEMORY_CASES
        ok = ratio <= MAX_MEMORY_RATIO or not held
        failed += not ok
        verdict = ("ok" if ok else "FAIL") if held else "reported"
        print(f"{name:<17} {ratio:>11.1f}x  {verdict}")
    print(f"\nmemory limit {MAX_MEMORY_RATIO:.0f}x the input; {failed} case(s) failed")
    return 1 if failed else 0


def timed(text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        parse(text)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--case", action="append", help="run only these cases (repeatable)")
    options.add_argument("--repeat", type=int, default=3, help="best of this many runs (default 3)")
    options.add_argument("--memory", action="store_true", help="measure peak memory at 1 MB instead of time")
    args = options.parse_args(argv)
    chosen = [c for c in CASES if not args.case or c[0] in args.case]
    if args.memory:
        return memory([c for c in chosen if c[0] != "realistic"])
    header = f"{'case':<17} {'n (bytes)':>10} {'t(n) s':>8} {'t(2n) s':>8} {'ratio':>6} {'t(1MB) s':>9}  verdict"
    print(header)
    print("-" * len(header))
    failed = 0
    for name, _, build, n in chosen:
        small, large = build(n), build(2 * n)
        one_mb = build(MB) if n != MB else small
        repeat = 1 if len(large) > 4 * MB else args.repeat
        t_n = timed(small, repeat)
        t_2n = timed(large, repeat)
        t_mb = t_n if one_mb is small else timed(one_mb, args.repeat)
        ratio = t_2n / t_n if t_n > 0 else float("inf")
        ok = ratio <= MAX_RATIO and t_mb < MAX_SECONDS_AT_1MB
        failed += not ok
        size = len(small.encode("utf-8", "surrogatepass"))
        print(f"{name:<17} {size:>10,} {t_n:>8.3f} {t_2n:>8.3f} {ratio:>6.2f} {t_mb:>9.3f}  {'ok' if ok else 'FAIL'}")
    print(f"\nratio limit {MAX_RATIO}, 1 MB limit {MAX_SECONDS_AT_1MB:.1f} s; {failed} case(s) failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
