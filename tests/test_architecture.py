"""The core runs without Qt (DESIGN.md: dependencies point one way)."""

from __future__ import annotations

import subprocess
import sys

CORE = ["hirt_desk.rules", "hirt_desk.planning.pipeline", "hirt_desk.planning.calendar",
        "hirt_desk.planning.visa", "hirt_desk.planning.identity", "hirt_desk.facilities",
        "hirt_desk.actions.case_detail", "hirt_desk.actions.packets", "hirt_desk.packets.render",
        "hirt_desk.packets.guarantor", "hirt_desk.store.database",
        "hirt_desk.store.cases", "hirt_desk.actions.cases", "hirt_desk.actions.demo",
        "hirt_desk.actions.screening", "hirt_desk.cli"]


def test_core_imports_without_qt() -> None:
    code = ("import sys\n" + "".join(f"import {m}\n" for m in CORE)
            + "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
