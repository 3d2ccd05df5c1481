"""The documents' bytes (store/documents.py): stored once per hash, verified before a record may
point to them, found missing or altered by their hash; in chunks in the database on a server;
encrypted beside an encrypted database (issue 20)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hirt_desk.store import documents as blobs
from hirt_desk.store.models import BlobChunk


def _file(path: Path, size: int) -> tuple[Path, str, int]:
    path.write_bytes(os.urandom(size))
    sha, n = blobs.hash_file(path)
    return path, sha, n


def test_stored_once_read_back_whole_across_chunks(database: Path | str, tmp_path: Path) -> None:
    path, sha, size = _file(tmp_path / "ct.bin", 2 * blobs.CHUNK + 12345)  # three chunks
    assert blobs.put(path, sha, size) is True
    assert blobs.put(path, sha, size) is False  # the same bytes: once
    assert b"".join(blobs.read(sha)) == path.read_bytes()
    assert blobs.verify(sha) == "ok" and blobs.has(sha)
    out = tmp_path / "out.bin"
    blobs.export(sha, out)
    assert out.read_bytes() == path.read_bytes()
    if isinstance(database, str):  # a server: in the database, every seat sees it
        assert blobs.folder() is None
        assert BlobChunk.select().where(BlobChunk.sha256 == sha).count() == 3
    else:
        assert blobs.folder() == Path(str(database) + ".files")
        assert (blobs.folder() / sha[:2] / sha[2:]).read_bytes() == path.read_bytes()
        assert not list(blobs.folder().rglob(".part-*"))
    assert blobs.verify("0" * 64) == "missing"


def test_an_empty_file_is_a_document_too(database: Path | str, tmp_path: Path) -> None:
    path, sha, size = _file(tmp_path / "empty", 0)
    blobs.put(path, sha, size)
    assert blobs.verify(sha) == "ok" and b"".join(blobs.read(sha)) == b""


@pytest.mark.sqlite_only
def test_a_file_changed_while_stored_is_refused_and_nothing_is_left(database: Path, tmp_path: Path) -> None:
    path, sha, size = _file(tmp_path / "scan.bin", 5000)
    path.write_bytes(b"changed meanwhile")
    with pytest.raises(blobs.BlobError, match="changed while it was being stored"):
        blobs.put(path, sha, size)
    assert [p for p in Path(str(database) + ".files").rglob("*") if p.is_file()] == []


@pytest.mark.sqlite_only
def test_beside_an_encrypted_database_the_files_are_encrypted(tmp_path: Path) -> None:
    from hirt_desk.store.database import close_database, open_database
    from hirt_desk.store.encryption import encrypt_file

    db = tmp_path / "secret.sqlite"
    open_database(db)
    close_database()
    encrypt_file(db, "correct horse battery")
    open_database(db, passphrase="correct horse battery")
    try:
        path = tmp_path / "report.txt"
        path.write_bytes(b"PATHOLOGY: adenocarcinoma, Gleason 4+3=7 " * 50000)  # > 1 chunk
        sha, size = blobs.hash_file(path)
        blobs.put(path, sha, size)
        stored = Path(str(db) + ".files") / sha[:2] / sha[2:]
        raw = stored.read_bytes()
        assert b"Gleason" not in raw and raw.startswith(b"HIRTDESK-AESGCM1")
        assert b"".join(blobs.read(sha)) == path.read_bytes()
        # a bit flipped on disk: found by the hash (the cipher refuses it)
        damaged = bytearray(raw)
        damaged[len(raw) // 2] ^= 1
        stored.write_bytes(bytes(damaged))
        assert blobs.verify(sha) == "altered"
        # chunks reordered or cut: refused as well
        stored.write_bytes(raw[: len(raw) // 2])
        assert blobs.verify(sha) == "altered"
    finally:
        close_database()
