"""Remembered import mappings: per header, most recent kept, a damaged file forgotten."""

from __future__ import annotations

from pathlib import Path

from octanist_desktop.importing.column_mapping import (
    COUNTRY,
    IGNORE,
    ColumnTarget,
    target_from_stored,
)
from octanist_desktop.prefs.import_mappings import MAX_MAPPINGS, ImportMappings
from octanist_desktop.prefs.store import LEGACY_FILES, SettingsStore


def test_a_mapping_is_recalled_for_the_same_header_whatever_its_case(tmp_path: Path) -> None:
    mappings = ImportMappings(SettingsStore(tmp_path))
    targets = [ColumnTarget.field("name"), ColumnTarget.custom("badge"), COUNTRY, IGNORE]
    mappings.remember(["Name", "Attendee", "Land", "Scanned by"], [t.stored for t in targets])
    recalled = ImportMappings(SettingsStore(tmp_path)).recall(
        ["NAME", "attendee ", "Land", "Scanned  By"]
    )
    assert recalled is not None
    assert [target_from_stored(kind, key) for kind, key in recalled] == targets
    assert mappings.recall(["Name", "Attendee", "Land"]) is None  # another header


def test_only_the_most_recent_mappings_are_kept(tmp_path: Path) -> None:
    mappings = ImportMappings(SettingsStore(tmp_path))
    for n in range(MAX_MAPPINGS + 3):
        mappings.remember([f"Column {n}"], [("ignore", "")])
    assert mappings.recall(["Column 0"]) is None
    assert mappings.recall([f"Column {MAX_MAPPINGS + 2}"]) == [("ignore", "")]


def test_a_damaged_file_or_a_stored_target_that_no_longer_exists_is_not_used(
    tmp_path: Path,
) -> None:
    # As an older version left it, in a file of its own.
    (tmp_path / LEGACY_FILES["import_mappings"]).write_text("{not json")
    mappings = ImportMappings(SettingsStore(tmp_path))
    assert mappings.recall(["Name"]) is None
    mappings.remember(["Name"], [("field", "name")])  # the damaged file is replaced
    assert mappings.recall(["Name"]) == [("field", "name")]
    assert target_from_stored("field", "no_such_field") is None
    assert target_from_stored("custom", "") is None
    assert target_from_stored("telepathy", "x") is None
