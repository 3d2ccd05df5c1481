"""Other processes on the same database file: writers, holders, and killing them mid-way."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# One writer: opens the database, then does `saves` real actions (create a case, then move it
# inquiry -> records -> inquiry ...); prints "ok FAILED" when done. It waits for "go" on stdin
# so that several writers start their saves at the same moment.
WRITER = r"""
import sys, time
from hirt_desk.actions.cases import PatientData, change_status, create_case
from hirt_desk.store.database import open_database
from hirt_desk.store.errors import StoreError
path, saves, tag = sys.argv[1], int(sys.argv[2]), sys.argv[3]
open_database(path)
print("ready", flush=True)
sys.stdin.readline()
failed = 0
start = time.perf_counter()
case = None
for i in range(saves):
    try:
        if case is None or i % 4 == 0:
            case = create_case(PatientData("WRITER", f"{tag} {i}"))
            status = "inquiry"
        else:
            status = change_status(case.id, "records" if status == "inquiry" else "inquiry").status
    except StoreError as exc:
        failed += 1
        print(exc, file=sys.stderr)
print("ok", failed, time.perf_counter() - start, flush=True)
"""

# Opens the database, saves one case, prints "open", then keeps it open until stdin closes
# or is killed. With a second argument "hold", the first session never checkpoints.
HOLDER = r"""
import sys
from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.store.database import open_database
from hirt_desk.store.models import db
path = sys.argv[1]
open_database(path)
db.execute_sql("PRAGMA wal_autocheckpoint = 0")
create_case(PatientData("HOLDER", "ONE"))
print("open", flush=True)
for line in sys.stdin:
    if line.strip() == "save":
        create_case(PatientData("HOLDER", "MORE"))
        print("saved", flush=True)
"""


def env() -> dict[str, str]:
    root = str(Path(__file__).resolve().parents[2])
    return {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}


def start(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env())


def expect(proc: subprocess.Popen[str], word: str) -> str:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line.startswith(word):
        proc.kill()
        _, err = proc.communicate()
        raise AssertionError(f"expected {word!r}, got {line!r}: {err}")
    return line


def stop(proc: subprocess.Popen[str]) -> None:
    """Kill -9 and close its pipes."""
    proc.kill()
    proc.communicate()


def send(proc: subprocess.Popen[str], line: str) -> None:
    assert proc.stdin is not None
    proc.stdin.write(line + "\n")
    proc.stdin.flush()


def run_writers(path: Path, count: int, saves: int) -> list[tuple[int, float]]:
    """`count` writer processes doing `saves` actions each at once: [(failed, seconds)]."""
    procs = [start(WRITER, str(path), str(saves), f"W{i}") for i in range(count)]
    for p in procs:
        expect(p, "ready")
    for p in procs:
        send(p, "go")
    results = []
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        _, failed, seconds = out.split()[-3:]
        results.append((int(failed), float(seconds)))
    return results
