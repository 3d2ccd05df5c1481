"""Whether and how a traveller needs a visa to come to Japan for treatment.

Decided from the visa rules data (resources/visa/japan.toml), the traveller's nationality, role
and planned stay: visa-exempt, a Visa for Medical Stay, or, for one stay over 90 days in
hospital, the Designated Activities status with a Certificate of Eligibility.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

import pycountry
from babel import Locale

from hirt_desk.paths import resources_dir

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
    return Locale("en").territories.get(code, code)


def stay_days(arrival: date, departure: date) -> int:
    """Days of the stay, arrival and departure both counted."""
    return (departure - arrival).days + 1


def decide(nationality: str, arrival: date, departure: date, *, role: str = "patient",
           inpatient: bool = False, rules: dict[str, Any] | None = None) -> VisaDecision:
    rules = rules or visa_rules()
    code = nationality.strip().upper()
    if len(code) != 2 or pycountry.countries.get(alpha_2=code) is None:
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

    if exempt_days is not None and days <= exempt_days and days <= limit:
        reasons.append(f"{name}: visa-free up to {exempt_days} days; this stay is {days} days")
        return VisaDecision(False, VISA_EXEMPT, days, exempt_days, (), tuple(reasons),
                            rules["checked_on"], rules["url"])
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
                        rules["checked_on"], rules["url"], extras)
