"""Work that must not freeze the window (laying out, rasterising and printing documents), run on
one background thread, with the outcome delivered back on the GUI thread.

One thread, not a pool: reportlab's font registry and pdfium are not safe to use from two
threads at once, and a user waits for one document at a time anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


class Job(QObject):
    """The GUI-thread end of one background call: `finished(result)` or `failed(exception)`.

    `progress(done, total)` is for the call itself to report steps through `report`."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    def _done(self, _outcome: object) -> None:
        """Let go of the job, on the GUI thread: a slot of the job itself is delivered where the
        job lives (a lambda would run on the worker, and the last reference to a QObject with
        queued events still pending would then go there)."""
        _running.discard(self)


class _Runnable(QRunnable):
    def __init__(self, job: Job, call: Callable[[Job], Any]) -> None:
        super().__init__()
        self.job, self.call = job, call

    def run(self) -> None:
        try:
            result = self.call(self.job)
        except Exception as exc:  # noqa: BLE001 - handed to the window, which explains it
            self.job.failed.emit(exc)
        else:
            self.job.finished.emit(result)


_running: set[Job] = set()      # kept alive until their outcome has reached the GUI thread


def start(call: Callable[[Job], Any], finished: Callable[[Any], None], failed: Callable[[Exception], None],
          progress: Callable[[int, int], None] | None = None) -> Job:
    """Run `call(job)` in the background. The slots are connected before it starts, so no outcome
    is missed; pass methods of a widget, so they run on the GUI thread and not after it is gone."""
    job = Job()
    job.finished.connect(finished)
    job.failed.connect(failed)
    if progress is not None:
        job.progress.connect(progress)
    job.finished.connect(job._done)
    job.failed.connect(job._done)
    _running.add(job)
    pool().start(_Runnable(job, call))
    return job


def wait_idle(msecs: int = -1) -> bool:
    """Block until background work is done (on quitting, or in tests)."""
    return pool().waitForDone(msecs)
