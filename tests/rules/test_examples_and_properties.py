"""The screening examples (tests/fixtures/screening, copied from the contract's examples), and
properties over random facts (hypothesis)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hirt_desk.rules import FACTS, FactError, get_rule_set, screen, validate_facts

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "screening").glob("*.json"))


def test_examples_are_there() -> None:
    assert len(EXAMPLES) >= 6


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_screening_example(path: Path) -> None:
    example = json.loads(path.read_text("utf-8"))
    result = screen(get_rule_set(), validate_facts(example["facts"])).to_json()
    assert result["verdict"] == example["verdict"]
    for key in ("fractions", "missing"):
        if key in example:
            assert result[key] == example[key]


def _value(fact: Any) -> st.SearchStrategy[Any]:
    kind = fact.kind
    if kind == "bool":
        return st.booleans()
    if kind == "number":
        return st.floats(min_value=0, max_value=fact.maximum or 100, allow_nan=False)
    if kind == "int":
        return st.integers(min_value=int(fact.minimum or 0), max_value=int(fact.maximum or 10))
    if kind == "text_list":
        return st.lists(st.sampled_from(fact.choices + ("brain",)), max_size=3)
    if fact.choices:
        return st.sampled_from(fact.choices + (("other_thing",) if kind == "text" else ()))
    return st.text(min_size=1, max_size=8)


FACT_DICTS = st.fixed_dictionaries({}, optional={f.name: _value(f) for f in FACTS})
ANYTHING = st.dictionaries(st.sampled_from([f.root for f in FACTS]),
                           st.one_of(st.none(), st.booleans(), st.integers(), st.floats(),
                                     st.text(max_size=5), st.lists(st.text(max_size=3), max_size=2),
                                     st.dictionaries(st.sampled_from("tnmx"), st.text(max_size=4))))


@settings(max_examples=400, deadline=None)
@given(FACT_DICTS)
def test_verdict_always_agrees_with_criteria(facts: dict[str, Any]) -> None:
    result = screen(get_rule_set(), validate_facts(facts))
    statuses = [c.status for c in result.criteria]
    assert set(statuses) <= {"met", "failed", "unknown", "review"}
    if "failed" in statuses:
        assert result.verdict == "ineligible"
    elif "unknown" in statuses:
        assert result.verdict == "needs_info"
        assert result.missing
    elif "review" in statuses:
        assert result.verdict == "review"
    else:
        assert result.verdict == "eligible"
        assert result.fractions
    assert set(result.missing) == {m for c in result.criteria if c.status == "unknown" for m in c.missing}
    json.dumps(result.to_json())


@settings(max_examples=400, deadline=None)
@given(ANYTHING)
def test_random_input_never_crashes(raw: dict[str, Any]) -> None:
    try:
        facts = validate_facts(raw)
    except FactError as exc:
        assert exc.field.split(".")[0] in raw
        return
    screen(get_rule_set(), facts)
