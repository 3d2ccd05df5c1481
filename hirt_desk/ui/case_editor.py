"""The selected case: overview, patient and diagnosis tabs, saved together with Ctrl+S."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from hirt_desk.actions import case_detail, cases, history, merging, persons, timeline
from hirt_desk.actions import visa as visa_actions
from hirt_desk.actions.case_detail import CaseDetail, CompanionData, ValidationFailed
from hirt_desk.actions.editing import FieldConflict, MergeConflict
from hirt_desk.actions.merging import Key
from hirt_desk.actions.travellers import UnknownTraveller
from hirt_desk.planning.identity import ERROR
from hirt_desk.planning.pipeline import StatusDateRefused, TransitionRefused
from hirt_desk.rules import FactError, get_rule_set
from hirt_desk.store.errors import StoreError
from hirt_desk.ui import accessibility, duplicates_view, labels
from hirt_desk.ui.dialogs import StatusDialog
from hirt_desk.ui.errors import store_error_text
from hirt_desk.ui.field_labels import fact_label
from hirt_desk.ui.fields import FieldMessage
from hirt_desk.ui.merge_dialog import MergeDialog

if TYPE_CHECKING:            # the tabs' modules load when the tabs are made (_build_tabs)
    from hirt_desk.ui.contacts_tab import ContactsTab
    from hirt_desk.ui.diagnosis_tab import DiagnosisTab
    from hirt_desk.ui.documents_tab import DocumentsTab
    from hirt_desk.ui.history_tab import HistoryTab
    from hirt_desk.ui.itinerary_tab import ItineraryTab
    from hirt_desk.ui.money_tab import MoneyTab
    from hirt_desk.ui.overview_tab import OverviewTab
    from hirt_desk.ui.patient_tab import PatientTab
    from hirt_desk.ui.tasks_tab import TasksTab
    from hirt_desk.ui.timeline_tab import TimelineTab
    from hirt_desk.ui.visa_tab import VisaTab


class CaseEditor(QWidget):
    #: the case was saved (its id)
    case_saved = Signal(str)
    #: the case's status or notes changed (its id): the list may need a refresh
    case_changed = Signal(str)
    #: unsaved changes appeared (True) or were saved / discarded (False)
    dirty_changed = Signal(bool)
    #: the user asked to open another case (a likely match's): its id
    open_case_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.detail: CaseDetail | None = None
        self.user = ""                  # who is working (set_user); "" is the operating-system login
        self._dirty = False
        self.message = FieldMessage(self)
        self.message.setObjectName("saveMessage")
        self.notice = QLabel(self)               # another seat saved this case meanwhile
        self.notice.setObjectName("savedElsewhere")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background: #e8f0fe; color: #1a3c6e; padding: 6px; border-radius: 4px;")
        self.notice.hide()
        self._tabs = QTabWidget(self)
        self._built = False             # the tabs are made when first needed (_build_tabs)
        self._settings: Any = None
        self._today = today
        self._staff: list[str] = []     # who a task can be assigned to (set_staff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self._tabs)
        layout.addWidget(self.message)          # below the tabs: showing it moves no field

    # -- the tabs, made at their first use ------------------------------------------------------
    # The window starts on its case list with no case open: its six tabs (forms of a hundred
    # fields, 249 countries, a calendar; ~60 ms) are made when a case is first opened or a tab is
    # first asked for, not before the list shows.

    def _build_tabs(self) -> None:
        if self._built:
            return
        self._built = True
        from hirt_desk.ui.contacts_tab import ContactsTab
        from hirt_desk.ui.diagnosis_tab import DiagnosisTab
        from hirt_desk.ui.documents_tab import DocumentsTab
        from hirt_desk.ui.history_tab import HistoryTab
        from hirt_desk.ui.itinerary_tab import ItineraryTab
        from hirt_desk.ui.money_tab import MoneyTab
        from hirt_desk.ui.overview_tab import OverviewTab
        from hirt_desk.ui.patient_tab import PatientTab
        from hirt_desk.ui.tasks_tab import TasksTab
        from hirt_desk.ui.timeline_tab import TimelineTab
        from hirt_desk.ui.visa_tab import VisaTab
        self._overview = OverviewTab(self)
        self._patient = PatientTab(self)
        self._diagnosis = DiagnosisTab(lambda facts: case_detail.preview_screening("ghmc", facts), self)
        self._itinerary = ItineraryTab(self)
        self._visa = VisaTab(visa_actions.recheck, self)
        self._history = HistoryTab(self, undoable=lambda change: persons.merge_of(change) is not None)
        self._documents = DocumentsTab(self)
        self._contacts = ContactsTab(self)
        self._money = MoneyTab(self)
        self._tasks = TasksTab(self, self._today)
        self._timeline = TimelineTab(self)
        self.tabs.addTab(self.overview, self.tr("Case"))
        self.tabs.addTab(self.patient, self.tr("Patient"))
        self.tabs.addTab(self.diagnosis, self.tr("Diagnosis"))
        self.tabs.addTab(self.itinerary, self.tr("Itinerary"))
        self.itinerary.itinerary_changed.connect(self._on_itinerary_changed)
        self.tabs.addTab(self.visa, self.tr("Visa"))
        self.visa.changed.connect(self._on_tab_changed)
        self.tabs.addTab(self.documents, self.tr("Documents"))
        self.tabs.addTab(self.contacts, self.tr("Contacts"))
        self.tabs.addTab(self.money, self.tr("Money"))
        self.documents.documents_changed.connect(self._on_records_changed)
        self.contacts.contact_logged.connect(self._on_records_changed)
        self.money.setObjectName("moneyTab")
        self.money.money_changed.connect(self._on_money_changed)
        self.history.undo_requested.connect(self._on_history_undo_requested)
        self.patient.open_case_requested.connect(self.open_case_requested)
        self.patient.merge_requested.connect(self._on_patient_merge_requested)
        self.patient.not_same_answered.connect(self._on_patient_not_same_answered)
        self.tasks.changed.connect(self._on_tasks_changed)
        self.tabs.addTab(self.tasks, self.tr("Tasks"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.history, self.tr("History"))
        for tab in (self.overview, self.patient, self.diagnosis):
            tab.changed.connect(self._on_tab_changed)
        self.overview.status_change_requested.connect(self._on_overview_status_change_requested)
        self.overview.status_undo_requested.connect(self._on_overview_status_undo_requested)
        self.overview.note_added.connect(self._on_overview_note_added)
        for tab in (self.itinerary, self.tasks, self.documents, self.contacts, self.money):
            tab.user = self.user
        if self._settings is not None:
            self.visa.set_settings(self._settings)
        self.tasks.set_staff(self._staff)

    @property
    def tabs(self) -> QTabWidget:
        self._build_tabs()
        return self._tabs

    @property
    def overview(self) -> OverviewTab:
        self._build_tabs()
        return self._overview

    @property
    def patient(self) -> PatientTab:
        self._build_tabs()
        return self._patient

    @property
    def diagnosis(self) -> DiagnosisTab:
        self._build_tabs()
        return self._diagnosis

    @property
    def itinerary(self) -> ItineraryTab:
        self._build_tabs()
        return self._itinerary

    @property
    def visa(self) -> VisaTab:
        self._build_tabs()
        return self._visa

    @property
    def history(self) -> HistoryTab:
        self._build_tabs()
        return self._history

    @property
    def documents(self) -> DocumentsTab:
        self._build_tabs()
        return self._documents

    @property
    def contacts(self) -> ContactsTab:
        self._build_tabs()
        return self._contacts

    @property
    def money(self) -> MoneyTab:
        self._build_tabs()
        return self._money

    @property
    def tasks(self) -> TasksTab:
        self._build_tabs()
        return self._tasks

    @property
    def timeline(self) -> TimelineTab:
        self._build_tabs()
        return self._timeline

    def set_settings(self, settings: Any) -> None:
        """Where the Visa tab's documents were last saved is remembered in `settings`."""
        self._settings = settings
        if self._built:
            self.visa.set_settings(settings)

    def set_staff(self, logins: list[str]) -> None:
        """Who a task can be assigned to (the Tasks tab's choice, made when the tabs are)."""
        self._staff = logins
        if self._built:
            self.tasks.set_staff(logins)

    def set_user(self, login: str) -> None:
        """Every change saved from here on is recorded under `login`."""
        self.user = login
        if self._built:
            for tab in (self.itinerary, self.tasks, self.documents, self.contacts, self.money):
                tab.user = login

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def load(self, case_id: str) -> None:
        detail = case_detail.load_case(case_id)
        self.detail = detail
        self.overview.set_case(detail)
        self.patient.set_data(detail.patient, detail.companions)
        self.patient.set_lookup(duplicates_view.lookup_for(detail.patient_id))
        rule_set = detail.rule_set
        self.diagnosis.set_preview(lambda facts: case_detail.preview_screening(rule_set, facts))
        self.diagnosis.set_rules(get_rule_set(rule_set))
        self.diagnosis.set_facts(detail.facts)
        travellers = [("patient", detail.patient.name_native or
                       f"{detail.patient.surname_latin} {detail.patient.given_names_latin}")]
        travellers += [(c.id, c.name_native or f"{c.surname_latin} {c.given_names_latin}")
                       for c in detail.companions if c.id]
        self.itinerary.load(detail.id, travellers, detail.fractions, detail.treatment_start,
                            detail.fraction_options)
        self.visa.load(visa_actions.load_visas(detail.id), detail.id)
        self.documents.set_travellers(travellers)
        self.documents.load(detail.id)
        self.contacts.load(detail.id)
        self.money.load(detail.id, detail.packet_language, detail.patient.nationality)
        self._show_balance()
        self.history.load(history.case_history(detail.id))
        self.tasks.load(detail.id)
        self.timeline.load(timeline.case_timeline(detail.id))
        self.message.clear_message()
        self.notice.hide()
        accessibility.prepare(self)              # the tabs built new fields for this case
        self._set_dirty(False)

    def saved_elsewhere(self, version: int, by: str) -> bool:
        """Another seat saved version `version` of the open case. Without unsaved edits the case is
        shown as it is now (True); with them, they stay and a notice says who saved: saving merges
        (field by field, the merge dialog where both changed a field)."""
        if self.detail is None or version <= self.detail.version:
            return False
        if not self._dirty:
            tab = self.tabs.currentIndex()
            self.load(self.detail.id)
            self.tabs.setCurrentIndex(tab)
            return True
        self.notice.setText(self.tr("%1 saved this case meanwhile. Your changes are still here: "
                                    "saving merges them with theirs.").replace("%1", by))
        self.notice.show()
        return False

    def save(self) -> bool:
        """Save every tab; on a problem, show it where it is and return False."""
        if self.detail is None:
            return True
        person, problems = self.patient.form.person()
        errors = [p for p in problems if p.level == ERROR]
        if errors:
            self.tabs.setCurrentWidget(self.patient)
            self.patient.form.show_problems()
            self.patient.form.focus_field(errors[0].field)
            self.message.show_message(self.tr("Not saved: correct the marked fields of the patient."))
            return False
        refused = self.diagnosis.problems()
        if refused:
            self.tabs.setCurrentWidget(self.diagnosis)
            self.diagnosis.editors[next(iter(refused))].widget.setFocus()
            self.message.show_message(self.tr("Not saved: correct the marked diagnosis fields."))
            return False
        visas, bad = self.visa.records()
        if bad:
            self.tabs.setCurrentWidget(self.visa)
            self.message.show_message(self.tr("Not saved: correct the marked visa fields."))
            return False
        companions = self.patient.companions()
        resolved: dict[Key, Any] = {}
        try:
            while True:      # merged with what others saved since it was loaded
                try:
                    case_detail.save_case(
                        self.detail.id, patient=person, companions=companions,
                        facts=self.diagnosis.facts(), coordinator=self.overview.coordinator.text().strip(),
                        packet_language=self.overview.packet_language.currentData(), visas=visas,
                        base=self.detail, resolved=resolved, user=self.user,
                        companion_removals=self.patient.removal_choices())
                    break
                except MergeConflict as exc:
                    answer = self._ask_merge(exc.conflicts, companions)
                    if answer is None:
                        self.message.show_message(self.tr("Not saved: your changes are still here, "
                                                          "to be saved when you are ready."))
                        return False
                    chosen, companions = answer
                    resolved.update(chosen)
        except ValidationFailed as exc:
            self.tabs.setCurrentWidget(self.patient)
            self.message.show_message(self.tr("Not saved: a companion's data has an error (%1).")
                                      .replace("%1", labels.problem(exc.problems[0].code)))
            return False
        except FactError as exc:
            self.tabs.setCurrentWidget(self.diagnosis)
            self.message.show_message(self.tr("Not saved: check %1.").replace("%1", fact_label(exc.field)))
            return False
        except UnknownTraveller:        # a companion removed at another seat meanwhile
            self.message.show_message(self.tr("Not saved: a traveller is no longer on the case (removed "
                                              "by someone else). Your changes are still here."))
            return False
        except StoreError as exc:       # the edits stay in the editor, to be saved again
            text = self.tr("Not saved.") + " " + store_error_text(exc)
            if exc.reason == "full":
                text += " " + self.tr("Your changes are still here: make room on the disk, then save again.")
            elif exc.reason in ("connection_lost", "cannot_connect"):
                text += " " + self.tr("Your changes are still here: save again to connect again.")
            self.message.show_message(text)
            return False
        case_id = self.detail.id
        self.load(case_id)
        self.case_saved.emit(case_id)
        return True

    def _ask_merge(self, conflicts: list[FieldConflict], companions: list[CompanionData]
                   ) -> tuple[dict[Key, Any], list[CompanionData]] | None:
        """Show the fields others changed too; the user's choices as what to save again, or None
        (cancelled)."""
        assert self.detail is not None
        names = {c.id: c.name_native or f"{c.surname_latin} {c.given_names_latin}".strip()
                 for c in [*self.detail.companions, *companions] if c.id}
        dialog = MergeDialog(conflicts, names, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return merging.resolve(conflicts, dialog.choices(), companions, self.detail.companions)

    def discard(self) -> None:
        if self.detail is not None:
            self.load(self.detail.id)

    def _on_itinerary_changed(self) -> None:
        if self.detail is not None:
            self.visa.load(visa_actions.load_visas(self.detail.id), self.detail.id)   # stay decides visa
            self.money.load(self.detail.id, self.detail.packet_language,
                            self.detail.patient.nationality)             # and the quote
            self.history.load(history.case_history(self.detail.id))
            self.case_changed.emit(self.detail.id)

    def _show_balance(self) -> None:
        """The case's balance on the Case tab, always in sight."""
        if self.detail is not None:
            from hirt_desk.actions.money import case_balance
            from hirt_desk.ui.money_tab import balance_text
            self.overview.balance.setText(balance_text(case_balance(self.detail.id)))

    def _on_money_changed(self) -> None:
        if self.detail is not None:
            self._show_balance()
            self.history.load(history.case_history(self.detail.id))
            self.case_changed.emit(self.detail.id)

    def _on_tasks_changed(self) -> None:
        if self.detail is not None:
            self.timeline.load(timeline.case_timeline(self.detail.id))
            self.history.load(history.case_history(self.detail.id))
            self.case_changed.emit(self.detail.id)

    def _on_records_changed(self) -> None:
        """A document or contact was saved (its own change): the other tab and the history follow."""
        if self.detail is None:
            return
        self.documents.refresh()
        self.contacts.refresh()
        self.history.load(history.case_history(self.detail.id))
        self.tasks.load(self.detail.id)            # the records received change what is proposed
        self.timeline.load(timeline.case_timeline(self.detail.id))

    def _on_tab_changed(self) -> None:
        self._set_dirty(True)

    def _on_overview_status_change_requested(self) -> None:
        if self.detail is None:
            return
        try:
            without_visa = visa_actions.travellers_without_visa(self.detail.id)
        except StoreError:
            without_visa = []
        dialog = StatusDialog(self.detail.status, self.detail.next_statuses, self,
                              inquiry=self.detail.inquiry_date, without_visa=without_visa)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        status, effective, note = dialog.values()
        try:
            cases.change_status(self.detail.id, status, effective=effective, note=note, user=self.user)
        except (TransitionRefused, StatusDateRefused, StoreError) as exc:
            text = store_error_text(exc) if isinstance(exc, StoreError) else str(exc)
            self.message.show_message(self.tr("The status was not changed.") + " " + text)
            return
        self._refresh_overview()

    def _on_overview_status_undo_requested(self) -> None:
        if self.detail is None or not self.detail.history:
            return
        last = self.detail.history[-1]
        if last.from_status is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Undo status change"),
            self.tr("Undo the change from %1 to %2? The case goes back to %1; the history keeps "
                    "both changes.").replace("%1", labels.status(last.from_status))
            .replace("%2", labels.status(last.to_status)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        note = self.tr("Undone: %1").replace("%1", labels.status(last.to_status))
        try:
            cases.undo_status_change(self.detail.id, note=note, user=self.user)
        except (cases.NothingToUndo, StoreError) as exc:
            text = store_error_text(exc) if isinstance(exc, StoreError) else str(exc)
            self.message.show_message(self.tr("The status was not changed.") + " " + text)
            return
        self._refresh_overview()

    def _on_overview_note_added(self, text: str) -> None:
        if self.detail is None:
            return
        try:
            cases.add_note(self.detail.id, text, user=self.user)
        except StoreError as exc:
            self.message.show_message(self.tr("The note was not saved.") + " " + store_error_text(exc))
            return
        self.overview.note_saved()
        self._refresh_overview()

    def _on_patient_merge_requested(self, person_id: str) -> None:
        """Use this person: the case's patient is a person already on file. Saved first, then
        merged into them, side by side (their record is the one kept)."""
        if self.detail is None or (self._dirty and not self.save()):
            return
        assert self.detail is not None
        result = duplicates_view.merge_pair(self, person_id, self.detail.patient_id, self.user)
        if result is not None:
            self.load(self.detail.id)
            self.case_saved.emit(self.detail.id)

    def _on_patient_not_same_answered(self, person_id: str) -> None:
        if self.detail is None:
            return
        try:
            persons.mark_not_same(self.detail.patient_id, person_id, user=self.user)
        except (StoreError, persons.PersonRefused):
            return                       # asked again next time: nothing is lost
        self.history.load(history.case_history(self.detail.id))

    def _on_history_undo_requested(self, change: str) -> None:
        if self.detail is None or not self.confirm_undo():
            return
        try:
            undone = persons.undo_merge(change, user=self.user)
        except (StoreError, persons.PersonRefused) as exc:
            text = (store_error_text(exc) if isinstance(exc, StoreError)
                    else duplicates_view.refusal_text(exc))
            self.message.show_message(self.tr("The merge was not undone.") + " " + text)
            return
        self.load(self.detail.id)
        self.case_saved.emit(self.detail.id)
        self.message.show_message(self.tr("The merge was undone: %1 is a separate record again.")
                                  .replace("%1", ", ".join(undone.cases) or undone.restored), warning=True)

    def confirm_undo(self) -> bool:
        """Unsaved edits are saved first; then the user confirms."""
        if self._dirty and not self.save():
            return False
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Undo merge"),
                          self.tr("Undo this merge? The merged record becomes a separate person again and "
                                  "its cases go back to it; fields changed since the merge keep their "
                                  "values."), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self)
        box.setObjectName("undoMergePrompt")
        return box.exec() == QMessageBox.StandardButton.Yes

    def _refresh_overview(self) -> None:
        """Show the new status or note without touching unsaved edits on the other tabs."""
        assert self.detail is not None
        fresh = case_detail.load_case(self.detail.id)
        self.detail.status, self.detail.history, self.detail.notes = fresh.status, fresh.history, fresh.notes
        self.detail.reply_due = fresh.reply_due
        dirty = self._dirty
        coordinator, language = self.overview.coordinator.text(), self.overview.packet_language.currentIndex()
        self.overview.set_case(self.detail)
        self.overview.coordinator.setText(coordinator)
        self.overview.packet_language.setCurrentIndex(language)
        self._set_dirty(dirty)
        self.history.load(history.case_history(self.detail.id))
        self.tasks.load(self.detail.id)            # a status change changes what is proposed
        self.timeline.load(timeline.case_timeline(self.detail.id))
        self.message.clear_message()
        self.case_changed.emit(self.detail.id)
