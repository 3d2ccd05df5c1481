"""A case's status pipeline (DESIGN.md) and the one table of allowed transitions.

Forward along the pipeline, one step back where real cases go back (the facility asks for more
records; a visa is refused and travel waits), skipping the visa step when no traveller needs
one, and off the pipeline to declined / not indicated / withdrawn. Declined and withdrawn cases
can be reopened as a new inquiry.
"""

from __future__ import annotations

PIPELINE = ("inquiry", "records", "facility_review", "visa", "travel", "in_japan", "accepted",
            "in_treatment", "completed", "follow_up")
ENDED = ("declined", "not_indicated", "withdrawn")
STATUSES = PIPELINE + ENDED

TRANSITIONS: dict[str, tuple[str, ...]] = {
    "inquiry": ("records", "declined", "not_indicated", "withdrawn"),
    "records": ("facility_review", "inquiry", "declined", "not_indicated", "withdrawn"),
    "facility_review": ("visa", "travel", "records", "declined", "not_indicated", "withdrawn"),
    "visa": ("travel", "facility_review", "declined", "withdrawn"),
    "travel": ("in_japan", "visa", "declined", "withdrawn"),
    "in_japan": ("accepted", "not_indicated", "declined", "withdrawn"),
    "accepted": ("in_treatment", "withdrawn"),
    "in_treatment": ("completed", "withdrawn"),
    "completed": ("follow_up",),
    "follow_up": (),
    "declined": ("inquiry",),
    "not_indicated": (),
    "withdrawn": ("inquiry",),
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
