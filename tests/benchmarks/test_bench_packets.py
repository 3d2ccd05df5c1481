"""Issue 8: time to write a packet (first, with font loading, and warm), pages and size per language.
Targets: warm packet under 300 ms, file under 1 MB. Also the preview of the window: the pages
rasterised for the Print packet dialog."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.conftest import table

FIRST = """
import json, sys, time
t = time.perf_counter()
from pathlib import Path
from hirt_desk.store.database import open_database
from hirt_desk.actions.packets import write_packet
open_database(Path(sys.argv[1]), full_check=False)
pages = write_packet(sys.argv[2], sys.argv[3], Path(sys.argv[4]))
print(json.dumps({"ms": (time.perf_counter() - t) * 1000, "pages": pages}))
"""


def test_packet_timings(tmp_path: Path) -> None:
    from hirt_desk.packets.phrases import LANGUAGES
    db = tmp_path / "b.sqlite"
    subprocess.run([sys.executable, "-m", "hirt_desk", "--db", str(db), "demo", "--cases", "200",
                    "--seed", "3"], check=True, capture_output=True)
    from hirt_desk.actions.packets import write_packet
    from hirt_desk.store.cases import list_cases
    from hirt_desk.store.database import open_database
    from hirt_desk.ui.packet_dialog import PREVIEW_DPI
    from hirt_desk.ui.pdf_pages import page_images
    open_database(db, full_check=False)
    case = next(r for r in list_cases() if r.status in ("in_treatment", "in_japan", "accepted")).number
    rows = []
    for lang in LANGUAGES:
        out = tmp_path / f"{lang}.pdf"
        first = json.loads(subprocess.run([sys.executable, "-c", FIRST, str(db), case, lang, str(out)],
                                          check=True, capture_output=True, text=True).stdout)
        warm, preview = [], []
        for _ in range(5):
            t0 = time.perf_counter()
            pages = write_packet(case, lang, out)
            warm.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            page_images(out, PREVIEW_DPI)
            preview.append((time.perf_counter() - t0) * 1000)
        rows.append((lang, f"first {first['ms']:6.0f} ms   warm {statistics.median(warm):5.0f} ms   "
                           f"preview {statistics.median(preview):4.0f} ms   "
                           f"{pages} pages   {out.stat().st_size / 1024:5.0f} KB"))
    table(f"Packet benchmark (case {case}; targets: warm < 300 ms, file < 1 MB)", rows)
