"""Each itinerary check with a stay that trips it and one that does not."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from hirt_desk.facilities import facility_profile
from hirt_desk.planning.calendar import FacilityCalendar
from hirt_desk.planning.itinerary import Item, check_itinerary

GHMC = FacilityCalendar.from_profile(facility_profile("ghmc"))


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def good_stay() -> list[Item]:
    """Hanoi -> Narita overnight, a hotel for the whole stay, three sessions, home again."""
    return [
        Item("flight", at("2027-05-09T23:50"), at("2027-05-10T07:05"), "Asia/Ho_Chi_Minh", "Asia/Tokyo",
             "VN 300 Hanoi-Narita", id="in", travellers=("patient", "c1")),
        Item("accommodation", at("2027-05-10T15:00"), at("2027-05-14T10:00"), title="Hotel",
             id="hotel", travellers=("patient", "c1")),
        Item("appointment", at("2027-05-10T14:00"), at("2027-05-10T15:00"), title="First consultation",
             id="first"),
        Item("session", at("2027-05-11T10:00"), at("2027-05-11T11:00"), id="s1"),
        Item("session", at("2027-05-12T10:00"), at("2027-05-12T11:00"), id="s2"),
        Item("session", at("2027-05-13T10:00"), at("2027-05-13T11:00"), id="s3"),
        Item("flight", at("2027-05-14T14:30"), at("2027-05-14T18:00"), "Asia/Tokyo", "Asia/Ho_Chi_Minh",
             "VN 301", id="out", travellers=("patient", "c1")),
    ]


def codes(items: list[Item]) -> list[str]:
    return [f.code for f in check_itinerary(items, GHMC, ("patient", "c1"))]


def replace_item(items: list[Item], item_id: str, **changes: object) -> list[Item]:
    from dataclasses import replace
    return [replace(i, **changes) if i.id == item_id else i for i in items]  # type: ignore[arg-type]


def test_a_good_stay_has_no_findings() -> None:
    assert codes(good_stay()) == []


def test_time_zones_count() -> None:
    # lands 07:05 Tokyo = 22:05 UTC the day before; an appointment at 08:00 Tokyo is after it
    items = replace_item(good_stay(), "first", starts=at("2027-05-10T08:00"), ends=at("2027-05-10T09:00"))
    assert codes(items) == []


def test_arrival_after_first_appointment() -> None:
    items = replace_item(good_stay(), "first", starts=at("2027-05-10T06:00"), ends=at("2027-05-10T06:30"))
    assert codes(items) == ["arrival_after_first_appointment", "overlap"]   # still in the air


def test_departure_before_last_session() -> None:
    items = replace_item(good_stay(), "out", starts=at("2027-05-13T09:00"), ends=at("2027-05-13T13:00"))
    found = codes(items)
    assert "departure_before_last_session" in found


def test_session_on_a_day_the_facility_does_not_treat() -> None:
    friday = replace_item(good_stay(), "s3", starts=at("2027-05-14T09:00"), ends=at("2027-05-14T09:30"))
    assert codes(friday) == ["session_not_treatment_day"]
    holiday = good_stay() + [Item("session", at("2027-05-03T10:00"), id="s0")]   # Constitution Day
    findings = check_itinerary(holiday, GHMC)
    assert [(f.code, f.days) for f in findings if f.code == "session_not_treatment_day"] == [
        ("session_not_treatment_day", (date(2027, 5, 3),))]
    assert "Constitution Day" in findings[-1].message


def test_nights_without_accommodation_per_traveller() -> None:
    items = replace_item(good_stay(), "hotel", ends=at("2027-05-12T10:00"))
    found = check_itinerary(items, GHMC, ("patient", "c1"))
    nights = [(f.traveller, f.days) for f in found if f.code == "night_without_accommodation"]
    assert nights == [("patient", (date(2027, 5, 12), date(2027, 5, 13))),
                      ("c1", (date(2027, 5, 12), date(2027, 5, 13)))]
    only_patient = replace_item(good_stay(), "hotel", travellers=("patient",))
    assert [f.traveller for f in check_itinerary(only_patient, GHMC, ("patient", "c1"))] == ["c1"]


def test_overlapping_items_for_the_same_person() -> None:
    clash = good_stay() + [Item("transfer", at("2027-05-11T10:30"), at("2027-05-11T12:00"),
                                title="Shopping trip", id="t")]
    assert codes(clash) == ["overlap"]
    companion_only = good_stay() + [Item("transfer", at("2027-05-11T10:30"), at("2027-05-11T12:00"),
                                         travellers=("c1",), id="t")]
    assert codes(companion_only) == []


def test_the_overlap_names_both_items() -> None:
    clash = good_stay() + [Item("transfer", at("2027-05-11T10:30"), at("2027-05-11T12:00"),
                                title="Shopping trip", id="t")]
    overlap, = check_itinerary(clash, GHMC, ("patient", "c1"))
    assert (overlap.item_id, overlap.other_item_id) == ("t", "s1")
    assert overlap.days == (date(2027, 5, 11),)


def test_a_passport_expiring_mid_stay() -> None:
    mid = {"patient": date(2027, 5, 20), "c1": date(2027, 5, 12)}
    found = [(f.code, f.traveller, f.days)
             for f in check_itinerary(good_stay(), GHMC, ("patient", "c1"), mid)]
    assert found == [("passport_expires_during_stay", "c1", (date(2027, 5, 12),))]
    on_the_day = {"patient": date(2027, 5, 14)}              # valid on the day of departure
    assert check_itinerary(good_stay(), GHMC, ("patient", "c1"), on_the_day) == []


def test_plan_and_replan_sessions_keeps_hand_fixed_ones(database: Path) -> None:
    from hirt_desk.actions.cases import PatientData, create_case
    from hirt_desk.actions.itinerary import list_items, plan_treatment, save_item
    case = create_case(PatientData("TRAN", "THU TRANG"))
    first = plan_treatment(case.id, date(2027, 4, 26), 16)
    sessions = [i for i in list_items(case.id) if i.kind == "session"]
    assert len(sessions) == 16 and first.added[0] == date(2027, 4, 26) and first.removed == ()
    assert sessions[3].starts == datetime(2027, 5, 6, 10, 0)          # after Golden Week
    # the coordinator moves session 2 by hand to an afternoon slot
    from dataclasses import replace
    moved = save_item(case.id, replace(sessions[1], starts=datetime(2027, 4, 27, 15, 0),
                                       ends=datetime(2027, 4, 27, 16, 0)))
    assert moved.fixed
    again = plan_treatment(case.id, date(2027, 5, 10), 16)
    after = [i for i in list_items(case.id) if i.kind == "session"]
    assert len(after) == 16
    assert datetime(2027, 4, 27, 15, 0) in [i.starts for i in after]    # left as it was
    assert again.kept == (date(2027, 4, 27),)
    # 15 more from 10 May make 16 with the fixed one: the last is 2 June
    assert date(2027, 4, 26) in again.removed and again.added[-1] == date(2027, 6, 2)
    from hirt_desk.store.models import Case
    stored = Case.get_by_id(case.id)
    assert (stored.fractions, stored.treatment_start) == (16, date(2027, 5, 10))
