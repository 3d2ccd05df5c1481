"""What needs doing from a date over some days (issue 20, cli.md `agenda`): replies due, tasks,
arrivals and departures, sessions, visa deadlines, passports expiring. The command line prints it
and the Today view shows it; both from `agenda` here.

Each part is read through an index by date (schema 11), never by reading every case: a database
of 100,000 cases gives the day's few dozen lines. Visa deadlines, flights to book and passports
to renew are the proposals (records/proposals.py) of the cases whose travel is near, as long as
no one accepted or dismissed them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from peewee import JOIN

from hirt_desk.actions.tasks import dates_of
from hirt_desk.planning.itinerary import JAPAN
from hirt_desk.records.proposals import (
    FLIGHTS,
    PASSPORT,
    PREPARING,
    REPLY,
    UNANSWERED,
    VISA,
    arrival_of,
    propose,
)
from hirt_desk.store.database import store_errors
from hirt_desk.store.models import Case, ItineraryItem, Patient, Task, db

LATER_DAYS = 90            # how far ahead the Today view shows open tasks ("Coming up")
KINDS = ("reply", "task", "arrival", "departure", "session", "visa", "passport", "flights")
SESSION_DAYS = 2               # sessions today and tomorrow
# travel this long after the period's end can still have a proposal due within it: flights are
# booked 6 weeks before the treatment, passports renewed a month before, visas applied for some
# working days before the arrival
LOOKAHEAD_DAYS = 50


@dataclass(frozen=True)
class AgendaItem:
    case_id: str
    number: str
    name: str                  # the patient's, in their own script when known
    kind: str                  # KINDS
    due: date
    overdue: bool
    title: str = ""            # a task's title, an itinerary item's title or reference
    traveller: str = ""        # visa and passport lines: whose
    detail: str = ""           # a passport's expiry date
    assignee: str = ""         # a task's
    task_id: str = ""
    later: bool = False        # a task due after the agenda's days (the Today view's "Coming up")

    @property
    def text(self) -> str:
        """The line in English, as `agenda` prints it."""
        who = f"{self.number} {self.name}"
        texts = {
            "reply": f"Reply to the inquiry of {who}",
            "task": f"{self.title} ({who}{', ' + self.assignee if self.assignee else ''})",
            "arrival": f"{who} arrives ({self.title})",
            "departure": f"{who} leaves Japan ({self.title})",
            "session": f"Session of {who}",
            "visa": f"Apply for the visa of {self.traveller} ({who})",
            "passport": f"Renew the passport of {self.traveller}, expiring {self.detail} ({who})",
            "flights": f"Book the flights of {who}",
        }
        return texts[self.kind]

    def to_json(self) -> dict[str, Any]:
        return {"case": self.number, "kind": self.kind, "due": self.due.isoformat(),
                "overdue": self.overdue, "text": self.text}


_NAMES = (Patient.surname_latin, Patient.given_names_latin, Patient.name_native)
# what a case's proposals are made from, besides its records (actions/tasks.dates_of)
_CASE_DATES = (Case.id, Case.number, Case.status, Case.inquiry_date, Case.reply_due, Case.treatment_start,
               Case.fractions, *_NAMES, Patient.nationality, Patient.passport_expiry)


def _name(patient: Patient) -> str:
    return str(patient.name_native or patient.name_latin)


def _line(case: Case, kind: str, due: date, overdue: bool = False, **more: Any) -> AgendaItem:
    return AgendaItem(case.id, case.number, _name(case.patient), kind, due, overdue, **more)


def agenda(day: date, days: int = 7) -> list[AgendaItem]:
    """Everything due before `day + days` (overdue ones from before `day` included), overdue
    first, then by date."""
    end = day + timedelta(days=max(days, 1))         # exclusive
    with store_errors():
        items = [*_replies(day, end), *_tasks(day, end), *_travel(day, end),
                 *_sessions(day, min(max(days, 1), SESSION_DAYS)), *_proposed(day, end)]
    return sorted(items, key=lambda i: (not i.overdue, i.due, KINDS.index(i.kind), i.number))


def today_items(day: date, days: int = 7) -> list[AgendaItem]:
    """What the Today view shows: the agenda, then the open tasks due later (within LATER_DAYS),
    so a task set weeks ahead ("apply for the visa by …") is in sight from the day it is made,
    not only in its last week."""
    end = day + timedelta(days=max(days, 1))
    with store_errors():
        later = sorted((replace(item, later=True)
                        for item in _tasks(day, end, day + timedelta(days=LATER_DAYS))),
                       key=lambda i: (i.due, i.number))
    return [*agenda(day, days), *later]


def agenda_apart(day: date, days: int = 7) -> list[AgendaItem]:
    """`today_items` for a worker thread (the window's Today view): it reads through the thread's
    own connection, closed when done (on every database it touched: the window may have moved to
    another meanwhile)."""
    first = db.obj
    try:
        return today_items(day, days)
    finally:
        for database in {id(d): d for d in (first, db.obj) if d is not None}.values():
            if not database.in_transaction():
                database.close()


def _replies(day: date, end: date) -> list[AgendaItem]:
    answered = Task.select(Task.case).where((Task.origin == REPLY) & Task.deleted_at.is_null())
    rows = (Case.select(Case.id, Case.number, Case.reply_due, *_NAMES)
            .join(Patient).where(Case.status.in_(UNANSWERED) & (Case.reply_due < end)
                                 & Case.id.not_in(answered)))
    return [_line(c, "reply", c.reply_due, c.reply_due < day) for c in rows]


def _tasks(day: date, end: date, until: date | None = None) -> list[AgendaItem]:
    """Open tasks due before `end`; with `until`, those due from `end` to before `until`."""
    due = (Task.due < end) if until is None else ((Task.due >= end) & (Task.due < until))
    rows = (Task.select(Task, Case.id, Case.number, *_NAMES)
            .join(Case).join(Patient)
            .where((Task.state == "open") & Task.deleted_at.is_null() & due))
    return [_line(t.case, "task", t.due, t.due < day, title=t.title, assignee=t.assignee, task_id=t.id)
            for t in rows]


def _flights(first: date, end: date) -> Any:
    """Live flights of the period (a day early: an arrival is dated by its landing)."""
    return (ItineraryItem.select(ItineraryItem, Case.id, Case.number, *_NAMES)
            .join(Case).join(Patient)
            .where((ItineraryItem.kind == "flight") & ItineraryItem.deleted_at.is_null()
                   & (ItineraryItem.starts >= (first - timedelta(days=1)).isoformat())
                   & (ItineraryItem.starts < end.isoformat())))


def _travel(day: date, end: date) -> list[AgendaItem]:
    out = []
    for f in _flights(day, end):
        label = " ".join(x for x in (f.reference, f.title) if x)
        if f.end_tz == JAPAN and f.start_tz != JAPAN:
            lands = date.fromisoformat((f.ends or f.starts)[:10])
            if day <= lands < end:
                out.append(_line(f.case, "arrival", lands, title=label))
        elif f.start_tz == JAPAN and f.end_tz != JAPAN:
            leaves = date.fromisoformat(f.starts[:10])
            if day <= leaves < end:
                out.append(_line(f.case, "departure", leaves, title=label))
    return out


def _sessions(day: date, days: int) -> list[AgendaItem]:
    """Sessions of the next `days` (today and tomorrow: a course's sessions are daily, a week of
    them would drown the rest)."""
    last = day + timedelta(days=days)
    rows = (ItineraryItem.select(ItineraryItem, Case.id, Case.number, *_NAMES)
            .join(Case).join(Patient)
            .where((ItineraryItem.kind == "session") & ItineraryItem.deleted_at.is_null()
                   & (ItineraryItem.starts >= day.isoformat()) & (ItineraryItem.starts < last.isoformat())))
    return [_line(s.case, "session", date.fromisoformat(s.starts[:10]), title=s.starts[11:16]) for s in rows]


def _proposed(day: date, end: date) -> list[AgendaItem]:
    """Visa deadlines, flights to book, passports to renew: of the cases still preparing their
    travel whose treatment starts, or whose flight arrives, before LOOKAHEAD_DAYS after the period."""
    horizon = end + timedelta(days=LOOKAHEAD_DAYS)
    starting = Case.select(Case.id).where(Case.status.in_(PREPARING) & (Case.treatment_start >= day)
                                          & (Case.treatment_start < horizon))
    flying = (ItineraryItem.select(ItineraryItem.case)
              .join(Case, JOIN.INNER)
              .where((ItineraryItem.kind == "flight") & ItineraryItem.deleted_at.is_null()
                     & (ItineraryItem.end_tz == JAPAN) & (ItineraryItem.start_tz != JAPAN)
                     & (ItineraryItem.starts >= day.isoformat())
                     & (ItineraryItem.starts < horizon.isoformat())
                     & Case.status.in_(PREPARING)))
    ids = list({c.id for c in starting} | {i.case_id for i in flying})
    cases = [c for first in range(0, len(ids), 500)
             for c in Case.select(*_CASE_DATES).join(Patient).where(Case.id.in_(ids[first:first + 500]))]
    every = dates_of(cases)
    out = []
    for case in cases:
        dates = every[case.id]
        arrival = arrival_of(dates)
        if arrival is not None and arrival < day:       # on their way already: moot
            continue
        for p in propose(dates):
            if p.kind in (VISA, PASSPORT, FLIGHTS) and p.due < end:
                out.append(_line(case, p.kind, p.due, p.due < day, traveller=p.traveller, detail=p.detail))
    return out
