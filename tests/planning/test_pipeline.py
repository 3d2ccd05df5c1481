"""The status pipeline: every move from every status to every status, allowed or refused, against a
table written out here (DESIGN.md's pipeline), not read back from the code's own table."""

from __future__ import annotations

import pytest

from hirt_desk.planning.pipeline import (
    ENDED,
    PIPELINE,
    STATUSES,
    TransitionRefused,
    allowed_next,
    check_transition,
)

# Rows: from; columns: to. "x" = allowed, "." = refused.
_COLUMNS = ("inquiry", "records", "facility_review", "visa", "travel", "in_japan", "accepted",
            "in_treatment", "completed", "follow_up", "declined", "not_indicated", "withdrawn")
_TABLE = """
                 inq rec fac vis tra jap acc trt com fol dec not wit
inquiry           .   x   .   .   .   .   .   .   .   .   x   x   x
records           x   .   x   .   .   .   .   .   .   .   x   x   x
facility_review   .   x   .   x   x   .   .   .   .   .   x   x   x
visa              .   .   x   .   x   .   .   .   .   .   x   .   x
travel            .   .   .   x   .   x   .   .   .   .   x   .   x
in_japan          .   .   .   .   .   .   x   .   .   .   x   x   x
accepted          .   .   .   .   .   .   .   x   .   .   .   .   x
in_treatment      .   .   .   .   .   .   .   .   x   .   .   .   x
completed         .   .   .   .   .   .   .   .   .   x   .   .   .
follow_up         .   .   .   .   .   .   .   .   .   .   .   .   .
declined          x   .   .   .   .   .   .   .   .   .   .   .   .
not_indicated     .   .   .   .   .   .   .   .   .   .   .   .   .
withdrawn         x   .   .   .   .   .   .   .   .   .   .   .   .
"""


def _expected() -> dict[tuple[str, str], bool]:
    rows = [line.split() for line in _TABLE.strip().splitlines()[1:]]
    assert [r[0] for r in rows] == list(_COLUMNS)
    return {(r[0], to): mark == "x" for r in rows for to, mark in zip(_COLUMNS, r[1:], strict=True)}


EXPECTED = _expected()


def test_the_statuses() -> None:
    assert STATUSES == _COLUMNS
    assert PIPELINE[0] == "inquiry" and PIPELINE[-1] == "follow_up"
    assert ENDED == ("declined", "not_indicated", "withdrawn")


@pytest.mark.parametrize(("current", "wanted"), sorted(EXPECTED), ids=lambda s: s)
def test_every_move(current: str, wanted: str) -> None:
    if EXPECTED[(current, wanted)]:
        check_transition(current, wanted)
        assert wanted in allowed_next(current)
    else:
        with pytest.raises(TransitionRefused) as refused:
            check_transition(current, wanted)
        assert (refused.value.current, refused.value.wanted) == (current, wanted)
        assert wanted not in allowed_next(current)


@pytest.mark.parametrize("current", _COLUMNS)
def test_allowed_next_offers_exactly_the_allowed_moves(current: str) -> None:
    assert set(allowed_next(current)) == {to for (fr, to), ok in EXPECTED.items() if fr == current and ok}


def test_some_moves_that_matter() -> None:
    assert not EXPECTED[("visa", "in_treatment")]            # no treatment before arriving
    assert EXPECTED[("facility_review", "travel")]           # no traveller needs a visa
    assert not EXPECTED[("inquiry", "in_treatment")]


@pytest.mark.parametrize(("current", "wanted"), [
    ("inquiry", "accepted_"), ("inquiry", ""), ("nonsense", "records"), ("nonsense", "inquiry")])
def test_unknown_statuses_are_refused(current: str, wanted: str) -> None:
    with pytest.raises(TransitionRefused):
        check_transition(current, wanted)
    assert allowed_next("nonsense") == ()


def test_refusal_names_the_allowed_moves() -> None:
    with pytest.raises(TransitionRefused) as refused:
        check_transition("visa", "in_treatment")
    assert str(refused.value) == ("a case in 'visa' cannot move to 'in_treatment' "
                                  "(allowed: travel, facility_review, declined, withdrawn)")
    with pytest.raises(TransitionRefused, match=r"\(allowed: none\)"):
        check_transition("follow_up", "inquiry")
