"""Documents on a case and its contact log (issue 20): attach, list, export, edit, remove; log a
contact; the facility's required records with their states.

Attaching checks every file first (readable, within the size limit, its content what its
extension says, a folder or zip of an imaging CD with its DICOM images) and stores nothing if one
fails. The bytes are stored and verified (store/documents.py) before the records that point to
them are written, in one audited change of the case.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hirt_desk.actions.cases import get_case
from hirt_desk.facilities import UnknownFacility, facility_profile
from hirt_desk.records.files import HEAD, is_dicom, media_type
from hirt_desk.records.required import (
    CHANNELS,
    DIRECTIONS,
    KINDS,
    PARTIES,
    ContactFacts,
    DocumentFacts,
    RecordState,
    record_states,
    requirements,
)
from hirt_desk.store import audit
from hirt_desk.store import documents as blobs
from hirt_desk.store.database import store_errors, write_transaction
from hirt_desk.store.models import Case, Companion, Contact, Document, utcnow

_EPOCH = (1980, 1, 1, 0, 0, 0)          # every member of a folder's zip: the same time, the same bytes


class DocumentRefused(ValueError):
    """A file that cannot be attached, or a document or entry that cannot be changed as asked;
    nothing was stored. One line for the command line (exit 2); `reason` for the window."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.name = ""                     # the file it is about, where it is about one


@dataclass(frozen=True)
class Prepared:
    """A file checked and ready to store: `path` is what is stored (a folder's zip: a temp file)."""

    name: str
    path: Path
    sha256: str
    size: int
    media_type: str
    file_count: int
    dicom: bool


# -- checking what is attached ----------------------------------------------------------------

def _head(path: Path) -> bytes:
    with path.open("rb") as f:
        return f.read(HEAD)


def _folder_files(folder: Path) -> list[Path]:
    return sorted((p for p in folder.rglob("*") if p.is_file()),
                  key=lambda p: p.relative_to(folder).as_posix())


def _zip_folder(folder: Path, out: Path) -> tuple[int, bool, bool]:
    """A deterministic zip of a folder (sorted names, one fixed time, no extra fields): the same
    folder gives the same bytes, so it is stored once. Returns (files, holds DICOM, has DICOMDIR)."""
    count, dicom, dicomdir = 0, False, False
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as z:
        for path in _folder_files(folder):
            name = path.relative_to(folder).as_posix()
            info = zipfile.ZipInfo(name, _EPOCH)
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            with path.open("rb") as src, z.open(info, "w", force_zip64=True) as dst:
                head = src.read(HEAD)
                dst.write(head)
                shutil.copyfileobj(src, dst, blobs.CHUNK)
            count += 1
            if path.name.upper() == "DICOMDIR":
                dicomdir = True
            elif is_dicom(head):
                dicom = True
    return count, dicom, dicomdir


def _zip_contents(path: Path) -> tuple[int, bool, bool]:
    try:
        with zipfile.ZipFile(path) as z:
            count, dicom, dicomdir = 0, False, False
            for info in z.infolist():
                if info.is_dir():
                    continue
                count += 1
                if info.filename.rsplit("/", 1)[-1].upper() == "DICOMDIR":
                    dicomdir = True
                elif not dicom:
                    with z.open(info) as member:
                        dicom = is_dicom(member.read(HEAD))
            return count, dicom, dicomdir
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as exc:
        raise DocumentRefused("unreadable", f"{path.name}: cannot be read as a zip: {exc}") from None


def _size(n: int) -> str:
    return f"{n / 1e6:.0f} MB" if n >= 10_000_000 else f"{n / 1e3:.0f} kB"


def _prepare(source: Path, work: Path, limit: int, kind: str) -> Prepared:
    name = source.name or str(source)
    try:
        prepared = _checked(source, name, work, limit)
        # an imaging CD's folder or zip: the facility wants its DICOM images
        if kind == "imaging_images" and prepared.media_type == "application/zip" and not prepared.dicom:
            raise DocumentRefused("no_images", f"{name}: an imaging folder with no DICOM images")
        return prepared
    except DocumentRefused as exc:
        exc.name = name
        raise


