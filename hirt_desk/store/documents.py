"""The bytes of documents, content-addressed by their sha256, stored so that none is ever lost.

A database file keeps them in a folder beside it (`<db>.files/ab/cdef…`): each is written to a
temporary file, flushed and fsynced, read back and its hash checked, and only then renamed into
place (and the folder fsynced), before any record points to it. A file already there under its
hash is stored once. When the database is encrypted the files are too (AES-GCM, 1 MiB chunks,
with a random key kept inside the encrypted database, so a new passphrase needs no re-encryption
of the files). An office server (and a database in memory) keeps them in the database itself,
in `blob_chunk` (1 MiB chunks keyed by sha256), so every seat and laptop sees the same file.

`verify` finds a missing or altered file by its hash.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from peewee import Database, fn

from hirt_desk.store.laptop import bound
from hirt_desk.store.models import BlobChunk, LocalInfo, db, on_server

CHUNK = 1 << 20
DEFAULT_LIMIT_MB = 500                  # a document's largest size unless set otherwise
LIMIT_ENV = "HIRT_DESK_DOCUMENT_LIMIT_MB"
_ENCRYPTED = b"HIRTDESK-AESGCM1\n"      # an encrypted file starts so
_KEY = "documents-key"                  # local_info: the files' key (hex), in the encrypted database


class BlobError(Exception):
    """A document's bytes could not be stored or read; `reason`: full, io, missing, altered."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def size_limit() -> int:
    """The largest document in bytes: HIRT_DESK_DOCUMENT_LIMIT_MB, else 500 MB."""
    try:
        mb = float(os.environ.get(LIMIT_ENV, "") or DEFAULT_LIMIT_MB)
    except ValueError:
        mb = DEFAULT_LIMIT_MB
    return int(mb * 1_000_000)


def hash_file(path: Path) -> tuple[str, int]:
    """The sha256 (hex) and size of a file, read in chunks."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as f:
        while block := f.read(CHUNK):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def folder() -> Path | None:
    """Where the bound database keeps its files: beside the database file; None where the
    database keeps them itself (a server, a database in memory)."""
    if on_server():
        return None
    name = str(getattr(db.obj, "database", "") or "")
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    return Path(name + ".files")


def _path(base: Path, sha256: str) -> Path:
    return base / sha256[:2] / sha256[2:]


def _encrypted_database() -> bool:
    return bool((getattr(db.obj, "connect_params", None) or {}).get("passphrase"))


def _key(create: bool) -> bytes | None:
    """The key of this database's files (None: a plain database, its files plain)."""
    if not _encrypted_database():
        return None
    row = LocalInfo.get_or_none(LocalInfo.key == _KEY)
    if row is not None:
        return bytes.fromhex(str(row.value))
    if not create:
        return None
    # two processes may make one at once: the first stored is the key (never replaced, or the
    # files already sealed with it could no longer be read)
    LocalInfo.insert(key=_KEY, value=secrets.token_bytes(32).hex()).on_conflict_ignore().execute()
    return _stored_key()


def _stored_key() -> bytes | None:
    row = LocalInfo.get_or_none(LocalInfo.key == _KEY)
    return bytes.fromhex(str(row.value)) if row is not None else None


# -- a file's own bytes, plain or encrypted ----------------------------------------------------

def _nonce_aad(n: int, last: bool) -> bytes:
    return n.to_bytes(8, "big") + (b"\x01" if last else b"\x00")


def _write_chunks(out: BinaryIO, chunks: Iterable[bytes], key: bytes | None) -> None:
    if key is None:
        for block in chunks:
            out.write(block)
        return
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    aead = AESGCM(key)
    out.write(_ENCRYPTED)
    for n, (data, last) in enumerate(_with_last(chunks)):
        nonce = secrets.token_bytes(12)
        sealed = aead.encrypt(nonce, data, _nonce_aad(n, last))
        out.write(len(sealed).to_bytes(4, "big") + nonce + sealed)


def _with_last(chunks: Iterable[bytes]) -> Iterator[tuple[bytes, bool]]:
    """Each chunk with whether it is the last (an empty file is one empty last chunk)."""
    it = iter(chunks)
    previous = next(it, b"")
    for block in it:
        yield previous, False
        previous = block
    yield previous, True


