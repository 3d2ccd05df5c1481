"""Issue 5: with 100,000 cases the case list appears and each search answers in under 100 ms.

Measures the window's own model (CaseListModel over the store), offscreen, on a database made
by `demo --cases 100000` (kept in HIRT_BENCH_DB if given, to save re-making it)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QTableView

from tests.benchmarks.conftest import table

N = int(os.environ.get("HIRT_BENCH_CASES", "100000"))


def test_case_list_on_100k(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    db = Path(os.environ.get("HIRT_BENCH_DB", tmp_path / "bench.sqlite"))
    if not db.exists():
        subprocess.run([sys.executable, "-m", "hirt_desk", "--db", str(db), "demo", "--cases", str(N)],
                       check=True, capture_output=True)
    app = QApplication.instance()
    from hirt_desk.store.cases import CaseFilter, count_cases, list_cases
    from hirt_desk.store.database import close_database, open_database
    from hirt_desk.ui.case_list_model import CaseListModel
    open_database(db, full_check=False)
    model = CaseListModel(list_cases, count_cases)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(1000, 700)
    view.show()
    t0 = time.perf_counter()
    model.reload()
    app.processEvents()
    first_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    while model.canFetchMore():
        model.fetchMore()
        if model.rowCount() >= 2000:
            break
    scroll_ms = (time.perf_counter() - t0) * 1000
    rows = list_cases(limit=N)[:: max(1, N // 30)]
    queries = ([r.surname_latin.lower() for r in rows] + [r.name_native for r in rows]
               + [r.number for r in rows] + [r.name_native[:1] for r in rows] + ["li", "zz"])
    times = []
    for text in queries:
        t0 = time.perf_counter()
        model.set_filter(CaseFilter(search=text))
        app.processEvents()
        times.append((time.perf_counter() - t0) * 1000)
    combined = []
    for flt in (CaseFilter(status="inquiry", search="wang"), CaseFilter(status="completed", search="li"),
                CaseFilter(search="nguyen", overdue_on=__import__("datetime").date.today())):
        t0 = time.perf_counter()
        model.set_filter(flt)
        app.processEvents()
        combined.append((time.perf_counter() - t0) * 1000)
    close_database()
    view.setModel(None)          # release the model while Qt is still up (not at interpreter exit)
    model.deleteLater()
    app.processEvents()
    table("Case list benchmark (window model, offscreen)", [
        ("cases", f"{N:,}"),
        ("list appears (count + first page + paint)", f"{first_ms:.1f} ms (target < 100 ms)"),
        ("fetch pages to 2,000 rows", f"{scroll_ms:.1f} ms"),
        (f"search as typed ({len(times)} queries)",
         f"median {statistics.median(times):.1f} ms, max {max(times):.1f} ms (target < 100 ms)"),
        ("search + status / overdue filter", f"max {max(combined):.1f} ms"),
    ])
