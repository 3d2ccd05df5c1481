"""A laptop database: what it remembers about its office server, and copying cases into it.

A laptop is an (encrypted) SQLite file holding the cases checked out to it from a server. Its
sync state is local to the file (`local_info`, never carried): the server's URL without a
password and its database id (a laptop never syncs with another office's server), the pull
horizon (the transaction id below which every server change has been pulled), the last own
audit row already sent, and per case the server version it was last synced at: the common
ancestor a sync merges against (the server keeps every version's changes in its audit).

Both databases are reached through the same models: `bound(database)` points them at one for a
while (a command-line process, single-threaded; the window runs sync as such a process).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from peewee import Database, Model, fn

from hirt_desk.store.models import (
    AuditEntry,
    Bill,
    Case,
    Companion,
    Conflict,
    Facility,
    ItineraryItem,
    ItineraryTraveller,
    LocalInfo,
    Note,
    NotSame,
    Patient,
    Payment,
    Quote,
    ScreeningRecord,
    StatusChange,
    VisaRecord,
    db,
)

SERVER = "sync-server"               # the server's URL, without a password
SERVER_ID = "sync-server-id"         # its database id (hirt_desk_schema.database_id)
HORIZON = "sync-xmin"                # every server transaction below this id has been pulled
SENT = "sync-sent-seq"               # the last own audit row (seq) the server has
LAST = "sync-last"                   # when the last sync completed (UTC, ISO)
ASSIGNED = "sync-assigned-to"        # checked out by --assigned-to: that login's cases follow
CASE_PREFIX = "sync-case:"           # + case id: {"base": server version last synced}

# What belongs to a case, parents before children (the order to insert them in).
# NotSame (two persons said to be different people) goes with the cases of either person.
CASE_TABLES: tuple[type[Model], ...] = (Patient, Case, Companion, ScreeningRecord, StatusChange, Note,
                                        ItineraryItem, ItineraryTraveller, VisaRecord, Conflict, NotSame,
                                        Quote, Bill, Payment)
# Records removed as tombstones, children before parents (the order to remove them in).
TOMBSTONED: tuple[type[Model], ...] = (Payment, Bill, Quote, VisaRecord, ItineraryTraveller, ItineraryItem,
                                      Note, Companion)


@contextlib.contextmanager
def bound(database: Database) -> Iterator[None]:
    """The models bound to `database` for the block, then to whatever they were bound to."""
    before = db.obj
    db.initialize(database)
    try:
        yield
    finally:
        db.initialize(before)


# -- the laptop's own state (local_info) ---------------------------------------------------------

def get(key: str) -> str | None:
    row = LocalInfo.get_or_none(LocalInfo.key == key)
    return str(row.value) if row is not None else None


def put(key: str, value: str) -> None:
    (LocalInfo.insert(key=key, value=value)
     .on_conflict(conflict_target=[LocalInfo.key], update={LocalInfo.value: value}).execute())


def forget(key: str) -> None:
    LocalInfo.delete().where(LocalInfo.key == key).execute()


def is_laptop() -> bool:
    return get(SERVER) is not None


def _cases() -> dict[str, dict[str, Any]]:
    rows = LocalInfo.select().where(LocalInfo.key.startswith(CASE_PREFIX))
    return {str(r.key).removeprefix(CASE_PREFIX): json.loads(r.value) for r in rows}


def checked_out() -> dict[str, int]:
    """Case id -> the server version it was last synced at."""
    return {case_id: int(state["base"]) for case_id, state in _cases().items()}


def pinned() -> set[str]:
    """Cases that stay until handed back: checked out by name, or created here (the others
    came with `--assigned-to` and go when no longer assigned)."""
    return {case_id for case_id, state in _cases().items() if state.get("pinned")}


def set_base(case_id: str, version: int, *, pin: bool | None = None) -> None:
    """Remember the server version a case was synced at (`pin`: see `pinned`; None keeps it)."""
    if pin is None:
        state = get(CASE_PREFIX + case_id)
        pin = bool(json.loads(state).get("pinned")) if state else False
    put(CASE_PREFIX + case_id, json.dumps({"base": version, "pinned": pin}))


def own_origins() -> list[str]:
    """The stations this file has had: where its own changes were made."""
    from hirt_desk.store.station import FORMER, STATION
    found = [s for s in (get(STATION),) if s]
    found += [str(f["station"]) for f in json.loads(get(FORMER) or "[]")]
    return found


def unsent(origins: Collection[str], case_ids: Collection[str] | None = None) -> list[AuditEntry]:
    """The own audit rows the server does not have yet, oldest first."""
    where = (AuditEntry.seq > int(get(SENT) or 0)) & AuditEntry.origin.in_(list(origins))
    if case_ids is not None:
        where &= AuditEntry.case_id.in_(list(case_ids))
    return list(AuditEntry.select().where(where).order_by(AuditEntry.seq))


# -- copying cases between databases -------------------------------------------------------------

@dataclass
class CaseCopy:
    """Everything of some cases as plain rows (field name -> value), read from one database."""

    rows: dict[str, list[dict[str, Any]]]       # table name -> rows
    audit: list[dict[str, Any]]
    facilities: dict[str, str]                 # facility id -> code

    @property
    def versions(self) -> dict[str, int]:
        return {r["id"]: int(r["version"]) for r in self.rows.get("case", [])}


def dicts(query: Any) -> list[dict[str, Any]]:
    """A query's rows as plain dicts (field name -> value)."""
    return list(query.dicts())


