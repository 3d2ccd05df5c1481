"""Travellers as references (schema 6): an item's travellers and a visa record's traveller are the
patient or a companion of the case; removing a companion takes its visa record and itinerary
mentions with it (removed, or reassigned to another traveller), audited in the case's change,
and nothing is ever left pointing at someone no longer travelling."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import peewee
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hirt_desk.actions.case_detail import CompanionData, load_case, save_case
from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.actions.editing import changed_since
from hirt_desk.actions.itinerary import list_items, plan_treatment, save_item
from hirt_desk.actions.travellers import (
    UnknownTraveller,
    companion_mentions,
    remove_companion,
    resolve_choices,
)
from hirt_desk.actions.visa import load_visas, save_visas
from hirt_desk.planning.itinerary import Item
from hirt_desk.planning.visa import VisaRecordData
from hirt_desk.store.models import AuditEntry, Case, Companion, ItineraryItem, VisaRecord, db
from tests.agency_server import recorded
from tests.integrity import dangling_references, items_without_travellers


def family(database: Path) -> tuple[str, str, str]:
    """A case with two companions (wife, son), flights for all, a hotel for the patient and
    the wife, the son's own trip home, and a visa record each. Returns (case, wife, son)."""
    case = create_case(PatientData("NGUYEN", "VAN AN", nationality="VN"), user="sato")
    detail = load_case(case.id)
    save_case(case.id, patient=detail.patient, facts=detail.facts, coordinator="", packet_language="vi",
              companions=[CompanionData("TRAN", "THI HOA", relation="spouse", nationality="VN"),
                          CompanionData("NGUYEN", "VAN BINH", relation="child", nationality="VN")],
              user="sato")
    wife, son = (c.id for c in load_case(case.id).companions)
    assert wife and son
    item = Item("flight", datetime(2027, 5, 9, 23, 50), datetime(2027, 5, 10, 7, 5), "Asia/Ho_Chi_Minh",
                "Asia/Tokyo", "VN 300", travellers=("patient", wife, son))
    save_item(case.id, item, user="sato")
    save_item(case.id, Item("accommodation", datetime(2027, 5, 10, 15), datetime(2027, 6, 10, 10),
                            title="Hotel", travellers=("patient", wife)), user="sato")
    save_item(case.id, Item("flight", datetime(2027, 5, 20, 10), datetime(2027, 5, 20, 16), "Asia/Tokyo",
                            "Asia/Ho_Chi_Minh", "VN 301", travellers=(son,)), user="sato")
    save_visas(case.id, [VisaRecordData("patient", visa_number="MS1"),
                         VisaRecordData(wife, visa_number="MS2"),
                         VisaRecordData(son, visa_number="MS3")], user="sato")
    return case.id, wife, son


def travellers_by_title(case_id: str) -> dict[str, tuple[str, ...]]:
    return {i.title: i.travellers for i in list_items(case_id)}


def no_dangling() -> None:
    assert dangling_references(db) == []
    assert items_without_travellers(db) == []


def test_an_items_travellers_are_rows_of_the_case_in_a_stable_order(database: Path) -> None:
    case_id, wife, son = family(database)
    assert travellers_by_title(case_id) == {"VN 300": ("patient", wife, son), "Hotel": ("patient", wife),
                                            "VN 301": (son,)}
    with pytest.raises(UnknownTraveller):
        save_item(case_id, Item("transfer", datetime(2027, 5, 10, 8), title="Bus", travellers=("nobody",)))
    other = create_case(PatientData("KIM", "MINJUN"))
    with pytest.raises(UnknownTraveller):        # another case's companion is not a traveller here
        save_item(other.id, Item("transfer", datetime(2027, 5, 10, 8), title="Bus", travellers=(wife,)))
    assert [i.travellers for i in list_items(other.id)] == []


def test_changing_an_items_travellers_is_part_of_the_cases_changes(database: Path) -> None:
    case_id, wife, son = family(database)
    hotel = next(i for i in list_items(case_id) if i.title == "Hotel")
    version = Case.get_by_id(case_id).version
    save_item(case_id, Item(**{**hotel.__dict__, "travellers": ("patient", son)}), user="suzuki")
    assert travellers_by_title(case_id)["Hotel"] == ("patient", son)
    assert Case.get_by_id(case_id).version == version + 1                   # one change, one version
    rows = [(a.table, a.action) for a in AuditEntry.select().where(
        (AuditEntry.case_id == case_id) & (AuditEntry.case_version == version + 1))]
    assert sorted(rows) == [("itinerary_traveller", "create"), ("itinerary_traveller", "delete")]
    since = changed_since(case_id, version)                                  # a merge sees them
    assert {key[0] for key in since} == {"itinerary_traveller"}


