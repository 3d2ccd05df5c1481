from __future__ import annotations

import json
from pathlib import Path

import pytest

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "screening").glob("*.json"))


def test_array_in_array_out_same_order(cli) -> None:  # type: ignore[no-untyped-def]
    cases = [json.loads(p.read_text("utf-8")) for p in EXAMPLES]
    assert len(cases) >= 6, "the screening examples are missing from tests/fixtures/screening"
    res = cli("screen", "-", stdin=json.dumps([c["facts"] for c in cases]))
    assert res.code == 0, res.err
    out = res.json()
    assert [r["verdict"] for r in out] == [c["verdict"] for c in cases]
    for r in out:
        assert set(r) >= {"verdict", "fractions", "schedule", "missing", "criteria", "rule_set"}
        assert r["rule_set"]["id"] == "ghmc" and r["rule_set"]["version"]
        assert all(set(c) == {"id", "text", "status"} for c in r["criteria"])
        if r["verdict"] == "eligible":
            assert r["fractions"] and r["schedule"]
        if r["verdict"] == "needs_info":
            assert r["missing"]


def test_object_from_file(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    facts = tmp_path / "f.json"
    facts.write_text(json.dumps(json.loads(EXAMPLES[0].read_text())["facts"]))
    res = cli("screen", str(facts), "--rules", "ghmc")
    assert res.code == 0
    assert isinstance(res.json(), dict)
    assert res.json()["criteria"][1] == {"id": "common.max_size", "text": "Measurable tumor, max 12 cm",
                                         "status": "met"}


def test_stdin_without_dash(cli) -> None:  # type: ignore[no-untyped-def]
    res = cli("screen", stdin='{"site": "lung"}')
    assert res.code == 0
    assert res.json()["verdict"] == "needs_info"


@pytest.mark.parametrize(("stdin", "args", "names"), [
    ('{"ecog": "zero"}', (), "ecog"),
    ('[{}, {"tnm": {"t": "T9"}}]', (), "input[1]: tnm.t"),
    ("{nope", (), "not valid JSON"),
    ("[1, 2]", (), "input[0]"),
    ('{"tumor_size_cm": NaN}', (), "not valid JSON"),
    ("{}", ("--rules", "qst"), "unknown rule set 'qst'"),
])
def test_bad_input_exit_2_one_line_nothing_on_stdout(  # type: ignore[no-untyped-def]
        cli, stdin: str, args: tuple[str, ...], names: str) -> None:
    res = cli("screen", "-", *args, stdin=stdin)
    assert res.code == 2
    assert res.out == ""
    assert len(res.err.strip().splitlines()) == 1
    assert names in res.err
    assert "Traceback" not in res.err


def test_missing_file_is_a_clear_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("screen", str(tmp_path / "nope.json"))
    assert res.code == 2 and "cannot read" in res.err and res.out == ""


def test_screen_needs_no_database(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("--db", str(tmp_path / "never.sqlite"), "screen", stdin="{}")
    assert res.code == 0
    assert not (tmp_path / "never.sqlite").exists()