def _read_file(path: Path) -> Iterator[bytes]:
    """A stored file's plain bytes in chunks (decrypted where it is encrypted)."""
    with path.open("rb") as f:
        head = f.read(len(_ENCRYPTED))
        if head != _ENCRYPTED:
            if head:
                yield head
            while block := f.read(CHUNK):
                yield block
            return
        key = _stored_key()
        if key is None:
            raise BlobError("altered", f"{path.name} is encrypted and this database holds no key for it")
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        aead = AESGCM(key)
        n = 0
        while True:
            length = f.read(4)
            if len(length) < 4:
                raise BlobError("altered", "truncated")
            nonce = f.read(12)
            sealed = f.read(int.from_bytes(length, "big"))
            last = f.peek(1)[:1] == b""
            try:
                yield aead.decrypt(nonce, sealed, _nonce_aad(n, last))
            except InvalidTag:
                raise BlobError("altered", "does not decrypt") from None
            if last:
                return
            n += 1


def _chunks_of(path: Path) -> Iterator[bytes]:
    with path.open("rb") as f:
        while block := f.read(CHUNK):
            yield block


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):          # not possible on every system (Windows)
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _os_error(exc: OSError) -> BlobError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return BlobError("full", "the disk is full: the document was not stored")
    return BlobError("io", f"the document could not be stored: {exc.strerror or exc}")


# -- the store ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Stored:
    sha256: str
    size: int


def has(sha256: str) -> bool:
    base = folder()
    if base is None:
        return bool(BlobChunk.select().where((BlobChunk.sha256 == sha256) & (BlobChunk.n == 0)).exists())
    return _path(base, sha256).exists()


def put(source: Path, sha256: str, size: int) -> bool:
    """Store the file `source` whose hash and size the caller computed; True where it was new.
    On a file database it is in place and verified before this returns; on a server (inside the
    caller's transaction) its chunks are written with the records that point to it."""
    base = folder()
    if base is None:
        return _put_rows(source, sha256)
    target = _path(base, sha256)
    if target.exists() and verify(sha256) == "ok":
        return False
    _write_verified(source, target, sha256, _key(create=True))
    return True


def _write_verified(source: Path, target: Path, sha256: str, key: bytes | None) -> None:
    """Write `source` (plain bytes) to `target`: a temp file beside it, flushed and fsynced, read
    back and checked against the hash, then renamed into place and the folder fsynced."""
    tmp_name = ""
    try:
        for made in (target.parent.parent, target.parent):     # medical data: the owner's only
            made.mkdir(mode=0o700, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".part-", dir=target.parent)
        with os.fdopen(fd, "wb") as out:
            _write_chunks(out, _chunks_of(source), key)
            out.flush()
            os.fsync(out.fileno())
        digest = hashlib.sha256()
        for block in _read_file(Path(tmp_name)):
            digest.update(block)
        if digest.hexdigest() != sha256:
            raise BlobError("io", "the document changed while it was being stored; nothing was stored")
        os.replace(tmp_name, target)
        tmp_name = ""
        _fsync_dir(target.parent)
    except OSError as exc:
        raise _os_error(exc) from None
    finally:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def _put_rows(source: Path, sha256: str) -> bool:
    if has(sha256):
        return False
    digest = hashlib.sha256()
    for n, block in enumerate(_with_last(_chunks_of(source))):
        digest.update(block[0])
        BlobChunk.insert(sha256=sha256, n=n, data=block[0]).execute()
    if digest.hexdigest() != sha256:
        raise BlobError("io", "the document changed while it was being stored; nothing was stored")
    return True


def read(sha256: str, base: Path | None = None) -> Iterator[bytes]:
    """A stored document's bytes, in chunks (BlobError "missing" where they are not there);
    `base`: the folder to read them from instead of the bound database's own."""
    base = base or folder()
    if base is None:
        query = BlobChunk.select(BlobChunk.data).where(BlobChunk.sha256 == sha256).order_by(BlobChunk.n)
        found = False
        for row in query:
            found = True
            yield bytes(row.data)
        if not found:
            raise BlobError("missing", f"the document {sha256[:12]}… is missing")
        return
    path = _path(base, sha256)
    if not path.exists():
        raise BlobError("missing", f"the document {sha256[:12]}… is missing from {base}")
    try:
        yield from _read_file(path)
    except OSError as exc:
        raise BlobError("io", f"the document {sha256[:12]}… cannot be read: {exc.strerror or exc}") from None


