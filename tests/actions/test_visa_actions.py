"""The visa side of a case as the actions gather it: each traveller's route into the packet, a
lapsed visa in the itinerary's checks, and the stay's dates on the guarantor form."""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from pathlib import Path

from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.actions.itinerary import check_case, save_item
from hirt_desk.actions.packets import packet_input
from hirt_desk.actions.visa import save_visas, write_guarantee_form
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


def test_guarantor_form_has_the_stays_arrival_and_departure(database: Path, tmp_path: Path) -> None:
    case_id, _ = make_case()
    out = write_guarantee_form(case_id, tmp_path / "form.pdf", today=TODAY)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    rows = {" ".join(line.split()[:1]): " ".join(line.split()[1:]) for line in text.splitlines()
            if line.split()[:1] in (["入国予定日"], ["出国予定日"])}
    assert rows == {"入国予定日": "2027年4月20日", "出国予定日": "2027年5月30日"}
