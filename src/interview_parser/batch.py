"""Many documents: parse files with a process pool, in input order, one result per file.

>>> from interview_parser import parse_many
>>> [r.error for r in parse_many(["no/such/file.md"], workers=1)]
["FileNotFoundError: [Errno 2] No such file or directory: 'no/such/file.md'"]

Parsing is pure Python and holds the GIL, so threads do not help; worker
*processes* do. Two things decide whether they pay off (see
``docs/large-corpora.md#performance``):

* **What comes back.** Each result is pickled in the worker and unpickled in
  the parent. A full :class:`~interview_parser.model.Interview` costs about
  as much to ship as to parse, so ask for ``to="jsonl"`` (one JSON line), or
  pass a function that keeps only what you need (a row, a count) -- it runs
  in the worker.
* **Chunking.** Paths go to the workers in chunks of 32 (never fewer than
  16 once the batch is large enough to keep every worker busy), so the
  per-task overhead of the pool stays small.
"""

from __future__ import annotations

import functools
import math
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Generic, Literal, TypeVar, overload

import attrs

from .model import Interview
from .parser import DEFAULT_PARSER, Parser

__all__ = ["BatchResult", "parse_many"]

T = TypeVar("T")
A = TypeVar("A")

Output = Literal["interview", "dict", "jsonl"]
"""What :func:`parse_many` returns per file, unless a function is given."""

_MAX_CHUNK = 32
_MIN_CHUNK = 16


@attrs.frozen
class BatchResult(Generic[T]):
    """The outcome for one input path: a value, or the error that stopped it."""

    path: str
    """The input path, as given (``os.fspath``)."""
    value: T | None = None
    """What ``to=`` asked for; ``None`` when the file failed."""
    error: str | None = None
    """``"ExceptionType: message"`` when reading, decoding or parsing failed, else ``None``."""

    @property
    def ok(self) -> bool:
        """Whether the file was parsed."""
        return self.error is None


def _convert(doc: Interview, to: Output | Callable[[Interview], Any]) -> Any:
    if to == "interview":
        return doc
    if to == "dict":
        return doc.to_dict()
    if to == "jsonl":
        return doc.to_json()
    if callable(to):
        return to(doc)
    raise ValueError(f"to= must be 'interview', 'dict', 'jsonl' or a callable, not {to!r}")


def _one(path: str, parser: Parser, to: Output | Callable[[Interview], Any], encoding: str | None) -> BatchResult[Any]:
    try:
        value = _convert(parser.parse_file(path, encoding=encoding), to)
    except Exception as exc:  # one bad file must not stop the batch
        return BatchResult(path, None, f"{type(exc).__name__}: {exc}")
    return BatchResult(path, value, None)


# Set once per worker process by the pool initializer, so the function (and the
# parser and options it carries) is pickled once per worker rather than once per item.
_WORKER: Callable[[Any], Any] | None = None


def _init_worker(func: Callable[[Any], Any]) -> None:
    global _WORKER
    _WORKER = func


def _work(item: Any) -> Any:
    assert _WORKER is not None, "worker not initialised"
    return _WORKER(item)


def map_in_pool(
    func: Callable[[A], T],
    items: Sequence[A],
    *,
    workers: int,
    chunksize: int | None = None,
    start_method: str | None = None,
) -> Iterator[T]:
    """``func(item)`` for every item, in order, in ``workers`` processes (this process when 1).

    The engine under :func:`parse_many`, also used by the command line, which
    formats in the worker so that only text comes back. ``func`` and the
    items must pickle; ``func`` is sent once per worker. ``func`` should not
    raise: an exception ends the iteration.
    """
    workers = min(workers, len(items))
    if workers <= 1:
        for item in items:
            yield func(item)
        return
    import multiprocessing  # here, not at the top: `import interview_parser` stays cheap for one-file users

    context = multiprocessing.get_context(start_method)
    size = chunksize if chunksize is not None else _chunksize(len(items), workers)
    with context.Pool(workers, initializer=_init_worker, initargs=(func,)) as pool:
        yield from pool.imap(_work, items, chunksize=size)


