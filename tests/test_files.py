"""Writers write only to a regular file or a new name: never over a device, a pipe or a folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from hirt_desk.files import NotARegularFile, check_output, copy_into, replace_into

DEV_FULL = Path("/dev/full")


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.pdf"
    os.mkfifo(path)
    return path


def still_a_device(path: Path) -> bool:
    return stat.S_ISCHR(os.stat(path).st_mode)


def test_regular_files_and_new_names_pass(tmp_path: Path) -> None:
    existing = tmp_path / "old.pdf"
    existing.write_bytes(b"old")
    check_output(existing)
    check_output(tmp_path / "new.pdf")
    check_output(tmp_path / "missing-folder" / "new.pdf")     # the write itself says so


def test_a_fifo_a_folder_and_a_device_are_refused(tmp_path: Path, fifo: Path) -> None:
    with pytest.raises(NotARegularFile, match="named pipe"):
        check_output(fifo)
    with pytest.raises(IsADirectoryError):
        check_output(tmp_path)
    link = tmp_path / "link.pdf"
    link.symlink_to(fifo)
    with pytest.raises(NotARegularFile):
        check_output(link)


@pytest.mark.skipif(not DEV_FULL.exists(), reason="no /dev/full here")
def test_dev_full_is_refused_and_left_a_device(tmp_path: Path) -> None:
    source = tmp_path / "made.pdf"
    source.write_bytes(b"%PDF-1.4")
    with pytest.raises(NotARegularFile, match="device"):
        copy_into(source, DEV_FULL)
    tmp = tmp_path / "tmp"
    tmp.write_bytes(b"x")
    with pytest.raises(NotARegularFile):
        replace_into(tmp, DEV_FULL)
    assert still_a_device(DEV_FULL) and tmp.exists()


def test_copy_into_a_fifo_leaves_the_fifo(tmp_path: Path, fifo: Path) -> None:
    source = tmp_path / "made.pdf"
    source.write_bytes(b"%PDF-1.4")
    with pytest.raises(NotARegularFile):
        copy_into(source, fifo)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["made.pdf", "pipe.pdf"]
    copy_into(source, tmp_path / "copy.pdf")
    assert (tmp_path / "copy.pdf").read_bytes() == b"%PDF-1.4"
