"""Checking every row of an export as a lead, finding duplicates, and writing back the rejects.

A row becomes a draft through the column mapping, gets the capture method
"import" (and its custom columns) merged into ``custom`` the way the form
merges event data (``core.custom_merge``), and is judged by the same
``validate()`` the form uses. Errors block a row, warnings don't. A row
with the same email or phone as an earlier good row of the file, or the
very same cells, is a duplicate; so is a row whose email or phone matches a
lead already in the history (the same file imported twice, a visitor typed
in at the booth and then exported from the badge scanner). Duplicates are
skipped unless the user asks for them.

Rows that can't be imported are written to a CSV for fixing: the original
columns plus an "error" column, with the input's delimiter, in UTF-8 with a
byte-order mark so Excel shows accents right. That file can be imported
again as it is; its "error" column is ignored then.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from octanist_desktop.core.custom_merge import LeadContext, merge_into_draft
from octanist_desktop.core.fields import FIELD_BY_KEY
from octanist_desktop.core.validation import NEEDS_IDENTIFIER, ValidationResult, validate
from octanist_desktop.importing.column_mapping import (
    NAME_PART_KINDS,
    ColumnTarget,
    TargetKind,
    normalise_header,
)
from octanist_desktop.importing.csv_table import CsvTable

#: What imported leads carry as ``custom.capture_method``.
IMPORT_CAPTURE_METHOD = "import"
ERROR_COLUMN = "error"

NO_IDENTIFIER = "No name, email or phone in this row; its other columns alone don't make a lead."
# Fields whose values from several columns are all kept, one per paragraph.
_JOINED_FIELDS = frozenset({"note"})
_NOT_DIGITS = re.compile(r"\D")
_MIN_PHONE_DIGITS = 6

#: ``(email, phone) -> why a stored lead matches, or None``: what the history knows.
StoredLookup = Callable[[str | None, str | None], str | None]


class RowStatus(StrEnum):
    """A row's fate in the preview."""

    READY = "ready"
    WARNING = "warning"  # will be imported; something is worth a look
    DUPLICATE = "duplicate"  # skipped unless duplicates are included
    ERROR = "error"  # can't be imported; goes to the file for fixing


@dataclass(frozen=True, slots=True)
class RowVerdict:
    """What one row comes to.

    ``index`` is the row's position in ``CsvTable.rows``; ``row_number`` is
    what a spreadsheet shows (the header is row 1). ``errors`` and
    ``warnings`` are sentences naming their field. ``result`` is None only for
    a row that could not be read at all.
    """

    index: int
    row_number: int
    result: ValidationResult | None
    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    duplicate_of: int | None = None
    duplicate_reason: str = ""
    #: The email or phone matches a lead already in the history.
    stored_before: bool = False

    @property
    def status(self) -> RowStatus:
        """Error beats duplicate beats warning."""
        if self.errors:
            return RowStatus.ERROR
        if self.duplicate_of is not None or self.stored_before:
            return RowStatus.DUPLICATE
        return RowStatus.WARNING if self.warnings else RowStatus.READY

    @property
    def payload(self) -> dict[str, object]:
        """The JSON body this row would be sent as (best effort for error rows)."""
        return dict(self.result.payload) if self.result is not None else {}

    @property
    def message(self) -> str:
        """Everything to tell the user about this row, on one line."""
        parts = list(self.errors)
        if self.duplicate_reason:
            parts.append(self.duplicate_reason)
        parts.extend(self.warnings)
        return " · ".join(parts)


@dataclass(slots=True)
class ImportPreview:
    """Every row's verdict, in file order."""

    verdicts: list[RowVerdict] = field(default_factory=list)

    def count(self, status: RowStatus) -> int:
        """How many rows have ``status``."""
        return sum(1 for verdict in self.verdicts if verdict.status is status)

    def importable(self, *, include_duplicates: bool = False) -> list[RowVerdict]:
        """The rows to enqueue, in file order."""
        allowed = {RowStatus.READY, RowStatus.WARNING}
        if include_duplicates:
            allowed.add(RowStatus.DUPLICATE)
        return [verdict for verdict in self.verdicts if verdict.status in allowed]

    def invalid(self) -> list[RowVerdict]:
        """The rows that can't be imported as they are."""
        return [verdict for verdict in self.verdicts if verdict.status is RowStatus.ERROR]


def row_draft(cells: Sequence[str], targets: Sequence[ColumnTarget]) -> dict[str, object]:
    """The lead draft one row makes, with the capture method merged into ``custom``.

    Several columns on one field: the first non-blank wins, except the note,
    which keeps them all. Name parts are joined first-middle-last, unless a
    Name column has a value. Custom columns become keys of the custom object.
    """
    draft: dict[str, object] = {}
    name_parts: dict[TargetKind, list[str]] = {kind: [] for kind in NAME_PART_KINDS}
    custom_columns: dict[str, object] = {}
    for target, raw in zip(targets, cells, strict=False):
        value = raw.strip()
        if not value or target.kind is TargetKind.IGNORE:
            continue
        if target.kind is TargetKind.FIELD:
            if target.key in _JOINED_FIELDS and target.key in draft:
                draft[target.key] = f"{draft[target.key]}\n\n{value}"
            else:
                draft.setdefault(target.key, value)
        elif target.kind is TargetKind.CUSTOM:
            custom_columns.setdefault(target.key, value)
        else:
            name_parts[target.kind].append(value)
    if "name" not in draft:
        joined = " ".join(part for kind in NAME_PART_KINDS for part in name_parts[kind])
        if joined:
            draft["name"] = joined
    context = LeadContext(answers=custom_columns, capture_method=IMPORT_CAPTURE_METHOD)
    merged, _how = merge_into_draft(draft, context)
    return merged


