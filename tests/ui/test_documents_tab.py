"""The Documents and Contacts tabs as a coordinator uses them (issue 20): attach a referral letter
by the file dialog, a pathology PDF and an imaging-CD folder by dropping them, see the required
records fill in, preview each kind of file, log a WeChat message from the patient's son."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.store.models import Case, Contact, Document
from tests import document_files as files
from tests.ui.helpers import choose, type_text
from tests.ui.test_case_workflow import make_window, open_tab, select_case


def drop(qtbot, widget, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """Drag files from a file manager over the widget and let go: enter (accepted), then drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPoint(20, 20)
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(where, *args)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(QPointF(where), *args))
    wait_attached(qtbot, widget)


def wait_attached(qtbot, tab) -> None:  # type: ignore[no-untyped-def]
    """Attaching, checking and previewing run in the background (a CD is hundreds of MB): wait."""
    qtbot.waitUntil(lambda: not tab.busy, timeout=20000)


def required(tab) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {
        tab.required.item(r, 0).text(): tab.required.item(r, 1).text() for r in range(tab.required.rowCount())
    }


def test_attach_preview_and_log_a_wechat_contact(
    qtbot, database: Path, settings, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    case = create_case(PatientData("WANG", "WEI", "王伟", nationality="CN"))
    Case.update(site="prostate").where(Case.id == case.id).execute()
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case.id)
    tab = window.editor.documents
    open_tab(qtbot, window, window.editor.tabs.indexOf(tab))
    assert set(required(tab).values()) == {"Missing"}

    # Add… with the file dialog (several files at once)
    letter = files.pdf(tmp_path / "referral.pdf", "Referral letter")
    scan = files.image(tmp_path / "psa.png", "PNG")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(letter), str(scan)], ""))
    choose(qtbot, tab.kind, "Referral letter")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    wait_attached(qtbot, tab)
    assert tab.table.rowCount() == 2
    assert required(tab)["Referral letter"] == "Received"

    # dropped: a pathology PDF, then an imaging CD folder
    choose(qtbot, tab.kind, "Pathology report")
    drop(qtbot, tab, [files.pdf(tmp_path / "pathology.pdf", "Gleason 4+3")])
    choose(qtbot, tab.kind, "Imaging images")
    drop(qtbot, tab, [files.imaging_cd(tmp_path / "CD")])
    names = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    assert names == ["referral.pdf", "psa.png", "pathology.pdf", "CD"]
    states = required(tab)
    assert states["Pathology report"] == states["Imaging images"] == "Received"
    assert states["Blood tests"] == "Missing"
    assert Document.select().where(Document.case == case.id).count() == 4

    # a file that is not what it says: refused at the place, nothing stored
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"hello")
    drop(qtbot, tab, [fake])
    assert "fake.pdf is not what its name says" in tab.message.text()
    assert tab.table.rowCount() == 4

    # previews: PDF pages, a PNG through Qt, the CD's first DICOM image
    for row in (0, 1, 3):
        tab.table.selectRow(row)
        qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
        wait_attached(qtbot, tab)
        pixmap = tab.preview_area.pixmap()
        assert pixmap is not None and not pixmap.isNull(), row
    assert "Modality: CT" in tab.preview_area.toolTip()
    tab.grab().save(str(tmp_path / "documents.png"))

    # Open: a copy handed to the system's viewer; Export…: written where the user chose
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert Path(opened[0].toLocalFile()).read_bytes() == letter.read_bytes()
    assert Path(opened[0].toLocalFile()).name == "referral.pdf"
    out = tmp_path / "exported.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert out.read_bytes() == letter.read_bytes()

    # the PNG is really the blood tests (PSA): changed in the details
    tab.table.selectRow(1)
    choose(qtbot, tab.edit_kind, "Blood tests")
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    assert required(tab)["Blood tests"] == "Received"

    # Contacts: a WeChat message from the patient's son
    contacts = window.editor.contacts
    open_tab(qtbot, window, window.editor.tabs.indexOf(contacts))
    choose(qtbot, contacts.direction, "Incoming")
    choose(qtbot, contacts.channel, "WeChat")
    choose(qtbot, contacts.party, "Family")
    type_text(qtbot, contacts.summary, "Son sent the CT disc photos; asks about the dates")
    qtbot.mouseClick(contacts.log_button, Qt.MouseButton.LeftButton)
    entry = Contact.get(Contact.case == case.id)
    assert (entry.direction, entry.channel, entry.party) == ("in", "wechat", "family")
    assert contacts.log.rowCount() == 1 and contacts.log.item(0, 2).text() == "WeChat"

    # sent to the facility: the referral letter's state follows
    choose(qtbot, contacts.direction, "Outgoing")
    choose(qtbot, contacts.channel, "E-mail")
    choose(qtbot, contacts.party, "Facility")
    contacts.documents.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(contacts.log_button, Qt.MouseButton.LeftButton)
    assert contacts.log.rowCount() == 2
    assert required(tab)["Referral letter"] == "Sent to the facility"
    contacts.grab().save(str(tmp_path / "contacts.png"))


