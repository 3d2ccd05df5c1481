"""The GHMC table (seed 000): common criteria and rows 1-8, each passing, failing and missing."""

from __future__ import annotations

from typing import Any

import pytest

from hirt_desk.rules import get_rule_set, screen, validate_facts
from hirt_desk.rules.engine import Screening
from hirt_desk.rules.ruleset import MORE_LANGUAGES, RuleSet, Text

COMMON = {"measurable": True, "tumor_size_cm": 4.0, "distant_metastasis": False,
          "gi_tract_invasion": False, "spinal_cord_invasion": False, "ecog": 1}

ELIGIBLE: dict[str, dict[str, Any]] = {
    "sarcoma": {"histology": "osteosarcoma", "location": "pelvis", "metal_in_field": False},
    "skull_base": {"histology": "chordoma", "status": "residual"},
    "pancreas": {"histology": "adenocarcinoma", "resectable": False, "ascites": False},
    "liver": {"histology": "hcc", "liver_regions": 1, "child_pugh": "B", "ascites": False},
    "prostate": {"histology": "adenocarcinoma", "tnm": {"t": "T2b", "n": "N0", "m": "M0"},
                 "gleason_histology_confirmed": True, "psa_pre_biopsy": 9.1},
    "lung": {"histology": "nsclc", "stage": "IIA"},
    "rectum": {"histology": "adenocarcinoma", "status": "recurrent",
               "recurrence_site": "pelvic_wall", "gi_distance_mm": 5},
    "oligo_recurrence": {"recurrence_organs": ["lung"], "lesion_count": 1},
}
FRACTIONS = {"sarcoma": [16], "skull_base": [16], "pancreas": [12], "liver": [4, 12],
             "prostate": [12], "lung": [16], "rectum": [16], "oligo_recurrence": [4, 12]}


def run(site: str, **changes: Any) -> Screening:
    facts = {**COMMON, "site": site, **ELIGIBLE.get(site, {}), **changes}
    facts = {k: v for k, v in facts.items() if v is not None}
    return screen(get_rule_set("ghmc"), validate_facts(facts))


def status_of(result: Screening, criterion: str) -> str:
    return next(c.status for c in result.criteria if c.id == criterion)


@pytest.mark.parametrize("site", sorted(ELIGIBLE))
def test_each_row_is_eligible_with_its_schedule(site: str) -> None:
    result = run(site)
    assert result.verdict == "eligible", [(c.id, c.status) for c in result.criteria]
    assert result.fractions == FRACTIONS[site]
    assert all(c.status == "met" for c in result.criteria)


@pytest.mark.parametrize("site", sorted(ELIGIBLE))
def test_every_row_has_the_common_criteria_first_in_table_order(site: str) -> None:
    ids = [c.id for c in run(site).criteria]
    assert ids[:7] == ["common.measurable", "common.max_size", "common.no_metastasis",
                       "common.no_gi_invasion", "common.no_cord_invasion",
                       "common.performance_status", "indication.site"]
    assert all(i.split(".")[0] in (site, "oligo") for i in ids[7:])


@pytest.mark.parametrize(("fact", "value", "criterion"), [
    ("measurable", False, "common.measurable"),
    ("distant_metastasis", True, "common.no_metastasis"),
    ("gi_tract_invasion", True, "common.no_gi_invasion"),
    ("spinal_cord_invasion", True, "common.no_cord_invasion"),
])
def test_common_criteria_fail(fact: str, value: Any, criterion: str) -> None:
    result = run("lung", **{fact: value})
    assert result.verdict == "ineligible"
    assert status_of(result, criterion) == "failed"


@pytest.mark.parametrize(("size", "verdict"), [(12.0, "eligible"), (12.1, "ineligible"),
                                               (0.5, "eligible")])
def test_size_boundary(size: float, verdict: str) -> None:
    assert run("prostate", tumor_size_cm=size).verdict == verdict


@pytest.mark.parametrize(("ecog", "verdict"), [(0, "eligible"), (2, "eligible"),
                                               (3, "ineligible"), (5, "ineligible")])
