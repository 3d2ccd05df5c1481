"""Screenshots of the real window, offscreen, from demo data: for the user guide and for checking
a translation and a screen size by eye.

    .venv/bin/python packaging/screenshots.py OUT_DIR [--lang ja] [--cases 40] [--size 1280x720]

Opens a fresh demo database in a temporary home (nothing of the user's is touched), shows the
window in the language asked for, and writes one PNG per view: the case list, every tab of the
case editor, and every dialog (New case, Settings with each of its pages, status, merge,
itinerary item, companion, packet, passphrases, Who is working, the user guide, the unsaved
changes question, and Qt's own file dialogs, which show whether Qt's translations are loaded).

`--size WxH` is a laptop screen: the offscreen screen is made that size less a 40-pixel taskbar,
the window fills it as a maximized window does (less its title bar), and each dialog opens at the
size it asks for. What does not fit (a horizontal scrollbar, text cut off, a field pushed out of
its window, a dialog taller than the screen; hirt_desk/ui/fit.py) and English words left in a
translated window are printed beside each image's name, to look at in the image.

The user guide's images in resources/help/<lang>/images/ are made with `--guide`, which writes
only the views the guide shows, 900 pixels wide:

    .venv/bin/python packaging/screenshots.py resources/help/en/images --guide --lang en
    .venv/bin/python packaging/screenshots.py resources/help/ja/images --guide --lang ja
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parents[1]
GUIDE_VIEWS = ("tab-case", "tab-patient", "tab-diagnosis", "tab-itinerary", "tab-visa",
               "tab-history", "dialog-new-case", "dialog-connect", "dialog-duplicates")
TASKBAR = 40            # what a laptop's taskbar or top bar takes off the screen's height
#: words that are the same in every language of the window (names, units, codes)
SAME_EVERYWHERE = {"HIRT", "Desk", "PDF", "GHMC", "QST", "JPY", "ECOG", "PSA", "TNM", "UTC", "SQLite",
                   "A4", "US", "Letter", "YYYY", "MM", "DD", "HH"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--cases", type=int, default=40)
    parser.add_argument("--size", default="", help="a laptop screen, e.g. 1280x720")
    parser.add_argument("--guide", action="store_true", help="only the views the user guide shows")
    parser.add_argument("--only", default="", help="only these views, by name (comma-separated)")
    args = parser.parse_args(argv)
    home = Path(tempfile.mkdtemp(prefix="hirt-desk-shots-"))
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache"), ("HOME", "")):
        os.environ[var] = str(home / sub)
    screen = None
    if args.size:
        width, height = (int(n) for n in args.size.lower().split("x"))
        screen = (width, height - TASKBAR)
        config = home / "screen.json"
        config.write_text(json.dumps({"screens": [{"name": args.size, "x": 0, "y": 0, "width": width,
                                                   "height": height - TASKBAR, "logicalDpi": 96}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    only = GUIDE_VIEWS if args.guide else tuple(args.only.split(",")) if args.only else None
    try:
        shots = take(args.out, args.lang, args.cases, only, home,
                     width=900 if args.guide else 0, screen=screen)
    finally:
        shutil.rmtree(home, ignore_errors=True)        # the demo database and settings
    for path, found in shots:
        print(path)
        for line in found:
            print("   ", line)
    return 0


def take(out: Path, lang: str, count: int, only: tuple[str, ...] | None, work: Path,
         width: int = 0, screen: tuple[int, int] | None = None) -> list[tuple[Path, list[str]]]:
    """Write the PNGs (scaled to `width` pixels when it is not 0); returns their paths, each with
    what does not fit in it (only with a `screen`: its available width and height)."""
    from PySide6.QtCore import QSettings, QSize, Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

    import hirt_desk.ui.i18n as i18n
    from hirt_desk.actions import agency, cases, travellers
    from hirt_desk.actions.demo import add_demo_cases
    from hirt_desk.actions.editing import REMOVED, FieldConflict
    from hirt_desk.i18n_build import build
    from hirt_desk.store.cases import count_cases, list_cases
    from hirt_desk.store.database import open_database
    from hirt_desk.store.server import ServerLogin
    from hirt_desk.ui import fit, labels
    from hirt_desk.ui.case_list_model import CaseListModel
    from hirt_desk.ui.connect_dialog import ConnectDialog
    from hirt_desk.ui.dialogs import NewCaseDialog, SettingsDialog, StatusDialog
    from hirt_desk.ui.help_dialog import HelpDialog
    from hirt_desk.ui.itinerary_tab import ItemDialog
    from hirt_desk.ui.main_window import MainWindow, Services
    from hirt_desk.ui.merge_dialog import MergeDialog
    from hirt_desk.ui.passphrase import NewPassphraseDialog, PassphraseDialog
    from hirt_desk.ui.patient_tab import CompanionDialog, RemoveCompanionDialog
    from hirt_desk.ui.settings import Settings
    from hirt_desk.ui.who import StaffMember, WhoDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    qm = work / "translations"
    build(qm)
    i18n.translations_dir = lambda: qm            # type: ignore[assignment]  # this process only
    i18n.install_translators(app, lang)            # type: ignore[arg-type]
    db = work / "cases.sqlite"
    open_database(db)
    add_demo_cases(count, seed=7, today=date(2027, 3, 1), user="demo")
    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    model = CaseListModel(list_cases, count_cases)
    # the status bar shows the database's name, not this temporary folder
    window = MainWindow(model, Services(Path("hirt-desk.sqlite"), lambda n, u: 0, lambda d: {},
                                        encrypt_database=lambda p: None), settings, user="demo")
    available = QSize(*screen) if screen else None
    model.reload()
    window.show()
    app.processEvents()
    # the size the window opens with on this screen, then maximized: the screen less its title bar
    first = fit.problems(window, available) if available is not None else []
    if available is not None:
        window.resize(available.width(), available.height() - fit.TITLE_BAR)
    else:
        window.resize(1280, 800)
    case_id = _case_in_progress()          # a case well under way: itinerary and visa filled in
    _edit(case_id)                          # and edited by two people, for its History tab
    window.case_list.select_case(case_id)
    app.processEvents()
    out.mkdir(parents=True, exist_ok=True)
    written: list[tuple[Path, list[str]]] = []

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    def grab(name: str, widget: QWidget) -> None:
        if only is not None and name not in only:
            return
        widget.show()
        settle()
        path = out / f"{name}.png"
        image = widget.grab()
        if width and image.width() > width:
            image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            # 256 colours: a third of the size, and a window's few colours survive it
            image = image.toImage().convertToFormat(QImage.Format.Format_Indexed8,
                                                    Qt.ImageConversionFlag.ThresholdDither)
        image.save(str(path))
        found = fit.problems(widget, available) if available is not None else []
        if name == "window":
            found = [f"when it opens: {line}" for line in first] + found
        if lang != "en":
            found += [f"English? {text!r}" for text in english_texts(widget)]
        written.append((path, found))

    grab("window", window)
    names = ("tab-case", "tab-patient", "tab-diagnosis", "tab-itinerary", "tab-visa", "tab-history")
    for index, name in enumerate(names):
        window.editor.tabs.setCurrentIndex(index)
        grab(name, window)
    window.editor.tabs.setCurrentIndex(0)
    window.pages.setCurrentWidget(window.welcome)
    grab("welcome", window)
    window.pages.setCurrentWidget(window.splitter)

    detail = window.editor.detail
    assert detail is not None
    language = labels.ui_language()
    staff = [StaffMember("tanaka", "田中 美咲"), StaffMember("nguyen", "Nguyen Lan")]
    settings_dialog = SettingsDialog("", 10, agency.load_agency(), window, encrypt=lambda p: False,
                                     staff=staff)
    companion = detail.companions[0] if detail.companions else None
    items = window.editor.itinerary.items
    flight = next((i for i in items if i.kind == "flight"), items[0] if items else None)
    others = [("patient", detail.patient.name_native or detail.patient.surname_latin)]
    mentions = travellers.Mentions(True, ("a", "b", "c"), ("c",))
    at = datetime(2027, 3, 1, 9, 30, tzinfo=UTC)
    conflicts = [FieldConflict("patient", detail.patient_id, "patient.phone", "+84 90 123 4567",
                               "+84 90 765 4321", "+84 91 000 1111", "tanaka", at),
                 FieldConflict("case", detail.id, "facts.ecog", "1", "2", "1", "tanaka", at),
                 FieldConflict("companion", companion.id if companion and companion.id else "c1", "phone",
                               "+84 90 111 2222", REMOVED, "+84 90 333 4444", "nguyen", at)]
    folder = str(work)
    dialogs: list[tuple[str, Callable[[], QWidget]]] = [
        ("dialog-new-case", lambda: NewCaseDialog(cases.facility_choices(language), cases.find_patients,
                                                  window)),
        ("dialog-new-case-existing", lambda: _existing(NewCaseDialog(
            cases.facility_choices(language), cases.find_patients, window), detail.patient.surname_latin)),
        ("dialog-settings", lambda: settings_dialog),
        ("dialog-settings-agency", lambda: _tab(settings_dialog, 1)),
        ("dialog-settings-staff", lambda: _tab(settings_dialog, 2)),
        ("dialog-status", lambda: StatusDialog(detail.status, detail.next_statuses or ("travel",), window,
                                               inquiry=detail.inquiry_date,
                                               without_visa=["NGUYEN THI HOANG LAN"])),
        ("dialog-merge", lambda: MergeDialog(conflicts, {conflicts[2].record_id: "NGUYEN VAN MINH"}, window)),
        ("dialog-item", lambda: ItemDialog(flight, window.editor.itinerary.travellers, window)),
        ("dialog-item-new", lambda: ItemDialog(None, window.editor.itinerary.travellers, window)),
        ("dialog-companion", lambda: CompanionDialog(companion, window)),
        ("dialog-remove-companion", lambda: RemoveCompanionDialog("NGUYEN VAN MINH", mentions, others,
                                                                  window)),
        ("dialog-packet", lambda: _packet(window, app)),
        ("dialog-passphrase", lambda: PassphraseDialog(Path.home() / "hirt-desk.sqlite", lambda p: None,
                                                       window)),
        ("dialog-new-passphrase", lambda: NewPassphraseDialog(window)),
        ("dialog-who", lambda: WhoDialog([StaffMember("tanaka", "田中 美咲"),
                                          StaffMember("nguyen", "NGUYEN THI HOANG LAN (阮氏黄兰)"),
                                          StaffMember("li", "李 小龙")], "tanaka", window)),
        ("dialog-connect", lambda: ConnectDialog(lambda login, password: None, ServerLogin(
            "db.agency.example", "hirt_desk", "tanaka"), window)),
        ("dialog-duplicates", lambda: _duplicates(window, app)),
        ("dialog-help", lambda: HelpDialog(language, window.findChildren(type(window.save_action)), window)),
        ("message-unsaved", lambda: window._unsaved_prompt(
            window.tr("The case %1 has changes that are not saved."), "unsavedPrompt")),
        ("dialog-file", lambda: _files(QFileDialog(window, "HIRT Desk", folder, "SQLite (*.sqlite)"))),
        ("dialog-save-pdf", lambda: _files(QFileDialog(window, window.editor.visa.tr("Guarantor form"),
                                                       folder, window.editor.visa.tr("PDF document (*.pdf)")),
                                           save=True)),
    ]
    for name, make in dialogs:
        if only is not None and name not in only:
            continue
        dialog = make()
        grab(name, dialog)
        if dialog is not settings_dialog:
            dialog.close()
            if isinstance(dialog, QDialog | QMessageBox):
                dialog.deleteLater()
    settings_dialog.close()
    window.editor.discard()
    window.close()
    return written


def _tab(dialog: Any, index: int) -> Any:
    dialog.tabs.setCurrentIndex(index)
    return dialog


def _existing(dialog: Any, text: str) -> Any:
    """The New case dialog looking for a patient already in the database."""
    dialog.existing_radio.setChecked(True)
    dialog.search.setText(text[:3])
    return dialog


def _files(dialog: Any, save: bool = False) -> Any:
    from PySide6.QtWidgets import QFileDialog
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile("guarantee-form.pdf")
    return dialog


def _duplicates(window: Any, app: Any) -> Any:
    """Edit → Duplicate persons… once its list is read, with a patient entered twice: the
    second time with a typing slip in the passport name (a likely pair to show)."""
    from hirt_desk.actions.cases import PatientData, create_case
    from hirt_desk.ui import jobs
    from hirt_desk.ui.duplicates_view import DuplicatesDialog
    detail = window.editor.detail
    p = detail.patient
    create_case(PatientData(p.surname_latin, p.given_names_latin[:-1] + "E", p.name_native,
                            nationality=p.nationality, date_of_birth=p.date_of_birth), user="demo")
    dialog = DuplicatesDialog("demo", window)
    jobs.wait_idle()
    for _ in range(3):
        app.processEvents()
    return dialog


def _packet(window: Any, app: Any) -> Any:
    """The packet dialog once its preview is laid out (in the background)."""
    import time

    from hirt_desk.actions import packets
    from hirt_desk.ui.packet_dialog import PacketDialog
    data = packets.packet_input(window.editor.detail.id)
    dialog = PacketDialog(data, window.editor.detail.packet_language, window.settings, window)
    dialog.show()
    deadline = time.monotonic() + 60
    while dialog.rendered is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    return dialog


def english_texts(top: QWidget) -> list[str]:
    """Texts the window shows in its own words (labels, buttons, tabs, headers, titles) that read
    as English: to look at in a translated window (data such as names is English on purpose)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QHeaderView,
        QLabel,
        QLineEdit,
        QTabBar,
        QWidget,
    )
    texts: list[str] = [top.windowTitle()]
    for w in top.findChildren(QWidget):
        if not w.isVisible() or w.window() is not top:
            continue
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QComboBox) and not w.isEditable():
            texts += [w.itemText(i) for i in range(min(w.count(), 12))]
        elif isinstance(w, QHeaderView) and w.model() is not None:
            texts += [str(w.model().headerData(i, w.orientation()) or "") for i in range(w.count())
                      if not w.isSectionHidden(i)]
    found = []
    for text in texts:
        plain = re.sub(r"<[^>]+>|&(?=\w)", "", text or "")
        words = [w for w in re.findall(r"[A-Za-z][a-z]+", plain) if w not in SAME_EVERYWHERE]
        if len(words) >= 2 or any(len(w) >= 4 and w[0].isupper() and w[1:].islower()
                                  and w.lower() in COMMON_ENGLISH for w in words):
            found.append(plain.strip())
    return list(dict.fromkeys(found))


