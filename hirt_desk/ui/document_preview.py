"""A document's preview: PDF pages through pdfium (as the packet preview), scans through Qt,
DICOM's first image through pydicom where its pixels are plain (else its metadata), and an
imaging CD (a zip) by its first DICOM image or its list of files.

pdfium and pydicom are imported only when a document of theirs is previewed (start-up stays
light: tests/test_startup_imports.py)."""

from __future__ import annotations

import io
import zipfile
from array import array
from dataclasses import dataclass, field

from PySide6.QtGui import QImage

from hirt_desk.records.files import HEAD, is_dicom

PDF_DPI = 60            # a page fits the preview pane; Open shows it sharp in the system's viewer
MAX_PDF_PAGES = 4


@dataclass
class Preview:
    images: list[QImage] = field(default_factory=list)
    text: str = ""                   # metadata or a list of files, where no image is possible


def preview(data: bytes, media_type: str) -> Preview:
    if media_type == "application/pdf":
        return Preview(_pdf_pages(data))
    if media_type.startswith("image/"):
        image = QImage.fromData(data)
        return Preview([image] if not image.isNull() else [], "" if not image.isNull() else "?")
    if media_type == "application/dicom" or is_dicom(data[:HEAD]):
        return _dicom(data)
    if media_type == "application/zip":
        return _zip(data)
    return Preview(text=f"{len(data):,} bytes")


def _pdf_pages(data: bytes) -> list[QImage]:
    import pypdfium2 as pdfium
    document = pdfium.PdfDocument(data)
    try:
        images = []
        for index in range(min(len(document), MAX_PDF_PAGES)):
            page = document[index]
            try:
                bitmap = page.render(scale=PDF_DPI / 72)
                try:
                    images.append(QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                                         QImage.Format.Format_BGR888).copy())
                finally:
                    bitmap.close()
            finally:
                page.close()
        return images
    finally:
        document.close()


_META = ("Modality", "StudyDescription", "SeriesDescription", "StudyDate", "PatientName", "Rows", "Columns",
         "BodyPartExamined", "Manufacturer")


def _dicom(data: bytes) -> Preview:
    import pydicom
    from pydicom.uid import ExplicitVRLittleEndian, ImplicitVRLittleEndian
    try:
        ds = pydicom.dcmread(io.BytesIO(data), force=True)
    except Exception as exc:        # a damaged file: say so rather than fail the window
        return Preview(text=f"DICOM: {exc}")
    meta = "\n".join(f"{name}: {ds.get(name)}" for name in _META if ds.get(name) not in (None, ""))
    syntax = getattr(getattr(ds, "file_meta", None), "TransferSyntaxUID", ImplicitVRLittleEndian)
    plain = syntax in (ExplicitVRLittleEndian, ImplicitVRLittleEndian)
    if not plain or "PixelData" not in ds or ds.get("SamplesPerPixel", 1) != 1:
        return Preview(text=meta)
    rows, cols, bits = int(ds.Rows), int(ds.Columns), int(ds.BitsAllocated)
    if bits not in (8, 16):
        return Preview(text=meta)
    pixels = array("B" if bits == 8 else ("h" if ds.get("PixelRepresentation", 0) else "H"))
    pixels.frombytes(bytes(ds.PixelData)[: rows * cols * bits // 8])
    if len(pixels) < rows * cols:
        return Preview(text=meta)
    low, high = min(pixels), max(pixels)
    span = max(1, high - low)
    grey = bytes((v - low) * 255 // span for v in pixels)
    if ds.get("PhotometricInterpretation") == "MONOCHROME1":
        grey = bytes(255 - g for g in grey)
    image = QImage(grey, cols, rows, cols, QImage.Format.Format_Grayscale8).copy()
    return Preview([image], meta)


def _zip(data: bytes) -> Preview:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = [i.filename for i in z.infolist() if not i.is_dir()]
            for name in names:
                if name.rsplit("/", 1)[-1].upper() == "DICOMDIR":
                    continue
                with z.open(name) as member:
                    head = member.read(HEAD)
                if is_dicom(head):
                    shown = _dicom(z.read(name))
                    shown.text = f"{name}\n{shown.text}"
                    return shown
    except (zipfile.BadZipFile, OSError) as exc:
        return Preview(text=str(exc))
    listing = "\n".join(names[:40]) + ("\n…" if len(names) > 40 else "")
    return Preview(text=listing)
