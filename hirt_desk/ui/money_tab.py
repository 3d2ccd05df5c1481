"""The Money tab of a case: its quote (recomputed, saved as versions, printed), its deposit
requests, invoices and settlement, the payments and refunds, and the balance.

Each button calls one action (actions/money.py, actions/money_papers.py) and shows what came
back; wrong input is said under the tab, nothing saved."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.actions import money
from hirt_desk.money import Balance, Money, MoneyInputError, format_money, parse_amount
from hirt_desk.money.amount import currency_of
from hirt_desk.money.quote import QuoteLine, QuoteResult
from hirt_desk.store.errors import StoreError
from hirt_desk.ui import labels
from hirt_desk.ui.errors import store_error_text
from hirt_desk.ui.fields import DateField, FieldMessage

translate = QCoreApplication.translate


def yen(amount: int) -> str:
    return format_money(Money(amount, "JPY"), labels.ui_language())


def balance_text(b: Balance) -> str:
    """The balance in one line, as the Case tab and the Money tab show it."""
    if b.due_jpy > 0:
        head = translate("money", "Due from the patient: %1").replace("%1", yen(b.due_jpy))
    elif b.due_jpy < 0:
        head = (translate("money", "To refund to the patient: %1") if b.settled
                else translate("money", "Held for the patient: %1")).replace("%1", yen(-b.due_jpy))
    elif b.settled:
        head = translate("money", "Settled")
    elif b.requested_jpy == 0 and b.received_jpy == 0:
        return translate("money", "Nothing invoiced or received yet")
    else:
        head = translate("money", "Balanced")
    parts = [head]
    if b.charged_jpy:
        parts.append(translate("money", "charged %1").replace("%1", yen(b.charged_jpy)))
    parts.append(translate("money", "received %1").replace("%1", yen(b.received_jpy)))
    if b.refunded_jpy:
        parts.append(translate("money", "refunded %1").replace("%1", yen(b.refunded_jpy)))
    if b.deposit_outstanding_jpy and not b.settled:
        outstanding = yen(b.deposit_outstanding_jpy)
        parts.append(translate("money", "deposit outstanding %1").replace("%1", outstanding))
    return " · ".join(parts)


def line_text(line: QuoteLine, language: str) -> str:
    """A quote line in the window's language: Japanese from the facility's profile or the fee,
    the facility's costs in the other languages as the printed quote names them (the packet's
    phrases), anything else in English (a fee has an English and a Japanese name only)."""
    if language == "ja" and line.ja:
        return line.ja
    if language != "en":      # the packet's modules load only once a quote shows
        from hirt_desk.packets.content import COST_ITEMS
        from hirt_desk.packets.phrases import UntranslatedPhrase, phrase
        if line.id in COST_ITEMS:
            with contextlib.suppress(UntranslatedPhrase):
                return phrase(language.replace("_", "-"), COST_ITEMS[line.id])
    return line.en


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class MoneyTab(QWidget):
    #: a quote, bill or payment was saved: the balance and the history changed
    money_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_id: str | None = None
        self.lang = "en"                      # the language printed beside Japanese
        self.user = ""
        self.quote: QuoteResult | None = None
        self.pdf_out: Path | None = None          # where the paper being written goes
        self.balance = QLabel(self)
        self.balance.setObjectName("moneyBalance")
        self.balance.setWordWrap(True)
        self.message = FieldMessage(self)
        self.message.setObjectName("moneyMessage")
        # in a scroll area: on a laptop screen the tab scrolls instead of making the window taller
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.addWidget(self.balance)
        layout.addWidget(self._quote_box(), 3)
        layout.addWidget(self._bills_box(), 1)
        layout.addWidget(self._payments_box(), 1)
        layout.addWidget(self.message)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # -- building -----------------------------------------------------------------------------
    def _edit(self, name: str, placeholder: str = "", width: int = 0) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        if width:
            edit.setMaximumWidth(width)
        return edit

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _quote_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Quote"), self)
        self.currency = self._edit("quoteCurrency", "JPY", 80)
        self.rate = self._edit("quoteRate", self.tr("e.g. 0.048"), 120)
        self.rate_date = DateField(self)
        self.rate_date.setObjectName("quoteRateDate")
        self.estimate = self._edit("quoteEstimate", self.tr("yen"), 140)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Patient's currency"), self), 0, 0)
        grid.addWidget(self.currency, 0, 1)
        grid.addWidget(QLabel(self.tr("Rate (units per yen)"), self), 0, 2)
        grid.addWidget(self.rate, 0, 3)
        grid.addWidget(QLabel(self.tr("Rate of"), self), 1, 2)
        grid.addWidget(self.rate_date, 1, 3)
        grid.addWidget(QLabel(self.tr("Other medical services (estimate)"), self), 1, 0)
        grid.addWidget(self.estimate, 1, 1)
        grid.setColumnStretch(4, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self._button("quoteCalculate", self.tr("Calculate"), self._on_calculate_clicked))
        buttons.addWidget(self._button("quoteSave", self.tr("Save as a new version"), self._on_save_clicked))
        buttons.addWidget(self._button("quotePrint", self.tr("Print quote…"), self._on_print_clicked))
        buttons.addStretch(1)
        self.quote_lines = _table(self, "quoteLines",
                                  [self.tr("Item"), self.tr("Quantity"), self.tr("Amount")])
        header = self.quote_lines.horizontalHeader()       # the item's words get the room, not "1"
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.quote_total = QLabel(self)
        self.quote_total.setObjectName("quoteTotal")
        self.quote_versions = QLabel(self)
        self.quote_versions.setObjectName("quoteVersions")
        inner = QVBoxLayout(box)
        inner.addLayout(grid)
        inner.addLayout(buttons)
        inner.addWidget(self.quote_lines)
        inner.addWidget(self.quote_total)
        inner.addWidget(self.quote_versions)
        return box

    def _bills_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Deposit requests, invoices and settlement"), self)
        self.bills = _table(self, "bills", [self.tr("Number"), self.tr("Kind"), self.tr("Issued"),
                                            self.tr("Amount")])
        self.bill_kind = QComboBox(self)
        self.bill_kind.setObjectName("billKind")
        for code, text in (("deposit", self.tr("Deposit request")), ("invoice", self.tr("Invoice")),
                           ("settlement", self.tr("Final settlement (what was spent)"))):
            self.bill_kind.addItem(text, code)
        self.bill_amount = self._edit("billAmount", self.tr("yen"), 140)
        self.bill_due = DateField(self)
        self.bill_due.setObjectName("billDue")
        row = QGridLayout()
        row.addWidget(self.bill_kind, 0, 0)
        row.addWidget(self.bill_amount, 0, 1)
        row.addWidget(QLabel(self.tr("Due by"), self), 0, 2)
        row.addWidget(self.bill_due, 0, 3)
        row.addWidget(self._button("issueBill", self.tr("Issue"), self._on_issue_clicked), 1, 0)
        print_bill = self._button("printBill", self.tr("Print selected…"), self._on_print_bill_clicked)
        row.addWidget(print_bill, 1, 1)
        row.addWidget(self._button("withdrawBill", self.tr("Withdraw selected…"),
                                   self._on_withdraw_bill_clicked), 1, 2, 1, 2)
        row.setColumnStretch(4, 1)
        inner = QVBoxLayout(box)
        inner.addWidget(self.bills)
        inner.addLayout(row)
        return box

    def _payments_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Payments and refunds"), self)
        self.payments = _table(self, "payments", [self.tr("Date"), self.tr("Kind"), self.tr("Amount"),
                                                  self.tr("In yen"), self.tr("Method"), self.tr("Reference")])
        self.pay_kind = QComboBox(self)
        self.pay_kind.setObjectName("paymentKind")
        self.pay_kind.addItem(self.tr("Payment received"), "payment")
        self.pay_kind.addItem(self.tr("Refund paid"), "refund")
        self.pay_date = DateField(self)
        self.pay_date.setObjectName("paymentDate")
        self.pay_amount = self._edit("paymentAmount", self.tr("amount"), 140)
        self.pay_currency = self._edit("paymentCurrency", "JPY", 70)
        self.pay_rate = self._edit("paymentRate", self.tr("rate"), 100)
        self.pay_method = QComboBox(self)
        self.pay_method.setObjectName("paymentMethod")
        for code in money.METHODS:
            self.pay_method.addItem(self.method_label(code), code)
        self.pay_reference = self._edit("paymentReference", self.tr("reference"))
        row = QGridLayout()
        first = (self.pay_kind, self.pay_date, self.pay_amount, self.pay_currency)
        for column, widget in enumerate(first):
            row.addWidget(widget, 0, column)
        for column, widget in enumerate((self.pay_rate, self.pay_method, self.pay_reference)):
            row.addWidget(widget, 1, column)
        row.addWidget(self._button("recordPayment", self.tr("Record"), self._on_record_clicked), 1, 3)
        row.addWidget(self._button("withdrawPayment", self.tr("Withdraw selected…"),
                                   self._on_withdraw_payment_clicked), 2, 0)
        inner = QVBoxLayout(box)
        inner.addWidget(self.payments)
        inner.addLayout(row)
        return box

    def method_label(self, code: str) -> str:
        return {"bank_transfer": self.tr("Bank transfer"), "card": self.tr("Card"), "cash": self.tr("Cash"),
                "other": self.tr("Other")}.get(code, code)

    def kind_label(self, code: str) -> str:
        return {"deposit": self.tr("Deposit request"), "invoice": self.tr("Invoice"),
                "settlement": self.tr("Settlement"), "payment": self.tr("Payment received"),
                "refund": self.tr("Refund paid")}.get(code, code)

    # -- showing ------------------------------------------------------------------------------
    def load(self, case_id: str, lang: str = "en", nationality: str = "") -> None:
        """Show the case's money; a new quote offers the currency of the patient's country."""
        self.case_id, self.lang = case_id, lang
        self.message.clear_message()
        saved = money.quotes(case_id)
        if saved:
            last = saved[0]
            self.currency.setText("" if last.currency == "JPY" else last.currency)
            self.rate.setText(last.rate)
            self.rate_date.set_value(last.rate_date)
            estimate = next((int(x["amount_jpy"]) for x in last.lines if x.get("variable")), 0)
            self.estimate.setText(format_decimal(estimate, locale=labels.babel_locale()) if estimate else "")
        else:
            for edit in (self.rate, self.estimate):
                edit.clear()
            own = currency_of(nationality) if nationality else "JPY"
            self.currency.setText("" if own == "JPY" else own)
            self.rate_date.set_value(None)
        self.quote = money.current_quote(case_id)
        self._show_quote(self.quote, len(saved))
        self.refresh()

    def refresh(self) -> None:
        """The bills, payments and balance as stored now."""
        if self.case_id is None:
            return
        _fill(self.bills, [[b.number, self.kind_label(b.kind), labels.short_date(b.issued),
                            yen(int(b.total_jpy))] for b in money.bills(self.case_id)])
        rows = []
        for p in money.payments(self.case_id):
            amount = format_money(Money(int(p.amount_minor), p.currency), labels.ui_language())
            rows.append([labels.short_date(p.received), self.kind_label(p.kind), amount,
                         yen(int(p.amount_jpy)), self.method_label(p.method), p.reference])
        _fill(self.payments, rows)
        self.balance.setText(f"<b>{balance_text(money.case_balance(self.case_id))}</b>")

    def _show_quote(self, quote: QuoteResult, versions: int) -> None:
        _fill(self.quote_lines, [[line_text(line, labels.ui_language()), str(line.quantity),
                                  yen(line.amount_jpy)] for line in quote.lines])
        total = self.tr("Total: %1").replace("%1", yen(quote.total_jpy))
        other = quote.total_other
        if other is not None and other.currency != "JPY":
            total += " · " + format_money(other, labels.ui_language())
        self.quote_total.setText(f"<b>{total}</b>")
        self.quote_versions.setText(self.tr("Saved versions: %1").replace("%1", str(versions)))

    def _fail(self, exc: Exception) -> None:
        if isinstance(exc, StoreError):
            self.message.show_message(self.tr("Not saved.") + " " + store_error_text(exc))
        elif isinstance(exc, money.MoneyRefused | MoneyInputError):
            texts = {"rate": self.tr("Enter the rate: how many units of the currency one yen buys."),
                     "currency": self.tr("Enter a currency code such as CNY, USD or VND."),
                     "number": self.tr("Enter the amount as a number."),
                     "decimals": self.tr("The amount has more decimals than the currency has."),
                     "amount": self.tr("Enter an amount above zero."),
                     "negative": self.tr("Enter an amount above zero."),
                     "due": self.tr("The due date is before the date issued.")}
            self.message.show_message(texts.get(exc.code, str(exc)))
        else:
            raise exc

    # -- slots --------------------------------------------------------------------------------
    def _computed(self) -> QuoteResult | None:
        assert self.case_id is not None
        try:
            estimate = (parse_amount(self.estimate.text(), "JPY", labels.ui_language()).minor
                        if self.estimate.text().strip() else None)
            currency = self.currency.text().strip().upper() or "JPY"
            rate_date = self.rate_date.value()
            return money.current_quote(self.case_id, currency=currency, rate=self.rate.text().strip(),
                                              rate_date=rate_date, other_medical_jpy=estimate)
        except ValueError as exc:
            if isinstance(exc, money.MoneyRefused | MoneyInputError):
                self._fail(exc)
            else:
                self.message.show_message(self.tr("Enter the rate's date as YYYY-MM-DD."))
            return None
        except StoreError as exc:
            self._fail(exc)
            return None

    def _on_calculate_clicked(self) -> None:
        if self.case_id is None:
            return
        quote = self._computed()
        if quote is not None:
            self.message.clear_message()
            self.quote = quote
            self._show_quote(quote, len(money.quotes(self.case_id)))

    def _on_save_clicked(self) -> None:
        if self.case_id is None:
            return
        quote = self._computed()
        if quote is None:
            return
        try:
            row = money.save_quote(self.case_id, quote, user=self.user or None)
        except StoreError as exc:
            self._fail(exc)
            return
        self.quote = quote
        self._show_quote(quote, int(row.revision))
        self.message.show_message(self.tr("Quote version %1 saved.").replace("%1", str(row.revision)),
                                  warning=True)
        self.money_changed.emit()

    def _ask_pdf(self, name: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"), name,
                                              self.tr("PDF files (*.pdf)"))
        return Path(path) if path else None

    def _on_print_clicked(self) -> None:
        if self.case_id is None or self.quote is None:
            return
        out = self._ask_pdf(f"quote-{self.lang}.pdf")
        if out is None:
            return
        from hirt_desk.actions import money_papers  # the renderer loads at the first print
        try:
            prepared = money_papers.prepare_quote(self.case_id, self.lang, self.quote)
        except StoreError as exc:
            self._on_pdf_failed(exc)
            return
        self._render(prepared, out)

    def _render(self, prepared: object, out: Path) -> None:
        """Lay the paper out on the background thread (ui/jobs.py); say where it went."""
        from hirt_desk.actions.money_papers import Prepared
        from hirt_desk.ui import jobs
        assert isinstance(prepared, Prepared)
        self.pdf_out = out
        self.message.show_message(self.tr("Writing %1…").replace("%1", str(out)), warning=True)
        jobs.start(lambda _job: prepared.render(out), self._on_pdf_written, self._on_pdf_failed)

    def _on_pdf_written(self, _pages: object) -> None:
        self.message.show_message(self.tr("Written: %1").replace("%1", str(self.pdf_out)), warning=True)

    def _on_pdf_failed(self, exc: Exception) -> None:
        text = store_error_text(exc) if isinstance(exc, StoreError) else str(exc)
        self.message.show_message(self.tr("The PDF was not written: %1").replace("%1", text))

    def _on_issue_clicked(self) -> None:
        if self.case_id is None:
            return
        kind = str(self.bill_kind.currentData())
        try:
            amount = parse_amount(self.bill_amount.text(), "JPY", labels.ui_language()).minor
            due = self.bill_due.value()
        except MoneyInputError as exc:
            self._fail(exc)
            return
        except ValueError:
            self.message.show_message(self.tr("Enter the due date as YYYY-MM-DD."))
            return
        try:
            if kind == "settlement":
                _bill, outcome = money.settle(self.case_id, amount, user=self.user or None)
                text = {"refund": self.tr("Settled: refund %1 to the patient."),
                        "top_up": self.tr("Settled: ask the patient for %1 more."),
                        "settled": self.tr("Settled: nothing more to pay or refund.")}[outcome.action]
                self.message.show_message(text.replace("%1", yen(outcome.amount_jpy)), warning=True)
            else:
                lines = tuple(self.quote.lines) if kind == "invoice" and self.quote is not None \
                    and self.quote.total_jpy == amount else ()
                rate = self.quote.rate if self.quote is not None else None
                currency = self.quote.currency if self.quote is not None and rate is not None else "JPY"
                bill = money.issue_bill(self.case_id, kind, amount, due=due, lines=lines, currency=currency,
                                        rate=rate, rate_date=self.quote.rate_date if self.quote else None,
                                        user=self.user or None)
                self.message.show_message(self.tr("Issued %1.").replace("%1", bill.number), warning=True)
        except (money.MoneyRefused, StoreError) as exc:
            self._fail(exc)
            return
        self.bill_amount.clear()
        self.refresh()
        self.money_changed.emit()

    def _on_print_bill_clicked(self) -> None:
        if self.case_id is None:
            return
        row = self.bills.currentRow()
        stored = money.bills(self.case_id)
        if not 0 <= row < len(stored):
            self.message.show_message(self.tr("Select a deposit request or invoice first."))
            return
        bill = stored[row]
        out = self._ask_pdf(f"{bill.number}-{self.lang}.pdf")
        if out is None:
            return
        from hirt_desk.actions import money_papers
        try:
            prepared = money_papers.prepare_bill(self.case_id, bill.id, self.lang)
        except StoreError as exc:
            self._on_pdf_failed(exc)
            return
        self._render(prepared, out)

    def _withdraw(self, table: str, record_id: str, what: str) -> None:
        """Withdraw a bill or payment entered by mistake, once the user confirms (a tombstone:
        the history keeps it)."""
        assert self.case_id is not None
        question = self.tr("Withdraw %1? It no longer counts in the balance; the history keeps it.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Withdraw"), question.replace("%1", what),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("withdrawPrompt")
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        try:
            money.remove_money_record(self.case_id, table, record_id, user=self.user or None)
        except (money.MoneyRefused, StoreError) as exc:
            self._fail(exc)
            return
        self.message.clear_message()
        self.refresh()
        self.money_changed.emit()

    def _on_withdraw_bill_clicked(self) -> None:
        if self.case_id is None:
            return
        stored, row = money.bills(self.case_id), self.bills.currentRow()
        if not 0 <= row < len(stored):
            self.message.show_message(self.tr("Select a deposit request or invoice first."))
            return
        self._withdraw("bill", stored[row].id, stored[row].number)

    def _on_withdraw_payment_clicked(self) -> None:
        if self.case_id is None:
            return
        stored, row = money.payments(self.case_id), self.payments.currentRow()
        if not 0 <= row < len(stored):
            self.message.show_message(self.tr("Select a payment first."))
            return
        paid = stored[row]
        what = format_money(Money(int(paid.amount_minor), paid.currency), labels.ui_language())
        self._withdraw("payment", paid.id, f"{labels.short_date(paid.received)} {what}")

    def _on_record_clicked(self) -> None:
        if self.case_id is None:
            return
        currency = self.pay_currency.text().strip().upper() or "JPY"
        try:
            received = self.pay_date.value() or date.today()
        except ValueError:
            self.message.show_message(self.tr("Enter the date as YYYY-MM-DD."))
            return
        try:
            amount = parse_amount(self.pay_amount.text(), currency, labels.ui_language())
            data = money.PaymentData(amount, received, kind=str(self.pay_kind.currentData()),
                                     rate=self.pay_rate.text().strip() or None,
                                     method=str(self.pay_method.currentData()),
                                     reference=self.pay_reference.text())
            row = money.record_payment(self.case_id, data, user=self.user or None)
        except (money.MoneyRefused, MoneyInputError, StoreError) as exc:
            self._fail(exc)
            return
        self.message.show_message(self.tr("Recorded: %1, counted as %2.")
                                  .replace("%1", format_money(amount, labels.ui_language()))
                                  .replace("%2", yen(int(row.amount_jpy))), warning=True)
        for edit in (self.pay_amount, self.pay_rate, self.pay_reference):
            edit.clear()
        self.refresh()
        self.money_changed.emit()
