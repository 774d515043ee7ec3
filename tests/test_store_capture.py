"""Each lead's proof of consent and badge scan, on a real SQLite file: stored with the
lead in one commit, read back in the exact words shown, exported, and erased with it."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from octanist_desktop.core.capture import CaptureRecord
from octanist_desktop.core.consent import (
    ConsentRecord,
    ConsentStatement,
    ConsentText,
    EnteredBy,
)
from octanist_desktop.store.database import DB_FILE, open_database
from octanist_desktop.store.export import export_csv
from octanist_desktop.store.history import History, HistoryQuery
from octanist_desktop.store.outbox import Outbox

T0 = 1_800_000_000.0
V1 = ConsentText(
    "Tick what you agree to.",
    (
        ConsentStatement("Yes, measure my visit.", ("ad_storage", "ad_user_data")),
        ConsentStatement("Yes, statistics.", ("analytics_storage",)),
    ),
    "en",
)
V2 = ConsentText(
    V1.intro, (*V1.statements, ConsentStatement("Yes, show me ads.", ("ad_personalization",))), "en"
)


def consent(text: ConsentText, *ticked: bool) -> ConsentRecord:
    return ConsentRecord(text, tuple(ticked), T0, "booth-laptop-2", "Ann", EnteredBy.VISITOR)


@pytest.fixture
def conn(data_dir: Path) -> Iterator[sqlite3.Connection]:
    connection = open_database(data_dir)
    yield connection
    connection.close()


def test_a_lead_keeps_the_words_it_was_shown_after_the_text_changes(
    conn: sqlite3.Connection,
) -> None:
    outbox, history = Outbox(conn), History(conn)
    old = outbox.enqueue({"name": "Ann"}, CaptureRecord(consent(V1, True, False)))
    new = outbox.enqueue({"name": "Ben"}, CaptureRecord(consent(V2, False, True, True)))
    plain = outbox.enqueue({"name": "Cy"})
    old_record, new_record = history.capture(old), history.capture(new)
    assert old_record is not None
    assert old_record.consent is not None
    assert new_record is not None
    assert new_record.consent is not None
    assert old_record.consent.text == V1
    assert old_record.consent.ticked == (True, False)
    assert new_record.consent.text == V2
    assert old_record.consent.text.version != new_record.consent.text.version
    assert old_record.consent == consent(V1, True, False)
    assert history.capture(plain) is None
    versions = conn.execute("SELECT count(*) FROM consent_texts").fetchone()[0]
    assert versions == 2
    outbox.enqueue({"name": "Di"}, CaptureRecord(consent(V1, False, False)))
    assert conn.execute("SELECT count(*) FROM consent_texts").fetchone()[0] == 2, "stored once"


def test_badge_scans_are_kept_found_and_erased_with_the_lead(
    conn: sqlite3.Connection, data_dir: Path
) -> None:
    outbox, history = Outbox(conn), History(conn)
    raw = "MECARD:N:Zwart,Zoë;EMAIL:zoe@example.nl;;"
    first = outbox.enqueue(
        {"custom": {"badge_id": "EXPO-77123"}},
        CaptureRecord(badge_id="EXPO-77123", raw_scan="EXPO-77123"),
    )
    zoe = outbox.enqueue({"name": "Zoë Zwart"}, CaptureRecord(raw_scan=raw))
    assert [lead.id for lead in history.find_badge("EXPO-77123")] == [first]
    assert history.find_badge("EXPO-00000") == []
    record = history.capture(zoe)
    assert record == CaptureRecord(raw_scan=raw)
    assert history.erase(zoe)
    assert history.capture(zoe) is None
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"zoe@example" not in (data_dir / DB_FILE).read_bytes()


def test_the_export_carries_the_proof(conn: sqlite3.Connection, tmp_path: Path) -> None:
    outbox, history = Outbox(conn), History(conn)
    ann = outbox.enqueue(
        {"name": "Ann", "ad_storage": True, "ad_user_data": True},
        CaptureRecord(consent(V1, True, False), badge_id="B-1", raw_scan="https://e.x/?id=B-1"),
    )
    outbox.enqueue({"name": "Imported Ivo"})
    path = tmp_path / "leads.csv"
    assert export_csv(history.page(HistoryQuery(), 0, 10), path, history.captures) == 2
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = {row["name"]: row for row in csv.DictReader(handle)}
    assert rows["Ann"]["consent_version"] == V1.version
    assert (
        rows["Ann"]["consent_text"]
        == "Tick what you agree to.\n• Yes, measure my visit.\n• Yes, statistics."
    )
    assert rows["Ann"]["consent_ticked"] == "Yes, measure my visit."
    assert rows["Ann"]["consent_entered_by"] == "visitor"
    assert rows["Ann"]["consent_device"] == "booth-laptop-2"
    assert rows["Ann"]["consent_staff_member"] == "Ann"
    assert rows["Ann"]["badge_id"] == "B-1"
    assert rows["Ann"]["badge_scan"] == "https://e.x/?id=B-1"
    assert rows["Imported Ivo"]["consent_version"] == ""
    assert rows["Imported Ivo"]["badge_scan"] == ""
    assert history.capture(ann) is not None
