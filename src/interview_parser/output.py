"""Writing output files all or nothing: a temporary file (or folder) beside the target, renamed into place.

A reader of the target sees the old content or the new, never half of the
new one: a full disk, a file-size limit (``ulimit -f``), an encoding error or
an interrupt leaves the target as it was and removes the temporary file,
and any folder made for it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

__all__ = ["AtomicFile", "atomic_directory", "write_bytes_atomically", "write_text_atomically"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _mode(target: Path, default: int) -> int:
    """The target's permission bits when it exists, else ``default`` under the umask (as ``open`` would)."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return default & ~_umask()


def _make_parents(folder: Path) -> list[Path]:
    """Create ``folder`` and its missing parents; return those created, outermost first."""
    missing: list[Path] = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    created: list[Path] = []
    for path in reversed(missing):
        try:
            path.mkdir()
        except FileExistsError:
            continue
        created.append(path)
    return created


def _remove_folders(created: list[Path]) -> None:
    """Remove the folders :func:`_make_parents` created, innermost first, if they are still empty."""
    for path in reversed(created):
        with contextlib.suppress(OSError):
            path.rmdir()


class AtomicFile:
    """A text file written under a temporary name and renamed over ``target`` by :meth:`commit`.

    Use as a context manager: leaving the block without :meth:`commit`
    (an exception, or nothing worth keeping) removes the temporary file and
    leaves ``target`` untouched. The temporary file is created at once, so
    an unwritable folder is found before any work is done.
    """

    def __init__(self, target: str | os.PathLike[str]) -> None:
        self.target = Path(target)
        self._created = _make_parents(self.target.parent)
        try:
            fd, name = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".tmp", dir=self.target.parent)
        except BaseException:
            _remove_folders(self._created)
            raise
        self._temp = Path(name)
        self._file: IO[str] = open(fd, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed by commit/discard
        self.done = False

    def write(self, text: str) -> int:
        """Write ``text`` (UTF-8, line endings as given)."""
        return self._file.write(text)

    def commit(self) -> None:
        """Close and rename over the target.

        No ``fsync``: this guards against failed writes, not power loss, and
        a sync per file would make a folder of small outputs much slower.
        """
        self._file.close()
        os.chmod(self._temp, _mode(self.target, 0o666))
        os.replace(self._temp, self.target)
        self.done = True

    def discard(self) -> None:
        """Remove the temporary file (and the folders made for it); the target stays as it was."""
        if self.done:
            return
        with contextlib.suppress(OSError):
            self._file.close()
        with contextlib.suppress(OSError):
            self._temp.unlink()
        _remove_folders(self._created)
        self.done = True

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()


def write_text_atomically(target: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``target`` in UTF-8, all or nothing."""
    with AtomicFile(target) as file:
        file.write(text)
        file.commit()


def write_bytes_atomically(target: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``target``, all or nothing, as :class:`AtomicFile` writes text (a ``.qdpx`` archive).

    The folders ``target`` needs are made, and removed again when the write fails.
    """
    out = Path(target)
    created = _make_parents(out.parent)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    except BaseException:
        _remove_folders(created)
        raise
    temp = Path(name)
    try:
        with open(fd, "wb") as fp:
            fp.write(data)
        os.chmod(temp, _mode(out, 0o666))
        os.replace(temp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        _remove_folders(created)
        raise
    return out


@contextlib.contextmanager
def atomic_directory(target: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary folder beside ``target`` to fill; its files replace ``target``'s when the block succeeds.

    When ``target`` does not exist the folder is renamed to it; when it is a
    folder already, each new file is renamed into it (files of the same name
    are replaced, others are kept). Every file is complete before the first
    rename, so a failure while writing leaves ``target`` as it was.

    Raises:
        NotADirectoryError: ``target`` exists and is not a folder.
    """
    out = Path(target)
    if out.exists() and not out.is_dir():
        raise NotADirectoryError(f"{out} exists and is not a folder")
    created = _make_parents(out.parent)
    try:
        temp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    except BaseException:
        _remove_folders(created)
        raise
    try:
        yield temp
        if out.is_dir():
            for child in sorted(temp.iterdir()):
                os.replace(child, out / child.name)
            temp.rmdir()
        else:
            os.chmod(temp, 0o777 & ~_umask())
            os.rename(temp, out)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        _remove_folders(created)
        raise
