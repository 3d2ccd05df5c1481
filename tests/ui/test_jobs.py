"""Background work: its outcome, failure or progress arrives on the GUI thread, in order."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from hirt_desk.ui import jobs


class Receiver(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.events: list[tuple[str, object, bool]] = []
        self.gui = threading.get_ident()

    def done(self, result: object) -> None:
        self.events.append(("done", result, threading.get_ident() == self.gui))

    def failed(self, exc: Exception) -> None:
        self.events.append(("failed", type(exc).__name__, threading.get_ident() == self.gui))

    def progress(self, step: int, total: int) -> None:
        self.events.append(("progress", (step, total), threading.get_ident() == self.gui))


def test_results_failures_and_progress_reach_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    receiver = Receiver()
    qtbot.addWidget(receiver)
    workers: set[int] = set()

    def work(job: jobs.Job) -> int:
        workers.add(threading.get_ident())
        for step in (1, 2):
            job.report(step, 2)
        return 42

    def broken(_job: jobs.Job) -> None:
        raise OSError("disk gone")

    jobs.start(work, receiver.done, receiver.failed, receiver.progress)
    jobs.start(broken, receiver.done, receiver.failed)
    qtbot.waitUntil(lambda: len(receiver.events) == 4)
    assert receiver.events == [("progress", (1, 2), True), ("progress", (2, 2), True),
                               ("done", 42, True), ("failed", "OSError", True)]
    assert threading.get_ident() not in workers        # the work itself ran off the GUI thread
    qtbot.waitUntil(lambda: not jobs._running)          # nothing kept alive once delivered


def test_a_finished_job_is_let_go_on_the_gui_thread(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The last reference to a job goes on the GUI thread, where it lives: let go on the worker,
    a QObject with queued events still pending would be destroyed there (a crash in Qt)."""
    receiver = Receiver()
    qtbot.addWidget(receiver)
    released: list[bool] = []
    real_done = jobs.Job._done

    def done(self: jobs.Job, outcome: object) -> None:
        released.append(threading.get_ident() == receiver.gui)
        real_done(self, outcome)
    monkeypatch.setattr(jobs.Job, "_done", done)
    jobs.start(lambda job: 1, receiver.done, receiver.failed)
    jobs.start(lambda job: 1 / 0, receiver.done, receiver.failed)
    qtbot.waitUntil(lambda: len(released) == 2)
    assert released == [True, True]
    assert not jobs._running
