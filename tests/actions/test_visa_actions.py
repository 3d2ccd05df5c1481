"""The visa side of a case as the actions gather it: each traveller's route into the packet, a
lapsed visa in the itinerary's checks, and the stay's dates on the guarantor form."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.actions.itinerary import check_case, list_items, save_item
from hirt_desk.actions.packets import packet_input
from hirt_desk.actions.visa import (
    PaperworkRefused,
    embassy_ja,
    relation_ja,
    save_visas,
    write_departure_report,
    write_guarantee_form,
)
from hirt_desk.planning.itinerary import Item
from hirt_desk.planning.visa import VisaRecordData
from hirt_desk.store.models import Companion

TODAY = date(2027, 3, 1)


def make_case() -> tuple[str, str]:
    """A Chinese patient and a Korean friend: Beijing 20 April 2027, home 30 May (41 days)."""
    case = create_case(PatientData("WANG", "WEI", "王伟", nationality="CN", passport_number="E12345678",
                                   passport_expiry=date(2031, 5, 1)))
    friend = Companion.create(case=case, relation="friend", surname_latin="KIM", given_names_latin="EUNJI",
                              name_native="김은지", nationality="KR", passport_expiry=date(2032, 1, 1))
    both = ("patient", friend.id)
    save_item(case.id, Item("flight", datetime(2027, 4, 20, 8, 30), datetime(2027, 4, 20, 13, 0),
                            "Asia/Shanghai", "Asia/Tokyo", "CA 925", travellers=both))
    save_item(case.id, Item("flight", datetime(2027, 5, 30, 14, 0), datetime(2027, 5, 30, 16, 30),
                            "Asia/Tokyo", "Asia/Shanghai", "CA 926", travellers=both))
    return case.id, friend.id


def test_the_packet_gets_each_travellers_own_route(database: Path) -> None:
    case_id, _ = make_case()
    visas = packet_input(case_id, TODAY).visas
    assert [(name, route) for name, route, _docs in visas] == [("王伟", "medical_stay"),
                                                               ("김은지", "visa_exempt")]
    assert visas[1][2] == () and "passport" in visas[0][2]


def test_a_visa_lapsing_before_arrival_is_an_itinerary_error(database: Path) -> None:
    case_id, _ = make_case()
    save_visas(case_id, [VisaRecordData("patient", issue_date=date(2027, 2, 10),
                                        valid_until=date(2027, 4, 19), permitted_days=90)])
    def visa_findings() -> list[tuple[str, str, str]]:      # (no hotel is booked: other findings)
        return [(f.level, f.code, f.traveller) for f in check_case(case_id, TODAY)
                if f.code == "outside_permitted_stay"]
    assert visa_findings() == [("error", "outside_permitted_stay", "patient")]
    save_visas(case_id, [VisaRecordData("patient", issue_date=date(2027, 2, 10),
                                        valid_until=date(2027, 4, 20), permitted_days=90)])
    assert visa_findings() == []


def own_agency() -> None:
    from hirt_desk.actions.agency import AgencyProfile, save_agency
    save_agency(AgencyProfile("Maebashi Medical Bridge Co., Ltd.", "前橋メディカルブリッジ株式会社",
                              "B", "0412", address_ja="群馬県前橋市1-2-3 <本町ビル>", phone="027-220-0000"))


def test_guarantor_form_has_the_stays_arrival_and_departure(database: Path, tmp_path: Path) -> None:
    case_id, _ = make_case()
    own_agency()
    out = write_guarantee_form(case_id, tmp_path / "form.pdf", today=TODAY)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    rows = {" ".join(line.split()[:1]): " ".join(line.split()[1:]) for line in text.splitlines()
            if line.split()[:1] in (["入国予定日"], ["出国予定日"])}
    assert rows == {"入国予定日": "2027年4月20日", "出国予定日": "2027年5月30日"}


def test_guarantor_form_has_the_representative_the_days_in_hospital_and_the_entries(
        database: Path, tmp_path: Path) -> None:
    """The representative comes from the agency profile; an inpatient's days in hospital from the
    first appointment to the last session; a multiple-entry visa record ticks 数次."""
    from hirt_desk.actions.agency import load_agency, save_agency
    from hirt_desk.store.models import Case
    case_id, _ = make_case()
    own_agency()
    profile = load_agency()
    profile.representative = "前橋 太郎"
    save_agency(profile)
    save_item(case_id, Item("appointment", datetime(2027, 4, 21, 9, 0), datetime(2027, 4, 21, 12, 0),
                            title="First consultation", travellers=("patient",)))
    save_item(case_id, Item("session", datetime(2027, 5, 26, 10, 0), datetime(2027, 5, 26, 11, 0),
                            title="16/16", travellers=("patient",)))
    case = Case.get_by_id(case_id)
    case.facts = {**case.facts, "inpatient": True}
    case.save()
    save_visas(case_id, [VisaRecordData("patient", entries="multiple")])
    text = " ".join(" ".join(line.split()) for line in pdf(
        write_guarantee_form(case_id, tmp_path / "form.pdf", today=TODAY)).splitlines())
    assert "代表者氏名 前橋 太郎 印" in text
    assert "入院予定 有（2027年4月21日〜2027年5月26日の予定）" in text
    assert "□ 一次（１回限り） ■ 数次（治療予定表を添付）" in text


# findings 9 and 10 --------------------------------------------------------------------------------

def pdf(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_visa_paperwork_is_refused_while_the_agency_is_the_sample(database: Path, tmp_path: Path) -> None:
    case_id, _ = make_case()
    for write in (write_guarantee_form, write_departure_report):
        with pytest.raises(PaperworkRefused) as refused:
            write(case_id, tmp_path / "x.pdf", today=date(2027, 6, 1))
        assert refused.value.code == "sample_agency" and not (tmp_path / "x.pdf").exists()


def test_guarantor_form_relation_by_sex_and_age_and_typed_text_escaped(database: Path,
                                                                       tmp_path: Path) -> None:
    case_id, friend = make_case()
    own_agency()
    Companion.update(relation="sibling", sex="F", date_of_birth=date(1950, 1, 1)).where(
        Companion.id == friend).execute()
    from hirt_desk.store.models import Case
    patient = Case.get_by_id(case_id).patient
    patient.date_of_birth = date(1961, 8, 2)
    patient.save()
    text = pdf(write_guarantee_form(case_id, tmp_path / "form.pdf", today=TODAY))
    assert "群馬県前橋市1-2-3 <本町ビル>" in text
    assert " 姉 " in text and "兄弟姉妹" not in text
    assert relation_ja("sibling", "M", date(1970, 1, 1), date(1961, 8, 2)) == "弟"
    assert relation_ja("spouse", "F", None, None) == "妻"
    assert relation_ja("sibling", "", None, None) == "兄弟姉妹"


def test_departure_report_waits_for_the_departure_and_uses_each_travellers_flight(
        database: Path, tmp_path: Path) -> None:
    case_id, friend = make_case()
    own_agency()
    # the friend goes home to Seoul three days after the patient, on her own flight
    items = list_items(case_id)
    home = next(i for i in items if i.title == "CA 926")
    save_item(case_id, replace(home, reference="CA 926", travellers=("patient",)))
    save_item(case_id, Item("flight", datetime(2027, 6, 2, 10, 0), datetime(2027, 6, 2, 12, 30),
                            "Asia/Tokyo", "Asia/Seoul", "Home", reference="KE 702", travellers=(friend,)))
    save_visas(case_id, [VisaRecordData("patient", embassy="Embassy of Japan in China (Beijing)",
                                        visa_number="V12345678")])
    with pytest.raises(PaperworkRefused) as early:
        write_departure_report(case_id, tmp_path / "r.pdf", today=date(2027, 5, 31))
    assert early.value.code == "before_departure" and "2027-06-02" in str(early.value)
    lines = [" ".join(ln.split()) for ln in pdf(write_departure_report(case_id, tmp_path / "r.pdf",
                                                                        today=date(2027, 6, 3))).splitlines()]
    assert "在中国日本国大使館 御中" in lines
    assert "WANG WEI 2027年5月30日 CA 926" in lines and "KIM EUNJI 2027年6月2日 KE 702" in lines
    assert any(ln.startswith("WANG WEI 患者") and "V12345678" in ln for ln in lines)


def test_embassy_names_in_japanese() -> None:
    assert embassy_ja("Embassy of Japan in Viet Nam (Hanoi)") == "在ベトナム日本国大使館"
    assert embassy_ja("Japanese consulate, Vladivostok") == "在ウラジオストク日本国総領事館"
    assert embassy_ja("在上海日本国総領事館") == "在上海日本国総領事館"
    assert embassy_ja("Somewhere else") == "Somewhere else"
