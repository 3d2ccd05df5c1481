"""Case numbers, status transitions, the audit trail and search."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from hirt_desk.actions.cases import (
    PatientData,
    add_note,
    change_status,
    create_case,
    screen_case,
    update_patient,
)
from hirt_desk.planning.pipeline import TransitionRefused
from hirt_desk.store.cases import CaseFilter, count_cases, find_case, list_cases
from hirt_desk.store.models import AuditEntry, Case, ScreeningRecord, StatusChange
from tests.agency_server import recorded


def test_case_numbers_are_per_year_and_station(database: Path) -> None:
    a = create_case(PatientData("WANG", "Wei"), inquiry_date=date(2026, 3, 1))
    b = create_case(PatientData("LI", "Na"), inquiry_date=date(2026, 3, 2))
    c = create_case(PatientData("ZHAO", "Min"), inquiry_date=date(2027, 1, 5))
    station = a.number.split("-")[2]
    assert len(station) == 3
    assert [a.number, b.number, c.number] == [f"HD-2026-{station}-0001", f"HD-2026-{station}-0002",
                                              f"HD-2027-{station}-0001"]


def test_reply_is_due_five_days_after_inquiry(database: Path) -> None:
    case = create_case(PatientData("TRAN", "Thu Trang"), inquiry_date=date(2026, 12, 29))
    assert case.reply_due == date(2027, 1, 3)


def test_records_have_uuids_and_timestamps(database: Path) -> None:
    case = create_case(PatientData("POPOV", "Sergei"))
    import uuid
    assert uuid.UUID(case.id) and uuid.UUID(case.patient.id)
    assert case.created and case.updated


def test_allowed_and_refused_transitions(database: Path) -> None:
    case = create_case(PatientData("BOLD", "Sarnai"), inquiry_date=date(2026, 10, 20))
    change_status(case.number, "records", effective=date(2026, 11, 1), note="CT received")
    with pytest.raises(TransitionRefused):
        change_status(case.number, "in_treatment")
    change_status(case.number, "facility_review")
    change_status(case.number, "travel")                 # no visa needed
    change_status(case.number, "withdrawn")
    change_status(case.number, "inquiry")                # reopened
    history = [(s.from_status, s.to_status) for s in
               StatusChange.select().where(StatusChange.case == case.id).order_by(StatusChange.created)]
    assert history == [(None, "inquiry"), ("inquiry", "records"), ("records", "facility_review"),
                       ("facility_review", "travel"), ("travel", "withdrawn"), ("withdrawn", "inquiry")]
    assert Case.get_by_id(case.id).status == "inquiry"


def test_audit_records_each_changed_field(database: Path) -> None:
    sato, suzuki = recorded("sato"), recorded("suzuki")
    case = create_case(PatientData("SMIRNOV", "Andrei", "Смирнов Андрей"), user="sato")
    update_patient(case.patient.id, {"passport_number": "751234567", "phone": "+7 914 000-00-00",
                                     "name_native": "Смирнов Андрей"}, user="suzuki")
    rows = [(a.user, a.table, a.action, a.field, a.old, a.new)
            for a in AuditEntry.select().order_by(AuditEntry.seq)]
    assert [r[:4] for r in rows[:3]] == [(sato, "patient", "create", ""), (sato, "case", "create", ""),
                                         (sato, "status_change", "create", "")]
    created = json.loads(rows[0][5])        # a creation carries the record's values
    assert (created["surname_latin"], created["name_native"], created["languages"]) == \
        ("SMIRNOV", "Смирнов Андрей", [])
    assert json.loads(rows[1][5])["number"] == case.number
    assert sorted(rows[3:]) == [(suzuki, "patient", "update", "passport_number", "", "751234567"),
                                (suzuki, "patient", "update", "phone", "", "+7 914 000-00-00")]
    assert list_cases(CaseFilter(search="751234567"))[0].id == case.id


def test_screening_is_stored_with_rule_set_version(database: Path) -> None:
    tanaka = recorded("tanaka")
    case = create_case(PatientData("KIM", "Minjun"))
    result = screen_case(case.number, {"site": "lung", "stage": "IB", "histology": "nsclc",
                                       **{k: v for k, v in COMMON.items()}}, user="tanaka")
    record = ScreeningRecord.get(ScreeningRecord.case == case.id)
    assert (record.verdict, record.rule_set_id, record.screened_by) == ("eligible", "ghmc", tanaka)
    assert record.rule_set_version == result.rule_set_version
    assert record.result["criteria"]["lung.stage"] == "met"
    assert Case.get_by_id(case.id).site == "lung"


COMMON = {"measurable": True, "tumor_size_cm": 2.0, "distant_metastasis": False,
          "gi_tract_invasion": False, "spinal_cord_invasion": False, "ecog": 0}


def test_notes_are_kept(database: Path) -> None:
    case = create_case(PatientData("LEE", "Jiyoung"))
    add_note(case.number, "Family asks for Korean interpreter", user="sato")
    assert [n.body for n in find_case(case.number).notes] == ["Family asks for Korean interpreter"]


@pytest.fixture
def people(database: Path) -> dict[str, str]:
    made = {
        "wang": create_case(PatientData("WANG", "Wei", "王伟", passport_number="E12345678")),
        "ivanova": create_case(PatientData("IVANOVA", "Elena", "Иванова Елена", passport_number="751112223")),
        "nguyen": create_case(PatientData("NGUYEN", "Van An", "Nguyễn Văn An", passport_number="C7654321")),
        "thai": create_case(PatientData("SRISUK", "Somchai", "สมชาย ศรีสุข")),
    }
    return {k: v.id for k, v in made.items()}


@pytest.mark.parametrize(("query", "who"), [
    ("wang", "wang"), ("王伟", "wang"), ("王", "wang"), ("e1234", "wang"), ("Иванова", "ivanova"),
    ("иван", "ivanova"), ("IVANOVA elena", "ivanova"), ("nguyễn", "nguyen"), ("Nguyen", "nguyen"),
    ("nguyễn văn", "nguyen"), ("văn", "nguyen"), ("伟", "wang"), ("ศรีสุข", "thai"), ("สมชาย", "thai"),
    ("c7654321", "nguyen"),
])
def test_search_by_name_in_either_script_or_passport(people: dict[str, str], query: str, who: str) -> None:
    expected = sorted(people[w] for w in who.split("_and_"))
    assert sorted(r.id for r in list_cases(CaseFilter(search=query))) == expected


def test_search_matches_words_from_their_start(database: Path) -> None:
    li = create_case(PatientData("LI", "Na", "李娜")).id
    lin = create_case(PatientData("LIN", "Ya-Ting", "林雅婷")).id
    create_case(PatientData("ALI", "Ahmed", "أحمد علي"))
    create_case(PatientData("KIM", "Minjun", "김민준"))
    assert sorted(r.id for r in list_cases(CaseFilter(search="li"))) == sorted([li, lin])
    assert count_cases(CaseFilter(search="li")) == 2
    assert [r.name_native for r in list_cases(CaseFilter(search="민준"))] == ["김민준"]
    assert [r.name_native for r in list_cases(CaseFilter(search="雅婷"))] == ["林雅婷"]
    assert list_cases(CaseFilter(search="婷雅")) == []
    assert count_cases(CaseFilter(search='"; DROP TABLE case; --')) == 0


def test_search_combines_with_status_filter(people: dict[str, str]) -> None:
    change_status(people["wang"], "records")
    assert count_cases(CaseFilter(search="wang", status="records")) == 1
    assert count_cases(CaseFilter(search="wang", status="inquiry")) == 0
    assert [r.id for r in list_cases(CaseFilter(search="wang", status="records"))] == [people["wang"]]


def test_search_by_case_number(people: dict[str, str]) -> None:
    number = Case.get_by_id(people["thai"]).number
    assert [r.id for r in list_cases(CaseFilter(search=number.lower()))] == [people["thai"]]
    assert [r.id for r in list_cases(CaseFilter(search=number[-4:]))] == [people["thai"]]
    assert count_cases(CaseFilter(search="nobody-like-this")) == 0


def test_list_is_newest_first_and_paged(people: dict[str, str]) -> None:
    ids = [r.id for r in list_cases()]
    assert ids == [people["thai"], people["nguyen"], people["ivanova"], people["wang"]]
    assert [r.id for r in list_cases(limit=2, offset=1)] == ids[1:3]


def test_searches_page_like_the_whole_list(database: Path) -> None:
    """Pages of a search, with or without a filter, are slices of its whole answer, newest first
    (a server hands the index the page itself)."""
    from hirt_desk.actions.demo import add_demo_cases
    add_demo_cases(60, seed=5)
    for flt in (CaseFilter(search="a"), CaseFilter(search="王"), CaseFilter(search="hd"),
                CaseFilter(search="hd", status="completed"), CaseFilter(search="hd", sort="patient")):
        whole = [r.id for r in list_cases(flt)]
        assert whole and len(whole) == count_cases(flt)
        if not flt.sort:
            seqs = [Case.get_by_id(i).seq for i in whole]
            assert seqs == sorted(seqs, reverse=True)
        for size in (1, 7, 25):
            pages = [r.id for start in range(0, len(whole) + size, size)
                     for r in list_cases(flt, limit=size, offset=start)]
            assert pages == whole, (flt, size)


def test_overdue_filter(database: Path) -> None:
    late = create_case(PatientData("LATE", "A"), inquiry_date=date(2026, 1, 1))
    create_case(PatientData("FRESH", "B"), inquiry_date=date(2026, 11, 20))
    got = list_cases(CaseFilter(overdue_on=date(2026, 11, 22)))
    assert [r.id for r in got] == [late.id]


@pytest.mark.parametrize("query", ["%", "_", "%%", "_%", "W%", "E_2", "\\", "\\%"])
def test_patient_lookup_takes_wildcards_literally(people: dict[str, str], query: str) -> None:
    """The new-case dialog's existing-patient lookup: % and _ are characters, not patterns."""
    from hirt_desk.actions.cases import find_patients
    assert find_patients(query) == []


