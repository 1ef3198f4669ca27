#!/usr/bin/env python3
"""Encoding detection: interview_parser's plausibility judgement next to charset-normalizer.

Every transcript given (``.txt`` and ``.md`` files, searched recursively) is
written in each legacy encoding it fits -- Windows-1252, ISO-8859-1,
GB18030, Big5, UTF-16 with and without a byte order mark -- whole and as
its first 300 characters (a short file is the hard case). English documents
are also "saved from Word": straight quotes made curly, then Windows-1252.
Pure ASCII versions are left out (they are UTF-8 whatever the label).

A detector is right when it gives back exactly the original text;
ISO-8859-1 bytes decoded as Windows-1252 give the same text, so that counts.
Times are the CPU seconds for all cases, least of ``--repeat`` rounds.

Usage (charset-normalizer: ``pip install charset-normalizer``)::

    python benchmarks/encodings.py tests/fixtures/transcripts ../shared/corpus
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from interview_parser.decoding import decode

Detector = Callable[[bytes], "str | None"]

_DOUBLE = re.compile(r'"([^"\n]*)"')


def word_quotes(text: str) -> str:
    """Straight quotes as Word's AutoFormat writes them: ’ for apostrophes, “…” around quotations."""
    text = _DOUBLE.sub("\u201c\\1\u201d", text)
    return re.sub(r"(?<=\w)'|'(?=\w)", "\u2019", text)


def cases(roots: list[Path]) -> list[tuple[str, str, bytes, str]]:
    """(document, variant, bytes, expected text) for every document and encoding it fits."""
    out: list[tuple[str, str, bytes, str]] = []
    files = sorted(p for root in roots for p in root.rglob("*") if p.suffix in (".txt", ".md") and p.is_file())
    for path in files:
        whole = path.read_text(encoding="utf-8").lstrip("\ufeff")
        texts = {"whole": whole, "first 300": whole[:300]}
        for cut, text in texts.items():
            variants = dict.fromkeys(("cp1252", "latin-1", "gb18030", "big5", "utf-16", "utf-16-le"), text)
            if not any("\u4e00" <= c <= "\u9fff" for c in text):
                variants["word cp1252"] = word_quotes(text)
            for label, source in variants.items():
                codec = label.split()[-1]
                if source.isascii():
                    continue
                try:
                    data = source.encode(codec)
                except UnicodeEncodeError:
                    continue
                out.append((path.name, f"{label}, {cut}", data, source))
    return out


def ours(data: bytes) -> str | None:
    try:
        return decode(data).text
    except ValueError:
        return None


def charset_normalizer(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else str(best)


def run(detectors: dict[str, Detector], found: list[tuple[str, str, bytes, str]], repeat: int) -> None:
    right: dict[str, Counter[str]] = defaultdict(Counter)
    total: Counter[str] = Counter()
    wrong: dict[str, list[str]] = defaultdict(list)
    refused: Counter[str] = Counter()
    seconds: dict[str, float] = {}
    for name, detect in detectors.items():
        detect(b"warm up \xe9")
        best = float("inf")
        for _ in range(repeat):
            start = time.process_time()
            results = [detect(data) for _, _, data, _ in found]
            best = min(best, time.process_time() - start)
        seconds[name] = best
        for (doc, variant, _, expected), got in zip(found, results, strict=True):
            group = variant.split(",")[0]
            total[group] += name == next(iter(detectors))
            if got is not None and got == expected:
                right[name][group] += 1
            elif got is None:
                refused[name] += 1
                wrong[name].append(f"{doc} [{variant}] (refused)")
            else:
                wrong[name].append(f"{doc} [{variant}]")
    groups = list(total)
    print(f"{len(found)} cases from {len({d for d, _, _, _ in found})} documents\n")
    print("| variant | cases | " + " | ".join(detectors) + " |")
    print("|---|---:|" + "---:|" * len(detectors))
    for group in groups:
        cells = " | ".join(f"{right[n][group]}" for n in detectors)
        print(f"| {group} | {total[group]} | {cells} |")
    cells = " | ".join(f"**{sum(right[n].values())}** ({sum(right[n].values()) / len(found):.1%})" for n in detectors)
    print(f"| all | {len(found)} | {cells} |")
    cells = " | ".join(f"{refused[n]}" for n in detectors)
    print(f"| of the rest: refused (an error, not a wrong text) | | {cells} |")
    cells = " | ".join(f"{seconds[n]:.3f} s ({seconds[n] / len(found) * 1e3:.2f} ms/case)" for n in detectors)
    print(f"| CPU time | | {cells} |\n")
    for name in detectors:
        if wrong[name]:
            print(f"{name} wrong on: " + "; ".join(wrong[name][:40]) + (" ..." if len(wrong[name]) > 40 else ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("roots", nargs="+", type=Path, help="folders of UTF-8 transcripts")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    found = cases(args.roots)
    detectors: dict[str, Detector] = {"interview_parser": ours}
    try:
        import charset_normalizer as module

        detectors[f"charset-normalizer {module.__version__}"] = charset_normalizer
    except ImportError:
        print("charset-normalizer is not installed: measuring interview_parser alone")
    run(detectors, found, args.repeat)


if __name__ == "__main__":
    main()
