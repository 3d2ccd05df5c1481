"""Times in the itinerary: wall-clock times in their own time zone, compared in UTC. Flight
durations across zones and daylight saving, and where two items of one traveller overlap and
where they only touch."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from hirt_desk.facilities import facility_profile
from hirt_desk.planning.calendar import FacilityCalendar
from hirt_desk.planning.itinerary import Item, check_itinerary

GHMC = FacilityCalendar.from_profile(facility_profile("ghmc"))


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def overlaps(items: list[Item]) -> list[str | None]:
    """The items reported as overlapping an earlier one."""
    return [f.item_id for f in check_itinerary(items, GHMC) if f.code == "overlap"]


# -- time zones ---------------------------------------------------------------------------------

def test_bangkok_to_tokyo_is_six_hours() -> None:
    flight = Item("flight", at("2027-05-10T08:00"), at("2027-05-10T16:00"), "Asia/Bangkok", "Asia/Tokyo")
    assert flight.start_utc == datetime(2027, 5, 10, 1, 0, tzinfo=UTC)
    assert flight.end_utc == datetime(2027, 5, 10, 7, 0, tzinfo=UTC)
    assert flight.end_utc - flight.start_utc == timedelta(hours=6)
    assert flight.arrives_in_japan and not flight.leaves_japan


def test_overnight_hanoi_to_narita() -> None:
    flight = Item("flight", at("2027-05-09T23:50"), at("2027-05-10T07:05"), "Asia/Ho_Chi_Minh", "Asia/Tokyo")
    assert flight.end_utc - flight.start_utc == timedelta(hours=5, minutes=15)


def test_eastward_over_the_date_line_lands_before_it_left_by_the_clock() -> None:
    flight = Item("flight", at("2027-05-10T21:00"), at("2027-05-10T09:30"), "Asia/Tokyo", "Pacific/Honolulu")
    assert flight.end_utc - flight.start_utc == timedelta(hours=7, minutes=30)
    assert flight.leaves_japan


def test_daylight_saving_at_the_departure_changes_the_duration() -> None:
    # London moves to summer time on Sunday 28 March 2027; Tokyo has none
    winter = Item("flight", at("2027-03-27T19:00"), at("2027-03-28T15:00"), "Europe/London", "Asia/Tokyo")
    summer = Item("flight", at("2027-03-29T19:00"), at("2027-03-30T15:00"), "Europe/London", "Asia/Tokyo")
    assert winter.end_utc - winter.start_utc == timedelta(hours=11)
    assert summer.end_utc - summer.start_utc == timedelta(hours=12)


def test_the_departure_time_zone_decides_what_comes_first() -> None:
    # to Suvarnabhumi 06:00-07:45 Bangkok time, then the 08:00 (Bangkok) flight: no clash; read in
    # Tokyo time the flight would leave at 06:00 Bangkok time, in the middle of the ride
    ride = Item("transfer", at("2027-05-10T06:00"), at("2027-05-10T07:45"), "Asia/Bangkok", "Asia/Bangkok",
                id="ride")
    flight = Item("flight", at("2027-05-10T08:00"), at("2027-05-10T16:00"), "Asia/Bangkok", "Asia/Tokyo",
                  id="TG 642")
    assert overlaps([ride, flight]) == []
    late = Item("transfer", at("2027-05-10T06:30"), at("2027-05-10T08:10"), "Asia/Bangkok", "Asia/Bangkok",
                id="late")
    assert overlaps([late, flight]) == ["TG 642"]


def test_the_arrival_time_zone_decides_when_the_patient_can_be_seen() -> None:
    flight = Item("flight", at("2027-05-10T08:00"), at("2027-05-10T16:00"), "Asia/Bangkok", "Asia/Tokyo",
                  id="in")
    seen = Item("appointment", at("2027-05-10T17:00"), at("2027-05-10T18:00"), id="first")
    assert check_itinerary([flight, seen], GHMC) == []
    early = Item("appointment", at("2027-05-10T15:00"), at("2027-05-10T15:30"), id="first")
    assert [f.code for f in check_itinerary([flight, early], GHMC)] == [
        "arrival_after_first_appointment", "overlap"]


# -- overlaps -----------------------------------------------------------------------------------

SESSION = Item("session", at("2027-05-11T10:00"), at("2027-05-11T11:00"), id="session")


@pytest.mark.parametrize(("starts", "ends", "expected"), [
    ("2027-05-11T11:00", "2027-05-11T12:00", []),                  # starts as the session ends
    ("2027-05-11T09:00", "2027-05-11T10:00", []),                  # ends as the session starts
    ("2027-05-11T10:59", "2027-05-11T12:00", ["transfer"]),        # one minute
    ("2027-05-11T09:00", "2027-05-11T10:01", ["session"]),
    ("2027-05-11T10:15", "2027-05-11T10:45", ["transfer"]),        # inside the session
    ("2027-05-11T09:00", "2027-05-11T12:00", ["session"]),         # around the session
    ("2027-05-11T10:00", "2027-05-11T11:00", ["transfer"]),        # the same hour
], ids=["touching-after", "touching-before", "one-minute-after", "one-minute-before", "nested-inside",
        "nested-around", "identical"])
def test_overlap_boundaries(starts: str, ends: str, expected: list[str]) -> None:
    other = Item("transfer", at(starts), at(ends), id="transfer")
    assert sorted(overlaps([SESSION, other])) == expected


def test_back_to_back_day_has_no_overlap() -> None:
    day = [Item("transfer", at("2027-05-11T09:00"), at("2027-05-11T10:00"), id="pickup"), SESSION,
           Item("appointment", at("2027-05-11T11:00"), at("2027-05-11T11:30"), id="doctor"),
           Item("transfer", at("2027-05-11T11:30"), at("2027-05-11T12:00"), id="home")]
    assert overlaps(day) == []


def test_an_item_overlapping_a_long_one_is_found_after_a_shorter_one() -> None:
    long_ride = Item("transfer", at("2027-05-11T09:00"), at("2027-05-11T13:00"), id="long")
    doctor = Item("appointment", at("2027-05-11T12:00"), at("2027-05-11T12:30"), id="doctor")
    assert overlaps([long_ride, SESSION, doctor]) == ["session", "doctor"]


def test_touching_across_time_zones() -> None:
    flight = Item("flight", at("2027-05-10T08:00"), at("2027-05-10T16:00"), "Asia/Bangkok", "Asia/Tokyo",
                  id="in")
    pickup = Item("transfer", at("2027-05-10T16:00"), at("2027-05-10T18:00"), id="pickup")    # Tokyo
    assert overlaps([flight, pickup]) == []
    early = Item("transfer", at("2027-05-10T15:59"), at("2027-05-10T18:00"), id="pickup")
    assert overlaps([flight, early]) == ["pickup"]
    # 07:00-08:00 in Bangkok is 09:00-10:00 in Tokyo: compared by the clock alone, both of these
    # would be wrong
    bangkok = Item("transfer", at("2027-05-10T07:00"), at("2027-05-10T08:00"), "Asia/Bangkok",
                   "Asia/Bangkok", id="bkk")
    before = Item("appointment", at("2027-05-10T07:30"), at("2027-05-10T08:00"), id="tokyo")
    assert overlaps([bangkok, before]) == []
    into = Item("appointment", at("2027-05-10T08:30"), at("2027-05-10T09:30"), id="tokyo")
    assert overlaps([bangkok, into]) == ["bkk"]


def test_accommodation_and_interpreters_never_overlap() -> None:
    hotel = Item("accommodation", at("2027-05-10T15:00"), at("2027-05-14T10:00"), id="hotel")
    interpreter = Item("interpreter", at("2027-05-11T09:00"), at("2027-05-11T17:00"), id="interp")
    assert overlaps([hotel, interpreter, SESSION]) == []
