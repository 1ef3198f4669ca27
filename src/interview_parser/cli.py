"""The ``interview-parser`` command: files, folders or stdin in; JSON, JSONL, CSV, Markdown ... out.

Run ``interview-parser --help`` for the options and examples. Everything the
command does is also available as a library call (:mod:`interview_parser.exports`).

Exit status: 0 when every input parsed, 1 when any input failed or the
output could not be written, 2 for a usage error (including an output that
would overwrite an input).
"""

from __future__ import annotations

import argparse
import codecs
import collections
import contextlib
import csv
import fnmatch
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path, PurePath
from typing import IO, Any

import attrs

from . import __version__
from .batch import map_in_pool
from .decoding import decode_bytes, read_source
from .errors import Diagnostic, InterviewParseError
from .exports import (
    FORMATS,
    SCRIPTS,
    ExportContext,
    ExportFormat,
    Written,
    convert_script,
    document_id,
    format_help,
    json_schema,
)
from .model import Interview
from .output import AtomicFile, atomic_directory, write_bytes_atomically, write_text_atomically
from .parser import Parser

__all__ = ["FORMATS", "build_arg_parser", "main"]

DEFAULT_GLOBS = ("*.md", "*.markdown", "*.txt")

EXAMPLES = """\
examples:
  interview-parser interview.md                     parse one file, print JSON
  interview-parser transcripts/ -f jsonl -o turns.jsonl
                                                    every turn of every .md/.markdown/.txt file
  interview-parser transcripts/ --glob '*.txt' -f csv --output-dir out/
                                                    one CSV per .txt file, written under out/
  cat interview.md | interview-parser -f text       read stdin, print a summary
  interview-parser 访谈.md --script traditional -f markdown
                                                    canonical Markdown in Traditional script
  interview-parser transcripts/ -f convokit --output-dir corpus/
                                                    one ConvoKit corpus for the whole folder
  interview-parser transcripts/ -f qdpx -o project.qdpx
                                                    one REFI-QDA project (QualCoder, ATLAS.ti, ...)
  interview-parser --schema                         print the JSON Schema of the json output
  interview-parser explain interview.md             why each line became what it did
  interview-parser pseudonymise interview.md        a copy with people's names replaced, and a review report

diagnostics go to stderr as path:line:column: warning: message [code]; --strict makes them errors.
outputs are written whole or not at all, and never over an input.
exit status: 0 all inputs parsed, 1 some input failed or the output could not be written, 2 usage error.
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
    """As shown in messages and in the ``source`` column: the path as given or found
    (undecodable bytes of a file name written as ``\\xNN``), ``-`` for stdin."""
    path: Path | None
    relative: Path
    """Where its output goes under ``--output-dir`` (relative to the folder given)."""
    problem: Failure | None = None
    """Why the input cannot be used at all (missing, an empty or unreadable folder), found before parsing."""
    id: str = ""
    """The document id in ``jsonl``, ``csv`` and ``convokit`` output: the path under the folder
    given, without extension (``nested/interview``), unique within the run."""


@attrs.frozen
class Parsed:
    """What the main process needs of a parsed input: its diagnostics, and its output."""

    diagnostics: tuple[Diagnostic, ...]
    has_turns: bool
    text: str | None = None
    """The input in the chosen format (``None`` for convokit and qdpx, or when ``--strict`` fails it)."""
    doc: Interview | None = None
    """The document, for a format that takes all documents (convokit, qdpx): written from all of them at the end."""
    notes: tuple[Diagnostic, ...] = ()
    """What the writer had to change to write ``text`` (``-f chat``): warnings about the output."""
    problem: str | None = None
    """Why the document could not be written in the chosen format (a vtt without timestamps)."""


Result = Parsed | Failure


class UsageError(Exception):
    """A problem with the command as given, found before any input is read (exit status 2)."""


class OutputError(Exception):
    """The output cannot be written (exit status 1)."""


def display_name(name: str) -> str:
    """``name`` as valid UTF-8 text: bytes of a file name that did not decode become ``\\xNN``.

    Python keeps such bytes as lone surrogates, which no UTF-8 output can hold.

    >>> display_name("caf\\udce9.md")
    'caf\\\\xe9.md'
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        try:
            raw = name.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            return name.encode("utf-8", "backslashreplace").decode("utf-8")
        return raw.decode("utf-8", "backslashreplace")
    return name


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
        help="files, folders (searched recursively) or - for standard input "
        "(default: standard input, when it is not a terminal)",
    )
    ap.add_argument(
        "-f",
        "--format",
        choices=list(FORMATS),
        default="json",
        help=format_help(),
    )
    where = ap.add_mutually_exclusive_group()
    where.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the output to FILE instead of standard output (- for standard output); "
        "for qdpx, the project archive",
    )
    where.add_argument(
        "--output-dir",
        metavar="DIR",
        type=Path,
        help="write one file per input under DIR, keeping the inputs' folders; "
        "for convokit, the corpus folder",
    )
    ap.add_argument(
        "-g",
        "--glob",
        action="append",
        metavar="PATTERN",
        help="file name pattern for folders, relative to the folder; repeatable (default: "
        + ", ".join(DEFAULT_GLOBS)
        + ")",
    )
    ap.add_argument(
        "--hidden",
        action="store_true",
        help="also search hidden files and folders (names starting with a dot, such as .git)",
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
    plugins = ap.add_mutually_exclusive_group()
    plugins.add_argument(
        "--detector",
        action="append",
        metavar="NAME",
        help="add the installed detector plugin NAME (entry point group interview_parser.detectors); repeatable",
    )
    plugins.add_argument(
        "--all-detectors", action="store_true", help="add every installed detector plugin"
    )
    ap.add_argument(
        "-j",
        "--workers",
        type=int,
        metavar="N",
        help="parse files in N processes (default: one process)",
    )
    ap.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no warnings, and no summary line unless an input failed; errors are always shown",
    )
    ap.add_argument("--schema", action="store_true", help="print the JSON Schema of the json output and exit")
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return ap


