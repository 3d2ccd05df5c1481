"""Duplicate persons: is this traveller someone already on file, however the name was written?

Plain domain code (no Qt, no database): `matcher.compare` weighs two persons' names (across
scripts and romanisations), birth dates, passports, nationality, sex, phone and e-mail into a
score with reasons (`reasons.Reason`: a code and its values, and the English sentence);
`blocking.candidate_pairs` finds the pairs worth comparing among many persons without comparing
them all.
"""

from hirt_desk.persons.blocking import candidate_pairs, find_duplicates
from hirt_desk.persons.matcher import THRESHOLD, Match, Person, compare, prepare
from hirt_desk.persons.reasons import Reason

__all__ = ["THRESHOLD", "Match", "Person", "Reason", "candidate_pairs", "compare", "find_duplicates",
           "prepare"]