def test_removing_a_companion_removes_its_visa_record_and_itinerary_mentions(database: Path) -> None:
    case_id, wife, son = family(database)
    assert companion_mentions(son).visa_record and len(companion_mentions(son).items) == 2
    assert len(companion_mentions(son).only_theirs) == 1
    version = Case.get_by_id(case_id).version
    remove_companion(case_id, son, "remove", user="suzuki")
    assert travellers_by_title(case_id) == {"VN 300": ("patient", wife), "Hotel": ("patient", wife)}
    assert [v.key for v in load_visas(case_id)] == ["patient", wife]
    record = VisaRecord.get(VisaRecord.visa_number == "MS3")
    suzuki = recorded("suzuki")
    assert record.deleted_by == suzuki and record.companion_id == son       # a tombstone, still his
    trip = ItineraryItem.get(ItineraryItem.title == "VN 301")
    assert trip.deleted_by == suzuki                                       # only his: removed with him
    assert Companion.get_by_id(son).deleted_by == suzuki
    assert Case.get_by_id(case_id).version == version + 1
    changes = sorted((a.table, a.action) for a in AuditEntry.select().where(
        (AuditEntry.case_id == case_id) & (AuditEntry.case_version == version + 1)))
    assert changes == [("companion", "delete"), ("itinerary_item", "delete"),
                       ("itinerary_traveller", "delete"), ("itinerary_traveller", "delete"),
                       ("visa_record", "delete")]
    assert not companion_mentions(son)
    no_dangling()


def test_removing_a_companion_can_hand_its_items_to_the_patient(database: Path) -> None:
    case_id, wife, son = family(database)
    remove_companion(case_id, son, "reassign:patient", user="suzuki")
    assert travellers_by_title(case_id) == {"VN 300": ("patient", wife), "Hotel": ("patient", wife),
                                            "VN 301": ("patient",)}
    assert VisaRecord.get(VisaRecord.visa_number == "MS3").deleted_at is not None   # a visa is personal
    no_dangling()


def test_removing_a_companion_can_hand_its_items_to_another_companion(database: Path) -> None:
    case_id, wife, son = family(database)
    remove_companion(case_id, wife, f"reassign:{son}", user="suzuki")      # the son comes instead
    assert travellers_by_title(case_id) == {"VN 300": ("patient", son), "Hotel": ("patient", son),
                                            "VN 301": (son,)}
    no_dangling()
    with pytest.raises(UnknownTraveller):        # not to someone removed, nor to oneself
        remove_companion(case_id, son, f"reassign:{wife}")
    with pytest.raises(UnknownTraveller):
        remove_companion(case_id, son, f"reassign:{son}")
    assert Companion.get_by_id(son).deleted_at is None


def test_saving_the_case_without_a_companion_takes_its_references_with_it(database: Path) -> None:
    case_id, wife, son = family(database)
    detail = load_case(case_id)
    save_case(case_id, patient=detail.patient, companions=[c for c in detail.companions if c.id == wife],
              facts=detail.facts, coordinator="", packet_language="vi", base=detail,
              visas=detail.visas, user="suzuki")                  # the visa tab still had his record
    assert travellers_by_title(case_id) == {"VN 300": ("patient", wife), "Hotel": ("patient", wife)}
    assert [v.key for v in load_visas(case_id)] == ["patient", wife]
    no_dangling()


def test_saving_the_case_reassigns_as_the_user_chose(database: Path) -> None:
    case_id, wife, son = family(database)
    detail = load_case(case_id)
    # both removed; the son's items go to the wife, whose items go to the patient: all to the patient
    save_case(case_id, patient=detail.patient, companions=[], facts=detail.facts, coordinator="",
              packet_language="vi", base=detail, user="suzuki",
              companion_removals={son: f"reassign:{wife}", wife: "reassign:patient"})
    assert travellers_by_title(case_id) == {"VN 300": ("patient",), "Hotel": ("patient",),
                                            "VN 301": ("patient",)}
    assert [v.key for v in load_visas(case_id)] == ["patient"]
    no_dangling()


