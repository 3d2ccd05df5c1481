"""The identity form of a traveller (patient or companion): passport data, own script, contacts.

Problems are shown under the field they concern as the user leaves it; `person()` returns the
data and every problem (a date that is not a date included), so the caller decides whether it
can be saved.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from hirt_desk.actions.cases import PatientData
from hirt_desk.planning.identity import WARNING, Problem, check_identity
from hirt_desk.ui import labels
from hirt_desk.ui.fields import CheckList, DateField, FieldMessage, looks_like_date, mark_invalid

_SEX = (("", "—"), ("F", QT_TRANSLATE_NOOP("PersonForm", "F (female)")),
        ("M", QT_TRANSLATE_NOOP("PersonForm", "M (male)")),
        ("X", QT_TRANSLATE_NOOP("PersonForm", "X (unspecified)")))


class CountryBox(QComboBox):
    """Nationality: ISO code with the country's name in the UI language; type either.

    The 249 countries are added when the box is first shown, focused or given a code, not when
    it is made: the window builds its forms before it shows the case list (~20 ms at start)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", "")
        self._filled = False
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def fill(self) -> None:
        if self._filled:
            return
        self._filled = True
        import pycountry
        text, blocked = self.currentText(), self.blockSignals(True)
        for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
            self.addItem(f"{country.alpha_2} — {labels.country(country.alpha_2)}", country.alpha_2)
        self.setEditText(text)
        self.blockSignals(blocked)

    def showEvent(self, event: QShowEvent) -> None:
        self.fill()
        super().showEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.fill()
        super().focusInEvent(event)

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()

    def code(self) -> str:
        self.fill()
        text = self.currentText().strip()
        index = self.findText(text)
        if index >= 0:
            return str(self.itemData(index))
        head = text.split("—")[0].strip().upper()
        found = self.findData(head)
        return head if found < 0 else str(self.itemData(found))

    def set_code(self, code: str) -> None:
        self.fill()
        index = self.findData(code.upper()) if code else 0
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code)


def field_label(name: str) -> str:
    """The label of a traveller's field (as the form shows it) in the UI language."""
    translate = QCoreApplication.translate
    return {
        "surname_latin": translate("PersonForm", "Surname (passport)"),
        "given_names_latin": translate("PersonForm", "Given names (passport)"),
        "name_native": translate("PersonForm", "Name in own script"),
        "sex": translate("PersonForm", "Sex"),
        "date_of_birth": translate("PersonForm", "Date of birth"),
        "nationality": translate("PersonForm", "Nationality"),
        "passport_number": translate("PersonForm", "Passport number"),
        "passport_expiry": translate("PersonForm", "Passport expiry"),
        "languages": translate("PersonForm", "Languages"),
        "phone": translate("PersonForm", "Phone"),
        "email": translate("PersonForm", "E-mail"),
        "address": translate("PersonForm", "Home address"),
    }[name]


