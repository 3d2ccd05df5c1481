"""Two coordinators editing one case: nothing anyone saved is overwritten silently.

Each editor loads the case (its version), changes some fields and saves with what it loaded as
the base: fields only one side changed merge; a field both changed to different values is a
conflict and nothing is written; a removal against an edit is a conflict."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from hirt_desk.actions.case_detail import CompanionData, load_case, save_case
from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.actions.editing import REMOVED, MergeConflict
from hirt_desk.store.models import AuditEntry, Case, Companion
from tests.agency_server import recorded


def new_case() -> str:
    case = create_case(PatientData("NGUYEN", "VAN AN", "Nguyễn Văn An", "M", date(1958, 2, 1), "VN",
                                   "C1234567", phone="+84 912 345 678", address="12 Hang Bac, Hanoi"),
                       user="sato")
    detail = load_case(case.id)
    save(detail, "sato", companions=[CompanionData("NGUYEN", "THI HOA", relation="spouse", nationality="VN")],
         facts={"site": "liver", "ecog": 1})
    return case.id


def save(detail, user: str, *, patient=None, companions=None, facts=None,  # type: ignore[no-untyped-def]
         coordinator=None, resolved=None):
    return save_case(detail.id, patient=patient or detail.patient,
                     companions=companions if companions is not None else detail.companions,
                     facts=facts if facts is not None else detail.facts,
                     coordinator=coordinator if coordinator is not None else detail.coordinator,
                     packet_language=detail.packet_language, base=detail, resolved=resolved, user=user)


def test_different_fields_merge(database: Path) -> None:
    case_id = new_case()
    mine, theirs = load_case(case_id), load_case(case_id)
    save(theirs, "suzuki", patient=replace(theirs.patient, address="5 Tran Hung Dao, Hanoi"))
    save(mine, "sato", patient=replace(mine.patient, phone="+84 987 654 321"),
         facts={**mine.facts, "ecog": 2})
    now = load_case(case_id)
    assert now.patient.address == "5 Tran Hung Dao, Hanoi"          # theirs kept
    assert now.patient.phone == "+84 987 654 321" and now.facts["ecog"] == 2
    assert now.version == mine.version + 2


def test_the_same_field_changed_differently_is_a_conflict_and_nothing_is_written(database: Path) -> None:
    case_id = new_case()
    mine, theirs = load_case(case_id), load_case(case_id)
    save(theirs, "suzuki", patient=replace(theirs.patient, phone="+84 901 112 233"))
    audit_before = AuditEntry.select().count()
    with pytest.raises(MergeConflict) as raised:
        save(mine, "sato", patient=replace(mine.patient, phone="+84 987 654 321",
                                           address="7 Ly Thai To, Hanoi"))
    [conflict] = raised.value.conflicts
    assert (conflict.field, conflict.base, conflict.theirs, conflict.yours, conflict.by) == (
        "patient.phone", "+84 912 345 678", "+84 901 112 233", "+84 987 654 321", recorded("suzuki"))
    now = load_case(case_id)
    assert now.patient.phone == "+84 901 112 233" and now.patient.address == "12 Hang Bac, Hanoi"
    assert AuditEntry.select().count() == audit_before


@pytest.mark.parametrize(("choice", "expected"), [("theirs", "+84 901 112 233"),
                                                   ("mine", "+84 987 654 321"),
                                                   ("merged", "+84 901 112 233 / +84 987 654 321")])
def test_a_conflict_is_saved_with_the_users_choice(database: Path, choice: str, expected: str) -> None:
    case_id = new_case()
    mine, theirs = load_case(case_id), load_case(case_id)
    save(theirs, "suzuki", patient=replace(theirs.patient, phone="+84 901 112 233"))
    edited = replace(mine.patient, phone="+84 987 654 321", address="7 Ly Thai To, Hanoi")
    with pytest.raises(MergeConflict) as raised:
        save(mine, "sato", patient=edited)
    conflict = raised.value.conflicts[0]
    value = {"theirs": conflict.theirs, "mine": conflict.yours, "merged": expected}[choice]
    save(mine, "sato", patient=edited, resolved={conflict.key: value})
    now = load_case(case_id)
    assert now.patient.phone == expected and now.patient.address == "7 Ly Thai To, Hanoi"


def test_the_same_value_on_both_sides_is_no_conflict(database: Path) -> None:
    case_id = new_case()
    mine, theirs = load_case(case_id), load_case(case_id)
    save(theirs, "suzuki", facts={**theirs.facts, "ecog": 2})
    save(mine, "sato", facts={**mine.facts, "ecog": 2})
    assert load_case(case_id).facts["ecog"] == 2


def test_a_fact_conflict_is_named_as_in_case_set(database: Path) -> None:
    case_id = new_case()
    mine, theirs = load_case(case_id), load_case(case_id)
    save(theirs, "suzuki", facts={**theirs.facts, "ecog": 2})
    with pytest.raises(MergeConflict) as raised:
        save(mine, "sato", facts={**mine.facts, "ecog": 0})
    assert [(c.field, c.base, c.theirs, c.yours) for c in raised.value.conflicts] == [
        ("facts.ecog", "1", "2", "0")]


def test_companions_added_on_both_sides_are_both_kept_and_edits_to_others_merge(database: Path) -> None:
    case_id = new_case()
    mine, theirs = load_case(case_id), load_case(case_id)
    son = CompanionData("NGUYEN", "VAN BINH", relation="son")
    save(theirs, "suzuki", companions=[*theirs.companions, son])
    spouse = replace(mine.companions[0], phone="+84 910 001 122")
    save(mine, "sato", companions=[spouse, CompanionData("TRAN", "MAI", relation="daughter")])
    names = sorted(c.given_names_latin for c in load_case(case_id).companions)
    assert names == ["MAI", "THI HOA", "VAN BINH"]
    assert load_case(case_id).companions[0].phone == "+84 910 001 122"


def test_removing_a_companion_the_other_edited_is_a_conflict(database: Path) -> None:
    case_id = new_case()
    mine, theirs = load_case(case_id), load_case(case_id)
    spouse_id = mine.companions[0].id
    save(theirs, "suzuki", companions=[replace(theirs.companions[0], phone="+84 910 001 122")])
    with pytest.raises(MergeConflict) as raised:
        save(mine, "sato", companions=[])
    [conflict] = raised.value.conflicts
    assert (conflict.table, conflict.record_id, conflict.yours, conflict.by) == (
        "companion", spouse_id, REMOVED, recorded("suzuki"))
    assert Companion.get_by_id(spouse_id).deleted_at is None       # nothing removed
    save(mine, "sato", companions=[], resolved={conflict.key: REMOVED})   # the user confirms
    assert load_case(case_id).companions == []
    assert Companion.get_by_id(spouse_id).deleted_by == recorded("sato")      # a tombstone


def test_editing_a_companion_the_other_removed_is_a_conflict(database: Path) -> None:
    case_id = new_case()
    mine, theirs = load_case(case_id), load_case(case_id)
    save(theirs, "suzuki", companions=[])
    with pytest.raises(MergeConflict) as raised:
        save(mine, "sato", companions=[replace(mine.companions[0], phone="+84 910 001 122")])
    [conflict] = raised.value.conflicts
    assert (conflict.field, conflict.theirs, conflict.yours) == ("phone", REMOVED, "+84 910 001 122")


def test_a_save_that_changes_nothing_keeps_the_version(database: Path) -> None:
    case_id = new_case()
    detail = load_case(case_id)
    save(detail, "sato")
    assert Case.get_by_id(case_id).version == detail.version


MERGE_IN_ANOTHER_PROCESS = """
import sys
from dataclasses import replace
from hirt_desk.store.database import open_database
from hirt_desk.actions.case_detail import load_case, save_case
open_database(sys.argv[1])
detail = load_case(sys.argv[2])
print(detail.version, flush=True)
sys.stdin.readline()                     # the test saves in its own process meanwhile
save_case(detail.id, patient=replace(detail.patient, address="99 Nguyen Trai, Hanoi"),
          companions=detail.companions, facts=detail.facts, coordinator=detail.coordinator,
          packet_language=detail.packet_language, base=detail, user="suzuki")
"""


def test_two_processes_merge_their_fields(database: Path) -> None:
    case_id = new_case()
    with subprocess.Popen([sys.executable, "-c", MERGE_IN_ANOTHER_PROCESS, str(database), case_id],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as other:
        assert other.stdout is not None and other.stdin is not None
        base = int(other.stdout.readline())
        mine = load_case(case_id)
        assert mine.version == base
        save(mine, "sato", patient=replace(mine.patient, phone="+84 987 654 321"))
        other.stdin.write("go\n")
        other.stdin.close()
        assert other.wait(timeout=60) == 0
    now = load_case(case_id)
    assert (now.patient.phone, now.patient.address) == ("+84 987 654 321", "99 Nguyen Trai, Hanoi")
    assert now.version == base + 2
