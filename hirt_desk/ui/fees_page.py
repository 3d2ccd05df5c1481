"""Settings → Fees: the agency's fee schedule, a row per fee (names, basis, amount in yen).

Managers and admins change it on an office server (the server refuses others); on a file the
person at the PC does. The rows are read back as plain values; saving is the window's
(actions.money.set_fees)."""

from __future__ import annotations

from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.money import MoneyInputError, parse_amount
from hirt_desk.money.quote import BASES, FeeData
from hirt_desk.ui import labels
from hirt_desk.ui.fields import FieldMessage

translate = QCoreApplication.translate


def basis_label(basis: str) -> str:
    return {"fixed": translate("fees", "Fixed"), "per_day": translate("fees", "Per interpreting day"),
            "per_night": translate("fees", "Per night"), "per_person": translate("fees", "Per traveller"),
            "per_trip": translate("fees", "Per transfer")}.get(basis, basis)


class FeesPage(QWidget):
    NAME_EN, NAME_JA, BASIS, AMOUNT = range(4)

    def __init__(self, fees: list[FeeData], editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editable = editable
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("feesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name (English)"), self.tr("Name (Japanese)"),
                                              self.tr("Counted"), self.tr("Amount (yen)")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        if not editable:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button = QPushButton(self.tr("Add fee"), self)
        self.add_button.setObjectName("addFee")
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button = QPushButton(self.tr("Remove fee"), self)
        self.remove_button.setObjectName("removeFee")
        self.remove_button.clicked.connect(self._on_remove_clicked)
        for button in (self.add_button, self.remove_button):
            button.setEnabled(editable)
        self.message = FieldMessage(self)
        self.message.setObjectName("feesMessage")
        intro = QLabel(self.tr("The agency's fees, in yen, added to every quote: fixed, or counted from the "
                               "case's itinerary and travellers. The facility's own costs come from its "
                               "profile."), self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if not editable:
            layout.addWidget(QLabel(self.tr("Only a manager or an administrator can change the fees."), self))
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._ids: list[str] = []
        for fee in fees:
            self._add_row(fee)

    def _add_row(self, fee: FeeData) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._ids.append(fee.id)
        self.table.setItem(row, self.NAME_EN, QTableWidgetItem(fee.name_en))
        self.table.setItem(row, self.NAME_JA, QTableWidgetItem(fee.name_ja))
        basis = QComboBox(self.table)
        for code in BASES:
            basis.addItem(basis_label(code), code)
        basis.setCurrentIndex(max(0, basis.findData(fee.basis)))
        basis.setEnabled(self.editable)
        self.table.setCellWidget(row, self.BASIS, basis)
        shown = format_decimal(fee.amount_jpy, locale=labels.babel_locale()) if fee.name_en else ""
        self.table.setItem(row, self.AMOUNT, QTableWidgetItem(shown))
        return row

    def _on_add_clicked(self) -> None:
        row = self._add_row(FeeData("", "", "", "fixed", 0))
        self.table.setCurrentCell(row, self.NAME_EN)
        self.table.editItem(self.table.item(row, self.NAME_EN))

    def _on_remove_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self._ids[row]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def fees(self) -> tuple[list[FeeData], tuple[int, str] | None]:
        """The rows as fees, and the first problem (row, text) if one is wrong."""
        found: list[FeeData] = []
        for row in range(self.table.rowCount()):
            name_en, name_ja = self._text(row, self.NAME_EN), self._text(row, self.NAME_JA)
            if not name_en and not name_ja and not self._text(row, self.AMOUNT):
                continue                                   # an empty row added and left
            if not name_en:
                return found, (row, self.tr("Each fee needs its English name."))
            combo = self.table.cellWidget(row, self.BASIS)
            basis = combo.currentData() if isinstance(combo, QComboBox) else "fixed"
            try:
                amount = parse_amount(self._text(row, self.AMOUNT), "JPY", labels.ui_language())
            except MoneyInputError:
                return found, (row, self.tr("The amount of \u201c%1\u201d is not a whole number of yen.")
                               .replace("%1", name_en))
            found.append(FeeData(self._ids[row], name_en, name_ja, str(basis), amount.minor))
        return found, None
