"""The Today view (issue 20): what needs doing, the page the window opens on. Its lines come from
actions/agenda.py (the same as `hirt-desk agenda`), read in the background after the case list
shows, so the window's first paint does not wait for them; each line opens its case."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPaintEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from hirt_desk.store.errors import StoreError
from hirt_desk.ui import jobs, labels
from hirt_desk.ui.errors import store_error_text

if TYPE_CHECKING:
    from hirt_desk.actions.agenda import AgendaItem

CASE_ROLE = Qt.ItemDataRole.UserRole
# the view's sections, in order, and the agenda kinds each shows
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("replies", ("reply",)), ("tasks", ("task",)), ("travel", ("arrival", "departure")),
    ("sessions", ("session",)), ("visas", ("visa", "flights")), ("passports", ("passport",)),
    ("later", ("task",)))
OVERDUE = QColor("#b42318")


class TodayView(QWidget):
    #: a line was opened (double-click or Enter): its case's id
    case_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, background: bool = True) -> None:
        """`background`: read on the worker thread (an SQLite file); on an office server the
        reading stays on the GUI thread, as the case list's does: a new connection there may
        have to ask for the password, which only the GUI thread can do."""
        super().__init__(parent)
        self.setObjectName("todayView")
        self._background = background
        self._day = date.today()
        self._me = ""
        self._loading = 0                 # the latest load asked for: an older one's result is dropped
        self._pending: tuple[int, Callable[[], None]] | None = None   # a load waiting for the first paint
        self.heading = QLabel(self)
        self.heading.setObjectName("todayHeading")
        self.state = QLabel(self)
        self.state.setObjectName("todayState")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("todayLines")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Due"), self.tr("Case"), self.tr("What")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.state)
        layout.addWidget(self.tree)

    def _section_title(self, key: str) -> str:
        return {"replies": self.tr("Replies due"), "tasks": self.tr("Tasks"),
                "travel": self.tr("Arrivals and departures"),
                "sessions": self.tr("Sessions today and tomorrow"),
                "visas": self.tr("Visa deadlines and flights to book"),
                "passports": self.tr("Passports expiring"),
                "later": self.tr("Coming up: tasks due later")}[key]

    def load(self, day: date, me: str, days: int = 7, after_paint: int | None = None) -> None:
        """Read the agenda from `day` over `days` in the background; `me`'s tasks come first.
        `after_paint`: start reading that many milliseconds after the view first paints (at
        start-up: the window shows its list first, and a start that quits at once reads nothing)."""
        self._day, self._me = day, me
        self._loading += 1
        ticket = self._loading
        self.heading.setText("<h2>" + self.tr("Today: %1, %2").replace("%1", labels.weekday(day))
                             .replace("%2", labels.short_date(day)) + "</h2>")
        self.state.setText(self.tr("Reading what is due…"))
        self.state.show()

        def start() -> None:
            from hirt_desk.actions.agenda import agenda_apart, today_items  # (after the list has shown)
            if ticket != self._loading or (self._background and not self.isVisible()):
                return        # asked again meanwhile, or the window closed before it painted
            if self._background:              # the outcome goes to bound methods: none after the view is gone
                jobs.start(lambda _job: (ticket, agenda_apart(day, days)), self._on_loaded, self._on_failed)
                return
            try:
                items = today_items(day, days)
            except StoreError as exc:
                self._on_failed(exc)
                return
            self._on_loaded((ticket, items))
        if after_paint is None or not self._background:
            start()           # on a server at once, with the case list (a later read would meet the
                              # connection in whatever state the user's next save finds it)
        else:
            self._pending = (after_paint, start)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._pending is not None:
            delay, start = self._pending
            self._pending = None
            QTimer.singleShot(delay, self, start)

    def _on_loaded(self, outcome: tuple[int, list[AgendaItem]]) -> None:
        ticket, items = outcome
        if ticket == self._loading:
            self.show_items(items)

    def _on_failed(self, exc: Exception) -> None:
        if not isinstance(exc, StoreError):
            raise exc
        self.state.setText(self.tr("What is due could not be read.") + " " + store_error_text(exc))

    def show_items(self, items: Sequence[AgendaItem]) -> None:
        self.tree.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        shown = 0
        for key, kinds in SECTIONS:
            lines = [i for i in items if i.kind in kinds and i.later == (key == "later")]
            if key == "tasks":          # mine first, then the team's
                lines.sort(key=lambda i: (i.assignee != self._me, not i.overdue, i.due))
            if not lines:
                continue
            head = QTreeWidgetItem([self._section_title(key), "", ""])
            head.setFirstColumnSpanned(True)
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(head)
            for item in lines:
                row = QTreeWidgetItem([self._due_text(item), f"{item.number}  {item.name}", self._text(item)])
                row.setData(0, CASE_ROLE, item.case_id)
                if item.overdue:
                    for col in range(3):
                        row.setForeground(col, QBrush(OVERDUE))
                self.tree.addTopLevelItem(row)
                shown += 1
        self.state.setText(self.tr("Nothing is due.") if not shown else "")
        self.state.setVisible(not shown)
        first = next((self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())
                      if self.tree.topLevelItem(i).data(0, CASE_ROLE)), None)
        if first is not None:
            self.tree.setCurrentItem(first)

    def lines(self) -> list[tuple[str, str, str]]:
        """What the view shows, line by line (section titles included): for tests and for
        reading aloud."""
        return [tuple(self.tree.topLevelItem(i).text(c) for c in range(3))  # type: ignore[misc]
                for i in range(self.tree.topLevelItemCount())]

    def _due_text(self, item: AgendaItem) -> str:
        when = labels.short_date(item.due)
        if item.overdue:
            return self.tr("%1 (overdue)").replace("%1", when)
        if item.due == self._day:
            return self.tr("today")
        return when

    def _text(self, item: AgendaItem) -> str:
        if item.kind == "task":
            who = item.assignee or self.tr("the team")
            return self.tr("%1 (%2)").replace("%1", item.title).replace("%2", who)
        texts = {
            "reply": self.tr("Reply to the inquiry"),
            "arrival": self.tr("Arrives: %1"),
            "departure": self.tr("Leaves Japan: %1"),
            "session": self.tr("Session at %1"),
            "visa": self.tr("Apply for the visa of %1"),
            "flights": self.tr("Book the flights"),
            "passport": self.tr("Renew the passport of %1 (expires %2)"),
        }
        first = item.traveller if item.kind in ("visa", "passport") else item.title
        second = labels.short_date(date.fromisoformat(item.detail)) if item.kind == "passport" else ""
        return texts[item.kind].replace("%1", first).replace("%2", second)

    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        case_id = item.data(0, CASE_ROLE)
        if case_id:
            self.case_requested.emit(str(case_id))
