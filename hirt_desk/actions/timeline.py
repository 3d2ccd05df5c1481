"""A case's timeline (issue 20): what happened to it, newest first, from the records themselves:
status changes, screenings, notes, tasks, the contact log and the documents added. The window's
Timeline tab shows it; the History tab keeps the field-level trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from hirt_desk.actions.cases import get_case
from hirt_desk.store.database import store_errors
from hirt_desk.store.models import Contact, Document, Note, ScreeningRecord, StatusChange, Task


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime               # naive UTC as stored; a status change at its effective day
    kind: str                  # status | screening | note | task | contact | document
    by: str
    text: str                  # the note's body, the task's title, the contact's summary, the file's name
    old: str = ""              # a status change: from; a contact: its channel
    new: str = ""              # a status change: to; a screening: its verdict; a task: its state;
                               # a contact: in | out; a document: its kind
    party: str = ""            # a contact: with whom
    due: str = ""              # a task: its due date
    record: str = ""           # the record's id (time-ordered: breaks ties of `at`)


def case_timeline(case_ref: str) -> list[TimelineEntry]:
    """Everything that happened to the case, newest first."""
    with store_errors():
        case = get_case(case_ref)
        out = [TimelineEntry(datetime.combine(s.effective_date, time()) if s.effective_date < s.created.date()
                             else s.created, "status", s.changed_by, s.note, s.from_status or "", s.to_status,
                             record=s.id)
               for s in StatusChange.select().where(StatusChange.case == case.id)]
        out += [TimelineEntry(s.created, "screening", s.screened_by, s.rule_set_id, new=s.verdict,
                              record=s.id)
                for s in ScreeningRecord.select().where(ScreeningRecord.case == case.id)]
        out += [TimelineEntry(n.created, "note", n.author, n.body, record=n.id)
                for n in Note.select().where((Note.case == case.id) & Note.deleted_at.is_null())]
        out += [TimelineEntry(t.created, "task", t.created_by, t.title, new=t.state, due=t.due.isoformat(),
                                  record=t.id)
                for t in Task.select().where((Task.case == case.id) & Task.deleted_at.is_null())]
        out += [TimelineEntry(c.at, "contact", c.logged_by, c.summary, old=c.channel, new=c.direction,
                              party=c.party, record=c.id)
                for c in Contact.select().where((Contact.case == case.id) & Contact.deleted_at.is_null())]
        out += [TimelineEntry(d.created, "document", d.added_by, d.name, new=d.kind, record=d.id)
                for d in Document.select().where((Document.case == case.id) & Document.deleted_at.is_null())]
    return sorted(out, key=lambda e: (e.at, e.record), reverse=True)
