"""A case's tasks (issue 20): added by hand, accepted or dismissed from what the case's dates
propose (records/proposals.py), marked done. Every write is an audited change of the case, so a
task travels with its case to laptops and back like any record of it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from hirt_desk.actions.cases import get_case
from hirt_desk.actions.documents import CaseRecords, case_records
from hirt_desk.actions.travellers import travellers_of
from hirt_desk.planning.itinerary import Item, stay_bounds
from hirt_desk.planning.visa import processing_days
from hirt_desk.records.proposals import CaseDates, Proposal, Traveller, propose
from hirt_desk.store import audit
from hirt_desk.store.database import store_errors, write_transaction
from hirt_desk.store.models import (
    HAND,
    PATIENT,
    TASK_STATES,
    Case,
    Companion,
    ItineraryItem,
    Task,
    VisaRecord,
    traveller_key,
)

MAX_TITLE = 500


class TaskRefused(ValueError):
    """A task that cannot be saved as given (an empty title, an unknown state); nothing saved."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class TaskData:
    id: str
    case: str              # the case's id
    title: str
    due: date
    assignee: str
    state: str
    origin: str


def _data(row: Task) -> TaskData:
    return TaskData(row.id, row.case_id, row.title, row.due, row.assignee, row.state, row.origin)


def _clean_title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise TaskRefused("empty_title", "a task needs a title")
    if len(title) > MAX_TITLE:
        raise TaskRefused("long_title", f"a task's title has at most {MAX_TITLE} characters")
    return title


def add_task(case_ref: str, title: str, due: date, assignee: str = "", *, origin: str = HAND,
             state: str = "open", user: str | None = None) -> TaskData:
    """A new task of the case; `origin` a proposal's key when it was accepted from one."""
    user = user or audit.current_user()
    title = _clean_title(title)
    if state not in TASK_STATES:
        raise TaskRefused("state", f"unknown task state '{state}' (one of {', '.join(TASK_STATES)})")
    with store_errors(), write_transaction():
        case = get_case(case_ref)
        row = Task.create(case=case, title=title, due=due, assignee=assignee.strip(), state=state,
                          origin=origin, created_by=user)
        with audit.CaseChange(case, user) as change:
            change.create(row)
        return _data(row)


def _live_task(task_id: str) -> Task:
    """The task, unless unknown or removed (TaskRefused "unknown")."""
    row = Task.get_or_none((Task.id == task_id) & Task.deleted_at.is_null())
    if row is None:
        raise TaskRefused("unknown", f"no task '{task_id}'")
    return row


def set_state(task_id: str, state: str, user: str | None = None) -> TaskData:
    """Mark a task done, dismissed, or open again."""
    if state not in TASK_STATES:
        raise TaskRefused("state", f"unknown task state '{state}' (one of {', '.join(TASK_STATES)})")
    user = user or audit.current_user()
    with store_errors(), write_transaction():
        row = _live_task(task_id)
        with audit.CaseChange(Case.get_by_id(row.case_id), user) as change:
            change.update(row, {"state": state})
        return _data(row)


def update_task(task_id: str, *, title: str | None = None, due: date | None = None,
                assignee: str | None = None, user: str | None = None) -> TaskData:
    """Change a task's title, due date or assignee; each field changed is audited on its own, so
    a laptop's change and the office's to different fields both stand after a sync."""
    user = user or audit.current_user()
    values: dict[str, object] = {}
    if title is not None:
        values["title"] = _clean_title(title)
    if due is not None:
        values["due"] = due
    if assignee is not None:
        values["assignee"] = assignee.strip()
    with store_errors(), write_transaction():
        row = _live_task(task_id)
        with audit.CaseChange(Case.get_by_id(row.case_id), user) as change:
            change.update(row, values)
        return _data(row)


def remove_task(task_id: str, user: str | None = None) -> None:
    """Remove a task added by mistake: a tombstone, as any record of the case (a task done or not
    needed is marked so instead, and stays)."""
    user = user or audit.current_user()
    with store_errors(), write_transaction():
        row = _live_task(task_id)
        with audit.CaseChange(Case.get_by_id(row.case_id), user) as change:
            change.delete(row)


def case_tasks(case_ref: str) -> list[TaskData]:
    """The case's tasks (done and dismissed included), by due date."""
    with store_errors():
        case = get_case(case_ref)
        rows = (Task.select().where((Task.case == case.id) & Task.deleted_at.is_null())
                .order_by(Task.due, Task.created))
        return [_data(r) for r in rows]


def case_dates(case: Case) -> CaseDates:
    """What the case's proposals are made from, read from the store."""
    return dates_of([case])[case.id]


