"""What the import dialog says about the file, the rows' verdicts and a finished import.

The words keep the dialog's translation context (``ImportDialog``), where
they always were.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from octanist_desktop.importing.column_mapping import ColumnTarget, mapped_fields
from octanist_desktop.importing.csv_import import ImportPreview, RowStatus
from octanist_desktop.importing.csv_table import CsvTable


def rows_text(count: int) -> str:
    """ "1 row", "1,200 rows"."""
    return f"{count:,} row{'s' if count != 1 else ''}"


def leads_text(count: int) -> str:
    """ "1 lead", "1,200 leads"."""
    return f"{count:,} lead{'s' if count != 1 else ''}"


def describe_file(path: Path, table: CsvTable, *, recalled: bool) -> str:
    """The line above the steps: the file, what it holds, and how it was read."""
    name = path.name
    count = len(table.rows)
    if table.is_vcard and path.suffix.lower() in (".vcf", ".vcard"):
        if count == 1:
            return QCoreApplication.translate("ImportDialog", "{file}: 1 vCard.").format(file=name)
        return QCoreApplication.translate("ImportDialog", "{file}: {count} vCards.").format(
            file=name, count=f"{count:,}"
        )
    if table.is_vcard:
        if count == 1:
            return QCoreApplication.translate("ImportDialog", "{file}: 1 contact card.").format(
                file=name
            )
        return QCoreApplication.translate("ImportDialog", "{file}: {count} contact cards.").format(
            file=name, count=f"{count:,}"
        )
    text = QCoreApplication.translate(
        "ImportDialog", "{file}: {rows}, {columns} columns, {delimiter}-separated, {encoding}."
    ).format(
        file=name,
        rows=rows_text(count),
        columns=len(table.headers),
        delimiter=table.delimiter_name,
        encoding=table.encoding_label,
    )
    if recalled:
        text += " " + QCoreApplication.translate(
            "ImportDialog", "Column choices from your last file with these columns."
        )
    return text


def ready_count(
    preview: ImportPreview, imported: Collection[int], *, include_duplicates: bool
) -> int:
    """How many rows the Import button would enqueue now."""
    return sum(
        1
        for v in preview.importable(include_duplicates=include_duplicates)
        if v.index not in imported
    )


def summary(
    preview: ImportPreview,
    imported: Collection[int],
    targets: list[ColumnTarget],
    *,
    include_duplicates: bool,
) -> str:
    """The line under the rows: ready, with warnings, with errors, skipped, duplicates."""
    ready = ready_count(preview, imported, include_duplicates=include_duplicates)
    parts = [f"{leads_text(ready)} ready to import"]
    warnings = preview.count(RowStatus.WARNING)
    if warnings:
        parts.append(f"{warnings:,} of them with a warning")
    errors = preview.count(RowStatus.ERROR)
    if errors:
        parts.append(f"{rows_text(errors)} with errors")
    skipped = preview.count(RowStatus.SKIPPED)
    if skipped:
        parts.append(f"{rows_text(skipped)} that are no leads skipped")
    duplicates = preview.count(RowStatus.DUPLICATE)
    if duplicates:
        verb = "imported too" if include_duplicates else "skipped"
        parts.append(f"{duplicates:,} duplicate{'s' if duplicates != 1 else ''} {verb}")
    if imported:
        parts.append(f"{leads_text(len(imported))} already imported")
    missing = {"name", "email", "phone"} - mapped_fields(targets)
    text = "; ".join(parts) + "."
    if missing == {"name", "email", "phone"}:
        text += " No column goes to Name, Email or Phone: choose one above."
    return text


def import_result(
    done: int,
    total: int,
    *,
    error: str,
    cancelled: bool,
    refused: list[tuple[int, str]],
    invalid: int,
) -> str:
    """How an import ended: how many of how many, why it stopped, which rows the store
    refused (row number and why), and the rows with errors left out."""
    if error:
        text = f"Imported {leads_text(done)} of {total:,}. {error}"
    elif cancelled and done < total:
        text = (
            f"Stopped after {leads_text(done)} of {total:,}; those are saved and will be sent. "
            "Import again to add the rest."
        )
    else:
        text = f"Imported {leads_text(done)}; sending in the background."
    if refused:
        said = [
            QCoreApplication.translate("ImportDialog", "row {row}: {why}").format(row=row, why=why)
            for row, why in refused
        ]
        shown = " ".join(said[:3])
        if len(said) > 3:
            shown = QCoreApplication.translate("ImportDialog", "{rows} (and {more} more)").format(
                rows=shown, more=f"{len(said) - 3:,}"
            )
        text += " " + QCoreApplication.translate("ImportDialog", "Not saved: {rows}").format(
            rows=shown
        )
    if invalid:
        verb = "was" if invalid == 1 else "were"
        text += f" {rows_text(invalid).capitalize()} with errors {verb} left out: save them to fix."
    return text
