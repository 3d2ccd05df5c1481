"""Help → User guide (F1): the bundled HTML guide in a QTextBrowser, offline.

The guide lives in resources/help/<lang>/index.html with its screenshots beside it; languages
without a guide of their own fall back to English. The keyboard shortcuts section is made from
the window's own actions when the guide opens, so it always says what the keys really do.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from hirt_desk.paths import resources_dir

GUIDE_LANGUAGES = ("en", "ja")
SHORTCUTS_MARK = "<!-- shortcuts -->"


def guide_folder(language: str) -> Path:
    """The guide's folder for a window language (English when there is none in that language)."""
    return resources_dir() / "help" / (language if language in GUIDE_LANGUAGES else "en")


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut, in the order given."""
    rows = []
    for action in actions:
        native = QKeySequence.SequenceFormat.NativeText
        keys = [k.toString(native) for k in action.shortcuts() if not k.isEmpty()]
        if keys:
            rows.append((", ".join(keys), action.text().replace("&&", "\0").replace("&", "")
                         .replace("\0", "&").rstrip("…").rstrip(".")))
    return rows


def shortcuts_table(actions: Iterable[QAction]) -> str:
    cells = "".join(f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(what)}</td></tr>"
                    for keys, what in shortcut_rows(actions))
    return f'<table class="shortcuts" cellpadding="4">{cells}</table>'


class HelpDialog(QDialog):
    """The user guide; `actions` are the window's, for the table of keyboard shortcuts."""

    def __init__(self, language: str, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("HIRT Desk user guide"))
        folder = guide_folder(language)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(False)         # offline: nothing is fetched from the network
        self.browser.setOpenLinks(True)
        self.browser.setSearchPaths([str(folder)])
        text = (folder / "index.html").read_text("utf-8").replace(SHORTCUTS_MARK, shortcuts_table(actions))
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(folder) + "/"))
        self.browser.setHtml(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        # the screenshots are 900 pixels wide; on a laptop the guide fits the screen with its title bar
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(980, screen.width() - 40), min(760, screen.height() - 80))
