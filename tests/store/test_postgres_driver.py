"""psycopg is imported only when a server is opened (store/postgres_driver.py): a window on an
SQLite file starts without it, and a server opened later in the same process works in full
(transactions, row locks, JSON, errors classified). Each check runs in a fresh interpreter, where
nothing has imported peewee before the store does."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

FILE_THEN_SERVER = """
import json, sys
from hirt_desk.store.database import close_database, open_database
import hirt_desk.ui.main_window
report = {"psycopg_at_start": "psycopg" in sys.modules}
open_database(sys.argv[1])
from hirt_desk.actions.cases import PatientData, create_case
create_case(PatientData("WANG", "Wei", "王伟", nationality="CN"), user="tanaka")
close_database()
report["psycopg_after_file"] = "psycopg" in sys.modules
open_database(sys.argv[2])
import datetime
from hirt_desk.actions.case_fields import new_case, show_case
from hirt_desk.store.cases import CaseFilter, list_cases
from hirt_desk.store.database import write_transaction
from hirt_desk.store.models import Case
made = new_case(surname="KIM", given="Minji", nationality="KR", birth=datetime.date(1960, 5, 1),
                native="김민지", user="tanaka")
with write_transaction():        # a row lock inside a transaction
    Case.select().where(Case.id == made.id).for_update().get()
report["found"] = [row.id for row in list_cases(CaseFilter(search="김민"))]
report["id"] = made.id
report["facts_json"] = show_case(made.id)["facts"] == {}
from hirt_desk.store.errors import translate
from hirt_desk.store.models import db
try:
    db.execute_sql("SELECT * FROM no_such_table")
except Exception as exc:
    report["bug_is_not_a_store_error"] = translate(exc, sys.argv[2]) is None
    db.rollback()
close_database()
try:
    open_database(sys.argv[2].rsplit("/", 1)[0] + "/no_such_database")
except Exception as exc:
    report["missing"] = getattr(exc, "reason", type(exc).__name__)
print(json.dumps(report))
"""


def test_psycopg_waits_for_a_server_and_then_works(tmp_path: Path, pg_ready_url: str) -> None:
    script = tmp_path / "run.py"
    script.write_text(FILE_THEN_SERVER)
    out = subprocess.run([sys.executable, str(script), str(tmp_path / "c.sqlite"), pg_ready_url],
                         capture_output=True, text=True, cwd=ROOT, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                              "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
                              "XDG_DATA_HOME": str(tmp_path / "data")})
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["psycopg_at_start"] is False
    assert report["psycopg_after_file"] is False
    assert report["found"] == [report["id"]]
    assert report["facts_json"] is True
    assert report["bug_is_not_a_store_error"] is True
    assert report["missing"] == "no_database"
