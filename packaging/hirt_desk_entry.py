"""The bundle's entry point: the same program as the `hirt-desk` console script."""

import os
import sys

# A windowed program on Windows has no console: writes to stdout or stderr must go nowhere
# rather than fail.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))

from hirt_desk.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
