"""A sync cut at any point (the process killed) leaves both sides consistent, and the next sync
completes it: nothing lost, nothing applied twice, each conflict recorded once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from hirt_desk.actions.sync import CRASH_ENV
from tests.sync.conftest import Office, on

STEPS = 6          # push, merged (one case), pushed, sent, pulled, writing


def _sync_process(office: Office, crash_at: int | None = None) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if crash_at is not None:
        env[CRASH_ENV] = str(crash_at)
    command = [sys.executable, "-m", "hirt_desk", "--db", office.laptop, "--user", office.lena, "sync"]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _edit_both(office: Office, case: str, n: int) -> None:
    office.ok(office.on_laptop("case", "set", case, f"patient.email=round{n}@example.com",
                               f"patient.phone=+84 90 100 {1000 + n}"))
    office.ok(office.office("case", "set", case, f"patient.address=Street {n}",
                            f"patient.phone=+84 90 200 {2000 + n}"))


def _check_agree(office: Office, case: str, rounds: int) -> None:
    laptop, server = office.show(case, "laptop"), office.show(case, "office")
    assert {**laptop, "updated_at": ""} == {**server, "updated_at": ""}
    assert server["patient"]["email"] == f"round{rounds}@example.com"
    assert server["patient"]["address"] == f"Street {rounds}"
    assert server["patient"]["phone"] == f"+84 902 002 {rounds:03d}"      # the office's, kept
    emails = [r for r in office.history(case, "office") if r["field"] == "patient.email"]
    assert [r["new"] for r in emails] == [f"round{n}@example.com" for n in range(1, rounds + 1)]
    conflicts = office.conflicts("office")
    assert len(conflicts) == rounds and office.conflicts("laptop") == conflicts
    from hirt_desk.store.models import AuditEntry
    with on(office.url):
        ids = [r.change_id for r in AuditEntry.select().where(AuditEntry.case_id == case)]
        assert len(ids) == len(set(ids))


def test_a_sync_killed_at_each_step_is_completed_by_the_next(office: Office) -> None:
    case = office.new_case()["id"]
    office.checkout(case)
    for crash_at in range(1, STEPS + 1):
        _edit_both(office, case, crash_at)
        process = _sync_process(office, crash_at)
        out, err = process.communicate(timeout=120)
        assert process.returncode == 70, (crash_at, out, err)
        office.sync()
        _check_agree(office, case, crash_at)


def test_a_sync_killed_at_random_moments(office: Office) -> None:
    case = office.new_case()["id"]
    office.checkout(case)
    chance = random.Random(17)
    for n in range(1, 5):
        _edit_both(office, case, n)
        process = _sync_process(office)
        time.sleep(chance.uniform(0.3, 2.0))
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
        office.sync()
        _check_agree(office, case, n)
