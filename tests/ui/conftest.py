from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture
def settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    from hirt_desk.ui.settings import Settings
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
