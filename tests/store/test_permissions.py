"""Owner-only files (POSIX): the data folder and backup folders 0700; the database, its -wal and
-shm, backups and safety copies 0600, whatever the umask, and existing ones tightened on open."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from hirt_desk.store.backup import backup_database, restore_database, rolling_backup
from hirt_desk.store.database import (
    backups_dir,
    close_database,
    data_dir,
    default_database_path,
    open_database,
)
from hirt_desk.store.models import db

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def open_umask():  # type: ignore[no-untyped-def]
    old = os.umask(0o022)          # what most desktops run with: files 0644, folders 0755
    yield
    os.umask(old)


def test_a_new_database_and_its_copies_are_the_owners_only(open_umask, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = default_database_path()
    open_database()
    try:
        assert mode(data_dir()) == 0o700
        for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            assert mode(file) == 0o600, file
        conn = sqlite3.connect(path)
        auto = rolling_backup(conn, backups_dir(path))
        conn.close()
        assert auto is not None and mode(auto) == 0o600 and mode(backups_dir(path)) == 0o700
        copy = tmp_path / "elsewhere" / "copy.sqlite"
        backup_database(db.connection(), copy)
        assert mode(copy) == 0o600 and mode(copy.parent) == 0o700
    finally:
        close_database()
    previous = restore_database(copy, path)
    assert previous is not None and mode(previous) == 0o600 and mode(path) == 0o600


def test_existing_files_are_tightened_on_open(open_umask, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.store.test_migrations import write_version_1
    folder = tmp_path / "open-to-all"        # a folder others may read (0755)
    folder.mkdir(mode=0o755)
    path = folder / "old.sqlite"
    write_version_1(path)
    backups_dir(path).mkdir(mode=0o755)
    path.chmod(0o644)
    open_database(path)
    close_database()
    assert mode(path) == 0o600
    assert mode(backups_dir(path)) == 0o700
    [kept] = backups_dir(path).glob("*before-schema*")
    assert mode(kept) == 0o600
    assert mode(folder) == 0o755          # a folder HIRT Desk did not make is left alone
