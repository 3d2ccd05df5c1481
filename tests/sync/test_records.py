"""Records added on both sides are kept; a record removed on one side and edited on the other is
a conflict and nothing is removed; a case created on the laptop reaches the office."""

from __future__ import annotations

from dataclasses import replace

from hirt_desk.actions.case_detail import CompanionData
from tests.sync.conftest import Office, edit_companions, on


def _companion(surname: str) -> CompanionData:
    return CompanionData(surname_latin=surname, given_names_latin="HOA", nationality="VN", relation="spouse")


def test_companions_and_notes_added_on_both_sides_are_all_kept(office: Office) -> None:
    from hirt_desk.actions.cases import add_note
    case = office.new_case()
    office.checkout(case["id"])
    edit_companions(office.laptop, case["id"], lambda cs: [*cs, _companion("TRAN")], office.lena)
    edit_companions(office.url, case["id"], lambda cs: [*cs, _companion("LE")], office.olga)
    with on(office.laptop):
        add_note(case["id"], "met the family at home", user=office.lena)
    with on(office.url):
        add_note(case["id"], "hospital called", user=office.olga)
    assert office.sync()["conflicts"] == 0
    for where in ("office", "laptop"):
        companions = office.show(case["id"], where)["companions"]
        assert sorted(c["surname_latin"] for c in companions) == ["LE", "TRAN"]
        from hirt_desk.store.models import Note
        with on(office.laptop if where == "laptop" else office.url):
            assert sorted(n.body for n in Note.select()) == ["hospital called", "met the family at home"]


def test_removed_in_the_office_and_edited_on_the_laptop_is_a_conflict(office: Office) -> None:
    """Nothing is removed until it is resolved."""
    case = office.new_case()
    edit_companions(office.url, case["id"], lambda cs: [*cs, _companion("TRAN")], office.olga)
    office.checkout(case["id"])
    edit_companions(office.laptop, case["id"], lambda cs: [replace(cs[0], phone="+84 90 555 5555")],
                    office.lena)
    edit_companions(office.url, case["id"], lambda cs: [], office.olga)
    assert office.sync()["conflicts"] == 1
    conflict, = office.conflicts("office")
    assert (conflict["table"], conflict["field"], conflict["office"]) == ("companion", "phone", "(removed)")
    assert conflict["laptop"] == "+84 905 555 555"
    # the office's removal stands until resolved; the record and its data are still there
    from hirt_desk.store.models import Companion
    with on(office.url):
        kept = Companion.get_by_id(conflict["record"])
        assert kept.deleted_at is not None and kept.surname_latin == "TRAN"
    office.ok(office.on_laptop("conflicts", "resolve", conflict["id"], "--keep", "laptop"))
    office.sync()
    for where in ("office", "laptop"):
        companions = office.show(case["id"], where)["companions"]
        assert [(c["surname_latin"], c["phone"]) for c in companions] == [("TRAN", "+84 905 555 555")]
    assert office.conflicts("office") == office.conflicts("laptop") == []


def test_removed_on_the_laptop_and_edited_in_the_office_is_a_conflict(office: Office) -> None:
    case = office.new_case()
    edit_companions(office.url, case["id"], lambda cs: [*cs, _companion("TRAN")], office.olga)
    office.checkout(case["id"])
    edit_companions(office.laptop, case["id"], lambda cs: [], office.lena)
    edit_companions(office.url, case["id"], lambda cs: [replace(cs[0], phone="+84 90 555 5555")], office.olga)
    assert office.sync()["conflicts"] == 1
    conflict, = office.conflicts("office")
    assert (conflict["table"], conflict["laptop"]) == ("companion", "(removed)")
    for where in ("office", "laptop"):        # nothing removed: the office's record, on both sides
        companions = office.show(case["id"], where)["companions"]
        assert [(c["surname_latin"], c["phone"]) for c in companions] == [("TRAN", "+84 905 555 555")]
    office.ok(office.office("conflicts", "resolve", conflict["id"], "--keep", "office"))
    office.sync()
    assert len(office.show(case["id"], "laptop")["companions"]) == 1
    assert office.conflicts("laptop") == []


def test_a_case_created_on_the_laptop_reaches_the_office_with_its_author(office: Office) -> None:
    first = office.new_case()
    office.checkout(first["id"])
    made = office.ok(office.on_laptop("case", "new", "--surname", "KIM", "--given", "MINJI",
                                      "--nationality", "KR", "--birth", "1970-02-03"))
    office.ok(office.on_laptop("case", "set", made["id"], "facts.site=lung"))
    result = office.sync()
    assert result["conflicts"] == 0 and result["pushed"] >= 4
    shown = office.show(made["id"], "office")
    assert shown["number"] == made["number"] and shown["patient"]["surname_latin"] == "KIM"
    assert shown["facts"]["site"] == "lung"
    assert {r["by"] for r in office.history(made["id"], "office")} == {office.lena}
    assert office.history(made["id"], "office") == office.history(made["id"], "laptop")
    found = office.ok(office.office("cases", "--search", "KIM", "--json"))
    assert [c["id"] for c in found] == [made["id"]]
    office.ok(office.office("case", "set", made["id"], "facts.ecog=2"))      # and it stays checked out
    assert office.sync()["pulled"] == 2          # the fact, and the screening it made
    assert office.show(made["id"], "laptop")["facts"]["ecog"] == 2