class RowChecker:
    """Judges rows one at a time, remembering earlier ones to spot duplicates.

    ``stored`` looks a row's email and phone up in the history; without it,
    only duplicates within the file are found.
    """

    def __init__(
        self,
        targets: Sequence[ColumnTarget],
        *,
        default_region: str | None,
        stored: StoredLookup | None = None,
    ) -> None:
        self._targets = tuple(targets)
        self._region = default_region
        self._stored = stored
        self._emails: dict[str, int] = {}
        self._phones: dict[str, int] = {}
        self._rows: dict[tuple[str, ...], int] = {}

    def check(
        self, index: int, cells: Sequence[str], row_number: int, problem: str | None = None
    ) -> RowVerdict:
        """The verdict on one row; ``problem`` says why a row could not be read at all."""
        if problem is not None:
            return RowVerdict(index, row_number, None, errors=(problem,))
        result = validate(row_draft(cells, self._targets), default_region=self._region)
        errors = tuple(_sentence(key, text) for key, text in result.errors.items())
        warnings = tuple(_sentence(key, text) for key, text in result.warnings.items())
        if errors:
            return RowVerdict(index, row_number, result, errors, warnings)
        first, reason = self._earlier_copy(cells, result, row_number)
        if first is None and self._stored is not None:
            email, phone = result.payload.get("email"), result.payload.get("phone")
            known = self._stored(
                email if isinstance(email, str) else None, phone if isinstance(phone, str) else None
            )
            if known is not None:
                return RowVerdict(
                    index, row_number, result, errors, warnings, None, known, stored_before=True
                )
        return RowVerdict(index, row_number, result, errors, warnings, first, reason)

    def _earlier_copy(
        self, cells: Sequence[str], result: ValidationResult, row_number: int
    ) -> tuple[int | None, str]:
        same_cells = tuple(cell.strip() for cell in cells)
        email = result.payload.get("email")
        email_key = email.casefold() if isinstance(email, str) else None
        phone_key = _phone_key(result)
        first = self._rows.get(same_cells)
        if first is not None:
            return first, f"Same as row {first}."
        self._rows[same_cells] = row_number
        if email_key is not None:
            first = self._emails.setdefault(email_key, row_number)
            if first != row_number:
                return first, f"Same email as row {first}."
        if phone_key is not None:
            first = self._phones.setdefault(phone_key, row_number)
            if first != row_number:
                return first, f"Same phone as row {first}."
        return None, ""


def _phone_key(result: ValidationResult) -> str | None:
    if result.phone_e164:
        return result.phone_e164
    phone = result.payload.get("phone")
    if not isinstance(phone, str):
        return None
    digits = _NOT_DIGITS.sub("", phone)
    return digits if len(digits) >= _MIN_PHONE_DIGITS else None


def _sentence(key: str, text: str) -> str:
    if key == "name" and text == NEEDS_IDENTIFIER:
        return NO_IDENTIFIER
    field_ = FIELD_BY_KEY.get(key)
    return f"{field_.label}: {text}" if field_ is not None else text


def check_rows(
    table: CsvTable,
    targets: Sequence[ColumnTarget],
    *,
    default_region: str | None,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    report_every: int = 250,
    stored: StoredLookup | None = None,
) -> ImportPreview | None:
    """Judge every row of ``table``; None when ``should_stop()`` said so part-way.

    ``progress(done, total)`` is called every ``report_every`` rows and at the end.
    ``stored`` finds rows already in the history (see ``RowChecker``).
    """
    checker = RowChecker(targets, default_region=default_region, stored=stored)
    preview = ImportPreview()
    total = len(table.rows)
    for index, cells in enumerate(table.rows):
        if index % report_every == 0:
            if should_stop is not None and should_stop():
                return None
            if progress is not None and index:
                progress(index, total)
        preview.verdicts.append(
            checker.check(index, cells, table.row_numbers[index], table.problems.get(index))
        )
    if progress is not None:
        progress(total, total)
    return preview


def write_invalid_rows(path: Path, table: CsvTable, verdicts: Sequence[RowVerdict]) -> int:
    """Write ``verdicts``' original rows plus an "error" column to ``path``; returns the count.

    Same delimiter as the input, UTF-8 with BOM. An input that already had an
    "error" column (a fixed file imported again) gets it overwritten.
    """
    width = len(table.headers)
    existing = next(
        (i for i, h in enumerate(table.headers) if normalise_header(h) == ERROR_COLUMN), None
    )
    headers = list(table.headers) if existing is not None else [*table.headers, ERROR_COLUMN]
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=table.delimiter)
        writer.writerow(headers)
        for verdict in verdicts:
            row = table.rows[verdict.index]
            cells = [*row[:width], *[""] * (width - len(row))]
            # Cells beyond the header (a stray delimiter) stay, after the error.
            extra = list(row[width:])
            if existing is not None:
                cells[existing] = verdict.message
            else:
                cells.append(verdict.message)
            writer.writerow([*cells, *extra])
    return len(verdicts)
