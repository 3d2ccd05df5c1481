"""Laptops: check cases out of the office server, and sync them back (contracts/team.md).

`checkout` copies cases with everything of them, and their history, from the server into the
laptop database (bound to the models), and remembers the server and each case's server version:
the common ancestor of the next merge. `sync_laptop` then
1. pushes the laptop's own changes not sent yet, in one server transaction, merged field by
   field per case (actions.sync_merge); the laptop notes what the server now has;
2. pulls, in one repeatable-read server transaction, the server's audit rows of the checked-out
   cases written by transactions that all ended before the snapshot's horizon (`txid` from the
   last horizon up to this one: a transaction that commits after a later one is never skipped),
   and a fresh copy of every case whose server version moved; the laptop writes them, the new
   horizon and the new bases in one transaction, then purges cases handed back or no longer
   assigned (never one with changes not sent).
A sync cut at any point leaves each side as its last commit left it: what reached the server
is recognised by its change ids when pushed again, what was pulled is pulled again and skipped.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from peewee import Database

from hirt_desk.actions.cases import CaseNotFound
from hirt_desk.store import documents as blobs
from hirt_desk.store import laptop
from hirt_desk.store.audit import current_user
from hirt_desk.store.database import store_errors, write_transaction
from hirt_desk.store.errors import StoreError, redacted
from hirt_desk.store.models import AuditEntry, Case, Document, Facility, db, utcnow

CRASH_ENV = "HIRT_DESK_SYNC_CRASH_AT"      # tests: the process dies at this step (1, 2, ...)
_steps = 0


def step(where: str) -> None:
    """A point where a sync may be cut: with HIRT_DESK_SYNC_CRASH_AT=N the N-th one ends the
    process at once, as a kill or a power cut would (tests of crash safety)."""
    global _steps
    _steps += 1
    if os.environ.get(CRASH_ENV) == str(_steps):
        os._exit(70)


class NotALaptop(ValueError):
    """A sync asked of a database that was never checked out from a server."""


class OtherOffice(ValueError):
    """A laptop database checked out from another office's server."""


@dataclass
class SyncResult:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    checked_out: list[str] = field(default_factory=list)
    purged: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, int]:
        return {"pushed": self.pushed, "pulled": self.pulled, "conflicts": self.conflicts}


def server_id(server: Database) -> str:
    return str(server.execute_sql('SELECT "database_id" FROM "hirt_desk_schema"').fetchone()[0])


def _horizon(server: Database) -> str:
    return str(server.execute_sql("SELECT pg_snapshot_xmin(pg_current_snapshot())::text").fetchone()[0])


def _repeatable_read(server: Database) -> None:
    server.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")


def find_server_cases(refs: Sequence[str]) -> list[str]:
    """Case ids of the bound (server) database for ids or numbers; CaseNotFound for one unknown."""
    from hirt_desk.store.cases import find_case
    ids = []
    for ref in refs:
        case = find_case(ref)
        if case is None:
            raise CaseNotFound(ref)
        ids.append(case.id)
    return ids


def assigned_cases(login: str) -> list[str]:
    return [c.id for c in Case.select(Case.id).where(Case.assigned_to == login)]


def check_server(server: Database, url: str) -> None:
    """The bound laptop must belong to this server (never another office's)."""
    known = laptop.get(laptop.SERVER_ID)
    with store_errors(url):
        theirs = server_id(server)
    if known is not None and known != theirs:
        raise OtherOffice(f"this laptop database was checked out from another office's server "
                          f"({laptop.get(laptop.SERVER)}), not {redacted(url)}; nothing was changed")


