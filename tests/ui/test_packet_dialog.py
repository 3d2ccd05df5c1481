"""Print packet…: a coordinator opens the packet of a case, looks at the pages in the patient's
language, switches language, saves the PDF and prints it through the print dialog."""

from __future__ import annotations

import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.actions.itinerary import save_item
from hirt_desk.planning.itinerary import Item
from hirt_desk.store.models import Case, Companion
from hirt_desk.ui import settings as S
from hirt_desk.ui.main_window import MainWindow
from hirt_desk.ui.packet_dialog import PacketDialog
from hirt_desk.ui.pdf_pages import page_images, pages_to_print
from tests.packets.test_packet_pdf import comparable
from tests.ui.helpers import answer_dialog, choose, type_text
from tests.ui.test_case_workflow import make_window, open_tab, select_case

OVERVIEW_TAB = 0


def make_case(language: str = "th", native: str = "สมชาย ใจดี") -> str:
    """A Thai patient with a daughter, flying in three weeks, two treatment sessions planned."""
    case = create_case(PatientData("SOMCHAI", "JAIDEE", native, nationality="TH",
                                   date_of_birth=date(1958, 3, 9), passport_number="AA1234567",
                                   passport_expiry=date(2031, 5, 1)), packet_language=language)
    Companion.create(case=case, relation="child", surname_latin="JAIDEE", given_names_latin="MALI",
                     nationality="TH", passport_expiry=date(2030, 1, 1))
    arrive = datetime.combine(date.today() + timedelta(days=21), datetime.min.time())
    save_item(case.id, Item("flight", arrive.replace(hour=9), arrive.replace(hour=17), "Asia/Bangkok",
                            "Asia/Tokyo", title="TG 682 BKK → NRT", place_from="BKK", place_to="NRT",
                            confirmation="QX7R2L"))
    for day in (7, 8):
        start = (arrive + timedelta(days=day)).replace(hour=10)
        save_item(case.id, Item("session", start, start + timedelta(minutes=45), "Asia/Tokyo", "Asia/Tokyo",
                                title="Heavy ion session"))
    return case.id


def open_packet(qtbot, window: MainWindow) -> PacketDialog:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.packet_dialog is not None and window.packet_dialog.isVisible())
    dialog = window.packet_dialog
    wait_ready(qtbot, dialog)
    return dialog


def wait_ready(qtbot, dialog: PacketDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)


def close(qtbot, window: MainWindow, dialog: PacketDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: window.packet_dialog is None)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def ink(image: QImage) -> float:
    """Share of sampled pixels that are dark: a blank page has none."""
    samples = dark = 0
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            samples += 1
            dark += image.pixelColor(x, y).lightness() < 128
    return dark / samples


def page_image(path: Path, index: int) -> QImage:
    return page_images(path, 40)[index]


def difference(a: QImage, b: QImage) -> float:
    """Mean difference of lightness, 0 (same) to 255, of the two pages shrunk to 60 x 85 pixels:
    where the text and tables stand, not how each glyph is antialiased."""
    def small(image: QImage) -> QImage:
        return image.scaled(60, 85, Qt.AspectRatioMode.IgnoreAspectRatio,
                            Qt.TransformationMode.SmoothTransformation)
    a, b = small(a), small(b)
    return sum(abs(a.pixelColor(x, y).lightness() - b.pixelColor(x, y).lightness())
               for y in range(85) for x in range(60)) / (60 * 85)


