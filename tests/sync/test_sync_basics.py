"""Check out, edit on both sides, sync: the merge field by field (contracts/team.md, Laptops)."""

from __future__ import annotations

from tests.sync.conftest import Office


def test_checkout_copies_the_case_and_encrypts_the_laptop(office: Office) -> None:
    case = office.new_case(**{"patient.phone": "+84 90 123 4567"})
    assert office.checkout(case["id"]) == {"checked_out": 1}
    from hirt_desk.store.encryption import looks_encrypted
    assert looks_encrypted(office.laptop)
    assert office.show(case["id"], "laptop") == office.show(case["id"], "office")
    assert office.history(case["id"], "laptop") == office.history(case["id"], "office")


def test_one_side_each_merges(office: Office) -> None:
    case = office.new_case()
    office.checkout(case["number"])
    office.ok(office.on_laptop("case", "set", case["id"], "patient.email=an@example.com"))
    office.ok(office.office("case", "set", case["id"], "patient.passport_number=C1234567"))
    assert office.sync() == {"pushed": 1, "pulled": 1, "conflicts": 0}
    laptop, server = office.show(case["id"], "laptop"), office.show(case["id"], "office")
    assert server["patient"]["email"] == "an@example.com"
    assert laptop["patient"]["passport_number"] == "C1234567"
    assert {**laptop, "updated_at": ""} == {**server, "updated_at": ""}
    by = {r["field"]: r["by"] for r in office.history(case["id"], "office")}
    assert by["patient.email"] == office.lena and by["patient.passport_number"] == office.olga
    assert office.sync() == {"pushed": 0, "pulled": 0, "conflicts": 0}
    assert office.history(case["id"], "laptop") == office.history(case["id"], "office")