def test_a_damaged_file_is_shown_and_remove_leaves_a_tombstone(
    qtbot, database: Path, settings, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    if not isinstance(database, Path):
        return  # (the bytes are in the server's database there; damage on disk is a file's)
    case = create_case(PatientData("LE", "HOA", nationality="VN"))
    from hirt_desk.actions.case_detail import CompanionData, load_case, save_case

    detail = load_case(case.id)
    son = CompanionData(surname_latin="LE", given_names_latin="MINH", nationality="VN", relation="son")
    save_case(
        case.id,
        patient=detail.patient,
        companions=[son],
        facts=detail.facts,
        coordinator=detail.coordinator,
        packet_language=detail.packet_language,
        base=detail,
    )
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case.id)
    tab = window.editor.documents
    open_tab(qtbot, window, window.editor.tabs.indexOf(tab))
    drop(qtbot, tab, [files.pdf(tmp_path / "a.pdf", "A"), files.pdf(tmp_path / "b.pdf", "B")])
    a, b = (Document.get(Document.name == n) for n in ("a.pdf", "b.pdf"))
    stored = Path(str(database) + ".files") / a.sha256[:2] / a.sha256[2:]
    stored.write_bytes(stored.read_bytes() + b"tampered")
    tab.load(case.id)  # opening the case checks its files against their hashes, in the background
    assert [tab.table.item(r, 5).text() for r in range(2)] == ["Checking…", "Checking…"]
    wait_attached(qtbot, tab)
    assert [tab.table.item(r, 5).text() for r in range(2)] == ["File altered", "Stored"]
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    wait_attached(qtbot, tab)
    assert "altered" in tab.message.text()
    tab.table.selectRow(1)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())] == ["a.pdf"]
    removed = Document.get_by_id(b.id)
    assert removed.deleted_at is not None and removed.deleted_by

    # the son's passport: attached for him, and shown as his
    choose(qtbot, tab.traveller, "LE MINH")
    choose(qtbot, tab.kind, "Passport copy")
    drop(qtbot, tab, [files.image(tmp_path / "passport.jpg", "JPEG")])
    passport = Document.get(Document.name == "passport.jpg")
    assert passport.companion_id is not None and passport.kind == "passport_copy"
    assert tab.table.item(1, 6).text() == "LE MINH" and tab.table.item(0, 6).text() == "LE HOA"


@pytest.mark.sqlite_only
def test_a_document_not_removed_because_the_database_is_locked_says_so(  # type: ignore[no-untyped-def]
        qtbot, database: Path, settings, tmp_path: Path, monkeypatch) -> None:
    """Another program holds the database: Remove says so in the window's words (not the
    store's English exception text), and the document stays."""
    from hirt_desk.store.errors import StoreError
    from hirt_desk.ui import documents_tab
    from hirt_desk.ui.errors import store_error_text
    case = create_case(PatientData("WANG", "WEI", "王伟", nationality="CN"))
    window = make_window(qtbot, database, settings)
    select_case(qtbot, window, case.id)
    tab = window.editor.documents
    open_tab(qtbot, window, window.editor.tabs.indexOf(tab))
    drop(qtbot, tab, [files.pdf(tmp_path / "referral.pdf", "Referral letter")])
    locked = StoreError("locked", database)

    def refuse(*_args, **_kwargs) -> None:  # type: ignore[no-untyped-def]
        raise locked
    monkeypatch.setattr(documents_tab.actions, "remove_document", refuse)
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == store_error_text(locked)
    said = tab.message.text()
    assert said.startswith("The database ") and "in use by another program" in said
    assert tab.table.rowCount() == 1
    assert Document.select().where(Document.deleted_at.is_null()).count() == 1
