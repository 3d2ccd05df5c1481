"""Databases written by earlier releases (tests/fixtures/releases/) open in this one: upgraded
to the current schema on first open, with every case, person and audit row kept.

When a release changes the schema, add a database written by the release before it here."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from hirt_desk.actions.case_detail import load_case
from hirt_desk.store.cases import CaseFilter, count_cases, list_cases
from hirt_desk.store.database import close_database, open_database
from hirt_desk.store.migrations import SCHEMA_VERSION

RELEASES_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "releases"
RELEASES = sorted(RELEASES_DIR.glob("*.sqlite"))


def rows(path: Path, table: str) -> int:
    with sqlite3.connect(path) as con:
        return con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]


def test_there_are_old_releases_to_upgrade() -> None:
    assert len(RELEASES) >= 2


@pytest.mark.parametrize("old", RELEASES, ids=lambda p: p.stem)
def test_an_older_release_database_opens_upgraded_with_everything_kept(old: Path, tmp_path: Path) -> None:
    path = tmp_path / old.name
    shutil.copyfile(old, path)
    before = {t: rows(path, t) for t in ("case", "patient", "companion", "audit")}
    assert before["case"] > 0

    open_database(path)
    try:
        assert count_cases() == before["case"]
        for row in list_cases(CaseFilter(), limit=1000):
            detail = load_case(row.id)                     # every case opens in the window
            assert detail.number == row.number and detail.patient.surname_latin
        first = list_cases(CaseFilter(), limit=1)[0]
        surname = load_case(first.id).patient.surname_latin
        assert first.id in [r.id for r in list_cases(CaseFilter(search=surname.lower()))]
    finally:
        close_database()

    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    for table in ("case", "patient", "companion"):
        assert rows(path, table) == before[table]
    assert rows(path, "audit") >= before["audit"]


def test_release_0_2_0_gets_versions_change_ids_and_tombstones_without_losing_a_row(tmp_path: Path) -> None:
    """Schema 4 → 5 (the team model): every audit row kept, each with its own change id, the
    case it belongs to and version 1; numbers, screenings and status history as they were."""
    path = tmp_path / "release-0.2.0.sqlite"
    shutil.copyfile(RELEASES_DIR / "release-0.2.0.sqlite", path)
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == 4
        old_audit = con.execute('SELECT seq, "at", "user", "table", record_id, action, field, old, new '
                                'FROM audit ORDER BY seq').fetchall()
        numbers = con.execute('SELECT id, number FROM "case" ORDER BY id').fetchall()
        kept = {t: rows(path, t) for t in ("screening", "status_change", "note", "itinerary_item",
                                          "visa_record")}
        old_station = con.execute("SELECT value FROM local_info WHERE key = 'station'").fetchone()[0]
    assert {r[5] for r in old_audit} == {"create", "update", "delete"}

    open_database(path)
    close_database()
    with sqlite3.connect(path) as con:
        after = con.execute('SELECT seq, "at", "user", "table", record_id, action, field, old, new, '
                            'change_id, case_id, case_version FROM audit ORDER BY seq').fetchall()
        assert con.execute('SELECT id, number FROM "case" ORDER BY id').fetchall() == numbers
        assert {v for (v,) in con.execute('SELECT version FROM "case"')} == {1}
        owned = dict(con.execute('SELECT id, case_id FROM companion UNION ALL SELECT id, case_id FROM note '
                                 'UNION ALL SELECT id, case_id FROM itinerary_item'))
    assert [r[:9] for r in after] == old_audit                      # every row, as it was
    change_ids = [r[9] for r in after]
    assert len(set(change_ids)) == len(change_ids) and all(len(c) == 36 for c in change_ids)
    assert {r[11] for r in after if r[10]} == {1}
    for row in after:
        table, record = row[3], row[4]
        if table == "case":
            assert row[10] == record
        elif record in owned:
            assert row[10] == owned[record]
    for table, count in kept.items():
        assert rows(path, table) == count
    # No place was recorded before: it may have been copied already, so it gets a new station.
    with sqlite3.connect(path) as con:
        info = dict(con.execute("SELECT key, value FROM local_info"))
    assert info["station"] != old_station and len(info["station"]) == 3
    assert [f["station"] for f in json.loads(info["stations-before"])] == [old_station]
    assert not [k for k in info if k.startswith("seq-")]          # its counters start fresh
