"""The visa side of a case for every traveller: what they need, what is tracked, what is wrong."""

from __future__ import annotations

from collections.abc import Callable
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
            (c.id, "companion", c) for c in case.companions.order_by(Companion.created, Companion.id)]
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
# a relation as the form writes it, by the companion's sex: (man, woman)
_RELATIONS_BY_SEX = {"spouse": ("夫", "妻"), "child": ("息子", "娘"), "parent": ("父", "母")}
_SEX_JA = {"F": "女", "M": "男", "X": "その他"}


class PaperworkRefused(ValueError):
    """Visa paperwork that must not be printed yet: `code` says why (the window has a sentence
    for each), the message says it in English for the command line."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def relation_ja(relation: str, sex: str, born: date | None, patient_born: date | None) -> str:
    """The companion's relation to the patient as the MOFA form writes it: 妻, not 配偶者; 兄, 弟,
    姉 or 妹 by sex and who is older (兄弟姉妹 only when that is not known)."""
    if relation == "sibling":
        if sex in ("M", "F") and born and patient_born and born != patient_born:
            older = born < patient_born
            return {("M", True): "兄", ("M", False): "弟",
                    ("F", True): "姉", ("F", False): "妹"}[(sex, older)]
        return "兄弟姉妹"
    if relation in _RELATIONS_BY_SEX and sex in ("M", "F"):
        return _RELATIONS_BY_SEX[relation][0 if sex == "M" else 1]
    return _RELATIONS_JA.get(relation, relation)


def is_sample_agency(agency: object) -> bool:
    """Whether the agency profile is still the fictional sample a new database starts with."""
    import tomllib

    from hirt_desk.paths import resources_dir
    sample = tomllib.loads((resources_dir() / "agency-sample.toml").read_text("utf-8"))
    number = str(getattr(agency, "guarantor_number", ""))
    return "sample" in number.lower() or any(
        getattr(agency, k, None) == sample[k] for k in ("name_en", "name_ja") if sample.get(k))


def embassy_ja(name: str) -> str:
    """The Japanese name of the embassy or consulate typed in a visa record (English or
    Japanese), from resources/visa/embassies.toml; by its city when the wording differs; as
    typed when it is not listed."""
    import tomllib

    from hirt_desk.paths import resources_dir
    offices = tomllib.loads((resources_dir() / "visa" / "embassies.toml").read_text("utf-8"))["office"]
    typed = " ".join(name.split()).casefold()
    for office in offices:
        if typed in (office["en"].casefold(), office["ja"].casefold()):
            return str(office["ja"])
    for office in offices:
        if office["city"].casefold() in typed:
            return str(office["ja"])
    return name


def _guarantor(case: Case) -> Guarantor:
    from hirt_desk.packets.guarantor import Guarantor
    from hirt_desk.store.models import Agency
    agency = Agency.select().first()
    registration = f"登録区分{agency.guarantor_list}　第{agency.guarantor_number}号" \
        if agency.guarantor_list else agency.guarantor_number
    return Guarantor(agency.name_ja or agency.name_en, agency.name_en, registration,
                     agency.address_ja or agency.address_en, agency.phone, agency.helpline,
                     agency.email, case.coordinator, agency.representative)


def _refuse_sample_agency() -> None:
    from hirt_desk.store.models import Agency
    if is_sample_agency(Agency.select().first()):
        raise PaperworkRefused("sample_agency", "the agency profile is still the fictional sample: enter "
                               "your own agency in Settings before printing visa paperwork")


def _person(p: Identity, relation: str = "", patient: Identity | None = None, visa_number: str = "",
            departed: date | None = None, flight: str = "") -> Person:
    from babel import Locale

    from hirt_desk.packets.guarantor import Person
    country = Locale("ja").territories.get(p.nationality, p.nationality) if p.nationality else ""
    rel = relation_ja(relation, p.sex, p.date_of_birth, patient.date_of_birth if patient else None) \
        if relation else ""
    return Person(p.name_latin, country, p.date_of_birth, _SEX_JA.get(p.sex, ""),
                  p.passport_number, rel, visa_number, departed, flight)


def prepare_guarantee_form(case_ref: str, today: date | None = None,
                           page_size: str = "a4") -> Callable[[Path], Path]:
    """Read what the guarantor's part of the MOFA form needs (patient and every companion) and
    return the function that lays it out as a PDF: slow, no database, so the window runs it in
    the background. Refused (PaperworkRefused) while the agency profile is still the sample."""
    from hirt_desk.packets.content import JA, fmt_date
    from hirt_desk.packets.guarantor import GuaranteeForm, render_guarantee_form
    with store_errors():
        case = get_case(case_ref)
        _refuse_sample_agency()
        items = list_items(case.id)
        arrive, leave = stay_bounds(items)
        sessions = sorted(i.starts.date() for i in items if i.kind == "session")
        treatment = (f"重粒子線治療　{len(sessions)}回"
                     f"（{fmt_date(sessions[0], JA)}〜{fmt_date(sessions[-1], JA)}）"
                     if sessions else "重粒子線治療（日程は医療機関が決定）")
        entries = "multiple" if any(v.entries == "multiple" for v in case.visas) else "single"
        inpatient = case.facts.get("inpatient", False) is True
        care = [i for i in items if i.kind in ("appointment", "session")]
        hospitalisation = (min(i.starts.date() for i in care),
                           max((i.ends or i.starts).date() for i in care)) if inpatient and care else None
        form = GuaranteeForm(
            guarantor=_guarantor(case), patient=_person(case.patient),
            companions=tuple(_person(c, c.relation, case.patient)
                             for c in case.companions.order_by(Companion.created, Companion.id)),
            facility=case.facility.name_ja,
            arrival=(arrive.ends or arrive.starts).date() if arrive else None,
            departure=leave.starts.date() if leave else None, written=today or date.today(),
            inpatient=inpatient, entries=entries, treatment=treatment, hospitalisation=hospitalisation)
    return lambda out: render_guarantee_form(form, out, page_size)


def write_guarantee_form(case_ref: str, out: Path, today: date | None = None,
                         page_size: str = "a4") -> Path:
    """The guarantor's part of the MOFA form for the patient and every companion, as a PDF."""
    return prepare_guarantee_form(case_ref, today, page_size)(out)


