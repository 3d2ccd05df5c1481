"""File → Export list…: the case list as shown (filter, search and order applied) to a CSV or
XLSX file, every matching case, each cell as the list shows it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from hirt_desk.actions import report_files
from hirt_desk.actions.case_export import cases_as_listed
from hirt_desk.store.errors import StoreError
from hirt_desk.ui import labels
from hirt_desk.ui.case_list_model import COLUMNS, CaseListModel, shown
from hirt_desk.ui.errors import show_error

translate = QCoreApplication.translate


def export_list(parent: QWidget, model: CaseListModel) -> Path | None:
    """Ask for a file and write the list to it; the file written, or None (cancelled, failed)."""
    name, _chosen = QFileDialog.getSaveFileName(
        parent, translate("listExport", "Export the case list"), "",
        translate("listExport", "Excel workbook (*.xlsx);;CSV (*.csv)"))
    if not name:
        return None
    out = Path(name)
    out = out if out.suffix else out.with_suffix(".xlsx")
    try:
        rows = cases_as_listed(model.case_filter)
        header = [labels.column_title(c) for c in COLUMNS]
        report_files.write_rows(out, header, [[shown(r, c) for c in COLUMNS] for r in rows],
                                title=translate("listExport", "Cases"))
    except report_files.UnknownFileType:
        QMessageBox.warning(parent, translate("listExport", "Export the case list"),
                            translate("listExport", "Choose a name ending in .csv or .xlsx."))
        return None
    except (StoreError, OSError) as exc:
        show_error(parent, translate("listExport", "The list could not be exported."), exc)
        return None
    return out
