"""The warning shown while a traveller is typed: "May be the same person as HD-… WANG WEI 王伟,
1961-03-14, 2 cases", with Open, Use this person and Not the same (issue 21).

`MatchPanel` watches a PersonForm: each edit restarts a short timer (the user is still typing);
when it runs out, the look-up it was given (an action: a few indexed rows compared by the
matcher, milliseconds) runs and the panel shows what it found. The panel holds no rules and no
SQL; whoever places it decides what its buttons do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hirt_desk.actions.cases import PatientData
from hirt_desk.store.errors import StoreError
from hirt_desk.ui.reason_text import reasons_text

if TYPE_CHECKING:
    from hirt_desk.actions.entry_matches import LikelyMatch
    from hirt_desk.ui.person_form import PersonForm

Lookup = Callable[[PatientData, set[str]], "list[LikelyMatch]"]    # form data, dismissed ids -> matches
DEBOUNCE_MS = 350


class MatchRow(QWidget):
    """One likely match and its three answers."""

    def __init__(self, match: LikelyMatch, parent: QWidget | None = None, *, use_text: str = "") -> None:
        super().__init__(parent)
        self.match = match
        self.setObjectName("likelyMatch")
        self.text = QLabel(self.describe(match), self)
        self.text.setObjectName("likelyMatchText")
        self.text.setWordWrap(True)
        self.text.setToolTip(reasons_text(match.reasons, "\n"))
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("openMatch")
        self.use_button = QPushButton(use_text or self.tr("Use this person"), self)
        self.use_button.setObjectName("useMatch")
        self.not_same_button = QPushButton(self.tr("Not the same"), self)
        self.not_same_button.setObjectName("notSameMatch")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        for b in (self.open_button, self.use_button, self.not_same_button):
            row.addWidget(b)

    def describe(self, m: LikelyMatch) -> str:
        name = " ".join(x for x in (m.name_latin, m.name_native) if x)
        born = m.date_of_birth.isoformat() if m.date_of_birth else self.tr("birth date unknown")
        number = m.cases[0] if m.cases else ""
        return (self.tr("May be the same person as %1 %2, %3, %n case(s)", "", len(m.cases))
                .replace("%1", number).replace("%2", name).replace("%3", born))


class MatchPanel(QFrame):
    """Likely matches of the person in `form`, refreshed a moment after each edit."""

    #: Open: the match's newest case (its id)
    open_requested = Signal(str)
    #: Use this person: the match's patient id
    use_requested = Signal(str)
    #: Not the same: the match's patient id (already hidden here)
    not_same = Signal(str)

    def __init__(self, form: PersonForm, lookup: Lookup, parent: QWidget | None = None, *,
                 use_text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("matchPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#matchPanel { background: #fff8e1; border: 1px solid #e0b84c; }")
        self.form = form
        self.lookup = lookup
        self.use_text = use_text
        self.dismissed: set[str] = set()
        self.rows: list[MatchRow] = []
        self.enabled = True
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        form.changed.connect(self._on_form_changed)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self.hide()

    def _on_form_changed(self) -> None:
        if self.enabled:
            self.timer.start()

    def reset(self) -> None:
        """Forget what was shown and answered (another person is loaded)."""
        self.timer.stop()
        self.dismissed.clear()
        self.show_matches([])

    def refresh(self) -> None:
        """Look the form's person up now (the timer calls this)."""
        self.timer.stop()
        data, _problems = self.form.person()
        try:
            found = self.lookup(data, set(self.dismissed))
        except StoreError:
            found = []                   # a warning that cannot be looked up is not shown
        self.show_matches([m for m in found if m.id not in self.dismissed])

    def show_matches(self, matches: list[LikelyMatch]) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for match in matches:
            row = MatchRow(match, self, use_text=self.use_text)
            row.open_button.clicked.connect(lambda _=False, m=match: self.open_requested.emit(m.latest_case))
            row.use_button.clicked.connect(lambda _=False, m=match: self.use_requested.emit(m.id))
            row.not_same_button.clicked.connect(lambda _=False, m=match: self._on_not_same_clicked(m.id))
            self._layout.addWidget(row)
            self.rows.append(row)
        self.setVisible(bool(self.rows))

    def _on_not_same_clicked(self, person_id: str) -> None:
        self.dismissed.add(person_id)
        self.show_matches([r.match for r in self.rows if r.match.id != person_id])
        self.not_same.emit(person_id)
