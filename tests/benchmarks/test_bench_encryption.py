"""Encryption at rest: opening and searching 100,000 cases, plain against encrypted (SQLCipher).
Target: encryption costs under 25 % on search. The plain database is made by
`demo --cases 100000` (kept in HIRT_BENCH_DB if given, to save re-making it); a copy of it is
encrypted with `hirt-desk encrypt`."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.conftest import table

N = int(os.environ.get("HIRT_BENCH_CASES", "100000"))
ROUNDS = 3
SECRET = "benchmark passphrase"


def _queries() -> list[str]:
    from hirt_desk.store.cases import list_cases
    from hirt_desk.store.models import Case
    sample = list_cases(limit=N)[:: max(1, N // 17)][:17]
    texts: list[str] = []
    for r in sample:
        texts += [r.surname_latin.lower(), r.name_native, r.name_native[:1], r.number,
                  Case.get_by_id(r.id).patient.passport_number, r.number[-4:]]
    return texts[:100]


def _measure(db: Path, passphrase: str | None, queries: list[str] | None) -> dict[str, object]:
    from hirt_desk.store.cases import CaseFilter, count_cases, list_cases
    from hirt_desk.store.database import close_database, open_database
    opens, quick = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        open_database(db, passphrase=passphrase)               # as the window does: full check
        opens.append((time.perf_counter() - t0) * 1000)
        close_database()
        t0 = time.perf_counter()
        open_database(db, passphrase=passphrase, full_check=False)   # as `cases` does
        quick.append((time.perf_counter() - t0) * 1000)
        if _ < 2:
            close_database()
    queries = queries or _queries()
    page_ms, count_ms, again_ms = [], [], []
    for text in queries:
        t0 = time.perf_counter()
        list_cases(CaseFilter(search=text), limit=50)
        t1 = time.perf_counter()
        count_cases(CaseFilter(search=text))
        page_ms.append((t1 - t0) * 1000)
        count_ms.append((time.perf_counter() - t1) * 1000)
    for text in queries:           # the same searches again, as a window open for a while does
        t0 = time.perf_counter()
        list_cases(CaseFilter(search=text), limit=50)
        again_ms.append((time.perf_counter() - t0) * 1000)
    close_database()
    return {"open": statistics.median(opens), "open_quick": statistics.median(quick),
            "page": page_ms, "count": count_ms, "again": again_ms, "queries": queries}


def test_encryption_cost(tmp_path: Path) -> None:
    plain = Path(os.environ.get("HIRT_BENCH_DB", tmp_path / "bench.sqlite"))
    if not plain.exists():
        subprocess.run([sys.executable, "-m", "hirt_desk", "--db", str(plain), "demo", "--cases", str(N)],
                       check=True, capture_output=True)
    encrypted = tmp_path / "encrypted.sqlite"
    shutil.copyfile(plain, encrypted)
    env = {**os.environ, "HIRT_DESK_PASSPHRASE": SECRET}
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "hirt_desk", "--db", str(encrypted), "encrypt"],
                          capture_output=True, text=True, env=env)
    encrypt_s = time.perf_counter() - t0
    assert proc.returncode == 0, proc.stderr

    # Plain and encrypted alternate, three rounds each, so that a machine busy with something
    # else for a while weighs on both alike; each figure is the median over the rounds.
    rounds: dict[str, list[dict[str, object]]] = {"plain": [], "encrypted": []}
    queries = None
    for _round in range(ROUNDS):
        for label, db, key in (("plain", plain, None), ("encrypted", encrypted, SECRET)):
            rounds[label].append(_measure(db, key, queries))
            queries = rounds["plain"][0]["queries"]
    results = {label: {**runs[0], **{k: [statistics.median(r[k]) if isinstance(r[k], list) else r[k]
                                         for r in runs] for k in ("page", "count", "again")},
                       "open": statistics.median(r["open"] for r in runs),
                       "open_quick": statistics.median(r["open_quick"] for r in runs),
                       "worst": max(max(r["page"]) for r in runs)}
               for label, runs in rounds.items()}
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "hirt_desk", "--db", str(encrypted), "cases", "--search",
                           results["plain"]["queries"][1], "--json"], capture_output=True, text=True, env=env)
    command_ms = (time.perf_counter() - t0) * 1000
    assert proc.returncode == 0, proc.stderr

    def ratio(key: str, pick) -> str:  # type: ignore[no-untyped-def]
        a, b = pick(results["plain"][key]), pick(results["encrypted"][key])
        return f"{a:7.1f} ms  {b:7.1f} ms  {100 * (b - a) / a:+5.0f} %"

    rows = [("cases", f"{N:,} ({plain.stat().st_size / 1e6:.0f} MB plain, "
                      f"{encrypted.stat().st_size / 1e6:.0f} MB encrypted)"),
            ("hirt-desk encrypt (whole command)", f"{encrypt_s:.1f} s"),
            ("", "    plain  encrypted  cost"),
            ("open + full check (median of 3)", ratio("open", lambda v: v)),
            ("open, no page check (median of 3)", ratio("open_quick", lambda v: v)),
            (f"search page of 50, first pass, median ({ROUNDS} rounds of "
             f"{len(results['plain']['queries'])})", ratio("page", statistics.median)),
            ("search page of 50, first pass, worst", ratio("worst", lambda v: v)),
            ("search page of 50 again (warm), median", ratio("again", statistics.median)),
            ("search count, median", ratio("count", statistics.median)),
            ("cases --search, encrypted (whole command)", f"{command_ms:.0f} ms")]
    table("Encryption at rest benchmark (target: search costs < 25 % more)", rows)
