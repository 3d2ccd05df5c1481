"""One case as plain fields, for scripts: create it, read it, set some of its fields.

`case new`, `case show` and `case set` of the command line (contracts/team.md, "One case") are
thin wrappers around these. Fields are named as in the audit trail and in `history`:
`patient.FIELD` for the identity and contact fields of the patient, `facts.FACT` for the
screening facts in their flat stored form (`facts.ecog`, `facts.tnm.t`). Values are checked and
normalised as the window checks and stores them (planning.identity for the traveller, the facts
vocabulary for the facts); a save merges field by field with what others saved since the
version the caller read (actions.editing), and re-screens the case when its facts change.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, NoReturn

from hirt_desk.actions.case_detail import load_case
from hirt_desk.actions.cases import PatientData, create_case, get_case, store_screening
from hirt_desk.actions.editing import Edits, FieldEdit, apply_edits
from hirt_desk.facilities import UnknownFacility
from hirt_desk.planning.identity import ERROR, Problem, check_identity, normalize_phone
from hirt_desk.rules import get_rule_set, screen, validate_facts
from hirt_desk.rules.facts import FACTS_BY_NAME, FactError, check_value
from hirt_desk.store import audit
from hirt_desk.store.database import store_errors, write_transaction
from hirt_desk.store.models import AuditEntry, Case, Facility, db
from hirt_desk.store.search import index_case

# the identity and contact fields of a traveller that `case show` prints and `case set` edits
PERSON_FIELDS = ("surname_latin", "given_names_latin", "name_native", "sex", "date_of_birth",
                 "nationality", "passport_number", "passport_expiry", "phone", "email", "address")
DATE_FIELDS = frozenset(("date_of_birth", "passport_expiry"))
SEXES = ("", "F", "M", "X")           # as in the passport; "" unknown
TNM_PARTS = ("t", "n", "m")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

# what a planning.identity problem means, in one line for the command line
PROBLEMS = {
    "surname_latin.required": "is required",
    "latin.letters": "must be written in Latin letters (A-Z, spaces, ' and -)",
    "date_of_birth.future": "is in the future",
    "date_of_birth.implausible": "is more than 120 years ago",
    "nationality.unknown": "is not a country (ISO 3166-1 alpha-2 code, e.g. CN)",
    "passport_number.format": "is not a passport number (5 to 20 letters and digits)",
    "passport_expiry.expired": "the passport has expired",
    "email.format": "is not an e-mail address",
    "phone.invalid": "is not a valid phone number; include the country code (e.g. +86)",
}


class FieldError(ValueError):
    """An assignment that cannot be saved: unknown field, wrong type, a failed identity check.
    `field` names it as the user did (`patient.phone`, `facts.ecog`)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True)
class Assignment:
    """`FIELD=VALUE` as given: VALUE read as JSON where it parses (`raw` keeps the text)."""

    field: str
    value: Any
    raw: str


def parse_assignments(texts: Iterable[str]) -> list[Assignment]:
    """`patient.phone=+86 139 1234 5678`, `facts.ecog=1`, `facts.site=null`: VALUE is JSON where
    it parses, else the text itself. A field given twice, or no `=`, is a FieldError."""
    found: list[Assignment] = []
    seen: set[str] = set()
    for text in texts:
        name, sep, raw = text.partition("=")
        name = name.strip()
        if not sep or not name:
            raise FieldError(text, "expected FIELD=VALUE (e.g. patient.phone=+86 139 1234 5678)")
        if name in seen:
            raise FieldError(name, "given twice")
        seen.add(name)
        try:
            value = json.loads(raw, parse_constant=_not_json)
        except (ValueError, RecursionError):
            value = raw
        found.append(Assignment(name, value, raw))
    if not found:
        raise FieldError("FIELD=VALUE", "nothing to set")
    return found


