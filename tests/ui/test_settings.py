"""Settings: the window language and the agency's own profile (the guarantor on paperwork)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from hirt_desk.actions.agency import load_agency
from hirt_desk.store.models import Agency, AuditEntry
from hirt_desk.ui import settings as S
from tests.ui.helpers import answer_dialog, choose, replace_text
from tests.ui.test_case_workflow import make_window


def test_agency_profile_and_language(qtbot, database: Path, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, database, settings)
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        choose(qtbot, dialog.language, "日本語")
        dialog.tabs.setCurrentIndex(1)
        fields = dialog.agency_fields
        replace_text(qtbot, fields["name_en"], "Maebashi Medical Bridge Co., Ltd.")
        replace_text(qtbot, fields["name_ja"], "前橋メディカルブリッジ株式会社")
        replace_text(qtbot, fields["guarantor_list"], "b")
        replace_text(qtbot, fields["guarantor_number"], "0412")
        replace_text(qtbot, fields["representative"], "前橋 太郎")
        replace_text(qtbot, fields["phone"], "12345")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        ok.click()
        seen.append(dialog.agency_messages["phone"].text())
        assert dialog.isVisible()                     # refused: stays open on the wrong field
        replace_text(qtbot, fields["phone"], "027-220-0000")
        ok.click()
    answer_dialog(fill)
    window.settings_action.trigger()
    assert seen == ["Not a valid phone number; include the country code (e.g. +86)."]
    profile = load_agency()
    assert (profile.name_ja, profile.guarantor_list, profile.guarantor_number, profile.phone,
            profile.representative) == (
        "前橋メディカルブリッジ株式会社", "B", "0412", "027-220-0000", "前橋 太郎")
    assert settings.get(S.UI_LANGUAGE) == "ja"
    agency_id = Agency.select().first().id
    assert {a.field for a in AuditEntry.select().where(AuditEntry.record_id == agency_id)} >= {
        "name_en", "name_ja", "guarantor_number", "phone", "representative"}

    from hirt_desk.actions.cases import PatientData, create_case
    from hirt_desk.actions.visa import write_guarantee_form
    case = create_case(PatientData("LI", "NA", nationality="CN"))
    out = write_guarantee_form(case.id, tmp_path / "form.pdf")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "前橋メディカルブリッジ株式会社" in text and "登録区分B" in text and "0412" in text
    assert "代表者氏名 前橋 太郎 印" in text         # the representative who seals the form


def test_settings_file_is_owner_only(tmp_path: Path) -> None:
    """The settings name the last case opened and where packets are saved: the user's only."""
    import os
    import stat
    import sys

    import pytest
    from PySide6.QtCore import QSettings
    if sys.platform == "win32":
        pytest.skip("POSIX permissions")
    folder = tmp_path / "config" / "HIRT Desk"
    path = folder / "HIRT Desk.ini"
    settings = S.Settings(QSettings(str(path), QSettings.Format.IniFormat))
    settings.set(S.LAST_CASE, "0192-case")
    settings.set(S.PDF_FOLDER, "/home/coordinator/Patients/WANG WEI")
    settings.sync()
    assert "WANG WEI" in path.read_text()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    os.chmod(path, 0o644)                       # a file from an earlier release
    settings = S.Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert settings.get(S.LAST_CASE) == "0192-case"
    shared = tmp_path / "shared"                # a settings file put in a folder that is not ours
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    S.Settings(QSettings(str(shared / "desk.ini"), QSettings.Format.IniFormat)).sync()
    assert stat.S_IMODE(os.stat(shared / "desk.ini").st_mode) == 0o600
    assert stat.S_IMODE(os.stat(shared).st_mode) == 0o755     # left as it was


def test_the_default_settings_file_is_owner_only() -> None:
    import os
    import stat
    import sys
    if sys.platform == "win32":
        return
    settings = S.Settings()
    settings.set(S.LAST_CASE, "x")
    settings.sync()
    path = Path(settings._q.fileName())
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700


def test_paper_size_setting_lays_out_packets_and_forms_on_letter(qtbot, database: Path, settings,  # type: ignore[no-untyped-def]
                                                                 tmp_path: Path) -> None:
    import pypdfium2

    window = make_window(qtbot, database, settings)
    assert S.paper_size(settings) == "a4"

    def fill(dialog: QWidget) -> None:
        assert dialog.paper.currentData() == "a4"
        choose(qtbot, dialog.paper, "US Letter")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    answer_dialog(fill)
    window.settings_action.trigger()
    assert settings.get(S.PAPER_SIZE) == "letter"

    from datetime import date, datetime

    from hirt_desk.actions.cases import PatientData, create_case
    from hirt_desk.actions.itinerary import save_item
    from hirt_desk.actions.visa import write_departure_report, write_guarantee_form
    from hirt_desk.planning.itinerary import Item
    from tests.ui.test_visa_tab import own_agency
    own_agency()                          # visa paperwork is refused with the sample agency
    case = create_case(PatientData("LI", "NA", nationality="CN"))
    for day, start_tz, end_tz in ((datetime(2026, 9, 1, 9), "Asia/Shanghai", "Asia/Tokyo"),
                                  (datetime(2026, 10, 20, 14), "Asia/Tokyo", "Asia/Shanghai")):
        save_item(case.id, Item("flight", day, day.replace(hour=day.hour + 4), start_tz, end_tz, "MU 524"))
    for write in (write_guarantee_form, write_departure_report):
        out = write(case.id, tmp_path / f"{write.__name__}.pdf", today=date(2026, 11, 1),
                    page_size=S.paper_size(settings))
        doc = pypdfium2.PdfDocument(str(out))
        assert tuple(round(v) for v in doc[0].get_size()) == (612, 792)
        assert b"/Lang (ja)" in out.read_bytes()


def test_paper_size_in_japanese(qtbot, database: Path, settings, japanese_ui) -> None:  # type: ignore[no-untyped-def]
    from hirt_desk.actions.agency import load_agency
    from hirt_desk.ui.dialogs import SettingsDialog
    dialog = SettingsDialog("ja", 10, load_agency(), paper="letter")
    qtbot.addWidget(dialog)
    assert dialog.paper.currentText() == "USレター" and dialog.paper_size() == "letter"
