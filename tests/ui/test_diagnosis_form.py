"""The diagnosis form at laptop width: the common criteria, then only the facts the chosen
site's rules use; a number out of range is refused at the field, beside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QScrollArea

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.store.models import Case
from tests.ui.helpers import choose, replace_text, type_text
from tests.ui.test_case_workflow import fact, make_window, open_tab, select_case


def laptop_window(qtbot, database: Path, settings):  # type: ignore[no-untyped-def]
    case = create_case(PatientData("NGUYEN", "VAN AN"))
    window = make_window(qtbot, database, settings)
    window.resize(1280, 720)
    select_case(qtbot, window, case.id)
    open_tab(qtbot, window, 2)
    return window, case


def test_pancreas_asks_for_pancreas_facts_only(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    window, _case = laptop_window(qtbot, database, settings)
    tab = window.editor.diagnosis
    common = ["tumor_size_cm", "measurable", "distant_metastasis", "gi_tract_invasion",
              "spinal_cord_invasion", "ecog"]
    assert tab.visible_facts() == ["site", *common]
    assert tab.site_hint.isVisible() and not tab.specific_box.isVisible()
    choose(qtbot, fact(window, "site"), "Pancreas")
    assert tab.visible_facts() == ["site", *common, "ascites", "resectable"]
    assert tab.specific_box.isVisible() and tab.specific_box.title() == "Pancreatic cancer"
    assert fact(window, "ascites").isVisible() and fact(window, "resectable").isVisible()
    for name in ("gleason_histology_confirmed", "psa_pre_biopsy", "tnm.t", "child_pugh"):
        assert not fact(window, name).isVisible(), name
    choose(qtbot, fact(window, "site"), "Prostate")
    assert fact(window, "psa_pre_biopsy").isVisible() and fact(window, "tnm.t").isVisible()
    assert not fact(window, "ascites").isVisible()
    # units and ranges beside the labels
    labels = [w.text() for w in tab.scroll.widget().findChildren(type(tab.site_hint))]
    assert "PSA before biopsy (ng/mL, 0–100000)" in labels
    assert "ECOG performance status (0–5)" in labels


def test_the_form_fits_a_laptop_screen(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    window, _case = laptop_window(qtbot, database, settings)
    tab = window.editor.diagnosis
    choose(qtbot, fact(window, "site"), "Liver")
    QApplication.processEvents()
    scroll: QScrollArea = tab.scroll
    assert not scroll.horizontalScrollBar().isVisible()
    body = scroll.widget()
    assert body.width() <= scroll.viewport().width()
    for name in tab.visible_facts():          # every field lies wholly inside the visible width
        widget = fact(window, name)
        right = widget.mapTo(body, widget.rect().topRight()).x()
        assert right <= scroll.viewport().width(), name
    site = fact(window, "site")
    assert site.width() >= 120                 # the site list opens where it is
    site.showPopup()
    assert site.view().isVisible()
    site.hidePopup()


def test_ecog_out_of_range_is_refused_at_the_field(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    window, case = laptop_window(qtbot, database, settings)
    tab = window.editor.diagnosis
    panel = tab.panel
    choose(qtbot, fact(window, "site"), "Pancreas")
    width = panel.width()
    ecog = fact(window, "ecog")

    def where(name: str):  # type: ignore[no-untyped-def]
        return fact(window, name).mapTo(window, fact(window, name).rect().topLeft())
    before = [where(n) for n in ("gi_tract_invasion", "spinal_cord_invasion", "ascites")]
    type_text(qtbot, ecog, "7")
    message = tab.editors["ecog"].message
    assert message.isVisible() and message.text() == "Not taken: must be from 0 to 5"
    assert ecog.property("invalid") is True
    assert "ecog" not in tab.facts()
    assert panel.verdict.text() == "Needs information"      # not a heading about ECOG
    assert panel.rows                                        # the criteria table stays
    QApplication.processEvents()
    assert panel.width() == width                            # the panel keeps its width
    assert [where(n) for n in ("gi_tract_invasion", "spinal_cord_invasion", "ascites")] == before
    window.save_action.trigger()                             # refused values are not saved
    assert window.editor.is_dirty
    assert window.editor.message.text() == "Not saved: correct the marked diagnosis fields."
    replace_text(qtbot, ecog, "1")
    assert not message.text() and ecog.property("invalid") is False
    window.save_action.trigger()
    assert not window.editor.is_dirty
    assert Case.get_by_id(case.id).facts["ecog"] == 1


def test_a_long_verdict_wraps_without_widening_the_panel(qtbot, database: Path, settings) -> None:  # type: ignore[no-untyped-def]
    window, _case = laptop_window(qtbot, database, settings)
    panel = window.editor.diagnosis.panel
    width = panel.width()
    panel.show_result(None, "Check ECOG performance status: must be at most 5 " * 3)
    QApplication.processEvents()
    assert panel.width() == width and panel.verdict.wordWrap()
