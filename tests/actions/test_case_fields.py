"""The action behind `case new`, `case show` and `case set`: assignments parsed and checked as the
window checks them, saved in one change merged against a base version, facts re-screened."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from hirt_desk.actions.case_detail import CompanionData, load_case, save_case
from hirt_desk.actions.case_fields import (
    Assignment,
    FieldError,
    new_case,
    parse_assignments,
    set_case_fields,
    show_case,
)
from hirt_desk.actions.editing import MergeConflict
from hirt_desk.facilities import UnknownFacility
from hirt_desk.store.cases import CaseFilter, list_cases
from hirt_desk.store.models import AuditEntry, Case, ScreeningRecord
from tests.agency_server import recorded

TODAY = date(2027, 3, 1)


def setting(*texts: str) -> list[Assignment]:
    return parse_assignments(texts)


def a_case(user: str = "sato") -> str:
    return str(new_case("nguyen", "van an", "vn", date(1958, 2, 1), native="Nguyễn Văn An", user=user,
                        today=TODAY).id)


def test_values_are_json_where_they_parse_else_text() -> None:
    parsed = {a.field: a.value for a in setting("facts.ecog=1", "facts.site=lung", "facts.measurable=true",
                                                 "patient.phone=+86 139 1234 5678", "patient.email=null",
                                                 'facts.tnm={"t": "T2a"}', "patient.address=a=b")}
    assert parsed == {"facts.ecog": 1, "facts.site": "lung", "facts.measurable": True,
                      "patient.phone": "+86 139 1234 5678", "patient.email": None,
                      "facts.tnm": {"t": "T2a"}, "patient.address": "a=b"}
    for bad in (("ecog",), ("=1",), ("facts.ecog=1", "facts.ecog=2"), ()):
        with pytest.raises(FieldError):
            setting(*bad)


def test_new_case_is_stored_as_the_window_stores_it(database: Path) -> None:
    case = load_case(a_case())
    assert (case.patient.surname_latin, case.patient.given_names_latin, case.patient.nationality,
            case.version) == ("NGUYEN", "VAN AN", "VN", 1)
    with pytest.raises(FieldError, match="patient.nationality"):
        new_case("Tran", "Mai", "XX", date(1970, 1, 1))
    with pytest.raises(FieldError, match="patient.date_of_birth"):
        new_case("Tran", "Mai", "VN", date(2999, 1, 1))
    with pytest.raises(UnknownFacility):
        new_case("Tran", "Mai", "VN", date(1970, 1, 1), facility="nowhere")
    assert Case.select().count() == 1


def test_set_normalises_and_rescreens_when_facts_change(database: Path) -> None:
    case_id = a_case()
    version = set_case_fields(case_id, setting("patient.phone=091 234 5678", "patient.surname_latin=tran",
                                               "patient.passport_number=12345678", "facts.site=Liver",
                                               'facts.tnm={"t": "t2", "n": "N0"}'), user="sato", today=TODAY)
    assert version == 2
    shown = show_case(case_id)
    assert (shown["version"], shown["patient"]["phone"], shown["patient"]["surname_latin"],
            shown["patient"]["passport_number"]) == (2, "+84 912 345 678", "TRAN", "12345678")
    assert shown["facts"] == {"site": "liver", "tnm.t": "T2", "tnm.n": "N0"}
    assert ScreeningRecord.select().where(ScreeningRecord.case == case_id).count() == 1
    assert [r.id for r in list_cases(CaseFilter(search="TRAN"))] == [case_id]     # searched anew
    # a phone without a country code is read in the nationality given with it
    assert set_case_fields(case_id, setting("patient.nationality=th", "patient.phone=081 234 5678"),
                           user="sato", today=TODAY) == 3
    assert show_case(case_id)["patient"]["phone"] == "+66 81 234 5678"
    # a patient change re-screens nothing; nothing changed keeps the version
    assert set_case_fields(case_id, setting("patient.address=Bangkok"), user="sato", today=TODAY) == 4
    assert set_case_fields(case_id, setting("patient.address=Bangkok", "facts.site=liver"),
                           user="sato", today=TODAY) == 4
    assert ScreeningRecord.select().where(ScreeningRecord.case == case_id).count() == 1
    # facts.tnm=null clears all its parts
    set_case_fields(case_id, setting("facts.tnm=null"), user="sato", today=TODAY)
    assert show_case(case_id)["facts"] == {"site": "liver"}
    assert ScreeningRecord.select().where(ScreeningRecord.case == case_id).count() == 2


def test_a_problem_stored_before_does_not_block_setting_another_field(database: Path) -> None:
    case_id = a_case()
    set_case_fields(case_id, setting("patient.passport_expiry=2027-06-30"), user="sato", today=TODAY)
    later = date(2027, 8, 1)                                       # it has expired since
    with pytest.raises(FieldError, match="expired"):
        set_case_fields(case_id, setting("patient.passport_expiry=2027-07-01"), user="sato", today=later)
    assert set_case_fields(case_id, setting("patient.email=an@example.com"), user="sato", today=later) == 3


def test_merge_against_the_base_version(database: Path) -> None:
    sato = recorded("sato")
    case_id = a_case()
    set_case_fields(case_id, setting("patient.phone=+84 91 234 56 78", "facts.ecog=1"), base_version=1,
                    user="sato", today=TODAY)
    # suzuki read version 1: a field sato did not touch merges, sato's are kept
    assert set_case_fields(case_id, setting("patient.address=Hanoi"), base_version=1, user="suzuki",
                           today=TODAY) == 3
    # the same values as sato's are no conflict
    assert set_case_fields(case_id, setting("facts.ecog=1", "patient.phone=0912345678"), base_version=1,
                           user="suzuki", today=TODAY) == 3
    audit_rows = AuditEntry.select().count()
    with pytest.raises(MergeConflict) as raised:
        set_case_fields(case_id, setting("facts.ecog=2", "patient.email=an@example.com"), base_version=1,
                        user="suzuki", today=TODAY)
    [conflict] = raised.value.conflicts
    assert conflict.to_json() | {"at": None, "record": None} == {
        "field": "facts.ecog", "table": "case", "record": None, "base": None, "theirs": "1", "yours": "2",
        "by": sato, "at": None}
    assert AuditEntry.select().count() == audit_rows
    shown = show_case(case_id)
    assert (shown["version"], shown["facts"]["ecog"], shown["patient"]["email"]) == (3, 1, "")
    with pytest.raises(FieldError, match="--base-version"):
        set_case_fields(case_id, setting("facts.ecog=2"), base_version=4, user="suzuki", today=TODAY)


def test_show_lists_companions_with_their_ids(database: Path) -> None:
    case_id = a_case()
    detail = load_case(case_id)
    spouse = CompanionData("NGUYEN", "THI HOA", relation="spouse", nationality="VN",
                           date_of_birth=date(1960, 5, 2))
    save_case(case_id, patient=replace(detail.patient), facts=detail.facts, coordinator="",
              packet_language="en", companions=[spouse], user="sato")
    [companion] = show_case(case_id)["companions"]
    assert companion["id"] == load_case(case_id).companions[0].id
    assert (companion["given_names_latin"], companion["date_of_birth"], companion["relation"]) == (
        "THI HOA", "1960-05-02", "spouse")
