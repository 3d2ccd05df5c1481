"""Both sides change one field: a conflict, the office's value kept, resolved on either side and
closed on both after the next sync."""

from __future__ import annotations

import pytest

from tests.sync.conftest import Office


def _conflicted(office: Office) -> tuple[dict, dict]:  # type: ignore[type-arg]
    case = office.new_case(**{"patient.phone": "+84 90 111 1111"})
    office.checkout(case["id"])
    office.ok(office.on_laptop("case", "set", case["id"], "patient.phone=+84 90 222 2222"))
    office.ok(office.office("case", "set", case["id"], "patient.phone=+84 90 333 3333"))
    assert office.sync() == {"pushed": 0, "pulled": 1, "conflicts": 1}
    return case, office.conflicts("office")[0]


def test_same_field_both_sides_is_a_conflict_and_the_office_keeps_its_value(office: Office) -> None:
    case, conflict = _conflicted(office)
    assert conflict["case"] == case["id"]
    assert (conflict["field"], conflict["table"]) == ("patient.phone", "patient")
    assert (conflict["base"], conflict["office"], conflict["laptop"]) == \
        ("+84 901 111 111", "+84 903 333 333", "+84 902 222 222")
    assert (conflict["office_by"], conflict["laptop_by"]) == (office.olga, office.lena)
    assert conflict["office_at"].endswith("Z") and conflict["laptop_at"].endswith("Z")
    assert office.conflicts("laptop") == [conflict]
    for where in ("office", "laptop"):
        assert office.show(case["id"], where)["patient"]["phone"] == "+84 903 333 333"
    # the laptop's change is held in the conflict, not in the office's history
    phone = [r["by"] for r in office.history(case["id"], "office") if r["field"] == "patient.phone"]
    assert phone == [office.olga] * 2
    assert office.sync() == {"pushed": 0, "pulled": 0, "conflicts": 0}     # recorded once
    assert len(office.conflicts("office")) == 1


@pytest.mark.parametrize("side", ["office", "laptop"])
def test_a_resolution_on_either_side_reaches_the_other(office: Office, side: str) -> None:
    case, conflict = _conflicted(office)
    run = office.office if side == "office" else office.on_laptop
    office.ok(run("conflicts", "resolve", conflict["id"], "--keep", "laptop"))
    assert office.conflicts(side) == []
    office.sync()
    assert office.conflicts("office") == [] and office.conflicts("laptop") == []
    for where in ("office", "laptop"):
        assert office.show(case["id"], where)["patient"]["phone"] == "+84 902 222 222"
    history = office.history(case["id"], "office")
    on_laptop = office.history(case["id"], "laptop")
    # the laptop also remembers its own edit that the conflict held back; nothing else differs
    assert [r for r in on_laptop if r not in history] == [
        r for r in on_laptop if r["by"] == office.lena and r["table"] == "patient"
        and (r["old"], r["new"]) == ("+84 901 111 111", "+84 902 222 222")]
    assert all(r in on_laptop for r in history)
    # the first value, the office's and the resolution
    assert len([r for r in history if r["field"] == "patient.phone"]) == 3


def test_a_typed_value_resolves_it(office: Office) -> None:
    case, conflict = _conflicted(office)
    office.ok(office.on_laptop("conflicts", "resolve", conflict["id"], "--value", "+84 90 444 4444"))
    office.sync()
    assert office.show(case["id"], "office")["patient"]["phone"] == "+84 904 444 444"
    assert office.conflicts("office") == []


def test_bad_resolutions_are_refused_and_change_nothing(office: Office) -> None:
    _, conflict = _conflicted(office)
    for args in (("--keep", "both"), (), ("--keep", "office", "--value", "x")):
        result = office.office("conflicts", "resolve", conflict["id"], *args)
        assert result.code == 2 and result.err.count("\n") == 1
    result = office.office("conflicts", "resolve", "no-such-id", "--keep", "office")
    assert result.code == 2 and "no conflict" in result.err
    office.ok(office.office("conflicts", "resolve", conflict["id"], "--keep", "office"))
    again = office.office("conflicts", "resolve", conflict["id"], "--keep", "laptop")
    assert again.code == 2 and "already resolved" in again.err


def test_a_field_changed_to_the_same_value_on_both_sides_is_no_conflict(office: Office) -> None:
    case = office.new_case()
    office.checkout(case["id"])
    office.ok(office.on_laptop("case", "set", case["id"], "facts.ecog=1"))
    office.ok(office.office("case", "set", case["id"], "facts.ecog=1"))
    assert office.sync()["conflicts"] == 0
    assert office.conflicts("office") == []