def dates_of(cases: Sequence[Case], chunk: int = 500) -> dict[str, CaseDates]:
    """`case_dates` of many cases in a few queries per `chunk` of them (the agenda reads the
    cases whose travel is near together)."""
    out: dict[str, CaseDates] = {}
    for first in range(0, len(cases), chunk):
        out.update(_dates_of(cases[first:first + chunk]))
    return out


def _tuples(query: Any) -> list[tuple[Any, ...]]:
    """A query's rows as plain tuples (no model objects: thousands are read at once)."""
    return [tuple(row) for row in query.tuples()]


def _dates_of(cases: Sequence[Case]) -> dict[str, CaseDates]:
    ids = [c.id for c in cases]
    flights = _tuples(ItineraryItem.select(ItineraryItem.id, ItineraryItem.case, ItineraryItem.starts,
                                           ItineraryItem.ends, ItineraryItem.start_tz, ItineraryItem.end_tz)
                      .where(ItineraryItem.case.in_(ids) & (ItineraryItem.kind == "flight")
                             & ItineraryItem.deleted_at.is_null()))
    travellers = travellers_of(f[0] for f in flights)
    items: dict[str, list[Item]] = defaultdict(list)
    for item_id, case_id, starts, ends, start_tz, end_tz in flights:
        items[case_id].append(Item("flight", datetime.fromisoformat(starts),
                                   datetime.fromisoformat(ends) if ends else None, start_tz, end_tz,
                                   travellers=travellers.get(item_id, ()), id=item_id))
    companions: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for row in _tuples(Companion.select(Companion.case, Companion.id, Companion.name_native,
                                        Companion.surname_latin, Companion.given_names_latin,
                                        Companion.nationality, Companion.passport_expiry)
                       .where(Companion.case.in_(ids) & Companion.deleted_at.is_null())
                       .order_by(Companion.created, Companion.id)):
        companions[row[0]].append(row[1:])
    visa_rows = _tuples(VisaRecord.select(VisaRecord.case, VisaRecord.companion, VisaRecord.embassy,
                                          VisaRecord.application_date)
                        .where(VisaRecord.case.in_(ids) & VisaRecord.deleted_at.is_null()))
    visas = {(case_id, traveller_key(companion)): (embassy, applied)
             for case_id, companion, embassy, applied in visa_rows}
    answered: dict[str, set[str]] = defaultdict(set)
    origins = Task.select(Task.case, Task.origin).where(Task.case.in_(ids) & Task.deleted_at.is_null()
                                                        & (Task.origin != HAND))
    for case_id, origin in _tuples(origins):
        answered[case_id].add(origin)
    out = {}
    for case in cases:
        arrive, leave = stay_bounds(items[case.id])
        p = case.patient
        people = [(PATIENT, "patient", p.name_native, p.surname_latin, p.given_names_latin, p.nationality,
                   p.passport_expiry)]
        people += [(c[0], "companion", *c[1:]) for c in companions[case.id]]
        found = []
        for key, role, native, surname, given, nationality, expiry in people:
            embassy, applied = visas.get((case.id, key), ("", None))
            found.append(Traveller(key, native or f"{surname} {given}".strip(), role, nationality or "",
                                   expiry, applied is not None, processing_days(embassy, nationality or "")))
        out[case.id] = CaseDates(
            case.status, case.inquiry_date, case.reply_due, case.treatment_start, case.fractions,
            (arrive.ends or arrive.starts).date() if arrive else None,
            leave.starts.date() if leave else None,
            bool(items[case.id]), tuple(found), answered=frozenset(answered[case.id]))
    return out


def proposals(case_ref: str) -> list[Proposal]:
    """What the case's own dates and records propose, less what was accepted or dismissed."""
    with store_errors():
        case = get_case(case_ref)
        return propose(with_records(case_dates(case), case_records(case.id, verify=False)))


def with_records(dates: CaseDates, records: CaseRecords) -> CaseDates:
    """The case's dates with its facility's required records: those still missing (not even
    requested) are to be requested; once every one is in, they are to be sent to the facility,
    from the day the last came in."""
    required = records.required
    missing = tuple(r.kind for r in required if r.state == "missing")
    arrived = [d.added_at.date() for d in records.documents if d.kind in {r.kind for r in required}]
    complete = (max(arrived) if required and arrived and all(r.state in ("received", "translated", "sent")
                                                            for r in required) else None)
    return replace(dates, missing_records=missing, records_complete=complete,
                   records_sent=bool(required) and all(r.state == "sent" for r in required))


def answer_proposal(case_ref: str, proposal: Proposal, title: str, *, accept: bool,
                    assignee: str = "", user: str | None = None) -> TaskData:
    """Accept a proposal as an open task, or dismiss it (kept as a dismissed task, so that it is
    not proposed again)."""
    return add_task(case_ref, title, proposal.due, assignee, origin=proposal.key,
                    state="open" if accept else "dismissed", user=user)
