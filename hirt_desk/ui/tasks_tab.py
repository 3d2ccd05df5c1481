"""The Tasks tab of a case: what the case's dates propose (accept or dismiss), the case's tasks
(mark done or dismiss), and a form to add one by hand. Each button saves at once, as an audited
change of the case (actions/tasks.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.actions import tasks
from hirt_desk.records.proposals import Proposal
from hirt_desk.store.errors import StoreError
from hirt_desk.ui import labels, record_labels
from hirt_desk.ui.errors import store_error_text
from hirt_desk.ui.fields import DateField, FieldMessage, mark_invalid

DATA = Qt.ItemDataRole.UserRole


def _tree(parent: QWidget, name: str, titles: list[str]) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setObjectName(name)
    tree.setColumnCount(len(titles))
    tree.setHeaderLabels(titles)
    tree.setRootIsDecorated(False)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setStretchLastSection(True)
    return tree


class TasksTab(QWidget):
    #: a task was added or changed: the timeline and the Today view may need a refresh
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._today = today
        self.user = ""
        self.case_id = ""
        self.proposals = _tree(self, "taskProposals", [self.tr("Due"), self.tr("Proposed")])
        self.accept_button = QPushButton(self.tr("Accept as a task"), self)
        self.accept_button.setObjectName("acceptProposal")
        self.skip_button = QPushButton(self.tr("Dismiss"), self)
        self.skip_button.setObjectName("dismissProposal")
        self.tasks = _tree(self, "caseTasks", [self.tr("Due"), self.tr("Task"), self.tr("Assigned to"),
                                               self.tr("State")])
        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.setObjectName("taskDone")
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setObjectName("taskDismiss")
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.remove_button.setObjectName("taskRemove")
        self.remove_button.setToolTip(self.tr("Remove a task added by mistake (a task done or not needed is "
                                              "marked Done or Dismissed instead)"))
        self.title = QLineEdit(self)
        self.title.setObjectName("taskTitle")
        self.title.setPlaceholderText(self.tr("What needs doing"))
        self.due = DateField(self)
        self.due.setObjectName("taskDue")
        self.assignee = QComboBox(self)
        self.assignee.setObjectName("taskAssignee")
        self.assignee.setEditable(True)
        self.add_button = QPushButton(self.tr("Add task"), self)
        self.add_button.setObjectName("addTask")
        self.message = FieldMessage(self)
        self.message.setObjectName("taskMessage")

        self.accept_button.clicked.connect(lambda: self._on_proposal_answered(True))
        self.skip_button.clicked.connect(lambda: self._on_proposal_answered(False))
        self.done_button.clicked.connect(lambda: self._on_state_clicked("done"))
        self.dismiss_button.clicked.connect(lambda: self._on_state_clicked("dismissed"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.title.returnPressed.connect(self._on_add_clicked)

        proposal_buttons = QHBoxLayout()
        proposal_buttons.addWidget(self.accept_button)
        proposal_buttons.addWidget(self.skip_button)
        proposal_buttons.addStretch(1)
        task_buttons = QHBoxLayout()
        task_buttons.addWidget(self.done_button)
        task_buttons.addWidget(self.dismiss_button)
        task_buttons.addWidget(self.remove_button)
        task_buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Task:"), self.title)
        form.addRow(self.tr("Due:"), self.due)
        form.addRow(self.tr("Assigned to:"), self.assignee)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Proposed from the case's dates</b>"), self))
        layout.addWidget(self.proposals, 2)
        layout.addLayout(proposal_buttons)
        layout.addWidget(QLabel(self.tr("<b>Tasks</b>"), self))
        layout.addWidget(self.tasks, 3)
        layout.addLayout(task_buttons)
        layout.addLayout(form)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)

    def set_staff(self, logins: list[str]) -> None:
        """Who a task can be assigned to: the team (nobody in particular) or a staff login."""
        self.assignee.clear()
        self.assignee.addItem(self.tr("the team"), "")
        for login in logins:
            self.assignee.addItem(login, login)

    def load(self, case_id: str) -> None:
        self.case_id = case_id
        self.proposals.clear()
        for p in tasks.proposals(case_id):
            row = QTreeWidgetItem([labels.short_date(p.due), self.proposal_text(p)])
            row.setData(0, DATA, p)
            self.proposals.addTopLevelItem(row)
        self.tasks.clear()
        for t in tasks.case_tasks(case_id):
            row = QTreeWidgetItem([labels.short_date(t.due), t.title, t.assignee or self.tr("the team"),
                                   self.state_text(t.state)])
            row.setData(0, DATA, t.id)
            self.tasks.addTopLevelItem(row)
        if self.assignee.findData(self.user) >= 0:
            self.assignee.setCurrentIndex(self.assignee.findData(self.user))
        self.due.set_value(self._today())
        self.message.clear_message()

    def proposal_text(self, p: Proposal) -> str:
        texts = {"reply": self.tr("Reply to the inquiry"),
                 "records_request": self.tr("Request the missing records: %1"),
                 "records_send": self.tr("Send the records to the facility"),
                 "flights": self.tr("Book the flights"),
                 "visa": self.tr("Apply for the visa of %1"),
                 "passport": self.tr("Renew the passport of %1 (expires %2)")}
        # the records listed as the language lists things ("A、B、C" in Japanese, not "A, B, C")
        first = (QLocale().createSeparatedList([record_labels.text(record_labels.KIND, k)
                                                for k in p.detail.split(", ")])
                 if p.kind == "records_request" else p.traveller)
        second = labels.short_date(date.fromisoformat(p.detail)) if p.kind == "passport" else ""
        return texts[p.kind].replace("%1", first).replace("%2", second)

    def state_text(self, state: str) -> str:
        return {"open": self.tr("open"), "done": self.tr("done"), "dismissed": self.tr("dismissed")}[state]

    def _chosen_assignee(self) -> str:
        text = self.assignee.currentText().strip()
        index = self.assignee.findText(text)
        return str(self.assignee.itemData(index) or "") if index >= 0 else text

    def _saved(self) -> None:
        self.load(self.case_id)
        self.changed.emit()

    def _failed(self, text: str, exc: Exception) -> None:
        detail = store_error_text(exc) if isinstance(exc, StoreError) else str(exc)
        self.message.show_message(text + " " + detail)

    def _on_add_clicked(self) -> None:
        if not self.case_id:
            return
        mark_invalid(self.title, False)
        mark_invalid(self.due, False)
        if not self.title.text().strip():
            mark_invalid(self.title, True)
            self.message.show_message(self.tr("Say what needs doing."))
            return
        try:
            due = self.due.value()
        except ValueError:
            due = None
        if due is None:
            mark_invalid(self.due, True)
            self.message.show_message(labels.date_problem(self.due.text()) if self.due.text().strip()
                                      else self.tr("Give the date it is due."))
            return
        try:
            tasks.add_task(self.case_id, self.title.text(), due, self._chosen_assignee(), user=self.user)
        except (tasks.TaskRefused, StoreError) as exc:
            self._failed(self.tr("The task was not saved."), exc)
            return
        self.title.clear()
        self._saved()

    def _on_proposal_answered(self, accept: bool) -> None:
        item = self.proposals.currentItem()
        if item is None or not self.case_id:
            return
        proposal: Proposal = item.data(0, DATA)
        try:
            tasks.answer_proposal(self.case_id, proposal, self.proposal_text(proposal), accept=accept,
                                  assignee=self._chosen_assignee(), user=self.user)
        except (tasks.TaskRefused, StoreError) as exc:
            self._failed(self.tr("The task was not saved."), exc)
            return
        self._saved()

    def _on_remove_clicked(self) -> None:
        item = self.tasks.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove task"),
                                      self.tr("Remove the task “%1”?").replace("%1", item.text(1)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            tasks.remove_task(str(item.data(0, DATA)), user=self.user)
        except (tasks.TaskRefused, StoreError) as exc:
            self._failed(self.tr("The task was not removed."), exc)
            return
        self._saved()

    def _on_state_clicked(self, state: str) -> None:
        item = self.tasks.currentItem()
        if item is None:
            return
        try:
            tasks.set_state(str(item.data(0, DATA)), state, user=self.user)
        except (tasks.TaskRefused, StoreError) as exc:
            self._failed(self.tr("The task was not saved."), exc)
            return
        self._saved()