def test_preview_switch_language_save_and_print(qtbot, database: Path, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = make_case("th")
    number = Case.get_by_id(case_id).number
    window = make_window(qtbot, database, settings)
    assert not window.print_action.isEnabled()          # nothing to print before a case is open
    select_case(qtbot, window, case_id)
    assert window.print_action.isEnabled()

    dialog = open_packet(qtbot, window)
    assert dialog.language.currentText() == "ไทย"        # the case's packet language
    pages = dialog.preview.page_count()
    assert pages >= 3
    assert dialog.state.text() == f"{pages} pages, Japanese beside ไทย."
    assert ink(dialog.preview.page_pixmap(0).toImage()) > 0.01
    thai = pdf_text(dialog.rendered.path)
    for expected in ("SOMCHAI JAIDEE", "AA1234567", "QX7R2L", "TG 682", "สมชาย ใจดี", "MALI",
                     comparable("ผู้ป่วย"), "患者"):
        assert expected in comparable(thai), expected

    choose(qtbot, dialog.language, "简体中文")
    wait_ready(qtbot, dialog)
    assert dialog.rendered.lang == "zh-Hans"
    chinese = pdf_text(dialog.rendered.path)
    assert "赴日旅行与治疗指南" in chinese and "渡航・治療のご案内" in chinese and number in chinese
    assert dialog.state.text().endswith("Japanese beside 简体中文.")

    saved = tmp_path / "out" / "for-the-family"
    saved.parent.mkdir()

    def save_as(file_dialog: QWidget) -> None:
        assert isinstance(file_dialog, QFileDialog)
        assert file_dialog.selectedFiles()[0].endswith(f"{number}-zh-Hans.pdf")   # suggested name
        file_dialog.selectFile(str(saved))
        file_dialog.accept()
    answer_dialog(save_as)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    pdf = saved.with_name("for-the-family.pdf")
    assert dialog.state.text() == f"Saved to {pdf}"
    assert "赴日旅行与治疗指南" in pdf_text(pdf)
    assert settings.get(S.PDF_FOLDER) == str(saved.parent)

    printed = tmp_path / "printed.pdf"

    def print_to_file(print_dialog: QWidget) -> None:
        assert isinstance(print_dialog, QPrintDialog)
        # to a file, explicitly: the machine's default printer may be a real queue
        choose(qtbot, print_dialog.findChild(QComboBox, "printers"), "Print to File (PDF)")
        name = print_dialog.findChild(QLineEdit, "filename")
        assert name.isEnabled()
        name.clear()
        type_text(qtbot, name, str(printed))
        print_dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    answer_dialog(print_to_file)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "printed to" in dialog.state.text(), timeout=30000)
    assert dialog.state.text() == f"{pages} pages printed to the file {printed}."
    assert len(pdfium.PdfDocument(str(printed))) == pages
    for index in (0, pages - 1):          # each printed page is its page of the packet, full size
        same = difference(page_image(printed, index), page_image(dialog.rendered.path, index))
        other = difference(page_image(printed, index), page_image(dialog.rendered.path, 1))
        # (Qt's PDF "printer" stores the pages as JPEG: a little noise, far from another page)
        assert same < 8 and other > 4 * same, (index, same, other)
    assert ink(page_image(printed, 0)) > 0.01
    close(qtbot, window, dialog)


def test_page_range_and_copies_follow_the_print_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPageRanges
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    assert pages_to_print(printer, 4) == [0, 1, 2, 3]
    ranges = QPageRanges()
    ranges.addRange(2, 3)
    printer.setPageRanges(ranges)
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    assert pages_to_print(printer, 4) == [1, 2, 1, 2]          # a PDF "printer" makes no copies itself
    printer.setCollateCopies(False)
    assert pages_to_print(printer, 4) == [1, 1, 2, 2]
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    printer.setCopyCount(1)
    assert pages_to_print(printer, 4) == [2, 1]


def test_missing_font_is_explained_in_the_dialog(qtbot, database: Path, settings, missing_font) -> None:  # type: ignore[no-untyped-def]
    missing_font("th", "Waree", "fonts-tlwg-waree-ttf (Debian)")
    case_id = make_case("th", native="")        # Thai only in the packet's phrases
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case_id)
    dialog = open_packet(qtbot, window)
    assert dialog.state.text() == (
        "The packet could not be prepared. No font for Thai text is installed on this computer "
        "(looked for Waree). Install fonts-tlwg-waree-ttf (Debian).")
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert dialog.preview.page_count() == 0

    choose(qtbot, dialog.language, "English")              # another language still prints
    wait_ready(qtbot, dialog)
    assert dialog.save_button.isEnabled() and dialog.preview.page_count() >= 3
    assert dialog.state.styleSheet() == ""
    close(qtbot, window, dialog)


def test_saving_into_a_missing_folder_says_so(qtbot, database: Path, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = make_case("en")
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case_id)
    dialog = open_packet(qtbot, window)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    target = blocker / "packet.pdf"

    def save_as(file_dialog: QWidget) -> None:
        file_dialog.selectFile(str(target))
        file_dialog.accept()
    answer_dialog(save_as)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.state.text() == f"Not saved. The folder of {target} does not exist."
    assert dialog.save_button.isEnabled()                  # the packet is still there to save elsewhere
    close(qtbot, window, dialog)


