"""Duplicate persons: is this traveller someone already on file, however the name was written?

Plain domain code (no Qt, no database): `matcher.compare` weighs two persons' names (across
scripts and romanisations), birth dates, passports, nationality, sex, phone and e-mail into a
score with reasons (`reasons.Reason`: a code and its values, and the English sentence);
`blocking.candidate_pairs` finds the pairs worth comparing among many persons without comparing
them all.

The names are loaded on first use (PEP 562): the romanisers (pypinyin, OpenCC, …) take a few
hundred milliseconds to import, and a window that only shows reasons (`persons.reasons`) or
starts up must not wait for them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hirt_desk.persons.blocking import candidate_pairs, find_duplicates
    from hirt_desk.persons.matcher import THRESHOLD, Match, Person, compare, prepare
    from hirt_desk.persons.reasons import Reason

_WHERE = {"candidate_pairs": "blocking", "find_duplicates": "blocking", "THRESHOLD": "matcher",
          "Match": "matcher", "Person": "matcher", "compare": "matcher", "prepare": "matcher",
          "Reason": "reasons"}
__all__ = ["THRESHOLD", "Match", "Person", "Reason", "candidate_pairs", "compare", "find_duplicates",
           "prepare"]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'hirt_desk.persons' has no attribute {name!r}")
    return getattr(importlib.import_module(f"hirt_desk.persons.{_WHERE[name]}"), name)
