"""Issue 17: laptop sync against a real PostgreSQL server. A laptop with 200 checked-out cases
(as `demo` makes them) sends 1,000 changed fields spread over the patients, the facts, the
itinerary items and the companions; then the office makes 10,000 field changes to those cases
and the laptop pulls them. Each sync is the `sync` command as a user runs it (opening the
encrypted laptop file and the server included). Prints a table; asserts what was exchanged,
never a time. BENCH_PROFILE=1 prints where each sync spends its time (cProfile)."""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import resource
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.benchmarks.conftest import table
from tests.cli.conftest import Result, run_main  # noqa: F401  (the fixture)
from tests.sync.conftest import PASSPHRASE, on

CASES = 200
LAPTOP_FIELDS = 1_000          # one save of 5 fields a case
OFFICE_SAVES, OFFICE_PER_SAVE = 5, 10      # 200 x 5 x 10 = 10,000 field changes
TEXT_FIELDS = {"patient": ("address", "email", "passport_number", "phone"),
               "itinerary": ("title", "notes", "reference", "confirmation"),
               "companion": ("address", "email", "phone", "passport_number")}
HISTOLOGY = ("adenocarcinoma", "nsclc", "squamous_cell_carcinoma", "hcc")


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _complete(case_id: str) -> int:
    """Give a demo case without a companion or an itinerary item one (as the office would), so
    that every case has records of each kind to change; returns how many were added."""
    from hirt_desk.store.audit import CaseChange
    from hirt_desk.store.database import write_transaction
    from hirt_desk.store.models import Case, Companion, ItineraryItem
    added = 0
    with write_transaction():
        case = Case.get_by_id(case_id)
        with CaseChange(case, "olga") as change:
            if not Companion.select().where(Companion.case == case_id).exists():
                change.create(Companion.create(case=case, surname_latin="TRAN", given_names_latin="HOA",
                                               nationality="VN", relation="spouse"))
                added += 1
            if not ItineraryItem.select().where(ItineraryItem.case == case_id).exists():
                change.create(ItineraryItem.create(case=case, kind="flight", starts="2027-04-20T09:30",
                                                   title="VN300"))
                added += 1
    return added


def _save(case_id: str, user: str, round_: int, kinds: list[str], counts: Counter[str]) -> None:
    """One save of the case changing one field for each entry of `kinds`, each to a value it did
    not have."""
    from hirt_desk.store.audit import CaseChange
    from hirt_desk.store.database import write_transaction
    from hirt_desk.store.models import Case, Companion, ItineraryItem
    with write_transaction():
        case = Case.get_by_id(case_id)
        records: dict[str, Any] = {
            "patient": case.patient,
            "itinerary": ItineraryItem.select().where((ItineraryItem.case == case_id)
                                                      & ItineraryItem.deleted_at.is_null()).first(),
            "companion": Companion.select().where((Companion.case == case_id)
                                                  & Companion.deleted_at.is_null()).first()}
        used: Counter[str] = Counter()
        facts = dict(case.facts or {})
        with CaseChange(case, user) as change:
            for kind in kinds:
                n = used[kind]
                used[kind] += 1
                counts[kind] += 1
                if kind == "facts":
                    if n == 0:
                        facts["ecog"] = (int(facts.get("ecog") or 0) + 1) % 5
                    else:
                        facts["histology"] = next(h for h in HISTOLOGY if h != facts.get("histology"))
                    continue
                field = TEXT_FIELDS[kind][n]
                value = f"{user}{round_}@example.com" if field == "email" else f"{user} {round_} {field}"
                change.update(records[kind], {field: value})
            if used["facts"]:
                change.set_facts(case, facts)


def _timed(run: Callable[..., Result], laptop: str, label: str) -> tuple[dict[str, int], float, float]:
    """`sync` on the laptop: what it printed, its wall and CPU seconds (this process's CPU: the
    server's own work shows in wall time only)."""
    profile = cProfile.Profile() if os.environ.get("BENCH_PROFILE") else None
    wall, cpu = time.perf_counter(), _cpu()
    if profile:
        profile.enable()
    result = run("--db", laptop, "--user", "lena", "sync")
    if profile:
        profile.disable()
    wall, cpu = time.perf_counter() - wall, _cpu() - cpu
    assert result.code == 0, result.err
    if profile:
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(30)
        print(f"\n--- profile: {label} ---\n{out.getvalue()}")
    printed: dict[str, int] = result.json()
    return printed, wall, cpu


