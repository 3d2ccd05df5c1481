"""Tasks proposed from a case's own dates, each kind at its exact date, and never again once the
user accepted or dismissed it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hirt_desk.planning.visa import processing_days
from hirt_desk.records.proposals import CaseDates, Traveller, departure_of, propose

WANG = Traveller("patient", "王伟", "patient", "CN", passport_expiry=date(2031, 5, 1), embassy_days=5)
KIM = Traveller("c1", "김은지", "companion", "KR", passport_expiry=date(2032, 1, 1), embassy_days=5)
# inquiry on Monday 1 March 2027; flights 20 April (Tuesday) to 30 May; sessions from 26 April
FLYING = CaseDates("facility_review", date(2027, 3, 1), date(2027, 3, 6), treatment_start=date(2027, 4, 26),
                   fractions=16, arrival=date(2027, 4, 20), departure=date(2027, 5, 30), has_flights=True,
                   travellers=(WANG, KIM))


def keys(dates: CaseDates) -> list[tuple[str, date]]:
    return [(p.key, p.due) for p in propose(dates)]


def test_an_unanswered_inquiry_proposes_the_reply_by_its_reply_date() -> None:
    dates = CaseDates("inquiry", date(2027, 3, 1), date(2027, 3, 6))
    assert keys(dates) == [("reply", date(2027, 3, 6))]
    assert keys(replace(dates, status="records")) == []


def test_the_visa_is_proposed_by_the_embassys_processing_time_before_arrival() -> None:
    # 5 working days before Tuesday 20 April: 13-19 April; handed in on Monday 12 April
    assert keys(FLYING) == [("visa:patient", date(2027, 4, 12))]
    visa, = propose(FLYING)
    assert (visa.kind, visa.traveller) == ("visa", "王伟")
    # an embassy that takes 10 working days: two weeks earlier
    slow = replace(FLYING, travellers=(replace(WANG, embassy_days=10), KIM))
    assert keys(slow) == [("visa:patient", date(2027, 4, 5))]
    # applied already: nothing to propose; a Korean companion on 41 days needs no visa at all
    assert keys(replace(FLYING, travellers=(replace(WANG, visa_applied=True), KIM))) == []


def test_without_flights_arrival_is_the_treatment_start_and_flights_are_proposed_six_weeks_before() -> None:
    dates = replace(FLYING, arrival=None, departure=None, has_flights=False)
    # flights: 26 April - 6 weeks; the visa: 5 working days before Monday 26 April (19-23), so Friday 16
    assert keys(dates) == [("flights", date(2027, 3, 15)), ("visa:patient", date(2027, 4, 16))]
    # the stay is estimated from the course: 2 weeks' preparation and 4 weeks of 4 sessions
    assert departure_of(dates) == date(2027, 6, 7)


def test_a_passport_expiring_within_six_months_of_departure_is_proposed_a_month_before_arrival() -> None:
    # leaves 30 May 2027: the passport should be valid to 30 November 2027
    short = replace(FLYING, travellers=(replace(WANG, visa_applied=True),
                                        replace(KIM, passport_expiry=date(2027, 11, 29))))
    passport, = propose(short)
    assert (passport.key, passport.due, passport.traveller, passport.detail) == (
        "passport:c1", date(2027, 3, 21), "김은지", "2027-11-29")
    enough = replace(short, travellers=(replace(WANG, visa_applied=True),
                                        replace(KIM, passport_expiry=date(2027, 11, 30))))
    assert propose(enough) == []


def test_missing_records_are_requested_and_complete_records_sent() -> None:
    dates = CaseDates("records", date(2027, 3, 1), date(2027, 3, 6),
                      missing_records=("pathology_report", "imaging_images"))
    request, = propose(dates)
    assert (request.key, request.due, request.detail) == ("records_request", date(2027, 3, 4),
                                                         "pathology_report, imaging_images")
    complete = replace(dates, missing_records=(), records_complete=date(2027, 3, 10))
    assert keys(complete) == [("records_send", date(2027, 3, 12))]
    assert keys(replace(complete, records_sent=True)) == []


def test_a_proposal_accepted_or_dismissed_is_not_made_again() -> None:
    dates = replace(FLYING, status="inquiry", has_flights=False, arrival=None, departure=None)
    assert [k for k, _ in keys(dates)] == ["reply", "flights", "visa:patient"]
    answered = replace(dates, answered=frozenset({"reply", "visa:patient"}))
    assert [k for k, _ in keys(answered)] == ["flights"]


def test_travel_proposals_stop_once_the_travellers_are_on_their_way() -> None:
    assert keys(replace(FLYING, status="in_japan")) == []


def test_the_embassys_processing_time_is_data() -> None:
    data = {"processing_working_days": 5, "office": [
        {"country": "CN", "city": "Beijing", "en": "Embassy of Japan in China (Beijing)",
         "ja": "在中国日本国大使館"},
        {"country": "RU", "city": "Vladivostok", "en": "Consulate-General of Japan in Vladivostok",
         "ja": "在ウラジオストク日本国総領事館", "processing_working_days": 8}]}
    assert processing_days("在ウラジオストク日本国総領事館", "RU", data) == 8
    assert processing_days("Vladivostok consulate", "", data) == 8      # by its city
    assert processing_days("", "CN", data) == 5
    assert processing_days("", "ZZ", data) == 5
    assert processing_days("", "CN") == 5        # the shipped file (MOFA: about 5 working days)
