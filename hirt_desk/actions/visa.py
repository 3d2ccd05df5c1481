"""The visa side of a case for every traveller: what they need, what is tracked, what is wrong."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

from hirt_desk.actions.cases import get_case
from hirt_desk.actions.itinerary import list_items
from hirt_desk.planning.identity import is_country
from hirt_desk.planning.itinerary import stay_bounds
from hirt_desk.planning.visa import (
    WARNING,
    VisaDecision,
    VisaFinding,
    VisaRecordData,
    check_traveller,
    decide,
)
from hirt_desk.store import audit
from hirt_desk.store.database import store_errors
from hirt_desk.store.models import Companion, VisaRecord, db, utcnow

_RECORD_FIELDS = tuple(f for f in VisaRecordData.__dataclass_fields__ if f != "traveller")


@dataclass
class TravellerVisa:
    key: str                       # "patient" or the companion's id
    role: str
    name: str
    nationality: str
    passport_expiry: date | None
    arrival: date | None
    departure: date | None
    decision: VisaDecision | None
    record: VisaRecordData
    findings: list[VisaFinding] = field(default_factory=list)


def load_visas(case_ref: str, today: date | None = None) -> list[TravellerVisa]:
    today = today or date.today()
    with store_errors():
        case = get_case(case_ref)
        items = list_items(case.id)
        stored = {r.traveller: r for r in case.visas}
        people = [("patient", "patient", case.patient)] + [
            (c.id, "companion", c) for c in case.companions.order_by(Companion.created)]
        out = []
        for key, role, person in people:
            arrive, leave = stay_bounds(items, key)
            arrival = (arrive.ends or arrive.starts).date() if arrive else None
            departure = leave.starts.date() if leave else None
            row = stored.get(key)
            record = VisaRecordData(key, **{f: getattr(row, f) for f in _RECORD_FIELDS}) if row \
                else VisaRecordData(key)
            name = person.name_native or person.name_latin
            entry = TravellerVisa(key, role, name, person.nationality, person.passport_expiry,
                                  arrival, departure, None, record)
            if not is_country(person.nationality or ""):
                entry.findings.append(VisaFinding(WARNING, "no_nationality",
                                                  "Enter the nationality to decide the visa", key,
                                                  "nationality"))
            elif arrival is None or departure is None or departure < arrival:
                entry.findings.append(VisaFinding(WARNING, "no_travel_dates",
                                                  "Add the flights in the itinerary to decide the visa",
                                                  key, "itinerary"))
            else:
                entry.decision = decide(person.nationality, arrival, departure, role=role,
                                        inpatient=case.facts.get("inpatient", False) is True)
                entry.findings = check_traveller(entry.decision, record, role=role, arrival=arrival,
                                                 departure=departure,
                                                 passport_expiry=person.passport_expiry, today=today)
            out.append(entry)
        return out


def save_visas(case_ref: str, records: list[VisaRecordData], user: str | None = None) -> None:
    """Store every traveller's visa record in one transaction, each change audited."""
    user = user or audit.current_user()
    with store_errors(), db.atomic():
        case = get_case(case_ref)
        for record in records:
            values = {k: v for k, v in asdict(record).items() if k != "traveller"}
            row = VisaRecord.get_or_none((VisaRecord.case == case.id)
                                         & (VisaRecord.traveller == record.traveller))
            if row is None:
                row = VisaRecord.create(case=case, traveller=record.traveller, **values)
                audit.record_create(row, user)
                continue
            before = audit.snapshot(row)
            for name, value in values.items():
                setattr(row, name, value)
            if audit.record_changes(row, before, user):
                row.updated = utcnow()
                row.save()


def recheck(entry: TravellerVisa, record: VisaRecordData, today: date | None = None) -> list[VisaFinding]:
    """The findings for a traveller's record as it is being edited (nothing stored)."""
    if entry.decision is None:
        return entry.findings
    return check_traveller(entry.decision, record, role=entry.role, arrival=entry.arrival,
                           departure=entry.departure, passport_expiry=entry.passport_expiry,
                           today=today or date.today())
