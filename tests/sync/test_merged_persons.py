"""Duplicate persons meet laptops (issue 21): a laptop that still edits a person merged away in the
office has its changes land on the kept person at sync, and learns where its case went; "not the
same person" answers travel both ways."""

from __future__ import annotations

from typing import Any

from tests.sync.conftest import Office, on


def wang_wei(office: Office, **fields: str) -> dict[str, Any]:
    case: dict[str, Any] = office.ok(office.office("case", "new", "--surname", "WANG", "--given", "WEI",
                                                   "--nationality", "CN", "--birth", "1961-03-14"))
    if fields:
        office.ok(office.office("case", "set", case["id"], *(f"{k}={v}" for k, v in fields.items())))
    return case


def patient_of(case: str, where: str) -> str:
    from hirt_desk.store.models import Case
    with on(where):
        return str(Case.get_by_id(case).patient.id)


def test_a_laptop_edit_to_a_merged_person_lands_on_the_kept_one(office: Office) -> None:
    first = wang_wei(office, **{"patient.name_native": "王伟", "patient.passport_number": "E12345678"})
    second = wang_wei(office, **{"patient.email": "wang.wei@example.cn"})
    keep, other = patient_of(first["id"], office.url), patient_of(second["id"], office.url)
    office.checkout(second["id"])
    merged = office.ok(office.office("persons", "merge", keep, other, "--take", "email"))
    # the laptop, offline, still edits the person as it had them
    office.ok(office.on_laptop("case", "set", second["id"], "patient.phone=+86 139 1234 5678",
                               "patient.email=wei@example.cn"))
    result = office.sync()
    assert (result["pushed"], result["conflicts"]) == (2, 0)
    for case in (first, second):
        patient = office.show(case["id"], "office")["patient"]
        assert (patient["phone"], patient["email"], patient["passport_number"]) == (
            "+86 139 1234 5678", "wei@example.cn", "E12345678")
    assert patient_of(second["id"], office.url) == keep
    # the laptop now holds the case with the kept person, and the merged record as a tombstone
    assert office.show(second["id"], "laptop") == office.show(second["id"], "office") | {
        "updated_at": office.show(second["id"], "laptop")["updated_at"]}
    from hirt_desk.store.models import Patient
    with on(office.laptop):
        assert Patient.get_by_id(other).merged_into == keep
    by = {r["field"]: r["by"] for r in office.history(first["id"], "office")}
    assert by["patient.phone"] == office.lena and by["patient.merged_into"] == office.olga
    # the same changes on both sides; the laptop's own rows still name the record it edited
    laptop, server = office.history(second["id"], "laptop"), office.history(second["id"], "office")
    assert [{**r, "record": ""} for r in laptop] == [{**r, "record": ""} for r in server]
    assert {r["record"] for r in laptop if r["by"] == office.lena} == {other}
    assert {r["record"] for r in server if r["by"] == office.lena} == {keep}
    assert office.sync() == {"pushed": 0, "pulled": 0, "conflicts": 0}
    assert office.conflicts("office") == []
    # undone in the office: the case goes back to its own person at the next sync
    office.ok(office.office("undo", merged["change"]))
    office.sync()
    assert patient_of(second["id"], office.laptop) == other
    assert office.show(second["id"], "laptop")["patient"]["name_native"] == ""


def test_a_laptop_edit_against_an_office_edit_of_the_kept_person_is_a_conflict(office: Office) -> None:
    first = wang_wei(office, **{"patient.phone": "+86 139 0000 0001"})
    second = wang_wei(office, **{"patient.phone": "+86 139 0000 0002"})
    keep, other = patient_of(first["id"], office.url), patient_of(second["id"], office.url)
    office.checkout(second["id"])
    office.ok(office.office("persons", "merge", keep, other))
    office.ok(office.office("case", "set", first["id"], "patient.phone=+86 139 0000 0003"))
    office.ok(office.on_laptop("case", "set", second["id"], "patient.phone=+86 139 0000 0004"))
    assert office.sync()["conflicts"] == 1
    [conflict] = office.conflicts("office")
    assert (conflict["field"], conflict["office"], conflict["laptop"]) == (
        "patient.phone", "+86 139 0000 0003", "+86 139 0000 0004")
    assert conflict["record"] == keep


def test_not_the_same_travels_both_ways(office: Office) -> None:
    from hirt_desk.actions.persons import mark_not_same
    first, second = wang_wei(office), wang_wei(office)
    third = wang_wei(office)
    a, b, c = (patient_of(x["id"], office.url) for x in (first, second, third))
    office.checkout(first["id"], second["id"], third["id"])
    with on(office.laptop):
        assert mark_not_same(a, b, user=office.lena)
    with on(office.url):
        assert mark_not_same(a, c, user=office.olga)
    office.sync()
    for where in (office.url, office.laptop):
        with on(where):
            from hirt_desk.actions.persons import not_same_as
            assert not_same_as(a) == {b, c}, where
    said = {(p["a"], p["b"]): p["same"]
            for p in office.ok(office.office("duplicates", "--stored"))}
    assert said[tuple(sorted((a, b)))] is False and said[tuple(sorted((a, c)))] is False
    assert said[tuple(sorted((b, c)))] is True
    assert office.sync() == {"pushed": 0, "pulled": 0, "conflicts": 0}