class PersonForm(QWidget):
    """Identity and contact fields of one traveller."""

    #: any field was edited
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, today: Any = date.today, *,
                 columns: int = 1) -> None:
        """`columns=2` sets identity beside passport and contacts (a dialog that must fit a
        laptop screen); languages and address span the width below."""
        super().__init__(parent)
        self._today = today
        self.surname = QLineEdit(self)
        self.given = QLineEdit(self)
        self.native = QLineEdit(self)
        self.sex = QComboBox(self)
        for code, text in _SEX:
            self.sex.addItem(QCoreApplication.translate("PersonForm", text) if code else text, code)
        self.birth = DateField(self)
        self.nationality = CountryBox(self)
        # long country names open in the list; the box itself need not be that wide
        self.nationality.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.nationality.setMinimumContentsLength(14)
        self.nationality.view().setMinimumWidth(300)
        self.passport = QLineEdit(self)
        self.expiry = DateField(self)
        # the languages a traveller speaks, ticked from the packet languages
        self.languages = CheckList(((name, tag) for tag, name in labels.LANGUAGE_NAMES.items()), self,
                                   height=64)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.address = QPlainTextEdit(self)
        self.address.setFixedHeight(56)
        self.address.setTabChangesFocus(True)
        for name, widget in (("surname", self.surname), ("given", self.given), ("native", self.native),
                             ("birth", self.birth), ("passport", self.passport),
                             ("expiry", self.expiry), ("phone", self.phone), ("email", self.email)):
            widget.setObjectName(name)
        # a short example in the field (a laptop's narrow field cut the whole hint), the hint in
        # the tooltip
        for w, example, hint in (
                (self.surname, self.tr("e.g. NGUYEN"), self.tr("As in the passport, e.g. NGUYEN")),
                (self.native, self.tr("e.g. 阮文安"), self.tr("In the traveller's own script, e.g. 阮文安")),
                (self.phone, self.tr("e.g. +84 912 345 678"),
                 self.tr("With country code, e.g. +84 912 345 678"))):
            w.setPlaceholderText(example)
            w.setToolTip(hint)

        self.fields: dict[str, QWidget] = {
            "surname_latin": self.surname, "given_names_latin": self.given,
            "name_native": self.native, "sex": self.sex, "date_of_birth": self.birth,
            "nationality": self.nationality, "passport_number": self.passport,
            "passport_expiry": self.expiry, "languages": self.languages, "phone": self.phone,
            "email": self.email, "address": self.address,
        }
        self.messages = {name: FieldMessage(self) for name in self.fields}
        # each message stands beside its field, in room kept for it: nothing moves when one shows
        form = QGridLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        wide = ("languages", "address")
        left = ("surname_latin", "given_names_latin", "name_native", "sex", "date_of_birth",
                "nationality")
        places: dict[str, tuple[int, int, int]] = {}       # row, first column, columns spanned
        if columns == 2:
            right = [n for n in self.fields if n not in left and n not in wide]
            for row, name in enumerate(left):
                places[name] = (row, 0, 1)
            for row, name in enumerate(right):
                places[name] = (row, 3, 1)
            for row, name in enumerate(wide, start=len(left)):
                places[name] = (row, 0, 4)
            for column in (1, 4):
                form.setColumnStretch(column, 3)
                form.setColumnMinimumWidth(column, 190)
            for column in (2, 5):
                form.setColumnStretch(column, 2)
        else:
            places = {name: (row, 0, 1) for row, name in enumerate(self.fields)}
            form.setColumnStretch(1, 3)
            form.setColumnStretch(2, 2)
        for name, widget in self.fields.items():
            row, column, span = places[name]
            message = self.messages[name]
            message.setObjectName(f"{name}_message")
            message.keep_space(2)
            message.setMinimumWidth(245)
            message.setMaximumWidth(260)
            label = QLabel(self._label(name), self)
            label.setBuddy(widget)
            form.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            form.addWidget(widget, row, column + 1, 1, span, Qt.AlignmentFlag.AlignTop)
            form.addWidget(message, row, column + 1 + span)

        for widget in (self.surname, self.given, self.native, self.birth, self.passport,
                       self.expiry, self.phone, self.email):
            widget.textEdited.connect(self.changed)
            widget.editingFinished.connect(self.show_problems)
        self.address.textChanged.connect(self.changed)
        self.sex.currentIndexChanged.connect(self.changed)
        self.nationality.currentIndexChanged.connect(self.changed)
        self.nationality.editTextChanged.connect(self.changed)
        self.nationality.lineEdit().editingFinished.connect(self.show_problems)
        self.languages.changed.connect(self.changed)

    @staticmethod
    def _label(name: str) -> str:
        return field_label(name)

    # -- data -----------------------------------------------------------------------------------

    def set_person(self, person: PatientData | None) -> None:
        person = person or PatientData("")
        widgets = (self.surname, self.given, self.native, self.birth, self.passport, self.expiry,
                   self.phone, self.email, self.address, self.sex, self.nationality, self.languages)
        for w in widgets:
            w.blockSignals(True)
        self.surname.setText(person.surname_latin)
        self.given.setText(person.given_names_latin)
        self.native.setText(person.name_native)
        self.sex.setCurrentIndex(max(0, self.sex.findData(person.sex)))
        self.birth.set_value(person.date_of_birth)
        self.nationality.set_code(person.nationality)
        self.passport.setText(person.passport_number)
        self.expiry.set_value(person.passport_expiry)
        self.languages.set_values(person.languages)
        self.phone.setText(person.phone)
        self.email.setText(person.email)
        self.address.setPlainText(person.address)
        for w in widgets:
            w.blockSignals(False)
        for message in self.messages.values():
            message.clear_message()
        for widget in self.fields.values():
            mark_invalid(widget, False)

    def person(self) -> tuple[PatientData, list[Problem]]:
        """What the form holds, and every problem with it (dates that are not dates included)."""
        problems: list[Problem] = []
        dates: dict[str, date | None] = {}
        for name, field in (("date_of_birth", self.birth), ("passport_expiry", self.expiry)):
            try:
                dates[name] = field.value()
            except ValueError:
                dates[name] = None
                problems.append(Problem(name, "date.no_such_day" if looks_like_date(field.text())
                                        else "date.invalid"))
        data = PatientData(
            surname_latin=self.surname.text().strip().upper(),
            given_names_latin=self.given.text().strip().upper(),
            name_native=self.native.text().strip(),
            sex=self.sex.currentData() or "",
            date_of_birth=dates["date_of_birth"],
            nationality=self.nationality.code(),
            passport_number=self.passport.text().strip().upper().replace(" ", ""),
            passport_expiry=dates["passport_expiry"],
            languages=self.languages.values(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            address=self.address.toPlainText().strip(),
        )
        problems += check_identity(vars(data), self._today())
        return data, problems

    def show_problems(self) -> list[Problem]:
        """Show each problem under its field; returns them."""
        _, problems = self.person()
        by_field = {p.field: p for p in problems}
        for name, message in self.messages.items():
            problem = by_field.get(name)
            if problem is None:
                message.clear_message()
                mark_invalid(self.fields[name], False)
            else:
                message.show_message(labels.problem(problem.code), problem.level == WARNING)
                mark_invalid(self.fields[name], problem.level != WARNING)
        return problems

    def focus_field(self, name: str) -> None:
        widget = self.fields.get(name)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
