"""Concurrent writers: saves per second with 1, 3 and 6 processes each doing real actions
(create a case, move it along the pipeline) on one database file, and how many saves failed
(must be none: writers queue on the write lock within the busy timeout)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from hirt_desk.store.database import close_database, open_database
from tests.benchmarks.conftest import table
from tests.store.procs import run_writers

SAVES = int(os.environ.get("HIRT_BENCH_SAVES", "300"))      # per writer


def test_concurrent_writers(tmp_path: Path) -> None:
    rows = [("saves per writer", str(SAVES))]
    failures = {}
    for writers in (1, 3, 6):
        path = tmp_path / f"writers-{writers}.sqlite"
        open_database(path)
        close_database()
        results = run_writers(path, writers, SAVES)
        failed = sum(f for f, _ in results)
        wall = max(s for _, s in results)
        done = writers * SAVES - failed
        conn = sqlite3.connect(path)
        stored = conn.execute("SELECT count(*) FROM status_change").fetchone()[0]
        conn.close()
        assert stored == done
        failures[writers] = failed
        rows.append((f"{writers} writer{'s' if writers > 1 else ''}",
                     f"{done / wall:7.0f} saves/s   failed {failed}   "
                     f"(slowest writer {wall:.2f} s)"))
    table("Concurrent writers (processes on one SQLite file, synchronous=FULL)", rows)
    assert failures == {1: 0, 3: 0, 6: 0}