def _checked(source: Path, name: str, work: Path, limit: int) -> Prepared:
    try:
        if source.is_dir():
            out = work / f"{len(list(work.iterdir()))}.zip"
            count, dicom, dicomdir = _zip_folder(source, out)
            if count == 0:
                raise DocumentRefused("empty", f"{name}: the folder is empty")
            if dicomdir and not dicom:
                raise DocumentRefused("no_images",
                                      f"{name}: an imaging folder (DICOMDIR) with no DICOM images")
            sha, size = blobs.hash_file(out)
            if size > limit:
                raise DocumentRefused("too_large", f"{name}: {_size(size)} is over the limit of "
                                      f"{_size(limit)} for one document")
            return Prepared(name, out, sha, size, "application/zip", count, dicom)
        if not source.is_file():
            raise DocumentRefused("unreadable", f"{name}: no such file")
        size = source.stat().st_size
        if size > limit:
            raise DocumentRefused("too_large", f"{name}: {_size(size)} is over the limit of "
                                  f"{_size(limit)} for one document")
        try:
            media = media_type(name, _head(source))
        except ValueError as exc:
            raise DocumentRefused("wrong_type", f"{name}: {exc}") from None
        count, dicom = 1, media == "application/dicom"
        if media == "application/zip":
            count, dicom, dicomdir = _zip_contents(source)
            if dicomdir and not dicom:
                raise DocumentRefused("no_images", f"{name}: an imaging CD (DICOMDIR) with no DICOM images")
        sha, size = blobs.hash_file(source)
        return Prepared(name, source, sha, size, media, count, dicom)
    except OSError as exc:
        if exc.errno == 28:
            raise DocumentRefused("full", "the disk is full: nothing was stored") from None
        raise DocumentRefused("unreadable", f"{name}: cannot be read: {exc.strerror or exc}") from None


@contextlib.contextmanager
def _workspace() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="hirt-attach-") as tmp:
        yield Path(tmp)


def _traveller(case: Case, traveller: str | None) -> Companion | None:
    if traveller in (None, "", "patient"):
        return None
    companion = Companion.get_or_none((Companion.id == traveller) & (Companion.case == case.id)
                                      & Companion.deleted_at.is_null())
    if companion is None:
        raise DocumentRefused("traveller", f"no traveller '{traveller}' in case {case.number}")
    return companion


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise DocumentRefused("kind", f"unknown kind '{kind}' (one of: {', '.join(KINDS)})")


def attach(case_ref: str, files: Sequence[Path | str], kind: str, *, traveller: str | None = None,
           user: str | None = None, limit: int | None = None, document_date: date | None = None,
           language: str = "") -> list[Document]:
    """Store a copy of each file (a folder as one document) with the case or one traveller.
    All or nothing: a file that fails its checks, or a full disk, leaves no document."""
    _check_kind(kind)
    if not files:
        raise DocumentRefused("no_files", "no file to attach")
    user = user or audit.current_user()
    limit = blobs.size_limit() if limit is None else limit
    with _workspace() as work:
        prepared = [_prepare(Path(f), work, limit, kind) for f in files]
        with store_errors():
            case = get_case(case_ref)
            companion = _traveller(case, traveller)
            try:
                if blobs.folder() is not None:         # a file: bytes in place before any record
                    for p in prepared:
                        blobs.put(p.path, p.sha256, p.size)
                with write_transaction():
                    case = get_case(case_ref)
                    if blobs.folder() is None:         # a server: bytes in the same transaction
                        for p in prepared:
                            blobs.put(p.path, p.sha256, p.size)
                    made = []
                    with audit.CaseChange(case, user) as change:
                        for p in prepared:
                            doc = Document.create(case=case, companion=companion, kind=kind, name=p.name,
                                                  sha256=p.sha256, size=p.size, media_type=p.media_type,
                                                  file_count=p.file_count, dicom=p.dicom, added_by=user,
                                                  document_date=document_date, language=language)
                            change.create(doc)
                            made.append(doc)
            except blobs.BlobError as exc:
                raise DocumentRefused(exc.reason, str(exc)) from None
    return made


