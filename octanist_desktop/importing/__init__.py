"""Bringing leads in from files: spreadsheet/badge-scanner CSV exports and vCards.

Pure logic, no Qt: reading and decoding files, matching columns to the field
catalogue, checking every row with ``core.validation.validate`` and writing
the rows that need fixing back out. ``ui/import_dialog.py`` drives it.
"""
