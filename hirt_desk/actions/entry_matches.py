"""Is the person being typed already on file? The warning of the New case dialog and the patient
tab (issue 21): "May be the same person as HD-… WANG WEI 王伟, 1961-03-14, 2 cases".

Only the patients that share a key with the typed person are read, through indexes (schema 8):
the same passport number, birth date (or day and month swapped), phone or e-mail. So a look-up
reads a handful of rows whatever the size of the database, and runs on the GUI thread after a
pause in typing (measured in tests/benchmarks/test_bench_entry_matches.py).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from peewee import Expression

from hirt_desk.actions.cases import PatientData
from hirt_desk.persons import Person, compare, prepare
from hirt_desk.persons.reasons import Reason
from hirt_desk.planning.identity import normalize_phone
from hirt_desk.store.database import store_errors
from hirt_desk.store.models import Case, NotSame, Patient

CANDIDATES = 200            # at most this many rows are compared per look-up


@dataclass(frozen=True)
class LikelyMatch:
    """A stored patient the typed person may be."""

    id: str
    surname_latin: str
    given_names_latin: str
    name_native: str
    date_of_birth: date | None
    nationality: str
    cases: tuple[str, ...]          # case numbers, newest first
    latest_case: str                # the newest case's id (what Open opens)
    score: float
    reasons: tuple[Reason, ...]   # English as str; the window says them in its language

    @property
    def name_latin(self) -> str:
        return f"{self.surname_latin} {self.given_names_latin}".strip()


def person_of(data: PatientData) -> Person:
    """The matcher's view of a traveller as a form holds it."""
    return Person(data.surname_latin, data.given_names_latin, data.name_native, data.sex, data.date_of_birth,
                  data.nationality, data.passport_number, data.phone, data.email)


def _person(p: Patient) -> Person:
    return Person(p.surname_latin, p.given_names_latin, p.name_native, p.sex, p.date_of_birth,
                  p.nationality, p.passport_number, p.phone, p.email)


def _keys(person: Person) -> Expression | None:
    """The WHERE clause that finds the patients sharing a key with `person`: the passport
    number, the birth date (or day and month swapped), the phone number or the e-mail address.
    A shared name alone never makes the matcher warn (many people share a name): the name
    counts once one of these is shared too, so they are the only keys needed."""
    terms: list[Expression] = []
    passport = person.passport_number.strip().upper().replace(" ", "")
    if len(passport) >= 5:
        terms.append(Patient.passport_number == passport)
    born = person.date_of_birth
    if born is not None:
        days = {born}
        if born.day <= 12 and born.day != born.month:
            days.add(date(born.year, born.day, born.month))
        terms.append(Patient.date_of_birth.in_(sorted(days)))
    phone = normalize_phone(person.phone, person.nationality) if person.phone.strip() else None
    if phone:
        terms.append(Patient.phone == phone)
    if "@" in person.email:
        terms.append(Patient.email == person.email.strip())
    if not terms:
        return None
    where = terms[0]
    for term in terms[1:]:
        where |= term
    return where


def likely_matches(person: Person, *, exclude: Collection[str] = (), limit: int = 3) -> list[LikelyMatch]:
    """The stored patients the matcher would warn about (score over its threshold), likeliest
    first: never those in `exclude` (the patient being edited, pairs answered "not the same"),
    nor merged records (tombstones)."""
    where = _keys(person)
    if where is None:
        return []
    typed = prepare(person)
    with store_errors():
        # merged records (tombstones) are skipped here, not in SQL: "merged_into IS NULL" would
        # lead the planner to scan that index (nearly every row) instead of the keys' ones
        rows = list(Patient.select().where(where).limit(CANDIDATES))
        found = []
        for row in rows:
            if row.id in exclude or row.merged_into:
                continue
            match = compare(typed, prepare(_person(row)))
            if match.same:
                found.append((match, row))
        found.sort(key=lambda t: -t[0].score)
        out = []
        for match, row in found[:limit]:
            cases = list(Case.select(Case.id, Case.number).where(Case.patient == row.id)
                         .order_by(Case.created.desc(), Case.id.desc()))
            out.append(LikelyMatch(row.id, row.surname_latin, row.given_names_latin, row.name_native,
                                   row.date_of_birth, row.nationality, tuple(c.number for c in cases),
                                   cases[0].id if cases else "", match.score, tuple(match.reasons)))
        return out


def matches_for_patient(patient_id: str, person: Person, *, dismissed: Collection[str] = (),
                        limit: int = 3) -> list[LikelyMatch]:
    """The likely matches of a stored patient being edited: never itself, nor those it was said
    not to be (in the database, or `dismissed` just now)."""
    with store_errors():
        said = NotSame.select().where(((NotSame.person_a == patient_id) | (NotSame.person_b == patient_id))
                                      & NotSame.deleted_at.is_null())
        others = {r.person_b if r.person_a == patient_id else r.person_a for r in said}
    return likely_matches(person, exclude={patient_id, *others, *dismissed}, limit=limit)