def glob_problem(pattern: str) -> str | None:
    """Why ``pattern`` cannot be a ``--glob``, or ``None``: it must stay inside the folder searched."""
    pure = PurePath(pattern)
    if not pattern:
        return "a pattern cannot be empty"
    if pure.anchor or pattern.startswith(("/", "\\")):
        return "a pattern is relative to the folder searched and cannot be absolute"
    if ".." in pure.parts or ".." in pattern.replace("\\", "/").split("/"):
        return "a pattern cannot leave the folder searched (..)"
    return None


def encoding_problem(name: str) -> str | None:
    """Why ``name`` cannot decode the inputs (unknown, or not a text encoding such as ``base64``), or ``None``."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        return "unknown encoding"
    if not getattr(info, "_is_text_encoding", True):
        return "not a text encoding"
    return None


# --- inputs ---------------------------------------------------------------------------------


def _matches(relative: PurePath, pattern: str) -> bool:
    """Whether a path under the folder matches ``pattern`` as ``Path.rglob`` would (from the right)."""
    while pattern.startswith("**/"):
        pattern = pattern[3:]
    if "/" not in pattern and "\\" not in pattern:  # the usual case: the file name alone
        return fnmatch.fnmatch(os.path.normcase(relative.name), os.path.normcase(pattern))
    return relative.match(pattern)


def search_folder(
    folder: Path, globs: Sequence[str], *, hidden: bool = False
) -> tuple[list[tuple[Path, PurePath, bool]], list[OSError]]:
    """Files under ``folder`` matching any of ``globs``, sorted, and the folders that could not be read.

    Each file comes with its path under ``folder`` and whether it is a
    symbolic link. Hidden files and folders (a name starting with ``.``) are
    skipped unless ``hidden``; symbolic links to folders are not followed.
    ``os.scandir`` entries know their type, so no file is stat'ed twice.
    """
    found: list[tuple[Path, PurePath, bool]] = []
    problems: list[OSError] = []
    pending: list[tuple[Path, PurePath]] = [(folder, PurePath())]
    while pending:
        directory, under = pending.pop()
        try:
            with os.scandir(directory) as listing:
                entries = list(listing)
        except OSError as exc:
            problems.append(exc)
            continue
        for entry in entries:
            if not hidden and entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append((directory / entry.name, under / entry.name))
                    continue
                relative = under / entry.name
                if any(_matches(relative, pattern) for pattern in globs) and entry.is_file():
                    found.append((directory / entry.name, relative, entry.is_symlink()))
            except OSError:  # vanished while we looked: not an input
                continue
    found.sort(key=lambda item: item[1].parts)
    return found, problems


def collect_sources(inputs: Sequence[str], globs: Sequence[str], *, hidden: bool = False) -> list[Source]:
    """Expand the inputs, in order: folders into the files matching ``globs`` (sorted), ``-`` into stdin.

    An input that cannot be used (missing, a folder without matching files, a
    folder or subfolder that cannot be read) stays in the list with its
    :attr:`Source.problem`, so it is reported in its place and counted as failed.
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
            found, problems = search_folder(path, globs, hidden=hidden)
            for problem in problems:
                where = display_name(os.fspath(problem.filename or raw))
                reason = "permission denied" if isinstance(problem, PermissionError) else problem.strerror or str(problem)
                sources.append(Source(where, None, path, Failure(f"cannot read folder: {reason}")))
            if not found and not problems:
                sources.append(
                    Source(
                        display_name(raw),
                        None,
                        path,
                        Failure(f"no files matching {' or '.join(globs)} in this folder"),
                    )
                )
            base = _resolved(path)
            for file, relative, link in found:
                # below the folder every component is a real folder (links to folders are not followed)
                resolved = _resolved(file) if link else base / relative
                if resolved not in seen:
                    seen.add(resolved)
                    sources.append(Source(display_name(os.fspath(file)), file, Path(relative)))
        elif path.exists():
            resolved = _resolved(path)
            if resolved not in seen:
                seen.add(resolved)
                sources.append(Source(display_name(raw), path, Path(path.name)))
        else:
            sources.append(Source(display_name(raw), None, path, Failure("no such file or folder")))
    return _with_ids(sources)


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return Path(os.path.abspath(path))


