"""The treatment calendar over Golden Week, year-end and autumn holidays, for 4, 12, 16 fractions,
and the contract's invariants for any start date."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hirt_desk.facilities import facility_profile
from hirt_desk.planning.calendar import FacilityCalendar, month_grid, plan_sessions

GHMC = FacilityCalendar.from_profile(facility_profile("ghmc"))


def iso(days: tuple[date, ...]) -> list[str]:
    return [d.isoformat() for d in days]


def test_golden_week_2027_sixteen_fractions() -> None:
    plan = plan_sessions(date(2027, 4, 26), 16, GHMC)
    assert iso(plan.sessions)[:5] == ["2027-04-26", "2027-04-27", "2027-04-28", "2027-05-06",
                                      "2027-05-10"]
    assert plan.last == date(2027, 5, 27)
    assert [(s.day.isoformat(), s.reason_en) for s in plan.skipped] == [
        ("2027-04-29", "Showa Day"), ("2027-05-03", "Constitution Day"),
        ("2027-05-04", "Greenery Day"), ("2027-05-05", "Children's Day")]
    assert plan.skipped[0].reason_ja == "昭和の日"


def test_year_end_closure_and_coming_of_age_day_twelve_fractions() -> None:
    plan = plan_sessions(date(2026, 12, 21), 12, GHMC)
    assert iso(plan.sessions) == ["2026-12-21", "2026-12-22", "2026-12-23", "2026-12-24",
                                  "2026-12-28", "2027-01-04", "2027-01-05", "2027-01-06",
                                  "2027-01-07", "2027-01-12", "2027-01-13", "2027-01-14"]
    assert [s.reason_en for s in plan.skipped] == ["Year-end and New Year closure"] * 3 + [
        "Coming of Age Day"]


def test_autumn_2026_silver_week_four_fractions() -> None:
    plan = plan_sessions(date(2026, 9, 21), 4, GHMC)
    # 21 Respect for the Aged Day, 22 citizens' holiday between two holidays, 23 Equinox
    assert iso(plan.sessions) == ["2026-09-24", "2026-09-28", "2026-09-29", "2026-09-30"]
    assert [s.reason_en for s in plan.skipped] == ["Respect for the Aged Day", "National Holiday",
                                                   "Autumnal Equinox Day"]


def test_substitute_holiday_is_skipped() -> None:
    plan = plan_sessions(date(2027, 3, 22), 1, GHMC)        # Monday after the Sunday equinox
    assert plan.sessions == (date(2027, 3, 23),)
    assert plan.skipped[0].reason_en == "Substitute Holiday"


def test_start_on_a_weekend_or_friday_begins_next_treatment_day() -> None:
    assert plan_sessions(date(2027, 6, 4), 1, GHMC).sessions == (date(2027, 6, 7),)   # Fri -> Mon
    assert plan_sessions(date(2027, 6, 4), 1, GHMC).skipped == ()


def test_weekly_limit_from_the_profile() -> None:
    five_days = FacilityCalendar("x", (0, 1, 2, 3, 4), 3, ())
    plan = plan_sessions(date(2027, 6, 7), 6, five_days)
    assert iso(plan.sessions) == ["2027-06-07", "2027-06-08", "2027-06-09", "2027-06-14",
                                  "2027-06-15", "2027-06-16"]
    assert [s.reason_en for s in plan.skipped] == ["at most 3 sessions a week"] * 2


@pytest.mark.parametrize("fractions", [0, -1, 61])
def test_nonsense_fractions(fractions: int) -> None:
    with pytest.raises(ValueError):
        plan_sessions(date(2027, 1, 4), fractions, GHMC)


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=date(2026, 1, 1), max_value=date(2034, 12, 31)),
       st.sampled_from([4, 12, 16]) | st.integers(min_value=1, max_value=40))
def test_contract_invariants_for_any_start(start: date, fractions: int) -> None:
    plan = plan_sessions(start, fractions, GHMC)
    jp = holidays.Japan(years=range(start.year, start.year + 2))
    assert len(plan.sessions) == fractions
    assert list(plan.sessions) == sorted(set(plan.sessions))
    assert plan.sessions[0] >= start
    per_week: dict[date, int] = {}
    for d in plan.sessions:
        assert d.weekday() in GHMC.weekdays and d.weekday() < 5
        assert d not in jp
        assert not ((d.month, d.day) >= (12, 29) or (d.month, d.day) <= (1, 3))
        monday = d - timedelta(days=d.weekday())
        per_week[monday] = per_week.get(monday, 0) + 1
    assert max(per_week.values()) <= GHMC.per_week
    # every treatment weekday between start and the last session is a session or skipped
    listed = set(plan.sessions) | {s.day for s in plan.skipped}
    day = start
    while day <= plan.last:
        if day.weekday() in GHMC.weekdays:
            assert day in listed
        day += timedelta(days=1)


def test_month_grid() -> None:
    weeks = month_grid(2027, 2)                   # 1 February 2027 is a Monday
    assert weeks[0][0] == date(2027, 2, 1) and len(weeks) == 4
    assert sum(1 for w in weeks for d in w if d) == 28
    june = month_grid(2027, 6)                    # 1 June 2027 is a Tuesday
    assert june[0][:2] == [None, date(2027, 6, 1)] and june[-1][2] == date(2027, 6, 30)  # a Wednesday
    assert june[-1][3:] == [None, None, None, None]
    assert all(len(w) == 7 for w in weeks + june)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "hirt_desk", *args], capture_output=True, text=True)


def test_schedule_command_contract() -> None:
    out = run("schedule", "--start", "2027-04-26", "--fractions", "16", "--facility", "ghmc")
    assert out.returncode == 0
    data = json.loads(out.stdout)
    assert data["facility"] == "ghmc" and data["treatment_weekdays"] == ["mon", "tue", "wed", "thu"]
    assert data["per_week"] == 4 and len(data["sessions"]) == 16
    assert {"date": "2027-04-29", "reason": "Showa Day"} in data["skipped"]


@pytest.mark.parametrize("args", [("--start", "2027-02-30", "--fractions", "4"),
                                  ("--start", "2027-02-01", "--fractions", "0"),
                                  ("--start", "2027-02-01", "--fractions", "four"),
                                  ("--start", "2027-02-01", "--fractions", "4", "--facility", "nope")])
def test_schedule_command_errors(args: tuple[str, ...]) -> None:
    out = run("schedule", *args)
    assert out.returncode == 2 and out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