def _document(case: Case, document_id: str, *, live: bool = True) -> Document:
    doc = Document.get_or_none((Document.id == document_id) & (Document.case == case.id))
    if doc is None or (live and doc.deleted_at is not None):
        raise DocumentRefused("no_document", f"no document '{document_id}' in case {case.number}")
    return doc


EDITABLE = ("kind", "document_date", "language", "translation_of", "name")


def edit_document(case_ref: str, document_id: str, values: dict[str, Any],
                  user: str | None = None) -> Document:
    """Change a document's kind, date, language, name or what it translates (one audited change)."""
    user = user or audit.current_user()
    unknown = sorted(set(values) - set(EDITABLE))
    if unknown:
        raise DocumentRefused("field", f"cannot change {', '.join(unknown)} of a document")
    if "kind" in values:
        _check_kind(str(values["kind"]))
    with store_errors(), write_transaction():
        case = get_case(case_ref)
        doc = _document(case, document_id)
        target = values.get("translation_of")
        if target:
            if target == doc.id:
                raise DocumentRefused("translation_of", "a document cannot be a translation of itself")
            _document(case, str(target))
        with audit.CaseChange(case, user) as change:
            change.update(doc, values)
    return doc


def remove_document(case_ref: str, document_id: str, user: str | None = None) -> None:
    """Remove a document from the case: a tombstone (the bytes stay, others may share them)."""
    user = user or audit.current_user()
    with store_errors(), write_transaction():
        case = get_case(case_ref)
        doc = _document(case, document_id)
        with audit.CaseChange(case, user) as change:
            change.delete(doc)


def export_document(case_ref: str, document_id: str, out: Path) -> str:
    """Write a stored document back out, byte for byte; returns its sha256."""
    with store_errors():
        case = get_case(case_ref)
        doc = _document(case, document_id)
        try:
            blobs.export(str(doc.sha256), out)
        except blobs.BlobError as exc:
            raise DocumentRefused(exc.reason, f"{doc.name}: {exc}") from None
    return str(doc.sha256)


def document_bytes(case_ref: str, document_id: str) -> bytes:
    """A document's bytes in memory (previews; the window keeps large ones out of memory)."""
    with store_errors():
        doc = _document(get_case(case_ref), document_id)
        try:
            data = b"".join(blobs.read(str(doc.sha256)))
        except blobs.BlobError as exc:
            raise DocumentRefused(exc.reason, f"{doc.name}: {exc}") from None
    if hashlib.sha256(data).hexdigest() != doc.sha256:     # never shown as if it were the document
        raise DocumentRefused("altered", f"{doc.name}: the stored file is altered")
    return data


# -- the contact log ---------------------------------------------------------------------------

def log_contact(case_ref: str, *, direction: str, channel: str, party: str, summary: str = "",
                at: datetime | None = None, kinds: Sequence[str] = (), documents: Sequence[str] = (),
                user: str | None = None) -> Contact:
    """Add an entry to the case's contact log (one audited change)."""
    for value, allowed, what in ((direction, DIRECTIONS, "direction"), (channel, CHANNELS, "channel"),
                                 (party, PARTIES, "who")):
        if value not in allowed:
            raise DocumentRefused(what, f"unknown {what} '{value}' (one of: {', '.join(allowed)})")
    for kind in kinds:
        _check_kind(kind)
    user = user or audit.current_user()
    with store_errors(), write_transaction():
        case = get_case(case_ref)
        for doc_id in documents:
            _document(case, doc_id)
        entry = Contact.create(case=case, at=at or utcnow(), direction=direction, channel=channel,
                               party=party, summary=summary, kinds=list(kinds), documents=list(documents),
                               logged_by=user)
        with audit.CaseChange(case, user) as change:
            change.create(entry)
    return entry


