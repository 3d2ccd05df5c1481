"""Previews of every kind of file a coordinator attaches: PDF pages through pdfium, PNG, JPEG and
TIFF scans through Qt, a DICOM slice through pydicom (its pixels, and its header), an imaging CD
zip by its first DICOM image; a file with no preview says what it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from hirt_desk.records.files import media_type
from hirt_desk.ui.document_preview import preview
from tests import document_files as files


@pytest.mark.parametrize(
    "name, make",
    [
        ("report.pdf", lambda p: files.pdf(p, pages=3)),
        ("scan.png", lambda p: files.image(p, "PNG")),
        ("scan.jpg", lambda p: files.image(p, "JPEG")),
        ("scan.tiff", lambda p: files.image(p, "TIFF")),
        ("slice.dcm", lambda p: files.dicom(p, rows=16, cols=24)),
    ],
)
def test_each_file_type_previews_as_an_image(qapp, tmp_path: Path, name: str, make) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path / name)
    data = path.read_bytes()
    shown = preview(data, media_type(name, data[:132]))
    assert shown.images and not shown.images[0].isNull()
    if name.endswith(".pdf"):
        assert len(shown.images) == 3 and shown.images[0].width() > shown.images[0].height() * 0.6
    if name.endswith(".dcm"):
        image = shown.images[0]
        assert (image.width(), image.height()) == (24, 16)
        # the window runs from black (top left) to white (bottom right)
        assert image.pixelColor(0, 0).value() == 0 and image.pixelColor(23, 15).value() == 255
        assert "Modality: CT" in shown.text and "CT PELVIS" in shown.text


def test_an_imaging_cd_previews_its_first_dicom_image(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = files.zipped(files.imaging_cd(tmp_path / "CD"), tmp_path / "cd.zip")
    shown = preview(archive.read_bytes(), "application/zip")
    assert shown.images and shown.text.startswith("DICOM/ST1/IM00000")


def test_a_zip_without_images_lists_its_files_and_unknown_bytes_say_their_size(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "a.txt").write_text("a")
    (folder / "b.txt").write_text("b")
    shown = preview(files.zipped(folder, tmp_path / "l.zip").read_bytes(), "application/zip")
    assert shown.images == [] and shown.text == "a.txt\nb.txt"
    assert preview(b"x" * 1234, "application/octet-stream").text == "1,234 bytes"
