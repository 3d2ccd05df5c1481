"""A whole case as plain data for the case editor, and saving it back in one transaction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime
from typing import Any, TypeVar

from hirt_desk.actions.cases import PatientData, get_case, store_screening
from hirt_desk.actions.editing import Edits, FieldEdit, RecordCreate, RecordRemove, apply_edits
from hirt_desk.planning.identity import ERROR, Problem, check_identity, normalize_phone
from hirt_desk.planning.pipeline import allowed_next
from hirt_desk.planning.visa import VisaRecordData
from hirt_desk.rules import get_rule_set, screen, validate_facts
from hirt_desk.rules.engine import Screening
from hirt_desk.store import audit
from hirt_desk.store.database import store_errors, write_transaction
from hirt_desk.store.models import PATIENT, Companion, Patient, ScreeningRecord, StatusChange, companion_id_of
from hirt_desk.store.search import index_case

_PERSON_FIELDS = tuple(PatientData.__dataclass_fields__)
P = TypeVar("P", bound=PatientData)
_VISA_FIELDS = tuple(f for f in VisaRecordData.__dataclass_fields__ if f != "traveller")


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
    version: int = 1                                   # what a save merges against
    visas: list[VisaRecordData] = field(default_factory=list)      # the stored records
    visa_ids: dict[str, str] = field(default_factory=dict)         # traveller -> record id

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
        visas = list(case.visas)
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
                        for c in case.companions.order_by(Companion.created, Companion.id)],
            facts=dict(case.facts or {}),
            saved_verdict=latest.verdict if latest else None,
            saved_rule_version=latest.rule_set_version if latest else None,
            fractions=case.fractions, treatment_start=case.treatment_start,
            fraction_options=list(latest.result.get("fractions", [])) if latest else [],
            history=[HistoryEntry(s.from_status, s.to_status, s.effective_date, s.note, s.changed_by)
                     for s in case.status_changes.order_by(StatusChange.created)],
            notes=[NoteEntry(n.body, n.author, n.created) for n in case.notes],
            version=case.version,
            visas=[VisaRecordData(v.traveller, **{f: getattr(v, f) for f in _VISA_FIELDS}) for v in visas],
            visa_ids={v.traveller: v.id for v in visas},
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
              visas: list[VisaRecordData] | None = None, base: CaseDetail | None = None,
              resolved: Mapping[tuple[str, str, str], Any] | None = None,
              companion_removals: Mapping[str, str] | None = None,
              user: str | None = None, today: date | None = None) -> Screening | None:
    """Save what the user changed in the case editor since `base` (the case as it was loaded;
    by default as it is now); returns the new screening if the facts changed.

    Only the changed fields are written, merged with whatever others saved since `base`
    (MergeConflict, nothing written, where both changed a field; `resolved` holds the user's
    choices for those). A companion removed takes its visa record and itinerary mentions
    with it; `companion_removals` (companion id -> "remove" or "reassign:<traveller key>")
    says what becomes of its itinerary items (see `actions.travellers`). Nothing is written
    when a traveller's data has an error (ValidationFailed) or a fact has the wrong type
    (FactError)."""
    user = user or audit.current_user()
    errors = [p for _, p in check_people(patient, companions, today or date.today()) if p.level == ERROR]
    if errors:
        raise ValidationFailed(errors)
    clean = validate_facts(facts)         # a wrong fact refuses the save before anything is read
    entered = companions
    patient, companions = _phone_normalized(patient), [_phone_normalized(c) for c in companions]
    result = None
    with store_errors(), write_transaction():
        case = get_case(case_id)
        start = base if base is not None else load_case(case_id)
        edits = case_edits(start, patient=patient, companions=companions, facts=clean,
                           coordinator=coordinator, packet_language=packet_language, visas=visas)
        with audit.CaseChange(case, user) as change:
            facts_before = dict(case.facts or {})
            created = apply_edits(change, edits, base_version=start.version, resolved=resolved,
                                  check_facts=validate_facts, companion_removals=companion_removals)
            for record, data in zip(created, [c for c in entered if c.id is None], strict=False):
                data.id = record.id
            if case.facts != facts_before:
                result = screen(get_rule_set(case.facility.rule_set), case.facts)
                store_screening(change, result)
        index_case(case)
    return result


def _phone_normalized(person: P) -> P:
    """The traveller with the phone in international form, as `case set` stores it too (a number
    typed as dialled at home is read in the traveller's country)."""
    phone = normalize_phone(person.phone, person.nationality) if person.phone else None
    return replace(person, phone=phone) if phone and phone != person.phone else person


def case_edits(base: CaseDetail, *, patient: PatientData, companions: list[CompanionData],
               facts: dict[str, Any], coordinator: str, packet_language: str,
               visas: list[VisaRecordData] | None) -> Edits:
    """What the user changed, field by field, from the case as it was loaded (`base`); `facts`
    are the checked, flat facts (`validate_facts`)."""
    edits = Edits()

    def fields(table: str, record_id: str, before: Mapping[str, Any], after: Mapping[str, Any],
               names: Iterable[str]) -> None:
        edits.fields.extend(FieldEdit(table, record_id, name, after.get(name)) for name in names
                            if audit.text(after.get(name)) != audit.text(before.get(name)))

    fields("patient", base.patient_id, asdict(base.patient), asdict(patient), _PERSON_FIELDS)
    names = ("coordinator", "packet_language")
    fields("case", base.id, {"coordinator": base.coordinator, "packet_language": base.packet_language},
           {"coordinator": coordinator, "packet_language": packet_language}, names)
    fields("case", base.id, {f"facts.{k}": v for k, v in base.facts.items()},
           {f"facts.{k}": v for k, v in facts.items()},
           [f"facts.{k}" for k in sorted(set(base.facts) | set(facts))])
    before = {c.id: c for c in base.companions}
    kept = set()
    for data in companions:
        values = {k: v for k, v in asdict(data).items() if k != "id"}
        if data.id is None or data.id not in before:
            edits.creates.append(RecordCreate("companion", values))
            continue
        kept.add(data.id)
        old = {k: v for k, v in asdict(before[data.id]).items() if k != "id"}
        fields("companion", data.id, old, values, values)
    edits.removes.extend(RecordRemove("companion", cid) for cid in before if cid and cid not in kept)
    stored = {v.traveller: v for v in base.visas}
    travelling = {PATIENT, *kept}
    for record in visas or []:
        if record.traveller not in travelling:        # a companion removed: its record goes with it
            continue
        values = {k: v for k, v in asdict(record).items() if k != "traveller"}
        old_record = stored.get(record.traveller)
        if old_record is None:
            if record != VisaRecordData(record.traveller):       # something entered: a new record
                edits.creates.append(RecordCreate("visa_record",
                                                  {"companion": companion_id_of(record.traveller), **values}))
            continue
        old = {k: v for k, v in asdict(old_record).items() if k != "traveller"}
        fields("visa_record", base.visa_ids[record.traveller], old, values, values)
    return edits