def test_performance_status_boundary(ecog: int, verdict: str) -> None:
    assert run("liver", ecog=ecog).verdict == verdict


@pytest.mark.parametrize("fact", sorted(COMMON))
def test_missing_common_fact_needs_info(fact: str) -> None:
    result = run("pancreas", **{fact: None})
    assert result.verdict == "needs_info"
    assert result.missing == (fact,)


def test_failed_criterion_decides_even_with_missing_facts() -> None:
    result = run("liver", child_pugh="C", ascites=None, ecog=None)
    assert result.verdict == "ineligible"
    assert set(result.missing) == {"ascites", "ecog"}


# -- row by row ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("site", "changes", "criterion", "status"), [
    # 1 sarcoma
    ("sarcoma", {"location": "extremity"}, "sarcoma.location", "failed"),
    ("sarcoma", {"metal_in_field": True}, "sarcoma.no_metal", "failed"),
    ("sarcoma", {"histology": "angiosarcoma"}, "sarcoma.histology", "review"),
    ("sarcoma", {"histology": "synovial_sarcoma"}, "sarcoma.histology", "met"),
    # 2 skull base
    ("skull_base", {"status": "primary", "resectable": True}, "skull_base.status", "failed"),
    ("skull_base", {"status": "primary", "resectable": False}, "skull_base.status", "met"),
    ("skull_base", {"status": "inoperable"}, "skull_base.status", "met"),
    ("skull_base", {"histology": "meningioma"}, "skull_base.histology", "review"),
    # 3 pancreas
    ("pancreas", {"resectable": True}, "pancreas.unresectable", "failed"),
    ("pancreas", {"ascites": True}, "pancreas.no_ascites", "failed"),
    # 4 liver
    ("liver", {"child_pugh": "C"}, "liver.child_pugh", "failed"),
    ("liver", {"child_pugh": "A"}, "liver.child_pugh", "met"),
    ("liver", {"liver_regions": 2}, "liver.single_region", "failed"),
    ("liver", {"ascites": True}, "liver.no_ascites", "failed"),
    ("liver", {"histology": "cholangiocarcinoma"}, "liver.histology", "met"),
    ("liver", {"histology": "adenocarcinoma"}, "liver.histology", "failed"),
    # 5 prostate
    ("prostate", {"tnm": {"t": "T1b", "n": "N0", "m": "M0"}}, "prostate.t_stage", "failed"),
    ("prostate", {"tnm": {"t": "T4", "n": "N0", "m": "M0"}}, "prostate.t_stage", "failed"),
    ("prostate", {"tnm": {"t": "T3b", "n": "N1", "m": "M0"}}, "prostate.n0", "failed"),
    ("prostate", {"tnm": {"t": "T2", "n": "N0", "m": "M1b"}}, "prostate.m0", "failed"),
    ("prostate", {"gleason_histology_confirmed": False}, "prostate.gleason_confirmed", "failed"),
    ("prostate", {"tnm": {"t": "T1", "n": "N0", "m": "M0"}}, "prostate.t_stage", "review"),
    # 6 lung
    ("lung", {"histology": "sclc"}, "lung.nsclc", "failed"),
    ("lung", {"histology": "squamous_cell_carcinoma"}, "lung.nsclc", "met"),
    ("lung", {"histology": "carcinoid"}, "lung.nsclc", "review"),
    ("lung", {"stage": "IVA"}, "lung.stage", "failed"),
    ("lung", {"stage": "IIIC"}, "lung.stage", "met"),
    # 7 rectum
    ("rectum", {"recurrence_site": "anastomosis"}, "rectum.recurrence_site", "failed"),
    ("rectum", {"recurrence_site": "lymph_node"}, "rectum.recurrence_site", "met"),
    ("rectum", {"recurrence_site": "presacral"}, "rectum.recurrence_site", "review"),
    ("rectum", {"status": "primary"}, "rectum.recurrent", "failed"),
    ("rectum", {"gi_distance_mm": 2}, "rectum.gi_distance", "failed"),
    ("rectum", {"gi_distance_mm": 3}, "rectum.gi_distance", "met"),
    # 8 oligo recurrence
    ("oligo_recurrence", {"recurrence_organs": ["liver", "lymph_node"]}, "oligo.organs", "met"),
    ("oligo_recurrence", {"recurrence_organs": ["bone"]}, "oligo.organs", "failed"),
    ("oligo_recurrence", {"lesion_count": 2}, "oligo.isolated", "review"),
    ("oligo_recurrence", {"lesion_count": 5}, "oligo.isolated", "failed"),
])
def test_row_criteria(site: str, changes: dict[str, Any], criterion: str, status: str) -> None:
    result = run(site, **changes)
    assert status_of(result, criterion) == status
    expected = {"met": "eligible", "failed": "ineligible", "review": "review"}[status]
    assert result.verdict == expected


