"""The window opens a database without waiting for SQLite's page check and runs it in the
background: a save made meanwhile waits for the verdict, and after damage is found every save is
refused, so nothing is written into a damaged file (store/database.check_pages_in_background)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.store import encryption
from hirt_desk.store.database import check_pages_in_background, close_database, open_database
from hirt_desk.store.errors import StoreError
from hirt_desk.store.models import Case, write_gate

pytestmark = pytest.mark.sqlite_only


def damage_unused_index(path: Path) -> None:
    """Garbage over an index page no save of a new case touches (the itinerary's travellers):
    the header, the schema and the case list still read, and SQLite itself would let a save
    through, but its page check (quick_check) finds the damage."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE type = 'index' "
                        "AND tbl_name = 'itinerary_traveller' ORDER BY name LIMIT 1").fetchone()[0]
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xa5" * page_size)
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA quick_check").fetchone()[0] != "ok"
    check.close()


def some_cases(path: Path, n: int = 3) -> None:
    open_database(path)
    for i in range(n):
        create_case(PatientData("WANG", f"Wei {i}", "王伟", nationality="CN"), user="tanaka")
    close_database()


def run_check(path: Path) -> StoreError | None:
    verdicts: list[StoreError | None] = []
    check_pages_in_background(path, None, verdicts.append).join(timeout=30)
    assert len(verdicts) == 1
    return verdicts[0]


def test_a_sound_file_passes_and_saves_go_through(db_path: Path) -> None:
    some_cases(db_path)
    open_database(db_path, full_check=False)
    try:
        assert run_check(db_path) is None
        create_case(PatientData("KIM", "Minji", "김민지", nationality="KR"), user="tanaka")
        assert Case.select().count() == 4
    finally:
        close_database()


def test_damage_found_after_opening_refuses_every_save(db_path: Path) -> None:
    some_cases(db_path)
    damage_unused_index(db_path)
    open_database(db_path, full_check=False)        # what the window does: the list shows at once
    try:
        assert Case.select().count() == 3
        verdict = run_check(db_path)
        assert verdict is not None and verdict.reason == "corrupt"
        before = db_path.read_bytes()
        with pytest.raises(StoreError) as refused:
            create_case(PatientData("KIM", "Minji", "김민지", nationality="KR"), user="tanaka")
        assert refused.value.reason == "corrupt"
        assert db_path.read_bytes() == before
        assert Case.select().count() == 3
    finally:
        close_database()
    with pytest.raises(StoreError):                 # opened as the command line does: refused
        open_database(db_path)


def test_a_save_made_during_the_check_waits_for_it(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    some_cases(db_path)
    open_database(db_path, full_check=False)
    checking, finish = threading.Event(), threading.Event()
    real_inspect = encryption.inspect

    def slow_inspect(path: Path, passphrase: str | None = None, *, full_check: bool = True) -> int:
        checking.set()
        finish.wait(timeout=30)
        return real_inspect(path, passphrase, full_check=full_check)
    monkeypatch.setattr(encryption, "inspect", slow_inspect)
    try:
        thread = check_pages_in_background(db_path, None, lambda verdict: None)
        assert checking.wait(timeout=10)
        saved = threading.Event()

        def save() -> None:
            create_case(PatientData("KIM", "Minji", "김민지", nationality="KR"), user="tanaka")
            saved.set()
        saver = threading.Thread(target=save)
        saver.start()
        assert not saved.wait(timeout=0.5)          # held back while the pages are checked
        finish.set()
        thread.join(timeout=30)
        saver.join(timeout=30)
        assert saved.is_set()
        assert Case.select().count() == 4
    finally:
        finish.set()
        write_gate.release()
        close_database()


def test_opening_another_database_lifts_a_refusal(db_path: Path, tmp_path: Path) -> None:
    some_cases(db_path)
    damage_unused_index(db_path)
    open_database(db_path, full_check=False)
    assert run_check(db_path) is not None
    close_database()
    other = tmp_path / "other.sqlite"
    open_database(other)
    try:
        create_case(PatientData("KIM", "Minji", "김민지", nationality="KR"), user="tanaka")
        assert Case.select().count() == 1
    finally:
        close_database()