def read_cases(case_ids: Collection[str], *, audit: bool = True) -> CaseCopy:
    """Every record of the cases (tombstones and conflicts included) from the bound database."""
    ids = list(case_ids)
    rows: dict[str, list[dict[str, Any]]] = {}
    cases = dicts(Case.select().where(Case.id.in_(ids)))
    rows["case"] = cases
    patients = [c["patient"] for c in cases]
    # with the records merged into them (tombstones): a laptop that still has one learns where
    # its cases went
    rows["patient"] = dicts(Patient.select().where(Patient.id.in_(patients)
                                                   | Patient.merged_into.in_(patients)))
    for model in (Companion, ScreeningRecord, StatusChange, Note, ItineraryItem, VisaRecord, Conflict,
                  Quote, Bill, Payment):
        rows[model._meta.table_name] = dicts(model.select().where(model.case.in_(ids)))
    persons = [*patients, *(c["id"] for c in rows["companion"])]
    rows["not_same"] = dicts(NotSame.select().where(NotSame.person_a.in_(persons)
                                                    | NotSame.person_b.in_(persons))) if persons else []
    items = [r["id"] for r in rows["itinerary_item"]]
    rows["itinerary_traveller"] = dicts(ItineraryTraveller.select()
                                        .where(ItineraryTraveller.item.in_(items))) if items else []
    history = dicts(AuditEntry.select().where(AuditEntry.case_id.in_(ids))) if audit else []
    facilities = {f.id: f.code for f in Facility.select(Facility.id, Facility.code)}
    return CaseCopy(rows, history, facilities)


def write_cases(copy: CaseCopy) -> None:
    """Make the bound (laptop) database hold exactly the copied records, not their audit rows
    (inside its write transaction). Tombstones are laid first, children before parents, so that no record is
    ever live beside a removed one it names; then every record is written, parents first."""
    from hirt_desk.store.cases import next_seq
    from hirt_desk.store.search import index_case
    for model in TOMBSTONED:
        tombstone: Any = model            # every tombstoned model has deleted_at and deleted_by
        for row in copy.rows.get(model._meta.table_name, []):
            if row.get("deleted_at") is not None:
                (tombstone.update(deleted_at=row["deleted_at"], deleted_by=row["deleted_by"])
                 .where((tombstone.id == row["id"]) & tombstone.deleted_at.is_null()).execute())
    codes = {code: fid for fid, code in ((f.id, f.code) for f in Facility.select(Facility.id, Facility.code))}
    for model in CASE_TABLES:
        rows = copy.rows.get(model._meta.table_name, [])
        if model is Case:
            for row in rows:
                _write_case(row, codes[copy.facilities[row["facility"]]], next_seq)
            continue
        _upsert(model, rows)
    for row in copy.rows.get("case", []):
        index_case(Case.get_by_id(row["id"]))


def _write_case(row: dict[str, Any], facility_id: str, next_seq: Any) -> None:
    values = {**row, "facility": facility_id}
    values.pop("seq", None)
    if Case.select().where(Case.id == row["id"]).exists():
        Case.update({Case._meta.fields[k]: v for k, v in values.items() if k != "id"}).where(
            Case.id == row["id"]).execute()
    else:
        Case.insert(**values, seq=next_seq()).execute()


def _upsert(model: type[Model], rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    names = [n for n in rows[0] if n != "id"]
    fields = [model._meta.fields[n] for n in names]
    for start in range(0, len(rows), 200):
        (model.insert_many(rows[start:start + 200])
         .on_conflict(conflict_target=[model._meta.primary_key], preserve=fields).execute())


def insert_audit(rows: Iterable[dict[str, Any]]) -> int:
    """Add audit rows carried from another database (each change once: those already here are
    skipped); returns how many were new."""
    fresh = [{k: v for k, v in r.items() if k != "seq"} for r in rows]
    if not fresh:
        return 0
    before = AuditEntry.select().count()
    for start in range(0, len(fresh), 200):
        AuditEntry.insert_many(fresh[start:start + 200]).on_conflict_ignore().execute()
    return int(AuditEntry.select().count() - before)


def purge_case(case_id: str) -> None:
    """Remove a case and everything of it from the laptop (its patient too, unless another case
    here has the same one): a handed-back case leaves nothing behind."""
    from hirt_desk.store.models import on_server
    assert not on_server(), "cases are purged from laptops only"
    case = Case.get_or_none(Case.id == case_id)
    if case is not None:
        db.execute_sql('DELETE FROM "case_search" WHERE rowid = ?', (case.seq,))
        patient = case.__data__["patient"]
        AuditEntry.delete().where(AuditEntry.case_id == case_id).execute()
        Case.delete().where(Case.id == case_id).execute()       # children go with it (ON DELETE CASCADE)
        if not Case.select().where(Case.patient == patient).exists():
            Patient.delete().where(Patient.id == patient).execute()
        _keep_sent_below_next()
    forget(CASE_PREFIX + case_id)


def _keep_sent_below_next() -> None:
    """SQLite numbers a new audit row one above the highest left, so removing a case's rows can
    hand out numbers at or below the sent mark again, and a new change would count as sent.
    Every row above the highest left is gone, so the mark may come down to it."""
    top = int(AuditEntry.select(fn.MAX(AuditEntry.seq)).scalar() or 0)
    if top < int(get(SENT) or 0):
        put(SENT, str(top))
