"""The ``interview-parser`` command: files, folders or stdin in; JSON, JSONL, CSV, Markdown ... out.

Run ``interview-parser --help`` for the options and examples. Everything the
command does is also available as a library call (:mod:`interview_parser.exports`).

Exit status: 0 when every input parsed, 1 when any input failed, 2 for a
usage error.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

from . import __version__
from .decoding import decode_bytes
from .errors import InterviewParseError
from .exports import FORMATS, SCRIPTS, ExportContext, Written, convert_script, document_id, format_help, json_schema
from .model import Interview
from .parser import Parser

__all__ = ["FORMATS", "build_arg_parser", "main"]

DEFAULT_GLOBS = ("*.md", "*.markdown", "*.txt")

EXAMPLES = """\
examples:
  interview-parser interview.md                     parse one file, print JSON
  interview-parser transcripts/ -f jsonl > turns.jsonl
                                                    every turn of every .md/.markdown/.txt file
  interview-parser transcripts/ --glob '*.txt' -f csv -o out/
                                                    one CSV per .txt file, written under out/
  cat interview.md | interview-parser - -f text     read stdin, print a summary
  interview-parser 访谈.md --script traditional -f markdown
                                                    canonical Markdown in Traditional script
  interview-parser transcripts/ -f convokit -o corpus/
                                                    one ConvoKit corpus for the whole folder
  interview-parser --schema                         print the JSON Schema of the json output

diagnostics go to stderr as path:line:column: warning: message [code]; --strict makes them errors.
exit status: 0 all inputs parsed, 1 some input failed, 2 usage error.
"""


@attrs.frozen
class Failure:
    """An input that could not be used, and why."""

    message: str
    line: int | None = None
    column: int | None = None


@attrs.frozen
class Source:
    """One input: a file, or stdin when ``path`` is ``None``."""

    name: str
    """As shown in messages: the path as given or found, ``-`` for stdin."""
    path: Path | None
    relative: Path
    """Where its output goes under ``--output`` (relative to the folder given)."""
    problem: Failure | None = None
    """Why the input cannot be used at all (missing, an empty folder), found before parsing."""
    id: str = ""
    """The document id in ``jsonl``, ``csv`` and ``convokit`` output: the path under the folder
    given, without extension (``nested/interview``), unique within the run."""


Result = Interview | Failure


# --- arguments ------------------------------------------------------------------------


def build_arg_parser() -> argparse.ArgumentParser:
    """The command's argument parser (also used to document it)."""
    ap = argparse.ArgumentParser(
        prog="interview-parser",
        description="Parse raw interview transcripts (Markdown, front matter, any language) "
        "into speakers, turns and sections.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument(
        "inputs",
        nargs="*",
        metavar="PATH",
        help="files, folders (searched recursively) or - for standard input",
    )
    ap.add_argument(
        "-f",
        "--format",
        choices=list(FORMATS),
        default="json",
        help=format_help(),
    )
    ap.add_argument(
        "-o",
        "--output",
        metavar="DIR",
        type=Path,
        help="write one file per input under DIR (default: standard output); "
        "with -f convokit the corpus folder, with -f qdpx the project file",
    )
    ap.add_argument(
        "-g",
        "--glob",
        action="append",
        metavar="PATTERN",
        help="file name pattern for folders; repeatable (default: " + ", ".join(DEFAULT_GLOBS) + ")",
    )
    ap.add_argument(
        "--script",
        choices=list(SCRIPTS),
        help="convert the output text to this Chinese script with opencc (speaker keys are unchanged)",
    )
    ap.add_argument(
        "--raw-csv",
        action="store_true",
        help="csv: write cells as they are, even those a spreadsheet would run as formulas (for programs)",
    )
    ap.add_argument("--strict", action="store_true", help="treat diagnostics as errors: the input fails")
    ap.add_argument("--encoding", metavar="NAME", help="decode inputs with this encoding instead of detecting it")
    ap.add_argument(
        "-j",
        "--workers",
        type=int,
        metavar="N",
        help="parse files in N processes (default: one process)",
    )
    ap.add_argument("-q", "--quiet", action="store_true", help="no warnings, and no summary line unless an input failed; errors are always shown")
    ap.add_argument("--schema", action="store_true", help="print the JSON Schema of the json output and exit")
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return ap


