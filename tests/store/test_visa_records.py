"""The visa records of a case: one per traveller, kept so by the database itself."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import peewee
import pytest

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.actions.visa import save_visas
from hirt_desk.planning.visa import VisaRecordData
from hirt_desk.store.models import VisaRecord, db


def test_a_second_record_for_the_same_traveller_is_refused_by_the_database(database: Path) -> None:
    case = create_case(PatientData("WANG", "WEI"))
    VisaRecord.create(case=case, traveller="patient", visa_number="MS123456")
    with pytest.raises(peewee.IntegrityError, match="UNIQUE"), db.atomic():
        VisaRecord.create(case=case, traveller="patient", visa_number="MS999999")
    assert [r.visa_number for r in VisaRecord.select()] == ["MS123456"]


def test_each_traveller_and_each_case_has_its_own_record(database: Path) -> None:
    first = create_case(PatientData("WANG", "WEI"))
    second = create_case(PatientData("LI", "NA"))
    VisaRecord.create(case=first, traveller="patient")
    VisaRecord.create(case=first, traveller="companion-1")
    VisaRecord.create(case=second, traveller="patient")
    assert sorted((r.case.number, r.traveller) for r in VisaRecord.select()) == [
        (first.number, "companion-1"), (first.number, "patient"), (second.number, "patient")]


def test_the_unique_index_is_in_the_schema(database: Path) -> None:
    rows = db.execute_sql("PRAGMA index_list('visa_record')").fetchall()
    unique = {name: bool(is_unique) for _seq, name, is_unique, *_ in rows}
    assert unique.get("visa_record_case_traveller") is True
    columns = [r[2] for r in db.execute_sql("PRAGMA index_info('visa_record_case_traveller')")]
    assert columns == ["case_id", "traveller"]


def test_saving_twice_updates_the_one_record(database: Path) -> None:
    case = create_case(PatientData("WANG", "WEI"))
    save_visas(case.id, [VisaRecordData("patient", visa_number="MS123456")])
    save_visas(case.id, [VisaRecordData("patient", visa_number="MS123456", issue_date=date(2027, 3, 10))])
    assert [(r.traveller, r.issue_date) for r in VisaRecord.select()] == [("patient", date(2027, 3, 10))]
