from __future__ import annotations

import pytest

from hirt_desk.rules.staging import StagingError, compare, parse_grade


@pytest.mark.parametrize(("text", "normal"), [
    ("T1c", "T1c"), ("t2A", "T2a"), ("cT3b", "T3b"), ("T4", "T4"), ("Tis", "Tis"), ("TX", "TX"),
])
def test_t_categories_parse_and_normalize(text: str, normal: str) -> None:
    assert parse_grade("T", text).text == normal


@pytest.mark.parametrize(("text", "normal"), [
    ("I", "I"), ("ia", "IA"), ("IA2", "IA2"), ("IIB", "IIB"), ("IIIC", "IIIC"), ("IVA", "IVA"),
    ("Stage IIIA", "IIIA"), ("0", "0"),
])
def test_stage_groups_parse(text: str, normal: str) -> None:
    assert parse_grade("stage", text).text == normal


@pytest.mark.parametrize(("kind", "text"), [("T", "T9"), ("T", "2a"), ("N", "N5"), ("M", "M2"),
                                            ("stage", "V"), ("stage", "IIII"), ("stage", "")])
def test_nonsense_is_refused(kind: str, text: str) -> None:
    with pytest.raises(StagingError):
        parse_grade(kind, text)


T_RANGE = [("T1a", False), ("T1b", False), ("T1c", True), ("T2", True), ("T2a", True),
           ("T2c", True), ("T3", True), ("T3a", True), ("T3b", True), ("T4", False),
           ("Tis", False), ("T0", False)]


@pytest.mark.parametrize(("value", "inside"), T_RANGE)
def test_t1c_to_t3_range(value: str, inside: bool) -> None:
    v = parse_grade("T", value)
    lo, hi = parse_grade("T", "T1c"), parse_grade("T", "T3")
    assert (compare(v, lo) >= 0 and compare(v, hi) <= 0) == inside  # type: ignore[operator]


def test_coarser_value_than_bound_is_undecidable() -> None:
    assert compare(parse_grade("T", "T1"), parse_grade("T", "T1c")) is None
    assert compare(parse_grade("T", "T2"), parse_grade("T", "T1c")) == 1
    assert compare(parse_grade("T", "TX"), parse_grade("T", "T1c")) is None


@pytest.mark.parametrize(("value", "inside"), [("I", True), ("IA3", True), ("IB", True),
                                               ("IIB", True), ("IIIC", True), ("IV", False),
                                               ("IVB", False), ("0", False)])
def test_stage_i_to_iii(value: str, inside: bool) -> None:
    v = parse_grade("stage", value)
    lo, hi = parse_grade("stage", "I"), parse_grade("stage", "III")
    assert (compare(v, lo) >= 0 and compare(v, hi) <= 0) == inside  # type: ignore[operator]
