"""Hostile-input benchmark: parsing must stay linear and fast on pathological text.

For every case the input is built at size n and 2n and parsed; the table
shows both times and their ratio (linear is about 2.0). A case passes when
the ratio is at most 2.5 and the input at 1 MB (UTF-8) parses in under 2 s.

Run from the repository root::

    .venv/bin/python benchmarks/hostile.py            # every case
    .venv/bin/python benchmarks/hostile.py --case stars --repeat 5

The exit status is 1 when any case fails, so CI can run it too.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable

from interview_parser import parse
from interview_parser.model import Interview, Speaker, Turn
from interview_parser.render import render

MB = 1 << 20
MAX_RATIO = 2.5
MAX_SECONDS_AT_1MB = 2.0

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
    ("angle_brackets", "turns with x<y and <inaudible, no '>', 1 MB", angle_brackets, MB),
    ("unclosed_comments", "'<!-- >' lines, 1 MB", unclosed_comments, MB),
    ("shortcode_openers", "'{{<' repeated on one line, 1 MB", shortcode_openers, MB),
    ("unclosed_cdata", "'<![CDATA[ ]>' lines, 1 MB", unclosed_cdata, MB),
    ("realistic", "realistic interview, 5 MB and 10 MB", realistic, 5 * MB),
]


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
    args = options.parse_args(argv)
    chosen = [c for c in CASES if not args.case or c[0] in args.case]
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