def _not_json(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a JSON value")


# fields of the case itself that `case set` edits: the login it is assigned to (laptops check out
# a login's cases: `checkout --assigned-to`)
CASE_FIELDS = ("assigned_to",)


# -- values as the window stores them ------------------------------------------------------------

def case_value(name: str, value: Any, raw: str = "") -> str:
    """`assigned_to=LOGIN` (null or "" for nobody): a login name, no spaces."""
    if value is None:
        return ""
    text = raw.strip() if not isinstance(value, str) else value.strip()
    if len(text) > 64 or any(c.isspace() or not c.isprintable() for c in text):
        raise FieldError(name, f"'{text}' is not a login name (no spaces, at most 64 characters)")
    return text


def person_value(name: str, value: Any, raw: str = "") -> Any:
    """A traveller's field as the patient form stores it: Latin names, passport number, sex and
    nationality in capitals, text stripped, dates as dates; `null` clears. The phone number is
    normalised later, with the traveller's nationality (`normalize_person`)."""
    where = f"patient.{name}"
    if name in DATE_FIELDS:
        if value is None:
            return None
        if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise FieldError(where, f"'{raw or value}' is not a date (YYYY-MM-DD)")
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = raw.strip() or str(value)        # digits typed for a text: the text as typed
    if not isinstance(value, str):
        raise FieldError(where, "must be text")
    if "\x00" in value:                  # no field holds one (and a server refuses it in text)
        raise FieldError(where, "must not contain NUL characters")
    value = value.strip()
    if name in ("surname_latin", "given_names_latin", "nationality"):
        value = value.upper()
    elif name == "passport_number":
        value = value.upper().replace(" ", "")
    elif name == "sex":
        value = value.upper()
        if value not in SEXES:
            raise FieldError(where, "must be F, M, X or null")
    return value


def identity_errors(person: Mapping[str, Any], fields: Iterable[str], today: date) -> None:
    """FieldError for the first identity check (planning.identity) that fails on one of
    `fields`; problems with fields not given (a passport that expired since it was saved)
    do not block setting others."""
    wanted = set(fields)
    problems: list[Problem] = [p for p in check_identity(dict(person), today)
                               if p.level == ERROR and p.field in wanted]
    if problems:
        first = problems[0]
        message = PROBLEMS.get(first.code, first.code)
        if first.code == "phone.invalid" and person.get("nationality"):
            message = (f"is not a valid phone number of {person['nationality']}; for another "
                       f"country include its code (e.g. +86)")
        raise FieldError(f"patient.{first.field}", message)


def normalize_person(person: dict[str, Any]) -> dict[str, Any]:
    """The phone number in international form, read in the traveller's nationality."""
    phone = str(person.get("phone") or "")
    if phone:
        person["phone"] = normalize_phone(phone, str(person.get("nationality") or "")) or phone
    return person


def fact_values(name: str, value: Any) -> dict[str, Any]:
    """`facts.NAME=VALUE` as the flat stored facts it sets: a checked value, or None to clear.
    `facts.tnm` takes an object {"t", "n", "m"} (or null) and sets all three parts."""
    where = f"facts.{name}"
    if name == "tnm":
        if value is None:
            return {f"tnm.{p}": None for p in TNM_PARTS}
        if not isinstance(value, Mapping) or set(value) - set(TNM_PARTS):
            raise FieldError(where, 'must be an object like {"t": "T2a", "n": "N0", "m": "M0"} or null')
        return {f"tnm.{p}": fact_values(f"tnm.{p}", value.get(p))[f"tnm.{p}"] for p in TNM_PARTS}
    fact = FACTS_BY_NAME.get(name)
    if fact is None:
        raise FieldError(where, "unknown fact (the facts of contracts/screening.md, "
                                "flat: facts.ecog, facts.tnm.t)")
    if value is None:
        return {name: None}
    try:
        return {name: check_value(fact, value)}
    except FactError as exc:
        raise FieldError(where, exc.message) from None


# -- the three actions ---------------------------------------------------------------------------

def new_case(surname: str, given: str, nationality: str, birth: date | None, *, native: str = "",
             facility: str = "ghmc", user: str | None = None, today: date | None = None) -> Case:
    """A new case for a new patient, checked and stored as the window's new-case dialog does.
    FieldError (nothing written) for a name not in Latin letters, an unknown nationality, a
    birth date in the future; UnknownFacility for a facility not in the database."""
    person = {name: person_value(name, value) for name, value in
              (("surname_latin", surname), ("given_names_latin", given), ("name_native", native),
               ("nationality", nationality))}
    if not person["nationality"]:
        raise FieldError("patient.nationality", "is required")
    person["date_of_birth"] = birth
    identity_errors(person, person, today or date.today())
    with store_errors():
        known = [f.code for f in Facility.select(Facility.code).order_by(Facility.code)]
    if facility not in known:
        raise UnknownFacility(facility, known)
    return create_case(PatientData(**person), facility=facility, user=user)


def show_case(ref: str) -> dict[str, Any]:
    """The case as `case show` prints it (contracts/team.md), read in one transaction so the
    version goes with the values."""
    with store_errors(), db.atomic():
        detail = load_case(ref)
        last = (AuditEntry.select(AuditEntry.at).where(AuditEntry.case_id == detail.id)
                .order_by(AuditEntry.at.desc()).scalar())
        stored = Case.get_by_id(detail.id)
        updated = last or stored.updated
    return {
        "id": detail.id, "number": detail.number, "version": detail.version, "status": detail.status,
        "facility": detail.facility, "updated_at": _timestamp(updated), "assigned_to": stored.assigned_to,
        "patient": _person_json(asdict(detail.patient)),
        "facts": dict(sorted(detail.facts.items())),
        "companions": [{"id": c.id, **_person_json(asdict(c)), "relation": c.relation}
                       for c in detail.companions],
    }


def _timestamp(value: Any) -> str:
    return str(value.isoformat(timespec="seconds") + "Z")


def _person_json(person: Mapping[str, Any]) -> dict[str, Any]:
    return {name: (person[name].isoformat() if isinstance(person[name], date) else person[name])
            for name in PERSON_FIELDS}


def set_case_fields(ref: str, assignments: Iterable[Assignment], *, base_version: int | None = None,
                    user: str | None = None, today: date | None = None) -> int:
    """Set fields of a case in one saved change; returns its version (unchanged when nothing
    changed). FieldError for an unknown field, a wrong type or a failed identity check;
    MergeConflict where a field given here was changed to another value since `base_version`
    (None: the current version). Nothing is written on any error."""
    user = user or audit.current_user()
    today = today or date.today()
    given = list(assignments)
    person: dict[str, Any] = {}
    facts: dict[str, Any] = {}
    case_values: dict[str, Any] = {}
    for item in given:
        table, _, name = item.field.partition(".")
        if item.field in CASE_FIELDS:
            case_values[item.field] = case_value(item.field, item.value, item.raw)
        elif table == "patient" and name in PERSON_FIELDS:
            person[name] = person_value(name, item.value, item.raw)
        elif table == "facts" and name:
            facts.update(fact_values(name, item.value))
        elif table == "patient":
            raise FieldError(item.field, f"unknown field (one of {', '.join(PERSON_FIELDS)})")
        else:
            raise FieldError(item.field, "unknown field (patient.FIELD, facts.FACT or "
                                         f"{', '.join(CASE_FIELDS)})")
    with store_errors(), write_transaction():
        case = get_case(ref)
        base = case.version if base_version is None else base_version
        if not 1 <= base <= case.version:
            raise FieldError("--base-version", f"must be between 1 and {case.version}, "
                                               f"the case's version now")
        edits = Edits()
        if person:
            stored = {name: getattr(case.patient, name) for name in PERSON_FIELDS}
            merged = {**stored, **person}
            identity_errors(merged, person, today)
            if "phone" in person:
                person["phone"] = normalize_person(merged)["phone"]
            edits.fields += [FieldEdit("patient", case.patient.id, k, v) for k, v in person.items()]
        edits.fields += [FieldEdit("case", case.id, f"facts.{k}", v) for k, v in facts.items()]
        edits.fields += [FieldEdit("case", case.id, k, v) for k, v in case_values.items()]
        with audit.CaseChange(case, user) as change:
            facts_before = dict(case.facts or {})
            apply_edits(change, edits, base_version=base, check_facts=validate_facts)
            if case.facts != facts_before:
                store_screening(change, screen(get_rule_set(case.facility.rule_set), case.facts))
        if person:          # names and passport are searched; fresh rows, not the cached patient
            for other in Case.select().where(Case.patient == case.patient.id):
                index_case(other)
    return int(case.version)
