"""The bundle's entry point: the same program as the `hirt-desk` console script."""

import sys

from hirt_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
