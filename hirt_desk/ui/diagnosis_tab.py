"""The diagnosis tab: a form for exactly the facts of contracts/screening.md, and the screening
result beside it, updated as facts are entered. The form is built from the facts vocabulary, so
it cannot drift from what the engine and the command line read."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.rules import FACTS, FactError
from hirt_desk.rules.engine import Screening
from hirt_desk.rules.facts import Fact
from hirt_desk.ui import labels
from hirt_desk.ui.fields import CheckList, TriState

Preview = Callable[[dict[str, Any]], Screening]
_NUMBER = QRegularExpression(r"^\d{0,5}([.,]\d{0,2})?$")
_INTEGER = QRegularExpression(r"^\d{0,4}$")
_MISSING_STYLE = "border: 2px solid #e0a100;"


class FactEditor:
    """One fact's widget, reading and writing the fact's value (None when unknown)."""

    def __init__(self, fact: Fact, parent: QWidget, on_change: Callable[[], None]) -> None:
        self.fact = fact
        kind = fact.kind
        self.widget: QWidget
        if kind == "bool":
            tri = TriState(parent)
            tri.value_changed.connect(on_change)
            self.widget = tri
        elif kind in ("number", "int"):
            edit = QLineEdit(parent)
            edit.setValidator(QRegularExpressionValidator(_NUMBER if kind == "number" else _INTEGER, edit))
            edit.setPlaceholderText(QCoreApplication.translate("DiagnosisTab", "unknown"))
            edit.textEdited.connect(lambda _t: on_change())
            self.widget = edit
        elif kind == "text_list":
            ticks = CheckList(((labels.choice(v), v) for v in fact.choices), parent, height=58)
            ticks.changed.connect(on_change)
            self.widget = ticks
        else:
            combo = QComboBox(parent)
            combo.addItem("", None)
            for value in fact.choices:
                combo.addItem(labels.choice(value), value)
            combo.setEditable(kind == "text")      # other histologies and sites may be typed
            combo.currentIndexChanged.connect(lambda _i: on_change())
            if combo.isEditable():
                combo.lineEdit().editingFinished.connect(on_change)
            self.widget = combo
        self.widget.setObjectName(f"fact_{fact.name}")

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, TriState):
            return w.value()
        if isinstance(w, QLineEdit):
            text = w.text().replace(",", ".").strip()
            if not text or text == ".":
                return None
            return int(text) if self.fact.kind == "int" else float(text)
        if isinstance(w, CheckList):
            return w.values() or None
        assert isinstance(w, QComboBox)
        text = w.currentText().strip()
        index = w.findText(text)
        if index >= 0:
            return w.itemData(index)
        return text or None

    def set_value(self, value: Any) -> None:
        w = self.widget
        w.blockSignals(True)
        if isinstance(w, TriState):
            w.set_value(value)
        elif isinstance(w, QLineEdit):
            w.setText("" if value is None else f"{value:g}" if isinstance(value, float) else str(value))
        elif isinstance(w, CheckList):
            w.set_values(value or ())
        elif isinstance(w, QComboBox):
            index = w.findData(value)
            if index >= 0:
                w.setCurrentIndex(index)
            elif w.isEditable():
                w.setEditText(str(value))
        w.blockSignals(False)


class ScreeningPanel(QWidget):
    """The verdict, the schedule, notes and every criterion with its status in colour and words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verdict")
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.verdict.setFont(font)
        self.schedule = QLabel(self)
        self.schedule.setWordWrap(True)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.rule_set = QLabel(self)
        self.rule_set.setStyleSheet("color: gray;")
        # A rich-text table wraps long reasons (Japanese too) where a tree view would cut them.
        self.criteria = QLabel(self)
        self.criteria.setObjectName("criteria")
        self.criteria.setWordWrap(True)
        self.criteria.setTextFormat(Qt.TextFormat.RichText)
        self.criteria.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.rows: list[tuple[str, str, str]] = []        # (criterion id, status words, text)
        criteria_area = QScrollArea(self)
        criteria_area.setWidgetResizable(True)
        criteria_area.setWidget(self.criteria)
        layout = QVBoxLayout(self)
        for w in (self.verdict, self.schedule, self.missing, self.notes):
            layout.addWidget(w)
        layout.addWidget(criteria_area, 1)
        layout.addWidget(self.rule_set)

    def show_result(self, result: Screening | None, error: str = "") -> None:
        lang = labels.ui_language()
        self.criteria.clear()
        self.rows = []
        if result is None:
            self.verdict.setText(error or self.tr("Enter the diagnosis facts to screen the case."))
            self.verdict.setStyleSheet("color: #c62828;" if error else "")
            for w in (self.schedule, self.missing, self.notes, self.rule_set):
                w.clear()
            return
        self.verdict.setText(labels.verdict(result.verdict))
        self.verdict.setStyleSheet(f"color: {labels.STATUS_COLOURS.get(result.verdict, '#1565c0')};")
        text = result.schedule_text(lang)
        self.schedule.setText(self.tr("Schedule: %1").replace("%1", text) if text else "")
        names = [fact_label(name) for name in result.missing]
        self.missing.setText(self.tr("Missing: %1").replace("%1", ", ".join(names)) if names else "")
        self.notes.setText("\n".join(n.get(lang) for n in result.notes))
        self.rule_set.setText(self.tr("Rules: %1, version %2").replace("%1", result.rule_set_id)
                              .replace("%2", result.rule_set_version))
        self.rows = [(c.id, labels.criterion_status(c.status), c.text.get(lang)) for c in result.criteria]
        cells = "".join(
            f'<tr><td style="color:{labels.STATUS_COLOURS[c.status]}; padding-right:12px" nowrap>'
            f"{html.escape(words)}</td><td>{html.escape(text)}</td></tr>"
            for c, (_id, words, text) in zip(result.criteria, self.rows, strict=True))
        # outside the f-string: lupdate does not see tr() inside one
        status_title, criterion_title = self.tr("Status"), self.tr("Criterion")
        head = (f"<tr><th align=left>{html.escape(status_title)}</th>"
                f"<th align=left>{html.escape(criterion_title)}</th></tr>")
        self.criteria.setText(f"<table cellspacing=2>{head}{cells}</table>")


