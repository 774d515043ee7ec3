"""Checking every row of an export as a lead, finding duplicates, and writing back the rejects.

A row becomes a draft through the column mapping (``row_reading``), gets
the capture method "import" (and its custom columns, and the event's tags
when asked) merged into ``custom`` the way the form merges event data
(``core.custom_merge``), and is judged by the same ``validate()`` the form
uses. Errors block a row, warnings don't.

Phones are read in the row's own region: its country column when it has
one, else the default region; the verdict says which, so the preview can
show it. A national number that isn't valid in that region is an error,
never a silent send of a plausible wrong number. A row
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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from octanist_desktop.core.countries import country_name, region_for
from octanist_desktop.core.fields import FIELD_BY_KEY
from octanist_desktop.core.phone import read_phone, region_code
from octanist_desktop.core.validation import ValidationResult, validate
from octanist_desktop.core.words import QT_TRANSLATE_NOOP
from octanist_desktop.importing.column_kinds import profile_columns
from octanist_desktop.importing.column_mapping import ColumnTarget, auto_map, normalise_header
from octanist_desktop.importing.csv_table import CsvTable
from octanist_desktop.importing.row_reading import (
    IMPORT_CAPTURE_METHOD,
    ImportEvent,
    RowNote,
    RowReader,
)

__all__ = [
    "IMPORT_CAPTURE_METHOD",
    "ImportEvent",
    "ImportPreview",
    "RegionSource",
    "RowChecker",
    "RowStatus",
    "RowVerdict",
    "check_rows",
    "row_draft",
    "suggest_targets",
    "write_invalid_rows",
]

ERROR_COLUMN = "error"

NO_IDENTIFIER = QT_TRANSLATE_NOOP(
    "ImportRows", "No name, email or phone in this row; its other columns alone don't make a lead."
)
_EXCHANGE_DROPPED = QT_TRANSLATE_NOOP(
    "ImportRows",
    "Email: an Exchange internal address (/o=…) is not an email address; it was left out.",
)
_NOT_DIGITS = re.compile(r"\D")
_MIN_PHONE_DIGITS = 6

#: ``[(email, phone), …] -> [why a stored lead matches, or None, …]``: what the history
#: knows, asked for many rows at once.
StoredLookup = Callable[[Sequence[tuple[str | None, str | None]]], Sequence[str | None]]


class RowStatus(StrEnum):
    """A row's fate in the preview."""

    READY = "ready"
    WARNING = "warning"  # will be imported; something is worth a look
    DUPLICATE = "duplicate"  # skipped unless duplicates are included
    ERROR = "error"  # can't be imported; goes to the file for fixing
    SKIPPED = "skipped"  # not a lead at all: a totals line, a footer, the header again


class RegionSource(StrEnum):
    """Where the region a row's phone was read in came from."""

    NONE = "none"  # the row has no phone
    NUMBER = "number"  # the number has its own country code (+…, 00…)
    ROW = "row"  # the row's country column
    DEFAULT = "default"  # the app's default region
    UNKNOWN = "unknown"  # no country column value and no default region


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
    #: Why this row is no lead at all ("" for a row that is one).
    skip_reason: str = ""
    #: The region the phone was read in ("DE"), and where that came from.
    region: str | None = None
    region_source: RegionSource = RegionSource.NONE
    #: Skipped beats error beats duplicate beats warning. Worked out once: the
    #: dialog counts and filters 10,000 rows by it on the GUI thread.
    status: RowStatus = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", _status_of(self))

    @property
    def payload(self) -> dict[str, object]:
        """The JSON body this row would be sent as (best effort for error rows)."""
        return dict(self.result.payload) if self.result is not None else {}

    @property
    def message(self) -> str:
        """Everything to tell the user about this row, on one line."""
        if self.skip_reason:
            return self.skip_reason
        parts = list(self.errors)
        if self.duplicate_reason:
            parts.append(self.duplicate_reason)
        parts.extend(self.warnings)
        return " · ".join(parts)


def _status_of(verdict: RowVerdict) -> RowStatus:
    if verdict.skip_reason:
        return RowStatus.SKIPPED
    if verdict.errors:
        return RowStatus.ERROR
    if verdict.duplicate_of is not None or verdict.stored_before:
        return RowStatus.DUPLICATE
    return RowStatus.WARNING if verdict.warnings else RowStatus.READY


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


def suggest_targets(table: CsvTable) -> list[ColumnTarget]:
    """Each column's destination as guessed from its header and its values."""
    return auto_map(table.headers, profile_columns(table.rows, len(table.headers)))


def row_draft(
    cells: Sequence[str],
    targets: Sequence[ColumnTarget],
    headers: Sequence[str] | None = None,
    *,
    event: ImportEvent | None = None,
) -> dict[str, object]:
    """The lead draft one row makes, with the capture method merged into ``custom``.

    Several columns on one field: the first non-blank wins (for Email and
    Phone the best-ranked one), except the note, which keeps them all. Name
    parts are joined first-middle-last, unless a Name column has a value.
    Custom columns become keys of the custom object. (See ``RowReader``,
    which does this for a whole file without redoing the ranking per row.)
    """
    return RowReader(targets, headers, event=event).read(cells).draft


