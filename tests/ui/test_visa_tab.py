"""The visa tab as a coordinator uses it: documents ticked, a visa entered, findings changing."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.actions.itinerary import save_item
from hirt_desk.planning.itinerary import Item
from hirt_desk.store.models import Companion, VisaRecord
from tests.ui.helpers import choose, type_text
from tests.ui.test_case_workflow import make_window, open_tab, select_case

VISA_TAB = 4


def make_case() -> tuple[str, list[str]]:
    """A Chinese patient with a Chinese spouse and a Korean friend, flying in 18 days."""
    case = create_case(PatientData("WANG", "WEI", "王伟", nationality="CN",
                                   passport_number="E12345678", passport_expiry=date(2031, 5, 1)))
    spouse = Companion.create(case=case, relation="spouse", surname_latin="LI",
                              given_names_latin="NA", name_native="李娜", nationality="CN",
                              passport_expiry=date(2030, 1, 1))
    friend = Companion.create(case=case, relation="friend", surname_latin="KIM",
                              given_names_latin="EUNJI", name_native="김은지", nationality="KR",
                              passport_expiry=date(2032, 1, 1))
    arrive = date.today() + timedelta(days=18)
    everyone = ("patient", spouse.id, friend.id)
    save_item(case.id, Item("flight", datetime.combine(arrive, datetime.min.time()).replace(hour=9),
                            datetime.combine(arrive, datetime.min.time()).replace(hour=14),
                            "Asia/Shanghai", "Asia/Tokyo", travellers=everyone))
    leave = arrive + timedelta(days=40)
    save_item(case.id, Item("flight", datetime.combine(leave, datetime.min.time()).replace(hour=11),
                            datetime.combine(leave, datetime.min.time()).replace(hour=14),
                            "Asia/Tokyo", "Asia/Shanghai", travellers=everyone))
    return case.id, [spouse.id, friend.id]


def wait_written(qtbot, tab) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not tab.written.text().startswith("Writing"), timeout=20000)


def findings(tab) -> list[str]:  # type: ignore[no-untyped-def]
    return [tab.findings.item(i).text() for i in range(tab.findings.count())]


def test_tick_documents_enter_visa_and_see_findings_change(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    case_id, (spouse, friend) = make_case()
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case_id)
    open_tab(qtbot, window, VISA_TAB)
    tab = window.editor.visa
    patient, wife, korean = tab.sections
    assert "Visa for Medical Stay needed." in patient.decision.text()
    assert "No visa needed" in korean.decision.text()
    assert not korean.docs.isVisible() and korean.on_form.isHidden() is False
    start = findings(tab)
    assert "王伟: Passport is not in hand yet." in start
    assert "李娜: Not named on the patient's guarantee form." in start
    assert not any(line.startswith("김은지") for line in start)
    photo_note = patient.docs.cellWidget(1, 0)
    assert photo_note.text() == "Photo *" and "4.5 × 4.5 cm" in photo_note.toolTip()

    for status, _when in patient.doc_widgets.values():
        choose(qtbot, status, "Received")
    assert not any(line.startswith("王伟:") and "not in hand" in line for line in findings(tab))
    assert patient.doc_widgets["passport"][1].text() == date.today().isoformat()

    type_text(qtbot, patient.issued, (date.today() - timedelta(days=3)).isoformat())
    type_text(qtbot, patient.number, "MS778812")
    type_text(qtbot, patient.permitted, "30")
    assert "王伟: The permitted stay does not cover the whole stay." in findings(tab)
    patient.permitted.clear()
    type_text(qtbot, patient.permitted, "90")
    assert "王伟: The permitted stay does not cover the whole stay." not in findings(tab)

    wife.on_form.setFocus()
    qtbot.keyClick(wife.on_form, Qt.Key.Key_Space)           # a keyboard user ticks it
    assert wife.on_form.isChecked()
    assert "李娜: Not named on the patient's guarantee form." not in findings(tab)
    # clicking a finding focuses the field it concerns
    item = next(tab.findings.item(i) for i in range(tab.findings.count())
                if tab.findings.item(i).text().startswith("李娜"))
    tab.findings.itemClicked.emit(item)
    assert wife.fields["doc:passport"].hasFocus()

    window.save_action.trigger()
    assert not window.editor.is_dirty
    stored = {r.traveller: r for r in VisaRecord.select()}
    assert stored["patient"].visa_number == "MS778812" and stored["patient"].permitted_days == 90
    assert stored["patient"].documents["proof_of_funds"]["status"] == "received"
    assert stored[spouse].on_guarantee_form is True
    assert friend not in stored          # nothing entered for the friend: no record
    after = findings(window.editor.visa)           # reloaded from the database after the save
    assert not any(line.startswith("王伟") and "not in hand" in line for line in after)


def test_wrong_visa_date_is_refused_at_save(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    case_id, _ = make_case()
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case_id)
    open_tab(qtbot, window, VISA_TAB)
    patient = window.editor.visa.sections[0]
    type_text(qtbot, patient.issued, "2027-02-31")
    window.save_action.trigger()
    assert window.editor.is_dirty
    assert window.editor.message.text() == "Not saved: correct the marked visa fields."
    assert VisaRecord.select().count() == 0


def test_itinerary_shows_a_stay_outside_the_permitted_period(database: Path) -> None:
    from hirt_desk.actions.itinerary import check_case
    from hirt_desk.actions.visa import save_visas
    from hirt_desk.planning.visa import VisaRecordData
    case_id, _ = make_case()
    def outside() -> list[tuple[str, str]]:
        return [(f.code, f.traveller) for f in check_case(case_id) if f.code == "outside_permitted_stay"]
    assert outside() == []
    save_visas(case_id, [VisaRecordData("patient", issue_date=date.today(), permitted_days=15)])
    assert outside() == [("outside_permitted_stay", "patient")]


def pdf_text(path: Path) -> str:
    import subprocess
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_guarantor_form_and_departure_report_from_the_tab(qtbot, database: Path, settings,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    import subprocess

    from PySide6.QtWidgets import QFileDialog

    from tests.ui.helpers import answer_dialog
    case_id, _ = make_case()
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case_id)
    open_tab(qtbot, window, VISA_TAB)
    tab = window.editor.visa
    out = tmp_path / "form.pdf"

    def save_as(target: Path):  # type: ignore[no-untyped-def]
        def answer(dialog) -> None:  # type: ignore[no-untyped-def]
            assert isinstance(dialog, QFileDialog)
            dialog.selectFile(str(target))
            dialog.accept()
        return answer
    answer_dialog(save_as(out))
    qtbot.mouseClick(tab.form_button, Qt.MouseButton.LeftButton)       # the sample agency: refused
    assert tab.written.text().startswith("Not written: The agency profile is still the fictional sample")
    assert not out.exists()
    own_agency()
    answer_dialog(save_as(out))
    qtbot.mouseClick(tab.form_button, Qt.MouseButton.LeftButton)
    wait_written(qtbot, tab)            # laid out in the background
    assert tab.written.text() == f"Written to {out}"
    text = pdf_text(out)
    for expected in ("医療機関による受診等予定証明書及び身元保証機関による身元保証書", "医療機関記入欄",
                     "身元保証機関", "WANG WEI",
                     "E12345678", "LI NA", "KIM EUNJI", "韓国", "群馬大学重粒子線医学センター",
                     "前橋メディカルブリッジ株式会社", "保証事項"):
        assert expected in text, expected
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    from hirt_desk.packets.fonts import font_for
    japanese = font_for("ja").name                  # IPAexGothic or IPAPGothic: proportional
    assert japanese in fonts and all(line.split()[-5] == "yes" for line in fonts.splitlines()
                                     if japanese in line)

    report = tmp_path / "departure.pdf"
    answer_dialog(save_as(report))
    qtbot.mouseClick(tab.report_button, Qt.MouseButton.LeftButton)     # nobody has left yet
    assert tab.written.text() == ("Not written: Not everyone has left Japan yet: write the departure "
                                  "report on or after each traveller's departure day.")
    assert not report.exists()


def own_agency() -> None:
    from hirt_desk.actions.agency import AgencyProfile, save_agency
    save_agency(AgencyProfile("Maebashi Medical Bridge Co., Ltd.", "前橋メディカルブリッジ株式会社",
                              "B", "0412", phone="027-220-0000"))


def test_unwritable_pdf_path_is_reported(qtbot, database: Path, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from tests.ui.helpers import answer_dialog
    case_id, _ = make_case()
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case_id)
    open_tab(qtbot, window, VISA_TAB)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(blocker / "form.pdf"))
        dialog.accept()
    answer_dialog(answer)
    qtbot.mouseClick(window.editor.visa.form_button, Qt.MouseButton.LeftButton)
    wait_written(qtbot, window.editor.visa)            # laid out in the background
    assert window.editor.visa.written.text().startswith("Not written:")


def test_a_form_is_not_written_over_a_fifo(qtbot, database: Path, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import os
    import stat

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from tests.ui.helpers import answer_dialog
    case_id, _ = make_case()
    own_agency()
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case_id)
    open_tab(qtbot, window, VISA_TAB)
    fifo = tmp_path / "form.pdf"
    os.mkfifo(fifo)

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, QFileDialog)
        answer_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())   # replace it?
        dialog.selectFile(str(fifo))
        dialog.accept()
    answer_dialog(answer)
    qtbot.mouseClick(window.editor.visa.form_button, Qt.MouseButton.LeftButton)
    wait_written(qtbot, window.editor.visa)            # laid out in the background
    assert window.editor.visa.written.text() == (
        f"Not written: {fifo} is a device or another special file, not a regular file. Choose a file name.")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and not (tmp_path / ".form.pdf.tmp").exists()
