"""The history of a case: every audited change to it and to what belongs to it, oldest first.

Fields are named as `case set` names them (contracts/team.md): `patient.phone` for the patient,
`facts.ecog` for a fact, the record's own field for everything else (a companion's `phone`, the
case's `status`); a creation or a removal has the field "" and the record's values (JSON) as its
new or old value. A change carried into this database more than once appears once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from hirt_desk.actions.cases import get_case
from hirt_desk.actions.editing import field_name
from hirt_desk.store.database import store_errors
from hirt_desk.store.models import AuditEntry


@dataclass(frozen=True)
class HistoryRow:
    at: datetime               # naive UTC, as stored
    by: str
    table: str                 # case, patient, companion, status_change, screening, note, ...
    record: str                # the record's id
    field: str                 # "" for a creation or a removal
    old: str | None
    new: str | None
    action: str                # create | update | delete
    change: str = ""           # the change (changeset) it was saved in: what `undo` names
    old_shown: str = ""        # a person named by id (a merge, "not the same"): their name
    new_shown: str = ""

    def to_json(self) -> dict[str, Any]:
        """As `hirt-desk history` prints it."""
        return {"at": self.at.isoformat(timespec="seconds") + "Z", "by": self.by, "table": self.table,
                "record": self.record, "field": self.field, "old": self.old, "new": self.new,
                "change": self.change}


def case_history(case_ref: str) -> list[HistoryRow]:
    """Every change to the case (by id or number) and what belongs to it, oldest first.
    CaseNotFound for an unknown case."""
    with store_errors():
        case = get_case(case_ref)
        rows = (AuditEntry.select().where(AuditEntry.case_id == case.id)
                .order_by(AuditEntry.at, AuditEntry.seq))
        seen: set[str] = set()
        history = []
        for row in rows:
            if row.change_id in seen:
                continue
            seen.add(row.change_id)
            field = field_name(row.table, row.field) if row.field else ""
            history.append(HistoryRow(row.at, row.user, row.table, row.record_id, field,
                                      row.old, row.new, row.action, row.changeset))
        return _with_names(history)


_BY_ID = {("case", "patient"), ("patient", "patient.merged_into")}


def _with_names(rows: list[HistoryRow]) -> list[HistoryRow]:
    """Rows that name persons by id (a merge moved the case, a person merged into another, two
    persons said not to be the same) with the persons' names beside them."""
    from hirt_desk.store.models import NotSame, Patient
    wanted = {v for r in rows if (r.table, r.field) in _BY_ID for v in (r.old, r.new) if v}
    pairs = {r.record: NotSame.get_or_none(NotSame.id == r.record) for r in rows if r.table == "not_same"}
    wanted |= {p for pair in pairs.values() if pair is not None for p in (pair.person_a, pair.person_b)}
    if not wanted:
        return rows
    names = {p.id: " ".join(x for x in (p.name_latin, p.name_native) if x)
             for p in Patient.select().where(Patient.id.in_(list(wanted)))}
    from hirt_desk.store.models import Companion
    names |= {c.id: " ".join(x for x in (c.name_latin, c.name_native) if x)
              for c in Companion.select().where(Companion.id.in_(list(wanted - set(names))))}
    out = []
    for r in rows:
        if (r.table, r.field) in _BY_ID:
            r = replace(r, old_shown=names.get(r.old or "", ""), new_shown=names.get(r.new or "", ""))
        elif r.table == "not_same" and pairs.get(r.record) is not None:
            pair = pairs[r.record]
            assert pair is not None
            shown = " / ".join(names.get(p, p) for p in (pair.person_a, pair.person_b))
            r = replace(r, old_shown=shown if r.action == "delete" else "", new_shown=shown)
        out.append(r)
    return out
