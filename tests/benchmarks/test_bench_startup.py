"""Start-up over 100,000 cases: `gui --exit-after-load` against a bare Qt window with a table,
in the same run (aim: no more than 3 times the bare window).

Both are started as the user starts them, a new process each time; the figure is the median of
5 starts, measured twice: inside the process (from the first line of our program to the first
turn of the event loop with the list shown, what `startup_ms` reports) and from outside (the
whole process, interpreter start and exit included). The database is made by
`demo --cases 100000` (kept in HIRT_BENCH_DB if given, to save re-making it)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.conftest import table

N = int(os.environ.get("HIRT_BENCH_CASES", "100000"))
RUNS = int(os.environ.get("HIRT_BENCH_STARTS", "5"))

BARE = """
import time
started = time.perf_counter()
import json, sys
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

class Rows(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 100_000
    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 8
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return f"{index.row()}:{index.column()}" if role == Qt.ItemDataRole.DisplayRole else None

app = QApplication(sys.argv[:1])
window = QMainWindow()
view = QTableView(window)
view.setModel(Rows(view))
window.setCentralWidget(view)
window.resize(1280, 800)
window.show()
def report():
    print(json.dumps({"startup_ms": round((time.perf_counter() - started) * 1000, 1)}), flush=True)
    app.quit()
QTimer.singleShot(0, report)
app.exec()
"""


def start(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(ms inside the process, ms of the whole process)."""
    t0 = time.perf_counter()
    out = subprocess.run(args, capture_output=True, text=True, check=True, timeout=300, env=env).stdout
    whole = (time.perf_counter() - t0) * 1000
    return json.loads(out.strip().splitlines()[-1])["startup_ms"], whole


def test_startup_against_a_bare_window(tmp_path: Path) -> None:
    db = Path(os.environ.get("HIRT_BENCH_DB", tmp_path / "bench.sqlite"))
    if not db.exists():
        subprocess.run([sys.executable, "-m", "hirt_desk", "--db", str(db), "demo", "--cases", str(N)],
                       check=True, capture_output=True)
    ours_cmd = [sys.executable, "-m", "hirt_desk", "--db", str(db), "gui", "--exit-after-load"]
    bare_cmd = [sys.executable, "-c", BARE]
    # as installed: compiled bytecode is kept (here in a folder of its own, whatever
    # PYTHONDONTWRITEBYTECODE says), so a start reads .pyc files rather than compiling sources
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "pycache")
    start(ours_cmd, env)                   # warm the page cache and the bytecode cache
    start(bare_cmd, env)
    ours, bare = [], []
    for _ in range(RUNS):                  # interleaved: both see the same machine load
        ours.append(start(ours_cmd, env))
        bare.append(start(bare_cmd, env))
    ours_in, ours_all = (statistics.median(x) for x in zip(*ours, strict=True))
    bare_in, bare_all = (statistics.median(x) for x in zip(*bare, strict=True))
    from hirt_desk.store.database import inspect_file
    checks = []
    for _ in range(3):                     # the page check (PRAGMA quick_check), run after the list shows
        t0 = time.perf_counter()
        inspect_file(db)
        checks.append((time.perf_counter() - t0) * 1000)
    check = statistics.median(checks)
    table(f"Start-up, {N:,} cases (median of {RUNS})", [
        ("gui --exit-after-load, in the process", f"{ours_in:.0f} ms"),
        ("bare Qt window with a table, in the process", f"{bare_in:.0f} ms"),
        ("ratio, in the process", f"{ours_in / bare_in:.1f}x (aim <= 3x)"),
        ("page check, in the background once the list shows", f"{check:.0f} ms"),
        ("gui --exit-after-load, whole process", f"{ours_all:.0f} ms"),
        ("bare Qt window with a table, whole process", f"{bare_all:.0f} ms"),
        ("ratio, whole process", f"{ours_all / bare_all:.1f}x"),
    ])
