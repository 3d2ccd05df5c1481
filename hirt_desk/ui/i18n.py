"""Loading the UI translations: ours from translations/ and Qt's own for standard dialogs."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from hirt_desk.paths import translations_dir

#: the languages of the window: translations/hirt_desk_<tag>.ts each
UI_LANGUAGES = ("en", "ja", "zh_Hans", "zh_Hant", "ko", "vi", "ru")
#: each language's own name, as Settings offers it
UI_LANGUAGE_NAMES = {"en": "English", "ja": "日本語", "zh_Hans": "简体中文", "zh_Hant": "繁體中文",
                     "ko": "한국어", "vi": "Tiếng Việt", "ru": "Русский"}
#: Qt's own catalog (qtbase_<name>.qm) for each language; Qt has none for Vietnamese
QT_CATALOGS = {"ja": "ja", "zh_Hans": "zh_CN", "zh_Hant": "zh_TW", "ko": "ko", "ru": "ru"}
_SYSTEM = {"zh_CN": "zh_Hans", "zh_SG": "zh_Hans", "zh_TW": "zh_Hant", "zh_HK": "zh_Hant",
           "zh_MO": "zh_Hant"}
#: CJK labels write the accelerator after the word: ファイル名(&N)
_ACCELERATOR_AFTER = ("ja", "zh_Hans", "zh_Hant", "ko")


def resolve_language(preference: str) -> str:
    """The UI language for a setting ("" follows the system's language when we have it)."""
    if preference in UI_LANGUAGES:
        return preference
    name = QLocale.system().name()
    if name in _SYSTEM:
        return _SYSTEM[name]
    if QLocale.system().script() == QLocale.Script.TraditionalChineseScript:
        return "zh_Hant"
    system = name.split("_")[0]
    if system == "zh":
        return "zh_Hans"
    return system if system in UI_LANGUAGES else "en"


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own .qm files are: Qt's translations path, then PySide6's folder (a frozen
    bundle keeps them at PySide6/Qt/translations inside the bundle)."""
    found = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "PySide6" / "Qt" / "translations")
    import PySide6
    found.append(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    return list(dict.fromkeys(found))


#: contexts Qt 6 moved strings to that its catalogs still file under the old one: the file
#: dialog's "Folder", "Drive", "%1 File"... (its Type column) are asked of the icon provider
_MOVED = {"QAbstractFileIconProvider": "QFileDialog"}


class QtGaps(QTranslator):
    """Qt strings its own catalogs miss because Qt added an accelerator to them later ("&Look in:"
    and "Files of &type:" of the file dialog): the catalog's translation of the same words
    without the accelerator, with the accelerator put back in the language's way. And strings
    Qt now asks for under another context (_MOVED): the catalog's translation under the old."""

    def __init__(self, qt: QTranslator, language: str, parent: QApplication) -> None:
        super().__init__(parent)
        self._qt = qt
        self._after = language in _ACCELERATOR_AFTER

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        """None (a null QString) lets Qt ask the next catalog; "" would be taken as the answer."""
        if context in _MOVED:
            return self._qt.translate(_MOVED[context], source, None, n) or None
        at = source.find("&")
        if at < 0 or at + 1 >= len(source) or not context.startswith("Q"):
            return None
        plain = source[:at] + source[at + 1:]
        words = self._qt.translate(context, plain, disambiguation, n)
        if not words:
            return None
        key = source[at + 1]
        if self._after:
            tail = ":" if words.endswith(":") else "：" if words.endswith("：") else ""
            return f"{words[:len(words) - len(tail)]}(&{key.upper()}){tail}"
        return "&" + words


def install_translators(app: QApplication, preference: str) -> str:
    """Install translators for the chosen language; returns the language in use."""
    language = resolve_language(preference)
    QLocale.setDefault(QLocale(language))
    for old in getattr(app, "_hirt_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    ours = QTranslator(app)          # English too: it holds the plural forms ("1 case", "2 cases")
    if ours.load(f"hirt_desk_{language}", str(translations_dir())):
        installed.append(ours)
    if language in QT_CATALOGS:
        qt = QTranslator(app)
        if any(qt.load(f"qtbase_{QT_CATALOGS[language]}", str(folder)) for folder in qt_translations_dirs()):
            installed += [QtGaps(qt, language, app), qt]
    for translator in installed:      # the last installed is asked first: Qt, its gaps, ours
        app.installTranslator(translator)
    app._hirt_translators = installed  # type: ignore[attr-defined]
    return language
