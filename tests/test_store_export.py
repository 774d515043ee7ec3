"""CSV export: Excel-friendly bytes, every catalogue field, no formula injection, and a file
this app's own import reads back into the same leads."""

from __future__ import annotations

import csv
import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from octanist_desktop.core.fields import FIELDS
from octanist_desktop.core.validation import validate
from octanist_desktop.importing.column_mapping import IGNORE
from octanist_desktop.importing.csv_import import RowStatus, check_rows, suggest_targets
from octanist_desktop.importing.sources import read_import_file
from octanist_desktop.store.database import open_database
from octanist_desktop.store.export import HEADER, export_csv, neutralise
from octanist_desktop.store.history import History, HistoryQuery
from octanist_desktop.store.lead import Lead
from octanist_desktop.store.lifecycle import LeadStatus
from octanist_desktop.store.outbox import Outbox

T0 = 1_800_000_000.0  # 2027-01-15 08:00:00 UTC
BOM = b"\xef\xbb\xbf"


def lead(lead_id: int = 1, /, **payload: object) -> Lead:
    """A delivered lead with the given payload, as the store would return it."""
    return Lead(
        id=lead_id,
        payload=dict(payload),
        status=LeadStatus.DELIVERED,
        created_at=T0,
        updated_at=T0 + 5,
        delivered_at=T0 + 5,
        attempts=2,
        next_attempt_at=None,
        octanist_id="lead_abc123",
        request_id="req_a1b2c3",
        last_error=None,
        server_answer='{"success":true}',
        maybe_duplicate=True,
    )


@pytest.fixture
def amsterdam(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is Amsterdam (UTC+1 in January) for the test."""
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def read_back(path: Path) -> list[dict[str, str]]:
    """The file as the csv module reads it (BOM stripped)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_header_is_every_catalogue_field_by_key() -> None:
    keys = [field.key for field in FIELDS]
    # Issue 12: company, job title, event and staff member get columns of their
    # own after the phone, as CRMs import them; the lead's number and the earlier
    # lead it repeats are kept for the record.
    assert keys[:3] == ["name", "email", "phone"]
    assert list(HEADER) == [
        "created",
        "status",
        *keys[:3],
        "company",
        "job_title",
        "event",
        "staff_member",
        *keys[3:],
        "attempts",
        "octanist_lead_id",
        "request_id",
        "last_error",
        "maybe_duplicate",
        "lead_number",
        "repeats_lead_number",
        "consent_version",
        "consent_text",
        "consent_ticked",
        "consent_at",
        "consent_entered_by",
        "consent_device",
        "consent_staff_member",
        "badge_id",
        "badge_scan",
    ]


def test_bytes_are_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "leads.csv"
    assert export_csv([lead(name="Zoë Ångström 李", note="two\nlines")], path) == 1
    raw = path.read_bytes()
    assert raw.startswith(BOM)
    assert not raw.startswith(BOM + BOM)
    assert raw.count(b"\r\n") == 2, "header and row end in CRLF; the note's own newline stays"
    assert raw.endswith(b"\r\n")
    assert "Zoë Ångström 李".encode() in raw


def test_round_trip_through_the_csv_module(tmp_path: Path, amsterdam: None) -> None:
    path = tmp_path / "leads.csv"
    payload: dict[str, object] = {
        "name": "José Müller",
        "email": "jose@example.com",
        "note": 'Said "call me", then left;\nback at 3',
        "custom": {"plan": "pro", "seats": 12, "tags": ["ü", "b"]},
        "utm_source": "expo",
        "ad_storage": True,
        "ad_user_data": False,
        "analytics_storage": "true",
    }
    export_csv([lead(**payload)], path)
    (row,) = read_back(path)
    assert list(row) == list(HEADER)
    assert row["created"] == "2027-01-15 09:00:00"
    assert row["status"] == "delivered"
    assert row["name"] == "José Müller"
    assert row["note"] == 'Said "call me", then left;\nback at 3'
    assert row["custom"] == '{"plan":"pro","seats":12,"tags":["ü","b"]}'
    assert row["ad_storage"] == "true"
    assert row["ad_user_data"] == "false"
    assert row["analytics_storage"] == "true"
    assert row["ad_personalization"] == ""
    assert row["phone"] == ""
    assert row["attempts"] == "2"
    assert row["octanist_lead_id"] == "lead_abc123"
    assert row["request_id"] == "req_a1b2c3"
    assert row["last_error"] == ""
    assert row["maybe_duplicate"] == "true"


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://evil","click")', '\'=HYPERLINK("http://evil","click")'),
        # Issue 12: a phone number in international form can't run anything, and a
        # CRM must get it without an apostrophe; anything more than "+digits" is guarded.
        ("+31612345678", "+31612345678"),
        ("+1 650 253 0000", "'+1 650 253 0000"),
        ("+3161234567890123", "'+3161234567890123"),  # 16 digits: no phone number
        ("+31612345678+1", "'+31612345678+1"),
        ("+0612345678", "'+0612345678"),  # no country code starts with 0
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("a=b", "a=b"),
        (" =1", " =1"),
        ("'quoted", "'quoted"),
        ("", ""),
    ],
)
def test_formula_cells_are_neutralised(tmp_path: Path, value: str, written: str) -> None:
    assert neutralise(value) == written
    path = tmp_path / "leads.csv"
    export_csv([lead(name=value, phone=value, custom=value)], path)
    (row,) = read_back(path)
    assert row["name"] == row["phone"] == row["custom"] == written


