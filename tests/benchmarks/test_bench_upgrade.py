"""Upgrading a real-size database from an earlier release: 100,000 cases written by release 0.2.0
(schema 4) opened by this release (every migration since, the safety copy before it included).

The schema-4 database is grown from the release fixture (tests/fixtures/releases/release-0.2.0.sqlite,
13 cases with companions, itineraries, visas and history) by copying its records with new ids,
new case numbers and a new search row per case, so it has the shape the old release wrote.
An upgrade once took over 7 minutes here (a table scan per itinerary item); it must stay in
seconds."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import time
import uuid
from pathlib import Path

from tests.benchmarks.conftest import table

N = int(os.environ.get("HIRT_BENCH_CASES", "100000"))
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "releases" / "release-0.2.0.sqlite"
COPIED = ("patient", "case", "companion", "screening", "status_change", "note", "itinerary_item",
          "visa_record", "audit")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def grow_schema_4(path: Path, cases: int) -> int:
    """Copy the fixture to `path` and add copies of its records until it holds `cases` cases."""
    shutil.copyfile(FIXTURE, path)
    conn = sqlite3.connect(path)
    rows = {t: conn.execute(f'SELECT * FROM "{t}"').fetchall() for t in COPIED}
    columns = {t: [r[1] for r in conn.execute(f"PRAGMA table_info('{t}')")] for t in COPIED}
    own_ids = {row[0] for t in COPIED if t != "audit" for row in rows[t]}
    search = dict(conn.execute("SELECT rowid, body FROM case_search").fetchall())
    per_copy = len(rows["case"])
    top_seq = conn.execute('SELECT max(seq) FROM "case"').fetchone()[0]
    copies = max(0, -(-(cases - per_copy) // per_copy))      # rounded up: at least `cases`
    namespace = uuid.UUID("5f1d2c3a-0000-4000-8000-000000000000")

    def renamed(copy: int, value: object) -> object:
        if not isinstance(value, str):
            return value
        return _UUID.sub(lambda m: str(uuid.uuid5(namespace, f"{m[0]}/{copy}"))
                         if m[0] in own_ids else m[0], value)

    conn.execute("BEGIN")
    for copy in range(1, copies + 1):
        for t in COPIED:
            cols = [c for c in columns[t] if not (t == "audit" and c == "seq")]
            out = []
            for row in rows[t]:
                values = dict(zip(columns[t], row, strict=True))
                new = {c: renamed(copy, values[c]) for c in cols}
                if t == "case":
                    new["number"] = f"{values['number']}-{copy}"
                    new["seq"] = values["seq"] + copy * top_seq
                out.append(tuple(new[c] for c in cols))
            names = ", ".join(f'"{c}"' for c in cols)
            conn.executemany(f'INSERT INTO "{t}" ({names}) VALUES ({", ".join("?" * len(cols))})', out)
        conn.executemany("INSERT INTO case_search (rowid, body) VALUES (?, ?)",
                         [(rowid + copy * top_seq, body) for rowid, body in search.items()])
    conn.execute("COMMIT")
    total = conn.execute('SELECT count(*) FROM "case"').fetchone()[0]
    conn.close()
    return int(total)


def test_upgrading_a_release_0_2_database_of_100000_cases(tmp_path: Path) -> None:
    from hirt_desk.store.database import close_database, open_database
    from hirt_desk.store.migrations import SCHEMA_VERSION
    from hirt_desk.store.models import AuditEntry, Case
    path = tmp_path / "old.sqlite"
    started = time.perf_counter()
    cases = grow_schema_4(path, N)
    grown_s = time.perf_counter() - started
    size_mb = path.stat().st_size / 2**20
    started = time.perf_counter()
    open_database(path)
    upgrade_s = time.perf_counter() - started
    try:
        upgraded = (Case.select().count(), AuditEntry.select().count(),
                    AuditEntry.select().where(AuditEntry.change_id.is_null()).count())
        conn = sqlite3.connect(path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        traveller_rows = conn.execute("SELECT count(*) FROM itinerary_traveller").fetchone()[0]
        conn.close()
    finally:
        close_database()
    assert upgraded[0] == cases and upgraded[2] == 0 and version == SCHEMA_VERSION
    table(f"Upgrade from schema 4 (release 0.2.0) to {SCHEMA_VERSION}, {cases:,} cases", [
        ("schema-4 database grown from the fixture", f"{grown_s:.1f} s, {size_mb:.0f} MB"),
        ("open: safety copy, every migration, checks", f"{upgrade_s:.1f} s"),
        ("audit rows given change ids", f"{upgraded[1]:,}"),
        ("itinerary traveller rows made", f"{traveller_rows:,}"),
    ])
