"""Conflicts a sync met, and resolving them (contracts/team.md, `conflicts`).

A conflict is a record of its case like any other: the server creates it during a sync and
the laptop gets it with the case. Resolving one, on either side, is an ordinary audited change
to the case: the field takes the kept value (or the typed one), a record removed on one side
is removed or brought back, and the conflict is marked resolved; the next sync carries it to
the other side, which closes it there too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hirt_desk.actions.editing import REMOVED, TABLES, field_name
from hirt_desk.actions.merging import typed_value
from hirt_desk.actions.sync_merge import MODELS, typed
from hirt_desk.rules import validate_facts
from hirt_desk.store import audit
from hirt_desk.store.database import store_errors, write_transaction
from hirt_desk.store.models import Conflict, utcnow

OFFICE, LAPTOP, VALUE = "office", "laptop", "value"
# Records kept as one side recorded them: a status change moves a case along its pipeline (with
# its checks), a screening is the rule engine's result; neither takes a typed value.
AS_RECORDED = {"status_change": "a status change", "screening": "a screening"}


def accepts_value(table: str) -> bool:
    """Whether a conflict on a record of `table` can be resolved with a typed value (the others
    are resolved by keeping one side)."""
    return table not in AS_RECORDED


class ConflictRefused(ValueError):
    """A resolution that cannot be saved (unknown or closed conflict, a value of the wrong type).

    `reason` says which, as a code, with its `values`, so that the window says it in the user's
    language (ui/conflicts_view.refusal_text); the message stays the command line's sentence:
    "how" (neither or both of keep/value), "unknown" (conflict), "closed" (resolution, by),
    "removed" (a typed value for a removal), "as_recorded" (table), "bad_value" (field, value)."""

    def __init__(self, message: str, reason: str, **values: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.values = values


@dataclass(frozen=True)
class ConflictView:
    id: str
    case: str
    number: str
    table: str
    record: str
    field: str                 # as in history: patient.phone, facts.ecog
    base: str | None
    office: str | None
    laptop: str | None
    office_by: str
    office_at: str | None
    laptop_by: str
    laptop_at: str | None
    patient: str = ""          # the case's patient as in the list (not in the JSON: the contract's fields)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "case": self.case, "table": self.table, "record": self.record,
                "field": self.field, "base": self.base, "office": self.office, "laptop": self.laptop,
                "office_by": self.office_by, "office_at": self.office_at, "laptop_by": self.laptop_by,
                "laptop_at": self.laptop_at}


def _when(value: Any) -> str | None:
    return None if value is None else str(value.isoformat(timespec="seconds") + "Z")


def open_conflicts(case_id: str | None = None) -> list[ConflictView]:
    """The open conflicts (of one case, or all), oldest first."""
    from hirt_desk.store.models import Case, Patient
    with store_errors():
        query = (Conflict.select(Conflict, Case.id, Case.number, Patient.surname_latin,
                                 Patient.given_names_latin).join(Case).join(Patient)
                 .where(Conflict.resolved_at.is_null()).order_by(Conflict.created, Conflict.id))
        if case_id is not None:
            query = query.where(Conflict.case == case_id)
        return [ConflictView(c.id, c.case.id, c.case.number, c.table, c.record_id,
                             field_name(c.table, c.field), c.base, c.office, c.laptop, c.office_by,
                             _when(c.office_at), c.laptop_by, _when(c.laptop_at),
                             f"{c.case.patient.surname_latin} {c.case.patient.given_names_latin}".strip())
                for c in query]


def resolve_conflict(conflict_id: str, keep: str | None = None, value: str | None = None,
                     user: str | None = None) -> dict[str, Any]:
    """Resolve one conflict keeping the office's value, the laptop's, or `value` (as text, read
    as the field's type); ConflictRefused, nothing written, when it cannot be."""
    user = user or audit.current_user()
    if (keep is None) == (value is None) or keep not in (None, OFFICE, LAPTOP):
        raise ConflictRefused("give --keep office|laptop or --value VALUE", "how")
    with store_errors(), write_transaction():
        conflict = Conflict.get_or_none(Conflict.id == conflict_id.strip())
        if conflict is None:
            raise ConflictRefused(f"no conflict '{conflict_id}'", "unknown", conflict=conflict_id)
        if conflict.resolved_at is not None:
            raise ConflictRefused(f"conflict '{conflict_id}' is already resolved "
                                  f"({conflict.resolution}, by {conflict.resolved_by})", "closed",
                                  resolution=str(conflict.resolution), by=str(conflict.resolved_by))
        removal = REMOVED in (conflict.office, conflict.laptop)
        if removal and value is not None:
            raise ConflictRefused("a record removed on one side is kept or removed: use --keep office|laptop",
                                  "removed")
        if value is not None and not accepts_value(conflict.table):
            raise ConflictRefused(f"{AS_RECORDED[conflict.table]} is kept as one side recorded it, "
                                  "not typed: use --keep office|laptop", "as_recorded", table=conflict.table)
        model = MODELS[conflict.table]
        record: Any = model.get_or_none(model._meta.primary_key == conflict.record_id)
        case = conflict.case
        with audit.CaseChange(case, user) as change:
            if record is not None and keep != OFFICE:
                if conflict.laptop == REMOVED:                       # the laptop removed it
                    if record.deleted_at is None:
                        change.delete(record)
                else:
                    if conflict.office == REMOVED and record.deleted_at is not None:
                        change.restore(record)
                    chosen = conflict.laptop if keep == LAPTOP else value
                    _set(change, record, conflict.field, chosen)
            change.update(conflict, {"resolution": keep or VALUE,
                                     "resolved_value": value if keep is None else None,
                                     "resolved_by": user, "resolved_at": utcnow()})
    return {"resolved": conflict.id, "kept": keep or VALUE, "version": case.version}


def _set(change: audit.CaseChange, record: Any, field: str, chosen: str | None) -> None:
    if field == "phone" and chosen:          # a traveller's number, stored in international form
        from hirt_desk.planning.identity import normalize_phone
        chosen = normalize_phone(chosen, record.nationality) or chosen
    table = record._meta.table_name
    try:
        value = typed_value(table, field, chosen) if table in TABLES or field.startswith("facts.") \
            else typed(type(record), field, chosen)       # a side kept as it was recorded
    except (ValueError, TypeError) as exc:
        raise ConflictRefused(f"{field}: '{chosen}' is not a value of this field ({exc})", "bad_value",
                              table=table, field=field, value=str(chosen)) from None
    if field.startswith("facts."):
        facts = {**(record.facts or {}), field.removeprefix("facts."): value}
        change.set_facts(record, validate_facts({k: v for k, v in facts.items() if v is not None}))
    else:
        change.update(record, {field: value})
