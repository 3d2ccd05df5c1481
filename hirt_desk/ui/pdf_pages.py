"""PDF pages as images, for the preview and for printing, through pdfium (pypdfium2).

QtPdf would do the same but ships only in PySide6's 175 MB Addons wheel; pdfium is 4 MB and
draws reportlab's embedded subset fonts, shaped Thai and Arabic included. Call these from the
background thread of `ui.jobs` only: pdfium must not be used from two threads at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI_MAX = 300        # sharp on paper; a 1200 dpi raster would take 400 MB per A4 page

Report = Callable[[int, int], None]


def _image(page: pdfium.PdfPage, dpi: float) -> QImage:
    bitmap = page.render(scale=dpi / 72)
    try:
        return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                      QImage.Format.Format_BGR888).copy()      # pdfium's default layout, copied out
    finally:
        bitmap.close()


def page_images(path: Path, dpi: float) -> list[QImage]:
    """Every page of the PDF at `dpi`."""
    document = pdfium.PdfDocument(str(path))
    try:
        images = []
        for index in range(len(document)):
            page = document[index]
            try:
                images.append(_image(page, dpi))
            finally:
                page.close()
        return images
    finally:
        document.close()


def pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """The 0-based pages the print dialog asked for, once per copy the printer does not make."""
    ranges = printer.pageRanges()
    pages = [i for i in range(count) if ranges.isEmpty() or ranges.contains(i + 1)]
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _ in range(copies)]


def print_pdf(path: Path, printer: QPrinter, report: Report | None = None) -> int:
    """Print the PDF's pages on `printer` (in full-page mode), each scaled to fit the paper;
    returns the pages printed. Painting on a QPrinter from a background thread is supported by Qt."""
    document = pdfium.PdfDocument(str(path))
    try:
        wanted = pages_to_print(printer, len(document))
        dpi = min(printer.resolution(), PRINT_DPI_MAX)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(f"the printer {printer.printerName() or printer.outputFileName()} "
                          "could not be opened")
        try:
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            for n, index in enumerate(wanted):
                if n:
                    printer.newPage()
                page = document[index]
                try:
                    image = _image(page, dpi)
                finally:
                    page.close()
                size = QSizeF(image.size()).scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
                # full-page mode: the origin is the paper's corner
                target = QRectF((paper.width() - size.width()) / 2, (paper.height() - size.height()) / 2,
                                size.width(), size.height())
                painter.drawImage(target, image)
                if report is not None:
                    report(n + 1, len(wanted))
        finally:
            painter.end()
        return len(wanted)
    finally:
        document.close()