class RowChecker:
    """Judges rows one at a time, remembering earlier ones to spot duplicates.

    ``stored`` looks rows' emails and phones up in the history; without it,
    only duplicates within the file are found. Those lookups wait until
    ``settle`` asks for all waiting rows at once. ``headers`` name the
    columns (ranking and custom keys); ``event`` tags every row with the event.
    ``language`` names countries in the row's messages ("de": "Österreich").
    """

    def __init__(
        self,
        targets: Sequence[ColumnTarget],
        *,
        default_region: str | None,
        stored: StoredLookup | None = None,
        headers: Sequence[str] | None = None,
        event: ImportEvent | None = None,
        first_choice: Mapping[str, int] | None = None,
        language: str = "en",
    ) -> None:
        self._language = language
        self._reader = RowReader(targets, headers, event=event, first_choice=first_choice)
        self._region = region_code(default_region)
        self._stored = stored
        self._emails: dict[str, int] = {}
        self._phones: dict[str, int] = {}
        self._rows: dict[tuple[str, ...], int] = {}
        # Rows to look up in the history: (index, email, phone).
        self._waiting: list[tuple[int, str | None, str | None]] = []
        # A file names a handful of countries thousands of times.
        self._regions: dict[str, str | None] = {}

    def check(
        self,
        index: int,
        cells: Sequence[str],
        row_number: int,
        problem: str | None = None,
        *,
        skip: str | None = None,
    ) -> RowVerdict:
        """The verdict on one row; ``problem`` says why a row could not be read at all.

        ``skip`` says why the row is no lead (a footer line): it is not checked.
        Whether the row is already in the history is known after ``settle``.
        """
        if skip:
            return RowVerdict(index, row_number, None, skip_reason=skip)
        if problem is not None:
            return RowVerdict(index, row_number, None, errors=(problem,))
        reading = self._reader.read(cells)
        draft = reading.draft
        errors: list[str] = []
        warnings: list[str] = []
        if RowNote.EXCHANGE_EMAIL in reading.notes and not draft.get("email"):
            warnings.append(_EXCHANGE_DROPPED)
        region, source, unknown_country = self._row_region(reading.countries)
        if reading.phone:
            phone_error, phone_warning, source = self._phone(
                reading.phone, region, source, unknown_country
            )
            if phone_error:
                errors.append(phone_error)
            if phone_warning:
                warnings.append(phone_warning)
            # draft["phone"] stays as written: validate() reads it in the same region
            # (core.phone keeps the parse) and sends its international form.
        else:
            source = RegionSource.NONE
        result = validate(draft, default_region=region)
        if errors and isinstance(result.payload.get("phone"), str):
            # An invalid number is shown as written, not in an international form it
            # doesn't have.
            result.payload["phone"] = reading.phone
        errors.extend(
            _sentence(key, text, missing_identifier=result.missing_identifier)
            for key, text in result.errors.items()
        )
        warnings.extend(
            _sentence(key, text)
            for key, text in result.warnings.items()
            if not (key == "phone" and errors)
        )
        region_shown = region if source is not RegionSource.NONE else None
        first: int | None = None
        reason = ""
        if not errors:
            first, reason = self._earlier_copy(cells, result, row_number)
            if first is None and self._stored is not None:
                email, phone = result.payload.get("email"), result.payload.get("phone")
                self._waiting.append(
                    (
                        index,
                        email if isinstance(email, str) else None,
                        phone if isinstance(phone, str) else None,
                    )
                )
        return RowVerdict(
            index,
            row_number,
            result,
            tuple(errors),
            tuple(warnings),
            first,
            reason,
            region=region_shown,
            region_source=source,
        )

    def settle(self, verdicts: list[RowVerdict]) -> None:
        """Look every row checked since the last call up in the history, at once.

        ``verdicts`` holds the verdicts by row index; those of rows already
        in the history are replaced by duplicates that say which lead they repeat.
        """
        waiting, self._waiting = self._waiting, []
        if not waiting or self._stored is None:
            return
        known = self._stored([(email, phone) for _index, email, phone in waiting])
        for (index, _email, _phone), reason in zip(waiting, known, strict=True):
            if reason is not None:
                verdicts[index] = replace(
                    verdicts[index], duplicate_reason=reason, stored_before=True
                )

    def _row_region(self, countries: Sequence[str]) -> tuple[str | None, RegionSource, str]:
        """The row's region, where it came from, and a country cell that named no country."""
        unknown = ""
        for cell in countries:
            region = self._regions.get(cell, "")
            if region == "":
                region = self._regions[cell] = region_for(cell)
            if region is not None:
                return region, RegionSource.ROW, ""
            unknown = unknown or cell
        if self._region is not None:
            return self._region, RegionSource.DEFAULT, unknown
        return None, RegionSource.UNKNOWN, unknown

    def _phone(
        self, text: str, region: str | None, source: RegionSource, unknown_country: str
    ) -> tuple[str, str, RegionSource]:
        """(error, warning, region source) for the row's phone."""
        reading = read_phone(text, region, check_valid=True)
        if reading.international or text.lstrip().startswith(("+", "00")):
            # Its own country code decides; one that can't be read is validate()'s
            # warning ("sent exactly as typed"), as for a typed lead.
            warning = ""
            if source is RegionSource.ROW and reading.region not in (None, region):
                warning = QT_TRANSLATE_NOOP(
                    "ImportRows",
                    "Phone: {number} is a number from {country}, but the row's country is "
                    "{row_country}. Check which is right.",
                ).format(
                    number=text,
                    country=country_name(reading.region or "", self._language),
                    row_country=country_name(region or "", self._language),
                )
            return "", warning, RegionSource.NUMBER
        if region is None:
            return "", "", RegionSource.UNKNOWN  # validate() warns: sent as typed
        if reading.e164 is None or not reading.valid:
            where = country_name(region, self._language)
            if unknown_country:
                error = QT_TRANSLATE_NOOP(
                    "ImportRows",
                    "Phone: {number} is not a valid number in {country}. Correct it, or write "
                    "it with + and the country code. The country “{unknown}” isn't one this "
                    "app knows, so {country} was assumed.",
                ).format(number=text, country=where, unknown=unknown_country)
            else:
                error = QT_TRANSLATE_NOOP(
                    "ImportRows",
                    "Phone: {number} is not a valid number in {country}. Correct it, or write "
                    "it with + and the country code.",
                ).format(number=text, country=where)
            return error, "", source
        warning = ""
        if unknown_country:
            warning = QT_TRANSLATE_NOOP(
                "ImportRows",
                "Country: “{unknown}” isn't a country this app knows; the phone "
                "was read as a number in {country}.",
            ).format(unknown=unknown_country, country=country_name(region, self._language))
        return "", warning, source

    def _earlier_copy(
        self, cells: Sequence[str], result: ValidationResult, row_number: int
    ) -> tuple[int | None, str]:
        same_cells = tuple(cell.strip() for cell in cells)
        email = result.payload.get("email")
        email_key = email.casefold() if isinstance(email, str) else None
        phone_key = _phone_key(result)
        first = self._rows.get(same_cells)
        if first is not None:
            return first, QT_TRANSLATE_NOOP("ImportRows", "Same as row {row}.").format(row=first)
        self._rows[same_cells] = row_number
        if email_key is not None:
            first = self._emails.setdefault(email_key, row_number)
            if first != row_number:
                return first, QT_TRANSLATE_NOOP("ImportRows", "Same email as row {row}.").format(
                    row=first
                )
        if phone_key is not None:
            first = self._phones.setdefault(phone_key, row_number)
            if first != row_number:
                return first, QT_TRANSLATE_NOOP("ImportRows", "Same phone as row {row}.").format(
                    row=first
                )
        return None, ""


