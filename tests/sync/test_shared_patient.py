"""A patient with two cases (a returning patient): a change to the patient belongs to both, and
is merged once, against what the laptop has seen of the patient through any of its cases."""

from __future__ import annotations

from typing import Any

from tests.sync.conftest import Office, on


def _second_case(office: Office, first: dict[str, Any]) -> dict[str, Any]:
    """A new case for the first case's patient, made in the office."""
    from hirt_desk.actions.cases import create_case
    from hirt_desk.store.models import Case
    with on(office.url):
        case = create_case(Case.get_by_id(first["id"]).patient.id, user=office.olga)
        return {"id": case.id, "number": case.number}


def _phones(office: Office, *cases: str) -> set[str]:
    return {office.show(c, where)["patient"]["phone"] for c in cases for where in ("office", "laptop")}


def test_both_cases_on_the_laptop_one_conflict_for_the_patients_field(office: Office) -> None:
    first = office.new_case(**{"patient.phone": "+84 90 111 1111"})
    second = _second_case(office, first)
    office.checkout(first["id"], second["id"])
    office.ok(office.office("case", "set", first["id"], "patient.phone=+84 90 333 3333"))
    office.ok(office.on_laptop("case", "set", second["id"], "patient.phone=+84 90 222 2222"))
    assert office.sync()["conflicts"] == 1
    conflict, = office.conflicts("office")
    assert (conflict["field"], conflict["office"], conflict["laptop"]) == \
        ("patient.phone", "+84 903 333 333", "+84 902 222 222")
    assert office.conflicts("laptop") == [conflict]
    assert _phones(office, first["id"], second["id"]) == {"+84 903 333 333"}
    assert office.sync() == {"pushed": 0, "pulled": 0, "conflicts": 0}
    office.ok(office.office("conflicts", "resolve", conflict["id"], "--keep", "laptop"))
    office.sync()
    assert _phones(office, first["id"], second["id"]) == {"+84 902 222 222"}
    assert office.conflicts("office") == office.conflicts("laptop") == []
    for case in (first["id"], second["id"]):
        history, on_laptop = office.history(case, "office"), office.history(case, "laptop")
        assert all(r in on_laptop for r in history)
        # the laptop also remembers its own edit that the conflict held back; nothing else differs
        assert [(r["by"], r["old"], r["new"]) for r in on_laptop if r not in history] == \
            [(office.lena, "+84 901 111 111", "+84 902 222 222")]


def test_an_office_change_seen_through_the_other_case_is_no_conflict(office: Office) -> None:
    """The office changed the patient after the first case was checked out; the second case,
    checked out later, brought that change to the laptop, whose user then changed it again:
    the laptop's value is a change made knowing the office's, merged without a conflict."""
    first = office.new_case(**{"patient.phone": "+84 90 111 1111"})
    second = _second_case(office, first)
    office.checkout(first["id"])
    office.ok(office.office("case", "set", second["id"], "patient.phone=+84 90 333 3333"))
    office.checkout(second["id"])
    assert office.show(first["id"], "laptop")["patient"]["phone"] == "+84 903 333 333"
    office.ok(office.on_laptop("case", "set", first["id"], "patient.phone=+84 90 444 4444"))
    result = office.sync()
    assert (result["pushed"], result["conflicts"]) == (1, 0)
    assert office.conflicts("office") == []
    assert _phones(office, first["id"], second["id"]) == {"+84 904 444 444"}
    for case in (first["id"], second["id"]):
        phones = [r["new"] for r in office.history(case, "office") if r["field"] == "patient.phone"]
        assert phones[-2:] == ["+84 903 333 333", "+84 904 444 444"]
        assert office.history(case, "laptop") == office.history(case, "office")


def test_an_office_change_not_seen_is_a_conflict_whichever_case_the_laptop_edits(office: Office) -> None:
    """Only the first case on the laptop; the office changes the patient through the second
    (not on the laptop), the laptop through the first: a conflict, recorded once."""
    first = office.new_case(**{"patient.phone": "+84 90 111 1111"})
    second = _second_case(office, first)
    office.checkout(first["id"])
    office.ok(office.office("case", "set", second["id"], "patient.phone=+84 90 333 3333"))
    office.ok(office.on_laptop("case", "set", first["id"], "patient.phone=+84 90 444 4444"))
    assert office.sync()["conflicts"] == 1
    conflict, = office.conflicts("office")
    assert (conflict["office"], conflict["laptop"]) == ("+84 903 333 333", "+84 904 444 444")
    assert office.show(second["id"], "office")["patient"]["phone"] == "+84 903 333 333"


def test_two_laptops_each_with_one_case_of_the_patient(office: Office, tmp_path: Any) -> None:
    """The first laptop's change to the patient reaches the other case in the office (its version
    grows); the second laptop, holding that case, merges against it: its own change to the same
    field is a conflict, a change to another field is merged, and it pulls the first's change."""
    first = office.new_case(**{"patient.phone": "+84 90 111 1111"})
    second = _second_case(office, first)
    other = Office(office.run, office.admin_url, tmp_path / "laptop2.sqlite")
    office.checkout(first["id"])
    other.checkout(second["id"])
    office.ok(office.on_laptop("case", "set", first["id"], "patient.phone=+84 90 222 2222"))
    assert office.sync()["pushed"] == 1
    version = office.show(second["id"], "office")["version"]
    other.ok(other.on_laptop("case", "set", second["id"], "patient.phone=+84 90 555 5555",
                             "patient.email=second@example.com", user="mark"))
    result = other.sync()
    assert (result["pushed"], result["conflicts"]) == (1, 1)
    conflict, = office.conflicts("office")
    assert (conflict["case"], conflict["office"], conflict["laptop"], conflict["office_by"]) == \
        (second["id"], "+84 902 222 222", "+84 905 555 555", office.lena)
    shown = other.show(second["id"], "laptop")
    assert shown == other.show(second["id"], "office") and shown["version"] > version
    assert (shown["patient"]["phone"], shown["patient"]["email"]) == ("+84 902 222 222", "second@example.com")
    office.sync()
    assert office.show(first["id"], "laptop")["patient"]["email"] == "second@example.com"