def test_patient_lookup_finds_by_start_of_name_or_passport(people: dict[str, str]) -> None:
    from hirt_desk.actions.cases import find_patients
    assert [pid for pid, _ in find_patients("e123")] == [Case.get_by_id(people["wang"]).patient.id]
    assert [pid for pid, _ in find_patients("wa")] == [Case.get_by_id(people["wang"]).patient.id]
    percent = create_case(PatientData("100%", "Test"))
    assert [pid for pid, _ in find_patients("100%")] == [percent.patient.id]


@pytest.mark.parametrize("query", ["wang\x00", "\x00wang", "wa\x00ng", "wang\u200b", "\x07wang"])
def test_search_ignores_control_characters(people: dict[str, str], query: str) -> None:
    assert [r.id for r in list_cases(CaseFilter(search=query))] == [people["wang"]]


def test_the_list_sorts_by_any_column_in_the_database(database: Path) -> None:
    from datetime import date

    from hirt_desk.actions.cases import PatientData, change_status, create_case
    from hirt_desk.store.cases import CaseFilter, list_cases
    kim = create_case(PatientData("KIM", "A"), inquiry_date=date(2027, 1, 3))
    adams = create_case(PatientData("ADAMS", "B"), inquiry_date=date(2027, 1, 1))
    wang = create_case(PatientData("WANG", "C"), inquiry_date=date(2027, 1, 2))
    change_status(kim.id, "records", effective=date(2027, 1, 4))

    def order(**sort: object) -> list[str]:
        return [r.surname_latin for r in list_cases(CaseFilter(**sort), limit=2)]   # paged too
    assert order() == ["WANG", "ADAMS"]                                   # newest first
    assert order(sort="patient") == ["ADAMS", "KIM"]
    assert order(sort="patient", descending=True) == ["WANG", "KIM"]
    assert order(sort="reply_due") == ["ADAMS", "WANG"]
    assert order(sort="status", descending=True) == ["KIM", "WANG"]       # pipeline order, not a-z
    assert [r.surname_latin for r in list_cases(CaseFilter(search="a", sort="patient", descending=True))] \
        == ["KIM", "ADAMS"]                                                  # a search, sorted
    assert adams and wang
