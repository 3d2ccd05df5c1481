"""A case's status pipeline (DESIGN.md) and the one table of allowed transitions.

Forward along the pipeline, one step back where real cases go back (the facility asks for more
records; a visa is refused and travel waits), skipping the visa step when no traveller needs
one, and off the pipeline to declined / not indicated / withdrawn. Declined, not indicated and
withdrawn cases can be reopened as a new inquiry (the reply promise starts again from the
reopening), and are closed from there or from follow-up. The last change can always be undone
(a mis-click), whatever the table says; see `undo_target`.
"""

from __future__ import annotations

from datetime import date

PIPELINE = ("inquiry", "records", "facility_review", "visa", "travel", "in_japan", "accepted",
            "in_treatment", "completed", "follow_up")
ENDED = ("declined", "not_indicated", "withdrawn")
CLOSED = "closed"
STATUSES = PIPELINE + ENDED + (CLOSED,)
#: statuses in which the travellers are on their way or in Japan: a visa should be issued
VISA_NEEDED = ("travel", "in_japan", "in_treatment")

TRANSITIONS: dict[str, tuple[str, ...]] = {
    "inquiry": ("records", "declined", "not_indicated", "withdrawn"),
    "records": ("facility_review", "inquiry", "declined", "not_indicated", "withdrawn"),
    "facility_review": ("visa", "travel", "records", "declined", "not_indicated", "withdrawn"),
    "visa": ("travel", "facility_review", "declined", "withdrawn"),
    "travel": ("in_japan", "visa", "declined", "withdrawn"),
    "in_japan": ("accepted", "not_indicated", "declined", "withdrawn"),
    "accepted": ("in_treatment", "withdrawn"),
    "in_treatment": ("completed", "withdrawn"),
    "completed": ("follow_up", "closed"),
    "follow_up": ("closed",),
    "declined": ("inquiry", "closed"),
    "not_indicated": ("inquiry", "closed"),
    "withdrawn": ("inquiry", "closed"),
    "closed": (),
}


class TransitionRefused(ValueError):
    """A status change the pipeline does not allow."""

    def __init__(self, current: str, wanted: str) -> None:
        allowed = ", ".join(TRANSITIONS.get(current, ())) or "none"
        super().__init__(f"a case in '{current}' cannot move to '{wanted}' (allowed: {allowed})")
        self.current = current
        self.wanted = wanted


def allowed_next(status: str) -> tuple[str, ...]:
    return TRANSITIONS.get(status, ())


def check_transition(current: str, wanted: str) -> None:
    """Raise TransitionRefused unless `current` may move to `wanted`."""
    if wanted not in STATUSES or wanted not in TRANSITIONS.get(current, ()):
        raise TransitionRefused(current, wanted)


class StatusDateRefused(ValueError):
    """A status change dated before the case's inquiry."""

    def __init__(self, effective: date, inquiry: date) -> None:
        super().__init__(f"a status cannot take effect on {effective.isoformat()}, before the "
                         f"inquiry on {inquiry.isoformat()}")
        self.effective = effective
        self.inquiry = inquiry


def check_status_date(effective: date, inquiry: date) -> None:
    """Raise StatusDateRefused when `effective` is before the inquiry date."""
    if effective < inquiry:
        raise StatusDateRefused(effective, inquiry)


def is_reopening(current: str, wanted: str) -> bool:
    """A case that had ended comes back as an inquiry: the reply promise starts again."""
    return wanted == "inquiry" and current in ENDED


def undo_target(history: list[tuple[str | None, str]]) -> str | None:
    """The status the last change came from, if it can be undone: `history` is the case's
    (from, to) changes, oldest first; the creation (from None) cannot be undone."""
    if not history:
        return None
    before, _after = history[-1]
    return before
