"""Print packet…: choose the language, see the pages, save the PDF, print it.

The case's data is gathered by the caller (on the GUI thread, where the database lives); laying
out, rasterising and printing run in the background (`ui.jobs`), so the window never freezes.
Each language is written to a private temporary folder; saving copies that file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTemporaryDir
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hirt_desk.actions.packets import render_packet_input
from hirt_desk.files import copy_into
from hirt_desk.packets.content import PacketInput
from hirt_desk.packets.phrases import LANGUAGES
from hirt_desk.ui import jobs, labels
from hirt_desk.ui import settings as S
from hirt_desk.ui.errors import document_error_text, file_error_text
from hirt_desk.ui.pdf_pages import page_images, print_pdf

PREVIEW_DPI = 110          # an A4 page about 900 pixels wide: readable, 3.5 MB per page
ERROR_STYLE = "color: #c62828;"


@dataclass(frozen=True)
class Rendered:
    lang: str
    path: Path
    pages: list[QImage]


class PagePreview(QScrollArea):
    """The packet's pages one below the other on a grey desk, scaled to the width available."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packetPreview")
        self.setWidgetResizable(True)
        self.setStyleSheet("QScrollArea#packetPreview > QWidget > QWidget { background: #8a8f96; }")
        self._images: list[QImage] = []
        self._labels: list[QLabel] = []
        self._sheet = QWidget()
        self._layout = QVBoxLayout(self._sheet)
        self._layout.setSpacing(12)
        self._layout.setContentsMargins(16, 16, 16, 16)
        self._layout.addStretch(1)
        self.setWidget(self._sheet)

    def set_pages(self, images: list[QImage]) -> None:
        for label in self._labels:
            self._layout.removeWidget(label)
            label.setParent(None)           # gone from view now, not at the next event loop turn
            label.deleteLater()
        self._images = images
        self._labels = []
        for n, _image in enumerate(images):
            label = QLabel(self._sheet)
            label.setObjectName(f"page{n + 1}")
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self._layout.insertWidget(n, label, 0, Qt.AlignmentFlag.AlignHCenter)
            self._labels.append(label)
        self._fit()
        self.verticalScrollBar().setValue(0)

    def page_count(self) -> int:
        return len(self._images)

    def page_pixmap(self, index: int) -> QPixmap:
        return self._labels[index].pixmap()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Pages as wide as the view allows, never larger than rendered (blurry) or tiny."""
        ratio = self.devicePixelRatioF()
        width = max(240, self.viewport().width() - 32 - self.verticalScrollBar().sizeHint().width())
        for image, label in zip(self._images, self._labels, strict=True):
            device_width = min(round(width * ratio), image.width())
            pixmap = QPixmap.fromImage(image.scaledToWidth(device_width,
                                                           Qt.TransformationMode.SmoothTransformation))
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.deviceIndependentSize().toSize())     # a whole page, never squeezed


class PacketDialog(QDialog):
    """Preview, save and print one case's packet, in any packet language."""

    def __init__(self, data: PacketInput, language: str, settings: S.Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packetDialog")
        self.data = data
        self.settings = settings
        self.rendered: Rendered | None = None
        self._wanted = ""                       # the language the user asked for last
        self._rendering = ""                    # the language being laid out now, if any
        self._closed = False
        self._printer: QPrinter | None = None
        self._folder = QTemporaryDir()          # removed on closing (and with the dialog in any case)
        self.setWindowTitle(self.tr("Packet for %1 %2").replace("%1", data.case_number)
                            .replace("%2", data.patient.name_latin))

        self.language = QComboBox(self)
        self.language.setObjectName("packetLanguage")
        for tag in LANGUAGES:
            self.language.addItem(labels.LANGUAGE_NAMES[tag], tag)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        language_label = QLabel(self.tr("&Language beside Japanese:"), self)
        language_label.setBuddy(self.language)
        self.state = QLabel(self)
        self.state.setObjectName("packetState")
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = PagePreview(self)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(self.tr("&Save PDF…"), self)
        self.save_button.setObjectName("savePacket")
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("printPacket")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.setDefault(True)

        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.state)
        layout.addWidget(buttons)

        self.language.currentIndexChanged.connect(self._on_language_current_index_changed)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(820, screen.width() - 40), min(900, screen.height() - 60))  # laptops too
        self._render(self.language.currentData())

    # -- laying out -----------------------------------------------------------------------------

    def _render(self, lang: str) -> None:
        """Show the packet in `lang`. While one is being laid out, only the language asked for
        last is remembered and follows it: running through the list costs one packet, not each."""
        self._wanted = lang
        self.preview.set_pages([])
        if not self._rendering:
            self._start_render(lang)
        self._show(self.tr("Preparing the packet in %1…").replace("%1", labels.LANGUAGE_NAMES[lang]))

    def _start_render(self, lang: str) -> None:
        self._rendering = lang
        out = Path(self._folder.path()) / f"{self.data.case_number}-{lang}.pdf"
        data = self.data
        dpi = PREVIEW_DPI * self.devicePixelRatioF()          # sharp on a high-density screen too
        paper = S.paper_size(self.settings)

        def work(_job: jobs.Job) -> Rendered:
            render_packet_input(data, lang, out, page_size=paper)
            return Rendered(lang, out, page_images(out, dpi))

        jobs.start(work, self._on_render_finished, self._on_render_failed)

    def _on_render_finished(self, rendered: Rendered) -> None:
        self._rendering = ""
        if self._closed:
            return
        if rendered.lang != self._wanted:
            self._start_render(self._wanted)
            return
        self.rendered = rendered
        self.preview.set_pages(rendered.pages)
        self._show(self.tr("%n page(s), Japanese beside %1.", "", len(rendered.pages))
                   .replace("%1", labels.LANGUAGE_NAMES[rendered.lang]))

    def _on_render_failed(self, exc: Exception) -> None:
        failed, self._rendering = self._rendering, ""
        if self._closed:
            return
        if failed != self._wanted:
            self._start_render(self._wanted)
            return
        self.rendered = None
        self._show(self.tr("The packet could not be prepared. %1").replace("%1", document_error_text(exc)),
                   error=True)

    def _show(self, text: str, error: bool = False) -> None:
        """Say where things stand; saving and printing are offered when the packet asked for is
        there and nothing runs."""
        self.state.setText(text)
        self.state.setStyleSheet(ERROR_STYLE if error else "")
        ready = not self.is_busy() and self.rendered is not None and self.rendered.lang == self._wanted
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        self.language.setEnabled(self._printer is None)

    def is_busy(self) -> bool:
        """Whether a packet is being laid out or printed right now."""
        return bool(self._rendering) or self._printer is not None

    def _on_language_current_index_changed(self, _index: int) -> None:
        self.rendered = None
        self._render(self.language.currentData())

    # -- saving ---------------------------------------------------------------------------------

    def _on_save_clicked(self) -> None:
        rendered = self.rendered
        if rendered is None:
            return
        folder = self.settings.get(S.PDF_FOLDER) or str(Path.home())
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save packet"),
                                              str(Path(folder) / rendered.path.name),
                                              self.tr("PDF document (*.pdf)"))
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            copy_into(rendered.path, target)         # a regular file or a new name only
        except OSError as exc:
            if exc.filename is None:
                exc.filename = str(target)
            self._show(self.tr("Not saved. %1").replace("%1", file_error_text(exc)), error=True)
            return
        self.settings.set(S.PDF_FOLDER, str(target.parent))
        self._show(self.tr("Saved to %1").replace("%1", str(target)))

    # -- printing -------------------------------------------------------------------------------

    def _on_print_clicked(self) -> None:
        rendered = self.rendered
        if rendered is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = (QPageSize.PageSizeId.Letter if S.paper_size(self.settings) == "letter"
                else QPageSize.PageSizeId.A4)
        printer.setPageLayout(QPageLayout(QPageSize(size),
                                          QPageLayout.Orientation.Portrait, printer.pageLayout().margins()))
        printer.setFullPage(True)
        printer.setDocName(rendered.path.stem)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, len(rendered.pages))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._printer = printer
        self._show(self.tr("Printing…"))
        path = rendered.path

        def work(job: jobs.Job) -> int:
            return print_pdf(path, printer, job.report)

        jobs.start(work, self._on_print_finished, self._on_print_failed, self._on_print_progress)

    def _on_print_progress(self, done: int, total: int) -> None:
        self.state.setText(self.tr("Printing page %1 of %2…")
                           .replace("%1", str(done)).replace("%2", str(total)))

    def _on_print_finished(self, pages: int) -> None:
        printer, self._printer = self._printer, None
        if printer.outputFileName():         # "Print to File" in the print dialog
            text = self.tr("%n page(s) printed to the file %1.", "", pages)
            where = printer.outputFileName()
        else:
            text = self.tr("%n page(s) sent to the printer %1.", "", pages)
            where = printer.printerName()
        self._show(text.replace("%1", where))

    def _on_print_failed(self, exc: Exception) -> None:
        self._printer = None
        self._show(self.tr("Not printed. %1").replace("%1", document_error_text(exc)), error=True)

    # -- closing --------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Close at once, even while a packet is laid out or printed: the work goes on in the
        background and our temporary files are removed after it (the one background thread
        runs in order); outcomes still on their way are ignored."""
        self._closed = True
        self.rendered = None
        folder = self._folder
        jobs.start(lambda _job: folder.remove(), _ignore, _ignore)
        super().done(result)


def _ignore(_outcome: object) -> None:
    """The outcome of removing a closed dialog's files: nobody is waiting for it."""
