"""Issue 4: screenings per second in one process (target >= 20,000/s) and rule file load time."""

from __future__ import annotations

import random
import time
from datetime import date

from hirt_desk.actions.demo import make_specs
from hirt_desk.rules import get_rule_set, load_rule_set, rules_dir, screen, validate_facts
from tests.benchmarks.conftest import table


def test_screening_throughput() -> None:
    loads = []
    for _ in range(20):
        t0 = time.perf_counter()
        load_rule_set(rules_dir() / "ghmc.toml")
        loads.append((time.perf_counter() - t0) * 1000)
    rules = get_rule_set("ghmc")
    facts = [validate_facts(s.facts) for s in make_specs(5000, 9, date(2026, 11, 22))]
    random.Random(1).shuffle(facts)
    n = 0
    start = time.perf_counter()
    while time.perf_counter() - start < 3:
        for f in facts:
            screen(rules, f)
        n += len(facts)
    screen_rate = n / (time.perf_counter() - start)
    raw = [s.facts for s in make_specs(2000, 3, date(2026, 11, 22))]
    start = time.perf_counter()
    for f in raw * 5:
        screen(rules, validate_facts(f))
    with_validation = len(raw) * 5 / (time.perf_counter() - start)
    table("Rules engine benchmark (one process, one core)", [
        ("rule file load (ghmc.toml)", f"median {sorted(loads)[10]:.2f} ms"),
        ("screenings per second", f"{screen_rate:,.0f} /s (target >= 20,000)"),
        ("validate + screen per second", f"{with_validation:,.0f} /s"),
        ("mixed facts", f"{len(facts)} demo fact sets, every row and verdict"),
    ])
