"""The treatment calendar: which days a course of fractions falls on.

Sessions go on the facility's treatment weekdays (its profile), at most `per_week` in any
Monday-to-Sunday week, never on a Saturday, Sunday or Japanese public holiday (substitute and
citizens' holidays included, from the `holidays` package) and never on the facility's own
closures (e.g. 29 December to 3 January). Treatment days passed over are reported with why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MAX_FRACTIONS = 60


@dataclass(frozen=True)
class Closure:
    start: tuple[int, int]       # (month, day), inclusive
    end: tuple[int, int]         # may be earlier in the year than start: wraps the new year
    reason_en: str
    reason_ja: str

    def covers(self, day: date) -> bool:
        md = (day.month, day.day)
        if self.start <= self.end:
            return self.start <= md <= self.end
        return md >= self.start or md <= self.end


@dataclass(frozen=True)
class FacilityCalendar:
    code: str
    weekdays: tuple[int, ...]    # 0 = Monday
    per_week: int
    closures: tuple[Closure, ...]

    @classmethod
    def from_profile(cls, profile: dict[str, Any]) -> FacilityCalendar:
        def month_day(text: str) -> tuple[int, int]:
            month, day = text.split("-")
            return int(month), int(day)
        return cls(
            code=profile["code"],
            weekdays=tuple(sorted(WEEKDAYS.index(d) for d in profile["treatment_weekdays"])),
            per_week=int(profile["per_week"]),
            closures=tuple(Closure(month_day(c["from"]), month_day(c["to"]), c["reason_en"],
                                   c["reason_ja"]) for c in profile.get("closures", [])),
        )


@dataclass(frozen=True)
class Skipped:
    day: date
    reason_en: str
    reason_ja: str


@dataclass(frozen=True)
class TreatmentPlan:
    facility: str
    sessions: tuple[date, ...]
    skipped: tuple[Skipped, ...]

    @property
    def last(self) -> date:
        return self.sessions[-1]


@cache
def _holidays(year: int, language: str) -> dict[date, str]:
    import holidays  # 0.1 s to import: loaded with the first calendar, not at start
    return dict(holidays.country_holidays("JP", years=year, language=language).items())


def japanese_holiday(day: date, language: str = "en_US") -> str | None:
    """The holiday's name if `day` is a Japanese public holiday (language "en_US" or "ja")."""
    return _holidays(day.year, language).get(day)


def month_holidays(year: int, month: int) -> list[date]:
    """Japan's public holidays in one month, in order."""
    if not 1 <= year <= 9999:
        return []
    return sorted(d for d in _holidays(year, "en_US") if d.month == month)


def why_not(day: date, calendar: FacilityCalendar) -> tuple[str, str] | None:
    """Why a treatment weekday is not a treatment day (English, Japanese), or None if it is."""
    holiday = japanese_holiday(day)
    if holiday:
        return holiday, japanese_holiday(day, "ja") or holiday
    for closure in calendar.closures:
        if closure.covers(day):
            return closure.reason_en, closure.reason_ja
    return None


class BeyondCalendar(ValueError):
    """A course that would run past the last day a date can have (9999-12-31)."""

    def __init__(self, start: date) -> None:
        super().__init__(f"a course starting on {start.isoformat()} would end after {date.max.isoformat()}")
        self.start = start


def plan_sessions(start: date, fractions: int, calendar: FacilityCalendar) -> TreatmentPlan:
    """The first `fractions` treatment days from `start` (inclusive); BeyondCalendar when they
    would not all fit before date.max."""
    if not 1 <= fractions <= MAX_FRACTIONS:
        raise ValueError(f"fractions must be between 1 and {MAX_FRACTIONS}")
    if not calendar.weekdays or calendar.per_week < 1:
        raise ValueError(f"facility {calendar.code} has no treatment days")
    sessions: list[date] = []
    skipped: list[Skipped] = []
    day = start
    week_of = None
    in_week = 0
    while len(sessions) < fractions:
        monday = day - timedelta(days=day.weekday())
        if monday != week_of:
            week_of, in_week = monday, 0
        if day.weekday() in calendar.weekdays and day.weekday() < 5:
            reason = why_not(day, calendar)
            if reason is None and in_week >= calendar.per_week:
                reason = (f"at most {calendar.per_week} sessions a week",
                          f"週{calendar.per_week}回まで")
            if reason is None:
                sessions.append(day)
                in_week += 1
            else:
                skipped.append(Skipped(day, *reason))
        if day == date.max:
            raise BeyondCalendar(start)
        day += timedelta(days=1)
    return TreatmentPlan(calendar.code, tuple(sessions), tuple(skipped))


def month_grid(year: int, month: int) -> list[list[date | None]]:
    """Weeks (Monday first) of a month for calendar displays; None outside the month."""
    first = date(year, month, 1)
    days = (date(year + month // 12, month % 12 + 1, 1) - first).days
    cells: list[date | None] = [None] * first.weekday() + [first + timedelta(days=i) for i in range(days)]
    cells += [None] * (-len(cells) % 7)
    return [cells[i:i + 7] for i in range(0, len(cells), 7)]
