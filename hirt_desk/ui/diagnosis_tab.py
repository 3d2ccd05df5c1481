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
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.rules import DEFAULT_RULE_SET, FACTS, FACTS_BY_NAME, FactError, RuleSet, get_rule_set
from hirt_desk.rules.engine import Screening
from hirt_desk.rules.facts import Fact
from hirt_desk.ui import labels
from hirt_desk.ui.fields import CheckList, TriState, mark_invalid

Preview = Callable[[dict[str, Any]], Screening]
_NUMBER = QRegularExpression(r"^\d{0,5}([.,]\d{0,2})?$")
_INTEGER = QRegularExpression(r"^\d{0,4}$")
_MISSING_STYLE = "border: 2px solid #e0a100;"


class FactEditor:
    """One fact's widget, reading and writing the fact's value (None when unknown).

    A number outside the fact's range is refused at the field: `value()` leaves it out, and the
    reason stands beside the field (in a space kept for it, so nothing moves)."""

    def __init__(self, fact: Fact, parent: QWidget, on_change: Callable[[], None]) -> None:
        self.fact = fact
        kind = fact.kind
        self.widget: QWidget
        self.message: QLabel | None = None
        self.row: QWidget
        if kind == "bool":
            tri = TriState(parent)
            tri.value_changed.connect(on_change)
            self.widget = tri
        elif kind in ("number", "int"):
            edit = QLineEdit(parent)
            edit.setValidator(QRegularExpressionValidator(_NUMBER if kind == "number" else _INTEGER, edit))
            edit.setPlaceholderText(QCoreApplication.translate("DiagnosisTab", "unknown"))
            edit.setMaximumWidth(110)
            edit.textEdited.connect(lambda _t: (self._check_range(), on_change()))
            self.widget = edit
            self.message = QLabel(parent)
            self.message.setObjectName(f"fact_{fact.name}_message")
            self.message.setStyleSheet("color: #c62828;")
            self.message.setWordWrap(True)
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
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(lambda _i: on_change())
            if combo.isEditable():
                combo.lineEdit().editingFinished.connect(on_change)
            self.widget = combo
        self.widget.setObjectName(f"fact_{fact.name}")
        if self.message is None:
            self.row = self.widget
        else:
            self.row = QWidget(parent)
            box = QHBoxLayout(self.row)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(self.widget)
            box.addWidget(self.message, 1)
            # room for the message is kept whether or not it shows: the fields never move
            self.row.setMinimumHeight(max(self.widget.sizeHint().height(),
                                          2 * self.message.fontMetrics().lineSpacing()))

    def range_text(self) -> str:
        """"0–5", "0–100" for a bounded number, else ""."""
        lo, hi = self.fact.minimum, self.fact.maximum
        if lo is None or hi is None:
            return ""
        return f"{lo:g}–{hi:g}"

    def _raw_number(self) -> float | int | None:
        assert isinstance(self.widget, QLineEdit)
        text = self.widget.text().replace(",", ".").strip()
        if not text or text == ".":
            return None
        return int(text) if self.fact.kind == "int" else float(text)

    def problem(self) -> str:
        """Why the value typed is refused ("" when it is fine)."""
        if self.message is None:
            return ""
        value = self._raw_number()
        lo, hi = self.fact.minimum, self.fact.maximum
        if value is None or ((lo is None or value >= lo) and (hi is None or value <= hi)):
            return ""
        return (QCoreApplication.translate("DiagnosisTab", "Not taken: must be from %1 to %2")
                .replace("%1", f"{lo:g}").replace("%2", f"{hi:g}"))

    def _check_range(self) -> None:
        if self.message is not None:
            text = self.problem()
            self.message.setText(text)
            mark_invalid(self.widget, bool(text))

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, TriState):
            return w.value()
        if isinstance(w, QLineEdit):
            return None if self.problem() else self._raw_number()
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
            self._check_range()
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
        self.verdict.setWordWrap(True)        # a long heading wraps; the panel keeps its width
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
        self.rule_set.setWordWrap(True)
        self.setMinimumWidth(220)
        self.setMaximumWidth(380)

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
        comma = "、" if lang in ("ja", "zh_Hans", "zh_Hant") else ", "       # as each language lists
        self.missing.setText(self.tr("Missing: %1").replace("%1", comma.join(names)) if names else "")
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
        head = (f'<tr><th align=left style="padding-right:12px" nowrap>{html.escape(status_title)}</th>'
                f"<th align=left>{html.escape(criterion_title)}</th></tr>")
        self.criteria.setText(f"<table cellspacing=2>{head}{cells}</table>")


def fact_label(name: str) -> str:
    """A fact's label in the UI language (labels are part of the vocabulary)."""
    fact = FACTS_BY_NAME.get(name) or FACTS_BY_NAME.get(f"{name}.t")
    if fact is None:
        return name
    if name == "tnm":
        return "TNM"
    return labels.fact(fact.name, fact.label_en, fact.label_ja)