@pytest.mark.parametrize(("site", "fact"), [
    ("sarcoma", "location"), ("sarcoma", "metal_in_field"), ("sarcoma", "histology"),
    ("skull_base", "status"), ("pancreas", "ascites"), ("pancreas", "resectable"),
    ("liver", "child_pugh"), ("liver", "liver_regions"), ("prostate", "tnm"),
    ("prostate", "psa_pre_biopsy"), ("prostate", "gleason_histology_confirmed"),
    ("lung", "stage"), ("lung", "histology"), ("rectum", "recurrence_site"),
    ("rectum", "gi_distance_mm"), ("oligo_recurrence", "lesion_count"),
    ("oligo_recurrence", "recurrence_organs"),
])
def test_row_missing_fact_needs_info(site: str, fact: str) -> None:
    result = run(site, **{fact: None})
    assert result.verdict == "needs_info"
    assert fact in result.missing


def test_skull_base_primary_tumor_needs_resectability() -> None:
    result = run("skull_base", status="primary")
    assert result.verdict == "needs_info"
    assert result.missing == ("resectable",)


def test_lung_schedule_follows_stage() -> None:
    assert run("lung", stage="IA2").fractions == [4]
    assert run("lung", stage="IB").schedule_text() == "4 fractions in 1 week"
    assert run("lung", stage="IIIA").fractions == [16]
    assert run("lung", stage="II").schedule_text("ja") == "4週間で16回"


def test_liver_offers_both_schedules_and_notes_tace() -> None:
    result = run("liver", prior_tace=True)
    assert result.schedule_text() == ("4 fractions in 1 week, or 12 fractions in 3 weeks "
                                      "(in case of a close margin to the GI tract)")
    assert [n.en for n in result.notes] == ["A recurrent tumor after TACE is within the indication"]
    assert run("liver").notes == ()


def test_recommendations_come_back_as_notes() -> None:
    assert "GEM or S1" in run("pancreas").notes[0].en
    assert "Androgen deprivation" in run("prostate").notes[0].en
    assert "ホルモン療法" in run("prostate").notes[0].ja


def test_site_not_in_table_goes_to_review_with_reason() -> None:
    result = run("thyroid")
    assert result.verdict == "review"
    assert result.fractions == []
    site = next(c for c in result.criteria if c.id == "indication.site")
    assert site.status == "review"
    assert "'thyroid' is not a site of the table" in site.text.en


def test_review_text_says_why() -> None:
    result = run("sarcoma", histology="Clear cell sarcoma")
    text = next(c.text for c in result.criteria if c.id == "sarcoma.histology")
    assert "'clear_cell_sarcoma' is not named" in text.en
    assert "clear_cell_sarcoma" in text.ja
    assert text.get("zh_Hans").endswith("“clear_cell_sarcoma”未被明确列出，是否属于“等”需由医师判断")
    assert text.get("zh_Hant").startswith("組織學類型：")


def test_schedule_in_chinese() -> None:
    result = run("lung")
    assert result.schedule_text("zh_Hans") == "4周16次"
    assert result.schedule_text("zh_Hant") == "4週16次"
    liver = run("liver")
    assert liver.schedule_text("zh_Hans") == "1周4次，或3周12次（肿瘤与消化道距离较近时）"


