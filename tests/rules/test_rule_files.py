"""A broken rule file is refused with a message naming the file and the place."""

from __future__ import annotations

from pathlib import Path

import pytest

from hirt_desk.rules import get_rule_set
from hirt_desk.rules.ruleset import RuleSetError, load_rule_set

GOOD = Path(__file__).resolve().parents[2] / "resources" / "rules" / "ghmc.toml"


def broken(tmp_path: Path, old: str, new: str) -> Path:
    text = GOOD.read_text("utf-8")
    assert old in text
    path = tmp_path / "ghmc.toml"
    path.write_text(text.replace(old, new, 1), "utf-8")
    return path


@pytest.mark.parametrize(("old", "new", "message"), [
    ('test = { fact = "ecog", le = 2 }', 'test = { fact = "ecgo", le = 2 }', "unknown fact 'ecgo'"),
    ('test = { fact = "ecog", le = 2 }', 'test = { fact = "ecog", lte = 2 }', "bad operator"),
    ('id = "common.max_size"', 'id = "common.measurable"', "criterion 'common.measurable': duplicate id"),
    ('schedule = [{ fractions = 12, weeks = 3 }]\nnotes = [{ en = "Concurrent',
     'schedule = []\nnotes = [{ en = "Concurrent', "indication 'pancreas': a schedule with no fractions"),
    ("fractions = 16, weeks = 4 }]", "fractions = 0, weeks = 4 }]", "fractions"),
    ('test = { fact = "ecog", le = 2 }', 'test = { fact = "ecog", le = "two" }', "must be an integer"),
    ('test = { fact = "child_pugh", in = ["A", "B"] }', 'test = { fact = "child_pugh", in = ["A", "E"] }',
     "must be one of"),
    ('between = ["T1c", "T3"]', 'between = ["T1c", "T7"]', "'T7' is not a T category"),
    ('version = "', 'vers = "', "needs 'version'"),
    ('ja = "全身状態 PS 0〜2"', 'jp = "x"', "needs texts"),
    ('zh_Hans = "体能状态 PS 0–2"', 'zh_Hans = 2', "'zh_Hans' must be a text"),
    ("[[common]]\nid", "[[common]\nid", "line"),
])
def test_broken_file_is_refused(tmp_path: Path, old: str, new: str, message: str) -> None:
    path = broken(tmp_path, old, new)
    with pytest.raises(RuleSetError) as err:
        load_rule_set(path)
    assert str(path) in str(err.value)
    assert message in str(err.value)


def test_the_shipped_file_loads_with_every_row() -> None:
    rules = get_rule_set("ghmc")
    assert sorted(rules.indications) == ["liver", "lung", "oligo_recurrence", "pancreas",
                                         "prostate", "rectum", "sarcoma", "skull_base"]
    assert len(rules.common) == 6


def test_unknown_rule_set_names_the_known_ones() -> None:
    with pytest.raises(RuleSetError, match="unknown rule set 'qst'.*ghmc"):
        get_rule_set("qst")


def test_a_second_facility_is_just_another_file(tmp_path: Path) -> None:
    text = GOOD.read_text("utf-8").replace('id = "ghmc"', 'id = "other"', 1)
    text = text.replace('{ fact = "ecog", le = 2 }', '{ fact = "ecog", le = 1 }')
    (tmp_path / "other.toml").write_text(text, "utf-8")
    other = load_rule_set(tmp_path / "other.toml")
    from hirt_desk.rules import screen, validate_facts
    facts = validate_facts({"ecog": 2})
    ps = "common.performance_status"
    assert next(c for c in screen(other, facts).criteria if c.id == ps).status == "failed"
    assert next(c for c in screen(get_rule_set(), facts).criteria
                if c.id == "common.performance_status").status == "met"


@pytest.mark.parametrize("op", ["subset_of", "in", "not_in"])
def test_an_empty_list_of_values_is_refused(tmp_path: Path, op: str) -> None:
    path = broken(tmp_path, 'subset_of = ["lymph_node", "liver", "lung"]', f"{op} = []")
    with pytest.raises(RuleSetError, match=f"criterion 'oligo.organs': '{op}' for 'recurrence_organs' "
                                           "needs a list"):
        load_rule_set(path)


def test_the_facts_each_site_uses_come_from_the_file(tmp_path: Path) -> None:
    rules = get_rule_set("ghmc")
    assert rules.common_facts == ("measurable", "tumor_size_cm", "distant_metastasis",
                                  "gi_tract_invasion", "spinal_cord_invasion", "ecog")
    assert rules.site_facts("pancreas") == ("resectable", "ascites")
    assert set(rules.site_facts("prostate")) == {"tnm.t", "tnm.n", "tnm.m",
                                                 "gleason_histology_confirmed", "psa_pre_biopsy"}
    assert rules.site_facts("bladder") == () and rules.site_facts(None) == ()
    # a second facility's table asks for what its own rows test, with no code changed
    path = broken(tmp_path, 'test = { fact = "ascites", is = false }',
                  'test = { all = [{ fact = "ascites", is = false }, { fact = "child_pugh", eq = "A" }] }')
    assert load_rule_set(path).site_facts("pancreas") == ("resectable", "ascites", "child_pugh")


def test_texts_in_more_languages_are_read_and_english_is_the_fallback(tmp_path: Path) -> None:
    rules = get_rule_set("ghmc")
    ps = next(c for c in rules.common if c.id == "common.performance_status")
    assert ps.text.get("zh_Hans") == "体能状态 PS 0–2" and ps.text.get("zh_Hant") == "體能狀態 PS 0–2"
    assert ps.text.get("ja") == "全身状態 PS 0〜2" and ps.text.get("en") == "Performance status 0-2"
    assert ps.text.get("ko") == "전신 상태(PS) 0–2"
    assert ps.text.get("th") == "Performance status 0-2"           # not in the file: English
    # every text of the shipped file is in every language of the window
    texts = [rules.site.text, *(c.text for c in rules.common)]
    for row in rules.indications.values():
        texts += [row.title, *(c.text for c in row.criteria), *(n.text for n in row.notes)]
        texts += [o.note for o in row.schedule if o.note is not None]
    assert all({tag for tag, _ in t.more} == {"zh_Hans", "zh_Hant", "ko", "vi", "ru"} for t in texts)
    # a file with English and Japanese only still loads
    text = GOOD.read_text("utf-8")
    plain = "".join(line for line in text.splitlines(keepends=True) if "zh_Han" not in line)
    (tmp_path / "plain.toml").write_text(plain, "utf-8")
    assert load_rule_set(tmp_path / "plain.toml").common[0].text.get("zh_Hans") == "Measurable tumor"