def test_unsaved_changes_are_saved_before_printing(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    case_id = make_case("en")
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case_id)
    open_tab(qtbot, window, OVERVIEW_TAB)
    type_text(qtbot, window.editor.overview.coordinator, "Tanaka")
    assert window.editor.is_dirty

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "printUnsavedPrompt"
        box.button(QMessageBox.StandardButton.Cancel).click()
    answer_dialog(cancel)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.packet_dialog is None and window.editor.is_dirty
    window.activateWindow()                 # offscreen, no window manager gives it back
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    def save(box: QWidget) -> None:
        box.button(QMessageBox.StandardButton.Save).click()
    answer_dialog(save)
    dialog = open_packet(qtbot, window)
    assert not window.editor.is_dirty
    assert Case.get_by_id(case_id).coordinator == "Tanaka"
    close(qtbot, window, dialog)


def test_every_packet_language_previews_from_the_window(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    from hirt_desk.packets.phrases import LANGUAGES, phrase
    from hirt_desk.ui import labels
    case_id = make_case("en")
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case_id)
    dialog = open_packet(qtbot, window)
    for lang in LANGUAGES:
        if dialog.language.currentData() != lang:
            choose(qtbot, dialog.language, labels.LANGUAGE_NAMES[lang])
            wait_ready(qtbot, dialog)
        assert dialog.rendered is not None and dialog.rendered.lang == lang, dialog.state.text()
        assert dialog.preview.page_count() == len(pdfium.PdfDocument(str(dialog.rendered.path)))
        assert ink(dialog.preview.page_pixmap(0).toImage()) > 0.01
        # the title's first letters (one word of it for Arabic, which pdftotext reads in visual order)
        title = "السفر" if lang == "ar" else comparable(phrase(lang, "Travel and treatment packet"))[:8]
        text = comparable(pdf_text(dialog.rendered.path))
        assert title in text and "SOMCHAI JAIDEE" in text, lang
    close(qtbot, window, dialog)


def test_a_case_without_itinerary_still_prints_from_the_window(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    case = create_case(PatientData("NEW", "INQUIRY", nationality="VN"), packet_language="vi")
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case.id)
    dialog = open_packet(qtbot, window)
    assert dialog.language.currentText() == "Tiếng Việt" and dialog.preview.page_count() >= 2
    text = pdf_text(dialog.rendered.path)
    assert "旅程はまだ決まっていません。" in text and "Lịch trình chưa được lập." in text
    assert "NEW INQUIRY" in text and dialog.print_button.isEnabled()
    close(qtbot, window, dialog)


def test_running_through_the_languages_lays_out_only_the_last(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    case_id = make_case("en")
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case_id)
    dialog = open_packet(qtbot, window)
    dialog.language.setFocus()
    for _ in range(4):                                    # arrow down through four languages
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    assert dialog.language.currentData() == "ru"
    wait_ready(qtbot, dialog)
    assert dialog.rendered.lang == "ru" and dialog.state.text().endswith("Japanese beside Русский.")
    prefix = len(dialog.data.case_number) + 1
    written = {p.stem[prefix:] for p in dialog.rendered.path.parent.glob("*.pdf")}
    assert written == {"en", "zh-Hans", "ru"}       # zh-Hant and ko were passed over, never laid out
    close(qtbot, window, dialog)


def test_closing_while_a_packet_is_laid_out_leaves_nothing_behind(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    from hirt_desk.ui import jobs
    case_id = make_case("en")
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case_id)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.packet_dialog is not None)
    dialog = window.packet_dialog
    folder = Path(dialog._folder.path())
    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)        # a second language asked for at once
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    close(qtbot, window, dialog)                               # while the first is still being written
    jobs.wait_idle()
    qtbot.waitUntil(lambda: not jobs._running)
    assert not folder.exists()                                 # the temporary packets went with it


def test_saving_over_a_fifo_is_refused(qtbot, database: Path, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Save PDF… writes only a regular file or a new name: a FIFO (or a device) is left alone."""
    import os
    import stat
    case_id = make_case("en")
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case_id)
    dialog = open_packet(qtbot, window)
    (tmp_path / "out").mkdir()
    fifo = tmp_path / "out" / "packet.pdf"
    os.mkfifo(fifo)

    def save_as(file_dialog: QWidget) -> None:
        answer_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())   # replace it?
        file_dialog.selectFile(str(fifo))
        file_dialog.accept()
    answer_dialog(save_as)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.state.text() == (f"Not saved. {fifo} is a device or another special file, not a "
                                   "regular file. Choose a file name.")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and list(fifo.parent.iterdir()) == [fifo]
    assert dialog.save_button.isEnabled()
    close(qtbot, window, dialog)
