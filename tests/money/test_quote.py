"""The quote from plain values: fixed facility costs, fees counted from the itinerary."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from hirt_desk.facilities import facility_profile
from hirt_desk.money.amount import Money
from hirt_desk.money.quote import FeeData, StayItem, build_quote, count

FEES = [FeeData("coord", "Coordination fee", "コーディネート料", "fixed", 300_000),
        FeeData("interp", "Interpreter", "通訳", "per_day", 30_000),
        FeeData("phone", "Phone rental", "携帯電話", "per_person", 5_000),
        FeeData("pickup", "Airport transfer", "空港送迎", "per_trip", 20_000),
        FeeData("hotel", "Hotel arrangement", "ホテル手配", "per_night", 1_000)]


def test_interpreting_days_nights_and_trips_come_from_the_itinerary() -> None:
    items = [StayItem("i1", "interpreter", datetime(2027, 4, 26, 9), datetime(2027, 4, 28, 17)),   # 3 days
             StayItem("i2", "interpreter", datetime(2027, 4, 28, 9), datetime(2027, 4, 28, 12)),   # same day
             StayItem("i3", "interpreter", datetime(2027, 5, 6, 9)),                              # 1 day
             StayItem("h1", "accommodation", datetime(2027, 4, 25, 15), datetime(2027, 5, 22, 10),
                      "Hotel Maebashi", 540_000),
             StayItem("t1", "transfer", datetime(2027, 4, 25, 13)),
             StayItem("t2", "transfer", datetime(2027, 5, 22, 8))]
    counts = count(items, 2)
    assert (counts.days, counts.nights, counts.persons, counts.trips) == (4, 27, 2, 2)
    quote = build_quote(None, FEES, items, 2)
    fees = {line.id: line for line in quote.lines if line.group == "fee"}
    assert fees["fee:interp"].amount_jpy == 4 * 30_000 and fees["fee:interp"].quantity == 4
    assert fees["fee:phone"].amount_jpy == 10_000
    assert fees["fee:pickup"].amount_jpy == 40_000
    assert fees["fee:hotel"].amount_jpy == 27_000
    assert quote.group_total("itinerary") == 540_000
    # one more interpreting day adds one day's fee
    more = build_quote(None, FEES, [*items, StayItem("i4", "interpreter", datetime(2027, 5, 7, 9))], 2)
    assert more.total_jpy - quote.total_jpy == 30_000


def test_facility_costs_are_fixed_and_the_estimate_is_variable() -> None:
    costs = facility_profile("ghmc")["costs"]
    quote = build_quote(costs, [], [], 1, other_medical_jpy=400_000, currency="CNY",
                        rate=Decimal("0.048"))
    assert quote.group_total("facility") == 4_965_000
    variable = [line for line in quote.lines if line.variable]
    assert [(v.id, v.amount_jpy) for v in variable] == [("medical_services", 400_000)]
    assert quote.total_jpy == 5_365_000
    assert quote.total_other == Money(25_752_000, "CNY")          # 257,520.00 yuan
