"""What the import dialog says about the file, the rows' verdicts and a finished import.

Counts are said with Qt's plural forms ("%Ln row(s)"), numbers in the
user's locale.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from PySide6.QtCore import QLocale

from octanist_desktop.core.words import QT_TRANSLATE_NOOP
from octanist_desktop.importing.column_mapping import ColumnTarget, mapped_fields
from octanist_desktop.importing.csv_import import ImportPreview, RowStatus
from octanist_desktop.importing.csv_table import CsvTable
from octanist_desktop.ui.words import TranslationContext, translated


class ImportWords(TranslationContext):
    """The translation context of these words (see ``TranslationContext``)."""


def rows_text(count: int) -> str:
    """ "1 row", "1,200 rows"."""
    return ImportWords.tr("%Ln row(s)", None, count)


def leads_text(count: int) -> str:
    """ "1 lead", "1,200 leads"."""
    return ImportWords.tr("%Ln lead(s)", None, count)


#: The delimiters' names, as ``CsvTable.delimiter_name`` gives them.
_DELIMITERS = {
    "comma": QT_TRANSLATE_NOOP("ImportWords", "comma-separated"),
    "semicolon": QT_TRANSLATE_NOOP("ImportWords", "semicolon-separated"),
    "tab": QT_TRANSLATE_NOOP("ImportWords", "tab-separated"),
}


def describe_file(path: Path, table: CsvTable, *, recalled: bool) -> str:
    """The line above the steps: the file, what it holds, and how it was read."""
    name = path.name
    count = len(table.rows)
    if table.is_vcard and path.suffix.lower() in (".vcf", ".vcard"):
        return ImportWords.tr("{file}: %Ln vCard(s).", None, count).format(file=name)
    if table.is_vcard:
        return ImportWords.tr("{file}: %Ln contact card(s).", None, count).format(file=name)
    separated = _DELIMITERS.get(table.delimiter_name)
    delimiter = (
        ImportWords.tr(separated)
        if separated is not None
        else ImportWords.tr("{delimiter}-separated").format(delimiter=table.delimiter_name)
    )
    text = ImportWords.tr(
        "{file}: {rows}, %Ln column(s), {delimiter}, {encoding}.",
        None,
        len(table.headers),
    ).format(
        file=name,
        rows=rows_text(count),
        delimiter=delimiter,
        encoding=table.encoding_label,
    )
    if recalled:
        text += " " + ImportWords.tr("Column choices from your last file with these columns.")
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
    parts = [ImportWords.tr("%Ln lead(s) ready to import", None, ready)]
    warnings = preview.count(RowStatus.WARNING)
    if warnings:
        parts.append(ImportWords.tr("%Ln of them with a warning", None, warnings))
    errors = preview.count(RowStatus.ERROR)
    if errors:
        parts.append(ImportWords.tr("%Ln row(s) with errors", None, errors))
    skipped = preview.count(RowStatus.SKIPPED)
    if skipped:
        parts.append(ImportWords.tr("%Ln row(s) that are no leads skipped", None, skipped))
    duplicates = preview.count(RowStatus.DUPLICATE)
    if duplicates:
        if include_duplicates:
            said = ImportWords.tr("%Ln duplicate(s) imported too", None, duplicates)
        else:
            said = ImportWords.tr("%Ln duplicate(s) skipped", None, duplicates)
        parts.append(said)
    if imported:
        parts.append(ImportWords.tr("%Ln lead(s) already imported", None, len(imported)))
    missing = {"name", "email", "phone"} - mapped_fields(targets)
    # A list of whole facts: Dutch and German punctuate it as English does.
    text = "; ".join(parts) + "."
    if missing == {"name", "email", "phone"}:
        text += " " + ImportWords.tr("No column goes to Name, Email or Phone: choose one above.")
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
        text = ImportWords.tr("Imported {done} of %Ln. {error}", None, total).format(
            done=QLocale().toString(done), error=translated(error)
        )
    elif cancelled and done < total:
        text = ImportWords.tr(
            "Stopped after {done} of %Ln; those are saved and will be sent. "
            "Import again to add the rest.",
            None,
            total,
        ).format(done=QLocale().toString(done))
    else:
        text = ImportWords.tr("Imported %Ln lead(s); sending in the background.", None, done)
    if refused:
        said = [
            ImportWords.tr("row {row}: {why}").format(row=row, why=translated(why))
            for row, why in refused
        ]
        shown = " ".join(said[:3])
        if len(said) > 3:
            shown = ImportWords.tr("{rows} (and %Ln more)", None, len(said) - 3).format(rows=shown)
        text += " " + ImportWords.tr("Not saved: {rows}").format(rows=shown)
    if invalid:
        text += " " + ImportWords.tr(
            "%Ln row(s) with errors left out: save them to fix.", None, invalid
        )
    return text
