"""A case's timeline interleaves status changes, screenings, notes and tasks, newest first."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hirt_desk.actions.cases import PatientData, add_note, change_status, create_case, screen_case
from hirt_desk.actions.tasks import add_task, set_state
from hirt_desk.actions.timeline import case_timeline
from hirt_desk.store import audit


def test_the_timeline_newest_first(database: Path) -> None:
    me = audit.current_user()          # on a server, the login (the server says who)
    case = create_case(PatientData("NGUYEN", "AN", nationality="VN"), inquiry_date=date(2026, 11, 2))
    add_note(case.id, "The son wrote on WeChat")
    change_status(case.id, "records", effective=date.today())
    task = add_task(case.id, "Send the pathology report", date(2026, 12, 4), "lena")
    screen_case(case.id, {"site": "prostate"})
    set_state(task.id, "done")
    add_note(case.id, "Report sent by e-mail")
    assert [(e.kind, e.by, e.text, e.new) for e in case_timeline(case.number)] == [
        ("note", me, "Report sent by e-mail", ""),
        ("screening", me, "ghmc", "needs_info"),
        ("task", me, "Send the pathology report", "done"),
        ("status", me, "", "records"),
        ("note", me, "The son wrote on WeChat", ""),
        ("status", me, "", "inquiry"),       # the inquiry, dated to its day
    ]
