"""Several seats on one server database at once (issue 16): saves of one case from the same base
version merge field by field or conflict, never lose an update; cases created at once get unique
numbers; a save whose connection the server ends half-way leaves nothing half-saved."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import psycopg
import pytest

from hirt_desk.actions.case_fields import new_case, parse_assignments, set_case_fields, show_case
from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.actions.editing import MergeConflict
from hirt_desk.store import audit
from hirt_desk.store.database import close_database, open_database
from hirt_desk.store.errors import StoreError
from hirt_desk.store.models import db
from tests.store.procs import run_writers


@pytest.fixture
def server(pg_ready_url: str) -> Iterator[str]:
    open_database(pg_ready_url)
    yield pg_ready_url
    close_database()


def at_once(jobs: list[Callable[[], Any]]) -> list[Any]:
    """Run the jobs on threads of their own (each its own connection), started together; each
    one's result or the exception it raised."""
    barrier = threading.Barrier(len(jobs))
    results: list[Any] = [None] * len(jobs)

    def run(i: int) -> None:
        barrier.wait()
        try:
            results[i] = jobs[i]()
        except Exception as exc:
            results[i] = exc
        finally:
            db.close()
    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


@pytest.fixture
def slow_saves(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every save holds the case's row lock a moment: saves started together really overlap."""
    real = audit.lock_case

    def lock_then_wait(case: Any) -> None:
        real(case)
        time.sleep(0.3)
    monkeypatch.setattr(audit, "lock_case", lock_then_wait)


def setting(number: str, field: str, value: str, base: int) -> Callable[[], int]:
    return lambda: set_case_fields(number, parse_assignments([f"{field}={value}"]), base_version=base,
                                   user=f"seat-{field}-{value}")


def test_saves_of_other_fields_from_one_base_all_merge(server: str, slow_saves: None) -> None:
    from datetime import date
    case = new_case("Nguyen", "Van An", "VN", date(1958, 2, 1))
    base = case.version
    fields = [("patient.phone", "+84 91 234 56 78"), ("patient.email", "an@example.com"),
              ("patient.address", "5 Tran Hung Dao, Hanoi"), ("facts.ecog", "1"), ("facts.site", "liver")]
    results = at_once([setting(case.number, f, v, base) for f, v in fields])
    assert sorted(results) == [base + 1 + i for i in range(len(fields))]      # each saved, in turn
    shown = show_case(case.number)
    assert shown["version"] == base + len(fields)
    assert (shown["patient"]["phone"], shown["patient"]["email"], shown["patient"]["address"]) == (
        "+84 912 345 678", "an@example.com", "5 Tran Hung Dao, Hanoi")
    assert (shown["facts"]["ecog"], shown["facts"]["site"]) == (1, "liver")


def test_saves_of_one_field_from_one_base_one_wins_the_others_conflict(server: str, slow_saves: None) -> None:
    from datetime import date
    case = new_case("Kim", "Min Jun", "KR", date(1960, 5, 6))
    base = case.version
    phones = ["+82 10 1234 5678", "+82 10 2222 3333", "+82 10 4444 5555", "+82 10 6666 7777"]
    results = at_once([setting(case.number, "patient.phone", p, base) for p in phones])
    saved = [r for r in results if isinstance(r, int)]
    conflicts = [r for r in results if isinstance(r, MergeConflict)]
    assert saved == [base + 1] and len(conflicts) == len(phones) - 1, results
    winner = phones[results.index(base + 1)]
    shown = show_case(case.number)
    assert shown["version"] == base + 1
    digits = [re.sub(r"\D", "", p) for p in (shown["patient"]["phone"], winner)]
    assert digits[0] == digits[1]
    for conflict in conflicts:
        [c] = conflict.conflicts
        assert c.field == "patient.phone" and c.theirs == shown["patient"]["phone"]
        assert c.by == "postgres"       # the session's login, whatever the seat said it was


def test_writers_creating_cases_at_once_get_unique_numbers(pg_ready_url: str) -> None:
    open_database(pg_ready_url)            # the server's station, once
    close_database()
    results = run_writers(pg_ready_url, 4, 40)       # 4 processes, 10 new cases each
    assert [failed for failed, _ in results] == [0, 0, 0, 0]
    with psycopg.connect(pg_ready_url) as conn:
        numbers = [n for (n,) in conn.execute('SELECT number FROM "case" ORDER BY seq')]
        seqs = [s for (s,) in conn.execute('SELECT seq FROM "case" ORDER BY seq')]
        indexed = conn.execute("SELECT count(*) FROM case_search").fetchone()[0]
    assert len(numbers) == len(set(numbers)) == 40 and indexed == 40
    assert seqs == list(range(1, 41))
    assert sorted(int(n.rsplit("-", 1)[1]) for n in numbers) == list(range(1, 41))


def server_pid(url: str, state: str = "idle in transaction") -> int:
    """The backend of the seat whose transaction waits (there is one)."""
    with psycopg.connect(url, autocommit=True) as conn:
        for _ in range(200):
            rows = conn.execute("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                                "AND application_name = 'HIRT Desk' AND state = %s", (state,)).fetchall()
            if rows:
                return int(rows[0][0])
            time.sleep(0.05)
    raise AssertionError("no seat in a transaction")


def counts(url: str) -> tuple[Any, ...]:
    with psycopg.connect(url) as conn:
        return tuple(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                     for t in ("case", "patient", "audit", "screening", "status_change", "case_search"))


@pytest.mark.parametrize("save", ["create", "set"])
def test_a_save_whose_connection_is_ended_half_way_leaves_nothing_half_saved(  # type: ignore[no-untyped-def]
        server: str, monkeypatch: pytest.MonkeyPatch, save: str) -> None:
    from datetime import date
    case = new_case("Tran", "Thi Hoa", "VN", date(1970, 1, 1))
    before, shown = counts(server), show_case(case.number)
    paused, go_on = threading.Event(), threading.Event()
    real = audit._Rows.write

    def write_then_wait(self: Any, versions: Any) -> None:   # the audit rows written, not yet committed
        real(self, versions)
        paused.set()
        go_on.wait(30)
    monkeypatch.setattr(audit._Rows, "write", write_then_wait)
    job = (lambda: create_case(PatientData("LE", "VAN NAM", nationality="VN"))) if save == "create" \
        else setting(case.number, "patient.email", "hoa@example.com", case.version)
    result: list[Any] = []
    thread = threading.Thread(target=lambda: result.extend(at_once([job])))
    thread.start()
    assert paused.wait(30)
    with psycopg.connect(server, autocommit=True) as admin:
        assert admin.execute("SELECT pg_terminate_backend(%s)", (server_pid(server),)).fetchone()[0]
    go_on.set()
    thread.join(30)
    [outcome] = result
    assert isinstance(outcome, StoreError) and outcome.reason == "cannot_connect", outcome
    assert counts(server) == before
    monkeypatch.setattr(audit._Rows, "write", real)
    assert show_case(case.number) == shown
    [again] = at_once([job])                  # the seat reconnects and saves
    assert not isinstance(again, Exception), again
