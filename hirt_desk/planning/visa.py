"""Whether and how a traveller needs a visa to come to Japan for treatment.

Decided from the visa rules data (resources/visa/japan.toml), the traveller's nationality, role
and planned stay: visa-exempt, a Visa for Medical Stay, or, for one stay over 90 days in
hospital, the Designated Activities status with a Certificate of Eligibility.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

from babel import Locale

from hirt_desk.paths import resources_dir
from hirt_desk.planning.identity import is_country

VISA_EXEMPT, MEDICAL_STAY, DESIGNATED = "visa_exempt", "medical_stay", "designated_activities"
ROLES = ("patient", "companion")


class VisaInputError(ValueError):
    """A country code, role or dates that cannot be decided on."""


@dataclass(frozen=True)
class VisaDecision:
    needs_visa: bool
    route: str
    stay_days: int
    exempt_days: int | None
    documents: tuple[str, ...]
    reasons: tuple[str, ...]
    checked_on: str
    url: str
    embassy_notes: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "needs_visa": self.needs_visa, "route": self.route, "stay_days": self.stay_days,
            "exempt_days": self.exempt_days, "documents": list(self.documents),
            "reasons": list(self.reasons), "source": {"checked_on": self.checked_on, "url": self.url},
        }
        if self.embassy_notes:
            out["embassy_notes"] = self.embassy_notes
        return out


@cache
def visa_rules() -> dict[str, Any]:
    return tomllib.loads((resources_dir() / "visa" / "japan.toml").read_text(encoding="utf-8"))


def country_name(code: str) -> str:
    name: str = Locale("en").territories.get(code, code)
    return name


def stay_days(arrival: date, departure: date) -> int:
    """Days of the stay, arrival and departure both counted."""
    return (departure - arrival).days + 1


def decide(nationality: str, arrival: date, departure: date, *, role: str = "patient",
           inpatient: bool = False, rules: dict[str, Any] | None = None) -> VisaDecision:
    rules = rules or visa_rules()
    code = nationality.strip().upper()
    if not is_country(code):
        raise VisaInputError(f"unknown country code '{nationality}' (ISO 3166-1 alpha-2, e.g. CN, TH)")
    if role not in ROLES:
        raise VisaInputError(f"unknown role '{role}' (patient or companion)")
    if departure < arrival:
        raise VisaInputError("departure is before arrival")
    days = stay_days(arrival, departure)
    limit = int(rules["medical_stay"]["max_days_per_visit"])
    exempt = rules.get("exempt", {}).get(code)
    exempt_days = int(exempt["days"]) if exempt else None
    name = country_name(code)
    docs = rules["documents"]
    base = list(docs[role])
    extras = {k: v for k, v in rules.get("embassy_extras", {}).get(code, {}).items() if k in base}
    reasons: list[str] = []

    # an entry may carry its own source and date; the file's apply otherwise
    checked_on = (exempt or {}).get("checked_on", rules["checked_on"])
    url = (exempt or {}).get("url", rules["url"])
    if exempt_days is not None and days <= exempt_days and days <= limit:
        reasons.append(f"{name}: visa-free up to {exempt_days} days; this stay is {days} days")
        return VisaDecision(False, VISA_EXEMPT, days, exempt_days, (), tuple(reasons), checked_on, url)
    if exempt_days is None:
        reasons.append(f"{name}: a visa is required to enter Japan")
    else:
        reasons.append(f"{name}: visa-free up to {exempt_days} days; this stay is {days} days")
    if days <= limit:
        reasons.append(f"a Visa for Medical Stay covers stays of up to {limit} days")
        route = MEDICAL_STAY
    elif inpatient:
        reasons.append(f"a stay of {days} days (over {limit}) in hospital takes the Designated "
                       "Activities status with a Certificate of Eligibility")
        route = DESIGNATED
        base += list(docs["long_stay"])
    else:
        reasons.append(f"a stay of {days} days is over {limit} days: split the stay into visits of "
                       f"{limit} days or less, or admit the patient to hospital (Designated Activities)")
        route = MEDICAL_STAY
    return VisaDecision(True, route, days, exempt_days, tuple(base), tuple(reasons),
                        checked_on, url, extras)


@cache
def embassies() -> dict[str, Any]:
    """Japan's embassies and consulates with their processing times (resources/visa/embassies.toml)."""
    return tomllib.loads((resources_dir() / "visa" / "embassies.toml").read_text(encoding="utf-8"))


def processing_days(embassy: str = "", nationality: str = "", data: dict[str, Any] | None = None) -> int:
    """The working days the embassy typed in a visa record takes (by its English or Japanese name,
    else its city), else the first office of the traveller's country, else the file's default."""
    data = data or embassies()
    default = int(data["processing_working_days"])
    typed = " ".join(embassy.split()).casefold()
    offices: list[dict[str, Any]] = data.get("office", [])
    found = ((typed and next((o for o in offices if typed in (o["en"].casefold(), o["ja"].casefold())), None))
             or (typed and next((o for o in offices if o["city"].casefold() in typed), None))
             or next((o for o in offices if o["country"] == nationality.strip().upper()), None))
    return int(found.get("processing_working_days", default)) if found else default