# --- inputs ---------------------------------------------------------------------------------


def collect_sources(inputs: Sequence[str], globs: Sequence[str]) -> list[Source]:
    """Expand the inputs, in order: folders into the files matching ``globs`` (sorted), ``-`` into stdin.

    An input that cannot be used (missing, a folder without matching files)
    stays in the list with its :attr:`Source.problem`, so it is reported in
    its place.
    """
    sources: list[Source] = []
    seen: set[Path] = set()
    stdin_seen = False
    for raw in inputs:
        if raw == "-":
            if stdin_seen:
                sources.append(Source("-", None, Path("stdin"), Failure("standard input given more than once")))
            else:
                stdin_seen = True
                sources.append(Source("-", None, Path("stdin")))
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                {p for pattern in globs for p in path.rglob(pattern) if p.is_file()},
                key=lambda p: p.relative_to(path).parts,
            )
            if not found:
                sources.append(
                    Source(raw, None, path, Failure(f"no files matching {' or '.join(globs)} in this folder"))
                )
            for file in found:
                if file.resolve() not in seen:
                    seen.add(file.resolve())
                    sources.append(Source(os.fspath(file), file, file.relative_to(path)))
        elif path.exists():
            if path.resolve() not in seen:
                seen.add(path.resolve())
                sources.append(Source(raw, path, Path(path.name)))
        else:
            sources.append(Source(raw, None, path, Failure("no such file or folder")))
    return _with_ids(sources)


def _with_ids(sources: list[Source]) -> list[Source]:
    """Give every source a document id, unique within the run (``-2``, ``-3`` ... on a clash)."""
    taken: set[str] = set()
    out = []
    for source in sources:
        if source.path is None:
            base = "stdin"
        else:
            parts = source.relative.with_suffix("").parts
            base = "/".join(document_id(part + ".md") for part in parts) or "interview"
        doc_id, n = base, 1
        while doc_id in taken:
            n += 1
            doc_id = f"{base}-{n}"
        taken.add(doc_id)
        out.append(attrs.evolve(source, id=doc_id))
    return out


def _is_empty(doc: Interview) -> bool:
    return not (doc.turns or doc.preamble or doc.sections or doc.metadata or doc.media or doc.trailer or doc.title)


