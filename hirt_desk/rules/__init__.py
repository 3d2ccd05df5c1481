"""Indication rules: facility tables as data (resources/rules/*.toml) and the engine that applies
them. No Qt, no database: plain values in, plain values out."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from hirt_desk.paths import resources_dir
from hirt_desk.rules.engine import Screening, screen
from hirt_desk.rules.facts import FACTS, FACTS_BY_NAME, FactError, validate_facts
from hirt_desk.rules.ruleset import RuleSet, RuleSetError, load_rule_set

DEFAULT_RULE_SET = "ghmc"

__all__ = ["DEFAULT_RULE_SET", "FACTS", "FACTS_BY_NAME", "FactError", "RuleSet", "RuleSetError",
           "Screening", "available_rule_sets", "get_rule_set", "load_rule_set", "screen",
           "validate_facts"]


def rules_dir() -> Path:
    return resources_dir() / "rules"


def available_rule_sets() -> list[str]:
    return sorted(p.stem for p in rules_dir().glob("*.toml"))


@cache
def get_rule_set(rule_set_id: str = DEFAULT_RULE_SET) -> RuleSet:
    """The rule set with this id, loaded and checked once per process."""
    if rule_set_id not in available_rule_sets():     # never a path from what was typed
        known = ", ".join(available_rule_sets()) or "none"
        raise RuleSetError(f"unknown rule set '{rule_set_id}' (known: {known})")
    path = rules_dir() / f"{rule_set_id}.toml"
    if not path.is_file():
        known = ", ".join(available_rule_sets()) or "none"
        raise RuleSetError(f"unknown rule set '{rule_set_id}' (known: {known})")
    rules = load_rule_set(path)
    if rules.id != rule_set_id:
        raise RuleSetError(f"{path}: id '{rules.id}' does not match the file name")
    return rules
