"""Duplicate persons in the database: merging two records of one patient, undoing a merge, and
remembering that two look-alikes are different people (issue 21, cli.md "Persons").

A merge moves the cases of OTHER to KEEP (and with each case everything that belongs to it:
companions and their links, visa records and their documents, itinerary, notes), takes the
fields the user chose from OTHER, and leaves OTHER as a tombstone naming KEEP (`merged_into`).
It is one audited change (one changeset), recorded under every case concerned, so `undo`
of its id takes it back and a laptop's sync carries it; a change a laptop makes later to OTHER
lands on KEEP (actions/sync_merge.py follows `merged_into`).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from hirt_desk.actions.cases import PatientData
from hirt_desk.store import audit
from hirt_desk.store.audit import CaseChange, lock_case, text
from hirt_desk.store.database import store_errors, write_transaction
from hirt_desk.store.models import AuditEntry, Case, Companion, NotSame, Patient, not_same_id, on_server
from hirt_desk.store.search import index_case

#: the fields of a person a merge chooses between (left or right), as the forms show them
MERGE_FIELDS: tuple[str, ...] = tuple(PatientData.__dataclass_fields__)


class PersonRefused(ValueError):
    """A merge, an undo or an answer that cannot be done as asked; nothing was changed. The
    message is one line for the command line (exit 2); `reason` lets the window say it in the
    user's language; `ref` is the id or change it is about."""

    def __init__(self, reason: str, message: str, ref: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.ref = ref


@dataclass(frozen=True)
class CaseRef:
    id: str
    number: str


@dataclass(frozen=True)
class PersonRecord:
    """One patient as the merge dialog and the warnings show it."""

    id: str
    data: PatientData
    cases: tuple[CaseRef, ...]             # oldest first
    merged_into: str | None = None

    @property
    def name_latin(self) -> str:
        return f"{self.data.surname_latin} {self.data.given_names_latin}".strip()


@dataclass(frozen=True)
class MergeResult:
    kept: str
    merged: str
    change: str                            # the changeset id: what `undo` takes
    moved: tuple[str, ...]                 # the numbers of the cases moved to the kept person

    def to_json(self) -> dict[str, Any]:
        return {"kept": self.kept, "merged": self.merged, "change": self.change}


@dataclass(frozen=True)
class UndoResult:
    undone: str
    change: str
    kept: str
    restored: str
    cases: tuple[str, ...]                 # numbers of the cases given back
    left: tuple[str, ...]                  # fields changed since the merge, left as they are now

    def to_json(self) -> dict[str, Any]:
        return {"undone": self.undone, "change": self.change, "person": self.restored,
                "cases": list(self.cases), "fields_left": list(self.left)}


def _cases_of(patient_id: str) -> list[Case]:
    return list(Case.select().where(Case.patient == patient_id).order_by(Case.created, Case.id))


def _record(patient: Patient) -> PersonRecord:
    data = PatientData(**{name: getattr(patient, name) for name in MERGE_FIELDS})
    cases = tuple(CaseRef(c.id, c.number) for c in _cases_of(patient.id))
    return PersonRecord(patient.id, data, cases, patient.merged_into)


def load_person(person_id: str) -> PersonRecord:
    """A patient by id; PersonRefused("unknown") when there is none."""
    with store_errors():
        patient = Patient.get_or_none(Patient.id == person_id.strip())
        if patient is None:
            raise _unknown(person_id)
        return _record(patient)


def _unknown(ref: str) -> PersonRefused:
    if Companion.get_or_none(Companion.id == ref.strip()) is not None:
        return PersonRefused("companion", f"'{ref}' is a companion on a case, not a patient: only "
                                          "patients' records are merged", ref)
    return PersonRefused("unknown", f"no person '{ref}'", ref)


def _live_patient(ref: str) -> Patient:
    patient = Patient.get_or_none(Patient.id == ref.strip())
    if patient is None:
        raise _unknown(ref)
    if patient.merged_into:
        raise PersonRefused("merged", f"person '{ref}' was already merged into '{patient.merged_into}'", ref)
    return patient


def merge_persons(keep: str, other: str, *, take: Collection[str] = (), user: str | None = None
                  ) -> MergeResult:
    """Merge person `other` into `keep`: its cases move to `keep`, the fields named in `take`
    get `other`'s value (the others keep `keep`'s), and `other` becomes a tombstone naming
    `keep`. One transaction, one audited change. PersonRefused (nothing changed) for an unknown
    id, the same id twice, or a person already merged."""
    user = user or audit.current_user()
    keep, other = keep.strip(), other.strip()
    unknown = sorted(set(take) - set(MERGE_FIELDS))
    if unknown:
        raise PersonRefused("field", f"not a field of a person: {', '.join(unknown)}")
    if keep == other:
        raise PersonRefused("same", f"cannot merge person '{keep}' into itself")
    with store_errors(), write_transaction():
        kept, merged = _live_patient(keep), _live_patient(other)
        kept_cases, moved = _cases_of(kept.id), _cases_of(merged.id)
        every = [c.id for c in (*kept_cases, *moved)]
        first = (kept_cases or moved)[0] if kept_cases or moved else None
        with CaseChange(first, user) as change:
            for case in moved:
                if on_server():
                    lock_case(case)
                change.update(case, {"patient": kept.id}, cases=[case.id])
            change.update(kept, {name: getattr(merged, name) for name in take}, cases=every)
            change.update(merged, {"merged_into": kept.id}, cases=every)
            changeset = change.changeset
        for case in (*kept_cases, *moved):
            index_case(Case.get_by_id(case.id))
    return MergeResult(kept.id, merged.id, changeset, tuple(c.number for c in moved))


def _merge_rows(change: str) -> tuple[list[AuditEntry], AuditEntry]:
    """The audit rows of a merge (one per change id), and the row that made the tombstone."""
    rows: dict[str, AuditEntry] = {}
    for row in AuditEntry.select().where(AuditEntry.changeset == change).order_by(AuditEntry.seq):
        rows.setdefault(row.change_id, row)
    if not rows:
        raise PersonRefused("no_change", f"no change '{change}'", change)
    marker = next((r for r in rows.values() if r.table == "patient" and r.field == "merged_into"
                   and r.old is None and r.new), None)
    if marker is None:
        raise PersonRefused("not_merge", f"change '{change}' is not a merge of two persons; "
                                         "only merges can be undone", change)
    return list(rows.values()), marker


def undo_merge(change: str, *, user: str | None = None) -> UndoResult:
    """Take back the merge `change` (its changeset id), as a new audited change: the person it
    merged is live again, the cases it moved (those still with the kept person) go back, and
    each field it took is given back its value unless someone changed it since. PersonRefused
    (nothing changed) for an unknown change, one that is not a merge, or one undone already."""
    from hirt_desk.actions.sync_merge import typed
    user = user or audit.current_user()
    change = change.strip()
    with store_errors(), write_transaction():
        rows, marker = _merge_rows(change)
        merged = Patient.get_or_none(Patient.id == marker.record_id)
        kept = Patient.get_or_none(Patient.id == marker.new)
        if merged is None or kept is None or merged.merged_into != kept.id:
            raise PersonRefused("undone", f"the merge '{change}' was undone already", change)
        if kept.merged_into:
            raise PersonRefused("later", f"the person kept by '{change}' was merged into another since: "
                                         "undo that merge first", change)
        moved = [r.record_id for r in rows if r.table == "case" and r.field == "patient" and r.new == kept.id]
        back = [c for c in Case.select().where(Case.id.in_(moved)) if c.__data__["patient"] == kept.id]
        kept_cases = _cases_of(kept.id)
        every = [c.id for c in kept_cases]
        values: dict[str, Any] = {}
        left = []
        for row in rows:
            if row.table == "patient" and row.record_id == kept.id and row.field in MERGE_FIELDS:
                if text(getattr(kept, row.field)) == row.new:
                    values[row.field] = typed(Patient, row.field, row.old)
                else:
                    left.append(row.field)
        first = kept_cases[0] if kept_cases else None
        with CaseChange(first, user) as undo:
            undo.update(merged, {"merged_into": None}, cases=every)
            undo.update(kept, values, cases=every)
            for case in back:
                if on_server():
                    lock_case(case)
                undo.update(case, {"patient": merged.id}, cases=[case.id])
            changeset = undo.changeset
        for case in kept_cases:
            index_case(Case.get_by_id(case.id))
    return UndoResult(change, changeset, kept.id, merged.id, tuple(c.number for c in back), tuple(left))


def merge_of(change: str) -> tuple[str, str] | None:
    """(kept, merged) person ids when `change` is a merge that can still be undone, else None:
    what the History tab offers Undo for."""
    with store_errors():
        try:
            _rows, marker = _merge_rows(change)
        except PersonRefused:
            return None
        merged = Patient.get_or_none(Patient.id == marker.record_id)
        if merged is None or merged.merged_into != marker.new:
            return None
        return str(marker.new), merged.id


# -- "not the same person" ----------------------------------------------------------------------

def _cases_of_person(person_id: str) -> list[str] | None:
    """The cases a person is in (a patient's, or a companion's one); None: no such person."""
    patient = Patient.get_or_none(Patient.id == person_id)
    if patient is not None:
        return [c.id for c in _cases_of(patient.id)]
    companion = Companion.get_or_none(Companion.id == person_id)
    if companion is not None:
        return [companion.case_id]
    return None


def mark_not_same(a: str, b: str, *, user: str | None = None) -> bool:
    """Remember that persons `a` and `b` (patients or companions) are different people, as an
    audited record under the cases of both (sync carries it). Returns False when it was
    remembered already. PersonRefused for an unknown id or the same id twice."""
    user = user or audit.current_user()
    a, b = a.strip(), b.strip()
    if a == b:
        raise PersonRefused("same", f"'{a}' is one person")
    with store_errors(), write_transaction():
        cases: list[str] = []
        for ref in (a, b):
            found = _cases_of_person(ref)
            if found is None:
                raise PersonRefused("unknown", f"no person '{ref}'", ref)
            cases += found
        record = NotSame.get_or_none(NotSame.id == not_same_id(a, b))
        if record is not None and record.deleted_at is None:
            return False
        with CaseChange(None, user) as change:
            if record is not None:
                change.restore(record, cases=cases)
            else:
                first, second = sorted((a, b))
                record = NotSame.create(id=not_same_id(a, b), person_a=first, person_b=second,
                                        decided_by=user)
                change.create(record, cases=cases)
    return True


def not_same_as(person_id: str) -> set[str]:
    """The persons said to be different people from `person_id`."""
    with store_errors():
        rows = NotSame.select().where(((NotSame.person_a == person_id) | (NotSame.person_b == person_id))
                                      & NotSame.deleted_at.is_null())
        return {r.person_b if r.person_a == person_id else r.person_a for r in rows}


def not_same_pairs() -> set[tuple[str, str]]:
    """Every pair said to be different people (smaller id first)."""
    with store_errors():
        return {(r.person_a, r.person_b) for r in NotSame.select(NotSame.person_a, NotSame.person_b)
                .where(NotSame.deleted_at.is_null())}


def born_text(value: date | None) -> str:
    return value.isoformat() if value else ""
