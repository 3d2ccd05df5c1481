"""The write-ahead log (-wal) is part of the database: identity, damage and size are judged as
SQLite sees the file with it, and a -wal that belongs to another database is never applied."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from hirt_desk.store.database import close_database, inspect_file, open_database
from hirt_desk.store.errors import StoreError
from tests.store.procs import HOLDER, expect, send, start, stop


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def header_application_id(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[68:72], "big")


def count_cases(path: Path) -> int:
    open_database(path)
    try:
        from hirt_desk.store.cases import count_cases as count
        return count()
    finally:
        close_database()


def killed_in_first_session(path: Path) -> None:
    """A new database whose first session is killed before any checkpoint."""
    holder = start(HOLDER, str(path))
    expect(holder, "open")
    stop(holder)
    assert Path(f"{path}-wal").stat().st_size > 0
    assert header_application_id(path) == 0      # the main file alone still looks foreign


def test_new_database_killed_in_its_first_session_opens(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    killed_in_first_session(path)
    assert count_cases(path) == 1


def test_new_database_in_its_first_session_opens_in_a_second_process(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    holder = start(HOLDER, str(path))
    try:
        expect(holder, "open")
        assert header_application_id(path) == 0
        assert count_cases(path) == 1
        send(holder, "save")                   # the first session goes on saving
        expect(holder, "saved")
        assert count_cases(path) == 2
    finally:
        stop(holder)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    from tests.store.procs import env
    return subprocess.run([sys.executable, "-m", "hirt_desk", *args], capture_output=True,
                          text=True, env=env(), timeout=60)


def _other_hirt_wal(folder: Path) -> Path:
    other = folder / "other.sqlite"
    killed_in_first_session(other)
    return Path(f"{other}-wal")


def _other_program_wal(folder: Path) -> Path:
    other = folder / "music.sqlite"
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode = wal")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE songs (title TEXT, data BLOB)")
    for i in range(40):
        conn.execute("INSERT INTO songs VALUES (?, randomblob(2000))", (f"song {i}",))
    wal = folder / "music-copy.sqlite-wal"
    shutil.copyfile(f"{other}-wal", wal)            # copied while it is in use
    conn.close()
    return wal


@pytest.mark.parametrize("stray", [_other_hirt_wal, _other_program_wal])
def test_a_stray_wal_is_refused_and_nothing_is_touched(tmp_path: Path, stray) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "cases.sqlite"
    res = _cli("--db", str(path), "demo", "--cases", "12")
    assert res.returncode == 0, res.stderr
    assert not Path(f"{path}-wal").exists()
    wal = Path(f"{path}-wal")
    shutil.copyfile(stray(tmp_path), wal)
    before = digest(path), digest(wal)
    for command in (("cases", "--json"), ("demo", "--cases", "1"), ("backup", str(tmp_path / "b.sqlite"))):
        res = _cli("--db", str(path), *command)
        assert res.returncode == 2, (command, res.stdout, res.stderr)
        assert len(res.stderr.strip().splitlines()) == 1, res.stderr
        assert "-wal" in res.stderr and "Traceback" not in res.stderr
        assert (digest(path), digest(wal)) == before
    with pytest.raises(StoreError) as err:
        inspect_file(path)
    assert err.value.reason == "stray_wal"
    wal.unlink()                                  # moved away: the database is as it was
    assert count_cases(path) == 12


def test_a_wal_beside_an_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    wal = Path(f"{path}-wal")
    shutil.copyfile(_other_program_wal(tmp_path), wal)
    before = digest(wal)
    with pytest.raises(StoreError) as err:
        open_database(path)
    assert err.value.reason == "stray_wal"
    assert digest(wal) == before and path.stat().st_size == 0


def _last_page_1_in_wal(wal: bytes) -> bytes:
    page_size = int.from_bytes(wal[8:12], "big")
    found, offset = None, 32
    while offset + 24 + page_size <= len(wal):
        if int.from_bytes(wal[offset:offset + 4], "big") == 1:
            found = wal[offset + 24:offset + 24 + page_size]
        offset += 24 + page_size
    assert found is not None
    return found


def test_a_healthy_database_mid_checkpoint_is_not_refused(tmp_path: Path) -> None:
    """A checkpoint copies page 1 (whose header counts the new pages) before the pages after
    it: for a moment the file is shorter than its header says, and still healthy."""
    path = tmp_path / "busy.sqlite"
    open_database(path)
    close_database()
    holder = start(HOLDER, str(path))
    try:
        expect(holder, "open")
        for _ in range(30):
            send(holder, "save")
            expect(holder, "saved")
        page_1 = _last_page_1_in_wal(Path(f"{path}-wal").read_bytes())
        with path.open("r+b") as fh:             # what the checkpointer writes first
            fh.write(page_1)
        page_size = int.from_bytes(page_1[16:18], "big")
        assert int.from_bytes(page_1[28:32], "big") * page_size > path.stat().st_size
        assert count_cases(path) == 31
        assert inspect_file(path, full_check=True) > 0
    finally:
        stop(holder)
