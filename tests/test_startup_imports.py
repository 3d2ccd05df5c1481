"""The window shows the case list before anything it does not need is imported: no reportlab,
no packet renderer, guarantor forms, demo generator or holiday tables at start-up (they load
when a packet or form is printed, samples are added, or a calendar is drawn; the case
editor's tabs when a case is first opened)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

NOT_AT_START = ("reportlab", "holidays", "hirt_desk.packets.render", "hirt_desk.packets.guarantor",
                "hirt_desk.packets.fonts", "hirt_desk.packets.content", "hirt_desk.actions.packets",
                "hirt_desk.actions.demo", "hirt_desk.ui.packet_dialog", "hirt_desk.ui.pdf_pages",
                "hirt_desk.store.backup",
                # the duplicate matcher's romanisers, and the server's driver (a file needs neither)
                "hirt_desk.persons.matcher", "hirt_desk.persons.blocking", "pypinyin", "opencc",
                "cantoroman", "rapidfuzz", "psycopg",
                # documents: previews and encryption load when a document is shown or stored
                "pydicom", "pypdfium2", "cryptography", "hirt_desk.ui.document_preview",
                # the reports' charts and exports load with the Reports window or a file written
                "matplotlib", "numpy", "openpyxl", "hirt_desk.ui.reports_view", "hirt_desk.ui.list_export",
                "hirt_desk.actions.report_charts", "hirt_desk.actions.report_files",
                # phone numbers load at the first check of one
                "phonenumbers",
                # the nationality boxes fill their 249 countries when first shown
                "pycountry",
                # the case editor's tabs are made when a case is first opened
                "hirt_desk.ui.overview_tab", "hirt_desk.ui.patient_tab", "hirt_desk.ui.diagnosis_tab",
                "hirt_desk.ui.itinerary_tab", "hirt_desk.ui.visa_tab", "hirt_desk.ui.history_tab",
                "hirt_desk.ui.documents_tab", "hirt_desk.ui.contacts_tab", "hirt_desk.ui.money_tab",
                "hirt_desk.ui.tasks_tab", "hirt_desk.ui.timeline_tab")

PROGRAM = """
import json, sys
from hirt_desk.cli import main
code = main(["--db", sys.argv[1], "gui", "--exit-after-load"])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def test_gui_start_imports_nothing_it_does_not_need(tmp_path: Path) -> None:
    db = tmp_path / "cases.sqlite"
    subprocess.run([sys.executable, "-m", "hirt_desk", "--db", str(db), "demo", "--cases", "5"],
                   check=True, capture_output=True)
    result = subprocess.run([sys.executable, "-c", PROGRAM, str(db)], capture_output=True, text=True,
                            check=True, timeout=120)
    lines = result.stdout.strip().splitlines()
    shown, report = json.loads(lines[0]), json.loads(lines[-1])
    assert shown["cases"] == 5 and report["code"] == 0
    loaded = [m for m in report["modules"] if m.split(".")[0] == "reportlab"
              or any(m == name or m.startswith(name + ".") for name in NOT_AT_START)]
    assert loaded == []
