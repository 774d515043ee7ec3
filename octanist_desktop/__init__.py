"""Octanist Desktop: enter leads by hand and deliver them to Octanist, offline-safe."""

__version__ = "0.1.0"
