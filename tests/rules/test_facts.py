from __future__ import annotations

from typing import Any

import pytest

from hirt_desk.rules.facts import FACTS, FactError, validate_facts

CONTRACT_FACTS = {"site", "histology", "tumor_size_cm", "measurable", "distant_metastasis",
                  "gi_tract_invasion", "spinal_cord_invasion", "ecog", "tnm", "stage",
                  "gleason_histology_confirmed", "psa_pre_biopsy", "child_pugh", "liver_regions",
                  "ascites", "status", "resectable", "prior_tace", "location", "metal_in_field",
                  "recurrence_site", "gi_distance_mm", "recurrence_organs", "lesion_count"}


def test_vocabulary_is_exactly_the_contracts() -> None:
    assert {f.root for f in FACTS} == CONTRACT_FACTS


@pytest.mark.parametrize(("raw", "field"), [
    ({"ecog": "zero"}, "ecog"), ({"ecog": 1.5}, "ecog"), ({"ecog": True}, "ecog"),
    ({"ecog": 6}, "ecog"), ({"tumor_size_cm": "3"}, "tumor_size_cm"),
    ({"tumor_size_cm": -1}, "tumor_size_cm"), ({"measurable": "yes"}, "measurable"),
    ({"measurable": 1}, "measurable"), ({"child_pugh": "D"}, "child_pugh"),
    ({"tnm": "T2N0M0"}, "tnm"), ({"tnm": {"t": "T9"}}, "tnm.t"), ({"stage": 3}, "stage"),
    ({"recurrence_organs": "lung"}, "recurrence_organs"), ({"site": ""}, "site"),
    ({"tumor_size_cm": float("nan")}, "tumor_size_cm"), ({"lesion_count": float("inf")}, "lesion_count"),
    ({"ecog": float("nan")}, "ecog"),
])
def test_wrong_types_name_the_field(raw: dict[str, Any], field: str) -> None:
    with pytest.raises(FactError) as err:
        validate_facts(raw)
    assert err.value.field == field


def test_unknown_fields_and_nulls_are_ignored() -> None:
    assert validate_facts({"favourite_colour": "blue", "ecog": None, "site": "lung"}) == {"site": "lung"}


def test_values_are_normalized() -> None:
    clean = validate_facts({"histology": "Small cell", "child_pugh": "b", "ecog": 2.0,
                            "tnm": {"t": "t2a", "n": "n0"}, "stage": "iib"})
    assert clean == {"histology": "small_cell", "child_pugh": "B", "ecog": 2, "tnm.t": "T2a",
                     "tnm.n": "N0", "stage": "IIB"}


def test_flat_stored_keys_validate_again() -> None:
    assert validate_facts({"tnm.t": "T3a"}) == {"tnm.t": "T3a"}
