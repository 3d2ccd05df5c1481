"""Merging two records of one patient, undoing it, and "not the same person" (issue 21), on an
SQLite file and on a PostgreSQL server."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from hirt_desk.actions.case_detail import CompanionData, load_case, save_case
from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.actions.duplicates import stored_duplicates
from hirt_desk.actions.history import case_history
from hirt_desk.actions.persons import (
    PersonRefused,
    load_person,
    mark_not_same,
    merge_of,
    merge_persons,
    not_same_as,
    undo_merge,
)
from hirt_desk.planning.visa import VisaRecordData
from hirt_desk.store.models import AuditEntry, Case, Companion, NotSame, Patient, VisaRecord
from tests.agency_server import recorded

WANG = PatientData("WANG", "WEI", "王伟", "M", date(1961, 3, 14), "CN", "E12345678",
                   phone="+86 139 1234 5678")
WANG_AGAIN = PatientData("WANG", "WEI", "", "M", date(1961, 3, 14), "CN", "", email="wang.wei@example.cn",
                         address="Beijing")


def two_records() -> tuple[Case, Case]:
    """The first WANG WEI with a case; the second, entered later, with a companion and visas."""
    first = create_case(WANG, user="sato")
    second = create_case(WANG_AGAIN, user="suzuki")
    detail = load_case(second.id)
    save_case(second.id, patient=detail.patient, facts={}, coordinator="", packet_language="zh-Hans",
              companions=[CompanionData("LI", "NA", relation="spouse")], base=detail, user="suzuki")
    detail = load_case(second.id)
    companion = detail.companions[0].id
    assert companion is not None
    save_case(second.id, patient=detail.patient, facts={}, coordinator="", packet_language="zh-Hans",
              companions=detail.companions, base=detail, user="suzuki",
              visas=[VisaRecordData("patient", visa_number="V1",
                                    documents={"passport": {"status": "received"}}),
                     VisaRecordData(companion, visa_number="V2")])
    return first, second


def test_merge_moves_cases_with_what_belongs_to_them_as_one_change(database: Path) -> None:
    first, second = two_records()
    keep, other = first.patient.id, Case.get_by_id(second.id).patient.id
    version = Case.get_by_id(second.id).version
    result = merge_persons(keep, other, take=["email", "address"], user="tanaka")
    assert (result.kept, result.merged, result.moved) == (keep, other, (second.number,))
    moved = Case.get_by_id(second.id)
    assert moved.patient.id == keep and moved.version == version + 1
    # the case's companion, its visa records and their documents came along with the case
    assert [c.surname_latin for c in moved.companions] == ["LI"]
    visas = {v.visa_number: v for v in VisaRecord.select().where(VisaRecord.case == second.id)}
    assert set(visas) == {"V1", "V2"} and visas["V1"].documents == {"passport": {"status": "received"}}
    kept = Patient.get_by_id(keep)
    assert (kept.email, kept.address) == ("wang.wei@example.cn", "Beijing")     # taken from the other
    assert (kept.passport_number, kept.phone, kept.name_native) == (             # the kept person's own
        "E12345678", first.patient.phone, "王伟")
    assert Patient.get_by_id(other).merged_into == keep   # a tombstone naming the kept person
    assert [c.number for c in load_person(keep).cases] == [first.number, second.number]
    # one changeset, recorded under both cases
    rows = list(AuditEntry.select().where(AuditEntry.changeset == result.change))
    assert {r.case_id for r in rows} == {first.id, second.id}
    assert {(r.table, r.field) for r in rows} == {("case", "patient"), ("patient", "email"),
                                                  ("patient", "address"), ("patient", "merged_into")}
    assert all(r.user == recorded("tanaka") for r in rows)
    history = case_history(second.id)
    assert ("case", "patient", other, keep) in [(h.table, h.field, h.old, h.new) for h in history]
    assert merge_of(result.change) == (keep, other)
    # no longer a likely duplicate of itself: the tombstone is not a person on file
    assert not [p for p in stored_duplicates() if {p.a.id, p.b.id} == {keep, other}]


def test_undo_gives_everything_back_as_a_change_of_its_own(database: Path) -> None:
    first, second = two_records()
    keep, other = first.patient.id, Case.get_by_id(second.id).patient.id
    before = {f: getattr(Patient.get_by_id(keep), f) for f in ("email", "address", "phone")}
    merged = merge_persons(keep, other, take=["email", "address"], user="tanaka")
    # someone corrects the address after the merge: the undo leaves their correction
    from hirt_desk.actions.cases import update_patient
    update_patient(keep, {"address": "Shanghai"}, user="sato")
    undone = undo_merge(merged.change, user="tanaka")
    assert (undone.restored, undone.kept, undone.cases, undone.left) == (other, keep, (second.number,),
                                                                         ("address",))
    assert Case.get_by_id(second.id).patient.id == other
    assert Patient.get_by_id(other).merged_into is None
    kept = Patient.get_by_id(keep)
    assert (kept.email, kept.phone, kept.address) == (before["email"], before["phone"], "Shanghai")
    assert merge_of(merged.change) is None
    assert {r.changeset for r in AuditEntry.select().where(AuditEntry.changeset == undone.change)} == {
        undone.change}
    assert any({p.a.id, p.b.id} == {keep, other} and p.match.same for p in stored_duplicates())
    with pytest.raises(PersonRefused, match="undone already"):
        undo_merge(merged.change)


def test_refusals_change_nothing(database: Path) -> None:
    first, second = two_records()
    keep, other = first.patient.id, Case.get_by_id(second.id).patient.id
    companion = Companion.select().first().id
    rows = AuditEntry.select().count()
    for args, says in (((keep, keep), "into itself"), ((keep, "nobody"), "no person 'nobody'"),
                       (("nobody", other), "no person 'nobody'"),
                       ((keep, companion), "is a companion on a case, not a patient")):
        with pytest.raises(PersonRefused, match=says):
            merge_persons(*args)
    with pytest.raises(PersonRefused, match="not a field of a person: id"):
        merge_persons(keep, other, take=["id"])
    assert AuditEntry.select().count() == rows
    change = merge_persons(keep, other).change
    with pytest.raises(PersonRefused, match="already merged into"):
        merge_persons(keep, other)
    with pytest.raises(PersonRefused, match="already merged into"):
        merge_persons(other, keep)
    with pytest.raises(PersonRefused, match="no change 'nope'"):
        undo_merge("nope")
    status_change = AuditEntry.select().where(AuditEntry.table == "status_change").first().changeset
    with pytest.raises(PersonRefused, match="not a merge of two persons"):
        undo_merge(status_change)
    assert Patient.get_by_id(other).merged_into == keep and merge_of(change) == (keep, other)


def test_not_the_same_is_remembered_audited_and_answered_once(database: Path) -> None:
    first = create_case(WANG, user="sato")
    second = create_case(replace(WANG, passport_number="", phone=""), user="sato")
    a, b = first.patient.id, second.patient.id
    assert any({p.a.id, p.b.id} == {a, b} and p.match.same for p in stored_duplicates())
    versions = [Case.get_by_id(c.id).version for c in (first, second)]
    assert mark_not_same(b, a, user="suzuki") is True
    assert mark_not_same(a, b, user="suzuki") is False        # once, whichever order
    assert [Case.get_by_id(c.id).version for c in (first, second)] == [v + 1 for v in versions]
    assert not_same_as(a) == {b} and NotSame.select().count() == 1
    pair = next(p for p in stored_duplicates() if {p.a.id, p.b.id} == {a, b})
    assert not pair.match.same and "marked as different people" in pair.match.reasons
    for case in (first, second):
        said = [(h.table, h.by) for h in case_history(case.id) if h.table == "not_same"]
        assert said == [("not_same", recorded("suzuki"))]
    with pytest.raises(PersonRefused):
        mark_not_same(a, "nobody")


def test_likely_matches_at_entry(database: Path) -> None:
    from hirt_desk.actions.entry_matches import likely_matches, matches_for_patient, person_of
    first = create_case(WANG, user="sato")
    create_case(first.patient.id, user="sato")
    create_case(PatientData("WANG", "WEI", "", "M", date(1961, 9, 30), "CN"), user="sato")   # another one
    typed = person_of(PatientData("WANG", "WEI", "王伟", "M", date(1961, 3, 14), "CN"))
    [found] = likely_matches(typed)
    assert (found.id, found.name_native, len(found.cases)) == (first.patient.id, "王伟", 2)
    assert "same birth date (1961-03-14)" in found.reasons
    assert found.latest_case == Case.select().where(Case.patient == first.patient.id).order_by(
        Case.created.desc(), Case.id.desc()).first().id
    assert likely_matches(person_of(PatientData("WANG", "WEI"))) == []      # a name alone: no warning
    # by passport alone, however typed, and never the patient being edited
    by_passport = person_of(PatientData("WANG", "WEI", passport_number="e12345678"))
    assert [m.id for m in likely_matches(by_passport)] == [first.patient.id]
    assert matches_for_patient(first.patient.id, typed) == []
    second = create_case(replace(WANG, passport_number=""), user="sato").patient.id
    assert [m.id for m in matches_for_patient(second, typed)] == [first.patient.id]
    mark_not_same(first.patient.id, second)
    assert matches_for_patient(second, typed) == []
    merge_persons(second, first.patient.id)                  # a merged record is no longer offered
    assert [m.id for m in likely_matches(typed)] == [second]
