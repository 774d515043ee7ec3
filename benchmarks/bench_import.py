"""A 10,000-row export: preview (read, map, check every row) and import (commit every lead).

    python -m benchmarks.bench_import [ROWS]

The file is shaped like a lead-retrieval export at its messiest: a report
preamble, semicolons, Windows-1252, a ticket-number column, Mobile and
Business phone columns, a country column in three languages, placeholders
and a footer. The preview is what the import dialog's worker does before it
shows the table (``read_import_file``, ``suggest_targets``, ``check_rows``
with the history lookup on a real SQLite file); the import is its
``Outbox.enqueue_many`` in batches of ``IMPORT_BATCH``, fsynced. Then the
whole way through the dialog (offscreen): from opening it on the file to
every row shown, and the longest its event loop waited meanwhile (a 5 ms
timer's lateness, as in ``bench_responsive``). The baseline is reading the
same file with the ``csv`` module alone.
Targets: preview < 2 s, import < 5 s, the window never waits 50 ms or more.
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from benchmarks.bench_responsive import TARGET_S, LoopWatch, run_until
from benchmarks.report import machine, ms, table, verdict
from octanist_desktop.importing.csv_import import ImportPreview, check_rows, suggest_targets
from octanist_desktop.importing.sources import read_import_file
from octanist_desktop.store.database import open_database
from octanist_desktop.store.history import History
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui.importing.dialog import ImportDialog
from octanist_desktop.ui.importing.stores import ImportStores
from octanist_desktop.ui.importing.worker import IMPORT_BATCH, stored_lookup

_COUNTRIES = (
    ("Nederland", "06 1{:07d}"),
    ("Deutschland", "0171 {:07d}"),
    ("Belgium", "0470 {:06d}"),
    ("Autriche", "0664 {:07d}"),
)


def write_export(path: Path, rows: int) -> None:
    """A messy cp1252 semicolon export of ``rows`` visitors."""
    lines = [
        "ExpoScan Lead Retrieval Report;;;;;;;;;",
        "Event: Packaging Expo Amsterdam;;;;;;;;;",
        ";;;;;;;;;",
        "Badge ID;Attendee;Voornaam;Achternaam;Bedrijf;E-mail;Telefoon;Mobiel;Land;Opmerkingen",
    ]
    for i in range(rows):
        country, mobile = _COUNTRIES[i % len(_COUNTRIES)]
        email = "N/A" if i % 17 == 0 else f"bezoeker{i}@bedrijf{i % 300}.example"
        business = f"020 {i % 1_000_000:07d}" if i % 3 == 0 else "-"
        note = "Wil een offerte; belt terug" if i % 5 == 0 else ""
        lines.append(
            f"{100000 + i};{4000 + i};Zoë;Bakker {i};Bakkerij {i % 97};{email};"
            f"{business};{mobile.format(i % 1_000_000)};{country};{note}"
        )
    lines += [";;;;;;;;;", f"Total leads: {rows};;;;;;;;;", "© ExpoScan — Generated;;;;;;;;;"]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def read_with_csv(path: Path) -> int:
    """The baseline: decode and split the file, nothing else."""
    with path.open(encoding="cp1252", newline="") as handle:
        return sum(1 for _row in csv.reader(handle, delimiter=";"))


def preview(path: Path, data_dir: Path) -> ImportPreview:
    """Read, map and check every row, as the dialog does before it shows the table."""
    conn = open_database(data_dir)
    try:
        imported = read_import_file(path)
        result = check_rows(
            imported,
            suggest_targets(imported),
            default_region="NL",
            stored=stored_lookup(History(conn)),
        )
    finally:
        conn.close()
    assert result is not None
    return result


def import_rows(result: ImportPreview, data_dir: Path) -> int:
    """Commit every importable row, a batch per transaction, as the worker does."""
    payloads = [verdict.payload for verdict in result.importable()]
    conn = open_database(data_dir)
    try:
        outbox = Outbox(conn)
        for start in range(0, len(payloads), IMPORT_BATCH):
            outbox.enqueue_many(payloads[start : start + IMPORT_BATCH])
    finally:
        conn.close()
    return len(payloads)


def in_the_dialog(app: QApplication, path: Path, data_dir: Path) -> tuple[float, float]:
    """Seconds from opening the import dialog on ``path`` to every row shown in it,
    and the longest its event loop waited meanwhile."""
    watcher = LoopWatch()
    shown: list[float] = []
    watcher.start()
    started = time.perf_counter()
    dialog = ImportDialog(path, stores=ImportStores.in_folder(data_dir), default_region="NL")
    dialog.previewReady.connect(lambda: shown.append(time.perf_counter()))
    dialog.show()
    run_until(app, lambda: bool(shown))
    watcher.stop()
    dialog.close()
    dialog.deleteLater()
    app.processEvents()
    return shown[0] - started, max(watcher.lateness, default=0.0)


def timed(run: object) -> tuple[float, object]:
    """Seconds one call of ``run()`` takes, and what it returned."""
    assert callable(run)
    start = time.perf_counter()
    value = run()
    return time.perf_counter() - start, value


def main() -> None:
    """Print the table."""
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "expo-leads.csv"
        write_export(path, rows)
        baseline, _count = timed(lambda: read_with_csv(path))
        # The first preview pays for loading phone metadata and country names,
        # as the first import of a session does; the second is a re-check.
        first, result = timed(lambda: preview(path, Path(tmp) / "first"))
        again, _ = timed(lambda: preview(path, Path(tmp) / "first"))
        assert isinstance(result, ImportPreview)
        app = QApplication.instance() or QApplication([])
        assert isinstance(app, QApplication)
        shown, waited = in_the_dialog(app, path, Path(tmp) / "dialog")
        saved, count = timed(lambda: import_rows(result, Path(tmp) / "first"))
    print(f"Machine: {machine()}\n")
    print(
        table(
            f"Importing a {rows:,}-row export ({count:,} leads importable)",
            ["step", "time", "÷ csv module alone", "target"],
            [
                [
                    "baseline: read the file with the csv module alone",
                    f"{baseline:.3f} s",
                    "1",
                    "—",
                ],
                [
                    "preview, first in the process (read, map, check, history lookup)",
                    f"{first:.2f} s",
                    f"{first / baseline:.0f}×",
                    f"< 2 s — {verdict(first < 2.0)}",
                ],
                [
                    "preview again (a column changed, the same phones)",
                    f"{again:.2f} s",
                    f"{again / baseline:.0f}×",
                    f"< 2 s — {verdict(again < 2.0)}",
                ],
                [
                    "the dialog: opened on the file → every row shown",
                    f"{shown:.2f} s",
                    f"{shown / baseline:.0f}×",
                    f"< 2 s — {verdict(shown < 2.0)}",
                ],
                [
                    "… the longest the window waited meanwhile",
                    ms(waited),
                    "—",
                    f"< {TARGET_S * 1000:.0f} ms — {verdict(waited < TARGET_S)}",
                ],
                [
                    f"import: commit {count:,} leads, {IMPORT_BATCH} per fsync",
                    f"{saved:.2f} s",
                    f"{saved / baseline:.0f}×",
                    f"< 5 s — {verdict(saved < 5.0)}",
                ],
            ],
        )
    )


if __name__ == "__main__":
    main()
