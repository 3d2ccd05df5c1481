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


def test_demo_visas_are_complete_for_travellers_in_japan(database: Path) -> None:
    from datetime import date

    from hirt_desk.actions.visa import load_visas
    from hirt_desk.store.models import VisaRecord
    add_demo_cases(400, seed=8)
    assert VisaRecord.select().count() > 0
    seen_travel = False
    for case in Case.select().where(Case.status.in_(["in_japan", "accepted", "in_treatment", "travel"])):
        for traveller in load_visas(case.id, date.today()):
            if traveller.decision is None or not traveller.decision.needs_visa:
                continue
            assert traveller.record.documents, traveller.name       # every needed visa is tracked
            errors = [f.code for f in traveller.findings if f.level == "error"]
            if case.status != "travel":
                assert errors == [] and traveller.record.issue_date is not None
            else:
                seen_travel = True
    assert seen_travel


def test_demo_money_deposits_invoices_and_some_still_owed(database: Path) -> None:
    """Cases past the visa step have a deposit request and, most, the deposit paid in their own
    currency; treated ones an invoice, a few still owed: figures for the reports."""
    from hirt_desk.actions.money import ledger_entries
    from hirt_desk.money import balance
    from hirt_desk.store.models import Bill, Payment
    add_demo_cases(400, seed=21)
    bills = list(Bill.select())
    assert {b.kind for b in bills} == {"deposit", "invoice"}
    assert len({b.number for b in bills}) == len(bills)
    paid = list(Payment.select())
    assert paid and {p.currency for p in paid} - {"JPY"}            # in the patients' own currencies
    balances = [balance(e) for e in ledger_entries().values()]
    assert any(b.due_jpy > 0 for b in balances)                     # receivables
    assert any(b.charged_jpy and b.due_jpy <= 0 for b in balances)  # paid up
