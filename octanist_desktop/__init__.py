"""Octanist Desktop: enter leads by hand and deliver them to Octanist, offline-safe."""

from octanist_desktop import pyside_scan

__version__ = "0.1.0"

# Before any of the app's Qt modules load: see pyside_scan for why.
pyside_scan.install()
