"""Encryption at rest: an encrypted database shows nothing without its passphrase, opens and
searches with it, and its backups are encrypted too; encrypting and decrypting are in place."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.store import encryption
from hirt_desk.store.backup import backup_database, restore_database, rolling_backup
from hirt_desk.store.cases import CaseFilter, count_cases, list_cases
from hirt_desk.store.database import backups_dir, close_database, open_database
from hirt_desk.store.errors import StoreError
from hirt_desk.store.migrations import SCHEMA_VERSION
from hirt_desk.store.models import db

SECRET = "correct horse battery"
RELEASES = Path(__file__).resolve().parents[1] / "fixtures" / "releases"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def plaintext_in(path: Path) -> bool:
    data = path.read_bytes()
    return data.startswith(b"SQLite format 3") or b"SUZUKI" in data or "王伟".encode() in data


@pytest.fixture
def plain(db_path: Path) -> Path:
    """A plain database with two patients, closed."""
    open_database(db_path)
    create_case(PatientData("WANG", "Wei", "王伟", nationality="CN"))
    create_case(PatientData("SUZUKI", "Hanako", nationality="JP"))
    close_database()
    return db_path


@pytest.fixture
def encrypted(plain: Path) -> Path:
    encryption.encrypt_file(plain, SECRET)
    return plain


def test_encrypting_in_place_leaves_no_plaintext(plain: Path) -> None:
    assert plaintext_in(plain) and not encryption.looks_encrypted(plain)
    encryption.encrypt_file(plain, SECRET)
    assert encryption.looks_encrypted(plain)
    assert not plaintext_in(plain)
    assert sorted(p.name for p in plain.parent.iterdir()) == [plain.name]   # no temp, -wal, -shm
    assert plain.stat().st_mode & 0o777 == 0o600


def test_an_encrypted_database_opens_and_searches_with_its_passphrase(encrypted: Path) -> None:
    open_database(encrypted, passphrase=SECRET)
    try:
        assert [r.name_native for r in list_cases(CaseFilter(search="王"), limit=50)] == ["王伟"]
        assert count_cases(CaseFilter(search="suzuki")) == 1
        create_case(PatientData("PARK", "Subin", "박수빈"))
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        close_database()
    assert b"PARK" not in encrypted.read_bytes()


@pytest.mark.parametrize(("passphrase", "reason"), [(None, "encrypted"), ("", "encrypted"),
                                                    ("not the passphrase", "wrong_passphrase")])
def test_without_the_right_passphrase_it_is_refused_untouched(encrypted: Path, passphrase, reason) -> None:  # type: ignore[no-untyped-def]
    before = digest(encrypted)
    with pytest.raises(StoreError) as err:
        open_database(encrypted, passphrase=passphrase)
    assert err.value.reason == reason
    assert "is encrypted" in str(err.value) and str(encrypted) in str(err.value)
    assert digest(encrypted) == before
    assert sorted(p.name for p in encrypted.parent.iterdir()) == [encrypted.name]


def test_a_plain_database_ignores_a_passphrase(plain: Path) -> None:
    open_database(plain, passphrase=SECRET)
    assert count_cases() == 2
    close_database()
    assert not encryption.looks_encrypted(plain)


def test_detection_heuristic(tmp_path: Path) -> None:
    """No plaintext header and whole 512-byte pages: taken for encrypted (and then refused)."""
    odd, pages = tmp_path / "odd.sqlite", tmp_path / "pages.sqlite"
    odd.write_bytes(os.urandom(1000))
    pages.write_bytes(os.urandom(1024))
    with pytest.raises(StoreError) as err:
        open_database(odd)
    assert err.value.reason == "not_sqlite"
    with pytest.raises(StoreError) as err:
        open_database(pages, passphrase=SECRET)
    assert err.value.reason == "wrong_passphrase"


def test_backups_of_an_encrypted_database_are_encrypted(encrypted: Path, tmp_path: Path) -> None:
    open_database(encrypted, passphrase=SECRET)
    copy = tmp_path / "out" / "copy.sqlite"
    info = backup_database(db.connection(), copy, passphrase=SECRET)
    assert info["cases"] == 2
    conn = encryption.connect_file(encrypted, SECRET)
    auto = rolling_backup(conn, backups_dir(encrypted), passphrase=SECRET)
    conn.close()
    close_database()
    assert auto is not None
    for backup in (copy, auto):
        assert encryption.looks_encrypted(backup) and not plaintext_in(backup)
        assert backup.stat().st_mode & 0o777 == 0o600
        with pytest.raises(StoreError) as err:
            open_database(backup)
        assert err.value.reason == "encrypted"
        open_database(backup, passphrase=SECRET)
        assert count_cases() == 2
        close_database()

    # restore from an encrypted backup
    open_database(encrypted, passphrase=SECRET)
    create_case(PatientData("CHOI", "Jihoon"))
    close_database()
    previous = restore_database(copy, encrypted, passphrase=SECRET)
    assert previous is not None and encryption.looks_encrypted(previous) and not plaintext_in(previous)
    open_database(encrypted, passphrase=SECRET)
    assert count_cases() == 2
    close_database()
    assert not plaintext_in(encrypted)


def test_an_old_encrypted_database_is_upgraded_after_an_encrypted_copy(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(RELEASES / "schema-1-first-release.sqlite", path)
    with sqlite3.connect(path) as con:
        cases = con.execute('SELECT count(*) FROM "case"').fetchone()[0]
    encryption.encrypt_file(path, SECRET)
    open_database(path, passphrase=SECRET)
    try:
        assert count_cases() == cases
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert count_cases(CaseFilter(search=list_cases()[0].name_latin.split()[0])) >= 1
    finally:
        close_database()
    [safety] = backups_dir(path).glob("*-before-schema-*.sqlite")
    assert encryption.looks_encrypted(safety) and not safety.read_bytes().startswith(b"SQLite")
    assert encryption.inspect(safety, SECRET) == 1


def test_encrypting_takes_the_plaintext_backups_along(plain: Path) -> None:
    folder = backups_dir(plain)
    with sqlite3.connect(plain) as conn:
        auto = rolling_backup(conn, folder)
    conn.close()
    junk = folder / "damaged.sqlite"
    junk.write_bytes(b"SQLite format 3\x00" + b"SUZUKI" * 100)
    result = encryption.encrypt_database(plain, SECRET)
    assert result == {"encrypted": str(plain), "backups_encrypted": 1, "backups_removed": [str(junk)]}
    assert auto is not None and encryption.inspect(auto, SECRET) == SCHEMA_VERSION
    assert not any(plaintext_in(p) for p in folder.iterdir())
    assert sorted(p.name for p in folder.iterdir()) == [auto.name]


def test_decrypting_gives_the_plain_database_back(encrypted: Path) -> None:
    with pytest.raises(StoreError) as err:
        encryption.decrypt_file(encrypted, "not the passphrase")
    assert err.value.reason == "wrong_passphrase"
    encryption.decrypt_file(encrypted, SECRET)
    assert encrypted.read_bytes().startswith(b"SQLite format 3\x00")
    open_database(encrypted)
    assert count_cases() == 2
    close_database()


def test_converting_refuses_the_wrong_direction_and_short_passphrases(plain: Path) -> None:
    with pytest.raises(StoreError) as err:
        encryption.decrypt_file(plain, SECRET)
    assert err.value.reason == "not_encrypted"
    with pytest.raises(ValueError):
        encryption.encrypt_file(plain, "short")
    encryption.encrypt_file(plain, SECRET)
    before = digest(plain)
    with pytest.raises(StoreError) as err:
        encryption.encrypt_file(plain, SECRET)
    assert err.value.reason == "already_encrypted"
    assert digest(plain) == before


def test_encrypting_refuses_while_the_database_is_open(plain: Path) -> None:
    before = digest(plain)
    # this process (the window's own connection)
    open_database(plain)
    with pytest.raises(StoreError) as err:
        encryption.encrypt_file(plain, SECRET)
    assert err.value.reason == "locked"
    close_database()
    assert digest(plain) == before
    # another process that has it open and is idle
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\n"
         "c.execute('select count(*) from sqlite_master').fetchall()\nprint('open', flush=True)\n"
         "sys.stdin.read()\n", str(plain)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError) as err:
            encryption.encrypt_file(plain, SECRET)
        assert err.value.reason == "locked"
    finally:
        holder.communicate("")
    assert not encryption.looks_encrypted(plain)
    encryption.encrypt_file(plain, SECRET)       # once it is closed
    assert encryption.looks_encrypted(plain)


def test_the_file_is_sqlcipher_4_with_hmac_sha256_pages(encrypted: Path) -> None:
    """The on-disk format an administrator's SQLCipher tool needs: SQLCipher 4 with the
    passphrase, pages authenticated with HMAC-SHA256 (the README says so)."""
    from sqlcipher3 import dbapi2 as sqlcipher

    def cases(*pragmas: str) -> int:
        conn = sqlcipher.connect(str(encrypted))
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = '{SECRET}'")
            for pragma in pragmas:
                conn.execute(pragma)
            return int(conn.execute('SELECT count(*) FROM "case"').fetchone()[0])
        finally:
            conn.close()

    assert cases("PRAGMA cipher_hmac_algorithm = HMAC_SHA256") == 2
    with pytest.raises(sqlcipher.DatabaseError):
        cases()                             # SQLCipher 4's default (HMAC-SHA512) does not open it
