"""Reading a CSV export into a header and rows: delimiter, quoting, Excel quirks.

``csv.Sniffer`` is asked first, restricted to the three delimiters exports
really use (comma, semicolon, tab). It guesses wrong now and then — a comma
file whose notes are full of semicolons, say — so its answer must also
appear in the header line; otherwise the delimiter that the header line
holds most often (outside quotes) wins. Quoted cells may span lines.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from octanist_desktop.importing.text_files import DecodedText, decode_text, read_text_file

DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
_SNIFF_SAMPLE_CHARS = 32_000
# Excel writes (and reads) a first line "sep=;" to say which delimiter follows.
_EXCEL_SEP_LINE = re.compile(r"\Asep=(.)\r?\n", re.IGNORECASE)


class NotATable(ValueError):
    """The file has no header row to match columns with."""


@dataclass(frozen=True, slots=True)
class CsvTable:
    """One export: column headers, data rows (as written) and how the file was read.

    ``rows`` hold only records with at least one non-blank cell; ``row_numbers``
    gives each one's record number as a spreadsheet shows it (the header is 1).
    Cells keep their text as written, except that line breaks inside a cell
    become ``\\n``. ``problems`` maps a row index to why that row could not be
    read at all (used for damaged vCards; CSV rows always read). ``is_vcard``:
    the rows are the cards of a vCard file.
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]
    encoding: str = "utf-8"
    delimiter: str = ","
    encoding_label: str = "UTF-8"
    problems: dict[int, str] = field(default_factory=dict)
    is_vcard: bool = False

    @property
    def delimiter_name(self) -> str:
        """ "comma", "semicolon" or "tab"."""
        return DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))


def detect_delimiter(text: str) -> str:
    """The delimiter of CSV ``text``: comma, semicolon or tab (comma when in doubt)."""
    header = _first_record_line(text)
    counts = {d: _count_outside_quotes(header, d) for d in DELIMITERS}
    try:
        sniffed = csv.Sniffer().sniff(_sample(text), delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    if sniffed in counts and counts[sniffed] > 0:
        return sniffed
    best = max(DELIMITERS, key=lambda d: counts[d])  # ties: the earlier, i.e. comma
    return best if counts[best] > 0 else ","


def _sample(text: str) -> str:
    if len(text) <= _SNIFF_SAMPLE_CHARS:
        return text
    # Whole lines only: a cut-off last line skews the sniffer's counts.
    cut = text.rfind("\n", 0, _SNIFF_SAMPLE_CHARS)
    return text[: cut if cut > 0 else _SNIFF_SAMPLE_CHARS]


def _first_record_line(text: str) -> str:
    """The header record, which may itself span lines inside quotes."""
    in_quotes = False
    for index, char in enumerate(text):
        if char == '"':
            in_quotes = not in_quotes
        elif char in "\r\n" and not in_quotes:
            return text[:index]
    return text


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count = 0
    in_quotes = False
    for char in line:
        if char == '"':
            in_quotes = not in_quotes
        elif char == delimiter and not in_quotes:
            count += 1
    return count


def parse_csv_text(text: str, *, encoding: str = "utf-8", encoding_label: str = "") -> CsvTable:
    """Split decoded CSV ``text`` into a header and rows; ``NotATable`` if it has no header."""
    delimiter: str | None = None
    excel_sep = _EXCEL_SEP_LINE.match(text)
    if excel_sep and excel_sep.group(1) in DELIMITERS:
        delimiter = excel_sep.group(1)
        text = text[excel_sep.end() :]
    if delimiter is None:
        delimiter = detect_delimiter(text)
    # strict=False: a stray quote mid-cell ("15" screen) is read as written
    # rather than failing the whole file.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    headers: tuple[str, ...] | None = None
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    header_number = 1
    try:
        for record_number, record in enumerate(reader, start=1):
            cells = tuple(_cell(value) for value in record)
            if headers is None:
                if not any(cells):
                    continue  # blank lines above the header
                headers = _headers(cells)
                header_number = record_number
                continue
            if any(cell.strip() for cell in cells):
                rows.append(cells)
                numbers.append(record_number - header_number + 1)
    except csv.Error as exc:
        raise NotATable(f"This file can't be read as CSV: {exc}.") from None
    if headers is None:
        raise NotATable("This file is empty: there is no header row with column names.")
    return CsvTable(
        headers,
        tuple(rows),
        tuple(numbers),
        encoding,
        delimiter,
        encoding_label or encoding,
    )


def _cell(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n")


def _headers(cells: tuple[str, ...]) -> tuple[str, ...]:
    """Header names, a blank one named after its position so it can still be mapped."""
    return tuple(cell.strip() or f"Column {index}" for index, cell in enumerate(cells, start=1))


def read_csv_bytes(data: bytes) -> CsvTable:
    """Decode and parse a CSV export held in memory."""
    return _from_decoded(decode_text(data))


def read_csv_file(path: Path) -> CsvTable:
    """Decode and parse a CSV export on disk (``OSError``/``NotATable``/``FileTooLarge``)."""
    return _from_decoded(read_text_file(path))


def _from_decoded(decoded: DecodedText) -> CsvTable:
    return parse_csv_text(
        decoded.text, encoding=decoded.encoding, encoding_label=decoded.encoding_label
    )
