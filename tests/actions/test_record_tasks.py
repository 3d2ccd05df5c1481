"""The records tasks follow the facility's required records: the missing ones are proposed to be
requested, complete records to be sent to the facility; and the timeline shows the contact log
and the documents added among the rest."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from hirt_desk.actions.cases import PatientData, create_case, screen_case
from hirt_desk.actions.documents import attach, log_contact
from hirt_desk.actions.tasks import answer_proposal, proposals
from hirt_desk.actions.timeline import case_timeline
from tests.document_files import pdf

ALL = ("referral_letter", "medical_summary", "pathology_report", "imaging_report", "imaging_images",
       "blood_tests")


def test_missing_records_requested_then_complete_records_sent(database: Path, tmp_path: Path) -> None:
    case = create_case(PatientData("WANG", "WEI", "王伟", nationality="CN"), inquiry_date=date(2026, 11, 2))
    screen_case(case.id, {"site": "prostate"})
    request, = [p for p in proposals(case.id) if p.kind == "records_request"]
    assert (request.due, request.detail) == (date(2026, 11, 5), ", ".join(ALL))   # 3 days after the inquiry
    # the son is asked on WeChat for the pathology report and the PSA: the rest is still missing
    log_contact(case.id, direction="out", channel="wechat", party="family", summary="Please send the biopsy "
                "report and the PSA", kinds=["pathology_report", "blood_tests"])
    request, = [p for p in proposals(case.id) if p.kind == "records_request"]
    assert request.detail == "referral_letter, medical_summary, imaging_report, imaging_images"
    # everything comes in: send it to the facility, 2 days after the last one came
    docs = [d for kind in ALL for d in attach(case.id, [pdf(tmp_path / f"{kind}.pdf")], kind)]
    assert [p.kind for p in proposals(case.id)] == ["reply", "records_send"]
    send, = [p for p in proposals(case.id) if p.kind == "records_send"]
    assert send.due == max(d.created for d in docs).date() + timedelta(days=2)
    log_contact(case.id, direction="out", channel="email", party="facility", summary="Records for review",
                documents=[d.id for d in docs])
    assert [p.kind for p in proposals(case.id)] == ["reply"]
    # an accepted proposal is a task; the same proposal is not made again
    reply, = proposals(case.id)
    answer_proposal(case.id, replace(reply), "Reply to the inquiry", accept=False)
    assert proposals(case.id) == []
    kinds = [e.kind for e in case_timeline(case.id)]
    assert kinds[:2] == ["task", "contact"] and kinds.count("document") == 6 and kinds.count("contact") == 2
    contact = next(e for e in case_timeline(case.id) if e.kind == "contact" and e.new == "out"
                   and e.party == "family")
    assert (contact.old, contact.text) == ("wechat", "Please send the biopsy report and the PSA")
