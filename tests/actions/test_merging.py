"""The user's answers to a merge conflict, turned into what the editor saves again."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from hirt_desk.actions.case_detail import CompanionData, load_case, save_case
from hirt_desk.actions.cases import PatientData, create_case
from hirt_desk.actions.editing import FieldConflict, MergeConflict
from hirt_desk.actions.merging import MERGED, THEIRS, YOURS, Choice, check_choice, resolve, typed_value
from hirt_desk.rules import FactError


def test_values_read_back_in_their_types() -> None:
    assert typed_value("patient", "date_of_birth", "1958-02-01") == date(1958, 2, 1)
    assert typed_value("patient", "date_of_birth", "") is None
    assert typed_value("patient", "languages", '["en", "vi"]') == ["en", "vi"]
    assert typed_value("companion", "phone", "+84 91") == "+84 91"
    assert typed_value("case", "facts.ecog", "2") == 2
    assert typed_value("case", "facts.tumor_size_cm", "3.5") == 3.5
    assert typed_value("case", "facts.measurable", "1") is True
    assert typed_value("case", "facts.site", "Liver") == "liver"
    assert typed_value("case", "facts.ecog", "") is None
    with pytest.raises(FactError):
        typed_value("case", "facts.ecog", "9")
    with pytest.raises(ValueError):
        typed_value("patient", "passport_expiry", "next year")


def test_a_merged_value_is_checked() -> None:
    conflict = FieldConflict("patient", "p", "patient.date_of_birth", "1958-02-01", "1958-02-03",
                             "1958-03-01", "suzuki", datetime(2026, 1, 1))
    assert check_choice(conflict, Choice(MERGED, "1958-02-30")) == "date"
    assert check_choice(conflict, Choice(MERGED, "1958-02-28")) is None
    fact = replace(conflict, table="case", field="facts.ecog")
    assert check_choice(fact, Choice(MERGED, "7")) == "fact"


def two_editors() -> tuple[str, object, object]:
    case = create_case(PatientData("NGUYEN", "VAN AN", nationality="VN", phone="+84 912 345 678"),
                       user="sato")
    detail = load_case(case.id)
    save_case(case.id, patient=detail.patient, facts={"site": "liver", "ecog": 1},
              companions=[CompanionData("NGUYEN", "THI HOA", relation="spouse")],
              coordinator="", packet_language="en", base=detail, user="sato")
    return case.id, load_case(case.id), load_case(case.id)


def save(detail, user: str, resolved=None, **changes):  # type: ignore[no-untyped-def]
    values = {"patient": detail.patient, "companions": detail.companions, "facts": detail.facts,
              "coordinator": detail.coordinator, "packet_language": detail.packet_language, **changes}
    return save_case(detail.id, base=detail, user=user, resolved=resolved, **values)


@pytest.mark.parametrize(("keep", "ecog"), [(THEIRS, 2), (YOURS, 0), (MERGED, 3)])
def test_a_fact_conflict_resolved(database: Path, keep: str, ecog: int) -> None:
    case_id, mine, theirs = two_editors()
    save(theirs, "suzuki", facts={**theirs.facts, "ecog": 2})
    facts = {**mine.facts, "ecog": 0}
    with pytest.raises(MergeConflict) as raised:
        save(mine, "sato", facts=facts)
    [conflict] = raised.value.conflicts
    resolved, companions = resolve([conflict], {conflict.key: Choice(keep, "3")}, mine.companions,
                                   mine.companions)
    save(mine, "sato", resolved=resolved, facts=facts, companions=companions)
    assert load_case(case_id).facts["ecog"] == ecog


@pytest.mark.parametrize("keep", [THEIRS, YOURS])
def test_they_removed_a_companion_you_edited(database: Path, keep: str) -> None:
    case_id, mine, theirs = two_editors()
    save(theirs, "suzuki", companions=[])
    edited = [replace(mine.companions[0], phone="+84 910 001 122")]
    with pytest.raises(MergeConflict) as raised:
        save(mine, "sato", companions=edited)
    conflicts = raised.value.conflicts
    resolved, companions = resolve(conflicts, {conflicts[0].key: Choice(keep)}, edited, mine.companions)
    save(mine, "sato", resolved=resolved, companions=companions)
    now = load_case(case_id).companions
    if keep == THEIRS:
        assert now == []
    else:
        assert [(c.given_names_latin, c.phone) for c in now] == [("THI HOA", "+84 910 001 122")]
        assert now[0].id != mine.companions[0].id


@pytest.mark.parametrize("keep", [THEIRS, YOURS])
def test_you_removed_a_companion_they_edited(database: Path, keep: str) -> None:
    case_id, mine, theirs = two_editors()
    save(theirs, "suzuki", companions=[replace(theirs.companions[0], phone="+84 910 001 122")])
    with pytest.raises(MergeConflict) as raised:
        save(mine, "sato", companions=[])
    [conflict] = raised.value.conflicts
    resolved, companions = resolve([conflict], {conflict.key: Choice(keep)}, [], mine.companions)
    save(mine, "sato", resolved=resolved, companions=companions)
    now = load_case(case_id).companions
    assert [c.phone for c in now] == ([] if keep == YOURS else ["+84 910 001 122"])