COMMON_ENGLISH = {"save", "cancel", "open", "close", "case", "patient", "status", "name", "date",
                  "file", "files", "look", "type", "print", "next", "back", "help", "settings",
                  "search", "apply", "yes", "discard", "remove", "edit", "new", "add", "from",
                  "when", "what", "where", "notes", "kind", "title"}


def _edit(case_id: str) -> None:
    """A few saved changes, with long values, by two people: what the History tab shows."""
    from hirt_desk.actions import cases
    case = cases.get_case(case_id)
    cases.update_patient(str(case.patient_id), {
        "address": "上海市浦东新区世纪大道100号 陆家嘴金融贸易区 环球金融中心 42楼 4201室",
        "phone": "+86 21 6888 1234"}, user="tanaka")
    cases.add_note(case_id, "The facility asked for the PET-CT of January on a CD; sent by EMS.",
                   user="nguyen")


def _case_in_progress() -> str:
    """The first case in the list that has reached the visa or later, else the first case."""
    from hirt_desk.store.cases import list_cases
    rows = list_cases(limit=500)
    for row in rows:
        if getattr(row, "status", "") in ("in_japan", "travel", "accepted", "in_treatment", "visa"):
            return str(row.id)
    return str(rows[0].id)


if __name__ == "__main__":
    sys.exit(main())