class DiagnosisTab(QWidget):
    """The tumour site, then the common criteria, then only the facts the chosen site's row of
    the rule set reads (taken from the rule file, so another facility's table needs no code).
    Facts of other sites keep their values, hidden."""

    #: a fact was edited
    changed = Signal()

    def __init__(self, preview: Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preview = preview
        self._loading = False
        self.editors: dict[str, FactEditor] = {}
        self.rules: RuleSet = get_rule_set(DEFAULT_RULE_SET)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.panel = ScreeningPanel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 3)
        layout.addWidget(self.panel, 2)
        self.result: Screening | None = None
        self._build()

    @staticmethod
    def _label_text(editor: FactEditor) -> str:
        fact = editor.fact
        text = labels.fact(fact.name, fact.label_en, fact.label_ja)
        extra = ", ".join(x for x in (fact.unit, editor.range_text()) if x)
        return f"{text} ({extra})" if extra else text

    def _label(self, editor: FactEditor) -> QLabel:
        label = QLabel(self._label_text(editor))
        label.setWordWrap(True)
        return label

    def _build(self) -> None:
        """The form for the current rule set: every fact has an editor; rows show by site."""
        values = {name: e.value() for name, e in self.editors.items()}
        self.editors = {}
        form_widget = QWidget()
        outer = QVBoxLayout(form_widget)
        for fact in FACTS:
            self.editors[fact.name] = FactEditor(fact, form_widget, self._on_fact_changed)
        self.editors["site"].widget.currentIndexChanged.connect(lambda _i: self._show_site_rows())

        def group(title: str, names: list[str]) -> tuple[QGroupBox, QFormLayout]:
            box = QGroupBox(title, form_widget)
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            tnm_done = False
            for name in names:
                if name.startswith("tnm."):
                    if tnm_done:
                        continue
                    tnm_done = True
                    holder = QWidget(box)
                    row = QHBoxLayout(holder)
                    row.setContentsMargins(0, 0, 0, 0)
                    for part in ("tnm.t", "tnm.n", "tnm.m"):
                        row.addWidget(self.editors[part].widget)
                        # which of the three it is, for a screen reader ("TNM: Clinical T") and a
                        # pointer resting on it
                        part_label = self._label_text(self.editors[part])
                        self.editors[part].widget.setToolTip(part_label)
                        self.editors[part].widget.setAccessibleName(f"TNM: {part_label}")
                    self.tnm_row = holder
                    form.addRow(QLabel("TNM", box), holder)
                    continue
                editor = self.editors[name]
                form.addRow(self._label(editor), editor.row)
            outer.addWidget(box)
            return box, form

        common = [f.name for f in FACTS if f.name in self.rules.common_facts and f.name != "site"]
        site_only = [f.name for f in FACTS if f.name not in common and f.name != "site"]
        self.site_box, _ = group(self.tr("Tumour site"), ["site"])
        self.common_box, _ = group(self.tr("Common criteria"), common)
        self.specific_box, self.specific_form = group("", site_only)
        self.site_hint = QLabel(self.tr("Choose a tumour site of the table to see the facts its "
                                        "criteria use."), form_widget)
        self.site_hint.setWordWrap(True)
        self.site_hint.setStyleSheet("color: gray;")
        outer.addWidget(self.site_hint)
        outer.addStretch(1)
        old = self.scroll.takeWidget()
        self.scroll.setWidget(form_widget)
        if old is not None:
            old.deleteLater()
        for name, value in values.items():
            self.editors[name].set_value(value)
        self._show_site_rows()

    def set_rules(self, rules: RuleSet) -> None:
        """Lay the form out for another facility's table (the values entered stay)."""
        if rules.id != self.rules.id or rules.digest != self.rules.digest:
            self.rules = rules
            self._build()

    def visible_facts(self) -> list[str]:
        """The facts the form asks for now, in the vocabulary's order."""
        wanted = {"site", *self.rules.common_facts, *self.rules.site_facts(self.editors["site"].value())}
        return [name for name in self.editors if name in wanted]

    def _show_site_rows(self) -> None:
        site = self.editors["site"].value()
        row = self.rules.indications.get(site or "")
        used = set(self.rules.site_facts(site))
        for name, editor in self.editors.items():
            if name in self.rules.common_facts or name == "site":
                continue
            if name.startswith("tnm."):
                self.specific_form.setRowVisible(self.tnm_row, bool(used & {"tnm.t", "tnm.n", "tnm.m"}))
            else:
                self.specific_form.setRowVisible(editor.row, name in used)
        lang = labels.ui_language()
        self.specific_box.setTitle(row.title.get(lang) if row else "")
        self.specific_box.setVisible(bool(used))
        self.site_hint.setVisible(row is None)

    def problems(self) -> dict[str, str]:
        """Facts whose typed value is refused, with the reason."""
        return {name: text for name, e in self.editors.items() if (text := e.problem())}

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
        self._show_site_rows()
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
            if editor.problem():
                continue            # red: refused at the field
            editor.widget.setStyleSheet(_MISSING_STYLE if root in missing else "")
            editor.widget.setProperty("missing", root in missing)
        self.panel.show_result(self.result)

    def _on_fact_changed(self) -> None:
        if self._loading:
            return
        self._show_site_rows()
        self.refresh()
        self.changed.emit()
