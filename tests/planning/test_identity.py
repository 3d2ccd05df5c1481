"""A traveller's identity data, field by field: each check with data that trips it and data that
does not, the boundaries (six months of passport validity, the expiry day itself), phone numbers
in international form, country codes, passport-spelling names and e-mail addresses."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from hirt_desk.planning.identity import (
    ERROR,
    WARNING,
    Problem,
    check_identity,
    is_country,
    normalize_phone,
)

TODAY = date(2027, 1, 15)


def person(**changes: Any) -> dict[str, Any]:
    """A complete, correct traveller (keys as in actions.cases.PatientData)."""
    return {"surname_latin": "SRISUK", "given_names_latin": "SOMCHAI", "name_native": "สมชาย ศรีสุข",
            "sex": "M", "date_of_birth": date(1958, 3, 14), "nationality": "TH",
            "passport_number": "AA1234567", "passport_expiry": date(2031, 5, 1),
            "languages": ["th"], "phone": "+66 81 234 5678", "email": "somchai@example.co.th",
            "address": "Bangkok", **changes}


def problems(**changes: Any) -> list[Problem]:
    return check_identity(person(**changes), TODAY)


def test_a_correct_traveller_has_no_problems() -> None:
    assert problems() == []


def test_only_the_surname_is_required() -> None:
    bare = {"surname_latin": "KIM"}
    assert check_identity(bare, TODAY) == []
    assert check_identity({}, TODAY) == [Problem("surname_latin", "surname_latin.required", ERROR)]
    assert problems(surname_latin="   ") == [Problem("surname_latin", "surname_latin.required", ERROR)]


# -- names as in the passport: latin letters, spaces, apostrophes, hyphens -------------------------

@pytest.mark.parametrize("name", ["NGUYEN", "O'BRIEN", "SMITH-JONES", "VAN DER BERG", "Kim", " LI "])
def test_passport_spellings_are_accepted(name: str) -> None:
    assert problems(surname_latin=name, given_names_latin=name) == []


@pytest.mark.parametrize("name", ["Nguyễn", "王", "Смирнов", "1SMITH", "SMITH2", "-SMITH", "O.BRIEN",
                                  "ÖZTÜRK"])
def test_names_outside_latin_letters_are_errors(name: str) -> None:
    assert problems(surname_latin=name) == [Problem("surname_latin", "latin.letters", ERROR)]
    assert problems(given_names_latin=name) == [Problem("given_names_latin", "latin.letters", ERROR)]


def test_given_names_may_be_empty() -> None:
    assert problems(given_names_latin="") == []


# -- date of birth ------------------------------------------------------------------------------

@pytest.mark.parametrize(("born", "expected"), [
    (date(2027, 1, 15), []),                                              # born today
    (date(2027, 1, 16), [Problem("date_of_birth", "date_of_birth.future", ERROR)]),
    (date(1907, 6, 1), []),                                               # 120 by the year
    (date(1906, 6, 1), [Problem("date_of_birth", "date_of_birth.implausible", ERROR)]),
    (date(1850, 1, 1), [Problem("date_of_birth", "date_of_birth.implausible", ERROR)]),
    (None, []),
], ids=["today", "tomorrow", "120-years", "121-years", "1850", "not-entered"])
def test_date_of_birth(born: date | None, expected: list[Problem]) -> None:
    assert problems(date_of_birth=born) == expected


# -- nationality: ISO 3166-1 alpha-2 ------------------------------------------------------------

@pytest.mark.parametrize("code", ["TH", "CN", "VN", "MN", "SA", "th", ""])
def test_known_country_codes(code: str) -> None:
    assert problems(nationality=code, phone="") == []


@pytest.mark.parametrize("code", ["XX", "THA", "T", "UK", "12"])
def test_unknown_country_codes(code: str) -> None:
    assert problems(nationality=code, phone="") == [Problem("nationality", "nationality.unknown", ERROR)]


def test_is_country() -> None:
    assert [is_country(c) for c in ("JP", "jp", "KR", "ZZ", "JPN", "", "GB", "UK")] == [
        True, True, True, False, False, False, True, False]


# -- passport number and expiry ------------------------------------------------------------------

@pytest.mark.parametrize(("number", "ok"), [
    ("AA1234567", True), ("e1234 5678", True), ("G<12345", True), ("A1234", True),
    ("A123", False), ("AB-123456", False), ("Ё1234567", False), ("A" * 21, False), ("A" * 20, True),
])
def test_passport_number_format(number: str, ok: bool) -> None:
    assert problems(passport_number=number) == (
        [] if ok else [Problem("passport_number", "passport_number.format", ERROR)])


@pytest.mark.parametrize(("expiry", "expected"), [
    (date(2027, 1, 14), [Problem("passport_expiry", "passport_expiry.expired", ERROR)]),
    (date(2020, 1, 1), [Problem("passport_expiry", "passport_expiry.expired", ERROR)]),
    (date(2027, 1, 15), [Problem("passport_expiry", "passport_expiry.soon", WARNING)]),  # valid today
    (date(2027, 7, 14), [Problem("passport_expiry", "passport_expiry.soon", WARNING)]),
    (date(2027, 7, 15), []),                                                   # six months exactly
    (date(2028, 1, 15), []),
    (None, []),
], ids=["yesterday", "long-expired", "today", "a-day-short-of-six-months", "six-months", "a-year",
        "not-entered"])
def test_passport_expiry_and_six_months_of_validity(expiry: date | None, expected: list[Problem]) -> None:
    assert problems(passport_expiry=expiry) == expected


def test_an_expired_passport_is_an_error_and_a_short_one_only_a_warning() -> None:
    expired, = problems(passport_expiry=date(2026, 12, 31))
    soon, = problems(passport_expiry=date(2027, 3, 1))
    assert (expired.level, soon.level) == ("error", "warning")


# -- e-mail -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("email", "ok"), [
    ("somchai@example.co.th", True), ("a.b+c@d.jp", True), ("", True), ("  ", True),
    ("somchai", False), ("somchai@example", False), ("som chai@example.com", False),
    ("@example.com", False), ("a@@example.com", False),
])
def test_email_format(email: str, ok: bool) -> None:
    assert problems(email=email) == ([] if ok else [Problem("email", "email.format", ERROR)])


# -- phone numbers ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "home", "expected"), [
    ("139 1234 5678", "CN", "+86 139 1234 5678"),          # read in the traveller's country
    ("081 234 5678", "TH", "+66 81 234 5678"),
    ("0812345678", "th", "+66 81 234 5678"),
    ("010-1234-5678", "KR", "+82 10-1234-5678"),
    ("+86 139 1234 5678", "TH", "+86 139 1234 5678"),      # a prefix wins over nationality
    ("+81 3-1234-5678", "", "+81 3-1234-5678"),
    ("+976 8811 2233", "", "+976 8811 2233"),
    ("139 1234 5678", "", None),                           # no prefix, no country to read it in
    ("12345", "CN", None),
    ("call me", "CN", None),
])
def test_phone_normalised_to_international_form(text: str, home: str, expected: str | None) -> None:
    assert normalize_phone(text, home) == expected


def test_a_phone_that_is_not_a_number_is_an_error() -> None:
    assert problems(phone="081 234 5678") == []                     # Thai number, Thai traveller
    assert problems(phone="12345") == [Problem("phone", "phone.invalid", ERROR)]
    assert problems(phone="139 1234 5678", nationality="") == [Problem("phone", "phone.invalid", ERROR)]


def test_every_problem_is_reported_at_once() -> None:
    found = problems(surname_latin="", given_names_latin="Nguyễn", date_of_birth=date(2030, 1, 1),
                     nationality="XX", passport_number="A1", passport_expiry=date(2026, 1, 1),
                     email="x", phone="0")
    assert [(p.field, p.code, p.level) for p in found] == [
        ("surname_latin", "surname_latin.required", "error"),
        ("given_names_latin", "latin.letters", "error"),
        ("date_of_birth", "date_of_birth.future", "error"),
        ("nationality", "nationality.unknown", "error"),
        ("passport_number", "passport_number.format", "error"),
        ("passport_expiry", "passport_expiry.expired", "error"),
        ("email", "email.format", "error"),
        ("phone", "phone.invalid", "error"),
    ]
