"""The summary `./dev mutate` prints after `mutmut run`: survivors per module and the kill rate.

Reads the results through `mutmut results --all true` (run from the project folder) and writes
every mutant that was not killed to mutants/survivors.txt; `.venv/bin/mutmut show NAME` prints
one as a diff. A mutant counts as killed when a test failed or timed out with it.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KILLED = {"killed", "timeout", "caught by type check"}
# hirt_desk.store.cases.x_update_case__mutmut_7, hirt_desk.store.audit.xǁAuditǁrecord__mutmut_2
NAME = re.compile(r"^(?P<module>[\w.]+?)\.x(?:_|ǁ)(?P<function>.+)__mutmut_\d+$")


def results() -> dict[str, str]:
    """Status of every mutant of the last run, by mutant name."""
    mutmut = Path(sys.executable).with_name("mutmut")
    out = subprocess.run([str(mutmut), "results", "--all", "true"], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    status: dict[str, str] = {}
    for line in out.splitlines():
        name, sep, state = line.strip().rpartition(": ")
        if sep and "__mutmut_" in name:
            status[name] = state
    return status


def module_of(name: str) -> str:
    match = NAME.match(name)
    return match["module"] if match else name.rsplit(".", 1)[0]


def main() -> int:
    status = results()
    if not status:
        print("mutation kill rate: no results in mutants/ (run ./dev mutate first)")
        return 1
    counts = Counter(status.values())
    total = len(status)
    killed = sum(n for state, n in counts.items() if state in KILLED)
    survivors = sorted(name for name, state in status.items() if state not in KILLED)

    by_module: dict[str, Counter[str]] = defaultdict(Counter)
    all_by_module: Counter[str] = Counter()
    for name, state in status.items():
        all_by_module[module_of(name)] += 1
        if state not in KILLED:
            by_module[module_of(name)][state] += 1

    listing = ROOT / "mutants" / "survivors.txt"
    listing.write_text("".join(f"{status[name]:<12} {name}\n" for name in survivors), encoding="utf-8")

    print()
    print("mutants not killed, by module:")
    for module, states in sorted(by_module.items(), key=lambda kv: (-kv[1].total(), kv[0])):
        detail = ", ".join(f"{n} {state}" for state, n in sorted(states.items()))
        print(f"  {module:<32} {states.total():>4} of {all_by_module[module]:>4}  ({detail})")
    print(f"every one: {listing.relative_to(ROOT)}; a diff: .venv/bin/mutmut show NAME")
    other = {state: n for state, n in counts.items() if state not in KILLED | {"survived"}}
    rest = "".join(f", {n} {state}" for state, n in sorted(other.items()))
    print(f"mutation kill rate: {killed}/{total} killed ({100 * killed / total:.1f}%), "
          f"{counts['survived']} survived{rest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
