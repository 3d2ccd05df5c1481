"""A case's history: every change to it and what belongs to it, oldest first, named as `case set`
names fields."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from hirt_desk.actions.case_detail import CompanionData, load_case, save_case
from hirt_desk.actions.cases import CaseNotFound, PatientData, change_status, create_case
from hirt_desk.actions.history import case_history
from tests.agency_server import recorded


def save(detail, user: str, **changes):  # type: ignore[no-untyped-def]
    values = {"patient": detail.patient, "companions": detail.companions, "facts": detail.facts,
              "coordinator": detail.coordinator, "packet_language": detail.packet_language, **changes}
    return save_case(detail.id, base=detail, user=user, **values)


def test_every_change_to_a_case_oldest_first(database: Path) -> None:
    sato, suzuki, tanaka = recorded("sato"), recorded("suzuki"), recorded("tanaka")
    case = create_case(PatientData("NGUYEN", "VAN AN", nationality="VN", phone="+84 912 345 678"),
                       user="sato")
    detail = load_case(case.id)
    save(detail, "sato", companions=[CompanionData("NGUYEN", "THI HOA", relation="spouse")],
         facts={"site": "liver", "ecog": 1})
    detail = load_case(case.id)
    save(detail, "suzuki", patient=replace(detail.patient, phone="+84 987 654 321"),
         facts={**detail.facts, "ecog": 2})
    spouse = load_case(case.id).companions[0]
    save(load_case(case.id), "suzuki", companions=[])
    change_status(case.id, "records", user="tanaka")

    rows = case_history(case.number)
    assert [r.at for r in rows] == sorted(r.at for r in rows)
    created = [(r.table, r.by) for r in rows if r.action == "create"]
    assert created[:3] == [("patient", sato), ("case", sato), ("status_change", sato)]
    patient = next(r for r in rows if r.table == "patient" and r.action == "create")
    assert patient.field == "" and json.loads(patient.new or "")["surname_latin"] == "NGUYEN"

    edits = {(r.field, r.old, r.new, r.by) for r in rows if r.action == "update"}
    assert ("patient.phone", "+84 912 345 678", "+84 987 654 321", suzuki) in edits
    assert ("facts.ecog", None, "1", sato) in edits and ("facts.ecog", "1", "2", suzuki) in edits
    assert ("status", "inquiry", "records", tanaka) in edits

    [removed] = [r for r in rows if r.action == "delete"]
    assert (removed.table, removed.record, removed.field) == ("companion", spouse.id, "")
    assert removed.by == suzuki
    assert json.loads(removed.old or "")["given_names_latin"] == "THI HOA"
    assert sum(r.table == "screening" for r in rows) == 2            # each facts change screened
    assert [r for r in rows if r.table == "status_change"][-1].by == tanaka


def test_a_patient_shared_by_two_cases_is_in_both_histories_once(database: Path) -> None:
    first = create_case(PatientData("WANG", "WEI", nationality="CN"), user="sato")
    second = create_case(first.patient.id, user="sato")
    detail = load_case(first.id)
    save(detail, "sato", patient=replace(detail.patient, email="wang@example.com"))
    for case in (first, second):
        emails = [r for r in case_history(case.id) if r.field == "patient.email"]
        assert [(r.old, r.new) for r in emails] == [("", "wang@example.com")]


def test_json_as_the_command_prints_it(database: Path) -> None:
    case = create_case(PatientData("KIM", "MINJI", nationality="KR"), user="sato")
    row = case_history(case.id)[0].to_json()
    assert set(row) == {"at", "by", "table", "record", "field", "old", "new"}
    assert row["at"].endswith("Z") and "T" in row["at"]
    assert date.fromisoformat(row["at"][:10])


def test_unknown_case(database: Path) -> None:
    with pytest.raises(CaseNotFound):
        case_history("HD-2026-XXX-9999")