def _with_ids(sources: list[Source]) -> list[Source]:
    """Give every source a document id, unique within the run (``-2``, ``-3`` ... on a clash)."""
    taken: set[str] = set()
    out = []
    for source in sources:
        if source.problem is not None:  # writes nothing: takes no id from an input that does
            out.append(source)
            continue
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


def parse_source(source: Source, parser: Parser, *, encoding: str | None = None, data: bytes | None = None) -> Interview | Failure:
    """Parse one input (``data``: the bytes of standard input); every expected problem becomes a :class:`Failure`."""
    try:
        if source.path is None:
            text, used = decode_bytes(data or b"", encoding=encoding, name="-")
            doc = attrs.evolve(parser.parse(text), encoding=used)
        else:
            doc = parser.parse_file(source.path, encoding=encoding)
    except InterviewParseError as exc:
        message = exc.msg
        for prefix in {source.name, os.fspath(source.path or "-")}:
            if message.startswith(f"{prefix}: "):
                message = message[len(prefix) + 2 :]
        return Failure(display_name(message), exc.line, exc.column)
    except IsADirectoryError:
        return Failure("is a folder, not a file")
    except PermissionError:
        return Failure("cannot read: permission denied")
    except LookupError as exc:  # unknown --encoding (checked up front; kept for library callers)
        return Failure(f"cannot decode: {exc}")
    except OSError as exc:
        return Failure(display_name(f"cannot read: {exc.strerror or exc}"))
    except Exception as exc:  # a bug in a detector must not stop the batch
        return Failure(display_name(f"internal error: {type(exc).__name__}: {exc}"))
    if _is_empty(doc):
        return Failure("empty input: nothing to parse")
    return doc


@attrs.frozen
class Job:
    """Parse one input and format it: runs in the worker processes, so only text comes back.

    Shipping a whole :class:`Interview` back from a worker costs about as
    much as parsing it; the formatted text is a fraction of that.
    """

    parser: Parser
    format: str
    encoding: str | None = None
    script: str | None = None
    strict: bool = False
    many: bool = False
    escape_formulas: bool = True

    def __call__(self, source: Source, data: bytes | None = None) -> Result:
        doc = parse_source(source, self.parser, encoding=self.encoding, data=data)
        if isinstance(doc, Failure):
            return doc
        diagnostics, has_turns = tuple(doc.diagnostics), bool(doc.turns)
        if self.strict and diagnostics:
            return Parsed(diagnostics, has_turns)
        try:
            if self.script:
                doc = convert_script(doc, self.script)
            if FORMATS[self.format].takes_many:
                return Parsed(diagnostics, has_turns, doc=doc)
            written = format_document(doc, self.format, source, many=self.many, escape_formulas=self.escape_formulas)
            return Parsed(diagnostics, has_turns, text=written.text, notes=written.diagnostics)
        except (ValueError, RuntimeError) as exc:
            return Parsed(diagnostics, has_turns, problem=display_name(str(exc)))
        except Exception as exc:  # a bug in a formatter must not stop the batch
            return Parsed(diagnostics, has_turns, problem=display_name(f"internal error: {type(exc).__name__}: {exc}"))


