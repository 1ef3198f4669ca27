"""Writing outputs all or nothing: permissions as a plain write would give, no leftovers on failure."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from interview_parser.output import AtomicFile, atomic_directory, write_text_atomically

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


@posix_only
def test_a_new_file_gets_the_umask_mode_not_the_temporary_files(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_text_atomically(tmp_path / "a.txt", "x")
        plain = tmp_path / "plain.txt"
        plain.write_text("x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.txt").stat().st_mode) == stat.S_IMODE(plain.stat().st_mode) == 0o644


@posix_only
def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("old")
    target.chmod(0o640)
    write_text_atomically(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_text_is_written_as_given(tmp_path: Path) -> None:
    write_text_atomically(tmp_path / "a.csv", "a,b\r\nc,d\r\n")
    assert (tmp_path / "a.csv").read_bytes() == b"a,b\r\nc,d\r\n"


def test_leaving_without_commit_leaves_nothing(tmp_path: Path) -> None:
    with AtomicFile(tmp_path / "new" / "deeper" / "a.txt") as file:
        file.write("half")
    assert list(tmp_path.iterdir()) == []
    (tmp_path / "b.txt").write_text("old")

    def fail_midway() -> None:
        with AtomicFile(tmp_path / "b.txt") as file:
            file.write("new")
            raise RuntimeError

    with pytest.raises(RuntimeError):
        fail_midway()
    assert [p.name for p in tmp_path.iterdir()] == ["b.txt"]
    assert (tmp_path / "b.txt").read_text() == "old"


def test_a_folder_is_renamed_into_place_or_merged_file_by_file(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    with atomic_directory(out) as temp:
        (temp / "a.json").write_text("1")
        assert not out.exists()
    assert sorted(p.name for p in out.iterdir()) == ["a.json"]
    (out / "keep.txt").write_text("mine")
    with atomic_directory(out) as temp:
        (temp / "a.json").write_text("2")
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "keep.txt"]
    assert (out / "a.json").read_text() == "2"

    def fail_midway() -> None:
        with atomic_directory(out) as temp:
            (temp / "a.json").write_text("3")
            raise OSError("disk")

    with pytest.raises(OSError, match="disk"):
        fail_midway()
    assert (out / "a.json").read_text() == "2"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]


def test_a_folder_cannot_replace_a_file(tmp_path: Path) -> None:
    (tmp_path / "x").write_text("file")
    with pytest.raises(NotADirectoryError), atomic_directory(tmp_path / "x"):
        pass
    assert (tmp_path / "x").read_text() == "file"
