"""Loading the UI translations: ours from translations/ and Qt's own for standard dialogs."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from hirt_desk.paths import translations_dir

UI_LANGUAGES = ("en", "ja")


def resolve_language(preference: str) -> str:
    """The UI language for a setting ("" follows the system's language when we have it)."""
    if preference in UI_LANGUAGES:
        return preference
    system = QLocale.system().name().split("_")[0]
    return system if system in UI_LANGUAGES else "en"


def install_translators(app: QApplication, preference: str) -> str:
    """Install translators for the chosen language; returns the language in use."""
    language = resolve_language(preference)
    QLocale.setDefault(QLocale(language))
    for old in getattr(app, "_hirt_translators", []):
        app.removeTranslator(old)
    installed = []
    ours = QTranslator(app)          # English too: it holds the plural forms ("1 case", "2 cases")
    if ours.load(f"hirt_desk_{language}", str(translations_dir())):
        installed.append(ours)
    if language != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    app._hirt_translators = installed  # type: ignore[attr-defined]
    return language
