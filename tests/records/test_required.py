"""The required records' states follow the documents and the contact log (issue 20, point 3)."""

from __future__ import annotations

import pytest

from hirt_desk.facilities import facility_profile
from hirt_desk.records.required import (
    KINDS,
    ContactFacts,
    DocumentFacts,
    record_states,
    requirements,
)


def _states(site: str, docs: list[DocumentFacts], contacts: list[ContactFacts]) -> dict[str, str]:
    required = requirements(facility_profile("ghmc"), site)
    return {s.kind: s.state for s in record_states(required, docs, contacts)}


def test_ghmc_lists_its_records_and_prostate_notes_psa_and_gleason() -> None:
    common = requirements(facility_profile("ghmc"), "lung")
    prostate = requirements(facility_profile("ghmc"), "prostate")
    assert [r.kind for r in common] == [r.kind for r in prostate]     # the same kinds, once each
    assert {r.kind for r in common} <= set(KINDS)
    notes = {r.kind: r.note_en for r in prostate}
    assert "PSA" in notes["blood_tests"] and "Gleason" in notes["pathology_report"]
    assert "PSA" not in {r.kind: r.note_en for r in common}["blood_tests"]


def test_nothing_yet_is_all_missing() -> None:
    assert set(_states("lung", [], []).values()) == {"missing"}


def test_states_follow_requests_documents_translations_and_sending() -> None:
    ask = ContactFacts("out", "family", kinds=("pathology_report", "blood_tests"))
    states = _states("prostate", [], [ask])
    assert states["pathology_report"] == "requested" and states["blood_tests"] == "requested"
    assert states["referral_letter"] == "missing"

    path = DocumentFacts("d1", "pathology_report")
    states = _states("prostate", [path], [ask])
    assert states["pathology_report"] == "received" and states["blood_tests"] == "requested"

    translation = DocumentFacts("d2", "translation", translation_of="d1")
    assert _states("prostate", [path, translation], [ask])["pathology_report"] == "translated"

    sent = ContactFacts("out", "facility", documents=("d1", "d2"))
    assert _states("prostate", [path, translation], [ask, sent])["pathology_report"] == "sent"


@pytest.mark.parametrize("contact", [
    ContactFacts("in", "family", kinds=("blood_tests",)),          # they told us, we did not ask
    ContactFacts("out", "facility", kinds=("blood_tests",)),       # the facility is not asked for records
    ContactFacts("out", "embassy", kinds=("blood_tests",)),
])
def test_only_an_outgoing_request_to_who_holds_records_is_a_request(contact: ContactFacts) -> None:
    assert _states("lung", [], [contact])["blood_tests"] == "missing"


def test_documents_received_from_the_facility_are_not_sent() -> None:
    doc = DocumentFacts("d1", "referral_letter")
    received = ContactFacts("in", "facility", documents=("d1",))
    assert _states("lung", [doc], [received])["referral_letter"] == "received"


def test_an_unknown_kind_in_a_profile_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown record kind 'xray'"):
        requirements({"code": "x", "required_records": {"all": [{"kind": "xray"}]}}, "lung")