def test_resolving_chained_choices() -> None:
    assert resolve_choices({"a": "reassign:b", "b": "reassign:patient"}, ["a", "b"]) == {
        "a": "reassign:patient", "b": "reassign:patient"}
    assert resolve_choices({"a": "reassign:b", "b": "reassign:a"}, ["a", "b"]) == {
        "a": "remove", "b": "remove"}
    assert resolve_choices({"a": "reassign:c"}, ["a", "b"]) == {"a": "reassign:c", "b": "remove"}


def test_the_database_refuses_to_remove_a_companion_still_referenced(database: Path) -> None:
    case_id, wife, son = family(database)
    companion = Companion.get_by_id(son)
    companion.deleted_at = datetime(2027, 1, 1)
    with pytest.raises(peewee.IntegrityError, match="still a traveller"), db.atomic():
        companion.save()
    assert Companion.get_by_id(son).deleted_at is None


def test_planned_sessions_are_the_patients(database: Path) -> None:
    case_id, _wife, _son = family(database)
    from datetime import date
    plan_treatment(case_id, date(2027, 5, 17), 4, user="sato")
    sessions = [i for i in list_items(case_id) if i.kind == "session"]
    assert len(sessions) == 4 and {i.travellers for i in sessions} == {("patient",)}
    no_dangling()


# -- integrity under random sequences of edits --------------------------------------------------

OPS = ("add_companion", "remove", "reassign", "save_without", "item", "retravel", "delete_item", "visa")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(OPS), st.integers(0, 7), st.integers(0, 7)),
                      min_size=1, max_size=14))
def test_no_reference_dangles_after_any_sequence_of_edits(tmp_path: Path, steps: list[tuple[str, int, int]]
                                                          ) -> None:
    import tempfile

    from hirt_desk.actions.itinerary import delete_item
    from hirt_desk.store.database import close_database, open_database
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        open_database(Path(folder) / "cases.sqlite")
        try:
            case = create_case(PatientData("WANG", "WEI"), user="sato")
            added = 0
            for op, a, b in steps:
                companions = [c.id for c in load_case(case.id).companions]
                everyone = ["patient", *companions]
                items = list_items(case.id)
                if op == "add_companion":
                    detail = load_case(case.id)
                    added += 1
                    save_case(case.id, patient=detail.patient, facts=detail.facts, coordinator="",
                              packet_language="zh-Hans", base=detail, user="sato",
                              companions=[*detail.companions, CompanionData("LI", f"NA {'I' * added}")])
                elif op in ("remove", "reassign") and companions:
                    gone = companions[a % len(companions)]
                    others = [t for t in everyone if t != gone]
                    choice = f"reassign:{others[b % len(others)]}" if op == "reassign" else "remove"
                    remove_companion(case.id, gone, choice, user="suzuki")
                elif op == "save_without" and companions:
                    detail = load_case(case.id)
                    gone = companions[a % len(companions)]
                    save_case(case.id, patient=detail.patient, facts=detail.facts, coordinator="",
                              packet_language="zh-Hans", base=detail, user="suzuki", visas=detail.visas,
                              companions=[c for c in detail.companions if c.id != gone],
                              companion_removals={gone: f"reassign:{everyone[b % len(everyone)]}"})
                elif op == "item":
                    who = (tuple(t for i, t in enumerate(everyone) if (a >> i) & 1)
                           or (everyone[b % len(everyone)],))
                    save_item(case.id, Item("transfer", datetime(2027, 5, 1 + a, 8), title=f"T{a}{b}",
                                            travellers=who), user="sato")
                elif op == "retravel" and items:
                    item = items[a % len(items)]
                    who = tuple(t for i, t in enumerate(everyone) if (b >> i) & 1) or ("patient",)
                    save_item(case.id, Item(**{**item.__dict__, "travellers": who}), user="sato")
                elif op == "delete_item" and items:
                    delete_item(items[a % len(items)].id or "", user="sato")
                elif op == "visa":
                    key = everyone[a % len(everyone)]
                    save_visas(case.id, [VisaRecordData(key, visa_number=f"MS{b}")], user="sato")
                assert dangling_references(db) == [], (op, a, b)
                assert items_without_travellers(db) == [], (op, a, b)
                assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
            live = {"patient", *(c.id for c in load_case(case.id).companions)}
            assert {t for i in list_items(case.id) for t in i.travellers} <= live
            assert {v.key for v in load_visas(case.id)} == live
        finally:
            close_database()
