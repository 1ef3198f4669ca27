"""Coverage-guided fuzzing of :func:`interview_parser.parse` with atheris.

The promises checked on every input (see ``fuzz/README.md``):

* lenient ``parse`` never raises for any ``str``;
* strict ``parse`` raises nothing but :class:`InterviewParseError`;
* the result survives ``to_dict``/``from_dict`` and JSON unchanged;
* the model's invariants hold (spans inside text, line ranges inside the document);
* ``render`` of the result never raises.

Six input modes: arbitrary Unicode, surrogate-escaped bytes, text without
surrogates, and token streams of Markdown labels, of HTML (real markup and
speech that mentions it) and of front-matter grammar.

Run::

    .venv/bin/python fuzz/fuzz_parse.py fuzz/corpus -max_total_time=600
"""

from __future__ import annotations

import contextlib
import sys

import atheris

with atheris.instrument_imports():
    from interview_parser import Interview, InterviewParseError, parse
    from interview_parser.parser import Parser
    from interview_parser.render import render

_STRICT = Parser(strict=True)
# HTML that transcripts hold, and HTML that speech only mentions
_HTML_TOKENS = (
    "<b>", "</b>", "<i>", "</i>", "<p>", "</p>", "<br>", "<br/>", "<hr>", "<h2>", "</h2>", "<td>", "</td>", "<tr>",
    "<a href='u'>", "</a>", "<img src=x alt=y>", "<video src=v>", "</video>", "<figure>", "</figure>", "<figcaption>",
    "<head>", "</head>", "<title>", "</title>", "<style>", "</style>", "<script>", "</script>", "<button>",
    "<html>", "<body>", "</body>", "<!DOCTYPE html>", "<?php echo 1 ?>", "<!--", "-->", "<![CDATA[", "]]>",
    "a<b and c>d", "x<p or q>y", "&copy", "&copy;", "&amp;", "&regulations", "&#10;", "&#x1F600;", "&nbsp;",
    "{{<", ">}}", "{%", "%}", "`", "\\<", "<a ", " ", "\n", "\n\n", "**Ana:** ", "**Bo:** ", "Q: ", "A: ", "x",
    "<akomaNtoso>", '<speech by="#a">', "</speech>", "<from>", "</from>", "<heading>", "</heading>",
    '<TLCPerson id="a" showAs="A"/>',
    "<TEI>", "<teiHeader>", "</teiHeader>", '<sp who="#a_b">', "</sp>", "<speaker>", "</speaker>", "<stage>", "</stage>",
    '<u who="#c">', "</u>", "<hi>", "</hi>",
)
# front matter: fences, keys, values that construct or do not, and speech between rules
_FRONT_TOKENS = (
    "---\n", "+++\n", "...\n", "title: ", "date: ", "Q: ", "A: ", "**Q:** ", "x = ", "title = ", "- ", "  ",
    "2024-02-30", "2024-05-01", "0x" + "f" * 40, "9" * 50, "'x", "\"", "[", "]", "{", "}", "&a ", "*a", "!!binary ",
    "!!python/object ", "Why?", "A sentence.", "\u2028", "\u2029", "\x85", "\n", ": ", " = ", "#", "\t", "é", "問：",
    "Source: A\n", "Source: B\n", "# T\n", "nan", "inf", "true", "1", "1.5",
    "transcript: |\n", "    **Host:** ", "transcript:\n", "- line: ", "  who: ", "  time: '0:05'\n", "- header: ", "    ",
    "{\n", "}\n", "\"title\": ", "title: a: b\n", "date: 8 de mayo de 2024\n", "17.05.2021", "March 8th, 2024",
)
# Markdown, HTML and label pieces: far more likely to reach the label, heading and markup rules.
_TOKENS = (
    *"*:：#\n \t问答QA主持人王坚堅-_[]()【】\r\ufeff。？!<>&;/\\`|",
    "**", "---", "+++", "Mr.", "SMITH", "Ana Lima", "**Ana:**", "Q:", "A:", "问：", "<b>", "</b>", "<p>", "</p>",
    "<br>", "<![", "<!--", "-->", "<?", "&amp;", "&#x4e00;", "<script>", "](", "![", "http://x", "00:01:31", "1.",
    ">> ", "[0.0, 3.26] - ", "SPEAKER_00:", "{: .x}", "### Ana Lima  0:46", "13 comments", "Block 1: ", "O SR. ",
    " - ", "1. **Why?**", "Ż.Ł-T", "```", "😱",
    "○", "\u3000", "\n:\t", "> **", ">\n", "- **问题 1：**", "###问：", "### Q. ", "[00:00:24] ", "##### You said:",
    "&nbsp;", "- [ ] ", "____", "\nQ ", "\nA ", "── ", "\\- ", "Resposta:", "Parameters\n: ",
    "WEBVTT\n", "00:00:01,000 --> 00:00:02,000\n", "<v Ana>", "</v>", "<v.loud ", "\\#5354 ", "[10-Apr-21 09:04 AM] ",
    "HON. R.S. ", ".- ", "-¿", "• ", "質問：", "질문:", "#### You:\n", "Question 1", "我问：", "```\n", "?**", "You said:\n", "Bạn đã nói:\n", "Pros:\n",
    "@kohei-x ", " [1:47]: ", "01/12/24, 10:05 - ", "[05/12/2024, 8:05:32 PM] ", "JC- ", "Y- ", "（以下为R）", "(hereafter AL)",
    " [non identificata]", "> **1)** _", "_?", "**2**) ", "回答：", "- 为什么？\n\n  ", "[x](#a)\n", "##### ", "Kāmel kon!", "| a | b |",
    "**扩展资料**\n1. [x](u)\n", "**嘉宾**：", "Situation: ", "### Szene:\n*", "Participantes:",
    "speaker,words,tags,timestamp\n", "Speaker\tText\n", ',"', '""', "DB:,", ",,0:00:45\n", "*Adam*\n", "_Ana Lima_\n",
    "> MARJORIE\n", "*Asked by @x*\n\n", "M.J. — ", "H.P. *x* — ", "*Joe (0:05)* ", "**Audience member:** ", "首相「", "CAUTION.\n", "Note: ", "優希「", "ROPER.\n\n", "**(00:15) Alex:** ", "[00:00:00:02]\nCC: ", "?\n**\n", "? **", "」\n\n", "**Key point:** ", "*Ana Lima (00:04)*\n",
    "\r\r\n", "****Q：", "？****", "1\n00:00:01.000 --> 00:00:02.000\n>> ", "* 问题：", "常見問題集", "结论：", "\\[HOST\\] ", "]{.mark}",
    "<![CDATA[<p>", "]]>", "00:10\u00a0I: ", "[@ana_](https://x.y/a)  \n", "@bo__  \n", "ー ", "*Q: ", "？*\n", "（山村氏）\n",
    "*Me* ", "**Tessa** ", "* Hwan: ", "### Why?\n\n", "▷ ", "▶ ", "◇ ", "◆ ", " / 앵커 : ", "> ", "El señor ", ", don Andrés (Presidente).- ",
    "Sprecher  #2 (f)", "[00:01:14] ", ",0:09,", "--以前", "--verbose\n\n",
    "::: .q\n", ":::\n", "::: tip T\n", ".. vale off\n", ".. note::", "# Interview with Ana\n", "How did you start?\n\n", "I did.\n\n", "***Why?***\n",
    "`ERIK:` ", "**Ana** (00:09):\n", " [22:39](https://v.x/?t=1)\n", " / ", "\\\n", "**Legenda:**\nR: Resposta\n", "* **", "> **中文：** ",
    "Steph: ", "**_C: ", "_**", "   - **", "team.slack.com", "**Situation**: ",
    "ليلى: ", "**يوسف:** ", "وقال السفير: ", "د. سمير: ", "ג׳וני: ", "דובר 1: ", "؟", "؟**\n\n", "۔", "।", "00:04 // ", "# F: ",
    "\n\n- ", "\n\n— ", "Интервью\n\n", "**Data:** ", "## Install\n\n",
    "TF    ", "\n      ", "NM\t", "01:02:03:04    ", "――", "\nAna：", "*Tell us about it.*\n\n",
    "HAYDAR AKAR (Kocaeli) – ", "BAŞKAN – ", "**[Zeca] ", "**Q. ", "(홍) ", "ですか。", "-¿", "**CC: ",
    ">> ANA: ", "\nP. ¿", "\nR. ", "В. ", "MM - Michael McEwan\n", "\nMM ", "### You (2025-08-11T21:59:45.336Z)\n\n",
    "| Speaker | Text |\n|---|---|\n", "| Ana | Hi there. |\n", "\n  ", "Wie kann ich ", "Eric Rescorla (EKR): ", "EKR: ",
    '"","nome","fala"\n', "\nRita (entrevistadora) - ", "\nTomás - ", "João.A- ", '**Marco "Basso" Ferri**: ', " >> Thanks. ", " >> ",
    " A. at home. Q. ", "Q. Why? A. ", "<b>Bo diz:</b> ", "**Ana says:** ", "layout: faq\n", "Ana:: ", "**Ana::** ",
    "***   Interview with   ***\n", "*************\n", "2.  When did you start?\n\n", "<궁금한 이야기 Y>를 ",
)


