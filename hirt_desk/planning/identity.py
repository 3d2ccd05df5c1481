"""Checks on a traveller's identity data, field by field.

Returns problems as codes with the field they concern, so the window can show each one, in the
user's language, beside the field that is wrong. Errors block saving; warnings do not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

ERROR, WARNING = "error", "warning"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PASSPORT = re.compile(r"^[A-Z0-9<]{5,20}$")
PASSPORT_MONTHS_WANTED = 6      # agencies want six months of validity left after the stay


@dataclass(frozen=True)
class Problem:
    field: str
    code: str          # e.g. "date_of_birth.future"; the UI has a sentence for each
    level: str = ERROR


# pycountry and phonenumbers (~20 ms to import) load at the first check, not when the window
# starts: its editors import this module for ERROR and Problem only


def is_country(code: str) -> bool:
    import pycountry
    return pycountry.countries.get(alpha_2=code.upper()) is not None if len(code) == 2 else False


def normalize_phone(text: str, nationality: str = "") -> str | None:
    """The number in international form (+86 139 1234 5678), or None when it is not valid.

    A number without a country prefix is read in the traveller's home country.
    """
    import phonenumbers
    try:
        number = phonenumbers.parse(text, nationality.upper() or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def check_identity(person: dict[str, Any], today: date) -> list[Problem]:
    """Problems with one traveller's data (keys as in `actions.cases.PatientData`)."""
    problems: list[Problem] = []
    if not str(person.get("surname_latin", "")).strip():
        problems.append(Problem("surname_latin", "surname_latin.required"))
    elif not re.fullmatch(r"[A-Za-z][A-Za-z '\-]*", person["surname_latin"].strip()):
        problems.append(Problem("surname_latin", "latin.letters"))
    given = str(person.get("given_names_latin", "")).strip()
    if given and not re.fullmatch(r"[A-Za-z][A-Za-z '\-]*", given):
        problems.append(Problem("given_names_latin", "latin.letters"))
    born = person.get("date_of_birth")
    if born is not None:
        if born > today:
            problems.append(Problem("date_of_birth", "date_of_birth.future"))
        elif today.year - born.year > 120:
            problems.append(Problem("date_of_birth", "date_of_birth.implausible"))
    nationality = str(person.get("nationality", ""))
    if nationality and not is_country(nationality):
        problems.append(Problem("nationality", "nationality.unknown"))
    passport = str(person.get("passport_number", "")).strip()
    if passport and not _PASSPORT.fullmatch(passport.replace(" ", "").upper()):
        problems.append(Problem("passport_number", "passport_number.format"))
    expiry = person.get("passport_expiry")
    if expiry is not None:
        if expiry < today:
            problems.append(Problem("passport_expiry", "passport_expiry.expired"))
        elif _months_between(today, expiry) < PASSPORT_MONTHS_WANTED:
            problems.append(Problem("passport_expiry", "passport_expiry.soon", WARNING))
    email = str(person.get("email", "")).strip()
    if email and not _EMAIL.fullmatch(email):
        problems.append(Problem("email", "email.format"))
    phone = str(person.get("phone", "")).strip()
    if phone and normalize_phone(phone, nationality) is None:
        problems.append(Problem("phone", "phone.invalid"))
    return problems


def _months_between(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day)
