"""Turning the user's answers to a merge conflict into what the case editor saves again.

A conflict carries values as the audit writes them (text); `typed_value` reads such a text back
as the record's field (a date, a number, a list) or the fact holds it. For each conflict the user
keeps theirs, keeps their own, or gives a merged value; for a record one side removed, they keep
it or remove it. `resolve` returns the `resolved` mapping for `save_case` and the companions to
save (a companion the other removed is added again when the user keeps it; one the user removed
comes back when they keep the other's changes).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from peewee import BooleanField, DateField, IntegerField

from hirt_desk.actions.case_detail import CompanionData
from hirt_desk.actions.editing import REMOVED, TABLES, FieldConflict
from hirt_desk.rules import FACTS_BY_NAME, FactError
from hirt_desk.rules.facts import check_value
from hirt_desk.store.models import JsonField

THEIRS, YOURS, MERGED = "theirs", "yours", "merged"
Key = tuple[str, str, str]


@dataclass(frozen=True)
class Choice:
    keep: str                  # THEIRS, YOURS or MERGED (then `value` is the merged text)
    value: str = ""


def is_removal(conflict: FieldConflict) -> bool:
    """A record removed on one side and edited on the other (rather than a field changed twice)."""
    return REMOVED in (conflict.theirs, conflict.yours)


def typed_value(table: str, field: str, text: str | None) -> Any:
    """`text` (as the audit writes values) as the field of `table` holds it; ValueError (or
    FactError) when it cannot be one. Empty text clears a date, a number or a fact."""
    if text is None:
        return None
    if field.startswith("facts."):
        if not text.strip():
            return None
        fact = FACTS_BY_NAME.get(field.removeprefix("facts."))
        if fact is None:
            return text
        value: Any = text.strip()
        if fact.kind == "bool":
            value = {"1": True, "true": True, "yes": True, "0": False, "false": False, "no": False
                     }.get(value.lower(), value)
        elif fact.kind in ("number", "int"):
            value = float(value) if fact.kind == "number" else int(float(value))
        elif fact.kind == "text_list":
            value = json.loads(value) if value.startswith("[") else [v for v in value.split(",") if v.strip()]
        return check_value(fact, value)
    column = TABLES[table]._meta.fields[field]
    if isinstance(column, DateField):
        return date.fromisoformat(text.strip()) if text.strip() else None
    if isinstance(column, BooleanField):
        return text.strip().lower() in ("1", "true", "yes")
    if isinstance(column, IntegerField):
        return int(text.strip()) if text.strip() else None
    if isinstance(column, JsonField):
        return json.loads(text) if text.strip() else None
    return text


def check_choice(conflict: FieldConflict, choice: Choice) -> str | None:
    """None when the choice can be saved; else why not ("date", "number", "fact")."""
    if choice.keep != MERGED or is_removal(conflict):
        return None
    try:
        typed_value(conflict.table, conflict.key[2], choice.value)
    except FactError:
        return "fact"
    except (ValueError, TypeError):
        column = TABLES[conflict.table]._meta.fields.get(conflict.key[2])
        return "date" if isinstance(column, DateField) else "number"
    return None


def resolve(conflicts: Sequence[FieldConflict], choices: Mapping[Key, Choice],
            companions: Sequence[CompanionData], base_companions: Sequence[CompanionData]
            ) -> tuple[dict[Key, Any], list[CompanionData]]:
    """The `resolved` values and the companions to save again, from the user's choices (keyed
    by each conflict's key; a record one side removed is answered once, under any of its
    conflicts)."""
    resolved: dict[Key, Any] = {}
    kept = [replace(c) for c in companions]
    answered: set[tuple[str, str]] = set()
    for conflict in conflicts:
        choice = choices[conflict.key] if conflict.key in choices else Choice(THEIRS)
        record = (conflict.table, conflict.record_id)
        if not is_removal(conflict):
            text = {THEIRS: conflict.theirs, YOURS: conflict.yours}.get(choice.keep, choice.value)
            resolved[conflict.key] = typed_value(conflict.table, conflict.key[2], text)
            continue
        if record in answered:
            continue
        answered.add(record)
        if conflict.yours == REMOVED:              # you removed it, they changed it
            if choice.keep == YOURS:
                resolved[conflict.key] = REMOVED
            elif conflict.table == "companion":
                back = next((c for c in base_companions if c.id == conflict.record_id), None)
                if back is not None and all(c.id != back.id for c in kept):
                    kept.append(replace(back))
        elif conflict.table == "companion":      # they removed it, you changed it
            mine = next((c for c in kept if c.id == conflict.record_id), None)
            kept = [c for c in kept if c.id != conflict.record_id]
            if choice.keep == YOURS and mine is not None:
                kept.append(replace(mine, id=None))        # kept: added again with your data
        else:                                    # another record they removed stays removed
            for other in conflicts:
                if (other.table, other.record_id) == record and other.yours != REMOVED:
                    resolved[other.key] = typed_value(other.table, other.key[2], other.yours)
    return resolved, kept
