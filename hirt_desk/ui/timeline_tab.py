"""The Timeline tab of a case: what happened to it, newest first (actions/timeline.py): status
changes, screenings, notes and tasks interleaved, each with when and who."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date

from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from hirt_desk.actions.timeline import TimelineEntry
from hirt_desk.ui import labels, record_labels


class TimelineTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("caseTimeline")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What happened to this case, newest first."), self))
        layout.addWidget(self.tree)

    def load(self, entries: Sequence[TimelineEntry]) -> None:
        self.tree.clear()
        for e in entries:
            local = e.at.replace(tzinfo=UTC).astimezone()
            when = f"{labels.short_date(local.date())} {local:%H:%M}"
            self.tree.addTopLevelItem(QTreeWidgetItem([when, e.by, self.text(e)]))

    def lines(self) -> list[tuple[str, str, str]]:
        """What the tab shows, newest first (for tests and for reading aloud)."""
        return [tuple(self.tree.topLevelItem(i).text(c) for c in range(3))  # type: ignore[misc]
                for i in range(self.tree.topLevelItemCount())]

    def text(self, e: TimelineEntry) -> str:
        one_line = " ".join(e.text.split())
        if e.kind == "status":
            text = (self.tr("Status: %1 → %2").replace("%1", labels.status(e.old)) if e.old
                    else self.tr("Status: %2")).replace("%2", labels.status(e.new))
            return text + (f" ({one_line})" if one_line else "")
        if e.kind == "screening":
            return self.tr("Screened: %1").replace("%1", labels.verdict(e.new))
        if e.kind == "note":
            return self.tr("Note: %1").replace("%1", one_line)
        if e.kind == "contact":
            text = self.tr("%1 from %2: %3") if e.new == "in" else self.tr("%1 to %2: %3")
            return (text.replace("%1", record_labels.text(record_labels.CHANNEL, e.old))
                    .replace("%2", record_labels.text(record_labels.PARTY, e.party)).replace("%3", one_line))
        if e.kind == "document":
            return (self.tr("Document added: %1 (%2)").replace("%1", one_line)
                    .replace("%2", record_labels.text(record_labels.KIND, e.new)))
        state = {"open": self.tr("open"), "done": self.tr("done"), "dismissed": self.tr("dismissed")}
        return (self.tr("Task: %1 (due %2, %3)").replace("%1", one_line)
                .replace("%2", labels.short_date(date.fromisoformat(e.due)))
                .replace("%3", state.get(e.new, e.new)))

