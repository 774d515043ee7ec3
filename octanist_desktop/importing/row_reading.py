"""Turning one row's cells into a lead draft under a column mapping.

The rules a salesperson would apply by eye:

* Email and Phone may come from several columns. They are tried in rank
  order (``column_mapping.field_rank``: mobile before business before
  home; in a Google export, by each row's "Phone 1 - Type" cells) and the
  first non-empty value is sent; every other value is kept in the custom
  data under its own column's name, so no number is lost.
* Placeholders (``N/A``, ``-``, ``TBC``, ``0``, ``n.v.t.``) are empty;
  addresses are taken out of ``mailto:``, ``Name <addr>`` and
  ``HYPERLINK`` cells; an Exchange X.500 path is dropped with a note.
* A phone's extension ("ext. 12", "poste 204") goes to the custom key
  ``phone_extension``: E.164 has no room for it.
* A country column's cell sets the region the phone is read in (see
  ``RowChecker``); the cell itself is kept in the custom data.
* With an event (``ImportEvent``), its source and UTM tags fill the fields
  the row leaves empty, and its name and the staff member go to the
  custom data next to the capture method "import".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from octanist_desktop.core.custom_merge import LeadContext, merge_into_draft
from octanist_desktop.importing.cells import (
    EmailNote,
    clean_email,
    clean_name,
    clean_phone,
    clean_text,
)
from octanist_desktop.importing.column_mapping import (
    COUNTRY_CUSTOM_KEY,
    NAME_PART_KINDS,
    RANKED_FIELDS,
    ColumnTarget,
    TargetKind,
    custom_key_for,
    field_rank,
    numbered_type_columns,
    type_rank,
)

#: What imported leads carry as ``custom.capture_method``.
IMPORT_CAPTURE_METHOD = "import"
#: The custom data key a phone's extension is kept under.
EXTENSION_KEY = "phone_extension"
# Fields whose values from several columns are all kept, one per paragraph.
_JOINED_FIELDS = frozenset({"note"})


@dataclass(frozen=True, slots=True)
class ImportEvent:
    """The active event preset's tags, applied to every imported row.

    ``source`` maps Source field keys (website, path, utm_*) to the preset's
    values; a row's own value for a field wins over it.
    """

    name: str = ""
    staff_member: str = ""
    source: Mapping[str, str] = field(default_factory=dict)


class RowNote:
    """Facts about a row worth showing (codes; ``csv_import`` words them)."""

    EXCHANGE_EMAIL = "exchange_email"


@dataclass(frozen=True, slots=True)
class RowReading:
    """One row read: the draft (custom data merged), and what the checker needs besides.

    ``phone`` is the number to send as written (extension split off);
    ``countries`` are the row's country cells in column order.
    """

    draft: dict[str, object]
    phone: str = ""
    countries: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    custom: dict[str, object] = field(default_factory=dict)


class RowReader:
    """Reads rows under one mapping; the ranking and key names are worked out once.

    ``headers`` name the columns (for the custom keys of extra values and for
    ranking); without them a column's field key and position stand in.
    ``first_choice`` maps Email or Phone to the column the user wants tried
    first, whatever its header says.
    """

    def __init__(
        self,
        targets: Sequence[ColumnTarget],
        headers: Sequence[str] | None = None,
        *,
        event: ImportEvent | None = None,
        first_choice: Mapping[str, int] | None = None,
    ) -> None:
        self._targets = tuple(targets)
        names = list(headers) if headers is not None else []
        names += [f"{t.key or t.kind.value} {i + 1}" for i, t in enumerate(targets)][len(names) :]
        self._keys = _custom_keys(names)
        self._event = event
        ranked: dict[str, list[tuple[int, int]]] = {key: [] for key in RANKED_FIELDS}
        self._plain: list[tuple[int, ColumnTarget]] = []
        self._countries: list[int] = []
        for column, target in enumerate(self._targets):
            if target.kind is TargetKind.FIELD and target.key in RANKED_FIELDS:
                ranked[target.key].append((field_rank(names[column], target.key), column))
            elif target.kind is TargetKind.COUNTRY:
                self._countries.append(column)
            elif target.kind is not TargetKind.IGNORE:
                self._plain.append((column, target))
        self._ranked = {
            key: [column for _rank, column in sorted(cols)] for key, cols in ranked.items()
        }
        # The user's own pick goes before the ranking by header words.
        for key, column in (first_choice or {}).items():
            if column in self._ranked.get(key, []):
                self._ranked[key].remove(column)
                self._ranked[key].insert(0, column)
                ranked[key] = [(-1 if c == column else r, c) for r, c in ranked[key]]
        self._first = frozenset((first_choice or {}).values())
        self._rank_of = {column: rank for cols in ranked.values() for rank, column in cols}
        # Google exports say per row which value is the mobile ("Phone 1 - Type").
        self._types = numbered_type_columns(names)

    def ranked_columns(self, key: str) -> list[int]:
        """The columns tried for ranked field ``key``, first choice first."""
        return list(self._ranked.get(key, []))

    def read(self, cells: Sequence[str]) -> RowReading:
        """The draft one row makes (never raises)."""
        draft: dict[str, object] = {}
        custom: dict[str, object] = {}
        notes: list[str] = []
        name_parts: dict[TargetKind, list[str]] = {kind: [] for kind in NAME_PART_KINDS}
        width = len(cells)
        for column, target in self._plain:
            if column >= width:
                continue
            raw = cells[column]
            if not raw or raw.isspace():
                continue
            if target.kind in NAME_PART_KINDS:
                value = clean_name(raw)
                if value:
                    name_parts[target.kind].append(value)
            elif target.kind is TargetKind.FIELD:
                value = clean_name(raw) if target.key == "name" else clean_text(raw)
                if not value:
                    continue
                if target.key in _JOINED_FIELDS and target.key in draft:
                    draft[target.key] = f"{draft[target.key]}\n\n{value}"
                else:
                    draft.setdefault(target.key, value)
            elif target.kind is TargetKind.CUSTOM:
                value = clean_text(raw)
                if value:
                    custom.setdefault(target.key, value)
        if "name" not in draft:
            joined = " ".join(part for kind in NAME_PART_KINDS for part in name_parts[kind])
            if joined:
                draft["name"] = joined

        email = self._email(cells, custom, notes)
        if email:
            draft["email"] = email
        phone = self._phone(cells, custom)
        if phone:
            draft["phone"] = phone
        countries = tuple(
            cells[c].strip() for c in self._countries if c < width and cells[c].strip()
        )
        if countries:
            custom.setdefault(COUNTRY_CUSTOM_KEY, countries[0])

        event = self._event
        if event is not None:
            for key, value in event.source.items():
                if value and key not in draft:
                    draft[key] = value
        context = LeadContext(
            answers=custom,
            event=event.name if event is not None else "",
            staff_member=event.staff_member if event is not None else "",
            capture_method=IMPORT_CAPTURE_METHOD,
        )
        merged, _how = merge_into_draft(draft, context)
        return RowReading(merged, phone, countries, tuple(notes), custom)

    def _order(self, key: str, cells: Sequence[str]) -> list[int]:
        """The row's candidate columns for ``key``: by their type cells where a file has them."""
        columns = self._ranked[key]
        if len(columns) < 2 or not any(column in self._types for column in columns):
            return columns
        width = len(cells)

        def rank(column: int) -> tuple[int, int]:
            if column in self._first:
                return -1, column
            type_column = self._types.get(column)
            if type_column is not None and type_column < width and cells[type_column].strip():
                return type_rank(cells[type_column].strip(), key), column
            return self._rank_of[column], column

        return sorted(columns, key=rank)

    def _email(self, cells: Sequence[str], custom: dict[str, object], notes: list[str]) -> str:
        chosen = ""
        for column in self._order("email", cells):
            if column >= len(cells) or not cells[column].strip():
                continue
            cleaned = clean_email(cells[column])
            if cleaned.note == EmailNote.EXCHANGE:
                notes.append(RowNote.EXCHANGE_EMAIL)
            values = [v for v in (cleaned.address, *cleaned.others) if v]
            if not values:
                continue
            if not chosen:
                chosen, values = values[0], values[1:]
            if values:
                custom.setdefault(self._keys[column], ", ".join(values))
        return chosen

    def _phone(self, cells: Sequence[str], custom: dict[str, object]) -> str:
        chosen = ""
        for column in self._order("phone", cells):
            if column >= len(cells) or not cells[column].strip():
                continue
            cleaned = clean_phone(cells[column])
            values = [v for v in (cleaned.number, *cleaned.others) if v]
            if not values:
                continue
            if not chosen:
                chosen, values = values[0], values[1:]
                if cleaned.extension:
                    custom.setdefault(EXTENSION_KEY, cleaned.extension)
            elif cleaned.extension:
                values[0] = f"{values[0]} ext. {cleaned.extension}"
            if values:
                custom.setdefault(self._keys[column], ", ".join(values))
        return chosen


def _custom_keys(headers: Sequence[str]) -> list[str]:
    """A custom data key per column, unique ("phone", "phone_2" for two "Phone" columns)."""
    keys: list[str] = []
    for header in headers:
        base = custom_key_for(header)
        key, number = base, 2
        while key in keys:
            key = f"{base}_{number}"
            number += 1
        keys.append(key)
    return keys
