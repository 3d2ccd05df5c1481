"""The audit trail: field-level changes with who and when, written in the same transaction."""

from __future__ import annotations

import getpass
import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from hirt_desk.store.models import AuditEntry, BaseModel, utcnow


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:       # no login name (some service accounts): still record something
        return "unknown"


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def snapshot(record: BaseModel) -> dict[str, Any]:
    """The record's audited fields as they are now (timestamps left out)."""
    return {name: record.__data__.get(name) for name in record._meta.fields
            if name not in ("id", "created", "updated")}


def record_create(record: BaseModel, user: str) -> None:
    AuditEntry.create(user=user, table=record._meta.table_name, record_id=record.id,
                      action="create")


def record_delete(record: BaseModel, user: str) -> None:
    AuditEntry.create(user=user, table=record._meta.table_name, record_id=record.id,
                      action="delete")


def record_changes(record: BaseModel, before: dict[str, Any], user: str) -> list[str]:
    """Write one audit row per field that differs from `before`; returns the changed fields."""
    after = snapshot(record)
    changed = [k for k in after if _text(after[k]) != _text(before.get(k))]
    if changed:
        AuditEntry.insert_many([
            {"user": user, "table": record._meta.table_name, "record_id": record.id,
             "action": "update", "field": k, "old": _text(before.get(k)), "new": _text(after[k])}
            for k in changed
        ]).execute()
    return changed


def update_record(record: BaseModel, values: Mapping[str, Any], user: str) -> list[str]:
    """Set `values` on `record`; when anything changed, audit each field and save it.

    Returns the changed fields. Call inside the transaction of the action."""
    before = snapshot(record)
    for name, value in values.items():
        setattr(record, name, value)
    changed = record_changes(record, before, user)
    if changed:
        record.updated = utcnow()
        record.save()
    return changed
