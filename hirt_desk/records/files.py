"""What a file is, by its first bytes: a file whose extension says PDF must start as a PDF does.

Pure functions over bytes and names (no database, no Qt): the actions read the bytes and ask.
"""

from __future__ import annotations

OFFICE_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"          # .doc, .xls, .ppt (before 2007)
# media type -> the magic bytes its files start with (DICOM: "DICM" after a 128-byte preamble)
_MAGIC: dict[str, tuple[bytes, ...]] = {
    "application/pdf": (b"%PDF-",),
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/tiff": (b"II*\x00", b"MM\x00*"),
    "application/zip": (b"PK\x03\x04", b"PK\x05\x06"),
}
# extension -> the media type its content must be; extensions not listed are taken as they come
EXTENSIONS: dict[str, str] = {
    ".pdf": "application/pdf", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png",
    ".tif": "image/tiff", ".tiff": "image/tiff", ".zip": "application/zip", ".dcm": "application/dicom",
    ".docx": "application/zip", ".xlsx": "application/zip", ".pptx": "application/zip",
    ".doc": "application/x-ole", ".xls": "application/x-ole", ".ppt": "application/x-ole",
}
# what a stored Office file is called (its content is a zip or an OLE file)
OFFICE_TYPES: dict[str, str] = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".doc": "application/msword", ".xls": "application/vnd.ms-excel", ".ppt": "application/vnd.ms-powerpoint",
}
HEAD = 132                     # bytes enough to tell every type above


def is_dicom(head: bytes) -> bool:
    return len(head) >= 132 and head[128:132] == b"DICM"


def sniff(head: bytes) -> str:
    """The media type the first bytes of a file say it is ("application/octet-stream": unknown)."""
    if is_dicom(head):
        return "application/dicom"
    if head.startswith(OFFICE_OLE):
        return "application/x-ole"
    for media, magics in _MAGIC.items():
        if any(head.startswith(m) for m in magics):
            return media
    return "application/octet-stream"


def media_type(name: str, head: bytes) -> str:
    """The media type to store a file under, or ValueError where its content is not what its
    extension says (a .pdf that is not a PDF)."""
    dot = name.rfind(".")
    ext = name[dot:].lower() if dot > 0 else ""
    found = sniff(head)
    expected = EXTENSIONS.get(ext)
    if expected is not None and found != expected:
        what = {"application/octet-stream": "an unknown kind of file",
                "application/x-ole": "an old Office file"}
        said = what.get(found, found.split("/")[-1].upper() + " data")
        raise ValueError(f"is not a {ext[1:].upper()} file: its content is {said}")
    if ext in OFFICE_TYPES:
        return OFFICE_TYPES[ext]
    return found