def apply_by(arrival: date, rules: dict[str, Any] | None = None) -> date:
    """The last working day to hand in a visa application so that the embassy's processing time
    (`processing_working_days` of the visa rules, Monday to Friday) ends before the arrival day."""
    rules = rules or visa_rules()
    left = int(rules["medical_stay"]["processing_working_days"])
    day = arrival
    while left > 0:                      # the working days of processing, before the arrival
        day -= timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    day -= timedelta(days=1)
    while day.weekday() >= 5:            # handed in on the working day before them
        day -= timedelta(days=1)
    return day


# -- tracking a traveller's visa ----------------------------------------------------------------

DOC_STATUSES = ("to_request", "requested", "received", "checked", "submitted")
READY = ("received", "checked", "submitted")
ERROR, WARNING = "error", "warning"
DOCUMENTS_DUE_DAYS = 30       # documents should be in hand this long before the flight


@dataclass
class VisaRecordData:
    """What the coordinator tracks for one traveller (store-free)."""

    traveller: str                               # "patient" or a companion id
    embassy: str = ""
    application_date: date | None = None
    issue_date: date | None = None
    visa_number: str = ""
    valid_until: date | None = None
    permitted_days: int | None = None
    entries: str = "single"
    on_guarantee_form: bool = False
    documents: dict[str, dict[str, str]] = field(default_factory=dict)   # id -> status, date
    notes: str = ""

    def status_of(self, document: str) -> str:
        return self.documents.get(document, {}).get("status", "to_request")


@dataclass(frozen=True)
class VisaFinding:
    level: str
    code: str
    message: str                                  # English; the window translates by code
    traveller: str
    field: str                                    # what to show the user: a field or a document


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)


def required_documents(decision: VisaDecision, record: VisaRecordData,
                       rules: dict[str, Any] | None = None) -> tuple[str, ...]:
    """The decision's documents, plus the treatment schedule for a multiple-entry visa."""
    rules = rules or visa_rules()
    extra = [d for d in rules["documents"]["multiple_entry"]
             if record.entries == "multiple" and d not in decision.documents]
    return (*decision.documents, *extra) if decision.needs_visa else ()


def check_traveller(decision: VisaDecision, record: VisaRecordData, *, role: str,
                    arrival: date | None, departure: date | None, passport_expiry: date | None,
                    today: date, rules: dict[str, Any] | None = None) -> list[VisaFinding]:
    """Everything late or wrong on one traveller's visa side, most serious first."""
    rules = rules or visa_rules()
    who = record.traveller
    out: list[VisaFinding] = []

    def add(level: str, code: str, message: str, where: str) -> None:
        out.append(VisaFinding(level, code, message, who, where))

    if departure and passport_expiry:
        if passport_expiry < departure:
            add(ERROR, "passport_expires_during_stay",
                f"The passport expires on {passport_expiry}, before the stay ends", "passport_expiry")
        elif passport_expiry < _add_months(departure, 6):
            add(WARNING, "passport_under_six_months",
                f"Less than 6 months of passport validity left at departure ({passport_expiry})",
                "passport_expiry")
    if decision.route == DESIGNATED:
        add(WARNING, "long_stay_route",
            "Over 90 days: hospital admission and a Certificate of Eligibility are required "
            "(1 to 3 months to obtain)", "route")
    if not decision.needs_visa:
        return out
    if role == "companion" and not record.on_guarantee_form:
        add(ERROR, "companion_not_on_guarantee",
            "The companion is not named on the patient's guarantee form", "on_guarantee_form")
    if arrival and today >= arrival - timedelta(days=DOCUMENTS_DUE_DAYS):
        for document in required_documents(decision, record, rules):
            if record.status_of(document) not in READY:
                add(WARNING if today < arrival - timedelta(days=7) else ERROR, "document_missing",
                    f"{document} is not in hand and the flight is on {arrival}", f"doc:{document}")
    if record.issue_date is None:
        if arrival and record.application_date is None and \
                today >= arrival - timedelta(days=DOCUMENTS_DUE_DAYS):
            add(WARNING, "not_applied", "The visa has not been applied for", "application_date")
        return out
    use_within = int(rules["medical_stay"]["single_entry_use_within_months"])
    if record.entries == "single" and arrival and arrival > _add_months(record.issue_date, use_within):
        add(ERROR, "single_entry_lapses",
            f"A single-entry visa must be used within {use_within} months of issue "
            f"({record.issue_date}); the flight is on {arrival}", "issue_date")
    if record.valid_until and arrival and record.valid_until < arrival:
        add(ERROR, "visa_expired_before_arrival", "The visa is no longer valid on arrival", "valid_until")
    if arrival and departure and record.permitted_days is not None and \
            record.permitted_days < stay_days(arrival, departure):
        add(ERROR, "permitted_stay_short",
            f"The permitted stay ({record.permitted_days} days) does not cover the "
            f"{stay_days(arrival, departure)} days from arrival to departure", "permitted_days")
    return out