def fact_label(name: str) -> str:
    """A fact's label in the UI language (labels are part of the vocabulary)."""
    from hirt_desk.rules import FACTS_BY_NAME
    fact = FACTS_BY_NAME.get(name) or FACTS_BY_NAME.get(f"{name}.t")
    if fact is None:
        return name
    if name == "tnm":
        return "TNM"
    return fact.label_ja if labels.ui_language() == "ja" else fact.label_en


class DiagnosisTab(QWidget):
    #: a fact was edited
    changed = Signal()

    def __init__(self, preview: Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preview = preview
        self._loading = False
        self.editors: dict[str, FactEditor] = {}
        self.rows: dict[str, QWidget] = {}
        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        lang = labels.ui_language()
        tnm_row = QHBoxLayout()
        for fact in FACTS:
            editor = FactEditor(fact, form_widget, self._on_fact_changed)
            self.editors[fact.name] = editor
            if fact.name.startswith("tnm."):
                tnm_row.addWidget(editor.widget)
                if fact.name == "tnm.m":
                    holder = QWidget(form_widget)
                    holder.setLayout(tnm_row)
                    tnm_row.setContentsMargins(0, 0, 0, 0)
                    form.addRow(QLabel("TNM", form_widget), holder)
                continue
            label = fact.label_ja if lang == "ja" else fact.label_en
            if fact.unit:
                label = f"{label} ({fact.unit})"
            form.addRow(label, editor.widget)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        self.panel = ScreeningPanel(self)
        splitter = QSplitter(self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.result: Screening | None = None

    def set_preview(self, preview: Preview) -> None:
        self._preview = preview

    def facts(self) -> dict[str, Any]:
        """The facts as entered, flat keys (tnm.t ...); unknown facts left out."""
        return {name: v for name, e in self.editors.items() if (v := e.value()) is not None}

    def set_facts(self, facts: dict[str, Any]) -> None:
        self._loading = True
        for name, editor in self.editors.items():
            editor.set_value(facts.get(name))
        self._loading = False
        self.refresh()

    def refresh(self) -> None:
        """Screen what the form holds and show it; missing facts get an amber frame."""
        try:
            self.result = self._preview(self.facts())
        except FactError as exc:
            self.result = None
            self.panel.show_result(None, self.tr("Check %1: %2").replace("%1", fact_label(exc.field))
                                   .replace("%2", exc.message))
            return
        missing = set(self.result.missing)
        for name, editor in self.editors.items():
            root = name.split(".")[0]
            editor.widget.setStyleSheet(_MISSING_STYLE if root in missing else "")
            editor.widget.setProperty("missing", root in missing)
        self.panel.show_result(self.result)

    def _on_fact_changed(self) -> None:
        if self._loading:
            return
        self.refresh()
        self.changed.emit()
