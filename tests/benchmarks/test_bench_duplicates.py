"""Issue 21: finding duplicate persons among 100,000 (target: well under a minute), through
blocking keys rather than all five billion pairs. Persons as `demo` makes them, 2% of them
planted second entries of others (tests/persons/generated.py); prints the time of each step,
the candidate pairs by the key that found them, and how many planted pairs were found."""

from __future__ import annotations

import resource
import time

from hirt_desk.persons.blocking import BlockingStats, candidate_pairs
from hirt_desk.persons.matcher import compare, prepare
from hirt_desk.persons.scripts import warm_up
from tests.benchmarks.conftest import table
from tests.persons.generated import generated


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def test_duplicates_among_100000_persons() -> None:
    count = 100_000
    persons, planted = generated(count, count // 50, seed=7)
    warm_up()
    wall, cpu = time.perf_counter(), _cpu()
    prepared = [prepare(p) for p in persons]
    t_prepare = time.perf_counter()
    stats = BlockingStats()
    pairs = candidate_pairs(prepared, stats=stats)
    t_block = time.perf_counter()
    same = {pair for pair in pairs if compare(prepared[pair[0]], prepared[pair[1]]).same}
    t_end, cpu_used = time.perf_counter(), _cpu() - cpu
    plants = set(planted)
    table(f"Duplicate persons among {count:,} (planted {len(plants):,})", [
        ("prepare (readings, normal forms)", f"{t_prepare - wall:.1f} s"),
        ("blocking keys, candidate pairs", f"{t_block - t_prepare:.1f} s"),
        ("compare candidate pairs", f"{t_end - t_block:.1f} s"),
        ("total (wall / CPU)", f"{t_end - wall:.1f} s / {cpu_used:.1f} s (target: well under 60 s)"),
        ("all pairs", f"{count * (count - 1) // 2:,}"),
        ("candidate pairs", f"{len(pairs):,} ({len(pairs) / count:.1f} per person)"),
        ("  found by key", ", ".join(f"{k} {v:,}" for k, v in sorted(stats.by_kind.items()))),
        ("  blocks, of them skipped (too large)", f"{stats.blocks:,}, {stats.skipped_blocks:,}"),
        ("planted pairs among candidates", f"{len(plants & pairs):,} of {len(plants):,}"),
        ("planted pairs flagged the same", f"{len(plants & same):,} of {len(plants):,}"),
        ("other pairs flagged", f"{len(same - plants):,} (the demo's few names: one name and birth "
                                 "date or e-mail by chance)"),
    ])
    assert plants <= pairs
