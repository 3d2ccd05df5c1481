"""The history of a case: every audited change to it and to what belongs to it, oldest first.

Fields are named as `case set` names them (contracts/team.md): `patient.phone` for the patient,
`facts.ecog` for a fact, the record's own field for everything else (a companion's `phone`, the
case's `status`); a creation or a removal has the field "" and the record's values (JSON) as its
new or old value. A change carried into this database more than once appears once.
"""

from __future__ import annotations

from dataclasses import dataclass
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
        return history
