"""packet --out and backup write only to a regular file or a new name: a device, a FIFO or a
folder is refused in one line (exit 2) and left as it was."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

DEV_FULL = Path("/dev/full")


@pytest.fixture
def case_db(tmp_path: Path, run_main) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "c.sqlite")
    assert run_main("--db", db, "demo", "--cases", "1").code == 0
    return db, run_main("--db", db, "cases", "--json").json()[0]["number"]


def refused(res, what: str) -> None:  # type: ignore[no-untyped-def]
    assert res.code == 2, res.err
    assert res.out == "" and res.err.count("\n") == 1 and what in res.err, res.err


def test_packet_and_backup_refuse_a_fifo_and_a_folder(run_main, case_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, number = case_db
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    refused(run_main("--db", db, "packet", number, "--lang", "en", "--out", str(fifo)), "named pipe")
    refused(run_main("--db", db, "backup", str(fifo)), "named pipe")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    folder = tmp_path / "folder"
    folder.mkdir()
    refused(run_main("--db", db, "packet", number, "--lang", "en", "--out", str(folder)), "is a folder")
    refused(run_main("--db", db, "packet", number, "--lang", "en", "--out", ""), "--out needs a file name")
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(not DEV_FULL.exists(), reason="no /dev/full here")
def test_dev_full_is_refused_and_stays_a_device(run_main, case_db) -> None:  # type: ignore[no-untyped-def]
    db, number = case_db
    try:
        refused(run_main("--db", db, "packet", number, "--lang", "en", "--out", str(DEV_FULL)), "device")
        refused(run_main("--db", db, "backup", str(DEV_FULL)), "device")
    finally:
        assert stat.S_ISCHR(os.stat(DEV_FULL).st_mode), "/dev/full is no longer a device"
