"""Each user action is one transaction with its audit rows: a status change (allowed and refused),
an itinerary item removed, and saving a case whose travellers have errors."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from hirt_desk.actions.case_detail import CompanionData, ValidationFailed, load_case, save_case
from hirt_desk.actions.cases import (
    NothingToUndo,
    PatientData,
    change_status,
    create_case,
    undo_status_change,
)
from hirt_desk.actions.itinerary import delete_item, list_items, save_item
from hirt_desk.planning.identity import Problem
from hirt_desk.planning.itinerary import Item
from hirt_desk.planning.pipeline import StatusDateRefused, TransitionRefused
from hirt_desk.store.models import AuditEntry, Case, Companion, ItineraryItem, Patient, StatusChange
from tests.agency_server import recorded


def audit_rows(record_id: str) -> list[tuple[str, str, str, str, str | None, str | None]]:
    return [(a.user, a.table, a.action, a.field, a.old, a.new)
            for a in AuditEntry.select().where(AuditEntry.record_id == record_id).order_by(AuditEntry.seq)]


def history(case_id: str) -> list[tuple[str | None, str, date, str, str]]:
    return [(s.from_status, s.to_status, s.effective_date, s.note, s.changed_by)
            for s in StatusChange.select().where(StatusChange.case == case_id).order_by(StatusChange.created)]


# -- status changes ------------------------------------------------------------------------------

def test_an_allowed_status_change_writes_history_and_audit(database: Path) -> None:
    sato, suzuki = recorded("sato"), recorded("suzuki")
    case = create_case(PatientData("BOLD", "SARNAI"), inquiry_date=date(2026, 10, 20), user="sato")
    change_status(case.number, "records", effective=date(2026, 11, 1), note="CT received", user="suzuki")
    assert Case.get_by_id(case.id).status == "records"
    assert history(case.id) == [(None, "inquiry", date(2026, 10, 20), "", sato),
                                ("inquiry", "records", date(2026, 11, 1), "CT received", suzuki)]
    rows = audit_rows(case.id)
    assert [r[:4] for r in rows] == [(sato, "case", "create", ""), (suzuki, "case", "update", "status")]
    assert rows[1][4:] == ("inquiry", "records")
    assert Case.get_by_id(case.id).version == 2          # created, then one change


def test_each_step_of_a_case_is_audited_with_old_and_new_status(database: Path) -> None:
    case = create_case(PatientData("NGUYEN", "VAN AN"), user="sato")
    for status in ("records", "facility_review", "visa", "travel"):
        change_status(case.id, status, user="tanaka")
    assert [(r[3], r[4], r[5]) for r in audit_rows(case.id) if r[2] == "update"] == [
        ("status", "inquiry", "records"), ("status", "records", "facility_review"),
        ("status", "facility_review", "visa"), ("status", "visa", "travel")]


def test_a_refused_status_change_writes_nothing(database: Path) -> None:
    case = create_case(PatientData("KIM", "MINJUN"), user="sato")
    for status in ("records", "facility_review", "visa"):
        change_status(case.id, status, user="sato")
    before = (history(case.id), audit_rows(case.id))
    with pytest.raises(TransitionRefused) as refused:
        change_status(case.id, "in_treatment", user="suzuki")
    assert (refused.value.current, refused.value.wanted) == ("visa", "in_treatment")
    assert Case.get_by_id(case.id).status == "visa"
    assert (history(case.id), audit_rows(case.id)) == before


def test_a_status_date_before_the_inquiry_is_refused(database: Path) -> None:
    case = create_case(PatientData("KIM", "MINJUN"), inquiry_date=date(2027, 3, 10), user="sato")
    before = (history(case.id), audit_rows(case.id))
    with pytest.raises(StatusDateRefused):
        change_status(case.id, "records", effective=date(2027, 3, 9), user="sato")
    assert Case.get_by_id(case.id).status == "inquiry"
    assert (history(case.id), audit_rows(case.id)) == before
    change_status(case.id, "records", effective=date(2027, 3, 10), user="sato")     # same day is fine


def test_the_last_status_change_can_be_undone_audited(database: Path) -> None:
    suzuki = recorded("suzuki")
    case = create_case(PatientData("KIM", "MINJUN"), inquiry_date=date(2027, 1, 4), user="sato")
    with pytest.raises(NothingToUndo):
        undo_status_change(case.id, user="sato")          # the creation stays
    for status in ("records", "facility_review", "travel", "in_japan", "accepted"):
        change_status(case.id, status, effective=date(2027, 2, 1), user="tanaka")
    undo_status_change(case.id, note="mis-click", user="suzuki")        # accepted can go back
    assert Case.get_by_id(case.id).status == "in_japan"
    last = history(case.id)[-1]
    assert last[:2] == ("accepted", "in_japan") and last[3:] == ("mis-click", suzuki)
    assert audit_rows(case.id)[-1][:6] == (suzuki, "case", "update", "status", "accepted", "in_japan")


def test_a_reopened_case_gets_a_new_reply_due_date(database: Path) -> None:
    case = create_case(PatientData("KIM", "MINJUN"), inquiry_date=date(2027, 1, 4), user="sato")
    assert Case.get_by_id(case.id).reply_due == date(2027, 1, 9)
    change_status(case.id, "declined", effective=date(2027, 1, 6), user="sato")
    change_status(case.id, "inquiry", effective=date(2027, 4, 1), user="sato")
    assert Case.get_by_id(case.id).reply_due == date(2027, 4, 6)
    assert ("reply_due", "2027-01-09", "2027-04-06") in [(r[3], r[4], r[5]) for r in audit_rows(case.id)]
    undo_status_change(case.id, user="sato")               # the reopening undone: the old date back
    case = Case.get_by_id(case.id)
    assert (case.status, case.reply_due) == ("declined", date(2027, 1, 9))
    change_status(case.id, "closed", effective=date(2027, 4, 2), user="sato")
    assert Case.get_by_id(case.id).status == "closed"


# -- the itinerary --------------------------------------------------------------------------------

def test_removing_an_itinerary_item_is_audited(database: Path) -> None:
    sato, suzuki = recorded("sato"), recorded("suzuki")
    case = create_case(PatientData("TRAN", "THU TRANG"))
    flight = save_item(case.id, Item("flight", datetime(2027, 5, 9, 23, 50), datetime(2027, 5, 10, 7, 5),
                                     "Asia/Ho_Chi_Minh", "Asia/Tokyo", "VN 300"), user="sato")
    delete_item(flight.id, user="suzuki")
    assert list_items(case.id) == []
    tombstone = ItineraryItem.get_by_id(flight.id)      # kept as a tombstone: who removed it, and when
    assert tombstone.deleted_by == suzuki and tombstone.deleted_at is not None
    rows = audit_rows(flight.id)
    assert [r[:4] for r in rows] == [(sato, "itinerary_item", "create", ""),
                                     (suzuki, "itinerary_item", "delete", "")]
    assert json.loads(rows[0][5])["title"] == "VN 300" == json.loads(rows[1][4])["title"]


# -- saving a case: travellers with errors are refused, nothing written --------------------------

def test_save_case_refuses_travellers_with_errors_and_writes_nothing(database: Path) -> None:
    case = create_case(PatientData("SRISUK", "SOMCHAI", nationality="TH"), user="sato")
    detail = load_case(case.id)
    before = AuditEntry.select().count()
    patient = PatientData("SRISUK", "SOMCHAI", nationality="TH", passport_number="AA1234567",
                          passport_expiry=date(2027, 3, 1))                   # expired on 15 Mar
    spouse = CompanionData("SRISUK", "MALEE", nationality="TH", phone="12345", relation="spouse")
    with pytest.raises(ValidationFailed) as failed:
        save_case(case.id, patient=patient, companions=[spouse], facts={"site": "lung"},
                  coordinator="Sato", packet_language="th", user="suzuki", today=date(2027, 3, 15))
    assert failed.value.problems == [Problem("passport_expiry", "passport_expiry.expired"),
                                     Problem("phone", "phone.invalid")]
    assert AuditEntry.select().count() == before
    assert Companion.select().count() == 0
    stored = Patient.get_by_id(case.patient.id)
    assert (stored.passport_number, stored.passport_expiry) == ("", None)
    assert load_case(case.id) == detail


def test_save_case_with_only_warnings_saves(database: Path) -> None:
    case = create_case(PatientData("SRISUK", "SOMCHAI", nationality="TH"))
    patient = PatientData("SRISUK", "SOMCHAI", nationality="TH", passport_expiry=date(2027, 5, 1))
    save_case(case.id, patient=patient, companions=[CompanionData("SRISUK", "MALEE", relation="spouse")],
              facts={}, coordinator="Sato", packet_language="th", user="suzuki", today=date(2027, 3, 15))
    assert Patient.get_by_id(case.patient.id).passport_expiry == date(2027, 5, 1)   # "soon" only warns
    assert [c.given_names_latin for c in Companion.select()] == ["MALEE"]


def test_phone_numbers_are_saved_in_international_form(database: Path) -> None:
    """As `case set` stores them: a number typed the way it is dialled at home is read in the
    traveller's country."""
    case = create_case(PatientData("TRAN", "THU TRANG", nationality="VN"), user="sato")
    detail = load_case(case.id)
    detail.patient.phone = "0912345678"
    wife = CompanionData("WANG", "FANG", nationality="CN", phone="13912345678", relation="spouse")
    save_case(case.id, patient=detail.patient, companions=[wife], facts={}, coordinator="",
              packet_language="vi", user="sato")
    saved = load_case(case.id)
    assert saved.patient.phone == "+84 912 345 678"
    assert saved.companions[0].phone == "+86 139 1234 5678"