def run_jobs(
    sources: Sequence[Source], job: Job, *, workers: int | None = None, stdin: IO[bytes] | None = None
) -> Iterator[tuple[Source, Result]]:
    """Results in input order: files in ``workers`` processes, standard input read here."""
    files = [s for s in sources if s.path is not None and s.problem is None]
    pooled = iter(map_in_pool(job, files, workers=workers or 1))
    for source in sources:
        if source.problem is not None:
            yield source, source.problem
        elif source.path is None:
            try:
                data = (stdin or sys.stdin.buffer).read()
            except (OSError, AttributeError, ValueError) as exc:
                yield source, Failure(f"cannot read standard input: {exc}")
                continue
            yield source, job(source, data)
        else:
            yield source, next(pooled)


# --- outputs ---------------------------------------------------------------------------------


def format_document(
    doc: Interview, fmt: str, source: Source, *, many: bool = False, escape_formulas: bool = True
) -> Written:
    """One document in ``fmt`` (a one-document format of :data:`FORMATS`): its text, ending in a
    newline, and what the writer had to change to write it.

    ``many`` is set when several documents go to one stream: JSON is then
    written on one line (an element of the array), the summary names its source.
    """
    writer = FORMATS[fmt].one
    if writer is None:
        raise ValueError(f"--format {fmt} writes all inputs at once, not one document")
    doc_id = source.id or document_id(source.path, fallback="stdin")
    return writer(doc, ExportContext(doc_id, source.name, many, escape_formulas))


class Stream:
    """Documents written one after another to one stream, framed so the whole stays valid.

    JSON from several inputs is one array; CSV has one header; Markdown and
    text documents are separated by a blank line (Markdown with a comment
    naming the source).
    """

    def __init__(self, out: IO[str] | AtomicFile, fmt: str, *, many: bool) -> None:
        self.out = out
        self.format = fmt
        self.many = many
        self.count = 0

    def add(self, source: Source, text: str) -> None:
        if self.format == "json" and self.many:
            text = ("[\n" if self.count == 0 else ",\n") + text.rstrip("\n")
        elif self.format == "csv" and self.count:
            text = text.split("\n", 1)[1]
        elif self.format == "markdown" and self.many:
            text = f"<!-- {source.name.replace('--', '- -')} -->\n{text}\n"
        elif self.format == "text" and self.many:
            text += "\n"
        self.out.write(text)
        self.count += 1

    def close(self) -> None:
        if self.format == "json" and self.many:
            self.out.write("\n]\n" if self.count else "[]\n")


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

    def diagnostics(self, name: str, diagnostics: Iterable[Diagnostic], *, strict: bool) -> None:
        kind = "error" if strict else "warning"
        if self.quiet and not strict:
            return
        for d in diagnostics:
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


def overwritten_input(targets: Iterable[Path], sources: Sequence[Source]) -> tuple[Path, Source] | None:
    """The first output path that is one of the inputs (the same path, or a link to the same file).

    Checked for every output against every input before anything is read,
    so no output replaces an input, nor a file a later input would read.
    """
    targets = list(targets)
    if not targets:
        return None
    by_path: dict[Path, Source] = {}
    by_inode: dict[tuple[int, int], Source] = {}
    for source in sources:
        if source.path is None or source.problem is not None:
            continue
        by_path[_resolved(source.path)] = source
        with contextlib.suppress(OSError):
            st = source.path.stat()
            by_inode[(st.st_dev, st.st_ino)] = source
    for target in targets:
        hit = by_path.get(_resolved(target))
        if hit is None:
            with contextlib.suppress(OSError):
                st = target.stat()
                hit = by_inode.get((st.st_dev, st.st_ino))
        if hit is not None:
            return target, hit
    return None


def _utf8(stream: IO[str] | None) -> IO[str] | None:
    """Standard output in UTF-8 when it is a pipe or a file, whatever the locale."""
    if isinstance(stream, io.TextIOWrapper) and not stream.isatty():
        stream.reconfigure(encoding="utf-8")
    return stream


def _reason(exc: OSError) -> str:
    return "permission denied" if isinstance(exc, PermissionError) else (exc.strerror or str(exc))


def _build_parser(args: argparse.Namespace) -> Parser:
    """The parser, with the detector plugins asked for."""
    parser = Parser()
    if not (args.all_detectors or args.detector):
        return parser
    try:
        return parser.with_entry_points(names=None if args.all_detectors else args.detector)
    except LookupError as exc:
        raise UsageError(str(exc).strip("'\"")) from None
    except Exception as exc:  # a plugin that does not import or construct
        raise UsageError(f"cannot load a detector plugin: {type(exc).__name__}: {exc}") from None


