"""A whole case as plain data for the case editor, and saving it back in one transaction."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from hirt_desk.actions.cases import PatientData, get_case, store_screening
from hirt_desk.planning.identity import ERROR, Problem, check_identity
from hirt_desk.planning.pipeline import allowed_next
from hirt_desk.planning.visa import VisaRecordData
from hirt_desk.rules import get_rule_set, screen, validate_facts
from hirt_desk.rules.engine import Screening
from hirt_desk.store import audit
from hirt_desk.store.database import store_errors, write_transaction
from hirt_desk.store.models import Companion, Patient, ScreeningRecord, StatusChange
from hirt_desk.store.search import index_case

_PERSON_FIELDS = tuple(PatientData.__dataclass_fields__)


@dataclass
class CompanionData(PatientData):
    relation: str = ""
    id: str | None = None          # None for a companion not saved yet


@dataclass(frozen=True)
class HistoryEntry:
    from_status: str | None
    to_status: str
    effective: date
    note: str
    by: str


@dataclass(frozen=True)
class NoteEntry:
    body: str
    author: str
    written: datetime


@dataclass
class CaseDetail:
    id: str
    number: str
    status: str
    facility: str
    facility_name_en: str
    facility_name_ja: str
    rule_set: str
    inquiry_date: date
    reply_due: date
    coordinator: str
    packet_language: str
    patient_id: str
    patient: PatientData
    companions: list[CompanionData] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)
    saved_verdict: str | None = None
    saved_rule_version: str | None = None
    fractions: int | None = None                       # the planned course
    treatment_start: date | None = None
    fraction_options: list[int] = field(default_factory=list)   # from the latest screening
    history: list[HistoryEntry] = field(default_factory=list)
    notes: list[NoteEntry] = field(default_factory=list)

    @property
    def next_statuses(self) -> tuple[str, ...]:
        return allowed_next(self.status)


class ValidationFailed(ValueError):
    """Input the user must correct before it can be saved; `problems` say where."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.code}" for p in problems))
        self.problems = problems


def _person(record: Patient | Companion) -> dict[str, Any]:
    return {name: getattr(record, name) for name in _PERSON_FIELDS}


def load_case(ref: str) -> CaseDetail:
    with store_errors():
        case = get_case(ref)
        latest = (ScreeningRecord.select().where(ScreeningRecord.case == case.id)
                  .order_by(ScreeningRecord.created.desc()).first())
        return CaseDetail(
            id=case.id, number=case.number, status=case.status, facility=case.facility.code,
            facility_name_en=case.facility.name_en, facility_name_ja=case.facility.name_ja,
            rule_set=case.facility.rule_set, inquiry_date=case.inquiry_date,
            reply_due=case.reply_due, coordinator=case.coordinator,
            packet_language=case.packet_language, patient_id=case.patient.id,
            patient=PatientData(**_person(case.patient)),
            companions=[CompanionData(**_person(c), relation=c.relation, id=c.id)
                        for c in case.companions.order_by(Companion.created)],
            facts=dict(case.facts or {}),
            saved_verdict=latest.verdict if latest else None,
            saved_rule_version=latest.rule_set_version if latest else None,
            fractions=case.fractions, treatment_start=case.treatment_start,
            fraction_options=list(latest.result.get("fractions", [])) if latest else [],
            history=[HistoryEntry(s.from_status, s.to_status, s.effective_date, s.note, s.changed_by)
                     for s in case.status_changes.order_by(StatusChange.created)],
            notes=[NoteEntry(n.body, n.author, n.created) for n in case.notes],
        )


def preview_screening(rule_set_id: str, facts: dict[str, Any]) -> Screening:
    """Screen facts as typed, without storing anything (live screening in the window)."""
    return screen(get_rule_set(rule_set_id), validate_facts(facts))


def check_people(patient: PatientData, companions: list[CompanionData], today: date
                 ) -> list[tuple[int, Problem]]:
    """Problems per traveller: index 0 is the patient, 1.. the companions in order."""
    found = [(0, p) for p in check_identity(asdict(patient), today)]
    for i, companion in enumerate(companions, start=1):
        found += [(i, p) for p in check_identity(asdict(companion), today)]
    return found


def save_case(case_id: str, *, patient: PatientData, companions: list[CompanionData],
              facts: dict[str, Any], coordinator: str, packet_language: str,
              visas: list[VisaRecordData] | None = None,
              user: str | None = None, today: date | None = None) -> Screening | None:
    """Save everything the case editor shows; returns the new screening if the facts changed.

    Nothing is written when a traveller's data has an error (ValidationFailed) or a fact has
    the wrong type (FactError).
    """
    user = user or audit.current_user()
    errors = [p for _, p in check_people(patient, companions, today or date.today()) if p.level == ERROR]
    if errors:
        raise ValidationFailed(errors)
    clean = validate_facts(facts)
    result = None
    with store_errors(), write_transaction():
        case = get_case(case_id)
        audit.update_record(case.patient, asdict(patient), user)

        kept = {c.id for c in companions if c.id}
        for old in case.companions:
            if old.id not in kept:
                audit.record_delete(old, user)
                old.delete_instance()
        for data in companions:
            values = {k: v for k, v in asdict(data).items() if k != "id"}
            if data.id is None:
                new = Companion.create(case=case, **values)
                data.id = new.id
                audit.record_create(new, user)
            else:
                audit.update_record(Companion.get_by_id(data.id), values, user)

        facts_changed = clean != (case.facts or {})
        audit.update_record(case, {"facts": clean, "site": clean.get("site", ""),
                                   "coordinator": coordinator, "packet_language": packet_language}, user)
        if facts_changed:
            result = screen(get_rule_set(case.facility.rule_set), clean)
            store_screening(case.id, result, user)
        if visas:
            from hirt_desk.actions.visa import save_visas
            save_visas(case.id, visas, user)
        index_case(case)
    return result