def prepare_departure_report(case_ref: str, today: date | None = None,
                             page_size: str = "a4") -> Callable[[Path], Path]:
    """Read what the departure report needs (each traveller on their own flight); the function
    returned lays it out (no database). Refused (PaperworkRefused) before every traveller's
    departure day, or while the agency profile is still the sample."""
    from hirt_desk.packets.guarantor import DepartureReport, render_departure_report
    today = today or date.today()
    with store_errors():
        case = get_case(case_ref)
        _refuse_sample_agency()
        items = list_items(case.id)
        visas = {r.traveller: r for r in case.visas}
        people = [("patient", case.patient, "")] + [
            (c.id, c, c.relation) for c in case.companions.order_by(Companion.created, Companion.id)]
        travellers = []
        for key, person, relation in people:
            _arrive, leave = stay_bounds(items, key)
            if leave is None:
                raise PaperworkRefused("no_departure", f"{person.name_latin} has no flight out of Japan "
                                       "in the itinerary")
            if leave.starts.date() > today:
                raise PaperworkRefused("before_departure", f"{person.name_latin} leaves Japan on "
                                       f"{leave.starts.date().isoformat()}: the departure report is "
                                       "written after the departure")
            record = visas.get(key)
            travellers.append(_person(person, relation, case.patient if relation else None,
                                      record.visa_number if record else "", leave.starts.date(),
                                      leave.reference))
        embassy = next((v.embassy for v in case.visas if v.embassy), "")
        report = DepartureReport(
            guarantor=_guarantor(case),
            addressee=embassy_ja(embassy) if embassy else "在外日本国大使館・総領事館",
            travellers=tuple(travellers), case_number=case.number, written=today)
    return lambda out: render_departure_report(report, out, page_size)


def write_departure_report(case_ref: str, out: Path, today: date | None = None,
                           page_size: str = "a4") -> Path:
    """The report that the patient and companions left Japan, as a PDF."""
    return prepare_departure_report(case_ref, today, page_size)(out)


def travellers_without_visa(case_ref: str, today: date | None = None) -> list[str]:
    """The names of the travellers who need a visa (by the itinerary's dates) and have none
    issued yet: what a move to travel, Japan or treatment warns about."""
    return [v.name for v in load_visas(case_ref, today)
            if v.decision is not None and v.decision.needs_visa and v.record.issue_date is None]
