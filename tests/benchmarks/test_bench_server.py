"""Issue 16: 100,000 cases on a PostgreSQL server: each search under 50 ms (Latin names, CJK
two-character names, passport and case numbers; median and 95th percentile), the case list's
first page under 150 ms; the same on an SQLite file beside it for comparison.

Both databases are filled by `demo --cases N` (COPY on the server); the server is the test
suite's throwaway cluster (fsync off: that changes the fill, not the reads). A search is what
the window does when the user types: the first page of matches (100) and their count.
HIRT_BENCH_CASES changes N; HIRT_BENCH_DB keeps the SQLite file between runs."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks.conftest import table

N = int(os.environ.get("HIRT_BENCH_CASES", "100000"))
SAMPLES = 40
PAGE = 100


def fill(where: str) -> float:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "hirt_desk", "--db", where, "demo", "--cases", str(N)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return time.perf_counter() - start


def queries() -> dict[str, list[str]]:
    """What coordinators type, taken from the cases of the database bound to the models."""
    from hirt_desk.store.cases import list_cases
    from hirt_desk.store.models import Case, Patient
    from hirt_desk.store.search import _IDEOGRAPH
    rows = list_cases(limit=N)
    step = max(1, len(rows) // (SAMPLES * 8))
    sample = rows[::step]
    cjk = [r.name_native[:2] for r in sample if len(r.name_native) >= 2
           and all(_IDEOGRAPH.fullmatch(c) for c in r.name_native[:2]) and r.nationality in ("CN", "TW")]
    korean = [r.name_native.split(" ")[0][:2] for r in sample if r.nationality == "KR" and r.name_native]
    ids = [r.id for r in sample[:SAMPLES]]
    passports = [p for (p,) in Case.select(Patient.passport_number).join(Patient)
                 .where(Case.id.in_(ids)).tuples() if p]
    return {
        "latin surname": [r.surname_latin.lower() for r in sample[:SAMPLES]],
        "latin prefix (3 letters)": [r.surname_latin[:3].lower() for r in sample[SAMPLES:2 * SAMPLES]],
        "CJK, 2 characters": cjk[:SAMPLES],
        "Korean, 2 syllables": korean[:SAMPLES],
        "passport number": passports[:SAMPLES],
        "case number": [r.number for r in sample[:SAMPLES]],
        "case number, last digits": [r.number.rsplit("-", 1)[1] for r in sample[:SAMPLES]],
        "no match": ["zzqqxx"] * 10,
    }


def timed(run: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    run()
    return (time.perf_counter() - t0) * 1000


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def measure(where: str, texts: dict[str, list[str]] | None = None
            ) -> tuple[dict[str, str], dict[str, list[str]]]:
    from hirt_desk.store.cases import CaseFilter, count_cases, list_cases
    from hirt_desk.store.database import close_database, open_database
    open_database(where, full_check=False)
    try:
        texts = texts or queries()
        out: dict[str, str] = {}
        first = [timed(lambda: (count_cases(), list_cases(limit=PAGE))) for _ in range(20)]
        out["case list, first page + count"] = (f"median {statistics.median(first):5.1f}, "
                                                 f"p95 {p95(first):5.1f} ms")
        for label, words in texts.items():
            list_cases(CaseFilter(search=words[0]), limit=PAGE)          # one warm-up
            total = []
            for word in words:
                flt = CaseFilter(search=word)
                total.append(timed(lambda flt=flt: (list_cases(flt, limit=PAGE), count_cases(flt))))
            out[f"search {label} ({len(words)})"] = (f"median {statistics.median(total):5.1f}, "
                                                     f"p95 {p95(total):5.1f} ms")
        return out, texts
    finally:
        close_database()


def test_search_and_list_on_a_server_and_a_file(tmp_path: Path, pg_server) -> None:  # type: ignore[no-untyped-def]
    load = os.getloadavg()
    url = pg_server.new_database(pg_server.READY)
    file = os.environ.get("HIRT_BENCH_DB", str(tmp_path / "bench.sqlite"))
    fill_server = fill(url)
    fill_file = fill(file) if not Path(file).exists() else float("nan")
    server, texts = measure(url)
    local, _ = measure(file, texts)
    rows = [("cases", f"{N:,}"), ("load average at start / end", f"{load[0]:.1f} / {os.getloadavg()[0]:.1f}"),
            ("demo --cases (fill): server / file", f"{fill_server:.0f} s / {fill_file:.0f} s")]
    for key in server:
        rows.append((key, f"server {server[key]}   file {local[key]}"))
    table("Office server benchmark: PostgreSQL vs SQLite (targets: search < 50 ms, list < 150 ms)", rows)
    pg_server.drop(url)
