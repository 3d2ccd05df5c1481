"""The visa side of a case for every traveller: what they need, what is tracked, what is wrong."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from hirt_desk.actions.cases import get_case
from hirt_desk.actions.itinerary import list_items
from hirt_desk.actions.travellers import companion_ref
from hirt_desk.planning.identity import is_country
from hirt_desk.planning.itinerary import Item, stay_bounds
from hirt_desk.planning.visa import (
    WARNING,
    VisaDecision,
    VisaFinding,
    VisaRecordData,
    check_traveller,
    decide,
)
from hirt_desk.store import audit
from hirt_desk.store.database import store_errors, write_transaction
from hirt_desk.store.models import Case, Companion, Identity, VisaRecord

if TYPE_CHECKING:       # the paperwork's renderer (reportlab) loads when a form is written
    from hirt_desk.packets.guarantor import Guarantor, Person

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


def load_visas(case_ref: str, today: date | None = None,
               items: list[Item] | None = None) -> list[TravellerVisa]:
    """Each traveller's visa record, decision and findings; `items`: the itinerary if already read."""
    today = today or date.today()
    with store_errors():
        case = get_case(case_ref)
        items = list_items(case.id) if items is None else items
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
    """Store every traveller's visa record in one transaction, each change audited; a record
    for someone who is not a traveller of the case (any more) is refused (UnknownTraveller)."""
    user = user or audit.current_user()
    with store_errors(), write_transaction():
        case = get_case(case_ref)
        with audit.CaseChange(case, user) as change:
            for record in records:
                values = {k: v for k, v in asdict(record).items() if k != "traveller"}
                companion = companion_ref(case, record.traveller)
                row = VisaRecord.get_or_none((VisaRecord.case == case.id) & VisaRecord.deleted_at.is_null()
                                             & (VisaRecord.companion.is_null() if companion is None
                                                else VisaRecord.companion == companion))
                if row is None:
                    change.create(VisaRecord.create(case=case, companion=companion, **values))
                else:
                    change.update(row, values)


def recheck(entry: TravellerVisa, record: VisaRecordData, today: date | None = None) -> list[VisaFinding]:
    """The findings for a traveller's record as it is being edited (nothing stored)."""
    if entry.decision is None:
        return entry.findings
    return check_traveller(entry.decision, record, role=entry.role, arrival=entry.arrival,
                           departure=entry.departure, passport_expiry=entry.passport_expiry,
                           today=today or date.today())


# -- the guarantor's paperwork ------------------------------------------------------------------

_RELATIONS_JA = {"spouse": "配偶者", "child": "子", "parent": "親", "sibling": "兄弟姉妹",
                 "relative": "親族", "friend": "友人", "other": "その他"}
_SEX_JA = {"F": "女", "M": "男", "X": "その他"}


def _guarantor(case: Case) -> Guarantor:
    from hirt_desk.packets.guarantor import Guarantor
    from hirt_desk.store.models import Agency
    agency = Agency.select().first()
    registration = f"登録区分{agency.guarantor_list}　第{agency.guarantor_number}号" \
        if agency.guarantor_list else agency.guarantor_number
    return Guarantor(agency.name_ja or agency.name_en, agency.name_en, registration,
                     agency.address_ja or agency.address_en, agency.phone, agency.helpline,
                     agency.email, case.coordinator)


def _person(p: Identity, relation: str = "") -> Person:
    from babel import Locale

    from hirt_desk.packets.guarantor import Person
    country = Locale("ja").territories.get(p.nationality, p.nationality) if p.nationality else ""
    return Person(p.name_latin, country, p.date_of_birth, _SEX_JA.get(p.sex, ""),
                  p.passport_number, _RELATIONS_JA.get(relation, relation))


def write_guarantee_form(case_ref: str, out: Path, today: date | None = None) -> Path:
    """The guarantor's part of the MOFA form for the patient and every companion, as a PDF."""
    from hirt_desk.packets.guarantor import GuaranteeForm, render_guarantee_form
    with store_errors():
        case = get_case(case_ref)
        arrive, leave = stay_bounds(list_items(case.id))
        form = GuaranteeForm(
            guarantor=_guarantor(case), patient=_person(case.patient),
            companions=tuple(_person(c, c.relation) for c in case.companions.order_by(Companion.created)),
            facility=case.facility.name_ja,
            arrival=(arrive.ends or arrive.starts).date() if arrive else None,
            departure=leave.starts.date() if leave else None, written=today or date.today())
    return render_guarantee_form(form, out)


def write_departure_report(case_ref: str, out: Path, today: date | None = None) -> Path:
    """The report that the patient and companions left Japan, as a PDF."""
    from hirt_desk.packets.guarantor import DepartureReport, render_departure_report
    with store_errors():
        case = get_case(case_ref)
        _arrive, leave = stay_bounds(list_items(case.id))
        embassy = next((v.embassy for v in case.visas if v.embassy), "") or "在外日本国大使館・総領事館"
        report = DepartureReport(
            guarantor=_guarantor(case), addressee=embassy,
            travellers=(_person(case.patient),
                        *(_person(c, c.relation) for c in case.companions.order_by(Companion.created))),
            departed=leave.starts.date() if leave else None,
            flight=leave.reference if leave else "", case_number=case.number,
            written=today or date.today())
    return render_departure_report(report, out)
