"""Tasks a case's own dates propose (issue 20): pure values in, proposals out (no Qt, no database).

Each proposal has a stable key (`reply`, `records_request`, `records_send`, `flights`,
`visa:<traveller>`, `passport:<traveller>`): a task accepted from it keeps the key as its
origin, and a dismissed one too, so a proposal the user answered is not made again.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta

from hirt_desk.planning.visa import DOCUMENTS_DUE_DAYS, VisaInputError, apply_by, decide

REPLY, RECORDS_REQUEST, RECORDS_SEND, FLIGHTS, VISA, PASSPORT = (
    "reply", "records_request", "records_send", "flights", "visa", "passport")
#: statuses in which the agency has not answered the inquiry yet
UNANSWERED = ("inquiry",)
#: statuses in which records are gathered and sent to the facility
GATHERING = ("inquiry", "records")
#: statuses in which the travel is still being prepared (visa, flights, passports)
PREPARING = ("inquiry", "records", "facility_review", "visa", "travel")
FLIGHTS_WEEKS = 6            # flights booked this long before the treatment starts
RECORDS_REQUEST_DAYS = 3     # missing records asked for within this of the inquiry
RECORDS_SEND_DAYS = 2        # complete records sent to the facility within this
PASSPORT_MONTHS = 6          # validity agencies want left at departure (planning/visa.py)
PREPARATION_DAYS = 14        # first visit, planning CT and immobilisation before the sessions
SESSIONS_PER_WEEK = 4


@dataclass(frozen=True)
class Traveller:
    key: str                              # "patient" or a companion's id
    name: str
    role: str                             # patient | companion
    nationality: str = ""
    passport_expiry: date | None = None
    visa_applied: bool = False            # an application date is in the visa record
    embassy_days: int | None = None       # the embassy's processing working days, if known


@dataclass(frozen=True)
class CaseDates:
    """What a case's proposals are made from."""

    status: str
    inquiry_date: date
    reply_due: date
    treatment_start: date | None = None
    fractions: int | None = None
    arrival: date | None = None           # the first flight arriving in Japan
    departure: date | None = None         # the flight leaving Japan after it
    has_flights: bool = False
    travellers: tuple[Traveller, ...] = ()
    missing_records: tuple[str, ...] = ()  # required records not yet received
    records_complete: date | None = None   # when the last required record came in
    records_sent: bool = False
    answered: frozenset[str] = field(default_factory=frozenset)   # keys accepted or dismissed


@dataclass(frozen=True)
class Proposal:
    key: str
    kind: str          # REPLY, RECORDS_REQUEST, ... (the key without its traveller)
    due: date
    traveller: str = ""   # the traveller's name, for visa and passport proposals
    detail: str = ""      # missing records' names, the passport's expiry date


def arrival_of(dates: CaseDates) -> date | None:
    """The day the travellers arrive: the first arriving flight, else the treatment start."""
    return dates.arrival or dates.treatment_start


def departure_of(dates: CaseDates) -> date | None:
    """The day they leave: the departing flight, else an estimate from the course (preparation
    plus the sessions' weeks after the start)."""
    if dates.departure:
        return dates.departure
    start = dates.treatment_start or dates.arrival
    if start is None:
        return None
    weeks = math.ceil((dates.fractions or 16) / SESSIONS_PER_WEEK)
    return start + timedelta(days=PREPARATION_DAYS + 7 * weeks)


def _months_after(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def propose(dates: CaseDates) -> list[Proposal]:
    """The proposals of one case, by due date; none the user already answered."""
    out: list[Proposal] = []
    if dates.status in UNANSWERED:
        out.append(Proposal(REPLY, REPLY, dates.reply_due))
    if dates.status in GATHERING and dates.missing_records:
        out.append(Proposal(RECORDS_REQUEST, RECORDS_REQUEST,
                            dates.inquiry_date + timedelta(days=RECORDS_REQUEST_DAYS),
                            detail=", ".join(dates.missing_records)))
    if (dates.status in GATHERING and not dates.missing_records and dates.records_complete
            and not dates.records_sent):
        out.append(Proposal(RECORDS_SEND, RECORDS_SEND,
                            dates.records_complete + timedelta(days=RECORDS_SEND_DAYS)))
    if dates.status in PREPARING:
        out.extend(_travel(dates))
    return sorted((p for p in out if p.key not in dates.answered), key=lambda p: (p.due, p.key))


def _travel(dates: CaseDates) -> list[Proposal]:
    out: list[Proposal] = []
    if dates.treatment_start and not dates.has_flights:
        out.append(Proposal(FLIGHTS, FLIGHTS, dates.treatment_start - timedelta(weeks=FLIGHTS_WEEKS)))
    arrival, departure = arrival_of(dates), departure_of(dates)
    if arrival is None or departure is None:
        return out
    for t in dates.travellers:
        if t.nationality and not t.visa_applied and _needs_visa(t, arrival, departure):
            rules = (None if t.embassy_days is None
                     else {"medical_stay": {"processing_working_days": t.embassy_days}})
            out.append(Proposal(f"{VISA}:{t.key}", VISA, apply_by(arrival, rules), traveller=t.name))
        if t.passport_expiry and t.passport_expiry < _months_after(departure, PASSPORT_MONTHS):
            out.append(Proposal(f"{PASSPORT}:{t.key}", PASSPORT, arrival - timedelta(days=DOCUMENTS_DUE_DAYS),
                                traveller=t.name, detail=t.passport_expiry.isoformat()))
    return out


def _needs_visa(t: Traveller, arrival: date, departure: date) -> bool:
    try:
        return decide(t.nationality, arrival, departure, role=t.role).needs_visa
    except VisaInputError:          # an unknown nationality: nothing to propose from it
        return False