def test_missing_site_needs_info() -> None:
    result = screen(get_rule_set("ghmc"), validate_facts(COMMON))
    assert result.verdict == "needs_info"
    assert result.missing == ("site",)


def test_result_records_rule_set_id_and_version() -> None:
    out = run("lung").to_json()
    rules = get_rule_set("ghmc")
    assert out["rule_set"] == {"id": "ghmc", "version": rules.version}
    assert rules.version


# Row 1 of the seed table: "Location: Head & neck, thoracic region, spinal/paraspinal region,
# retroperitoneal region, pelvis". Each of them is in the rule file, and nothing else.
SARCOMA_LOCATIONS = ("head_neck", "thoracic", "spinal_paraspinal", "retroperitoneal", "pelvis")


@pytest.mark.parametrize("location", SARCOMA_LOCATIONS)
def test_every_sarcoma_location_the_table_names_is_eligible(location: str) -> None:
    result = run("sarcoma", location=location)
    assert status_of(result, "sarcoma.location") == "met"
    assert result.verdict == "eligible" and result.fractions == [16]


@pytest.mark.parametrize("location", ["extremity", "abdominal_wall"])
def test_a_sarcoma_elsewhere_is_not(location: str) -> None:
    result = run("sarcoma", location=location)
    assert status_of(result, "sarcoma.location") == "failed"
    assert result.verdict == "ineligible"


def test_the_form_offers_every_sarcoma_location_of_the_table() -> None:
    from hirt_desk.rules.facts import FACTS_BY_NAME
    assert set(SARCOMA_LOCATIONS) <= set(FACTS_BY_NAME["location"].choices)


# Row 8: "recurrence in lymph node, liver or lung" (subset_of): some organ must be named.

@pytest.mark.parametrize(("organs", "status"), [
    (["lymph_node"], "met"), (["liver"], "met"), (["lung"], "met"),
    (["lymph_node", "liver", "lung"], "met"), (["lung", "bone"], "failed"), ([], "failed"),
], ids=["lymph_node", "liver", "lung", "all-three", "with-bone", "none"])
def test_oligo_recurrence_organs(organs: list[str], status: str) -> None:
    result = run("oligo_recurrence", recurrence_organs=organs)
    assert status_of(result, "oligo.organs") == status
    assert result.verdict == ("eligible" if status == "met" else "ineligible")


def test_schedule_in_korean_vietnamese_and_russian() -> None:
    liver = run("liver")
    assert liver.schedule_text("ko") == "1주간 4회 또는 3주간 12회 (소화관과의 거리가 가까운 경우)"
    assert liver.schedule_text("vi") == ("4 lần trong 1 tuần, hoặc 12 lần trong 3 tuần "
                                         "(khi khối u nằm gần đường tiêu hóa)")
    assert liver.schedule_text("ru") == ("4 фракции за 1 неделю или 12 фракций за 3 недели "
                                         "(при близком расположении к ЖКТ)")
    assert run("lung", stage="II").schedule_text("ru") == "16 фракций за 4 недели"


def all_texts(rules: RuleSet) -> list[Text]:
    """Every text of the table the window shows: criteria and their review reasons, rows' titles,
    notes and schedule notes."""
    criteria = [rules.site, *rules.common]
    texts: list[Text] = []
    for row in rules.indications.values():
        criteria += row.criteria
        texts += [row.title, *(n.text for n in row.notes), *(o.note for o in row.schedule if o.note)]
    for c in criteria:
        texts += [c.text, *([c.review_text] if c.review_text else [])]
    return texts


def test_every_text_of_the_table_is_in_every_window_language() -> None:
    texts = all_texts(get_rule_set("ghmc"))
    assert len(texts) > 40
    untranslated = [(t.en, lang) for t in texts for lang in MORE_LANGUAGES
                    if lang not in dict(t.more) or t.get(lang) == t.en]
    assert untranslated == []
