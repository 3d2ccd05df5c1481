"""Python's cycle collector runs on the GUI thread only.

The collector starts in whichever thread happens to allocate when a threshold is crossed: with
packets laid out and printed on a worker thread (ui/jobs.py) that is often the worker, and a Qt
widget caught in a reference cycle is then destroyed there, which crashes Qt (seen as a
segmentation fault "Garbage-collecting" in reportlab's font loading). As pyqtgraph's
GarbageCollector does, automatic collection is switched off and a timer on the GUI thread runs
the collector when Python's own thresholds say it is due, so objects in cycles are freed where
their widgets live.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GarbageCollector(QObject):
    """Collects cycles on the thread it lives in (the GUI thread), never elsewhere."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        """Collect the generations Python would have collected by now."""
        counts = gc.get_count()
        if counts[0] > self.thresholds[0]:
            generation = 0
            if counts[1] > self.thresholds[1]:
                generation = 2 if counts[2] > self.thresholds[2] else 1
            gc.collect(generation)

    def stop(self) -> None:
        """Back to Python's automatic collection."""
        self.timer.stop()
        gc.enable()