def checkout(server: Database, url: str, refs: Sequence[str] = (), assigned_to: str | None = None) -> int:
    """Copy cases (by id or number, or every case assigned to a login) from `server` into the
    bound laptop database; returns how many are checked out now."""
    check_server(server, url)
    with laptop.bound(server), store_errors(url), server.atomic():
        _repeatable_read(server)
        ids = find_server_cases(refs) if refs else assigned_cases(assigned_to or "")
        horizon = _horizon(server)
        copy = laptop.read_cases(ids)
        theirs = server_id(server)
    with store_errors(url):                # the documents' bytes, before the records pointing to them
        blobs.copy_blobs(server, db.obj, _hashes(copy))
    with store_errors(), write_transaction():
        laptop.write_cases(copy)
        laptop.insert_audit(copy.audit)
        for case_id, version in copy.versions.items():
            laptop.set_base(case_id, version, pin=True if refs else None)
        if not laptop.is_laptop():
            laptop.put(laptop.SERVER, redacted(url))
            laptop.put(laptop.SERVER_ID, theirs)
            laptop.put(laptop.HORIZON, horizon)
            laptop.put(laptop.SENT, str(AuditEntry.select(AuditEntry.seq).order_by(AuditEntry.seq.desc())
                                        .limit(1).scalar() or 0))
        if assigned_to:
            laptop.put(laptop.ASSIGNED, assigned_to)
    return len(ids)


def sync_laptop(server: Database, url: str, *, release: Collection[str] = (),
                by: str | None = None) -> SyncResult:
    """Push the bound laptop's changes to `server`, pull the server's, purge what leaves."""
    from hirt_desk.actions.sync_merge import merge_case
    if not laptop.is_laptop():
        raise NotALaptop("this database was not checked out from an office server (use checkout first)")
    check_server(server, url)
    result = SyncResult()
    with store_errors():
        origins = laptop.own_origins()
        bases = laptop.checked_out()
        outgoing = [r.__data__ for r in laptop.unsent(origins)]
        facilities = {f.id: f.code for f in Facility.select(Facility.id, Facility.code)}
        mine = {str(d.sha256) for d in Document.select(Document.sha256)
                .where(Document.case.in_(list(_per_case(outgoing))))}
    per_case = _per_case(outgoing)
    with store_errors(url):                # the bytes of the laptop's documents, before their records
        blobs.copy_blobs(db.obj, server, mine)
    step("push")
    with laptop.bound(server), store_errors(url), server.atomic():
        server.execute_sql("SET LOCAL hirt_desk.carry = 'on'")   # the laptop's authors stay the authors
        login = by or str(server.execute_sql("SELECT session_user").fetchone()[0])
        for case_id, rows in per_case.items():
            merged = merge_case(case_id, rows, bases.get(case_id, 0), origins=origins,
                                facilities=facilities, by=login, bases=bases)
            result.pushed += merged.applied
            result.conflicts += merged.conflicts
            step("merged")
    step("pushed")
    with store_errors(), write_transaction():
        if outgoing:
            laptop.put(laptop.SENT, str(max(r["seq"] for r in outgoing)))
        for case_id in per_case:
            if case_id not in bases:
                laptop.set_base(case_id, 0, pin=True)      # created here: checked out from now on
        bases = laptop.checked_out()
        dirty = {r.case_id for r in laptop.unsent(origins)}
        horizon = laptop.get(laptop.HORIZON) or "0"
        assigned = laptop.get(laptop.ASSIGNED)
        pinned = laptop.pinned()
    step("sent")
    with laptop.bound(server), store_errors(url), server.atomic():
        _repeatable_read(server)
        new_horizon = _horizon(server)
        versions = {c.id: c.version for c in
                    Case.select(Case.id, Case.version).where(Case.id.in_(list(bases)))}
        wanted = (pinned | set(assigned_cases(assigned) if assigned else ())) - set(release)
        refresh = [c for c in wanted if c not in dirty and (c not in bases or versions.get(c) != bases[c])]
        copy = laptop.read_cases(refresh, audit=False)
        copy.audit = (_feed(list(bases), horizon, new_horizon)
                      + _history([c for c in refresh if c not in bases]))
    with store_errors(url):
        blobs.copy_blobs(server, db.obj, _hashes(copy))
    step("pulled")
    leaving: set[str] = set()
    with store_errors(), write_transaction():
        laptop.write_cases(copy)
        theirs = [r for r in copy.audit if r["origin"] not in origins and r["table"] != "conflict"]
        result.pulled = laptop.insert_audit(theirs)          # the office's changes: counted
        laptop.insert_audit(r for r in copy.audit if r["origin"] in origins or r["table"] == "conflict")
        for case_id, version in copy.versions.items():
            laptop.set_base(case_id, version)
        result.checked_out = [c for c in refresh if c not in bases]
        dirty = {r.case_id for r in laptop.unsent(origins)}
        for case_id in set(laptop.checked_out()) - wanted - dirty:
            leaving |= {str(d.sha256) for d in
                        Document.select(Document.sha256).where(Document.case == case_id)}
            laptop.purge_case(case_id)
            result.purged.append(case_id)
        laptop.put(laptop.HORIZON, new_horizon)
        laptop.put(laptop.LAST, utcnow().isoformat(timespec="seconds"))
        step("writing")
    blobs.discard_unreferenced(leaving)     # once the purge is committed: nothing of it left behind
    return result


