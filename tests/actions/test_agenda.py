"""What needs doing at a date (`agenda`, the Today view's lines): replies, tasks, arrivals and
departures, sessions, visa deadlines and passports, overdue first, at the date asked for."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from hirt_desk.actions.agenda import agenda
from hirt_desk.actions.cases import PatientData, change_status, create_case
from hirt_desk.actions.itinerary import plan_treatment, save_item
from hirt_desk.actions.tasks import (
    TaskRefused,
    add_task,
    answer_proposal,
    case_tasks,
    proposals,
    remove_task,
    set_state,
)
from hirt_desk.planning.itinerary import Item
from hirt_desk.store.models import Case, Task

TODAY = date(2027, 4, 12)        # a Monday


def lines(day: date = TODAY, days: int = 7) -> list[tuple[str, str, str, bool]]:
    return [(i.number, i.kind, i.due.isoformat(), i.overdue) for i in agenda(day, days)]


def travelling_case() -> str:
    """A Chinese patient arriving Wednesday 14 April 2027, leaving 30 May; sessions from 19 April."""
    case = create_case(PatientData("WANG", "WEI", "王伟", nationality="CN", passport_number="E12345678",
                                   passport_expiry=date(2031, 5, 1)), inquiry_date=date(2027, 2, 1))
    for status in ("records", "facility_review"):
        change_status(case.id, status, effective=date(2027, 2, 20))
    save_item(case.id, Item("flight", datetime(2027, 4, 14, 8, 30), datetime(2027, 4, 14, 13, 0),
                            "Asia/Shanghai", "Asia/Tokyo", "CA 925"))
    save_item(case.id, Item("flight", datetime(2027, 5, 30, 14, 0), datetime(2027, 5, 30, 16, 30),
                            "Asia/Tokyo", "Asia/Shanghai", "CA 926"))
    plan_treatment(case.id, date(2027, 4, 19), 16)
    return case.number


def test_replies_due_and_overdue_overdue_first(database: Path) -> None:
    late = create_case(PatientData("LATE", "A", nationality="VN"), inquiry_date=date(2027, 4, 5))
    soon = create_case(PatientData("SOON", "B", nationality="VN"), inquiry_date=date(2027, 4, 10))
    later = create_case(PatientData("LATER", "C", nationality="VN"), inquiry_date=date(2027, 4, 20))
    assert lines() == [(late.number, "reply", "2027-04-10", True),
                       (soon.number, "reply", "2027-04-15", False)]
    assert later.number in [n for n, *_ in lines(date(2027, 4, 20))]
    change_status(late.id, "records", effective=TODAY)          # answered: off the agenda
    assert lines() == [(soon.number, "reply", "2027-04-15", False)]
    # what the command line prints
    item = agenda(TODAY)[0]
    assert item.to_json() == {"case": soon.number, "kind": "reply", "due": "2027-04-15", "overdue": False,
                              "text": f"Reply to the inquiry of {soon.number} SOON B"}


def test_tasks_due_and_overdue_and_done_or_dismissed_ones_disappear(database: Path) -> None:
    case = create_case(PatientData("TRAN", "D", nationality="VN"), inquiry_date=date(2027, 3, 1))
    change_status(case.id, "records", effective=date(2027, 3, 2))
    call = add_task(case.id, "Call the hospital", date(2027, 4, 11), "olga", user="lena")
    fax = add_task(case.number, "Fax the CT report", date(2027, 4, 13), user="lena")
    add_task(case.id, "Book the hotel", date(2027, 4, 30), "lena")       # beyond the week
    assert lines() == [(case.number, "task", "2027-04-11", True), (case.number, "task", "2027-04-13", False)]
    assert [i.text for i in agenda(TODAY)] == [f"Call the hospital ({case.number} TRAN D, olga)",
                                               f"Fax the CT report ({case.number} TRAN D)"]
    assert {i.case_id for i in agenda(TODAY)} == {case.id}      # each line knows its case
    set_state(call.id, "done", user="olga")
    set_state(fax.id, "dismissed", user="olga")
    assert lines() == []
    assert [(t.title, t.state) for t in case_tasks(case.id)] == [
        ("Call the hospital", "done"), ("Fax the CT report", "dismissed"), ("Book the hotel", "open")]
    assert lines(days=30) == [(case.number, "task", "2027-04-30", False)]
    with pytest.raises(TaskRefused):
        add_task(case.id, "   ", TODAY)
    with pytest.raises(TaskRefused):
        set_state(call.id, "finished")
    assert Task.select().count() == 3
    hotel, = [t for t in case_tasks(case.id) if t.title == "Book the hotel"]
    remove_task(hotel.id)                                   # a tombstone: gone from the case and the agenda
    assert [t.title for t in case_tasks(case.id)] == ["Call the hospital", "Fax the CT report"]
    assert lines(days=30) == [] and Task.get_by_id(hotel.id).deleted_at is not None


def test_travel_sessions_and_the_visa_deadline(database: Path) -> None:
    number = travelling_case()
    # the visa: 5 working days before Wednesday 14 April (7-13 April), handed in on Tuesday 6 April
    assert lines() == [(number, "visa", "2027-04-06", True), (number, "arrival", "2027-04-14", False)]
    assert lines(date(2027, 4, 19), 2) == [(number, "session", "2027-04-19", False),
                                           (number, "session", "2027-04-20", False)]
    assert lines(date(2027, 4, 19), 1) == [(number, "session", "2027-04-19", False)]
    assert lines(date(2027, 5, 28), 7)[-1] == (number, "departure", "2027-05-30", False)
    assert {i.case_id for i in agenda(date(2027, 4, 12), 60)} == {Case.get(Case.number == number).id}


def test_an_accepted_or_dismissed_proposal_is_not_proposed_again(database: Path) -> None:
    number = travelling_case()
    visa, = [p for p in proposals(number) if p.kind == "visa"]
    task = answer_proposal(number, visa, "Apply for the visa", accept=True, assignee="olga")
    assert (task.origin, task.due, task.state) == ("visa:patient", date(2027, 4, 6), "open")
    assert [p.kind for p in proposals(number)] == []
    # now a task, not a proposal
    assert lines() == [(number, "task", "2027-04-06", True), (number, "arrival", "2027-04-14", False)]
    set_state(task.id, "dismissed")
    assert lines() == [(number, "arrival", "2027-04-14", False)]
    assert proposals(number) == []
