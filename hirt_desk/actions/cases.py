"""User actions on cases. Each is one transaction that also writes its audit rows; the window
and the command line both call these and never touch the database otherwise."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from hirt_desk.planning.pipeline import (
    check_status_date,
    check_transition,
    is_reopening,
    undo_target,
)
from hirt_desk.rules import get_rule_set, screen, validate_facts
from hirt_desk.rules.engine import Screening
from hirt_desk.store import audit
from hirt_desk.store.cases import find_case, next_case_numbers, next_seq
from hirt_desk.store.database import store_errors, write_transaction
from hirt_desk.store.models import (
    Case,
    Facility,
    Note,
    Patient,
    ScreeningRecord,
    StatusChange,
)
from hirt_desk.store.search import index_case

REPLY_DAYS = 5     # the agencies' promise: an answer within five days of the inquiry


class CaseNotFound(LookupError):
    def __init__(self, ref: str) -> None:
        super().__init__(f"no case '{ref}'")
        self.ref = ref


@dataclass
class PatientData:
    """Identity of a traveller as entered (passport spelling and own script)."""

    surname_latin: str
    given_names_latin: str = ""
    name_native: str = ""
    sex: str = ""
    date_of_birth: date | None = None
    nationality: str = ""
    passport_number: str = ""
    passport_expiry: date | None = None
    languages: list[str] = field(default_factory=list)
    phone: str = ""
    email: str = ""
    address: str = ""


def get_case(ref: str) -> Case:
    case = find_case(ref)
    if case is None:
        raise CaseNotFound(ref)
    return case


def reply_due(inquiry: date) -> date:
    return inquiry + timedelta(days=REPLY_DAYS)


def create_case(patient: PatientData | str, *, facility: str = "ghmc",
                inquiry_date: date | None = None, coordinator: str = "",
                packet_language: str = "en", user: str | None = None) -> Case:
    """A new case at 'inquiry' for a new patient or an existing one (by id)."""
    user = user or audit.current_user()
    inquiry_date = inquiry_date or date.today()
    with store_errors(), write_transaction():
        new_person = isinstance(patient, PatientData)
        person = Patient.create(**asdict(patient)) if isinstance(patient, PatientData) \
            else Patient.get_by_id(patient)
        fac = Facility.get(Facility.code == facility)
        number, = next_case_numbers(inquiry_date.year)
        case = Case.create(number=number, seq=next_seq(), patient=person, facility=fac, status="inquiry",
                           inquiry_date=inquiry_date, reply_due=reply_due(inquiry_date),
                           coordinator=coordinator, packet_language=packet_language, version=0)
        with audit.CaseChange(case, user) as change:       # the creation is version 1
            if new_person:
                change.create(person)
            change.create(case)
            change.create(StatusChange.create(case=case, from_status=None, to_status="inquiry",
                                              effective_date=inquiry_date, changed_by=user))
        index_case(case)
    return case


def change_status(ref: str, status: str, *, effective: date | None = None, note: str = "",
                  user: str | None = None) -> Case:
    """Move a case along the pipeline; TransitionRefused when the move is not allowed,
    StatusDateRefused when it would take effect before the inquiry. A case reopened as an
    inquiry gets a new reply-due date, five days from the reopening."""
    user = user or audit.current_user()
    effective = effective or date.today()
    with store_errors(), write_transaction():
        case = get_case(ref)
        check_transition(case.status, status)
        check_status_date(effective, case.inquiry_date)
        values: dict[str, Any] = {"status": status}
        if is_reopening(case.status, status):
            values["reply_due"] = reply_due(effective)
        with audit.CaseChange(case, user) as change:
            change.create(StatusChange.create(case=case, from_status=case.status, to_status=status,
                                              effective_date=effective, note=note,
                                              changed_by=user))
            change.update(case, values)
    return case


class NothingToUndo(LookupError):
    """The case has no status change to undo (only its creation)."""


def last_status_change(case: Case) -> StatusChange | None:
    last: StatusChange | None = (StatusChange.select().where(StatusChange.case == case)
                                 .order_by(StatusChange.created.desc()).first())
    return last


def undo_status_change(ref: str, *, note: str = "", user: str | None = None) -> Case:
    """Take back the last status change (a mis-click), whatever the pipeline allows: the case
    goes back to the status it came from, recorded as a change of its own (dated today, with
    `note`) so the history keeps both; a reopening undone gives back the reply-due date it had.
    NothingToUndo when the last change is the creation."""
    user = user or audit.current_user()
    with store_errors(), write_transaction():
        case = get_case(ref)
        last = last_status_change(case)
        target = undo_target([(last.from_status, last.to_status)] if last else [])
        if last is None or target is None or last.to_status != case.status:
            raise NothingToUndo(f"case '{ref}' has no status change to undo")
        values: dict[str, Any] = {"status": target}
        if is_reopening(target, last.to_status):
            earlier = (StatusChange.select().where((StatusChange.case == case)
                                                   & (StatusChange.to_status == "inquiry")
                                                   & (StatusChange.id != last.id))
                       .order_by(StatusChange.created.desc()).first())
            values["reply_due"] = reply_due(earlier.effective_date if earlier else case.inquiry_date)
        today = max(date.today(), case.inquiry_date)
        with audit.CaseChange(case, user) as change:
            change.create(StatusChange.create(case=case, from_status=case.status, to_status=target,
                                              effective_date=today, note=note, changed_by=user))
            change.update(case, values)
    return case


def update_patient(patient_id: str, changes: dict[str, Any], user: str | None = None) -> Patient:
    """Apply field changes to a patient; every changed field gets an audit row under each of
    the patient's cases, whose versions grow."""
    user = user or audit.current_user()
    with store_errors(), write_transaction():
        person = Patient.get_by_id(patient_id)
        unknown = set(changes) - set(PatientData.__dataclass_fields__)
        if unknown:
            raise KeyError(f"not a patient field: {', '.join(sorted(unknown))}")
        first = person.cases.order_by(Case.created).first()
        with audit.CaseChange(first, user) as change:
            changed = change.update(person, changes)
        if changed:
            for case in person.cases:
                index_case(case)
    return person