# --- main -------------------------------------------------------------------------------------


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    stdin: IO[bytes] | None = None,
) -> int:
    """Run the command; returns the exit status.

    ``stdin`` (bytes) replaces standard input, for tests and embedding; it
    counts as piped.
    """
    out = stdout or _utf8(sys.stdout)
    err = stderr or sys.stderr or io.StringIO()  # stderr closed: messages are lost, the status is not
    words = list(sys.argv[1:] if argv is None else argv)
    if words[:1] == ["explain"]:
        return explain_main(words[1:], out, err)
    if words[:1] in (["pseudonymise"], ["pseudonymize"]):
        return pseudonymise_main(words[1:], err)
    ap = build_arg_parser()
    args = ap.parse_args(argv)
    to_file = args.output not in (None, "-")
    if out is None and not to_file and (args.output_dir is None or args.schema):
        print("interview-parser: error: standard output is closed: give -o FILE or --output-dir DIR", file=err)
        return 1
    if args.schema:
        schema = json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
        if not to_file:
            assert out is not None
            out.write(schema)
            return 0
        try:
            write_text_atomically(args.output, schema)
        except OSError as exc:
            print(f"interview-parser: error: cannot write {display_name(args.output)}: {_reason(exc)}", file=err)
            return 1
        return 0
    if not args.inputs:
        piped = stdin is not None or (sys.stdin is not None and not sys.stdin.isatty())
        if not piped:
            ap.print_usage(err)
            print("interview-parser: error: no input: give files, folders, or - to read standard input", file=err)
            return 2
        args.inputs = ["-"]
    problem = argument_problem(args)
    if problem:
        print(f"interview-parser: error: {problem}", file=err)
        return 2
    try:
        return _run(args, out, err, stdin)
    except UsageError as exc:
        print(f"interview-parser: error: {exc}", file=err)
        return 2
    except OutputError as exc:
        print(f"interview-parser: error: {exc}", file=err)
        return 1
    except KeyboardInterrupt:
        print("interview-parser: interrupted", file=err)
        return 130
    except BrokenPipeError:
        # the reader went away (``| head``): stop quietly, as other command-line tools do
        if out is not None and out is sys.stdout:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, out.fileno())
        return 141


def explain_main(argv: Sequence[str], out: IO[str] | None, err: IO[str]) -> int:
    """``interview-parser explain FILE...``: what each detector proposed on each line, what was
    decided and why (see :meth:`.Parser.explain`)."""
    ap = argparse.ArgumentParser(
        prog="interview-parser explain",
        description="Show, line by line, what each detector proposed, what was decided and why.",
    )
    ap.add_argument("inputs", nargs="+", metavar="FILE", help="transcript files, or - for standard input")
    ap.add_argument("--encoding", metavar="NAME", help="read the files in this encoding instead of detecting it")
    ap.add_argument("--detector", action="append", default=[], metavar="NAME", help="also load this detector plugin")
    ap.add_argument("--all-detectors", action="store_true", help="load every installed detector plugin")
    args = ap.parse_args(argv)
    if out is None:
        print("interview-parser: error: standard output is closed", file=err)
        return 1
    try:
        parser = _build_parser(args)
    except UsageError as exc:
        print(f"interview-parser: error: {exc}", file=err)
        return 2
    status = 0
    for index, name in enumerate(args.inputs):
        try:
            if name == "-":
                text, _ = decode_bytes(sys.stdin.buffer.read(), encoding=args.encoding, name="-")
            else:
                text = read_source(name, encoding=args.encoding).text
        except (OSError, LookupError, InterviewParseError) as exc:
            print(f"interview-parser: error: {display_name(name)}: {_problem(exc)}", file=err)
            status = 1
            continue
        if len(args.inputs) > 1:
            out.write(("\n" if index else "") + f"== {display_name(name)}\n")
        out.write(str(parser.explain(text)) + "\n")
    return status


PSEUDONYMISE_EXAMPLES = """\
examples:
  interview-parser pseudonymise interview.md        writes interview.pseudonymised.md and
                                                    interview.pseudonymised.review.csv beside it
  interview-parser pseudonymise transcripts/ --map names.csv --output-dir shared/
                                                    the pseudonyms names.csv gives (name,pseudonym rows),
                                                    copies under shared/ with the same names

Only the names change: every other byte of each file is kept. The review report lists each
replacement (line, column, old, new) and each name left as written (inside a URL or an e-mail
address, or naming two people), which is also printed as a warning. Inputs are never overwritten.
"""