def test_server_text_is_neutralised_too(tmp_path: Path) -> None:
    base = lead()
    evil = Lead(
        id=2,
        payload={"name": "Plain"},
        status=LeadStatus.INVALID,
        created_at=T0,
        updated_at=T0,
        delivered_at=None,
        attempts=1,
        next_attempt_at=None,
        octanist_id=None,
        request_id="=cmd|' /C calc'!A0",
        last_error="-Field email: @bad",
        server_answer=None,
        maybe_duplicate=False,
    )
    path = tmp_path / "leads.csv"
    assert export_csv(iter([base, evil]), path) == 2
    _, row = read_back(path)
    assert row["request_id"] == "'=cmd|' /C calc'!A0"
    assert row["last_error"] == "'-Field email: @bad"
    assert row["status"] == "invalid"
    assert row["maybe_duplicate"] == "false"
    assert row["octanist_lead_id"] == ""


def test_custom_json_array_and_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "leads.csv"
    export_csv([lead(1, custom=[1, "twee", None]), lead(2, custom="just text, {not json}")], path)
    first, second = read_back(path)
    assert first["custom"] == '[1,"twee",null]'
    assert second["custom"] == "just text, {not json}"


def test_nothing_to_export_writes_the_header_only(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    assert export_csv([], path) == 0
    assert path.read_bytes() == BOM + (",".join(HEADER) + "\r\n").encode()


def test_the_file_is_private_and_replaced_whole(tmp_path: Path) -> None:
    path = tmp_path / "leads.csv"
    path.write_text("an older export that is much longer than the new one\n" * 50)
    export_csv([lead(name="Ada")], path)
    assert [row["name"] for row in read_back(path)] == ["Ada"]
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["leads.csv"], "no partial file left"


def test_a_failed_export_leaves_nothing_behind(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):  # an OSError, which the UI reports
        export_csv([lead()], tmp_path / "missing folder" / "leads.csv")

    def leads_then_crash() -> Iterator[Lead]:
        yield lead(name="Ada")
        raise RuntimeError("the database went away mid-export")

    path = tmp_path / "leads.csv"
    with pytest.raises(RuntimeError):
        export_csv(leads_then_crash(), path)
    assert list(tmp_path.iterdir()) == [], "neither the file nor a partial one"


def test_company_job_title_event_and_staff_get_their_own_columns(tmp_path: Path) -> None:
    path = tmp_path / "leads.csv"
    custom = {
        "company": "Bakker Logistiek B.V.",
        "title": "Head of Operations",
        "event": "Vakbeurs Utrecht",
        "staff_member": "Jan Visser",
        "capture_method": "booth",
        "seats": 40,
    }
    export_csv([lead(7, name="Marieke", custom=custom), lead(8, custom={"company": "Solo"})], path)
    first, second = read_back(path)
    assert first["company"] == "Bakker Logistiek B.V."
    assert first["job_title"] == "Head of Operations"
    assert first["event"] == "Vakbeurs Utrecht"
    assert first["staff_member"] == "Jan Visser"
    # The rest stays in the custom column, without repeating what has a column.
    assert first["custom"] == '{"capture_method":"booth","seats":40}'
    assert first["lead_number"] == "7"
    assert (second["company"], second["custom"], second["lead_number"]) == ("Solo", "", "8")


def form_payload(draft: dict[str, object]) -> dict[str, object]:
    """What the form saves for ``draft``: the payload of the same validate()."""
    result = validate(draft, default_region="NL")
    assert result.ok, result.errors
    return result.payload


def test_the_export_imports_back_into_the_same_leads(tmp_path: Path) -> None:
    """Exported from one laptop's history, imported on another: the same leads come back."""
    drafts: list[dict[str, object]] = [
        {
            "name": "Marieke de Vries",
            "email": "marieke.devries@bakker-logistiek.nl",
            "phone": "+31 6 12345678",
            "note": "=SUM(A1:A3) is what she typed\n- call back on Friday",
            "custom": (
                '{"company": "Bakker Logistiek B.V.", "title": "Head of Operations",'
                ' "event": "Vakbeurs Utrecht", "staff_member": "Jan Visser",'
                ' "capture_method": "booth", "interest": ["routes", "fleet"],'
                ' "budget": {"min": 5000, "max": 10000}}'
            ),
            "website": "https://bakker-logistiek.nl",
            "utm_source": "vakbeurs",
            "utm_campaign": "+plus campaign",
            "ad_storage": True,
            "ad_user_data": True,
        },
        {
            "name": "@Sophie Müller",
            "phone": "+49 151 12345678",
            "custom": '{"company": "-Kraftwerk GmbH", "capture_method": "phone"}',
            "gclid": "Cj0KCQiA-abc",
        },
        {
            "name": "Tom Bakker",
            "email": "tom@example.com",
            "custom": '{"capture_method": "walk-in"}',
        },
    ]
    originals = [form_payload(draft) for draft in drafts]
    conn = open_database(tmp_path / "laptop-1")
    outbox, history = Outbox(conn), History(conn)
    for payload in originals:
        outbox.enqueue(payload)
    path = tmp_path / "leads.csv"
    leads = history.page(HistoryQuery(), 0, 10)
    assert export_csv(leads, path, history.captures, history.earlier_leads) == 3
    conn.close()

    text = path.read_text(encoding="utf-8-sig")
    assert ",+31612345678," in text  # the phone exactly as sent: no apostrophe
    assert "'=SUM(A1:A3)" in text
    assert "'@Sophie" in text
    assert "'-Kraftwerk" in text

    table = read_import_file(path)
    targets = suggest_targets(table)
    record_columns = {"created", "status", "attempts", "request_id", "lead_number", "badge_id"}
    assert all(targets[table.headers.index(h)] == IGNORE for h in record_columns)
    preview = check_rows(table, targets, default_region="NL")
    assert preview is not None
    assert [verdict.status for verdict in preview.verdicts] == [RowStatus.READY] * 3

    # The history is newest first; the file keeps that order.
    imported = [verdict.payload for verdict in reversed(preview.verdicts)]
    assert imported == originals

    conn = open_database(tmp_path / "laptop-2")
    other = Outbox(conn)
    ids = [other.enqueue(payload) for payload in imported]
    assert [other.get(lead_id).payload for lead_id in ids] == originals  # type: ignore[union-attr]
    conn.close()


def test_the_lead_a_row_repeats_is_named(tmp_path: Path) -> None:
    conn = open_database(tmp_path)
    outbox, history = Outbox(conn), History(conn)
    first = outbox.enqueue({"name": "Ada", "email": "ada@example.com"})
    outbox.enqueue({"name": "Grace", "email": "grace@example.com"})
    again = outbox.enqueue({"name": "Ada L.", "email": "ADA@example.com"})
    path = tmp_path / "leads.csv"
    export_csv(history.page(HistoryQuery(), 0, 10), path, history.captures, history.earlier_leads)
    rows = {row["lead_number"]: row["repeats_lead_number"] for row in read_back(path)}
    assert rows == {str(again): str(first), str(first + 1): "", str(first): ""}
    conn.close()
