"""The itinerary tab: the stay day by day and on a month calendar, the treatment sessions
planned from the course's start, and the checks that catch mistakes. Each change is saved at
once (one action), so there is nothing here for Ctrl+S."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.actions import itinerary as actions
from hirt_desk.actions.travellers import UnknownTraveller
from hirt_desk.planning.calendar import BeyondCalendar, japanese_holiday, month_holidays
from hirt_desk.planning.itinerary import ERROR, JAPAN, KINDS, Finding, Item
from hirt_desk.store.errors import StoreError
from hirt_desk.ui import labels
from hirt_desk.ui.errors import store_error_text
from hirt_desk.ui.fields import CheckList, DateField, FieldMessage, mark_invalid

translate = QCoreApplication.translate
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_COLOURS = {"flight": "#1565c0", "accommodation": "#6a1b9a", "appointment": "#00838f",
                "session": "#c62828", "transfer": "#5d4037", "interpreter": "#2e7d32",
                "phone_rental": "#616161"}
HOLIDAY_COLOUR = "#c62828"
TIME_ZONES = (JAPAN, "Asia/Shanghai", "Asia/Taipei", "Asia/Hong_Kong", "Asia/Seoul",
              "Asia/Ho_Chi_Minh", "Asia/Bangkok", "Asia/Jakarta", "Asia/Ulaanbaatar",
              "Asia/Vladivostok", "Europe/Moscow", "Asia/Dubai", "Asia/Riyadh", "America/New_York",
              "UTC")


def kind_label(kind: str) -> str:
    return {"flight": translate("itinerary", "Flight"),
            "accommodation": translate("itinerary", "Accommodation"),
            "appointment": translate("itinerary", "Appointment"),
            "session": translate("itinerary", "Treatment session"),
            "transfer": translate("itinerary", "Transfer / pickup"),
            "interpreter": translate("itinerary", "Interpreter"),
            "phone_rental": translate("itinerary", "Phone rental")}.get(kind, kind)


def finding_text(finding: Finding, name_of: Callable[[str | None], str] = lambda _id: "") -> str:
    """The finding in the user's language; `name_of` names an item by its id (overlaps)."""
    first = finding.days[0].isoformat() if finding.days else ""
    return {"arrival_after_first_appointment":
            translate("itinerary", "The patient arrives after the first appointment."),
            "departure_before_last_session":
            translate("itinerary", "The patient leaves before the last treatment session."),
            "session_not_treatment_day":
            translate("itinerary", "A session is on a day the facility does not treat (%1).")
            .replace("%1", first),
            "night_without_accommodation":
            translate("itinerary", "%1 night(s) without accommodation, from %2.")
            .replace("%1", str(len(finding.days))).replace("%2", first),
            "overlap": translate("itinerary", "“%1” and “%2” overlap on %3.")
            .replace("%1", name_of(finding.other_item_id)).replace("%2", name_of(finding.item_id))
            .replace("%3", labels.short_date(finding.days[0]) if finding.days else ""),
            "passport_expires_during_stay":
            translate("itinerary", "The passport expires on %1, before the stay ends.")
            .replace("%1", first),
            "outside_permitted_stay":
            translate("itinerary", "The stay is outside the period the visa permits (see the Visa tab)."),
            }.get(finding.code, finding.message)


def kind_icon(kind: str) -> QIcon:
    """A coloured disc with the kind's initial: tells kinds apart at a glance in any font."""
    pixmap = QPixmap(18, 18)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(KIND_COLOURS.get(kind, "#616161")))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 16, 16)
    painter.setPen(QColor("white"))
    font = painter.font()
    font.setPixelSize(10)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, kind[0].upper())
    painter.end()
    return QIcon(pixmap)


def parse_local(text: str) -> datetime | None:
    """A local time typed as YYYY-MM-DD HH:MM (or a date alone, taken at 00:00)."""
    text = text.strip()
    if not text:
        return None
    return datetime.fromisoformat(text.replace(" ", "T")) if "T" in text or " " in text \
        else datetime.fromisoformat(text + "T00:00")


