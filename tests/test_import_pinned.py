"""Every row's verdict on realistic files, pinned: the import must not change a result by itself.

The preview's checks are tuned for speed (benchmarks/bench_import.py); this
test is the guard that tuning changes nothing a user sees or Octanist gets.
For each file below, every row's full verdict — status, payload (with its
key order), errors and warnings per field and as sentences, the phone in
E.164, the duplicate and history matches, the region and where it came
from — is compared with the one recorded in ``tests/import_pins/``. The
rows are checked the way the dialog checks them: by the import worker, with
the history in a real SQLite file.

When a change of behaviour is intended, record the new results and review
the diff like any other change of the product:

    UPDATE_IMPORT_PINS=1 make test PYTEST_ARGS="-q tests/test_import_pinned.py"
"""

from __future__ import annotations

import dataclasses
import enum
import json
import os
from pathlib import Path

import pytest

from benchmarks.bench_import import write_export
from octanist_desktop.importing.csv_import import ImportEvent, ImportPreview, suggest_targets
from octanist_desktop.importing.csv_table import CsvTable
from octanist_desktop.importing.sources import read_import_file
from octanist_desktop.store.database import open_database
from octanist_desktop.ui.importing.worker import CheckJob, ImportWorker
from tests.import_mix import store_earlier_leads, write_mixed

PINS = Path(__file__).parent / "import_pins"
FILES = Path(__file__).parent / "import_files"
UPDATE = os.environ.get("UPDATE_IMPORT_PINS") == "1"

EVENT = ImportEvent(
    name="Packaging Expo 2026",
    staff_member="Sam",
    source={"utm_source": "expo-2026", "utm_medium": "booth", "website": "https://expo.example"},
)


def worker_preview(
    table: CsvTable,
    data_dir: Path,
    region: str | None,
    *,
    event: ImportEvent | None = None,
    first_choice: dict[str, int] | None = None,
) -> ImportPreview:
    """The rows checked by the dialog's worker, with the history in ``data_dir``."""
    worker = ImportWorker(lambda: open_database(data_dir))
    results: list[object] = []
    worker.checked.connect(lambda _generation, preview: results.append(preview))
    worker.check(
        CheckJob(
            1,
            table,
            suggest_targets(table),
            region,
            event=event,
            first_choice=first_choice or {},
        )
    )
    (preview,) = results
    assert isinstance(preview, ImportPreview)
    return preview


def _plain(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    raise TypeError(f"can't pin {type(value).__name__}")


def _without_empty(record: dict[str, object]) -> dict[str, object]:
    # Shorter pins: an attribute left out was empty (None, "", (), {}, False).
    # The payload is kept whole, its false consent flags included; index 0 stays.
    return {key: value for key, value in record.items() if value or key == "index"}


def pinned_lines(preview: ImportPreview) -> list[str]:
    """One JSON line per row: its status and the whole verdict, empty attributes left out."""
    lines = []
    for verdict in preview.verdicts:
        record: dict[str, object] = {"status": verdict.status.value}
        record.update(dataclasses.asdict(verdict))
        if isinstance(record["result"], dict):
            record["result"] = _without_empty(record["result"])
        lines.append(json.dumps(_without_empty(record), ensure_ascii=False, default=_plain))
    return lines


def check_pinned(name: str, preview: ImportPreview) -> None:
    """Compare with (or, with UPDATE_IMPORT_PINS=1, record) ``import_pins/<name>.jsonl``."""
    path = PINS / f"{name}.jsonl"
    lines = pinned_lines(preview)
    if UPDATE:
        path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        return
    expected = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(expected), f"{name}: {len(lines)} rows, pinned {len(expected)}"
    changed = [i for i, (got, want) in enumerate(zip(lines, expected, strict=True)) if got != want]
    assert not changed, (
        f"{name}: {len(changed)} rows differ from the pinned results; the first:\n"
        f"pinned: {expected[changed[0]]}\nnow:    {lines[changed[0]]}"
    )


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> tuple[CsvTable, Path]:
    """The mixed export (400 rows) and a data folder whose history some rows repeat."""
    folder = tmp_path_factory.mktemp("mixed")
    write_mixed(folder / "export.csv", 400)
    store_earlier_leads(folder / "data")
    return read_import_file(folder / "export.csv"), folder / "data"


def test_mixed_file_in_the_default_region_against_the_history(
    mixed: tuple[CsvTable, Path],
) -> None:
    table, data_dir = mixed
    preview = worker_preview(table, data_dir, "NL")
    statuses = {verdict.status.value for verdict in preview.verdicts}
    # The file really is mixed: every kind of verdict, and history matches among them.
    assert statuses == {"ready", "warning", "duplicate", "error", "skipped"}
    assert sum(verdict.stored_before for verdict in preview.verdicts) >= 4
    check_pinned("mixed-nl", preview)


def test_mixed_file_with_an_event_and_the_landline_first(mixed: tuple[CsvTable, Path]) -> None:
    table, data_dir = mixed
    landline = table.headers.index("Telefoon")
    preview = worker_preview(table, data_dir, "DE", event=EVENT, first_choice={"phone": landline})
    check_pinned("mixed-de-event", preview)


def test_mixed_file_without_a_default_region(mixed: tuple[CsvTable, Path], tmp_path: Path) -> None:
    table, _data_dir = mixed
    check_pinned("mixed-no-region", worker_preview(table, tmp_path / "empty", None))


@pytest.mark.parametrize("name", sorted(path.name for path in FILES.iterdir()))
def test_real_shaped_files(name: str, mixed: tuple[CsvTable, Path]) -> None:
    _table, data_dir = mixed
    table = read_import_file(FILES / name)
    check_pinned(f"file-{Path(name).stem}", worker_preview(table, data_dir, "NL", event=EVENT))


def test_benchmark_export(tmp_path: Path) -> None:
    write_export(tmp_path / "expo.csv", 120)
    table = read_import_file(tmp_path / "expo.csv")
    check_pinned("bench-export", worker_preview(table, tmp_path / "data", "NL"))
