"""The stay's itinerary as plain values, and the checks that catch a coordinator's mistakes.

Times are local wall-clock times with their IANA time zone (a flight leaves Hanoi at 23:50
Asia/Ho_Chi_Minh and lands in Narita at 07:05 Asia/Tokyo); comparisons use UTC. Findings carry a
code (the window has a sentence for each), an English message, a level, and what they concern.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hirt_desk.planning.calendar import FacilityCalendar, why_not

KINDS = ("flight", "accommodation", "appointment", "session", "transfer", "interpreter",
         "phone_rental")
JAPAN = "Asia/Tokyo"
ERROR, WARNING = "error", "warning"
# Things a person must be at in person; these must not overlap for one traveller.
_ATTENDED = {"flight", "appointment", "session", "transfer"}


@dataclass(frozen=True)
class Item:
    kind: str
    starts: datetime                      # local, naive
    ends: datetime | None = None
    start_tz: str = JAPAN
    end_tz: str = JAPAN
    title: str = ""
    place_from: str = ""
    place_to: str = ""
    reference: str = ""
    confirmation: str = ""
    cost_yen: int | None = None
    travellers: tuple[str, ...] = ("patient",)
    notes: str = ""
    fixed: bool = False
    id: str | None = None

    @property
    def start_utc(self) -> datetime:
        return self.starts.replace(tzinfo=ZoneInfo(self.start_tz)).astimezone(ZoneInfo("UTC"))

    @property
    def end_utc(self) -> datetime:
        end = self.ends or self.starts
        return end.replace(tzinfo=ZoneInfo(self.end_tz)).astimezone(ZoneInfo("UTC"))

    @property
    def arrives_in_japan(self) -> bool:
        return self.kind == "flight" and self.end_tz == JAPAN and self.start_tz != JAPAN

    @property
    def leaves_japan(self) -> bool:
        return self.kind == "flight" and self.start_tz == JAPAN and self.end_tz != JAPAN


@dataclass(frozen=True)
class Finding:
    level: str
    code: str
    message: str                          # English; the window translates by code
    item_id: str | None = None
    traveller: str = "patient"
    days: tuple[date, ...] = field(default=())
    other_item_id: str | None = None      # the second item of an overlap


def stay_bounds(items: list[Item], traveller: str = "patient") -> tuple[Item | None, Item | None]:
    """The traveller's flight into Japan and the first flight out after it."""
    mine = sorted((i for i in items if traveller in i.travellers), key=lambda i: i.start_utc)
    arrival = next((i for i in mine if i.arrives_in_japan), None)
    departure = next((i for i in mine if i.leaves_japan
                      and (arrival is None or i.start_utc > arrival.end_utc)), None)
    return arrival, departure


def _nights(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days)]


def check_itinerary(items: list[Item], calendar: FacilityCalendar,
                    travellers: tuple[str, ...] = ("patient",),
                    passports: Mapping[str, date | None] | None = None) -> list[Finding]:
    """`passports`: each traveller's passport expiry date, when known: a passport that expires
    before the traveller leaves Japan is an error here as well as on the visa tab."""
    findings: list[Finding] = []
    passports = passports or {}
    arrival, departure = stay_bounds(items)
    care = sorted((i for i in items
                   if i.kind in ("appointment", "session") and "patient" in i.travellers),
                  key=lambda i: i.start_utc)
    sessions = [i for i in care if i.kind == "session"]

    if arrival and care and arrival.end_utc > care[0].start_utc:
        lands = arrival.ends or arrival.starts
        findings.append(Finding(ERROR, "arrival_after_first_appointment",
                                f"The patient lands at {lands:%Y-%m-%d %H:%M}, after the first "
                                f"appointment ({care[0].starts:%Y-%m-%d %H:%M})", arrival.id))
    if departure and sessions and departure.start_utc < sessions[-1].end_utc:
        findings.append(Finding(ERROR, "departure_before_last_session",
                                f"The patient leaves at {departure.starts:%Y-%m-%d %H:%M}, before the last "
                                f"session ({sessions[-1].starts:%Y-%m-%d})", departure.id))
    for s in sessions:
        day = s.starts.date()
        reason = why_not(day, calendar)
        if day.weekday() not in calendar.weekdays or day.weekday() >= 5:
            reason = (f"{calendar.code.upper()} does not treat on {day:%A}s", "")
        if reason:
            findings.append(Finding(ERROR, "session_not_treatment_day",
                                    f"Session on {day:%Y-%m-%d}: {reason[0]}", s.id, days=(day,)))

    for person in travellers:
        arrive, leave = stay_bounds(items, person)
        expiry = passports.get(person)
        if leave and expiry and expiry < leave.starts.date():
            findings.append(Finding(ERROR, "passport_expires_during_stay",
                                    f"The passport expires on {expiry:%Y-%m-%d}, before the "
                                    f"departure on {leave.starts:%Y-%m-%d}", leave.id, person, (expiry,)))
        if arrive and leave:
            stays = [i for i in items if i.kind == "accommodation" and person in i.travellers]
            uncovered = [n for n in _nights((arrive.ends or arrive.starts).date(), leave.starts.date())
                         if not any(a.starts.date() <= n < (a.ends or a.starts).date() for a in stays)]
            if uncovered:
                findings.append(Finding(WARNING, "night_without_accommodation",
                                        f"No accommodation for {len(uncovered)} night(s) from "
                                        f"{uncovered[0]:%Y-%m-%d}", None, person, tuple(uncovered)))
        attended = sorted((i for i in items if i.kind in _ATTENDED and person in i.travellers),
                          key=lambda i: i.start_utc)
        latest: Item | None = None            # of the items so far, the one that ends last
        for b in attended:
            a = latest
            if a is not None and b.start_utc < a.end_utc:
                findings.append(Finding(ERROR, "overlap",
                                        f"{a.title or a.kind} and {b.title or b.kind} overlap "
                                        f"({b.starts:%Y-%m-%d %H:%M})", b.id, person,
                                        (b.starts.date(),), a.id))
            if a is None or b.end_utc > a.end_utc:
                latest = b
    return findings