def pseudonymise_main(argv: Sequence[str], err: IO[str]) -> int:
    """``interview-parser pseudonymise FILE...``: pseudonymised copies and a review report for each
    (see :func:`.edit.pseudonymise`)."""
    from .edit import decode_exactly, pseudonymise
    from .pseudonyms import PSEUDONYMS

    ap = argparse.ArgumentParser(
        prog="interview-parser pseudonymise",
        description="Replace people's names by pseudonyms in labels, speech and front matter; nothing else changes.",
        epilog=PSEUDONYMISE_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("inputs", nargs="+", metavar="FILE", help="transcript files, or folders (searched recursively)")
    ap.add_argument("--map", type=Path, metavar="CSV", help="name,pseudonym rows; without it every named person gets one by role")
    ap.add_argument("--output-dir", type=Path, metavar="DIR", help="write the copies under DIR (default: beside each input)")
    ap.add_argument("--language", choices=list(PSEUDONYMS), help="words of the automatic pseudonyms (default: the document's)")
    ap.add_argument("--encoding", metavar="NAME", help="decode inputs with this encoding instead of detecting it")
    ap.add_argument("-q", "--quiet", action="store_true", help="no summary lines; kept names are still reported")
    args = ap.parse_args(argv)
    try:
        if "-" in args.inputs:
            raise UsageError("pseudonymise reads files, not standard input: it writes a copy beside each")
        if args.encoding is not None and (problem := encoding_problem(args.encoding)):
            raise UsageError(f"--encoding {args.encoding}: {problem}")
        mapping = read_name_map(args.map) if args.map is not None else None
        sources = collect_sources(args.inputs, DEFAULT_GLOBS)
        copies = [s for s in sources if s.path is not None and s.path.stem.endswith(_COPY_SUFFIX)]
        for source in copies:  # a second run over a folder meets the first run's copies
            print(f"interview-parser: note: {source.name}: a pseudonymised copy, skipped", file=err)
        sources = [s for s in sources if s not in copies]
        plan = _pseudonymised_paths(sources, args.output_dir)
    except UsageError as exc:
        print(f"interview-parser: error: {exc}", file=err)
        return 2
    pseudonyms = PSEUDONYMS[args.language] if args.language else None
    failed = 0
    for source in sources:
        if source.problem is not None or source.path is None:
            print(f"interview-parser: error: {source.name}: {source.problem.message if source.problem else '?'}", file=err)
            failed += 1
            continue
        copy, report = plan[source]
        try:
            text, codec = decode_exactly(source.path.read_bytes(), encoding=args.encoding, name=source.name)
            edit = pseudonymise(text, mapping, pseudonyms=pseudonyms)
            write_bytes_atomically(copy, edit.text.encode(codec))
            write_text_atomically(report, edit.report())
        except (OSError, ValueError, InterviewParseError) as exc:
            print(f"interview-parser: error: {source.name}: {_problem(exc)}", file=err)
            failed += 1
            continue
        for kept in edit.kept:
            print(f"{source.name}:{kept.line}:{kept.column}: warning: {kept.old!r} kept: {kept.reason} [name-kept]", file=err)
        if not args.quiet:
            changed = len(edit.replacements) - len(edit.kept)
            print(
                f"{source.name}: {changed} replaced, {len(edit.kept)} kept -> {display_name(os.fspath(copy))}",
                file=err,
            )
    return 1 if failed else 0


def read_name_map(path: Path) -> dict[str, str]:
    """``name,pseudonym`` rows of a CSV file (a first row ``name,pseudonym`` is a header)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = _reason(exc) if isinstance(exc, OSError) else "not UTF-8"
        raise UsageError(f"--map {display_name(os.fspath(path))}: {reason}") from None
    mapping: dict[str, str] = {}
    for number, row in enumerate(csv.reader(io.StringIO(text)), 1):
        cells = [cell.strip() for cell in row]
        if not any(cells) or (number == 1 and [c.casefold() for c in cells] == ["name", "pseudonym"]):
            continue
        if len(cells) != 2 or not all(cells):
            raise UsageError(f"--map {display_name(os.fspath(path))}:{number}: expected two cells, name,pseudonym")
        mapping[cells[0]] = cells[1]
    return mapping


_COPY_SUFFIX = ".pseudonymised"


def _pseudonymised_paths(sources: Sequence[Source], output_dir: Path | None) -> dict[Source, tuple[Path, Path]]:
    """Each input's copy and review report: under ``output_dir`` with its own name, or beside it as
    ``NAME.pseudonymised.EXT``; refuses any that is an input."""
    plan: dict[Source, tuple[Path, Path]] = {}
    for source in sources:
        if source.path is None or source.problem is not None:
            continue
        if output_dir is not None:
            copy = output_dir / source.relative
            report = copy.with_name(copy.stem + ".review.csv")
        else:
            copy = source.path.with_name(f"{source.path.stem}{_COPY_SUFFIX}{source.path.suffix}")
            report = copy.with_name(copy.stem + ".review.csv")
        plan[source] = (copy, report)
    targets = [path for pair in plan.values() for path in pair]
    counts = collections.Counter(targets)
    twice = next((path for path in targets if counts[path] > 1), None)
    if twice is not None:
        raise UsageError(f"two inputs would be written to {display_name(os.fspath(twice))}: give them in separate runs")
    clash = overwritten_input(targets, sources)
    if clash is not None:
        target, source = clash
        raise UsageError(f"refusing to write {display_name(os.fspath(target))}: it is the input {source.name}")
    return plan


def _problem(exc: Exception) -> str:
    if isinstance(exc, InterviewParseError):
        return exc.msg
    if isinstance(exc, OSError):
        return _reason(exc)
    return str(exc)


def argument_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with the options, checked once before any input is read (one line, exit status 2)."""
    spec = FORMATS[args.format]
    if spec.takes_many and spec.folder and args.output_dir is None:
        return f"--format {spec.name} writes {spec.output}: give it with {spec.target}"
    if spec.takes_many and not spec.folder and args.output in (None, "-"):
        return f"--format {spec.name} writes {spec.output} for all inputs: give it with {spec.target}"
    if args.workers is not None and args.workers < 1:
        return "--workers must be at least 1"
    if args.encoding is not None:
        problem = encoding_problem(args.encoding)
        if problem:
            return f"--encoding {args.encoding}: {problem}"
    for pattern in args.glob or ():
        problem = glob_problem(pattern)
        if problem:
            return f"--glob {pattern!r}: {problem}"
    return None


def _plan(args: argparse.Namespace, sources: Sequence[Source]) -> dict[Source, Path]:
    """Where each input's output goes under ``--output-dir``; refuses outputs that are inputs."""
    fmt, many = args.format, len(sources) > 1
    spec = FORMATS[fmt]
    targets: dict[Source, Path] = {}
    if args.output_dir is not None and args.output_dir.exists() and not args.output_dir.is_dir():
        raise UsageError(f"--output-dir {display_name(os.fspath(args.output_dir))}: exists and is not a folder")
    if args.output not in (None, "-"):
        file = Path(args.output)
        if file.is_dir() or args.output.endswith(("/", os.sep)):
            if spec.takes_many:
                raise UsageError(
                    f"-o {display_name(args.output)} is a folder: --format {fmt} writes one file; "
                    f"name it, such as {display_name(os.fspath(file / ('project' + spec.extension)))}"
                )
            raise UsageError(
                f"-o {display_name(args.output)} is a folder: -o names one output file; "
                "for one file per input use --output-dir"
            )
        checked = [file]
        option = "-o"
    elif spec.takes_many:
        checked = [args.output_dir / name for name in spec.files]
        option = "--output-dir"
    elif args.output_dir is not None:
        taken: set[Path] = set()
        for source in sources:
            if source.problem is None:
                targets[source] = _output_path(args.output_dir, source, fmt, taken)
        checked = list(targets.values())
        option = "--output-dir"
    else:
        checked = []
        option = ""
    if many and not spec.joins and args.output_dir is None:
        raise UsageError(
            f"-f {fmt} writes one transcript per file and cannot join {len(sources)} inputs in one stream: "
            "use --output-dir DIR"
        )
    clash = overwritten_input(checked, sources)
    if clash is not None:
        target, source = clash
        raise UsageError(
            f"refusing to write {display_name(os.fspath(target))}: it is the input {source.name}; "
            f"choose another {option}"
        )
    return targets


def _export_notes(reporter: Reporter, name: str, notes: Iterable[Diagnostic], *, quiet: bool) -> None:
    """What a writer had to change in its output (``-f chat``), as warnings.

    They describe the output, not the input, so ``--strict`` does not fail on them.
    """
    if not quiet:
        for d in notes:
            reporter.say(f"{name}:{d.line}:{d.column}: warning: {d.message} [{d.code}]")


def _write_all(spec: ExportFormat, args: argparse.Namespace, corpus: dict[str, Interview], sources: dict[str, str]) -> None:
    """Write a many-document format: a folder built under a temporary name, or one file written whole."""
    assert spec.many is not None
    items = list(corpus.items())
    if spec.folder:
        with atomic_directory(args.output_dir) as temp:
            spec.many(items, temp, sources, args.output_dir.name or "interviews")
    else:
        target = Path(args.output)
        spec.many(items, target, sources, target.stem or "interviews")  # writes through a temporary file


def _run(args: argparse.Namespace, out: IO[str] | None, err: IO[str], stdin: IO[bytes] | None) -> int:
    sources = collect_sources(args.inputs, args.glob or DEFAULT_GLOBS, hidden=args.hidden)
    many = len(sources) > 1
    fmt = args.format
    spec = FORMATS[fmt]
    targets = _plan(args, sources)
    job = Job(
        _build_parser(args),
        fmt,
        encoding=args.encoding,
        script=args.script,
        strict=args.strict,
        many=many and args.output_dir is None,
        escape_formulas=not args.raw_csv,
    )
    total = len(sources)
    succeeded = failed = 0
    corpus: dict[str, Interview] = {}
    corpus_sources: dict[str, str] = {}
    with contextlib.ExitStack() as stack:
        file: AtomicFile | None = None
        stream: Stream | None = None
        if spec.takes_many:
            pass  # written from all documents at the end
        elif args.output not in (None, "-"):
            try:
                file = stack.enter_context(AtomicFile(args.output))
            except OSError as exc:
                raise OutputError(f"cannot write {display_name(args.output)}: {_reason(exc)}") from None
            stream = Stream(file, fmt, many=many)
        elif args.output_dir is None:
            assert out is not None
            stream = Stream(out, fmt, many=many)
        reporter = Reporter(err, quiet=args.quiet, total=total)
        stack.callback(reporter.close)
        for source, result in run_jobs(sources, job, workers=args.workers, stdin=stdin):
            reporter.advance()
            if isinstance(result, Failure):
                reporter.error(source.name, result)
                failed += 1
                continue
            reporter.diagnostics(source.name, result.diagnostics, strict=args.strict)
            if args.strict and result.diagnostics:
                failed += 1
                continue
            if result.problem is not None:
                reporter.error(source.name, Failure(result.problem))
                failed += 1
                continue
            if result.doc is not None:
                corpus[source.id] = result.doc
                corpus_sources[source.id] = source.name
            elif stream is not None:
                assert result.text is not None
                _export_notes(reporter, source.name, result.notes, quiet=args.quiet)
                try:
                    stream.add(source, result.text)
                except BrokenPipeError:
                    raise
                except OSError as exc:
                    where = "standard output" if file is None else display_name(args.output)
                    raise OutputError(f"cannot write {where}: {_reason(exc)}") from None
            else:
                assert result.text is not None
                target = targets[source]
                _export_notes(reporter, source.name, result.notes, quiet=args.quiet)
                try:
                    write_text_atomically(target, result.text)
                except (OSError, ValueError) as exc:
                    reason = _reason(exc) if isinstance(exc, OSError) else str(exc)
                    reporter.error(source.name, Failure(f"cannot write {display_name(os.fspath(target))}: {reason}"))
                    failed += 1
                    continue
            succeeded += 1
        try:
            if stream is not None:
                stream.close()
            if file is not None:
                if succeeded:  # otherwise an existing FILE stays as it was
                    file.commit()
            elif stream is not None and out is not None:
                out.flush()
            if spec.takes_many and corpus:
                _write_all(spec, args, corpus, corpus_sources)
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as exc:
            if args.output not in (None, "-"):
                where = display_name(args.output)
            elif args.output_dir is not None:
                where = display_name(os.fspath(args.output_dir))
            else:
                where = "standard output"
            reason = _reason(exc) if isinstance(exc, OSError) else display_name(str(exc))
            raise OutputError(f"cannot write {where}: {reason}") from None
    if failed or (many and not args.quiet):
        plural = "input" if total == 1 else "inputs"
        print(f"interview-parser: {total} {plural}: {succeeded} succeeded, {failed} failed", file=err)
    return 1 if failed else 0
