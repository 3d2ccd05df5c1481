"""Re-screening stored cases when a rule file changes."""

from __future__ import annotations

from typing import Any

from hirt_desk.actions.cases import store_screening
from hirt_desk.rules import get_rule_set, screen, validate_facts
from hirt_desk.store.audit import CaseChange, current_user
from hirt_desk.store.database import store_errors, write_transaction
from hirt_desk.store.models import Case, Facility, ScreeningRecord


def latest_screenings() -> dict[str, ScreeningRecord]:
    """The newest stored screening of every case, by case id."""
    latest: dict[str, ScreeningRecord] = {}
    for rec in ScreeningRecord.select().order_by(ScreeningRecord.created):
        latest[rec.case_id] = rec
    return latest


def rescreen_cases(*, apply: bool = False, user: str | None = None) -> dict[str, Any]:
    """Screen every case that has facts with its facility's current rule set.

    Reports the cases whose verdict differs from their last stored screening; with `apply`,
    stores a new screening for each of them.
    """
    user = user or current_user()
    changed = []
    with store_errors(), write_transaction():
        latest = latest_screenings()
        cases = Case.select(Case, Facility).join(Facility)
        checked = 0
        for case in cases:
            previous = latest.get(case.id)
            if previous is None and not case.facts:
                continue
            checked += 1
            rules = get_rule_set(case.facility.rule_set)
            result = screen(rules, validate_facts(case.facts))
            if previous is None or previous.verdict != result.verdict:
                changed.append({
                    "id": case.id, "number": case.number,
                    "old": previous.verdict if previous else None, "new": result.verdict,
                    "old_version": previous.rule_set_version if previous else None,
                    "new_version": result.rule_set_version,
                })
                if apply:
                    with CaseChange(case, user) as change:
                        store_screening(change, result)
    return {"checked": checked, "changed": changed, "applied": apply}

