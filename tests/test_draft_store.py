"""The draft file: private, atomic, lenient to read, gone once the lead is saved."""

from __future__ import annotations

import os
from pathlib import Path

from octanist_desktop.prefs.draft import DRAFT_FILE, DraftStore


def test_a_draft_round_trips_privately(data_dir: Path) -> None:
    store = DraftStore(data_dir / DRAFT_FILE, clock=lambda: 1_800_000_000.0)

    store.save({"name": "Marieke de Vries", "ad_storage": True, "junk": object()})

    draft = DraftStore.in_folder(data_dir).load()
    assert draft is not None
    assert draft.values == {"name": "Marieke de Vries", "ad_storage": True}
    assert draft.saved_at == 1_800_000_000.0
    if os.name == "posix":
        assert (data_dir / DRAFT_FILE).stat().st_mode & 0o777 == 0o600


def test_clear_removes_the_file_and_twice_is_fine(data_dir: Path) -> None:
    store = DraftStore.in_folder(data_dir)
    store.save({"name": "Ada"})

    store.clear()
    store.clear()

    assert not (data_dir / DRAFT_FILE).exists()
    assert store.load() is None


def test_a_damaged_or_foreign_file_is_no_draft(data_dir: Path) -> None:
    store = DraftStore.in_folder(data_dir)
    for content in ("{not json", "[]", '{"values": "x"}', '{"values": {}}'):
        (data_dir / DRAFT_FILE).write_text(content)
        assert store.load() is None
