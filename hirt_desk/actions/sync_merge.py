"""The server's side of a sync: merging one laptop's changes to a case, field by field.

The laptop sends its own audit rows (each a field change, a creation, a removal or a restore,
with its change id, author and time) and the server version it last synced the case at: the
common ancestor. Against what the office changed since then (the server's audit, the laptop's
own earlier changes left out):
- a field changed on the laptop only takes the laptop's value;
- a field changed on both sides to different values is a conflict: the office keeps its value
  and a `conflict` record holds the base, the office's and the laptop's value;
- a record removed on one side and edited on the other is a conflict; nothing is removed;
- records the laptop created are created.
The laptop's rows are written into the server's audit as they are (the laptop author stays the
author, the change id stays the same), so `history` shows each change once however many syncs
carried it, and a retried sync recognises what it already brought (in the audit or held in a
conflict). Runs inside the server transaction of the sync.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from peewee import BooleanField, DateField, DateTimeField, IntegerField, Model

from hirt_desk.actions.editing import REMOVED, Since, changed_since
from hirt_desk.store.audit import CaseChange, lock_case, text
from hirt_desk.store.laptop import CASE_TABLES
from hirt_desk.store.models import AuditEntry, Case, Conflict, Facility, JsonField

MODELS: dict[str, type[Model]] = {m._meta.table_name: m for m in CASE_TABLES}
CHANGED = "(changed)"          # how an edited record reads against its removal
Key = tuple[str, str, str]


@dataclass
class Merged:
    applied: int = 0           # laptop changes now on the server
    conflicts: int = 0         # conflicts recorded
    known: int = 0             # changes the server already had (a retried sync)


def typed(model: type[Model], name: str, value: Any) -> Any:
    """A value as the audit writes it (text, or JSON for a creation) as the field holds it."""
    field = model._meta.fields[name]
    if value is None or isinstance(field, JsonField) and not isinstance(value, str):
        return value
    if isinstance(field, JsonField):
        return json.loads(value) if value.strip() else None
    if isinstance(field, DateTimeField):
        return datetime.fromisoformat(value) if isinstance(value, str) else value
    if isinstance(field, DateField):
        return date.fromisoformat(value) if isinstance(value, str) and value else value
    if isinstance(field, BooleanField):
        return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
    if isinstance(field, IntegerField):
        return int(value) if str(value).strip() else None
    return value


def _key(row: Mapping[str, Any]) -> Key:
    return (row["table"], row["record_id"], row["field"] if row["action"] == "update" else "")


def _known(case_id: str, rows: list[dict[str, Any]]) -> set[str]:
    ids = [r["change_id"] for r in rows]
    found = {r.change_id for r in AuditEntry.select(AuditEntry.change_id)
             .where(AuditEntry.change_id.in_(ids) & (AuditEntry.case_id == case_id))}
    for held in Conflict.select(Conflict.laptop_change).where(Conflict.case == case_id):
        found.update(str(held.laptop_change).split())
    return found


def current(record: Model, name: str) -> Any:
    if name.startswith("facts."):
        return (getattr(record, "facts", None) or {}).get(name.removeprefix("facts."))
    return getattr(record, name)


def _conflicts(groups: dict[Key, list[dict[str, Any]]], since: Mapping[Key, Since]
               ) -> dict[Key, dict[str, Any]]:
    """The keys where the laptop's last change meets the office's since the base."""
    found: dict[Key, dict[str, Any]] = {}
    for key, rows in groups.items():
        last = rows[-1]
        table, record_id, field = key
        record_key = (table, record_id, "")
        if table == "conflict":
            continue                       # a resolution: the first to arrive closes it
        if last["action"] == "update":
            gone = since.get(record_key)
            if gone is not None and gone.removed:
                found[key] = {"base": rows[0]["old"], "office": REMOVED, "office_by": gone.by,
                              "office_at": gone.at}
                continue
            theirs = since.get(key)
            if theirs is None:
                continue
            record = MODELS[table].get_or_none(MODELS[table]._meta.primary_key == record_id)
            now = text(current(record, field)) if record is not None else None
            if now != last["new"]:
                found[key] = {"base": theirs.old, "office": now, "office_by": theirs.by,
                              "office_at": theirs.at}
        elif last["action"] == "delete":
            edited = since.get(record_key)
            if edited is not None and not edited.removed:
                found[key] = {"base": None, "office": CHANGED, "office_by": edited.by, "office_at": edited.at}
    return found


def _apply(row: dict[str, Any], facilities: Mapping[str, str]) -> bool:
    """Write one laptop change to the server's records; False when there is nothing to write it
    to (a resolution of a conflict already resolved here)."""
    model = MODELS.get(row["table"])
    if model is None:
        return False
    record_id, action = row["record_id"], row["action"]
    pk = model._meta.primary_key
    if action == "create":
        values = {k: typed(model, k, v) for k, v in json.loads(row["new"] or "{}").items()
                  if k in model._meta.fields}
        if model is Case:
            from hirt_desk.store.cases import next_seq
            code = facilities.get(values["facility"], "")
            values.update(facility=Facility.get(Facility.code == code).id, version=0, seq=next_seq())
        model.insert(id=record_id, **values).on_conflict_ignore().execute()
        return True
    record: Any = model.get_or_none(pk == record_id)
    if record is None:
        return False
    if action == "delete":
        if record.deleted_at is None:
            model.update(deleted_at=row["at"], deleted_by=row["user"]).where(pk == record_id).execute()
        return True
    if action == "restore":
        model.update(deleted_at=None, deleted_by=None).where(pk == record_id).execute()
        return True
    if model is Conflict and record.resolved_at is not None:
        return False
    field = row["field"]
    if field.startswith("facts."):
        from hirt_desk.actions.merging import typed_value
        facts = dict(record.facts or {})
        name = field.removeprefix("facts.")
        try:
            value = typed_value("case", field, row["new"])
        except ValueError:         # as the laptop stored it, though this release would not
            value = json.loads(row["new"]) if _is_json(row["new"]) else row["new"]
        if value is None:
            facts.pop(name, None)
        else:
            facts[name] = value
        model.update(facts=facts, site=str(facts.get("site", "") or "")).where(pk == record_id).execute()
    else:
        value = typed(model, field, row["new"])
        model.update({model._meta.fields[field]: value}).where(pk == record_id).execute()
    return True


def _is_json(value: str) -> bool:
    try:
        json.loads(value)
    except ValueError:
        return False
    return True


def merge_case(case_id: str, rows: list[dict[str, Any]], base: int, *, origins: Collection[str],
               facilities: Mapping[str, str], by: str) -> Merged:
    """Merge a laptop's changes to one case (its audit rows, oldest first) into the server's
    copy, against the server version `base` the laptop last synced at (0: a case the laptop
    created). Call inside the server's write transaction."""
    merged = Merged()
    known = _known(case_id, rows)
    fresh = [r for r in rows if r["change_id"] not in known]
    merged.known = len(rows) - len(fresh)
    if not fresh:
        return merged
    existing = Case.get_or_none(Case.id == case_id)
    if existing is not None:
        lock_case(existing)
    since = changed_since(case_id, base, not_from=origins) if existing is not None else {}
    groups: dict[Key, list[dict[str, Any]]] = {}
    for row in fresh:
        groups.setdefault(_key(row), []).append(row)
    conflicts = _conflicts(groups, since)
    carried = []
    for row in fresh:
        if _key(row) in conflicts:
            continue
        if _apply(row, facilities):
            carried.append(row)
            merged.applied += 1
    case = Case.get_by_id(case_id)
    with CaseChange(case, by) as change:
        for key, seen in conflicts.items():
            last = groups[key][-1]
            record = Conflict.create(case=case_id, table=key[0], record_id=key[1], field=key[2],
                                     laptop=REMOVED if last["action"] == "delete" else last["new"],
                                     laptop_by=last["user"], laptop_at=last["at"],
                                     laptop_change=" ".join(r["change_id"] for r in groups[key]), **seen)
            change.create(record)
            merged.conflicts += 1
    if not change.changed:
        Case.update(version=Case.version + 1).where(Case.id == case_id).execute()
    version = int(Case.select(Case.version).where(Case.id == case_id).scalar())
    _carry(carried, case_id, version)
    if any(r["table"] in ("case", "patient", "companion") for r in carried):
        from hirt_desk.store.search import index_case
        index_case(Case.get_by_id(case_id))
    return merged


def _carry(rows: list[dict[str, Any]], case_id: str, version: int) -> None:
    """The laptop's applied changes into the server's audit, as they were made; a change to the
    patient also under the patient's other cases here (whose versions grow with it)."""
    out = [{**{k: v for k, v in r.items() if k != "seq"}, "case_id": case_id, "case_version": version}
           for r in rows]
    patient_rows = [r for r in rows if r["table"] == "patient"]
    if patient_rows:
        patient = Case.select(Case.patient).where(Case.id == case_id).scalar()
        for other in Case.select(Case.id).where((Case.patient == patient) & (Case.id != case_id)):
            Case.update(version=Case.version + 1).where(Case.id == other.id).execute()
            other_version = int(Case.select(Case.version).where(Case.id == other.id).scalar())
            out += [{**{k: v for k, v in r.items() if k != "seq"}, "case_id": other.id,
                     "case_version": other_version} for r in patient_rows]
    for start in range(0, len(out), 200):
        AuditEntry.insert_many(out[start:start + 200]).on_conflict_ignore().execute()
