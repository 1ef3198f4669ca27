"""Coverage-guided fuzzing of :func:`interview_parser.parse` with atheris.

The promises checked on every input (see ``fuzz/README.md``):

* lenient ``parse`` never raises for any ``str``;
* strict ``parse`` raises nothing but :class:`InterviewParseError`;
* the result survives ``to_dict``/``from_dict`` and JSON unchanged;
* the model's invariants hold (spans inside text, line ranges inside the document).

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

_STRICT = Parser(strict=True)
# Markdown, HTML and label pieces: far more likely to reach the label, heading and markup rules.
_TOKENS = (
    *"*:：#\n \t问答QA主持人王坚堅-_[]()【】\r\ufeff。？!<>&;/\\`|",
    "**", "---", "+++", "Mr.", "SMITH", "Ana Lima", "**Ana:**", "Q:", "A:", "问：", "<b>", "</b>", "<p>", "</p>",
    "<br>", "<![", "<!--", "-->", "<?", "&amp;", "&#x4e00;", "<script>", "](", "![", "http://x", "00:01:31", "1.",
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
    with contextlib.suppress(InterviewParseError):  # the only exception strict mode may raise
        _STRICT.parse(text)


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    choice = fdp.ConsumeIntInRange(0, 3)
    if choice == 0:
        text = fdp.ConsumeUnicode(len(data))
    elif choice == 1:
        # Markdown-ish alphabet: far more likely to reach the label and heading rules.
        raw = fdp.ConsumeBytes(len(data))
        text = "".join(_TOKENS[b % len(_TOKENS)] for b in raw)
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
