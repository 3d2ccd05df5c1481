"""Databases written by earlier releases (tests/fixtures/releases/) open in this one: upgraded
to the current schema on first open, with every case, person and audit row kept.

When a release changes the schema, add a database written by the release before it here."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from hirt_desk.actions.case_detail import load_case
from hirt_desk.store.cases import CaseFilter, count_cases, list_cases
from hirt_desk.store.database import close_database, open_database
from hirt_desk.store.migrations import SCHEMA_VERSION

RELEASES = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "releases").glob("*.sqlite"))


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