def screen_case(ref: str, facts: dict[str, Any], *, user: str | None = None) -> Screening:
    """Store the case's facts and screen them against its facility's rule set."""
    user = user or audit.current_user()
    clean = validate_facts(facts)
    with store_errors(), write_transaction():
        case = get_case(ref)
        rules = get_rule_set(case.facility.rule_set)
        result = screen(rules, clean)
        with audit.CaseChange(case, user) as change:
            change.set_facts(case, clean)
            store_screening(change, result)
    return result


def store_screening(change: audit.CaseChange, result: Screening) -> ScreeningRecord:
    """Keep a screening of the change's case, audited with its verdict and rule set."""
    record = ScreeningRecord.create(case=change.case, verdict=result.verdict, result=compact_result(result),
                                    rule_set_id=result.rule_set_id,
                                    rule_set_version=result.rule_set_version, screened_by=change.user)
    change.create(record)
    return record


def compact_result(result: Screening) -> dict[str, Any]:
    """What a stored screening keeps: statuses by criterion id (texts come from the rule set)."""
    return {"fractions": result.fractions, "missing": list(result.missing),
            "indication": result.indication,
            "criteria": {c.id: c.status for c in result.criteria}}


def add_note(ref: str, body: str, user: str | None = None) -> Note:
    user = user or audit.current_user()
    with store_errors(), write_transaction():
        case = get_case(ref)
        note = Note.create(case=case, body=body, author=user)
        with audit.CaseChange(case, user) as change:
            change.create(note)
    return note



def find_patients(text: str, limit: int = 20) -> list[tuple[str, str]]:
    """Patients whose passport name, own-script name or passport number starts with `text`
    (taken literally: `%` and `_` are characters here, not LIKE patterns)."""
    from hirt_desk.store.models import Patient
    text = text.strip()
    if not text:
        return []
    with store_errors():
        query = (Patient.select()
                 .where(Patient.surname_latin.startswith(text.upper())
                        | Patient.given_names_latin.startswith(text.upper())
                        | Patient.name_native.startswith(text)
                        | Patient.passport_number.startswith(text.upper()))
                 .order_by(Patient.surname_latin, Patient.given_names_latin).limit(limit))
        return [(p.id, f"{p.name_latin}  {p.name_native}  {p.nationality}  {p.passport_number}".strip())
                for p in query]


def facility_choices(language: str = "en") -> list[tuple[str, str]]:
    """(code, name) of every facility, in the given language."""
    with store_errors():
        return [(f.code, f.name_ja if language == "ja" else f.name_en)
                for f in Facility.select().order_by(Facility.code)]
