"""The audit trail: field-level changes with who and when, written in the same transaction.

Changes to a case go through a `CaseChange`: every record it creates, updates or removes is
audited under one changeset, each field change with its own globally unique change id, its
origin (this database's station) and the case version it made; the case's version grows by
one for the whole save. Removing a record leaves a tombstone (`deleted_at`, `deleted_by`) so a
change made elsewhere to it meets a conflict instead of vanishing.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Mapping
from datetime import date, datetime
from types import TracebackType
from typing import Any, cast

from hirt_desk.store.models import AuditEntry, BaseModel, Case, LocalInfo, new_id, on_server, utcnow

# not audited: ids and timestamps, the tombstone, and what is local to one database or derived
_UNAUDITED = frozenset(("id", "created", "updated", "deleted_at", "deleted_by", "seq", "version"))


def current_user() -> str:
    """Who makes changes when no one was named: on a server the database login (the server
    records that one whatever the client says, migrations schema 8), else the operating-system
    login."""
    if on_server():
        from hirt_desk.store.models import db
        return str(db.execute_sql("SELECT session_user").fetchone()[0])
    try:
        return getpass.getuser()
    except Exception:       # no login name (some service accounts): still record something
        return "unknown"


def origin() -> str:
    """The station of this database: where a change was made. A copied, moved or restored
    database gets a new station (store/station.py), so an origin names one place."""
    row = LocalInfo.get_or_none(LocalInfo.key == "station")
    return str(row.value) if row else ""


def lock_case(case: Case) -> None:
    """On a server (READ COMMITTED), lock the case's row until the transaction ends and read it
    again: a save that checks versions then sees every change committed before it, and another
    save of the same case waits for this one (SQLite's write lock does both for a file)."""
    fresh = Case.select().where(Case.id == case.id).for_update().get()
    case.__data__.update(fresh.__data__)
    cast(Any, case)._dirty.clear()         # what was read is what is stored


def text(value: Any) -> str | None:
    """A value as the audit stores it (and as values are compared for a merge)."""
    if value is None:
        return None
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def snapshot(record: BaseModel) -> dict[str, Any]:
    """The record's audited fields as they are now (ids, timestamps and tombstone left out)."""
    return {name: record.__data__.get(name) for name in record._meta.fields if name not in _UNAUDITED}


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def _values_json(record: BaseModel) -> str:
    """A created or removed record's values, as one JSON object."""
    return json.dumps({k: _plain(v) for k, v in snapshot(record).items()}, ensure_ascii=False, sort_keys=True)


class _Rows:
    """Audit rows of one changeset, written together."""

    def __init__(self, user: str, case_ids: list[str] | None) -> None:
        self.user = user
        self.case_ids = case_ids
        self.changeset = new_id()
        self.origin = origin()
        self.rows: list[dict[str, Any]] = []

    def add(self, table: str, record_id: str, action: str, field: str = "",
            old: str | None = None, new: str | None = None, case_ids: list[str] | None = None) -> None:
        change_id = new_id()
        cases = case_ids if case_ids is not None else self.case_ids
        targets: list[str | None] = list(cases) if cases else [None]
        for case_id in targets:
            self.rows.append({"user": self.user, "table": table, "record_id": record_id,
                              "action": action, "field": field, "old": old, "new": new,
                              "change_id": change_id, "changeset": self.changeset,
                              "origin": self.origin, "case_id": case_id})

    def write(self, versions: Mapping[str, int]) -> None:
        at = utcnow()
        for row in self.rows:
            row["at"] = at
            row["case_version"] = versions.get(row["case_id"]) if row["case_id"] else None
        for start in range(0, len(self.rows), 100):
            AuditEntry.insert_many(self.rows[start:start + 100]).execute()


class CaseChange:
    """One saved change to a case (or to records outside any case when `case` is None).

    Use inside the action's write transaction::

        with CaseChange(case, user) as change:
            change.update(case.patient, {"phone": "+86 ..."})

    On leaving the block without an exception, the case's version grows by one (and that of
    every other case of a patient that changed) and the audit rows are written; a block that
    changed nothing writes nothing and keeps the version."""

    def __init__(self, case: Case | None, user: str) -> None:
        self.case = case
        if case is not None and on_server():
            lock_case(case)
        self._rows = _Rows(user, [case.id] if case is not None else None)
        self._also: set[str] = set()         # other cases whose patient changed

    @property
    def user(self) -> str:
        return self._rows.user

    @property
    def changed(self) -> bool:
        return bool(self._rows.rows)

    def __enter__(self) -> CaseChange:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if kind is None:
            self.save()

    def _cases_of(self, record: BaseModel) -> list[str] | None:
        """The cases a record's change is recorded under: a patient's under each of its cases."""
        if record._meta.table_name != "patient" or self.case is None:
            return None
        ids = [c.id for c in Case.select(Case.id).where(Case.patient == record.id)]
        self._also.update(i for i in ids if i != self.case.id)
        return ids or [self.case.id]

    def create(self, record: BaseModel) -> None:
        """Audit a record just created, with its values."""
        self._rows.add(record._meta.table_name, record.id, "create", new=_values_json(record),
                       case_ids=self._cases_of(record))

    def update(self, record: BaseModel, values: Mapping[str, Any]) -> list[str]:
        """Set `values` on `record`; each field that really changed is audited and saved.
        Returns the changed fields."""
        before = snapshot(record)
        for name, value in values.items():
            setattr(record, name, value)
        after = snapshot(record)
        changed = [k for k in values if text(after.get(k)) != text(before.get(k))]
        if changed:
            cases = self._cases_of(record)
            for k in changed:
                self._rows.add(record._meta.table_name, record.id, "update", k,
                               text(before.get(k)), text(after.get(k)), case_ids=cases)
            record.updated = utcnow()
            record.save(only=[record._meta.fields[k] for k in (*changed, "updated")])
        return changed

    def set_facts(self, case: Case, new: Mapping[str, Any]) -> list[str]:
        """Replace the case's facts, audited fact by fact (`facts.ecog`), not as one JSON value;
        the listed site follows the facts. Returns the facts that changed."""
        old = dict(case.facts or {})
        changed = sorted(k for k in set(old) | set(new) if text(old.get(k)) != text(new.get(k)))
        if changed:
            for k in changed:
                self._rows.add("case", case.id, "update", f"facts.{k}", text(old.get(k)), text(new.get(k)))
            case.facts = dict(new)
            case.site = str(new.get("site", "") or "")
            case.updated = utcnow()
            case.save(only=[Case.facts, Case.site, Case.updated])
        return changed

    def delete(self, record: BaseModel) -> None:
        """Remove a record that belongs to the case, leaving its tombstone."""
        self._rows.add(record._meta.table_name, record.id, "delete", old=_values_json(record))
        tombstone: Any = record          # every record that can be removed has both fields
        tombstone.deleted_at = utcnow()
        tombstone.deleted_by = self.user
        record.save(only=[record._meta.fields["deleted_at"], record._meta.fields["deleted_by"]])

    def restore(self, record: BaseModel) -> None:
        """Bring back a removed record (a conflict resolved for the side that edited it)."""
        self._rows.add(record._meta.table_name, record.id, "restore", new=_values_json(record))
        tombstone: Any = record
        tombstone.deleted_at = None
        tombstone.deleted_by = None
        record.save(only=[record._meta.fields["deleted_at"], record._meta.fields["deleted_by"]])

    def save(self) -> None:
        if not self._rows.rows:
            return
        versions: dict[str, int] = {}
        if self.case is not None:
            for case_id in (self.case.id, *sorted(self._also)):
                Case.update(version=Case.version + 1).where(Case.id == case_id).execute()
                versions[case_id] = int(Case.select(Case.version).where(Case.id == case_id).scalar())
            self.case.version = versions[self.case.id]
        self._rows.write(versions)
        self._rows.rows = []


def update_record(record: BaseModel, values: Mapping[str, Any], user: str) -> list[str]:
    """Set `values` on a record outside any case (the agency's profile) and audit them."""
    with CaseChange(None, user) as change:
        return change.update(record, values)