def _check(text: str) -> None:
    doc = parse(text)
    assert isinstance(doc, Interview)
    n_lines = max(1, text.count("\n") + text.count("\r") + 1)
    for turn in doc.turns:
        assert turn.lines[1] <= n_lines + 1, (turn.lines, n_lines)
        for span in turn.emphasis:
            assert 0 <= span.start < span.end <= len(turn.text)
    assert Interview.from_dict(doc.to_dict()) == doc
    assert Interview.from_json(doc.to_json()) == doc
    render(doc)  # never raises, whatever the metadata holds
    with contextlib.suppress(InterviewParseError):  # the only exception strict mode may raise
        _STRICT.parse(text)


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    choice = fdp.ConsumeIntInRange(0, 5)
    if choice == 0:
        text = fdp.ConsumeUnicode(len(data))
    elif choice == 1:
        # Markdown-ish alphabet: far more likely to reach the label and heading rules.
        raw = fdp.ConsumeBytes(len(data))
        text = "".join(_TOKENS[b % len(_TOKENS)] for b in raw)
    elif choice == 4:
        raw = fdp.ConsumeBytes(len(data))
        text = "".join(_HTML_TOKENS[b % len(_HTML_TOKENS)] for b in raw)
    elif choice == 5:
        raw = fdp.ConsumeBytes(len(data))
        text = "".join(_FRONT_TOKENS[b % len(_FRONT_TOKENS)] for b in raw)
    elif choice == 2:
        text = fdp.ConsumeBytes(len(data)).decode("utf-8", "surrogateescape")
    else:
        text = fdp.ConsumeUnicodeNoSurrogates(len(data))
    _check(text)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