def _chunksize(count: int, workers: int) -> int:
    """32 per task; for a small batch, fewer, so that every worker gets about four tasks."""
    if count >= _MIN_CHUNK * 4 * workers:
        return max(_MIN_CHUNK, min(_MAX_CHUNK, math.ceil(count / (4 * workers))))
    return max(1, math.ceil(count / (4 * workers)))


@overload
def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = ...,
    to: Literal["interview"] = ...,
    encoding: str | None = ...,
    parser: Parser | None = ...,
    chunksize: int | None = ...,
    start_method: str | None = ...,
) -> Iterator[BatchResult[Interview]]: ...


@overload
def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = ...,
    to: Literal["dict"],
    encoding: str | None = ...,
    parser: Parser | None = ...,
    chunksize: int | None = ...,
    start_method: str | None = ...,
) -> Iterator[BatchResult[dict[str, Any]]]: ...


@overload
def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = ...,
    to: Literal["jsonl"],
    encoding: str | None = ...,
    parser: Parser | None = ...,
    chunksize: int | None = ...,
    start_method: str | None = ...,
) -> Iterator[BatchResult[str]]: ...


@overload
def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = ...,
    to: Callable[[Interview], T],
    encoding: str | None = ...,
    parser: Parser | None = ...,
    chunksize: int | None = ...,
    start_method: str | None = ...,
) -> Iterator[BatchResult[T]]: ...


def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    to: Output | Callable[[Interview], Any] = "interview",
    encoding: str | None = None,
    parser: Parser | None = None,
    chunksize: int | None = None,
    start_method: str | None = None,
) -> Iterator[BatchResult[Any]]:
    """Parse every file in ``paths``; yield one :class:`BatchResult` per path, in input order.

    Never stops at a bad file: a file that cannot be read, decoded or parsed
    (or whose ``to`` function raises) yields a result with ``error`` set and
    ``value`` ``None``; the batch goes on.

    Args:
        paths: Files to parse. The iterable is read in full before work starts.
        workers: Worker processes. ``None``: ``os.cpu_count()``. ``1``: parse
            in this process, no pool (also used when there is only one path).
        to: What each result's ``value`` holds: ``"interview"`` (the
            :class:`~interview_parser.model.Interview`), ``"dict"``
            (:meth:`~interview_parser.model.Interview.to_dict`), ``"jsonl"``
            (:meth:`~interview_parser.model.Interview.to_json`, one line, no
            newline at the end), or a function ``Interview -> value``, which
            runs in the worker. With a pool, the function must be picklable
            (defined at module level) and the value is pickled back: return
            something small.
        encoding: Passed to :meth:`~interview_parser.parser.Parser.parse_file`;
            ``None`` detects the encoding per file.
        parser: A configured :class:`~interview_parser.parser.Parser`;
            default: the same parser as :func:`~interview_parser.parse`.
        chunksize: Paths per pool task; default 32, fewer for a small batch so that
            every worker gets about four tasks.
        start_method: ``multiprocessing`` start method (``"fork"``,
            ``"spawn"``, ``"forkserver"``); default: the platform's.

    Returns:
        A lazy iterator. The pool starts on the first ``next()`` and is shut
        down when the iterator is exhausted or closed.

    Example, writing JSON Lines with both cores::

        with open("out.jsonl", "w", encoding="utf-8") as out:
            for result in parse_many(paths, to="jsonl"):
                if result.ok:
                    out.write(result.value + "\\n")
                else:
                    print(result.path, result.error)
    """
    if not (to in ("interview", "dict", "jsonl") or callable(to)):
        raise ValueError(f"to= must be 'interview', 'dict', 'jsonl' or a callable, not {to!r}")
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if chunksize is not None and chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    items = [os.fspath(p) for p in paths]
    count = workers if workers is not None else (os.cpu_count() or 1)
    return _run(items, parser or DEFAULT_PARSER, to, encoding, min(count, len(items)), chunksize, start_method)


def _run(
    items: list[str],
    parser: Parser,
    to: Output | Callable[[Interview], Any],
    encoding: str | None,
    workers: int,
    chunksize: int | None,
    start_method: str | None,
) -> Iterator[BatchResult[Any]]:
    func = functools.partial(_one, parser=parser, to=to, encoding=encoding)
    yield from map_in_pool(func, items, workers=workers, chunksize=chunksize, start_method=start_method)
