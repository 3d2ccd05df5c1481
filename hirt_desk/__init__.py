"""HIRT Desk: case management for coordinators of heavy ion radiotherapy in Japan."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("hirt-desk")
except PackageNotFoundError:       # running from a source tree that was never installed
    __version__ = "0+unknown"