class ItemDialog(QDialog):
    """Add or edit one itinerary item."""

    def __init__(self, item: Item | None, travellers: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Itinerary item"))
        self._item = item
        self.kind = QComboBox(self)
        self.kind.setObjectName("itemKind")
        for k in KINDS:
            self.kind.addItem(kind_icon(k), kind_label(k), k)
        self.title = QLineEdit(self)
        self.title.setObjectName("itemTitle")
        self.starts = QLineEdit(self)
        self.starts.setObjectName("itemStarts")
        self.ends = QLineEdit(self)
        self.ends.setObjectName("itemEnds")
        for w in (self.starts, self.ends):
            w.setPlaceholderText("YYYY-MM-DD HH:MM")
        self.start_tz = QComboBox(self)
        self.end_tz = QComboBox(self)
        for combo in (self.start_tz, self.end_tz):
            combo.setEditable(True)
            combo.addItems(TIME_ZONES)
        self.place_from = QLineEdit(self)
        self.place_to = QLineEdit(self)
        self.place_to.setObjectName("itemPlaceTo")
        self.reference = QLineEdit(self)
        self.reference.setObjectName("itemReference")
        self.confirmation = QLineEdit(self)
        self.cost = QLineEdit(self)
        self.cost.setObjectName("itemCost")
        self.cost.setPlaceholderText(self.tr("yen, whole number"))
        self.who = CheckList(((name, key) for key, name in travellers), self, height=70, wrap=False)
        # a new item is for everyone who travels; the user unticks who stays behind
        self.who.set_values(item.travellers if item else [key for key, _name in travellers])
        self.notes = QLineEdit(self)
        self.message = FieldMessage(self)
        self.message.keep_space(2)            # nothing moves when a message shows
        self.reference_label = QLabel(self)
        self.place_to_label = QLabel(self)
        form = QFormLayout(self)
        self._form = form
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Starts (local time)"), self.starts)
        form.addRow(self.tr("Time zone"), self.start_tz)
        form.addRow(self.tr("Ends (local time)"), self.ends)
        form.addRow(self.tr("Time zone at the end"), self.end_tz)
        form.addRow(self.tr("From"), self.place_from)
        form.addRow(self.place_to_label, self.place_to)
        form.addRow(self.reference_label, self.reference)
        form.addRow(self.tr("Confirmation number"), self.confirmation)
        form.addRow(self.tr("Cost (JPY)"), self.cost)
        form.addRow(self.tr("For"), self.who)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow("", self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if item:
            self.kind.setCurrentIndex(max(0, self.kind.findData(item.kind)))
            self.title.setText(item.title)
            self.starts.setText(item.starts.strftime("%Y-%m-%d %H:%M"))
            self.ends.setText(item.ends.strftime("%Y-%m-%d %H:%M") if item.ends else "")
            self.start_tz.setCurrentText(item.start_tz)
            self.end_tz.setCurrentText(item.end_tz)
            for w, v in ((self.place_from, item.place_from), (self.place_to, item.place_to),
                         (self.reference, item.reference), (self.confirmation, item.confirmation),
                         (self.notes, item.notes)):
                w.setText(v)
            self.cost.setText("" if item.cost_yen is None else str(item.cost_yen))
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self._on_kind_changed()

    def _on_kind_changed(self) -> None:
        """Each kind in its own words: a hotel has no flight number, a session no origin."""
        kind = self.kind.currentData()
        self.reference_label.setText({
            "flight": self.tr("Flight number"),
            "accommodation": self.tr("Hotel or booking name"),
            "appointment": self.tr("Department or doctor"),
            "session": self.tr("Room or machine"),
            "transfer": self.tr("Company or vehicle"),
            "interpreter": self.tr("Interpreter's name"),
            "phone_rental": self.tr("Phone number"),
        }.get(kind, self.tr("Reference")))
        moving = kind in ("flight", "transfer")
        self.place_to_label.setText(self.tr("To") if moving else self.tr("Where"))
        self._form.setRowVisible(self.place_from, moving or bool(self.place_from.text()))
        self._form.setRowVisible(self.end_tz, kind == "flight" or self.end_tz.currentText() != JAPAN)

    def item(self) -> Item:
        """The item as entered; ValueError (with the field) when something is wrong."""
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
        try:
            starts = parse_local(self.starts.text())
        except ValueError:
            raise ValueError("starts") from None
        if starts is None:
            raise ValueError("starts")
        try:
            ends = parse_local(self.ends.text())
        except ValueError:
            raise ValueError("ends") from None
        for name, combo in (("start_tz", self.start_tz), ("end_tz", self.end_tz)):
            try:
                ZoneInfo(combo.currentText().strip())
            except (ZoneInfoNotFoundError, ValueError):
                raise ValueError(name) from None
        cost_text = self.cost.text().replace(",", "").strip()
        if cost_text and not cost_text.isdigit():
            raise ValueError("cost")
        who = tuple(self.who.values())
        item = Item(kind=self.kind.currentData(), starts=starts, ends=ends,
                    start_tz=self.start_tz.currentText().strip(), end_tz=self.end_tz.currentText().strip(),
                    title=self.title.text().strip(), place_from=self.place_from.text().strip(),
                    place_to=self.place_to.text().strip(), reference=self.reference.text().strip(),
                    confirmation=self.confirmation.text().strip(),
                    cost_yen=int(cost_text) if cost_text else None, travellers=who or ("patient",),
                    notes=self.notes.text().strip(), fixed=self._item.fixed if self._item else False,
                    id=self._item.id if self._item else None)
        if item.ends and item.end_utc < item.start_utc:
            raise ValueError("order")
        return item

    def accept(self) -> None:
        fields = {"starts": self.starts, "ends": self.ends, "start_tz": self.start_tz,
                  "end_tz": self.end_tz, "cost": self.cost, "order": self.ends}
        for w in fields.values():
            mark_invalid(w, False)
        try:
            self.item()
        except ValueError as exc:
            field = str(exc)
            mark_invalid(fields[field], True)
            self.message.show_message({
                "starts": self.tr("Enter when it starts: YYYY-MM-DD HH:MM."),
                "ends": self.tr("Not a time: use YYYY-MM-DD HH:MM."),
                "start_tz": self.tr("Not a time zone (e.g. Asia/Tokyo)."),
                "end_tz": self.tr("Not a time zone (e.g. Asia/Tokyo)."),
                "cost": self.tr("The cost is a whole number of yen."),
                "order": self.tr("It ends before it starts."),
            }[field])
            fields[field].setFocus()
            return
        super().accept()


class ItineraryTab(QWidget):
    #: the itinerary changed (the case list shows the next date)
    itinerary_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_id = ""
        self.user = ""                  # who is working (CaseEditor.set_user); "" is the OS login
        self.travellers: list[tuple[str, str]] = []
        self.items: list[Item] = []
        self.fractions = QSpinBox(self)
        self.fractions.setObjectName("fractions")
        self.fractions.setRange(1, 60)
        self.fractions.setValue(16)
        self.first_session = DateField(self)
        self.first_session.setObjectName("firstSession")
        self.plan_button = QPushButton(self.tr("Plan sessions"), self)
        self.plan_button.setObjectName("planSessions")
        self.plan_button.clicked.connect(self._on_plan_clicked)
        self.plan_message = FieldMessage(self)
        self.plan_message.setObjectName("planMessage")
        self.plan_message.keep_space(2)
        course = QHBoxLayout()
        course.addWidget(QLabel(self.tr("Fractions"), self))
        course.addWidget(self.fractions)
        course.addWidget(QLabel(self.tr("First session"), self))
        course.addWidget(self.first_session)
        course.addWidget(self.plan_button)
        course.addStretch(1)

        self.agenda = QTreeWidget(self)
        self.agenda.setObjectName("agenda")
        self.agenda.setAccessibleName(self.tr("Itinerary"))
        self.agenda.setHeaderLabels([self.tr("When"), self.tr("What and where")])
        # every column readable beside the calendar at laptop width: no horizontal scrolling;
        # what an item is wraps onto a second line rather than being cut
        header = self.agenda.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.agenda.setUniformRowHeights(False)
        self.agenda.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.agenda.itemDoubleClicked.connect(lambda *_: self._on_edit_clicked())
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("monthCalendar")
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self._on_calendar_clicked)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._show_holidays())
        self.holidays = QLabel(self)
        self.holidays.setObjectName("holidays")
        self.holidays.setWordWrap(True)
        self.holidays.setStyleSheet(f"color: {HOLIDAY_COLOUR};")
        self.holidays.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.holidays.setMinimumHeight(2 * self.holidays.fontMetrics().lineSpacing())
        month = QWidget(self)
        month_layout = QVBoxLayout(month)
        month_layout.setContentsMargins(0, 0, 0, 0)
        month_layout.addWidget(self.calendar, 1)
        month_layout.addWidget(self.holidays)
        split = QSplitter(self)
        split.addWidget(self.agenda)
        split.addWidget(month)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)                 # the calendar at its own size
        split.setChildrenCollapsible(False)

        self.add_button = QPushButton(self.tr("Add item…"), self)
        self.add_button.setObjectName("addItem")
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.findings = QListWidget(self)
        self.findings.setObjectName("findings")
        self.findings.setMaximumHeight(110)
        self.findings.itemClicked.connect(self._on_finding_clicked)
        self.error = FieldMessage(self)
        layout = QVBoxLayout(self)
        layout.addLayout(course)
        layout.addWidget(self.plan_message)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Checks"), self))
        layout.addWidget(self.findings)
        layout.addWidget(self.error)

    # -- data -----------------------------------------------------------------------------------

    def load(self, case_id: str, travellers: list[tuple[str, str]], fractions: int | None,
             start: date | None, options: list[int]) -> None:
        self.case_id = case_id
        self.travellers = travellers
        self.fractions.setValue(fractions or (options[0] if options else 16))
        self.first_session.set_value(start)
        self.plan_message.clear_message()
        self.error.clear_message()
        self.refresh()

    def refresh(self) -> None:
        try:
            self.items = actions.list_items(self.case_id)
            findings = actions.check_case(self.case_id, items=self.items)
        except StoreError as exc:
            self.error.show_message(store_error_text(exc))
            return
        self._fill_agenda()
        self._fill_calendar()
        self.findings.clear()
        names = dict(self.travellers)
        by_id = {i.id: i for i in self.items}

        def name_of(item_id: str | None) -> str:
            item = by_id.get(item_id)
            return "" if item is None else item.title or kind_label(item.kind)
        for f in findings:
            who = names.get(f.traveller, "") if f.traveller != "patient" or \
                f.code in ("outside_permitted_stay", "passport_expires_during_stay") else ""
            entry = QListWidgetItem(f"{finding_text(f, name_of)}  {who}".strip(), self.findings)
            entry.setForeground(QColor("#c62828" if f.level == ERROR else "#9a6700"))
            entry.setData(ITEM_ID_ROLE, f.item_id)
            entry.setData(Qt.ItemDataRole.UserRole, f.code)
        if not findings and self.items:
            QListWidgetItem(self.tr("No problems found."), self.findings)

    def _fill_agenda(self) -> None:
        self.agenda.clear()
        names = dict(self.travellers)
        day_nodes: dict[date, QTreeWidgetItem] = {}
        for item in self.items:
            day = item.starts.date()
            if day not in day_nodes:
                node = QTreeWidgetItem([labels.short_date(day), labels.weekday(day)])
                font = node.font(0)
                font.setBold(True)
                node.setFont(0, font)
                self.agenda.addTopLevelItem(node)
                day_nodes[day] = node
            end = f"–{item.ends:%H:%M}" if item.ends and item.ends.date() == day else ""
            city = item.start_tz.rsplit("/", 1)[-1].replace("_", " ")          # Asia/Ho_Chi_Minh
            zone = "" if item.start_tz == JAPAN else f" ({city})"
            what = item.title or kind_label(item.kind)
            if item.kind == "session" and re.fullmatch(r"\d+/\d+", item.title):
                what = f"{kind_label('session')} {item.title}"        # generated: "1/16"
            if item.reference:
                what = f"{what} · {item.reference}"
            if item.confirmation:
                what = f"{what} · #{item.confirmation}"
            who = ", ".join(names.get(t, t) for t in item.travellers if t != "patient")
            where = " → ".join(x for x in (item.place_from, item.place_to) if x)
            row = QTreeWidgetItem([f"{item.starts:%H:%M}{end}{zone}",
                                   f"{what}\n{where}" if where else what])   # the place below
            row.setIcon(1, kind_icon(item.kind))
            row.setToolTip(1, kind_label(item.kind) + (f" — {who}" if who else ""))
            row.setData(0, ITEM_ID_ROLE, item.id)
            day_nodes[day].addChild(row)
        self.agenda.expandAll()

    def _show_holidays(self) -> None:
        """Japan's public holidays of the month shown: in red on the calendar, named below it."""
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        names = []
        for offset in (-1, 0, 1):            # the grid shows days of the months around it too
            y, m = (year, month + offset) if 1 <= month + offset <= 12 else \
                ((year - 1, 12) if month + offset < 1 else (year + 1, 1))
            for day in month_holidays(y, m):
                qdate = QDate(day.year, day.month, day.day)
                fmt = self.calendar.dateTextFormat(qdate)
                fmt.setForeground(QColor(HOLIDAY_COLOUR))
                name = labels.holiday(japanese_holiday(day) or "", japanese_holiday(day, "ja") or "")
                fmt.setToolTip(name)
                self.calendar.setDateTextFormat(qdate, fmt)
                if offset == 0:
                    names.append(f"{labels.short_date(day)} {name}")
        self.holidays.setText(self.tr("Public holidays: %1").replace("%1", "; ".join(names))
                              if names else "")

    def _fill_calendar(self) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())     # clear all
        session = QTextCharFormat()
        session.setBackground(QColor("#ffcdd2"))
        session.setFontWeight(700)
        other = QTextCharFormat()
        other.setBackground(QColor("#e3f2fd"))
        for item in sorted(self.items, key=lambda i: i.kind == "session"):
            d = item.starts.date()
            self.calendar.setDateTextFormat(QDate(d.year, d.month, d.day),
                                            session if item.kind == "session" else other)
        if self.items:
            first = self.items[0].starts.date()
            self.calendar.setCurrentPage(first.year, first.month)
        self._show_holidays()

    def selected_item(self) -> Item | None:
        current = self.agenda.currentItem()
        item_id = current.data(0, ITEM_ID_ROLE) if current else None
        return next((i for i in self.items if i.id == item_id), None)

    # -- slots ----------------------------------------------------------------------------------

    def _on_plan_clicked(self) -> None:
        try:
            start = self.first_session.value()
        except ValueError:
            start = None
        if start is None:
            mark_invalid(self.first_session, True)
            self.plan_message.show_message(labels.date_problem(self.first_session.text()))
            return
        mark_invalid(self.first_session, False)
        try:
            result = actions.plan_treatment(self.case_id, start, self.fractions.value(), user=self.user)
        except StoreError as exc:
            self.plan_message.show_message(store_error_text(exc))
            return
        except BeyondCalendar:             # a course that would end after 9999-12-31
            mark_invalid(self.first_session, True)
            self.plan_message.show_message(labels.problem("date.invalid"))
            return
        text = self.tr("Sessions planned: %1 added, %2 removed, %3 fixed by hand kept.") \
            .replace("%1", str(len(result.added))).replace("%2", str(len(result.removed))) \
            .replace("%3", str(len(result.kept)))
        if result.start_moved and result.first:
            reason = labels.holiday(*result.start_moved)     # a holiday, or the facility's closure
            text += " " + self.tr("No session on %1 (%2): the course starts on %3.") \
                .replace("%1", labels.short_date(start)).replace("%2", reason) \
                .replace("%3", labels.short_date(result.first))
        if result.removed and result.added:
            text += " " + self.tr("First moved session: %1 → %2.") \
                .replace("%1", labels.short_date(result.removed[0])) \
                .replace("%2", labels.short_date(result.added[0]))
        self.plan_message.show_message(text, warning=True)
        self.refresh()
        self.itinerary_changed.emit()

    def _save(self, item: Item) -> None:
        try:
            actions.save_item(self.case_id, item, user=self.user)
        except StoreError as exc:
            self.error.show_message(store_error_text(exc))
            return
        except UnknownTraveller:            # removed from the case at another seat meanwhile
            self.error.show_message(self.tr("Not saved: a traveller of this item is no longer on the "
                                            "case (removed by someone else). Open the case again "
                                            "to see who travels."))
            return
        self.refresh()
        self.itinerary_changed.emit()

    def _on_add_clicked(self) -> None:
        dialog = ItemDialog(None, self.travellers, self)
        dialog.setObjectName("itemDialog")
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save(dialog.item())

    def _on_edit_clicked(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        dialog = ItemDialog(item, self.travellers, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save(replace(dialog.item(), id=item.id))

    def _on_remove_clicked(self) -> None:
        item = self.selected_item()
        if item is None or item.id is None:
            return
        try:
            actions.delete_item(item.id, user=self.user)
        except StoreError as exc:
            self.error.show_message(store_error_text(exc))
            return
        self.refresh()
        self.itinerary_changed.emit()

    def _on_calendar_clicked(self, qdate: QDate) -> None:
        day = date(qdate.year(), qdate.month(), qdate.day())
        for i in range(self.agenda.topLevelItemCount()):
            node = self.agenda.topLevelItem(i)
            if node.childCount() and self._day_of(node) == day:
                self.agenda.setCurrentItem(node.child(0))
                return

    def _day_of(self, node: QTreeWidgetItem) -> date | None:
        item_id = node.child(0).data(0, ITEM_ID_ROLE)
        item = next((i for i in self.items if i.id == item_id), None)
        return item.starts.date() if item else None

    def _on_finding_clicked(self, entry: QListWidgetItem) -> None:
        item_id = entry.data(ITEM_ID_ROLE)
        if not item_id:
            return
        for i in range(self.agenda.topLevelItemCount()):
            node = self.agenda.topLevelItem(i)
            for j in range(node.childCount()):
                if node.child(j).data(0, ITEM_ID_ROLE) == item_id:
                    self.agenda.setCurrentItem(node.child(j))
                    self.agenda.scrollToItem(node.child(j))
                    return
