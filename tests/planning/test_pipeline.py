"""The status pipeline: every move from every status to every status, allowed or refused, against a
table written out here (DESIGN.md's pipeline), not read back from the code's own table."""

from __future__ import annotations

from datetime import date

import pytest

from hirt_desk.planning.pipeline import (
    ENDED,
    PIPELINE,
    STATUSES,
    StatusDateRefused,
    TransitionRefused,
    allowed_next,
    check_status_date,
    check_transition,
    is_reopening,
    undo_target,
)

# Rows: from; columns: to. "x" = allowed, "." = refused.
_COLUMNS = ("inquiry", "records", "facility_review", "visa", "travel", "in_japan", "accepted",
            "in_treatment", "completed", "follow_up", "declined", "not_indicated", "withdrawn",
            "closed")
_TABLE = """
                 inq rec fac vis tra jap acc trt com fol dec not wit clo
inquiry           .   x   .   .   .   .   .   .   .   .   x   x   x   .
records           x   .   x   .   .   .   .   .   .   .   x   x   x   .
facility_review   .   x   .   x   x   .   .   .   .   .   x   x   x   .
visa              .   .   x   .   x   .   .   .   .   .   x   .   x   .
travel            .   .   .   x   .   x   .   .   .   .   x   .   x   .
in_japan          .   .   .   .   .   .   x   .   .   .   x   x   x   .
accepted          .   .   .   .   .   .   .   x   .   .   .   .   x   .
in_treatment      .   .   .   .   .   .   .   .   x   .   .   .   x   .
completed         .   .   .   .   .   .   .   .   .   x   .   .   .   x
follow_up         .   .   .   .   .   .   .   .   .   .   .   .   .   x
declined          x   .   .   .   .   .   .   .   .   .   .   .   .   x
not_indicated     x   .   .   .   .   .   .   .   .   .   .   .   .   x
withdrawn         x   .   .   .   .   .   .   .   .   .   .   .   .   x
closed            .   .   .   .   .   .   .   .   .   .   .   .   .   .
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
    assert STATUSES[-1] == "closed"


def test_no_dead_ends_but_closed() -> None:
    """Every status but closed leads somewhere; closed is reached from every end and follow-up."""
    for status in _COLUMNS:
        assert bool(allowed_next(status)) == (status != "closed"), status
    assert all(EXPECTED[(s, "closed")] for s in ("follow_up", *ENDED, "completed"))


def test_a_status_date_before_the_inquiry_is_refused() -> None:
    check_status_date(date(2027, 3, 1), date(2027, 3, 1))
    with pytest.raises(StatusDateRefused, match="before the inquiry on 2027-03-01"):
        check_status_date(date(2027, 2, 28), date(2027, 3, 1))


def test_reopening_and_undo() -> None:
    assert is_reopening("declined", "inquiry") and is_reopening("not_indicated", "inquiry")
    assert not is_reopening("records", "inquiry")
    assert undo_target([(None, "inquiry")]) is None          # the creation stays
    assert undo_target([(None, "inquiry"), ("in_japan", "accepted")]) == "in_japan"
    assert undo_target([]) is None


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
        check_transition("closed", "inquiry")
