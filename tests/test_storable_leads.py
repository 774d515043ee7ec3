"""What can't be stored is refused in plain words, never half-saved or dropped without a word.

Deep custom data (json.dumps gives up below a thousand levels), broken
characters (lone surrogates, which UTF-8 and SQLite refuse) and values
JSON can't hold: validation refuses or repairs them with a message, the
store raises one app-level error for anything that still gets through, and
an import saves every row but the bad one. Real SQLite files throughout.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from octanist_desktop.core.json_limits import MAX_DEPTH, REPLACEMENT_CHARACTER
from octanist_desktop.core.validation import parse_custom, validate
from octanist_desktop.importing.csv_import import RowStatus
from octanist_desktop.store.database import DB_FILE, open_database
from octanist_desktop.store.lifecycle import LeadStatus, StoreError
from octanist_desktop.store.outbox import MAX_LEAD_BYTES, Outbox
from octanist_desktop.store.save_errors import LeadNotStorable
from octanist_desktop.ui.importing.worker import ImportJob, ImportWorker
from tests.test_import_dialog import import_all, open_dialog, stored_payloads


def nested(levels: int) -> str:
    """Custom-data text nested ``levels`` arrays deep."""
    return "[" * levels + "]" * levels


def deep_value(levels: int) -> list[object]:
    """A Python value nested ``levels`` lists deep, built without recursion."""
    top: list[object] = []
    inner = top
    for _ in range(levels - 1):
        child: list[object] = []
        inner.append(child)
        inner = child
    return top


@pytest.fixture
def outbox(data_dir: Path) -> Outbox:
    box = Outbox(open_database(data_dir))
    yield box  # type: ignore[misc]
    box.close()


# -- validation: depth ------------------------------------------------------------------


def test_custom_data_nested_988_levels_is_refused_in_plain_words() -> None:
    # The finding: this parsed, the form cleared, and json.dumps raised in the save.
    result = validate({"name": "Ada", "custom": nested(988)})

    assert not result.ok
    message = result.errors["custom"]
    assert message.startswith("Custom data: it is nested too deeply")
    assert f"{MAX_DEPTH} levels" in message
    assert "JSON" not in message
    assert "Recursion" not in message


def test_the_depth_limit_is_exact_and_what_passes_can_be_saved(outbox: Outbox) -> None:
    assert parse_custom(nested(MAX_DEPTH + 1)).kind == "error"
    result = validate({"name": "Ada", "custom": nested(MAX_DEPTH)})
    assert result.ok
    lead_id = outbox.enqueue(result.payload)
    stored = outbox.get(lead_id)
    assert stored is not None
    assert stored.payload == result.payload


# -- validation: broken characters ----------------------------------------------------------


def test_a_lone_surrogate_escaped_in_custom_json_is_replaced_and_said() -> None:
    result = validate({"name": "Ada", "custom": '{"mood": "\\ud83d happy", "\\udc00": 1}'})

    assert result.ok
    assert result.payload["custom"] == {
        "mood": f"{REPLACEMENT_CHARACTER} happy",
        REPLACEMENT_CHARACTER: 1,
    }
    assert "broken characters" in result.warnings["custom"]
    json.dumps(result.payload, ensure_ascii=False).encode("utf-8")  # storable now


def test_a_lone_surrogate_in_a_text_field_is_replaced_and_said(outbox: Outbox) -> None:
    result = validate({"name": "Zoë \ud83d", "note": "fine"})

    assert result.ok
    assert result.payload["name"] == f"Zoë {REPLACEMENT_CHARACTER}"
    assert result.warnings["name"].startswith("Name had broken characters")
    assert "note" not in result.warnings
    lead_id = outbox.enqueue(result.payload)
    stored = outbox.get(lead_id)
    assert stored is not None
    assert stored.name == f"Zoë {REPLACEMENT_CHARACTER}"


# -- the store: one app-level error for anything it can't keep --------------------------------


@pytest.mark.parametrize(
    ("payload", "says"),
    [
        ({"name": "Ada", "custom": deep_value(5_000)}, "Custom data is nested too deeply"),
        ({"name": "Ada", "custom": deep_value(MAX_DEPTH + 1)}, "Custom data is nested too deeply"),
        ({"name": "Ada \udc00"}, "Name has broken characters"),
        ({"name": "Ada", "custom": {"x": "\ud800"}}, "Custom data has broken characters"),
        ({"name": "Ada", "custom": {"score": float("nan")}}, "Custom data holds a number"),
        ({"name": "Ada", "custom": {1, 2}}, "Custom data holds something"),
        ({"name": "Ada", "note": "x" * (MAX_LEAD_BYTES + 1)}, "This lead is too large to save"),
    ],
)
def test_enqueue_refuses_what_it_cannot_store_with_a_plain_store_error(
    outbox: Outbox, data_dir: Path, payload: dict[str, object], says: str
) -> None:
    with pytest.raises(LeadNotStorable) as refused:
        outbox.enqueue(payload)

    assert isinstance(refused.value, StoreError)
    assert isinstance(refused.value, ValueError)  # what callers caught before
    message = str(refused.value)
    assert message.startswith(says)
    assert message.endswith(".")
    assert "Recursion" not in message
    assert "codec" not in message
    assert outbox.counts() == dict.fromkeys(LeadStatus, 0), "nothing half-stored"
    assert outbox.enqueue({"name": "Next"}) > 0, "the store still works"
    assert (data_dir / DB_FILE).exists()


def test_enqueue_each_saves_every_lead_but_the_one_it_cannot_store(outbox: Outbox) -> None:
    payloads: list[dict[str, object]] = [{"name": f"Row {n}"} for n in range(5)]
    payloads[2] = {"name": "Broken \ud800"}

    results = outbox.enqueue_each(payloads)

    assert isinstance(results[2], LeadNotStorable)
    saved = [r for r in results if isinstance(r, int)]
    assert len(saved) == 4
    names = [lead.name for lead in map(outbox.get, saved) if lead is not None]
    assert names == ["Row 0", "Row 1", "Row 3", "Row 4"]


# -- importing: a bad cell costs its row, not its batch ------------------------------------------


def test_an_import_batch_with_one_bad_payload_saves_all_the_others(
    qtbot: QtBot, data_dir: Path
) -> None:
    payloads: list[dict[str, object]] = [{"name": f"Visitor {n}"} for n in range(250)]
    payloads[17] = {"name": "Visitor 17", "custom": {"badge": "\udc9f"}}
    worker = ImportWorker(lambda: open_database(data_dir))
    refused: list[tuple[int, str]] = []
    finished: list[tuple[int, str]] = []
    worker.rowRefused.connect(lambda position, why: refused.append((position, why)))
    worker.importDone.connect(lambda done, error: finished.append((done, error)))

    worker.enqueue(ImportJob(payloads))

    assert finished == [(249, "")]
    assert refused == [
        (
            17,
            "Custom data has broken characters (half of an emoji, say) "
            "that can't be saved; type them again.",
        )
    ]
    names = [p["name"] for p in stored_payloads(data_dir)]
    assert len(names) == 249
    assert "Visitor 17" not in names
    assert names[-1] == "Visitor 249"


def test_a_csv_cell_with_a_broken_character_is_imported_with_a_warning(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    rows = ["Name,Email,Custom data"]
    rows += [f"Visitor {n},visitor{n}@example.com," for n in range(120)]
    rows[40] = 'Visitor 39,visitor39@example.com,"{""badge"": ""\\ud83d B-39""}"'
    source = tmp_path / "badges.csv"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")

    dialog = open_dialog(qtbot, source, data_dir)
    preview = dialog.preview()
    assert preview is not None
    row = preview.verdicts[39]
    assert row.status is RowStatus.WARNING
    assert "Custom data had broken characters" in row.message
    assert preview.count(RowStatus.READY) == 119

    assert import_all(qtbot, dialog) == 120
    stored = stored_payloads(data_dir)
    assert len(stored) == 120
    badge = stored[39]["custom"]
    assert isinstance(badge, dict)
    assert badge["badge"] == f"{REPLACEMENT_CHARACTER} B-39"


def test_the_database_refuses_text_with_lone_surrogates_which_is_why(data_dir: Path) -> None:
    """The premise: SQLite can't take a lone surrogate at all (what the import tripped on)."""
    conn = sqlite3.connect(data_dir / "probe.sqlite3")
    with pytest.raises(UnicodeEncodeError):
        conn.execute("SELECT ?", ("\ud800",))
    conn.close()