def _hashes(copy: laptop.CaseCopy) -> set[str]:
    """The documents' bytes a copy of cases needs (removed documents' too: they may come back)."""
    return {str(r["sha256"]) for r in copy.rows.get("document", [])}


def _per_case(outgoing: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The laptop's changes by case. A change to a patient with several cases here is recorded
    under each: it is sent once, with the first (the server records it under all of them)."""
    per_case: dict[str, list[dict[str, Any]]] = {}
    patient_changes: set[str] = set()
    for row in outgoing:
        if row["case_id"] is None:
            continue
        if row["table"] == "patient":
            if row["change_id"] in patient_changes:
                continue
            patient_changes.add(row["change_id"])
        per_case.setdefault(row["case_id"], []).append(row)
    return per_case


def _feed(case_ids: list[str], since: str, horizon: str) -> list[dict[str, Any]]:
    """The server's audit rows of the cases written by transactions with ids in
    [since, horizon): each has ended, and none still running can add a row below horizon."""
    from peewee import SQL
    if not case_ids:
        return []
    return laptop.dicts(AuditEntry.select().where(
        AuditEntry.case_id.in_(case_ids) & SQL('"txid" >= %s::xid8 AND "txid" < %s::xid8', [since, horizon]))
        .order_by(AuditEntry.seq))


def _history(case_ids: list[str]) -> list[dict[str, Any]]:
    """The whole history of cases new to the laptop."""
    if not case_ids:
        return []
    return laptop.dicts(AuditEntry.select().where(AuditEntry.case_id.in_(case_ids)).order_by(AuditEntry.seq))


def laptop_status() -> dict[str, Any]:
    """What the window's status bar shows: the server, the last sync, changes waiting, open
    conflicts (None for a database that is not a laptop's)."""
    from hirt_desk.store.models import Conflict
    if not laptop.is_laptop():
        return {}
    with store_errors():
        return {"server": laptop.get(laptop.SERVER), "last_sync": laptop.get(laptop.LAST),
                "waiting": len(laptop.unsent(laptop.own_origins())),
                "conflicts": Conflict.select().where(Conflict.resolved_at.is_null()).count(),
                "cases": len(laptop.checked_out())}


def open_office(url: str) -> Database:
    """The office server of a laptop (StoreError "cannot_connect" when unreachable or the login
    is refused: nothing has been changed anywhere then)."""
    from hirt_desk.store.server import open_server
    return open_server(url)


__all__ = ["CRASH_ENV", "NotALaptop", "OtherOffice", "StoreError", "SyncResult", "checkout", "current_user",
           "laptop_status", "open_office", "sync_laptop"]