def verify(sha256: str) -> str:
    """"ok", "missing" or "altered": the stored bytes checked against their hash."""
    digest = hashlib.sha256()
    try:
        for block in read(sha256):
            digest.update(block)
    except BlobError as exc:
        return "missing" if exc.reason == "missing" else "altered"
    return "ok" if digest.hexdigest() == sha256 else "altered"


def export(sha256: str, out: Path) -> None:
    """Write a stored document to `out`, byte for byte: written beside it, checked, then renamed,
    so a failed export leaves no half file and an existing file untouched."""
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".hirt-export-", dir=out.parent)
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as f:
            for block in read(sha256):
                digest.update(block)
                f.write(block)
            f.flush()
            os.fsync(f.fileno())
        if digest.hexdigest() != sha256:
            raise BlobError("altered", f"the stored document {sha256[:12]}… is altered: not exported")
        os.replace(tmp_name, out)
        tmp_name = ""
    except OSError as exc:
        raise BlobError("full" if exc.errno == errno.ENOSPC else "io",
                        f"cannot write {out}: {exc.strerror or exc}") from None
    finally:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def encrypt_plain_files(database: Database) -> int:
    """Encrypt the files beside a database just encrypted (`encrypt`): each rewritten through a
    verified temp file; returns how many. Files already encrypted are left as they are."""
    with bound(database):
        base = folder()
        key = _key(create=True)
        if base is None or key is None or not base.exists():
            return 0
        done = 0
        for path in sorted(base.glob("??/*")):
            if path.name.startswith("."):
                continue
            with path.open("rb") as f:
                if f.read(len(_ENCRYPTED)) == _ENCRYPTED:
                    continue
            # the encrypted copy replaces the plain file in one rename, once verified
            _write_verified(path, path, path.parent.name + path.name, key)
            done += 1
        return done


def discard_unreferenced(hashes: Iterable[str]) -> None:
    """Remove the files of these hashes that no document of this database names any more (a
    case handed back leaves nothing behind on the laptop). Files only: a server keeps its bytes."""
    from hirt_desk.store.models import Document
    base = folder()
    if base is None:
        return
    for sha256 in set(hashes):
        if not Document.select().where(Document.sha256 == sha256).exists():
            with contextlib.suppress(FileNotFoundError):
                _path(base, sha256).unlink()


def stored_hashes() -> set[str]:
    """Every hash the bound database holds bytes for (sync: what need not be sent again)."""
    base = folder()
    if base is None:
        return {str(r.sha256) for r in BlobChunk.select(fn.DISTINCT(BlobChunk.sha256).alias("sha256"))}
    if not base.exists():
        return set()
    return {p.parent.name + p.name for p in base.glob("??/*") if not p.name.startswith(".")}


def copy_blobs(source: Database, target: Database, hashes: Iterable[str],
               source_folder: Path | None = None) -> int:
    """Copy the bytes of documents from one database to another (a laptop's checkout and sync),
    each checked against its hash on arrival; those the target has are skipped. Returns how many
    were copied. Runs outside both databases' transactions: bytes stored before the records that
    point to them, and a copy interrupted halfway leaves only whole, verified files.
    `source_folder`: where the source's files are (a file opened through a copy of it)."""
    copied = 0
    for sha256 in sorted(set(hashes)):
        with bound(target):
            if has(sha256):               # (checked against its hash where it is listed)
                continue
        with tempfile.TemporaryDirectory(prefix="hirt-blob-") as tmp:
            path = Path(tmp) / "blob"
            with bound(source), path.open("wb") as out:
                for block in read(sha256, source_folder):
                    out.write(block)
            found, size = hash_file(path)
            if found != sha256:
                raise BlobError("altered", f"the document {sha256[:12]}… is altered where it is copied from")
            with bound(target):
                if folder() is None:
                    with db.atomic():
                        put(path, sha256, size)
                else:
                    put(path, sha256, size)
        copied += 1
    return copied
