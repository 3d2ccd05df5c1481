"""Money in the window, as a coordinator works: a fee entered in Settings, a quote made on the
case's Money tab in yuan, a deposit received in yuan, and the balance on the Case tab."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox, QWidget

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.actions.itinerary import plan_treatment
from hirt_desk.store.models import AuditEntry, Fee, Payment, Quote
from tests.ui.helpers import answer_dialog, choose, replace_text, type_text
from tests.ui.test_case_workflow import make_window, open_tab, select_case


def edit_cell(qtbot, table, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into a table cell as a user does: start editing, type, press Enter."""
    def editor() -> QLineEdit | None:
        shown = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
        return shown[-1] if shown else None
    if editor() is None or table.currentColumn() != column:
        table.setCurrentCell(row, column)
        table.editItem(table.item(row, column))
    qtbot.waitUntil(lambda: editor() is not None)
    field = editor()
    assert field is not None
    replace_text(qtbot, field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor() is None)
    assert table.item(row, column).text() == text


def _money_tab_index(window) -> int:  # type: ignore[no-untyped-def]
    return window.editor.tabs.indexOf(window.editor.money)


def test_fee_quote_deposit_in_yuan_and_the_balance(qtbot, database: Path, settings, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   monkeypatch) -> None:
    case = create_case(PatientData("LI", "MING", "李明", nationality="CN"), packet_language="zh-Hans")
    plan_treatment(case.id, date(2027, 4, 26), 12, user="sato")
    window = make_window(qtbot, database, settings)

    # Settings → Fees: the coordination fee
    def fill(dialog: QWidget) -> None:
        page = dialog.fees_page
        dialog.tabs.setCurrentWidget(page)
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)      # opens the name for typing
        for column, text in ((0, "Coordination fee"), (1, "コーディネート料"), (3, "300,000")):
            edit_cell(qtbot, page.table, 0, column, text)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    answer_dialog(fill)
    window.settings_action.trigger()
    fee = Fee.get()
    assert (fee.name_en, fee.name_ja, fee.basis, fee.amount_jpy) == (
        "Coordination fee", "コーディネート料", "fixed", 300_000)
    assert AuditEntry.select().where(AuditEntry.record_id == fee.id).count() >= 1

    # the case's Money tab: a quote in yuan at 0.048, saved as version 1
    select_case(qtbot, window, case.id)
    open_tab(qtbot, window, _money_tab_index(window))
    tab = window.editor.money
    assert tab.currency.text() == "CNY"                   # the patient's country's currency, offered
    type_text(qtbot, tab.rate, "0.048")
    type_text(qtbot, tab.rate_date, "2027-03-01")
    type_text(qtbot, tab.estimate, "400,000")
    qtbot.mouseClick(tab.findChild(QWidget, "quoteCalculate"), Qt.MouseButton.LeftButton)
    assert "¥5,665,000" in tab.quote_total.text() and "CN¥271,920.00" in tab.quote_total.text()
    texts = [tab.quote_lines.item(r, 0).text() for r in range(tab.quote_lines.rowCount())]
    assert "Coordination fee" in texts and "Heavy ion radiotherapy" in texts
    # the facility's long line shown whole: the item column has the room, not the quantity's "1"
    longest = max(texts, key=len)
    assert longest.startswith("Medical services other than heavy ion radiotherapy")
    wanted = tab.quote_lines.fontMetrics().horizontalAdvance(longest) + 12
    assert tab.quote_lines.columnWidth(0) >= wanted
    qtbot.mouseClick(tab.findChild(QWidget, "quoteSave"), Qt.MouseButton.LeftButton)
    saved = Quote.get()
    assert (saved.revision, saved.total_jpy, saved.currency, saved.rate, saved.total_other) == (
        1, 5_665_000, "CNY", "0.048", 27_192_000)

    # the quote printed: Japanese beside Chinese (the case's packet language)
    out = tmp_path / "quote.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(tab.findChild(QWidget, "quotePrint"), Qt.MouseButton.LeftButton)
    # laid out on the background thread; the tab says where it went
    qtbot.waitUntil(lambda: tab.message.text().startswith("Written:"), timeout=30_000)
    assert out.exists() and out.read_bytes().startswith(b"%PDF")

    # a deposit request, then the deposit received in yuan
    choose(qtbot, tab.bill_kind, "Deposit request")
    type_text(qtbot, tab.bill_amount, "3,000,000")
    qtbot.mouseClick(tab.findChild(QWidget, "issueBill"), Qt.MouseButton.LeftButton)
    assert tab.bills.rowCount() == 1 and tab.bills.item(0, 0).text().startswith("DEP-")
    type_text(qtbot, tab.pay_date, "2027-03-05")
    type_text(qtbot, tab.pay_amount, "100000")
    type_text(qtbot, tab.pay_currency, "cny")
    qtbot.mouseClick(tab.findChild(QWidget, "recordPayment"), Qt.MouseButton.LeftButton)
    assert "Enter the rate" in tab.message.text()                  # no rate: refused at the place
    assert Payment.select().count() == 0
    type_text(qtbot, tab.pay_rate, "0.048")
    type_text(qtbot, tab.pay_reference, "ICBC 7781")
    qtbot.mouseClick(tab.findChild(QWidget, "recordPayment"), Qt.MouseButton.LeftButton)
    paid = Payment.get()
    assert (paid.amount_minor, paid.currency, paid.amount_jpy, paid.reference) == (
        10_000_000, "CNY", 2_083_333, "ICBC 7781")
    assert tab.payments.item(0, 3).text() == "¥2,083,333"
    assert "deposit outstanding ¥916,667" in tab.balance.text()

    # a payment typed twice by mistake is withdrawn (after a question), the balance as before
    type_text(qtbot, tab.pay_date, "2027-03-05")
    type_text(qtbot, tab.pay_amount, "100000")
    replace_text(qtbot, tab.pay_currency, "CNY")
    type_text(qtbot, tab.pay_rate, "0.048")
    qtbot.mouseClick(tab.findChild(QWidget, "recordPayment"), Qt.MouseButton.LeftButton)
    assert tab.payments.rowCount() == 2
    tab.payments.selectRow(1)
    answer_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(tab.findChild(QWidget, "withdrawPayment"), Qt.MouseButton.LeftButton)
    assert tab.payments.rowCount() == 1
    assert Payment.select().where(Payment.deleted_at.is_null()).count() == 1
    assert "deposit outstanding ¥916,667" in tab.balance.text()

    # the balance, always visible on the Case tab
    open_tab(qtbot, window, 0)
    shown = window.editor.overview.balance
    assert shown.isVisible()
    assert shown.text().startswith("Held for the patient: ¥2,083,333")
    window.editor.grab().save(str(tmp_path / "case-tab.png"))
    # and in the case's history, as people read it
    from hirt_desk.actions.history import case_history
    from hirt_desk.ui.field_labels import record_label, summary
    made = [(record_label(e.table), summary(e.table, e.new)) for e in case_history(case.id)
            if e.table in ("quote", "bill", "payment")]
    assert ("Quote", "v1 · ¥5,665,000") in made
    assert ("Payment or refund", "CN¥100,000.00 (¥2,083,333)") in made


@pytest.mark.sqlite_only
@pytest.mark.parametrize("ui_language", ["zh_Hans"], indirect=True)
def test_in_chinese_the_quote_names_the_facility_costs_in_chinese(qtbot, database: Path, settings,  # type: ignore[no-untyped-def]
                                                                  ui_language: str) -> None:
    """The Chinese window's quote shows the facility's costs as the printed quote names them,
    not in English (the agency's own fees have an English and a Japanese name only)."""
    case = create_case(PatientData("LI", "MING", "李明", nationality="CN"), packet_language="zh-Hans")
    plan_treatment(case.id, date(2027, 4, 26), 12, user="sato")
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case.id)
    open_tab(qtbot, window, _money_tab_index(window))
    tab = window.editor.money
    type_text(qtbot, tab.rate, "0.048")
    qtbot.mouseClick(tab.findChild(QWidget, "quoteCalculate"), Qt.MouseButton.LeftButton)
    texts = [tab.quote_lines.item(r, 0).text() for r in range(tab.quote_lines.rowCount())]
    assert texts[0] == "重离子放射治疗费"
    assert "设备折旧费" in texts and "管理费" in texts
    assert not [t for t in texts if t.isascii()], texts
