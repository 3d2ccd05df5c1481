"""The visa records of a case: one per traveller, kept so by the database itself. A traveller is
the patient (companion_id NULL) or a live companion of the same case (schema 6)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import peewee
import pytest

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.actions.travellers import UnknownTraveller
from hirt_desk.actions.visa import save_visas
from hirt_desk.planning.visa import VisaRecordData
from hirt_desk.store.models import Companion, VisaRecord, db


def test_a_second_record_for_the_same_traveller_is_refused_by_the_database(database: Path) -> None:
    case = create_case(PatientData("WANG", "WEI"))
    wife = Companion.create(case=case, surname_latin="LI")
    VisaRecord.create(case=case, visa_number="MS123456")                 # the patient's (NULL)
    VisaRecord.create(case=case, companion=wife, visa_number="MS222222")
    for companion in (None, wife):
        with pytest.raises(peewee.IntegrityError, match="(?i)unique"), db.atomic():
            VisaRecord.create(case=case, companion=companion, visa_number="MS999999")
    assert sorted(r.visa_number for r in VisaRecord.select()) == ["MS123456", "MS222222"]


def test_each_traveller_and_each_case_has_its_own_record(database: Path) -> None:
    first = create_case(PatientData("WANG", "WEI"))
    second = create_case(PatientData("LI", "NA"))
    wife = Companion.create(case=first, surname_latin="LI")
    VisaRecord.create(case=first)
    VisaRecord.create(case=first, companion=wife)
    VisaRecord.create(case=second)
    assert sorted((r.case.number, r.traveller) for r in VisaRecord.select()) == sorted([
        (first.number, wife.id), (first.number, "patient"), (second.number, "patient")])


def test_the_database_refuses_a_record_for_someone_not_travelling_with_the_case(database: Path) -> None:
    first = create_case(PatientData("WANG", "WEI"))
    second = create_case(PatientData("LI", "NA"))
    other = Companion.create(case=second, surname_latin="ZHAO")
    with pytest.raises(peewee.IntegrityError, match="live companion"), db.atomic():
        VisaRecord.create(case=first, companion=other)               # another case's companion
    with pytest.raises(peewee.IntegrityError, match="live companion"), db.atomic():
        VisaRecord.create(case=first, companion="no-such-companion")
    with pytest.raises(UnknownTraveller):
        save_visas(first.id, [VisaRecordData(other.id, visa_number="MS1")])
    assert VisaRecord.select().count() == 0


@pytest.mark.sqlite_only
def test_the_unique_index_is_in_the_schema(database: Path) -> None:
    rows = db.execute_sql("PRAGMA index_list('visa_record')").fetchall()
    unique = {name: bool(is_unique) for _seq, name, is_unique, *_ in rows}
    assert unique.get("visa_record_case_traveller") is True
    sql = db.execute_sql("SELECT sql FROM sqlite_master "
                         "WHERE name = 'visa_record_case_traveller'").fetchone()[0]
    assert 'coalesce("companion_id", \'\')' in sql and 'WHERE "deleted_at" IS NULL' in sql


def test_saving_twice_updates_the_one_record(database: Path) -> None:
    case = create_case(PatientData("WANG", "WEI"))
    save_visas(case.id, [VisaRecordData("patient", visa_number="MS123456")])
    save_visas(case.id, [VisaRecordData("patient", visa_number="MS123456", issue_date=date(2027, 3, 10))])
    assert [(r.traveller, r.issue_date) for r in VisaRecord.select()] == [("patient", date(2027, 3, 10))]