def remove_contact(case_ref: str, contact_id: str, user: str | None = None) -> None:
    user = user or audit.current_user()
    with store_errors(), write_transaction():
        case = get_case(case_ref)
        entry = Contact.get_or_none((Contact.id == contact_id) & (Contact.case == case.id)
                                    & Contact.deleted_at.is_null())
        if entry is None:
            raise DocumentRefused("no_contact", f"no contact '{contact_id}' in case {case.number}")
        with audit.CaseChange(case, user) as change:
            change.delete(entry)


# -- what the case shows -----------------------------------------------------------------------

@dataclass(frozen=True)
class DocumentRow:
    id: str
    kind: str
    name: str
    sha256: str
    size: int
    media_type: str
    added_at: datetime
    by: str
    traveller: str
    document_date: date | None
    language: str
    translation_of: str | None
    file_count: int
    dicom: bool
    state: str            # ok | missing | altered (the stored bytes against their hash)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "name": self.name, "sha256": self.sha256, "size": self.size,
                "added_at": self.added_at.isoformat(timespec="seconds"), "by": self.by,
                "traveller": self.traveller, "state": self.state}


@dataclass(frozen=True)
class ContactRow:
    id: str
    at: datetime
    direction: str
    channel: str
    party: str
    summary: str
    kinds: tuple[str, ...]
    documents: tuple[str, ...]
    by: str


@dataclass(frozen=True)
class CaseRecords:
    documents: list[DocumentRow]
    contacts: list[ContactRow]           # newest first
    required: list[RecordState]

    def to_json(self) -> dict[str, Any]:
        return {"documents": [d.to_json() for d in self.documents],
                "required": [r.to_json() for r in self.required]}


def _required(case: Case, docs: list[Document], contacts: list[Contact]) -> list[RecordState]:
    try:
        profile = facility_profile(str(case.facility.code))
    except UnknownFacility:
        return []
    return record_states(requirements(profile, str(case.site or "")),
                         [DocumentFacts(d.id, str(d.kind), d.translation_of) for d in docs],
                         [ContactFacts(str(c.direction), str(c.party), tuple(c.kinds or ()),
                                       tuple(c.documents or ())) for c in contacts])


def case_records(case_ref: str, *, verify: bool = True) -> CaseRecords:
    """The case's documents (each checked against its hash when `verify`), its contact log and
    the facility's required records with their states."""
    with store_errors():
        case = get_case(case_ref)
        docs = list(case.documents.order_by(Document.created, Document.id))
        contacts = list(case.contacts.order_by(Contact.at.desc(), Contact.id.desc()))
        rows = [DocumentRow(d.id, str(d.kind), str(d.name), str(d.sha256), int(d.size), str(d.media_type),
                            d.created, str(d.added_by), d.traveller, d.document_date, str(d.language),
                            d.translation_of, int(d.file_count), bool(d.dicom),
                            blobs.verify(str(d.sha256)) if verify else "ok") for d in docs]
        log = [ContactRow(c.id, c.at, str(c.direction), str(c.channel), str(c.party), str(c.summary),
                          tuple(c.kinds or ()), tuple(c.documents or ()), str(c.logged_by)) for c in contacts]
        return CaseRecords(rows, log, _required(case, docs, contacts))


def check_files(hashes: Sequence[str]) -> dict[str, str]:
    """Each stored file checked against its hash: ok, missing or altered."""
    with store_errors():
        return {sha: blobs.verify(sha) for sha in hashes}


def export_copy(case_ref: str, document_id: str) -> Path:
    """A copy of a document in a temp folder under its own name (to open with the system's
    viewer); the folder is the caller's to remove."""
    with store_errors():
        doc = _document(get_case(case_ref), document_id)
    folder = Path(tempfile.mkdtemp(prefix="hirt-open-"))
    name = os.path.basename(str(doc.name)) or "document"
    if doc.file_count > 1 or (doc.media_type == "application/zip" and not name.lower().endswith(".zip")):
        name += ".zip"
    out = folder / name
    export_document(case_ref, document_id, out)
    return out
