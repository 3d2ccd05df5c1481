"""The case's Documents tab: the files kept with the case (drop files or folders on it, or Add…),
the facility's required records with their states, a preview, open, export and remove.

Each button calls one action (actions/documents.py); nothing here reads the database."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import (
    QBrush,
    QCloseEvent,
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.actions import documents as actions
from hirt_desk.actions.documents import CaseRecords, DocumentRefused, DocumentRow
from hirt_desk.records.required import KINDS
from hirt_desk.store.errors import StoreError
from hirt_desk.ui import jobs
from hirt_desk.ui import record_labels as labels
from hirt_desk.ui.errors import store_error_text
from hirt_desk.ui.fields import DateField, FieldMessage, mark_invalid

if TYPE_CHECKING:       # loaded when a document is previewed (tests/test_startup_imports.py)
    from hirt_desk.ui.document_preview import Preview

_STATE_COLOURS = {"missing": "#c62828", "requested": "#9a6700", "received": "#1a5fb4",
                  "translated": "#1a5fb4", "sent": "#2e7d32"}


class DocumentsTab(QWidget):
    #: a document was added, changed or removed (the case's history and contacts may show it)
    documents_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_id = ""
        self.user = ""
        self.records: CaseRecords | None = None
        self.setAcceptDrops(True)
        self.traveller = QComboBox(self)          # whose documents: the patient or a companion
        self.traveller.setObjectName("newTraveller")
        self.traveller_names: dict[str, str] = {}
        self.set_travellers([])
        self.kind = QComboBox(self)
        self.kind.setObjectName("newKind")
        for code in KINDS:
            self.kind.addItem(labels.text(labels.KIND, code), code)
        self.add_button = QPushButton(self.tr("Add files…"), self)
        self.add_button.setObjectName("addFiles")
        self.add_folder_button = QPushButton(self.tr("Add folder…"), self)
        self.add_folder_button.setObjectName("addFolder")
        self.hint = QLabel(self.tr("Or drop files and folders (an imaging CD) here."), self)
        self.hint.setStyleSheet("color: #666;")
        self.hint.setWordWrap(True)       # it wraps rather than widen the window past a laptop's screen
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kind of new documents:"), self))
        top.addWidget(self.kind)
        top.addWidget(QLabel(self.tr("For:"), self))
        top.addWidget(self.traveller)
        top.addWidget(self.add_button)
        top.addWidget(self.add_folder_button)
        top.addWidget(self.hint, 1)

        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("documents")
        self.table.setAccessibleName(self.tr("Documents"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Date"),
                                              self.tr("Language"), self.tr("Size"), self.tr("File"),
                                              self.tr("For")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)

        # the selected document's details
        self.edit_kind = QComboBox(self)
        self.edit_kind.setObjectName("documentKind")
        for code in KINDS:
            self.edit_kind.addItem(labels.text(labels.KIND, code), code)
        self.edit_date = DateField(self)
        self.edit_date.setObjectName("documentDate")
        self.edit_language = QLineEdit(self)
        self.edit_language.setObjectName("documentLanguage")
        self.edit_language.setPlaceholderText(self.tr("e.g. zh, en, ja"))
        self.edit_translation = QComboBox(self)
        self.edit_translation.setObjectName("translationOf")
        self.apply_button = QPushButton(self.tr("Save details"), self)
        self.apply_button.setObjectName("saveDocument")
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.edit_kind)
        form.addRow(self.tr("Date of the document"), self.edit_date)
        form.addRow(self.tr("Language"), self.edit_language)
        form.addRow(self.tr("Translation of"), self.edit_translation)
        form.addRow("", self.apply_button)

        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setObjectName("previewDocument")
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("openDocument")
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("exportDocument")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removeDocument")
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.open_button, self.export_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.required = QTableWidget(0, 2, self)
        self.required.setObjectName("requiredRecords")
        self.required.setAccessibleName(self.tr("Required by the facility"))
        self.required.setHorizontalHeaderLabels([self.tr("Required by the facility"), self.tr("State")])
        self.required.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.required.verticalHeader().hide()
        self.required.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.preview_area = QLabel(self)
        self.preview_area.setObjectName("documentPreview")
        self.preview_area.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.preview_area.setWordWrap(True)
        self.preview_text = QLabel(self)             # what a DICOM image's header says
        self.preview_text.setObjectName("previewDetails")
        self.preview_text.setWordWrap(True)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        pane = self._pane = QWidget(self)
        pane_layout = QVBoxLayout(pane)
        pane_layout.addWidget(self.preview_area)
        pane_layout.addWidget(self.preview_text)
        pane_layout.addStretch(1)
        scroll.setWidget(pane)

        self.message = FieldMessage(self)
        self.message.setObjectName("documentsMessage")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        left_layout.addLayout(form)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.required)
        right_layout.addWidget(scroll, 1)
        self.preview_scroll = scroll
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        self.add_button.clicked.connect(self._on_add_clicked)
        self.add_folder_button.clicked.connect(self._on_add_folder_clicked)
        self.apply_button.clicked.connect(self._on_apply_clicked)
        self.preview_button.clicked.connect(self._on_preview_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self._opened: list[Path] = []          # temp copies handed to the system's viewer
        self._attaching: jobs.Job | None = None
        self._previewing: jobs.Job | None = None
        self._checking: jobs.Job | None = None
        self._file_states: dict[str, str] = {}   # sha256 -> ok | missing | altered, checked this visit
        self._enable()

    # -- showing ---------------------------------------------------------------------------------

    def set_travellers(self, travellers: list[tuple[str, str]]) -> None:
        """Who documents can be attached for: ("patient", name) first, then (companion id, name)."""
        self.traveller_names = dict(travellers)
        self.traveller.clear()
        for key, name in travellers or [("patient", "")]:
            self.traveller.addItem(name or self.tr("Patient"), key)

    def load(self, case_id: str) -> None:
        self.case_id = case_id
        self._file_states = {}                   # opening the case checks its files again
        self.preview_area.clear()
        self.preview_text.clear()
        self.message.clear_message()
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        if not self.case_id:
            return
        try:
            self.records = actions.case_records(self.case_id, verify=False)
        except StoreError as exc:
            self.message.show_message(store_error_text(exc))
            return
        docs = self.records.documents
        self.table.setRowCount(len(docs))
        for row, doc in enumerate(docs):
            cells = [doc.name, labels.text(labels.KIND, doc.kind),
                     doc.document_date.isoformat() if doc.document_date else "", doc.language,
                     _size(doc.size), "", self.traveller_names.get(doc.traveller, doc.traveller)]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, doc.id)
                self.table.setItem(row, col, item)
        self._show_file_states()
        self._check_files()
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.edit_translation.clear()
        self.edit_translation.addItem(self.tr("(not a translation)"), "")
        for doc in docs:
            self.edit_translation.addItem(doc.name, doc.id)
        required = self.records.required
        self.required.setRowCount(len(required))
        rows_height = sum(self.required.rowHeight(r) for r in range(len(required)))
        self.required.setFixedHeight(self.required.horizontalHeader().height() + rows_height + 4)
        for row, state in enumerate(required):
            kind = QTableWidgetItem(labels.text(labels.KIND, state.kind))
            kind.setToolTip(state.note_ja if self.locale().name().startswith("ja") else state.note_en)
            shown = QTableWidgetItem(labels.text(labels.STATE, state.state))
            shown.setForeground(QBrush(QColor(_STATE_COLOURS.get(state.state, "#000"))))
            self.required.setItem(row, 0, kind)
            self.required.setItem(row, 1, shown)
        self.required.resizeColumnToContents(1)
        if select is not None:
            for row, doc in enumerate(docs):
                if doc.id == select:
                    self.table.selectRow(row)
        self._enable()

    def _show_file_states(self) -> None:
        """The File column: each stored file as its hash check found it (or being checked)."""
        for row, doc in enumerate(self.records.documents if self.records else []):
            state = self._file_states.get(doc.sha256)
            item = self.table.item(row, 5)
            item.setText(labels.text(labels.FILE_STATE, state) if state else self.tr("Checking…"))
            for col in range(self.table.columnCount()):
                cell = self.table.item(row, col)
                cell.setForeground(QBrush(QColor("#c62828" if state not in (None, "ok") else "#000")))

    def _check_files(self) -> None:
        """Check the files not checked yet against their hashes, in the background (a CD is
        hundreds of megabytes to read): a missing or altered file is shown as such."""
        if self._checking is not None or self.records is None:
            return
        todo = sorted({d.sha256 for d in self.records.documents} - set(self._file_states))
        if todo:
            self._checking = jobs.start(lambda _job: actions.check_files(todo), self._on_files_checked,
                                        self._on_files_check_failed)

    def _on_files_checked(self, states: dict[str, str]) -> None:
        self._checking = None
        self._file_states.update(states)
        self._show_file_states()
        self._check_files()                    # documents added meanwhile

    def _on_files_check_failed(self, exc: Exception) -> None:
        self._checking = None
        if not isinstance(exc, StoreError):
            raise exc
        self.message.show_message(store_error_text(exc))

    def selected(self) -> DocumentRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.records is None:
            return None
        return self.records.documents[rows[0].row()]

    def _enable(self) -> None:
        chosen = self.selected() is not None
        for w in (self.preview_button, self.open_button, self.export_button, self.remove_button,
                  self.apply_button, self.edit_kind, self.edit_date, self.edit_language,
                  self.edit_translation):
            w.setEnabled(chosen)
        for w in (self.add_button, self.add_folder_button, self.kind):
            w.setEnabled(bool(self.case_id) and self._attaching is None)

    def _on_table_selection_changed(self) -> None:
        doc = self.selected()
        self._enable()
        if doc is None:
            return
        self.edit_kind.setCurrentIndex(max(0, self.edit_kind.findData(doc.kind)))
        self.edit_date.set_value(doc.document_date)
        self.edit_language.setText(doc.language)
        source = self.edit_translation.findData(doc.translation_of or "")
        self.edit_translation.setCurrentIndex(max(0, source))

    # -- adding ----------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Files are being attached, checked against their hashes or previewed in the background."""
        return any(job is not None for job in (self._attaching, self._previewing, self._checking))

    def attach(self, paths: list[Path]) -> bool:
        """Attach files or folders as the kind chosen at the top, in the background (an imaging CD
        is hundreds of megabytes to hash, zip and store); the outcome is said at the top."""
        if not paths or not self.case_id or self._attaching is not None:
            return False
        case_id, kind, user = self.case_id, str(self.kind.currentData()), self.user or None
        traveller = str(self.traveller.currentData() or "patient")
        self.message.show_message(self.tr("Attaching…"), warning=True)
        self._attaching = jobs.start(
            lambda _job: actions.attach(case_id, paths, kind, traveller=traveller, user=user),
            self._on_attach_finished, self._on_attach_failed)
        self._enable()
        return True

    def _on_attach_finished(self, made: list[Any]) -> None:
        self._attaching = None
        self.message.clear_message()
        self.refresh(select=made[-1].id if made else None)
        self.documents_changed.emit()

    def _on_attach_failed(self, exc: Exception) -> None:
        self._attaching = None
        self._enable()
        if isinstance(exc, DocumentRefused):
            self.message.show_message(self._refusal(exc))
        elif isinstance(exc, StoreError):
            self.message.show_message(self.tr("Nothing was attached.") + " " + store_error_text(exc))
        else:
            raise exc

    def _refusal(self, exc: DocumentRefused) -> str:
        texts = {
            "unreadable": self.tr("%1 cannot be read."),
            "too_large": self.tr("%1 is larger than the limit for one document."),
            "wrong_type": self.tr("%1 is not what its name says (its content is another kind of file)."),
            "no_images": self.tr("%1 is an imaging folder without any DICOM images."),
            "empty": self.tr("The folder %1 is empty."),
            "full": self.tr("The disk is full."),
            "io": self.tr("The file could not be stored (disk error)."),
            "missing": self.tr("The stored file is missing."),
            "altered": self.tr("The stored file has been altered since it was added."),
        }
        text = texts.get(exc.reason)
        said = text.replace("%1", exc.name) if text else str(exc)
        if exc.reason in ("missing", "altered"):
            return said
        return said + " " + self.tr("Nothing was attached.")

    def _on_add_clicked(self) -> None:
        kinds = self.tr("Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.zip *.dcm *.doc *.docx *.xls "
                        "*.xlsx);;All files (*)")
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), "", kinds)
        self.attach([Path(n) for n in names])

    def _on_add_folder_clicked(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Attach a folder (an imaging CD)"))
        if name:
            self.attach([Path(name)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if self.case_id and self._attaching is None and event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.attach(paths)

    # -- the selected document ---------------------------------------------------------------------

    def _on_apply_clicked(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        try:
            when = self.edit_date.value()
        except ValueError:
            self.message.show_message(self.tr("The date of the document is not a date (YYYY-MM-DD)."))
            mark_invalid(self.edit_date, True)
            return
        mark_invalid(self.edit_date, False)
        values = {"kind": self.edit_kind.currentData(),
                  "document_date": when,
                  "language": self.edit_language.text().strip(),
                  "translation_of": self.edit_translation.currentData() or None}
        try:
            actions.edit_document(self.case_id, doc.id, values, user=self.user or None)
        except DocumentRefused as exc:
            self.message.show_message(self.tr("The details were not saved.") + " " + str(exc))
            return
        except StoreError as exc:
            self.message.show_message(self.tr("The details were not saved.") + " " + store_error_text(exc))
            return
        self.message.clear_message()
        self.refresh(select=doc.id)
        self.documents_changed.emit()

    def _on_preview_clicked(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        from hirt_desk.ui.document_preview import preview
        case_id = self.case_id
        self._previewing = jobs.start(
            lambda _job: preview(actions.document_bytes(case_id, doc.id), doc.media_type),
            self._on_preview_finished, self._on_preview_failed)

    def _on_preview_failed(self, exc: Exception) -> None:
        self._previewing = None
        if not isinstance(exc, DocumentRefused | StoreError):
            raise exc
        self.preview_area.setPixmap(QPixmap())
        self.preview_text.clear()
        self.message.show_message(self._refusal(exc) if isinstance(exc, DocumentRefused)
                                  else store_error_text(exc))

    def _on_preview_finished(self, shown: Preview) -> None:
        self._previewing = None
        self.message.clear_message()
        if shown.images:
            height = sum(i.height() for i in shown.images) + 8 * (len(shown.images) - 1)
            width = max(i.width() for i in shown.images)
            sheet = QImage(width, height, QImage.Format.Format_RGB32)
            sheet.fill(QColor("#888"))
            painter = QPainter(sheet)
            y = 0
            for image in shown.images:
                painter.drawImage((width - image.width()) // 2, y, image)
                y += image.height() + 8
            painter.end()
            room = self.preview_scroll.viewport().width() - 4
            if sheet.width() > room > 0:
                sheet = sheet.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
            elif sheet.width() < 256 and room > 0:       # a small scan or a 32-pixel test image
                sheet = sheet.scaledToWidth(min(room, 256), Qt.TransformationMode.FastTransformation)
            self.preview_area.setPixmap(QPixmap.fromImage(sheet))
            self.preview_area.setMinimumHeight(sheet.height())     # (a wrapping label would squash it)
            self.preview_area.setToolTip(shown.text)
            self.preview_text.setText(shown.text)
            self._pane.layout().activate()
        else:
            self.preview_area.setPixmap(QPixmap())
            self.preview_area.setMinimumHeight(0)
            self.preview_area.setText(shown.text or self.tr("No preview for this kind of file."))
            self.preview_text.clear()

    def _on_open_clicked(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        try:
            copy = actions.export_copy(self.case_id, doc.id)
        except DocumentRefused as exc:
            self.message.show_message(self._refusal(exc))
            return
        self._opened.append(copy.parent)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def _on_export_clicked(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export document"), doc.name)
        if not name:
            return
        try:
            actions.export_document(self.case_id, doc.id, Path(name))
        except DocumentRefused as exc:
            self.message.show_message(self._refusal(exc))
            return
        self.message.show_message(self.tr("Exported to %1.").replace("%1", name), warning=True)

    def _on_remove_clicked(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        try:
            actions.remove_document(self.case_id, doc.id, user=self.user or None)
        except DocumentRefused as exc:
            self.message.show_message(str(exc))
            return
        except StoreError as exc:          # a locked or full database: said in the window's language
            self.message.show_message(store_error_text(exc))
            return
        self.preview_area.clear()
        self.refresh()
        self.documents_changed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        for folder in self._opened:
            shutil.rmtree(folder, ignore_errors=True)
        super().closeEvent(event)


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1e6:.1f} MB"
    return f"{max(1, round(n / 1e3))} kB"
