"""Saving edits to a case without overwriting anyone: a field-level merge against a base version.

An editor (the window, `case set`, a laptop's sync) sends only what its user changed, with the
version of the case it started from. Whatever others saved since then is kept; a field both
changed to different values is a conflict, and then nothing at all is written: the caller shows
the user base, theirs and yours, and saves again with the user's choice as `resolved`.
Records added on both sides are simply added; a record removed on one side and edited on the
other is a conflict. Removing a companion takes its visa record and itinerary mentions with it
(`actions.travellers.detach_companion`), as the user chose for each (`companion_removals`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from hirt_desk.store.audit import CaseChange, text
from hirt_desk.store.models import (
    AuditEntry,
    BaseModel,
    Bill,
    Case,
    Companion,
    ItineraryItem,
    ItineraryTraveller,
    Note,
    Patient,
    Payment,
    Quote,
    VisaRecord,
)

TABLES: dict[str, type[BaseModel]] = {
    "case": Case, "patient": Patient, "companion": Companion, "itinerary_item": ItineraryItem,
    "visa_record": VisaRecord, "note": Note, "itinerary_traveller": ItineraryTraveller,
    "quote": Quote, "bill": Bill, "payment": Payment,
}
REMOVED = "(removed)"          # how a removed record reads where a value would stand


@dataclass(frozen=True)
class FieldEdit:
    """A field the user changed: on the case (facts as `facts.<name>`), its patient or a record
    that belongs to it."""

    table: str
    record_id: str
    field: str
    value: Any

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.table, self.record_id, self.field)


@dataclass(frozen=True)
class RecordCreate:
    table: str
    values: Mapping[str, Any]


@dataclass(frozen=True)
class RecordRemove:
    table: str
    record_id: str

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.table, self.record_id, "")


@dataclass
class Edits:
    fields: list[FieldEdit] = field(default_factory=list)
    creates: list[RecordCreate] = field(default_factory=list)
    removes: list[RecordRemove] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.fields or self.creates or self.removes)


def field_name(table: str, record_field: str) -> str:
    """A field as `case set` and `history` name it: `patient.phone`, `facts.ecog`, `coordinator`."""
    if table == "patient":
        return f"patient.{record_field}"
    return record_field


@dataclass(frozen=True)
class FieldConflict:
    table: str
    record_id: str
    field: str                 # as in history: patient.phone, facts.ecog, phone (of a companion)
    base: str | None           # the value when the editor opened the case
    theirs: str | None         # the value saved since, by `by` at `at` (REMOVED: they removed it)
    yours: str | None          # REMOVED: you removed the record they changed
    by: str
    at: datetime

    @property
    def key(self) -> tuple[str, str, str]:
        raw = self.field.removeprefix("patient.") if self.table == "patient" else self.field
        return (self.table, self.record_id, raw)

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "table": self.table, "record": self.record_id, "base": self.base,
                "theirs": self.theirs, "yours": self.yours, "by": self.by,
                "at": self.at.isoformat(timespec="seconds") + "Z"}


class MergeConflict(Exception):
    """Fields changed since the base version by someone else to other values; nothing written."""

    def __init__(self, conflicts: list[FieldConflict], version: int) -> None:
        super().__init__(f"{len(conflicts)} conflicting field(s) since the base version")
        self.conflicts = conflicts
        self.version = version


@dataclass(frozen=True)
class Since:
    """What happened to one field (or, with field "", one record) after the base version."""

    old: str | None            # its value at the base version
    by: str
    at: datetime
    removed: bool = False


def changed_since(case_id: str, version: int, *, not_from: Collection[str] = (),
                  seen: Collection[str] = ()) -> dict[tuple[str, str, str], Since]:
    """Every field and record of the case changed after `version`, with its value then and who
    changed it last; changes made at the stations `not_from` (a laptop's own, carried by an
    earlier sync) and the changes `seen` (ids: a laptop had them through another case) are left out."""
    found: dict[tuple[str, str, str], Since] = {}
    where = (AuditEntry.case_id == case_id) & (AuditEntry.case_version > version)
    if not_from:
        where &= AuditEntry.origin.not_in(list(not_from))
    if seen:
        where &= AuditEntry.change_id.not_in(list(seen))
    rows = AuditEntry.select().where(where).order_by(AuditEntry.case_version, AuditEntry.seq)
    for row in rows:
        key = (row.table, row.record_id, row.field)
        first = found.get(key)
        found[key] = Since(first.old if first else row.old, row.user, row.at, row.action == "delete")
        if row.action in ("update", "delete"):         # an edited record counts as edited
            record = (row.table, row.record_id, "")
            prior = found.get(record)
            if row.action == "update" and (prior is None or not prior.removed):
                found[record] = Since(None, row.user, row.at, False)
    return found


def _current(record: BaseModel, name: str) -> Any:
    if name.startswith("facts."):
        return (getattr(record, "facts", None) or {}).get(name.removeprefix("facts."))
    return getattr(record, name)


def _record(table: str, record_id: str) -> BaseModel:
    return TABLES[table].get_by_id(record_id)


def find_conflicts(case: Case, base_version: int, edits: Edits,
                   resolved: Mapping[tuple[str, str, str], Any]) -> list[FieldConflict]:
    """The user's edits that meet someone else's since `base_version` (resolved ones excepted)."""
    if case.version == base_version:
        return []
    since = changed_since(case.id, base_version)
    conflicts = []
    for edit in edits.fields:
        if edit.key in resolved:
            continue
        gone = since.get((edit.table, edit.record_id, ""))
        if gone is not None and gone.removed:
            conflicts.append(FieldConflict(edit.table, edit.record_id, field_name(edit.table, edit.field),
                                           None, REMOVED, text(edit.value), gone.by, gone.at))
            continue
        theirs = since.get(edit.key)
        if theirs is None:
            continue
        now = text(_current(_record(edit.table, edit.record_id), edit.field))
        if now != text(edit.value):
            conflicts.append(FieldConflict(edit.table, edit.record_id, field_name(edit.table, edit.field),
                                           theirs.old, now, text(edit.value), theirs.by, theirs.at))
    for remove in edits.removes:
        if remove.key in resolved:
            continue
        edited = since.get(remove.key)
        if edited is not None and not edited.removed:
            conflicts.append(FieldConflict(remove.table, remove.record_id, "", None, "(changed)", REMOVED,
                                           edited.by, edited.at))
    return conflicts


def apply_edits(change: CaseChange, edits: Edits, *, base_version: int,
                resolved: Mapping[tuple[str, str, str], Any] | None = None,
                check_facts: Any = None,
                companion_removals: Mapping[str, str] | None = None) -> list[BaseModel]:
    """Merge the user's edits into the case of `change` (inside its write transaction).

    MergeConflict, with nothing written, when a field meets another's change since
    `base_version`; `resolved` holds the values the user chose for fields that conflicted
    (and the removals they confirmed), which are then written as they are. `check_facts`
    validates the case's merged facts before they are saved; `companion_removals` says, per
    companion removed, what becomes of its itinerary items ("remove", the default, or
    "reassign:<traveller key>"). Returns the records created."""
    from hirt_desk.actions.travellers import detach_companion, resolve_choices
    case = change.case
    assert case is not None
    resolved = dict(resolved or {})
    conflicts = find_conflicts(case, base_version, edits, resolved)
    if conflicts:
        raise MergeConflict(conflicts, case.version)
    per_record: dict[tuple[str, str], dict[str, Any]] = {}
    for edit in edits.fields:
        value = resolved.get(edit.key, edit.value)
        per_record.setdefault((edit.table, edit.record_id), {})[edit.field] = value
    for (table, record_id), values in per_record.items():
        record = case if (table, record_id) == ("case", case.id) else _record(table, record_id)
        facts = {k.removeprefix("facts."): v for k, v in values.items() if k.startswith("facts.")}
        plain = {k: v for k, v in values.items() if not k.startswith("facts.")}
        if facts:
            merged = {**(case.facts or {}), **facts}
            merged = {k: v for k, v in merged.items() if v is not None}
            change.set_facts(case, check_facts(merged) if check_facts else merged)
        if plain:
            change.update(record, plain)
    created = []
    for create in edits.creates:
        record = TABLES[create.table].create(case=case, **create.values)
        change.create(record)
        created.append(record)
    removed_companions = [r.record_id for r in edits.removes if r.table == "companion"]
    choices = resolve_choices(companion_removals or {}, removed_companions)
    for remove in edits.removes:
        record = _record(remove.table, remove.record_id)
        if getattr(record, "deleted_at", None) is None:
            if isinstance(record, Companion):
                detach_companion(change, record, choices[record.id])
            change.delete(record)
    return created
