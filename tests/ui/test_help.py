"""Help → User guide (F1): the bundled guide opens offline, in the window's language or English,
with its screenshots, and lists every keyboard shortcut the window really has."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication

from hirt_desk.paths import resources_dir
from hirt_desk.ui.help_dialog import GUIDE_LANGUAGES, HelpDialog, guide_folder, shortcut_rows

HELP = resources_dir() / "help"


@pytest.fixture
def window(qtbot, database: Path, settings):  # type: ignore[no-untyped-def]
    from hirt_desk.store.cases import count_cases, list_cases
    from hirt_desk.ui.case_list_model import CaseListModel
    from hirt_desk.ui.main_window import MainWindow, Services
    model = CaseListModel(list_cases, count_cases)
    window = MainWindow(model, Services(database, lambda n, u: 0, lambda d: {}), settings)
    qtbot.addWidget(window)
    return window


def open_guide(window) -> HelpDialog:  # type: ignore[no-untyped-def]
    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    window.guide_action.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog) and w.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def test_f1_opens_the_guide_with_every_shortcut_of_the_window(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.guide_action in window.menuBar().actions()[-1].menu().actions()
    dialog = open_guide(window)
    text = dialog.browser.toPlainText()
    assert "A case from inquiry to return" in text
    rows = shortcut_rows(window.findChildren(QAction))
    keys = {keys for keys, _ in rows}
    for wanted in ("Ctrl+N", "Ctrl+S", "Ctrl+P", "Ctrl+F", "F1"):
        assert wanted in keys
    for keys_text, what in rows:                  # generated from the actions: never stale
        assert keys_text in text and what in text
    dialog.close()


@pytest.mark.parametrize(("language", "folder", "phrase"), [
    ("ja", "ja", "問い合わせから帰国までの流れ"), ("en", "en", "A case from inquiry to return"),
    ("ko", "en", "A case from inquiry to return"),          # no Korean guide: English
])
def test_the_guide_follows_the_language(language: str, folder: str, phrase: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert guide_folder(language) == HELP / folder
    dialog = HelpDialog(language, [])
    qtbot.addWidget(dialog)
    assert phrase in dialog.browser.toPlainText()


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_guide_is_offline_and_its_screenshots_are_bundled(language: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    html = (HELP / language / "index.html").read_text("utf-8")
    assert "<!-- shortcuts -->" in html
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", html)          # nothing from the network
    images = re.findall(r'<img src="([^"]+)"', html)
    on_disk = {p.relative_to(HELP / language).as_posix() for p in (HELP / language / "images").glob("*.png")}
    assert sorted(set(images)) == sorted(on_disk) and len(on_disk) >= 6
    dialog = HelpDialog(language, [])
    qtbot.addWidget(dialog)
    document = dialog.browser.document()
    for image in images:                          # the browser finds each one beside the page
        assert not document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image)).isNull(), image
    for anchor in re.findall(r'href="#([^"]+)"', html):
        assert f'name="{anchor}"' in html


def test_the_guide_walks_the_whole_case_flow() -> None:
    """Inquiry → records and screening → facility review → visa → travel → in Japan → treatment
    → return, in that order, in every language of the guide."""
    for language, steps in (("en", ["Inquiry", "Records and screening", "Facility review", "Visa", "Travel",
                                    "In Japan and treatment", "Return"]),
                            ("ja", ["問い合わせ", "資料収集と適応判定", "施設の審査", "ビザ", "渡航準備",
                                    "来日と治療", "帰国"])):
        html = (HELP / language / "index.html").read_text("utf-8")
        headings = re.findall(r"<h3>\d+\. ([^<]+)</h3>", html)
        assert headings == steps, language


@pytest.mark.parametrize(("language", "sections"), [
    ("en", ("Working together on the office server", "Taking cases along on a laptop",
            "Conflicts after a sync", "Duplicate persons")),
    ("ja", ("オフィスサーバーで共同作業する", "ノートPCに症例を持ち出す", "同期後の競合",
            "重複している人物")),
])
def test_the_guide_explains_the_office_server_laptops_conflicts_and_duplicates(
        language: str, sections: tuple[str, ...], qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = HelpDialog(language, [])
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for title in sections:
        assert text.count(title) >= 2, title         # in the contents and as a section's title
    html = (HELP / language / "index.html").read_text("utf-8")
    for image in ("dialog-connect.png", "dialog-duplicates.png"):
        assert f'src="images/{image}"' in html
