"""`attach` and `documents` (cli.md "Records and the day's work"): every file type stored and
exported byte for byte, stored once, required records following them; bad input refused in one
line with nothing stored (issue 20)."""

from __future__ import annotations

import errno
import hashlib
from pathlib import Path
from typing import Any

import pytest

from tests import document_files as files
from tests.cli.conftest import db_digest


def ok(result: Any) -> Any:
    assert result.code == 0, (result.code, result.out, result.err)
    return result.json()


def refused(result: Any, text: str) -> None:
    assert result.code == 2, (result.code, result.out, result.err)
    assert result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and text in lines[0], result.err


def new_case(run_main, db: str, *extra: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    case = ok(
        run_main(
            "--db",
            db,
            "case",
            "new",
            "--surname",
            "WANG",
            "--given",
            "WEI",
            "--nationality",
            "CN",
            "--birth",
            "1961-03-14",
        )
    )
    ok(run_main("--db", db, "case", "set", case["id"], "facts.site=prostate", *extra))
    return dict(case)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_file_type_attached_listed_and_exported_byte_for_byte(
    run_main, db_arg: str, tmp_path: Path, qapp: Any
) -> None:
    case = new_case(run_main, db_arg)
    made = {
        "report.pdf": files.pdf(tmp_path / "report.pdf"),
        "scan.png": files.image(tmp_path / "scan.png", "PNG"),
        "scan.jpg": files.image(tmp_path / "scan.jpg", "JPEG"),
        "scan.tiff": files.image(tmp_path / "scan.tiff", "TIFF"),
        "slice.dcm": files.dicom(tmp_path / "slice.dcm"),
    }
    attached = ok(
        run_main(
            "--db", db_arg, "attach", case["number"], *map(str, made.values()), "--kind", "imaging_report"
        )
    )
    assert [a["name"] for a in attached] == list(made)
    assert all(a["kind"] == "imaging_report" for a in attached)
    assert [a["sha256"] for a in attached] == [sha(p) for p in made.values()]
    assert [a["size"] for a in attached] == [p.stat().st_size for p in made.values()]

    listed = ok(run_main("--db", db_arg, "documents", case["number"]))
    assert [d["id"] for d in listed["documents"]] == [a["id"] for a in attached]
    first = listed["documents"][0]
    assert set(first) >= {"id", "kind", "name", "sha256", "size", "added_at", "by", "traveller"}
    assert first["traveller"] == "patient" and first["by"]
    for a, path in zip(attached, made.values(), strict=True):
        out = tmp_path / "out" / a["name"]
        out.parent.mkdir(exist_ok=True)
        assert ok(
            run_main("--db", db_arg, "documents", case["number"], "--export", a["id"], "--out", str(out))
        ) == {"out": str(out), "sha256": a["sha256"]}
        assert out.read_bytes() == path.read_bytes()


def test_a_folder_and_its_zip_are_one_document_each_holding_dicom(
    run_main, db_arg: str, tmp_path: Path
) -> None:
    case = new_case(run_main, db_arg)
    cd = files.imaging_cd(tmp_path / "CD")
    archive = files.zipped(cd, tmp_path / "cd.zip")
    folder_doc, zip_doc = ok(
        run_main("--db", db_arg, "attach", case["id"], str(cd), str(archive), "--kind", "imaging_images")
    )
    assert folder_doc["name"] == "CD" and zip_doc["name"] == "cd.zip"
    # the same folder again is the same bytes: stored once
    again = ok(run_main("--db", db_arg, "attach", case["id"], str(cd), "--kind", "imaging_images"))
    assert again[0]["sha256"] == folder_doc["sha256"]
    out = tmp_path / "back.zip"
    ok(run_main("--db", db_arg, "documents", case["id"], "--export", folder_doc["id"], "--out", str(out)))
    import zipfile

    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        assert sorted(names) == names and len(names) == 5
        assert z.read("DICOM/ST1/IM00000") == (cd / "DICOM" / "ST1" / "IM00000").read_bytes()
    from hirt_desk.actions.documents import case_records
    from hirt_desk.store.database import close_database, open_database

    open_database(db_arg)
    try:
        rows = {d.id: d for d in case_records(case["id"]).documents}
    finally:
        close_database()
    assert (rows[folder_doc["id"]].file_count, rows[folder_doc["id"]].dicom) == (5, True)
    assert (rows[zip_doc["id"]].file_count, rows[zip_doc["id"]].dicom) == (5, True)


def test_required_records_fill_in_as_documents_arrive(run_main, db_arg: str, tmp_path: Path) -> None:
    case = new_case(run_main, db_arg)
    states = {
        r["kind"]: r["state"] for r in ok(run_main("--db", db_arg, "documents", case["id"]))["required"]
    }
    assert states == dict.fromkeys(
        (
            "referral_letter",
            "medical_summary",
            "pathology_report",
            "imaging_report",
            "imaging_images",
            "blood_tests",
        ),
        "missing",
    )
    ok(
        run_main(
            "--db",
            db_arg,
            "attach",
            case["id"],
            str(files.pdf(tmp_path / "letter.pdf", "Dear colleague")),
            "--kind",
            "referral_letter",
        )
    )
    ok(
        run_main(
            "--db",
            db_arg,
            "attach",
            case["id"],
            str(files.imaging_cd(tmp_path / "CD")),
            "--kind",
            "imaging_images",
        )
    )
    states = {
        r["kind"]: r["state"] for r in ok(run_main("--db", db_arg, "documents", case["id"]))["required"]
    }
    assert states["referral_letter"] == "received" and states["imaging_images"] == "received"
    assert states["pathology_report"] == "missing"


@pytest.mark.sqlite_only
def test_a_file_altered_or_missing_on_disk_is_reported(run_main, db_path: Path, tmp_path: Path) -> None:
    db = str(db_path)
    case = new_case(run_main, db)
    a, b = ok(
        run_main(
            "--db",
            db,
            "attach",
            case["id"],
            str(files.pdf(tmp_path / "a.pdf", "A")),
            str(files.pdf(tmp_path / "b.pdf", "B")),
            "--kind",
            "pathology_report",
        )
    )
    stored = Path(db + ".files")
    blob_a = stored / a["sha256"][:2] / a["sha256"][2:]
    blob_b = stored / b["sha256"][:2] / b["sha256"][2:]
    assert blob_a.read_bytes() == (tmp_path / "a.pdf").read_bytes()
    blob_a.write_bytes(blob_a.read_bytes().replace(b"%PDF", b"%PDX", 1))
    blob_b.unlink()
    listed = {d["id"]: d["state"] for d in ok(run_main("--db", db, "documents", case["id"]))["documents"]}
    assert listed == {a["id"]: "altered", b["id"]: "missing"}
    refused(
        run_main("--db", db, "documents", case["id"], "--export", a["id"], "--out", str(tmp_path / "x.pdf")),
        "altered",
    )
    assert not (tmp_path / "x.pdf").exists()


def test_bad_files_are_refused_in_one_line_with_nothing_stored(
    run_main, db_arg: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = new_case(run_main, db_arg)
    good = files.pdf(tmp_path / "good.pdf")
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    unreadable = tmp_path / "secret.pdf"
    unreadable.write_bytes(good.read_bytes())
    unreadable.chmod(0)
    cd_without_images = tmp_path / "CD"
    cd_without_images.mkdir()
    (cd_without_images / "DICOMDIR").write_bytes(b"\0" * 128 + b"DICM")
    (cd_without_images / "VIEWER.EXE").write_bytes(b"MZ")
    before = db_digest(db_arg)
    refused(
        run_main("--db", db_arg, "attach", case["id"], str(good), str(fake), "--kind", "other"),
        "fake.pdf: is not a PDF file: its content is PNG data",
    )
    refused(
        run_main(
            "--db", db_arg, "attach", case["id"], str(good), str(tmp_path / "none.pdf"), "--kind", "other"
        ),
        "none.pdf: no such file",
    )
    import os

    if os.geteuid() != 0:  # root reads any file
        refused(
            run_main("--db", db_arg, "attach", case["id"], str(unreadable), "--kind", "other"), "secret.pdf"
        )
    refused(
        run_main("--db", db_arg, "attach", case["id"], str(cd_without_images), "--kind", "imaging_images"),
        "CD: an imaging folder (DICOMDIR) with no DICOM images",
    )
    cd_zip = files.zipped(cd_without_images, tmp_path / "cd.zip")
    refused(
        run_main("--db", db_arg, "attach", case["id"], str(good), str(cd_zip), "--kind", "imaging_images"),
        "cd.zip: an imaging CD (DICOMDIR) with no DICOM images",
    )
    notes = tmp_path / "notes"              # no DICOMDIR and no image: not an imaging CD
    notes.mkdir()
    (notes / "readme.txt").write_text("scan later")
    refused(
        run_main("--db", db_arg, "attach", case["id"], str(notes), "--kind", "imaging_images"),
        "notes: an imaging folder with no DICOM images",
    )
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04" + b"\0" * 40)
    refused(
        run_main("--db", db_arg, "attach", case["id"], str(broken), "--kind", "other"),
        "broken.zip: cannot be read",
    )
    refused(run_main("--db", db_arg, "attach", case["id"], str(good), "--kind", "xray"), "invalid choice")
    monkeypatch.setenv("HIRT_DESK_DOCUMENT_LIMIT_MB", "0.001")
    refused(
        run_main("--db", db_arg, "attach", case["id"], str(good), "--kind", "other"),
        "kB is over the limit of 1 kB for one document",
    )
    monkeypatch.delenv("HIRT_DESK_DOCUMENT_LIMIT_MB")
    assert db_digest(db_arg) == before
    assert ok(run_main("--db", db_arg, "documents", case["id"]))["documents"] == []
    if not db_arg.startswith("postgresql://"):
        assert (
            not any(p.is_file() for p in Path(db_arg + ".files").rglob("*"))
            if Path(db_arg + ".files").exists()
            else True
        )


@pytest.mark.sqlite_only
def test_a_full_disk_leaves_nothing_half_saved(
    run_main, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(db_path)
    case = new_case(run_main, db)
    good = files.pdf(tmp_path / "good.pdf")
    import os

    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("hirt_desk.store.documents.os.fsync", full)
    before = db_digest(db)
    refused(run_main("--db", db, "attach", case["id"], str(good), "--kind", "other"), "the disk is full")
    monkeypatch.setattr("hirt_desk.store.documents.os.fsync", real_fsync)
    assert db_digest(db) == before
    assert [p for p in Path(db + ".files").rglob("*") if p.is_file()] == []
    # with room again, the same file is stored
    ok(run_main("--db", db, "attach", case["id"], str(good), "--kind", "other"))


@pytest.mark.sqlite_only
def test_encrypting_a_database_encrypts_its_documents(
    run_main, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "cases.sqlite")
    case = run_main(
        "--db",
        db,
        "case",
        "new",
        "--surname",
        "LI",
        "--given",
        "NA",
        "--nationality",
        "CN",
        "--birth",
        "1970-01-01",
    ).json()
    letter = files.pdf(tmp_path / "letter.pdf", "Referral for LI NA")
    (doc,) = run_main("--db", db, "attach", case["id"], str(letter), "--kind", "referral_letter").json()
    stored = Path(db + ".files") / doc["sha256"][:2] / doc["sha256"][2:]
    assert stored.read_bytes() == letter.read_bytes()
    monkeypatch.setenv("HIRT_DESK_PASSPHRASE", "correct horse battery")
    assert run_main("--db", db, "encrypt").code == 0
    assert stored.read_bytes().startswith(b"HIRTDESK-AESGCM1") and b"LI NA" not in stored.read_bytes()
    listed = run_main("--db", db, "documents", case["id"]).json()
    assert [d["state"] for d in listed["documents"]] == ["ok"]
    out = tmp_path / "back.pdf"
    assert run_main("--db", db, "documents", case["id"], "--export", doc["id"], "--out", str(out)).code == 0
    assert out.read_bytes() == letter.read_bytes()


def test_merging_two_records_of_one_person_keeps_each_cases_documents(
    run_main, db_arg: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from tests.cli.test_persons_command import two_wang_weis

    first, second = two_wang_weis(run_main, db_arg)
    letter = files.pdf(tmp_path / "letter.pdf", "Referral")
    (doc,) = ok(run_main("--db", db_arg, "attach", second["id"], str(letter), "--kind", "referral_letter"))
    pair = next(p for p in ok(run_main("--db", db_arg, "duplicates", "--stored")) if p["same"])
    by_case = {pair["a_cases"][0]: pair["a"], pair["b_cases"][0]: pair["b"]}
    ok(run_main("--db", db_arg, "persons", "merge", by_case[first["number"]], by_case[second["number"]]))
    shown = ok(run_main("--db", db_arg, "case", "show", second["id"]))
    assert shown["patient"] == ok(run_main("--db", db_arg, "case", "show", first["id"]))["patient"]
    listed = ok(run_main("--db", db_arg, "documents", second["id"]))
    assert [(d["id"], d["state"]) for d in listed["documents"]] == [(doc["id"], "ok")]


def test_an_office_moving_onto_the_server_brings_its_documents(
    run_main, pg_ready_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """`import FILE` copies the documents' bytes (decrypted from an encrypted file) before the
    records that name them; a file whose document bytes are missing is refused, nothing changed."""
    db = str(tmp_path / "office.sqlite")
    case = new_case(run_main, db)
    cd = files.imaging_cd(tmp_path / "CD")
    letter = files.pdf(tmp_path / "letter.pdf", "Referral")
    attached = ok(
        run_main("--db", db, "attach", case["id"], str(letter), str(cd), "--kind", "imaging_images")
    )
    monkeypatch.setenv("HIRT_DESK_PASSPHRASE", "correct horse battery")
    assert run_main("--db", db, "encrypt").code == 0
    broken = tmp_path / "broken.sqlite"
    import shutil

    shutil.copy(db, broken)
    shutil.copytree(db + ".files", str(broken) + ".files")
    gone = attached[1]["sha256"]
    (Path(str(broken) + ".files") / gone[:2] / gone[2:]).unlink()
    assert run_main("--db", pg_ready_url, "cases").code == 0  # its first opening gives it a station
    before = db_digest(pg_ready_url)
    refused(run_main("--db", pg_ready_url, "import", str(broken)), gone[:12])
    assert db_digest(pg_ready_url) == before

    assert ok(run_main("--db", pg_ready_url, "import", db))["cases"] == 1
    listed = ok(run_main("--db", pg_ready_url, "documents", case["id"]))["documents"]
    assert [(d["name"], d["state"]) for d in listed] == [("letter.pdf", "ok"), ("CD", "ok")]
    out = tmp_path / "back.pdf"
    ok(
        run_main(
            "--db", pg_ready_url, "documents", case["id"], "--export", attached[0]["id"], "--out", str(out)
        )
    )
    assert out.read_bytes() == letter.read_bytes()


def test_a_document_of_one_traveller(run_main, db_arg: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """--traveller names a companion of the case (a passport copy is someone's); an unknown one,
    or a companion of another case, is refused with nothing stored."""
    from hirt_desk.actions.case_detail import CompanionData
    from tests.sync.conftest import edit_companions

    case = new_case(run_main, db_arg)
    other = new_case(run_main, db_arg)
    spouse = CompanionData(surname_latin="LI", given_names_latin="NA", nationality="CN", relation="spouse")
    for where in (case, other):
        edit_companions(db_arg, where["id"], lambda cs: [*cs, spouse], "sato")
    companion = ok(run_main("--db", db_arg, "case", "show", case["id"]))["companions"][0]["id"]
    elsewhere = ok(run_main("--db", db_arg, "case", "show", other["id"]))["companions"][0]["id"]
    passport = files.pdf(tmp_path / "passport.pdf")
    (doc,) = ok(
        run_main(
            "--db",
            db_arg,
            "attach",
            case["id"],
            str(passport),
            "--kind",
            "passport_copy",
            "--traveller",
            companion,
        )
    )
    listed = ok(run_main("--db", db_arg, "documents", case["id"]))["documents"]
    assert [(d["id"], d["traveller"]) for d in listed] == [(doc["id"], companion)]
    before = db_digest(db_arg)
    for wrong in (elsewhere, "nobody"):
        refused(
            run_main(
                "--db",
                db_arg,
                "attach",
                case["id"],
                str(passport),
                "--kind",
                "passport_copy",
                "--traveller",
                wrong,
            ),
            f"no traveller '{wrong}' in case {case['number']}",
        )
    assert db_digest(db_arg) == before


@pytest.mark.sqlite_only
def test_a_backup_keeps_the_documents_and_a_restore_brings_them_back(
    run_main, db_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import stat

    db = str(db_path)
    case = new_case(run_main, db)
    letter = files.pdf(tmp_path / "letter.pdf", "Referral")
    (doc,) = ok(run_main("--db", db, "attach", case["id"], str(letter), "--kind", "referral_letter"))
    backup = tmp_path / "backups" / "monday.sqlite"
    backup.parent.mkdir()
    ok(run_main("--db", db, "backup", str(backup)))
    kept = Path(f"{backup}.files") / doc["sha256"][:2] / doc["sha256"][2:]
    assert kept.read_bytes() == letter.read_bytes()
    for path in (
        kept,
        kept.parent,
        kept.parent.parent,
        Path(db + ".files"),
        Path(db + ".files") / doc["sha256"][:2],
    ):
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path  # medical data: the owner's only
    # the documents' folder lost: the backup brings it back
    import shutil

    shutil.rmtree(db + ".files")
    assert [d["state"] for d in ok(run_main("--db", db, "documents", case["id"]))["documents"]] == ["missing"]
    ok(run_main("--db", db, "restore", str(backup)))
    assert [d["state"] for d in ok(run_main("--db", db, "documents", case["id"]))["documents"]] == ["ok"]
