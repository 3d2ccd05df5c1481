"""Documents and the contact log travel laptop <-> office with their bytes (issue 20): the bytes
of a laptop's cases are copied at checkout, a laptop's new ones pushed before the records that
point to them, the office's new ones pulled; the laptop's copies are encrypted like its database;
edits to a document merge field by field."""

from __future__ import annotations

from pathlib import Path

from tests import document_files as files
from tests.sync.conftest import Office


def _docs(office: Office, case: str, where: str) -> dict[str, dict[str, object]]:
    run = office.office if where == "office" else office.on_laptop
    return {d["name"]: d for d in office.ok(run("documents", case))["documents"]}


def test_a_document_and_its_bytes_travel_both_ways(office: Office, tmp_path: Path) -> None:
    case = office.new_case(**{"facts.site": "prostate"})
    letter = files.pdf(tmp_path / "letter.pdf", "Referral")
    office.ok(office.office("attach", case["id"], str(letter), "--kind", "referral_letter"))
    office.checkout(case["id"])
    # checked out: the office's document is on the laptop, its bytes encrypted beside the database
    on_laptop = _docs(office, case["id"], "laptop")
    assert on_laptop["letter.pdf"]["state"] == "ok"
    sha = str(on_laptop["letter.pdf"]["sha256"])
    stored = Path(office.laptop + ".files") / sha[:2] / sha[2:]
    assert stored.exists() and letter.read_bytes()[:64] not in stored.read_bytes()
    out = tmp_path / "back.pdf"
    office.ok(
        office.on_laptop(
            "documents", case["id"], "--export", str(on_laptop["letter.pdf"]["id"]), "--out", str(out)
        )
    )
    assert out.read_bytes() == letter.read_bytes()

    # attached on the laptop (a folder: an imaging CD) -> pushed with its bytes
    cd = files.imaging_cd(tmp_path / "CD")
    office.ok(office.on_laptop("attach", case["id"], str(cd), "--kind", "imaging_images"))
    # attached in the office meanwhile -> pulled with its bytes
    path = files.pdf(tmp_path / "path.pdf", "Gleason 4+3")
    office.ok(office.office("attach", case["id"], str(path), "--kind", "pathology_report"))
    office.sync()
    for where in ("office", "laptop"):
        docs = _docs(office, case["id"], where)
        assert sorted(docs) == ["CD", "letter.pdf", "path.pdf"], where
        assert {d["state"] for d in docs.values()} == {"ok"}, where
        # who added each: the office's login, and the laptop's carried as the laptop recorded it
        assert (docs["path.pdf"]["by"], docs["CD"]["by"]) == (office.olga, office.lena), where
        required = office.ok(
            (office.office if where == "office" else office.on_laptop)("documents", case["id"])
        )
        states = {r["kind"]: r["state"] for r in required["required"]}
        assert states["imaging_images"] == states["pathology_report"] == "received", where
    out = tmp_path / "cd.zip"
    office.ok(
        office.office(
            "documents",
            case["id"],
            "--export",
            str(_docs(office, case["id"], "office")["CD"]["id"]),
            "--out",
            str(out),
        )
    )
    import zipfile

    with zipfile.ZipFile(out) as z:
        assert z.read("DICOM/ST1/IM00001") == (cd / "DICOM" / "ST1" / "IM00001").read_bytes()


def test_contacts_travel_and_document_edits_merge_field_by_field(office: Office, tmp_path: Path) -> None:
    from hirt_desk.actions.documents import case_records, edit_document, log_contact
    from tests.sync.conftest import on

    case = office.new_case()
    office.ok(office.office("attach", case["id"], str(files.pdf(tmp_path / "p.pdf")), "--kind", "other"))
    office.checkout(case["id"])
    doc = next(iter(_docs(office, case["id"], "office").values()))
    with on(office.laptop):
        edit_document(case["id"], str(doc["id"]), {"language": "zh-Hans"}, user=office.lena)
        log_contact(
            case["id"],
            direction="in",
            channel="wechat",
            party="family",
            summary="the son sent the pathology report",
            user=office.lena,
        )
    with on(office.url):
        edit_document(case["id"], str(doc["id"]), {"kind": "pathology_report"}, user=office.olga)
    assert office.sync()["conflicts"] == 0
    for where in (office.url, office.laptop):
        with on(where):
            records = case_records(case["id"])
            (shown,) = records.documents
            assert (shown.kind, shown.language) == ("pathology_report", "zh-Hans")
            assert [(c.channel, c.party, c.summary) for c in records.contacts] == [
                ("wechat", "family", "the son sent the pathology report")
            ]


def test_a_case_handed_back_leaves_no_document_bytes_on_the_laptop(office: Office, tmp_path: Path) -> None:
    first, second = office.new_case("NGUYEN"), office.new_case("TRAN")
    shared = files.pdf(tmp_path / "shared.pdf", "the same file in both cases")
    own = files.pdf(tmp_path / "own.pdf", "only in the first case")
    office.ok(office.office("attach", first["id"], str(shared), str(own), "--kind", "other"))
    office.ok(office.office("attach", second["id"], str(shared), "--kind", "other"))
    office.checkout(first["id"], second["id"])
    stored = Path(office.laptop + ".files")
    assert len([p for p in stored.rglob("*") if p.is_file()]) == 2
    office.ok(office.on_laptop("checkin", first["number"]))
    left = [p.parent.name + p.name for p in stored.rglob("*") if p.is_file()]
    assert left == [_docs(office, second["id"], "laptop")["shared.pdf"]["sha256"]]