def test_sync_200_cases(request: pytest.FixtureRequest, pg_ready_url: str, tmp_path: Path,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HIRT_DESK_PASSPHRASE", PASSPHRASE)
    run: Callable[..., Result] = request.getfixturevalue("run_main")
    url, laptop = pg_ready_url, str(tmp_path / "laptop.sqlite")
    assert run("--db", url, "--user", "olga", "demo", "--cases", str(CASES), "--seed", "17").code == 0
    from hirt_desk.store.models import AuditEntry, Case
    with on(url):
        ids = [c.id for c in Case.select(Case.id).order_by(Case.seq)]
        completed = sum(_complete(case) for case in ids)

    start = time.perf_counter()
    checkout = run("--db", laptop, "--user", "lena", "checkout", "--server", url,
                   *(a for case in ids for a in ("--case", case)))
    checkout_s = time.perf_counter() - start
    assert checkout.json() == {"checked_out": CASES}, checkout.err

    laptop_kinds: Counter[str] = Counter()
    start = time.perf_counter()
    with on(laptop):
        for case in ids:
            _save(case, "lena", 1, ["patient", "facts", "itinerary", "companion", "patient"], laptop_kinds)
    laptop_edit_s = time.perf_counter() - start
    assert sum(laptop_kinds.values()) == LAPTOP_FIELDS
    pushed, push_s, push_cpu = _timed(run, laptop, "push 1,000")
    assert pushed["pushed"] == LAPTOP_FIELDS and pushed["conflicts"] == 0, pushed

    office_kinds: Counter[str] = Counter()
    kinds = ["patient", "patient", "patient", "facts", "facts", "itinerary", "itinerary", "itinerary",
             "companion", "companion"]
    start = time.perf_counter()
    with on(url):
        for round_ in range(1, OFFICE_SAVES + 1):
            for case in ids:
                _save(case, "olga", round_, kinds, office_kinds)
        office_rows = AuditEntry.select().where((AuditEntry.user == "olga")
                                                & (AuditEntry.action == "update")).count()
    office_edit_s = time.perf_counter() - start
    assert sum(office_kinds.values()) == CASES * OFFICE_SAVES * OFFICE_PER_SAVE == office_rows
    pulled, pull_s, pull_cpu = _timed(run, laptop, "pull 10,000")
    assert pulled["pulled"] == office_rows and pulled["pushed"] == 0, pulled
    idle, idle_s, idle_cpu = _timed(run, laptop, "nothing to do")
    assert idle == {"pushed": 0, "pulled": 0, "conflicts": 0}

    for case in ids[:: CASES // 10]:          # both sides agree
        shown = [run("--db", db, "case", "show", case).json() for db in (url, laptop)]
        assert shown[0] == shown[1]

    def spread(counts: Counter[str]) -> str:
        return ", ".join(f"{k} {counts[k]:,}" for k in ("patient", "facts", "itinerary", "companion"))

    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    table(f"Laptop sync: {CASES} checked-out cases, PostgreSQL server (load average {load}, "
          f"{os.cpu_count()} cores)", [
              ("checkout of 200 cases", f"{checkout_s:.1f} s ({completed} companions or itinerary "
                                        "items added to demo cases first, so that each has both)"),
              ("laptop file after checkout", f"{Path(laptop).stat().st_size / 1e6:.1f} MB (encrypted)"),
              ("1,000 laptop field changes", spread(laptop_kinds) + f" ({laptop_edit_s:.1f} s to save)"),
              ("sync: push 1,000 (wall / CPU here)", f"{push_s:.1f} s / {push_cpu:.1f} s  {pushed}"),
              ("10,000 office field changes", spread(office_kinds) + f" ({office_edit_s:.1f} s to save)"),
              ("sync: pull 10,000 (wall / CPU here)", f"{pull_s:.1f} s / {pull_cpu:.1f} s  {pulled}"),
              ("sync with nothing to do", f"{idle_s:.1f} s / {idle_cpu:.1f} s"),
          ])