def _phone_key(result: ValidationResult) -> str | None:
    if result.phone_e164:
        return result.phone_e164
    phone = result.payload.get("phone")
    if not isinstance(phone, str):
        return None
    digits = _NOT_DIGITS.sub("", phone)
    return digits if len(digits) >= _MIN_PHONE_DIGITS else None


def _sentence(key: str, text: str, *, missing_identifier: bool = False) -> str:
    if key == "name" and missing_identifier:
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
    event: ImportEvent | None = None,
    first_choice: Mapping[str, int] | None = None,
    language: str = "en",
) -> ImportPreview | None:
    """Judge every row of ``table``; None when ``should_stop()`` said so part-way.

    ``progress(done, total)`` is called every ``report_every`` rows and at the end.
    ``stored`` finds rows already in the history, ``report_every`` rows at a
    time (see ``RowChecker``); ``event`` tags every row with the event's
    source, UTM tags and staff member;
    ``first_choice`` names the Email or Phone column the user wants tried first;
    ``language`` names the countries in the rows' messages.
    """
    checker = RowChecker(
        targets,
        default_region=default_region,
        stored=stored,
        headers=table.headers,
        event=event,
        first_choice=first_choice,
        language=language,
    )
    preview = ImportPreview()
    total = len(table.rows)
    for index, cells in enumerate(table.rows):
        if index % report_every == 0:
            checker.settle(preview.verdicts)
            if should_stop is not None and should_stop():
                return None
            if progress is not None and index:
                progress(index, total)
        preview.verdicts.append(
            checker.check(
                index,
                cells,
                table.row_numbers[index],
                table.problems.get(index),
                skip=table.skipped.get(index),
            )
        )
    checker.settle(preview.verdicts)
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
