"""The Japanese UI: every entry translated, nothing in the code missing from the .ts, and the
window really speaks Japanese when the setting says so."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hirt_desk.i18n_build import build
from hirt_desk.paths import translations_dir

ROOT = Path(__file__).resolve().parents[2]


def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


LANGUAGES = sorted(ts.stem.removeprefix("hirt_desk_") for ts in translations_dir().glob("hirt_desk_*.ts"))


def test_every_window_language_has_a_catalog() -> None:
    from hirt_desk.ui.i18n import UI_LANGUAGE_NAMES, UI_LANGUAGES
    assert LANGUAGES == sorted(UI_LANGUAGES) == sorted(UI_LANGUAGE_NAMES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_is_finished(lang: str) -> None:
    """`python -m hirt_desk.translation_status` lists what is left, per language."""
    from hirt_desk.translation_status import unfinished
    assert unfinished(translations_dir() / f"hirt_desk_{lang}.ts") == []


@pytest.fixture(scope="module")
def strings_of_the_code(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "hirt_desk" / "ui").glob("*.py"))
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True)
    return keyed(fresh)


def keyed(ts: Path) -> set[tuple[str, str]]:
    return {(c.findtext("name") or "", m.findtext("source") or "")
            for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_every_string_of_the_code(lang: str, strings_of_the_code) -> None:  # type: ignore[no-untyped-def]
    translated = keyed(translations_dir() / f"hirt_desk_{lang}.ts")
    assert strings_of_the_code - translated == set(), (
        "run `python -m hirt_desk.translation_status --update` and translate the new strings")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_and_accelerators(lang: str) -> None:
    """%1, %2, %n stay (a lost %1 drops the case number from a message); an accelerator (&)
    stays where the English has one; plural entries have every form."""
    import re
    wrong = []
    for m in messages(translations_dir() / f"hirt_desk_{lang}.ts"):
        source = m.findtext("source") or ""
        tr = m.find("translation")
        plural = m.get("numerus") == "yes"
        forms = [f.text or "" for f in tr.findall("numerusform")] if plural else [tr.text or ""]
        for form in forms:
            if sorted(set(re.findall(r"%[0-9n]", form))) != sorted(set(re.findall(r"%[0-9n]", source))):
                wrong.append((source, form))
            if "<" not in source and ("&" in source) != ("&" in form):
                wrong.append((source, form))
    assert wrong == []


def test_window_speaks_japanese(qtbot, tmp_path: Path, database: Path, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import hirt_desk.ui.i18n as i18n
    build(tmp_path)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    app = QApplication.instance()
    try:
        assert i18n.install_translators(app, "ja") == "ja"
        from hirt_desk.actions.cases import PatientData, create_case
        from hirt_desk.store.cases import count_cases, list_cases
        from hirt_desk.ui import labels
        from hirt_desk.ui.case_list_model import CaseListModel
        from hirt_desk.ui.main_window import MainWindow, Services
        case = create_case(PatientData("WANG", "WEI", "王伟", nationality="CN"))
        model = CaseListModel(list_cases, count_cases)
        window = MainWindow(model, Services(database, lambda n: 0, lambda d: {}), settings)
        qtbot.addWidget(window, before_close_func=lambda w: w.editor.discard())
        model.reload()
        assert labels.status("inquiry") == "問い合わせ"
        assert labels.site("bladder") == "膀胱"          # a site of the samples outside the table
        assert model.headerData(0, Qt.Orientation.Horizontal) == "症例"
        assert model.index(0, 5).data() == "問い合わせ"
        assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "中国"
        assert window.case_list.count_label.text() == "1 件"
        window.case_list.select_case(case.id)
        assert window.editor.tabs.tabText(2) == "診断と適応判定"
        assert window.editor.diagnosis.panel.verdict.text() == "情報不足"
        assert "肺" in [window.editor.diagnosis.editors["site"].widget.itemText(i)
                       for i in range(window.editor.diagnosis.editors["site"].widget.count())]
        assert "<th align=left>基準</th>" in window.editor.diagnosis.panel.criteria.text()
        assert window.editor.patient.form.sex.itemText(2) == "男性 (M)"
        d = case.inquiry_date
        assert labels.short_date(d) == f"{d.year}/{d.month:02d}/{d.day:02d}"     # Japanese order
    finally:
        i18n.install_translators(app, "en")


def test_standard_dialogs_follow_the_language(japanese_ui, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt's own catalog is loaded: the file dialog and standard buttons speak Japanese, the two
    labels Qt's catalogs lack ("&Look in:", "Files of &type:") included."""
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert texts["lookInLabel"] == "アドレス(&L):"
    assert texts["fileTypeLabel"] == "ファイルの種類(&T):"
    assert texts["fileNameLabel"] == "ファイル名(&N):"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "キャンセル"


def test_the_file_dialog_says_folder_in_japanese(japanese_ui, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Qt 6 asks its icon provider for a folder's type ("Folder" in the Type column), which Qt's
    catalogs still file under the file dialog: it is found there."""
    from PySide6.QtCore import QFileInfo
    from PySide6.QtWidgets import QFileIconProvider
    (tmp_path / "scans").mkdir()
    assert QFileIconProvider().type(QFileInfo(str(tmp_path / "scans"))) == "フォルダ"


@pytest.mark.parametrize(("lang", "tab", "cancel"), [
    ("zh_Hans", "诊断与适应症评估", "取消"), ("zh_Hant", "診斷與適應症評估", "取消"),
    ("ko", "진단", "취소"), ("ru", "Диагноз", "Отмена"),
    ("vi", "Chẩn đoán", "Cancel"),          # Qt has no Vietnamese catalog
])
def test_window_speaks_each_language(lang: str, tab: str, cancel: str, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                     settings) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    import hirt_desk.ui.i18n as i18n
    from hirt_desk.ui.case_editor import CaseEditor
    build(tmp_path)
    app = QApplication.instance()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(i18n, "translations_dir", lambda: tmp_path)
        try:
            assert i18n.install_translators(app, lang) == lang
            editor = CaseEditor()
            qtbot.addWidget(editor)
            assert editor.tabs.tabText(2) == tab
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            qtbot.addWidget(buttons)
            assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel
        finally:
            i18n.install_translators(app, "en")


def test_settings_offers_every_window_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    from hirt_desk.actions.agency import AgencyProfile
    from hirt_desk.ui.dialogs import SettingsDialog
    from hirt_desk.ui.i18n import UI_LANGUAGES
    dialog = SettingsDialog("ko", 10, AgencyProfile("Agency"), None)
    qtbot.addWidget(dialog)
    offered = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert offered == ["", *UI_LANGUAGES]
    assert dialog.language.currentText() == "한국어"


@pytest.mark.parametrize(("system", "expected"), [("zh_CN", "zh_Hans"), ("zh_TW", "zh_Hant"),
                                                  ("zh_HK", "zh_Hant"), ("ko_KR", "ko"), ("vi_VN", "vi"),
                                                  ("ru_RU", "ru"), ("th_TH", "en")])
def test_the_system_language_is_followed(system: str, expected: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    import hirt_desk.ui.i18n as i18n
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert i18n.resolve_language("") == expected
