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


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_entry_is_finished(lang: str) -> None:
    ts = translations_dir() / f"hirt_desk_{lang}.ts"
    unfinished = []
    for m in messages(ts):
        tr = m.find("translation")
        forms = [f.text for f in tr.findall("numerusform")] if m.get("numerus") == "yes" else [tr.text]
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            unfinished.append(m.find("source").text)
    assert unfinished == []


def test_japanese_has_every_string_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "hirt_desk" / "ui").glob("*.py"))
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True)
    in_code = {(m.find("source").text) for m in messages(fresh)}
    translated = {m.find("source").text for m in messages(translations_dir() / "hirt_desk_ja.ts")}
    assert in_code - translated == set(), "run pyside6-lupdate and translate the new strings"


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
