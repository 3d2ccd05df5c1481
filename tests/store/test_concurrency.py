"""Several processes on one database file at once: no save is refused while others write."""

from __future__ import annotations

from pathlib import Path

from hirt_desk.store.database import close_database, open_database
from tests.store.procs import run_writers


def test_three_writers_at_once_lose_no_save(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    open_database(path)
    close_database()
    results = run_writers(path, 3, 100)
    assert [failed for failed, _ in results] == [0, 0, 0]
    import sqlite3
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM status_change").fetchone()[0] == 3 * 100
    conn.close()
