"""Each visa check with a traveller who trips it and one who does not."""

from __future__ import annotations

from datetime import date

import pytest

from hirt_desk.planning.visa import READY, VisaRecordData, check_traveller, decide

ARRIVE, LEAVE = date(2027, 4, 20), date(2027, 5, 30)          # 41 days
TODAY = date(2027, 4, 1)


def ready_docs(decision, multiple: bool = False) -> dict[str, dict[str, str]]:  # type: ignore[no-untyped-def]
    docs = list(decision.documents) + (["treatment_schedule"] if multiple else [])
    return {d: {"status": "submitted", "date": "2027-03-01"} for d in docs}


def good(role: str = "patient", **changes) -> tuple:  # type: ignore[no-untyped-def]
    decision = decide("CN", ARRIVE, LEAVE, role=role)
    record = VisaRecordData("patient" if role == "patient" else "c1", embassy="Embassy of Japan in Beijing",
                            application_date=date(2027, 3, 2), issue_date=date(2027, 3, 10),
                            visa_number="MS123456", valid_until=date(2027, 6, 10), permitted_days=90,
                            on_guarantee_form=True, documents=ready_docs(decision))
    for k, v in changes.items():
        setattr(record, k, v)
    return decision, record


def codes(decision, record, role="patient", passport=date(2032, 1, 1), today=TODAY,  # type: ignore[no-untyped-def]
          arrival=ARRIVE, departure=LEAVE) -> list[str]:
    return [f.code for f in check_traveller(decision, record, role=role, arrival=arrival,
                                            departure=departure, passport_expiry=passport, today=today)]


def test_complete_visa_has_no_findings() -> None:
    assert codes(*good()) == []
    assert codes(*good("companion"), role="companion") == []


def test_permitted_stay_must_cover_every_night() -> None:
    assert codes(*good(permitted_days=30)) == ["permitted_stay_short"]
    assert codes(*good(permitted_days=41)) == []


def test_single_entry_must_be_used_within_three_months() -> None:
    assert codes(*good(issue_date=date(2027, 1, 19))) == ["single_entry_lapses"]
    assert codes(*good(issue_date=date(2027, 1, 20))) == []
    decision, record = good(issue_date=date(2027, 1, 10), entries="multiple")
    record.documents = ready_docs(decision, multiple=True)
    assert codes(decision, record) == []


def test_passport_validity() -> None:
    assert codes(*good(), passport=date(2027, 5, 15)) == ["passport_expires_during_stay"]
    assert codes(*good(), passport=date(2027, 10, 1)) == ["passport_under_six_months"]
    assert codes(*good(), passport=date(2027, 12, 1)) == []


def test_over_ninety_days_changes_the_route() -> None:
    decision = decide("CN", date(2027, 1, 1), date(2027, 4, 10), inpatient=True)
    record = VisaRecordData("patient", issue_date=date(2026, 12, 1), permitted_days=180,
                            documents=ready_docs(decision), on_guarantee_form=True)
    assert codes(decision, record, arrival=date(2027, 1, 1), departure=date(2027, 4, 10),
                 today=date(2026, 12, 20)) == ["long_stay_route"]


def test_documents_missing_before_departure() -> None:
    decision, record = good()
    record.documents["proof_of_funds"] = {"status": "requested", "date": "2027-03-01"}
    assert codes(decision, record, today=date(2027, 3, 1)) == []          # not due yet
    assert codes(decision, record, today=date(2027, 4, 1)) == ["document_missing"]
    found = check_traveller(decision, record, role="patient", arrival=ARRIVE, departure=LEAVE,
                            passport_expiry=date(2032, 1, 1), today=date(2027, 4, 15))
    assert [(f.level, f.field) for f in found] == [("error", "doc:proof_of_funds")]   # a week before
    assert "received" in READY


def test_companion_named_on_the_guarantee_form() -> None:
    unnamed = good("companion", on_guarantee_form=False)
    assert codes(*unnamed, role="companion") == ["companion_not_on_guarantee"]
    exempt = decide("KR", ARRIVE, LEAVE, role="companion")     # no visa, no guarantee form
    assert codes(exempt, VisaRecordData("c1"), role="companion") == []


def test_not_applied_yet() -> None:
    decision, record = good(application_date=None, issue_date=None)
    assert codes(decision, record) == ["not_applied"]
    assert codes(decision, record, today=date(2027, 2, 1)) == []


@pytest.mark.parametrize("cc", ["KR", "US"])
def test_exempt_traveller_needs_no_documents(cc: str) -> None:
    decision = decide(cc, ARRIVE, LEAVE)
    record = VisaRecordData("patient")
    assert codes(decision, record) == []


def test_multiple_entry_visa_needs_the_treatment_schedule() -> None:
    decision, record = good(entries="multiple")
    assert codes(decision, record) == ["document_missing"]
    found = check_traveller(decision, record, role="patient", arrival=ARRIVE, departure=LEAVE,
                            passport_expiry=date(2032, 1, 1), today=TODAY)
    assert found[0].field == "doc:treatment_schedule"
    record.documents["treatment_schedule"] = {"status": "checked", "date": "2027-03-20"}
    assert codes(decision, record) == []


def test_an_entry_carries_its_own_source() -> None:
    thai = decide("TH", ARRIVE, LEAVE)
    assert thai.url.endswith("novisa.html") and thai.checked_on == "2026-11-22"
    assert decide("CN", ARRIVE, LEAVE).url.endswith("medical/index.html")


def test_visa_must_still_be_valid_on_arrival() -> None:
    assert codes(*good(valid_until=date(2027, 4, 19))) == ["visa_expired_before_arrival"]
    assert codes(*good(valid_until=date(2027, 4, 20))) == []           # valid on the day of arrival
    found = check_traveller(*good(valid_until=date(2027, 1, 31)), role="patient", arrival=ARRIVE,
                            departure=LEAVE, passport_expiry=date(2032, 1, 1), today=TODAY)
    assert [(f.level, f.code, f.field) for f in found] == [
        ("error", "visa_expired_before_arrival", "valid_until")]
