"""Finding the duplicate persons already in the database (`duplicates --stored`).

Reads every person (the patients not merged into another, and the companions still on their
cases) in one transaction, with the cases each is in, and hands them to the matcher; writes
nothing. A patient is never
compared with their own companions, nor two companions of one case: those are different people.
A pair a coordinator answered "not the same" is given with `same` false and says so.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from hirt_desk.persons import THRESHOLD, Match, Person, find_duplicates
from hirt_desk.persons.blocking import BlockingStats
from hirt_desk.persons.reasons import Reason
from hirt_desk.store.database import store_errors
from hirt_desk.store.models import Case, Companion, NotSame, Patient, db

PATIENT, COMPANION = "patient", "companion"
NOT_SAME_REASON = Reason("marked_not_same")
_FIELDS = ("surname_latin", "given_names_latin", "name_native", "sex", "date_of_birth", "nationality",
           "passport_number", "phone", "email")


@dataclass(frozen=True)
class StoredPerson:
    id: str
    kind: str                     # PATIENT or COMPANION
    cases: tuple[str, ...]        # the numbers of the cases the person is in
    case_ids: frozenset[str]
    person: Person


@dataclass(frozen=True)
class StoredPair:
    a: StoredPerson
    b: StoredPerson
    match: Match

    def to_json(self) -> dict[str, Any]:
        return {"a": self.a.id, "b": self.b.id, "a_cases": list(self.a.cases), "b_cases": list(self.b.cases),
                "a_kind": self.a.kind, "b_kind": self.b.kind, "score": self.match.score,
                "same": self.match.same, "reasons": [str(r) for r in self.match.reasons]}


def _person(row: Sequence[Any]) -> Person:
    values = dict(zip(_FIELDS, row, strict=True))
    born = values.pop("date_of_birth")
    return Person(**{k: str(v or "") for k, v in values.items()}, date_of_birth=born)


def _rows(query: Any) -> list[tuple[Any, ...]]:
    # iterator(): plain tuples, read once (peewee's stubs type iterating tuples() as models)
    return [tuple(row) for row in query.tuples().iterator()]


def stored_persons() -> list[StoredPerson]:
    """Every patient and every companion on a case, read in one transaction."""
    with store_errors(), db.atomic():
        cases = _rows(Case.select(Case.id, Case.number, Case.patient))
        patients = _rows(Patient.select(Patient.id, *(getattr(Patient, f) for f in _FIELDS))
                         .where(Patient.merged_into.is_null()))      # a merged record is a tombstone
        companions = _rows(Companion.select(Companion.id, Companion.case,
                                            *(getattr(Companion, f) for f in _FIELDS))
                           .where(Companion.deleted_at.is_null()))
    number: dict[str, str] = {case_id: num for case_id, num, _ in cases}
    of_patient: dict[str, list[str]] = defaultdict(list)
    for case_id, _, patient_id in cases:
        of_patient[patient_id].append(case_id)
    out = []
    for pid, *values in patients:
        ids = of_patient.get(pid, [])
        out.append(StoredPerson(pid, PATIENT, tuple(sorted(number[c] for c in ids)), frozenset(ids),
                                _person(values)))
    for cid, case_id, *values in companions:
        out.append(StoredPerson(cid, COMPANION, (number[case_id],), frozenset([case_id]), _person(values)))
    return out


def stored_duplicates(threshold: float = THRESHOLD, stats: BlockingStats | None = None) -> list[StoredPair]:
    """The candidate pairs among the stored persons, the likeliest first."""
    people = stored_persons()
    found = find_duplicates([p.person for p in people], [p.case_ids for p in people],
                            threshold=threshold, stats=stats)
    with store_errors():
        answered = {(r.person_a, r.person_b) for r in NotSame.select(NotSame.person_a, NotSame.person_b)
                    .where(NotSame.deleted_at.is_null())}
    pairs = []
    for i, j, match in found:
        a, b = people[i], people[j]
        if tuple(sorted((a.id, b.id))) in answered:
            # a coordinator said they are different people: never warned about again
            match = Match(match.score, False, [*match.reasons, NOT_SAME_REASON])
        pairs.append(StoredPair(a, b, match))
    return pairs


def stored_duplicates_apart(threshold: float = THRESHOLD) -> list[StoredPair]:
    """`stored_duplicates` for a worker thread (the window's Duplicates view): it reads through
    the thread's own connection, closed when done."""
    try:
        return stored_duplicates(threshold)
    finally:
        if not db.in_transaction():
            db.close()
