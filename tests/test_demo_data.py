"""Demo data is realistic: every verdict, the whole pipeline, and stays that pass the checks."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from hirt_desk.actions.demo import add_demo_cases
from hirt_desk.actions.itinerary import check_case, list_items
from hirt_desk.store.models import Case, ItineraryItem, ScreeningRecord


def test_demo_covers_verdicts_statuses_and_stays(database: Path) -> None:
    add_demo_cases(600, seed=21)
    verdicts = Counter(r.verdict for r in ScreeningRecord.select())
    assert set(verdicts) == {"eligible", "ineligible", "needs_info", "review"}
    statuses = Counter(c.status for c in Case.select())
    assert {"inquiry", "records", "facility_review", "travel", "in_treatment", "completed",
            "follow_up", "not_indicated"} <= set(statuses)
    sites = Counter(c.site for c in Case.select())
    assert {"prostate", "lung", "liver", "pancreas", "sarcoma", "skull_base", "rectum",
            "oligo_recurrence"} <= set(sites)
    staying = [c for c in Case.select() if c.status in ("travel", "in_japan", "accepted", "in_treatment")]
    assert staying
    for case in staying:
        items = list_items(case.id)
        kinds = Counter(i.kind for i in items)
        assert kinds["flight"] == 2 and kinds["accommodation"] == 1
        assert kinds["session"] == case.fractions
        assert check_case(case.id) == []
        companions = {c.id for c in case.companions}
        assert {t for i in items for t in i.travellers} <= {"patient"} | companions
    assert ItineraryItem.select().where(ItineraryItem.case.not_in([c.id for c in staying])).count() == 0
