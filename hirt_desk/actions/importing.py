"""`import FILE`: moving an office that started on one PC onto its server (issue 16).

Copies a local database's cases with everything that belongs to them (patient, companions,
screenings, status history, notes, itinerary and its travellers, visas, tombstones included),
the agency profile, the whole audit trail (change ids, changesets, origins, who and when kept)
and its case numbers into the database bound to the models, in one transaction: a failure
leaves the server as it was.

Records keep their ids, so a second import recognises everything and adds nothing: a case whose
records are all the same on both sides is left alone (its missing audit rows, if any, are added),
and a case that exists on both with different content (edited on the server since, or a number
already used by another case) is reported and never overwritten. Audit rows are recognised by
change id, and by their content for rows older than change ids (an upgraded copy gives those new
ids each time). Cases get this database's next arrival numbers (`seq`) in the file's order, and
facilities are matched by code. Numbers the file issued under this database's own station raise
its counters, so the server never issues one of them again.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from peewee import Database, Model

from hirt_desk.store.audit import text
from hirt_desk.store.bulk import bulk_insert, refresh_statistics
from hirt_desk.store.cases import next_seq
from hirt_desk.store.database import store_errors, write_transaction
from hirt_desk.store.models import (
    Agency,
    AuditEntry,
    Bill,
    Case,
    Companion,
    Facility,
    ItineraryItem,
    ItineraryTraveller,
    Note,
    Patient,
    Payment,
    Quote,
    ScreeningRecord,
    StatusChange,
    VisaRecord,
    db,
    on_server,
)
from hirt_desk.store.search import add_to_search_index, search_body
from hirt_desk.store.station import COUNTER_PREFIX, counter_at_least, station_code
from hirt_desk.store.transfer import AnyDatabase, marks, opened_copy, read_rows, rows_in

CHUNK = 500                    # cases read, compared and written at a time
# what belongs to a case through its case_id, in the order they are written (foreign keys)
CHILDREN: tuple[type[Model], ...] = (Companion, ScreeningRecord, StatusChange, Note, ItineraryItem,
                                     VisaRecord, Quote, Bill, Payment)
# compared as the same record: not the times of the row, nor who removed it or when (an
# upgraded copy of an old file dates the tombstones it makes to the upgrade)
_NOT_COMPARED = frozenset(("id", "created", "updated", "seq", "deleted_by"))
_NUMBER = re.compile(r"^HD-(\d{4})-([A-Z0-9]{3})-(\d+)$")
# the content of an audit row: recognises a row whose change id an upgrade made up
_AUDIT_CONTENT = ("case_id", "at", "user", "table", "record_id", "action", "field", "old", "new")


@dataclass
class ImportReport:
    cases: int = 0                 # cases added
    unchanged: int = 0             # already there, the same
    different: list[str] = field(default_factory=list)   # numbers of cases left as the server has them
    records: int = 0               # rows added besides the audit trail
    changes: int = 0               # audit rows added
    agency: str = "same"           # imported | same | kept (the server's own profile differs)

    def to_json(self) -> dict[str, Any]:
        return {"cases": self.cases, "unchanged": self.unchanged, "different": len(self.different),
                "records": self.records, "changes": self.changes, "agency": self.agency,
                "different_cases": self.different}


def import_file(path: Path, passphrase: str | None = None) -> ImportReport:
    """Copy the HIRT Desk file at `path` into the database bound to the models (a server), in
    one transaction. StoreError for a file that cannot be read as one (nothing changed)."""
    with opened_copy(path, passphrase) as source, store_errors(), write_transaction():
        _carry_authors()
        return _Import(source).run()


def _carry_authors() -> None:
    """Audit rows and authors are copied as the file recorded them: on a server that sets who
    made a change from the session's login, this transaction says it carries others' changes."""
    if on_server():
        db.execute_sql("SELECT set_config('hirt_desk.carry', 'on', true)")


def _fingerprint(model: type[Model], row: dict[str, Any], facility_code: dict[str, str]) -> tuple[Any, ...]:
    values = []
    for f in model._meta.sorted_fields:
        if f.name in _NOT_COMPARED:
            continue
        value = row[f.name]
        if f.name == "deleted_at":
            value = value is not None
        elif model is Case and f.name == "facility":
            value = facility_code.get(value, value)
        values.append((f.name, text(value)))
    return tuple(values)


class _Import:
    def __init__(self, source: Database) -> None:
        self.source = source
        self.report = ImportReport()
        self.patients_added: set[str] = set()
        self.file_codes: dict[str, str] = {}        # file's facility id -> code
        self.server_codes: dict[str, str] = {}      # server's facility id -> code
        self.facility_ids: dict[str, str] = {}      # file's facility id -> server's
        self.agency_kept: str | None = None         # the file's agency id, not imported

    def run(self) -> ImportReport:
        self._facilities()
        self._agency()
        order = 'SELECT "id" FROM "case" ORDER BY "seq", "created"'
        case_ids = [r[0] for r in self.source.execute_sql(order)]
        for start in range(0, len(case_ids), CHUNK):
            self._chunk(case_ids[start:start + CHUNK])
        self._audit(read_rows(self.source, AuditEntry, '"case_id" IS NULL', order='"seq"'),
                    read_rows(db, AuditEntry, '"case_id" IS NULL'))
        self._numbers()
        if self.report.cases:
            written: tuple[type[Model], ...] = (Patient, Case, *CHILDREN, ItineraryTraveller, AuditEntry)
            refresh_statistics([*(m._meta.table_name for m in written), "case_search"])
        return self.report

    # -- reference rows ------------------------------------------------------------------------
    def _facilities(self) -> None:
        server = {r["code"]: r for r in read_rows(db, Facility)}
        for row in read_rows(self.source, Facility):
            self.file_codes[row["id"]] = row["code"]
            if row["code"] not in server:           # a facility this release's files lack
                bulk_insert(Facility, [row])
                self.report.records += 1
                server[row["code"]] = row
            self.facility_ids[row["id"]] = server[row["code"]]["id"]
        self.server_codes = {r["id"]: code for code, r in server.items()}

    def _agency(self) -> None:
        from hirt_desk.actions.visa import is_sample_agency
        theirs = read_rows(self.source, Agency)
        ours = read_rows(db, Agency)
        if not theirs:
            return
        file_agency = theirs[0]
        same_id = [r for r in ours if r["id"] == file_agency["id"]]
        if same_id:
            equal = _fingerprint(Agency, same_id[0], {}) == _fingerprint(Agency, file_agency, {})
            self.report.agency = "same" if equal else "kept"
            if not equal:
                self.agency_kept = file_agency["id"]
            return
        untouched = all(is_sample_agency(SimpleNamespace(**r)) for r in ours) and not (
            ours and AuditEntry.select().where(AuditEntry.record_id.in_([r["id"] for r in ours])).exists())
        if untouched:           # the sample a new server starts with: the office's own replaces it
            Agency.delete().execute()
            bulk_insert(Agency, [file_agency])
            self.report.agency = "imported"
            self.report.records += 1
        else:
            self.report.agency = "kept"
            self.agency_kept = file_agency["id"]

    # -- cases ---------------------------------------------------------------------------------
    def _records(self, database: AnyDatabase, case_ids: Sequence[str],
                 patient_ids: Sequence[str] | None = None) -> dict[type[Model], list[dict[str, Any]]]:
        """The cases, their patients (by default those the cases name) and what belongs to them."""
        cases = rows_in(database, Case, "id", case_ids)
        if patient_ids is None:
            patient_ids = sorted({r["patient"] for r in cases})
        found: dict[type[Model], list[dict[str, Any]]] = {
            Case: cases, Patient: rows_in(database, Patient, "id", patient_ids)}
        for model in CHILDREN:
            found[model] = rows_in(database, model, "case_id", case_ids)
        items = [r["id"] for r in found[ItineraryItem]]
        found[ItineraryTraveller] = rows_in(database, ItineraryTraveller, "item_id", items)
        return found

    @staticmethod
    def _by_case(records: dict[type[Model], list[dict[str, Any]]]
                 ) -> dict[str, list[tuple[type[Model], dict[str, Any]]]]:
        """Each case's records (its patient and traveller rows included), by case id."""
        item_case = {r["id"]: r["case"] for r in records[ItineraryItem]}
        patients = {r["id"]: r for r in records[Patient]}
        grouped: dict[str, list[tuple[type[Model], dict[str, Any]]]] = defaultdict(list)
        for case in records[Case]:
            grouped[case["id"]].append((Case, case))
            if case["patient"] in patients:
                grouped[case["id"]].append((Patient, patients[case["patient"]]))
        for model in CHILDREN:
            for row in records[model]:
                grouped[row["case"]].append((model, row))
        for row in records[ItineraryTraveller]:
            grouped[item_case[row["item"]]].append((ItineraryTraveller, row))
        return grouped

    def _prints(self, records: Iterable[tuple[type[Model], dict[str, Any]]],
                codes: dict[str, str]) -> dict[tuple[str, str], tuple[Any, ...]]:
        return {(m._meta.table_name, r["id"]): _fingerprint(m, r, codes) for m, r in records}

    def _chunk(self, case_ids: list[str]) -> None:
        mine = self._records(self.source, case_ids)
        patient_ids = sorted({r["patient"] for r in mine[Case]})
        theirs = self._records(db, case_ids, patient_ids)
        server_patients = {r["id"]: r for r in theirs[Patient]}
        mine_by_case, theirs_by_case = self._by_case(mine), self._by_case(theirs)
        new_numbers = [r["number"] for r in mine[Case]]
        numbers = f'SELECT "number", "id" FROM "case" WHERE "number" IN ({marks(new_numbers)})'
        taken = dict(db.execute_sql(numbers.replace("?", db.param), new_numbers).fetchall())
        adding: list[dict[str, Any]] = []
        keep_audit: list[str] = []
        for case in sorted(mine[Case], key=lambda r: (r["seq"] is None, r["seq"] or 0)):
            records = mine_by_case[case["id"]]
            ours = self._prints(records, self.file_codes)
            if case["id"] in theirs_by_case:
                if ours == self._prints(theirs_by_case[case["id"]], self.server_codes):
                    self.report.unchanged += 1
                    keep_audit.append(case["id"])
                else:
                    self.report.different.append(case["number"])
                continue
            patient = server_patients.get(case["patient"])
            clash = taken.get(case["number"], case["id"]) != case["id"]
            if clash or (patient is not None and _fingerprint(Patient, patient, {}) !=
                         ours[("patient", case["patient"])]):
                self.report.different.append(case["number"])
                continue
            adding.append(case)
            keep_audit.append(case["id"])
        self._add(adding, mine, server_patients)
        if keep_audit:
            self._audit(rows_in(self.source, AuditEntry, "case_id", keep_audit, order='"seq"'),
                        rows_in(db, AuditEntry, "case_id", keep_audit))

    def _add(self, cases: list[dict[str, Any]], mine: dict[type[Model], list[dict[str, Any]]],
             server_patients: dict[str, dict[str, Any]]) -> None:
        if not cases:
            return
        ids = {c["id"] for c in cases}
        first = next_seq()
        case_rows = []
        for seq, case in enumerate(cases, start=first):
            case_rows.append({**case, "seq": seq, "facility": self.facility_ids[case["facility"]]})
        wanted = {c["patient"] for c in cases}
        patients = [p for p in mine[Patient] if p["id"] in wanted and p["id"] not in server_patients
                    and p["id"] not in self.patients_added]
        self.patients_added.update(p["id"] for p in patients)
        items = {r["id"] for r in mine[ItineraryItem] if r["case"] in ids}
        rows: list[tuple[type[Model], list[dict[str, Any]]]] = [(Patient, patients), (Case, case_rows)]
        rows += [(model, [r for r in mine[model] if r["case"] in ids]) for model in CHILDREN]
        rows.append((ItineraryTraveller, [r for r in mine[ItineraryTraveller] if r["item"] in items]))
        for model, batch in rows:
            self.report.records += bulk_insert(model, batch)
        self.report.cases += len(cases)
        self._index(case_rows, mine)

    def _index(self, cases: list[dict[str, Any]], mine: dict[type[Model], list[dict[str, Any]]]) -> None:
        patients = {p["id"]: SimpleNamespace(**p) for p in mine[Patient]}
        companions: dict[str, list[SimpleNamespace]] = defaultdict(list)
        for c in mine[Companion]:
            if c["deleted_at"] is None:
                companions[c["case"]].append(SimpleNamespace(**c))
        add_to_search_index([(c["id"], c["seq"], search_body([c["number"]], [patients[c["patient"]],
                                                                              *companions[c["id"]]]))
                             for c in cases])

    # -- the audit trail -----------------------------------------------------------------------
    def _audit(self, mine: list[dict[str, Any]], theirs: list[dict[str, Any]]) -> None:
        """Add the file's audit rows the server does not hold (by change id, or by content)."""
        known = {(r["change_id"], r["case_id"] or "") for r in theirs}
        same = {_content(r) for r in theirs}
        new = []
        for row in mine:
            if row["table"] == "agency" and row["record_id"] == self.agency_kept:
                continue
            if (row["change_id"], row["case_id"] or "") in known or _content(row) in same:
                continue
            known.add((row["change_id"], row["case_id"] or ""))
            new.append({k: v for k, v in row.items() if k != "seq"})
        self.report.changes += bulk_insert(AuditEntry, new)

    # -- numbers -------------------------------------------------------------------------------
    def _numbers(self) -> None:
        """Numbers the file issued under this database's station count as issued here."""
        station = station_code()
        highest: dict[int, int] = {}
        for (number,) in self.source.execute_sql('SELECT "number" FROM "case"'):
            match = _NUMBER.match(number)
            if match and match.group(2) == station:
                year, n = int(match.group(1)), int(match.group(3))
                highest[year] = max(highest.get(year, 0), n)
        info = dict(self.source.execute_sql('SELECT "key", "value" FROM "local_info"').fetchall())
        if info.get("station") == station:          # its counters too (a number reserved, then unused)
            for key, value in info.items():
                if key.startswith(COUNTER_PREFIX) and key[len(COUNTER_PREFIX):].isdigit() and value.isdigit():
                    year = int(key[len(COUNTER_PREFIX):])
                    highest[year] = max(highest.get(year, 0), int(value))
        for year, n in sorted(highest.items()):
            counter_at_least(f"{COUNTER_PREFIX}{year}", n)


def _content(row: dict[str, Any]) -> tuple[str | None, ...]:
    return tuple(text(row[k]) if k != "case_id" else (row[k] or "") for k in _AUDIT_CONTENT)
