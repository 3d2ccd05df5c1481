"""Visa decisions: nationality x stay length x role, from the visa rules data (contracts/visa.md)."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from datetime import date, timedelta

import pytest

from hirt_desk.planning.visa import (
    DESIGNATED,
    MEDICAL_STAY,
    VISA_EXEMPT,
    VisaInputError,
    decide,
    visa_rules,
)

ARRIVE = date(2027, 4, 20)
PATIENT_DOCS = ["passport", "photo", "application_form", "guarantee_form", "proof_of_funds",
                "identity_documents"]
COMPANION_DOCS = ["passport", "photo", "application_form", "identity_documents"]


def stay(days: int) -> tuple[date, date]:
    return ARRIVE, ARRIVE + timedelta(days=days - 1)


def test_thai_patient_on_sixteen_fractions_needs_a_medical_stay_visa() -> None:
    d = decide("TH", *stay(41))
    assert (d.needs_visa, d.route, d.stay_days, d.exempt_days) == (True, MEDICAL_STAY, 41, 15)
    assert d.reasons[0] == "Thailand: visa-free up to 15 days; this stay is 41 days"
    assert list(d.documents) == PATIENT_DOCS


def test_korean_patient_on_the_same_course_does_not() -> None:
    d = decide("KR", *stay(41))
    assert (d.needs_visa, d.route, d.documents) == (False, VISA_EXEMPT, ())


@pytest.mark.parametrize("days", [1, 5, 41, 90])
def test_chinese_patient_always_needs_one(days: int) -> None:
    d = decide("CN", *stay(days))
    assert d.needs_visa and d.route == MEDICAL_STAY and d.exempt_days is None
    assert d.embassy_notes["identity_documents"] == "copy of the household register (hukou)"


def test_hundred_day_inpatient_plan_takes_designated_activities() -> None:
    d = decide("CN", *stay(100), inpatient=True)
    assert d.route == DESIGNATED and d.documents[-1] == "certificate_of_eligibility"
    companion = decide("CN", *stay(100), role="companion", inpatient=True)
    assert list(companion.documents) == COMPANION_DOCS + ["certificate_of_eligibility"]


def test_hundred_days_as_outpatient_must_be_split_or_admitted() -> None:
    d = decide("VN", *stay(100))
    assert d.needs_visa and d.route == MEDICAL_STAY
    assert "split the stay" in d.reasons[-1] and "admit the patient" in d.reasons[-1]


@pytest.mark.parametrize(("cc", "days", "route"), [
    ("TH", 15, VISA_EXEMPT), ("TH", 16, MEDICAL_STAY), ("ID", 15, VISA_EXEMPT),
    ("BN", 14, VISA_EXEMPT), ("BN", 15, MEDICAL_STAY), ("AE", 30, VISA_EXEMPT),
    ("AE", 31, MEDICAL_STAY), ("US", 90, VISA_EXEMPT), ("US", 91, MEDICAL_STAY),
    ("DE", 90, VISA_EXEMPT), ("DE", 120, MEDICAL_STAY), ("MN", 10, MEDICAL_STAY),
    ("RU", 10, MEDICAL_STAY), ("SA", 10, MEDICAL_STAY), ("NG", 10, MEDICAL_STAY),
])
def test_exempt_days_boundaries(cc: str, days: int, route: str) -> None:
    assert decide(cc, *stay(days)).route == route


def test_companion_documents_and_embassy_extras() -> None:
    d = decide("RU", *stay(30), role="companion")
    assert list(d.documents) == COMPANION_DOCS
    assert d.embassy_notes["application_form"] == "two signed copies of the application form"


def test_an_agency_edits_the_data_not_the_code() -> None:
    rules = copy.deepcopy(visa_rules())
    rules["exempt"]["TH"] = {"days": 60}
    assert decide("TH", *stay(41), rules=rules).route == VISA_EXEMPT


@pytest.mark.parametrize(("cc", "arrive", "depart", "role"), [
    ("XX", ARRIVE, ARRIVE, "patient"), ("CHN", ARRIVE, ARRIVE, "patient"),
    ("TH", ARRIVE, ARRIVE - timedelta(days=1), "patient"), ("TH", ARRIVE, ARRIVE, "friend"),
])
def test_bad_input(cc: str, arrive: date, depart: date, role: str) -> None:
    with pytest.raises(VisaInputError):
        decide(cc, arrive, depart, role=role)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "hirt_desk", "visa", *args], capture_output=True, text=True)


def test_visa_command_contract() -> None:
    out = run("--nationality", "TH", "--arrival", "2027-04-20", "--departure", "2027-05-30")
    assert out.returncode == 0
    data = json.loads(out.stdout)
    assert {"needs_visa", "route", "stay_days", "exempt_days", "documents", "reasons", "source"} <= set(data)
    assert data["stay_days"] == 41 and data["exempt_days"] == 15 and data["needs_visa"] is True
    assert set(data["source"]) == {"checked_on", "url"}
    out = run("--nationality", "KR", "--arrival", "2027-04-20", "--departure", "2027-05-30",
              "--role", "companion")
    assert json.loads(out.stdout)["documents"] == []
    out = run("--nationality", "CN", "--arrival", "2027-01-01", "--departure", "2027-04-10", "--inpatient")
    assert json.loads(out.stdout)["route"] == "designated_activities"


@pytest.mark.parametrize("args", [
    ("--nationality", "ZZ", "--arrival", "2027-04-20", "--departure", "2027-05-30"),
    ("--nationality", "TH", "--arrival", "2027-05-30", "--departure", "2027-04-20"),
    ("--nationality", "TH", "--arrival", "2027-04-31", "--departure", "2027-05-30"),
    ("--nationality", "TH", "--arrival", "2027-04-20", "--departure", "2027-05-30", "--role", "guide"),
])
def test_visa_command_errors(args: tuple[str, ...]) -> None:
    out = run(*args)
    assert out.returncode == 2 and out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr


def test_apply_by_leaves_the_processing_time_before_the_arrival() -> None:
    from hirt_desk.planning.visa import apply_by, visa_rules
    assert visa_rules()["medical_stay"]["processing_working_days"] == 5
    assert apply_by(date(2027, 5, 10)) == date(2027, 4, 30)      # Monday: back over a weekend
    assert apply_by(date(2027, 5, 14)) == date(2027, 5, 6)       # Friday: Mon-Thu 10-13 + Fri 7
    rules = copy.deepcopy(visa_rules())
    rules["medical_stay"]["processing_working_days"] = 10        # a slower embassy: data, not code
    assert apply_by(date(2027, 5, 10), rules) == date(2027, 4, 23)
