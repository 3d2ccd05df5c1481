"""The cycle collector runs on the GUI thread only (ui/gc_guard.py): automatic collection is off
while the guard lives, its timer collects what is due, and stopping it gives collection back."""

from __future__ import annotations

import gc
import threading

from hirt_desk.ui.gc_guard import GarbageCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_cycles_are_collected_by_the_guard_on_the_gui_thread(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    gui = threading.get_ident()
    collected: list[bool] = []

    class Watched(Cycle):
        def __del__(self) -> None:
            collected.append(threading.get_ident() == gui)

    guard = GarbageCollector(qapp, interval_ms=20)
    try:
        assert not gc.isenabled()
        # a worker making garbage past every threshold: with automatic collection on, the
        # collector would run there
        def churn() -> None:
            Watched()
            for _ in range(50_000):
                Cycle()
        worker = threading.Thread(target=churn)
        worker.start()
        worker.join()
        assert collected == []
        qtbot.waitUntil(lambda: collected == [True], timeout=3000)
    finally:
        guard.stop()
    assert gc.isenabled()