def parse_source(
    source: Source, parser: Parser, *, encoding: str | None = None, stdin: IO[bytes] | None = None
) -> Result:
    """Parse one input; every expected problem becomes a :class:`Failure`, never a traceback."""
    try:
        if source.path is None:
            data = (stdin or sys.stdin.buffer).read()
            text, used = decode_bytes(data, encoding=encoding, name="-")
            doc = attrs.evolve(parser.parse(text), encoding=used)
        else:
            doc = parser.parse_file(source.path, encoding=encoding)
    except InterviewParseError as exc:
        message = exc.msg
        if message.startswith(f"{source.name}: "):
            message = message[len(source.name) + 2 :]
        return Failure(message, exc.line, exc.column)
    except IsADirectoryError:
        return Failure("is a folder, not a file")
    except PermissionError:
        return Failure("cannot read: permission denied")
    except LookupError as exc:  # unknown --encoding
        return Failure(f"cannot decode: {exc}")
    except OSError as exc:
        return Failure(f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # a bug in a detector must not stop the batch
        return Failure(f"internal error: {type(exc).__name__}: {exc}")
    if _is_empty(doc):
        return Failure("empty input: nothing to parse")
    return doc


def parse_sources(
    sources: Sequence[Source],
    parser: Parser,
    *,
    encoding: str | None = None,
    workers: int | None = None,
) -> Iterator[tuple[Source, Result]]:
    """Results in input order.

    Files go through :func:`interview_parser.batch.parse_many` (a process
    pool when ``workers`` > 1, this process otherwise); standard input is
    read here.
    """
    files = [s for s in sources if s.path is not None and s.problem is None]
    many = _parse_many()
    if many is None or not files:
        for source in sources:
            yield source, source.problem or parse_source(source, parser, encoding=encoding)
        return
    pooled = iter(many([s.path for s in files], workers=workers or 1, parser=parser, encoding=encoding))
    for source in sources:
        if source.problem is not None:
            yield source, source.problem
        elif source.path is None:
            yield source, parse_source(source, parser, encoding=encoding)
        else:
            yield source, _from_batch(source, next(pooled), parser, encoding)


def _parse_many() -> Callable[..., Iterator[Any]] | None:
    try:
        from .batch import parse_many  # type: ignore[import-not-found,unused-ignore]
    except ImportError:  # pragma: no cover - batch.py is part of the package
        return None
    return parse_many  # type: ignore[no-any-return,unused-ignore]


def _from_batch(source: Source, outcome: Any, parser: Parser, encoding: str | None) -> Result:
    """A ``parse_many`` result as ours: the document, or the failure worded like every other one."""
    doc = getattr(outcome, "value", None)
    if isinstance(doc, Interview):
        return Failure("empty input: nothing to parse") if _is_empty(doc) else doc
    # the batch only says "ExceptionType: message": parse again here for the position and wording
    return parse_source(source, parser, encoding=encoding)


# --- outputs ---------------------------------------------------------------------------------


def format_document(
    doc: Interview, fmt: str, source: Source, *, many: bool = False, escape_formulas: bool = True
) -> Written:
    """One document in ``fmt`` (a one-document format of :data:`FORMATS`): its text, ending in a
    newline, and what the writer had to change to write it.

    ``many`` is set when several documents go to one stream: JSON is then
    written on one line per document, CSV without its header after the first.
    """
    writer = FORMATS[fmt].one
    if writer is None:
        raise ValueError(f"--format {fmt} writes all inputs at once, not one document")
    doc_id = source.id or document_id(source.path, fallback="stdin")
    return writer(doc, ExportContext(doc_id, source.name, many, escape_formulas))


class Reporter:
    """Messages on stderr, printed above the progress bar when there is one."""

    def __init__(self, stream: IO[str], *, quiet: bool, total: int) -> None:
        self.stream = stream
        self.quiet = quiet
        self.bar: Any = None
        interactive = hasattr(stream, "isatty") and stream.isatty()
        if interactive and total > 1:
            from tqdm import tqdm

            self.bar = tqdm(total=total, file=stream, unit="file", leave=False, dynamic_ncols=True)

    def say(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=self.stream)
        else:
            print(message, file=self.stream)

    def error(self, name: str, failure: Failure) -> None:
        where = name if failure.line is None else f"{name}:{failure.line}:{failure.column or 1}"
        self.say(f"{where}: error: {failure.message}")

    def diagnostic(self, name: str, doc: Interview, *, strict: bool) -> None:
        kind = "error" if strict else "warning"
        if self.quiet and not strict:
            return
        for d in doc.diagnostics:
            self.say(f"{name}:{d.line}:{d.column}: {kind}: {d.message} [{d.code}]")

    def advance(self) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _output_path(root: Path, source: Source, fmt: str, taken: set[Path]) -> Path:
    target = root / source.relative.with_suffix(FORMATS[fmt].extension)
    candidate, n = target, 1
    while candidate in taken:
        n += 1
        candidate = target.with_name(f"{target.stem}-{n}{target.suffix}")
    taken.add(candidate)
    return candidate


def _utf8(stream: IO[str]) -> IO[str]:
    """Standard output in UTF-8 when it is a pipe or a file, whatever the locale."""
    if isinstance(stream, io.TextIOWrapper) and not stream.isatty():
        stream.reconfigure(encoding="utf-8")
    return stream


# --- main -------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None, *, stdout: IO[str] | None = None, stderr: IO[str] | None = None) -> int:
    """Run the command; returns the exit status."""
    out = stdout or _utf8(sys.stdout)
    err = stderr or sys.stderr
    ap = build_arg_parser()
    args = ap.parse_args(argv)
    if args.schema:
        out.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
        return 0
    if not args.inputs:
        ap.print_usage(err)
        print("interview-parser: error: no input: give files, folders, or - to read standard input", file=err)
        return 2
    if FORMATS[args.format].takes_many and args.output is None:
        ap.error(f"--format {args.format} writes all inputs into one output: give it with --output {FORMATS[args.format].output}")
    if args.workers is not None and args.workers < 1:
        ap.error("--workers must be at least 1")
    try:
        return _run(args, out, err)
    except KeyboardInterrupt:
        print("interview-parser: interrupted", file=err)
        return 130
    except BrokenPipeError:
        # the reader went away (``| head``): stop quietly, as other command-line tools do
        if out is sys.stdout:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 141


def _export_notes(reporter: Reporter, name: str, written: Written, *, quiet: bool) -> None:
    """What a writer had to change in its output (``-f chat``), as warnings."""
    if not quiet:
        for d in written.diagnostics:
            reporter.say(f"{name}:{d.line}:{d.column}: warning: {d.message} [{d.code}]")


def _run(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    sources = collect_sources(args.inputs, args.glob or DEFAULT_GLOBS)
    total = len(sources)
    reporter = Reporter(err, quiet=args.quiet, total=total)
    succeeded = failed = 0
    parser = Parser()
    taken: set[Path] = set()
    corpus: dict[str, Interview] = {}
    corpus_sources: dict[str, str] = {}
    many = len(sources) > 1
    wrote_csv_header = False
    try:
        for source, result in parse_sources(sources, parser, encoding=args.encoding, workers=args.workers):
            reporter.advance()
            if isinstance(result, Failure):
                reporter.error(source.name, result)
                failed += 1
                continue
            doc = result
            reporter.diagnostic(source.name, doc, strict=args.strict)
            if args.strict and doc.diagnostics:
                failed += 1
                continue
            if not doc.turns and not args.quiet:
                reporter.say(f"{source.name}: warning: no speaker turns found")
            if args.script:
                doc = convert_script(doc, args.script)
            try:
                if FORMATS[args.format].takes_many:
                    corpus[source.id] = doc
                    corpus_sources[source.id] = source.name
                elif args.output is not None:
                    target = _output_path(args.output, source, args.format, taken)
                    written = format_document(doc, args.format, source, escape_formulas=not args.raw_csv)
                    _export_notes(reporter, source.name, written, quiet=args.quiet)
                    text = written.text
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_text(text, encoding="utf-8")
                else:
                    written = format_document(doc, args.format, source, many=many, escape_formulas=not args.raw_csv)
                    _export_notes(reporter, source.name, written, quiet=args.quiet)
                    text = written.text
                    if args.format == "csv" and wrote_csv_header:
                        text = text.split("\n", 1)[1]
                    wrote_csv_header = True
                    if args.format in ("markdown", "text") and many:
                        text = f"<!-- {source.name} -->\n{text}\n" if args.format == "markdown" else text + "\n"
                    out.write(text)
            except (ValueError, RuntimeError) as exc:
                reporter.error(source.name, Failure(str(exc)))
                failed += 1
                continue
            except BrokenPipeError:
                raise
            except OSError as exc:
                reporter.error(source.name, Failure(f"cannot write output: {exc.strerror or exc}"))
                failed += 1
                continue
            succeeded += 1
        writer = FORMATS[args.format].many
        if writer is not None and corpus:
            try:
                writer(list(corpus.items()), args.output, corpus_sources)
            except (ValueError, OSError) as exc:
                reporter.error(os.fspath(args.output), Failure(f"cannot write output: {getattr(exc, 'strerror', None) or exc}"))
                failed, succeeded = failed + succeeded, 0
        out.flush()
    finally:
        reporter.close()
    if failed or (many and not args.quiet):
        plural = "input" if total == 1 else "inputs"
        print(f"interview-parser: {total} {plural}: {succeeded} succeeded, {failed} failed", file=err)
    return 1 if failed else 0
