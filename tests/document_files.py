"""Real files of every type a coordinator attaches, made by the test: a PDF (reportlab), PNG,
JPEG and TIFF scans (Qt), a small DICOM image (pydicom), an imaging-CD folder and its zip."""

from __future__ import annotations

import zipfile
from pathlib import Path


def pdf(path: Path, text: str = "Pathology report: adenocarcinoma, Gleason 4+3", pages: int = 2) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    for n in range(pages):
        canvas.drawString(72, 760, f"{text} (page {n + 1})")
        canvas.rect(72, 400, 300, 200, fill=1)
        canvas.showPage()
    canvas.save()
    return path


def image(path: Path, fmt: str, size: tuple[int, int] = (120, 80)) -> Path:
    """A scan through Qt (needs a QGuiApplication: the `qapp` fixture)."""
    from PySide6.QtGui import QColor, QImage, QPainter

    img = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    painter = QPainter(img)
    painter.fillRect(10, 10, size[0] // 2, size[1] // 2, QColor("darkblue"))
    painter.end()
    assert img.save(str(path), fmt), f"Qt could not write {fmt}"
    return path


def dicom(path: Path, rows: int = 32, cols: int = 32, seed: int = 0) -> Path:
    """A small CT slice, a real DICOM file (preamble, DICM, file meta, 16-bit pixels)."""
    import struct

    from pydicom.dataset import FileDataset, FileMetaDataset
    from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, generate_uid

    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = CTImageStorage
    meta.MediaStorageSOPInstanceUID = generate_uid(entropy_srcs=[str(seed)])
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = FileDataset(str(path), {}, file_meta=meta, preamble=b"\0" * 128)
    ds.SOPClassUID = CTImageStorage
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.Modality = "CT"
    ds.PatientName = "WANG^WEI"
    ds.StudyDescription = "CT PELVIS"
    ds.Rows, ds.Columns = rows, cols
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    step = 4000 // (rows + cols)
    ds.PixelData = struct.pack(
        f"<{rows * cols}H", *((r + c) * step + seed for r in range(rows) for c in range(cols))
    )
    ds.save_as(str(path), enforce_file_format=True)
    return path


def imaging_cd(folder: Path, images: int = 3) -> Path:
    """A folder as an imaging CD has it: DICOMDIR, DICOM images without extensions, a viewer."""
    (folder / "DICOM" / "ST1").mkdir(parents=True)
    for n in range(images):
        dicom(folder / "DICOM" / "ST1" / f"IM{n:05d}", seed=n)
    (folder / "DICOMDIR").write_bytes(b"\0" * 128 + b"DICM" + b"\0" * 64)
    (folder / "README.TXT").write_text("Imaging CD of Wang Wei\n")
    return folder


def zipped(folder: Path, out: Path) -> Path:
    with zipfile.ZipFile(out, "w") as z:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                z.write(p, p.relative_to(folder).as_posix())
    return out
