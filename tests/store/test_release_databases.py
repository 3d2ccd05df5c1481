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


def test_schema_5_gets_travellers_as_references_and_nothing_left_dangling(tmp_path: Path) -> None:
    """Schema 5 → 6 (travellers as references): written by the schema-5 code, with a companion
    removed (the son) whose visa record and itinerary mentions were left behind, and a visa
    record and an itinerary mention of a companion that never existed. "patient" becomes NULL,
    companion ids become foreign keys; the records of vanished companions stay as tombstones,
    their ids leave the itinerary (an item only they took goes too), every row is kept."""
    import json

    from hirt_desk.actions.itinerary import list_items
    from hirt_desk.actions.visa import load_visas
    from tests.integrity import dangling_references, items_without_travellers

    path = tmp_path / "schema-5-team-model.sqlite"
    shutil.copyfile(RELEASES_DIR / "schema-5-team-model.sqlite", path)
    tables = ("case", "patient", "companion", "itinerary_item", "visa_record", "audit", "note",
              "screening", "status_change")      # (local_info gains the station's place)
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == 5
        kept = {t: rows(path, t) for t in tables}
        case_id, son = con.execute("SELECT case_id, traveller FROM visa_record "
                                   "WHERE visa_number = 'MS3'").fetchone()
        assert con.execute("SELECT deleted_at IS NOT NULL FROM companion WHERE id = ?", (son,)).fetchone()[0]
        companions = {cid: (case, dead) for cid, case, dead in
                      con.execute("SELECT id, case_id, deleted_at IS NOT NULL FROM companion")}
        items = {iid: (case, json.loads(who), dead) for iid, case, who, dead in
                 con.execute("SELECT id, case_id, travellers, deleted_at IS NOT NULL FROM itinerary_item")}
        visas = {vid: (who, number, dead) for vid, who, number, dead in
                 con.execute("SELECT id, traveller, visa_number, deleted_at IS NOT NULL FROM visa_record")}
        old_visa_values = con.execute("SELECT id, case_id, embassy, visa_number, documents, notes, created "
                                      "FROM visa_record ORDER BY id").fetchall()
        old_items = con.execute("SELECT id, case_id, kind, title, starts, ends, cost_yen, notes "
                                "FROM itinerary_item ORDER BY id").fetchall()
    assert "no-such-companion" in {who for who, _n, _d in visas.values()}

    open_database(path)
    try:
        by_title = {i.title: i.travellers for i in list_items(case_id)}
        visa_keys = {v.key: v.record.visa_number for v in load_visas(case_id)}
    finally:
        close_database()
    wife = next(c for c, (case, dead) in companions.items() if case == case_id and not dead)
    assert by_title == {"VN 300": ("patient", wife), "Hotel": ("patient", wife), "VN 311": ("patient",)}
    assert visa_keys == {"patient": "MS1", wife: "MS2"}

    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        for table, count in kept.items():
            assert rows(path, table) == count, table                      # every row kept
        assert con.execute("SELECT id, case_id, embassy, visa_number, documents, notes, created "
                           "FROM visa_record ORDER BY id").fetchall() == old_visa_values
        assert con.execute("SELECT id, case_id, kind, title, starts, ends, cost_yen, notes "
                           "FROM itinerary_item ORDER BY id").fetchall() == old_items
        columns = {r[1] for r in con.execute("PRAGMA table_info('visa_record')")}
        assert "companion_id" in columns and "traveller" not in columns
        assert "travellers" not in {r[1] for r in con.execute("PRAGMA table_info('itinerary_item')")}
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert dangling_references(con) == [] and items_without_travellers(con) == []

        after_visas = {vid: (cid, dead, by) for vid, cid, dead, by in con.execute(
            "SELECT id, companion_id, deleted_at IS NOT NULL, deleted_by FROM visa_record")}
        for vid, (who, number, was_dead) in visas.items():
            companion, dead, by = after_visas[vid]
            live_companion = who in companions and not companions[who][1]
            if who == "patient":
                assert (companion, dead) == (None, was_dead), number
            elif live_companion:
                assert (companion, dead) == (who, was_dead), number
            else:                                 # a vanished companion's record: a tombstone
                assert dead and (was_dead or by == "upgrade to schema 6"), number
                assert companion == (who if who in companions else None), number

        joined: dict[str, set[str]] = {}
        for item_id, companion in con.execute("SELECT item_id, companion_id FROM itinerary_traveller "
                                              "WHERE deleted_at IS NULL"):
            joined.setdefault(item_id, set()).add(companion or "patient")
        after_items = dict(con.execute("SELECT id, deleted_by FROM itinerary_item"))
        for item_id, (case, who, was_dead) in items.items():
            expected = {t for t in who if t == "patient" or (
                t in companions and companions[t][0] == case and (was_dead or not companions[t][1]))}
            assert joined.get(item_id, set()) == expected, item_id
            if not expected and who and not was_dead:           # only a vanished companion took it
                assert after_items[item_id] == "upgrade to schema 6"
        assert sum(1 for by in after_items.values() if by == "upgrade to schema 6") == 1     # VN 301
        triggers = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert "companion_removed_unreferenced" in triggers
