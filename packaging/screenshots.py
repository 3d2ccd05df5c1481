"""Screenshots of the real window, offscreen, from demo data: for the user guide and for checking
a translation by eye.

    .venv/bin/python packaging/screenshots.py OUT_DIR [--lang ja] [--cases 40]

Opens a fresh demo database in a temporary home (nothing of the user's is touched), shows the
window in the language asked for, and writes one PNG per view: the case list, every tab of the
case editor, the New case, Settings and status dialogs, and Qt's own file dialog (which shows
whether Qt's translations are loaded). The user guide's images in resources/help/<lang>/images/
are made with `--guide`, which writes only the views the guide shows, 900 pixels wide:

    .venv/bin/python packaging/screenshots.py resources/help/en/images --guide --lang en
    .venv/bin/python packaging/screenshots.py resources/help/ja/images --guide --lang ja
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUIDE_VIEWS = ("tab-case", "tab-patient", "tab-diagnosis", "tab-itinerary", "tab-visa",
               "tab-history", "dialog-new-case")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--cases", type=int, default=40)
    parser.add_argument("--guide", action="store_true", help="only the views the user guide shows")
    args = parser.parse_args(argv)
    home = Path(tempfile.mkdtemp(prefix="hirt-desk-shots-"))
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache"), ("HOME", "")):
        os.environ[var] = str(home / sub)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    shots = take(args.out, args.lang, args.cases, GUIDE_VIEWS if args.guide else None, home,
                 width=900 if args.guide else 0)
    for path in shots:
        print(path)
    return 0


def take(out: Path, lang: str, count: int, only: tuple[str, ...] | None, work: Path,
         width: int = 0) -> list[Path]:
    """Write the PNGs (scaled to `width` pixels when it is not 0); returns their paths."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

    import hirt_desk.ui.i18n as i18n
    from hirt_desk.actions import agency, cases
    from hirt_desk.actions.demo import add_demo_cases
    from hirt_desk.i18n_build import build
    from hirt_desk.store.cases import count_cases, list_cases
    from hirt_desk.store.database import open_database
    from hirt_desk.ui import labels
    from hirt_desk.ui.case_list_model import CaseListModel
    from hirt_desk.ui.dialogs import NewCaseDialog, SettingsDialog, StatusDialog
    from hirt_desk.ui.main_window import MainWindow, Services
    from hirt_desk.ui.settings import Settings

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
    window = MainWindow(model, Services(Path("hirt-desk.sqlite"), lambda n, u: 0, lambda d: {}), settings,
                        user="demo")
    window.resize(1280, 800)
    model.reload()
    window.show()
    case_id = _case_in_progress()          # a case well under way: itinerary and visa filled in
    window.case_list.select_case(case_id)
    app.processEvents()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def grab(name: str, widget: QWidget) -> None:
        if only is not None and name not in only:
            return
        widget.show()
        for _ in range(3):
            app.processEvents()
        path = out / f"{name}.png"
        image = widget.grab()
        if width and image.width() > width:
            image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            # 256 colours: a third of the size, and a window's few colours survive it
            image = image.toImage().convertToFormat(QImage.Format.Format_Indexed8,
                                                    Qt.ImageConversionFlag.ThresholdDither)
        image.save(str(path))
        written.append(path)

    grab("window", window)
    names = ("tab-case", "tab-patient", "tab-diagnosis", "tab-itinerary", "tab-visa", "tab-history")
    for index, name in enumerate(names):
        window.editor.tabs.setCurrentIndex(index)
        grab(name, window)
    window.editor.tabs.setCurrentIndex(0)

    dialogs: list[tuple[str, QDialog]] = [
        ("dialog-new-case", NewCaseDialog(cases.facility_choices(labels.ui_language()),
                                          cases.find_patients, window)),
        ("dialog-settings", SettingsDialog("", 10, agency.load_agency(), window)),
    ]
    detail = window.editor.detail
    if detail is not None:
        dialogs.append(("dialog-status", StatusDialog(detail.status, detail.next_statuses, window)))
    files = QFileDialog(window, "HIRT Desk", str(work), "SQLite (*.sqlite)")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialogs.append(("dialog-file", files))
    for name, dialog in dialogs:
        grab(name, dialog)
        dialog.close()
    window.editor.discard()
    window.close()
    return written


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
