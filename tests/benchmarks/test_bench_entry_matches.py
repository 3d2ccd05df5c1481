"""Issue 21: the warning while a person is typed, over 100,000 patients on file. Each look-up
(`entry_matches.likely_matches`) reads the patients sharing a blocking key through the schema-8
indexes and compares them; it runs on the GUI thread after a 350 ms pause in typing, so it must
stay far below a frame's worth of waiting. Prints the time per look-up (median, 95th
percentile, worst) for planted second entries typed in full and for partial typing."""

from __future__ import annotations

import statistics
import time
from dataclasses import asdict, replace
from pathlib import Path

from hirt_desk.actions.entry_matches import likely_matches
from hirt_desk.persons import Person
from hirt_desk.persons.scripts import warm_up
from hirt_desk.store.bulk import bulk_insert
from hirt_desk.store.database import close_database, open_database
from hirt_desk.store.models import Patient, db, new_id
from tests.benchmarks.conftest import table
from tests.persons.generated import generated


def _times(people: list[Person]) -> tuple[list[float], int]:
    out, warned = [], 0
    for p in people:
        start = time.perf_counter()
        warned += bool(likely_matches(p))
        out.append((time.perf_counter() - start) * 1000)
    return out, warned


def _row(ms: list[float]) -> str:
    ms = sorted(ms)
    return (f"median {statistics.median(ms):.1f} ms, p95 {ms[int(len(ms) * 0.95)]:.1f} ms, "
            f"worst {ms[-1]:.1f} ms")


def test_entry_matches_over_100000_patients(tmp_path: Path) -> None:
    count = 100_000
    persons, planted = generated(count, count // 50, seed=7)
    open_database(tmp_path / "big.sqlite")
    try:
        seconds = [i for _, i in planted]
        firsts = [p for i, p in enumerate(persons) if i not in set(seconds)]
        with db.atomic():
            bulk_insert(Patient, ({**asdict(p), "id": new_id(), "passport_expiry": None, "languages": [],
                                   "address": ""} for p in firsts))
        warm_up()
        typed = [persons[i] for i in seconds[:300]]
        cold, _ = _times(typed[:1])
        full, warned = _times(typed)
        dated = [replace(p, passport_number="", phone="", email="") for p in typed if p.date_of_birth]
        partial, _ = _times(dated)
        name_only, _ = _times([Person(p.surname_latin, p.given_names_latin) for p in typed])
        table(f"Likely matches while typing, {len(firsts):,} patients on file (SQLite)", [
            ("first look-up after start (cold cache)", f"{cold[0]:.0f} ms"),
            ("planted second entries, typed in full", _row(full)),
            ("  of them warned about", f"{warned} of {len(typed)}"),
            ("names and birth date typed (no passport yet)", _row(partial)),
            ("names only (no key yet: nothing read)", _row(name_only)),
        ])
    finally:
        close_database()
